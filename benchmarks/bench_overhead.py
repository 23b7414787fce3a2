"""Per-sample cost of the plugin against a bare subprocess loop, and xdist throughput.

Run: ``python benchmarks/bench_overhead.py`` (one to two minutes on 2 cores). Machines here are
noisy, so every figure is a ratio of timings taken in the same run, not an absolute time.

1. Per-sample cost of ``python -c pass``, three ways:

   * ``subprocess.run`` of the command N times in a loop (the bare loop);
   * ``pytest --gen-samples=N`` on a test calling ``gen_run(command)`` (the plugin);
   * pytest without this plugin on a test parametrized N times that calls ``subprocess.run``
     itself (pytest's own per-item cost: the part of the gap the plugin cannot remove).

   Only per-sample work is charged. A pytest run is timed from the start of collection to the end
   of the session (after the summary), by a conftest that adds no per-item hook: everything
   that grows with N (making the items, running them, reporting each, gathering the records,
   the summary) is inside that window, the interpreter start-up and the imports (scipy alone
   takes seconds on a loaded machine) are not. What is left of fixed cost inside the window
   cancels in the slope (T(N_large) - T(N_small)) / (N_large - N_small), measured the same way
   for all three. The three are measured in turn within each round, in an order that rotates
   from round to round; the per-sample costs printed are median slopes over the rounds, and the
   ratio judged is the median over the rounds of each round's plugin/bare ratio, so that a burst
   of load from other processes lands on one round rather than on the result.
   Target: the plugin within 1.10x of the bare loop, in wall-clock time.

   The bare loop and pytest alone start the command in a new session, as the plugin's runner
   does (``start_new_session=True``). Linux's autogroup scheduler gives every session a fair
   share of the CPU, so on a loaded machine a child in its own session can run twice as fast
   as one that shares the caller's: without this the plugin would look faster than the loop.

   CPU times (``resource.getrusage``, POSIX only) are printed too: all CPU (the test process and
   the generators it ran), and the test process alone, which is exactly the overhead around
   the generator. They are much less sensitive to load than wall-clock time, but blind to time
   spent waiting (for a thread to wake up, say).
2. Throughput with pytest-xdist: a generator that sleeps 200 ms, ``-n 2`` against ``-n 0``, as a
   slope of whole-process times so that worker start-up is not charged to the samples. Target: at
   least 1.8x.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

PASS = [sys.executable, "-c", "pass"]
NEW_SESSION = sys.platform != "win32"
SLEEP = [sys.executable, "-c", "import time; time.sleep(0.2)"]
TIMING_ENV = "BENCH_TIMING_FILE"

TEST_MODULE = textwrap.dedent(
    """
    COMMAND = {command!r}

    def test_generate(gen_run):
        gen_run(COMMAND)
    """
)

# The reference: the same work per item, with pytest alone (the plugin is disabled with -p no:).
REFERENCE_MODULE = textwrap.dedent(
    """
    import os
    import subprocess

    import pytest

    COMMAND = {command!r}

    @pytest.mark.parametrize("index", range(int(os.environ["BENCH_SAMPLES"])))
    def test_subprocess(index):
        subprocess.run(COMMAND, check=True, capture_output=True, start_new_session={new_session})
    """
)

# Times a pytest run from collection to unconfigure; two hook calls per run, none per item.
TIMING_CONFTEST = textwrap.dedent(
    f"""
    import json
    import os
    import sys
    import time

    import pytest

    _START = []


    def _now():
        if sys.platform == "win32":
            return (time.perf_counter(), float("nan"), float("nan"))
        import resource

        own = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        own_cpu = own.ru_utime + own.ru_stime
        return (time.perf_counter(), own_cpu + children.ru_utime + children.ru_stime, own_cpu)


    @pytest.hookimpl(tryfirst=True)
    def pytest_collection(session):
        _START.append(_now())


    @pytest.hookimpl(trylast=True)
    def pytest_unconfigure(config):
        path = os.environ.get({TIMING_ENV!r})
        if path and _START and not hasattr(config, "workerinput"):
            end = _now()
            with open(path, "w") as handle:
                json.dump([e - s for e, s in zip(end, _START[0])], handle)
    """
)


class Cost(NamedTuple):
    """Seconds: wall-clock, CPU of the test process and its generators, CPU of the former alone."""

    wall: float
    cpu: float
    own_cpu: float

    def minus(self, other: Cost) -> Cost:
        return Cost(*(mine - theirs for mine, theirs in zip(self, other, strict=True)))

    def per(self, count: int) -> Cost:
        return Cost(*(value / count for value in self))


def _cpu_now() -> tuple[float, float]:
    """(CPU of this process and its reaped children, CPU of this process alone), in seconds."""
    if sys.platform == "win32":
        return float("nan"), float("nan")
    import resource  # microseconds, where os.times counts clock ticks (10 ms)

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_cpu = own.ru_utime + own.ru_stime
    return own_cpu + children.ru_utime + children.ru_stime, own_cpu


def bare_loop(command: list[str], samples: int) -> Cost:
    wall, (cpu, own_cpu) = time.perf_counter(), _cpu_now()
    for _ in range(samples):
        subprocess.run(command, check=True, capture_output=True, start_new_session=NEW_SESSION)
    end_cpu, end_own = _cpu_now()
    return Cost(time.perf_counter() - wall, end_cpu - cpu, end_own - own_cpu)


def pytest_run(directory: Path, *args: str, env: dict[str, str] | None = None) -> float:
    """Wall-clock seconds of a whole pytest run in `directory`."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=directory,
        check=True,
        capture_output=True,
        env=env,
    )
    return time.perf_counter() - start


