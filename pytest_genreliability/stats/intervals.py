"""Confidence intervals for one pass rate, and how many passes would demonstrate a target.

Public names are re-exported from :mod:`pytest_genreliability.stats`; import them from there.
The argument checks shared by every statistics function live here too, so that each error
message names the argument the caller got wrong.

Wilson, Wilson-cc and Agresti-Coull need only a normal quantile, which the standard library's
:class:`statistics.NormalDist` gives to full double precision; scipy (half a second and tens of
megabytes to import) is imported inside the exact and Jeffreys intervals only, so a default
session that prints Wilson intervals never loads it.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable
from statistics import NormalDist

_STANDARD_NORMAL = NormalDist()

METHODS: tuple[str, ...] = ("wilson", "wilson-cc", "exact", "jeffreys", "agresti-coull")
"""Accepted values of ``method`` for :func:`pass_rate_interval`."""

# Two float comparisons at an exact boundary (p**n == 1 - c, e.g. p = 0.5, c = 0.75) must not
# flip on the last bit: the zero-failure plan treats values this close as equal.
_RELATIVE_TOLERANCE = 1e-12


def _check_count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    count = int(value)
    if count < 0:
        raise ValueError(f"{name} must not be negative, got {count}")
    return count


def _check_counts(
    passed: object, total: object, *, passed_name: str = "passed", total_name: str = "total"
) -> tuple[int, int]:
    """Validate one arm's counts; every message names the offending argument."""
    passed_count = _check_count(passed_name, passed)
    total_count = _check_count(total_name, total)
    if passed_count > total_count:
        raise ValueError(
            f"{passed_name} ({passed_count}) must not exceed {total_name} ({total_count})"
        )
    return passed_count, total_count


def _check_open_unit(name: str, value: object) -> float:
    """Validate a probability-like argument that must lie strictly between 0 and 1."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number between 0 and 1, got {value!r}")
    number = float(value)
    if not 0.0 < number < 1.0:
        raise ValueError(f"{name} must be strictly between 0 and 1, got {value!r}")
    return number


def _check_closed_unit(name: str, value: object) -> float:
    """Validate a rate that may be exactly 0 or 1."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number between 0 and 1, got {value!r}")
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value!r}")
    return number


