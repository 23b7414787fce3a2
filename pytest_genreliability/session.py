"""The controller's view of a measurement session: gather sample records, gate, report.

Registered only in measurement mode and never on a pytest-xdist worker: workers attach each
sample's record to its test report, and the reports reach this object on the controller through
``pytest_runtest_logreport``. Figures and gates are computed once, after the last report.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .address import parse_nodeid
from .atomicfile import write_json_atomic, write_text_atomic, writes_in_place
from .comparisons import ComparisonResult, compare_results, match_saved, pair_arms
from .figures import Accounting, SubjectFigures, subject_figures
from .gates import GatePolicy, GateResult, evaluate_gate, sequential_gate
from .measure import COLLECTION_OUTPUT, RECORD_ATTR, Measurement
from .overlap import overlapping
from .records import SampleRecord, SubjectResult, aggregate
from .redact import redact, redact_command, secret_values
from .report import text as report_text
from .report.compare import (
    comparison_dict,
    comparisons_table,
    regression_gate_lines,
    unmatched_lines,
    verdict_lines,
)
from .report.document import build_document, junit_properties
from .report.markdown import markdown_summary
from .settings import SessionSettings
from .stopping import Verdict, arm_outcomes, gate_verdict, verdict_for
from .storage import SavedRun, Storage, StorageError, collect_metadata


class ReliabilitySession:
    def __init__(self, config: pytest.Config, settings: SessionSettings) -> None:
        self.config = config
        self.settings = settings
        self.records: list[SampleRecord] = []
        self.forgiven_failures = 0  # failed reports that are measured sample failures
        self.results: list[SubjectResult] = []
        self.figures: list[SubjectFigures] = []
        self.gates: dict[tuple[str, str | None], GateResult] = {}
        #: samples per subject: planned (before selection) and collected (after it)
        self.planned: dict[tuple[str, str | None], int] = {}
        self.collected: dict[tuple[str, str | None], int] = {}
        self.collection_known = False
        self.nothing_measured: str | None = None  # why, when a gate had nothing to judge
        self.stopped: str | None = None  # why the run ended before every item ran
        self.comparisons: list[ComparisonResult] = []
        self.saved_comparisons: list[ComparisonResult] = []
        self.unmatched: list[str] = []
        self.failure_lines: list[str] = []  # gate-like failures: regressions, unwritable outputs
        self.verdicts: dict[str, Verdict] = {}
        self.saved_path: Path | None = None
        self.written: set[str] = set()  # the outputs written, so "written to" is never a lie
        self.layout = report_text.NO_LAYOUT  # the terminal's width, set when the report is printed
        self.baseline = self._load_baseline()
        self._check_storage()

    def _check_storage(self) -> None:
        """A store that cannot take the run is said before the first sample, not after the last."""
        if self.settings.save is None or self.config.option.collectonly:
            return
        try:
            Storage(self.settings.storage).check_writable()
        except StorageError as error:
            raise pytest.UsageError(f"--gen-save: {error}") from None

    def _load_baseline(self) -> SavedRun | None:
        """Read the run to compare with before any sample runs: a bad file is a usage error."""
        if self.settings.compare is None:
            return None
        try:
            return Storage(self.settings.storage).load(self.settings.compare)
        except (StorageError, ValueError) as error:
            raise pytest.UsageError(f"--gen-compare: {error}") from None

    # --- gathering ---

    def add(self, record: SampleRecord) -> None:
        self.records.append(record)

    def collection_counts(self, planned: dict[str, int], collected: dict[str, int]) -> None:
        """Samples per subject before and after selection, from this process or a worker."""
        if self.collection_known:
            return  # every worker collects the same items: one account is enough
        self.collection_known = True
        for target, counts in ((self.planned, planned), (self.collected, collected)):
            for key, count in counts.items():
                subject, _, arm = key.partition("\x1f")
                target[(subject, arm or None)] = count

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        output = getattr(node, "workeroutput", None) or {}
        counts = output.get(COLLECTION_OUTPUT)
        if isinstance(counts, dict):
            self.collection_counts(counts.get("planned", {}), counts.get("collected", {}))

    @pytest.hookimpl(tryfirst=True)  # before the terminal and JUnit read the failure
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        data = getattr(report, RECORD_ATTR, None)
        if isinstance(data, dict):
            record = SampleRecord.from_dict(
                {**data, "final": str(report.outcome) != "rerun", "worker": _worker(report)}
            )
            self.add(record)
            if report.failed and record.rated:
                self.forgiven_failures += 1
                if self.config.getoption("verbose") < 1:
                    report.longrepr = SampleFailure(  # type: ignore[assignment]
                        report_text.sample_failure_line(record), str(report.longrepr)
                    )
        elif report.failed and report.when not in ("setup", "call", "teardown"):
            self._add_crash(report)

    def _add_crash(self, report: pytest.TestReport) -> None:
        """pytest-xdist reports an item whose worker died with ``when='???'`` and no record."""
        address = parse_nodeid(report.nodeid)
        if address is None:
            return
        record = SampleRecord(
            subject=address.subject,
            arm=address.arm,
            index=address.index,
            count=address.count,
            attempt=self._next_attempt(address.subject, address.arm, address.index),
            outcome="crashed",
            failure_class="crashed",
            reason="test process died during the sample",
            excerpt=redact(str(report.longrepr or "")[-2000:], self._secrets()),
            worker=_worker(report),
        )
        self.add(record)
        self.forgiven_failures += 1
        measurement = self._measurement()
        if measurement is not None and measurement.notes is not None:
            measurement.notes.note(record)  # --gen-samples=auto: the workers must learn of it

    def _secrets(self) -> frozenset[str]:
        return secret_values(os.environ)

    def _next_attempt(self, subject: str, arm: str | None, index: int) -> int:
        seen = [
            r.attempt for r in self.records if (r.subject, r.arm, r.index) == (subject, arm, index)
        ]
        return max(seen, default=0) + 1

    # --- deciding ---

    def _measurement(self) -> Measurement | None:
        plugin = self.config.pluginmanager.get_plugin("genreliability-measurement")
        return plugin if isinstance(plugin, Measurement) else None

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        measurement = self._measurement()
        if measurement is not None and measurement.planned_counts:
            self.collection_counts(measurement.planned_counts, measurement.collected_counts)
        self.results = aggregate(self.records)
        stopped = self.stopped = _stopped_by(session)
        accounts = {r.key: self._accounting(r, stopped) for r in self.results}
        self._gate(accounts)
        self._decide_sequential()
        overlaps = overlapping(self.records)
        self.figures = [
            subject_figures(
                r,
                self.settings.confidence,
                self.settings.ci_method,
                gate=self.gates.get(r.key),
                accounting=accounts[r.key],
                overlaps=overlaps,
            )
            for r in self.results
        ]
        self._compare()
        self._nothing_measured(session, stopped)
        self._junit_properties()
        if not self.config.option.collectonly:
            self._write_outputs()
        session.exitstatus = self.exit_status(session)

    def _accounting(self, result: SubjectResult, stopped: str | None) -> Accounting:
        planned = self.planned.get(result.key, result.planned)
        collected = self.collected.get(result.key, planned) if self.collection_known else planned
        counts = result.outcome_counts()
        auto = any(r.extra.get("sequential") for r in result.samples)
        not_run = max(0, collected - len(result.samples))
        if auto and not stopped:
            not_run = 0  # auto mode skips what it no longer needs; a stop is still a stop
        return Accounting(
            planned=planned,
            deselected=max(0, planned - collected),
            not_run=not_run,
            interrupted=counts["interrupted"],
            stopped_by=stopped,
            decided_early=auto,
        )

    def _gate(self, accounts: dict[tuple[str, str | None], Accounting]) -> None:
        for result in self.results:
            required = _first(result.min_pass_rate, self.settings.min_pass_rate)
            if required is None:
                continue
            if result.total == 0 and not accounts[result.key].reason and result.samples:
                continue  # every sample skipped (e.g. skipif on this platform): nothing to gate
            policy = GatePolicy(
                min_pass_rate=required,
                basis=self.settings.gate_basis,
                confidence=self.settings.confidence,
                method=self.settings.ci_method,
            )
            self.gates[result.key] = evaluate_gate(
                result.label,
                result.passed,
                result.total,
                policy,
                incomplete=accounts[result.key].reason,
                allow_incomplete=self.settings.allow_incomplete,
            )

    def _nothing_measured(self, session: pytest.Session, stopped: str | None) -> None:
        """No rated sample at all: say precisely why; with a gate asked for, it fails."""
        if any(r.total for r in self.results):
            return
        deselected = sum(max(0, n - self.collected.get(k, 0)) for k, n in self.planned.items())
        if stopped == "interrupted":
            why = "the run was interrupted before a sample finished"
        elif self.results:
            why = "every sample was skipped or ended in a harness error"
        elif self.planned and deselected:
            why = f"all {deselected} generator samples were deselected (-k/-m/--lf)"
        elif stopped:
            why = f"the run stopped ({stopped}) before a generator sample ran"
        else:
            why = "no generator test was collected (a test using gen_run/gen_sample or the "
            why += "genreliability marker, or ini gen_command)"
        self.nothing_measured = why

    def empty_gate_fails(self) -> bool:
        """A gate was asked for and no sample reached it: none collected, all deselected, or
        interrupted. (Subjects whose every sample skipped itself, e.g. ``skipif`` on this
        platform, are not gated: the user said they do not apply here.)"""
        if self.nothing_measured is None or self.settings.allow_empty or not self.gated():
            return False
        return not any(r.samples for r in self.results) or any(
            r.outcome_counts()["interrupted"] for r in self.results
        )

    def gated(self) -> bool:
        return (
            self.settings.min_pass_rate is not None
            or self.settings.compare_fail
            or any(r.min_pass_rate is not None for r in self.results)
        )

    def exit_status(self, session: pytest.Session) -> int:
        """The one exit rule of measurement mode (README, "Exit status").

        Failed *samples* are data: they do not fail the session. It fails (1) when a gate did
        not pass (failed, incomplete, empty or inconclusive), a comparison gate found a regression,
        an output could not be written, a harness error occurred (test code, fixtures, prepare or
        cleanup, a generator that could not start), or a gate was asked for and nothing was
        measured. A stop by -x/--maxfail keeps pytest's 1; an interruption keeps pytest's 2; a
        usage error 4.
        """
        status = session.exitstatus
        if status in (pytest.ExitCode.INTERRUPTED, pytest.ExitCode.USAGE_ERROR):
            return status
        stopped_early = bool(session.shouldfail or session.shouldstop)  # -x, --maxfail
        if (
            status == pytest.ExitCode.TESTS_FAILED
            and session.testsfailed <= self.forgiven_failures
            and not stopped_early
        ):
            status = pytest.ExitCode.OK
        failed_gate = any(not g.passed for g in self.gates.values()) or self.failure_lines
        empty_gate = self.empty_gate_fails()
        if status in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED) and (
            failed_gate or empty_gate
        ):
            status = pytest.ExitCode.TESTS_FAILED
        return status

    def _decide_sequential(self) -> None:
        """Subjects sampled with ``--gen-samples=auto``: the anytime-valid decision is the gate."""
        by_subject: dict[str, list[SubjectResult]] = {}
        for result in self.results:
            if any(r.extra.get("sequential") for r in result.samples):
                by_subject.setdefault(result.subject, []).append(result)
        alpha = 1 - self.settings.confidence
        for subject, results in by_subject.items():
            arms = [r.arm for r in results if r.arm is not None]
            records = [record for r in results for record in r.samples]
            required = _first(results[0].min_pass_rate, self.settings.min_pass_rate)
            planned = max(r.planned for r in results)
            self.verdicts[subject] = verdict_for(records, arms, required, planned, alpha)
            if required is None:
                continue  # an A/B decision only: reported, gated only by --gen-compare-fail
            for result in results:  # each arm's (or the subject's) anytime-valid gate
                verdict = gate_verdict(
                    arm_outcomes(result.samples, result.arm), required, result.planned, alpha
                )
                self.gates[result.key] = sequential_gate(
                    result.label,
                    verdict.state,
                    verdict.reason,
                    required,
                    result.passed,
                    result.total,
                )

    def _compare(self) -> None:
        s = self.settings
        options = {"test": s.test, "confidence": s.confidence, "method": s.ci_method}
        self.comparisons = [
            compare_results(baseline, candidate, alternative="greater", **options)  # type: ignore[arg-type]
            for baseline, candidate in pair_arms(self.results)
        ]
        if self.baseline is None:
            return
        saved_label = f"saved run {self.baseline.name!r}"
        if self.baseline.document.get("complete", True) is False:
            why = self.baseline.document.get("incomplete") or "the run did not complete"
            self.unmatched.append(
                f"genreliability: warning: {saved_label} is a partial run (complete: false): "
                f"{why}; comparing with a fragment of its plan"
            )
        pairs, only_current, only_saved = match_saved(self.results, self.baseline.results)
        self.saved_comparisons = [
            compare_results(
                saved,
                current,
                alternative="two-sided",
                baseline_label=saved_label,
                candidate_label="this run",
                **options,  # type: ignore[arg-type]
            )
            for saved, current in pairs
        ]
        self.unmatched += unmatched_lines(only_saved, only_current, saved_label, "this run")
        if s.compare_fail:
            self.failure_lines.extend(regression_gate_lines(self.saved_comparisons))

    def _write_outputs(self) -> None:
        """JSON, markdown, plot and saved run; one that cannot be written is said, not raised."""
        wanted = self.settings.json_path is not None or self.settings.save is not None
        wanted = wanted or self.settings.html_path is not None
        terminal = self.config.pluginmanager.get_plugin("terminalreporter")
        json_path = self.settings.json_path
        if terminal is not None and json_path is not None and writes_in_place(json_path):
            terminal.write_line("")  # "--gen-json=-" (or /dev/stdout) starts on a line of its own
        document = self.document() if wanted else {}  # built only when something keeps it
        writers: list[tuple[str, Any]] = [
            ("JSON report", lambda: self._write_json(document)),
            ("markdown summary", self._write_markdown),
            ("forest plot", self._write_plot),
            ("saved run", lambda: self._save(document)),
            ("HTML report", lambda: self._write_html(document)),
        ]
        for what, write in writers:
            try:
                write()
            except (StorageError, OSError, ValueError) as error:
                self.failure_lines.append(f"genreliability: could not write the {what}: {error}")
            else:
                self.written.add(what)

    def _write_html(self, document: dict[str, Any]) -> None:
        """The JSON document, which carries the run's metadata, rendered as one HTML file."""
        if self.settings.html_path is None:
            return
        from .report.html import write_html

        write_html(self.settings.html_path, [document])  # it carries the run's metadata

    def _write_json(self, document: dict[str, Any]) -> None:
        if self.settings.json_path is not None:
            write_json_atomic(self.settings.json_path, document)

    def _save(self, document: dict[str, Any]) -> None:
        if self.settings.save is None or not self.records:
            return
        # the document carries the run's metadata already (as the JSON report does)
        self.saved_path = Storage(self.settings.storage).save(
            self.settings.save, document, metadata={}
        )

    def _write_markdown(self) -> None:
        if not self.settings.markdown_paths:
            return
        text = markdown_summary(self.figures, [*self.comparisons, *self.saved_comparisons])
        for path in self.settings.markdown_paths:
            if path == self.settings.markdown_paths[0] and self.config.option.gen_markdown:
                write_text_atomic(path, text)
            else:  # $GITHUB_STEP_SUMMARY collects every step's summary: append
                with open(path, "a", encoding="utf-8") as handle:
                    handle.write(text)

    def _write_plot(self) -> None:
        if self.settings.plot_path is None:
            return
        from .report.plot import write_forest_plot  # matplotlib loads only when asked for

        write_forest_plot(
            self.settings.plot_path,
            self.figures,
            [*self.comparisons, *self.saved_comparisons],
            min_pass_rate=self.settings.min_pass_rate,
        )

    def _junit_properties(self) -> None:
        """Per-subject figures as testsuite properties of the JUnit XML report, if one is made.

        The JUnit plugin writes its file in its own ``pytest_sessionfinish``, after this one;
        it is found by what it offers (``add_global_property``), not by a private import.
        """
        junit = next(
            (
                plugin
                for plugin in self.config.pluginmanager.get_plugins()
                if callable(getattr(plugin, "add_global_property", None))
            ),
            None,
        )
        if junit is None:
            return
        for figures in self.figures:
            for name, value in junit_properties(figures):
                junit.add_global_property(name, value)

    def document(self) -> dict[str, Any]:
        return build_document(
            self.figures,
            nothing_measured=self.nothing_measured,
            metadata=collect_metadata(
                ["pytest", *redact_command(self.config.invocation_params.args, self._secrets())]
            ),
            comparisons=[{**comparison_dict(c), "kind": "arms"} for c in self.comparisons]
            + [
                {**comparison_dict(c), "kind": "saved", "saved_run": self.baseline.name}
                for c in self.saved_comparisons
                if self.baseline is not None
            ],
        )

    # --- reporting ---

    @pytest.hookimpl
    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        tr = terminalreporter
        worker_errors = self.config.pluginmanager.get_plugin("genreliability-worker-errors")
        if getattr(worker_errors, "message", None):
            return  # a usage error: nothing ran, and the error says why
        tr.write_sep("=", "generator reliability")
        if self.nothing_measured is not None:
            gated = self.empty_gate_fails()
            tr.write_line(
                f"genreliability: nothing was measured: {self.nothing_measured}"
                + (
                    "; a gate with nothing to judge fails (--gen-allow-empty accepts it)"
                    if gated
                    else ""
                ),
                red=gated,
                bold=gated,
            )
        if not self.results:
            return
        layout = self.layout = report_text.Layout.for_labels(
            [r.label for r in self.results], self.config.get_terminal_writer().fullwidth
        )
        if layout.note():
            tr.write_line(str(layout.note()))
        table = report_text.subjects_table(self.figures, layout)
        for line in table.splitlines():
            tr.write_line(line)
        if any(r.failed for r in self.results):
            tr.write_sep("-", "failure classes")
            for line in report_text.failure_classes_table(self.results, layout).splitlines():
                tr.write_line(line)
        if report_text.lock_hotspots(self.results):
            tr.write_sep("-", "lock hotspots (files other processes held)")
            for line in report_text.lock_hotspots_table(self.results, layout).splitlines():
                tr.write_line(line)
        residue = report_text.residue_lines(self.figures)
        if residue:
            tr.write_sep(
                "-", "residue (temporary files failed samples left next to the failing paths)"
            )
            for line in residue:
                tr.write_line(line)
        if any(r.reran for r in self.results):
            tr.write_sep("-", "reruns (pytest-rerunfailures): first attempt vs eventual")
            table = report_text.retries_table(self.figures, layout)
            for line in table.splitlines():
                tr.write_line(line)
        for note in report_text.accounting_notes(self.figures):
            tr.write_line(note)
        for subject, verdict in self.verdicts.items():
            tr.write_line(f"{subject}: sequential sampling: {verdict.reason}")
        for line in report_text.independence_warnings(self.figures):
            tr.write_line(line, yellow=True)
        for line in report_text.poisoning_warnings(self.figures):
            tr.write_line(line, yellow=True)
        for line in report_text.overlap_warnings(self.figures):
            tr.write_line(line, yellow=True)
        failed = sum(r.failed for r in self.results)
        total = sum(r.total for r in self.results)
        errors = sum(r.outcome_counts()["error"] for r in self.results)
        if failed:
            tr.write_line(
                f"{failed} of {total} samples failed: measurements, not test failures; the gates "
                "decide the exit status"
                + ("" if not self.stopped else f" (but {self.stopped}: pytest's exit status 1)")
            )
        if errors:
            tr.write_line(
                f"{errors} sample(s) ended in a harness error (test code, a fixture, a prepare or "
                "cleanup command, or a generator that could not start): not in the pass rate, "
                "and they fail the session",
                red=True,
            )
        self._write_comparisons(tr)
        if self.settings.json_path is not None and "JSON report" in self.written:
            tr.write_line(f"JSON report written to {self.settings.json_path}")
        if self.settings.plot_path is not None and "forest plot" in self.written:
            tr.write_line(f"forest plot written to {self.settings.plot_path}")
        if self.settings.html_path is not None and "HTML report" in self.written:
            tr.write_line(f"HTML report written to {self.settings.html_path}")
        if self.saved_path is not None:
            tr.write_line(f"saved as {self.settings.save!r}: {self.saved_path}")
        for gate in self.gates.values():
            tr.write_line(gate.line, red=not gate.passed, green=gate.passed, bold=not gate.passed)
        for line in self.failure_lines:
            tr.write_line(line, red=True, bold=True)

    def _write_comparisons(self, tr: Any) -> None:
        if self.comparisons:
            tr.write_sep("-", "comparisons of arms (first arm is the baseline; did it improve?)")
            for line in comparisons_table(self.comparisons, self.layout).splitlines():
                tr.write_line(line)
            for line in verdict_lines(self.comparisons):
                tr.write_line(line)
        if self.baseline is not None:
            tr.write_sep("-", f"comparison with saved run {self.baseline.name!r}")
            tr.write_line(f"saved run: {self.baseline.path}")
            if self.saved_comparisons:
                for line in comparisons_table(self.saved_comparisons, self.layout).splitlines():
                    tr.write_line(line)
                for line in verdict_lines(self.saved_comparisons):
                    tr.write_line(line)
            for line in self.unmatched:
                tr.write_line(line)


