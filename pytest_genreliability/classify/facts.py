"""What one line of tool output can say, in the words the classifier's modules share.

Conditions are named for what the operating system reported, not for the failure class, because
the class also depends on the operation (EPERM on a rename is contention, EPERM on a symlink is a
missing privilege). `LineFacts` holds what one line says: its conditions with the codes as
printed, the operations it names and how plainly, its paths and flags. The bounds on reading a
line (`MAX_LINE`, `MAX_MATCHES`) live here so that every rule reads a line the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

MAX_LINE = 2000
"""Longest stretch of one line that is examined (a window around the evidence in longer lines)."""
MAX_MATCHES = 6  # matches of one pattern read per line: a pathological line stays cheap

# Conditions, in the order that decides a line reporting several of them.
TXTBSY = "ETXTBSY"  # an executable written while it runs, or run while being written
WATCHERS = "WATCHERS"  # "ENOSPC: System limit for number of file watchers": not a full disk
SHARING = "SHARING"  # Windows sharing violation: another process holds the file (32, 33, 1224)
NOSPC = "ENOSPC"
EISDIR = "EISDIR"
PRIV = "PRIV"  # a missing privilege or a read-only file system: never contention
ENOTEMPTY = "ENOTEMPTY"
EBUSY = "EBUSY"
ACCESS_WIN = "ACCESS_WIN"  # Windows "access denied" (5): a held file when renaming or deleting
EPERM = "EPERM"
EACCES = "EACCES"
OOM = "OOM"
NET = "NET"
TIMEOUT = "TIMEOUT"
DIAG = "DIAG"  # a tool's own diagnostic code (P1012, TS2694): a deterministic failure
SIGNAL = "SIGNAL"
LOCK_WAIT = (
    "LOCK_WAIT"  # "Blocking waiting for file lock on ...": a wait, a timeout if it never ends
)
WEAK = "WEAK"  # ENOENT, EPIPE, EIO...: an error, but no class of its own
PRECEDENCE: tuple[str, ...] = (TXTBSY, WATCHERS, SHARING, NOSPC, EISDIR, PRIV, ENOTEMPTY)
PRECEDENCE += (EBUSY, ACCESS_WIN, EPERM, EACCES, OOM, NET, TIMEOUT, DIAG, SIGNAL, LOCK_WAIT, WEAK)

# Ranks of the evidence for an operation: a syscall the tool printed beats a verb in its prose.
RANK_SYSCALL = 3
RANK_VERB = 2
RANK_GERUND = 1

# Operations that replace a file, and operations that delete one.
RENAMING = frozenset({"rename", "copy", "link"})
DELETING = frozenset({"unlink", "rmdir"})

ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_FOLDER = re.compile(r"[\\/]")


_NAMING = ("MSB", "LNK")  # tool codes that name the condition they report


@dataclass
class LineFacts:
    """Everything one line says. ``conds`` holds (condition, code as printed or None)."""

    conds: list[tuple[str, str | None]] = field(default_factory=list)
    ops: list[tuple[int, str]] = field(default_factory=list)
    paths: list[tuple[int, str]] = field(default_factory=list)  # (position in line, path)
    carried_paths: bool = False  # paths tied to an operation, worth borrowing from a neighbour
    kv_paths: list[str] = field(default_factory=list)  # `path:` / `dest:` of an error object
    urls: list[str] = field(default_factory=list)  # URLs and hosts, which count for network errors
    held: list[str] = field(default_factory=list)  # "cannot access the file 'x'": the held file
    flags: set[str] = field(default_factory=set)

    @property
    def cond(self) -> str | None:
        """The condition that decides this line (see `PRECEDENCE`)."""
        present = {cond for cond, _ in self.conds}
        for cond in PRECEDENCE:
            if cond in present:
                return cond
        return None

    def printed(self, cond: str) -> str | None:
        """The first code printed for ``cond``."""
        for other, printed in self.conds:
            if other == cond and printed is not None:
                return printed
        return None

    def any_printed(self) -> str | None:
        """The first code printed for a condition other than a tool's own diagnostic (but
        MSBuild's task codes, which name the step that met the condition, and the linker's,
        which name it: LNK1180 "insufficient disk space")."""
        return next(
            (p for cond, p in self.conds if p is not None and (cond != DIAG or p[:3] in _NAMING)),
            None,
        )

    def best_op(self) -> tuple[int, str] | None:
        return max(self.ops, key=lambda item: item[0]) if self.ops else None

    def path_list(self) -> list[str]:
        """Paths in the order the line gives them, without repeats; a bare word (no folder, no
        extension) only when the line names no real path ("could not remove 'setup' file:
        'C:\\x\\rustup-init.exe'" names one file)."""
        seen: list[str] = []
        for _, path in sorted(self.paths, key=lambda item: item[0]):
            if path and path not in seen:
                seen.append(path)
        if any(_FOLDER.search(path) for path in seen):
            seen = [path for path in seen if _FOLDER.search(path) or "." in path]
        return seen


def first_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return islice(pattern.finditer(text), MAX_MATCHES)


def word_start(text: str, pos: int) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")
