"""A bounded capture of a byte stream: its first and last bytes, and how much fell in between.

A generator can print without limit (a verbose build, a loop stuck logging). Failure
classification needs the start of the output (the command's banner, the first error) and the end
(the final error and the exit message), so a sample keeps a head and a tail of fixed size and
counts the bytes dropped from the middle. Memory stays O(limit) however long the stream is.

A child's stdout and stderr must be drained at the same time (a child blocked writing to a full
pipe nobody reads never exits): `PolledPipes` does it in the calling thread on POSIX,
`ThreadedPipes` with a thread per pipe where pipes cannot be polled (Windows).

Some programs refuse a pipe as stdout or stderr (Windows ``node.exe`` under Wine dies with
``EBADF ... createWritableStdioStream``), so the child's end is chosen per subject
(`open_capture`): ``pipe`` (the default), ``file`` (temporary files, `SpooledFiles`) or ``pty``
(a pseudo-terminal per stream, POSIX; read like a pipe). Every mode keeps the same head and tail
in memory.
"""

from __future__ import annotations

import contextlib
import io
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from typing import IO, Any, Protocol

from .choices import CAPTURE_MODES

__all__ = [
    "ABANDONED_NOTE",
    "CAPTURE_MODES",
    "PTY_FALLBACK_NOTE",
    "READ_SIZE",
    "SPOOL_CHECK_S",
    "SPOOL_LIMIT",
    "Capture",
    "HeadTailBuffer",
    "PolledPipes",
    "PolledReader",
    "Reader",
    "SpooledFiles",
    "ThreadedPipes",
    "dropped_marker",
    "open_capture",
]

READ_SIZE = 64 * 1024
"""Bytes asked of one read. A pipe holds at most 64 KiB by default on Linux and macOS, so a larger
read would rarely return more, and its buffer (zero-filled on every run) would cost more."""

ABANDONED_NOTE = (
    "[genreliability: stopped reading; a process outside the sample's process group "
    "still holds this stream open]\n"
)


def dropped_marker(dropped: int) -> str:
    """The line that stands for the dropped middle of a stream in `HeadTailBuffer.text`."""
    return f"[... {dropped} bytes dropped ...]"


class HeadTailBuffer:
    """Keep the first `limit` bytes and the last `limit` bytes fed to it, counting the rest.

    Not thread-safe: a reader thread that feeds it while another thread reads it must hold a lock.
    """

    def __init__(self, limit: int) -> None:
        if limit < 0:
            raise ValueError(f"limit must be >= 0, got {limit}")
        self._limit = limit
        self._head = bytearray()
        self._tail = bytearray()
        self._total = 0

    @property
    def limit(self) -> int:
        return self._limit

    @property
    def total(self) -> int:
        """Bytes fed so far."""
        return self._total

    @property
    def dropped(self) -> int:
        """Bytes fed so far that are kept neither in the head nor in the tail."""
        return self._total - len(self._head) - len(self._tail)

    @property
    def head(self) -> bytes:
        return bytes(self._head)

    @property
    def tail(self) -> bytes:
        return bytes(self._tail)

    def feed(self, data: bytes | bytearray | memoryview) -> None:
        view = memoryview(data).cast("B")
        self._total += len(view)
        room = self._limit - len(self._head)
        if room > 0:
            self._head += view[:room]
            view = view[room:]
        if not view:
            return
        if len(view) >= self._limit:
            # The chunk alone fills the tail: whatever the tail held is now in the middle.
            self._tail[:] = view[len(view) - self._limit :]
            return
        self._tail += view
        excess = len(self._tail) - self._limit
        if excess > 0:
            # Deleting from the front of a bytearray only moves its start (no copy) in CPython.
            del self._tail[:excess]

    def text(self, encoding: str = "utf-8", errors: str = "replace") -> str:
        """Decoded contents; when bytes were dropped, head + a marker line + tail.

        Head and tail are decoded separately, so a multi-byte character cut by the dropped middle
        decodes to replacement characters rather than borrowing bytes it does not own.
        """
        if self.dropped == 0:
            return (bytes(self._head) + bytes(self._tail)).decode(encoding, errors)
        head = self._head.decode(encoding, errors)
        tail = self._tail.decode(encoding, errors)
        separator = "" if not head or head.endswith("\n") else "\n"
        return f"{head}{separator}{dropped_marker(self.dropped)}\n{tail}"


