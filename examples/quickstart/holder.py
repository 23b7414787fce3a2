"""The process that holds the engine while the generator tries to replace it.

``--periodic HOLD_MS,PERIOD_MS`` behaves like an antivirus scanner or a dev server's file watcher:
after a random per-instance phase it holds the target for HOLD_MS at the start of every PERIOD_MS
(give or take ``--jitter-ms``), independently of any generator, until it is stopped.
``--hold-for MS`` holds once and exits, for deterministic tests. ``--on-demand`` is what the
quickstart uses: it holds when told to on stdin (a line ``hold``) and lets go once the generator it
caught has failed, which makes every outcome a function of the sample index, not of timing (see
``hold_on_demand``). Either way it prints ``holding <target> ...`` on stdout once a hold is in
place, so a caller can wait for that line instead of sleeping. The periodic mode first takes and
drops a hold to prove the method works, then prints ``ready ...``: a caller that starts right after
that line meets the schedule at a random point, not always at the start of a hold.

It always lets go: on SIGTERM, SIGINT or SIGHUP, on an error, and (periodic mode) when its parent
dies. Only ``kill -9`` can skip that; then ``lockctl.release_all(target)`` undoes a ``chattr +i``.
"""

from __future__ import annotations

import argparse
import atexit
import os
import queue
import random
import re
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType

from lockctl import hold, lock_method_available, release_all, resolve_method

__all__ = ["lock_method_available", "main"]

METHOD_HELP = """\
lock methods (--method auto picks the first that works here):
  windows  Windows only: keep the target open without FILE_SHARE_DELETE; the rename fails for real
           (WinError 5).
  chattr   Linux as root, on a filesystem with the immutable attribute: `chattr +i` the target;
           the rename fails for real (EPERM). Undone on exit, and by lockctl.release_all.
  flock    anywhere with fcntl: flock(LOCK_EX) the target. POSIX does not refuse the rename, so
           this is an emulation: generate.py checks the lock and fails as Windows would.
"""


def parse_periodic(text: str) -> tuple[int, int]:
    try:
        hold_ms, period_ms = (int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected HOLD_MS,PERIOD_MS, got {text!r}") from None
    if not 0 < hold_ms < period_ms:
        raise argparse.ArgumentTypeError(f"need 0 < HOLD_MS < PERIOD_MS, got {text!r}")
    return hold_ms, period_ms


def _stop_on_signal(signum: int, frame: FrameType | None) -> None:
    """Turn a termination signal into SystemExit, so every ``finally`` releases its hold."""
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)  # one unwinding is enough
    raise SystemExit(128 + signum)


def _sleep_until(deadline: float) -> None:
    remaining = deadline - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)


def hold_once(target: Path, method: str, hold_ms: int) -> None:
    with hold(target, method):
        print(f"holding {target} (method {method}) for {hold_ms} ms", flush=True)
        time.sleep(hold_ms / 1000)
    print(f"released {target}", flush=True)


def hold_periodically(
    target: Path,
    method: str,
    schedule: tuple[int, int],
    phase_ms: float,
    jitter_ms: int,
    rng: random.Random,
    verbose: bool,
) -> None:
    """After ``phase_ms``, hold for HOLD_MS at the start of every PERIOD_MS +- JITTER_MS.

    The jitter keeps the schedule from locking into step with a generator that runs at a steady
    pace (samples every 400 ms against a 400 ms scanner would all fail or all pass).
    """
    hold_ms, period_ms = schedule
    parent = os.getppid()
    with hold(target, method):
        print(f"holding {target} (method {method}): trial hold", flush=True)
    print(f"ready: first hold in {phase_ms:.0f} ms, then every {period_ms} ms", flush=True)
    begins = time.monotonic() + phase_ms / 1000
    while True:
        _sleep_until(begins)
        if os.name == "posix" and os.getppid() != parent:
            return  # whoever started us is gone: nobody would ever stop us
        with hold(target, method):
            if verbose:
                print(f"holding {target} (method {method})", flush=True)
            _sleep_until(begins + hold_ms / 1000)
        if verbose:
            print(f"released {target}", flush=True)
        period_s = (period_ms + rng.uniform(-jitter_ms, jitter_ms)) / 1000
        begins = max(begins + period_s, time.monotonic())  # a slow hold delays, never overlaps


