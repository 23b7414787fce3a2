"""A forest plot of pass rates and comparisons, as PNG or SVG (reporting layer).

matplotlib is an optional extra (``pip install 'pytest-genreliability[plot]'``), so it is imported
only when a plot is drawn; without it :class:`PlotUnavailable` says how to get it. The figure is
built on :class:`matplotlib.figure.Figure` directly rather than through ``pyplot``: no global
figure manager, no interactive backend, nothing left behind in the process after the file is
written (``Figure.savefig`` picks the Agg or SVG canvas from the format).

Top panel: one row per subject or arm, the pass rate as a point with its confidence interval as a
bar and the required minimum as a dashed line. Bottom panel (when there are comparisons): the
difference candidate minus baseline in percentage points with Newcombe's interval, against a line
at zero, coloured and shaped by verdict. Counts and figures are written beside each row, so the
picture can be read without the text report. The panels are stacked rather than side by side so
that long node ids need one column of labels, not two.
"""

from __future__ import annotations

import io
import os
import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomicfile import write_bytes_atomic
from ..comparisons import ComparisonResult
from ..figures import SubjectFigures
from ..gates import method_label
from ..records import SubjectResult
from ..values import INSTALL_HINT, PlotUnavailable, plot_format

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: Longest row label before the middle of it gives way to an ellipsis.
MAX_LABEL = 48
#: Full ids listed under the plot at most; the JSON report has them all.
MAX_FOOTNOTES = 10

VERDICT_STYLES = {  # colour-blind safe (Okabe-Ito) colours, and a marker that points the way
    "improved": ("#009E73", "^"),
    "regressed": ("#D55E00", "v"),
    "no significant difference": ("#505050", "o"),
}
RATE_COLOUR = "#0072B2"
MINIMUM_COLOUR = "#CC3311"
STRIPE_COLOUR = "#F2F2F2"
ROW_INCHES = 0.36
#: Comparison rows carry two lines of label (subject, then ``safe vs direct``).
COMPARISON_ROW_INCHES = 0.5
DPI = 120
#: Agg cannot draw an image taller than 2**16 pixels; a very long plot gets a lower resolution.
MAX_PIXELS = 60_000
FOOTNOTE_POINTS = 7.5


# --- labels ---


def middle_ellipsis(text: str, limit: int = MAX_LABEL) -> str:
    """Shorten ``text`` to ``limit`` characters by cutting its middle, keeping both ends.

    A node id is recognised by its start (the test name) and told apart from its siblings by its
    end (the parameters). When the name is short enough to keep whole, the cut falls inside the
    parameters instead: ``test_gen[prisma-6…node20]``.
    """
    if len(text) <= limit:
        return text
    name, bracket, _ = text.partition("[")
    if bracket and len(name) + 1 <= limit * 3 // 5:
        head = len(name) + 1 + (limit - len(name) - 2) // 3
    else:
        head = (limit - 1) // 2
    return text[:head] + "…" + text[len(text) - (limit - 1 - head) :]


def _without_path(subject: str) -> str:
    """``tests/test_gen.py::test_x[a]`` -> ``test_x[a]``; other ids unchanged."""
    path, sep, rest = subject.partition("::")
    return rest if sep and rest and path.endswith(".py") else subject


def subject_labels(subjects: Sequence[str]) -> dict[str, str]:
    """A short, still distinct label for each subject id.

    The file path of a pytest node id is dropped (the test name and its parameters tell subjects
    apart), unless two subjects would then look alike; whatever is still too long loses its middle.
    """
    distinct = list(dict.fromkeys(subjects))
    short = {s: _without_path(s) for s in distinct}
    seen = Counter(short.values())
    return {s: middle_ellipsis(short[s] if seen[short[s]] == 1 else s) for s in distinct}


def _with_arm(label: str, arm: str | None) -> str:
    return f"{label} [{middle_ellipsis(arm, 20)}]" if arm else label


def _comparison_label(comp: ComparisonResult, labels: dict[str, str]) -> str:
    """``<subject>`` over ``safe vs direct``: the candidate first, as in the difference."""
    subject = labels.get(comp.subject) or middle_ellipsis(_without_path(comp.subject))
    candidate = middle_ellipsis(comp.candidate_label, 22)
    return f"{subject}\n{candidate} vs {middle_ellipsis(comp.baseline_label, 22)}"


# --- what is drawn, worked out before matplotlib is involved ---


