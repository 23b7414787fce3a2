"""Sequential gates under monitoring after every sample: wrong decisions and samples saved.

Run: ``python benchmarks/bench_sequential.py`` (about ten seconds; ``--subjects`` and ``--seed``
to vary). Exit status 1 when a guarantee or a target of issue 8 is missed.

Setting: a gate requiring a pass rate of 0.9, alpha = beta = 0.05, alternative 0.99 (the
SPRT's p1, and the rate at which the fixed-n design must have power 1 - beta), at most 300
samples per subject. Every simulated subject is a seeded stream of independent samples,
checked after each one.

Each gate's decision depends only on (passes, samples), so the benchmark first asks
:meth:`SequentialGate.state` for every pair up to the sample limit (the library code, not a
copy) and then looks the simulated paths up in that table with numpy. The same table gives
the exact probabilities by propagating the binomial distribution of the pass count sample by
sample, a check on the simulation without simulation error.

(a) With the true rate exactly 0.9: how often each sequential gate wrongly passes
    (guarantee: at most alpha).
(b) The same for naive peeking: a fixed-n Wilson lower bound (one-sided alpha, i.e. a
    two-sided 90% interval) recomputed after every sample, passing the first time it reaches
    0.9. Several times alpha: the reason for (a).
(c) True rates 0.5, 0.8, 0.88, 0.9, 0.92, 0.95, 0.99, 0.999: P(pass), P(fail),
    P(inconclusive) and average samples to a decision, against the fixed-n design with the same
    errors: the smallest n for which an exact binomial test (pass when failures <= c) has
    P(pass | 0.9) <= alpha and P(pass | 0.99) >= 1 - beta. For the default rule (``hybrid``,
    what ``--gen-samples=auto`` uses) the exact P(fail) must be at most alpha at every rate at
    or above the requirement and P(pass) at most alpha at every rate at or below it; targets:
    >= 80% fewer samples at 0.5 and >= 30% fewer at 0.99. Undecided subjects count at the limit.
(d) A/B: equal arms at 0.9 (any decision is wrong; guarantee <= alpha), 0.5 -> 0.9 and
    0.8 -> 0.95, with :func:`decide_difference` checked after every pair of samples.
"""

from __future__ import annotations

import argparse
import math
import sys
import time

import numpy as np
from scipy import stats as scipy_stats
from tabulate import tabulate

from pytest_genreliability.stats import pass_rate_interval
from pytest_genreliability.stats.sequential import SequentialGate, confidence_sequence

REQUIRED = 0.9
ALTERNATIVE = 0.99
ALPHA = 0.05
BETA = 0.05
MAX_SAMPLES = 300
AB_MAX_PER_ARM = 200
TRUE_RATES = (0.5, 0.8, 0.88, 0.9, 0.92, 0.95, 0.99, 0.999)
#: the rule --gen-samples=auto uses; targets and the two-sided error guarantee apply to it
DEFAULT = "hybrid"
TARGETS = {0.5: 0.80, 0.99: 0.30}  # fraction of the fixed-n samples saved, at least

CONTINUE, PASS, FAIL = 0, 1, 2
CODES = {"continue": CONTINUE, "inconclusive": CONTINUE, "pass": PASS, "fail": FAIL}


def gate_table(gate: SequentialGate) -> np.ndarray:
    """``table[s, n]``: the gate's verdict after s passes in n samples (CODES)."""
    table = np.zeros((MAX_SAMPLES + 1, MAX_SAMPLES + 1), dtype=np.int8)
    for n in range(1, MAX_SAMPLES + 1):
        for s in range(n + 1):
            table[s, n] = CODES[gate.state(s, n)]
    return table


def peeking_table() -> np.ndarray:
    """Naive peeking: fixed-n Wilson bounds at one-sided alpha, recomputed at every n."""
    table = np.zeros((MAX_SAMPLES + 1, MAX_SAMPLES + 1), dtype=np.int8)
    for n in range(1, MAX_SAMPLES + 1):
        for s in range(n + 1):
            lower, upper = pass_rate_interval(s, n, 1.0 - 2.0 * ALPHA, "wilson")
            table[s, n] = PASS if lower >= REQUIRED else FAIL if upper < REQUIRED else CONTINUE
    return table


