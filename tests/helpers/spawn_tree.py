"""A sample with a process tree: start a grandchild that sleeps, record pids, then sleep or exit.

Usage: spawn_tree.py PID_FILE {sleep,exit,escape}
  sleep   the leader sleeps too (for timeout and interrupt tests)
  exit    the leader exits at once, leaving the grandchild behind in its process group
  escape  like exit, but the grandchild starts a new session, leaving the group
The pid file gets "<leader pid> <grandchild pid>", written atomically. The sleeps are long enough
for any test and short enough that a failed test leaves nothing running for long.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

SLEEP_S = 60


def main() -> None:
    pid_file, mode = sys.argv[1], sys.argv[2]
    grandchild = subprocess.Popen(
        [sys.executable, "-c", f"import time; time.sleep({SLEEP_S})"],
        start_new_session=mode == "escape",
    )
    partial = f"{pid_file}.partial"
    with open(partial, "w") as handle:
        handle.write(f"{os.getpid()} {grandchild.pid}")
    os.replace(partial, pid_file)
    print("tree started", flush=True)
    if mode == "sleep":
        time.sleep(SLEEP_S)


if __name__ == "__main__":
    main()
