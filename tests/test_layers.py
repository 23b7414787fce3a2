"""The core and reporting layers stay usable without pytest (ARCHITECTURE.md: three layers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pytest_genreliability"
GLUE = {
    "plugin",
    "measure",
    "session",
    "sampling",
    "settings",
    "items",
    "hookspecs",
    "progress",
    "stopping",
    "cancellation",
    "xdist_scheduling",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


NON_GLUE = sorted(
    _module_name(p)
    for p in PACKAGE.rglob("*.py")
    if not (p.parent == PACKAGE and p.stem in GLUE | {"__main__"})
)


def test_core_and_reporting_import_without_pytest() -> None:
    names = NON_GLUE
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "    leaked = [m for m in sys.modules if m == 'pytest' or m.startswith('_pytest')]\n"
        "    assert not leaked, f'{name} imported {leaked}'\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr


def test_glue_modules_exist() -> None:
    # if a glue module is renamed, this list (and the check above) must follow
    assert {p.stem for p in PACKAGE.glob("*.py")} >= GLUE


def test_loading_the_plugin_does_not_import_scipy() -> None:
    code = (
        "import sys, pytest_genreliability.plugin\n"
        "assert 'scipy' not in sys.modules, 'plugin import pulled in scipy'\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr


def test_choices_match_the_implementations() -> None:
    from pytest_genreliability import choices, stats

    assert stats.METHODS == choices.CI_METHODS
    assert stats.TESTS == choices.COMPARISON_TESTS


IDLE_PROBE = """
import sys
import pytest

class Probe:
    def pytest_sessionfinish(self):
        loaded = sorted(m for m in sys.modules if m.startswith("pytest_genreliability") or m in (
            "tabulate", "scipy"))
        with open(sys.argv[2], "w") as out:
            out.write(" ".join(loaded))

sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", sys.argv[1]], plugins=[Probe()]))
"""


def test_a_plain_pytest_run_loads_only_the_glue(tmp_path: Path) -> None:
    """Installed but not asked for: no classifier, tabulate, report, storage or runner module."""
    (tmp_path / "test_plain.py").write_text("def test_plain():\n    assert True\n")
    completed = subprocess.run(
        [sys.executable, "-c", IDLE_PROBE, str(tmp_path / "test_plain.py"), "loaded.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    loaded = set((tmp_path / "loaded.txt").read_text().split())
    assert loaded == {
        "pytest_genreliability",
        "pytest_genreliability.choices",
        "pytest_genreliability.hookspecs",
        "pytest_genreliability.options",
        "pytest_genreliability.plugin",
        "pytest_genreliability.settings",
        "pytest_genreliability.values",
    }
