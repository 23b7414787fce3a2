"""The controller's view of a measurement session: gather sample records, gate, report.

Registered only in measurement mode and never on a pytest-xdist worker: workers attach each
sample's record to its test report, and the reports reach this object on the controller through
``pytest_runtest_logreport``. Figures and gates are computed once, after the last report.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from .atomicfile import write_json_atomic, write_text_atomic
from .comparisons import ComparisonResult, compare_results, match_saved, pair_arms
from .gates import GatePolicy, GateResult, evaluate_gate
from .records import SampleRecord, SubjectResult, aggregate, parse_sample_nodeid
from .redact import MASK, is_secret_name, redact, secret_values
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
from .sampling import RECORD_ATTR
from .settings import SessionSettings
from .stopping import (
    RUNDIR_KEY,
    Verdict,
    arm_outcomes,
    gate_verdict,
    record_finished,
    verdict_from_records,
)
from .storage import SavedRun, Storage, StorageError, collect_metadata


class ReliabilitySession:
    def __init__(self, config: pytest.Config, settings: SessionSettings) -> None:
        self.config = config
        self.settings = settings
        self.records: list[SampleRecord] = []
        self.forgiven_failures = 0  # failed reports that are measured sample failures
        self.results: list[SubjectResult] = []
        self.gates: dict[tuple[str, str | None], GateResult] = {}
        self.comparisons: list[ComparisonResult] = []
        self.saved_comparisons: list[ComparisonResult] = []
        self.unmatched: list[str] = []
        self.failure_lines: list[str] = []  # gate-like failures: regressions, unwritable outputs
        self.verdicts: dict[str, Verdict] = {}
        self.saved_path: Path | None = None
        self.baseline = self._load_baseline()

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

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        data = getattr(report, RECORD_ATTR, None)
        if isinstance(data, dict):
            record = SampleRecord.from_dict(
                {**data, "final": str(report.outcome) != "rerun", "worker": _worker(report)}
            )
            self.add(record)
            if report.failed and record.rated:
                self.forgiven_failures += 1
        elif report.failed and report.when not in ("setup", "call", "teardown"):
            self._add_crash(report)

    def _add_crash(self, report: pytest.TestReport) -> None:
        """pytest-xdist reports an item whose worker died with ``when='???'`` and no record."""
        address = parse_sample_nodeid(report.nodeid)
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
            excerpt=str(report.longrepr or "")[-2000:],
            worker=_worker(report),
        )
        self.add(record)
        self.forgiven_failures += 1
        rundir = self.config.stash.get(RUNDIR_KEY, None)
        if rundir is not None:  # --gen-samples=auto: the workers must learn of it too
            record_finished(rundir, record.to_dict())

    def _next_attempt(self, subject: str, arm: str | None, index: int) -> int:
        seen = [
            r.attempt for r in self.records if (r.subject, r.arm, r.index) == (subject, arm, index)
        ]
        return max(seen, default=0) + 1

    # --- deciding ---

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self.results = aggregate(self.records)
        for result in self.results:
            required = result.min_pass_rate
            if required is None:
                required = self.settings.min_pass_rate
            if required is not None and result.total == 0 and not result.missing:
                continue  # every sample skipped (e.g. skipif on this platform): nothing to gate
            if required is not None:
                policy = GatePolicy(
                    min_pass_rate=required,
                    basis=self.settings.gate_basis,
                    confidence=self.settings.confidence,
                    method=self.settings.ci_method,
                )
                self.gates[result.key] = evaluate_gate(result, policy)
        self._decide_sequential()
        self._compare()
        self._junit_properties()
        if not self.config.option.collectonly:
            self._write_outputs()
        # In measurement mode failed samples are data, not test failures: the gates decide.
        status = session.exitstatus
        stopped_early = bool(session.shouldfail or session.shouldstop)  # -x, --maxfail
        if (
            status == pytest.ExitCode.TESTS_FAILED
            and session.testsfailed <= self.forgiven_failures
            and not stopped_early
        ):
            status = pytest.ExitCode.OK
        failed_gate = any(not g.passed for g in self.gates.values()) or self.failure_lines
        if status == pytest.ExitCode.OK and failed_gate:
            status = pytest.ExitCode.TESTS_FAILED
        session.exitstatus = status

    def _decide_sequential(self) -> None:
        """Subjects sampled with ``--gen-samples=auto``: the anytime-valid decision is the gate."""
        by_subject: dict[str, list[SubjectResult]] = {}
        for result in self.results:
            if any(r.extra.get("sequential") for r in result.samples):
                by_subject.setdefault(result.subject, []).append(result)
        for subject, results in by_subject.items():
            arms = [r.arm for r in results if r.arm is not None]
            records = [record for r in results for record in r.samples]
            required = results[0].min_pass_rate
            if required is None:
                required = self.settings.min_pass_rate
            verdict = verdict_from_records(
                records,
                arms,
                required,
                max(r.planned for r in results),
                1 - self.settings.confidence,
            )
            self.verdicts[subject] = verdict
            if required is None:
                continue  # an A/B decision only: reported, gated only by --gen-compare-fail
            for result in results:  # each arm's (or the subject's) anytime-valid gate
                gate = gate_verdict(
                    arm_outcomes(result.samples, result.arm),
                    required,
                    result.planned,
                    1 - self.settings.confidence,
                )
                passed = gate.state == "pass"
                if gate.state == "continue":
                    why = (
                        f"undecided: the run ended after {result.total} samples, before a decision"
                    )
                elif gate.state == "inconclusive":
                    why = f"undecided: {gate.reason}"
                else:
                    why = gate.reason
                word = "passed" if passed else "failed"
                self.gates[result.key] = GateResult(
                    result.label,
                    passed,
                    None,
                    required,
                    None,
                    None,
                    f"genreliability: gate {word}: {result.label}: {why}",
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
        self.unmatched = unmatched_lines(only_saved, only_current, saved_label, "this run")
        if s.compare_fail:
            self.failure_lines.extend(regression_gate_lines(self.saved_comparisons))

    def _write_outputs(self) -> None:
        """JSON, markdown, plot and saved run; one that cannot be written is said, not raised."""
        wanted = self.settings.json_path is not None or self.settings.save is not None
        wanted = wanted or self.settings.html_path is not None
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

    def _write_html(self, document: dict[str, Any]) -> None:
        """The JSON document rendered as one HTML file, with the run's metadata added."""
        if self.settings.html_path is None:
            return
        from .report.html import write_html

        command = [redact_argument(arg) for arg in self.config.invocation_params.args]
        metadata = {**collect_metadata(["pytest", *command]), **document.get("metadata", {})}
        write_html(self.settings.html_path, [{**document, "metadata": metadata}])

    def _write_json(self, document: dict[str, Any]) -> None:
        if self.settings.json_path is not None:
            write_json_atomic(self.settings.json_path, document)

    def _save(self, document: dict[str, Any]) -> None:
        if self.settings.save is None or not self.records:
            return
        command = [redact_argument(arg) for arg in self.config.invocation_params.args]
        self.saved_path = Storage(self.settings.storage).save(
            self.settings.save, document, metadata=collect_metadata(["pytest", *command])
        )

    def _write_markdown(self) -> None:
        if not self.settings.markdown_paths:
            return
        text = markdown_summary(
            self.results,
            [*self.comparisons, *self.saved_comparisons],
            list(self.gates.values()),
            confidence=self.settings.confidence,
            method=self.settings.ci_method,
        )
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
            self.results,
            [*self.comparisons, *self.saved_comparisons],
            confidence=self.settings.confidence,
            method=self.settings.ci_method,
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
        for result in self.results:
            for name, value in junit_properties(
                result, self.settings.confidence, self.settings.ci_method
            ):
                junit.add_global_property(name, value)

    def document(self) -> dict[str, Any]:
        return build_document(
            self.results,
            confidence=self.settings.confidence,
            method=self.settings.ci_method,
            gates=self.gates,
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
        tr.write_sep("=", "generator reliability")
        if not self.results:
            tr.write_line("no generator samples were run")
            return
        table = report_text.subjects_table(
            self.results, self.settings.confidence, self.settings.ci_method
        )
        for line in table.splitlines():
            tr.write_line(line)
        if any(r.failed for r in self.results):
            tr.write_sep("-", "failure classes")
            for line in report_text.failure_classes_table(self.results).splitlines():
                tr.write_line(line)
        if report_text.lock_hotspots(self.results):
            tr.write_sep("-", "lock hotspots (files other processes held)")
            for line in report_text.lock_hotspots_table(self.results).splitlines():
                tr.write_line(line)
        if any(r.reran for r in self.results):
            tr.write_sep("-", "reruns (pytest-rerunfailures): first attempt vs eventual")
            table = report_text.retries_table(
                self.results, self.settings.confidence, self.settings.ci_method
            )
            for line in table.splitlines():
                tr.write_line(line)
        for note in report_text.accounting_notes(self.results):
            tr.write_line(note)
        for subject, verdict in self.verdicts.items():
            tr.write_line(f"{subject}: sequential sampling: {verdict.reason}")
        for line in report_text.independence_warnings(self.results):
            tr.write_line(line, yellow=True)
        failed = sum(r.failed for r in self.results)
        total = sum(r.total for r in self.results)
        if failed:
            tr.write_line(
                f"{failed} of {total} samples failed; in measurement mode failed samples are "
                "data, and only the gates decide the exit status"
            )
        self._write_comparisons(tr)
        if self.settings.json_path is not None:
            tr.write_line(f"JSON report written to {self.settings.json_path}")
        if self.settings.plot_path is not None:
            tr.write_line(f"forest plot written to {self.settings.plot_path}")
        if self.settings.html_path is not None:
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
            for line in comparisons_table(self.comparisons).splitlines():
                tr.write_line(line)
            for line in verdict_lines(self.comparisons):
                tr.write_line(line)
        if self.baseline is not None:
            tr.write_sep("-", f"comparison with saved run {self.baseline.name!r}")
            tr.write_line(f"saved run: {self.baseline.path}")
            if self.saved_comparisons:
                for line in comparisons_table(self.saved_comparisons).splitlines():
                    tr.write_line(line)
                for line in verdict_lines(self.saved_comparisons):
                    tr.write_line(line)
            for line in self.unmatched:
                tr.write_line(line)


def redact_argument(argument: str) -> str:
    """A command-line argument as it may be stored: secrets and ``SECRET_NAME=value`` masked."""
    name, sep, value = argument.rpartition("=")
    key = name.rsplit("=", 1)[-1].lstrip("-")  # gen_env=MY_TOKEN=x -> MY_TOKEN
    if sep and value and is_secret_name(key):
        argument = f"{name}={MASK}"
    return redact(argument, secret_values(os.environ))


def _worker(report: pytest.TestReport) -> str | None:
    node = getattr(report, "node", None)
    gateway = getattr(node, "gateway", None)
    worker_id = getattr(gateway, "id", None)
    return str(worker_id) if worker_id is not None else None
