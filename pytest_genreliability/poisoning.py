"""Poisoning: a sample that broke the workspace for every sample after it (core, no pytest).

When one sample leaves the workspace broken (a half-written output folder, a stale lock file),
every later sample fails the same way, whatever the generator's real reliability: a subject that
passes 95% of the time reports 5%. The runs test only hints at it ("failures cluster"); this names
the sample from which everything failed alike, with what it said.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from .records import SampleRecord

#: A run of identical failures at the end shorter than this is not called poisoning.
MIN_TAIL = 3
#: ...nor one that the failure rate before it explains with at least this probability.
ALPHA = 0.01


@dataclass(frozen=True)
class Poisoning:
    """From sample ``index`` on, all ``tail`` rated samples failed with one ``signature``."""

    index: int  # the first failing sample of the tail (its sample index)
    tail: int
    passed_before: int
    before: int
    signature: tuple[Hashable, ...]
    excerpt: str
    probability: float  # of such a tail, were failures independent at the earlier rate

    @property
    def line(self) -> str:
        return (
            f"from sample {self.index} on, every sample failed the same way ({self.tail} in a "
            f"row, after {self.passed_before} of {self.before} earlier samples passed): an "
            "earlier sample may have broken the workspace"
        )


def signature_of(record: SampleRecord) -> tuple[Hashable, ...]:
    """The record's failure signature when it has one, else its class, code and operation."""
    signature = getattr(record, "signature", None)
    if signature:
        return (signature,)
    return (record.failure_class or record.outcome, record.errno, record.operation)


def find_poisoning(
    samples: Sequence[SampleRecord], *, min_tail: int = MIN_TAIL, alpha: float = ALPHA
) -> Poisoning | None:
    """The sample from which every rated sample failed with one signature, after earlier passes.

    ``samples`` are in sample order. Called only when the tail is at least ``min_tail`` long and
    unlikely (below ``alpha``) under independent failures at the rate seen before it, estimated
    with one pseudo-pass and one pseudo-failure added so that an all-pass start does not make any
    tail look impossible.
    """
    rated = [r for r in samples if r.rated]
    if not rated or rated[-1].passed:
        return None
    signature = signature_of(rated[-1])
    start = len(rated)
    while start > 0 and not rated[start - 1].passed and signature_of(rated[start - 1]) == signature:
        start -= 1
    tail = len(rated) - start
    before = rated[:start]
    passed_before = sum(r.passed for r in before)
    if tail < min_tail or passed_before == 0:
        return None
    failure_rate = (len(before) - passed_before + 1) / (len(before) + 2)
    probability = failure_rate**tail
    if probability >= alpha:
        return None
    first = rated[start]
    return Poisoning(
        index=first.index,
        tail=tail,
        passed_before=passed_before,
        before=len(before),
        signature=signature,
        excerpt=first.excerpt or first.reason,
        probability=probability,
    )
