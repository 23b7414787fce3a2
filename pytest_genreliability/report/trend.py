"""The trend across saved runs as a text table and as an HTML chart (reporting layer)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from tabulate import tabulate

from .. import __version__
from ..atomicfile import write_text_atomic
from ..trend import SubjectTrend, Trend, TrendPoint, TrendStep
from .compare import TEST_NAMES, pvalue_text
from .html import CSS, esc, pct, points


def _interval(point: TrendPoint) -> str:
    if point.lower is None or point.upper is None:
        return "-"
    return f"{100 * point.lower:.1f}-{100 * point.upper:.1f}%"


def step_text(step: TrendStep | None) -> str:
    if step is None:
        return ""
    figures = (
        f"{points(step.difference)} points, p = {pvalue_text(step.pvalue)}, "
        f"Holm p = {pvalue_text(step.adjusted)}"
    )
    word = f"CHANGED ({step.direction})" if step.changed else "no significant change"
    machine = "" if step.same_machine else "; other machine"
    return f"{word}: {figures}{machine}"


def _saved(point: TrendPoint) -> str:
    return (point.saved_at or "-").replace("T", " ")[:19]


def _rows(subject: SubjectTrend) -> list[list[str]]:
    by_after = {step.after: step for step in subject.steps}
    rows = []
    for n, point in enumerate(subject.points):
        rows.append(
            [
                str(n + 1),
                point.run,
                _saved(point),
                point.machine or "-",
                (point.commit or "-")[:10],
                f"{point.passed}/{point.total}" + ("" if point.complete else " (incomplete)"),
                pct(point.rate),
                _interval(point),
                step_text(by_after.get(n)) if n else "",
            ]
        )
    return rows


HEADERS = [
    "#",
    "run",
    "saved (UTC)",
    "machine",
    "commit",
    "passed",
    "pass rate",
    "interval (as reported)",
    "change from the previous run",
]


def trend_text(trend: Trend) -> str:
    """Per subject a table of its runs in time order, then the rule and the flagged changes."""
    if not trend.subjects:
        return "no subject in the selected runs"
    name = TEST_NAMES.get(trend.test, trend.test)
    parts = []
    for subject in trend.subjects:
        parts.append(subject.label)
        parts.append(tabulate(_rows(subject), headers=HEADERS, disable_numparse=True))
        parts.append("")
    parts.append(f"rule: {trend.rule().replace(trend.test, name, 1)}")
    flagged = trend.flagged
    if not flagged:
        parts.append("no change flagged")
    for subject, step in flagged:
        a, b = subject.points[step.before], subject.points[step.after]
        parts.append(
            f"flagged: {subject.label}: #{step.before + 1} {a.run} ({a.file}) -> "
            f"#{step.after + 1} {b.run} ({b.file}): "
            f"{pct(a.rate)} -> {pct(b.rate)}, {step_text(step)}"
        )
    return "\n".join(parts)


def _chart(subject: SubjectTrend) -> str:
    """Pass rate with interval per run (time order, evenly spaced); flagged steps in colour."""
    n = len(subject.points)
    left, right, top, plot_h = 50, 20, 16, 200
    step_w = 90 if n < 12 else max(20, 900 // n)
    width = left + right + step_w * max(n, 1)
    height = top + plot_h + 52

    def x(i: int) -> float:
        return left + step_w * (i + 0.5)

    def y(rate: float) -> float:
        return top + (1 - rate) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="pass rate by run">'
    ]
    for tick in range(0, 101, 20):
        ty = y(tick / 100)
        parts.append(
            f'<line x1="{left}" y1="{ty:.1f}" x2="{width - right}" y2="{ty:.1f}" '
            f'stroke="#e6e6e6"/><text x="{left - 6}" y="{ty + 4:.1f}" font-size="11" '
            f'text-anchor="end">{tick}%</text>'
        )
    for step in subject.steps:
        a, b = subject.points[step.before], subject.points[step.after]
        if a.rate is None or b.rate is None:
            continue
        stroke = "#9e9e9e"
        if step.changed:
            stroke = "#2e7d32" if step.direction == "up" else "#c62828"
        parts.append(
            f'<line x1="{x(step.before):.1f}" y1="{y(a.rate):.1f}" x2="{x(step.after):.1f}" '
            f'y2="{y(b.rate):.1f}" stroke="{stroke}" stroke-width="{3 if step.changed else 1.5}">'
            f"<title>{esc(step_text(step))}</title></line>"
        )
    for i, point in enumerate(subject.points):
        label = esc(point.run if len(point.run) <= 12 else point.run[:11] + "...")
        parts.append(
            f'<text x="{x(i):.1f}" y="{top + plot_h + 16}" font-size="11" text-anchor="middle">'
            f'{label}</text><text x="{x(i):.1f}" y="{top + plot_h + 30}" font-size="10" '
            f'fill="#666" text-anchor="middle">{esc(_saved(point)[5:16])}</text>'
        )
        if point.rate is None:
            continue
        title = (
            f"{point.run} ({point.file}): {point.passed}/{point.total} {pct(point.rate)}, "
            f"interval {_interval(point)}, machine {point.machine or '-'}, "
            f"commit {(point.commit or '-')[:10]}"
        )
        if point.lower is not None and point.upper is not None:
            parts.append(
                f'<line x1="{x(i):.1f}" y1="{y(point.upper):.1f}" x2="{x(i):.1f}" '
                f'y2="{y(point.lower):.1f}" stroke="#1b1b1b" stroke-width="2"/>'
            )
        fill = "#1b1b1b" if point.complete else "#ffffff"
        parts.append(
            f'<circle cx="{x(i):.1f}" cy="{y(point.rate):.1f}" r="5" fill="{fill}" '
            f'stroke="#1b1b1b" stroke-width="1.5"><title>{esc(title)}</title></circle>'
        )
    parts.append("</svg>")
    return "".join(parts)


def trend_html(trend: Trend) -> str:
    name = TEST_NAMES.get(trend.test, trend.test)
    sections = []
    for subject in trend.subjects:
        head = "".join(f"<th>{esc(h)}</th>" for h in HEADERS)
        body = "".join(
            "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>"
            for row in _rows(subject)
        )
        sections.append(
            f"<h2>{esc(subject.label)}</h2>{_chart(subject)}"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )
    flagged = "".join(
        f"<li>{esc(s.label)}: #{st.before + 1} {esc(s.points[st.before].run)} -> "
        f"#{st.after + 1} {esc(s.points[st.after].run)}: {esc(step_text(st))}</li>"
        for s, st in trend.flagged
    )
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8"><title>Generator reliability trend</title>'
        f"<style>{CSS}</style></head><body><main><h1>Generator reliability trend</h1>"
        f'<p class="lead">{trend.runs} saved run(s), oldest first. Dots: pass rate (hollow: '
        "run incomplete); bars: the interval each run reported; lines between runs are "
        "green or red only where a change is flagged. Rule: "
        f"{esc(trend.rule().replace(trend.test, name, 1))}. Rendered {made} by "
        f"pytest-genreliability {esc(__version__)}.</p>"
        f"<h2>Flagged changes</h2><ul>{flagged or '<li>none</li>'}</ul>"
        f"{''.join(sections) or '<p>no subject in the selected runs</p>'}"
        "</main></body></html>\n"
    )


def write_trend_html(path: str | Path, trend: Trend) -> None:
    write_text_atomic(Path(path), trend_html(trend))
