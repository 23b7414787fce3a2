"""pytest glue that is always loaded: options, marker, fixtures, and the switch to measurement.

This module loads in every pytest run of a project that has the plugin installed, measuring or
not, so it imports only what option registration needs. The work happens elsewhere, imported when
asked for: :mod:`.measure` (a process that samples), :mod:`.session` (the controller's gathering,
figures and gates), :mod:`.sampling` (one sample, behind the fixtures).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from . import settings as settings_mod
from .settings import MARKER, MARKER_HELP, SETTINGS_KEY

if TYPE_CHECKING:
    from .measure import Measurement
    from .sampling import GenRun, Sample
    from .session import ReliabilitySession

__all__ = ["gen_run", "gen_sample"]

#: The measuring process's plugin object (registered as ``genreliability-measurement``).
MEASUREMENT_KEY: pytest.StashKey[Measurement] = pytest.StashKey()
#: The controller's session object (registered as ``genreliability-session``).
SESSION_KEY: pytest.StashKey[ReliabilitySession] = pytest.StashKey()
SAMPLE_FIXTURE = "gen_sample"
#: Markers that could not be parsed, raised as one usage error once collection is complete.
MARKER_ERRORS_KEY = pytest.StashKey[list[str]]()
#: A usage error a pytest-xdist worker found (it runs no sample then).
WORKER_USAGE_ERROR_KEY = pytest.StashKey[str]()
#: Where a worker tells the controller of a usage error (``workeroutput``).
USAGE_ERROR_OUTPUT = "genreliability_usage_error"


def pytest_addoption(parser: pytest.Parser) -> None:
    settings_mod.addoption(parser)


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    from . import hookspecs

    pluginmanager.add_hookspecs(hookspecs)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER_HELP)
    settings = settings_mod.load_session_settings(config)
    config.stash[SETTINGS_KEY] = settings
    config.stash[MARKER_ERRORS_KEY] = []
    if _distributed(config):
        config.pluginmanager.register(WorkerUsageErrors(), "genreliability-worker-errors")
    if not (settings.measuring or settings.plan):
        return  # inert: nothing more is imported or registered
    if settings.plan:
        # planning runs nothing: keep pytest-xdist (whose configure runs after this one) off
        config.option.dist = "no"
        config.option.tx = []
    from .measure import Measurement

    measurement = Measurement(config, settings)
    config.stash[MEASUREMENT_KEY] = measurement
    config.pluginmanager.register(measurement, "genreliability-measurement")
    if settings.measuring and not settings.plan and not hasattr(config, "workerinput"):
        from .session import ReliabilitySession

        session = ReliabilitySession(config, settings)
        measurement.session = session
        config.stash[SESSION_KEY] = session
        config.pluginmanager.register(session, "genreliability-session")


def _distributed(config: pytest.Config) -> bool:
    """The controller of a pytest-xdist run (``-n``/``--dist`` with workers)."""
    return (
        not hasattr(config, "workerinput")
        and getattr(config.option, "dist", "no") != "no"
        and bool(getattr(config.option, "tx", None))
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    if config.pluginmanager.has_plugin("genreliability-worker-errors"):
        config.pluginmanager.unregister(name="genreliability-worker-errors")
    session = config.stash.get(SESSION_KEY, None)
    if session is not None:
        config.pluginmanager.unregister(session)
        del config.stash[SESSION_KEY]
    measurement = config.stash.get(MEASUREMENT_KEY, None)
    if measurement is not None:
        measurement.close()
        config.pluginmanager.unregister(measurement)
        del config.stash[MEASUREMENT_KEY]


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
    """Measurement mode: a generator test becomes N sample items (``[gen-3/10]``). Otherwise a
    test whose marker declares arms becomes one ordinary item per arm."""
    if not _is_generator_test(metafunc):
        return
    measurement = metafunc.config.stash.get(MEASUREMENT_KEY, None)
    if measurement is not None:
        measurement.parametrize(metafunc)
        return
    marker = metafunc.definition.get_closest_marker(MARKER)
    if marker is None:
        return
    try:
        subject = settings_mod.marker_settings(
            metafunc.config.stash[SETTINGS_KEY], marker, metafunc.definition.nodeid
        )
    except pytest.UsageError as error:
        metafunc.config.stash[MARKER_ERRORS_KEY].append(str(error))
        return
    if subject.arms:
        from .sampling import SampleSlot, ordinary_address

        slots = [
            SampleSlot(ordinary_address(arm.name), subject.arm(arm.name)) for arm in subject.arms
        ]
        if SAMPLE_FIXTURE not in metafunc.fixturenames:
            metafunc.fixturenames.append(SAMPLE_FIXTURE)
        ids = [slot.address.arm or "" for slot in slots]
        metafunc.parametrize(SAMPLE_FIXTURE, slots, indirect=True, ids=ids)


@pytest.fixture
def gen_sample(request: pytest.FixtureRequest) -> Iterator[Sample]:
    """Which sample of which subject this test item runs (``.index``, ``.count``, ``.subject``,
    ``.arm``, ``.attempt``); runs the prepare and cleanup commands around it."""
    from .sampling import finish_sample, ordinary_slot, start_sample

    node = request.node
    assert isinstance(node, pytest.Item)
    measurement = request.config.stash.get(MEASUREMENT_KEY, None)
    slot = ordinary_slot(request, node)
    sample = start_sample(node, slot, measuring=measurement is not None)
    yield sample
    finish_sample(sample)


@pytest.fixture
def gen_run(request: pytest.FixtureRequest, gen_sample: Sample) -> GenRun:
    """Run this test's generator for the current sample: ``gen_run(cmd, cwd=, env=, timeout=)``."""
    from .sampling import GenRun

    return GenRun(gen_sample)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config) -> None:
    """A marker that could not be parsed is a usage error, found once collection is complete."""
    errors = config.stash.get(MARKER_ERRORS_KEY, None)
    if errors:
        usage_error(config, errors[0])


def usage_error(config: pytest.Config, message: str) -> None:
    """End the session with exit status 4, also from a pytest-xdist worker.

    A worker cannot raise :class:`pytest.UsageError` (the controller would report an
    INTERNALERROR): it hands the message to the controller in ``workeroutput`` and runs no sample;
    the controller prints it and exits 4 (:class:`WorkerUsageErrors`).
    """
    if not hasattr(config, "workerinput"):
        raise pytest.UsageError(message)
    workeroutput: dict[str, Any] = getattr(config, "workeroutput", {})
    workeroutput.setdefault(USAGE_ERROR_OUTPUT, message)
    config.stash[WORKER_USAGE_ERROR_KEY] = message


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    message = item.config.stash.get(WORKER_USAGE_ERROR_KEY, None)
    if message is not None:
        pytest.skip(f"not run: usage error: {message}")


class WorkerUsageErrors:
    """On the controller of a distributed run: a usage error a worker found ends the session with
    exit status 4 and its message, as it would without xdist."""

    def __init__(self) -> None:
        self.message: str | None = None

    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        output = getattr(node, "workeroutput", None) or {}
        self.message = self.message or output.get(USAGE_ERROR_OUTPUT)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.message is not None:
            session.exitstatus = pytest.ExitCode.USAGE_ERROR

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.message is not None:
            terminalreporter.write_line(f"ERROR: usage error: {self.message}", red=True, bold=True)
