"""Comparison reports: a table, one verdict sentence per pair, and JSON (reporting layer).

Differences are shown in percentage *points* (``+45.0 points``: the candidate's pass rate minus
the baseline's), because "45% better" would be ambiguous between points and a relative change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tabulate import tabulate

from ..comparisons import ComparisonResult
from ..figures import interval_of
from ..gates import method_label
from ..records import SubjectResult
from ..storage import PooledRuns
from . import text as report_text

GATE_FAILED = "genreliability: gate failed:"
TEST_NAMES = {"boschloo": "Boschloo", "fisher": "Fisher", "barnard": "Barnard"}


def _points(value: float) -> str:
    return f"{100 * value:+.1f}"


def _confidence(confidence: float) -> str:
    return f"{round(100 * confidence, 2):g}%"


def pvalue_text(pvalue: float) -> str:
    """``0.0012``; tiny p-values in scientific notation (``1.6e-10``) rather than ``0.0000``."""
    return f"{pvalue:.4f}" if pvalue >= 0.0001 else f"{pvalue:.1e}"


def probability_text(probability: float) -> str:
    """Three decimals, never rounded to a certainty the data cannot give."""
    if probability > 0.9995:
        return "> 0.999"
    if probability < 0.0005:
        return "< 0.001"
    return f"{probability:.3f}"


def _relation(text: str) -> str:
    return text if text[0] in "<>" else f"= {text}"


def sidedness(alternative: str) -> str:
    return "two-sided" if alternative == "two-sided" else "one-sided"


def changes_text(comp: ComparisonResult) -> str:
    return ", ".join(f"{c.name} {c.count_a} -> {c.count_b}" for c in comp.class_changes)


def _side(label: str, passed: int, total: int, interval: tuple[float, float]) -> str:
    if total == 0:
        return f"{label}: no rated sample"
    rate = report_text.pct(passed / total)
    return f"{label}: {passed}/{total} {rate} ({100 * interval[0]:.1f}-{100 * interval[1]:.1f}%)"


def _test_text(comp: ComparisonResult) -> str:
    if comp.comparison is None:
        return "-"
    c = comp.comparison
    name = TEST_NAMES.get(c.test, c.test)
    return f"{name} {sidedness(c.alternative)} p = {pvalue_text(c.pvalue)}"


def comparisons_table(
    comps: Sequence[ComparisonResult], layout: report_text.Layout = report_text.NO_LAYOUT
) -> str:
    """One row per comparison: both sides, the difference, the test, P(b better), the verdict.

    On a narrow terminal the failure classes, P(b better), the test and the difference go first
    (the verdict line printed under the table repeats them).
    """
    if not comps:
        return ""
    first = comps[0]
    rows = []
    for comp in comps:
        c = comp.comparison
        if c is None:
            difference = "-"
            prob = "-"
        else:
            low, high = c.interval
            difference = f"{_points(c.difference)} ({_points(low)} to {_points(high)})"
            prob = probability_text(c.prob_b_better)
        rows.append(
            [
                layout.subject(comp.subject),
                _side(comp.baseline_label, comp.passed_a, comp.total_a, comp.interval_a),
                _side(comp.candidate_label, comp.passed_b, comp.total_b, comp.interval_b),
                difference,
                _test_text(comp),
                prob,
                changes_text(comp),
                comp.verdict,
            ]
        )
    headers = [
        "subject",
        f"baseline ({_confidence(first.confidence)} CI, {method_label(first.method)})",
        "candidate",
        f"difference, points ({_confidence(first.confidence)} CI, Newcombe)",
        "test",
        "P(b better)",
        "failure classes",
        "verdict",
    ]
    return report_text.fit_table(rows, headers, layout.width, optional=[6, 5, 4, 3])


def verdict_line(comp: ComparisonResult) -> str:
    """One plain sentence: what changed, how sure, and what to do when unsure."""
    head = f"{comp.subject}: {comp.candidate_label} vs {comp.baseline_label}"
    c = comp.comparison
    if c is None:
        return f"{head}: not compared ({comp.note})"
    low, high = c.interval
    name = TEST_NAMES.get(c.test, c.test)
    details = [
        f"{_points(c.difference)} points, {_confidence(c.confidence)} CI "
        f"{_points(low)} to {_points(high)}",
        f"{name} {sidedness(c.alternative)} p = {pvalue_text(c.pvalue)}",
        f"P({comp.candidate_label} better) {_relation(probability_text(c.prob_b_better))}",
    ]
    if c.test_note:
        details.append(c.test_note)
    parts = [f"{head}: {c.verdict} ({'; '.join(details)})"]
    if c.samples_per_arm_needed is not None:
        parts.append(
            f"about {c.samples_per_arm_needed} samples per arm would detect a change of this "
            "size with 80% power"
        )
    elif c.verdict == "no significant difference" and c.difference != 0:
        direction = "better" if c.alternative == "greater" else "worse"
        parts.append(
            f"the observed change goes the other way from the one-sided question "
            f"(is {comp.candidate_label} {direction}?)"
        )
    if comp.class_changes:
        parts.append(changes_text(comp))
    return "; ".join(parts)


def verdict_lines(comps: Sequence[ComparisonResult]) -> list[str]:
    return [verdict_line(comp) for comp in comps]


def regression_gate_lines(comps: Sequence[ComparisonResult]) -> list[str]:
    """A ``genreliability: gate failed:`` line per comparison whose verdict is ``regressed``."""
    lines = []
    for comp in comps:
        c = comp.comparison
        if c is None or c.verdict != "regressed":
            continue
        lines.append(
            f"{GATE_FAILED} {comp.subject}: {comp.candidate_label} regressed against "
            f"{comp.baseline_label}: {comp.passed_b}/{comp.total_b} passed "
            f"({report_text.pct(c.rate_b)}) vs {comp.passed_a}/{comp.total_a} "
            f"({report_text.pct(c.rate_a)}), {TEST_NAMES.get(c.test, c.test)} "
            f"{sidedness(c.alternative)} p = {pvalue_text(c.pvalue)} < alpha {c.alpha:g}"
        )
    return lines


def unmatched_lines(
    only_baseline: Sequence[SubjectResult],
    only_candidate: Sequence[SubjectResult],
    baseline_label: str,
    candidate_label: str,
) -> list[str]:
    """Subjects measured on one side only, named plainly instead of silently skipped."""
    lines = [
        f"{r.label}: only in {baseline_label}, not in {candidate_label}; not compared"
        for r in only_baseline
    ]
    lines += [
        f"{r.label}: only in {candidate_label}, not in {baseline_label}; not compared"
        for r in only_candidate
    ]
    return lines


def _side_dict(
    label: str, arm: str | None, passed: int, total: int, interval: tuple[float, float]
) -> dict[str, Any]:
    return {
        "label": label,
        "arm": arm,
        "passed": passed,
        "samples": total,
        "pass_rate": passed / total if total else None,
        "ci": {"lower": interval[0], "upper": interval[1]} if total else None,
    }


def comparison_dict(comp: ComparisonResult) -> dict[str, Any]:
    """The comparison as plain data, for the JSON document's ``comparisons`` list."""
    c = comp.comparison
    baseline = _side_dict(
        comp.baseline_label, comp.baseline_arm, comp.passed_a, comp.total_a, comp.interval_a
    )
    candidate = _side_dict(
        comp.candidate_label, comp.candidate_arm, comp.passed_b, comp.total_b, comp.interval_b
    )
    return {
        "subject": comp.subject,
        "baseline": baseline,
        "candidate": candidate,
        "ci_method": comp.method,
        "confidence": comp.confidence,
        "difference": None if c is None else c.difference,
        "difference_ci": None
        if c is None
        else {"method": "newcombe", "lower": c.interval[0], "upper": c.interval[1]},
        "test_requested": comp.test_requested,
        "test": None if c is None else c.test,
        "test_note": None if c is None else c.test_note,
        "alternative": None if c is None else c.alternative,
        "alpha": None if c is None else c.alpha,
        "pvalue": None if c is None else c.pvalue,
        "prob_b_better": None if c is None else c.prob_b_better,
        "verdict": comp.verdict,
        "samples_per_arm_needed": None if c is None else c.samples_per_arm_needed,
        "class_changes": [
            {"class": ch.name, "baseline": ch.count_a, "candidate": ch.count_b}
            for ch in comp.class_changes
        ],
        "note": comp.note,
    }


