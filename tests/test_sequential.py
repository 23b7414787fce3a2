"""Anytime-valid sequential sampling: confidence sequence, sequential gate, A/B decision.

References: Robbins (1970), "Statistical methods related to the law of the iterated
logarithm", Ann. Math. Statist. 41:1397-1409, for the confidence sequence with a uniform
mixing prior, whose boundary is ``(n + 1) C(n, s) p^s (1 - p)^(n - s) = alpha``; Wald (1947),
*Sequential Analysis*, for the SPRT of p0 against p1 with thresholds log(1/alpha) and
log(beta). Where no figure is published, the test derives it from the defining inequality
(scipy's betaln and binomial pmf), from an exact propagation of the binomial distribution
through the gate's own stopping table, or from a seeded simulation with its error stated.
"""

from __future__ import annotations

import itertools
import math
import random

import numpy as np
import pytest
from scipy import special as scipy_special
from scipy import stats as scipy_stats

from pytest_genreliability.stats import pass_rate_interval
from pytest_genreliability.stats.sequential import (
    METHODS,
    MinimumSamples,
    SequentialGate,
    confidence_sequence,
    decide,
    decide_difference,
    decide_difference_sequence,
    default_alternative,
    min_samples_to_decide,
)

ALPHA = 0.05


def log_mixture(passed: int, total: int, p: float, a: float = 0.5, b: float = 0.5) -> float:
    """log M_n(p), written out from the definition (independently of the module)."""
    failed = total - passed
    return float(
        scipy_special.betaln(a + passed, b + failed)
        - scipy_special.betaln(a, b)
        - passed * math.log(p)
        - failed * math.log(1.0 - p)
    )


def all_pass_lower(total: int, a: float = 0.5, b: float = 0.5, alpha: float = ALPHA) -> float:
    """Lower end after ``total`` passes: M_n(p) = 1/alpha means p^n = alpha B(a+n, b) / B(a, b)."""
    return math.exp(
        (scipy_special.betaln(a + total, b) - scipy_special.betaln(a, b) + math.log(alpha)) / total
    )


def all_fail_upper(total: int, a: float = 0.5, b: float = 0.5, alpha: float = ALPHA) -> float:
    return 1.0 - math.exp(
        (scipy_special.betaln(a, b + total) - scipy_special.betaln(a, b) + math.log(alpha)) / total
    )


# --- the confidence sequence ----------------------------------------------------------------


def test_no_samples_know_nothing() -> None:
    assert confidence_sequence(0, 0) == (0.0, 1.0)


@pytest.mark.parametrize("passed, total", [(1, 1), (3, 10), (9, 10), (45, 50), (180, 200)])
def test_uniform_prior_bounds_solve_robbins_rule(passed: int, total: int) -> None:
    # Robbins (1970): with the uniform prior the mixture is 1 / ((n+1) b(n, p, s)).
    lower, upper = confidence_sequence(passed, total, ALPHA, prior=(1.0, 1.0))
    for bound in (lower, upper):
        if 0.0 < bound < 1.0:
            rule = (total + 1) * scipy_stats.binom.pmf(passed, total, bound)
            assert rule == pytest.approx(ALPHA, rel=1e-8)
    # just inside the bounds the rule is not met; just outside it is
    for inside in (lower + 1e-6, upper - 1e-6):
        assert (total + 1) * scipy_stats.binom.pmf(passed, total, inside) > ALPHA
    if lower > 1e-6:
        assert (total + 1) * scipy_stats.binom.pmf(passed, total, lower - 1e-6) < ALPHA
    if upper < 1.0 - 1e-6:
        assert (total + 1) * scipy_stats.binom.pmf(passed, total, upper + 1e-6) < ALPHA