class PolledPipes:
    """Read a child's pipes in the calling thread, waking with ``select.poll`` (POSIX only).

    One thread sleeps in one ``poll`` over every pipe (and, while the caller waits for the child
    to exit, a descriptor that becomes readable then, such as a Linux pidfd), so a run costs no
    thread start or join: on a loaded machine waking a reader thread costs milliseconds. Each
    pipe feeds its own `HeadTailBuffer` through one shared read buffer, so heavy output on one
    stream never stops the other from being drained, and memory stays O(limit).
    """

    def __init__(self, pipes: Sequence[IO[bytes]], limit: int) -> None:
        self._pipes = [_raw(pipe) for pipe in pipes]
        self._buffers = [HeadTailBuffer(limit) for _ in pipes]
        self._open = {pipe.fileno(): index for index, pipe in enumerate(self._pipes)}
        self._chunk = memoryview(bytearray(READ_SIZE))
        if sys.platform == "win32":
            raise OSError("select.poll does not wait on pipes on Windows; use ThreadedPipes")
        for descriptor in self._open:
            # poll may not promise data (a spurious wake-up): a read must never block the timeout.
            os.set_blocking(descriptor, False)

    @property
    def is_reading(self) -> bool:
        """Whether some pipe is still open (not at end-of-file, not abandoned)."""
        return bool(self._open)

    def pump(self, timeout: float | None, wake_fd: int | None = None) -> bool:
        """Read the pipes as data comes, for at most `timeout` seconds (``None``: no limit).

        Returns True once `wake_fd` is readable or, without `wake_fd`, once every pipe is at
        end-of-file; False when `timeout` ran out first. Data already waiting is read either way.
        """
        if sys.platform == "win32":
            raise OSError("select.poll does not wait on pipes on Windows")
        deadline = None if timeout is None else time.monotonic() + timeout
        poller = select.poll()
        for descriptor in self._open:
            poller.register(descriptor, select.POLLIN)
        if wake_fd is not None:
            poller.register(wake_fd, select.POLLIN)
        while wake_fd is not None or self._open:
            wait_ms = None if deadline is None else max(0.0, deadline - time.monotonic()) * 1000
            woken = False
            for descriptor, _ in poller.poll(wait_ms):
                if descriptor == wake_fd:
                    woken = True
                elif not self._read(descriptor):
                    poller.unregister(descriptor)
            if woken:
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False  # checked after reading too, so a chatty child cannot hold us here
        return True

    def finish(self, grace: float) -> list[tuple[str, int]]:
        """(text, bytes dropped) per pipe, reading until end-of-file for at most `grace` seconds.

        A pipe still open then (held by a process out of the caller's reach) is closed unread,
        and its text ends with `ABANDONED_NOTE`.
        """
        try:
            self.pump(grace)
        finally:
            abandoned = set(self._open.values())
            self.close()
        return [
            (_with_note(buffer.text(), index in abandoned), buffer.dropped)
            for index, buffer in enumerate(self._buffers)
        ]

    def close(self) -> None:
        """Stop reading: close every pipe still open."""
        for index in self._open.values():
            with contextlib.suppress(OSError):
                self._pipes[index].close()
        self._open.clear()

    def _read(self, descriptor: int) -> bool:
        """Read once from a ready pipe; whether it stays open."""
        index = self._open[descriptor]
        try:
            count = self._pipes[index].readinto(self._chunk)
        except OSError:
            count = 0
        if count is None:  # nothing after all (EAGAIN)
            return True
        if count:
            self._buffers[index].feed(self._chunk[:count])
            return True
        del self._open[descriptor]
        with contextlib.suppress(OSError):
            self._pipes[index].close()
        return False


class ThreadedPipes:
    """Read each of a child's pipes on its own daemon thread (Windows: no poll on pipes there).

    Each thread owns its pipe and closes it at end-of-file; a thread still reading when the
    caller gives up (a process out of reach holds the pipe) is left behind as a daemon.
    """

    def __init__(self, pipes: Sequence[IO[bytes]], limit: int) -> None:
        self._buffers = [HeadTailBuffer(limit) for _ in pipes]
        self._lock = threading.Lock()
        self._threads = [
            threading.Thread(
                target=self._drain,
                args=(_raw(pipe), buffer),
                name="genreliability-pipe",
                daemon=True,
            )
            for pipe, buffer in zip(pipes, self._buffers, strict=True)
        ]
        for thread in self._threads:
            thread.start()

    def _drain(self, pipe: io.RawIOBase, buffer: HeadTailBuffer) -> None:
        chunk = memoryview(bytearray(READ_SIZE))
        try:
            while True:
                count = pipe.readinto(chunk)
                if not count:
                    return
                with self._lock:
                    buffer.feed(chunk[:count])
        except (OSError, ValueError):
            return
        finally:
            pipe.close()

    def finish(self, grace: float) -> list[tuple[str, int]]:
        """(text, bytes dropped) per pipe, waiting for end-of-file for at most `grace` seconds."""
        deadline = time.monotonic() + grace
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        with self._lock:
            return [
                (_with_note(buffer.text(), thread.is_alive()), buffer.dropped)
                for thread, buffer in zip(self._threads, self._buffers, strict=True)
            ]


