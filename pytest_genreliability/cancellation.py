"""Cancellation and lost workers in measurement mode: end what was started, keep what was measured.

* **SIGTERM and SIGHUP** (CI cancellation, ``timeout``, a closed terminal) take the Ctrl-C path:
  the running sample's process tree is ended (gracefully, then firmly), the sample is recorded as
  ``interrupted``, and the session still prints its partial report, writes ``--gen-json`` and
  saves the run. On a pytest-xdist controller the signal is passed on to the workers instead,
  and the controller goes on receiving their reports until they stopped; a second signal
  interrupts the controller at once.
* **A guard process** per pytest process ends the process trees of samples still running when
  that process dies without a chance to clean up (SIGKILL, an out-of-memory kill): see
  :func:`.runner.guard_process_trees`.
* **Runs on other threads** (the copies of a concurrency sample) are ended too: an interrupt
  reaches the main thread only.
* **pytest-xdist**: an item whose worker stopped because it was interrupted is recorded as
  ``interrupted``, not ``crashed``; and under ``--dist loadscope``/``loadgroup``, pytest-xdist 3.8
  and older hang for good once a worker is lost. Their scheduler is replaced by one with the
  upstream fixes (pytest-xdist#1323, #1327, #1371) for as long as no release carries them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from types import FrameType
from typing import Any

import pytest

from . import runner
from .address import parse_nodeid
from .records import SampleRecord
from .settings import SessionSettings

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
PREVIOUS_KEY = pytest.StashKey[dict[int, Any]]()
PLUGIN = "genreliability-cancellation"
XDIST_PLUGIN = "genreliability-cancellation-xdist"


def configure(config: pytest.Config, settings: SessionSettings) -> None:
    """Set up cancellation handling for a measuring process (signals: main thread only)."""
    runner.guard_process_trees(settings.kill_grace)
    plugin = Cancellation(settings)
    config.pluginmanager.register(plugin, PLUGIN)
    if config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(XdistCancellation(config), XDIST_PLUGIN)
    if threading.current_thread() is not threading.main_thread():
        return
    handler: Any = runner.raise_keyboard_interrupt
    if _is_xdist_controller(config):
        handler = _Forwarder(config)
    elif hasattr(config, "workerinput"):
        handler = plugin.on_worker_signal
    previous: dict[int, Any] = {}
    for number in SIGNALS:
        with contextlib.suppress(ValueError, OSError):
            previous[number] = signal.signal(number, handler)
    config.stash[PREVIOUS_KEY] = previous


def unconfigure(config: pytest.Config) -> None:
    for number, handler in config.stash.get(PREVIOUS_KEY, {}).items():
        with contextlib.suppress(ValueError, OSError, TypeError):
            signal.signal(number, handler)
    config.stash[PREVIOUS_KEY] = {}
    for name in (PLUGIN, XDIST_PLUGIN):
        plugin = config.pluginmanager.get_plugin(name)
        if plugin is not None:
            config.pluginmanager.unregister(plugin)
    runner.unguard_process_trees()


class Cancellation:
    """End the runs other threads wait on when an interrupt cuts a sample short.

    On a pytest-xdist worker a signal interrupts only a running test: between tests the worker
    waits inside execnet, which takes a KeyboardInterrupt there for a closed channel and ends
    the worker as if it had finished, its next item still assigned (pytest-xdist then fails with
    an INTERNALERROR). The signal is kept instead and raised when the next test starts.
    """

    def __init__(self, settings: SessionSettings) -> None:
        self._grace = settings.kill_grace
        self._in_test = False
        self._pending: int | None = None

    def on_worker_signal(self, signal_number: int, frame: FrameType | None) -> None:
        if self._in_test:
            runner.raise_keyboard_interrupt(signal_number, frame)
        self._pending = signal_number

    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None) -> Any:
        if self._pending is not None:
            runner.raise_keyboard_interrupt(self._pending, None)
        self._in_test = True
        try:
            return (yield)
        except KeyboardInterrupt:
            runner.end_running(self._grace)
            raise
        finally:
            self._in_test = False


def _is_xdist_controller(config: pytest.Config) -> bool:
    if hasattr(config, "workerinput"):
        return False
    dist = getattr(config.option, "dist", "no")
    return bool(getattr(config.option, "tx", None)) and dist != "no"


class _Forwarder:
    """The controller's SIGTERM/SIGHUP handler: pass the signal to the workers, once.

    Interrupting the controller itself would drop the reports still on their way from the workers
    (pytest-xdist stops reading them), so the samples they were running would be lost; the workers
    stop by themselves, report, and the session then ends as interrupted. A signal with no worker
    known interrupts the controller, and so does a repeated one, unless it comes within
    `REPEAT_S` of the first: GNU ``timeout`` signals its child, then the child's whole process
    group, so the controller gets each signal twice.
    """

    REPEAT_S = 1.0

    def __init__(self, config: pytest.Config) -> None:
        self._config = config
        self._forwarded_at: float | None = None

    def __call__(self, signal_number: int, frame: FrameType | None) -> None:
        plugin = self._config.pluginmanager.get_plugin(XDIST_PLUGIN)
        workers = plugin.worker_pids() if isinstance(plugin, XdistCancellation) else []
        now = time.monotonic()
        if self._forwarded_at is not None and now - self._forwarded_at < self.REPEAT_S:
            return
        if self._forwarded_at is not None or not workers:
            runner.raise_keyboard_interrupt(signal_number, frame)
        self._forwarded_at = now
        # the stopped workers would be "replaced" (started and collected anew, seconds each)
        # only to be shut down: a cancelled run has no use for them
        dsession = self._config.pluginmanager.get_plugin("dsession")
        if dsession is not None and hasattr(dsession, "_max_worker_restart"):
            dsession._max_worker_restart = 0
        for pid in workers:
            with contextlib.suppress(OSError):
                os.kill(pid, signal_number)


class XdistCancellation:
    """pytest-xdist hooks, registered only when pytest-xdist is present."""

    def __init__(self, config: pytest.Config) -> None:
        self._config = config
        self._workers: dict[str, int] = {}

    def worker_pids(self) -> list[int]:
        return list(self._workers.values())

    @pytest.hookimpl
    def pytest_testnodeready(self, node: Any) -> None:
        # execnet keeps the worker's Popen for popen gateways (the -n N kind); others have none
        popen = getattr(getattr(node.gateway, "_io", None), "popen", None)
        pid = getattr(popen, "pid", None)
        if isinstance(pid, int):
            self._workers[str(node.gateway.id)] = pid

    @pytest.hookimpl
    def pytest_testnodedown(self, node: Any, error: object | None) -> None:
        self._workers.pop(str(node.gateway.id), None)

    @pytest.hookimpl(tryfirst=True)
    def pytest_handlecrashitem(self, crashitem: str, report: Any, sched: Any) -> None:
        """An item cut short because its worker was interrupted is an interrupted sample."""
        node = getattr(report, "node", None)
        status = getattr(node, "workeroutput", None) or {}
        address = parse_nodeid(crashitem)
        if status.get("exitstatus") != int(pytest.ExitCode.INTERRUPTED) or address is None:
            return
        record = SampleRecord(
            subject=address.subject,
            arm=address.arm,
            index=address.index,
            count=address.count,
            outcome="interrupted",
            reason="interrupted during the sample (its worker was stopped)",
        )
        from .measure import RECORD_ATTR

        setattr(report, RECORD_ATTR, record.to_dict())
        # not a failure of the test: shown as skipped, like a sample the run never reached
        report.outcome = "skipped"
        report.longrepr = (crashitem.split("::")[0], 0, f"Skipped: {record.reason}")

    @pytest.hookimpl(tryfirst=True)
    def pytest_xdist_make_scheduler(self, config: pytest.Config, log: Any) -> Any:
        from .xdist_scheduling import fixed_scheduler

        return fixed_scheduler(config, log)