@pytest.mark.parametrize(
    "passed, total", [(1, 2), (7, 10), (19, 20), (90, 100), (1, 1000), (999, 1000)]
)
def test_jeffreys_bounds_solve_the_defining_inequality(passed: int, total: int) -> None:
    lower, upper = confidence_sequence(passed, total)
    assert 0.0 < lower < passed / total < upper < 1.0
    assert log_mixture(passed, total, lower) == pytest.approx(math.log(1 / ALPHA), abs=1e-7)
    assert log_mixture(passed, total, upper) == pytest.approx(math.log(1 / ALPHA), abs=1e-7)
    assert log_mixture(passed, total, passed / total) < math.log(1 / ALPHA)


@pytest.mark.parametrize("total", [1, 2, 10, 29, 100, 1000])
def test_unbroken_runs_match_the_closed_form(total: int) -> None:
    lower, upper = confidence_sequence(total, total)
    assert upper == 1.0
    assert lower == pytest.approx(all_pass_lower(total), rel=1e-9)
    lower, upper = confidence_sequence(0, total)
    assert lower == 0.0
    assert upper == pytest.approx(all_fail_upper(total), rel=1e-9)


@pytest.mark.parametrize("passed, total", [(1, 10**6), (10**6 - 1, 10**6), (0, 10**6), (3, 10**7)])
def test_extreme_counts_stay_finite_and_ordered(passed: int, total: int) -> None:
    lower, upper = confidence_sequence(passed, total)
    assert 0.0 <= lower <= passed / total <= upper <= 1.0
    assert upper - lower < 1e-3
    if lower > 0.0:
        assert log_mixture(passed, total, lower) == pytest.approx(math.log(1 / ALPHA), abs=1e-6)


def test_bounds_rise_with_passes_and_widen_with_confidence() -> None:
    for total in (5, 40):
        bounds = [confidence_sequence(s, total) for s in range(total + 1)]
        assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(bounds))
        for s in range(total + 1):
            wide, narrow = confidence_sequence(s, total, 0.01), confidence_sequence(s, total, 0.1)
            assert wide[0] <= narrow[0] and narrow[1] <= wide[1]


def test_never_narrower_than_the_fixed_n_exact_interval() -> None:
    # Looking after every sample has a price: on these counts the confidence sequence holds the
    # Clopper-Pearson interval of the same level, with either prior.
    for total in (1, 5, 20, 100):
        for passed in range(total + 1):
            exact = pass_rate_interval(passed, total, 1 - ALPHA, "exact")
            for prior in ((0.5, 0.5), (1.0, 1.0)):
                lower, upper = confidence_sequence(passed, total, ALPHA, prior)
                assert lower <= exact[0] + 1e-12 and exact[1] - 1e-12 <= upper


