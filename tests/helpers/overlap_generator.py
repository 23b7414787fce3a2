"""A generator that fails only when two copies of it run at once in one directory.

It creates the marker ``.generating`` with ``O_EXCL``: a copy that finds the marker already
there notes its refusal in ``refused`` and fails with ``EEXIST``, as a real generator fails on
an output folder another copy is writing. The copy holding the marker waits until a copy has
been refused while it held it (or ``HOLD_S`` seconds pass, default 0.5), then removes the marker
and passes. So two copies that overlap fail one of them, deterministically (the holder leaves
only once the other has met the marker), and copies that take turns never fail: no sleep
decides the outcome.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def refusals(path: Path) -> int:
    return len(path.read_text().split()) if path.exists() else 0


def main() -> int:
    hold_s = float(os.environ.get("HOLD_S", "0.5"))
    refused, marker = Path("refused"), Path(".generating")
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        with refused.open("a") as file:
            file.write(f"{os.getpid()}\n")
        print(f"Error: EEXIST: file already exists, open '{marker.resolve()}'", file=sys.stderr)
        return 1
    try:
        before = refusals(refused)
        deadline = time.monotonic() + hold_s
        while refusals(refused) <= before and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        os.close(fd)
        marker.unlink()
    print("generated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
