"""The concurrency example's moving parts, shared by its test, its demo and the project's tests.

The generator is ``python -m build --wheel --no-isolation`` on a small setuptools project
(``project/``). Copies started together in one project folder share setuptools' scratch space:
``build/lib``, ``build/bdist.<platform>/wheel`` and ``src/<name>.egg-info``. Each copy deletes
and recreates that space as it goes, so a file one copy just wrote can vanish before it packs it.

Each sample builds a fresh copy of the project in a folder of its own (``fresh_project``): the
copies of one sample share a folder, different samples (also on different xdist workers) never do.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import threading
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
PACKAGE = "unitconv"
VERSION = "0.1.0"
WHEEL_NAME = f"{PACKAGE}-{VERSION}-py3-none-any.whl"

#: How test_build's message on a wheel that is broken though every copy passed begins.
BROKEN_WHEEL = "broken wheel:"
#: What a build leaves in the project folder; never copied into a sample's folder.
ARTIFACTS = ("build", "dist", "*.egg-info", "__pycache__")


def missing_build_tools() -> str | None:
    """Why ``python -m build --no-isolation`` cannot build the project here, or ``None``.

    ``--no-isolation`` builds with what this interpreter has: the ``build`` frontend, setuptools,
    and for setuptools older than 70.1 (which has no ``bdist_wheel`` of its own) ``wheel``.
    """
    if importlib.util.find_spec("build") is None:
        return "the 'build' package is not installed (pip install build)"
    if importlib.util.find_spec("setuptools") is None:
        return "setuptools is not installed (pip install setuptools)"
    has_own_bdist_wheel = importlib.util.find_spec("setuptools.command.bdist_wheel") is not None
    if not has_own_bdist_wheel and importlib.util.find_spec("wheel") is None:
        return "setuptools < 70.1 needs the 'wheel' package to build wheels (pip install wheel)"
    return None


def build_command(outdir: Path) -> list[str]:
    """The generator: build a wheel of the project in the current folder into ``outdir``."""
    return [
        sys.executable,
        "-m",
        "build",
        "--wheel",
        "--no-isolation",
        "--outdir",
        str(outdir),
        ".",
    ]


def fresh_project(dest: Path, source: Path = PROJECT) -> Path:
    """Copy the project's sources (without build artifacts) to ``dest``, which must not exist."""
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(*ARTIFACTS))
    return dest


def leftover_artifacts(project: Path) -> list[Path]:
    """The build artifacts in ``project`` (its top level and ``src/``), sorted."""
    found = {p for pattern in ARTIFACTS for p in project.glob(pattern)}
    found.update(project.glob("src/*.egg-info"))
    return sorted(found)


def start_together(
    command: Sequence[str],
    copies: int,
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = 300.0,
) -> list[subprocess.CompletedProcess[str]]:
    """Run ``copies`` copies of ``command`` in ``cwd``, released together; results in copy order.

    A barrier holds every thread until all are ready, then each starts its process, so the
    copies start within a scheduler tick of each other. Output is stdout and stderr interleaved.
    """
    barrier = threading.Barrier(copies)
    results: list[subprocess.CompletedProcess[str] | None] = [None] * copies
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = subprocess.run(
                list(command),
                cwd=cwd,
                env={**os.environ, **(env or {})},
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=timeout,
            )
        except BaseException as error:  # re-raised in the calling thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(copies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [r for r in results if r is not None]


_ERROR_LINE = re.compile(r"^(?:error: |\w+(?:Error|Exception): )", re.MULTILINE)
# A failed build_wheel in the backend, as `python -m build` reports it.
_BACKEND_FAILED = "trying to invoke build_wheel"
# Scratch space changing under a build: ENOENT, EEXIST, EISDIR, ENOTEMPTY (by number or by
# strerror text), and setuptools' own messages when egg-info vanishes or is read half written.
_RACE = re.compile(
    r"\[Errno (?P<errno>2|17|21|39)\]|No such file or directory|File exists|Is a directory"
    r"|Directory not empty|Egg metadata expected at (?P<egg>\S+) but not found"
    r"|KeyError: 'metadata-version'"
)
_QUOTED = re.compile(r"'([^']+)'")


def error_lines(output: str) -> list[str]:
    """The lines of a failed build that say what went wrong (setuptools' ``error:``, exceptions)."""
    return [line for line in output.splitlines() if _ERROR_LINE.match(line)]


def classify_build_failure(output: str) -> dict[str, Any] | None:
    """The example's own failure class for a failed sample's output, or ``None``.

    ``shared_build_dir``: ``build_wheel`` failed because a file or folder in setuptools' scratch
    space vanished, appeared or changed under it. Each sample builds a fresh copy of the sources,
    so in this example a missing file can only mean another copy deleted it.
    ``broken_wheel``: every copy passed, but test_build found the wheel incomplete.
    """
    if BROKEN_WHEEL in output:
        line = next(line for line in output.splitlines() if BROKEN_WHEEL in line)
        return {"class": "broken_wheel", "excerpt": line.strip()}
    if _BACKEND_FAILED not in output:
        return None
    for line in reversed(error_lines(output)):
        race = _RACE.search(line)
        if race is None:
            continue
        errno, egg = race.group("errno"), race.group("egg")
        if egg:
            paths = [egg]
        elif line.startswith("KeyError"):  # a header missing from a half-written PKG-INFO
            paths = []
        else:
            paths = _QUOTED.findall(line)[:2]
        return {
            "class": "shared_build_dir",
            "errno": f"Errno {errno}" if errno else None,
            "paths": paths,
            "excerpt": line,
        }
    return None


def expected_wheel_files(source: Path = PROJECT) -> set[str]:
    """The package files a wheel of the project must hold: every file under ``src/`` but caches."""
    src = source / "src"
    return {
        path.relative_to(src).as_posix()
        for path in src.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not any(part.endswith(".egg-info") for part in path.relative_to(src).parts)
    }


def _record_hash(data: bytes) -> str:
    """A RECORD hash as the wheel format specifies it: ``sha256=`` urlsafe base64, no padding."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode("ascii")


def wheel_problems(wheel: Path, source: Path = PROJECT) -> list[str]:
    """What is wrong with a built wheel: unreadable, files missing, or RECORD not matching."""
    try:
        archive = zipfile.ZipFile(wheel)
    except (OSError, zipfile.BadZipFile) as error:
        return [f"not a readable zip archive: {error}"]
    with archive:
        bad_member = archive.testzip()
        if bad_member is not None:
            return [f"corrupt member {bad_member}"]
        names = set(archive.namelist())
        dist_info = f"{PACKAGE}-{VERSION}.dist-info"
        problems = [f"missing {name}" for name in sorted(expected_wheel_files(source) - names)]
        problems += [
            f"missing {dist_info}/{name}"
            for name in ("METADATA", "WHEEL", "RECORD")
            if f"{dist_info}/{name}" not in names
        ]
        if f"{dist_info}/RECORD" not in names:
            return problems
        recorded: dict[str, str] = {}
        record = archive.read(f"{dist_info}/RECORD").decode("utf-8")
        for row in csv.reader(io.StringIO(record)):
            if row:
                recorded[row[0]] = row[1]
        for name in sorted(names - {f"{dist_info}/RECORD"}):
            if name not in recorded:
                problems.append(f"{name} not in RECORD")
            elif recorded[name] != _record_hash(archive.read(name)):
                problems.append(f"{name} does not match its RECORD hash")
        problems += [f"RECORD lists absent {name}" for name in sorted(set(recorded) - names)]
    return problems
