"""The sample runner: argv handling, environment, exit status, timeouts, process trees, capture."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import os
import shlex
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pytest_genreliability import runner, treekill
from pytest_genreliability.capture import ABANDONED_NOTE, HeadTailBuffer, PolledPipes
from pytest_genreliability.runner import (
    KILL_GRACE_S,
    PIPE_GRACE_S,
    RunResult,
    merge_env,
    run_command,
    split_command,
    split_windows,
)

HELPERS = Path(__file__).parent / "helpers"
EMIT_BLOCKS = str(HELPERS / "emit_blocks.py")
SPAWN_TREE = str(HELPERS / "spawn_tree.py")
TRAP_TERM = str(HELPERS / "trap_term.py")
PRINT_ARGV = "import json, sys; print(json.dumps(sys.argv[1:]))"
MIB = 1 << 20

posix_only = pytest.mark.skipif(
    sys.platform == "win32",
    reason="POSIX process groups, signals and shell syntax; Windows uses taskkill, tested apart",
)

READINGS = ["poll", "poll without pidfd", "threads"]


def use_reading(reading: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the runner wait and read one of its ways, so each is tested on any machine."""
    if reading == "threads":  # what Windows does; POSIX can run it too
        monkeypatch.setattr(runner, "_POLL_PIPES", False)
        return
    if not runner._POLL_PIPES:
        pytest.skip("select.poll cannot wait on pipes on this platform")
    if reading == "poll without pidfd":  # as on macOS, or where a sandbox forbids pidfd_open

        def no_pidfd(pid: int, flags: int = 0) -> int:
            raise OSError(errno.ENOSYS, os.strerror(errno.ENOSYS))

        monkeypatch.setattr(os, "pidfd_open", no_pidfd, raising=False)


@pytest.fixture(params=READINGS)
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    use_reading(request.param, monkeypatch)
    return str(request.param)


# The stream written by helpers/emit_blocks.py, rebuilt here from its definition.
STREAM_HEAD = b"<<head of stream>>\n"
STREAM_TAIL = b"\n<<tail of stream>>\n"