@dataclass(frozen=True)
class SubjectRow:
    label: str
    passed: int
    total: int
    rate: float | None
    interval: tuple[float, float] | None
    own_minimum: float | None  # a per-subject minimum that differs from the global one

    @property
    def figures(self) -> str:
        if self.rate is None or self.interval is None:
            return f"{self.passed}/{self.total}  no rated sample"
        low, high = self.interval
        return (
            f"{self.passed}/{self.total}  {100 * self.rate:.0f}% [{100 * low:.0f}–{100 * high:.0f}]"
        )


@dataclass(frozen=True)
class ComparisonRow:
    label: str
    difference: float | None  # in percentage points
    interval: tuple[float, float] | None
    verdict: str
    note: str | None

    @property
    def figures(self) -> str:
        if self.difference is None or self.interval is None:
            return "not compared"
        low, high = self.interval
        return f"{self.difference:+.1f} [{low:+.1f}, {high:+.1f}] {self.verdict}"


def subject_rows(
    figures: Sequence[SubjectFigures], *, min_pass_rate: float | None = None
) -> list[SubjectRow]:
    labels = subject_labels([f.result.subject for f in figures])
    rows = []
    for fig in figures:
        result, interval = fig.result, fig.interval
        own = result.min_pass_rate if result.min_pass_rate != min_pass_rate else None
        rows.append(
            SubjectRow(
                label=_with_arm(labels[result.subject], result.arm),
                passed=result.passed,
                total=result.total,
                rate=result.pass_rate,
                interval=interval,
                own_minimum=own,
            )
        )
    return rows


def comparison_rows(
    comparisons: Sequence[ComparisonResult], subjects: Sequence[str] = ()
) -> list[ComparisonRow]:
    labels = subject_labels([*subjects, *(c.subject for c in comparisons)])
    rows = []
    for comp in comparisons:
        c = comp.comparison
        rows.append(
            ComparisonRow(
                label=_comparison_label(comp, labels),
                difference=None if c is None else 100 * c.difference,
                interval=None if c is None else (100 * c.interval[0], 100 * c.interval[1]),
                verdict=comp.verdict,
                note=comp.note,
            )
        )
    return rows


def _names_within(names: list[str], budget: int) -> str:
    """``a, b, c, d, e`` as ``a, b, …, e`` when the whole list is longer than ``budget``."""
    text = ", ".join(names)
    keep = len(names) - 1
    while len(text) > budget and keep > 1:
        keep -= 1
        text = ", ".join([*names[:keep], "…", names[-1]])
    return text


def _footnotes(results: Sequence[SubjectResult], width: int = 150) -> list[str]:
    """Where the shortened labels came from: their file, or their full id if their middle was cut.

    ``width`` is the number of characters a line holds; a file's list of tests is kept to about
    two lines, the full ids are given whole (the caller wraps them).
    """
    labels = subject_labels([r.subject for r in results])
    by_file: dict[str, list[str]] = {}
    cut = []
    for subject, label in labels.items():
        if label == subject:
            continue
        path, _, rest = subject.partition("::")
        if label == rest:
            by_file.setdefault(path, []).append(rest)
        else:
            cut.append(subject)
    lines = [
        f"{path}::  {_names_within(names, 2 * width - len(path) - 8)}"
        for path, names in by_file.items()
    ]
    lines += cut
    if len(lines) > MAX_FOOTNOTES:
        hidden = len(lines) - MAX_FOOTNOTES + 1
        lines = [
            *lines[: MAX_FOOTNOTES - 1],
            f"... and {hidden} more (full ids in the JSON report)",
        ]
    return lines


def _percent(value: float) -> str:
    return f"{round(100 * value, 2):g}%"


# --- drawing ---


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """First and last index of each run of true values: ``[T, T, F, T]`` -> ``[(0, 1), (3, 3)]``."""
    runs: list[tuple[int, int]] = []
    for index, flag in enumerate(flags):
        if not flag:
            continue
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _stripes(ax: Axes, count: int) -> None:
    for row in range(0, count, 2):
        ax.axhspan(row - 0.5, row + 0.5, color=STRIPE_COLOUR, zorder=0, linewidth=0)


def _rows_axis(ax: Axes, labels: list[str], figures: list[str]) -> None:
    """Row labels on the left, figures on the right, first row at the top."""
    count = len(labels)
    ax.set_ylim(count - 0.5, -0.5)
    ax.set_yticks(range(count), labels)
    ax.tick_params(axis="y", length=0, labelsize=9)
    right = ax.twinx()
    right.set_ylim(count - 0.5, -0.5)
    right.set_yticks(range(count), figures)
    right.tick_params(axis="y", length=0, labelsize=8.5)
    for side in (ax, right):
        for spine in ("top", "right", "left"):
            side.spines[spine].set_visible(False)