@pytest.mark.parametrize(
    "kwargs, name",
    [
        ({"passed": 3, "total": 2}, "passed"),
        ({"passed": -1, "total": 2}, "passed"),
        ({"passed": 1, "total": 2.5}, "total"),
        ({"passed": 1, "total": 2, "alpha": 0.0}, "alpha"),
        ({"passed": 1, "total": 2, "alpha": 1.0}, "alpha"),
        ({"passed": 1, "total": 2, "prior": (0.0, 1.0)}, "prior"),
        ({"passed": 1, "total": 2, "prior": (1.0,)}, "prior"),
        ({"passed": 1, "total": 2, "prior": "ab"}, "prior"),
        ({"passed": 1, "total": 2, "prior": (1.0, math.inf)}, "prior"),
    ],
)
def test_confidence_sequence_rejects_bad_arguments(kwargs: dict[str, object], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        confidence_sequence(**kwargs)  # type: ignore[arg-type]


# --- the sequential gate --------------------------------------------------------------------


def wald_minimum(required: float, alternative: float, alpha: float, beta: float) -> tuple[int, int]:
    """Unbroken runs that cross Wald's thresholds log(1/alpha) and log(beta)."""
    to_pass = math.ceil(math.log(1 / alpha) / math.log(alternative / required))
    to_fail = math.ceil(math.log(1 / beta) / math.log((1 - required) / (1 - alternative)))
    return to_pass, to_fail


def test_default_alternative_allows_a_tenth_of_the_failures() -> None:
    assert default_alternative(0.9) == pytest.approx(0.99)
    assert default_alternative(0.95) == pytest.approx(0.995)
    assert SequentialGate(0.9, 100).alternative == pytest.approx(0.99)
    assert SequentialGate(0.9, 100, alpha=0.01).beta == 0.01


@pytest.mark.parametrize(
    "required, alternative, alpha, beta", [(0.9, 0.99, 0.05, 0.05), (0.8, 0.95, 0.01, 0.1)]
)
def test_sprt_minimum_runs_follow_wald(
    required: float, alternative: float, alpha: float, beta: float
) -> None:
    expected = wald_minimum(required, alternative, alpha, beta)
    minimum = min_samples_to_decide(required, alpha=alpha, alternative=alternative, beta=beta)
    assert minimum == MinimumSamples(*expected)


def test_a_subject_failing_every_sample_stops_at_the_minimum_that_decides() -> None:
    for method in METHODS:
        gate = SequentialGate(0.9, 200, method=method)
        minimum = gate.min_samples().to_fail
        decision = gate.decide_sequence([False] * 200)
        assert decision.state == "fail" and decision.samples == minimum
        assert decision.reason.startswith(
            f"decided after {minimum} of at most 200 samples (anytime-valid)"
        )
        assert gate.state(0, minimum - 1) == "continue"
    # the mixture's minimum from the closed form: the first n whose upper end is below 0.9
    first = next(n for n in range(1, 100) if all_fail_upper(n) < 0.9)
    assert SequentialGate(0.9, 200, method="mixture").min_samples().to_fail == first
    assert wald_minimum(0.9, 0.99, ALPHA, ALPHA)[1] == 2


def test_a_subject_that_never_fails_stops_once_the_lower_bound_reaches_the_requirement() -> None:
    # SPRT: Wald's minimum run (32 for 0.9 against 0.99); mixture: the closed-form lower end
    expected = {
        "sprt": wald_minimum(0.9, 0.99, ALPHA, ALPHA)[0],
        "mixture": next(n for n in range(1, 500) if all_pass_lower(n) >= 0.9),
        "hybrid": wald_minimum(0.9, 0.99, ALPHA, ALPHA)[0],  # it passes by the SPRT
    }
    for method in METHODS:
        gate = SequentialGate(0.9, 200, method=method)
        decision = gate.decide_sequence([True] * 200)
        assert decision.state == "pass"
        assert decision.samples == expected[method] == gate.min_samples().to_pass
        assert decision.lower >= 0.9
        before = gate.decide(expected[method] - 1, expected[method] - 1)
        assert before.state == "continue" and before.lower < 0.9
        assert f"decided after {expected[method]} of at most 200 samples (anytime-valid)" in (
            decision.reason
        )
        assert "lower bound" in decision.reason and ">= required 0.9" in decision.reason


@pytest.mark.parametrize("method", METHODS)
def test_state_agrees_with_the_bounds(method: str) -> None:
    gate = SequentialGate(0.9, 60, method=method)
    fail_line = 0.99 if method == "sprt" else 0.9  # mixture and hybrid fail below required
    for total in range(1, 61, 3):
        for passed in range(total + 1):
            decision = gate.decide(passed, total)
            lower, upper = decision.lower, decision.upper
            assert lower <= upper
            if abs(lower - 0.9) > 1e-9 and abs(upper - fail_line) > 1e-9:
                assert (decision.state == "pass") == (lower >= 0.9)
                assert (decision.state == "fail") == (upper < fail_line)


def test_sprt_bounds_solve_their_likelihood_ratios() -> None:
    decision = decide(40, 43, 0.9, max_samples=100)
    s, f = 40, 3

    def log_ratio(p_top: float, p: float) -> float:
        return s * math.log(p_top / p) + f * math.log((1 - p_top) / (1 - p))

    assert log_ratio(0.99, decision.lower) == pytest.approx(math.log(1 / ALPHA), abs=1e-8)
    assert log_ratio(0.9, decision.upper) == pytest.approx(math.log(1 / ALPHA), abs=1e-8)


def test_inconclusive_when_the_sample_limit_leaves_it_open() -> None:
    # 20 passes cannot pass an SPRT that needs 32 in a row
    assert min_samples_to_decide(0.9).to_pass > 20
    assert decide(19, 19, 0.9, max_samples=20).state == "continue"
    decision = decide(20, 20, 0.9, max_samples=20)
    assert decision.state == "inconclusive" and decision.stopped and not decision.decided
    assert decision.reason.startswith("inconclusive after 20 of at most 20 samples (anytime-valid)")
    mixture = decide(180, 200, 0.9, max_samples=200, method="mixture")
    assert mixture.state == "inconclusive" and mixture.lower < 0.9 < mixture.upper


def test_decide_sequence_ignores_samples_after_the_stop() -> None:
    gate = SequentialGate(0.9, 50)
    decision = gate.decide_sequence([False, False] + [True] * 48)
    assert (decision.state, decision.samples, decision.passed) == ("fail", 2, 0)
    undecided = gate.decide_sequence([True] * 10)
    assert (undecided.state, undecided.samples) == ("continue", 10)
    assert undecided.reason.startswith("undecided after 10 of at most 50 samples")


@pytest.mark.parametrize(
    "kwargs, name",
    [
        ({"passed": 5, "total": 4}, "passed"),
        ({"total": 101}, "total"),
        ({"required": 1.0}, "required"),
        ({"required": 0.0}, "required"),
        ({"max_samples": 0}, "max_samples"),
        ({"max_samples": 10.0}, "max_samples"),
        ({"alpha": 1.5}, "alpha"),
        ({"beta": 0.0}, "beta"),
        ({"method": "bayes"}, "method"),
        ({"alternative": 0.9}, "alternative"),
        ({"alternative": 0.85}, "alternative"),
        ({"prior": (1.0, -1.0)}, "prior"),
    ],
)
def test_gate_rejects_bad_arguments(kwargs: dict[str, object], name: str) -> None:
    arguments: dict[str, object] = {"passed": 3, "total": 4, "required": 0.9, "max_samples": 100}
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=name):
        decide(**arguments)  # type: ignore[arg-type]


