"""The process that holds Prisma's engine file while ``prisma generate`` tries to replace it.

Three schedules:

``--scan HOLD_MS,PERIOD_MS``
    An antivirus scanner or a dev server's watcher: it holds the target for HOLD_MS at random
    times, PERIOD_MS apart on average (see :func:`scan`), whatever the generator does, until
    stopped. It first takes and drops a trial hold to prove the method works, then prints
    ``ready`` on stdout.
``--until-failed-attempt``
    For deterministic measurements: hold now, and let go once an attempt to replace the target has
    failed, i.e. once a ``<target>.tmp<pid>`` that was not there when the hold began has appeared
    and process ``<pid>`` has exited. A generator that started under the hold fails; a retry that
    starts after that failure finds the file free. Then exit.
``--hold-for MS``
    Hold once for MS milliseconds (``--hold-for 0``: until stopped), then exit.

Each prints ``holding <target> ...`` on stdout once the hold is in place, so a caller waits for a
line instead of sleeping; ``--verbose`` logs every hold and release on stderr.

It always lets go: on SIGTERM, SIGINT and SIGHUP, on an error, at exit, and when the process
that started it is gone. Only SIGKILL skips that; then ``engine_lock.release_all(target)``
(which the example's fixtures call in every teardown) undoes a ``chattr +i`` or a bind mount.
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import re
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from engine_lock import describe, hold, pick_method, release_all, resolve_method

POLL_S = 0.01


def parse_schedule(text: str) -> tuple[int, int]:
    try:
        hold_ms, period_ms = (int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected HOLD_MS,PERIOD_MS, got {text!r}") from None
    if not 0 < hold_ms < period_ms:
        raise argparse.ArgumentTypeError(f"need 0 < HOLD_MS < PERIOD_MS, got {text!r}")
    return hold_ms, period_ms


def _stop_on_signal(signum: int, frame: FrameType | None) -> None:
    """Turn a termination signal into SystemExit, so every ``finally`` lets go of its hold."""
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)  # unwind once
    print(f"stopped by signal {signum}", file=sys.stderr, flush=True)
    raise SystemExit(128 + signum)


def _orphaned(parent: int) -> Callable[[], bool]:
    """A check that says when the process that started us is gone (nobody would stop us)."""
    if os.name != "posix":
        return lambda: False
    return lambda: os.getppid() != parent


def _sleep_until(deadline: float, orphaned: Callable[[], bool]) -> bool:
    """Sleep until ``deadline`` in short steps; False when we were orphaned meanwhile."""
    while True:
        if orphaned():
            return False
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return True
        time.sleep(min(remaining, 0.25))


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` is still running (a zombie counts as gone: it ran to its end)."""
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:
        pass
    else:
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    synchronize, wait_timeout = 0x00100000, 0x102
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(synchronize, False, pid)
    if not handle:
        return False
    try:
        return bool(kernel32.WaitForSingleObject(handle, 0) == wait_timeout)
    finally:
        kernel32.CloseHandle(handle)


def _temporaries(target: Path) -> dict[str, int]:
    """``<target>.tmp<pid>`` files next to the target, by name, with the pid in their name."""
    pattern = re.compile(re.escape(target.name) + r"\.tmp(\d+)$")
    found = {}
    for entry in os.scandir(target.parent):
        match = pattern.match(entry.name)
        if match:
            found[entry.name] = int(match.group(1))
    return found


def hold_until_failed_attempt(target: Path, method: str, verbose: bool) -> None:
    parent = _orphaned(os.getppid())
    with hold(target, method):
        already_there = set(_temporaries(target))
        print(f"holding {target} (method {method}) until an attempt fails", flush=True)
        attempt: tuple[str, int] | None = None
        while attempt is None or pid_alive(attempt[1]):
            if parent():
                return
            if attempt is None:
                fresh = {n: p for n, p in _temporaries(target).items() if n not in already_there}
                if fresh:
                    attempt = min(fresh.items())
                    if verbose:
                        print(f"attempt by pid {attempt[1]} began", file=sys.stderr, flush=True)
            time.sleep(POLL_S)
    print(f"released {target}: the attempt by pid {attempt[1]} failed", flush=True)


