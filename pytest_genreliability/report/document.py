"""The JSON report document, schema ``genreliability/1`` (reporting layer)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import __version__, stats
from ..gates import GateResult
from ..records import SubjectResult
from .text import lock_hotspots

SCHEMA = "genreliability/1"


def subject_document(
    result: SubjectResult, confidence: float, method: str, gate: GateResult | None
) -> dict[str, Any]:
    lower, upper = (
        stats.pass_rate_interval(result.passed, result.total, confidence, method)
        if result.total
        else (None, None)
    )
    runs = stats.runs_test(result.passed_sequence())
    return {
        "id": result.subject,
        "arm": result.arm,
        "samples": result.total,
        "planned": result.planned,
        "passed": result.passed,
        "failed": result.failed,
        "pass_rate": result.pass_rate,
        "ci": {"method": method, "confidence": confidence, "lower": lower, "upper": upper},
        "failures": dict(result.failure_counts()),
        "outcomes": dict(result.outcome_counts()),
        "independence": {
            "test": "wald-wolfowitz runs",
            "runs": runs.runs,
            "expected_runs": runs.expected_runs,
            "pvalue": runs.pvalue,
            "clustered": runs.clustered,
        },
        "first_attempt": {
            "samples": result.first_attempt_total,
            "passed": result.first_attempt_passed,
            "pass_rate": result.first_attempt_passed / result.first_attempt_total
            if result.first_attempt_total
            else None,
        },
        "attempts_distribution": result.attempts_distribution(),
        "gate": None
        if gate is None
        else {
            "passed": gate.passed,
            "required": gate.required,
            "observed": gate.observed,
            "margin": gate.margin,
            "passes_needed": gate.passes_needed,
            "line": gate.line,
        },
        "lock_hotspots": [
            {"file": file, "operation": operation, "code": code, "samples": count}
            for _, file, operation, code, count in lock_hotspots([result])
        ],
        "records": [r.to_dict() for r in result.samples],
        # every attempt, when pytest-rerunfailures reran samples; else the same as records
        "attempts": [r.to_dict() for r in result.attempts] if result.reran else None,
    }


def build_document(
    results: Sequence[SubjectResult],
    *,
    confidence: float,
    method: str,
    gates: Mapping[tuple[str, str | None], GateResult],
    comparisons: Sequence[Mapping[str, Any]] = (),
    metadata: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "plugin_version": __version__,
        "metadata": dict(metadata or {}),
        "subjects": [subject_document(r, confidence, method, gates.get(r.key)) for r in results],
        "comparisons": list(comparisons),
    }


def junit_properties(
    result: SubjectResult, confidence: float, method: str
) -> list[tuple[str, str]]:
    """``genreliability[<subject>].<figure>`` properties for a JUnit XML testsuite."""
    lower, upper = (
        stats.pass_rate_interval(result.passed, result.total, confidence, method)
        if result.total
        else (None, None)
    )
    counts = result.failure_counts()
    main = counts.most_common(1)[0][0] if counts else ""
    prefix = f"genreliability[{result.label}]"
    figures = {
        "samples": result.total,
        "passed": result.passed,
        "failed": result.failed,
        "pass_rate": "" if result.pass_rate is None else f"{result.pass_rate:.4f}",
        "ci_lower": "" if lower is None else f"{lower:.4f}",
        "ci_upper": "" if upper is None else f"{upper:.4f}",
        "ci_method": method,
        "confidence": f"{confidence:g}",
        "main_failure_class": main,
    }
    return [(f"{prefix}.{name}", str(value)) for name, value in figures.items()]
