"""Plain-text report tables (reporting layer: results in, text out; no terminal writer).

Tables fit the width they are given (the terminal's, passed in by the caller through ``Layout``):
subject ids lose the prefix they all share and, when still long, their middle; optional columns go
before essential ones; a table that cannot fit even then is printed as one block per row. Without a
width (the command line's ``show``, tests) tables are printed whole. Full ids stay in the JSON.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import tabulate as tabulate_module
from tabulate import tabulate

from ..classify import LOCK_KINDS, Failure, hotspot_key, lock_target, signature_of
from ..classify.signature import example_line
from ..figures import SubjectFigures
from ..gates import method_label
from ..records import UNRATED_OUTCOMES, SampleRecord, SubjectResult

ELLIPSIS = "..."
MIN_SHRUNK = 16  # a shortened cell keeps at least this many characters


def elide_middle(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters by replacing its middle with ``...``.

    The end keeps two thirds: a test's name, an arm and a file's name sit at the end of an id or
    path, and they tell entries apart more often than the start does.
    """
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return text[:limit]
    keep = limit - len(ELLIPSIS)
    head = keep // 3
    return text[:head] + ELLIPSIS + text[len(text) - (keep - head) :]


def common_prefix(labels: Iterable[str]) -> str:
    """The longest prefix every label shares that ends at a ``/`` or ``::`` boundary."""
    labels = list(labels)
    if not labels:
        return ""
    shared = os.path.commonprefix(labels)  # noqa: RUF071 (ids, not paths: '::' ends a part too)
    cut = max(shared.rfind("/") + 1, shared.rfind("::") + 2 if "::" in shared else 0)
    prefix = shared[:cut]
    return "" if any(label == prefix for label in labels) else prefix