def block(index: int, size: int) -> bytes:
    return (b"%08d" % index) * (size // 8)


def expected_capture(count: int, size: int, limit: int) -> tuple[str, int]:
    """The text and dropped count a head/tail capture of `limit` bytes must give (size >= limit)."""
    total = len(STREAM_HEAD) + count * size + len(STREAM_TAIL)
    head = (STREAM_HEAD + block(0, size))[:limit]
    tail = (block(count - 1, size) + STREAM_TAIL)[-limit:]
    dropped = total - 2 * limit
    return f"{head.decode()}\n[... {dropped} bytes dropped ...]\n{tail.decode()}", dropped


def process_gone(pid: int, within: float = 3.0) -> bool:
    """Whether `pid` is gone (or a zombie nobody reaps yet) within `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        if not _alive(pid):
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    if sys.platform == "linux":
        # A killed orphan is a zombie until its new parent reaps it; in a container that parent
        # may never do so. A zombie runs nothing and holds no files.
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except FileNotFoundError:
            return False
        return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    return True


@contextlib.contextmanager
def sigterm_blocked() -> Iterator[None]:
    """Block SIGTERM around a run: the child inherits the mask, so a SIGTERM sent before its
    helper is ready waits until the helper unblocks it (no race with the helper's start)."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def read_pids(pid_file: Path) -> tuple[int, int]:
    assert pid_file.exists(), "the generator did not record its process tree in time"
    leader, grandchild = pid_file.read_text().split()
    return int(leader), int(grandchild)


def kill_if_alive(pid: int) -> None:
    """Clean up after a failed assertion, so a broken runner does not leak sleepers."""
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)


# --- HeadTailBuffer ----------------------------------------------------------------------------


def _chunks(data: bytes, sizes: list[int]) -> list[bytes]:
    chunks, position = [], 0
    for size in sizes:
        chunks.append(data[position : position + size])
        position += size
    chunks.append(data[position:])
    return chunks


@pytest.mark.parametrize("limit", [0, 1, 7, 64])
@pytest.mark.parametrize("length", [0, 5, 14, 15, 128, 1000])
@pytest.mark.parametrize("chunking", ["whole", "bytes", "uneven"])
def test_head_tail_buffer_matches_slicing(limit: int, length: int, chunking: str) -> None:
    data = bytes((index * 7 + 3) % 251 for index in range(length))
    sizes = {"whole": [], "bytes": [1] * length, "uneven": [3, 50, 1, 200, 2, 9] * 20}[chunking]
    buffer = HeadTailBuffer(limit)
    for chunk in _chunks(data, sizes):
        buffer.feed(chunk)
    kept_tail = max(0, min(limit, length - limit))
    assert buffer.head == data[:limit]
    assert buffer.tail == data[length - kept_tail :]
    assert buffer.dropped == max(0, length - 2 * limit)
    assert buffer.total == length


def test_head_tail_text_marks_the_dropped_middle() -> None:
    buffer = HeadTailBuffer(4)
    buffer.feed(b"abcdefghijkl")
    assert buffer.text() == "abcd\n[... 4 bytes dropped ...]\nijkl"
    line_buffer = HeadTailBuffer(4)
    line_buffer.feed(b"abc\n--middle--zz")
    assert line_buffer.text() == "abc\n[... 8 bytes dropped ...]\n--zz"


def test_head_tail_text_is_whole_when_nothing_dropped() -> None:
    buffer = HeadTailBuffer(4)
    buffer.feed("é€".encode())  # 5 bytes: the 3-byte euro sign spans head and tail
    assert buffer.dropped == 0
    assert buffer.text() == "é€"


def test_head_tail_buffer_rejects_negative_limit() -> None:
    with pytest.raises(ValueError, match="limit"):
        HeadTailBuffer(-1)


# --- argv and shell ----------------------------------------------------------------------------


def test_split_command_sequence_is_taken_as_argv() -> None:
    assert split_command(["gen", Path("out dir"), "a;b"]) == ("gen", "out dir", "a;b")


@posix_only
def test_split_command_string_uses_shell_words_without_a_shell() -> None:
    argv = ("gen", "--out", "my dir", "a;b", "$HOME")
    assert split_command("gen --out 'my dir' a;b $HOME") == argv


@posix_only
def test_split_command_shell_gives_the_shell_argv() -> None:
    assert split_command("echo $HOME", shell=True) == ("/bin/sh", "-c", "echo $HOME")
    assert split_command(["echo", "a b"], shell=True) == ("/bin/sh", "-c", "echo 'a b'")


# Rows of the table "Results of parsing command lines" in Microsoft Learn, "Parsing C++
# command-line arguments" (the rows every C runtime agrees on), after a program name.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('"abc" d e', ("abc", "d", "e")),
        ('a\\\\\\b d"e f"g h', ("a\\\\\\b", "de fg", "h")),
        ('a\\\\\\"b c d', ('a\\"b', "c", "d")),
        ('a\\\\\\\\"b c" d e', ("a\\\\b c", "d", "e")),
    ],
)
def test_split_windows_follows_the_published_rules(line: str, expected: tuple[str, ...]) -> None:
    assert split_windows(f"prog.exe {line}") == ("prog.exe", *expected)


def test_split_windows_program_name_quotes_only_group() -> None:
    program = "C:\\Program Files\\gen.exe"
    assert split_windows(f'"{program}" --x') == (program, "--x")
    assert split_windows("  ") == ()


@pytest.mark.parametrize(
    "args",
    [
        ["plain", "two words", ""],
        ["trailing\\", "trailing space \\", 'quote"inside', '\\"', "\\\\\\"],
        ["tab\there", "a\\\\b", '"quoted"', "C:\\dir with space\\"],
    ],
)
def test_split_windows_inverts_list2cmdline(args: list[str]) -> None:
    """subprocess.list2cmdline quotes an argv for the C runtime; splitting must give it back."""
    line = subprocess.list2cmdline(["prog.exe", *args])
    assert split_windows(line) == ("prog.exe", *args)


def test_argv_list_reaches_the_program_literally() -> None:
    args = ["a;b", "$HOME", "`id`", "x | y", "*"]
    result = run_command([sys.executable, "-c", PRINT_ARGV, *args])
    assert result.ok, result.output
    assert json.loads(result.stdout) == args
    assert result.command == (sys.executable, "-c", PRINT_ARGV, *args)


