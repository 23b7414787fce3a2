"""Per-sample cost of the plugin against a bare subprocess loop, and xdist throughput.

Run: ``python benchmarks/bench_overhead.py`` (about a minute on 2 cores). Machines here are noisy, so
every figure is a ratio of two timings taken in the same run, not an absolute time.

1. Per-sample cost: ``pytest --gen-samples=N`` on a test whose generator is ``python -c pass``
   against ``subprocess.run`` of the same command N times. pytest's own start-up and collection are
   a fixed cost, not a per-sample one, so both sides are measured at two sample counts and the
   per-sample cost is the slope: (T(N_large) - T(N_small)) / (N_large - N_small). Target: the plugin
   within 1.10x of the bare loop.
2. Throughput with pytest-xdist: a generator that sleeps 200 ms, ``-n 2`` against ``-n 0``, again
   as a slope so that worker start-up is not charged to the samples. Target: at least 1.8x.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

PASS = [sys.executable, "-c", "pass"]
SLEEP = [sys.executable, "-c", "import time; time.sleep(0.2)"]

TEST_MODULE = textwrap.dedent(
    """
    COMMAND = {command!r}

    def test_generate(gen_run):
        gen_run(COMMAND)
    """
)


def bare_loop(command: list[str], samples: int) -> float:
    start = time.perf_counter()
    for _ in range(samples):
        subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def plugin_run(directory: Path, samples: int, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"--gen-samples={samples}", *extra],
        cwd=directory,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def write_test(directory: Path, command: list[str]) -> None:
    (directory / "test_bench.py").write_text(TEST_MODULE.format(command=command))


def slope(measure: Callable[[int], float], small: int, large: int) -> float:
    return (measure(large) - measure(small)) / (large - small)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--sleep-samples", type=int, default=40)
    args = parser.parse_args()
    small = max(10, args.samples // 10)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        write_test(directory, PASS)
        plugin_run(directory, 5)  # warm caches (imports, pyc files)
        bare = slope(lambda n: bare_loop(PASS, n), small, args.samples)
        plugin = slope(lambda n: plugin_run(directory, n), small, args.samples)
        print(f"per-sample cost, `python -c pass`, {small}..{args.samples} samples:")
        print(f"  bare subprocess.run loop : {1000 * bare:7.2f} ms/sample")
        print(f"  pytest --gen-samples     : {1000 * plugin:7.2f} ms/sample")
        ratio = plugin / bare
        print(f"  ratio plugin/bare        : {ratio:7.3f}x  (target <= 1.10x: "
              f"{'met' if ratio <= 1.10 else 'NOT met'})")

        write_test(directory, SLEEP)
        n_small = max(4, args.sleep_samples // 4)
        serial = slope(lambda n: plugin_run(directory, n, "-p", "no:xdist"), n_small,
                       args.sleep_samples)
        parallel = slope(lambda n: plugin_run(directory, n, "-n", "2"), n_small,
                         args.sleep_samples)
        speedup = serial / parallel
        print(f"throughput, generator sleeping 200 ms, {n_small}..{args.sleep_samples} samples:")
        print(f"  -n 0 : {1000 * serial:7.1f} ms/sample")
        print(f"  -n 2 : {1000 * parallel:7.1f} ms/sample")
        print(f"  speed-up -n 2 / -n 0 : {speedup:5.2f}x  (target >= 1.8x: "
              f"{'met' if speedup >= 1.8 else 'NOT met'})")


if __name__ == "__main__":
    main()
