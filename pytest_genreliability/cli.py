"""The ``pytest-genreliability`` command: list, show, compare, merge, render and trend saved runs.

It prints the same tables as the pytest plugin, from the same core and reporting code, so a
comparison made after the fact gives the figures the session would have given. Exit status:
0 on success, 1 when ``compare --fail-on-regression`` finds a regression, 2 for bad arguments
or unreadable files (as argparse does).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tabulate import tabulate

from . import __version__, stats
from .atomicfile import write_json_atomic
from .choices import CI_METHODS, COMPARISON_TESTS
from .comparisons import ComparisonResult, compare_results, match_saved, pair_arms
from .figures import SubjectFigures, subject_figures
from .options import HELP
from .overlap import overlapping
from .records import SubjectResult
from .redact import redact_command, secret_values
from .report import compare as report_compare
from .report import text as report_text
from .report.document import build_document
from .storage import (
    DEFAULT_ROOT,
    SavedRun,
    Storage,
    StorageError,
    check_name,
    collect_metadata,
    pool_runs,
    read_run,
)
from .values import parse_confidence

PROG = "pytest-genreliability"


class UsageError(Exception):
    """A problem with what the user asked for; reported like an argparse error (exit 2)."""


def _shared_value(option: str, parse: Callable[[str], float]) -> Callable[[str], float]:
    """A parser of :mod:`.values`, its message prefixed with the option, as pytest's are."""

    def convert(text: str) -> float:
        try:
            return parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(f"{option}: {error}") from None

    return convert


def _saved_default(text: str) -> str:
    """An option's help text, its default being the one the run was saved with."""
    return text.rsplit(" (default", 1)[0] + " (default: the one the run was saved with)"


def _probability(option: str, upper: float = 1.0) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{option} must be a number, got {text!r}") from None
        if not 0.0 < value < upper:
            raise argparse.ArgumentTypeError(
                f"{option} must be strictly between 0 and {upper:g}, got {text!r}"
            )
        return value

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Inspect, compare and pool runs saved by pytest --gen-save=NAME.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--storage", metavar="DIR", type=Path, default=DEFAULT_ROOT, help=HELP["storage"]
    )
    figures = argparse.ArgumentParser(add_help=False)
    # the plugin's own options, with its help texts and parsers (one table: options.HELP)
    figures.add_argument(
        "--confidence",
        type=_shared_value("--confidence", parse_confidence),
        default=None,
        help=_saved_default(HELP["confidence"]),
    )
    figures.add_argument(
        "--ci-method",
        choices=CI_METHODS,
        default=None,
        help=_saved_default(HELP["ci_method"]),
    )
    testing = argparse.ArgumentParser(add_help=False)
    testing.add_argument("--test", choices=COMPARISON_TESTS, default="boschloo", help=HELP["test"])
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    commands.add_parser("list", parents=[common], help="list saved runs, oldest first")

    show = commands.add_parser(
        "show", parents=[common, figures, testing], help="print a saved run's subject table"
    )
    show.add_argument("run", metavar="NAME", help="run name, 'latest', or a path to a run file")

    compare = commands.add_parser(
        "compare",
        parents=[common, figures, testing],
        help="compare run B (candidate) with run A (baseline), subject by subject",
    )
    compare.add_argument("baseline", metavar="A", help="baseline: run name, 'latest' or a path")
    compare.add_argument("candidate", metavar="B", help="candidate: run name, 'latest' or a path")
    compare.add_argument(
        "--alternative",
        choices=stats.ALTERNATIVES,
        default="two-sided",
        help="two-sided (did anything change?, default), greater (is B better?), less (worse?)",
    )
    compare.add_argument(
        "--alpha", type=_probability("--alpha", 0.5), default=0.05, help="significance level"
    )
    compare.add_argument(
        "--fail-on-regression",
        action="store_true",
        help="exit 1 when any subject regressed significantly",
    )

    merge = commands.add_parser(
        "merge",
        parents=[common, figures],
        help="pool runs from several machines into one run file",
    )
    merge.add_argument("runs", metavar="FILES", nargs="+", help="run files (or run names)")
    merge.add_argument(
        "-o", "--output", metavar="OUT", type=Path, required=True, help="pooled run file to write"
    )
    merge.add_argument("--force", action="store_true", help="replace OUT if it exists")

    page = commands.add_parser(
        "html", parents=[common], help="render saved runs as one self-contained HTML report"
    )
    page.add_argument("runs", metavar="RUN", nargs="+", help="run name, 'latest' or a run file")
    page.add_argument(
        "-o", "--output", metavar="PATH", type=Path, required=True, help="HTML file to write"
    )

    trend = commands.add_parser(
        "trend",
        parents=[common, testing],
        help="each subject's pass rate across saved runs, flagging changes a test supports",
    )
    trend.add_argument(
        "prefix", metavar="NAME-PREFIX", nargs="?", help="only runs whose name starts with this"
    )
    trend.add_argument("--last", metavar="N", type=_positive("--last"), help="only the last N runs")
    trend.add_argument(
        "--alpha",
        type=_probability("--alpha", 0.5),
        default=0.05,
        help="family-wise error rate of flagged changes (Holm over all pairs; default 0.05)",
    )
    trend.add_argument("--html", metavar="PATH", type=Path, help="also write an HTML chart")
    return parser


