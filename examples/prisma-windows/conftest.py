"""The Prisma project under Wine, and a "dev server" that holds its engine in scheduled samples.

The dev server is Windows ``node.exe`` running ``dev-server.js``: it ``require()``s the generated
``query_engine-windows.dll.node``, which Windows (and Wine) then refuse to replace. It runs in the
samples listed in ``PRISMA_WINDOWS_HOLD_SAMPLES`` (``GEN_SAMPLE_INDEX``, both arms; default every
third sample from the second: 2, 5, 8, ...), from before the command starts until one attempt to
replace the engine has failed. So the direct arm fails exactly in those samples, and the safe
wrapper's first retry finds the file free, however fast or slow the machine is.

Everything started is undone: each dev server is killed at the end of its sample, and the session
ends with ``wineserver -k``, which ends every Wine process of the example's prefix (also after
Ctrl-C: pytest tears fixtures down on the way out, and the session hook repeats it).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the helper module sits next to this file
    sys.path.insert(0, str(HERE))

import wine_project  # noqa: E402

HOLD_EVERY = 3
HOLD_SAMPLES_TEXT = os.environ.get("PRISMA_WINDOWS_HOLD_SAMPLES", "")
HOLD_WAIT_S = 120
SESSION_LOCK_WAIT_S = 900
NOTES_KEY = pytest.StashKey["SessionNotes"]()


def held(index: int) -> bool:
    """Whether the dev server holds the engine in sample `index` (1-based)."""
    if HOLD_SAMPLES_TEXT:
        return index in {int(part) for part in HOLD_SAMPLES_TEXT.split(",") if part.strip()}
    return index % HOLD_EVERY == 2


def _schedule() -> str:
    if HOLD_SAMPLES_TEXT:
        return f"dev server holds the engine in samples {HOLD_SAMPLES_TEXT} until an attempt fails"
    return (
        f"dev server holds the engine in samples 2, 5, 8, ... (every {HOLD_EVERY}rd) "
        "until an attempt fails"
    )


def pytest_report_header() -> str:
    problem = wine_project.missing_requirement()
    if problem is not None:
        return f"prisma-windows example: {problem}"
    return (
        f"prisma-windows example: prisma {wine_project.pinned_version()} on Windows node.exe "
        f"under Wine ({wine_project.wine_loader()}), engine {wine_project.engine_target()}; "
        f"{_schedule()}"
    )


@dataclass
class SessionNotes:
    """What the session did that its end must know: whether Wine runs, what residue was seen."""

    wine_started: bool = False
    stragglers: int = 0  # Wine processes that outlived their end and were killed
    residue: list[str] = field(default_factory=list)  # <engine>.tmp<pid> names, first seen first


def pytest_configure(config: pytest.Config) -> None:
    config.stash[NOTES_KEY] = SessionNotes()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Whatever happened, no Wine process of the example outlives the session."""
    notes = config.stash.get(NOTES_KEY, None)
    if notes is not None and notes.wine_started:
        wine_project.stop_wine()


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    notes = config.stash.get(NOTES_KEY, None)
    if notes is None or not notes.wine_started:
        return
    if notes.stragglers:
        terminalreporter.write_line(
            f"prisma-windows example: {notes.stragglers} Wine processes outlived their end "
            "(set-up's programs, or `wineserver -k`) and were killed"
        )
    names = notes.residue
    terminalreporter.write_sep("-", "prisma-windows example: residue of failed renames")
    if not names:
        terminalreporter.write_line("no <engine>.tmp<pid> copies were left behind")
        return
    shown = ", ".join(names[:4]) + (", ..." if len(names) > 4 else "")
    terminalreporter.write_line(
        f"{len(names)} copies left in node_modules/.prisma/client by failed renames ({shown}); "
        "the safe wrapper removes stale ones before each attempt, the direct arm leaves them"
    )


@dataclass(frozen=True)
class WineProject:
    root: Path
    target: Path
    env: dict[str, str] = field(repr=False)

    def command(self, arm: str | None) -> list[str]:
        return wine_project.command(arm or "direct")


@contextlib.contextmanager
def _only_session_on_project(lock_path: Path) -> Iterator[None]:
    """One session at a time: two would share one engine file and one Wine prefix."""
    import fcntl

    with lock_path.open("a+") as handle:
        deadline = time.monotonic() + SESSION_LOCK_WAIT_S
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"another session keeps {lock_path} locked") from None
                time.sleep(0.2)
        yield  # closing the file releases the lock, also when the process dies


