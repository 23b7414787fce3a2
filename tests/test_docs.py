"""The README, docs/ and the CI example name only options and ini keys that exist, the reference
lists them all, and every command they show runs in a test or is marked illustrative."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    *sorted((ROOT / "examples" / "ci").glob("*.yml")),
]


@pytest.fixture(scope="module")
def help_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "--help", "-p", "no:cacheprovider"],
        cwd=tmp_path_factory.mktemp("help"),
        capture_output=True,
        text=True,
        check=True,
    )
    return completed.stdout


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_documented_flags_exist(doc: Path, help_text: str) -> None:
    flags = set(re.findall(r"--gen-[a-z-]+[a-z]", doc.read_text()))
    assert flags, f"{doc.name} documents no --gen- option"
    known = set(re.findall(r"--gen-[a-z-]+[a-z]", help_text))
    assert flags <= known, f"{doc.name} names unknown options: {sorted(flags - known)}"


def test_documented_ini_keys_exist(help_text: str) -> None:
    fixtures = {"gen_run", "gen_sample"}
    texts = [(ROOT / "README.md").read_text()]
    texts += [doc.read_text() for doc in sorted((ROOT / "docs").glob("*.md"))]
    keys = set(re.findall(r"`(gen_[a-z_]+)`", "\n".join(texts))) - fixtures
    assert keys
    known = set(re.findall(r"^  (gen_[a-z_]+) ", help_text, re.MULTILINE))
    assert keys <= known, f"README or docs name unknown ini keys: {sorted(keys - known)}"


MARKDOWN = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: Commands the README and docs show, the test (or CI script) that runs each, and what of the
#: command that file must hold (the Prisma test runs fewer samples: each takes seconds).
CHECKED = {
    "pytest examples/quickstart --gen-samples=20": (
        "tests/test_example_quickstart.py",
        ('"examples/quickstart"', '"--gen-samples=20"'),
    ),
    "python -m pytest -n 2 --dist loadgroup -rs --durations=10": (".ci/run", ()),
    "pytest examples/prisma --gen-samples=30": (
        "tests/test_example_prisma.py",
        ('"examples" / "prisma"', '"--gen-samples={samples}"'),
    ),
}
#: Setting up an environment, not a claim about the plugin.
SETUP = ("python3 -m venv ", ". .venv/bin/activate", "pip install ", "git clone ", "cd ", "npm ci ")


def shell_commands(doc: Path) -> list[tuple[str, bool]]:
    """Each command of the doc's ``bash`` blocks, and whether its block is marked illustrative."""
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", doc.read_text(), re.DOTALL):
        illustrative = block.startswith("# illustrative")
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line and not line.startswith("#"):
                commands += [(part.strip(), illustrative) for part in line.split("&&")]
    return commands


@pytest.mark.parametrize("doc", MARKDOWN, ids=lambda p: p.name)
def test_every_command_runs_in_a_test_or_is_marked_illustrative(doc: Path) -> None:
    unchecked = [
        command
        for command, illustrative in shell_commands(doc)
        if not illustrative and not command.startswith(SETUP) and command not in CHECKED
    ]
    assert not unchecked, f"{doc.name}: commands no test runs: {unchecked}"


@pytest.mark.parametrize(("command", "where"), CHECKED.items(), ids=list(CHECKED))
def test_checked_commands_are_run_where_they_say(
    command: str, where: tuple[str, tuple[str, ...]]
) -> None:
    path, fragments = where
    runner = (ROOT / path).read_text()
    if path == ".ci/run":
        assert runner.rstrip().splitlines()[-1] == command  # CI runs exactly the README's command
    missing = [fragment for fragment in fragments if fragment not in runner]
    assert not missing, f"{path} does not run {command!r}: no {missing}"


def test_the_fresh_machine_commands_stay_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "pip install -e . && pytest examples/quickstart --gen-samples=20\n" in readme
    assert (
        "pip install -e '.[test]' && python -m pytest -n 2 --dist loadgroup -rs --durations=10\n"
        in readme
    )
    assert len(readme.splitlines()) <= 150


def test_reference_lists_every_option_and_ini_key(help_text: str) -> None:
    reference = (ROOT / "docs" / "reference.md").read_text()
    options = set(re.findall(r"^\s+(--gen-[a-z-]+[a-z])", help_text, re.MULTILINE))
    keys = set(re.findall(r"^  (gen_[a-z_]+) ", help_text, re.MULTILINE))
    assert options and keys
    missing = sorted(o for o in options if f"| `{o}" not in reference)
    missing += sorted(k for k in keys if f"`{k}`" not in reference)
    assert not missing, f"docs/reference.md does not list {missing}"
    assert "| `--gen-plot=PATH` | | `plot` (matplotlib) |" in reference


def test_licence_file_matches_the_declared_licence() -> None:
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text()
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
