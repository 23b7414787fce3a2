"""Options, ini keys and marker arguments, resolved into immutable settings.

Every value is validated where it enters (command line, ini file or marker) and a bad one raises
:class:`pytest.UsageError` naming where it came from and what is accepted. Precedence, highest
first: marker, command line, ini file, default.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import pytest

from .choices import KILL_GRACE_S
from .options import HELP
from .values import (
    AUTO,
    DEFAULT_MAX_SAMPLES,
    Arm,
    parse_arms,
    parse_capture,
    parse_ci_method,
    parse_concurrency,
    parse_confidence,
    parse_detect,
    parse_env_lines,
    parse_gate_basis,
    parse_max_samples,
    parse_plot_path,
    parse_progress,
    parse_rate,
    parse_sample_count,
    parse_storage_name,
    parse_test,
    parse_timeout,
)

T = TypeVar("T")

MARKER = "genreliability"
MARKER_ARGS = (
    "samples",
    "timeout",
    "min_pass_rate",
    "prepare",
    "cleanup",
    "arms",
    "detect",
    "concurrency",
    "max_samples",
    "capture",
)
MARKER_HELP = (
    f"{MARKER}(samples=N, timeout=SECONDS, min_pass_rate=R, prepare=CMD, cleanup=CMD, "
    "arms=[names] or {name: {'env': {...}, 'args': [...]}}, detect=(RATE_A, RATE_B), "
    "concurrency=K or [K, ...], max_samples=M, capture=pipe|file|pty): "
    "measure this test's generator: with --gen-samples it runs as N separate sample items "
    "(per arm, interleaved); the arguments override the command-line and ini settings for this "
    "test only."
)


@dataclass(frozen=True)
class CommandSubject:
    """The subject defined by the ini key ``gen_command``."""

    command: str
    cwd: Path
    env: Mapping[str, str]
    shell: bool


@dataclass(frozen=True)
class SubjectSettings:
    """Settings of one subject, after the marker has been applied."""

    samples: int | None
    timeout: float | None
    min_pass_rate: float | None
    prepare: str | Sequence[str] | None = None
    cleanup: str | Sequence[str] | None = None
    shell: bool = False
    env: Mapping[str, str] = field(default_factory=dict)
    args: tuple[str, ...] = ()
    arms: tuple[Arm, ...] = ()
    detect: tuple[float, float] | None = None
    concurrency: tuple[int, ...] = ()  # the levels to measure; () means one copy, unlabelled
    copies: int = 1  # simultaneous copies in this sample item
    auto: bool = False  # --gen-samples=auto: stop once decided; samples is then the maximum
    capture: str = "pipe"  # runner.run_command(capture=...)
    kill_grace: float = KILL_GRACE_S

    def arm(self, name: str | None) -> SubjectSettings:
        """These settings inside arm ``name``: its env overlay and extra arguments applied."""
        for arm in self.arms:
            if arm.name == name:
                return replace(self, env={**self.env, **arm.env}, args=self.args + arm.args)
        return self

    def with_copies(self, copies: int | None) -> SubjectSettings:
        """These settings for one concurrency level (``None``: one copy, unlabelled)."""
        return self if copies is None else replace(self, copies=copies)


@dataclass(frozen=True)
class SessionSettings:
    """The session's settings, loaded once in ``pytest_configure`` (see :data:`SETTINGS_KEY`)."""

    samples: int | None  # with auto, the most samples per subject
    timeout: float | None
    min_pass_rate: float | None
    confidence: float
    ci_method: str
    gate_basis: str
    json_path: Path | None
    command: CommandSubject | None
    prepare: str | None
    cleanup: str | None
    shell: bool
    test: str = "boschloo"
    save: str | None = None
    compare: str | None = None
    compare_fail: bool = False
    allow_incomplete: bool = False
    allow_empty: bool = False
    allow_overlap: bool = False
    storage: Path = Path(".genreliability")
    plan: bool = False
    detect: tuple[float, float] | None = None
    concurrency: tuple[int, ...] = ()
    auto: bool = False
    markdown_paths: tuple[Path, ...] = ()
    progress: float = 10.0
    plot_path: Path | None = None
    html_path: Path | None = None
    failure_patterns: tuple[Any, ...] = ()  # classify.FailurePattern, compiled once
    capture: str = "pipe"
    kill_grace: float = KILL_GRACE_S

    @property
    def measuring(self) -> bool:
        return self.samples is not None

    def defaults(self) -> SubjectSettings:
        return SubjectSettings(
            samples=self.samples,
            timeout=self.timeout,
            min_pass_rate=self.min_pass_rate,
            prepare=self.prepare,
            cleanup=self.cleanup,
            shell=self.shell,
            detect=self.detect,
            concurrency=self.concurrency,
            auto=self.auto,
            capture=self.capture,
            kill_grace=self.kill_grace,
        )