@dataclass(frozen=True)
class _Crash:
    message: str


class SampleFailure:
    """A failed sample as pytest shows it in measurement mode: one line in the failures section
    and the short summary (``toterminal``, ``reprcrash``); the full text for JUnit XML and ``str``.

    Set on the controller, so it is the same with and without pytest-xdist (a worker's report
    crosses as text). ``-v`` keeps pytest's own full output.
    """

    def __init__(self, line: str, full: str) -> None:
        self.line = line
        self.full = full
        self.reprcrash = _Crash(line)

    def toterminal(self, out: Any) -> None:
        out.line(f"{self.line}  (-v: the full output)")

    def __str__(self) -> str:
        return self.full


def _first(*values: float | None) -> float | None:
    return next((v for v in values if v is not None), None)


def _stopped_by(session: pytest.Session) -> str | None:
    """Why the run ended before every collected item ran, if it did."""
    if session.shouldfail or session.shouldstop:
        reason = session.shouldfail or session.shouldstop
        return f"stopped: {reason}" if isinstance(reason, str) else "stopped early"
    if session.exitstatus == pytest.ExitCode.INTERRUPTED:
        return "interrupted"
    return None


def _worker(report: pytest.TestReport) -> str | None:
    node = getattr(report, "node", None)
    gateway = getattr(node, "gateway", None)
    worker_id = getattr(gateway, "id", None)
    return str(worker_id) if worker_id is not None else None
