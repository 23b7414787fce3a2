"""Names the concurrency example's failures, and states the build tools in force.

``pytest_genreliability_classify`` gives two classes of the example's own, ahead of the built-in
rules (which see most of these messages as a bare ENOENT, ``other``):

    shared_build_dir  a wheel build failed because a file or folder in setuptools' scratch space
                      (build/, *.egg-info) vanished, appeared or changed under it: another copy
                      deleted or recreated it. Each sample builds a fresh copy of the sources, so
                      within this example a missing file can mean nothing else.
    broken_wheel      every copy exited 0, yet the wheel in the output folder is missing files or
                      does not match its RECORD (test_build's check after the build).

Anything else (a missing ``build`` module, a syntax error) is left to the built-in rules.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # test_build.py imports shared_build as a plain module
    sys.path.insert(0, str(HERE))

from shared_build import BROKEN_WHEEL, error_lines  # noqa: E402

# A failed build_wheel in the backend, as `python -m build` reports it.
_BACKEND_FAILED = "trying to invoke build_wheel"
# Symptoms of scratch space changing under a build: ENOENT, EEXIST, ENOTEMPTY (by number or by
# strerror text), and setuptools' own messages when egg-info vanishes or is half written.
_RACE = re.compile(
    r"\[Errno (?P<errno>2|17|39)\]|No such file or directory|File exists|Directory not empty"
    r"|Egg metadata expected at (?P<egg>\S+) but not found|KeyError: 'metadata-version'"
)
_QUOTED_PATH = re.compile(r"'([^']+)'")


def pytest_report_header() -> str:
    versions = []
    for name in ("build", "setuptools", "wheel"):
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} missing")
    return "concurrency example: " + ", ".join(versions)


def pytest_genreliability_classify(output: str) -> dict[str, Any] | None:
    if BROKEN_WHEEL in output:
        line = next(line for line in output.splitlines() if BROKEN_WHEEL in line)
        return {"class": "broken_wheel", "excerpt": line.strip()}
    if _BACKEND_FAILED not in output:
        return None
    for line in reversed(error_lines(output)):
        race = _RACE.search(line)
        if race is None:
            continue
        errno = race.group("errno")
        paths = [race.group("egg")] if race.group("egg") else _QUOTED_PATH.findall(line)[:2]
        return {
            "class": "shared_build_dir",
            "errno": f"Errno {errno}" if errno else None,
            "paths": paths,
            "excerpt": line,
        }
    return None
