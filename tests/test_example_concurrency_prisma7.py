"""The Prisma 7 concurrency example's mechanics, checked without relying on a race.

Whether K copies of ``prisma generate`` collide in one ``generated/`` folder is a matter of
timing (``examples/concurrency/prisma7/README.md`` shows how often); these tests check what always
holds: one generate runs offline and writes the complete client into the project's own folder;
each sample's copy starts without a client; the example passes one copy per sample under the
plugin; the example's failure classes name the error lines Prisma 7 prints (quoted in the README).

They need node and the example's npm packages (``npm ci --prefix examples/concurrency/prisma7``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from example_modules import load_example_module

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "concurrency" / "prisma7"


def _load_project_module() -> ModuleType:
    return load_example_module(EXAMPLE / "prisma7_project.py", "concurrency_prisma7_project")


prisma7 = _load_project_module()
MISSING = prisma7.missing_requirement()
needs_prisma = pytest.mark.skipif(MISSING is not None, reason=str(MISSING))


def _without_network() -> list[str]:
    """``unshare -n`` when this machine lets us make a network namespace, else nothing."""
    if shutil.which("unshare") is None:
        return []
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    return ["unshare", "-n"] if probe.returncode == 0 else []


@needs_prisma
def test_one_generate_runs_offline_and_writes_the_whole_client(tmp_path: Path) -> None:
    project = prisma7.fresh_project(tmp_path / "project")
    assert not (project / prisma7.OUTPUT).exists()
    env = {**os.environ, **prisma7.offline_env()}
    result = subprocess.run(
        [*_without_network(), *prisma7.generate_command()],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    assert f"Generated Prisma Client ({prisma7.pinned_version()})" in result.stdout
    assert prisma7.client_problems(project) == []
    client = (project / prisma7.OUTPUT / "models" / "User.ts").read_text()
    assert "email" in client
    assert not (prisma7.HERE / prisma7.OUTPUT).exists()  # nothing written into the example itself


@needs_prisma
def test_the_example_measures_single_generates_under_the_plugin(pytester: pytest.Pytester) -> None:
    """One copy per sample has nobody to collide with: every sample passes."""
    result = pytester.runpytest_subprocess(
        str(EXAMPLE / "test_generate.py"), "-p", "no:cacheprovider", "--gen-samples=2"
    )
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines([f"prisma7 example: prisma {prisma7.pinned_version()} *"])


def test_the_client_check_names_what_is_missing(tmp_path: Path) -> None:
    assert prisma7.client_problems(tmp_path) == ["no generated/ folder"]
    (tmp_path / "generated" / "models").mkdir(parents=True)
    (tmp_path / "generated" / "client.ts").write_text("export {}\n")
    (tmp_path / "generated" / "models" / "User.ts").write_text("")
    problems = prisma7.client_problems(tmp_path)
    assert "missing models/Post.ts" in problems
    assert "empty models/User.ts" in problems
    assert not any("client.ts" in problem for problem in problems)


# Error lines of failed copies, as Prisma 7.9.1 printed them in the runs the README quotes.
ENOENT = "ENOENT: no such file or directory, open '/tmp/p/generated/models/Profile.ts'"
EEXIST = "EEXIST: file already exists, mkdir '/tmp/p/generated/models'"
NOT_A_CLIENT = (
    "/tmp/p/generated exists and is not empty but doesn't look like a generated Prisma Client. "
    "Please check your output path and remove the existing directory if you indeed want to "
    "generate the Prisma Client in that location."
)


@pytest.mark.parametrize(
    ("line", "code", "paths"),
    [
        (ENOENT, "ENOENT", ["/tmp/p/generated/models/Profile.ts"]),
        (EEXIST, "EEXIST", ["/tmp/p/generated/models"]),
        (NOT_A_CLIENT, None, []),
    ],
)
def test_collisions_in_the_output_folder_are_named(
    line: str, code: str | None, paths: list[str]
) -> None:
    output = f"Prisma schema loaded from prisma/schema.prisma.\nError: \n{line}\n"
    found = prisma7.classify_generate_failure(output)
    assert found == {"class": "shared_output_dir", "errno": code, "paths": paths, "excerpt": line}


def test_an_incomplete_client_and_other_errors() -> None:
    line = f"AssertionError: {prisma7.INCOMPLETE_CLIENT} missing models/Tag.ts"
    assert prisma7.classify_generate_failure(line) == {
        "class": "incomplete_client",
        "excerpt": line,
    }
    schema_error = 'error: Error validating model "User": The model has no unique criteria.'
    assert prisma7.classify_generate_failure(schema_error) is None
