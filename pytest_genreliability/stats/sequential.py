"""Anytime-valid sequential sampling: stop sampling a subject as soon as the answer is clear.

A fixed-n interval promises its coverage at the one n fixed in advance. Recomputing it after
every sample and stopping the first time it looks good turns a 5% error into several times
that (``benchmarks/bench_sequential.py`` measures it). Everything here stays valid however
often one looks and whatever the stopping rule, because each guarantee is Ville's inequality
for a nonnegative martingale: if ``M_0 = 1`` and ``M_n >= 0`` is a martingale, then
``P(M_n >= 1/alpha for some n) <= alpha``.

- One pass rate: :func:`confidence_sequence`, the beta-binomial mixture of Robbins (1970) and
  Lai (1976).
- A gate on a required pass rate: :class:`SequentialGate` (or :func:`decide`), by Wald's
  sequential probability ratio test (``method="sprt"``, the default) or by the mixture
  confidence sequence (``method="mixture"``); :func:`min_samples_to_decide`.
- Two arms: :func:`decide_difference`, an anytime-valid interval for ``rate_b - rate_a``.

Outcomes must be taken in sample order: under pytest-xdist samples finish out of order, and
:meth:`SequentialGate.decide_sequence` decides on the first prefix that stops, so samples that
finished after that point (run by another worker meanwhile) change nothing.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy import optimize as _optimize
from scipy import special as _special

from pytest_genreliability.stats.intervals import (
    _check_choice,
    _check_count,
    _check_counts,
    _check_open_unit,
)

__all__ = [
    "DIFFERENCE_STATES",
    "METHODS",
    "STATES",
    "Decision",
    "DifferenceDecision",
    "MinimumSamples",
    "SequentialGate",
    "confidence_sequence",
    "decide",
    "decide_difference",
    "decide_difference_sequence",
    "default_alternative",
    "min_samples_to_decide",
]

METHODS: tuple[str, ...] = ("sprt", "mixture", "hybrid")
"""Accepted values of ``method`` for :class:`SequentialGate`."""

STATES: tuple[str, ...] = ("pass", "fail", "continue", "inconclusive")
DIFFERENCE_STATES: tuple[str, ...] = ("improved", "regressed", "continue", "inconclusive")

JEFFREYS_PRIOR: tuple[float, float] = (0.5, 0.5)

# Bounds are solved in log-odds, where a bound of 1e-12 keeps its relative precision; a log-odds
# beyond this is a bound of 0 or 1 to double precision.
_LOGIT_LIMIT = 745.0
_LOGIT_START = 700.0
# Doubling search for the smallest all-pass (all-fail) run that decides; 2**40 samples is far
# beyond any plan, and reaching it means the requirement is too close to 0 or 1 to be shown.
_SEARCH_LIMIT = 2**40


class MinimumSamples(NamedTuple):
    """Fewest samples after which an unbroken run decides: all passes pass, all failures fail."""

    to_pass: int
    to_fail: int


@dataclass(frozen=True)
class Decision:
    """Where a sequential gate stands after ``samples`` samples (``passed`` of them passed).

    ``state`` is one of :data:`STATES`; ``lower`` and ``upper`` are the anytime-valid bounds the
    decision rests on (see :class:`SequentialGate` for what they are under each method), and
    ``reason`` says it in one sentence.
    """

    state: str
    passed: int
    samples: int
    max_samples: int
    lower: float
    upper: float
    required: float
    method: str
    reason: str

    @property
    def stopped(self) -> bool:
        """No further sample is needed: passed, failed or out of samples."""
        return self.state != "continue"

    @property
    def decided(self) -> bool:
        return self.state in ("pass", "fail")


@dataclass(frozen=True)
class DifferenceDecision:
    """Where a sequential A/B comparison stands; bounds are for ``rate_b - rate_a``."""

    state: str
    passed_a: int
    samples_a: int
    passed_b: int
    samples_b: int
    max_samples_per_arm: int
    lower: float
    upper: float
    reason: str

    @property
    def samples(self) -> int:
        return self.samples_a + self.samples_b

    @property
    def stopped(self) -> bool:
        return self.state != "continue"

    @property
    def decided(self) -> bool:
        return self.state in ("improved", "regressed")


def _check_prior(prior: object) -> tuple[float, float]:
    message = f"prior must be a pair (a, b) of positive numbers, got {prior!r}"
    if isinstance(prior, str) or not isinstance(prior, Sequence) or len(prior) != 2:
        raise ValueError(message)
    shapes = []
    for value in prior:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueError(message)
        number = float(value)
        if not (math.isfinite(number) and number > 0.0):
            raise ValueError(message)
        shapes.append(number)
    return shapes[0], shapes[1]


def _check_outcomes(name: str, outcomes: object) -> list[int]:
    """Outcomes in sample order as 1 (passed) and 0 (failed); numpy booleans are welcome."""
    if isinstance(outcomes, str) or not isinstance(outcomes, Sequence):
        raise ValueError(f"{name} must be a sequence of booleans, got {outcomes!r}")
    checked = []
    for index, outcome in enumerate(outcomes):
        if not isinstance(outcome, (bool, np.bool_, numbers.Integral)) or outcome not in (0, 1):
            raise ValueError(f"{name}[{index}] must be True or False, got {outcome!r}")
        checked.append(int(outcome))
    return checked


def _check_max_samples(name: str, value: object) -> int:
    count = _check_count(name, value)
    if count < 1:
        raise ValueError(f"{name} must be at least 1, got {count}")
    return count


def _check_within(total: int, limit: int, total_name: str, limit_name: str) -> None:
    if total > limit:
        raise ValueError(f"{total_name} ({total}) must not exceed {limit_name} ({limit})")


def _log_mixture(passed: int, failed: int, log_p: float, log_q: float, a: float, b: float) -> float:
    """log M_n(p) of the beta-binomial mixture, given log p and log(1 - p)."""
    log_marginal = float(_special.betaln(a + passed, b + failed) - _special.betaln(a, b))
    return log_marginal - passed * log_p - failed * log_q


def _edge(excess: Callable[[float, float], float], inside: float, downward: bool) -> float:
    """Edge of the interval ``{p : excess(log p, log(1-p)) < 0}`` that contains ``inside``.

    ``excess`` must be convex in p with ``excess < 0`` at ``inside``. The search runs in log-odds
    ``t`` (``p = expit(t)``), where log p and log(1 - p) are exact even at 1e-300 from 0 or 1.
    """

    def in_logit(t: float) -> float:
        return excess(float(_special.log_expit(t)), float(_special.log_expit(-t)))

    # An unbroken run has its estimate at 0 or 1: start from the largest finite log-odds.
    start = min(max(float(_special.logit(inside)), -_LOGIT_START), _LOGIT_START)
    step = 1.0
    while True:
        outer = start - step if downward else start + step
        if abs(outer) >= _LOGIT_LIMIT:
            outer = -_LOGIT_LIMIT if downward else _LOGIT_LIMIT
            if in_logit(outer) < 0.0:
                return 0.0 if downward else 1.0
            break
        if in_logit(outer) >= 0.0:
            break
        step *= 2.0
    low, high = (outer, start) if downward else (start, outer)
    root = _optimize.brentq(in_logit, low, high, xtol=1e-13, rtol=4 * 2.3e-16)
    return float(_special.expit(root))


def _mixture_bounds(
    passed: int, total: int, alpha: float, prior: tuple[float, float]
) -> tuple[float, float]:
    if total == 0:
        return 0.0, 1.0
    a, b = prior
    failed = total - passed
    threshold = math.log(1.0 / alpha)

    def excess(log_p: float, log_q: float) -> float:
        return _log_mixture(passed, failed, log_p, log_q, a, b) - threshold

    # M_n(p) <= 1 at the observed rate, where the likelihood is largest, so it is inside.
    estimate = passed / total
    lower = 0.0 if passed == 0 else _edge(excess, estimate, downward=True)
    upper = 1.0 if failed == 0 else _edge(excess, estimate, downward=False)
    return lower, upper


def confidence_sequence(
    passed: int,
    total: int,
    alpha: float = 0.05,
    prior: tuple[float, float] = JEFFREYS_PRIOR,
) -> tuple[float, float]:
    """Anytime-valid confidence interval ``(lower, upper)`` for a pass rate.

    The beta-binomial mixture of Robbins (1970, "Statistical methods related to the law of the
    iterated logarithm", Ann. Math. Statist. 41:1397-1409) and Lai (1976, "On confidence
    sequences", Ann. Statist. 4:265-280). With ``s`` passes and ``f`` failures in ``n``
    samples and a Beta(a, b) mixing prior,

        M_n(p) = B(a + s, b + f) / B(a, b) / (p^s (1 - p)^f)

    is the likelihood ratio of "the rate was drawn from Beta(a, b)" against "the rate is p".
    For each fixed p it is a nonnegative martingale with M_0 = 1 when p is the true rate, so by
    Ville's inequality ``P_p(M_n(p) >= 1/alpha for some n) <= alpha``. The set
    ``{p : M_n(p) < 1/alpha}`` therefore covers the true rate at every n at once with
    probability at least ``1 - alpha``: look after every sample, stop on any rule, and the
    interval at the stop still holds. (Their running intersection holds as well.)

    The prior is a tuning choice fixed before the data, never a validity condition. The
    default Jeffreys Beta(1/2, 1/2) puts its weight towards 0 and 1, where the pass rates of
    build steps live, so the interval narrows quickly after runs of passes or failures. With
    the uniform Beta(1, 1) the rule reads ``(n + 1) C(n, s) p^s (1-p)^f <= alpha``, the form
    Robbins published.

    The set is an interval around ``s / n`` (log M_n is convex in p and at most 0 there);
    each end solves ``M_n(p) = 1/alpha`` by Brent's method in log-odds. With no samples:
    ``(0.0, 1.0)``; with no passes the lower end is 0, with no failures the upper end is 1.
    Wider than a fixed-n interval on the same counts: that is the price of looking often.
    """
    passed, total = _check_counts(passed, total)
    alpha = _check_open_unit("alpha", alpha)
    prior = _check_prior(prior)
    return _mixture_bounds(passed, total, alpha, prior)


def default_alternative(required: float) -> float:
    """The SPRT's default alternative: a tenth of the failures ``required`` allows (0.9 -> 0.99)."""
    required = _check_open_unit("required", required)
    return 1.0 - (1.0 - required) / 10.0


def _format_pair(value: float, against: float) -> tuple[str, str]:
    """``value`` with enough decimals that it does not print equal to ``against``."""
    shown_against = f"{against:g}"
    for digits in range(3, 10):
        shown = f"{value:.{digits}f}"
        # 0.99978 must not print as 1.000, nor 0.90002 as 0.900 next to a required 0.9.
        if value == float(shown) or float(shown) not in (against, 0.0, 1.0):
            return shown, shown_against
    return f"{value:.10g}", shown_against


@dataclass(frozen=True)
class SequentialGate:
    """Sample until a pass rate is shown to reach ``required`` (or not), at most ``max_samples``.

    After each sample (in sample order) :meth:`decide` says ``"pass"``, ``"fail"``,
    ``"continue"``, or ``"inconclusive"`` once ``max_samples`` samples left it undecided.

    ``method="sprt"`` (default): Wald's sequential probability ratio test of the rate
    ``required`` (p0) against ``alternative`` (p1; default :func:`default_alternative`, 0.99
    for 0.9). With ``s`` passes and ``f`` failures the log likelihood ratio is
    ``s log(p1/p0) + f log((1-p1)/(1-p0))``; the gate passes once it reaches ``log(1/alpha)``
    and fails once it falls to ``log(beta)`` (``beta`` defaults to ``alpha``). Guarantees,
    under monitoring after every sample and with or without the ``max_samples`` truncation:
    a rate at or below ``required`` passes with probability at most ``alpha``, and a rate at
    or above ``alternative`` fails with probability at most ``beta``. Both are Ville's
    inequality for the likelihood ratio (a martingale under p0) and its inverse (one under
    p1), which is why the thresholds are ``1/alpha`` and ``beta`` rather than Wald's
    approximate ``(1-beta)/alpha`` and ``beta/(1-alpha)``; lower rates pass and higher
    rates fail even less often, since the ratio grows with every pass. A rate between
    ``required`` and ``alternative`` may go either way: this is the design a fixed-n test
    with power ``1 - beta`` at ``alternative`` also has, but on average it stops much sooner
    (about 25 samples at a true 0.9 and 41 at 0.99, against 61 for the fixed-n exact test
    with the same errors; see the benchmark). Its bounds: ``lower`` is the lower end of the
    confidence sequence ``{p : LR_n(p1 : p) < 1/alpha}`` (the mixture of this module with all
    its weight on p1), so a pass reads "lower bound >= required"; ``upper`` is the upper end
    of ``{p : LR_n(p0 : p) < 1/beta}``, so a fail reads "upper bound < alternative". Each is
    an anytime-valid one-sided bound for the rate, at level alpha and beta respectively.

    ``method="hybrid"`` (what ``--gen-samples=auto`` uses): two one-sided anytime-valid tests.
    It passes by the SPRT above (a rate at or below ``required`` passes with probability at most
    ``alpha``) and fails once the upper end of :func:`confidence_sequence` falls below
    ``required`` (a rate at or above ``required`` fails with probability at most ``alpha``,
    whatever the rate: a fail is a demonstrated shortfall, not a miss of ``alternative``).
    Rates near ``required`` may stay undecided until ``max_samples``: inconclusive.

    ``method="mixture"``: the gate passes once the lower end of :func:`confidence_sequence`
    (at ``alpha``, with ``prior``) reaches ``required``, and fails once its upper end falls
    below it. Guarantee: whatever the true rate, the chance that a wrong decision is ever
    reached is at most ``alpha`` (time-uniform coverage); a fail is evidence that the rate is
    below ``required`` itself. The price is sample size: near ``required`` it takes much
    longer to decide than the SPRT, and may not decide within ``max_samples``.
    """

    required: float
    max_samples: int
    alpha: float = 0.05
    method: str = "sprt"
    alternative: float | None = None
    beta: float | None = None
    prior: tuple[float, float] = JEFFREYS_PRIOR

    def __post_init__(self) -> None:
        required = _check_open_unit("required", self.required)
        object.__setattr__(self, "required", required)
        object.__setattr__(self, "max_samples", _check_max_samples("max_samples", self.max_samples))
        alpha = _check_open_unit("alpha", self.alpha)
        object.__setattr__(self, "alpha", alpha)
        object.__setattr__(self, "method", _check_choice("method", self.method, METHODS))
        object.__setattr__(self, "prior", _check_prior(self.prior))
        beta = alpha if self.beta is None else _check_open_unit("beta", self.beta)
        object.__setattr__(self, "beta", beta)
        if self.alternative is None:
            alternative = default_alternative(required)
        else:
            alternative = _check_open_unit("alternative", self.alternative)
            if alternative <= required:
                raise ValueError(
                    f"alternative ({alternative!r}) must be above required ({required!r})"
                )
        object.__setattr__(self, "alternative", alternative)

    @property
    def _p1(self) -> float:
        assert self.alternative is not None  # filled in by __post_init__
        return self.alternative

    @property
    def _beta(self) -> float:
        assert self.beta is not None  # filled in by __post_init__
        return self.beta

    def describe(self) -> str:
        """The plan in words, for a report header."""
        if self.method == "sprt":
            test = (
                f"SPRT of {self.required:g} against {self._p1:g} "
                f"(alpha {self.alpha:g}, beta {self._beta:g})"
            )
        elif self.method == "hybrid":
            a, b = self.prior
            test = (
                f"pass by an SPRT of {self.required:g} against {self._p1:g}, fail by a "
                f"beta-binomial mixture confidence sequence (Beta({a:g}, {b:g})), alpha "
                f"{self.alpha:g} each"
            )
        else:
            a, b = self.prior
            test = (
                f"beta-binomial mixture confidence sequence "
                f"(alpha {self.alpha:g}, Beta({a:g}, {b:g}))"
            )
        return f"anytime-valid {test}, at most {self.max_samples} samples"

    def log_likelihood_ratio(self, passed: int, total: int) -> float:
        """SPRT statistic: log of P(data | alternative) / P(data | required)."""
        passed, total = _check_counts(passed, total)
        return self._llr(passed, total - passed)

    def _llr(self, passed: int, failed: int) -> float:
        p0, p1 = self.required, self._p1
        return passed * math.log(p1 / p0) + failed * (math.log1p(-p1) - math.log1p(-p0))

    def _verdict(self, passed: int, failed: int) -> str:
        """``"pass"``, ``"fail"`` or ``"continue"``, ignoring the sample limit; cheap."""
        if self.method == "sprt":
            statistic = self._llr(passed, failed)
            if statistic >= math.log(1.0 / self.alpha):
                return "pass"
            if statistic <= math.log(self._beta):
                return "fail"
            return "continue"
        if self.method == "hybrid":
            if self._llr(passed, failed) >= math.log(1.0 / self.alpha):
                return "pass"
            if passed >= self.required * (passed + failed):
                return "continue"  # a fail needs the estimate below required
            a, b = self.prior
            log_m = _log_mixture(
                passed, failed, math.log(self.required), math.log1p(-self.required), a, b
            )
            return "fail" if log_m >= math.log(1.0 / self.alpha) else "continue"
        # required lies outside the confidence sequence; M_n <= 1 at s / n, so s / n != required.
        a, b = self.prior
        log_m = _log_mixture(
            passed, failed, math.log(self.required), math.log1p(-self.required), a, b
        )
        if log_m < math.log(1.0 / self.alpha):
            return "continue"
        return "pass" if passed > self.required * (passed + failed) else "fail"

    def state(self, passed: int, total: int) -> str:
        """The state :meth:`decide` would report, without computing the bounds (microseconds)."""
        passed, total = _check_counts(passed, total)
        _check_within(total, self.max_samples, "total", "max_samples")
        verdict = self._verdict(passed, total - passed)
        if verdict == "continue" and total >= self.max_samples:
            return "inconclusive"
        return verdict

    def bounds(self, passed: int, total: int) -> tuple[float, float]:
        """The anytime-valid ``(lower, upper)`` the decision rests on (see the class docstring)."""
        passed, total = _check_counts(passed, total)
        if self.method == "mixture":
            return _mixture_bounds(passed, total, self.alpha, self.prior)
        if self.method == "hybrid":
            lower = self._sprt_lower(passed, total)
            return lower, _mixture_bounds(passed, total, self.alpha, self.prior)[1]
        failed = total - passed
        p0, p1 = self.required, self._p1
        log_p0, log_q0 = math.log(p0), math.log1p(-p0)
        log_p1, log_q1 = math.log(p1), math.log1p(-p1)
        pass_threshold = math.log(1.0 / self.alpha)
        fail_threshold = math.log(1.0 / self._beta)

        def against_alternative(log_p: float, log_q: float) -> float:
            return passed * (log_p1 - log_p) + failed * (log_q1 - log_q) - pass_threshold

        def against_required(log_p: float, log_q: float) -> float:
            return passed * (log_p0 - log_p) + failed * (log_q0 - log_q) - fail_threshold

        # Each set is an interval holding its point of comparison (ratio 1 there) and s / n.
        lower = 0.0
        if passed > 0:
            lower = _edge(against_alternative, min(p1, passed / total), downward=True)
        upper = 1.0
        if failed > 0:
            upper = _edge(against_required, max(p0, passed / total), downward=False)
        return lower, upper

    def _sprt_lower(self, passed: int, total: int) -> float:
        """Lower end of ``{p : LR_n(p1 : p) < 1/alpha}``: the bound an SPRT pass rests on."""
        if passed == 0:
            return 0.0
        failed = total - passed
        log_p1, log_q1 = math.log(self._p1), math.log1p(-self._p1)
        threshold = math.log(1.0 / self.alpha)

        def against_alternative(log_p: float, log_q: float) -> float:
            return passed * (log_p1 - log_p) + failed * (log_q1 - log_q) - threshold

        return _edge(against_alternative, min(self._p1, passed / total), downward=True)

    def more_to_settle(self, passed: int, total: int, limit: int = 100_000) -> int | None:
        """About how many more samples would settle an open gate, were the observed rate the
        true one (``None``: not within ``limit``, e.g. a rate right at ``required``)."""
        if total == 0:
            return None
        rate = passed / total
        for more in _doubling(limit):
            n = total + more
            projected = round(rate * n)
            if self._verdict(projected, n - projected) != "continue":
                return more
        return None

    def decide(self, passed: int, total: int) -> Decision:
        """Decision after ``total`` samples of which ``passed`` passed."""
        state = self.state(passed, total)
        lower, upper = self.bounds(passed, total)
        return Decision(
            state=state,
            passed=int(passed),
            samples=int(total),
            max_samples=self.max_samples,
            lower=lower,
            upper=upper,
            required=self.required,
            method=self.method,
            reason=self._reason(state, int(total), lower, upper),
        )

    def decide_sequence(self, outcomes: Sequence[bool]) -> Decision:
        """Decision on outcomes in sample order: at the first sample that stops, else the last.

        Outcomes after the stopping sample are ignored, as the rule that was followed says; this
        keeps the decision right when parallel workers finish further samples meanwhile. Pass
        only the unbroken prefix of finished samples (1, 2, ... k) when some are still running.
        """
        checked = _check_outcomes("outcomes", outcomes)
        _check_within(len(checked), self.max_samples, "len(outcomes)", "max_samples")
        passed = 0
        for index, outcome in enumerate(checked):
            passed += outcome
            if self._verdict(passed, index + 1 - passed) != "continue":
                return self.decide(passed, index + 1)
        return self.decide(passed, len(checked))

    def min_samples(self) -> MinimumSamples:
        """Fewest samples after which all passes pass the gate, and all failures fail it.

        Both predicates are monotone in n (log M_n and the SPRT statistic along an unbroken run
        are convex in n and start at 0), so a doubling search finds the first n that decides.
        ``max_samples`` plays no part: compare with it to see whether a pass is possible at all.
        """
        return MinimumSamples(
            to_pass=self._first_deciding(lambda n: self._verdict(n, 0) == "pass", "pass"),
            to_fail=self._first_deciding(lambda n: self._verdict(0, n) == "fail", "fail"),
        )

    def _first_deciding(self, decides: Callable[[int], bool], outcome: str) -> int:
        known_short, enough = 0, 1
        while not decides(enough):
            known_short, enough = enough, enough * 2
            if enough > _SEARCH_LIMIT:
                raise ValueError(
                    f"required {self.required!r} is too close to 0 or 1: no run of under "
                    f"{_SEARCH_LIMIT} samples would {outcome} this gate"
                )
        while enough - known_short > 1:
            middle = (known_short + enough) // 2
            if decides(middle):
                enough = middle
            else:
                known_short = middle
        return enough

    def _reason(self, state: str, total: int, lower: float, upper: float) -> str:
        counts = f"{total} of at most {self.max_samples} samples"
        fail_on_required = self.method in ("mixture", "hybrid")
        fail_line = self.required if fail_on_required else self._p1
        fail_name = "required" if fail_on_required else "alternative"
        shown_lower, shown_required = _format_pair(lower, self.required)
        shown_upper, shown_fail_line = _format_pair(upper, fail_line)
        test = f" (SPRT of {self.required:g} against {self._p1:g})" if self.method == "sprt" else ""
        lower_part = f"lower bound {shown_lower}"
        upper_part = f"upper bound {shown_upper}"
        if self.method == "hybrid":
            test = (
                " (anytime-valid bounds, valid however often checked, so wider than the table's "
                f"fixed-n interval; a pass is an SPRT of {self.required:g} against {self._p1:g})"
            )
        if state == "pass":
            detail = f"{lower_part} >= required {shown_required}"
            return f"decided after {counts} (anytime-valid): {detail}{test}"
        if state == "fail":
            detail = f"{upper_part} < {fail_name} {shown_fail_line}"
            return f"decided after {counts} (anytime-valid): {detail}{test}"
        open_detail = (
            f"{lower_part} < required {shown_required} and "
            f"{upper_part} >= {fail_name} {shown_fail_line}{test}"
        )
        if state == "inconclusive":
            return f"inconclusive after {counts} (anytime-valid): {open_detail}"
        return f"undecided after {counts}: {open_detail}"


def _doubling(limit: int) -> list[int]:
    """1, 2, 3, ... 16, then doubling steps up to ``limit``: cheap and close enough for advice."""
    steps = list(range(1, 17))
    while steps[-1] < limit:
        steps.append(min(limit, steps[-1] * 2))
    return steps


def decide(
    passed: int,
    total: int,
    required: float,
    *,
    max_samples: int,
    alpha: float = 0.05,
    method: str = "sprt",
    alternative: float | None = None,
    beta: float | None = None,
    prior: tuple[float, float] = JEFFREYS_PRIOR,
) -> Decision:
    """:meth:`SequentialGate.decide` in one call; see :class:`SequentialGate` for the guarantees."""
    gate = SequentialGate(required, max_samples, alpha, method, alternative, beta, prior)
    return gate.decide(passed, total)


def min_samples_to_decide(
    required: float,
    *,
    alpha: float = 0.05,
    method: str = "sprt",
    alternative: float | None = None,
    beta: float | None = None,
    prior: tuple[float, float] = JEFFREYS_PRIOR,
) -> MinimumSamples:
    """Fewest samples after which an unbroken run of passes passes, and of failures fails.

    With the defaults and ``required=0.9``: 32 passes in a row (the smallest n with
    ``n log(0.99/0.9) >= log 20``) and 2 failures (``2 log(0.01/0.1) <= log 0.05``).
    """
    # max_samples plays no part in the answer; 1 is merely a valid placeholder.
    gate = SequentialGate(required, 1, alpha, method, alternative, beta, prior)
    return gate.min_samples()


def decide_difference(
    passed_a: int,
    total_a: int,
    passed_b: int,
    total_b: int,
    *,
    max_samples_per_arm: int,
    alpha: float = 0.05,
    prior: tuple[float, float] = JEFFREYS_PRIOR,
) -> DifferenceDecision:
    """Has arm B (after) changed from arm A (before)? Anytime-valid, on ``rate_b - rate_a``.

    The interval is ``[lower_b - upper_a, upper_b - lower_a]`` from each arm's
    :func:`confidence_sequence` at ``alpha / 2``. Each covers its arm's rate at every sample
    size with probability ``1 - alpha/2``, whatever the other arm does, so by the union bound
    both do, and the difference interval covers the true difference at every pair of arm
    sizes (any interleaving, any stopping rule) with probability at least ``1 - alpha``. It is
    conservative; tests built for the 2x2 table (e.g. the safe tests of Turner, Ly & Grunwald)
    stop sooner, but need blocks of both arms and a composite-null construction.

    ``"improved"`` once the lower end is above 0, ``"regressed"`` once the upper end is below 0,
    ``"inconclusive"`` once both arms have ``max_samples_per_arm`` samples, else ``"continue"``.
    """
    passed_a, total_a = _check_counts(
        passed_a, total_a, passed_name="passed_a", total_name="total_a"
    )
    passed_b, total_b = _check_counts(
        passed_b, total_b, passed_name="passed_b", total_name="total_b"
    )
    limit = _check_max_samples("max_samples_per_arm", max_samples_per_arm)
    _check_within(total_a, limit, "total_a", "max_samples_per_arm")
    _check_within(total_b, limit, "total_b", "max_samples_per_arm")
    alpha = _check_open_unit("alpha", alpha)
    prior = _check_prior(prior)
    lower_a, upper_a = _mixture_bounds(passed_a, total_a, alpha / 2.0, prior)
    lower_b, upper_b = _mixture_bounds(passed_b, total_b, alpha / 2.0, prior)
    lower, upper = lower_b - upper_a, upper_b - lower_a
    counts = f"{total_a} (A) and {total_b} (B) of at most {limit} samples per arm"
    interval = f"rate_b - rate_a in [{lower:.3f}, {upper:.3f}]"
    if lower > 0.0:
        state = "improved"
        reason = f"decided after {counts} (anytime-valid): {interval}, above 0"
    elif upper < 0.0:
        state = "regressed"
        reason = f"decided after {counts} (anytime-valid): {interval}, below 0"
    elif total_a >= limit and total_b >= limit:
        state = "inconclusive"
        reason = f"inconclusive after {counts} (anytime-valid): {interval} holds 0"
    else:
        state = "continue"
        reason = f"undecided after {counts}: {interval} holds 0"
    return DifferenceDecision(
        state, passed_a, total_a, passed_b, total_b, limit, lower, upper, reason
    )


def decide_difference_sequence(
    outcomes_a: Sequence[bool],
    outcomes_b: Sequence[bool],
    *,
    max_samples_per_arm: int,
    alpha: float = 0.05,
    prior: tuple[float, float] = JEFFREYS_PRIOR,
) -> DifferenceDecision:
    """:func:`decide_difference` checked after each sample in interleaved order A1 B1 A2 B2 ...

    Returns the decision at the first sample that stops (later outcomes are ignored), or at
    the last one. When one arm has more outcomes, its extra samples come last.
    """
    sources = {
        "a": _check_outcomes("outcomes_a", outcomes_a),
        "b": _check_outcomes("outcomes_b", outcomes_b),
    }
    order: list[str] = []
    for index in range(max(len(sources["a"]), len(sources["b"]))):
        order.extend(arm for arm in ("a", "b") if index < len(sources[arm]))
    counts = {"a": [0, 0], "b": [0, 0]}
    decision = decide_difference(
        0, 0, 0, 0, max_samples_per_arm=max_samples_per_arm, alpha=alpha, prior=prior
    )
    for arm in order:
        passed, total = counts[arm]
        counts[arm] = [passed + int(sources[arm][total]), total + 1]
        decision = decide_difference(
            counts["a"][0],
            counts["a"][1],
            counts["b"][0],
            counts["b"][1],
            max_samples_per_arm=max_samples_per_arm,
            alpha=alpha,
            prior=prior,
        )
        if decision.stopped:
            return decision
    return decision