@posix_only
def test_string_command_runs_without_a_shell() -> None:
    line = f"{shlex.quote(sys.executable)} -c {shlex.quote(PRINT_ARGV)} 'a;b' $HOME ; echo hi"
    result = run_command(line)
    assert result.ok, result.output
    assert json.loads(result.stdout) == ["a;b", "$HOME", ";", "echo", "hi"]


@posix_only
def test_shell_true_runs_through_the_shell() -> None:
    line = 'echo "$GENREL_TEST_VALUE"; echo second'
    result = run_command(line, shell=True, env={"GENREL_TEST_VALUE": "from env"})
    assert result.ok, result.output
    assert result.stdout == "from env\nsecond\n"
    assert result.command == ("/bin/sh", "-c", line)


# --- cwd and environment -----------------------------------------------------------------------


def test_cwd_is_the_working_directory(tmp_path: Path) -> None:
    result = run_command([sys.executable, "-c", "import os; print(os.getcwd())"], cwd=tmp_path)
    assert result.ok, result.output
    assert os.path.realpath(result.stdout.strip()) == os.path.realpath(tmp_path)


def test_env_overlays_adds_and_removes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENREL_TEST_KEPT", "kept")
    monkeypatch.setenv("GENREL_TEST_REMOVED", "removed")
    show = (
        "import json, os; print(json.dumps([os.environ.get(name) for name in "
        "('GENREL_TEST_KEPT', 'GENREL_TEST_REMOVED', 'GENREL_TEST_ADDED')]))"
    )
    result = run_command(
        [sys.executable, "-c", show],
        env={"GENREL_TEST_REMOVED": None, "GENREL_TEST_ADDED": "added; $X"},
    )
    assert result.ok, result.output
    assert json.loads(result.stdout) == ["kept", None, "added; $X"]
    assert os.environ["GENREL_TEST_REMOVED"] == "removed"  # the caller's environment is untouched


def test_merge_env_on_an_explicit_base() -> None:
    base = {"A": "1", "B": "2"}
    assert merge_env({"B": None, "C": "3", "MISSING": None}, base) == {"A": "1", "C": "3"}
    assert merge_env(None, base) == base
    assert base == {"A": "1", "B": "2"}


# --- exit status -------------------------------------------------------------------------------


def test_exit_code_is_reported() -> None:
    result = run_command([sys.executable, "-c", "import sys; print('bye'); sys.exit(3)"])
    assert (result.exit_code, result.signal, result.timed_out) == (3, None, False)
    assert result.error is None
    assert not result.ok
    assert result.stdout == "bye\n"


def test_success_and_output_order(reading: str) -> None:
    code = "import sys; sys.stdout.write('out'); sys.stderr.write('err\\n')"
    result = run_command([sys.executable, "-c", code])
    assert result.ok
    assert (result.stdout, result.stderr) == ("out", "err\n")
    assert result.output == "out\nerr\n"
    assert result.duration_s > 0


@posix_only
def test_termination_by_signal() -> None:
    code = "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"
    result = run_command([sys.executable, "-c", code])
    assert result.signal == 9  # SIGKILL
    assert result.exit_code == -9
    assert not result.ok and not result.timed_out


# --- failures to start -------------------------------------------------------------------------


def test_missing_command_is_reported_not_raised() -> None:
    result = run_command("nosuchgen-genreliability --flag")
    assert result.error is not None
    assert result.error.startswith("command not found: 'nosuchgen-genreliability' (")
    assert result.stderr.startswith("genreliability: could not start 'nosuchgen-genreliability': ")
    assert (result.exit_code, result.signal, result.ok) == (None, None, False)
    if sys.platform != "win32":
        assert result.stderr.endswith(f": {os.strerror(errno.ENOENT)}\n")


@posix_only
def test_file_without_execute_permission(tmp_path: Path) -> None:
    script = tmp_path / "gen.sh"
    script.write_text("#!/bin/sh\necho hi\n")
    script.chmod(0o644)
    result = run_command([str(script)])
    assert result.error == f"command not executable: {str(script)!r} ({os.strerror(errno.EACCES)})"