def _check_choice(name: str, value: object, accepted: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in accepted:
        raise ValueError(f"unknown {name} {value!r}; accepted: {', '.join(accepted)}")
    return value


def _z(confidence: float) -> float:
    """Two-sided standard normal quantile for ``confidence`` (1.959964 for 0.95).

    Taken from the lower tail, ``-Phi^-1((1 - c) / 2)``, where the small probability keeps its
    relative precision even for a confidence a hair below 1.
    """
    return -_STANDARD_NORMAL.inv_cdf((1.0 - confidence) / 2.0)


def _normal_quantile(probability: float) -> float:
    """``Phi^-1(probability)`` of the standard normal distribution."""
    return _STANDARD_NORMAL.inv_cdf(probability)


def _wilson(passed: int, total: int, confidence: float) -> tuple[float, float]:
    z = _z(confidence)
    z2 = z * z
    p = passed / total
    centre = (passed + z2 / 2.0) / (total + z2)
    half_width = z * math.sqrt(total * p * (1.0 - p) + z2 / 4.0) / (total + z2)
    lower = 0.0 if passed == 0 else max(0.0, centre - half_width)
    upper = 1.0 if passed == total else min(1.0, centre + half_width)
    return lower, upper


def _wilson_cc(passed: int, total: int, confidence: float) -> tuple[float, float]:
    # Newcombe (1998, single proportion), method 4, with its conventions L = 0 at x = 0 and
    # U = 1 at x = n (the closed form would otherwise step outside [0, 1] there).
    z = _z(confidence)
    z2 = z * z
    n = float(total)
    p = passed / total
    denominator = 2.0 * (n + z2)
    if passed == 0:
        lower = 0.0
    else:
        root = math.sqrt(z2 - 2.0 - 1.0 / n + 4.0 * p * (n * (1.0 - p) + 1.0))
        lower = max(0.0, (2.0 * n * p + z2 - 1.0 - z * root) / denominator)
    if passed == total:
        upper = 1.0
    else:
        root = math.sqrt(z2 + 2.0 - 1.0 / n + 4.0 * p * (n * (1.0 - p) - 1.0))
        upper = min(1.0, (2.0 * n * p + z2 + 1.0 + z * root) / denominator)
    return lower, upper


def _exact(passed: int, total: int, confidence: float) -> tuple[float, float]:
    from scipy import stats as _scipy_stats

    interval = _scipy_stats.binomtest(passed, total).proportion_ci(
        confidence_level=confidence, method="exact"
    )
    return float(interval.low), float(interval.high)


def _jeffreys(passed: int, total: int, confidence: float) -> tuple[float, float]:
    # Equal-tailed Beta(x + 1/2, n - x + 1/2) quantiles, with the boundary conventions of
    # Brown, Cai & DasGupta (2001): lower limit 0 at x = 0, upper limit 1 at x = n.
    from scipy import stats as _scipy_stats

    tail = (1.0 - confidence) / 2.0
    a, b = passed + 0.5, total - passed + 0.5
    lower = 0.0 if passed == 0 else float(_scipy_stats.beta.ppf(tail, a, b))
    upper = 1.0 if passed == total else float(_scipy_stats.beta.isf(tail, a, b))
    return lower, upper


def _agresti_coull(passed: int, total: int, confidence: float) -> tuple[float, float]:
    # The z-squared form (add z^2/2 successes and z^2/2 failures), clipped to [0, 1].
    z = _z(confidence)
    z2 = z * z
    adjusted_total = total + z2
    adjusted_rate = (passed + z2 / 2.0) / adjusted_total
    half_width = z * math.sqrt(adjusted_rate * (1.0 - adjusted_rate) / adjusted_total)
    return max(0.0, adjusted_rate - half_width), min(1.0, adjusted_rate + half_width)


_INTERVALS: dict[str, Callable[[int, int, float], tuple[float, float]]] = {
    "wilson": _wilson,
    "wilson-cc": _wilson_cc,
    "exact": _exact,
    "jeffreys": _jeffreys,
    "agresti-coull": _agresti_coull,
}


def pass_rate_interval(
    passed: int, total: int, confidence: float = 0.95, method: str = "wilson"
) -> tuple[float, float]:
    """Two-sided confidence interval ``(lower, upper)`` for a pass rate of ``passed / total``.

    Methods (see :data:`METHODS`):

    - ``wilson``: Wilson score interval. Good coverage at small n, never outside [0, 1].
    - ``wilson-cc``: Wilson with continuity correction (Newcombe 1998, method 4); wider,
      coverage close to the exact interval.
    - ``exact``: Clopper-Pearson; coverage never below nominal, at the cost of width.
    - ``jeffreys``: equal-tailed Beta(x + 1/2, n - x + 1/2) quantiles (lower 0 at x = 0,
      upper 1 at x = n).
    - ``agresti-coull``: add z^2/2 passes and z^2/2 failures, then Wald; clipped to [0, 1].

    With no samples (``total == 0``) nothing is known: ``(0.0, 1.0)``.
    """
    passed, total = _check_counts(passed, total)
    confidence = _check_open_unit("confidence", confidence)
    method = _check_choice("method", method, METHODS)
    if total == 0:
        return 0.0, 1.0
    return _INTERVALS[method](passed, total, confidence)


def samples_to_demonstrate(pass_rate: float, confidence: float = 0.95) -> int:
    """Consecutive passes, with no failure, that demonstrate a pass rate of at least ``pass_rate``.

    The smallest n with ``pass_rate ** n <= 1 - confidence``, i.e. ``ceil(ln(1 - c) / ln(p))``:
    29 for 0.90, 59 for 0.95 and 299 for 0.99 at 95% confidence. If the true rate were below
    ``pass_rate``, n passes in a row would happen with probability at most ``1 - confidence``.
    """
    pass_rate = _check_open_unit("pass_rate", pass_rate)
    confidence = _check_open_unit("confidence", confidence)
    risk = 1.0 - confidence
    count = max(1, math.ceil(math.log(risk) / math.log(pass_rate)))
    # The logarithm ratio can land a hair above an exact integer; step back where the
    # defining inequality already holds at count - 1.
    while count > 1 and pass_rate ** (count - 1) <= risk * (1.0 + _RELATIVE_TOLERANCE):
        count -= 1
    while pass_rate**count > risk * (1.0 + _RELATIVE_TOLERANCE):
        count += 1
    return count


def passes_needed(
    passed: int,
    total: int,
    required: float,
    confidence: float = 0.95,
    method: str = "wilson",
    limit: int = 100_000,
) -> int | None:
    """Further consecutive passes needed before the lower confidence bound reaches ``required``.

    Counts on top of the current ``passed`` / ``total``: 0 when the lower bound already reaches
    ``required``; ``None`` when even ``limit`` more passes would not (``required = 1.0`` is
    never reached by a finite run). The lower bound only grows with each extra pass, so an
    exponential search followed by bisection finds the answer in O(log limit) intervals.
    """
    passed, total = _check_counts(passed, total)
    required = _check_closed_unit("required", required)
    confidence = _check_open_unit("confidence", confidence)
    method = _check_choice("method", method, METHODS)
    limit = _check_count("limit", limit)

    def reaches(extra: int) -> bool:
        lower, _ = pass_rate_interval(passed + extra, total + extra, confidence, method)
        return lower >= required

    if reaches(0):
        return 0
    if limit == 0 or not reaches(limit):
        return None
    failing, enough = 0, 1
    while not reaches(enough):
        failing, enough = enough, min(2 * enough, limit)
    while enough - failing > 1:
        middle = (failing + enough) // 2
        if reaches(middle):
            enough = middle
        else:
            failing = middle
    return enough