def _positive(option: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{option} must be a whole number, got {text!r}"
            ) from None
        if value < 1:
            raise argparse.ArgumentTypeError(f"{option} must be at least 1, got {text!r}")
        return value

    return parse


def _load(storage: Storage, name_or_path: str) -> SavedRun:
    try:
        return storage.load(name_or_path)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _settings(args: argparse.Namespace, run: SavedRun) -> tuple[float, str]:
    confidence = args.confidence if args.confidence is not None else run.confidence
    method = args.ci_method if args.ci_method is not None else run.method
    return confidence, method


def _describe(run: SavedRun) -> str:
    meta = run.metadata
    parts = [f"run {run.name!r} ({run.path})"]
    if run.saved_at:
        parts.append(f"saved {run.saved_at}")
    if meta.get("plugin_version"):
        parts.append(f"plugin {meta['plugin_version']}")
    if meta.get("python"):
        where = f"Python {meta['python']}"
        if meta.get("os"):
            where += f" on {meta['os']} {meta.get('os_release', '')}".rstrip()
        parts.append(where)
    if meta.get("machine_hash"):
        parts.append(f"machine {meta['machine_hash']}")
    if meta.get("git_commit"):
        parts.append(f"commit {str(meta['git_commit'])[:12]}")
    text = ", ".join(parts)
    incomplete = partial_reason(run)
    if incomplete:
        text += f"\nPARTIAL RUN (complete: false): {incomplete}"
    return text


def partial_reason(run: SavedRun) -> str | None:
    """Why a saved run is only part of its plan, or ``None`` when it is complete."""
    if run.document.get("complete", True) is not False:
        return None
    reason = run.document.get("incomplete")
    return str(reason) if reason else "the run did not complete"


def _figures(
    results: Sequence[SubjectResult], confidence: float, method: str
) -> list[SubjectFigures]:
    overlaps = overlapping(record for result in results for record in result.attempts)
    return [subject_figures(r, confidence, method, overlaps=overlaps) for r in results]


def _print_comparisons(comps: Sequence[ComparisonResult]) -> None:
    if comps:
        print(report_compare.comparisons_table(comps))
        for line in report_compare.verdict_lines(comps):
            print(line)


