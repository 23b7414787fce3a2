"""File writes that never destroy what they write to (core layer).

A regular file is replaced atomically: the data goes to a unique file beside it, is flushed to
disk, then renamed over, so a reader sees the old file or the new one, never a torn one. Anything
else is written in place, because renaming over it would replace it with a plain file: a device
(``/dev/null``, a terminal), a FIFO with a reader on the other end, ``-`` (standard output), and
the kernel's links to open files (``/dev/stdout``, ``/proc/self/fd/1``). A symbolic link to a
regular file is followed: the file it points at is replaced, and the link stays a link.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import stat
import sys
from pathlib import Path
from typing import Any

__all__ = [
    "STDOUT",
    "write_bytes_atomic",
    "write_json_atomic",
    "write_text_atomic",
    "writes_in_place",
]

#: The path that means standard output, as for most command-line tools.
STDOUT = "-"

# The kernel's links to a process's open files: the file behind them is in use, not to replace.
_KERNEL_LINK = re.compile(
    r"/proc/(?P<pid>[^/]+)/fd/(?P<fd>\d+)|/dev/fd/(?P<devfd>\d+)|/dev/std(?P<std>in|out|err)"
)
_STD_FDS = {"in": 0, "out": 1, "err": 2}
_MAX_LINKS = 40  # as the kernel's own limit on a path's symbolic links


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` without ever turning a special file into a plain one.

    The temporary file of an atomic replacement is created with mode ``0o666``, so the process
    umask decides the final permissions, as for any file the user asked for (``mkstemp`` would
    make it private, which trips CI artifact uploads running as another user).
    """
    if os.fspath(path) == STDOUT:
        _write_stdout(data)
        return Path(STDOUT)
    target = Path(path)
    final, kernel = _follow_links(target)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if kernel is not None and mode is not None:
        _write_kernel_link(target, kernel, data, mode)
    elif mode is not None and not stat.S_ISREG(mode):
        _write_in_place(target, data, mode)
    else:
        _replace(final, data)
    return target


def writes_in_place(path: str | os.PathLike[str]) -> bool:
    """Whether :func:`write_bytes_atomic` writes into ``path`` as it is (``-``, a device...)."""
    if os.fspath(path) == STDOUT:
        return True
    try:
        _, kernel = _follow_links(Path(path))
        return kernel is not None or not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _follow_links(path: Path) -> tuple[Path, re.Match[str] | None]:
    """The file ``path`` finally names, and the first kernel link to an open file on the way."""
    current = Path(os.path.abspath(path))
    kernel = _KERNEL_LINK.fullmatch(current.as_posix())
    for _ in range(_MAX_LINKS):
        if kernel is not None or not current.is_symlink():
            break
        current = Path(os.path.abspath(current.parent / os.readlink(current)))
        kernel = _KERNEL_LINK.fullmatch(current.as_posix())
    else:
        raise OSError(errno.ELOOP, "too many levels of symbolic links", str(path))
    return Path(os.path.realpath(current)), kernel


def _write_kernel_link(path: Path, link: re.Match[str], data: bytes, mode: int) -> None:
    """Write through this process's own descriptor when the link names one of them.

    ``/dev/stdout`` redirected to a file: opening it again would start a second write position
    in that file, and the program's next lines would overwrite the document; writing to the
    descriptor itself puts the document where the program's output stands.
    """
    pid, fd, devfd, std = link.group("pid", "fd", "devfd", "std")
    own = None
    if std is not None:
        own = _STD_FDS[std]
    elif devfd is not None:
        own = int(devfd)
    elif pid in ("self", "thread-self", str(os.getpid())):
        own = int(fd)
    if own is None:  # another process's descriptor: open the file it names
        _write_in_place(path, data, mode)
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    _write_all(own, data)


def _write_stdout(data: bytes) -> None:
    stream = sys.stdout
    stream.flush()
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:  # a text-only stream (a test's capture): decode what was encoded for it
        stream.write(data.decode("utf-8"))
        stream.flush()


def _write_in_place(path: Path, data: bytes, mode: int) -> None:
    """Write into an existing non-regular file (or another process's open file) as it is.

    A FIFO is opened without blocking first, so that one with no reader is an error ("no such
    device or address") rather than a session that hangs; the writes themselves then block as
    usual. A regular file reached through another process's descriptor is appended to.
    """
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0)
    if stat.S_ISREG(mode):
        flags |= os.O_APPEND
    nonblocking = stat.S_ISFIFO(mode) and hasattr(os, "O_NONBLOCK")
    fd = os.open(path, flags | (os.O_NONBLOCK if nonblocking else 0))
    try:
        if nonblocking:
            os.set_blocking(fd, True)
        _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _replace(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    return write_bytes_atomic(path, text.encode("utf-8"))


def write_json_atomic(path: str | os.PathLike[str], document: Any) -> Path:
    return write_text_atomic(path, json.dumps(document, indent=2, sort_keys=False) + "\n")
