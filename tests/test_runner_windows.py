"""The runner's Windows paths, run by a Windows CPython (on Windows, or under Wine on Linux).

Skipped elsewhere. On Linux, ``tests/windows_python.py`` runs this file with the official
embeddable Windows CPython under Wine (``python tests/windows_python.py``, a CI step): pytest
itself and the plugin's core modules are pure Python; the test-suite's conftest (which imports
scipy) is not loaded (``--noconftest``). Each test says what it proves; where Wine does not do
what Windows does, the test says so and is skipped under Wine only, with the reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pytest_genreliability import classify
from pytest_genreliability.capture import PTY_FALLBACK_NOTE
from pytest_genreliability.runner import merge_env, run_command

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows code paths")

UNDER_WINE = sys.platform == "win32" and bool(os.environ.get("WINEPREFIX"))
STILL_ACTIVE = 259


def python(code: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(code)]


def alive(pid: int) -> bool:
    """Whether process `pid` still runs (``os.kill(pid, 0)`` would terminate it on Windows)."""
    if sys.platform != "win32":
        raise RuntimeError("Windows only")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = wintypes.DWORD()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def wait_dead(pid: int, within_s: float = 10.0) -> bool:
    deadline = time.monotonic() + within_s
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not alive(pid)


def test_output_is_read_by_threads_and_bounded() -> None:
    code = "import sys; sys.stdout.write('A' * 5000 + 'Z'); sys.stderr.write('err'); sys.exit(3)"
    result = run_command(python(code), capture_limit=100)
    assert result.exit_code == 3
    assert result.stdout.startswith("A" * 100) and result.stdout.endswith("A" * 99 + "Z")
    assert result.stdout_dropped == 4801
    assert result.stderr == "err"


def test_file_capture_and_pty_fallback() -> None:
    code = "import sys; print('out'); print('err', file=sys.stderr)"
    result = run_command(python(code), capture="file")
    assert (result.stdout.replace("\r\n", "\n"), result.stderr.replace("\r\n", "\n")) == (
        "out\n",
        "err\n",
    )
    result = run_command(python(code), capture="pty")  # no pseudo-terminal on Windows
    assert result.stderr.replace("\r\n", "\n") == PTY_FALLBACK_NOTE + "err\n"


TREE = """
    import signal, subprocess, sys, time
    signal.signal(signal.SIGBREAK, signal.SIG_IGN)  # so only the kill can end it
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    open({pid_file!r}, "w").write(str(child.pid))
    print("started", flush=True)
    time.sleep(60)
"""


def test_timeout_ends_the_leader(tmp_path: Path) -> None:
    """CTRL_BREAK (ignored here), then the kill: the timed-out sample's leader is gone."""
    pid_file = tmp_path / "grandchild.pid"
    started = time.monotonic()
    result = run_command(python(TREE.format(pid_file=str(pid_file))), timeout=5)
    assert result.timed_out and result.exit_code is None
    # under Wine the surviving grandchild still holds the pipe: a note follows
    assert result.stdout.splitlines()[0] == "started"
    assert time.monotonic() - started < 40
    if UNDER_WINE:  # the grandchild outlives the sample there (next test); end it here
        subprocess.run(["taskkill", "/F", "/PID", pid_file.read_text()], capture_output=True)


@pytest.mark.skipif(
    UNDER_WINE,
    reason="Wine 8's taskkill has no /T option ('Unknown or invalid command line option "
    "specified'), so the runner's `taskkill /T /F` fails and only the leader is killed",
)
def test_timeout_kills_the_whole_tree(tmp_path: Path) -> None:
    pid_file = tmp_path / "grandchild.pid"
    result = run_command(python(TREE.format(pid_file=str(pid_file))), timeout=5)
    assert result.timed_out
    assert wait_dead(int(pid_file.read_text())), "taskkill /T /F left the grandchild running"


@pytest.mark.skipif(
    UNDER_WINE,
    reason="under Wine 8, os.kill(pid, CTRL_BREAK_EVENT) fails with WinError 6 (invalid "
    "handle) from GenerateConsoleCtrlEvent, so the runner goes straight to the kill",
)
def test_timeout_sends_ctrl_break_before_the_kill(tmp_path: Path) -> None:
    marker = tmp_path / "break.txt"
    code = f"""
        import signal, sys, time
        def stop(signum, frame):
            open({str(marker)!r}, "w").write("break")
            sys.exit(7)
        signal.signal(signal.SIGBREAK, stop)
        print("ready", flush=True)
        time.sleep(60)
    """
    result = run_command(python(code), timeout=3)
    assert result.timed_out
    assert marker.read_text() == "break"


def test_missing_program_and_directory_are_start_errors(tmp_path: Path) -> None:
    result = run_command(["no-such-program-genreliability"])
    assert result.error is not None and result.error.startswith("command not found")
    assert "genreliability: could not start" in result.stderr
    result = run_command(python("pass"), cwd=tmp_path / "missing")
    assert result.error is not None and "working directory not usable" in result.error


def test_a_cmd_script_on_path_is_found(tmp_path: Path) -> None:
    (tmp_path / "gen-tool.cmd").write_text("@echo generated %1\r\n")
    path = f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}"
    result = run_command(["gen-tool", "client"], env={"PATH": path})
    assert result.ok, result.output
    assert result.stdout.strip() == "generated client"


def test_environment_names_ignore_case() -> None:
    merged = merge_env({"path": "C:\\tools"}, base={"Path": "C:\\old", "Other": "1"})
    assert merged == {"path": "C:\\tools", "Other": "1"}


def test_a_string_command_is_split_by_windows_rules(tmp_path: Path) -> None:
    line = f'"{sys.executable}" -c "import sys; print(sys.argv[1:])" "a b" C:\\dir\\file "x\\"y"'
    result = run_command(line)
    assert result.ok, result.output
    assert result.stdout.strip() == str(["a b", "C:\\dir\\file", 'x"y'])


def test_a_held_file_refuses_the_rename_and_is_classified(tmp_path: Path) -> None:
    target = tmp_path / "query_engine-windows.dll.node"
    target.write_bytes(b"engine")
    copy = tmp_path / f"{target.name}.tmp{os.getpid()}"
    copy.write_bytes(b"new engine")
    # A holder in another process, as a dev server: Python's open() does not share delete.
    holder = subprocess.Popen(
        python(
            f"""
            import sys, time
            handle = open({str(target)!r}, "rb")
            print("holding", flush=True)
            time.sleep(60)
            """
        ),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(PermissionError) as caught:
            os.replace(copy, target)
    finally:
        holder.kill()
        holder.wait()
    winerror = getattr(caught.value, "winerror", None)
    assert winerror in (5, 32)
    failure = classify(f"PermissionError: {caught.value}", exit_code=1)
    assert (failure.kind, failure.operation) == ("rename_lock", "rename")
    assert failure.errno == f"WinError {winerror}"
    assert str(target) in failure.paths
    os.replace(copy, target)  # the holder is gone: the rename goes through
    assert target.read_bytes() == b"new engine"
