"""How long one comparison of two arms takes, up to 1,000 samples per arm (target: < 0.5 s).

Run: ``python benchmarks/bench_compare.py`` (exit status 1 when a comparison misses the target).

Each case times :func:`pytest_genreliability.comparisons.compare_results`, the whole comparison
the reports show (both pass-rate intervals, Newcombe's difference interval, the exact test,
P(b better), the power figure and the failure-class changes), for arms passing 70% and 85% of
their samples. Boschloo's and Barnard's tests grow slow with the arm sizes; above a size limit
``stats.compare`` runs Fisher's exact test instead and says so (the "ran" column).
"""

from __future__ import annotations

import argparse
import sys
import time

from tabulate import tabulate

from pytest_genreliability import stats
from pytest_genreliability.comparisons import compare_results
from pytest_genreliability.records import SampleRecord, SubjectResult, aggregate

TARGET_S = 0.5
SIZES = (10, 20, 50, 100, 150, 170, 200, 300, 500, 1000)


def arm(name: str, total: int, pass_rate: float) -> SubjectResult:
    """``total`` samples; failures spread evenly (deterministic, no randomness)."""
    failures = round(total * (1 - pass_rate))
    failing = {1 + (i * total) // failures for i in range(failures)} if failures else set()
    (result,) = aggregate(
        SampleRecord(
            subject="bench::subject",
            arm=name,
            index=i,
            count=total,
            outcome="failed" if i in failing else "passed",
            failure_class="rename_lock" if i in failing else None,
        )
        for i in range(1, total + 1)
    )
    return result


def time_case(test: str, total: int, repeats: int) -> tuple[float, str]:
    baseline, candidate = arm("before", total, 0.70), arm("after", total, 0.85)
    timings = []
    ran = test
    for _ in range(repeats):
        start = time.perf_counter()
        comp = compare_results(baseline, candidate, test=test)
        timings.append(time.perf_counter() - start)
        assert comp.comparison is not None
        ran = comp.comparison.test
    return max(timings), ran


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeats", type=int, default=3, help="timings per case (the worst counts)"
    )
    args = parser.parse_args(argv)
    rows = []
    slow = []
    for test in stats.TESTS:
        for total in SIZES:
            seconds, ran = time_case(test, total, args.repeats)
            rows.append(
                [test, total, ran, f"{seconds:.4f}", "ok" if seconds < TARGET_S else "SLOW"]
            )
            if seconds >= TARGET_S:
                slow.append(f"{test} at {total} per arm: {seconds:.3f} s")
    print(tabulate(rows, headers=["test", "per arm", "ran", "worst s", f"< {TARGET_S} s"]))
    for line in slow:
        print(f"too slow: {line}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