def cmd_list(args: argparse.Namespace) -> int:
    storage = Storage(args.storage)
    infos = storage.list()
    if not infos:
        print(f"no saved runs in {storage.root}")
        return 0
    rows = []
    for info in infos:
        meta = info.metadata or {}
        rows.append(
            [
                info.name or "-",
                info.saved_at or "-",
                "-" if info.subjects is None else info.subjects,
                "-" if info.samples is None else info.samples,
                str(meta.get("git_commit") or "-")[:12],
                meta.get("machine_hash") or "-",
                info.path.name if info.readable else f"{info.path.name} (unreadable)",
            ]
        )
    headers = ["name", "saved (UTC)", "subjects", "samples", "commit", "machine", "file"]
    print(tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True))
    for info in infos:
        if not info.readable:
            print(f"unreadable: {info.error}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    run = _load(Storage(args.storage), args.run)
    confidence, method = _settings(args, run)
    print(_describe(run))
    if not run.results:
        print("no subjects in this run")
        return 0
    figures = _figures(run.results, confidence, method)
    print(report_text.subjects_table(figures))
    for note in report_text.accounting_notes(figures):
        print(note)
    comps = [
        compare_results(a, b, test=args.test, confidence=confidence, method=method)
        for a, b in pair_arms(run.results)
    ]
    _print_comparisons(comps)
    return 0


def _labels(baseline: SavedRun, candidate: SavedRun) -> tuple[str, str]:
    if baseline.name != candidate.name:
        return baseline.name, candidate.name
    return baseline.path.stem, candidate.path.stem


def cmd_compare(args: argparse.Namespace) -> int:
    storage = Storage(args.storage)
    baseline = _load(storage, args.baseline)
    candidate = _load(storage, args.candidate)
    confidence, method = _settings(args, baseline)
    label_a, label_b = _labels(baseline, candidate)
    print(f"baseline  A: {_describe(baseline)}")
    print(f"candidate B: {_describe(candidate)}")
    pairs, only_candidate, only_baseline = match_saved(candidate.results, baseline.results)
    comps = [
        compare_results(
            a,
            b,
            test=args.test,
            alternative=args.alternative,
            confidence=confidence,
            alpha=args.alpha,
            method=method,
            baseline_label=label_a,
            candidate_label=label_b,
        )
        for a, b in pairs
    ]
    _print_comparisons(comps)
    for line in report_compare.unmatched_lines(only_baseline, only_candidate, label_a, label_b):
        print(line)
    if not comps:
        print(f"no subject appears in both {label_a} and {label_b}: nothing to compare")
    regressions = [c for c in comps if c.verdict == "regressed"]
    if args.fail_on_regression and regressions:
        for line in report_compare.regression_gate_lines(regressions):
            print(line)
        return 1
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    storage = Storage(args.storage)
    output: Path = args.output
    if output.exists() and not args.force:
        raise UsageError(f"-o {output}: the file exists (use --force to replace it)")
    runs = [_load(storage, name) for name in args.runs]
    seen: dict[Path, str] = {}
    for given, run in zip(args.runs, runs, strict=True):
        resolved = run.path.resolve()
        if resolved in seen:
            raise UsageError(f"{given}: the same run as {seen[resolved]}; it would count twice")
        seen[resolved] = given
    confidence, method = _settings(args, runs[0])
    pooled = pool_runs(runs)
    metadata = collect_metadata([PROG, *redact_command(sys.argv[1:], secret_values(os.environ))])
    metadata.update(
        name=output.stem if _valid_name(output.stem) else "merged",
        merged_from=list(pooled.sources),
        machine_hash=None,  # a pooled run comes from several machines: see "machines"
        machines=sorted({source["machine_hash"] for source in pooled.sources}),
    )
    document = build_document(_figures(pooled.results, confidence, method), metadata=metadata)
    for subject in document["subjects"]:
        key = (subject["id"], subject["arm"])
        subject["machines"] = [
            {
                "machine_hash": m.machine,
                "runs": list(m.runs),
                "passed": m.passed,
                "samples": m.total,
                "pass_rate": m.passed / m.total if m.total else None,
            }
            for m in pooled.machines
            if m.key == key
        ]
        subject["homogeneity_pvalue"] = pooled.homogeneity.get(key)
    write_json_atomic(output, document)
    machines = len(metadata["machines"])
    print(f"pooled {len(runs)} runs from {machines} machine(s) into {output}")
    if machines == 1:
        print("all runs come from one machine: there are no machines to compare")
    print(report_text.subjects_table(_figures(pooled.results, confidence, method)))
    print(report_compare.machines_table(pooled, confidence, method))
    for line in report_compare.homogeneity_warnings(pooled):
        print(line)
    return 0


def _valid_name(name: str) -> bool:
    try:
        check_name(name)
    except ValueError:
        return False
    return True


def cmd_html(args: argparse.Namespace) -> int:
    from .report.html import write_html

    storage = Storage(args.storage)
    runs, problems = [], []
    for name in args.runs:
        try:
            runs.append(_load(storage, name))
        except StorageError as exc:
            problems.append(f"not rendered: {exc}")
    if not runs:
        raise UsageError("; ".join(problems))
    write_html(
        args.output,
        [run.document for run in runs],
        titles=[f"{run.name} ({run.path.name})" for run in runs] if len(runs) > 1 else None,
        problems=problems,
    )
    for problem in problems:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    print(f"rendered {len(runs)} run(s) to {args.output}")
    return 0


def cmd_trend(args: argparse.Namespace) -> int:
    from .report.trend import trend_text, write_trend_html
    from .trend import compute_trend, select_runs

    storage = Storage(args.storage)
    runs = []
    for info in storage.list():
        if info.readable:
            runs.append(read_run(info.path, info.name))
        else:
            print(f"skipped unreadable run: {info.error}")
    runs = select_runs(runs, args.prefix, args.last)
    if not runs:
        which = f" named {args.prefix}*" if args.prefix else ""
        raise UsageError(f"{storage.root}: no saved runs{which}")
    trend = compute_trend(runs, alpha=args.alpha, test=args.test)
    print(f"{len(runs)} run(s) from {storage.root}, oldest first")
    print(trend_text(trend))
    if args.html is not None:
        write_trend_html(args.html, trend)
        print(f"trend chart written to {args.html}")
    return 0


COMMANDS = {
    "list": cmd_list,
    "show": cmd_show,
    "compare": cmd_compare,
    "merge": cmd_merge,
    "html": cmd_html,
    "trend": cmd_trend,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad arguments, 0 after --help
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return COMMANDS[args.command](args)
    except (StorageError, UsageError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (``... | head``): not an error of ours. Point stdout at devnull
        # so the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
