"""Pooling saved runs from several machines into one set of subjects (core layer, no pytest)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..records import SampleRecord, SubjectResult, aggregate
from .format import SavedRun


@dataclass(frozen=True)
class MachineCounts:
    """One subject's samples from one machine, pooled over that machine's runs."""

    subject: str
    arm: str | None
    machine: str
    runs: tuple[str, ...]
    passed: int
    total: int

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.subject, self.arm)


@dataclass(frozen=True)
class PooledRuns:
    """Runs from several machines pooled into one set of subjects.

    Pooling is honest only when the machines share one pass rate; ``homogeneity`` holds, per
    subject key, the p-value of :func:`pytest_genreliability.stats.homogeneity_test` over the
    machines, so a report can warn when a pooled rate hides a difference between machines.
    """

    records: tuple[SampleRecord, ...]
    results: tuple[SubjectResult, ...]
    machines: tuple[MachineCounts, ...]
    homogeneity: Mapping[tuple[str, str | None], float]
    sources: tuple[dict[str, Any], ...]


def _machine_of(run: SavedRun) -> str:
    value = run.metadata.get("machine_hash")
    return value if isinstance(value, str) and value else f"unknown ({run.path.name})"


def pool_runs(runs: Sequence[SavedRun]) -> PooledRuns:
    """Pool the samples of several runs, subject by subject (matched by id and arm).

    Sample indices are renumbered run after run (run 1 keeps 1..n1, run 2 gets n1+1..n1+n2, ...)
    so that no sample replaces another; each record keeps where it came from in ``extra``
    (``source_run``, ``source_machine``, ``source_index``).
    """
    # Imported here: reading and writing runs (e.g. option checks of the plugin) must not
    # load scipy, which only pooling needs.
    from .. import stats

    planned: dict[tuple[str, str | None], int] = {}
    for run in runs:
        for result in run.results:
            planned[result.key] = planned.get(result.key, 0) + result.planned
    offsets: dict[tuple[str, str | None], int] = {}
    counts: dict[tuple[str, str | None, str], tuple[list[str], int, int]] = {}
    records: list[SampleRecord] = []
    sources: list[dict[str, Any]] = []
    for run in runs:
        machine = _machine_of(run)
        sources.append(
            {
                "path": str(run.path),
                "name": run.name,
                "machine_hash": machine,
                "saved_at": run.saved_at,
                "git_commit": run.metadata.get("git_commit"),
            }
        )
        for result in run.results:
            offset = offsets.get(result.key, 0)
            offsets[result.key] = offset + result.planned
            for record in result.attempts:
                extra = {
                    **record.extra,
                    "source_run": run.path.name,
                    "source_machine": machine,
                    "source_index": record.index,
                }
                records.append(
                    replace(
                        record, index=offset + record.index, count=planned[result.key], extra=extra
                    )
                )
            where = (result.subject, result.arm, machine)
            run_names, passed, total = counts.get(where, ([], 0, 0))
            counts[where] = (
                [*run_names, run.path.name],
                passed + result.passed,
                total + result.total,
            )
    machines = tuple(
        MachineCounts(subject, arm, machine, tuple(names), passed, total)
        for (subject, arm, machine), (names, passed, total) in counts.items()
    )
    homogeneity = {
        key: stats.homogeneity_test([(m.passed, m.total) for m in machines if m.key == key])
        for key in planned
    }
    return PooledRuns(
        records=tuple(records),
        results=tuple(aggregate(records)),
        machines=machines,
        homogeneity=homogeneity,
        sources=tuple(sources),
    )
