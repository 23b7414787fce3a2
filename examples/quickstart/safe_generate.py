"""``generate.py`` behind the mitigation a team would write around a lock-prone generator.

Before each attempt it deletes the stale ``<engine>.tmp*`` copies that failed runs leave next to the
engine; when an attempt fails on a held file (exit 1 with EPERM, EBUSY, EACCES or WinError 5/32 in
its output) it waits and tries again, longer each time: attempt k+1 starts k * backoff after
attempt k failed. It exits with the status of the last attempt.

    GEN_LOCK_RETRIES      retries after the first attempt (default 3)
    GEN_RETRY_BACKOFF_MS  backoff unit in milliseconds (default 350)

Usage: ``python safe_generate.py --out DIR`` (arguments are passed on to generate.py).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from generate import target_path

GENERATOR = Path(__file__).with_name("generate.py")
LOCK_ERROR = re.compile(r"\b(EPERM|EBUSY|EACCES)\b|\[WinError (5|32)\]")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"safe_generate: {name} must be a whole number, got {raw!r}") from None
    if value < 0:
        raise SystemExit(f"safe_generate: {name} must not be negative, got {raw!r}")
    return value


def remove_stale_temporaries(target: Path) -> None:
    for stale in sorted(target.parent.glob(f"{target.name}.tmp*")):
        stale.unlink(missing_ok=True)
        print(f"safe_generate: removed stale {stale.name}", flush=True)


def run_generator(arguments: list[str]) -> tuple[int, str]:
    """Run generate.py once, passing its output through; return its status and its output."""
    attempt = subprocess.run(
        [sys.executable, str(GENERATOR), *arguments], capture_output=True, text=True
    )
    sys.stdout.write(attempt.stdout)
    sys.stderr.write(attempt.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    return attempt.returncode, attempt.stdout + attempt.stderr


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", required=True, type=Path, help="output directory")
    known, _ = parser.parse_known_args(arguments)
    retries = env_int("GEN_LOCK_RETRIES", 3)
    backoff_ms = env_int("GEN_RETRY_BACKOFF_MS", 350)
    target = target_path(known.out.resolve())

    attempt = 0
    while True:
        remove_stale_temporaries(target)
        status, output = run_generator(arguments)
        lock = LOCK_ERROR.search(output) if status == 1 else None
        if lock is None or attempt == retries:
            return status
        attempt += 1
        wait_ms = attempt * backoff_ms
        print(
            f"safe_generate: {lock.group(0)} on a held file; retry {attempt} of {retries} "
            f"in {wait_ms} ms",
            file=sys.stderr,
            flush=True,
        )
        time.sleep(wait_ms / 1000)


if __name__ == "__main__":
    sys.exit(main())
