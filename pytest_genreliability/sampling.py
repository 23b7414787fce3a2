"""One sample as a test item runs it: the live :class:`Sample` behind the fixtures.

Each sample is an ordinary test item (so pytest-xdist spreads samples and pytest-rerunfailures can
rerun them). :func:`start_sample` begins an attempt, for a test's fixture and for the ini-command
item alike; the sample runs its commands and, once pytest has reported the deciding phase, turns
into its one :class:`~.records.SampleRecord` (:meth:`Sample.record`), whose outcome comes from the
pure rule in :mod:`.outcome`.
"""

from __future__ import annotations

import os
import shlex
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from typing import Any

import pytest

from . import excerpts
from .address import SampleAddress
from .classify import headline, signature_of
from .contention import deciding_copy, run_copies
from .outcome import PhaseResult, RunSummary, decide_outcome
from .progress import progress
from .records import SampleRecord
from .redact import is_secret_name, redact, redact_command, secret_values
from .residue import scan_residue
from .runner import RunResult, run_command
from .settings import MARKER, SETTINGS_KEY, SubjectSettings, marker_settings
from .values import parse_capture
from .worklock import workdir_lock

#: ``classify(output, exit_code, timed_out, signal)``: failure details as a ``Failure``-like dict.
Classifier = Callable[[str, "int | None", bool, "int | None"], Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class SampleSlot:
    """What collection fixes for a sample item: where it sits and its subject's settings."""

    address: SampleAddress
    settings: SubjectSettings


#: The slot of a sample item, set at collection (measurement mode, or an arm's ordinary item).
SLOT_KEY = pytest.StashKey[SampleSlot]()
#: The sample an item is running in its current attempt.
SAMPLE_KEY = pytest.StashKey["Sample"]()
#: Residue files this process has reported, so that the next sample does not report them again.
RESIDUE_SEEN_KEY = pytest.StashKey[set[str]]()


class Sample:
    """The sample an item is running: where it sits, its settings, and the runs so far.

    It is what the ``gen_sample`` fixture returns (``.index``, ``.count``, ``.subject``, ``.arm``,
    ``.attempt``). The deciding run is the first that failed, else the last.
    """

    __slots__ = (
        "address",
        "attempt",
        "config",
        "copies_failed",
        "cwd",
        "ended_at",
        "interrupted",
        "label",
        "measuring",
        "recorded",
        "run_cwds",
        "runs",
        "seen_env",
        "settings",
        "started_at",
    )

    def __init__(
        self,
        address: SampleAddress,
        settings: SubjectSettings,
        *,
        measuring: bool,
        attempt: int = 1,
        config: pytest.Config | None = None,
        label: str = "",
        cwd: os.PathLike[str] | str | None = None,
    ) -> None:
        self.address = address
        self.settings = settings
        self.measuring = measuring
        self.attempt = attempt  # 2, 3, ... when pytest-rerunfailures reruns the sample
        self.config = config
        self.label = label
        self.cwd = cwd  # where prepare and cleanup run
        self.seen_env: dict[str, str] = {}  # overlays, for redaction
        self.runs: list[RunResult] = []
        self.interrupted = False
        self.copies_failed = 0
        self.run_cwds: list[str] = []  # the working directory of each run, absolute
        self.started_at: float | None = None
        self.ended_at: float | None = None
        self.recorded = False  # its record was made (an interrupt after that changes nothing)

    # --- what gen_sample tells a test ---

    @property
    def subject(self) -> str:
        return self.address.subject

    @property
    def index(self) -> int:
        return self.address.index

    @property
    def count(self) -> int:
        return self.address.count

    @property
    def arm(self) -> str | None:
        return self.address.arm

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

    def __repr__(self) -> str:
        return f"<Sample {self.address.label} {self.address.sample_id} attempt {self.attempt}>"

    # --- running ---

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
        capture: str | None = None,
    ) -> RunResult:
        overlay: dict[str, str | None] = dict(self.settings.env)
        overlay.update(env or {})
        overlay.update(self.env)
        self.seen_env.update({k: v for k, v in overlay.items() if v is not None})
        options: dict[str, Any] = {
            "cwd": cwd,
            "env": overlay,
            "timeout": timeout if timeout is not None else self.settings.timeout,
            "shell": self.settings.shell if shell is None else shell,
            "capture": capture or self.settings.capture,
            "kill_grace": self.settings.kill_grace,
        }
        workdir = os.path.abspath(os.fspath(cwd)) if cwd is not None else os.getcwd()
        try:
            with self._workdir_lock(workdir), self._progress():
                if self.started_at is None:
                    self.started_at = time.time()
                if self.settings.copies > 1:
                    copies = run_copies(command, self.settings.copies, **options)
                    self.copies_failed += sum(not r.ok for r in copies)
                    result = deciding_copy(copies)
                else:
                    result = run_command(command, **options)
                self.ended_at = time.time()
        except KeyboardInterrupt:
            self.interrupted = True
            raise
        self.runs.append(result)
        self.run_cwds.append(workdir)
        return result

    def _workdir_lock(self, workdir: str) -> AbstractContextManager[Any]:
        """Samples of one subject in one directory take turns, unless ``--gen-allow-overlap``."""
        if self.config is None or self.config.stash[SETTINGS_KEY].allow_overlap:
            return nullcontext()
        return workdir_lock(self.subject, workdir)

    def secrets(self) -> frozenset[str]:
        """Values to mask in anything shown: secret-looking variables of the environment and of
        every overlay this sample used (``gen_env``, an arm's ``env``, ``gen_run(env=...)``)."""
        return environ_secrets() | secret_values({**self.settings.env, **self.seen_env})

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
        overlay: dict[str, str | None] = {**self.settings.env, **self.env}
        result = run_command(
            command,
            cwd=self.cwd,
            env=overlay,
            timeout=self.settings.timeout,
            shell=self.settings.shell,
            capture=self.settings.capture,
            kill_grace=self.settings.kill_grace,
        )
        if not result.ok:
            raise HarnessError(f"{what} command failed: {describe(result, self.secrets())}")

    # --- the record ---

    def record(self, phase: PhaseResult, classify: Classifier, text: str = "") -> SampleRecord:
        """This attempt's record, once pytest reported how its deciding phase ended.

        ``text`` is pytest's account of a failure (``longreprtext``), classified when no
        generator run failed (the test's own check failed, or the harness did).
        """
        summaries = [RunSummary(r.ok, r.timed_out, r.error is None) for r in self.runs]
        outcome = decide_outcome(phase, summaries, self.interrupted)
        run = self.deciding_run()
        settings = self.settings
        extra: dict[str, Any] = {}
        workdir = self._deciding_cwd()
        if settings.copies > 1:
            extra["copies"] = settings.copies
            extra["copies_failed"] = self.copies_failed
        if settings.auto:
            extra["sequential"] = True
        if settings.arms:
            extra["arms"] = [arm.name for arm in settings.arms]
        ended = [r.ended_by for r in self.runs if r.ended_by]
        if ended:  # which signal the runner needed for what the sample left behind or overran
            extra["ended_by"] = ended[-1]
        unreached = sum(r.unreached for r in self.runs)
        if unreached:
            extra["unreached"] = unreached
        fields: dict[str, Any] = {
            "subject": self.subject,
            "arm": self.arm,
            "index": self.index,
            "count": self.count,
            "attempt": self.attempt,
            "outcome": outcome,
            "min_pass_rate": settings.min_pass_rate,
            "duration_s": round(sum(r.duration_s for r in self.runs), 6) if self.runs else None,
            "exit_code": run.exit_code if run else None,
            "signal": run.signal if run else None,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "cwd": redact(workdir, self.secrets()) if workdir else None,
            "extra": extra,
        }
        if outcome == "passed":
            return SampleRecord(**fields)
        if outcome in ("skipped", "interrupted"):
            reason = text or ("interrupted during the sample" if self.interrupted else outcome)
            return SampleRecord(**fields, reason=redact(reason, self.secrets()))
        secrets = self.secrets()
        failed_run = run if run is not None and not run.ok else None
        why: str | None
        if failed_run is not None and failed_run.error is None:
            details = classify(
                failed_run.output, failed_run.exit_code, failed_run.timed_out, failed_run.signal
            )
            source, why = failed_run.output, None
        elif failed_run is not None:  # the program could not start: a configuration error
            details = {"class": "error"}
            source, why = failed_run.output, failed_run.error or "could not start"
        else:
            details = classify(text, None, False, None) if outcome != "error" else {}
            source = text
            why = excerpts.first_error_line(text) or outcome
        failure_class = details.get("class") if outcome != "error" else None
        paths = [str(p) for p in details.get("paths") or ()]
        residue = self._residue(paths, workdir) if failed_run is not None else ()
        excerpt = redact(str(details.get("excerpt") or excerpts.tail(source)), secrets)
        if failed_run is not None and why is None:
            why = _reason(failed_run, excerpt)  # the decisive line, not the first "Error"
        return SampleRecord(
            **fields,
            failure_class=str(failure_class) if failure_class else None,
            errno=details.get("errno"),
            operation=details.get("operation"),
            paths=tuple(redact(p, secrets) for p in paths),
            excerpt=excerpt,
            signature=signature_of(excerpt),
            residue=tuple(redact(p, secrets) for p in residue),
            reason=redact(why or outcome, secrets),
        )

    def _residue(self, paths: list[str], workdir: str | None) -> tuple[str, ...]:
        seen = self.config.stash.setdefault(RESIDUE_SEEN_KEY, set()) if self.config else set()
        found = scan_residue(paths, workdir, self.started_at, time.time(), seen=seen)
        seen.update(found)
        return found

    def _deciding_cwd(self) -> str | None:
        """The working directory of the deciding run (where relative failing paths start)."""
        run = self.deciding_run()
        for candidate, workdir in zip(self.runs, self.run_cwds, strict=False):
            if candidate is run:
                return workdir
        return None


