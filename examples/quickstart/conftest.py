"""A scanner that holds the engine now and then, running beside the quickstart's generator tests.

Each output directory gets its own holder (``holder.py --periodic``), started once per session and
left running while samples come and go, the way an antivirus scanner or a dev server's file watcher
runs regardless of your build. Its timing is set by environment variables:

    QUICKSTART_HOLD_MS    how long each hold lasts (default 350)
    QUICKSTART_PERIOD_MS  how often a hold starts, on average (default 1170)
    QUICKSTART_JITTER_MS  how far each period strays from that, at most (default 120)
    QUICKSTART_METHOD     how the holder holds: auto (default), chattr, flock or windows

Why these defaults: about 350/1170 = 30% of direct generator runs rename while the engine is held.
A run takes about 250 ms (start-up plus test_quickstart's WORK_MS), so a hold catches one or two
samples in a row, about what independent failures at 30% would give (a failure run's mean length
is then 1/0.7 = 1.4); the jitter keeps the scanner from falling into step with the samples. The
safe wrapper's first retry renames about 350 ms (its backoff) + 240 ms (a fresh run) after the
failed attempt, so 590 to 940 ms after the hold began: after that hold (350 ms), before the next
one (1050 ms at the earliest). So the direct test fails about 30% of the time, the safe one never.
The holders are stopped, and any ``chattr +i`` they left is undone, at the end of the session, also
after a failure or Ctrl-C.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the scripts import each other as plain modules
    sys.path.insert(0, str(HERE))

from generate import target_path  # noqa: E402
from lockctl import lock_method_available, release_all  # noqa: E402

HOLD_MS = int(os.environ.get("QUICKSTART_HOLD_MS", "350"))
PERIOD_MS = int(os.environ.get("QUICKSTART_PERIOD_MS", "1170"))
JITTER_MS = int(os.environ.get("QUICKSTART_JITTER_MS", "120"))
METHOD = os.environ.get("QUICKSTART_METHOD", "auto")


def pytest_report_header() -> str:
    if METHOD == "auto":
        method = lock_method_available(tempfile.gettempdir()).describe()  # where tmp_path lives
    else:
        method = f"{METHOD} (from QUICKSTART_METHOD)"
    schedule = f"hold {HOLD_MS} ms every {PERIOD_MS} +- {JITTER_MS} ms"
    return f"quickstart: holder method {method}; {schedule}"


def _stop(holder: subprocess.Popen[str]) -> None:
    holder.terminate()
    try:
        holder.wait(timeout=10)
    except subprocess.TimeoutExpired:
        holder.kill()
        holder.wait()
    if holder.stdout is not None:
        holder.stdout.close()


@pytest.fixture(scope="session")
def output_dir_under_scan(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], Path]]:
    """``output_dir_under_scan(name)``: an output directory whose engine a scanner keeps holding.

    The first call for a name runs the generator once (the install the scanner finds), starts a
    periodic holder on the engine and waits for its ``ready`` line; later calls return the same
    directory.
    """
    directories: dict[str, Path] = {}
    holders: list[tuple[subprocess.Popen[str], Path]] = []

    def start(name: str) -> Path:
        if name in directories:
            return directories[name]
        out = tmp_path_factory.mktemp(name)
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        target = target_path(out)
        log_path = out / "holder.log"
        schedule = ["--periodic", f"{HOLD_MS},{PERIOD_MS}", "--jitter-ms", str(JITTER_MS)]
        schedule += ["--method", METHOD]
        with log_path.open("w") as log:
            holder = subprocess.Popen(
                [sys.executable, str(HERE / "holder.py"), str(target), *schedule],
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )
        holders.append((holder, target))
        assert holder.stdout is not None
        for line in holder.stdout:  # `holding ...` (a trial hold), then `ready ...`
            if line.startswith("ready"):
                break
        else:
            raise RuntimeError(f"holder did not start: {log_path.read_text()}")
        directories[name] = out
        return out

    try:
        yield start
    finally:
        for holder, target in holders:
            try:
                _stop(holder)
            finally:
                release_all(target)
