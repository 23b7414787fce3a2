"""Residue: temporary files a failed sample left next to the paths it failed on (core, no pytest).

Generators that write ``<target>.tmp<pid>`` and rename it over ``<target>`` leave the copy behind
when the rename fails (``prisma generate`` does, and stale copies pile up until a cleanup removes
them). Listing them per failed sample makes a cleanup mitigation's effect visible in the report.

The scan is bounded on purpose: it lists only the folders of the paths the failure named (a
relative path is taken from the run's working directory), reads at most ``max_entries`` entries
of each, and keeps only files whose timestamps fall within the sample's run, so a stale copy an
earlier sample left is not counted again.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from .records import SampleRecord

#: Names a generator gives its temporaries and partial outputs (matched case-insensitively).
PATTERNS: tuple[str, ...] = ("*.tmp*", "*.temp*", "*.partial*", "*.part", "*.crdownload", "*~")

MAX_FOLDERS = 4
MAX_ENTRIES = 2000  # directory entries read per folder
MAX_FILES = 20  # residue files kept per record
#: Filesystem timestamps come from a coarse clock that may lag the one ``started_at`` was read
#: from by a tick; allow that much before the sample's start.
CLOCK_SLACK_S = 0.05

_KIND = re.compile(r"\.(tmp|temp|partial|part|crdownload)(\d+)?", re.IGNORECASE)


def _folders(paths: Iterable[str], cwd: str | None) -> list[str]:
    folders: list[str] = []
    for path in paths:
        if not path:
            continue
        full = path if os.path.isabs(path) or cwd is None else os.path.join(cwd, path)
        folder = os.path.dirname(os.path.normpath(full))
        if folder and folder not in folders:
            folders.append(folder)
        if len(folders) == MAX_FOLDERS:
            break
    return folders


def _matches(name: str, patterns: Sequence[str]) -> bool:
    lowered = name.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern) for pattern in patterns)


def scan_residue(
    paths: Iterable[str],
    cwd: str | None,
    since: float | None,
    until: float | None = None,
    *,
    patterns: Sequence[str] = PATTERNS,
    seen: Container[str] = (),
    max_entries: int = MAX_ENTRIES,
    max_files: int = MAX_FILES,
) -> tuple[str, ...]:
    """Files matching ``patterns`` in the folders of ``paths`` that changed during the sample.

    ``since``/``until`` are the sample's start and end (seconds since the epoch); a file counts
    when its newest timestamp (modified, or created/changed: ``st_ctime``, which on Windows is the
    creation time and so also covers copies that keep the source's modification time) lies
    within them, and it is not in ``seen`` (files an earlier sample in this process reported:
    back-to-back samples are closer in time than timestamps can tell apart). Unreadable folders
    are skipped: the scan never fails a sample.
    """
    found: list[str] = []
    for folder in _folders(paths, cwd):
        try:
            with os.scandir(folder) as entries:
                for entry in islice(entries, max_entries):
                    if entry.path in seen or not _matches(entry.name, patterns):
                        continue
                    try:
                        if not entry.is_file(follow_symlinks=False):
                            continue
                        info = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    stamp = max(info.st_mtime, info.st_ctime)
                    if since is not None and stamp < since - CLOCK_SLACK_S:
                        continue
                    if until is not None and stamp > until + CLOCK_SLACK_S:
                        continue
                    found.append(entry.path)
        except OSError:
            continue
    return tuple(sorted(found)[:max_files])


def residue_kind(path: str) -> str:
    """The file's kind of residue, volatile parts masked: ``.tmp<pid>``, ``.partial``, ``~``."""
    name = os.path.basename(path.replace("\\", "/"))
    matches = list(_KIND.finditer(name))  # the last: ``a.tmp.js.tmp123`` is a .tmp<pid>
    if matches:
        match = matches[-1]
        return f".{match.group(1).lower()}" + ("<pid>" if match.group(2) else "")
    return "~" if name.endswith("~") else "other"


def residue_kinds(paths: Iterable[str]) -> Counter[str]:
    return Counter(residue_kind(p) for p in paths)


@dataclass(frozen=True)
class ResidueSummary:
    """What a subject's (or arm's) failed samples left behind, for the report."""

    failures: int
    left_some: int  # failed samples that left at least one file
    files: int
    kinds: dict[str, int]  # ``.tmp<pid>`` -> files

    @property
    def text(self) -> str:
        """``7 failures left 7 `.tmp<pid>` files``; ``0 failures, nothing left behind``."""
        failures = _plural(self.failures, "failure")
        if not self.files:
            return f"{failures}, nothing left behind"
        kinds = ", ".join(
            f"{n} `{kind}` {'file' if n == 1 else 'files'}" for kind, n in self.kinds.items()
        )
        share = "" if self.left_some == self.failures else f" ({self.left_some} of them left some)"
        return f"{failures} left {kinds}{share}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summarise(records: Iterable[SampleRecord]) -> ResidueSummary:
    failed = [r for r in records if r.rated and not r.passed]
    files = [p for r in failed for p in r.residue]
    kinds = residue_kinds(files)
    return ResidueSummary(
        failures=len(failed),
        left_some=sum(1 for r in failed if r.residue),
        files=len(files),
        kinds=dict(kinds.most_common()),
    )