def _draw_subjects(
    ax: Axes, rows: list[SubjectRow], min_pass_rate: float | None, heading: str
) -> None:
    from matplotlib.ticker import PercentFormatter

    _stripes(ax, len(rows))
    ax.set_xlim(-0.02, 1.02)
    ax.xaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
    ax.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.6, zorder=0)
    ax.set_xlabel("pass rate", fontsize=9)
    ax.set_title(heading, fontsize=10, loc="left")
    drew_own = False
    for y, row in enumerate(rows):
        if row.rate is None or row.interval is None:
            ax.text(
                0.5,
                y,
                "no rated sample",
                ha="center",
                va="center",
                fontsize=8.5,
                style="italic",
                color="#666666",
            )
        else:
            low, high = row.interval
            ax.errorbar(
                row.rate,
                y,
                xerr=[[row.rate - low], [high - row.rate]],
                fmt="o",
                color=RATE_COLOUR,
                markersize=6,
                capsize=4,
                elinewidth=2,
                zorder=3,
                gid=f"subject-{y}",
            )
        if row.own_minimum is not None:
            ax.plot(
                [row.own_minimum] * 2,
                [y - 0.4, y + 0.4],
                color=MINIMUM_COLOUR,
                linewidth=2.5,
                solid_capstyle="butt",
                zorder=2,
                gid=f"subject-minimum-{y}",
                label=None if drew_own else "this subject's required minimum",
            )
            drew_own = True
    if min_pass_rate is not None:
        # across every row, broken only where a subject has a minimum of its own
        spans = _runs([row.own_minimum is None for row in rows])
        ax.vlines(
            [min_pass_rate] * len(spans),
            [a - 0.5 for a, _ in spans],
            [b + 0.5 for _, b in spans],
            colors=MINIMUM_COLOUR,
            linestyles="--",
            linewidth=1.5,
            zorder=2,
            gid="required-minimum",
            label=f"required minimum {_percent(min_pass_rate)}",
        )
    _rows_axis(ax, [r.label for r in rows], [r.figures for r in rows])


