"""A bounded capture of a byte stream: its first and last bytes, and how much fell in between.

A generator can print without limit (a verbose build, a loop stuck logging). Failure
classification needs the start of the output (the command's banner, the first error) and the end
(the final error and the exit message), so a sample keeps a head and a tail of fixed size and
counts the bytes dropped from the middle. Memory stays O(limit) however long the stream is.
"""

from __future__ import annotations

__all__ = ["HeadTailBuffer", "dropped_marker"]


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
