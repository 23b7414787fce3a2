"""Say that a long sample is still running, so minutes of silence do not look like a hang.

pytest prints a test's outcome when it ends; a generator sample can take minutes. While a command
runs, one ticker thread per session writes a line through the terminal reporter at growing
intervals (after ``interval`` seconds, then 3x, 6x, then every 6x): ``genreliability:
test_x.py::test_gen[gen-3/10] still running: 30s``. One long-lived thread, not one per sample: a
thread started and joined around every run costs more than the rest of the plugin's per-sample
work. Output capture is suspended around the write, the way pytest's own live logging does it.
On a pytest-xdist worker there is no terminal, so nothing is printed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

import pytest

TICKER_KEY = pytest.StashKey["Ticker"]()


class Ticker:
    """The session's progress thread; :meth:`running` marks the command being waited for."""

    def __init__(self, config: pytest.Config, interval: float) -> None:
        self.config = config
        self.interval = interval
        self._lock = threading.Lock()
        self._current: tuple[str, float] | None = None
        self._due = 0.0
        self._step = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _next_delay(self) -> float:
        """Reports fall at 1, 3, 6, 12, 18, ... intervals after the start."""
        self._step += 1
        return {1: 1.0, 2: 2.0, 3: 3.0}.get(self._step, 6.0) * self.interval

    @contextmanager
    def running(self, label: str) -> Iterator[None]:
        now = time.monotonic()
        with self._lock:
            self._current = (label, now)
            self._step = 0
            self._due = now + self._next_delay()
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._loop, name="genreliability-progress", daemon=True
            )
            self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                self._current = None

    def _loop(self) -> None:
        tick = min(1.0, self.interval / 4)
        while not self._stop.wait(tick):
            with self._lock:
                current = self._current
                if current is None or time.monotonic() < self._due:
                    continue
                label, started = current
                self._due += self._next_delay()
            self._write(f"genreliability: {label} still running: {time.monotonic() - started:.0f}s")

    def _write(self, line: str) -> None:
        reporter: Any = self.config.pluginmanager.get_plugin("terminalreporter")
        capture: Any = self.config.pluginmanager.get_plugin("capturemanager")
        if reporter is None:
            return
        if capture is not None:
            with capture.global_and_fixture_disabled():
                reporter.write_line(line, yellow=True)
        else:
            reporter.write_line(line, yellow=True)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)


def progress(
    config: pytest.Config, label: str, interval: float | None
) -> AbstractContextManager[None]:
    """A context manager marking ``label`` as running (a no-op without a terminal)."""
    if not interval or hasattr(config, "workerinput"):
        return nullcontext()
    if config.pluginmanager.get_plugin("terminalreporter") is None:
        return nullcontext()
    ticker = config.stash.get(TICKER_KEY, None)
    if ticker is None:
        ticker = config.stash[TICKER_KEY] = Ticker(config, interval)
    return ticker.running(label)


def stop(config: pytest.Config) -> None:
    ticker = config.stash.get(TICKER_KEY, None)
    if ticker is not None:
        ticker.stop()
