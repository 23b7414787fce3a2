"""Samples of one subject that ran at the same time in one directory (core, no pytest).

Two pytest-xdist workers running the same generator in the same working directory contend with
each other; the pass rate then measures the harness. The plugin makes such samples take turns by
default (:mod:`.worklock`), so overlap is seen only with ``--gen-allow-overlap`` or when a
generator's test runs it outside ``gen_run``; either way, it is detected here from the records'
start and end times, and said.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .records import SampleRecord

SampleKey = tuple[str, "str | None", int, int]  # subject, arm, index, attempt


@dataclass(frozen=True)
class Overlap:
    """How many of a subject's (or arm's) samples overlapped another one in the same directory."""

    samples: int  # samples of this subject/arm that overlapped at least one other
    workers: tuple[str, ...]  # the workers involved
    cwd: str | None

    @property
    def line(self) -> str:
        on = f" on workers {', '.join(self.workers)}" if self.workers else ""
        return (
            f"{self.samples} sample(s) ran at the same time as another sample of this subject "
            f"in the same working directory{on}: they may have contended with each other, and "
            "the pass rate may measure the harness (drop --gen-allow-overlap, or give each "
            "sample a directory of its own)"
        )


def _key(record: SampleRecord) -> SampleKey:
    return (record.subject, record.arm, record.index, record.attempt)


def overlapping(records: Iterable[SampleRecord]) -> dict[SampleKey, set[str]]:
    """For each attempt that overlapped another of the same subject in the same directory, the
    workers of the attempts it overlapped (its own included). Arms of one subject count together:
    they are variants of one generator, usually in one project."""
    groups: dict[tuple[str, str], list[SampleRecord]] = {}
    for record in records:
        if record.started_at is None or record.ended_at is None or record.cwd is None:
            continue
        groups.setdefault((record.subject, record.cwd), []).append(record)
    found: dict[SampleKey, set[str]] = {}
    for group in groups.values():
        group.sort(key=lambda r: r.started_at or 0.0)
        active: list[SampleRecord] = []
        for record in group:
            start = record.started_at or 0.0
            active = [r for r in active if (r.ended_at or 0.0) > start]
            for other in active:
                for a, b in ((record, other), (other, record)):
                    found.setdefault(_key(a), set()).update(w for w in (a.worker, b.worker) if w)
            active.append(record)
    return found


def overlap_of(records: Iterable[SampleRecord], found: dict[SampleKey, set[str]]) -> Overlap | None:
    """The overlap summary of one subject's (or arm's) records, ``None`` when none overlapped."""
    hit = [r for r in records if _key(r) in found]
    if not hit:
        return None
    workers = sorted({w for r in hit for w in found[_key(r)]})
    return Overlap(samples=len(hit), workers=tuple(workers), cwd=hit[0].cwd)
