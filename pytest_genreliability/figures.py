"""Figures computed once per subject, for every renderer (core layer, no pytest).

At the end of a session (and once in the CLI) each subject's interval, independence test, gate and
accounting are computed here, into one :class:`SubjectFigures`; the terminal tables, the JSON
document, markdown, JUnit properties and plots render those figures and compute none of their own,
as pytest-benchmark's ``stats`` feeds its ``table`` and ``cli``. :func:`interval_of` is the one
place outside :mod:`.stats` where a pass-rate interval is computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .overlap import Overlap, SampleKey, overlap_of
from .poisoning import Poisoning, find_poisoning
from .records import SubjectResult
from .residue import ResidueSummary, summarise

if TYPE_CHECKING:
    from .gates import GateResult


@dataclass(frozen=True)
class Accounting:
    """Whether a subject's measurement is the plan, and if not, why (said, never silent).

    ``planned`` samples were asked for; ``deselected`` of them were not collected (``-k``, ``-m``,
    ``--lf``); ``not_run`` were collected but never reported (``-x``, a stop, a lost worker);
    interrupted samples are counted from the records.
    """

    planned: int
    deselected: int = 0
    not_run: int = 0
    interrupted: int = 0
    stopped_by: str | None = None  # "-x/--maxfail", "interrupted", ...
    decided_early: bool = False  # auto mode stopped once decided: fewer samples by design

    @property
    def complete(self) -> bool:
        return not (self.deselected or self.not_run or self.interrupted)

    @property
    def reason(self) -> str | None:
        """Why the measurement is a subset of the plan, in one clause (``None``: complete)."""
        if self.complete:
            return None
        parts = []
        if self.deselected:
            parts.append(f"{self.deselected} deselected (-k/-m/--lf/--ff)")
        if self.interrupted:
            parts.append(f"{self.interrupted} interrupted")
        if self.not_run:
            how = f" ({self.stopped_by})" if self.stopped_by else ""
            parts.append(f"{self.not_run} not run{how}")
        ran = self.planned - self.deselected - self.not_run - self.interrupted
        return f"only {ran} of {self.planned} planned samples ran: " + ", ".join(parts)


@dataclass(frozen=True)
class SubjectFigures:
    """Everything a report says about one subject (or arm), computed once."""

    result: SubjectResult
    confidence: float
    method: str
    interval: tuple[float, float] | None  # of the pass rate; None with nothing rated
    first_attempt_interval: tuple[float, float] | None
    runs: Any  # stats.RunsTest: clustering of failures in sample order
    accounting: Accounting
    gate: GateResult | None = None
    residue: ResidueSummary | None = None  # what failed samples left next to the failing paths
    poisoning: Poisoning | None = None  # every sample failed alike from some sample on
    overlap: Overlap | None = None  # samples that ran at once in one directory

    @property
    def label(self) -> str:
        return self.result.label

    @property
    def key(self) -> tuple[str, str | None]:
        return self.result.key


def interval_of(
    passed: int, total: int, confidence: float, method: str
) -> tuple[float, float] | None:
    """A pass-rate interval, ``None`` when nothing was rated."""
    if total == 0:
        return None
    from . import stats

    lower, upper = stats.pass_rate_interval(passed, total, confidence, method)
    return float(lower), float(upper)


def subject_figures(
    result: SubjectResult,
    confidence: float,
    method: str,
    *,
    gate: GateResult | None = None,
    accounting: Accounting | None = None,
    overlaps: dict[SampleKey, set[str]] | None = None,
) -> SubjectFigures:
    """``overlaps`` comes from :func:`.overlap.overlapping` over every record of the session
    (arms of one subject overlap each other too)."""
    from . import stats

    return SubjectFigures(
        result=result,
        confidence=confidence,
        method=method,
        interval=interval_of(result.passed, result.total, confidence, method),
        first_attempt_interval=interval_of(
            result.first_attempt_passed, result.first_attempt_total, confidence, method
        )
        if result.reran
        else None,
        runs=stats.runs_test(result.passed_sequence()),
        accounting=accounting or Accounting(planned=result.planned),
        gate=gate,
        residue=summarise(result.samples),
        poisoning=find_poisoning(result.samples),
        overlap=overlap_of(result.attempts, overlaps) if overlaps else None,
    )