def ordinary_address(arm: str | None = None) -> SampleAddress:
    """The address of an ordinary (not measuring) run: one sample, its subject the item."""
    return SampleAddress("", 1, 1, arm)


def ordinary_slot(request: pytest.FixtureRequest, item: pytest.Item) -> SampleSlot:
    """The slot of the item ``gen_sample`` serves: fixed at collection when measuring or in an
    arm, else the item's own marker applied to the session's settings."""
    slot = item.stash.get(SLOT_KEY, None)
    if slot is not None:
        return slot
    param = getattr(request, "param", None)
    if isinstance(param, SampleSlot):  # an ordinary item of one arm
        return SampleSlot(replace(param.address, subject=item.nodeid), param.settings)
    session = item.config.stash[SETTINGS_KEY]
    settings = marker_settings(session, item.get_closest_marker(MARKER), item.nodeid)
    return SampleSlot(SampleAddress(item.nodeid, 1, 1), settings)


_environ_cache: tuple[dict[bytes, bytes], frozenset[str]] | None = None


def environ_secrets() -> frozenset[str]:
    """:func:`~.redact.secret_values` of ``os.environ``, worked out again only when a variable
    whose name looks secret changed.

    Every sample needs it (anything shown is redacted). pytest changes ``PYTEST_CURRENT_TEST``
    for every test, so the environment differs each time; only the changed names are looked at.
    """
    global _environ_cache
    raw = getattr(os.environ, "_data", None)  # the encoded mapping behind os.environ (CPython)
    if not isinstance(raw, dict):
        return secret_values(os.environ)
    if _environ_cache is not None:
        previous, values = _environ_cache
        if previous == raw:
            return values
        changed = raw.keys() ^ previous.keys()
        changed |= {key for key, value in raw.items() if previous.get(key, value) != value}
        if not any(is_secret_name(os.fsdecode(key)) for key in changed):
            _environ_cache = (dict(raw), values)
            return values
    values = secret_values(os.environ)
    _environ_cache = (dict(raw), values)
    return values


