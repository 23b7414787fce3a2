"""A sample with a process tree: start a grandchild that sleeps, record pids, then sleep or exit.

Usage: spawn_tree.py PID_FILE {sleep,exit,escape,escape-sleep}
  sleep         the leader sleeps too (for timeout and interrupt tests)
  exit          the leader exits at once, leaving the grandchild behind in its process group
  escape        like exit, but the grandchild starts a new session, leaving the group (setsid)
  escape-sleep  like escape, but the leader sleeps
The pid file gets "<leader pid> <grandchild pid>", written atomically. SIGTERM is unblocked only
once the pid file is written: a caller that blocks SIGTERM around the start (the mask is
inherited) knows the whole tree exists when a SIGTERM lands. The sleeps are long enough for any
test and short enough that a failed test leaves nothing running for long.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

SLEEP_S = 60
GRANDCHILD = (
    "import signal, time; signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM}); "
    f"time.sleep({SLEEP_S})"
)


def main() -> None:
    pid_file, mode = sys.argv[1], sys.argv[2]
    grandchild = subprocess.Popen(
        [sys.executable, "-c", GRANDCHILD],
        start_new_session=mode.startswith("escape"),
    )
    partial = f"{pid_file}.partial"
    with open(partial, "w") as handle:
        handle.write(f"{os.getpid()} {grandchild.pid}")
    os.replace(partial, pid_file)
    print("tree started", flush=True)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    if mode.endswith("sleep"):
        time.sleep(SLEEP_S)


if __name__ == "__main__":
    main()