def hold_once(target: Path, method: str, hold_ms: int) -> None:
    parent = _orphaned(os.getppid())
    with hold(target, method):
        length = f"for {hold_ms} ms" if hold_ms else "until stopped"
        print(f"holding {target} (method {method}) {length}", flush=True)
        deadline = time.monotonic() + (hold_ms / 1000 if hold_ms else float("inf"))
        _sleep_until(deadline, parent)
    print(f"released {target}", flush=True)


def scan(
    target: Path,
    method: str,
    schedule: tuple[int, int],
    rng: random.Random,
    first_hold_ms: int | None,
    verbose: bool,
) -> None:
    """Hold for HOLD_MS, let go for a random gap, hold again, ... until stopped or orphaned.

    The gaps are exponential with mean PERIOD_MS - HOLD_MS, so holds start at PERIOD_MS apart on
    average and the file is held HOLD_MS / PERIOD_MS of the time. A gap has no memory: samples
    that run at a steady pace cannot fall into step with the holds (a fixed period, even with some
    jitter, locks onto a steady pace and makes failures come in runs). Unless ``first_hold_ms``
    says when the first hold starts, the schedule starts in its steady state: inside a hold (with
    a uniformly distributed rest of it) with probability HOLD_MS / PERIOD_MS, else in a gap.
    """
    hold_ms, period_ms = schedule
    mean_gap_s = (period_ms - hold_ms) / 1000
    parent = _orphaned(os.getppid())
    with hold(target, method):
        print(f"holding {target} (method {method}): trial hold", flush=True)
    now = time.monotonic()
    if first_hold_ms is not None:
        begins, length_s = now + first_hold_ms / 1000, hold_ms / 1000
    elif rng.random() < hold_ms / period_ms:
        begins, length_s = now, rng.uniform(0, hold_ms / 1000)
    else:
        begins, length_s = now + rng.expovariate(1 / mean_gap_s), hold_ms / 1000
    print(f"ready: first hold in {(begins - now) * 1000:.0f} ms", flush=True)
    while _sleep_until(begins, parent):
        with hold(target, method):
            if verbose:
                print(f"holding {target} (method {method})", file=sys.stderr, flush=True)
            held_to_the_end = _sleep_until(begins + length_s, parent)
        if verbose:
            print(f"released {target}", file=sys.stderr, flush=True)
        if not held_to_the_end:
            return
        begins = time.monotonic() + rng.expovariate(1 / mean_gap_s)
        length_s = hold_ms / 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("target", type=Path, help="the file to hold (must exist)")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--scan", type=parse_schedule, metavar="HOLD_MS,PERIOD_MS")
    mode.add_argument("--until-failed-attempt", action="store_true")
    mode.add_argument("--hold-for", type=int, metavar="MS")
    mode.add_argument("--show-method", action="store_true", help="say what --method auto picks")
    parser.add_argument("--method", default="auto", help="auto, chattr, bindmount or windows")
    parser.add_argument("--first-hold-ms", type=int, metavar="MS", help="when --scan first holds")
    parser.add_argument("--seed", type=int, help="seed of --scan's random gaps")
    parser.add_argument("--verbose", action="store_true", help="log every hold on stderr")
    args = parser.parse_args(argv)
    target: Path = args.target.resolve()

    if args.show_method:
        chosen, problems = pick_method(target.parent)
        for name, why in problems.items():
            print(f"{name}: unavailable: {why}")
        print(describe(chosen) if chosen else "no method works here")
        return 0 if chosen else 1
    if not target.is_file():
        parser.error(f"{target} does not exist: run prisma generate once first")
    try:
        method = resolve_method(args.method, target.parent)
    except ValueError as exc:
        parser.error(str(exc))

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop_on_signal)
    atexit.register(release_all, target)  # covers a signal between taking a hold and `try`

    if args.until_failed_attempt:
        hold_until_failed_attempt(target, method, args.verbose)
    elif args.hold_for is not None:
        hold_once(target, method, args.hold_for)
    else:
        rng = random.Random(args.seed)
        scan(target, method, args.scan, rng, args.first_hold_ms, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