class HarnessError(pytest.fail.Exception):  # type: ignore[name-defined,misc]
    """The harness, not the generator, failed a sample (a prepare or cleanup command).

    Shown like ``pytest.fail(msg, pytrace=False)``: the message, without a traceback.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message, pytrace=False)


def start_sample(
    item: pytest.Item,
    slot: SampleSlot,
    *,
    measuring: bool,
    cwd: os.PathLike[str] | str | None = None,
) -> Sample:
    """Begin an attempt at a sample: the one way in, for a test's fixture and the ini item alike.

    Runs the prepare command; the cleanup command runs in :func:`finish_sample`.
    """
    attempt = getattr(item, "execution_count", None) or 1  # set by pytest-rerunfailures
    sample = Sample(
        slot.address,
        slot.settings,
        measuring=measuring,
        attempt=attempt,
        config=item.config,
        label=item.nodeid,
        cwd=cwd,
    )
    item.stash[SAMPLE_KEY] = sample
    sample.run_hook_command("prepare", slot.settings.prepare)
    return sample


def finish_sample(sample: Sample) -> None:
    sample.run_hook_command("cleanup", sample.settings.cleanup)


def describe(result: RunResult, secrets: frozenset[str] | None = None) -> str:
    """One paragraph on a failed run: what ran, how it ended, the end of its output (redacted)."""
    if result.error:
        how = result.error
    elif result.timed_out:
        how = f"timed out after {result.duration_s:.1f}s (process tree ended by {result.ended_by})"
    elif result.signal:
        how = f"killed by signal {result.signal}"
    else:
        how = f"exit code {result.exit_code}"
    if result.unreached:
        how += f"; {result.unreached} of its processes could not be ended"
    secrets = secret_values(os.environ) if secrets is None else secrets
    # "--token X": X masked whole (a value with spaces too), then quoted as a shell would
    text = f"`{shlex.join(redact_command(result.command, secrets))}`: {how}"
    output = excerpts.tail(result.output)
    if output:
        text += "\n" + output
    return redact(text, secrets)


class GenRun:
    """The callable behind the ``gen_run`` fixture."""

    def __init__(self, sample: Sample) -> None:
        self._sample = sample

    def __call__(
        self,
        command: str | Sequence[str],
        *,
        cwd: str | os.PathLike[str] | None = None,
        env: Mapping[str, str | None] | None = None,
        timeout: float | None = None,
        shell: bool | None = None,
        check: bool = True,
        capture: str | None = None,
    ) -> RunResult:
        """Run the generator for this sample.

        ``command`` is an argv list, or a string split with :func:`shlex.split` (a shell only with
        ``shell=True``). ``env`` overlays ``os.environ`` (``None`` removes a variable); the command
        also sees ``GEN_SAMPLE_INDEX``, ``GEN_SAMPLE_COUNT`` and, in an arm, ``GEN_ARM``.
        ``timeout`` defaults to ``--gen-timeout``/marker. In an arm, the arm's ``env`` and ``args``
        apply (``args`` are appended to the command). With ``check=True`` (the default) a failed
        run fails the test, like ``subprocess.run(check=True)``. ``capture`` (``pipe``, ``file``
        or ``pty``) defaults to the marker's ``capture=`` or the ini key ``gen_capture``.
        """
        extra = self._sample.settings.args
        if extra:
            command = (
                f"{command} {shlex.join(extra)}" if isinstance(command, str) else [*command, *extra]
            )
        if capture is not None:
            capture = parse_capture(capture)
        result = self._sample.run(
            command, cwd=cwd, env=env, timeout=timeout, shell=shell, capture=capture
        )
        if check and not result.ok:
            pytest.fail(
                f"generator failed: {describe(result, self._sample.secrets())}", pytrace=False
            )
        return result

    @property
    def sample(self) -> Sample:
        return self._sample


def sample_addresses(
    count: int, arms: Sequence[str] = (), levels: Sequence[int] = ()
) -> list[SampleAddress]:
    """The addresses of one subject's sample items, interleaved (A1 B1 A2 B2 ...).

    Arms and concurrency levels are interleaved sample by sample, so that slow drifts of the
    machine (a scan, a warm cache) hit every variant alike. The subject is filled in once the
    item's node id is known.
    """
    arm_names: Sequence[str | None] = arms or [None]
    copies: Sequence[int | None] = levels or [None]
    return [
        SampleAddress("", i, count, arm, k)
        for i in range(1, count + 1)
        for k in copies
        for arm in arm_names
    ]


def _reason(run: RunResult, excerpt: str) -> str:
    """How the run ended and the excerpt's first line that says something (never a bare
    ``Error:`` header whose message is on the next line)."""
    if run.timed_out:
        return "timeout"
    if run.signal:
        return f"signal {run.signal}"
    line = excerpts.clip(headline(excerpt)) or excerpts.first_error_line(run.output)
    return f"exit {run.exit_code}: {line}" if line else f"exit {run.exit_code}"
