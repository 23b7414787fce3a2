"""The concurrency example's mechanics, checked without the plugin and without relying on a race.

Whether K copies of ``python -m build`` collide is a matter of timing (``examples/concurrency/
demo.py`` shows how often); these tests check what always holds: one build makes a complete,
importable wheel; a build keeps its scratch space inside the project folder and deletes part of
it as it goes (which is why copies sharing the folder collide); each sample's copy of the project
starts clean; the copies really run at the same time in one folder; the wheel check and the
example's failure classes say what they should.

Builds need ``build`` and setuptools (and ``wheel`` for setuptools < 70.1) in this interpreter.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from example_modules import load_example_module

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "concurrency"


shared_build = load_example_module(EXAMPLE / "shared_build.py", "concurrency_shared_build")
MISSING = shared_build.missing_build_tools()
needs_build = pytest.mark.skipif(
    MISSING is not None, reason=f"python -m build --no-isolation cannot run: {MISSING}"
)

# The package's files, as listed in the source tree of examples/concurrency/project/src.
PACKAGE_FILES = {
    "unitconv/__init__.py",
    "unitconv/__main__.py",
    "unitconv/cli.py",
    "unitconv/convert.py",
    "unitconv/tables/__init__.py",
    *(
        f"unitconv/tables/{name}.json"
        for name in ("area", "energy", "length", "mass", "pressure", "speed", "time", "volume")
    ),
}


def build(project: Path, outdir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        shared_build.build_command(outdir),
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """One build of a fresh copy of the project: (project folder, wheel, build output)."""
    if MISSING is not None:
        pytest.skip(f"python -m build --no-isolation cannot run: {MISSING}")
    root = tmp_path_factory.mktemp("concurrency-build")
    project = shared_build.fresh_project(root / "project")
    result = build(project, project / "dist")
    assert result.returncode == 0, result.stdout[-3000:]
    return project, project / "dist" / shared_build.WHEEL_NAME, result.stdout


def test_expected_wheel_files_are_the_package_sources() -> None:
    assert shared_build.expected_wheel_files() == PACKAGE_FILES


@needs_build
def test_one_build_makes_a_complete_wheel(built: tuple[Path, Path, str]) -> None:
    _project, wheel, output = built
    assert "Successfully built unitconv-0.1.0-py3-none-any.whl" in output
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert names >= PACKAGE_FILES
    assert names >= {"unitconv-0.1.0.dist-info/METADATA", "unitconv-0.1.0.dist-info/RECORD"}
    assert shared_build.wheel_problems(wheel) == []


@needs_build
def test_the_built_wheel_imports_and_converts(built: tuple[Path, Path, str]) -> None:
    _project, wheel, _output = built
    # A pure-Python wheel imports straight from the archive (zipimport); package data included.
    # 1 mile = 1609.344 m exactly (international yard and pound, 1959).
    result = subprocess.run(
        [sys.executable, "-m", "unitconv", "1", "mile", "kilometre"],
        env={**os.environ, "PYTHONPATH": str(wheel)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1.60934 kilometre\n"


@needs_build
def test_a_build_keeps_and_deletes_its_scratch_space_inside_the_project(
    built: tuple[Path, Path, str],
) -> None:
    """Why copies sharing a folder collide: the scratch space is the project's, not the copy's."""
    project, _wheel, output = built
    assert (project / "build" / "lib" / "unitconv" / "cli.py").is_file()
    assert (project / "src" / "unitconv.egg-info" / "SOURCES.txt").is_file()
    bdist = re.search(r"^installing to (build/bdist\.[^/\s]+/wheel)$", output, re.MULTILINE)
    assert bdist is not None, output
    assert re.search(rf"^removing {re.escape(bdist.group(1))}$", output, re.MULTILINE)
    assert not (project / bdist.group(1)).exists()  # gone at the end: under a later copy too


def test_fresh_project_leaves_every_build_artifact_behind(tmp_path: Path) -> None:
    source = tmp_path / "source"
    for name in (
        "pyproject.toml",
        "src/pkg/__init__.py",
        "build/lib/pkg/__init__.py",
        "dist/pkg-1.0-py3-none-any.whl",
        "src/pkg.egg-info/PKG-INFO",
        "src/pkg/__pycache__/__init__.cpython-311.pyc",
    ):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text("x")
    copy = shared_build.fresh_project(tmp_path / "copy", source)
    copied = sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*") if p.is_file())
    assert copied == ["pyproject.toml", "src/pkg/__init__.py"]
    assert shared_build.leftover_artifacts(copy) == []
    assert [p.relative_to(source).as_posix() for p in shared_build.leftover_artifacts(source)] == [
        "build",
        "dist",
        "src/pkg.egg-info",
    ]


# Each copy announces itself with a file in its working folder, then waits (up to 60 s) until
# every copy has: all exit 0 only if all ran at the same time, in the same folder.
RENDEZVOUS = textwrap.dedent(
    """
    import os, sys, time
    copies = int(sys.argv[1])
    open(f"started-{os.getpid()}", "w").close()
    deadline = time.monotonic() + 60
    while sum(n.startswith("started-") for n in os.listdir(".")) < copies:
        if time.monotonic() > deadline:
            sys.exit(3)
        time.sleep(0.01)
    print(os.getcwd())
    """
)


def test_copies_run_at_the_same_time_in_one_folder(tmp_path: Path) -> None:
    results = shared_build.start_together(
        [sys.executable, "-c", RENDEZVOUS, "4"], 4, cwd=tmp_path, timeout=120
    )
    assert [r.returncode for r in results] == [0, 0, 0, 0], [r.stdout for r in results]
    assert {r.stdout.strip() for r in results} == {str(tmp_path)}
    assert len(list(tmp_path.glob("started-*"))) == 4


@needs_build
def test_wheel_problems_names_what_a_broken_wheel_lacks(
    built: tuple[Path, Path, str], tmp_path: Path
) -> None:
    _project, wheel, _output = built
    with zipfile.ZipFile(wheel) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}

    def rewrite(name: str, contents: dict[str, bytes]) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            for member, data in contents.items():
                archive.writestr(member, data)
        return path

    without_cli = rewrite("a.whl", {k: v for k, v in members.items() if k != "unitconv/cli.py"})
    assert shared_build.wheel_problems(without_cli) == [
        "missing unitconv/cli.py",
        "RECORD lists absent unitconv/cli.py",
    ]
    tampered = rewrite("b.whl", {**members, "unitconv/cli.py": b"print('other')\n"})
    assert shared_build.wheel_problems(tampered) == [
        "unitconv/cli.py does not match its RECORD hash"
    ]
    (tmp_path / "c.whl").write_bytes(b"not a zip")
    assert shared_build.wheel_problems(tmp_path / "c.whl")[0].startswith("not a readable zip")


# Error lines of failed copies, as printed by setuptools 65.5 and 84.2 in examples/concurrency/
# demo.py runs (3 copies in one folder); each output ends as `python -m build` ends it.
BACKEND_FAILED = "ERROR Backend subprocess exited when trying to invoke build_wheel\n"
DIST_INFO = "build/bdist.linux-x86_64/wheel/unitconv-0.1.0.dist-info"
EGG_INFO = "build/bdist.linux-x86_64/wheel/unitconv-0.1.0-py3.11.egg-info"
RACE_LINES = [
    (
        "error: [Errno 2] No such file or directory: 'build/bdist.linux-x86_64/wheel'",
        "Errno 2",
        ["build/bdist.linux-x86_64/wheel"],
    ),
    (
        "error: [Errno 39] Directory not empty: 'build/bdist.linux-x86_64/wheel'",
        "Errno 39",
        ["build/bdist.linux-x86_64/wheel"],
    ),
    (
        f"error: [Errno 17] File exists: '{DIST_INFO}'",
        "Errno 17",
        [DIST_INFO],
    ),
    (
        f"error: [Errno 21] Is a directory: '{DIST_INFO}'",
        "Errno 21",
        [DIST_INFO],
    ),
    (
        "error: could not create 'build/bdist.linux-x86_64/wheel/unitconv': "
        "No such file or directory",
        None,
        ["build/bdist.linux-x86_64/wheel/unitconv"],
    ),
    (
        f"error: [('{EGG_INFO}/top_level.txt', '{DIST_INFO}/top_level.txt', "
        "'[Errno 2] No such file or directory')]",
        "Errno 2",
        [f"{EGG_INFO}/top_level.txt", f"{DIST_INFO}/top_level.txt"],
    ),
    ("KeyError: 'metadata-version'", None, []),
    (
        "ValueError: Egg metadata expected at "
        "build/bdist.linux-x86_64/wheel/./unitconv-0.1.0-py3.11.egg-info but not found",
        None,
        ["build/bdist.linux-x86_64/wheel/./unitconv-0.1.0-py3.11.egg-info"],
    ),
]


@pytest.mark.parametrize(("line", "errno", "paths"), RACE_LINES)
def test_races_in_the_scratch_space_are_shared_build_dir(
    line: str, errno: str | None, paths: list[str]
) -> None:
    output = f"* Building wheel...\nrunning bdist_wheel\n{line}\n\n{BACKEND_FAILED}"
    failure = shared_build.classify_build_failure(output)
    assert failure == {"class": "shared_build_dir", "errno": errno, "paths": paths, "excerpt": line}


def test_a_broken_wheel_after_passing_copies_is_broken_wheel() -> None:
    text = "E   AssertionError: broken wheel: missing unitconv/cli.py\nE   assert not [...]"
    failure = shared_build.classify_build_failure(text)
    assert failure == {
        "class": "broken_wheel",
        "excerpt": "E   AssertionError: broken wheel: missing unitconv/cli.py",
    }


@needs_build
def test_a_genuine_build_error_is_left_to_the_built_in_rules(tmp_path: Path) -> None:
    """A data file that does not exist fails every build, alone or not: not a race."""
    project = shared_build.fresh_project(tmp_path / "project")
    with (project / "pyproject.toml").open("a") as pyproject:
        pyproject.write('\n[tool.setuptools.data-files]\n"share/unitconv" = ["NOTICE.txt"]\n')
    result = build(project, tmp_path / "dist")
    assert result.returncode != 0
    assert "error: can't copy 'NOTICE.txt': doesn't exist or not a regular file" in result.stdout
    assert shared_build.classify_build_failure(result.stdout) is None


@needs_build
def test_the_example_measures_single_builds_under_the_plugin(pytester: pytest.Pytester) -> None:
    """One copy per sample has nobody to collide with: every sample passes."""
    result = pytester.runpytest_subprocess(
        str(EXAMPLE / "test_build.py"), "-p", "no:cacheprovider", "--gen-samples=2"
    )
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["concurrency example: build *, setuptools *, wheel *"])
