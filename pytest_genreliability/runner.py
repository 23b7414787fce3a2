"""Run one sample of a generator: bounded output capture, a timeout, and a whole-tree kill.

Decisions a caller can rely on:

* **No shell** unless ``shell=True``. A string command is split into an argv (`split_command`), so
  ``;``, ``|`` and ``$HOME`` in it reach the program literally.
* **Environment**: ``env`` overlays ``os.environ``; a value of ``None`` removes the variable.
* **Process tree**: on POSIX the sample runs in a new session (its own process group), and its
  environment carries a mark of its own (`treekill.TOKEN_VAR`) that its descendants inherit.
  Ending the tree (on timeout, on interrupt, and for whatever is left once the leader exited by
  itself) is graceful, then firm: SIGTERM to the group and to every marked process that left it
  (found on Linux), up to ``kill_grace`` seconds for cleanup handlers, then SIGKILL
  (`treekill.stop`). Leftovers are ended because a grandchild left behind would hold the output
  pipes open (the run would never see end-of-file) and could still hold files the next sample
  needs, so samples would not be independent. ``ended_by`` says which signal it took and
  ``unreached`` how many processes could not be ended. On Windows the sample runs in a new process
  group; on timeout or interrupt it gets CTRL_BREAK, then ``taskkill /T /F`` after the grace
  period. Windows offers no group kill once the leader has exited (``taskkill /T`` walks the tree
  from a living root), so leftovers of a sample that exited by itself are not reached there, nor
  are processes that left the group on macOS. If such a process still holds a pipe, reading
  stops `PIPE_GRACE_S` after the leader is gone and a note says so in that stream.
* **Guard**: once `guard_process_trees` was called, a small guard process watches this one and,
  when it dies for any reason (SIGKILL included), ends the trees of the runs still going
  (`treekill.guard_main`).
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
* ``KeyboardInterrupt`` (or any exception) while waiting ends the tree, then propagates. Ctrl-C
  (and SIGTERM/SIGHUP when their handler is `raise_keyboard_interrupt`) during the start of the
  child is held back until the child's pid is known, then acts the same.
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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import FrameType
from typing import IO, Any

from pytest_genreliability import choices, treekill
from pytest_genreliability.capture import Capture, PolledReader, Reader, open_capture

__all__ = [
    "KILL_GRACE_S",
    "PIPE_GRACE_S",
    "RunResult",
    "end_running",
    "guard_process_trees",
    "merge_env",
    "raise_keyboard_interrupt",
    "run_command",
    "split_command",
    "unguard_process_trees",
]

KILL_GRACE_S = choices.KILL_GRACE_S
"""Default seconds between the polite stop (SIGTERM / CTRL_BREAK) and the kill."""

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
    ended_by: str | None = None
    """The signal that ended what the runner had to end (``"SIGTERM"``, ``"SIGKILL"``; on Windows
    ``"CTRL_BREAK_EVENT"``, ``"taskkill"``); None when the tree ended by itself."""
    unreached: int = 0
    """Processes of the run still alive after SIGKILL (or, where they cannot be listed, groups)."""

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
    kill_grace: float = KILL_GRACE_S,
) -> RunResult:
    """Run `command` once and describe what happened (see the module docstring for the rules)."""
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    if not kill_grace >= 0:
        raise ValueError(f"kill_grace must be >= 0 seconds, got {kill_grace!r}")
    if capture_limit < 0:
        raise ValueError(f"capture_limit must be >= 0, got {capture_limit}")
    argv = split_command(command, shell=shell)
    if not argv:
        return _not_started(argv, "empty command", "genreliability: empty command\n")
    environment = merge_env(env)
    token = treekill.new_token()
    environment[treekill.TOKEN_VAR] = token
    if sys.platform == "win32" and not shell:
        argv = _resolve_windows_program(argv, environment)
    streams = open_capture(capture, capture_limit)
    interrupts = _HeldInterrupts()
    _GUARD.ready()  # before the run exists: it may kill this process before `add` below
    started = time.perf_counter()
    try:
        process = _spawn(argv, cwd, environment, shell, stdin, streams)
    except BaseException as exc:
        streams.discard()
        interrupted = interrupts.end()
        if not isinstance(exc, OSError):
            raise
        if interrupted:
            raise interrupts.interrupt() from None
        error, detail = _start_failure(argv[0], cwd, exc)
        return _not_started(argv, error, f"genreliability: could not start {argv[0]!r}: {detail}\n")
    streams.started()
    tree = treekill.Tree(process.pid, token, treekill.start_ticks(process.pid))
    _GUARD.add(tree)
    supervise = _supervise_polled if _POLL_PIPES else _supervise_threaded
    try:
        ended = supervise(process, tree, timeout, kill_grace, streams, started, interrupts)
    finally:
        _GUARD.discard(tree)
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
        ended_by=ended.ending.ended_by,
        unreached=ended.ending.unreached,
    )


@dataclass(frozen=True)
class _Ended:
    """How a started process ended, and what it wrote (text, bytes dropped) on stdout, stderr."""

    returncode: int
    timed_out: bool
    duration_s: float
    outputs: list[tuple[str, int]]
    ending: treekill.Ending


def raise_keyboard_interrupt(signal_number: int, frame: FrameType | None) -> None:
    """A signal handler that turns SIGTERM or SIGHUP into what Ctrl-C raises.

    Installed by a caller that wants cancellation to take the Ctrl-C path: the run's tree is
    ended and the interrupt propagates. The runner holds these signals back during a child's start
    as it does SIGINT (see `_HeldInterrupts`).
    """
    raise KeyboardInterrupt(signal_module.Signals(signal_number).name)


_HOLDABLE = tuple(
    getattr(signal_module, name)
    for name in ("SIGINT", "SIGTERM", "SIGHUP")
    if hasattr(signal_module, name)
)


class _HeldInterrupts:
    """Ctrl-C held back while a child starts, until the runner is able to end it.

    A KeyboardInterrupt raised inside `subprocess.Popen` after the fork loses the child's pid (on
    a loaded machine the parent can resume from ``vfork`` long after the child started, and the
    signal lands then), so the sample's tree would run on unsupervised. While held, SIGINT (and
    SIGTERM/SIGHUP handled by `raise_keyboard_interrupt`) is only counted; `end` restores the
    handlers and says whether one came, for the caller to raise KeyboardInterrupt where the tree
    can be ended. Only those interrupting handlers in the main thread are replaced: no other
    thread gets KeyboardInterrupt, and a handler of the caller's own is left alone.
    """

    def __init__(self) -> None:
        self._received: list[int] = []
        self._previous: dict[int, Any] = {}
        if threading.current_thread() is not threading.main_thread():
            return
        for number in _HOLDABLE:
            handler = signal_module.getsignal(number)
            if handler is signal_module.default_int_handler or handler is raise_keyboard_interrupt:
                self._previous[number] = signal_module.signal(number, self._hold)

    def _hold(self, signal_number: int, frame: FrameType | None) -> None:
        self._received.append(signal_number)

    def end(self) -> bool:
        """Stop holding (once; later calls do nothing) and say whether a signal came meanwhile."""
        previous, self._previous = self._previous, {}
        # signal.signal runs the handlers of signals already received before it changes one.
        for number, handler in previous.items():
            signal_module.signal(number, handler)
        return bool(self._received)

    def interrupt(self) -> KeyboardInterrupt:
        """The KeyboardInterrupt the first held signal would have raised."""
        first = self._received[0] if self._received else signal_module.SIGINT
        return (
            KeyboardInterrupt()
            if first == signal_module.SIGINT
            else KeyboardInterrupt(signal_module.Signals(first).name)
        )


def _supervise_polled(
    process: subprocess.Popen[bytes],
    tree: treekill.Tree,
    timeout: float | None,
    kill_grace: float,
    capture: Capture,
    started: float,
    interrupts: _HeldInterrupts,
) -> _Ended:
    """Wait for the process while reading its pipes, all in this thread (POSIX)."""
    pidfd: int | None = None
    pipes: PolledReader | None = None
    try:
        if interrupts.end():
            raise interrupts.interrupt()
        pipes = capture.polled(process)
        pidfd = _open_pidfd(process)
        timed_out = not _await_leader(process, pipes, pidfd, timeout)
        duration = time.perf_counter() - started
        ending = treekill.stop([tree], kill_grace, _pumping(pipes))
        if timed_out:
            duration = time.perf_counter() - started
        returncode = process.wait()
    except BaseException:
        _abandon(process, tree, kill_grace, interrupts, pipes)
        if pipes is not None:
            pipes.close()
        capture.discard(process)
        raise
    finally:
        if pidfd is not None:
            os.close(pidfd)
    return _Ended(returncode, timed_out, duration, pipes.finish(PIPE_GRACE_S), ending)


def _pumping(pipes: PolledReader) -> Callable[[float], None]:
    """A pause that keeps reading the pipes, so a process writing while it cleans up goes on."""

    def pause(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        if pipes.is_reading:
            pipes.pump(seconds)
        left = deadline - time.monotonic()
        if left > 0:
            time.sleep(left)

    return pause


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
    tree: treekill.Tree,
    timeout: float | None,
    kill_grace: float,
    capture: Capture,
    started: float,
    interrupts: _HeldInterrupts,
) -> _Ended:
    """Wait for the process while a thread per pipe reads it (Windows)."""
    pipes: Reader | None = None
    try:
        if interrupts.end():
            raise interrupts.interrupt()
        pipes = capture.threaded(process)
        timed_out = not _wait_for_exit(process, timeout)
        duration = time.perf_counter() - started
        ending = _end_tree(process, tree, kill_grace)
        if timed_out:
            duration = time.perf_counter() - started
        returncode = process.wait()
    except BaseException:
        _abandon(process, tree, kill_grace, interrupts, None)
        if pipes is None:  # else the reading threads close them at end-of-file
            capture.discard(process)
        raise
    return _Ended(returncode, timed_out, duration, pipes.finish(PIPE_GRACE_S), ending)


def _abandon(
    process: subprocess.Popen[bytes],
    tree: treekill.Tree,
    kill_grace: float,
    interrupts: _HeldInterrupts,
    pipes: PolledReader | None,
) -> None:
    """End the tree of a run that an exception (KeyboardInterrupt, most likely) cut short.

    Gracefully, as on timeout; a second interrupt during the grace period cuts it short, and the
    tree is then killed at once.
    """
    interrupts.end()
    try:
        if pipes is not None:
            treekill.stop([tree], kill_grace, _pumping(pipes))
        else:
            _end_tree(process, tree, kill_grace)
    finally:
        _kill_tree_now(process, tree)
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


def _end_tree(
    process: subprocess.Popen[bytes], tree: treekill.Tree, kill_grace: float
) -> treekill.Ending:
    """End what is left of the run: `treekill.stop` on POSIX; CTRL_BREAK, then taskkill on Windows.

    On Windows only a living leader can be reached (``taskkill /T`` walks from it).
    """
    if sys.platform != "win32":
        return treekill.stop([tree], kill_grace)
    if process.poll() is not None:
        return treekill.Ending(None, 0)
    if kill_grace > 0:
        with contextlib.suppress(OSError):
            os.kill(process.pid, signal_module.CTRL_BREAK_EVENT)
        if _wait_for_exit(process, kill_grace):
            return treekill.Ending("CTRL_BREAK_EVENT", 0)
    _kill_tree_now(process, tree)
    return treekill.Ending("taskkill", 0 if _wait_for_exit(process, treekill.SETTLE_S) else 1)


def _kill_tree_now(process: subprocess.Popen[bytes], tree: treekill.Tree) -> None:
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
    treekill.stop([tree], 0)


class _Guard:
    """The runs going on in this process, and its guard process (see `guard_process_trees`)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._grace: float | None = None  # set: start at the first run
        self.running: dict[int, treekill.Tree] = {}

    def enable(self, kill_grace: float) -> None:
        self._grace = kill_grace

    def _start(self) -> None:
        kill_grace = self._grace
        if self._process is not None or kill_grace is None or sys.platform == "win32":
            return
        with contextlib.suppress(OSError):
            self._process = subprocess.Popen(
                [sys.executable, "-I", treekill.__file__, str(os.getpid()), repr(kill_grace)],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                bufsize=0,
            )

    def stop(self) -> None:
        with self._lock:
            process, self._process, self._grace = self._process, None, None
        if process is not None:
            assert process.stdin is not None
            with contextlib.suppress(OSError, ValueError):
                process.stdin.write(b"=\n")  # an orderly stop: the guard ends nothing
                process.stdin.close()
            # the guard sweeps, then exits; it is reaped if done, else left to init
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.05)

    def ready(self) -> None:
        """Start the guard now if it is enabled, so that it is there before the run it guards:
        a run killing this process before `add` is still ended (on Linux, by its token)."""
        if self._grace is None:
            return
        with self._lock:
            self._start()

    def add(self, tree: treekill.Tree) -> None:
        self.running[tree.pgid] = tree
        self._send(f"+{tree.pgid}\n")

    def discard(self, tree: treekill.Tree) -> None:
        self.running.pop(tree.pgid, None)
        self._send(f"-{tree.pgid}\n")

    def _send(self, line: str) -> None:
        if self._grace is None:
            return
        with self._lock:
            self._start()
            process = self._process
            if process is None:
                return
            assert process.stdin is not None
            with contextlib.suppress(OSError, ValueError):
                process.stdin.write(line.encode())


_GUARD = _Guard()


def guard_process_trees(kill_grace: float = KILL_GRACE_S) -> None:
    """Start a guard process that ends the trees of runs still going when this process dies.

    A run's tree lives in a session of its own, so nothing ends it when this process is killed
    (SIGKILL, an out-of-memory kill, a crashed pytest-xdist worker). The guard reads a pipe from
    this process; the kernel closes it however this process ends, and the guard then ends every
    run still listed, and on Linux every process marked as one of this process's runs
    (`treekill.guard_main`). POSIX only; one guard per process, started at the first run.
    """
    _GUARD.enable(kill_grace)


def end_running(kill_grace: float = KILL_GRACE_S) -> treekill.Ending:
    """End the trees of every run still going in this process, whichever thread waits on it.

    An interrupt reaches the main thread only: runs waited on by other threads (the copies of a
    concurrency sample) go on unless ended here. POSIX; on Windows each thread's own run is ended
    by that thread once it notices.
    """
    trees = list(_GUARD.running.values())
    if not trees or sys.platform == "win32":
        return treekill.Ending(None, 0)
    return treekill.stop(trees, kill_grace)


def unguard_process_trees() -> None:
    """Let the guard go: it ends what is left (normally nothing) and exits."""
    _GUARD.stop()