def windowed_run(directory: Path, *args: str, env: dict[str, str] | None = None) -> Cost:
    """The cost of a pytest run from collection to the end of the session."""
    timing = directory / "timing.json"
    timing.unlink(missing_ok=True)
    pytest_run(directory, *args, env={**(env or os.environ), TIMING_ENV: str(timing)})
    return Cost(*json.loads(timing.read_text()))


def plugin_run(directory: Path, samples: int, *extra: str) -> Cost:
    return windowed_run(directory, "test_bench.py", f"--gen-samples={samples}", *extra)


def reference_run(directory: Path, samples: int) -> Cost:
    env = {**os.environ, "BENCH_SAMPLES": str(samples)}
    return windowed_run(directory, "test_reference.py", "-p", "no:genreliability", env=env)


def write_tests(directory: Path, command: list[str]) -> None:
    (directory / "conftest.py").write_text(TIMING_CONFTEST)
    (directory / "test_bench.py").write_text(TEST_MODULE.format(command=command))
    reference = REFERENCE_MODULE.format(command=command, new_session=NEW_SESSION)
    (directory / "test_reference.py").write_text(reference)


def slope(measure: Callable[[int], Cost], small: int, large: int) -> Cost:
    return measure(large).minus(measure(small)).per(large - small)


def interleaved_slopes(
    methods: dict[str, Callable[[int], Cost]], small: int, large: int, rounds: int
) -> dict[str, list[Cost]]:
    """Per-sample slopes of each method, `rounds` times, the methods' order rotating per round."""
    names = list(methods)
    slopes: dict[str, list[Cost]] = {name: [] for name in names}
    for round_index in range(rounds):
        shift = round_index % len(names)
        for name in names[shift:] + names[:shift]:
            slopes[name].append(slope(methods[name], small, large))
    return slopes


