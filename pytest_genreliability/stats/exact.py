"""Comparing two arms (A = before, B = after): difference interval, exact test, power.

Public names are re-exported from :mod:`pytest_genreliability.stats`; import them from there.
Every difference here is ``rate_b - rate_a``: positive means arm B passes more often.

The difference interval and the sample size need only Wilson intervals and normal quantiles
(standard library); scipy is imported inside the exact tests and the Bayesian probability,
so that planning a comparison does not load it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pytest_genreliability.stats.intervals import (
    _check_choice,
    _check_closed_unit,
    _check_counts,
    _check_open_unit,
    _normal_quantile,
    _wilson,
    _z,
)

DIFFERENCE_METHODS: tuple[str, ...] = ("newcombe",)
"""Accepted values of ``method`` for :func:`difference_interval`."""

TESTS: tuple[str, ...] = ("boschloo", "fisher", "barnard")
"""Accepted values of ``test`` for :func:`compare`."""

ALTERNATIVES: tuple[str, ...] = ("two-sided", "greater", "less")
"""Accepted values of ``alternative`` for :func:`compare`; ``greater`` means B is better."""

VERDICTS: tuple[str, ...] = ("improved", "regressed", "no significant difference")

# Boschloo's and Barnard's tests evaluate a statistic for each of the (total_a + 1) *
# (total_b + 1) tables with the observed arm sizes. Measured with scipy 1.17 on a 2-core CI
# runner (benchmarks/bench_stats.py), Barnard's cost follows that table count (~0.15 s at
# 100,000 tables, ~1 s at 1,000 per arm); Boschloo's follows the table count times
# sqrt(larger arm) (~0.17 s at 500,000 such units, i.e. ~190 per arm; ~8 s at 1,000 per arm),
# because each table needs a hypergeometric tail. Above these limits compare() runs Fisher's
# exact test, which costs microseconds and whose p-value converges to Boschloo's as the arms
# grow (1,000 per arm, 80% vs 90%, one-sided: Boschloo 1.6e-10, Fisher 2.1e-10).
_WORK_LIMITS: dict[str, float] = {"boschloo": 500_000.0, "barnard": 100_000.0}


def _unconditional_work(test: str, total_a: int, total_b: int) -> float:
    """Cost units of an exact unconditional test, comparable with :data:`_WORK_LIMITS`."""
    tables = float((total_a + 1) * (total_b + 1))
    if test == "boschloo":
        return tables * math.sqrt(max(total_a, total_b) + 1)
    return tables


def _check_total_positive(name: str, total: int) -> None:
    if total == 0:
        raise ValueError(f"{name} must be at least 1 to compare arms, got 0")


def difference_interval(
    passed_a: int,
    total_a: int,
    passed_b: int,
    total_b: int,
    confidence: float = 0.95,
    method: str = "newcombe",
) -> tuple[float, float]:
    """Confidence interval ``(lower, upper)`` for ``rate_b - rate_a``.

    Newcombe's hybrid score interval (method 10 of Newcombe 1998, "Interval estimation for
    the difference between independent proportions: comparison of eleven methods"): the
    Wilson interval of each arm, combined by "square and add". It stays inside [-1, 1], has
    no zero-width interval at 0/n or n/n, and keeps coverage near nominal at small n.

    The paper reports p1 - p2; here arm B plays p1 and arm A plays p2. An arm without
    samples contributes its whole [0, 1] range: the interval is then the plain difference of
    the two single-arm intervals.
    """
    passed_a, total_a = _check_counts(
        passed_a, total_a, passed_name="passed_a", total_name="total_a"
    )
    passed_b, total_b = _check_counts(
        passed_b, total_b, passed_name="passed_b", total_name="total_b"
    )
    confidence = _check_open_unit("confidence", confidence)
    _check_choice("method", method, DIFFERENCE_METHODS)
    if total_a == 0 or total_b == 0:
        lower_a, upper_a = (0.0, 1.0) if total_a == 0 else _wilson(passed_a, total_a, confidence)
        lower_b, upper_b = (0.0, 1.0) if total_b == 0 else _wilson(passed_b, total_b, confidence)
        return lower_b - upper_a, upper_b - lower_a
    rate_a, rate_b = passed_a / total_a, passed_b / total_b
    lower_a, upper_a = _wilson(passed_a, total_a, confidence)
    lower_b, upper_b = _wilson(passed_b, total_b, confidence)
    difference = rate_b - rate_a
    lower = difference - math.hypot(rate_b - lower_b, upper_a - rate_a)
    upper = difference + math.hypot(upper_b - rate_b, rate_a - lower_a)
    return max(-1.0, lower), min(1.0, upper)


def samples_per_arm(
    rate_a: float,
    rate_b: float,
    alpha: float = 0.05,
    power: float = 0.8,
    *,
    continuity_correction: bool = True,
) -> int:
    """Samples per arm for a two-sided test at ``alpha`` to detect ``rate_a`` -> ``rate_b``.

    Normal approximation (Fleiss, Levin & Paik, *Statistical Methods for Rates and
    Proportions*, 3rd ed., 2003, chapter 4)::

        n' = (z_{1-alpha/2} sqrt(2 p q) + z_{power} sqrt(p_a q_a + p_b q_b))^2 / (p_b - p_a)^2
        n  = n'/4 * (1 + sqrt(1 + 4 / (n' |p_b - p_a|)))^2

    with p the mean of the two rates. The second line is the Casagrande-Pike-Smith continuity
    correction. It is on by default because the analysis that follows is an exact test
    (Boschloo, Fisher, Barnard), and the uncorrected n' overstates the power those exact tests
    reach at that size; the corrected n matches their power much better. Pass
    ``continuity_correction=False`` for the uncorrected n' (what R's ``power.prop.test`` gives).
    """
    rate_a = _check_closed_unit("rate_a", rate_a)
    rate_b = _check_closed_unit("rate_b", rate_b)
    alpha = _check_open_unit("alpha", alpha)
    power = _check_open_unit("power", power)
    if rate_a == rate_b:
        raise ValueError(f"rate_a and rate_b must differ to size a comparison, both are {rate_a}")
    delta = abs(rate_b - rate_a)
    mean_rate = (rate_a + rate_b) / 2.0
    z_alpha = _z(1.0 - alpha)
    z_power = _normal_quantile(power)
    spread = z_alpha * math.sqrt(2.0 * mean_rate * (1.0 - mean_rate)) + z_power * math.sqrt(
        rate_a * (1.0 - rate_a) + rate_b * (1.0 - rate_b)
    )
    uncorrected = spread * spread / (delta * delta)
    size = uncorrected
    if continuity_correction:
        size = uncorrected / 4.0 * (1.0 + math.sqrt(1.0 + 4.0 / (uncorrected * delta))) ** 2
    # A size computed as 216.0000000001 from an exact 216 must not become 217.
    return max(1, math.ceil(size - 1e-9))


def prob_b_better(passed_a: int, total_a: int, passed_b: int, total_b: int) -> float:
    """P(rate_b > rate_a) given the counts, under independent uniform Beta(1, 1) priors.

    The posteriors are Beta(x + 1, n - x + 1). For an integer first shape parameter of B the
    probability is an exact finite sum (each term a ratio of Beta functions, summed in log
    space); no sampling is involved.
    """
    passed_a, total_a = _check_counts(
        passed_a, total_a, passed_name="passed_a", total_name="total_a"
    )
    passed_b, total_b = _check_counts(
        passed_b, total_b, passed_name="passed_b", total_name="total_b"
    )
    a_shape, a_rate = passed_a + 1, total_a - passed_a + 1
    b_shape, b_rate = passed_b + 1, total_b - passed_b + 1
    import numpy as np
    from scipy import special as _special

    steps = np.arange(b_shape, dtype=float)
    log_terms = (
        _special.betaln(a_shape + steps, a_rate + b_rate)
        - np.log(b_rate + steps)
        - _special.betaln(1.0 + steps, b_rate)
        - _special.betaln(a_shape, a_rate)
    )
    probability = float(np.exp(_special.logsumexp(log_terms)))
    return min(1.0, max(0.0, probability))


@dataclass(frozen=True)
class Comparison:
    """Result of :func:`compare`: arm B against arm A (``difference = rate_b - rate_a``)."""

    passed_a: int
    total_a: int
    passed_b: int
    total_b: int
    rate_a: float
    rate_b: float
    difference: float
    interval: tuple[float, float]
    confidence: float
    test: str
    test_note: str | None
    alternative: str
    alpha: float
    pvalue: float
    prob_b_better: float
    verdict: str
    samples_per_arm_needed: int | None


def _pvalue(table: list[list[int]], test: str, alternative: str) -> float:
    from scipy import stats as _scipy_stats

    if test == "boschloo":
        result = _scipy_stats.boschloo_exact(table, alternative=alternative)
    elif test == "barnard":
        result = _scipy_stats.barnard_exact(table, alternative=alternative)
    else:
        result = _scipy_stats.fisher_exact(table, alternative=alternative)
    pvalue = float(result.pvalue)
    return 1.0 if math.isnan(pvalue) else min(1.0, max(0.0, pvalue))


def compare(
    passed_a: int,
    total_a: int,
    passed_b: int,
    total_b: int,
    *,
    test: str = "boschloo",
    alternative: str = "two-sided",
    confidence: float = 0.95,
    alpha: float = 0.05,
) -> Comparison:
    """Compare arm B (after) with arm A (before).

    ``alternative``: ``"two-sided"`` asks "did anything change?", ``"greater"`` asks "is B
    better than A?" (did the mitigation help?), ``"less"`` asks "is B worse?".

    ``test`` (see :data:`TESTS`) is an exact test of the 2x2 table: Boschloo's unconditional
    test by default (uniformly more powerful than Fisher's), Fisher's conditional test, or
    Barnard's unconditional test, all from scipy. Boschloo's and Barnard's cost grows with
    the product of the arm sizes; above a size limit (about 190 samples per arm for Boschloo,
    315 for Barnard; less for very unequal arms) Fisher's test runs instead, so a comparison
    stays well under half a second. ``.test`` records the test that ran and ``.test_note``
    why it differs from the one requested (``None`` when it does not).

    Verdict rule: ``"improved"`` when the p-value is below ``alpha`` and B's observed rate is
    higher; ``"regressed"`` when the p-value is below ``alpha`` and B's rate is lower; else
    ``"no significant difference"``. A one-sided test can therefore only conclude in its own
    direction. When inconclusive and the observed rates differ, ``samples_per_arm_needed`` is
    :func:`samples_per_arm` for the observed rates at 80% power (at 2 * alpha two-sided,
    the normal-approximation equivalent of a one-sided test at alpha, for a one-sided
    ``alternative``); ``None`` when the observed difference points away from a one-sided
    alternative, since more samples of the same would not show the asked-for change.

    ``interval`` is :func:`difference_interval` at ``confidence``; ``prob_b_better`` is
    :func:`prob_b_better`, a plain-language companion figure that plays no part in the verdict.
    """
    passed_a, total_a = _check_counts(
        passed_a, total_a, passed_name="passed_a", total_name="total_a"
    )
    passed_b, total_b = _check_counts(
        passed_b, total_b, passed_name="passed_b", total_name="total_b"
    )
    _check_total_positive("total_a", total_a)
    _check_total_positive("total_b", total_b)
    test = _check_choice("test", test, TESTS)
    alternative = _check_choice("alternative", alternative, ALTERNATIVES)
    confidence = _check_open_unit("confidence", confidence)
    alpha = _check_open_unit("alpha", alpha)
    if alpha >= 0.5:
        raise ValueError(f"alpha must be below 0.5, got {alpha!r}")

    rate_a, rate_b = passed_a / total_a, passed_b / total_b
    difference = rate_b - rate_a

    test_used, note = test, None
    if test in _WORK_LIMITS and _unconditional_work(test, total_a, total_b) > _WORK_LIMITS[test]:
        test_used = "fisher"
        note = (
            f"{test}'s test is too slow for arms of {total_a} and {total_b} samples; "
            "ran Fisher's exact test instead (conditional, slightly conservative, and close "
            "to the unconditional tests at this size)"
        )
    # scipy's exact tests take the two samples as columns, with p1 the first column's rate
    # of the first row: B first makes alternative="greater" mean rate_b > rate_a.
    table = [[passed_b, passed_a], [total_b - passed_b, total_a - passed_a]]
    pvalue = _pvalue(table, test_used, alternative)

    verdict = "no significant difference"
    if pvalue < alpha and difference > 0 and alternative != "less":
        verdict = "improved"
    elif pvalue < alpha and difference < 0 and alternative != "greater":
        verdict = "regressed"

    needed = None
    points_away = (alternative == "greater" and difference < 0) or (
        alternative == "less" and difference > 0
    )
    if verdict == "no significant difference" and difference != 0 and not points_away:
        sizing_alpha = alpha if alternative == "two-sided" else 2.0 * alpha
        needed = samples_per_arm(rate_a, rate_b, alpha=sizing_alpha, power=0.8)

    return Comparison(
        passed_a=passed_a,
        total_a=total_a,
        passed_b=passed_b,
        total_b=total_b,
        rate_a=rate_a,
        rate_b=rate_b,
        difference=difference,
        interval=difference_interval(passed_a, total_a, passed_b, total_b, confidence),
        confidence=confidence,
        test=test_used,
        test_note=note,
        alternative=alternative,
        alpha=alpha,
        pvalue=pvalue,
        prob_b_better=prob_b_better(passed_a, total_a, passed_b, total_b),
        verdict=verdict,
        samples_per_arm_needed=needed,
    )