def process_ended(pid: int) -> bool:
    """True once process ``pid`` has exited (a zombie counts as exited)."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x00100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return True
        try:
            return bool(kernel32.WaitForSingleObject(handle, 0) == 0)  # WAIT_OBJECT_0: ended
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rpartition(")")[2].split()[0] == "Z"
    except OSError:
        return False


def caught_generators(target: Path, before: set[str]) -> list[int]:
    """Pids of generators that copied the engine to ``<target>.tmp<pid>`` since ``before``."""
    pattern = re.compile(re.escape(target.name) + r"\.tmp(\d+)$")
    pids = []
    for candidate in target.parent.glob(f"{target.name}.tmp*"):
        match = pattern.match(candidate.name)
        if match and candidate.name not in before:
            pids.append(int(match.group(1)))
    return pids


def hold_on_demand(target: Path, method: str, poll_s: float = 0.005) -> None:
    """Hold on each stdin line ``hold``; let go once the caught generator failed (or ``release``).

    A hold starts before the sample's generator runs, so its rename meets the hold for certain.
    It ends when a generator has copied the engine to ``<target>.tmp<pid>`` since the hold began
    and process ``pid`` has exited: that attempt has failed (it could not rename while held) and
    nothing else needs the hold. A mitigation that retries after a backoff then finds the engine
    free, however loaded the machine is, unless the holder is starved for the whole backoff.
    ``release`` ends a hold early (a sample that never reached the rename); every ``hold`` gets
    exactly one ``released`` line. End of input ends the holder.
    """
    commands: queue.Queue[str] = queue.Queue()

    def read_commands() -> None:
        for line in sys.stdin:
            commands.put(line.strip())
        commands.put("exit")

    threading.Thread(target=read_commands, daemon=True).start()
    with hold(target, method):
        print(f"holding {target} (method {method}): trial hold", flush=True)
    print("ready: holding on demand", flush=True)
    while True:
        command = commands.get()
        if command == "exit":
            return
        if command != "hold":
            continue
        before = {p.name for p in target.parent.glob(f"{target.name}.tmp*")}
        with hold(target, method):
            print(f"holding {target} (method {method})", flush=True)
            while True:
                try:
                    command = commands.get(timeout=poll_s)
                except queue.Empty:
                    command = ""
                if command in ("release", "exit"):
                    break
                if any(process_ended(pid) for pid in caught_generators(target, before)):
                    break
        print(f"released {target}", flush=True)
        if command == "exit":
            return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Hold a file the way a dev server or antivirus does.",
        epilog=METHOD_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("target", type=Path, help="the file to hold (must exist)")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--periodic",
        type=parse_periodic,
        metavar="HOLD_MS,PERIOD_MS",
        help="hold for HOLD_MS at the start of every PERIOD_MS until stopped",
    )
    mode.add_argument("--hold-for", type=int, metavar="MS", help="hold once for MS, then exit")
    mode.add_argument(
        "--on-demand",
        action="store_true",
        help="hold on each stdin line 'hold' until the generator caught by it has failed "
        "(or a line 'release'); exit at end of input",
    )
    mode.add_argument(
        "--show-method", action="store_true", help="print the method auto would pick, and why"
    )
    parser.add_argument("--method", default="auto", choices=["auto", "windows", "chattr", "flock"])
    parser.add_argument(
        "--jitter-ms",
        type=int,
        default=0,
        metavar="MS",
        help="vary each period by up to +-MS at random (default 0)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        help="seed for the random phase and jitter (default: different for every holder)",
    )
    parser.add_argument(
        "--phase-ms",
        type=int,
        metavar="MS",
        help="delay before the first periodic hold (default: random, up to one period)",
    )
    parser.add_argument("--verbose", action="store_true", help="print every hold and release")
    args = parser.parse_args(argv)
    target: Path = args.target.resolve()

    if args.show_method:
        print(lock_method_available(target.parent).describe())
        return 0
    if not target.is_file():
        parser.error(f"{target} does not exist: run the generator once first")
    try:
        method = resolve_method(args.method, target)
    except ValueError as exc:
        parser.error(str(exc))

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop_on_signal)
    if method == "chattr":
        atexit.register(release_all, target)  # covers a signal between `chattr +i` and `try`

    if args.hold_for is not None:
        hold_once(target, method, args.hold_for)
    elif args.on_demand:
        hold_on_demand(target, method)
    else:
        hold_ms, period_ms = args.periodic
        if not 0 <= args.jitter_ms < period_ms - hold_ms:
            parser.error("--jitter-ms must be at least 0 and less than PERIOD_MS - HOLD_MS")
        rng = random.Random(args.seed)
        phase_ms = rng.uniform(0, period_ms) if args.phase_ms is None else args.phase_ms
        hold_periodically(
            target, method, args.periodic, phase_ms, args.jitter_ms, rng, args.verbose
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