def report(slopes: dict[str, list[Cost]]) -> None:
    median = {
        name: Cost(*(statistics.median(values) for values in zip(*costs, strict=True)))
        for name, costs in slopes.items()
    }
    bare, plugin, alone = median["bare"], median["plugin"], median["pytest"]
    print(f"  {'ms per sample':37} {'wall':>7} {'all CPU':>8} {'test process CPU':>17}")
    for label, cost in (
        ("bare subprocess.run loop", bare),
        ("pytest --gen-samples", plugin),
        ("pytest alone, test calls subprocess", alone),
    ):
        wall, cpu, own_cpu = (1000 * value for value in cost)
        print(f"  {label:37} {wall:7.2f} {cpu:8.2f} {own_cpu:17.3f}")
    # Each round's bare and plugin slopes were measured minutes apart at most: pairing them
    # cancels slow drifts of the machine's load.
    rounds = sorted(p.wall / b.wall for p, b in zip(slopes["plugin"], slopes["bare"], strict=True))
    ratio = statistics.median(rounds)
    verdict = "met" if ratio <= 1.10 else "NOT met"
    print(f"  ratio plugin/bare, wall: {ratio:.3f}x (target <= 1.10x: {verdict})")
    print(f"    each round (median taken): {', '.join(f'{r:.3f}' for r in rounds)}")
    print(f"    ratio of the median slopes: {plugin.wall / bare.wall:.3f}x")
    print(f"  ratio plugin/bare, all CPU: {plugin.cpu / bare.cpu:.3f}x")
    print(
        f"  ratio pytest alone/bare: {alone.wall / bare.wall:.3f}x wall, "
        f"{alone.cpu / bare.cpu:.3f}x all CPU"
    )
    for what, field in (("wall", "wall"), ("test process CPU", "own_cpu")):
        gap, pytest_part = (
            getattr(plugin, field) - getattr(bare, field),
            getattr(alone, field) - getattr(bare, field),
        )
        print(
            f"  gap plugin - bare, {what}: {1000 * gap:.2f} ms = pytest itself "
            f"{1000 * pytest_part:.2f} ms + the plugin {1000 * (gap - pytest_part):.2f} ms"
        )


def throughput(directory: Path, sleep_samples: int) -> None:
    write_tests(directory, SLEEP)
    n_small = max(4, sleep_samples // 4)

    def run(*extra: str) -> Callable[[int], float]:
        return lambda n: pytest_run(directory, "test_bench.py", f"--gen-samples={n}", *extra)

    serial, parallel = (
        (measure(sleep_samples) - measure(n_small)) / (sleep_samples - n_small)
        for measure in (run("-p", "no:xdist"), run("-n", "2"))
    )
    speedup = serial / parallel
    print(f"throughput, generator sleeping 200 ms, {n_small}..{sleep_samples} samples:")
    print(f"  -n 0 : {1000 * serial:7.1f} ms/sample")
    print(f"  -n 2 : {1000 * parallel:7.1f} ms/sample")
    print(
        f"  speed-up -n 2 / -n 0 : {speedup:5.2f}x  (target >= 1.8x: "
        f"{'met' if speedup >= 1.8 else 'NOT met'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sleep-samples", type=int, default=40, help="0 skips the xdist part")
    parser.add_argument(
        "--plugin-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="an extra pytest argument for the plugin's runs, to see what a setting costs "
        "(e.g. --plugin-arg=--gen-progress=0); repeatable",
    )
    args = parser.parse_args()
    small = max(10, args.samples // 10)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        write_tests(directory, PASS)
        plugin_run(directory, 5, *args.plugin_arg)  # warm caches (imports, pyc files)
        reference_run(directory, 5)
        slopes = interleaved_slopes(
            {
                "bare": lambda n: bare_loop(PASS, n),
                "plugin": lambda n: plugin_run(directory, n, *args.plugin_arg),
                "pytest": lambda n: reference_run(directory, n),
            },
            small,
            args.samples,
            args.rounds,
        )
        print(
            f"per-sample cost, `python -c pass`, {small}..{args.samples} samples, "
            f"median of {args.rounds} rounds{''.join(' ' + a for a in args.plugin_arg)}:"
        )
        report(slopes)
        if args.sleep_samples > 0:
            throughput(directory, args.sleep_samples)


if __name__ == "__main__":
    main()
