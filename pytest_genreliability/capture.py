"""A bounded capture of a byte stream: its first and last bytes, and how much fell in between.

A generator can print without limit (a verbose build, a loop stuck logging). Failure
classification needs the start of the output (the command's banner, the first error) and the end
(the final error and the exit message), so a sample keeps a head and a tail of fixed size and
counts the bytes dropped from the middle. Memory stays O(limit) however long the stream is.

A child's stdout and stderr must be drained at the same time (a child blocked writing to a full
pipe nobody reads never exits): `PolledPipes` does it in the calling thread on POSIX,
`ThreadedPipes` with a thread per pipe where pipes cannot be polled (Windows).
"""

from __future__ import annotations

import contextlib
import io
import os
import select
import sys
import threading
import time
from collections.abc import Sequence
from typing import IO

__all__ = [
    "ABANDONED_NOTE",
    "READ_SIZE",
    "HeadTailBuffer",
    "PolledPipes",
    "ThreadedPipes",
    "dropped_marker",
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


def _raw(pipe: IO[bytes]) -> io.RawIOBase:
    if not isinstance(pipe, io.RawIOBase):
        raise TypeError("pipes are read unbuffered: open them with bufsize=0")
    return pipe


def _with_note(text: str, abandoned: bool) -> str:
    if not abandoned:
        return text
    separator = "" if not text or text.endswith("\n") else "\n"
    return f"{text}{separator}{ABANDONED_NOTE}"
