"""Coverage of the pass-rate intervals, and how long an A/B comparison takes.

Run: ``python benchmarks/bench_stats.py`` (a few seconds); add ``--raw`` to also time scipy's
Boschloo and Barnard tests without the size limit, which is what the limits in
``pytest_genreliability/_comparison.py`` were calibrated from (about half a minute).

1. Coverage, computed exactly: for each true pass rate p on a grid, the probability that the
   interval covers p is the sum of the binomial pmf over the counts x whose interval contains
   p. Mean and minimum over the grid, per method and per number of samples.
2. The same coverage estimated by a seeded simulation, as a cross-check of (1).
3. ``compare()`` wall time per test and per arm size (10, 100, 1,000), with the test that ran.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from scipy import stats as scipy_stats
from tabulate import tabulate

from pytest_genreliability.stats import METHODS, TESTS, compare, pass_rate_interval

GRID = np.round(np.arange(0.01, 0.9901, 0.01), 2)
SIZES = (10, 20, 50, 100, 300)


def exact_coverages(method: str, total: int, rates: np.ndarray) -> np.ndarray:
    counts = np.arange(total + 1)
    bounds = np.array([pass_rate_interval(int(x), total, 0.95, method) for x in counts])
    result = np.empty(len(rates))
    for index, rate in enumerate(rates):
        covers = (bounds[:, 0] <= rate) & (rate <= bounds[:, 1])
        result[index] = scipy_stats.binom.pmf(counts[covers], total, rate).sum()
    return result


def coverage_table() -> str:
    rows = []
    for method in METHODS:
        row: list[object] = [method]
        for total in SIZES:
            values = exact_coverages(method, total, GRID)
            row.append(f"{values.mean():.3f} / {values.min():.3f}")
        rows.append(row)
    headers = ["method"] + [f"n={total} mean / min" for total in SIZES]
    return tabulate(rows, headers=headers)


def simulated_coverage_table(replicates: int = 20_000, seed: int = 20240611) -> str:
    rng = np.random.default_rng(seed)
    rows = []
    for total in (20, 50):
        for rate in (0.5, 0.9, 0.98):
            draws = rng.binomial(total, rate, size=replicates)
            counts = np.bincount(draws, minlength=total + 1)
            for method in ("wilson", "exact"):
                covered = 0
                for x in np.flatnonzero(counts):
                    low, high = pass_rate_interval(int(x), total, 0.95, method)
                    covered += int(counts[x]) if low <= rate <= high else 0
                exact = exact_coverages(method, total, np.array([rate]))[0]
                rows.append([total, rate, method, f"{covered / replicates:.4f}", f"{exact:.4f}"])
    return tabulate(rows, headers=["n", "p", "method", "simulated", "exact"])


def timing_table() -> str:
    compare(1, 2, 2, 2)  # import and warm-up
    rows = []
    for size in (10, 100, 1000):
        passed_a, passed_b = round(0.8 * size), round(0.9 * size)
        for test in TESTS:
            started = time.perf_counter()
            result = compare(passed_a, size, passed_b, size, test=test, alternative="greater")
            elapsed = time.perf_counter() - started
            rows.append([size, test, result.test, f"{elapsed * 1000:.1f}", f"{result.pvalue:.3g}"])
    return tabulate(rows, headers=["per arm", "requested", "ran", "ms", "p (greater)"])


def raw_timing_table() -> str:
    rows = []
    shapes = ((100, 100), (189, 189), (300, 300), (500, 500), (1000, 1000), (10, 2000), (1, 8000))
    for total_a, total_b in shapes:
        table = [[round(0.9 * total_b), round(0.8 * total_a)], [0, 0]]
        table[1] = [total_b - table[0][0], total_a - table[0][1]]
        row: list[object] = [total_a, total_b]
        for function in (scipy_stats.boschloo_exact, scipy_stats.barnard_exact):
            started = time.perf_counter()
            function(table, alternative="greater")
            row.append(f"{time.perf_counter() - started:.3f}")
        rows.append(row)
    return tabulate(rows, headers=["arm A", "arm B", "boschloo s", "barnard s"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", action="store_true", help="also time scipy without limits")
    arguments = parser.parse_args()
    print("Exact coverage of 95% intervals over p = 0.01 .. 0.99 (mean / minimum)\n")
    print(coverage_table())
    print("\nSeeded simulation against the exact coverage\n")
    print(simulated_coverage_table())
    print("\ncompare() wall time, rates 0.8 (A) and 0.9 (B)\n")
    print(timing_table())
    if arguments.raw:
        print("\nscipy without the size limit (seconds)\n")
        print(raw_timing_table())


if __name__ == "__main__":
    main()
