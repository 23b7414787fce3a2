"""The plugin object of a measuring (or planning) process: samples as items, one record per attempt.

Created in ``pytest_configure`` only when ``--gen-samples`` or ``--gen-plan`` asks for it, on the
controller and on every pytest-xdist worker alike, registered as ``genreliability-measurement`` and
unregistered at unconfigure (like pytest's own cacheprovider and junitxml). It owns what a process
needs to sample: the settings, the progress ticker, auto mode's note store and the plan. Gathering,
figures and gates happen on the controller only, in :mod:`.session`.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import replace
from typing import Any

import pytest

from . import progress
from .items import command_items
from .outcome import PhaseResult
from .sampling import SAMPLE_KEY, SLOT_KEY, HarnessError, Sample, SampleSlot, sample_addresses
from .settings import MARKER, SessionSettings, marker_settings

#: The report attribute that carries a sample record (``record.to_dict()``: xdist serialises it).
RECORD_ATTR = "genreliability"
SAMPLE_FIXTURE = "gen_sample"
#: Where a worker reports its samples per subject, planned and collected (``workeroutput``).
COLLECTION_OUTPUT = "genreliability_collection"


class Measurement:
    """Sampling in one process (see the module docstring)."""

    def __init__(self, config: pytest.Config, settings: SessionSettings) -> None:
        self.config = config
        self.settings = settings
        #: marker errors found while parametrizing, raised once collection is complete
        self.marker_errors: dict[str, str] = {}
        self.planned: list[Any] | None = None
        self.notes: Any = None  # auto mode's note store (.stopping.NoteStore)
        self.session: Any = None  # the controller's ReliabilitySession (None on a worker)
        #: samples per subject ("subject\x1farm"), before and after -k/-m/--lf selection
        self.planned_counts: dict[str, int] = {}
        self.collected_counts: dict[str, int] = {}
        self.deselected_counts: dict[str, int] = {}
        if settings.auto and not settings.plan:
            from .stopping import NoteStore

            self.notes = NoteStore.for_config(config)
            # xdist's load scheduler hands each worker a quarter of the items up front; one at a
            # time, a decided subject runs at most (decision + workers) samples
            if hasattr(config.option, "maxschedchunk") and config.option.maxschedchunk is None:
                config.option.maxschedchunk = 1
        if not settings.plan:
            self._cancel_like_ctrl_c()

    def close(self) -> None:
        progress.stop(self.config)
        if self.notes is not None:
            self.notes.close()
        if not self.settings.plan:
            from . import cancellation

            cancellation.unconfigure(self.config)

    def _cancel_like_ctrl_c(self) -> None:
        """SIGTERM and SIGHUP end the run as Ctrl-C does: running samples are ended and recorded
        as interrupted, and the partial report is still printed and saved (:mod:`.cancellation`,
        which also guards against a killed process and a lost pytest-xdist worker)."""
        from . import cancellation

        cancellation.configure(self.config, self.settings)

    # --- collection ---

    def parametrize(self, metafunc: pytest.Metafunc) -> None:
        """Repeat a generator test as N sample items (``[gen-3/10]``), the marker parsed once."""
        definition = metafunc.definition
        marker = definition.get_closest_marker(MARKER)
        try:
            subject = marker_settings(self.settings, marker, definition.nodeid)
        except pytest.UsageError as error:
            self.marker_errors[definition.nodeid] = str(error)
            return
        # --gen-plan alone collects one sample per subject, so that subjects are named as usual
        count = 1 if self.settings.plan else subject.samples or 1
        arms = tuple(arm.name for arm in subject.arms)
        slots = [
            SampleSlot(address, subject.arm(address.arm).with_copies(address.copies))
            for address in sample_addresses(count, arms, subject.concurrency)
        ]
        if SAMPLE_FIXTURE not in metafunc.fixturenames:
            metafunc.fixturenames.append(SAMPLE_FIXTURE)
        ids = [slot.address.param_id for slot in slots]
        metafunc.parametrize(SAMPLE_FIXTURE, slots, indirect=True, ids=ids)

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(
        self, session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        """Give each sample item its subject; add the ini-defined subject's items.

        Runs before pytest's own ``-k``/``-m`` selection, so that selection applies to them too.
        """
        errors = list(self.marker_errors.values())
        for item in items:
            slot = _param_slot(item)
            if slot is not None:
                item.stash[SLOT_KEY] = SampleSlot(slot.address.at(item.nodeid), slot.settings)
        if self.settings.command is not None:
            items.extend(command_items(session, self.settings.command, self.settings))
        if errors:
            from .plugin import usage_error

            usage_error(config, errors[0])
        if self.settings.plan:
            from .report.plan import PlannedSubject

            self.planned = _planned_subjects(items, PlannedSubject)

    def pytest_deselected(self, items: list[pytest.Item]) -> None:
        """Samples left out by ``-k``, ``-m``, ``--lf``/``--ff`` (and any plugin that says so)."""
        for key, count in _counts(items).items():
            self.deselected_counts[key] = self.deselected_counts.get(key, 0) + count

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        """Samples per subject after selection; a worker tells the controller (workeroutput)."""
        self.collected_counts = _counts(session.items)
        # the plan comes from the addresses (gen-3/12 says 12), not from what was collected:
        # --lf may never collect the samples that passed last time
        for item in session.items:
            slot = item.stash.get(SLOT_KEY, None)
            if slot is not None:
                self.planned_counts[_key(slot)] = slot.address.count
        for key, count in self.deselected_counts.items():
            self.planned_counts.setdefault(key, count)
        workeroutput = getattr(self.config, "workeroutput", None)
        if workeroutput is not None:
            workeroutput[COLLECTION_OUTPUT] = {
                "planned": self.planned_counts,
                "collected": self.collected_counts,
            }

    # --- planning ---

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool | None:
        """With ``--gen-plan``, run nothing: the plan is printed in the terminal summary."""
        return True if self.settings.plan else None

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.planned is None:
            return
        from .report.plan import plan_table

        tr = terminalreporter
        tr.write_sep("=", "generator reliability: sampling plan (nothing was run)")
        if not self.planned:
            tr.write_line("no generator tests were collected")
            return
        for line in plan_table(self.planned, self.settings).splitlines():
            tr.write_line(line)

    # --- running ---

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(
        self, item: pytest.Item, nextitem: pytest.Item | None
    ) -> Generator[None, object, object]:
        """Count a sample cut short by Ctrl-C (or SIGTERM) as ``interrupted`` instead of losing it.

        A wrapper, not a replacement: the protocol (and pytest-rerunfailures') runs unchanged.
        """
        try:
            return (yield)
        except KeyboardInterrupt:
            self._record_interrupt(item)
            raise
        finally:
            # the record has left with the report: the captured output need not stay in memory
            # until the session ends (a chatty generator would hold ~128 KB per sample)
            if SAMPLE_KEY in item.stash:
                del item.stash[SAMPLE_KEY]

    def _record_interrupt(self, item: pytest.Item) -> None:
        slot = item.stash.get(SLOT_KEY, None)
        if slot is None or self.session is None:
            return  # a worker's interrupted item reaches the controller as a crash report
        sample = self._sample_of(item)
        if sample is None or sample.recorded:
            return  # e.g. Ctrl-C during cleanup: the sample already has its record
        sample.interrupted = True
        record = sample.record(PhaseResult("call", "failed"), _no_classifier)
        self.session.add(record)

    def _sample_of(self, item: pytest.Item) -> Sample | None:
        """The item's sample in its current attempt; one made from its slot when the attempt
        ended before the sample began (a skip mark, an error in an earlier fixture, Ctrl-C)."""
        slot = item.stash.get(SLOT_KEY, None)
        if slot is None:
            return None
        attempt = getattr(item, "execution_count", None) or 1
        sample = item.stash.get(SAMPLE_KEY, None)
        if sample is None or sample.attempt != attempt:
            sample = Sample(slot.address, slot.settings, measuring=True, attempt=attempt)
            item.stash[SAMPLE_KEY] = sample
        return sample

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        """A usage error stops every sample; with ``--gen-samples=auto``, a decided subject's
        remaining samples skip."""
        slot = item.stash.get(SLOT_KEY, None)
        if slot is None:
            return
        if self.notes is not None and slot.settings.auto:
            decided_after = self.notes.decided_after(slot, 1 - self.settings.confidence)
            if decided_after is not None and slot.address.index > decided_after:
                pytest.skip(f"decided after {decided_after} samples")

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        """Attach the sample's record to its deciding report, as plain data xdist can carry."""
        report = yield
        if report.when == "teardown" or (report.when == "setup" and report.passed):
            return report
        sample = self._sample_of(item)
        if sample is None or sample.recorded:
            return report
        phase = phase_result(report, call)
        record = sample.record(
            phase,
            lambda *facts: classify_failure(item.config, *facts),
            text=_failure_text(report),
        )
        setattr(report, RECORD_ATTR, record.to_dict())
        sample.recorded = True
        # a rerun attempt is not the sample's last word
        if self.notes is not None and slot_auto(item) and str(report.outcome) != "rerun":
            self.notes.note(record)
        return report

    @pytest.hookimpl(trylast=True)
    def pytest_genreliability_classify(
        self,
        output: str,
        exit_code: int | None,
        timed_out: bool,
        signal: int | None,
        config: pytest.Config,
    ) -> Any:
        """The built-in classifier, after the ini ``gen_failure_patterns``."""
        from .classify import classify

        return classify(
            output,
            exit_code=exit_code,
            timed_out=timed_out,
            signal=signal,
            patterns=self.settings.failure_patterns,
        )


def slot_auto(item: pytest.Item) -> bool:
    slot = item.stash.get(SLOT_KEY, None)
    return slot is not None and slot.settings.auto


def _key(slot: SampleSlot) -> str:
    return f"{slot.address.subject}\x1f{slot.address.arm or ''}"


def _counts(items: list[pytest.Item]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        slot = item.stash.get(SLOT_KEY, None)
        if slot is not None:
            counts[_key(slot)] = counts.get(_key(slot), 0) + 1
    return counts


def _param_slot(item: pytest.Item) -> SampleSlot | None:
    callspec = getattr(item, "callspec", None)
    param = callspec.params.get(SAMPLE_FIXTURE) if callspec is not None else None
    return param if isinstance(param, SampleSlot) else None


def phase_result(report: pytest.TestReport, call: pytest.CallInfo[None]) -> PhaseResult:
    """How pytest says the deciding phase ended, as the outcome rule's plain input."""
    excinfo = call.excinfo
    error = excinfo.value if excinfo is not None else None
    xfail = hasattr(report, "wasxfail") and report.skipped
    xpass_strict = report.failed and str(report.longrepr or "").startswith("[XPASS(strict)]")
    return PhaseResult(
        when=report.when,
        status=str(report.outcome),
        xfail=xfail,
        xpass_strict=xpass_strict,
        assertion=isinstance(error, (AssertionError, pytest.fail.Exception)),
        harness=isinstance(error, HarnessError),
    )


def _failure_text(report: pytest.TestReport) -> str:
    if report.skipped and not hasattr(report, "wasxfail"):
        longrepr = report.longrepr
        message = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr or "")
        return message.removeprefix("Skipped: ")
    return report.longreprtext or ""


def classify_failure(
    config: pytest.Config, output: str, exit_code: int | None, timed_out: bool, signal: int | None
) -> dict[str, Any]:
    """Failure details of a failed run: conftest/plugin hooks first, the built-in rules last."""
    from .classify import Failure

    answer = config.hook.pytest_genreliability_classify(
        output=output, exit_code=exit_code, timed_out=timed_out, signal=signal, config=config
    )
    if isinstance(answer, Failure):
        return answer.to_dict()
    if isinstance(answer, dict) and answer.get("class"):
        named = Failure.from_dict(answer)
        if named.errno and named.operation and named.paths and named.excerpt:
            return named.to_dict()
        # A hook that names the class need not read the rest: what it left out comes from the
        # built-in rules, as with ``gen_failure_patterns``.
        from .classify import classify

        read = classify(output, exit_code=exit_code, timed_out=timed_out, signal=signal)
        return replace(
            named,
            errno=named.errno or read.errno,
            operation=named.operation or read.operation,
            paths=named.paths or read.paths,
            excerpt=named.excerpt or read.excerpt,
        ).to_dict()
    return Failure("other", excerpt=output[-2000:]).to_dict()


def _no_classifier(*facts: Any) -> dict[str, Any]:
    return {}


def _planned_subjects(items: list[pytest.Item], planned_type: Any) -> list[Any]:
    planned: dict[str, Any] = {}
    for item in items:
        slot = item.stash.get(SLOT_KEY, None)
        if slot is not None and slot.address.subject not in planned:
            subject = slot.settings
            planned[slot.address.subject] = planned_type(
                slot.address.subject,
                subject.min_pass_rate,
                tuple(a.name for a in subject.arms),
                subject.detect,
            )
    return list(planned.values())
