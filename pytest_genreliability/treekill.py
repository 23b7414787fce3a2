"""Find and end every process one run started: its process group, and descendants that left it.

A run's processes are found two ways. Its process group (the run starts in a new session on
POSIX) holds everything that did not move out. A process that did (``setsid``, a daemon, a
double fork) is found on Linux by a mark in its environment: every run sets `TOKEN_VAR` to a value
of its own, children inherit it, and ``/proc/<pid>/environ`` shows the environment a process
started with. Jenkins finds a build's leftover processes the same way. A process that clears its
environment (``env -i``) or runs as another user is out of reach; so is any process that left the
group on macOS, where another process's environment cannot be read. `stop` counts what it could
not end, so the caller can say so.

Ending is graceful, then firm: SIGTERM to everything found, a grace period for cleanup handlers
to run, then SIGKILL to whatever is still there.

Stdlib only and free of package-relative imports: the guard process (`guard_main`) runs this file
as a script, without importing the package.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

TOKEN_VAR = "GENRELIABILITY_RUN"
"""The environment variable that marks a run's processes (value: ``<pytest pid>-<run number>``)."""

SETTLE_S = 1.0
"""Seconds to wait for SIGKILLed processes to disappear before counting them as not ended."""

SCANS_PROC = sys.platform == "linux" and os.path.isdir("/proc/self")
"""Whether processes can be listed with their group, state and environment (Linux ``/proc``)."""

_numbers = itertools.count(1)


@dataclass(frozen=True)
class Tree:
    """The processes of one run: group `pgid`, and every process whose `TOKEN_VAR` matches.

    `since` is the leader's start time in clock ticks after boot (0 when unknown): a descendant
    cannot have started earlier, so older processes need no look at their environment.
    A `pgid` of 0 means no group (the guard sweeps by token alone).
    """

    pgid: int
    token: str
    since: int = 0


@dataclass(frozen=True)
class Ending:
    """How `stop` ended a tree: the last signal it needed, and how many processes it could not end.

    ``ended_by`` is None when nothing was left to end, else ``"SIGTERM"`` or ``"SIGKILL"``.
    """

    ended_by: str | None
    unreached: int


def new_token() -> str:
    """A `TOKEN_VAR` value no other run of any process uses: ``<pid>-<number>``."""
    return f"{os.getpid()}-{next(_numbers)}"


def start_ticks(pid: int) -> int:
    """When `pid` started, in clock ticks after boot (``/proc/<pid>/stat`` field 22), or 0."""
    if not SCANS_PROC:
        return 0
    fields = _stat_fields(pid)
    return int(fields[19]) if fields is not None else 0


def members(trees: Sequence[Tree]) -> set[int] | None:
    """Living (not zombie) processes of `trees`; None where they cannot be listed (no ``/proc``)."""
    if not SCANS_PROC:
        return None
    own = os.getpid()
    groups = {tree.pgid for tree in trees if tree.pgid > 0}
    since = min((tree.since for tree in trees), default=0)
    found: set[int] = set()
    try:
        names = os.listdir("/proc")
    except OSError:
        return None
    for name in names:
        if not name.isdigit() or int(name) == own:
            continue
        pid = int(name)
        fields = _stat_fields(pid)
        if fields is None or fields[0] in ("Z", "X", "x"):
            continue  # gone, or a zombie: it runs nothing and holds no files
        in_group = int(fields[2]) in groups
        if in_group or (int(fields[19]) >= since and _marked(pid, trees)):
            found.add(pid)
    return found


def stop(
    trees: Sequence[Tree],
    grace: float,
    pause: Callable[[float], object] = time.sleep,
) -> Ending:
    """End every process of `trees` (POSIX): SIGTERM, up to `grace` seconds, then SIGKILL.

    With ``grace=0`` SIGKILL is sent at once. `pause(seconds)` waits between checks (the runner
    reads the run's pipes meanwhile, so a process writing while it cleans up is not blocked).
    """
    living = _living(trees)
    if not living:
        return Ending(None, 0)
    if grace > 0:
        _send(trees, living, signal.SIGTERM)
        living = _wait_until_gone(trees, grace, pause)
        if not living:
            return Ending("SIGTERM", 0)
    _send(trees, living, signal.SIGKILL)
    # SIGKILL acts when a process leaves the kernel: one in uninterruptible I/O may take a while.
    living = _wait_until_gone(trees, SETTLE_S, pause)
    return Ending("SIGKILL", len(living))


