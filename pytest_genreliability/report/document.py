"""The JSON report document, schema ``genreliability/1``: built here and nowhere else (reporting).

The same document is written by ``--gen-json``, saved by ``--gen-save`` and rebuilt by the CLI's
``merge``; it renders :class:`~pytest_genreliability.figures.SubjectFigures` and computes nothing.
Fields may be added; none is renamed without bumping :data:`SCHEMA`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import __version__
from ..figures import SubjectFigures
from ..gates import GateResult
from ..storage.format import SCHEMA  # the one schema constant, checked where runs are read
from .text import lock_hotspots


def gate_document(gate: GateResult | None) -> dict[str, Any] | None:
    if gate is None:
        return None
    return {
        "state": gate.state,
        "passed": gate.passed,
        "required": gate.required,
        "observed_rate": gate.observed_rate,
        "bound": gate.bound,
        "observed": gate.bound,  # genreliability/1 readers before "bound" existed
        "margin": gate.margin,
        "passes_needed": gate.passes_needed,
        "line": gate.line,
    }


def subject_document(fig: SubjectFigures) -> dict[str, Any]:
    result, runs, accounting = fig.result, fig.runs, fig.accounting
    lower, upper = fig.interval if fig.interval is not None else (None, None)
    first_total = result.first_attempt_total
    return {
        "id": result.subject,
        "arm": result.arm,
        "samples": result.total,
        "planned": accounting.planned,
        "passed": result.passed,
        "failed": result.failed,
        "pass_rate": result.pass_rate,
        "ci": {"method": fig.method, "confidence": fig.confidence, "lower": lower, "upper": upper},
        "failures": dict(result.failure_counts()),
        "outcomes": dict(result.outcome_counts()),
        "complete": accounting.complete,
        "incomplete": accounting.reason,
        "accounting": {
            "planned": accounting.planned,
            "deselected": accounting.deselected,
            "not_run": accounting.not_run,
            "interrupted": accounting.interrupted,
            "stopped_by": accounting.stopped_by,
        },
        "independence": {
            "test": "wald-wolfowitz runs",
            "runs": runs.runs,
            "expected_runs": runs.expected_runs,
            "pvalue": runs.pvalue,
            "clustered": runs.clustered,
        },
        "first_attempt": {
            "samples": first_total,
            "passed": result.first_attempt_passed,
            "pass_rate": result.first_attempt_passed / first_total if first_total else None,
        },
        "attempts_distribution": result.attempts_distribution(),
        "gate": gate_document(fig.gate),
        "lock_hotspots": [
            {"file": file, "operation": operation, "code": code, "samples": count}
            for _, file, operation, code, count in lock_hotspots([result])
        ],
        "residue": _residue_document(fig),
        "poisoning": _poisoning_document(fig),
        "overlap": None
        if fig.overlap is None
        else {
            "samples": fig.overlap.samples,
            "workers": list(fig.overlap.workers),
            "cwd": fig.overlap.cwd,
            "line": fig.overlap.line,
        },
        "records": [r.to_dict() for r in result.samples],
        # every attempt, when pytest-rerunfailures reran samples; else the same as records
        "attempts": [r.to_dict() for r in result.attempts] if result.reran else None,
    }


def _residue_document(fig: SubjectFigures) -> dict[str, Any] | None:
    summary = fig.residue
    if summary is None:
        return None
    return {
        "failures": summary.failures,
        "failures_with_residue": summary.left_some,
        "files": summary.files,
        "kinds": dict(summary.kinds),
    }


def _poisoning_document(fig: SubjectFigures) -> dict[str, Any] | None:
    found = fig.poisoning
    if found is None:
        return None
    return {
        "from_sample": found.index,
        "tail": found.tail,
        "passed_before": found.passed_before,
        "before": found.before,
        "signature": [None if part is None else str(part) for part in found.signature],
        "excerpt": found.excerpt,
        "probability": found.probability,
        "line": found.line,
    }


def build_document(
    figures: Sequence[SubjectFigures],
    *,
    comparisons: Sequence[Mapping[str, Any]] = (),
    metadata: Mapping[str, Any] | None = None,
    nothing_measured: str | None = None,
) -> dict[str, Any]:
    """The whole document; ``complete`` is false when any subject ran only part of its plan."""
    reasons = [f"{f.label}: {f.accounting.reason}" for f in figures if f.accounting.reason]
    if nothing_measured:
        reasons.insert(0, f"nothing was measured: {nothing_measured}")
    return {
        "schema": SCHEMA,
        "plugin_version": __version__,
        "metadata": dict(metadata or {}),
        "complete": not reasons,
        "incomplete": "; ".join(reasons) or None,
        "subjects": [subject_document(f) for f in figures],
        "comparisons": list(comparisons),
    }


def junit_properties(fig: SubjectFigures) -> list[tuple[str, str]]:
    """``genreliability[<subject>].<figure>`` properties for a JUnit XML testsuite."""
    result = fig.result
    lower, upper = fig.interval if fig.interval is not None else (None, None)
    counts = result.failure_counts()
    main = counts.most_common(1)[0][0] if counts else ""
    prefix = f"genreliability[{result.label}]"
    values = {
        "samples": result.total,
        "passed": result.passed,
        "failed": result.failed,
        "pass_rate": "" if result.pass_rate is None else f"{result.pass_rate:.4f}",
        "ci_lower": "" if lower is None else f"{lower:.4f}",
        "ci_upper": "" if upper is None else f"{upper:.4f}",
        "ci_method": fig.method,
        "confidence": f"{fig.confidence:g}",
        "main_failure_class": main,
        "complete": "true" if fig.accounting.complete else "false",
    }
    return [(f"{prefix}.{name}", str(value)) for name, value in values.items()]
