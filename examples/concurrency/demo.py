"""Start K copies of ``python -m build`` at once in one project folder, N times; count failures.

    python examples/concurrency/demo.py --copies 1,3 --groups 10

Each group gets a fresh copy of ``project/`` in a temporary folder; its K copies build there at
the same moment, all with the same ``--outdir``. A group fails when any copy exits non-zero or
when every copy succeeded but the wheel left in the output folder is broken. The outcome depends
on timing, which is the point: this script shows the race, the test suite does not rely on it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from shared_build import (
    WHEEL_NAME,
    build_command,
    error_lines,
    fresh_project,
    missing_build_tools,
    start_together,
    wheel_problems,
)


def run_group(copies: int, root: Path) -> tuple[int, list[str]]:
    """Build ``copies`` copies at once in a fresh project: (failed copies, a line per failure)."""
    project = fresh_project(root / "project")
    outdir = root / "dist"
    results = start_together(build_command(outdir), copies, cwd=project)
    failed = [r for r in results if r.returncode != 0]
    lines = []
    for result in failed:
        errors = error_lines(result.stdout)
        lines.append(errors[-1] if errors else f"exit code {result.returncode}, no error line")
    if not failed:
        problems = wheel_problems(outdir / WHEEL_NAME)
        if problems:
            lines.append("every copy passed, but the wheel is broken: " + "; ".join(problems))
    return len(failed), lines


def parse_levels(text: str) -> list[int]:
    levels = [int(part) for part in text.split(",") if part.strip()]
    if not levels or min(levels) < 1:
        raise argparse.ArgumentTypeError(f"expected positive integers like 1,3, got {text!r}")
    return levels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=parse_levels, default=[1, 3], help="K, or K1,K2,...")
    parser.add_argument("--groups", type=int, default=10, help="groups (samples) per K")
    parser.add_argument("--width", type=int, default=160, help="cut error lines to this width")
    args = parser.parse_args(argv)
    missing = missing_build_tools()
    if missing:
        print(f"cannot run the demo: {missing}", file=sys.stderr)
        return 2
    summary = []
    for copies in args.copies:
        failed_groups = failed_copies = 0
        for group in range(1, args.groups + 1):
            with tempfile.TemporaryDirectory(prefix="genrel-concurrency-") as root:
                started = time.perf_counter()
                failed, lines = run_group(copies, Path(root))
                seconds = time.perf_counter() - started
            failed_groups += bool(lines)
            failed_copies += failed
            verdict = "FAILED" if lines else "passed"
            print(
                f"K={copies} group {group:>3}: {verdict} ({failed}/{copies} copies failed, "
                f"{seconds:.1f} s)"
            )
            for line in lines:
                print(f"    {line[: args.width]}")
            sys.stdout.flush()
        summary.append(
            f"K={copies}: {failed_groups} of {args.groups} groups failed "
            f"({failed_copies} of {copies * args.groups} copies)"
        )
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