#: Where the session's settings live: ``config.stash[SETTINGS_KEY]``.
SETTINGS_KEY = pytest.StashKey[SessionSettings]()


def cli_type(option: str, parse: Callable[[str], T]) -> Callable[[str], T]:
    """An argparse ``type=`` that turns a bad value into a UsageError naming the option."""

    def convert(value: str) -> T:
        try:
            return parse(value)
        except ValueError as error:
            raise pytest.UsageError(f"{option}: {error}") from None

    convert.__name__ = option
    return convert


def _ini(config: pytest.Config, name: str, parse: Callable[[Any], T]) -> T | None:
    raw = config.getini(name)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        return parse(raw)
    except ValueError as error:
        raise pytest.UsageError(f"ini option {name} (in {_ini_file(config)}): {error}") from None


def _ini_file(config: pytest.Config) -> str:
    return str(config.inipath) if config.inipath else "the ini file"


def _first(*values: T | None) -> T | None:
    for value in values:
        if value is not None:
            return value
    return None


def _failure_patterns(config: pytest.Config) -> tuple[Any, ...]:
    from .classify import parse_failure_patterns

    lines = config.getini("gen_failure_patterns")
    try:
        return parse_failure_patterns("\n".join(lines))
    except ValueError as error:
        raise pytest.UsageError(f"{error} (in {_ini_file(config)})") from None


def _default(value: T | None, default: T) -> T:
    return default if value is None else value


def _html_path(config: pytest.Config) -> Path | None:
    """``--gen-html``, else ini ``gen_html`` (relative to the ini file's directory)."""
    if config.option.gen_html:
        return Path(config.option.gen_html)
    value = str(config.getini("gen_html") or "").strip()
    if not value:
        return None
    base = config.inipath.parent if config.inipath else config.rootpath
    return base / value


def load_session_settings(config: pytest.Config) -> SessionSettings:
    option = config.option
    requested = _first(option.gen_samples, _ini(config, "gen_samples", parse_sample_count))
    max_samples = _first(option.gen_max_samples, _ini(config, "gen_max_samples", parse_max_samples))
    auto = requested == AUTO
    if option.gen_max_samples is not None and not auto:
        raise pytest.UsageError("--gen-max-samples: only with --gen-samples=auto")
    samples = (max_samples or DEFAULT_MAX_SAMPLES) if auto else requested
    assert samples is None or isinstance(samples, int)
    command_text = config.getini("gen_command")
    command = None
    shell = bool(config.getini("gen_shell"))
    if command_text is not None:
        if not str(command_text).strip():
            raise pytest.UsageError(
                f"ini option gen_command (in {_ini_file(config)}): expected a command to run "
                "(e.g. 'npx prisma generate'), got an empty value"
            )
        if not shell:
            try:
                shlex.split(str(command_text))
            except ValueError as error:
                raise pytest.UsageError(
                    f"ini option gen_command (in {_ini_file(config)}): cannot split "
                    f"{command_text!r} into arguments: {error}"
                ) from None
        base = config.inipath.parent if config.inipath else config.rootpath
        cwd_text = str(config.getini("gen_cwd") or "").strip()
        try:
            env = parse_env_lines(config.getini("gen_env"))
        except ValueError as error:
            raise pytest.UsageError(
                f"ini option gen_env (in {_ini_file(config)}): {error}"
            ) from None
        command = CommandSubject(
            command=str(command_text).strip(),
            cwd=(base / cwd_text) if cwd_text else base,
            env=env,
            shell=shell,
        )
        if requested is not None or option.gen_plan:
            _check_command(command, _ini_file(config))
    elif config.getini("gen_env"):
        try:
            parse_env_lines(config.getini("gen_env"))
        except ValueError as error:
            raise pytest.UsageError(
                f"ini option gen_env (in {_ini_file(config)}): {error}"
            ) from None
    json_path = option.gen_json
    if (option.gen_save or option.gen_compare) and samples is None:
        flag = "--gen-save" if option.gen_save else "--gen-compare"
        raise pytest.UsageError(f"{flag}: needs --gen-samples=N (measurement mode)")
    if option.gen_compare_fail and not option.gen_compare:
        raise pytest.UsageError("--gen-compare-fail: needs --gen-compare=NAME (the saved run)")
    return SessionSettings(
        samples=samples,
        timeout=_first(option.gen_timeout, _ini(config, "gen_timeout", parse_timeout)),
        min_pass_rate=_first(
            option.gen_min_pass_rate, _ini(config, "gen_min_pass_rate", parse_rate)
        ),
        confidence=_first(option.gen_confidence, _ini(config, "gen_confidence", parse_confidence))
        or 0.95,
        ci_method=_first(option.gen_ci_method, _ini(config, "gen_ci_method", parse_ci_method))
        or "wilson",
        gate_basis=_first(option.gen_gate_basis, _ini(config, "gen_gate_basis", parse_gate_basis))
        or "lower",
        json_path=Path(json_path) if json_path else None,
        command=command,
        prepare=str(config.getini("gen_prepare") or "").strip() or None,
        cleanup=str(config.getini("gen_cleanup") or "").strip() or None,
        shell=shell,
        test=_first(option.gen_test, _ini(config, "gen_test", parse_test)) or "boschloo",
        save=option.gen_save,
        compare=option.gen_compare,
        compare_fail=bool(option.gen_compare_fail),
        allow_incomplete=bool(option.gen_allow_incomplete or config.getini("gen_allow_incomplete")),
        allow_empty=bool(option.gen_allow_empty or config.getini("gen_allow_empty")),
        allow_overlap=bool(option.gen_allow_overlap or config.getini("gen_allow_overlap")),
        storage=Path(
            option.gen_storage
            or str(config.getini("gen_storage") or "").strip()
            or ".genreliability"
        ),
        plan=bool(option.gen_plan),
        auto=auto,
        detect=option.gen_detect,
        progress=_default(
            _first(option.gen_progress, _ini(config, "gen_progress", parse_progress)), 10.0
        ),
        plot_path=Path(option.gen_plot) if option.gen_plot else None,
        html_path=_html_path(config),
        kill_grace=_default(
            _first(option.gen_kill_grace, _ini(config, "gen_kill_grace", parse_kill_grace)),
            KILL_GRACE_S,
        ),
        # compiled only when samples are classified: an idle run imports no classifier
        failure_patterns=_failure_patterns(config) if samples is not None else (),
        capture=_ini(config, "gen_capture", parse_capture) or "pipe",
        markdown_paths=tuple(
            Path(p) for p in (option.gen_markdown, os.environ.get("GITHUB_STEP_SUMMARY")) if p
        ),
        concurrency=_first(
            option.gen_concurrency, _ini(config, "gen_concurrency", parse_concurrency)
        )
        or (),
    )