def test_decide_sequence_rejects_non_outcomes() -> None:
    gate = SequentialGate(0.9, 5)
    with pytest.raises(ValueError, match=r"outcomes\[1\]"):
        gate.decide_sequence([True, 2])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="max_samples"):
        gate.decide_sequence([True] * 6)


def stopping_table(gate: SequentialGate) -> np.ndarray:
    """``table[s, n]``: 1 pass, 2 fail, 0 open, from the gate itself."""
    size = gate.max_samples
    table = np.zeros((size + 1, size + 1), dtype=np.int8)
    codes = {"pass": 1, "fail": 2, "continue": 0, "inconclusive": 0}
    for n in range(1, size + 1):
        for s in range(n + 1):
            table[s, n] = codes[gate.state(s, n)]
    return table


def operating(table: np.ndarray, rate: float) -> tuple[float, float, float]:
    """Exact P(pass), P(fail), mean samples: the law of the pass count, propagated step by step."""
    size = table.shape[0] - 1
    alive = np.array([1.0])
    p_pass = p_fail = expected = 0.0
    for n in range(1, size + 1):
        nxt = np.zeros(n + 1)
        nxt[1:] += alive * rate
        nxt[:-1] += alive * (1 - rate)
        column = table[: n + 1, n]
        p_pass += nxt[column == 1].sum()
        p_fail += nxt[column == 2].sum()
        expected += n * nxt[column != 0].sum()
        nxt[column != 0] = 0.0
        alive = nxt
    return p_pass, p_fail, expected + size * alive.sum()


