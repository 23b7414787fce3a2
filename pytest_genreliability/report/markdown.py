"""A markdown summary for CI pages such as GitHub's job summary (reporting layer)."""

from __future__ import annotations

from collections.abc import Sequence

from tabulate import tabulate

from ..comparisons import ComparisonResult
from ..figures import SubjectFigures
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
    figures: Sequence[SubjectFigures], comparisons: Sequence[ComparisonResult]
) -> str:
    """Subjects, comparisons and gate verdicts as one markdown section."""
    lines = ["## Generator reliability", ""]
    rows = [
        [
            f"`{f.result.label}`",
            f.result.total,
            f.result.passed,
            f.result.failed,
            pct(f.result.pass_rate),
            interval_text(f.interval),
            _main_class(f.result),
        ]
        for f in figures
    ]
    gates = [f.gate for f in figures if f.gate is not None]
    confidence, method = (figures[0].confidence, figures[0].method) if figures else (0.95, "")
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