def _difference_limit(rows: list[ComparisonRow]) -> float:
    reach = [abs(v) for r in rows if r.interval is not None for v in r.interval]
    return min(100.0, 10.0 * (int(max(reach, default=0.0) // 10) + 1) + 5.0)


def _draw_comparisons(ax: Axes, rows: list[ComparisonRow], heading: str) -> None:
    _stripes(ax, len(rows))
    limit = _difference_limit(rows)
    ax.set_xlim(-limit, limit)
    ax.axvline(0.0, color="#333333", linewidth=1, zorder=2, gid="zero")
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.6, zorder=0)
    ax.set_xlabel("difference in pass rate (percentage points)", fontsize=9)
    ax.set_title(heading, fontsize=10, loc="left")
    shown: set[str] = set()
    for y, row in enumerate(rows):
        if row.difference is None or row.interval is None:
            ax.text(
                0.0,
                y,
                f"  not compared: {row.note or 'no data'}",
                ha="left",
                va="center",
                fontsize=8.5,
                style="italic",
                color="#666666",
            )
            continue
        colour, marker = VERDICT_STYLES.get(row.verdict, ("#505050", "o"))
        low, high = row.interval
        ax.errorbar(
            row.difference,
            y,
            xerr=[[row.difference - low], [high - row.difference]],
            fmt=marker,
            color=colour,
            markersize=7,
            capsize=4,
            elinewidth=2,
            zorder=3,
            label=None if row.verdict in shown else row.verdict,
            gid=f"comparison-{y}",
        )
        shown.add(row.verdict)
    _rows_axis(ax, [r.label for r in rows], [r.figures for r in rows])


def _text_inches(texts: Sequence[str], points: float) -> float:
    """A generous estimate of the printed width of the longest line, to size the columns."""
    longest = max((len(line) for text in texts for line in text.splitlines()), default=0)
    return longest * points * 0.6 / 72


#: Title, x axis and its label around each panel, in inches.
PANEL_DECORATION = 1.0
LEGEND_INCHES = 0.3


def _legend(figure: Figure, cell: Axes) -> None:
    """One legend for both panels, in a strip under the title, where it never covers a row."""
    cell.set_axis_off()
    entries: dict[str, Artist] = {}
    for ax in figure.axes:
        for handle, label in zip(*ax.get_legend_handles_labels(), strict=True):
            entries.setdefault(label, handle)
    if not entries:
        return
    # the session-wide minimum first, then per-subject ones, then verdicts in a fixed order
    order = ["required minimum", "this subject", *VERDICT_STYLES]
    labels = sorted(
        entries, key=lambda s: next(i for i, p in enumerate([*order, ""]) if s.startswith(p))
    )
    cell.legend(
        [entries[label] for label in labels],
        labels,
        loc="center",
        ncols=len(labels),
        fontsize=8.5,
        frameon=False,
        handlelength=2.2,
        borderaxespad=0,
    )


def _build_figure(
    subject_figures: Sequence[SubjectFigures],
    comparisons: Sequence[ComparisonResult],
    min_pass_rate: float | None,
) -> Figure:
    """Title, legend strip, subjects, comparisons, footnotes: one column, labels aligned."""
    from matplotlib.figure import Figure
    from matplotlib.transforms import blended_transform_factory

    results = [f.result for f in subject_figures]
    confidence, method = (
        (subject_figures[0].confidence, subject_figures[0].method)
        if subject_figures
        else (0.95, "wilson")
    )
    rows = subject_rows(subject_figures, min_pass_rate=min_pass_rate)
    comp_rows = comparison_rows(comparisons, [r.subject for r in results])
    labels = [r.label for r in rows] + [r.label for r in comp_rows]
    figures = [r.figures for r in rows] + [r.figures for r in comp_rows]
    width = min(_text_inches(labels, 9) + 5.5 + _text_inches(figures, 8.5), 16.0)
    fits = int((width - 0.2) * 72 / (FOOTNOTE_POINTS * 0.6))
    footnotes = [
        part
        for line in _footnotes(results, fits)
        for part in textwrap.wrap(line, fits, subsequent_indent="    ", break_on_hyphens=False)
    ]
    legend = (
        min_pass_rate is not None
        or any(r.own_minimum is not None for r in rows)
        or any(r.difference is not None for r in comp_rows)
    )
    heights = [LEGEND_INCHES if legend else 0.01, PANEL_DECORATION + ROW_INCHES * max(len(rows), 1)]
    if comp_rows:
        heights.append(PANEL_DECORATION + COMPARISON_ROW_INCHES * len(comp_rows))
    if footnotes:
        heights.append(0.15 * (len(footnotes) + 1))
    figure = Figure(figsize=(width, sum(heights) + 0.5), layout="constrained")
    grid = figure.add_gridspec(len(heights), 1, height_ratios=heights)
    figure.suptitle(
        f"Pass rates with {_percent(confidence)} confidence intervals ({method_label(method)})",
        fontsize=12,
    )
    legend_cell = figure.add_subplot(grid[0])
    top = figure.add_subplot(grid[1])
    if rows:
        _draw_subjects(top, rows, min_pass_rate, "Subjects")
    else:
        top.set_axis_off()
        top.text(0.5, 0.5, "no subject was measured", ha="center", va="center")
    if comp_rows:
        levels = {c.comparison.confidence for c in comparisons if c.comparison is not None}
        level = _percent(levels.pop()) if len(levels) == 1 else "confidence"
        heading = f"Comparisons: candidate minus baseline ({level} CI, Newcombe)"
        _draw_comparisons(figure.add_subplot(grid[2]), comp_rows, heading)
    _legend(figure, legend_cell)
    if footnotes:
        note = figure.add_subplot(grid[-1])
        note.set_axis_off()
        where = blended_transform_factory(figure.transFigure, note.transAxes)
        note.text(
            0.01,
            1.0,
            "\n".join(["Full ids:", *footnotes]),
            ha="left",
            va="top",
            fontsize=FOOTNOTE_POINTS,
            color="#444444",
            transform=where,
        )
    return figure


def write_forest_plot(
    path: str | os.PathLike[str],
    figures: Sequence[SubjectFigures],
    comparisons: Sequence[ComparisonResult] = (),
    *,
    min_pass_rate: float | None = None,
) -> Path:
    """Draw the forest plot and write it to ``path`` (``.png`` or ``.svg``) atomically.

    ``min_pass_rate`` is the session-wide minimum, drawn across every row; a subject whose own
    ``min_pass_rate`` differs gets a short mark on its row. Raises :class:`ValueError` for an
    unknown suffix and :class:`PlotUnavailable` when matplotlib is missing.
    """
    target = Path(path)
    image_format = plot_format(target)
    try:
        import matplotlib
    except ImportError as exc:
        raise PlotUnavailable(INSTALL_HINT) from exc
    figure = _build_figure(figures, comparisons, min_pass_rate)
    height = figure.get_figheight()
    buffer = io.BytesIO()
    # SVG text stays text (searchable, selectable) and element ids stay the same from run to run.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "genreliability"}):
        figure.savefig(
            buffer,
            format=image_format,
            dpi=min(DPI, MAX_PIXELS / height),
            metadata={"Date": None} if image_format == "svg" else None,
        )
    write_bytes_atomic(target, buffer.getvalue())
    return target
