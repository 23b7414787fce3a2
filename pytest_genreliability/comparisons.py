"""Comparisons between two measured subjects or arms (core layer, no pytest).

Two sources of pairs feed the same comparison: arms of one subject in one session
(:func:`pair_arms`: the first arm is the baseline) and the current session against a saved run
(:func:`match_saved`: the saved run is the baseline). Either way the baseline plays arm A and the
candidate arm B of :func:`pytest_genreliability.stats.compare`, so a positive difference means the
candidate passes more often.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from . import stats
from .figures import interval_of
from .records import SubjectResult


class ClassChange(NamedTuple):
    """How often one failure class occurred on each side (``rename_lock 6 -> 0``)."""

    name: str
    count_a: int
    count_b: int


@dataclass(frozen=True)
class ComparisonResult:
    """One candidate against its baseline, with everything the reports show.

    ``comparison`` is ``None`` when a side has no rated sample (every sample errored, was
    skipped or never ran): there is no pass rate to compare, and ``note`` says which side.
    """

    subject: str
    baseline_label: str
    candidate_label: str
    baseline_arm: str | None
    candidate_arm: str | None
    passed_a: int
    total_a: int
    passed_b: int
    total_b: int
    interval_a: tuple[float, float]
    interval_b: tuple[float, float]
    confidence: float
    method: str
    test_requested: str
    comparison: stats.Comparison | None
    class_changes: tuple[ClassChange, ...]
    note: str | None = None

    @property
    def rate_a(self) -> float | None:
        return self.passed_a / self.total_a if self.total_a else None

    @property
    def rate_b(self) -> float | None:
        return self.passed_b / self.total_b if self.total_b else None

    @property
    def verdict(self) -> str:
        """``improved``, ``regressed``, ``no significant difference`` or ``not compared``."""
        return self.comparison.verdict if self.comparison is not None else "not compared"


def class_changes(baseline: SubjectResult, candidate: SubjectResult) -> tuple[ClassChange, ...]:
    """Failure counts per class on both sides; the most frequent classes first."""
    counts_a = baseline.failure_counts()
    counts_b = candidate.failure_counts()
    names = sorted(set(counts_a) | set(counts_b), key=lambda n: (-(counts_a[n] + counts_b[n]), n))
    return tuple(ClassChange(name, counts_a[name], counts_b[name]) for name in names)


def compare_results(
    baseline: SubjectResult,
    candidate: SubjectResult,
    *,
    test: str = "boschloo",
    alternative: str = "greater",
    confidence: float = 0.95,
    alpha: float = 0.05,
    method: str = "wilson",
    baseline_label: str | None = None,
    candidate_label: str | None = None,
) -> ComparisonResult:
    """Compare ``candidate`` (arm B) with ``baseline`` (arm A).

    ``alternative="greater"`` asks "did it improve?" (B better than A), the question of arms in
    one session; comparisons with a saved run ask ``"two-sided"``. ``method`` is the interval
    method of each side's own pass rate; the difference always uses Newcombe's hybrid score
    interval. Labels default to the arm names when the arms differ, else to ``baseline`` and
    ``candidate``. Invalid ``test``, ``alternative``, ``confidence``, ``alpha`` or ``method``
    raise :class:`ValueError` naming the argument, even when a side has no rated sample.
    """
    _check_options(test, alternative, alpha)
    different_arms = baseline.arm != candidate.arm
    if baseline_label is None:
        baseline_label = baseline.arm if different_arms and baseline.arm else "baseline"
    if candidate_label is None:
        candidate_label = candidate.arm if different_arms and candidate.arm else "candidate"
    if baseline.subject == candidate.subject:
        subject = baseline.subject if different_arms else baseline.label
    else:
        subject = f"{baseline.label} / {candidate.label}"

    interval_a = interval_of(baseline.passed, baseline.total, confidence, method) or (0.0, 1.0)
    interval_b = interval_of(candidate.passed, candidate.total, confidence, method) or (0.0, 1.0)
    empty = [
        label
        for label, r in ((baseline_label, baseline), (candidate_label, candidate))
        if r.total == 0
    ]
    comparison = None
    note = None
    if empty:
        note = f"no rated sample in {' and '.join(empty)}"
    else:
        comparison = stats.compare(
            baseline.passed,
            baseline.total,
            candidate.passed,
            candidate.total,
            test=test,
            alternative=alternative,
            confidence=confidence,
            alpha=alpha,
        )
    return ComparisonResult(
        subject=subject,
        baseline_label=baseline_label,
        candidate_label=candidate_label,
        baseline_arm=baseline.arm,
        candidate_arm=candidate.arm,
        passed_a=baseline.passed,
        total_a=baseline.total,
        passed_b=candidate.passed,
        total_b=candidate.total,
        interval_a=interval_a,
        interval_b=interval_b,
        confidence=confidence,
        method=method,
        test_requested=test,
        comparison=comparison,
        class_changes=class_changes(baseline, candidate),
        note=note,
    )


def _check_options(test: str, alternative: str, alpha: float) -> None:
    # stats.compare checks these too, but only runs when both sides have samples.
    if test not in stats.TESTS:
        raise ValueError(f"unknown test {test!r}; accepted: {', '.join(stats.TESTS)}")
    if alternative not in stats.ALTERNATIVES:
        raise ValueError(
            f"unknown alternative {alternative!r}; accepted: {', '.join(stats.ALTERNATIVES)}"
        )
    if isinstance(alpha, bool) or not isinstance(alpha, (int, float)) or not 0 < alpha < 0.5:
        raise ValueError(f"alpha must be strictly between 0 and 0.5, got {alpha!r}")


def pair_arms(results: Sequence[SubjectResult]) -> list[tuple[SubjectResult, SubjectResult]]:
    """``(baseline, candidate)`` pairs of the arms of each subject.

    For every subject measured in arms, the first arm in order of appearance is the baseline
    and each later arm is compared with it (``before``/``after``/``after2`` gives two pairs,
    both against ``before``). Results without an arm are not paired.
    """
    arms: dict[str, list[SubjectResult]] = {}
    for result in results:
        if result.arm is not None:
            arms.setdefault(result.subject, []).append(result)
    return [(group[0], other) for group in arms.values() for other in group[1:]]


def match_saved(
    current: Sequence[SubjectResult], saved: Sequence[SubjectResult]
) -> tuple[list[tuple[SubjectResult, SubjectResult]], list[SubjectResult], list[SubjectResult]]:
    """Match current results with saved ones by (subject id, arm).

    Returns ``(pairs, only_current, only_saved)``; each pair is ``(saved, current)``, baseline
    first, in the order of ``current``. Results on one side only are returned so that the report
    can name them rather than drop them silently.
    """
    saved_by_key = {result.key: result for result in saved}
    current_keys = {result.key for result in current}
    pairs = [(saved_by_key[r.key], r) for r in current if r.key in saved_by_key]
    only_current = [r for r in current if r.key not in saved_by_key]
    only_saved = [r for r in saved if r.key not in current_keys]
    return pairs, only_current, only_saved