@dataclass(frozen=True)
class Layout:
    """How tables are laid out: the width to fit (None: as wide as they are) and the shared
    prefix left out of subject ids, the same for every table of one report."""

    width: int | None = None
    prefix: str = ""

    @classmethod
    def for_labels(cls, labels: Iterable[str], width: int | None) -> Layout:
        """The layout for a report of these subjects: their shared prefix is left out only when
        some id is longer than a subject cell may be, so wide terminals show full ids."""
        labels = list(labels)
        if width is None or max(map(len, labels), default=0) <= (cls(width).subject_limit or 0):
            return cls(width)
        return cls(width, common_prefix(labels))

    @property
    def subject_limit(self) -> int | None:
        return None if self.width is None else max(20, self.width * 3 // 10)

    def subject(self, label: str) -> str:
        if self.prefix and label.startswith(self.prefix):
            label = label[len(self.prefix) :]
        limit = self.subject_limit
        return label if limit is None else elide_middle(label, limit)

    def note(self) -> str | None:
        """The line that says what the tables left out of subject ids, if anything."""
        if not self.prefix:
            return None
        note = f"subjects in {self.prefix}"
        return note if self.width is None else elide_middle(note, self.width)


NO_LAYOUT = Layout()


def _line_width(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def _render(rows: Sequence[Sequence[object]], headers: Sequence[str], columns: list[int]) -> str:
    """tabulate's ``simple`` table without the two spaces it pads every header with: columns as
    wide as their widest cell, two spaces apart (tabulate reads ``MIN_PADDING`` at call time)."""
    padding = tabulate_module.MIN_PADDING
    tabulate_module.MIN_PADDING = 0
    try:
        return tabulate(
            [[row[i] for i in columns] for row in rows],
            headers=[headers[i] for i in columns],
            tablefmt="simple",
            disable_numparse=True,
        )
    finally:
        tabulate_module.MIN_PADDING = padding


def fit_table(
    rows: Sequence[Sequence[object]],
    headers: Sequence[str],
    width: int | None,
    *,
    optional: Sequence[int] = (),
    shrink: Sequence[int] = (),
    cut_end: Sequence[int] = (),
) -> str:
    """A table no wider than ``width``: first without the ``optional`` columns (in that order),
    then with the ``shrink`` columns' long cells elided in the middle (ids, paths) or, for the
    ``cut_end`` ones, at the end (a message reads from its start); failing both, one block of
    ``header: value`` lines per row, which a terminal of any width wraps without losing columns.
    """
    columns = list(range(len(headers)))
    text = _render(rows, headers, columns)
    if width is None or _line_width(text) <= width:
        return text
    for index in optional:
        columns.remove(index)
        text = _render(rows, headers, columns)
        if _line_width(text) <= width:
            return text
    shrunk = [list(row) for row in rows]
    for index in (i for i in shrink if i in columns):
        widest = max((len(str(row[index])) for row in shrunk), default=0)
        limit = max(MIN_SHRUNK, len(headers[index]), widest - (_line_width(text) - width))
        cut = _clip if index in cut_end else elide_middle
        for row in shrunk:
            row[index] = cut(str(row[index]), limit)
        text = _render(shrunk, headers, columns)
        if _line_width(text) <= width:
            return text
    return blocks(rows, headers)


def blocks(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> str:
    """Each row as its first cell followed by indented ``header: value`` lines (empty cells left
    out): the narrow-terminal form of a table."""
    lines = []
    for row in rows:
        lines.append(str(row[0]))
        lines.extend(
            f"  {header}: {value}"
            for header, value in zip(headers[1:], row[1:], strict=False)
            if str(value)
        )
    return "\n".join(lines)


def pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def interval_heading(confidence: float, method: str) -> str:
    return f"{round(100 * confidence, 2):g}% CI ({method_label(method)})"


def interval_text(interval: tuple[float, float] | None) -> str:
    if interval is None:
        return "-"
    lower, upper = interval
    return f"{100 * lower:.1f}-{100 * upper:.1f}%"


def _reasons(result: SubjectResult) -> str:
    if result.failed == 0:
        return ""
    counts = result.failure_counts()
    if any(r.failure_class for r in result.rated if not r.passed):
        return ", ".join(f"{name} x{n}" for name, n in counts.most_common(3))
    return "; ".join(f"{_clip(reason)} (x{n})" for reason, n in result.reasons(2))


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def subjects_table(figures: Sequence[SubjectFigures], layout: Layout = NO_LAYOUT) -> str:
    """One row per subject (or arm): counts, pass rate with interval, main reasons, durations.

    The interval's lower end is the bound the gate compares (``gates`` module: one rule). On a
    narrow terminal the durations go first, then the reasons (the failure classes table follows).
    """
    rows = []
    for fig in figures:
        result = fig.result
        rows.append(
            [
                layout.subject(result.label),
                result.total,
                result.passed,
                result.failed,
                pct(result.pass_rate),
                interval_text(fig.interval),
                _reasons(result),
                seconds(result.median_duration()),
                seconds(result.max_duration()),
            ]
        )
    confidence, method = (figures[0].confidence, figures[0].method) if figures else (0.95, "")
    headers = [
        "subject",
        "samples",
        "passed",
        "failed",
        "pass rate",
        interval_heading(confidence, method),
        "main failure reasons",
        "median s",
        "max s",
    ]
    return fit_table(rows, headers, layout.width, optional=[8, 7, 6], shrink=[6])


def accounting_notes(figures: Sequence[SubjectFigures]) -> list[str]:
    """Samples that are not in the pass rate, said out loud (never silently dropped)."""
    notes = []
    for fig in figures:
        result = fig.result
        counts = result.outcome_counts()
        parts = [f"{counts[o]} {o}" for o in UNRATED_OUTCOMES if counts[o]]
        if parts:
            notes.append(f"{result.label}: {', '.join(parts)} (not in the pass rate)")
        if counts["crashed"]:
            notes.append(
                f"{result.label}: {counts['crashed']} sample(s) crashed (their test process "
                "died) and count as failures"
            )
        reason = fig.accounting.reason
        if reason:
            notes.append(f"{result.label}: incomplete: {reason}")
    return notes


def independence_warnings(figures: Sequence[SubjectFigures]) -> list[str]:
    """Subjects whose failures bunch together in sample order (runs test p < 0.01)."""
    lines = []
    for fig in figures:
        result, runs = fig.result, fig.runs
        if runs.clustered:
            lines.append(
                f"genreliability: warning: {result.label}: failures cluster in sample order "
                f"(runs test p = {runs.pvalue:.2g}: {runs.runs} runs where about "
                f"{runs.expected_runs:.1f} were expected); samples look dependent (state leaking "
                "between runs, such as stale temp files), and the intervals assume independence"
            )
    return lines


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def retries_table(figures: Sequence[SubjectFigures], layout: Layout = NO_LAYOUT) -> str:
    """First-attempt against eventual pass rate, for subjects that pytest-rerunfailures reran."""
    reran = [f for f in figures if f.result.reran]
    most = max(
        (int(k) for f in reran for k in f.result.attempts_distribution() if k != "failed"),
        default=1,
    )
    rows = []
    for fig in reran:
        result = fig.result
        first_passed, first_total = result.first_attempt_passed, result.first_attempt_total
        distribution = result.attempts_distribution()
        rows.append(
            [
                layout.subject(result.label),
                f"{first_passed}/{first_total} "
                f"({pct(first_passed / first_total if first_total else None)}, "
                f"{interval_text(fig.first_attempt_interval)})",
                f"{result.passed}/{result.total} ({pct(result.pass_rate)}, "
                f"{interval_text(fig.interval)})",
                *[distribution.get(str(n), 0) for n in range(1, most + 1)],
                distribution["failed"],
            ]
        )
    headers = [
        "subject",
        "first attempt",
        "eventual (after reruns)",
        *[f"passed on {_ordinal(n)}" for n in range(1, most + 1)],
        "failed after all",
    ]
    return fit_table(rows, headers, layout.width)


def _signature(record: SampleRecord) -> str:
    """A record's signature; runs saved before signatures existed get one from their excerpt."""
    return record.signature or signature_of(record.excerpt) or record.reason


def _per_sample(values: Sequence[str | None], samples: int) -> str:
    """Each value with how many of the group's samples it belongs to, unless it is all of them:
    a code seen once in five samples reads ``EEXIST (1 of 5)``, never as the group's code."""
    counts = Counter(value for value in values if value)
    return ", ".join(
        value if count == samples else f"{value} ({count} of {samples})"
        for value, count in counts.most_common()
    )


def _example(record: SampleRecord, limit: int = 70) -> str:
    """One line that says what failed, its paths short: a temporary folder per sample would
    otherwise fill the column (the full paths are in the lock hotspots and the JSON)."""
    return _clip(example_line(record.excerpt, record.cwd) or record.reason, limit)


def failure_classes_table(results: Sequence[SubjectResult], layout: Layout = NO_LAYOUT) -> str:
    """Per subject, why samples failed: one row per class and signature (so that different
    problems of one class, three unrelated ``other`` failures, are three rows), with the count,
    the share of the subject's samples, the codes and operations per sample, and one example."""
    rows = []
    for result in results:
        failed = [r for r in result.rated if not r.passed]
        class_counts = result.failure_counts()
        groups: dict[tuple[str, str], list[SampleRecord]] = {}
        for record in failed:
            name = record.failure_class or record.outcome
            groups.setdefault((name, _signature(record)), []).append(record)
        order = sorted(groups, key=lambda key: (-class_counts[key[0]], -len(groups[key])))
        for name, signature in order:
            members = groups[(name, signature)]
            count = len(members)
            rows.append(
                [
                    layout.subject(result.label),
                    name,
                    count,
                    pct(count / result.total if result.total else None),
                    _per_sample([r.errno for r in members], count),
                    _per_sample([r.operation for r in members], count),
                    _example(members[0]),
                ]
            )
    headers = ["subject", "failure class", "samples", "share of samples", "codes", "operations"]
    headers.append("example")
    return fit_table(rows, headers, layout.width, optional=[5, 3], shrink=[6], cut_end=[6])


def lock_hotspots(results: Sequence[SubjectResult]) -> list[list[str | int]]:
    """Rows of (subject, locked file normalized, operation, code, samples), most hit first."""
    counter: Counter[tuple[str, str, str, str]] = Counter()
    for result in results:
        for record in result.rated:
            if record.passed or not record.paths:
                continue
            failure = Failure(
                kind=record.failure_class or "other",
                errno=record.errno,
                operation=record.operation,
                paths=record.paths,
            )
            if failure.kind not in LOCK_KINDS:
                continue
            target = lock_target(failure)
            if target is None:
                continue
            key = (result.label, hotspot_key(target), record.operation or "", record.errno or "")
            counter[key] += 1
    return [[*key, count] for key, count in counter.most_common()]


def lock_hotspots_table(results: Sequence[SubjectResult], layout: Layout = NO_LAYOUT) -> str:
    """The held files; on a narrow terminal their paths lose their middle, not their name."""
    headers = ["subject", "locked file", "operation", "code", "samples"]
    rows = [[layout.subject(str(row[0])), *row[1:]] for row in lock_hotspots(results)]
    return fit_table(rows, headers, layout.width, optional=[2], shrink=[1])


def residue_lines(figures: Sequence[SubjectFigures]) -> list[str]:
    """Per subject (or arm), what its failed samples left behind; empty when none left any.

    Subjects whose failures left nothing are listed too once any did, so that a cleanup
    mitigation's effect reads side by side (``direct: 8 left 8 ...; safe: nothing``).
    """
    summaries = [(f.label, f.residue) for f in figures if f.residue is not None]
    if not any(summary.files for _, summary in summaries):
        return []
    return [f"{label}: {summary.text}" for label, summary in summaries]


def poisoning_warnings(figures: Sequence[SubjectFigures]) -> list[str]:
    """Subjects where every sample from some sample on failed alike, with that sample's excerpt."""
    lines = []
    for fig in figures:
        found = fig.poisoning
        if found is None:
            continue
        lines.append(f"genreliability: warning: {fig.label}: {found.line}")
        first = found.excerpt.strip().splitlines()
        if first:
            lines.append(f"  sample {found.index} said: {_clip(' / '.join(first[:3]), 200)}")
    return lines


def overlap_warnings(figures: Sequence[SubjectFigures]) -> list[str]:
    """Subjects whose samples ran at once in one directory (self-inflicted contention)."""
    return [
        f"genreliability: warning: {fig.label}: {fig.overlap.line}"
        for fig in figures
        if fig.overlap is not None
    ]


def sample_failure_line(record: SampleRecord) -> str:
    """A failed sample in one line: class, code, operation, path, how it ended, its error line.

    Measurement mode prints this instead of the failure's full output: thirteen seven-line blocks
    before the report bury it, and the record keeps the excerpt for the JSON and HTML reports.
    """
    where = " ".join(part for part in (record.errno, record.operation) if part)
    if record.paths:
        where = f"{where} {record.paths[-1]}".strip()
    head = f"{record.failure_class or record.outcome}" + (f" ({where})" if where else "")
    why = record.reason.strip().splitlines()[0] if record.reason.strip() else ""
    return f"{head}: {_clip(why, 200)}" if why else head