def machines_table(pooled: PooledRuns, confidence: float = 0.95, method: str = "wilson") -> str:
    """Per-subject, per-machine counts behind a pooled run, with the homogeneity p-value."""
    rows = []
    for result in pooled.results:
        machines = [m for m in pooled.machines if m.key == result.key]
        p_text = "-"  # one machine (with samples): nothing to compare it with
        if sum(1 for m in machines if m.total) > 1:
            p_text = pvalue_text(pooled.homogeneity.get(result.key, 1.0))
        for index, counts in enumerate(machines):
            rows.append(
                [
                    result.label if index == 0 else "",
                    counts.machine,
                    len(counts.runs),
                    counts.total,
                    counts.passed,
                    report_text.pct(counts.passed / counts.total if counts.total else None),
                    report_text.interval_text(
                        interval_of(counts.passed, counts.total, confidence, method)
                    ),
                    p_text if index == 0 else "",
                ]
            )
    headers = [
        "subject",
        "machine (hash)",
        "runs",
        "samples",
        "passed",
        "pass rate",
        report_text.interval_heading(confidence, method),
        "same rate? p",
    ]
    return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)


def homogeneity_warnings(pooled: PooledRuns, alpha: float = 0.05) -> list[str]:
    """A warning per subject whose machines do not share one pass rate (p below ``alpha``)."""
    lines = []
    for result in pooled.results:
        p_value = pooled.homogeneity.get(result.key, 1.0)
        if p_value >= alpha:
            continue
        figures = ", ".join(
            f"{m.machine} {m.passed}/{m.total}" for m in pooled.machines if m.key == result.key
        )
        lines.append(
            f"genreliability: warning: {result.label}: the machines differ ({figures}; "
            f"homogeneity p = {pvalue_text(p_value)}); the pooled pass rate "
            f"{report_text.pct(result.pass_rate)} hides the difference, so report the machines "
            "separately"
        )
    return lines
