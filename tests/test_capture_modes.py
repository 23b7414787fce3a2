"""Capture modes: pipes, temporary files and pseudo-terminals as a generator's stdout and stderr."""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from pytest_genreliability import capture, runner
from pytest_genreliability.capture import PTY_FALLBACK_NOTE, SpooledFiles, open_capture
from pytest_genreliability.runner import run_command
from pytest_genreliability.values import parse_capture

MODES = ["pipe", "file", "pty"]
READINGS = ["poll", "poll without pidfd", "threads"]

# A program that, like Windows node.exe under Wine, dies when its stdout or stderr is a pipe.
REFUSES_PIPES = textwrap.dedent(
    """
    import os, stat, sys
    for fd in (1, 2):
        if stat.S_ISFIFO(os.fstat(fd).st_mode):
            os.write(2, b"Error: open EBADF (a pipe on fd %d)\\n" % fd)
            sys.exit(1)
    print("written through a", "terminal" if os.isatty(1) else "file")
    print("to stderr", file=sys.stderr)
    """
)


def use_reading(reading: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if reading == "threads":
        monkeypatch.setattr(runner, "_POLL_PIPES", False)
        return
    if not runner._POLL_PIPES:
        pytest.skip("select.poll cannot wait on pipes on this platform")
    if reading == "poll without pidfd":

        def no_pidfd(pid: int, flags: int = 0) -> int:
            raise OSError(errno.ENOSYS, os.strerror(errno.ENOSYS))

        monkeypatch.setattr(os, "pidfd_open", no_pidfd, raising=False)


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


@pytest.mark.parametrize("reading", READINGS)
@pytest.mark.parametrize("mode", MODES)
def test_each_mode_keeps_streams_apart_and_bounds_memory(
    mode: str, reading: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "pty" and sys.platform == "win32":
        pytest.skip("no pseudo-terminal on Windows (falls back to file, tested apart)")
    use_reading(reading, monkeypatch)
    code = (
        "import sys; sys.stdout.write('A' * 1000 + 'middle' + 'Z' * 1000 + '\\n'); "
        "sys.stdout.flush(); sys.stderr.write('err line\\n'); sys.exit(3)"
    )
    result = run_command(python(code), capture=mode, capture_limit=100)
    assert result.exit_code == 3
    assert result.stdout.startswith("A" * 100 + "\n[... 1807 bytes dropped ...]\n")
    assert result.stdout.endswith("Z" * 99 + "\n")  # no "\r\n" from a terminal either
    assert result.stdout_dropped == 1807
    assert result.stderr == "err line\n"


@pytest.mark.parametrize("mode", ["file", "pty"])
def test_a_program_that_refuses_pipes_runs_with_file_or_pty(mode: str) -> None:
    refused = run_command(python(REFUSES_PIPES))
    assert refused.exit_code == 1 and "EBADF" in refused.stderr
    result = run_command(python(REFUSES_PIPES), capture=mode)
    assert result.ok, result.output
    expected = "terminal" if mode == "pty" and sys.platform != "win32" else "file"
    assert result.stdout == f"written through a {expected}\n"
    assert result.stderr == "to stderr\n"


@pytest.mark.parametrize("mode", ["file", "pty"])
def test_timeout_kills_the_tree_in_every_mode(mode: str) -> None:
    result = run_command(
        python("import time; print('started', flush=True); time.sleep(30)"),
        capture=mode,
        timeout=0.5,
    )
    assert result.timed_out and result.exit_code is None
    assert result.duration_s < 10
    assert result.stdout == "started\n"


def test_file_capture_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    code = "import os; print(sorted(os.listdir(os.environ['SPOOL_DIR'])))"
    result = run_command(python(code), capture="file", env={"SPOOL_DIR": str(tmp_path)})
    assert result.ok, result.output
    if sys.platform != "win32":  # the files have no name at all on POSIX
        assert result.stdout == "[]\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="files are emptied only where pread exists")
def test_spooled_file_is_emptied_past_the_disk_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(capture, "SPOOL_LIMIT", 1000)
    with tempfile.TemporaryFile(buffering=0) as out, tempfile.TemporaryFile(buffering=0) as err:
        spool = SpooledFiles([out, err], 10)
        out.write(b"head......" + b"x" * 2490)  # past the bound: read, then emptied
        assert spool.pump(0.0) is False
        assert os.fstat(out.fileno()).st_size == 0
        out.write(b"y" * 500 + b"tail......")  # under the bound: kept on disk until the end
        spool.pump(0.0)
        assert os.fstat(out.fileno()).st_size == 510
        (stdout, dropped), (stderr, _) = spool.finish(0.0)
    assert dropped == 3010 - 20
    assert stdout == "head......\n[... 2990 bytes dropped ...]\ntail......"
    assert stderr == ""


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal is what falls back")
def test_pty_falls_back_to_files_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(capture, "_HAS_PTY", False)
    streams = open_capture("pty", 100)
    assert streams.mode == "file"
    streams.discard()
    result = run_command(python("import sys; print('x', file=sys.stderr)"), capture="pty")
    assert result.stderr == PTY_FALLBACK_NOTE + "x\n"


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="pipe, file, pty"):
        run_command(python("pass"), capture="socket")
    assert parse_capture(" FILE ") == "file"
    with pytest.raises(ValueError, match="got 'tty'"):
        parse_capture("tty")


def test_ini_marker_and_gen_run_choose_the_capture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        refuses_pipes=REFUSES_PIPES,
        test_capture=f"""
        import sys
        import pytest

        CMD = [sys.executable, {str(pytester.path / "refuses_pipes.py")!r}]

        def test_ini(gen_run):
            gen_run(CMD)

        @pytest.mark.genreliability(capture="pipe")
        def test_marker(gen_run):
            gen_run(CMD)

        @pytest.mark.genreliability(capture="pipe")
        def test_call(gen_run):
            gen_run(CMD, capture="file")
        """,
    )
    pytester.makeini("[pytest]\ngen_capture = file\n")
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*_ test_marker _*", "generator failed*", "*EBADF*"])


def test_bad_capture_values_name_their_source(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_x(): pass")
    pytester.makeini("[pytest]\ngen_capture = socket\n")
    result = pytester.runpytest()
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*ini option gen_capture*expected one of pipe, file, pty*"])


def test_the_configured_subject_uses_gen_capture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(refuses_pipes=REFUSES_PIPES)
    pytester.makeini(
        f"[pytest]\ngen_command = {sys.executable} refuses_pipes.py\ngen_capture = pty\n"
    )
    result = pytester.runpytest("--gen-samples=2", "-p", "no:randomly")
    result.assert_outcomes(passed=2)