def fixed_sample_size(required: float, alternative: float, alpha: float, beta: float) -> int:
    """Smallest n of an exact binomial test (pass when failures <= c) with the same errors."""
    for n in range(1, 1000):
        ok = [c for c in range(n + 1) if scipy_stats.binom.cdf(c, n, 1 - required) <= alpha]
        if ok and scipy_stats.binom.cdf(max(ok), n, 1 - alternative) >= 1 - beta:
            return n
    raise AssertionError("no fixed design")


def test_wrong_decisions_stay_within_alpha_and_beta_exactly() -> None:
    # Exact under monitoring after every sample: no simulation error to allow for.
    sprt = stopping_table(SequentialGate(0.9, 300))
    wrong_pass, _, _ = operating(sprt, 0.9)
    assert 0.04 < wrong_pass <= ALPHA  # close to alpha: the threshold is not needlessly strict
    assert operating(sprt, 0.85)[0] < wrong_pass  # lower rates pass less often
    _, wrong_fail, _ = operating(sprt, 0.99)
    assert wrong_fail <= ALPHA
    mixture = stopping_table(SequentialGate(0.9, 120, method="mixture"))
    assert operating(mixture, 0.9)[0] <= ALPHA


def test_sprt_saves_samples_against_the_fixed_design() -> None:
    # Issue 8: a fixed-n exact test needs about 61 samples for 0.9 against 0.99 at
    # alpha = beta = 0.05; the SPRT must need >= 80% fewer at a true 0.5, >= 30% fewer at 0.99.
    fixed = fixed_sample_size(0.9, 0.99, ALPHA, ALPHA)
    assert fixed == 61
    table = stopping_table(SequentialGate(0.9, 300))
    assert operating(table, 0.5)[2] <= 0.2 * fixed
    assert operating(table, 0.99)[2] <= 0.7 * fixed


def test_simulated_monitoring_keeps_wrong_passes_within_alpha() -> None:
    # 4,000 subjects at exactly the required rate, checked after every one of 200 samples.
    # Simulation error: sd of a share near 0.05 is sqrt(0.05 * 0.95 / 4000) = 0.0034; the
    # tolerance is three of them. Naive peeking at a fixed-n Wilson bound, on the same paths,
    # must show the inflation this module exists to avoid.
    subjects, size = 4000, 200
    rng = np.random.default_rng(8)
    passes = np.cumsum(rng.random((subjects, size)) < 0.9, axis=1)
    columns = np.arange(1, size + 1)
    table = stopping_table(SequentialGate(0.9, size))
    verdicts = table[passes, columns]
    stopped = verdicts != 0
    first = np.argmax(stopped, axis=1)
    wrong = (verdicts[np.arange(subjects), first] == 1) & stopped[np.arange(subjects), first]
    assert wrong.mean() <= ALPHA + 3 * math.sqrt(ALPHA * (1 - ALPHA) / subjects)

    # the first n at which s passes make the one-sided 95% Wilson lower bound reach 0.9
    wilson_pass = np.zeros((size + 1, size + 1), dtype=bool)
    for n in range(1, size + 1):
        for s in range(int(0.9 * n), n + 1):
            wilson_pass[s, n] = pass_rate_interval(s, n, 1 - 2 * ALPHA, "wilson")[0] >= 0.9
    assert wilson_pass[passes, columns].any(axis=1).mean() > 2 * ALPHA


# --- A/B --------------------------------------------------------------------------------------


def test_clear_improvement_and_regression() -> None:
    improved = decide_difference(0, 20, 20, 20, max_samples_per_arm=100)
    assert improved.state == "improved" and improved.lower > 0 and improved.decided
    assert improved.reason.startswith("decided after 20 (A) and 20 (B) of at most 100")
    assert "(anytime-valid)" in improved.reason
    regressed = decide_difference(20, 20, 0, 20, max_samples_per_arm=100)
    assert regressed.state == "regressed" and regressed.upper < 0


