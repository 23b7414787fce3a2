"""A generator that fails only when two copies of it run at once in one directory.

It notes its arrival in ``arrivals``, then creates the marker ``.generating`` with ``O_EXCL``:
a copy that finds the marker already there fails with ``EEXIST``, as a real generator fails on
an output folder another copy is writing. The copy holding the marker waits until another copy
arrives after it (or ``HOLD_S`` seconds pass, default 0.5), then removes the marker and passes.
So two copies that overlap fail one of them, deterministically, and copies that take turns
never fail: no sleep decides the outcome.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def arrivals(path: Path) -> int:
    return len(path.read_text().split()) if path.exists() else 0


def main() -> int:
    hold_s = float(os.environ.get("HOLD_S", "0.5"))
    log, marker = Path("arrivals"), Path(".generating")
    with log.open("a") as file:
        file.write(f"{os.getpid()}\n")
    seen = arrivals(log)
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        print(f"Error: EEXIST: file already exists, open '{marker.resolve()}'", file=sys.stderr)
        return 1
    try:
        deadline = time.monotonic() + hold_s
        while arrivals(log) <= seen and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        os.close(fd)
        marker.unlink()
    print("generated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