SPOOL_LIMIT = 4 * 1024 * 1024
"""Bytes a ``file`` capture lets one stream's temporary file reach before it is emptied (POSIX)."""

SPOOL_CHECK_S = 0.05
"""Seconds between two reads of the growing temporary files of a ``file`` capture (POSIX)."""

PTY_FALLBACK_NOTE = "[genreliability: no pseudo-terminal here; captured through temporary files]\n"


class Reader(Protocol):
    """What the runner needs from the reading side of a capture."""

    def finish(self, grace: float) -> list[tuple[str, int]]: ...


class PolledReader(Reader, Protocol):
    """A reader the runner can wait with in its own thread (POSIX)."""

    @property
    def is_reading(self) -> bool: ...

    def pump(self, timeout: float | None, wake_fd: int | None = None) -> bool: ...

    def close(self) -> None: ...


class SpooledFiles:
    """A child's streams spooled to temporary files, read into `HeadTailBuffer` s.

    The child gets a regular file, which every program accepts (no pipe, no terminal). The files
    have no name on POSIX (unlinked at once) and are deleted on close on Windows, so nothing is
    left behind, even when the run is killed.

    Bound on disk: on POSIX the child writes in append mode and the runner reads what it wrote
    every `SPOOL_CHECK_S` seconds (``pread``, which leaves the child's offset alone); a file that
    has reached `SPOOL_LIMIT` bytes is emptied once read, so each stream holds at most
    `SPOOL_LIMIT` plus what the child writes in one `SPOOL_CHECK_S`. A write that lands between
    the last read before emptying and the emptying itself is lost (not counted in the dropped
    bytes); emptying happens only to output beyond `SPOOL_LIMIT`, so short outputs are exact.
    On Windows the runner cannot read a file the child is writing without moving the child's
    offset (the two handles share one), so the files are read once the child has exited and hold
    all it wrote until then.
    """

    def __init__(self, files: Sequence[IO[bytes]], limit: int, *, note: str = "") -> None:
        self._files = list(files)
        self._buffers = [HeadTailBuffer(limit) for _ in files]
        self._offsets = [0 for _ in files]
        self._note = note
        self._closed = False
        self._live = sys.platform != "win32" and hasattr(os, "pread")
        if self._live:
            import fcntl

            for file in self._files:
                flags = fcntl.fcntl(file.fileno(), fcntl.F_GETFL)
                fcntl.fcntl(file.fileno(), fcntl.F_SETFL, flags | os.O_APPEND)

    @property
    def is_reading(self) -> bool:
        return not self._closed

    def pump(self, timeout: float | None, wake_fd: int | None = None) -> bool:
        """Read what the child wrote, for at most `timeout` seconds (``None``: no limit).

        True once `wake_fd` is readable; False when `timeout` ran out first. Without `wake_fd`
        there is nothing to wait for: True at once with ``timeout=None``.
        """
        if wake_fd is None and timeout is None:
            self._collect()
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        poller = None
        if wake_fd is not None:
            poller = select.poll()
            poller.register(wake_fd, select.POLLIN)
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            wait = SPOOL_CHECK_S if left is None else min(SPOOL_CHECK_S, left)
            if poller is not None:
                woken = bool(poller.poll(wait * 1000))
            else:
                time.sleep(wait)
                woken = False
            self._collect()
            if woken:
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False

    def finish(self, grace: float) -> list[tuple[str, int]]:
        """(text, bytes dropped) per stream; the files are then closed (and so deleted)."""
        try:
            self._collect(final=True)
        finally:
            self.close()
        texts = [(buffer.text(), buffer.dropped) for buffer in self._buffers]
        if self._note and texts:
            text, dropped = texts[-1]
            texts[-1] = (self._note + text, dropped)
        return texts

    def close(self) -> None:
        for file in self._files:
            with contextlib.suppress(OSError):
                file.close()
        self._closed = True

    def _collect(self, *, final: bool = False) -> None:
        if self._closed or not (self._live or final):
            return
        for index, file in enumerate(self._files):
            if self._live:
                self._read_new(index, file.fileno())
            else:
                file.seek(0)
                while chunk := file.read(READ_SIZE):
                    self._buffers[index].feed(chunk)

    def _read_new(self, index: int, descriptor: int) -> None:
        """Feed the bytes written since the last read; empty a file past `SPOOL_LIMIT`."""
        while True:
            size = os.fstat(descriptor).st_size
            while self._offsets[index] < size:
                chunk = os.pread(
                    descriptor, min(READ_SIZE, size - self._offsets[index]), self._offsets[index]
                )
                if not chunk:
                    break
                self._buffers[index].feed(chunk)
                self._offsets[index] += len(chunk)
            if size < SPOOL_LIMIT:
                return
            if os.fstat(descriptor).st_size == size:
                os.ftruncate(descriptor, 0)
                self._offsets[index] = 0
                return
            # the child wrote meanwhile: read that too before emptying


