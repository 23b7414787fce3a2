"""Run one sample of a generator: bounded output capture, a timeout, and a whole-tree kill.

Decisions a caller can rely on:

* **No shell** unless ``shell=True``. A string command is split into an argv (`split_command`), so
  ``;``, ``|`` and ``$HOME`` in it reach the program literally.
* **Environment**: ``env`` overlays ``os.environ``; a value of ``None`` removes the variable.
* **Process tree**: on POSIX the sample runs in a new session (its own process group). On timeout
  the group gets SIGTERM, then SIGKILL after `TERMINATE_GRACE_S`. After the leader exits by itself,
  whatever is left of its group is killed too: a grandchild left behind would hold the output pipes
  open (the run would never see end-of-file) and could still hold files the next sample needs, so
  samples would not be independent. On Windows the sample runs in a new process group; on timeout
  it gets CTRL_BREAK, then ``taskkill /T /F``. Windows offers no group kill once the leader has
  exited (``taskkill /T`` walks the tree from a living root), so leftovers of a sample that exited
  by itself are not reached there. A process that left the group (``setsid``, a daemon) is out of
  reach on both; if it still holds a pipe, reading stops `PIPE_GRACE_S` after the leader is gone and
  a note says so in that stream.
* **Output**: stdout and stderr are drained together, each into a `HeadTailBuffer` of
  ``capture_limit`` bytes of head and of tail, so memory stays O(capture_limit) whatever the
  generator prints. On POSIX the calling thread polls both pipes (and, on Linux, a pidfd for the
  leader's exit) with ``select.poll``: no thread to start and join per sample, which on a busy
  machine cost more than the rest of the runner. On Windows, where pipes cannot be polled, a
  thread reads each pipe. ``capture="file"`` or ``"pty"`` hands the child temporary files or
  pseudo-terminals instead of pipes, for programs that refuse a pipe (see `capture.open_capture`).
* **Exit status**: ``exit_code`` is the raw return code, negative on POSIX when a signal ended the
  process (``signal`` is then its number); ``None`` when the process never started or timed out
  (after a timeout, ``signal`` still tells whether SIGTERM or SIGKILL ended the leader).
* A command that cannot be started gives a result with ``error`` set; it never raises.
* ``KeyboardInterrupt`` (or any exception) while waiting kills the tree, then propagates. Ctrl-C
  during the start of the child is held back until the child's pid is known, then acts the same.
"""

from __future__ import annotations

import contextlib
import os
import select
import shlex
import shutil
import signal as signal_module
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import FrameType
from typing import IO, Any

from pytest_genreliability.capture import Capture, PolledReader, Reader, open_capture

__all__ = [
    "PIPE_GRACE_S",
    "TERMINATE_GRACE_S",
    "RunResult",
    "merge_env",
    "run_command",
    "split_command",
]

TERMINATE_GRACE_S = 0.5
"""Seconds between the polite stop (SIGTERM / CTRL_BREAK) and the kill on timeout."""

PIPE_GRACE_S = 1.0
"""Seconds to wait for end-of-file on the pipes once the sample's process tree is gone."""

_POLL_PIPES = sys.platform != "win32" and hasattr(select, "poll")
"""Read the pipes with ``select.poll`` in the calling thread; else a thread per pipe."""

Command = str | Sequence[str | os.PathLike[str]]


@dataclass(frozen=True)
class RunResult:
    """What one run of a command did. Plain data; `ok` and `output` are derived."""

    command: tuple[str, ...]
    exit_code: int | None
    signal: int | None
    timed_out: bool
    duration_s: float
    stdout: str
    stderr: str
    stdout_dropped: int
    stderr_dropped: int
    error: str | None

    @property
    def ok(self) -> bool:
        """The command started, was not timed out, and exited with status 0."""
        return self.error is None and not self.timed_out and self.exit_code == 0

    @property
    def output(self) -> str:
        """stdout, then stderr (each ending with a newline when both are present)."""
        if not self.stdout or not self.stderr:
            return self.stdout + self.stderr
        separator = "" if self.stdout.endswith("\n") else "\n"
        return f"{self.stdout}{separator}{self.stderr}"


