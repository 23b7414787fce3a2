"""A generator with its own SIGTERM handling, as a build script with a cleanup trap has.

Usage: trap_term.py MARKER {clean,ignore}
  clean   on SIGTERM, write "cleaned" to MARKER and exit 0 (the script's own cleanup)
  ignore  ignore SIGTERM: only SIGKILL ends it
It prints "ready" once its handling is in place, then unblocks SIGTERM: a caller that blocks
SIGTERM around the start (the mask is inherited) makes an early SIGTERM wait for the handler,
so a test needs no sleep to know the trap is set.
"""

from __future__ import annotations

import signal
import sys
import time
from types import FrameType


def main() -> None:
    marker, mode = sys.argv[1], sys.argv[2]

    def clean(signal_number: int, frame: FrameType | None) -> None:
        with open(marker, "w") as handle:
            handle.write("cleaned")
        sys.exit(0)

    signal.signal(signal.SIGTERM, clean if mode == "clean" else signal.SIG_IGN)
    print("ready", flush=True)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    time.sleep(60)


if __name__ == "__main__":
    main()