def marker_settings(session: SessionSettings, marker: Any, where: str) -> SubjectSettings:
    """A subject's settings: the session's, with its ``genreliability`` marker applied (if any).

    The one place a marker is parsed; ``where`` names the test in error messages.
    """
    if marker is not None and marker.args:
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER} on {where}: takes keyword arguments only "
            f"({', '.join(MARKER_ARGS)})"
        )
    kwargs = marker.kwargs if marker is not None else {}
    subject = subject_settings(session.defaults(), kwargs, where) if kwargs else session.defaults()
    if subject.auto and subject.min_pass_rate is None and len(subject.arms) < 2:
        raise pytest.UsageError(
            f"--gen-samples=auto: {where} has nothing to decide: set a minimum pass "
            "rate (--gen-min-pass-rate or marker min_pass_rate) or declare arms"
        )
    return subject


def _check_command(command: CommandSubject, where: str) -> None:
    """Configuration mistakes are found once, before any sample runs, not as 0% measurements."""
    import shutil
    import subprocess

    if not command.cwd.is_dir():
        raise pytest.UsageError(
            f"ini option gen_cwd (in {where}): {command.cwd} is not a directory"
        )
    if command.shell:
        shell = shutil.which("sh")
        if shell is not None and os.name == "posix":
            check = subprocess.run(
                [shell, "-n", "-c", command.command], capture_output=True, text=True, check=False
            )
            if check.returncode != 0:
                raise pytest.UsageError(
                    f"ini option gen_command (in {where}): the shell cannot parse "
                    f"{command.command!r}: {check.stderr.strip()}"
                )
        return
    program = shlex.split(command.command)[0] if os.name == "posix" else command.command.split()[0]
    search = os.pathsep.join([command.env.get("PATH") or os.environ.get("PATH", "")])
    found = (
        (command.cwd / program).exists()
        if os.sep in program or (os.altsep and os.altsep in program)
        else shutil.which(program, path=search) is not None
    )
    if not found:
        raise pytest.UsageError(
            f"ini option gen_command (in {where}): program {program!r} not found "
            f"(on PATH, or relative to {command.cwd})"
        )


