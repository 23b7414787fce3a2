"""The Prisma example end to end: a real ``prisma generate`` whose engine rename really fails.

Inner pytest sessions run ``examples/prisma`` itself (Prisma 6.19.3, offline) with deterministic
holds: ``PRISMA_EXAMPLE_HOLD_SAMPLES`` holds the engine file from before a listed sample starts
until one attempt to replace it has failed, so the direct arm fails exactly in those samples and
the safe wrapper's first retry succeeds, however fast or slow the machine is. Other tests prove
that every hold ends: after a holder is stopped or killed, and after Ctrl-C of a session.

Requirements, each skipped with its reason when absent: Linux; node and the npm packages
(``npm ci --prefix examples/prisma``); for ``chattr``, root on a filesystem with the immutable
attribute; for bind mounts, a working ``unshare -m`` (root) or ``unshare -rm``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from example_modules import load_example_module
from terminal import PYTEST_AS_FROM_A_TERMINAL

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "prisma"


def _load(name: str) -> ModuleType:
    return load_example_module(EXAMPLE / f"{name}.py", f"prisma_example_{name}")


engine_lock = _load("engine_lock")

# Every test here drives the one example project (its node_modules and engine file): on one
# worker, one after another, so that no test's hold or release can meet another's
# (the README's test command uses --dist loadgroup).
pytestmark = pytest.mark.xdist_group("prisma-example")
prisma_project = _load("prisma_project")
TARGET: Path = prisma_project.engine_target()
HOLDER = EXAMPLE / "engine_holder.py"
LINUX = sys.platform.startswith("linux")


def _unshare_command() -> list[str]:
    return ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-r", "-m"]


def _bindmount_problem(directory: Path) -> str | None:
    """Why a bind mount cannot hold a file in ``directory`` inside ``unshare``, or None."""
    if not LINUX:
        return f"mount namespaces are a Linux feature; this is {sys.platform}"
    if shutil.which("unshare") is None:
        return "no unshare command (util-linux)"
    probe = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "import engine_lock; print(engine_lock.unavailable_reason('bindmount', Path(sys.argv[2])))"
    )
    command = [*_unshare_command(), sys.executable, "-c", probe, str(EXAMPLE), str(directory)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        return f"`{' '.join(_unshare_command())}` fails here: {result.stderr.strip()}"
    answer = result.stdout.strip()
    return None if answer == "None" else f"bind mount inside {_unshare_command()}: {answer}"


def _chattr_problem(directory: Path) -> str | None:
    if not LINUX:
        return f"chattr is a Linux command; this is {sys.platform}"
    problem: str | None = engine_lock.unavailable_reason("chattr", directory)
    return problem


@pytest.fixture
def installed_example() -> None:
    """Skip unless the example can run: Linux, node, and the pinned npm packages installed."""
    if not LINUX:
        pytest.skip(f"the example's holds here are Linux ones (chattr, bind mount): {sys.platform}")
    problem = prisma_project.missing_requirement()
    if problem is not None:
        pytest.skip(problem)


@pytest.fixture
def engine_released() -> Iterator[None]:
    """Whatever the test does, leave the example's engine file free afterwards, and fail the
    test whose session left a holder of the engine running (it would hold the file again later,
    in another test).

    Taking the example's session lock first means never undoing the hold of a session that runs
    meanwhile (another test of this module on another xdist worker).
    """
    yield
    import fcntl

    prisma_project.WORK_DIR.mkdir(parents=True, exist_ok=True)
    with (prisma_project.WORK_DIR / "session.lock").open("a+") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        stragglers = _end_engine_holders()
        engine_lock.release_all(TARGET)
    assert not stragglers, f"holders of the engine outlived their session: {stragglers}"


def _end_engine_holders() -> list[str]:
    """Kill every process running the example's holder on the engine (found in ``/proc``), wait
    for each to be gone, and return their command lines."""
    found: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # gone meanwhile, or not ours to read
        words = [word.decode(errors="replace") for word in argv if word]
        if str(HOLDER) in words and str(TARGET) in words:
            found[int(entry.name)] = " ".join(words)
    for pid in found:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    for pid in found:
        while Path(f"/proc/{pid}").exists() and _state(pid) not in ("Z", "X", ""):
            time.sleep(0.01)
    return sorted(found.values())


def _state(pid: int) -> str:
    """The state letter of ``/proc/<pid>/stat`` ("Z" for a zombie), or "" once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rpartition(")")[2].split()[0]


