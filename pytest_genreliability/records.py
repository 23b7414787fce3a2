"""Sample records and their aggregation into per-subject results (core layer, no pytest).

A *sample record* is the plain-data account of one attempt at one sample of a subject. It is
built on the machine that ran the sample, travels on the test report (so pytest-xdist carries it
from worker to controller) and is aggregated on the controller only. Records are plain ``dict``
objects on the wire; :class:`SampleRecord` is their typed form.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: Outcomes that count as a run of the generator, and so enter the pass rate.
RATED_OUTCOMES = ("passed", "failed", "timeout", "crashed")
#: Outcomes shown in the report but kept out of the pass rate: the harness failed (``error``,
#: e.g. a prepare command), the test skipped itself, or the user interrupted the run.
UNRATED_OUTCOMES = ("error", "skipped", "interrupted")
OUTCOMES = RATED_OUTCOMES + UNRATED_OUTCOMES

# ``gen-3/10`` or, for an arm, ``gen-after-3/10``; a parameter id of its own inside ``[...]``.
# The plugin's parameter id comes last in a node id: ``...[<other ids>-gen-3/10]``.
_SAMPLE_ID = re.compile(
    r"(?:\[|-)(?P<token>gen-(?:(?P<arm>[^\[\]/]+?)-)?(?P<index>\d+)/(?P<count>\d+))\]$"
)


def format_sample_id(index: int, count: int, arm: str | None = None) -> str:
    """The parameter id of one sample item: ``gen-3/10`` (or ``gen-after-3/10`` in an arm)."""
    return f"gen-{arm}-{index}/{count}" if arm else f"gen-{index}/{count}"


@dataclass(frozen=True)
class SampleAddress:
    subject: str
    arm: str | None
    index: int
    count: int


def parse_sample_nodeid(nodeid: str) -> SampleAddress | None:
    """Recover subject, arm and sample index from a sample item's node id.

    Used for reports that carry no record, such as the one pytest-xdist makes for an item whose
    worker died: the node id is then all that is known about the sample.
    """
    match = _SAMPLE_ID.search(nodeid)
    if match is None:
        return None
    start, end = match.span("token")
    before, after = nodeid[:start], nodeid[end:]
    if before.endswith("[") and after.startswith("]"):
        subject = before[:-1] + after[1:]
    elif before.endswith("-"):
        subject = before[:-1] + after
    else:
        subject = before + after.removeprefix("-")
    subject = subject.removeprefix("::")  # an item whose parent is the session (gen_command)
    return SampleAddress(
        subject=subject,
        arm=match.group("arm"),
        index=int(match.group("index")),
        count=int(match.group("count")),
    )


@dataclass(frozen=True)
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
    failure_class: str | None = None
    errno: str | None = None
    operation: str | None = None
    paths: tuple[str, ...] = ()
    excerpt: str = ""
    reason: str = ""
    min_pass_rate: float | None = None
    worker: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["class"] = data.pop("failure_class")
        data["paths"] = list(self.paths)
        data["extra"] = dict(self.extra)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SampleRecord:
        values = {k: v for k, v in data.items() if k in _RECORD_FIELDS}
        if "class" in data:
            values["failure_class"] = data["class"]
        values["paths"] = tuple(data.get("paths") or ())
        values["extra"] = dict(data.get("extra") or {})
        return cls(**values)

    @property
    def rated(self) -> bool:
        return self.outcome in RATED_OUTCOMES

    @property
    def passed(self) -> bool:
        return self.outcome == "passed"


_RECORD_FIELDS = frozenset(f.name for f in fields(SampleRecord))


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


def subject_of(nodeid: str, sample_id: str) -> str:
    """The subject of a sample item, knowing the sample's own parameter id (``gen-3/10``).

    Node ids are ``<subject>[<other ids>-<sample id>]`` because the plugin parametrizes last.
    """
    if nodeid.endswith(f"[{sample_id}]"):
        subject = nodeid[: -len(sample_id) - 2]
    elif nodeid.endswith(f"-{sample_id}]"):
        subject = nodeid[: -len(sample_id) - 2] + "]"
    else:
        subject = nodeid
    return subject.removeprefix("::")


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