def split_command(command: Command, *, shell: bool = False) -> tuple[str, ...]:
    """The argv that runs `command`.

    A string is split like the platform splits a command line: `shlex.split` (POSIX shell words,
    quotes removed) on POSIX; on Windows the Microsoft C runtime rules (`split_windows`), which
    `subprocess.list2cmdline` inverts, so the child receives the words the string meant. A
    sequence is taken as the argv. With ``shell=True`` the result is the platform shell's argv:
    ``("/bin/sh", "-c", line)`` or ``(%COMSPEC%, "/c", line)``, a sequence being joined into the
    line with `shlex.join` / `subprocess.list2cmdline`.
    """
    if isinstance(command, str):
        if shell:
            return _shell_argv(command)
        return split_windows(command) if sys.platform == "win32" else tuple(shlex.split(command))
    argv = tuple(os.fspath(arg) for arg in command)
    if not shell:
        return argv
    if sys.platform == "win32":
        return _shell_argv(subprocess.list2cmdline(argv))
    return _shell_argv(shlex.join(argv))


def split_windows(line: str) -> tuple[str, ...]:
    """Split a Windows command line as the Microsoft C runtime builds ``argv``.

    Rules from "Parsing C++ command-line arguments" (Microsoft Learn): the first word (the
    program) ends at unquoted whitespace and its quotes only group; in later words, ``2n``
    backslashes before a quote give ``n`` backslashes and the quote toggles quoting, ``2n+1`` give
    ``n`` and a literal quote, other backslashes are literal. Inside quotes, ``""`` gives a
    literal quote and ends the quoted part, as the current table of that page shows (runtimes have
    differed on this case; `subprocess.list2cmdline` never writes it).
    """
    argv: list[str] = []
    position, length = 0, len(line)
    while position < length and line[position] in " \t":
        position += 1
    if position == length:
        return ()
    word: list[str] = []
    quoted = False
    while position < length and (quoted or line[position] not in " \t"):
        if line[position] == '"':
            quoted = not quoted
        else:
            word.append(line[position])
        position += 1
    argv.append("".join(word))
    while True:
        while position < length and line[position] in " \t":
            position += 1
        if position == length:
            return tuple(argv)
        word, quoted = [], False
        while position < length and (quoted or line[position] not in " \t"):
            backslashes = 0
            while position < length and line[position] == "\\":
                backslashes += 1
                position += 1
            if position < length and line[position] == '"':
                word.append("\\" * (backslashes // 2))
                if backslashes % 2:
                    word.append('"')
                elif quoted and line[position + 1 : position + 2] == '"':
                    word.append('"')
                    position += 1
                    quoted = False
                else:
                    quoted = not quoted
                position += 1
            else:
                word.append("\\" * backslashes)
                if position < length and (quoted or line[position] not in " \t"):
                    word.append(line[position])
                    position += 1
        argv.append("".join(word))


def merge_env(
    overlay: Mapping[str, str | None] | None, base: Mapping[str, str] | None = None
) -> dict[str, str]:
    """``base`` (default ``os.environ``) updated by ``overlay``; a ``None`` value removes the name.

    On Windows names are case-insensitive, so an overlay name replaces any spelling of it.
    """
    merged = dict(os.environ if base is None else base)
    for name, value in (overlay or {}).items():
        if sys.platform == "win32":
            for existing in [key for key in merged if key.upper() == name.upper()]:
                del merged[existing]
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = value
    return merged


def run_command(
    command: Command,
    *,
    cwd: str | os.PathLike[str] | None = None,
    env: Mapping[str, str | None] | None = None,
    timeout: float | None = None,
    shell: bool = False,
    capture_limit: int = 64 * 1024,
    stdin: int | IO[Any] | None = subprocess.DEVNULL,
    capture: str = "pipe",
) -> RunResult:
    """Run `command` once and describe what happened (see the module docstring for the rules)."""
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    if capture_limit < 0:
        raise ValueError(f"capture_limit must be >= 0, got {capture_limit}")
    argv = split_command(command, shell=shell)
    if not argv:
        return _not_started(argv, "empty command", "genreliability: empty command\n")
    environment = merge_env(env)
    if sys.platform == "win32" and not shell:
        argv = _resolve_windows_program(argv, environment)
    streams = open_capture(capture, capture_limit)
    interrupts = _HeldInterrupts()
    started = time.perf_counter()
    try:
        process = _spawn(argv, cwd, environment, shell, stdin, streams)
    except BaseException as exc:
        streams.discard()
        interrupted = interrupts.end()
        if not isinstance(exc, OSError):
            raise
        if interrupted:
            raise KeyboardInterrupt from None
        error, detail = _start_failure(argv[0], cwd, exc)
        return _not_started(argv, error, f"genreliability: could not start {argv[0]!r}: {detail}\n")
    streams.started()
    supervise = _supervise_polled if _POLL_PIPES else _supervise_threaded
    ended = supervise(process, timeout, streams, started, interrupts)
    returncode = ended.returncode
    signal_number = -returncode if returncode < 0 and sys.platform != "win32" else None
    (stdout, stdout_dropped), (stderr, stderr_dropped) = ended.outputs
    return RunResult(
        command=argv,
        exit_code=None if ended.timed_out else returncode,
        signal=signal_number,
        timed_out=ended.timed_out,
        duration_s=ended.duration_s,
        stdout=stdout,
        stderr=stderr,
        stdout_dropped=stdout_dropped,
        stderr_dropped=stderr_dropped,
        error=None,
    )


@dataclass(frozen=True)
class _Ended:
    """How a started process ended, and what it wrote (text, bytes dropped) on stdout, stderr."""

    returncode: int
    timed_out: bool
    duration_s: float
    outputs: list[tuple[str, int]]


class _HeldInterrupts:
    """Ctrl-C held back while a child starts, until the runner is able to kill it.

    A KeyboardInterrupt raised inside `subprocess.Popen` after the fork loses the child's pid (on
    a loaded machine the parent can resume from ``vfork`` long after the child started, and the
    signal lands then), so the sample's tree would run on unsupervised. While held, SIGINT is
    only counted; `end` restores the handler and says whether one came, for the caller to raise
    KeyboardInterrupt where the tree can be killed. Only the default handler in the main thread
    is replaced: no other thread gets KeyboardInterrupt, and a handler of the caller's own is
    left alone.
    """

    def __init__(self) -> None:
        self._count = 0
        self._previous: Any = None
        self._holding = (
            threading.current_thread() is threading.main_thread()
            and signal_module.getsignal(signal_module.SIGINT) is signal_module.default_int_handler
        )
        if self._holding:
            self._previous = signal_module.signal(signal_module.SIGINT, self._hold)

    def _hold(self, signal_number: int, frame: FrameType | None) -> None:
        self._count += 1

    def end(self) -> bool:
        """Stop holding (once; later calls do nothing) and say whether SIGINT came meanwhile."""
        if not self._holding:
            return False
        self._holding = False
        # signal.signal runs the handlers of signals already received before it changes one.
        signal_module.signal(signal_module.SIGINT, self._previous)
        return self._count > 0


def _supervise_polled(
    process: subprocess.Popen[bytes],
    timeout: float | None,
    capture: Capture,
    started: float,
    interrupts: _HeldInterrupts,
) -> _Ended:
    """Wait for the process while reading its pipes, all in this thread (POSIX)."""
    pidfd: int | None = None
    pipes: PolledReader | None = None
    try:
        if interrupts.end():
            raise KeyboardInterrupt
        pipes = capture.polled(process)
        pidfd = _open_pidfd(process)
        timed_out = not _await_leader(process, pipes, pidfd, timeout)
        if timed_out:
            _signal_group(process.pid, signal_module.SIGTERM)
            if not _await_leader(process, pipes, pidfd, TERMINATE_GRACE_S):
                _kill_tree_now(process)
                _await_leader(process, pipes, pidfd, None)
        duration = time.perf_counter() - started
        _kill_leftovers(process)
        returncode = process.wait()
    except BaseException:
        _abandon(process, interrupts)
        if pipes is not None:
            pipes.close()
        capture.discard(process)
        raise
    finally:
        if pidfd is not None:
            os.close(pidfd)
    return _Ended(returncode, timed_out, duration, pipes.finish(PIPE_GRACE_S))


def _open_pidfd(process: subprocess.Popen[bytes]) -> int | None:
    """A descriptor that becomes readable when the leader exits, without reaping it (Linux).

    An unreaped leader is a zombie that keeps its process group id from being reused, so the
    group kills that follow its exit cannot hit an unrelated group.
    """
    if sys.platform != "linux":
        return None
    try:
        return os.pidfd_open(process.pid)
    except OSError:  # kernel older than 5.3, or a sandbox that forbids the call
        return None


def _await_leader(
    process: subprocess.Popen[bytes],
    pipes: PolledReader,
    pidfd: int | None,
    timeout: float | None,
) -> bool:
    """Read the pipes until the leader exits (True) or `timeout` runs out (False)."""
    if pidfd is not None:
        return pipes.pump(timeout, wake_fd=pidfd)
    # Nothing to poll for the exit itself: read until the pipes close, checking the leader (which
    # reaps it) between waits that grow from 1 ms to 50 ms, then wait for it outright.
    deadline = None if timeout is None else time.monotonic() + timeout
    pause = 0.001
    while process.poll() is None:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            return False
        if not pipes.is_reading:
            try:
                process.wait(left)
            except subprocess.TimeoutExpired:
                return False
            return True
        pipes.pump(pause if left is None else min(pause, left))
        pause = min(2 * pause, 0.05)
    return True


def _supervise_threaded(
    process: subprocess.Popen[bytes],
    timeout: float | None,
    capture: Capture,
    started: float,
    interrupts: _HeldInterrupts,
) -> _Ended:
    """Wait for the process while a thread per pipe reads it (Windows)."""
    pipes: Reader | None = None
    try:
        if interrupts.end():
            raise KeyboardInterrupt
        pipes = capture.threaded(process)
        timed_out = not _wait_for_exit(process, timeout)
        if timed_out:
            _terminate_tree(process)
        duration = time.perf_counter() - started
        _kill_leftovers(process)
        returncode = process.wait()
    except BaseException:
        _abandon(process, interrupts)
        if pipes is None:  # else the reading threads close them at end-of-file
            capture.discard(process)
        raise
    return _Ended(returncode, timed_out, duration, pipes.finish(PIPE_GRACE_S))


def _abandon(process: subprocess.Popen[bytes], interrupts: _HeldInterrupts) -> None:
    """Kill the tree of a run that an exception (KeyboardInterrupt, most likely) cut short."""
    interrupts.end()
    _kill_tree_now(process)
    with contextlib.suppress(Exception):
        process.wait(timeout=PIPE_GRACE_S)


def _shell_argv(line: str) -> tuple[str, ...]:
    if sys.platform == "win32":
        return (os.environ.get("COMSPEC", "cmd.exe"), "/c", line)
    return ("/bin/sh", "-c", line)


def _resolve_windows_program(
    argv: tuple[str, ...], environment: Mapping[str, str]
) -> tuple[str, ...]:
    """Find ``prisma`` as ``prisma.cmd`` on PATH: CreateProcess tries only ``.exe`` by itself."""
    program = argv[0]
    if os.path.dirname(program):
        return argv
    path = next((value for name, value in environment.items() if name.upper() == "PATH"), None)
    found = shutil.which(program, path=path)
    return (found, *argv[1:]) if found else argv


def _spawn(
    argv: tuple[str, ...],
    cwd: str | os.PathLike[str] | None,
    environment: dict[str, str],
    shell: bool,
    stdin: int | IO[Any] | None,
    capture: Capture,
) -> subprocess.Popen[bytes]:
    if sys.platform == "win32":
        # cmd.exe parses its own command line, not by C runtime rules: let subprocess build it.
        return subprocess.Popen(
            argv[2] if shell else list(argv),
            shell=shell,
            stdin=stdin,
            stdout=capture.stdout,
            stderr=capture.stderr,
            cwd=cwd,
            env=environment,
            bufsize=0,
            creationflags=subprocess.CREATE_NEW_PROCESS_GROUP,
        )
    return subprocess.Popen(
        list(argv),
        stdin=stdin,
        stdout=capture.stdout,
        stderr=capture.stderr,
        cwd=cwd,
        env=environment,
        bufsize=0,
        start_new_session=True,
    )


def _start_failure(
    program: str, cwd: str | os.PathLike[str] | None, exc: OSError
) -> tuple[str, str]:
    """(``error`` for the result, detail for the stderr line) for a failed start."""
    reason = exc.strerror or str(exc)
    # CreateProcess names no file when the directory is missing: ERROR_DIRECTORY (267) says it.
    bad_directory = getattr(exc, "winerror", None) == 267
    if cwd is not None and (
        bad_directory or (exc.filename is not None and os.fspath(exc.filename) == os.fspath(cwd))
    ):
        where = f"working directory {os.fspath(cwd)!r}"
        return f"working directory not usable: {os.fspath(cwd)!r} ({reason})", f"{reason}: {where}"
    if isinstance(exc, FileNotFoundError):
        return f"command not found: {program!r} ({reason})", reason
    if isinstance(exc, PermissionError):
        return f"command not executable: {program!r} ({reason})", reason
    return f"could not start {program!r} ({reason})", reason


def _not_started(argv: tuple[str, ...], error: str, stderr: str) -> RunResult:
    return RunResult(
        command=argv,
        exit_code=None,
        signal=None,
        timed_out=False,
        duration_s=0.0,
        stdout="",
        stderr=stderr,
        stdout_dropped=0,
        stderr_dropped=0,
        error=error,
    )


def _wait_for_exit(process: subprocess.Popen[bytes], timeout: float | None) -> bool:
    """Whether the leader exited within `timeout`.

    On Linux this waits on a pidfd and does not reap the leader: as a zombie it keeps its process
    group id from being reused, so the group kill that follows cannot hit an unrelated group.
    """
    if process.returncode is not None:
        return True
    pidfd = _open_pidfd(process)
    if pidfd is not None and sys.platform != "win32":
        try:
            poller = select.poll()
            poller.register(pidfd, select.POLLIN)
            return bool(poller.poll(None if timeout is None else timeout * 1000))
        finally:
            os.close(pidfd)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        return False
    return True


def _terminate_tree(process: subprocess.Popen[bytes]) -> None:
    """Stop a sample that ran out of time: politely, then by force after `TERMINATE_GRACE_S`."""
    if sys.platform == "win32":
        with contextlib.suppress(OSError):
            os.kill(process.pid, signal_module.CTRL_BREAK_EVENT)
        if not _wait_for_exit(process, TERMINATE_GRACE_S):
            _kill_tree_now(process)
        return
    _signal_group(process.pid, signal_module.SIGTERM)
    _wait_for_exit(process, TERMINATE_GRACE_S)
    _signal_group(process.pid, signal_module.SIGKILL)


def _kill_leftovers(process: subprocess.Popen[bytes]) -> None:
    if sys.platform != "win32":
        _signal_group(process.pid, signal_module.SIGKILL)


def _kill_tree_now(process: subprocess.Popen[bytes]) -> None:
    if sys.platform == "win32":
        taskkill = os.path.join(
            os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32", "taskkill.exe"
        )
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                [taskkill, "/T", "/F", "/PID", str(process.pid)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=10,
                check=False,
            )
        with contextlib.suppress(OSError):
            process.kill()
        return
    _signal_group(process.pid, signal_module.SIGKILL)


def _signal_group(pgid: int, signal_number: int) -> None:
    if sys.platform != "win32":
        # ESRCH: the group is already empty. EPERM: macOS, when only zombies are left.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal_number)
