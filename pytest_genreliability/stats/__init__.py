"""Statistics for pass rates: intervals, demonstration plans, A/B comparisons, assumption checks.

Pure functions over counts, usable from a notebook; nothing here imports pytest.

- One pass rate: :func:`pass_rate_interval`, :func:`samples_to_demonstrate`, :func:`passes_needed`.
- Two arms (A = before, B = after; differences are ``rate_b - rate_a``):
  :func:`difference_interval`, :func:`compare`, :func:`prob_b_better`, :func:`samples_per_arm`.
- Checks of the assumptions behind every interval: :func:`runs_test` (are failures clustered in
  time, so samples are not independent?) and :func:`homogeneity_test` (do several machines share
  one pass rate, so their runs may be pooled?).

Every function raises :class:`ValueError` naming the argument when given impossible counts
(negative, non-integer, ``passed > total``) or a probability outside its range.

Importing this package costs a few milliseconds: what a default session reports (Wilson
intervals, the "N more passes" hint, the runs test) is computed with the standard library,
and numpy and scipy are imported inside the functions that need them (exact and Jeffreys
intervals, the exact tests of :func:`compare`, :func:`prob_b_better`, :func:`homogeneity_test`,
and :mod:`.sequential`), on their first call.
"""

from __future__ import annotations

import math
import numbers
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from pytest_genreliability.stats.exact import (
    ALTERNATIVES,
    DIFFERENCE_METHODS,
    TESTS,
    VERDICTS,
    Comparison,
    compare,
    difference_interval,
    prob_b_better,
    samples_per_arm,
)
from pytest_genreliability.stats.intervals import (
    METHODS,
    _check_counts,
    pass_rate_interval,
    passes_needed,
    samples_to_demonstrate,
)

__all__ = [
    "ALTERNATIVES",
    "DIFFERENCE_METHODS",
    "METHODS",
    "TESTS",
    "VERDICTS",
    "Comparison",
    "RunsTest",
    "compare",
    "difference_interval",
    "homogeneity_test",
    "pass_rate_interval",
    "passes_needed",
    "prob_b_better",
    "runs_test",
    "samples_per_arm",
    "samples_to_demonstrate",
]

CLUSTERED_PVALUE = 0.01
"""p-value below which :attr:`RunsTest.clustered` reports failures bunched together."""


@dataclass(frozen=True)
class RunsTest:
    """Wald-Wolfowitz runs test on a pass/fail sequence in sample order.

    ``pvalue`` is two-sided and exact; ``z`` is the normal-approximation statistic
    ``(runs - expected_runs) / sd``, negative when runs are fewer than expected.
    """

    passes: int
    failures: int
    runs: int
    expected_runs: float
    z: float
    pvalue: float

    @property
    def clustered(self) -> bool:
        """Failures come in bunches: significantly fewer runs than chance would give."""
        return self.pvalue < CLUSTERED_PVALUE and self.runs < self.expected_runs


def _as_outcome(index: int, value: object) -> bool:
    if isinstance(value, bool):
        return value
    # A numpy boolean can only exist once numpy is loaded; asking for it does not load it.
    numpy = sys.modules.get("numpy")
    if numpy is not None and isinstance(value, numpy.bool_):
        return bool(value)
    if isinstance(value, numbers.Integral) and int(value) in (0, 1):
        return bool(value)
    raise ValueError(f"sequence[{index}] must be a pass (True) or a failure (False), got {value!r}")


def _log_comb(n: int, k: int) -> float:
    """log C(n, k), -inf where k is outside [0, n]."""
    if k < 0 or k > n:
        return -math.inf
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def _log_add(a: float, b: float) -> float:
    """log(exp(a) + exp(b)) without overflow."""
    if a == -math.inf:
        return b
    high, low = max(a, b), min(a, b)
    return high + math.log1p(math.exp(low - high))


