"""The Prisma project, run offline, and a process that holds its engine file part of the time.

The engine file is ``node_modules/.prisma/client/<engine>`` of this project, as in a real one. By
default a *scanner* holds it now and then for the whole session, whatever the samples do, the way
an antivirus scanner or a dev server's watcher does (``engine_holder.py --scan``):

    PRISMA_EXAMPLE_HOLD_MS        how long each hold lasts (default 700)
    PRISMA_EXAMPLE_PERIOD_MS      how far apart holds start, on average (default 2000); the gaps
                                  between holds are random (exponential), so they have no memory
    PRISMA_EXAMPLE_FIRST_HOLD_MS  when the first hold starts (default: the schedule's steady state)
    PRISMA_EXAMPLE_LOCK           how: auto (default), chattr, bindmount or windows (engine_lock.py)

Why these defaults: the rename is one instant of a run, and gaps without memory make every
instant equally likely to fall in a hold: HOLD/PERIOD = 35%. So the direct arm fails about one
sample in three, independently of the samples before it. The safe wrapper's retries come 0.35 s
+ a run (about 1.5 s), 0.7 s + a run, 1.05 s + a run after a failure, when a new hold has to have
started for them to fail again, so all four attempts fail far more rarely (about 1-2%).

``PRISMA_EXAMPLE_HOLD_SAMPLES=2,3`` replaces the scanner with deterministic holds, for tests: in
samples 2 and 3 (``GEN_SAMPLE_INDEX``, both arms) the engine is held from before the command starts
until one attempt to replace it has failed. The direct arm then fails exactly in those samples,
and the safe arm's first retry finds the file free.

Every hold is undone at the end (stopping the holders, then ``engine_lock.release_all``), also
after a failure or Ctrl-C; a second session on this project waits for the first to finish.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the helper modules sit next to this file
    sys.path.insert(0, str(HERE))

import engine_lock  # noqa: E402
import prisma_project  # noqa: E402

HOLD_MS = int(os.environ.get("PRISMA_EXAMPLE_HOLD_MS", "700"))
PERIOD_MS = int(os.environ.get("PRISMA_EXAMPLE_PERIOD_MS", "2000"))
FIRST_HOLD_MS = os.environ.get("PRISMA_EXAMPLE_FIRST_HOLD_MS", "")
LOCK = os.environ.get("PRISMA_EXAMPLE_LOCK", "auto")
HOLD_SAMPLES = frozenset(
    int(part) for part in os.environ.get("PRISMA_EXAMPLE_HOLD_SAMPLES", "").split(",") if part
)
HOLDER = HERE / "engine_holder.py"
SESSION_LOCK_WAIT_S = 900


def _schedule() -> str:
    if HOLD_SAMPLES:
        listed = ",".join(map(str, sorted(HOLD_SAMPLES)))
        return f"held in samples {listed} until an attempt fails"
    return f"scanner holds {HOLD_MS} ms at random, {PERIOD_MS} ms apart on average"


def pytest_report_header() -> str:
    problem = prisma_project.missing_requirement()
    if problem is not None:
        return f"prisma example: {problem}"
    probe_dir = prisma_project.engine_target().parent
    try:
        method = engine_lock.resolve_method(LOCK, probe_dir if probe_dir.is_dir() else HERE)
    except ValueError as exc:
        return f"prisma example: prisma {prisma_project.pinned_version()}; {exc}"
    return (
        f"prisma example: prisma {prisma_project.pinned_version()}, engine "
        f"{prisma_project.engine_target()}; lock {engine_lock.describe(method)}; {_schedule()}"
    )


class HolderPool:
    """Holder processes started for a session, and the guarantee that every hold ends.

    A holder is registered before anything waits for it, so an interrupt at any point leaves
    nothing behind: ``close`` stops every holder (SIGTERM, then SIGKILL) and then undoes whatever
    a killed one left on its target.
    """

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.holders: list[tuple[subprocess.Popen[str], Path]] = []

    def start(self, target: Path, method: str, log_name: str, *schedule: str) -> Any:
        log_path = self.log_dir / log_name
        with log_path.open("w") as log:
            holder = subprocess.Popen(
                [sys.executable, str(HOLDER), str(target), "--method", method, *schedule],
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )
        self.holders.append((holder, target))
        return holder

    def wait_for(self, holder: subprocess.Popen[str], prefix: str, log_name: str) -> None:
        stdout: IO[str] | None = holder.stdout
        assert stdout is not None
        for line in stdout:
            if line.startswith(prefix):
                return
        log = (self.log_dir / log_name).read_text()
        raise RuntimeError(f"the holder exited before '{prefix}': {log}")

    def stop(self, holder: subprocess.Popen[str], target: Path) -> None:
        try:
            holder.terminate()
            try:
                holder.wait(timeout=10)
            except subprocess.TimeoutExpired:
                holder.kill()
                holder.wait()
            if holder.stdout is not None:
                holder.stdout.close()
        finally:
            engine_lock.release_all(target)
            with contextlib.suppress(ValueError):
                self.holders.remove((holder, target))

    def close(self) -> None:
        errors = []
        for holder, target in reversed(list(self.holders)):
            try:
                self.stop(holder, target)
            except Exception as exc:  # keep releasing the others, then report
                errors.append(exc)
        if errors:
            raise errors[0]


@dataclass(frozen=True)
class PrismaProject:
    root: Path
    target: Path
    method: str
    env: dict[str, str] = field(repr=False)

    def command(self, arm: str | None) -> list[str]:
        return prisma_project.command(arm or "direct")


@contextlib.contextmanager
def _only_session_on_project(lock_path: Path) -> Iterator[None]:
    """One session at a time: samples of two sessions would fight over one engine file."""
    with lock_path.open("a+") as handle:
        deadline = time.monotonic() + SESSION_LOCK_WAIT_S
        while not _try_lock(handle):
            if time.monotonic() > deadline:
                raise RuntimeError(f"another session keeps {lock_path} locked")
            time.sleep(0.2)
        yield  # closing the file releases the lock, also when the process dies


def _try_lock(handle: IO[str]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@pytest.fixture(scope="session")
def prisma_project_ready(request: pytest.FixtureRequest) -> Iterator[PrismaProject]:
    """The project, installed and generated once, with this session as its only user."""
    if hasattr(request.config, "workerinput"):
        pytest.skip("run the Prisma example without -n: its samples share one engine file")
    problem = prisma_project.missing_requirement()
    if problem is not None:
        pytest.skip(problem)
    prisma_project.WORK_DIR.mkdir(parents=True, exist_ok=True)
    with _only_session_on_project(prisma_project.WORK_DIR / "session.lock"):
        env = prisma_project.prepare_offline_engines()
        target = prisma_project.engine_target()
        engine_lock.release_all(target)  # whatever a killed session may have left
        first = subprocess.run(
            prisma_project.command("safe"),
            cwd=HERE,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
        )
        if first.returncode != 0:
            raise RuntimeError(f"the first prisma generate failed:\n{first.stdout}{first.stderr}")
        try:
            method = engine_lock.resolve_method(LOCK, target.parent)
        except ValueError as exc:
            pytest.skip(str(exc))
        yield PrismaProject(HERE, target, method, env)


@pytest.fixture(scope="session")
def engine_holders(
    prisma_project_ready: PrismaProject, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[HolderPool]:
    """The session's holders; their logs go to ``holders/`` in pytest's base temporary folder."""
    log_dir = tmp_path_factory.getbasetemp() / "holders"
    log_dir.mkdir(exist_ok=True)
    pool = HolderPool(log_dir)
    try:
        yield pool
    finally:
        pool.close()


@pytest.fixture(scope="session")
def engine_scanner(prisma_project_ready: PrismaProject, engine_holders: HolderPool) -> None:
    """The scanner, started once (unless holds are scheduled per sample)."""
    if HOLD_SAMPLES:
        return
    schedule = ["--scan", f"{HOLD_MS},{PERIOD_MS}", "--verbose"]
    if FIRST_HOLD_MS:
        schedule += ["--first-hold-ms", FIRST_HOLD_MS]
    project = prisma_project_ready
    holder = engine_holders.start(project.target, project.method, "scanner.log", *schedule)
    engine_holders.wait_for(holder, "ready", "scanner.log")


@pytest.fixture
def engine_contention(
    prisma_project_ready: PrismaProject,
    engine_holders: HolderPool,
    engine_scanner: None,
    gen_sample: Any,
) -> Iterator[None]:
    """Whatever holds the engine during this sample: the scanner, or a scheduled hold."""
    if gen_sample.index not in HOLD_SAMPLES:
        yield
        return
    project = prisma_project_ready
    log_name = f"hold-{gen_sample.arm}-{gen_sample.index}.log"
    holder = engine_holders.start(
        project.target, project.method, log_name, "--until-failed-attempt", "--verbose"
    )
    try:
        engine_holders.wait_for(holder, "holding", log_name)
        yield
    finally:
        engine_holders.stop(holder, project.target)
