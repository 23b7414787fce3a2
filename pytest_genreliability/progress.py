"""Say that a long sample is still running, so minutes of silence do not look like a hang.

pytest prints a test's outcome when it ends; a generator sample can take minutes. While a command
runs, a small thread writes a line through the terminal reporter at growing intervals (after
``interval`` seconds, then 3x, 6x, then every 6x): ``genreliability: test_x.py::test_gen
[gen-3/10] still running: 30s``. Output capture is suspended around the write, the way pytest's
own live logging does it. On a pytest-xdist worker there is no terminal, so nothing is printed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


def _schedule(interval: float) -> Iterator[float]:
    yield interval
    yield 3 * interval
    step = 6 * interval
    while True:
        yield step
        step += 6 * interval


@contextmanager
def progress(config: pytest.Config, label: str, interval: float | None) -> Iterator[None]:
    """While the body runs, report ``label`` as still running at growing intervals."""
    reporter: Any = config.pluginmanager.get_plugin("terminalreporter")
    if not interval or reporter is None or hasattr(config, "workerinput"):
        yield
        return
    capture: Any = config.pluginmanager.get_plugin("capturemanager")
    done = threading.Event()
    started = time.monotonic()

    def tick() -> None:
        for when in _schedule(interval):
            if done.wait(max(0.0, started + when - time.monotonic())):
                return
            line = f"genreliability: {label} still running: {time.monotonic() - started:.0f}s"
            if capture is not None:
                with capture.global_and_fixture_disabled():
                    reporter.write_line(line, yellow=True)
            else:
                reporter.write_line(line, yellow=True)

    thread = threading.Thread(target=tick, name="genreliability-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
