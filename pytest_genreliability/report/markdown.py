"""A markdown summary for CI pages such as GitHub's job summary (reporting layer)."""

from __future__ import annotations

from collections.abc import Sequence

from tabulate import tabulate

from ..comparisons import ComparisonResult
from ..gates import GateResult
from ..records import SubjectResult
from .compare import verdict_line
from .text import interval_heading, interval_text, pct


def _main_class(result: SubjectResult) -> str:
    counts = result.failure_counts()
    if not counts:
        return ""
    name, count = counts.most_common(1)[0]
    return f"{name} ({count})"


def markdown_summary(
    results: Sequence[SubjectResult],
    comparisons: Sequence[ComparisonResult],
    gates: Sequence[GateResult],
    *,
    confidence: float,
    method: str,
) -> str:
    """Subjects, comparisons and gate verdicts as one markdown section."""
    lines = ["## Generator reliability", ""]
    rows = [
        [
            f"`{r.label}`",
            r.total,
            r.passed,
            r.failed,
            pct(r.pass_rate),
            interval_text(r.passed, r.total, confidence, method),
            _main_class(r),
        ]
        for r in results
    ]
    headers = [
        "subject",
        "samples",
        "passed",
        "failed",
        "pass rate",
        interval_heading(confidence, method),
        "main failure class",
    ]
    lines.append(tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True))
    if comparisons:
        lines += ["", "### Comparisons", ""]
        lines += [f"- {verdict_line(c)}" for c in comparisons]
    if gates:
        lines += ["", "### Gates", ""]
        for gate in gates:
            mark = ":white_check_mark:" if gate.passed else ":x:"
            lines.append(f"- {mark} {gate.line.removeprefix('genreliability: ')}")
    return "\n".join(lines) + "\n"
