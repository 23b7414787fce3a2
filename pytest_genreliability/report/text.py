"""Plain-text report tables (reporting layer: results in, text out; no terminal writer)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tabulate import tabulate

from ..classify import LOCK_KINDS, Failure, hotspot_key, lock_target
from ..figures import SubjectFigures
from ..gates import method_label
from ..records import UNRATED_OUTCOMES, SubjectResult


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


def subjects_table(figures: Sequence[SubjectFigures]) -> str:
    """One row per subject (or arm): counts, pass rate with interval, main reasons, durations.

    The interval's lower end is the bound the gate compares (``gates`` module: one rule).
    """
    rows = []
    for fig in figures:
        result = fig.result
        rows.append(
            [
                result.label,
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
    return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)


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


def retries_table(figures: Sequence[SubjectFigures]) -> str:
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
                result.label,
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
    return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)


def failure_classes_table(results: Sequence[SubjectResult]) -> str:
    """Per subject, why samples failed: class, count, share of the subject's samples, codes."""
    rows = []
    for result in results:
        failed = [r for r in result.rated if not r.passed]
        counts = result.failure_counts()
        for name, count in counts.most_common():
            of_class = [r for r in failed if (r.failure_class or r.outcome) == name]
            codes = sorted({r.errno for r in of_class if r.errno})
            operations = sorted({r.operation for r in of_class if r.operation})
            rows.append(
                [
                    result.label,
                    name,
                    count,
                    pct(count / result.total if result.total else None),
                    ", ".join(codes),
                    ", ".join(operations),
                ]
            )
    headers = ["subject", "failure class", "samples", "share of samples", "codes", "operations"]
    return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)


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


def lock_hotspots_table(results: Sequence[SubjectResult]) -> str:
    headers = ["subject", "locked file", "operation", "code", "samples"]
    return tabulate(
        lock_hotspots(results), headers=headers, tablefmt="simple", disable_numparse=True
    )


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