def test_difference_interval_combines_the_arms_at_half_alpha() -> None:
    lower_a, upper_a = confidence_sequence(12, 30, ALPHA / 2)
    lower_b, upper_b = confidence_sequence(27, 30, ALPHA / 2)
    decision = decide_difference(12, 30, 27, 30, max_samples_per_arm=100)
    assert decision.lower == pytest.approx(lower_b - upper_a)
    assert decision.upper == pytest.approx(upper_b - lower_a)


def test_equal_arms_continue_then_end_inconclusive() -> None:
    assert decide_difference(10, 20, 10, 20, max_samples_per_arm=100).state == "continue"
    assert decide_difference(90, 100, 90, 99, max_samples_per_arm=100).state == "continue"
    end = decide_difference(90, 100, 90, 100, max_samples_per_arm=100)
    assert end.state == "inconclusive" and end.lower < 0 < end.upper
    assert end.reason.startswith("inconclusive after 100 (A) and 100 (B)")


def test_difference_sequence_stops_at_the_first_deciding_sample() -> None:
    decision = decide_difference_sequence([False] * 40, [True] * 40, max_samples_per_arm=40)
    assert decision.state == "improved"
    # checked in the order A1 B1 A2 B2 ...: each earlier prefix was still open
    a, b = decision.samples_a, decision.samples_b
    assert b in (a, a - 1)
    earlier = (a - 1, b) if a > b else (a, b - 1)
    before = decide_difference(0, earlier[0], earlier[1], earlier[1], max_samples_per_arm=40)
    assert before.state == "continue"


@pytest.mark.parametrize(
    "kwargs, name",
    [
        ({"passed_a": 5, "total_a": 4}, "passed_a"),
        ({"passed_b": 5, "total_b": 4}, "passed_b"),
        ({"total_a": 101}, "total_a"),
        ({"max_samples_per_arm": 0}, "max_samples_per_arm"),
        ({"alpha": 0.0}, "alpha"),
    ],
)
def test_difference_rejects_bad_arguments(kwargs: dict[str, object], name: str) -> None:
    arguments: dict[str, object] = {
        "passed_a": 1,
        "total_a": 4,
        "passed_b": 2,
        "total_b": 4,
        "max_samples_per_arm": 100,
    }
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=name):
        decide_difference(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize("rate", [0.9, 0.92, 0.95, 0.99])
def test_hybrid_fails_a_rate_at_or_above_the_requirement_at_most_alpha_of_the_time(
    rate: float,
) -> None:
    # a seeded schedule of outcomes, monitored after every sample: a "fail" must be a
    # demonstrated shortfall for every true rate at or above the requirement
    rng = random.Random(20261206)
    gate = SequentialGate(0.9, 200, method="hybrid")
    runs = 300
    fails = sum(
        gate.decide_sequence([rng.random() < rate for _ in range(200)]).state == "fail"
        for _ in range(runs)
    )
    assert fails <= ALPHA * runs


@pytest.mark.parametrize("rate", [0.5, 0.8, 0.85, 0.88])
def test_hybrid_passes_a_rate_at_or_below_the_requirement_at_most_alpha_of_the_time(
    rate: float,
) -> None:
    rng = random.Random(61220262)
    gate = SequentialGate(0.9, 200, method="hybrid")
    runs = 300
    passes = sum(
        gate.decide_sequence([rng.random() < rate for _ in range(200)]).state == "pass"
        for _ in range(runs)
    )
    assert passes <= ALPHA * runs


def test_an_inconclusive_gate_says_how_many_more_samples_would_settle_it() -> None:
    gate = SequentialGate(0.9, 40, method="hybrid")
    passed, total = 39, 40  # 97.5%: above the requirement, not yet shown
    assert gate.decide(passed, total).state == "inconclusive"
    more = gate.more_to_settle(passed, total)
    assert more is not None
    n = total + more
    assert SequentialGate(0.9, n, method="hybrid").state(round(0.975 * n), n) == "pass"