def test_missing_working_directory(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    result = run_command([sys.executable, "-c", "pass"], cwd=missing)
    assert result.error is not None
    if sys.platform != "win32":
        assert result.error.startswith(f"working directory not usable: {str(missing)!r}")


def test_empty_command() -> None:
    result = run_command("   ")
    assert result.error == "empty command"
    assert result.command == ()


def test_bad_arguments_raise() -> None:
    with pytest.raises(ValueError, match="timeout"):
        run_command([sys.executable, "-c", "pass"], timeout=0)
    with pytest.raises(ValueError, match="capture_limit"):
        run_command([sys.executable, "-c", "pass"], capture_limit=-1)


# --- timeouts and process trees ----------------------------------------------------------------


@posix_only
def test_timeout_kills_the_whole_tree(tmp_path: Path, reading: str) -> None:
    pid_file = tmp_path / "pids"
    started = time.perf_counter()
    with sigterm_blocked():
        result = run_command([sys.executable, SPAWN_TREE, str(pid_file), "sleep"], timeout=1)
    elapsed = time.perf_counter() - started
    leader, grandchild = read_pids(pid_file)
    try:
        assert result.timed_out
        assert result.exit_code is None
        assert not result.ok
        assert elapsed < 2.5
        assert result.stdout == "tree started\n"  # output before the timeout is kept
        assert result.signal == 15  # SIGTERM, the polite stop, was enough
        assert (result.ended_by, result.unreached) == ("SIGTERM", 0)
        assert process_gone(grandchild), "the grandchild survived the timeout"
        assert process_gone(leader)
    finally:
        kill_if_alive(grandchild)


@posix_only
def test_timeout_escalates_to_sigkill_when_sigterm_is_ignored(tmp_path: Path, reading: str) -> None:
    started = time.perf_counter()
    with sigterm_blocked():
        result = run_command(
            [sys.executable, TRAP_TERM, str(tmp_path / "marker"), "ignore"],
            timeout=0.5,
            kill_grace=0.5,
        )
    elapsed = time.perf_counter() - started
    assert result.timed_out and result.exit_code is None
    assert result.signal == 9  # SIGKILL
    assert (result.ended_by, result.unreached) == ("SIGKILL", 0)
    assert 1.0 <= elapsed < 1.0 + 1.5
    assert result.stdout == "ready\n"


@posix_only
def test_a_generator_cleanup_trap_runs_on_timeout(tmp_path: Path, reading: str) -> None:
    """SIGTERM first, then time to clean up: the generator's own handler runs and finishes."""
    marker = tmp_path / "marker"
    with sigterm_blocked():
        result = run_command(
            [sys.executable, TRAP_TERM, str(marker), "clean"], timeout=0.5, kill_grace=30
        )
    assert result.timed_out
    assert (result.ended_by, result.signal) == ("SIGTERM", None)  # it exited 0 from its trap
    assert marker.read_text() == "cleaned"
    assert result.duration_s < 10, "the runner waited out the grace period needlessly"


@posix_only
def test_zero_grace_kills_at_once_without_sigterm(tmp_path: Path, reading: str) -> None:
    marker = tmp_path / "marker"
    with sigterm_blocked():
        result = run_command(
            [sys.executable, TRAP_TERM, str(marker), "clean"], timeout=0.5, kill_grace=0
        )
    assert result.timed_out
    assert (result.ended_by, result.signal) == ("SIGKILL", 9)
    assert not marker.exists()


@posix_only
def test_leftovers_get_sigterm_first(tmp_path: Path, reading: str) -> None:
    """A process left behind by a finished leader gets to clean up too."""
    marker = tmp_path / "marker"
    code = (
        "import subprocess, sys\n"
        f"p = subprocess.Popen([sys.executable, {TRAP_TERM!r}, {str(marker)!r}, 'clean'],"
        " stdout=subprocess.PIPE)\n"
        "assert p.stdout.readline() == b'ready\\n'\n"
    )
    result = run_command([sys.executable, "-c", code], timeout=30, kill_grace=30)
    assert result.ok, result.output
    assert (result.ended_by, result.unreached) == ("SIGTERM", 0)
    assert marker.read_text() == "cleaned"


@posix_only
def test_what_could_not_be_ended_is_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signals that reach nothing (another user's process, say) leave survivors: counted."""
    pid_file = tmp_path / "pids"
    sent: list[int] = []
    monkeypatch.setattr(treekill, "_send", lambda trees, pids, number: sent.append(number))
    monkeypatch.setattr(treekill, "SETTLE_S", 0.1)
    try:
        result = run_command(
            [sys.executable, SPAWN_TREE, str(pid_file), "exit"], timeout=30, kill_grace=0.1
        )
    finally:
        monkeypatch.undo()
        _, grandchild = read_pids(pid_file)
        kill_if_alive(grandchild)
    assert sent == [signal.SIGTERM, signal.SIGKILL]
    assert result.ended_by == "SIGKILL"
    assert result.unreached >= 1


def test_kill_grace_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="kill_grace"):
        run_command([sys.executable, "-c", "pass"], kill_grace=-1)


@posix_only
def test_leftover_grandchild_is_killed_after_a_normal_exit(tmp_path: Path, reading: str) -> None:
    pid_file = tmp_path / "pids"
    started = time.perf_counter()
    result = run_command([sys.executable, SPAWN_TREE, str(pid_file), "exit"], timeout=30)
    elapsed = time.perf_counter() - started
    _, grandchild = read_pids(pid_file)
    try:
        assert result.ok, result.output
        # The grandchild holds the pipes too: the run ends at once only because it was killed.
        assert result.stdout == "tree started\n"
        assert elapsed < PIPE_GRACE_S
        assert process_gone(grandchild), "the leftover grandchild was not killed"
    finally:
        kill_if_alive(grandchild)


@posix_only
@pytest.mark.skipif(treekill.SCANS_PROC, reason="Linux finds and ends it: tested below")
def test_process_that_left_the_group_stops_the_reading_with_a_note(
    tmp_path: Path, reading: str
) -> None:
    pid_file = tmp_path / "pids"
    started = time.perf_counter()
    result = run_command([sys.executable, SPAWN_TREE, str(pid_file), "escape"], timeout=30)
    elapsed = time.perf_counter() - started
    _, escaped = read_pids(pid_file)
    try:
        assert result.ok, result.output
        assert result.stdout.startswith("tree started\n[genreliability: stopped reading;")
        assert PIPE_GRACE_S <= elapsed < PIPE_GRACE_S + 1.5
        assert not process_gone(escaped, within=0), "documented as out of reach"
    finally:
        kill_if_alive(escaped)


linux_proc = pytest.mark.skipif(
    not treekill.SCANS_PROC, reason="processes that left the group are found through /proc"
)


@linux_proc
def test_process_that_left_the_group_is_ended_after_a_normal_exit(
    tmp_path: Path, reading: str
) -> None:
    pid_file = tmp_path / "pids"
    started = time.perf_counter()
    result = run_command([sys.executable, SPAWN_TREE, str(pid_file), "escape"], timeout=30)
    elapsed = time.perf_counter() - started
    _, escaped = read_pids(pid_file)
    try:
        assert result.ok, result.output
        assert result.stdout == "tree started\n"  # the pipes closed: nothing was abandoned
        assert (result.ended_by, result.unreached) == ("SIGTERM", 0)
        assert elapsed < PIPE_GRACE_S
        assert process_gone(escaped), "the escaped grandchild survived"
    finally:
        kill_if_alive(escaped)


@linux_proc
def test_setsid_daemon_is_ended_on_timeout(tmp_path: Path, reading: str) -> None:
    """A sample that starts ``setsid sleep`` and hangs: both are gone after the timeout."""
    pid_file = tmp_path / "pids"
    with sigterm_blocked():
        result = run_command(
            [sys.executable, SPAWN_TREE, str(pid_file), "escape-sleep"], timeout=0.5
        )
    leader, escaped = read_pids(pid_file)
    try:
        assert result.timed_out
        assert (result.ended_by, result.unreached) == ("SIGTERM", 0)
        assert process_gone(escaped), "the setsid grandchild survived the timeout"
        assert process_gone(leader)
    finally:
        kill_if_alive(escaped)


@linux_proc
def test_a_process_that_clears_the_mark_is_out_of_reach(tmp_path: Path) -> None:
    """Documented limit: a daemon that leaves the group and drops the environment is not found."""
    pid_file = tmp_path / "pid"
    code = (
        "import os, subprocess, sys\n"
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'],"
        " start_new_session=True, env={}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        f"open({str(pid_file)!r}, 'w').write(str(p.pid))\n"
    )
    result = run_command([sys.executable, "-c", code], timeout=30)
    escaped = int(pid_file.read_text())
    try:
        assert result.ok, result.output
        assert result.ended_by is None
        assert not process_gone(escaped, within=0)
    finally:
        kill_if_alive(escaped)


# What `use_reading` does, for a driver process that the test cannot monkeypatch.
READING_PRELUDES = {
    "poll": "",
    "poll without pidfd": (
        "def _no_pidfd(pid, flags=0):\n    raise OSError(38, 'no pidfd here')\n"
        "os.pidfd_open = _no_pidfd\n"
    ),
    "threads": "runner._POLL_PIPES = False\n",
}


@posix_only
@pytest.mark.parametrize("reading", READINGS)
@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_interrupt_ends_the_tree_then_propagates(
    tmp_path: Path, reading: str, signal_name: str
) -> None:
    """Ctrl-C, and SIGTERM/SIGHUP handled by raise_keyboard_interrupt, end the whole tree."""
    pid_file = tmp_path / "pids"
    handler = (
        "signal.default_int_handler"
        if signal_name == "SIGINT"
        else ("runner.raise_keyboard_interrupt")
    )
    driver = (
        "import os, signal, sys\nfrom pytest_genreliability import runner\n"
        # Ctrl-C as in a terminal, even where this test runs as a background job (SIGINT ignored).
        f"signal.signal(signal.{signal_name}, {handler})\n"
        + READING_PRELUDES[reading]
        + f"runner.run_command([sys.executable, {SPAWN_TREE!r}, {str(pid_file)!r}, "
        "'escape-sleep'])\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", driver], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        deadline = time.monotonic() + 10
        while not pid_file.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        leader, grandchild = read_pids(pid_file)
        try:
            process.send_signal(getattr(signal, signal_name))
            _, stderr = process.communicate(timeout=10)
            assert b"KeyboardInterrupt" in stderr
            assert process.returncode != 0
            assert process_gone(leader), "the leader survived the interrupt"
            if treekill.SCANS_PROC:
                assert process_gone(grandchild), "the setsid grandchild survived the interrupt"
        finally:
            kill_if_alive(leader)
            kill_if_alive(grandchild)


@posix_only
@pytest.mark.parametrize("mode", ["sleep", "escape-sleep"])
def test_the_guard_ends_the_tree_when_its_process_is_killed(tmp_path: Path, mode: str) -> None:
    """SIGKILL gives no chance to clean up: the guard process ends the run's tree instead."""
    if mode == "escape-sleep" and not treekill.SCANS_PROC:
        pytest.skip("processes that left the group are found through /proc")
    pid_file = tmp_path / "pids"
    driver = (
        "import sys\nfrom pytest_genreliability import runner\n"
        "runner.guard_process_trees(kill_grace=5)\n"
        f"runner.run_command([sys.executable, {SPAWN_TREE!r}, {str(pid_file)!r}, {mode!r}])\n"
    )
    with subprocess.Popen([sys.executable, "-c", driver]) as process:
        deadline = time.monotonic() + 10
        while not pid_file.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        leader, grandchild = read_pids(pid_file)
        try:
            process.kill()
            process.wait(timeout=10)
            assert process_gone(leader, within=10), "the leader outlived its killed parent"
            assert process_gone(grandchild, within=10), "the grandchild outlived it"
        finally:
            kill_if_alive(leader)
            kill_if_alive(grandchild)


@posix_only
def test_a_child_that_never_stops_writing_still_times_out(reading: str) -> None:
    """Reading must not starve the clock: there is always data, yet the timeout holds."""
    code = "import sys\nwhile True:\n    sys.stdout.write('x' * 4096)"
    started = time.perf_counter()
    result = run_command([sys.executable, "-c", code], timeout=0.5, capture_limit=1024)
    elapsed = time.perf_counter() - started
    assert result.timed_out
    assert result.signal == 15  # SIGTERM
    assert elapsed < 0.5 + KILL_GRACE_S + 1.0
    assert result.stdout_dropped > 0
    assert result.stdout.startswith("x" * 1024 + "\n[... ")


@pytest.mark.skipif(not runner._POLL_PIPES, reason="select.poll cannot wait on pipes here")
def test_pump_keeps_its_deadline_when_data_never_stops() -> None:
    """/dev/zero is always readable and never ends: only the deadline can stop the reading."""
    outcome: list[tuple[bool, float]] = []
    with open("/dev/zero", "rb", buffering=0) as zero:
        pipes = PolledPipes([zero], 16)

        def pump() -> None:
            started = time.perf_counter()
            outcome.append((pipes.pump(0.2), time.perf_counter() - started))

        thread = threading.Thread(target=pump, daemon=True)
        thread.start()
        thread.join(10)
        assert outcome, "pump() did not return at its deadline"
        [(finished, elapsed)] = outcome
        assert not finished
        assert 0.2 <= elapsed < 2
        [(text, dropped)] = pipes.finish(0)
    assert dropped > 0
    assert text.startswith("\0" * 16 + "\n[... ")
    assert text.endswith("\0" * 16 + "\n" + ABANDONED_NOTE)


@pytest.mark.skipif(not runner._POLL_PIPES, reason="pipes are read by threads on this platform")
def test_polling_runner_starts_no_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting and joining reader threads was the largest per-sample cost on a busy machine."""

    def refuse(thread: threading.Thread) -> None:
        raise AssertionError(f"the runner started a thread: {thread.name}")

    monkeypatch.setattr(threading.Thread, "start", refuse)
    code = "import sys; print('out'); print('err', file=sys.stderr)"
    result = run_command([sys.executable, "-c", code], timeout=30)
    assert (result.stdout, result.stderr) == ("out\n", "err\n")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts descriptors in /proc")
def test_no_descriptor_is_left_open(reading: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pipe the runner opens is closed again.

    Only the runner's own descriptors are counted (each with its inode, so a number that another
    thread reuses meanwhile is not mistaken for a leak): counting every open descriptor of the
    process fails under pytest-xdist, whose threads open and close their own.
    """
    opened: list[tuple[int, int]] = []
    real_pipe = os.pipe

    def recording_pipe() -> tuple[int, int]:
        read, write = real_pipe()
        opened.extend((fd, os.fstat(fd).st_ino) for fd in (read, write))
        return read, write

    def still_open(fd: int, inode: int) -> bool:
        try:
            return os.fstat(fd).st_ino == inode
        except OSError:
            return False

    monkeypatch.setattr(os, "pipe", recording_pipe)
    assert run_command([sys.executable, "-c", "print('x')"]).ok
    assert run_command([sys.executable, "-c", "import sys; sys.exit(2)"]).exit_code == 2
    assert run_command([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.2).timed_out
    assert opened, "the runner opened no pipe: the test would prove nothing"
    assert [fd for fd, inode in opened if still_open(fd, inode)] == []


@posix_only
def test_keyboard_interrupt_during_the_start_still_kills_the_child(
    reading: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C that lands inside Popen, after the fork, must not leave the child running."""
    started: list[int] = []
    spawn = runner._spawn

    def spawn_then_interrupt(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        process = spawn(*args, **kwargs)  # type: ignore[arg-type]
        started.append(process.pid)
        os.kill(os.getpid(), signal.SIGINT)  # as if Ctrl-C came while Popen was returning
        return process

    monkeypatch.setattr(runner, "_spawn", spawn_then_interrupt)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            run_command([sys.executable, "-c", "import time; time.sleep(30)"], timeout=60)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, previous)
    [pid] = started
    try:
        assert process_gone(pid), "the child outlived the interrupt"
    finally:
        kill_if_alive(pid)


# --- bounded capture ---------------------------------------------------------------------------


def test_small_output_is_kept_whole() -> None:
    result = run_command([sys.executable, EMIT_BLOCKS, "3", "16", "out"], capture_limit=1024)
    expected = STREAM_HEAD + block(0, 16) + block(1, 16) + block(2, 16) + STREAM_TAIL
    assert result.stdout == expected.decode()
    assert result.stdout_dropped == 0


def test_large_output_keeps_exact_head_and_tail(reading: str) -> None:
    count, limit = 200, 64 * 1024  # 200 MiB through the pipe
    result = run_command([sys.executable, EMIT_BLOCKS, str(count), str(MIB), "out"])
    text, dropped = expected_capture(count, MIB, limit)
    assert result.ok, result.stderr
    assert result.stdout_dropped == dropped
    assert result.stdout == text
    assert (result.stderr, result.stderr_dropped) == ("", 0)


def test_heavy_stdout_and_stderr_together_do_not_deadlock(reading: str) -> None:
    count, limit = 40, 4096  # 40 MiB on each stream, written alternately
    result = run_command(
        [sys.executable, EMIT_BLOCKS, str(count), str(MIB), "both"], capture_limit=limit, timeout=60
    )
    text, dropped = expected_capture(count, MIB, limit)
    assert not result.timed_out
    assert result.ok
    assert (result.stdout, result.stdout_dropped) == (text, dropped)
    assert (result.stderr, result.stderr_dropped) == (text, dropped)


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX-only")
def test_a_gigabyte_of_output_costs_little_memory() -> None:
    """Peak memory of a process that captured 1 GiB stays far below the output's size."""
    driver = textwrap.dedent(
        f"""
        import json, re, resource, sys
        from pytest_genreliability.runner import run_command
        result = run_command([sys.executable, {EMIT_BLOCKS!r}, "1024", "{MIB}", "out"])
        # VmHWM: this process's own peak; ru_maxrss on Linux also counts the memory of the
        # process it was forked from (the test worker), which exec does not reset
        try:
            status = open("/proc/self/status").read()
            peak_bytes = int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) * 1024
        except OSError:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            peak_bytes = peak if sys.platform == "darwin" else peak * 1024
        print(json.dumps({{"peak": peak_bytes, "dropped": result.stdout_dropped, "ok": result.ok}}))
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", driver], capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    _, dropped = expected_capture(1024, MIB, 64 * 1024)
    assert report["ok"]
    assert report["dropped"] == dropped  # the whole gigabyte went through the capture
    assert report["peak"] < 150 * MIB


def test_core_modules_do_not_import_pytest() -> None:
    code = (
        "import sys; import pytest_genreliability.runner, pytest_genreliability.capture, "
        "pytest_genreliability.redact; print('pytest' in sys.modules)"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.stdout.strip() == "False", completed.stderr


def test_run_result_ok_needs_start_exit_zero_and_no_timeout() -> None:
    passed = RunResult(
        command=("gen",),
        exit_code=0,
        signal=None,
        timed_out=False,
        duration_s=1.0,
        stdout="",
        stderr="",
        stdout_dropped=0,
        stderr_dropped=0,
        error=None,
    )
    assert passed.ok
    assert not dataclasses.replace(passed, timed_out=True).ok
    assert not dataclasses.replace(passed, exit_code=None, error="command not found: 'gen'").ok
    assert not dataclasses.replace(passed, exit_code=1).ok


@pytest.mark.skipif(sys.platform == "win32", reason="no guard process on Windows")
def test_an_orderly_unguard_ends_nothing() -> None:
    """After an in-process session lets its guard go, the process may start new runs."""
    marked = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"],
        env={**os.environ, treekill.TOKEN_VAR: f"{os.getpid()}-999999"},
    )
    try:
        runner.guard_process_trees(kill_grace=0)
        assert run_command([sys.executable, "-c", "pass"]).ok  # starts the guard
        guard = runner._GUARD._process
        assert guard is not None
        runner.unguard_process_trees()
        assert guard.wait(timeout=10) == 0
        assert marked.poll() is None, "the guard ended a process after an orderly stop"
    finally:
        runner.unguard_process_trees()
        marked.kill()
        marked.wait()