def _runs_distribution(passes: int, failures: int) -> dict[int, float]:
    """Exact null distribution of the number of runs (Swed & Eisenhart 1943), ``{runs: P}``.

    Every ordering of the observed passes and failures is equally likely under independence.
    With k blocks of each kind, 2k runs can be arranged in 2 C(n1-1, k-1) C(n2-1, k-1) ways,
    2k + 1 runs in C(n1-1, k-1) C(n2-1, k) + C(n1-1, k) C(n2-1, k-1) ways. Only run counts up
    to 2 min(n1, n2) + 1 are possible, so the loop is as long as the rarer outcome is common.
    """
    log_total = _log_comb(passes + failures, passes)
    distribution: dict[int, float] = {}
    for k in range(1, min(passes, failures) + 1):
        log_even = math.log(2.0) + _log_comb(passes - 1, k - 1) + _log_comb(failures - 1, k - 1)
        log_odd = _log_add(
            _log_comb(passes - 1, k - 1) + _log_comb(failures - 1, k),
            _log_comb(passes - 1, k) + _log_comb(failures - 1, k - 1),
        )
        distribution[2 * k] = math.exp(log_even - log_total)
        if log_odd != -math.inf:
            distribution[2 * k + 1] = math.exp(log_odd - log_total)
    return distribution


def runs_test(sequence: Sequence[bool]) -> RunsTest:
    """Do failures cluster in time? Wald-Wolfowitz runs test on outcomes in sample order.

    Every interval in this module assumes independent samples. State leaking from one sample
    to the next (a stale lock, a half-written temp file) makes failures come in bunches: too
    few runs. The p-value is two-sided, ``2 * min(P(R <= runs), P(R >= runs))`` capped at 1,
    from the exact permutation distribution of the run count (cheap in log space at any n,
    so no normal approximation is needed). A sequence with fewer than two passes or fewer
    than two failures carries no evidence either way: its p-value is 1.0.
    """
    outcomes = [_as_outcome(index, value) for index, value in enumerate(sequence)]
    passes = sum(outcomes)
    failures = len(outcomes) - passes
    runs = sum(1 for i, outcome in enumerate(outcomes) if i == 0 or outcome != outcomes[i - 1])
    total = passes + failures
    if passes == 0 or failures == 0:
        return RunsTest(passes, failures, runs, float(runs), 0.0, 1.0)
    expected = 2.0 * passes * failures / total + 1.0
    variance = (
        2.0 * passes * failures * (2.0 * passes * failures - total) / (total * total * (total - 1))
    )
    z = (runs - expected) / math.sqrt(variance) if variance > 0 else 0.0
    if passes < 2 or failures < 2:
        return RunsTest(passes, failures, runs, expected, z, 1.0)
    distribution = _runs_distribution(passes, failures)
    at_most = math.fsum(p for value, p in distribution.items() if value <= runs)
    at_least = math.fsum(p for value, p in distribution.items() if value >= runs)
    pvalue = min(1.0, 2.0 * min(at_most, at_least))
    return RunsTest(passes, failures, runs, expected, z, pvalue)


def homogeneity_test(counts: Sequence[tuple[int, int]]) -> float:
    """p-value for "these machines share one pass rate", from ``(passed, total)`` per machine.

    Pooling runs from several machines is honest only when they behave alike; a small p-value
    warns that the pooled rate hides a difference. Pearson's chi-square test of homogeneity
    on the k x 2 table (scipy ``chi2_contingency``, without Yates' correction, which is
    needlessly conservative). With two machines and an expected count below 5 in any cell,
    where the chi-square approximation is poor, Fisher's exact test (two-sided) runs
    instead. Machines without samples are ignored; with fewer than two machines left, or
    when every sample passed (or every one failed), there is nothing to test: 1.0.
    """
    import numpy as np
    from scipy import stats as _scipy_stats

    table = []
    for index, pair in enumerate(counts):
        if not isinstance(pair, Sequence) or isinstance(pair, str) or len(pair) != 2:
            raise ValueError(f"counts[{index}] must be a (passed, total) pair, got {pair!r}")
        passed, total = _check_counts(
            pair[0],
            pair[1],
            passed_name=f"counts[{index}] passed",
            total_name=f"counts[{index}] total",
        )
        if total > 0:
            table.append([passed, total - passed])
    if len(table) < 2:
        return 1.0
    observed = np.array(table, dtype=float)
    column_sums = observed.sum(axis=0)
    if (column_sums == 0).any():
        return 1.0
    expected = np.outer(observed.sum(axis=1), column_sums) / observed.sum()
    if len(table) == 2 and expected.min() < 5.0:
        pvalue = float(_scipy_stats.fisher_exact(table).pvalue)
    else:
        pvalue = float(_scipy_stats.chi2_contingency(observed, correction=False).pvalue)
    return min(1.0, max(0.0, pvalue))