@pytest.fixture(scope="session")
def wine_project_ready(request: pytest.FixtureRequest) -> Iterator[WineProject]:
    """The prefix, the engine and the project, generated once; Wine stopped at the end."""
    if hasattr(request.config, "workerinput"):
        pytest.skip("run the prisma-windows example without -n: samples share one engine file")
    problem = wine_project.missing_requirement()
    if problem is not None:
        pytest.skip(problem)
    wine_project.WORK_DIR.mkdir(parents=True, exist_ok=True)
    notes = request.config.stash[NOTES_KEY]
    with _only_session_on_project(wine_project.WORK_DIR / "session.lock"):
        notes.wine_started = True
        try:
            wine_project.ensure_prefix()
            wine_project.ensure_engine()
            wine_project.start_wine()
            for name in wine_project.residue():  # a clean client folder to start from
                (wine_project.client_folder() / name).unlink(missing_ok=True)
            _first_generate()
            notes.stragglers += wine_project.end_programs()  # none of its node.exe at work
            yield WineProject(wine_project.HERE, wine_project.engine_target(), _env())
        finally:
            notes.stragglers += wine_project.stop_wine()


def _env() -> dict[str, str]:
    return wine_project.prisma_env()


FIRST_GENERATE_TRIES = 3


def _first_generate() -> None:
    """Generate the client once, so that the engine the dev server loads exists.

    This is set-up, not a sample. In a prefix made moments before, on a busy machine, Windows
    ``node.exe`` has been seen to exit non-zero having printed nothing (Wine's services were
    still settling; Wine prints nothing with ``WINEDEBUG=-all``). That, and only that, is tried
    again, after Wine has had a moment; any failure with output is reported at once.
    """
    log_path = wine_project.WORK_DIR / "first-generate.log"
    codes = []
    output = ""
    for attempt in range(1, FIRST_GENERATE_TRIES + 1):
        with log_path.open("wb") as log:
            result = subprocess.run(
                wine_project.command("safe"),
                cwd=wine_project.HERE,
                env={**os.environ, **_env()},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                timeout=300,
                check=False,
            )
        if result.returncode == 0:
            return
        codes.append(result.returncode)
        output = log_path.read_text(errors="replace")
        if output.strip():
            break
        if attempt < FIRST_GENERATE_TRIES:
            time.sleep(2)
    raise RuntimeError(f"the first prisma generate failed (exit codes {codes}):\n{output}")


class DevServer:
    """One dev server process (a process group of its own), and the guarantee that it ends."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, env: dict[str, str]) -> None:
        log: IO[bytes]
        with self.log_path.open("wb") as log:  # node.exe under Wine refuses a pipe
            self.process = subprocess.Popen(
                wine_project.dev_server_command("--until-failed-attempt"),
                cwd=wine_project.HERE,
                env={**os.environ, **env},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_until_holding(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + HOLD_WAIT_S
        while time.monotonic() < deadline:
            text = self.log_path.read_text(errors="replace")
            if "holding" in text:
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"the dev server exited before holding the engine:\n{text}")
            time.sleep(0.05)
        raise RuntimeError(f"the dev server did not hold the engine within {HOLD_WAIT_S} s")

    def stop(self) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


@pytest.fixture
def dev_server(
    wine_project_ready: WineProject,
    gen_sample: Any,
    tmp_path_factory: pytest.TempPathFactory,
    request: pytest.FixtureRequest,
) -> Iterator[None]:
    """In a scheduled sample, a dev server holds the engine from before the command starts."""
    notes = request.config.stash[NOTES_KEY]
    if not held(gen_sample.index):
        yield
        _note_residue(notes)
        return
    log_dir = tmp_path_factory.getbasetemp() / "dev-servers"
    log_dir.mkdir(exist_ok=True)
    server = DevServer(log_dir / f"{gen_sample.arm}-{gen_sample.index}.log")
    try:
        server.start(wine_project_ready.env)
        server.wait_until_holding()
        yield
    finally:
        server.stop()
        _note_residue(notes)


def _note_residue(notes: SessionNotes) -> None:
    notes.residue.extend(name for name in wine_project.residue() if name not in notes.residue)