def _inner_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRISMA_EXAMPLE_")}
    env.pop("PYTEST_ADDOPTS", None)
    env.update(overrides)
    return env


def _run_example(
    workdir: Path, samples: int, env: dict[str, str], prefix: list[str] | None = None
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    report = workdir / "report.json"
    command = [
        *(prefix or []),
        sys.executable,
        "-m",
        "pytest",
        str(EXAMPLE),
        f"--gen-samples={samples}",
        f"--gen-json={report}",
        f"--basetemp={workdir / 'basetemp'}",
        "-p",
        "no:cacheprovider",
        "-v",  # each failed sample's whole output, not its one-line summary
    ]
    result = subprocess.run(
        command, cwd=workdir, env=env, capture_output=True, text=True, timeout=600
    )
    assert report.is_file(), result.stdout + result.stderr
    return result, json.loads(report.read_text())


def _rename_error(code: str, message: str) -> re.Pattern[str]:
    """Node's message for the failed rename of the engine, with Prisma's ``.tmp<pid>`` name."""
    target = re.escape(str(TARGET))
    return re.compile(rf"{code}: {message}, rename '{target}\.tmp\d+' -> '{target}'")


def _assert_session(
    result: subprocess.CompletedProcess[str],
    document: dict[str, Any],
    samples: int,
    held: set[int],
    code: str,
    message: str,
) -> None:
    output = result.stdout
    assert result.returncode == 0, output + result.stderr  # failed samples are data, no gate
    subjects = {s["arm"]: s for s in document["subjects"]}
    assert set(subjects) == {"direct", "safe"}
    direct, safe = subjects["direct"], subjects["safe"]
    assert (direct["samples"], direct["passed"], direct["failed"]) == (
        samples,
        samples - len(held),
        len(held),
    )
    assert (safe["samples"], safe["passed"], safe["failed"]) == (samples, samples, 0)
    failed = {r["index"]: r for r in direct["records"] if r["outcome"] == "failed"}
    assert set(failed) == held
    for record in failed.values():
        assert (record["class"], record["errno"], record["operation"]) == (
            "rename_lock",
            code,
            "rename",
        )
        assert str(TARGET) in record["paths"]
        assert _rename_error(code, message).search(record["excerpt"]), record["excerpt"]
    # The terminal report: both arms, the real failure of each held direct sample, the verdict.
    direct_row = rf"test_prisma_generate \[direct\] +{samples} +{samples - len(held)} +{len(held)} "
    assert re.search(direct_row, output)
    assert re.search(rf"test_prisma_generate \[safe\] +{samples} +{samples} +0 ", output)
    failed_items = re.findall(
        r"^FAILED \S+::test_prisma_generate\[gen-(\w+)-(\d+)/\d+\]", output, re.M
    )
    assert sorted(failed_items) == [("direct", str(index)) for index in sorted(held)]
    assert _rename_error(code, message).search(output)
    assert "rename_lock" in output
    [comparison] = document["comparisons"]
    verdict = comparison["verdict"]
    assert verdict in {"improved", "no significant difference", "regressed"}
    assert re.search(rf"safe vs direct: {verdict} \(", output)
    # Every hold ended, and the wrapper left no stale copy behind.
    assert engine_lock.leftovers(TARGET) == []
    assert list(TARGET.parent.glob(f"{TARGET.name}.tmp*")) == []


def test_direct_fails_exactly_when_held_and_safe_recovers_chattr(
    installed_example: None, engine_released: None, tmp_path: Path
) -> None:
    problem = _chattr_problem(EXAMPLE)
    if problem is not None:
        pytest.skip(problem)
    env = _inner_env(PRISMA_EXAMPLE_HOLD_SAMPLES="2,3", PRISMA_EXAMPLE_LOCK="chattr")
    result, document = _run_example(tmp_path, 4, env)
    assert "lock chattr (chattr +i on the engine" in result.stdout
    _assert_session(result, document, 4, {2, 3}, "EPERM", "operation not permitted")


def test_direct_fails_exactly_when_held_and_safe_recovers_bind_mount(
    installed_example: None, engine_released: None, tmp_path: Path
) -> None:
    problem = _bindmount_problem(EXAMPLE)
    if problem is not None:
        pytest.skip(problem)
    env = _inner_env(PRISMA_EXAMPLE_HOLD_SAMPLES="2", PRISMA_EXAMPLE_LOCK="bindmount")
    result, document = _run_example(tmp_path, 2, env, prefix=_unshare_command())
    assert "lock bindmount (bind mount over the engine" in result.stdout
    _assert_session(result, document, 2, {2}, "EBUSY", "resource busy or locked")


#: Start a holder on a scratch file, check the rename fails while it holds, end the holder with a
#: signal and report what was left on the file before and after ``release_all``. Run as a script
#: so that it can run inside ``unshare`` for bind mounts (a mount lives in its namespace).
HOLD_AND_END = textwrap.dedent(
    """
    import errno, json, os, signal, subprocess, sys
    from pathlib import Path

    example, target, method, ending = sys.argv[1:5]
    sys.path.insert(0, example)
    import engine_lock

    def try_rename():
        incoming = Path(target + ".tmp4242")
        incoming.write_bytes(b"new engine")
        try:
            os.replace(incoming, target)
        except OSError as exc:
            incoming.unlink()
            return errno.errorcode[exc.errno]
        return "renamed"

    holder = subprocess.Popen(
        [sys.executable, os.path.join(example, "engine_holder.py"), target,
         "--method", method, "--hold-for", "0"],
        stdout=subprocess.PIPE, text=True,
    )
    report = {"first_line": holder.stdout.readline()}
    report["while_held"] = engine_lock.leftovers(target)
    report["rename_while_held"] = try_rename()
    holder.send_signal(getattr(signal, ending))
    report["exit_status"] = holder.wait(timeout=30)
    report["after_exit"] = engine_lock.leftovers(target)
    engine_lock.release_all(target)
    report["after_release_all"] = engine_lock.leftovers(target)
    report["rename_after"] = try_rename()
    print(json.dumps(report))
    """
)

HOLD_METHODS = {
    "chattr": ("immutable", "EPERM"),
    "bindmount": ("mounted", "EBUSY"),
}


@pytest.fixture
def scratch_engine(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / prisma_project.engine_file_name()
    target.write_bytes(b"old engine")
    yield target
    engine_lock.release_all(target)  # pytest must be able to delete tmp_path afterwards


@pytest.mark.parametrize("ending", ["SIGTERM", "SIGINT", "SIGKILL"])
@pytest.mark.parametrize("method", list(HOLD_METHODS))
def test_every_hold_ends_when_its_holder_does(
    scratch_engine: Path, method: str, ending: str
) -> None:
    if method == "chattr":
        problem = _chattr_problem(scratch_engine.parent)
    else:
        problem = _bindmount_problem(scratch_engine.parent)
    if problem is not None:
        pytest.skip(problem)
    prefix = _unshare_command() if method == "bindmount" else []
    command = [*prefix, sys.executable, "-c", HOLD_AND_END, str(EXAMPLE), str(scratch_engine)]
    completed = subprocess.run(
        [*command, method, ending], capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    leftover, code = HOLD_METHODS[method]
    assert report["first_line"].startswith(f"holding {scratch_engine} (method {method})")
    assert report["while_held"] == [leftover]
    assert report["rename_while_held"] == code
    if ending == "SIGKILL":  # no chance to let go: release_all is what undoes the hold
        assert report["exit_status"] == -signal.SIGKILL
        assert report["after_exit"] == [leftover]
    else:  # the holder lets go by itself
        assert report["exit_status"] == 128 + getattr(signal, ending)
        assert report["after_exit"] == []
    assert report["after_release_all"] == []
    assert report["rename_after"] == "renamed"
    assert scratch_engine.read_bytes() == b"new engine"


def _wait_for_scanner_hold(
    session: subprocess.Popen[bytes], log: Path, output: Path, deadline_s: float
) -> None:
    """Wait until the session's scanner logs its first hold (or the session ends)."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if session.poll() is not None:
            raise AssertionError(
                f"the session ended (status {session.returncode}) before the scanner held the "
                f"engine:\n{output.read_text()}"
            )
        if log.is_file() and any(
            line.startswith("holding") for line in log.read_text().splitlines()
        ):
            return
        time.sleep(0.05)
    raise AssertionError(f"no hold logged in {log} within {deadline_s} s:\n{output.read_text()}")


@pytest.mark.parametrize("interrupt", ["ctrl-c-to-the-process-group", "sigint-to-pytest-only"])
def test_ctrl_c_during_a_hold_leaves_the_engine_free(
    installed_example: None, engine_released: None, tmp_path: Path, interrupt: str
) -> None:
    """A session interrupted while its scanner holds the engine leaves the engine replaceable.

    The scanner's first hold starts at once and lasts ten minutes, so the interrupt lands during
    a hold. Ctrl-C in a terminal signals the whole process group (the holder gets it too);
    ``sigint-to-pytest-only`` leaves the holder running, so the fixtures' teardown must stop it
    and undo the hold.
    """
    problem = _chattr_problem(EXAMPLE)
    if problem is not None:
        pytest.skip(problem)
    log = tmp_path / "basetemp" / "holders" / "scanner.log"
    env = _inner_env(
        PRISMA_EXAMPLE_LOCK="chattr",
        PRISMA_EXAMPLE_HOLD_MS="600000",
        PRISMA_EXAMPLE_PERIOD_MS="600001",
        PRISMA_EXAMPLE_FIRST_HOLD_MS="0",
    )
    command = [sys.executable, "-c", PYTEST_AS_FROM_A_TERMINAL, str(EXAMPLE), "--gen-samples=3"]
    command += ["-p", "no:cacheprovider", f"--basetemp={tmp_path / 'basetemp'}"]
    output_path = tmp_path / "session.out"
    with output_path.open("w") as out:
        session = subprocess.Popen(
            command,
            cwd=tmp_path,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, as a terminal gives a command
        )
    try:
        _wait_for_scanner_hold(session, log, output_path, deadline_s=300)
        assert engine_lock.leftovers(TARGET) == ["immutable"]
        if interrupt == "ctrl-c-to-the-process-group":
            os.killpg(session.pid, signal.SIGINT)
        else:
            session.send_signal(signal.SIGINT)
        status = session.wait(timeout=120)
    finally:
        if session.poll() is None:
            os.killpg(session.pid, signal.SIGKILL)
            session.wait()
    output = output_path.read_text()
    scanner_log = log.read_text() if log.is_file() else "(no scanner log)"
    assert status == 2, f"{output}\n{scanner_log}"  # pytest's status for an interrupted session
    assert "KeyboardInterrupt" in output, f"{output}\n{scanner_log}"
    assert engine_lock.leftovers(TARGET) == []
    incoming = TARGET.with_name(TARGET.name + ".tmp4242")
    shutil.copyfile(TARGET, incoming)
    os.replace(incoming, TARGET)  # the rename prisma generate does succeeds again


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_a_holder_left_running_is_found_and_ended() -> None:
    """The sweep of ``engine_released`` finds a process whose command names the holder and the
    engine (a stand-in that holds nothing), ends it, and names it; it leaves others alone."""
    stand_in = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(600)", str(HOLDER), str(TARGET)]
    )
    bystander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        found = _end_engine_holders()
        assert stand_in.wait(timeout=10) == -signal.SIGKILL
        assert [line.endswith(f"{HOLDER} {TARGET}") for line in found] == [True]
        assert bystander.poll() is None
        assert _end_engine_holders() == []
    finally:
        for process in (stand_in, bystander):
            process.kill()
            process.wait()
