"""Records, results and documents for unit tests: one factory for every test module."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pytest_genreliability.figures import SubjectFigures, subject_figures
from pytest_genreliability.records import SampleRecord, SubjectResult, aggregate
from pytest_genreliability.report.document import build_document


def records(
    subject: str,
    arm: str | None,
    total: int,
    failing: Iterable[int] = (),
    failure_class: str = "rename_lock",
    outcome: str = "failed",
    *,
    lock_details: bool = False,
) -> list[SampleRecord]:
    """``total`` samples of one subject/arm; the 1-based indices in ``failing`` fail.

    ``lock_details`` gives failed samples the code, operation, path and excerpt of a real
    rename lock (Prisma's EPERM on the query engine).
    """
    failing = set(failing)
    details: dict[str, Any] = {}
    result = []
    for i in range(1, total + 1):
        failed = i in failing
        if lock_details:
            details = {
                "errno": "EPERM" if failed else None,
                "operation": "rename" if failed else None,
                "paths": ("node_modules/.prisma/client/query_engine.dll.node",) if failed else (),
                "duration_s": 0.25 + i / 100,
                "excerpt": "Error: EPERM: operation not permitted, rename" if failed else "",
            }
        result.append(
            SampleRecord(
                subject=subject,
                arm=arm,
                index=i,
                count=total,
                outcome=outcome if failed else "passed",
                failure_class=failure_class if failed else None,
                **details,
            )
        )
    return result


def result(
    subject: str, arm: str | None, total: int, failing: Iterable[int] = (), **kw: Any
) -> SubjectResult:
    (only,) = aggregate(records(subject, arm, total, failing, **kw))
    return only


def figures(
    results: Sequence[SubjectResult], confidence: float = 0.95, method: str = "wilson"
) -> list[SubjectFigures]:
    return [subject_figures(r, confidence, method) for r in results]


def document(
    results: Sequence[SubjectResult],
    comparisons: Sequence[dict[str, Any]] = (),
    confidence: float = 0.95,
    method: str = "wilson",
    **metadata: Any,
) -> dict[str, Any]:
    return build_document(
        figures(results, confidence, method), comparisons=comparisons, metadata=metadata
    )