class Capture:
    """Where a child's stdout and stderr go (`stdout`, `stderr`: arguments for ``Popen``), and
    the reader that collects them once the child runs.

    Created before the child starts; `started` closes the parent's copies of the child's ends
    (a pseudo-terminal's reader sees end-of-file only once every copy of its other end is
    closed); `discard` releases everything when the child did not start or the run was cut short.
    """

    def __init__(self, mode: str, limit: int) -> None:
        if mode not in CAPTURE_MODES:
            raise ValueError(f"capture must be one of {', '.join(CAPTURE_MODES)}, got {mode!r}")
        self.requested = mode
        self.note = ""
        if mode == "pty" and not _HAS_PTY:
            mode, self.note = "file", PTY_FALLBACK_NOTE
        self.mode = mode
        self.limit = limit
        self._files: list[IO[bytes]] = []
        self._masters: list[int] = []
        self._slaves: list[int] = []
        self.stdout: Any = subprocess.PIPE
        self.stderr: Any = subprocess.PIPE
        if mode == "file":
            # closed by the reader (SpooledFiles.finish/close) or by discard
            self._files = [tempfile.TemporaryFile(buffering=0) for _ in range(2)]  # noqa: SIM115
            self.stdout, self.stderr = self._files
        elif mode == "pty":
            try:
                for _ in range(2):
                    master, slave = os.openpty()
                    self._masters.append(master)
                    self._slaves.append(slave)
                    _raw_output(slave)
            except BaseException:
                self.discard()
                raise
            self.stdout, self.stderr = self._slaves

    def started(self) -> None:
        """The child has its copies: close the parent's copies of the pseudo-terminals' ends."""
        for slave in self._slaves:
            with contextlib.suppress(OSError):
                os.close(slave)
        self._slaves = []

    def polled(self, process: subprocess.Popen[bytes]) -> PolledReader:
        """The reader for the runner's own thread (POSIX)."""
        if self.mode == "file":
            return SpooledFiles(self._files, self.limit, note=self.note)
        if self.mode == "pty":
            return PolledPipes(self._take_masters(), self.limit)
        assert process.stdout is not None and process.stderr is not None
        return PolledPipes((process.stdout, process.stderr), self.limit)

    def threaded(self, process: subprocess.Popen[bytes]) -> Reader:
        """The reader that does not need ``select.poll`` on pipes (Windows)."""
        if self.mode == "file":
            return SpooledFiles(self._files, self.limit, note=self.note)
        if self.mode == "pty":
            return ThreadedPipes(self._take_masters(), self.limit)
        assert process.stdout is not None and process.stderr is not None
        return ThreadedPipes((process.stdout, process.stderr), self.limit)

    def _take_masters(self) -> list[IO[bytes]]:
        """The pseudo-terminals' reading ends as files, owned (and closed) by the reader."""
        masters: list[IO[bytes]] = [
            open(master, "rb", buffering=0)  # noqa: SIM115
            for master in self._masters
        ]
        self._masters = []
        return masters

    def discard(self, process: subprocess.Popen[bytes] | None = None) -> None:
        """Close whatever no reader took over (and the process's pipes, if it has any)."""
        self.started()
        for master in self._masters:
            with contextlib.suppress(OSError):
                os.close(master)
        self._masters = []
        for file in self._files:
            with contextlib.suppress(OSError):
                file.close()
        if process is not None:
            for pipe in (process.stdout, process.stderr):
                if pipe is not None:
                    with contextlib.suppress(OSError):
                        pipe.close()


_HAS_PTY = sys.platform != "win32" and hasattr(os, "openpty")


def open_capture(mode: str, limit: int) -> Capture:
    """The child's ends for capture `mode` (``pipe``, ``file`` or ``pty``; see `Capture`).

    ``pty`` where there is no pseudo-terminal (Windows) falls back to ``file``, and the captured
    stderr begins with `PTY_FALLBACK_NOTE` so that the report says so.
    """
    return Capture(mode, limit)


def _raw_output(descriptor: int) -> None:
    """No output processing on a pseudo-terminal: ``\n`` stays ``\n`` (no ``\r\n``)."""
    import termios

    attributes = termios.tcgetattr(descriptor)
    attributes[1] &= ~termios.OPOST
    termios.tcsetattr(descriptor, termios.TCSANOW, attributes)


def _raw(pipe: IO[bytes]) -> io.RawIOBase:
    if not isinstance(pipe, io.RawIOBase):
        raise TypeError("pipes are read unbuffered: open them with bufsize=0")
    return pipe


def _with_note(text: str, abandoned: bool) -> str:
    if not abandoned:
        return text
    separator = "" if not text or text.endswith("\n") else "\n"
    return f"{text}{separator}{ABANDONED_NOTE}"
