"""The controller's view of a measurement session: gather sample records, gate, report.

Registered only in measurement mode and never on a pytest-xdist worker: workers attach each
sample's record to its test report, and the reports reach this object on the controller through
``pytest_runtest_logreport``. Figures and gates are computed once, after the last report.
"""

from __future__ import annotations

from typing import Any

import pytest

from . import report_text
from .atomicfile import write_json_atomic
from .gates import GatePolicy, GateResult, evaluate_gate
from .records import SampleRecord, SubjectResult, aggregate, parse_sample_nodeid
from .report_json import build_document
from .sampling import RECORD_ATTR
from .settings import SessionSettings


class ReliabilitySession:
    def __init__(self, config: pytest.Config, settings: SessionSettings) -> None:
        self.config = config
        self.settings = settings
        self.records: list[SampleRecord] = []
        self.forgiven_failures = 0  # failed reports that are measured sample failures
        self.results: list[SubjectResult] = []
        self.gates: dict[tuple[str, str | None], GateResult] = {}

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
        self.add(
            SampleRecord(
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
        )
        self.forgiven_failures += 1

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
            if required is not None:
                policy = GatePolicy(
                    min_pass_rate=required,
                    basis=self.settings.gate_basis,
                    confidence=self.settings.confidence,
                    method=self.settings.ci_method,
                )
                self.gates[result.key] = evaluate_gate(result, policy)
        if self.settings.json_path is not None:
            write_json_atomic(self.settings.json_path, self.document())
        # In measurement mode failed samples are data, not test failures: the gates decide.
        status = session.exitstatus
        if status == pytest.ExitCode.TESTS_FAILED and session.testsfailed <= self.forgiven_failures:
            status = pytest.ExitCode.OK
        if status == pytest.ExitCode.OK and any(not g.passed for g in self.gates.values()):
            status = pytest.ExitCode.TESTS_FAILED
        session.exitstatus = status

    def document(self) -> dict[str, Any]:
        return build_document(
            self.results,
            confidence=self.settings.confidence,
            method=self.settings.ci_method,
            gates=self.gates,
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
        for note in report_text.accounting_notes(self.results):
            tr.write_line(note)
        failed = sum(r.failed for r in self.results)
        total = sum(r.total for r in self.results)
        if failed:
            tr.write_line(
                f"{failed} of {total} samples failed; in measurement mode failed samples are "
                "data, and only the gates decide the exit status"
            )
        if self.settings.json_path is not None:
            tr.write_line(f"JSON report written to {self.settings.json_path}")
        for gate in self.gates.values():
            tr.write_line(gate.line, red=not gate.passed, green=gate.passed, bold=not gate.passed)


def _worker(report: pytest.TestReport) -> str | None:
    node = getattr(report, "node", None)
    gateway = getattr(node, "gateway", None)
    worker_id = getattr(gateway, "id", None)
    return str(worker_id) if worker_id is not None else None