def _living(trees: Sequence[Tree]) -> set[int]:
    """Pids found alive; where processes cannot be listed, the pgid of each group still alive."""
    found = members(trees)
    if found is not None:
        return found
    return {tree.pgid for tree in trees if tree.pgid > 0 and _group_alive(tree.pgid)}


def _wait_until_gone(
    trees: Sequence[Tree], seconds: float, pause: Callable[[float], object]
) -> set[int]:
    deadline = time.monotonic() + seconds
    step = 0.001
    while True:
        living = _living(trees)
        left = deadline - time.monotonic()
        if not living or left <= 0:
            return living
        pause(min(step, left))
        step = min(2 * step, 0.05)


def _send(trees: Sequence[Tree], pids: Iterable[int], signal_number: int) -> None:
    """Signal each group, and each process found outside them, exactly once.

    Twice would be a second SIGTERM while the first one's handler cleans up: a shell runs its
    trap again, and a Python process already exiting (its handlers reset) dies of it.
    """
    groups = {tree.pgid for tree in trees if tree.pgid > 0}
    for pgid in groups:
        # ESRCH: the group is already empty. EPERM: macOS, when only zombies are left.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal_number)
    if SCANS_PROC:
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                if os.getpgid(pid) not in groups:
                    os.kill(pid, signal_number)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):  # EPERM: macOS, only zombies are left
        return False
    return True


def _stat_fields(pid: int) -> list[str] | None:
    """``/proc/<pid>/stat`` after the command name: state first (field 3), so pgrp is [2]."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            text = handle.read()
    except OSError:
        return None
    return text[text.rfind(b")") + 2 :].decode("ascii", "replace").split()


def _marked(pid: int, trees: Sequence[Tree]) -> bool:
    try:
        with open(f"/proc/{pid}/environ", "rb") as handle:
            environ = b"\0" + handle.read()
    except OSError:
        return False
    key = b"\0" + TOKEN_VAR.encode() + b"="
    start = environ.find(key)
    if start < 0:
        return False
    start += len(key)
    end = environ.find(b"\0", start)
    value = environ[start : end if end >= 0 else None].decode("ascii", "replace")
    return any(value == tree.token or value.startswith(tree.token + "-") for tree in trees)


def guard_main(argv: Sequence[str]) -> None:
    """The guard process: when its standard input closes, end what its parent's runs left.

    Its parent (a pytest process) writes ``+<pgid>`` when a run starts and ``-<pgid>`` when it
    ended. End-of-file comes when the parent exits for any reason, SIGKILL included; the guard
    then stops every group still listed and, on Linux, every process marked with a token of its
    parent, with the grace period given as the second argument. A parent that lets the guard go
    in order writes ``=`` first: it ended its runs itself, and may go on to start new ones (an
    in-process pytest session inside a test) that the guard must not touch.
    """
    parent, grace = int(argv[0]), float(argv[1])
    groups: set[int] = set()
    for line in sys.stdin:
        if line.strip() == "=":
            return
        with contextlib.suppress(ValueError):
            pgid = int(line[1:])
            if line.startswith("+"):
                groups.add(pgid)
            elif line.startswith("-"):
                groups.discard(pgid)
    trees = [Tree(pgid, str(parent)) for pgid in groups] or [Tree(0, str(parent))]
    stop(trees, grace)


if __name__ == "__main__":
    # The parent's own signals (a terminal's Ctrl-C, a CI job's SIGTERM) must not end the guard
    # before it did its job; it is in a session of its own, and ignores them besides.
    for _name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, _name):
            signal.signal(getattr(signal, _name), signal.SIG_IGN)
    guard_main(sys.argv[1:])
