"""A scanner that holds the engine during some samples, beside the quickstart's generator tests.

Each output directory gets its own holder (``holder.py --on-demand``), started once per session.
Which samples it catches is a function of the sample index alone (``GEN_SAMPLE_INDEX``, here
``gen_sample.index``), never of timing: before a scheduled sample the fixture asks for a hold and
waits until it is in place; the holder lets go once the generator it caught has failed; after the
sample the fixture waits until the hold is gone. So on a quiet machine as on a loaded one:

- ``direct`` fails exactly on the scheduled samples: 8 of 20 (samples 2, 3, 5, 9, 16, 17, 19, 20),
  12 of 30;
- ``safe`` never fails: its first attempt meets the hold, and its retry (350 ms later, then 700 and
  1050 ms) finds the engine free, since the holder let go as soon as that attempt had ended.

    QUICKSTART_HOLD_SHARE  the share of sample indexes held (default 0.3); the schedule holds
                           sample i when random.Random(f"quickstart:{i}").random() < share, the
                           same samples in every run and for every arm
    QUICKSTART_METHOD      how the holder holds: auto (default), chattr, flock or windows

The holders are stopped, and any ``chattr +i`` they left is undone, at the end of the session, also
after a failure or Ctrl-C.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the scripts import each other as plain modules
    sys.path.insert(0, str(HERE))

from generate import target_path  # noqa: E402
from lockctl import lock_method_available, release_all  # noqa: E402

HOLD_SHARE = float(os.environ.get("QUICKSTART_HOLD_SHARE", "0.3"))
METHOD = os.environ.get("QUICKSTART_METHOD", "auto")
METHOD_ARGS = ("--method", METHOD)


def held(index: int) -> bool:
    """Whether the scanner holds the engine during sample ``index`` (1-based)."""
    return random.Random(f"quickstart:{index}").random() < HOLD_SHARE


def pytest_report_header() -> str:
    if METHOD == "auto":
        method = lock_method_available(tempfile.gettempdir()).describe()  # where tmp_path lives
    else:
        method = f"{METHOD} (from QUICKSTART_METHOD)"
    first = [i for i in range(1, 21) if held(i)]
    return f"quickstart: holder method {method}; holds samples {first} of the first 20"


class Scanner:
    """One ``holder.py --on-demand`` process and the output directory whose engine it holds."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.target = target_path(out)
        self.log = (out / "holder.log").open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "holder.py"),
                str(self.target),
                "--on-demand",
                *METHOD_ARGS,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )
        self._expect("ready")

    def _expect(self, word: str) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:  # a trial `holding ...` line comes before `ready`
            if line.startswith(word):
                return
        self.log.flush()
        raise RuntimeError(f"holder ended before {word!r}: {(self.out / 'holder.log').read_text()}")

    def _send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def hold(self) -> None:
        self._send("hold")
        self._expect("holding")

    def release(self) -> None:
        """End the hold (if the generator has not ended it already) and wait until it is gone."""
        self._send("release")
        self._expect("released")

    def stop(self) -> None:
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()  # end of input: the holder exits
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            if self.process.stdout is not None:
                self.process.stdout.close()
            self.log.close()
            release_all(self.target)


@pytest.fixture(scope="session")
def scanners(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Scanner]]:
    """``scanners(name)``: the scanner of output directory ``name``, started on first use.

    The first call for a name runs the generator once (the install the scanner finds) and starts
    its holder; later calls return the same scanner.
    """
    started: dict[str, Scanner] = {}

    def scanner(name: str) -> Scanner:
        if name not in started:
            out = tmp_path_factory.mktemp(name)
            subprocess.run(
                [sys.executable, str(HERE / "generate.py"), "--out", str(out)],
                check=True,
                capture_output=True,
            )
            started[name] = Scanner(out)
        return started[name]

    try:
        yield scanner
    finally:
        for each in started.values():
            each.stop()


@pytest.fixture
def output_dir_under_scan(scanners: Callable[[str], Scanner], gen_sample: Any) -> Iterator[Path]:
    """The arm's output directory, its engine held during this sample when the schedule says so."""
    scanner = scanners(gen_sample.arm or "default")
    if not held(gen_sample.index):
        yield scanner.out
        return
    scanner.hold()
    try:
        yield scanner.out
    finally:
        scanner.release()