def simulate(
    table: np.ndarray, rate: float, subjects: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Stopping sample and verdict per subject (CONTINUE: undecided at the limit)."""
    passes = np.cumsum(rng.random((subjects, MAX_SAMPLES)) < rate, axis=1, dtype=np.int16)
    verdicts = table[passes, np.arange(1, MAX_SAMPLES + 1)]
    stopped = verdicts != CONTINUE
    first = np.argmax(stopped, axis=1)
    decided = stopped[np.arange(subjects), first]
    samples = np.where(decided, first + 1, MAX_SAMPLES)
    outcome = np.where(decided, verdicts[np.arange(subjects), first], CONTINUE)
    return samples, outcome


def exact_operating(table: np.ndarray, rate: float) -> tuple[float, float, float]:
    """Exact P(pass), P(fail) and expected samples, by propagating P(s passes, undecided)."""
    alive = np.array([1.0])
    p_pass = p_fail = expected = 0.0
    for n in range(1, MAX_SAMPLES + 1):
        nxt = np.zeros(n + 1)
        nxt[1:] += alive * rate
        nxt[:-1] += alive * (1.0 - rate)
        verdicts = table[: n + 1, n]
        stop_pass, stop_fail = nxt[verdicts == PASS].sum(), nxt[verdicts == FAIL].sum()
        p_pass += stop_pass
        p_fail += stop_fail
        expected += n * (stop_pass + stop_fail)
        nxt[verdicts != CONTINUE] = 0.0
        alive = nxt
    return p_pass, p_fail, expected + MAX_SAMPLES * alive.sum()


def fixed_design() -> tuple[int, int]:
    """Smallest n (and critical failure count c) of the exact test with the same errors."""
    for n in range(1, 10_000):
        c = int(scipy_stats.binom.ppf(ALPHA, n, 1.0 - REQUIRED))
        while c >= 0 and scipy_stats.binom.cdf(c, n, 1.0 - REQUIRED) > ALPHA:
            c -= 1
        if c >= 0 and scipy_stats.binom.cdf(c, n, 1.0 - ALTERNATIVE) >= 1.0 - BETA:
            return n, c
    raise RuntimeError("no fixed design below 10,000 samples")


def arm_bounds() -> tuple[np.ndarray, np.ndarray]:
    """Each arm's confidence sequence at alpha/2, for every (s, n) up to the per-arm limit."""
    lower = np.zeros((AB_MAX_PER_ARM + 1, AB_MAX_PER_ARM + 1))
    upper = np.ones((AB_MAX_PER_ARM + 1, AB_MAX_PER_ARM + 1))
    for n in range(1, AB_MAX_PER_ARM + 1):
        for s in range(n + 1):
            lower[s, n], upper[s, n] = confidence_sequence(s, n, ALPHA / 2.0)
    return lower, upper


def simulate_ab(
    bounds: tuple[np.ndarray, np.ndarray],
    rate_a: float,
    rate_b: float,
    subjects: int,
    rng: np.random.Generator,
) -> tuple[float, float, float]:
    """Share improved, share regressed, mean samples per arm; checked after each pair."""
    lower, upper = bounds
    columns = np.arange(1, AB_MAX_PER_ARM + 1)
    shape = (subjects, AB_MAX_PER_ARM)
    passes_a = np.cumsum(rng.random(shape) < rate_a, axis=1, dtype=np.int16)
    passes_b = np.cumsum(rng.random(shape) < rate_b, axis=1, dtype=np.int16)
    low = lower[passes_b, columns] - upper[passes_a, columns]
    high = upper[passes_b, columns] - lower[passes_a, columns]
    stopped = (low > 0) | (high < 0)
    first = np.argmax(stopped, axis=1)
    rows = np.arange(subjects)
    decided = stopped[rows, first]
    improved = decided & (low[rows, first] > 0)
    regressed = decided & (high[rows, first] < 0)
    samples = np.where(decided, first + 1, AB_MAX_PER_ARM)
    return float(improved.mean()), float(regressed.mean()), float(samples.mean())


def wrong_pass_section(
    tables: dict[str, np.ndarray], subjects: int, rng: np.random.Generator
) -> bool:
    """(a) and (b); True when every anytime-valid rule keeps within alpha."""
    rows: list[list[str]] = []
    ok = True
    rules = {f"{method} (anytime-valid)": table for method, table in tables.items()}
    rules["Wilson peeking (naive)"] = peeking_table()
    for name, table in rules.items():
        _, outcome = simulate(table, REQUIRED, subjects, rng)
        simulated = float((outcome == PASS).mean())
        exact, _, _ = exact_operating(table, REQUIRED)
        naive = name.startswith("Wilson")
        verdict = f"{exact / ALPHA:.1f}x alpha" if naive else "met" if exact <= ALPHA else "MISSED"
        ok = ok and (naive or exact <= ALPHA)
        rows.append([name, f"{simulated:.4f}", f"{exact:.4f}", verdict])
    print(f"(a, b) wrong 'pass' with the true rate exactly {REQUIRED}, checked after every sample")
    print(tabulate(rows, headers=["rule", "simulated", "exact", f"<= alpha {ALPHA}?"]))
    return ok


def samples_section(tables: dict[str, np.ndarray], subjects: int, rng: np.random.Generator) -> bool:
    """(c); True when the SPRT meets both targets."""
    fixed_n, fixed_c = fixed_design()
    print(
        f"fixed-n design with the same errors: n = {fixed_n}, pass when at most {fixed_c} fail "
        f"(P(pass | {REQUIRED}) = {scipy_stats.binom.cdf(fixed_c, fixed_n, 1 - REQUIRED):.4f}, "
        f"P(pass | {ALTERNATIVE}) = {scipy_stats.binom.cdf(fixed_c, fixed_n, 1 - ALTERNATIVE):.4f})"
    )
    rows: list[list[object]] = []
    ok = True
    for rate in TRUE_RATES:
        fixed_pass = scipy_stats.binom.cdf(fixed_c, fixed_n, 1.0 - rate)
        for method, table in tables.items():
            samples, outcome = simulate(table, rate, subjects, rng)
            _, _, exact_mean = exact_operating(table, rate)
            mean = float(samples.mean())
            saved = 1.0 - mean / fixed_n
            target = TARGETS.get(rate)
            mark = ""
            if target is not None:
                met = saved >= target
                mark = f">= {target:.0%}: {'met' if met else 'not met'}"
                ok = ok and (met or method != DEFAULT)
            if method == DEFAULT:
                exact_pass, exact_fail, _ = exact_operating(table, rate)
                wrong = exact_fail if rate >= REQUIRED else 0.0
                wrong = max(wrong, exact_pass if rate <= REQUIRED else 0.0)
                bounded = wrong <= ALPHA
                ok = ok and bounded
                mark = "; ".join(
                    part
                    for part in (
                        mark,
                        f"wrong decision {wrong:.4f} <= alpha"
                        if bounded
                        else f"wrong decision {wrong:.4f} > alpha: MISSED",
                    )
                    if part
                )
            rows.append(
                [
                    rate,
                    method,
                    f"{mean:.1f}",
                    f"{exact_mean:.1f}",
                    f"{(outcome == PASS).mean():.3f}",
                    f"{(outcome == FAIL).mean():.3f}",
                    f"{(outcome == CONTINUE).mean():.3f}",
                    f"{fixed_n} ({fixed_pass:.3f})",
                    f"{saved:+.0%}",
                    mark,
                ]
            )
    print(f"(c) samples to a decision against the fixed-n design (required {REQUIRED})")
    headers = [
        "true rate",
        "method",
        "mean n",
        "exact mean n",
        "pass",
        "fail",
        "inconclusive",
        "fixed n (its P(pass))",
        "saved",
        "target",
    ]
    print(tabulate(rows, headers=headers))
    print(
        f"targets and the error bound apply to {DEFAULT}, what --gen-samples=auto uses: pass by "
        "the SPRT, fail by the confidence sequence; sprt alone fails rates between required and "
        "its alternative, mixture alone pays in samples"
    )
    return ok


def ab_section(subjects: int, rng: np.random.Generator) -> bool:
    """(d); True when equal arms are wrongly told apart within alpha (plus simulation error)."""
    bounds = arm_bounds()
    rows: list[list[object]] = []
    ok = True
    for rate_a, rate_b in ((0.9, 0.9), (0.5, 0.9), (0.8, 0.95)):
        improved, regressed, mean = simulate_ab(bounds, rate_a, rate_b, subjects, rng)
        wrong = improved + regressed if rate_a == rate_b else regressed
        if rate_a == rate_b:
            ok = ok and wrong <= ALPHA + 3 * math.sqrt(ALPHA * (1 - ALPHA) / subjects)
        row = [f"{improved:.4f}", f"{regressed:.4f}", f"{wrong:.4f}", f"{mean:.1f}"]
        rows.append([rate_a, rate_b, *row])
    print(f"(d) A/B with decide_difference, at most {AB_MAX_PER_ARM} per arm, after every pair")
    headers = ["rate A", "rate B", "improved", "regressed", "wrong", "mean n per arm"]
    print(tabulate(rows, headers=headers))
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subjects", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20240808)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    started = time.perf_counter()

    gates = {
        method: SequentialGate(
            REQUIRED, MAX_SAMPLES, ALPHA, method, alternative=ALTERNATIVE, beta=BETA
        )
        for method in ("sprt", "mixture", "hybrid")
    }
    for gate in gates.values():
        print(gate.describe())
    print(f"{args.subjects:,} simulated subjects per row, seed {args.seed}\n")
    tables = {method: gate_table(gate) for method, gate in gates.items()}
    ok = wrong_pass_section(tables, args.subjects, rng)
    print()
    ok = samples_section(tables, args.subjects, rng) and ok
    print()
    ok = ab_section(args.subjects, rng) and ok
    print(f"\n{time.perf_counter() - started:.1f} s; {'all met' if ok else 'SOMETHING MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
