"""Auto mode's one home: shared progress, the stopping decision and the verdict (glue).

Every subject gets ``max_samples`` sample items; before a sample starts, the finished samples of
its subject are read and, if an anytime-valid rule (:mod:`.sequential`) has already decided on the
unbroken prefix of finished samples (1, 2, ... k, in sample order), the sample skips with the
reason "decided after N samples". Workers of pytest-xdist learn what others finished from a run
directory the controller creates and hands to them: one small file per finished sample, written
atomically. Deciding on the prefix in sample order, not in finishing order, makes the decision the
same whichever worker finishes first, and lets the controller reproduce it from the records.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .atomicfile import write_text_atomic
from .records import RATED_OUTCOMES, SampleRecord

WORKERINPUT_KEY = "genreliability_rundir"
#: Two one-sided anytime-valid tests: "pass" demonstrates the minimum (SPRT), "fail" a shortfall
#: (confidence sequence), each wrong at most alpha of the time for every true rate.
GATE_METHOD = "hybrid"


@dataclass(frozen=True)
class Verdict:
    """A subject's sequential decision: ``state``, after how many samples, and why."""

    state: str  # pass / fail / inconclusive / continue, or improved / regressed for arms
    samples: int  # the sample index at which it stopped (per arm for A/B)
    reason: str

    @property
    def stopped(self) -> bool:
        return self.state != "continue"


def _subject_dir(rundir: Path, subject: str) -> Path:
    return rundir / hashlib.sha256(subject.encode()).hexdigest()[:16]


def record_finished(rundir: Path, record: SampleRecord) -> None:
    """Leave a note that one sample finished (its final attempt), for every worker to read."""
    directory = _subject_dir(rundir, record.subject)
    directory.mkdir(parents=True, exist_ok=True)
    name = f"{record.arm or '-'}.{record.index}.json"
    note = {"arm": record.arm, "index": record.index, "outcome": record.outcome}
    write_text_atomic(directory / name, json.dumps(note))


def finished(rundir: Path, subject: str) -> list[dict[str, Any]]:
    directory = _subject_dir(rundir, subject)
    notes = []
    for path in directory.glob("*.json") if directory.is_dir() else ():
        try:
            notes.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue  # a note being replaced right now: the next sample will see it
    return notes


def prefix_outcomes(notes: Iterable[dict[str, Any]], arm: str | None) -> list[bool]:
    """Pass/fail of the unbroken prefix 1..k of finished samples of ``arm``, in sample order.

    Samples that finished without a verdict on the generator (an error, a skip) are part of the
    prefix but add no outcome.
    """
    by_index = {int(n["index"]): str(n["outcome"]) for n in notes if n.get("arm") == arm}
    outcomes = []
    index = 1
    while index in by_index:
        outcome = by_index[index]
        if outcome in RATED_OUTCOMES:
            outcomes.append(outcome == "passed")
        index += 1
    return outcomes


def gate_verdict(
    outcomes: Sequence[bool], required: float, max_samples: int, alpha: float
) -> Verdict:
    """The sequential gate (Wald's SPRT, :mod:`.sequential`) on one arm's outcomes in order."""
    from .stats import sequential

    gate = sequential.SequentialGate(
        required=required, max_samples=max_samples, alpha=alpha, method=GATE_METHOD
    )
    result = gate.decide_sequence(outcomes)
    reason = result.reason
    if result.state == "inconclusive":
        more = gate.more_to_settle(result.passed, result.samples)
        reason += (
            f"; at the observed rate about {more} more samples would likely settle it "
            "(--gen-max-samples)"
            if more is not None
            else f"; at the observed rate ({100 * result.passed / max(result.samples, 1):.1f}%) "
            "more samples would likely not settle it under this rule (a pass needs a rate near "
            "its alternative); a fixed sample (--gen-samples=N, N from --gen-plan) can "
            "demonstrate the minimum"
        )
    return Verdict(result.state, result.samples, reason)


