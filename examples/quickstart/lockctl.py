"""Hold a file the way a dev server or an antivirus scanner does, and always let go of it.

Three ways to make "rename a new file over <target>" fail while the target is held:

``windows``
    Open the target with Python's ``open()``: the C runtime asks Windows for
    ``FILE_SHARE_READ | FILE_SHARE_WRITE`` and not ``FILE_SHARE_DELETE``, so while the handle is
    open ``MoveFileEx`` (``os.replace``) onto the target fails for real with WinError 5.
``chattr``
    Linux, as root, on a filesystem that supports the immutable attribute (ext4, xfs, btrfs; tmpfs
    on recent kernels): ``chattr +i <target>`` makes ``rename(2)`` onto it fail for real (EPERM).
    The attribute outlives the process that set it, so ``release_all`` must run in every teardown.
``flock``
    Everywhere else with ``fcntl`` (macOS, Linux without root): an *emulation*. POSIX lets anyone
    rename over a file another process has open, so the holder takes ``flock(LOCK_EX)`` on the
    target and ``generate.py`` applies Windows' rule itself (see ``replace_unless_held``). The lock
    belongs to the holder's open file and dies with it, so there is nothing to clean up afterwards.

Standard library only: the scripts in this directory run without the plugin or its dependencies.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

METHODS = ("windows", "chattr", "flock")


@dataclass(frozen=True)
class MethodChoice:
    """The lock method ``--method auto`` picks for a directory, and why."""

    method: str
    reason: str
    genuine: bool  # True when the OS itself refuses the rename; False for the flock emulation

    def describe(self) -> str:
        if self.genuine:
            return f"{self.method}: the OS itself refuses the rename ({self.reason})"
        return f"{self.method}: generate.py emulates Windows' refusal ({self.reason})"


def lock_method_available(directory: str | os.PathLike[str] | None = None) -> MethodChoice:
    """Say which lock method ``auto`` picks for files in ``directory`` (default: the cwd)."""
    if sys.platform == "win32":
        return MethodChoice("windows", "a handle without FILE_SHARE_DELETE blocks it", True)
    chattr_problem = chattr_unavailable_reason(Path.cwd() if directory is None else Path(directory))
    if chattr_problem is None:
        return MethodChoice("chattr", "root, and chattr +i works on this filesystem", True)
    if fcntl is not None:
        return MethodChoice("flock", chattr_problem, False)
    raise RuntimeError(f"no lock method available on {sys.platform}: {chattr_problem}, no fcntl")


def chattr_unavailable_reason(directory: Path) -> str | None:
    """None when ``chattr +i`` works on a scratch file in ``directory``, else what stops it."""
    if not sys.platform.startswith("linux"):
        return f"chattr is a Linux command, this is {sys.platform}"
    if os.geteuid() != 0:
        return "chattr +i needs root"
    if shutil.which("chattr") is None:
        return "no chattr command"
    try:
        handle, scratch = tempfile.mkstemp(prefix=".chattr-probe-", dir=directory)
    except OSError as exc:
        return f"cannot probe {directory}: {exc}"
    os.close(handle)
    try:
        probe = _chattr("+i", scratch)
        if probe.returncode != 0:
            return f"chattr +i fails on this filesystem: {probe.stderr.strip()}"
        return None
    finally:
        _chattr("-i", scratch)
        os.unlink(scratch)


def _chattr(flag: str, path: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["chattr", flag, os.fspath(path)], capture_output=True, text=True)


def resolve_method(method: str, target: str | os.PathLike[str]) -> str:
    """Turn ``auto`` into a concrete method for ``target``; check an explicit one is usable."""
    if method == "auto":
        return lock_method_available(Path(target).parent).method
    if method not in METHODS:
        raise ValueError(f"unknown lock method {method!r}; choose auto, {', '.join(METHODS)}")
    if method == "windows" and sys.platform != "win32":
        raise ValueError("--method windows works only on Windows")
    if method == "flock" and fcntl is None:
        raise ValueError("--method flock needs fcntl (not available on Windows)")
    if method == "chattr":
        problem = chattr_unavailable_reason(Path(target).parent)
        if problem is not None:
            raise ValueError(f"--method chattr is not usable here: {problem}")
    return method


@contextlib.contextmanager
def hold(target: str | os.PathLike[str], method: str) -> Iterator[None]:
    """Hold ``target`` with ``method`` (already resolved) for the duration of the block."""
    if method == "chattr":
        result = _chattr("+i", target)
        if result.returncode != 0:
            raise OSError(f"chattr +i {target} failed: {result.stderr.strip()}")
        try:
            yield
        finally:
            _chattr("-i", target)
    elif method == "flock":
        with _flocked(target):
            yield
    elif method == "windows":
        with open(target, "rb"):
            yield
    else:
        raise ValueError(f"unknown lock method {method!r}")


@contextlib.contextmanager
def _flocked(target: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Exclusive flock on the file currently at ``target``.

    A generator may replace the target while we wait for the lock; then the lock we got is on the
    old, unlinked file, which holds nothing. Check that the locked file is still the one at the
    path and start over when it is not (the usual lock-file recipe).
    """
    assert fcntl is not None
    while True:
        handle = open(target, "rb")  # noqa: SIM115 (closed below or on the next iteration)
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            if os.path.samestat(os.fstat(handle.fileno()), os.stat(target)):
                break
        except BaseException:
            handle.close()
            raise
        handle.close()
    try:
        yield handle
    finally:
        handle.close()  # closing the only descriptor releases the flock


def replace_unless_held(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """``os.replace(source, target)``, failing like Windows when another process holds ``target``.

    With the ``windows`` and ``chattr`` methods the OS refuses the rename by itself and this is a
    plain ``os.replace``. Where ``fcntl`` exists, a holder may instead have an emulated hold (an
    ``flock`` on the target): we take the same lock without blocking, and if someone else has it we
    raise ``PermissionError(EPERM)`` with the message the OS would give, which is what Windows does
    to a rename over a file opened without ``FILE_SHARE_DELETE``. We keep the lock through the
    rename so a holder cannot slip in between the check and the rename.
    """
    if fcntl is None or not os.path.exists(target):
        os.replace(source, target)
        return
    with open(target, "rb") as current:
        try:
            fcntl.flock(current.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PermissionError(  # arguments as OSError takes them; None is `winerror`
                errno.EPERM, os.strerror(errno.EPERM), os.fspath(source), None, os.fspath(target)
            ) from None
        os.replace(source, target)


def is_immutable(target: str | os.PathLike[str]) -> bool:
    """True when ``lsattr`` shows the immutable attribute on ``target`` (False without lsattr)."""
    if shutil.which("lsattr") is None or not os.path.exists(target):
        return False
    listing = subprocess.run(["lsattr", "-d", os.fspath(target)], capture_output=True, text=True)
    return listing.returncode == 0 and "i" in listing.stdout.split(maxsplit=1)[0]


def release_all(target: str | os.PathLike[str]) -> None:
    """Undo every hold on ``target`` that can outlive its holder; safe to call any number of times.

    Only ``chattr +i`` survives a killed holder (``kill -9`` skips its ``finally`` and ``atexit``);
    an flock or a Windows handle is released by the OS when the holder's process ends.
    """
    if is_immutable(target):
        result = _chattr("-i", target)
        if result.returncode != 0:
            raise OSError(f"chattr -i {target} failed: {result.stderr.strip()}")
