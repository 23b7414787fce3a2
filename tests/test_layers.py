"""The core and reporting layers stay usable without pytest (ARCHITECTURE.md: three layers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pytest_genreliability"
GLUE = {"plugin", "session", "sampling", "settings", "items", "hookspecs", "progress", "stopping"}


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
