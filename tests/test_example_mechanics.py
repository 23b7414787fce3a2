"""The quickstart's failure mechanics, checked deterministically without the plugin.

A holder (``examples/quickstart/holder.py``) holds the engine file; the generator
(``generate.py``) copies the engine to ``<target>.tmp<pid>`` and renames it over ``<target>``. Every
test starts the holder and waits for its ``holding`` line before acting, so no outcome depends on
how fast the machine is, except the one retry test, which leaves a margin of several times the
usual start-up time of a Python process.

The ``chattr`` cases need root and a filesystem with the immutable attribute (the rename then fails
for real); the ``flock`` cases need ``fcntl`` (the generator emulates Windows' refusal); the
``windows`` cases run only on Windows (an open handle without FILE_SHARE_DELETE).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from example_modules import load_example_module

QUICKSTART = Path(__file__).resolve().parent.parent / "examples" / "quickstart"


def _load_lockctl() -> ModuleType:
    return load_example_module(QUICKSTART / "lockctl.py", "quickstart_lockctl")


lockctl = _load_lockctl()
AUTO_CHOICE = lockctl.lock_method_available(tempfile.gettempdir())
CHATTR_PROBLEM = lockctl.chattr_unavailable_reason(Path(tempfile.gettempdir()))

METHODS = [
    pytest.param(
        "chattr",
        marks=pytest.mark.skipif(CHATTR_PROBLEM is not None, reason=str(CHATTR_PROBLEM)),
    ),
    pytest.param(
        "flock",
        marks=pytest.mark.skipif(
            sys.platform == "win32", reason="flock needs fcntl, which Windows lacks"
        ),
    ),
    pytest.param(
        "windows",
        marks=pytest.mark.skipif(
            sys.platform != "win32", reason="share-mode holds exist only on Windows"
        ),
    ),
]

# Node's shape of the motivating failure, with the pid of the generator in the temporary name.
RENAME_ERROR = re.compile(
    r"^Error: EPERM: operation not permitted, rename '(?P<source>.+\.tmp(?P<pid>\d+))' -> "
    r"'(?P<target>.+)'$",
    re.MULTILINE,
)


def run_script(
    name: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(QUICKSTART / name), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def temporaries(target: Path) -> list[Path]:
    return sorted(target.parent.glob(f"{target.name}.tmp*"))


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """An output directory after one successful generator run, and its engine file."""
    out = tmp_path / "out"
    first = run_script("generate.py", "--out", str(out))
    assert first.returncode == 0, first.stderr
    [target] = (out / "node_modules" / ".prisma" / "client").glob("*.node")
    yield out, target
    lockctl.release_all(target)  # so tmp_path can be deleted whatever happened


HolderStarter = Callable[..., "subprocess.Popen[str]"]


@pytest.fixture
def start_holder() -> Iterator[HolderStarter]:
    """``start_holder(target, *args)``: a running holder that has printed ``holding``."""
    started: list[tuple[subprocess.Popen[str], Path]] = []

    def start(target: Path, *args: str) -> subprocess.Popen[str]:
        holder = subprocess.Popen(
            [sys.executable, str(QUICKSTART / "holder.py"), str(target), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append((holder, target))
        assert holder.stdout is not None and holder.stderr is not None
        line = holder.stdout.readline()
        assert line.startswith("holding"), f"holder did not start: {line}{holder.stderr.read()}"
        return holder

    yield start
    for holder, target in started:
        if holder.poll() is None:
            holder.kill()
        holder.communicate()
        lockctl.release_all(target)


def test_generate_installs_the_engine_when_nothing_holds_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for _ in range(2):  # the second run replaces an existing engine
        result = run_script("generate.py", "--out", str(out))
        assert result.returncode == 0, result.stderr
    [target] = (out / "node_modules" / ".prisma" / "client").glob("*.node")
    [source] = (out / "engine").glob("*.node")
    assert target.read_bytes() == source.read_bytes()
    assert source.stat().st_size > 100_000
    assert temporaries(target) == []
    assert (target.parent / "index.js").is_file()


@pytest.mark.parametrize("method", METHODS)
def test_generate_fails_like_the_real_tool_while_the_engine_is_held(
    installed: tuple[Path, Path], start_holder: HolderStarter, method: str
) -> None:
    out, target = installed
    engine_before = os.stat(target)
    start_holder(target, "--hold-for", "3000", "--method", method)

    result = run_script("generate.py", "--out", str(out))

    assert result.returncode == 1
    error = RENAME_ERROR.search(result.stderr)
    assert error is not None, result.stderr
    assert error["target"] == str(target)
    assert error["source"] == f"{target}.tmp{error['pid']}"
    assert temporaries(target) == [Path(error["source"])]  # left behind, as the real tool does
    assert os.path.samestat(os.stat(target), engine_before)  # the held engine was not replaced


@pytest.mark.parametrize("method", METHODS)
def test_only_the_flock_emulation_lets_a_plain_rename_through(
    installed: tuple[Path, Path], start_holder: HolderStarter, method: str
) -> None:
    _, target = installed
    spare = target.with_name("spare.node")
    spare.write_bytes(b"spare")
    start_holder(target, "--hold-for", "3000", "--method", method)
    if method == "flock":  # POSIX renames over a locked file; generate.py refuses by itself
        os.replace(spare, target)
        assert target.read_bytes() == b"spare"
    else:
        with pytest.raises(PermissionError):
            os.replace(spare, target)


@pytest.mark.parametrize("method", METHODS)
def test_safe_generate_cleans_up_and_retries_until_the_holder_lets_go(
    installed: tuple[Path, Path], start_holder: HolderStarter, method: str
) -> None:
    out, target = installed
    stale = target.with_name(f"{target.name}.tmp4242")
    stale.write_bytes(b"left by a failed run")
    # Held for 1 s from the `holding` line; the first attempt renames ~0.1 s after we start it,
    # and the retries wait 0.2 + 0.4 + 0.6 + 0.8 + 1.0 s, well past the release.
    holder = start_holder(target, "--hold-for", "1000", "--method", method)

    result = run_script(
        "safe_generate.py",
        "--out",
        str(out),
        env={"GEN_LOCK_RETRIES": "5", "GEN_RETRY_BACKOFF_MS": "200"},
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "retry 1 of 5 in 200 ms" in result.stderr
    assert RENAME_ERROR.search(result.stderr) is not None
    assert f"removed stale {stale.name}" in result.stdout
    assert temporaries(target) == []  # the stale file and the failed attempts' copies are gone
    assert target.read_bytes() == next((out / "engine").glob("*.node")).read_bytes()
    assert holder.wait(timeout=10) == 0


@pytest.mark.parametrize("method", METHODS)
def test_safe_generate_exits_with_the_last_attempts_status(
    installed: tuple[Path, Path], start_holder: HolderStarter, method: str
) -> None:
    out, target = installed
    start_holder(target, "--hold-for", "5000", "--method", method)

    result = run_script(
        "safe_generate.py",
        "--out",
        str(out),
        env={"GEN_LOCK_RETRIES": "1", "GEN_RETRY_BACKOFF_MS": "50"},
    )

    assert result.returncode == 1
    assert len(RENAME_ERROR.findall(result.stderr)) == 2  # the first attempt and one retry
    assert "retry 1 of 1 in 50 ms" in result.stderr
    assert "retry 2" not in result.stderr
    assert len(temporaries(target)) == 1  # the last attempt's copy, for the next run to clean


def test_safe_generate_does_not_retry_a_failure_that_is_not_a_lock(tmp_path: Path) -> None:
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("")

    result = run_script("safe_generate.py", "--out", str(not_a_directory))

    assert result.returncode == 1
    assert "Traceback" in result.stderr
    assert "retry" not in result.stderr


@pytest.mark.parametrize(
    ("stop", "mode"),
    [
        ("terminate", "--hold-for=30000"),
        ("terminate", "--periodic=20000,30000"),
        ("kill", "--hold-for=30000"),
    ],
)
@pytest.mark.parametrize("method", METHODS)
def test_engine_is_replaceable_again_once_the_holder_is_gone(
    installed: tuple[Path, Path], start_holder: HolderStarter, method: str, stop: str, mode: str
) -> None:
    out, target = installed
    holder = start_holder(target, mode, "--method", method, "--phase-ms", "0", "--verbose")
    if mode.startswith("--periodic"):  # past the trial hold, into the first scheduled one
        assert holder.stdout is not None
        assert [holder.stdout.readline().split()[0] for _ in range(2)] == ["ready:", "holding"]

    getattr(holder, stop)()  # SIGTERM or SIGKILL on POSIX; TerminateProcess on Windows
    returncode = holder.wait(timeout=10)
    if sys.platform != "win32" and stop == "terminate":
        assert returncode == 128 + 15  # went through the holder's own release
    if method == "chattr":
        # SIGTERM: the holder undid `chattr +i` itself. SIGKILL: nothing in the holder ran, so the
        # attribute is still there until release_all, which every fixture calls on teardown.
        assert lockctl.is_immutable(target) is (stop == "kill")
        lockctl.release_all(target)
        assert not lockctl.is_immutable(target)

    result = run_script("generate.py", "--out", str(out))

    assert result.returncode == 0, result.stderr
    assert temporaries(target) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="chattr exists on Linux only")
def test_auto_falls_back_to_the_flock_emulation_without_root(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(lockctl.os, "geteuid", lambda: 1000)

    choice = lockctl.lock_method_available(tmp_path)

    assert (choice.method, choice.genuine) == ("flock", False)
    assert "root" in choice.reason
    assert list(tmp_path.iterdir()) == []  # no probe file was created, none is left


@pytest.mark.skipif(AUTO_CHOICE.method != "chattr", reason=f"auto picks {AUTO_CHOICE.method} here")
def test_auto_probe_leaves_nothing_behind(tmp_path: Path) -> None:
    choice = lockctl.lock_method_available(tmp_path)

    assert (choice.method, choice.genuine) == ("chattr", True)
    assert list(tmp_path.iterdir()) == []


def test_holder_refuses_a_missing_target(tmp_path: Path) -> None:
    result = run_script("holder.py", str(tmp_path / "missing.node"), "--hold-for", "10")

    assert result.returncode == 2
    assert "does not exist" in result.stderr


@pytest.mark.parametrize(
    "schedule",
    [["--periodic", "200,100"], ["--periodic", "100,200", "--jitter-ms", "100"]],
    ids=["hold-longer-than-period", "jitter-past-the-gap"],
)
def test_holder_refuses_a_schedule_without_gaps(
    installed: tuple[Path, Path], schedule: list[str]
) -> None:
    _, target = installed

    result = run_script("holder.py", str(target), *schedule)

    assert result.returncode == 2
    assert not lockctl.is_immutable(target)


def test_periodic_holder_holds_and_releases_in_turn(
    installed: tuple[Path, Path], start_holder: HolderStarter
) -> None:
    _, target = installed
    holder = start_holder(target, "--periodic", "30,100", "--phase-ms", "0", "--verbose")
    assert holder.stdout is not None

    following = [holder.stdout.readline().split()[0] for _ in range(4)]

    assert following == ["ready:", "holding", "released", "holding"]
