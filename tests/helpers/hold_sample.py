"""A generator for cancellation tests: every sample passes at once, except the held one.

Usage: hold_sample.py PID_FILE INDEX {wait,kill-parent}
The sample whose GEN_SAMPLE_INDEX is INDEX writes its pid to PID_FILE (atomically; a copy of a
concurrency sample to PID_FILE.<GEN_COPY_INDEX>), then
  wait         sleeps, for the test to signal pytest meanwhile
  kill-parent  SIGKILLs its parent, the pytest process (or xdist worker) running the sample,
               then sleeps: nothing but a guard can end it then
The sleep is long enough for any test and short enough that a failed test leaves nothing for long.
"""

from __future__ import annotations

import os
import signal
import sys
import time


def main() -> None:
    pid_file, index, action = sys.argv[1], sys.argv[2], sys.argv[3]
    if os.environ.get("GEN_SAMPLE_INDEX") != index:
        return
    copy = os.environ.get("GEN_COPY_INDEX")
    if copy:
        pid_file = f"{pid_file}.{copy}"
    partial = f"{pid_file}.partial"
    with open(partial, "w") as handle:
        handle.write(str(os.getpid()))
    os.replace(partial, pid_file)
    if action == "kill-parent":
        os.kill(os.getppid(), signal.SIGKILL)
    time.sleep(60)


if __name__ == "__main__":
    main()
