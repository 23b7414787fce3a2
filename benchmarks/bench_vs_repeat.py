"""What the plugin costs next to pytest-repeat: idle, per sample, memory, collection at scale.

Run: ``python benchmarks/bench_vs_repeat.py`` (about five minutes on 2 cores; ``--quick`` for about
two). It measures the code next to it (this checkout), whatever version is installed.

Every figure comes from a whole process, a fresh ``python -m pytest``: wall-clock time from start to
exit, and peak memory (the maximum resident set of the pytest process, ``ru_maxrss`` from
``wait4``; the ``/bin/true`` children it waits for are far smaller). The two sides of each row run
alternately, the order swapped every round, and the medians are compared, so a burst of load from
other processes lands on one round rather than on one side.

"Installed" and "not installed" must differ in nothing else. ``-p no:genreliability`` is not that:
the plugin module is still found and its package imported. Every run here sets
``PYTEST_DISABLE_PLUGIN_AUTOLOAD=1`` and names its plugins with ``-p``: pytest-xdist and
pytest-rerunfailures (dependencies of this plugin, so present in every project that has it) on both
sides, plus ``-p pytest_genreliability.plugin`` on the plugin's side or ``-p pytest_repeat`` on the
reference side. The plugin's side therefore imports exactly what an installed plugin imports, the
other side nothing of it. pytest-repeat is used if importable, otherwise installed with pip into a
temporary directory (``--no-deps``, it is one module) for the run.

Rows (goals from the project's performance issue):

* idle: ``pytest -q`` of one trivial test, no ``--gen-*`` option, with and without the plugin;
  goal: within 1.02x and 10 ms.
* N samples of ``/bin/true`` defined by the ini key ``gen_command`` (``--gen-samples=N``) against
  pytest-repeat's ``--count=N`` of a test calling ``subprocess.run(["/bin/true"])``, for N = 100,
  1,000 and 20,000. From 100 and 1,000: the per-sample slope (goal: within 1.15x of pytest-repeat's)
  and the fixed cost, the intercept ``T(100) - 100 * slope`` (goal: pytest-repeat's + 0.25 s).
  Peak memory at 1,000 and 20,000: goal within 1.25x.

The goals are judged on wall-clock time. CPU time (user + system of the pytest process and the
commands it waited for, from the same ``wait4``) is printed beside it: on a machine shared with
other work it scatters much less, and a wall-clock miss that the CPU column does not show is load.
* ``--collect-only`` at 100,000 samples: goal within 1.2x in time and in memory.

A bare ``subprocess.run(["/bin/true"])`` loop gives the floor of the per-sample slope, and
``python -X importtime`` the plugin's own import cost, for reading the idle row.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRUE = "/bin/true"
BASE_PLUGINS = ["-p", "xdist.plugin", "-p", "xdist.looponfail", "-p", "pytest_rerunfailures"]
PLUGIN = ["-p", "pytest_genreliability.plugin"]
REPEAT = ["-p", "pytest_repeat"]

IDLE_TEST = "def test_one():\n    pass\n"
REPEAT_TEST = textwrap.dedent(
    """
    import subprocess


    def test_true():
        subprocess.run([{true!r}], check=True)
    """
).format(true=TRUE)
GEN_INI = f"[pytest]\ngen_command = {TRUE}\n"
PLAIN_INI = "[pytest]\n"

BARE_LOOP = textwrap.dedent(
    """
    import subprocess, sys, time
    n = int(sys.argv[1])
    start = time.perf_counter()
    for _ in range(n):
        subprocess.run([{true!r}], check=True)
    print(time.perf_counter() - start)
    """
).format(true=TRUE)


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    cpu_seconds: float  # user + system, the pytest process and the commands it ran


@dataclass(frozen=True)
class Side:
    label: str
    argv: list[str]
    cwd: Path


@dataclass(frozen=True)
class Pair:
    """Medians of the two sides of one row, measured alternately."""

    plugin: Run
    reference: Run


def run_once(side: Side, env: dict[str, str]) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(
        side.argv, cwd=side.cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(
            f"{side.label} exited {process.returncode}: {' '.join(side.argv)}\n"
            + stderr.decode(errors="replace")
        )
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss / 1024.0, cpu)  # Linux reports ru_maxrss in KiB


def median_run(runs: Sequence[Run]) -> Run:
    return Run(
        statistics.median(r.seconds for r in runs),
        statistics.median(r.peak_mb for r in runs),
        statistics.median(r.cpu_seconds for r in runs),
    )


def measure(
    plugin: Side, reference: Side, rounds: int, env: dict[str, str], *, warm_up: bool = True
) -> Pair:
    """Alternate the two sides, swapping which goes first every round.

    One warm-up run each (bytecode compiled, files in the page cache) unless an earlier row
    already ran the same code.
    """
    if warm_up:
        run_once(plugin, env)
        run_once(reference, env)
    plugin_runs: list[Run] = []
    reference_runs: list[Run] = []
    for index in range(rounds):
        order = [(plugin, plugin_runs), (reference, reference_runs)]
        if index % 2:
            order.reverse()
        for side, runs in order:
            runs.append(run_once(side, env))
    return Pair(median_run(plugin_runs), median_run(reference_runs))


def verdict(met: bool) -> str:
    return "ok  " if met else "MISS"


def print_pair(name: str, pair: Pair) -> None:
    p, r = pair.plugin, pair.reference
    print(
        f"  {name:<24} plugin {p.seconds:7.3f} s {p.peak_mb:6.1f} MB (cpu {p.cpu_seconds:6.2f} s)"
        f" | reference {r.seconds:7.3f} s {r.peak_mb:6.1f} MB (cpu {r.cpu_seconds:6.2f} s)"
        f" | {p.seconds / r.seconds:4.2f}x time, {p.peak_mb / r.peak_mb:4.2f}x memory,"
        f" {p.cpu_seconds / r.cpu_seconds:4.2f}x cpu"
    )


def ensure_repeat(scratch: Path) -> list[str]:
    """Directories to put on PYTHONPATH so that ``import pytest_repeat`` works."""
    probe = subprocess.run(
        [sys.executable, "-c", "import pytest_repeat"], capture_output=True, check=False
    )
    if probe.returncode == 0:
        return []
    target = scratch / "site"
    print("pytest-repeat is not importable: installing it into a temporary directory ...")
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    done = subprocess.run(
        [*pip, "--no-deps", "--target", str(target), "pytest-repeat"],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"could not install pytest-repeat:\n{done.stdout}{done.stderr}")
    return [str(target)]


def bare_loop_slope(small: int, large: int, rounds: int) -> float:
    def loop(n: int) -> float:
        out = subprocess.run(
            [sys.executable, "-c", BARE_LOOP, str(n)], capture_output=True, text=True, check=True
        )
        return float(out.stdout)

    slopes = [(loop(large) - loop(small)) / (large - small) for _ in range(rounds)]
    return statistics.median(slopes)


def plugin_import_ms(env: dict[str, str]) -> tuple[float, list[tuple[float, str]]]:
    """Cumulative import time of the plugin module and the largest self times beneath it."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import pytest, pytest_genreliability.plugin"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    rows = []
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self" in line:
            continue
        self_us, cumulative_us, name = (part.strip() for part in line[12:].split("|"))
        rows.append((int(self_us), int(cumulative_us), name.strip()))
    # Everything imported after pytest finished loading belongs to the plugin.
    names = [name for _, _, name in rows]
    start = names.index("pytest") + 1 if "pytest" in names else 0
    mine = rows[start:]
    total = sum(s for s, _, _ in mine) / 1000.0
    top = sorted(((s / 1000.0, n) for s, _, n in mine), reverse=True)[:6]
    return total, top


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds (about two minutes)")
    parser.add_argument("--skip-large", action="store_true", help="no 20,000 and 100,000 rows")
    args = parser.parse_args(argv)
    idle_rounds, small_rounds, large_rounds = (7, 3, 1) if args.quick else (21, 7, 2)

    with tempfile.TemporaryDirectory(prefix="bench-vs-repeat-") as scratch_name:
        scratch = Path(scratch_name)
        extra_path = ensure_repeat(scratch)
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PYTEST_", "GEN_"))
            # users keep bytecode: without it pytest re-compiles its assertion rewrites each run
            and k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")
        }
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *extra_path])
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"

        dirs = {}
        for name, files in {
            "idle": {"pytest.ini": PLAIN_INI, "test_one.py": IDLE_TEST},
            "gen": {"pytest.ini": GEN_INI},
            "repeat": {"pytest.ini": PLAIN_INI, "test_true.py": REPEAT_TEST},
        }.items():
            dirs[name] = scratch / name
            dirs[name].mkdir()
            for filename, text in files.items():
                (dirs[name] / filename).write_text(text)

        pytest = [sys.executable, "-m", "pytest", "-q", *BASE_PLUGINS]

        def gen(n: int, *extra: str) -> Side:
            return Side(
                f"plugin {n}", [*pytest, *PLUGIN, f"--gen-samples={n}", *extra], dirs["gen"]
            )

        def repeat(n: int, *extra: str) -> Side:
            return Side(f"repeat {n}", [*pytest, *REPEAT, f"--count={n}", *extra], dirs["repeat"])

        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()}")
        print(
            f"measuring {ROOT}; rounds: idle {idle_rounds}, 100/1,000 samples {small_rounds}, "
            f"larger {large_rounds}; medians of alternating whole-process runs\n"
        )

        total, top = plugin_import_ms(env)
        print(f"  import of the plugin after pytest: {total:.1f} ms; largest:")
        print("    " + ", ".join(f"{name} {ms:.1f} ms" for ms, name in top))
        bare = bare_loop_slope(100, 1000, small_rounds)
        print(f"  bare subprocess.run loop: {bare * 1000:.3f} ms per sample\n")

        results: list[tuple[str, str, bool]] = []

        idle = measure(
            Side("idle plugin", [*pytest, *PLUGIN], dirs["idle"]),
            Side("idle reference", pytest, dirs["idle"]),
            idle_rounds,
            env,
        )
        print_pair("idle, one trivial test", idle)
        idle_extra = idle.plugin.seconds - idle.reference.seconds
        idle_ratio = idle.plugin.seconds / idle.reference.seconds
        results.append(
            (
                "idle run",
                f"{idle_ratio:.3f}x, {idle_extra * 1000:+.0f} ms (goal <= 1.02x and <= 10 ms;"
                f" cpu {idle.plugin.cpu_seconds / idle.reference.cpu_seconds:.3f}x,"
                f" {(idle.plugin.cpu_seconds - idle.reference.cpu_seconds) * 1000:+.0f} ms)",
                idle_ratio <= 1.02 and idle_extra <= 0.010,
            )
        )

        small = measure(gen(100), repeat(100), small_rounds, env)
        print_pair("100 samples", small)
        large = measure(gen(1000), repeat(1000), small_rounds, env)
        print_pair("1,000 samples", large)
        slope_p = (large.plugin.seconds - small.plugin.seconds) / 900
        slope_r = (large.reference.seconds - small.reference.seconds) / 900
        cpu_slope_p = (large.plugin.cpu_seconds - small.plugin.cpu_seconds) / 900
        cpu_slope_r = (large.reference.cpu_seconds - small.reference.cpu_seconds) / 900
        fixed_p = small.plugin.seconds - 100 * slope_p
        fixed_r = small.reference.seconds - 100 * slope_r
        cpu_fixed_p = small.plugin.cpu_seconds - 100 * cpu_slope_p
        cpu_fixed_r = small.reference.cpu_seconds - 100 * cpu_slope_r
        print(
            f"  {'per-sample slope':<24} plugin {slope_p * 1000:.3f} ms"
            f" (cpu {cpu_slope_p * 1000:.3f} ms) | reference {slope_r * 1000:.3f} ms"
            f" (cpu {cpu_slope_r * 1000:.3f} ms) | bare loop {bare * 1000:.3f} ms"
        )
        print(
            f"  {'fixed cost (intercept)':<24} plugin {fixed_p:.3f} s (cpu {cpu_fixed_p:.3f} s)"
            f" | reference {fixed_r:.3f} s (cpu {cpu_fixed_r:.3f} s)"
        )
        results.append(
            (
                "fixed cost",
                f"{fixed_p - fixed_r:+.3f} s over pytest-repeat (goal <= +0.25 s;"
                f" cpu {cpu_fixed_p - cpu_fixed_r:+.3f} s)",
                fixed_p - fixed_r <= 0.25,
            )
        )
        results.append(
            (
                "per-sample slope",
                f"{slope_p / slope_r:.2f}x (goal <= 1.15x; cpu {cpu_slope_p / cpu_slope_r:.2f}x)",
                slope_p <= 1.15 * slope_r,
            )
        )
        memory_1000 = large.plugin.peak_mb / large.reference.peak_mb
        results.append(
            ("memory at 1,000", f"{memory_1000:.2f}x (goal <= 1.25x)", memory_1000 <= 1.25)
        )

        if not args.skip_large:
            huge = measure(gen(20_000), repeat(20_000), large_rounds, env, warm_up=False)
            print_pair("20,000 samples", huge)
            memory_20k = huge.plugin.peak_mb / huge.reference.peak_mb
            results.append(
                ("memory at 20,000", f"{memory_20k:.2f}x (goal <= 1.25x)", memory_20k <= 1.25)
            )
            collect = measure(
                gen(100_000, "--collect-only"),
                repeat(100_000, "--collect-only"),
                max(large_rounds, 3),
                env,
                warm_up=False,
            )
            print_pair("--collect-only, 100,000", collect)
            time_ratio = collect.plugin.seconds / collect.reference.seconds
            memory_ratio = collect.plugin.peak_mb / collect.reference.peak_mb
            results.append(
                (
                    "collect-only 100,000",
                    f"{time_ratio:.2f}x time, {memory_ratio:.2f}x memory (goal <= 1.2x each)",
                    time_ratio <= 1.2 and memory_ratio <= 1.2,
                )
            )

    print("\ngoals:")
    for name, text, met in results:
        print(f"  {verdict(met)} {name:<22} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
