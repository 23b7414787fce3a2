"""One sample of a subject, as seen from inside a test: the ``gen_sample`` and ``gen_run`` fixtures.

Each sample is an ordinary test item (so pytest-xdist spreads samples and pytest-rerunfailures
can rerun them); this module runs the commands of one item and remembers their results in the
item's stash, where the report hook (:mod:`.plugin`) turns them into the sample's record.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

import pytest

from . import excerpts
from .contention import deciding_copy, run_copies
from .progress import progress
from .records import SampleRecord
from .redact import redact, secret_values
from .runner import RunResult, run_command
from .settings import MARKER, SETTINGS_KEY, SubjectSettings, subject_settings

#: Per-item facts fixed at collection: where the sample sits and the subject's settings.
ITEM_KEY = pytest.StashKey["SampleItemInfo"]()
#: The report attribute that carries a sample record (plain data, so xdist can serialise it).
RECORD_ATTR = "genreliability"
#: Per-item results of the commands run during the sample.
RUNS_KEY = pytest.StashKey["SampleRuns"]()


@dataclass(frozen=True)
class SampleParam:
    """The parameter value of one sample item (kept small: it appears in ``--collect-only``)."""

    index: int
    count: int
    arm: str | None = None
    copies: int | None = None  # set when concurrency levels are measured


@dataclass(frozen=True)
class SampleInfo:
    """What the ``gen_sample`` fixture gives a test: which sample of which subject is running."""

    subject: str
    index: int
    count: int
    arm: str | None
    measuring: bool
    attempt: int = 1  # 2, 3, ... when pytest-rerunfailures reruns the sample

    @property
    def env(self) -> dict[str, str]:
        """The variables every command of this sample sees."""
        env = {
            "GEN_SAMPLE_INDEX": str(self.index),
            "GEN_SAMPLE_COUNT": str(self.count),
            "GEN_ATTEMPT": str(self.attempt),
        }
        if self.arm:
            env["GEN_ARM"] = self.arm
        return env


@dataclass(frozen=True)
class SampleItemInfo:
    subject: str
    arm: str | None
    index: int
    count: int
    settings: SubjectSettings


@dataclass
class SampleRuns:
    """The commands one sample ran, in order; the deciding one is the first that failed."""

    info: SampleInfo
    settings: SubjectSettings
    config: pytest.Config | None = None
    label: str = ""
    cwd: os.PathLike[str] | str | None = None  # where prepare and cleanup run
    seen_env: dict[str, str] = field(default_factory=dict)  # overlays, for redaction
    runs: list[RunResult] = field(default_factory=list)
    interrupted: bool = False
    copies_failed: int = 0

    def deciding_run(self) -> RunResult | None:
        for run in self.runs:
            if not run.ok:
                return run
        return self.runs[-1] if self.runs else None

    def run(
        self,
        command: str | Sequence[str],
        *,
        cwd: str | os.PathLike[str] | None = None,
        env: Mapping[str, str | None] | None = None,
        timeout: float | None = None,
        shell: bool | None = None,
    ) -> RunResult:
        overlay: dict[str, str | None] = dict(self.settings.env)
        overlay.update(env or {})
        overlay.update(self.info.env)
        self.seen_env.update({k: v for k, v in overlay.items() if v is not None})
        options: dict[str, Any] = {
            "cwd": cwd,
            "env": overlay,
            "timeout": timeout if timeout is not None else self.settings.timeout,
            "shell": self.settings.shell if shell is None else shell,
        }
        try:
            with self._progress():
                if self.settings.copies > 1:
                    copies = run_copies(command, self.settings.copies, **options)
                    self.copies_failed += sum(not r.ok for r in copies)
                    result = deciding_copy(copies)
                else:
                    result = run_command(command, **options)
        except KeyboardInterrupt:
            self.interrupted = True
            raise
        self.runs.append(result)
        return result

    def secrets(self) -> frozenset[str]:
        """Values to mask in anything shown: secret-looking variables of the environment and of
        every overlay this sample used (``gen_env``, an arm's ``env``, ``gen_run(env=...)``)."""
        return secret_values({**os.environ, **self.settings.env, **self.seen_env})

    def _progress(self) -> AbstractContextManager[None]:
        if self.config is None:
            return nullcontext()
        interval = self.config.stash[SETTINGS_KEY].progress
        return progress(self.config, self.label, interval)

    def run_hook_command(self, what: str, command: str | Sequence[str] | None) -> None:
        """Run a prepare or cleanup command; a failure is a harness error, not a sample result.

        It runs once, never in several copies, and never decides the sample.
        """
        if not command:
            return
        overlay: dict[str, str | None] = {**self.settings.env, **self.info.env}
        result = run_command(
            command,
            cwd=self.cwd,
            env=overlay,
            timeout=self.settings.timeout,
            shell=self.settings.shell,
        )
        if not result.ok:
            pytest.fail(f"{what} command failed: {describe(result, self.secrets())}", pytrace=False)


def describe(result: RunResult, secrets: frozenset[str] | None = None) -> str:
    """One paragraph on a failed run: what ran, how it ended, the end of its output (redacted)."""
    if result.error:
        how = result.error
    elif result.timed_out:
        how = f"timed out after {result.duration_s:.1f}s (process tree killed)"
    elif result.signal:
        how = f"killed by signal {result.signal}"
    else:
        how = f"exit code {result.exit_code}"
    command = " ".join(result.command)
    text = f"`{command}`: {how}"
    output = excerpts.tail(result.output)
    if output:
        text += "\n" + output
    return redact(text, secret_values(os.environ) if secrets is None else secrets)


def item_info(item: pytest.Item) -> SampleItemInfo | None:
    return item.stash.get(ITEM_KEY, None)


def _session_defaults(config: pytest.Config) -> SubjectSettings:
    return config.stash[SETTINGS_KEY].defaults()


@pytest.fixture
def gen_sample(request: pytest.FixtureRequest) -> Iterator[SampleInfo]:
    """Which sample of which subject this test item runs; runs the prepare/cleanup commands."""
    node = request.node
    assert isinstance(node, pytest.Item)
    fixed = item_info(node)
    if fixed is not None:
        attempt = getattr(node, "execution_count", None) or 1  # set by pytest-rerunfailures
        info = SampleInfo(
            fixed.subject, fixed.index, fixed.count, fixed.arm, measuring=True, attempt=attempt
        )
        settings = fixed.settings
    else:  # an ordinary run: one sample (per arm, when the marker declares arms)
        marker = node.get_closest_marker(MARKER)
        settings = subject_settings(
            _session_defaults(request.config), marker.kwargs if marker else {}, node.nodeid
        )
        param = getattr(request, "param", None)
        arm = param.arm if isinstance(param, SampleParam) else None
        settings = settings.arm(arm)
        info = SampleInfo(node.nodeid, 1, 1, arm, measuring=False)
    runs = SampleRuns(info, settings, config=request.config, label=node.nodeid)
    node.stash[RUNS_KEY] = runs
    runs.run_hook_command("prepare", settings.prepare)
    yield info
    runs.run_hook_command("cleanup", settings.cleanup)


class GenRun:
    """The callable behind the ``gen_run`` fixture."""

    def __init__(self, runs: SampleRuns) -> None:
        self._runs = runs

    def __call__(
        self,
        command: str | Sequence[str],
        *,
        cwd: str | os.PathLike[str] | None = None,
        env: Mapping[str, str | None] | None = None,
        timeout: float | None = None,
        shell: bool | None = None,
        check: bool = True,
    ) -> RunResult:
        """Run the generator for this sample.

        ``command`` is an argv list, or a string split with :func:`shlex.split` (a shell only with
        ``shell=True``). ``env`` overlays ``os.environ`` (``None`` removes a variable); the command
        also sees ``GEN_SAMPLE_INDEX``, ``GEN_SAMPLE_COUNT`` and, in an arm, ``GEN_ARM``.
        ``timeout`` defaults to ``--gen-timeout``/marker. In an arm, the arm's ``env`` and ``args``
        apply (``args`` are appended to the command). With ``check=True`` (the default) a failed
        run fails the test, like ``subprocess.run(check=True)``.
        """
        extra = self._runs.settings.args
        if extra:
            command = (
                f"{command} {shlex.join(extra)}" if isinstance(command, str) else [*command, *extra]
            )
        result = self._runs.run(command, cwd=cwd, env=env, timeout=timeout, shell=shell)
        if check and not result.ok:
            pytest.fail(
                f"generator failed: {describe(result, self._runs.secrets())}", pytrace=False
            )
        return result

    @property
    def sample(self) -> SampleInfo:
        return self._runs.info


@pytest.fixture
def gen_run(request: pytest.FixtureRequest, gen_sample: SampleInfo) -> GenRun:
    """Run this test's generator for the current sample: ``gen_run(cmd, cwd=, env=, timeout=)``."""
    node = request.node
    assert isinstance(node, pytest.Item)
    return GenRun(node.stash[RUNS_KEY])


def sample_params(
    count: int, arms: Sequence[str] = (), levels: Sequence[int] = ()
) -> list[SampleParam]:
    """Parameter values for one subject's sample items, interleaved (A1 B1 A2 B2 ...).

    Arms and concurrency levels are interleaved sample by sample, so that slow drifts of the
    machine (a scan, a warm cache) hit every variant alike.
    """
    arm_names: Sequence[str | None] = arms or [None]
    copies: Sequence[int | None] = levels or [None]
    return [
        SampleParam(i, count, arm, k)
        for i in range(1, count + 1)
        for k in copies
        for arm in arm_names
    ]


def sample_id(param: SampleParam) -> str:
    """``gen-3/10``, ``gen-safe-3/10``; a concurrency level is an id part of its own (``c2-``)."""
    from .records import format_sample_id

    prefix = f"c{param.copies}-" if param.copies is not None else ""
    return prefix + format_sample_id(param.index, param.count, param.arm)


def build_record(
    item: pytest.Item, report: pytest.TestReport, classify: Any
) -> dict[str, Any] | None:
    """The record of one attempt at a sample, from its deciding report; ``None`` otherwise.

    The deciding report is the call phase, or the setup phase when setup did not pass (a failed
    prepare command, a skip). ``classify(output, exit_code, timed_out, signal)`` returns the
    failure details of a failed run (or of the test's own error) as a
    dict with ``class``, ``errno``, ``operation``, ``paths``, ``excerpt``.
    """
    fixed = item_info(item)
    if fixed is None or not (report.when == "call" or report.outcome != "passed"):
        return None
    if report.when == "teardown":
        return None
    runs = item.stash.get(RUNS_KEY, None)
    run = runs.deciding_run() if runs else None
    if report.when == "setup":
        outcome = "skipped" if report.skipped else "error"
    elif hasattr(report, "wasxfail") or str(report.longrepr or "").startswith("[XPASS(strict)]"):
        # an expected failure is still a failure of the generator, an XPASS a pass
        failed = report.skipped or (run is not None and not run.ok)
        timed_out = run is not None and run.timed_out
        outcome = ("timeout" if timed_out else "failed") if failed else "passed"
    elif report.skipped:
        outcome = "skipped"
    elif report.passed:
        outcome = "passed"
    else:
        outcome = "timeout" if run is not None and run.timed_out else "failed"
    record: dict[str, Any] = {
        "subject": fixed.subject,
        "arm": fixed.arm,
        "index": fixed.index,
        "count": fixed.count,
        "attempt": getattr(item, "execution_count", None) or 1,
        "outcome": outcome,
        "min_pass_rate": fixed.settings.min_pass_rate,
        "duration_s": round(sum(r.duration_s for r in runs.runs), 6)
        if runs and runs.runs
        else round(report.duration, 6),
        "started_at": round(report.start, 3) if getattr(report, "start", None) else None,
        "exit_code": run.exit_code if run else None,
        "signal": run.signal if run else None,
    }
    extra: dict[str, Any] = {}
    if fixed.settings.copies > 1:
        extra["copies"] = fixed.settings.copies
        extra["copies_failed"] = runs.copies_failed if runs else 0
    if fixed.settings.auto:
        extra["sequential"] = True
    if fixed.settings.arms:
        extra["arms"] = [arm.name for arm in fixed.settings.arms]
    if extra:
        record["extra"] = extra
    if outcome == "skipped":
        longrepr = report.longrepr
        message = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr or "")
        record["reason"] = message.removeprefix("Skipped: ")
        return record
    if outcome == "passed":
        return record
    secrets = runs.secrets() if runs else secret_values({**os.environ, **fixed.settings.env})
    if run is not None and not run.ok:
        details = classify(run.output, run.exit_code, run.timed_out, run.signal)
        record.update(details)
        record["paths"] = [redact(str(p), secrets) for p in details.get("paths") or ()]
        record["excerpt"] = redact(
            str(details.get("excerpt") or excerpts.tail(run.output)), secrets
        )
        record["reason"] = redact(_reason(run), secrets)
    else:
        text = report.longreprtext or ""
        details = classify(text, None, False, None)
        record.update(details)
        record["paths"] = [redact(str(p), secrets) for p in details.get("paths") or ()]
        record["excerpt"] = redact(str(details.get("excerpt") or excerpts.tail(text)), secrets)
        record["reason"] = redact(excerpts.first_error_line(text) or outcome, secrets)
    return record


def interrupted_record(info: SampleItemInfo) -> SampleRecord:
    return SampleRecord(
        subject=info.subject,
        arm=info.arm,
        index=info.index,
        count=info.count,
        outcome="interrupted",
        reason="interrupted (Ctrl-C) during the sample",
        min_pass_rate=info.settings.min_pass_rate,
    )


def _reason(run: RunResult) -> str:
    if run.error:
        return run.error
    if run.timed_out:
        return "timeout"
    if run.signal:
        return f"signal {run.signal}"
    line = excerpts.first_error_line(run.output)
    return f"exit {run.exit_code}: {line}" if line else f"exit {run.exit_code}"
