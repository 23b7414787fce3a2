"""The README and the CI example name only options and ini keys that exist."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "examples" / "ci").glob("*.yml"))]


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
    keys = set(re.findall(r"`(gen_[a-z_]+)`", (ROOT / "README.md").read_text())) - fixtures
    assert keys
    known = set(re.findall(r"^  (gen_[a-z_]+) ", help_text, re.MULTILINE))
    assert keys <= known, f"README names unknown ini keys: {sorted(keys - known)}"
