"""Each subject's pass rate across saved runs, and where it changed (core layer, no pytest).

A trend over many runs invites reading noise as news: with ten runs of 20 samples, some pair of
neighbours differs by 20 points by chance alone. So a change is claimed only where a stated test
says so: the exact two-sample test of :func:`pytest_genreliability.stats.compare` (two-sided)
between consecutive runs of a subject, with Holm's step-down correction over every pair tested
in the report, which keeps the chance of flagging any change at all where none happened at or
below ``alpha``. Each point's interval is the one its run reported (figures are not recomputed),
and each point says which machine and commit it came from, because a change between two machines
may be the machine.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .storage import SavedRun

CORRECTION = "Holm"


@dataclass(frozen=True)
class TrendPoint:
    """One subject in one saved run, with the figures the run reported."""

    run: str
    file: str
    saved_at: str | None
    machine: str | None
    commit: str | None
    passed: int
    total: int
    planned: int | None
    lower: float | None
    upper: float | None

    @property
    def rate(self) -> float | None:
        return self.passed / self.total if self.total else None

    @property
    def complete(self) -> bool:
        return self.planned is None or self.total >= self.planned


@dataclass(frozen=True)
class TrendStep:
    """The test between two consecutive points of a subject (``after`` is ``before + 1``)."""

    before: int
    after: int
    difference: float
    pvalue: float
    adjusted: float  # Holm-adjusted over every step of the trend
    changed: bool
    test: str
    same_machine: bool

    @property
    def direction(self) -> str:
        return "up" if self.difference > 0 else "down"


@dataclass(frozen=True)
class SubjectTrend:
    subject: str
    arm: str | None
    points: tuple[TrendPoint, ...]
    steps: tuple[TrendStep, ...]

    @property
    def label(self) -> str:
        return f"{self.subject} [{self.arm}]" if self.arm else self.subject


@dataclass(frozen=True)
class Trend:
    subjects: tuple[SubjectTrend, ...]
    runs: int
    alpha: float
    test: str
    tested_pairs: int

    @property
    def flagged(self) -> list[tuple[SubjectTrend, TrendStep]]:
        return [(s, step) for s in self.subjects for step in s.steps if step.changed]

    def rule(self) -> str:
        """The decision rule in one sentence, printed with every trend."""
        return (
            f"a change is flagged where the {self.test} two-sided test between consecutive runs "
            f"of a subject gives a {CORRECTION}-adjusted p below {self.alpha:g} ({CORRECTION} "
            f"over all {self.tested_pairs} pairs tested: the chance of flagging any change "
            f"where none happened is at most {self.alpha:g})"
        )


def holm(pvalues: Sequence[float]) -> list[float]:
    """Holm's step-down adjusted p-values, in the order given (family-wise error control)."""
    m = len(pvalues)
    order = sorted(range(m), key=lambda i: pvalues[i])
    adjusted = [1.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * pvalues[i]))
        adjusted[i] = running
    return adjusted


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _point(run: SavedRun, subject: Mapping[str, Any], passed: int, total: int) -> TrendPoint:
    value = subject.get("ci")
    ci: Mapping[str, Any] = value if isinstance(value, dict) else {}
    planned = subject.get("planned")
    machine = run.metadata.get("machine_hash")
    commit = run.metadata.get("git_commit")
    return TrendPoint(
        run=run.name,
        file=run.path.name,
        saved_at=run.saved_at,
        machine=machine if isinstance(machine, str) else None,
        commit=commit if isinstance(commit, str) else None,
        passed=passed,
        total=total,
        planned=planned if isinstance(planned, int) else None,
        lower=_number(ci.get("lower")) if total else None,
        upper=_number(ci.get("upper")) if total else None,
    )


def compute_trend(
    runs: Sequence[SavedRun], *, alpha: float = 0.05, test: str = "boschloo"
) -> Trend:
    """Series per subject (and arm) over ``runs`` in the order given (oldest first)."""
    from . import stats  # scipy loads only when a trend is computed

    series: dict[tuple[str, str | None], list[TrendPoint]] = {}
    for run in runs:
        documents = {
            (s.get("id"), s.get("arm")): s
            for s in run.document.get("subjects", [])
            if isinstance(s, dict)
        }
        for result in run.results:
            subject = documents.get(result.key, {})
            point = _point(run, subject, result.passed, result.total)
            series.setdefault(result.key, []).append(point)
    raw: list[tuple[tuple[str, str | None], int, float, float, str]] = []
    for key, points in series.items():
        for n in range(1, len(points)):
            a, b = points[n - 1], points[n]
            if not a.total or not b.total:
                continue  # nothing rated on one side: no rate to compare
            c = stats.compare(a.passed, a.total, b.passed, b.total, test=test, alpha=alpha)
            raw.append((key, n, c.difference, c.pvalue, c.test))
    adjusted = holm([p for *_, p, _ in raw])
    steps: dict[tuple[str, str | None], list[TrendStep]] = {}
    for (key, n, difference, pvalue, ran), adj in zip(raw, adjusted, strict=True):
        points = series[key]
        steps.setdefault(key, []).append(
            TrendStep(
                before=n - 1,
                after=n,
                difference=difference,
                pvalue=pvalue,
                adjusted=adj,
                changed=adj < alpha,
                test=ran,
                same_machine=points[n - 1].machine == points[n].machine,
            )
        )
    subjects = tuple(
        SubjectTrend(subject, arm, tuple(points), tuple(steps.get((subject, arm), [])))
        for (subject, arm), points in series.items()
    )
    return Trend(subjects, runs=len(runs), alpha=alpha, test=test, tested_pairs=len(raw))


def select_runs(runs: Sequence[SavedRun], prefix: str | None, last: int | None) -> list[SavedRun]:
    """Runs whose name starts with ``prefix``, oldest first, the last ``last`` of them."""
    chosen = [r for r in runs if prefix is None or r.name.startswith(prefix)]
    return chosen[-last:] if last else chosen
