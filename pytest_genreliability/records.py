"""Sample records and their aggregation into per-subject results (core layer, no pytest).

A *sample record* is the account of one attempt at one sample of a subject: the one shape a sample
has from the moment its outcome is decided to the saved run on disk. It is built where the sample
ran, travels on the test report as ``record.to_dict()`` (plain data, so pytest-xdist carries it from
worker to controller), is rebuilt with :meth:`SampleRecord.from_dict` on the controller, and is
written to JSON and saved runs by the same ``to_dict``. The JSON keys of ``genreliability/1`` are
the field names, except ``failure_class``, stored as ``"class"``: that mapping is made here only.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from .address import SampleAddress
from .outcome import OUTCOMES, RATED_OUTCOMES, UNRATED_OUTCOMES

__all__ = ["OUTCOMES", "RATED_OUTCOMES", "UNRATED_OUTCOMES", "SampleRecord", "SubjectResult"]


@dataclass(frozen=True, slots=True)
class SampleRecord:
    """One attempt at one sample. ``attempt`` is 1 unless pytest-rerunfailures reran it."""

    subject: str
    index: int
    count: int
    outcome: str
    arm: str | None = None
    attempt: int = 1
    final: bool = True
    exit_code: int | None = None
    signal: int | None = None
    duration_s: float | None = None
    started_at: float | None = None  # seconds since the epoch (UTC) when the sample began
    ended_at: float | None = None  # when its last command ended (overlap between workers)
    cwd: str | None = None  # the working directory of its deciding command
    failure_class: str | None = None
    errno: str | None = None
    operation: str | None = None
    paths: tuple[str, ...] = ()
    excerpt: str = ""
    residue: tuple[str, ...] = ()  # temporaries it left next to the failing paths (residue.py)
    signature: str = ""  # the excerpt with pids, temp names, times... masked: groups failures
    reason: str = ""
    min_pass_rate: float | None = None
    worker: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def address(self) -> SampleAddress:
        return SampleAddress(self.subject, self.index, self.count, self.arm)

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in _RECORD_FIELDS}
        data[_CLASS_KEY] = data.pop("failure_class")
        data["paths"] = list(self.paths)
        data["residue"] = list(self.residue)
        data["extra"] = dict(self.extra)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SampleRecord:
        values = {k: v for k, v in data.items() if k in _RECORD_FIELDS}
        if _CLASS_KEY in data:
            values["failure_class"] = data[_CLASS_KEY]
        values["paths"] = tuple(data.get("paths") or ())
        values["residue"] = tuple(data.get("residue") or ())
        values["extra"] = dict(data.get("extra") or {})
        return cls(**values)

    @property
    def rated(self) -> bool:
        return self.outcome in RATED_OUTCOMES

    @property
    def passed(self) -> bool:
        return self.outcome == "passed"


_RECORD_FIELDS = tuple(f.name for f in fields(SampleRecord))
_CLASS_KEY = "class"  # the JSON name of ``failure_class`` in genreliability/1


@dataclass(frozen=True)
class SubjectResult:
    """Everything measured about one subject (or one arm of it)."""

    subject: str
    arm: str | None
    planned: int
    samples: tuple[SampleRecord, ...]  # final attempt of each sample, in sample order
    first_attempts: tuple[SampleRecord, ...]
    attempts: tuple[SampleRecord, ...]  # every attempt, reruns included
    min_pass_rate: float | None

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.subject, self.arm)

    @property
    def label(self) -> str:
        return f"{self.subject} [{self.arm}]" if self.arm else self.subject

    @property
    def rated(self) -> tuple[SampleRecord, ...]:
        return tuple(r for r in self.samples if r.rated)

    @property
    def total(self) -> int:
        return len(self.rated)

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.rated)

    @property
    def failed(self) -> int:
        return self.total - self.passed

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.total if self.total else None

    @property
    def first_attempt_passed(self) -> int:
        return sum(r.passed for r in self.first_attempts if r.rated)

    @property
    def first_attempt_total(self) -> int:
        return sum(1 for r in self.first_attempts if r.rated)

    @property
    def reran(self) -> bool:
        return len(self.attempts) > len(self.samples)

    def attempts_distribution(self) -> dict[str, int]:
        """How many rated samples passed on the 1st, 2nd, ... attempt, and how many never did."""
        distribution: Counter[str] = Counter()
        for record in self.rated:
            distribution[str(record.attempt) if record.passed else "failed"] += 1
        ordered = sorted((k for k in distribution if k != "failed"), key=int)
        result = {k: distribution[k] for k in ordered}
        result["failed"] = distribution["failed"]
        return result

    @property
    def missing(self) -> int:
        """Planned samples that never reported (e.g. a run cut short)."""
        return max(0, self.planned - len(self.samples))

    def outcome_counts(self) -> Counter[str]:
        return Counter(r.outcome for r in self.samples)

    def failure_counts(self) -> Counter[str]:
        """Failed samples by failure class (or by outcome when unclassified)."""
        return Counter(r.failure_class or r.outcome for r in self.rated if not r.passed)

    def reasons(self, limit: int = 3) -> list[tuple[str, int]]:
        """The most common plain reasons of failed samples, for the report."""
        counts = Counter(r.reason or r.outcome for r in self.rated if not r.passed)
        return counts.most_common(limit)

    def passed_sequence(self) -> list[bool]:
        """Pass/fail of the rated samples in sample order (for the runs test)."""
        return [r.passed for r in self.rated]

    def durations(self) -> list[float]:
        return [r.duration_s for r in self.rated if r.duration_s is not None]

    def median_duration(self) -> float | None:
        values = self.durations()
        return statistics.median(values) if values else None

    def max_duration(self) -> float | None:
        values = self.durations()
        return max(values) if values else None


def declared_arms(records: Iterable[SampleRecord]) -> tuple[str, ...]:
    """The arms of a subject in the order the test declared them (the first is the baseline)."""
    for record in records:
        arms = record.extra.get("arms")
        if arms:
            return tuple(str(a) for a in arms)
    return ()


def aggregate(records: Iterable[SampleRecord]) -> list[SubjectResult]:
    """Group attempts by subject and arm; keep the first and the final attempt of each sample.

    Subjects keep the order in which they were first seen, the arms of a subject their declared
    order (the first is the baseline, whichever worker reported first), samples are sorted by
    index: the figures do not depend on the order in which xdist workers happened to finish.
    """
    by_subject: dict[tuple[str, str | None], list[SampleRecord]] = {}
    for record in records:
        by_subject.setdefault((record.subject, record.arm), []).append(record)
    arms_of: dict[str, tuple[str, ...]] = {}
    for (subject, _), attempts in by_subject.items():
        arms_of[subject] = arms_of.get(subject) or declared_arms(attempts)

    first_seen = {subject: n for n, (subject, _) in reversed(list(enumerate(by_subject)))}
    arrival = {key: n for n, key in enumerate(by_subject)}

    def order(key: tuple[str, str | None]) -> tuple[int, int, int]:
        subject, arm = key
        arms = arms_of.get(subject, ())
        rank = arms.index(arm) if arm in arms else len(arms)
        return (first_seen[subject], rank, arrival[key])

    by_subject = {key: by_subject[key] for key in sorted(by_subject, key=order)}
    results = []
    for (subject, arm), attempts in by_subject.items():
        attempts.sort(key=lambda r: (r.index, r.attempt))
        first: dict[int, SampleRecord] = {}
        last: dict[int, SampleRecord] = {}
        for record in attempts:
            first.setdefault(record.index, record)
            last[record.index] = record
        thresholds = [r.min_pass_rate for r in attempts if r.min_pass_rate is not None]
        results.append(
            SubjectResult(
                subject=subject,
                arm=arm,
                planned=max(r.count for r in attempts),
                samples=tuple(last[i] for i in sorted(last)),
                first_attempts=tuple(first[i] for i in sorted(first)),
                attempts=tuple(attempts),
                min_pass_rate=thresholds[-1] if thresholds else None,
            )
        )
    return results
