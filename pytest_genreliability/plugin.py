"""pytest glue: options, marker, fixtures, sample items and the report hook.

The work happens elsewhere: :mod:`.sampling` runs one sample, :mod:`.session` gathers and gates on
the controller, :mod:`.items` collects the ini-defined subject.
"""

from __future__ import annotations

import contextlib
from collections.abc import Generator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pytest

from . import progress, stopping
from . import settings as settings_mod
from .classify import Failure, classify
from .items import command_items
from .records import format_sample_id, subject_of
from .report.plan import PlannedSubject, plan_table
from .sampling import (
    ITEM_KEY,
    RECORD_ATTR,
    SampleItemInfo,
    SampleParam,
    build_record,
    gen_run,
    gen_sample,
    interrupted_record,
    sample_id,
    sample_params,
)
from .settings import MARKER, MARKER_HELP, SETTINGS_KEY, SessionSettings, subject_settings
from .values import parse_arms, parse_concurrency

if TYPE_CHECKING:
    from .session import ReliabilitySession

__all__ = ["gen_run", "gen_sample"]

SESSION_KEY: pytest.StashKey[ReliabilitySession] = pytest.StashKey()
PLAN_KEY = pytest.StashKey[list[PlannedSubject]]()
#: The attempt whose record an item has already produced (an interrupt after it changes nothing).
RECORDED_KEY = pytest.StashKey[int]()
#: A usage error found on a pytest-xdist worker, which cannot end the session itself.
USAGE_ERROR_KEY = pytest.StashKey[str]()
SAMPLE_FIXTURE = "gen_sample"


def session_settings(config: pytest.Config) -> SessionSettings:
    return config.stash[SETTINGS_KEY]


def pytest_addoption(parser: pytest.Parser) -> None:
    settings_mod.addoption(parser)


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    from . import hookspecs

    pluginmanager.add_hookspecs(hookspecs)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER_HELP)
    settings = settings_mod.load_session_settings(config)
    config.stash[SETTINGS_KEY] = settings
    if settings.plan:
        # planning runs nothing: keep pytest-xdist (whose configure runs after this one) off
        config.option.dist = "no"
        config.option.tx = []
    if settings.auto:
        stopping.configure(config)
    if settings.measuring and not settings.plan and not hasattr(config, "workerinput"):
        from .session import ReliabilitySession  # statistics (scipy) load only when measuring

        session = ReliabilitySession(config, settings)
        config.stash[SESSION_KEY] = session
        config.pluginmanager.register(session, "genreliability-session")


def pytest_unconfigure(config: pytest.Config) -> None:
    progress.stop(config)
    rundir = config.stash.get(stopping.RUNDIR_KEY, None)
    if rundir is not None:
        stopping.remove_rundir(rundir)
    session = config.stash.get(SESSION_KEY, None)
    if session is not None:
        config.pluginmanager.unregister(session)
        del config.stash[SESSION_KEY]


def pytest_report_header(config: pytest.Config) -> str | None:
    settings = config.stash.get(SETTINGS_KEY, None)
    if settings is None or not settings.measuring:
        return None
    parts = [
        f"samples=auto (at most {settings.samples})"
        if settings.auto
        else f"samples={settings.samples}",
        f"confidence={settings.confidence:g}",
        f"ci-method={settings.ci_method}",
    ]
    if settings.timeout is not None:
        parts.append(f"timeout={settings.timeout:g}s")
    if settings.min_pass_rate is not None:
        parts.append(f"min-pass-rate={settings.min_pass_rate:g} ({settings.gate_basis} bound)")
    return "genreliability: " + ", ".join(parts)


def _is_generator_test(metafunc: pytest.Metafunc) -> bool:
    names = set(metafunc.fixturenames)
    return bool(
        {"gen_run", SAMPLE_FIXTURE} & names or metafunc.definition.get_closest_marker(MARKER)
    )