def decide(
    outcomes_by_arm: dict[str | None, list[bool]],
    arms: Sequence[str],
    required: float | None,
    max_samples: int,
    alpha: float,
) -> Verdict:
    """When to stop sampling a subject: once every question asked of it is decided.

    The questions are the gate of each arm (when a minimum pass rate is set) and, with two or
    more arms, whether the second differs from the first.
    """
    from .stats import sequential

    verdicts: list[Verdict] = []
    if len(arms) >= 2:
        difference = sequential.decide_difference_sequence(
            outcomes_by_arm.get(arms[0], []),
            outcomes_by_arm.get(arms[1], []),
            max_samples_per_arm=max_samples,
            alpha=alpha,
        )
        samples = max(difference.samples_a, difference.samples_b)
        verdicts.append(Verdict(difference.state, samples, difference.reason))
    if required is not None:
        keys: list[str | None] = [*arms] if arms else [None]
        for arm in keys:
            verdict = gate_verdict(outcomes_by_arm.get(arm, []), required, max_samples, alpha)
            verdicts.append(
                verdict
                if arm is None
                else Verdict(verdict.state, verdict.samples, f"{arm}: {verdict.reason}")
            )
    if len(verdicts) == 1:
        return verdicts[0]
    stopped = all(v.stopped for v in verdicts)
    return Verdict(
        verdicts[0].state if stopped else "continue",
        max(v.samples for v in verdicts),
        "; ".join(v.reason for v in verdicts),
    )


def verdict_for(
    records: Sequence[SampleRecord],
    arms: Sequence[str],
    required: float | None,
    max_samples: int,
    alpha: float,
) -> Verdict:
    notes = [{"arm": r.arm, "index": r.index, "outcome": r.outcome} for r in records]
    keys: Sequence[str | None] = list(arms) if arms else [None]
    outcomes = {arm: prefix_outcomes(notes, arm) for arm in keys}
    return decide(outcomes, arms, required, max_samples, alpha)


def arm_outcomes(records: Sequence[SampleRecord], arm: str | None) -> list[bool]:
    notes = [{"arm": r.arm, "index": r.index, "outcome": r.outcome} for r in records]
    return prefix_outcomes(notes, arm)


class NoteStore:
    """Auto mode's shared knowledge: one small note per finished sample, in a run directory.

    The controller creates the directory and hands it to every pytest-xdist worker (like
    pytest-rerunfailures' ``StatusDB``, a small store of its own); whoever runs a sample notes it;
    before a sample starts, its subject's notes say whether the subject is already decided.
    """

    def __init__(self, rundir: Path, owner: bool) -> None:
        self.rundir = rundir
        self.owner = owner  # the controller removes the directory at the end

    @classmethod
    def for_config(cls, config: pytest.Config) -> NoteStore:
        workerinput = getattr(config, "workerinput", None)
        if workerinput is not None:
            return cls(Path(workerinput[WORKERINPUT_KEY]), owner=False)
        store = cls(Path(tempfile.mkdtemp(prefix="genreliability-run-")), owner=True)
        config.pluginmanager.register(_HandRundir(store.rundir), "genreliability-rundir")
        return store

    def note(self, record: SampleRecord) -> None:
        record_finished(self.rundir, record)

    def decided_after(self, slot: Any, alpha: float) -> int | None:
        """After how many samples the slot's subject was decided, or ``None`` while it is open."""
        settings = slot.settings
        arms = [a.name for a in settings.arms]
        notes = finished(self.rundir, slot.address.subject)
        keys: list[str | None] = [*arms] if arms else [None]
        outcomes = {arm: prefix_outcomes(notes, arm) for arm in keys}
        verdict = decide(outcomes, arms, settings.min_pass_rate, slot.address.count, alpha)
        return verdict.samples if verdict.stopped else None

    def close(self) -> None:
        if self.owner:
            shutil.rmtree(self.rundir, ignore_errors=True)


class _HandRundir:
    """Hands the run directory to each pytest-xdist worker (registered only on the controller;
    the hook is called only when xdist starts workers)."""

    def __init__(self, rundir: Path) -> None:
        self.rundir = rundir

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node: Any) -> None:
        node.workerinput[WORKERINPUT_KEY] = os.fspath(self.rundir)