def subject_settings(
    base: SubjectSettings, marker_kwargs: Mapping[str, Any], where: str
) -> SubjectSettings:
    """Apply a ``genreliability`` marker's arguments; ``where`` names the test for errors."""
    unknown = sorted(set(marker_kwargs) - set(MARKER_ARGS))
    if unknown:
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER} on {where}: unknown argument(s) {', '.join(unknown)}; "
            f"accepted: {', '.join(MARKER_ARGS)}"
        )
    parsers: dict[str, Callable[[Any], Any]] = {
        "samples": parse_sample_count,
        "max_samples": parse_max_samples,
        "timeout": parse_timeout,
        "min_pass_rate": parse_rate,
        "arms": parse_arms,
        "detect": parse_detect,
        "concurrency": parse_concurrency,
        "capture": parse_capture,
    }
    changes: dict[str, Any] = {}
    for name, value in marker_kwargs.items():
        parse = parsers.get(name)
        try:
            changes[name] = parse(value) if parse else value
        except ValueError as error:
            raise pytest.UsageError(
                f"@pytest.mark.{MARKER}({name}=...) on {where}: {error}"
            ) from None
    max_samples = changes.pop("max_samples", None)
    if changes.get("samples") == AUTO or (base.auto and "samples" not in changes):
        changes["auto"] = True
        changes["samples"] = (
            max_samples or (base.samples if base.auto else None) or (DEFAULT_MAX_SAMPLES)
        )
    elif max_samples is not None and base.samples is not None:
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER}(max_samples=...) on {where}: only with samples='auto' "
            "(or --gen-samples=auto)"
        )
    else:
        changes["auto"] = False
    if base.samples is None:
        changes.pop("samples", None)  # measurement mode is switched on by --gen-samples only
        changes.pop("auto", None)
    return replace(base, **changes)


def parse_kill_grace(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if isinstance(value, bool) or not 0 <= number < float("inf"):
        raise ValueError(f"expected seconds >= 0 (e.g. 3, or 0 to kill at once), got {value!r}")
    return number


def addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("genreliability", "generator reliability measurement")
    cli: list[tuple[str, str, Callable[[str], Any] | None, str]] = [
        ("--gen-samples", "samples", parse_sample_count, "N|auto"),
        ("--gen-max-samples", "max_samples", parse_max_samples, "M"),
        ("--gen-timeout", "timeout", parse_timeout, "SECONDS"),
        ("--gen-min-pass-rate", "min_pass_rate", parse_rate, "R"),
        ("--gen-confidence", "confidence", parse_confidence, "C"),
        ("--gen-ci-method", "ci_method", parse_ci_method, "METHOD"),
        ("--gen-gate-basis", "gate_basis", parse_gate_basis, "BASIS"),
        ("--gen-json", "json", None, "PATH"),
        ("--gen-html", "html", None, "PATH"),
        ("--gen-test", "test", parse_test, "TEST"),
        ("--gen-save", "save", parse_storage_name, "NAME"),
        ("--gen-compare", "compare", None, "NAME"),
        ("--gen-storage", "storage", None, "DIR"),
        ("--gen-detect", "detect", parse_detect, "RATE_A,RATE_B"),
        ("--gen-concurrency", "concurrency", parse_concurrency, "K[,K...]"),
        ("--gen-markdown", "markdown", None, "PATH"),
        ("--gen-plot", "plot", parse_plot_path, "PATH"),
        ("--gen-progress", "progress", parse_progress, "SECONDS"),
        ("--gen-kill-grace", "kill_grace", parse_kill_grace, "SECONDS"),
    ]
    for flag, key, parse, metavar in cli:
        group.addoption(
            flag,
            dest=f"gen_{key}",
            default=None,
            metavar=metavar,
            type=cli_type(flag, parse) if parse else str,
            help=HELP[key],
        )
    group.addoption(
        "--gen-compare-fail",
        dest="gen_compare_fail",
        action="store_true",
        default=False,
        help=HELP["compare_fail"],
    )
    group.addoption(
        "--gen-plan", dest="gen_plan", action="store_true", default=False, help=HELP["plan"]
    )
    for key in ("allow_incomplete", "allow_empty", "allow_overlap"):
        flag = "--gen-" + key.replace("_", "-")
        group.addoption(flag, dest=f"gen_{key}", action="store_true", default=False, help=HELP[key])
        parser.addini(f"gen_{key}", HELP[key], type="bool", default=False)
    for key in (
        "samples",
        "max_samples",
        "timeout",
        "min_pass_rate",
        "confidence",
        "ci_method",
        "gate_basis",
        "test",
        "storage",
        "concurrency",
        "progress",
        "kill_grace",
        "html",
        "capture",
    ):
        parser.addini(f"gen_{key}", HELP[key], type="string", default="")
    # default None, so that an ini file naming gen_command with no value is an error
    parser.addini("gen_command", HELP["command"], type="string", default=None)
    for key in ("cwd", "prepare", "cleanup"):
        parser.addini(f"gen_{key}", HELP[key], type="string", default="")
    parser.addini("gen_env", HELP["env"], type="linelist", default=[])
    parser.addini("gen_failure_patterns", HELP["failure_patterns"], type="linelist", default=[])
    parser.addini("gen_shell", HELP["shell"], type="bool", default=False)
