"""One sample of a subject at a time in one working directory, across processes (core, no pytest).

Under pytest-xdist, two samples of one subject may run at the same moment in the same directory
and contend with *each other* (two ``prisma generate`` writing one output folder), so the pass
rate would measure the harness rather than the generator. Each run therefore holds an exclusive
lock on a small file named after the subject and its working directory, in the system's temporary
directory, so that every worker (and any other session on the machine) waits its turn. The lock is
the operating system's (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), so a killed
process releases it with its last handle.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: One folder per user (another user's folder would not be writable), as pytest's ``pytest-of-*``.
LOCK_FOLDER = "pytest-genreliability-locks" + (f"-{os.getuid()}" if hasattr(os, "getuid") else "")


def lock_path(subject: str, cwd: str, folder: str | None = None) -> Path:
    """The lock file of ``subject`` in ``cwd`` (hashed: names never leak into file names)."""
    digest = hashlib.sha256(f"{subject}\0{os.path.normcase(cwd)}".encode()).hexdigest()[:24]
    return Path(folder or tempfile.gettempdir()) / LOCK_FOLDER / f"{digest}.lock"


@contextmanager
def workdir_lock(subject: str, cwd: str, folder: str | None = None) -> Iterator[float]:
    """Hold the lock of ``subject`` in ``cwd``; yields the seconds spent waiting for it.

    A lock file that cannot be created (a read-only temporary directory) never fails a sample:
    the run goes ahead unlocked (yielding -1), and overlap, if any, is still detected from the
    records.
    """
    path = lock_path(subject, cwd, folder)
    began = time.monotonic()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield -1.0
        return
    try:
        _lock(fd)
        try:
            yield time.monotonic() - began
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # tries for about 10 s, then raises
                return
            except OSError:
                continue

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