@pytest.hookimpl(trylast=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """In measurement mode, repeat each generator test as N sample items (``[gen-3/10]``)."""
    settings = metafunc.config.stash[SETTINGS_KEY]
    if not _is_generator_test(metafunc):
        return
    marker = metafunc.definition.get_closest_marker(MARKER)
    kwargs = marker.kwargs if marker is not None else {}
    # --gen-plan alone collects one sample per subject, so that subjects are named as usual
    count = settings.samples or (1 if settings.plan else None)
    arms: tuple[str, ...] = ()
    # a bad value is reported as a usage error once collection is complete
    if count is not None and ("samples" in kwargs or "max_samples" in kwargs):
        with contextlib.suppress(pytest.UsageError):
            where = metafunc.definition.nodeid
            count = subject_settings(settings.defaults(), kwargs, where).samples or count
    if "arms" in kwargs:
        with contextlib.suppress(ValueError):
            arms = tuple(arm.name for arm in parse_arms(kwargs["arms"]))
    levels = settings.concurrency
    if "concurrency" in kwargs:
        with contextlib.suppress(ValueError):
            levels = parse_concurrency(kwargs["concurrency"])
    if count is None and not arms:
        return  # an ordinary test
    if SAMPLE_FIXTURE not in metafunc.fixturenames:
        metafunc.fixturenames.append(SAMPLE_FIXTURE)
    if count is None:  # ordinary run of a test with arms: one item per arm
        params = [SampleParam(1, 1, arm) for arm in arms]
        ids = list(arms)
    else:
        params = sample_params(count, arms, levels)
        ids = [sample_id(p) for p in params]
    metafunc.parametrize(SAMPLE_FIXTURE, params, indirect=True, ids=ids)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Fix each sample item's subject and settings; add the ini-defined subject's items.

    Runs before pytest's own ``-k``/``-m`` selection, so that selection applies to them too.
    """
    settings = config.stash[SETTINGS_KEY]
    for item in items:
        try:
            _fix_sample_item(item, settings)
        except pytest.UsageError as error:
            if not hasattr(config, "workerinput"):
                raise
            # an xdist worker cannot end the session with a usage error (it would be an
            # INTERNALERROR): the item fails at setup with the same message instead
            item.stash[USAGE_ERROR_KEY] = str(error)
    if (settings.measuring or settings.plan) and settings.command is not None:
        items.extend(command_items(session, settings.command, settings.defaults()))
    if settings.plan:
        config.stash[PLAN_KEY] = _planned_subjects(items, settings)


def _fix_sample_item(item: pytest.Item, settings: SessionSettings) -> None:
    marker = item.get_closest_marker(MARKER)
    if marker is not None and marker.args:
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER} on {item.nodeid}: takes keyword arguments only "
            f"({', '.join(settings_mod.MARKER_ARGS)})"
        )
    callspec = getattr(item, "callspec", None)
    param = callspec.params.get(SAMPLE_FIXTURE) if callspec is not None else None
    if not isinstance(param, SampleParam) or not (settings.measuring or settings.plan):
        if marker is not None:  # validate ordinary-mode markers too
            subject_settings(settings.defaults(), marker.kwargs, item.nodeid)
        return
    subject = subject_settings(settings.defaults(), marker.kwargs if marker else {}, item.nodeid)
    # the concurrency level (c2-) stays in the subject: each level is a subject of its own
    name = subject_of(item.nodeid, format_sample_id(param.index, param.count, param.arm))
    if subject.auto and subject.min_pass_rate is None and len(subject.arms) < 2:
        raise pytest.UsageError(
            f"--gen-samples=auto: {item.nodeid} has nothing to decide: set a minimum pass "
            "rate (--gen-min-pass-rate or marker min_pass_rate) or declare arms"
        )
    subject = subject.arm(param.arm)
    if param.copies is not None:
        subject = replace(subject, copies=param.copies)
    item.stash[ITEM_KEY] = SampleItemInfo(name, param.arm, param.index, param.count, subject)


def _planned_subjects(items: list[pytest.Item], settings: SessionSettings) -> list[PlannedSubject]:
    planned: dict[str, PlannedSubject] = {}
    for item in items:
        info = item.stash.get(ITEM_KEY, None)
        if info is not None and info.subject not in planned:
            subject = info.settings
            planned[info.subject] = PlannedSubject(
                info.subject,
                subject.min_pass_rate,
                tuple(a.name for a in subject.arms),
                subject.detect,
            )
    return list(planned.values())


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> bool | None:
    """With ``--gen-plan``, run nothing: the plan is printed in the terminal summary."""
    return True if session.config.stash[SETTINGS_KEY].plan else None


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    planned = config.stash.get(PLAN_KEY, None)
    if planned is None:
        return
    settings = config.stash[SETTINGS_KEY]
    terminalreporter.write_sep("=", "generator reliability: sampling plan (nothing was run)")
    if not planned:
        terminalreporter.write_line("no generator tests were collected")
        return
    for line in plan_table(planned, settings.confidence).splitlines():
        terminalreporter.write_line(line)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None]:
    """Count a sample cut short by Ctrl-C as ``interrupted`` instead of losing it.

    A wrapper, not a replacement: the protocol itself (and pytest-rerunfailures') runs unchanged.
    """
    try:
        return (yield)
    except KeyboardInterrupt:
        session = item.config.stash.get(SESSION_KEY, None)
        info = item.stash.get(ITEM_KEY, None)
        attempt = getattr(item, "execution_count", None) or 1
        recorded = item.stash.get(RECORDED_KEY, 0) >= attempt  # e.g. Ctrl-C during cleanup
        if session is not None and info is not None and not recorded:
            session.add(interrupted_record(info))
        raise


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """With ``--gen-samples=auto``, skip a sample once its subject is decided."""
    usage_error = item.stash.get(USAGE_ERROR_KEY, None)
    if usage_error is not None:
        pytest.fail(f"usage error: {usage_error}", pytrace=False)
    info = item.stash.get(ITEM_KEY, None)
    if info is None or not info.settings.auto:
        return
    rundir = stopping.rundir_for(item.config)
    if rundir is None:
        return
    settings = item.config.stash[SETTINGS_KEY]
    arms = [a.name for a in info.settings.arms]
    notes = stopping.finished(rundir, info.subject)
    keys: list[str | None] = [*arms] if arms else [None]
    outcomes = {arm: stopping.prefix_outcomes(notes, arm) for arm in keys}
    verdict = stopping.decide(
        outcomes, arms, info.settings.min_pass_rate, info.count, 1 - settings.confidence
    )
    if verdict.stopped and info.index > verdict.samples:
        pytest.skip(f"decided after {verdict.samples} samples")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Attach the sample's record to its deciding report, as plain data xdist can carry."""
    report = yield
    if item.stash.get(ITEM_KEY, None) is not None:
        record = build_record(item, report, lambda *facts: _classify(item.config, *facts))
        if record is not None:
            setattr(report, RECORD_ATTR, record)
            item.stash[RECORDED_KEY] = record["attempt"]
    return report


def _classify(
    config: pytest.Config,
    output: str,
    exit_code: int | None,
    timed_out: bool,
    signal: int | None,
) -> dict[str, Any]:
    """Failure details of a failed run: conftest/plugin hooks first, the built-in rules last."""
    answer = config.hook.pytest_genreliability_classify(
        output=output, exit_code=exit_code, timed_out=timed_out, signal=signal, config=config
    )
    if isinstance(answer, Failure):
        return answer.to_dict()
    if isinstance(answer, dict) and answer.get("class"):
        return Failure.from_dict(answer).to_dict()
    return Failure("other", excerpt=output[-2000:]).to_dict()


@pytest.hookimpl(trylast=True)
def pytest_genreliability_classify(
    output: str, exit_code: int | None, timed_out: bool, signal: int | None, config: pytest.Config
) -> Failure:
    """The built-in classifier, after the ini ``gen_failure_patterns``."""
    return classify(
        output,
        exit_code=exit_code,
        timed_out=timed_out,
        signal=signal,
        patterns=config.stash[SETTINGS_KEY].failure_patterns,
    )
