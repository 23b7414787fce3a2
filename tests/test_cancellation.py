"""Cancellation and lost workers: nothing started is left running, nothing measured is lost."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_runner import kill_if_alive, process_gone

from pytest_genreliability import xdist_scheduling

HOLD_SAMPLE = str(Path(__file__).parent / "helpers" / "hold_sample.py")
SESSION_BOUND_S = 120  # a hang is forever; a loaded 2-core machine is slow, not that slow

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def held_test(pytester: pytest.Pytester, index: int, action: str) -> Path:
    """A generator test whose sample `index` writes its pid to the returned path and holds."""
    pid_file = pytester.path / "generator.pid"
    pytester.makepyfile(
        test_hold=f"""
        import sys

        def test_hold(gen_run):
            gen_run([sys.executable, {HOLD_SAMPLE!r}, {str(pid_file)!r}, "{index}", "{action}"])
        """
    )
    return pid_file


def wait_for(path: Path, process: subprocess.Popen[bytes], within: float = 60) -> int:
    deadline = time.monotonic() + within
    while not path.exists():
        assert process.poll() is None, "pytest ended before the held sample started"
        assert time.monotonic() < deadline, "the held sample did not start"
        time.sleep(0.05)
    return int(path.read_text())


@posix_only
@pytest.mark.parametrize(
    ("signal_name", "workers"), [("SIGTERM", "0"), ("SIGHUP", "0"), ("SIGTERM", "2")]
)
def test_termination_signal_ends_the_sample_and_keeps_the_run(
    pytester: pytest.Pytester, signal_name: str, workers: str
) -> None:
    """SIGTERM/SIGHUP to pytest: the generator is ended, the report, JSON and saved run remain.

    With workers the signal goes to the controller only (as ``kill PID`` or a CI runner that
    signals its child sends it); the controller passes it on.
    """
    pid_file = held_test(pytester, 2, "wait")
    args = ["-n", workers, "--gen-samples=3", "--gen-json=out.json", "--gen-save=cut"]
    with pytester.popen(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "--gen-kill-grace=5", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    ) as process:
        generator = wait_for(pid_file, process)
        try:
            process.send_signal(getattr(signal, signal_name))
            output, _ = process.communicate(timeout=SESSION_BOUND_S)
            assert process_gone(generator), "the generator outlived the cancelled session"
        finally:
            kill_if_alive(generator)
            if process.poll() is None:
                process.kill()
    text = output.decode(errors="replace")
    assert process.returncode == pytest.ExitCode.INTERRUPTED, text
    assert "interrupted (not in the pass rate)" in text
    subject = json.loads((pytester.path / "out.json").read_text())["subjects"][0]
    outcomes = sorted(r["outcome"] for r in subject["records"])
    assert "interrupted" in outcomes and "crashed" not in outcomes, outcomes
    # the held sample; with workers, another worker's next sample may be cut short as well
    [record] = [r for r in subject["records"] if r["index"] == 2]
    assert record["outcome"] == "interrupted"
    assert list((pytester.path / ".genreliability").glob("*_cut_*.json")), "the run was not saved"


@posix_only
def test_interrupt_ends_every_copy_of_a_concurrency_sample(pytester: pytest.Pytester) -> None:
    """The copies run on threads of their own, which an interrupt does not reach by itself."""
    pid_file = held_test(pytester, 1, "wait")
    args = ["--gen-samples=1", "--gen-concurrency=2", "--gen-kill-grace=5"]
    with pytester.popen(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "-n", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    ) as process:
        copies = [wait_for(Path(f"{pid_file}.{copy}"), process) for copy in (1, 2)]
        try:
            process.send_signal(signal.SIGTERM)
            output, _ = process.communicate(timeout=SESSION_BOUND_S)
            for pid in copies:
                assert process_gone(pid), "a copy outlived the interrupt"
        finally:
            for pid in copies:
                kill_if_alive(pid)
            if process.poll() is None:
                process.kill()
    assert b"1 interrupted (not in the pass rate)" in output, output.decode(errors="replace")


@posix_only
@pytest.mark.parametrize("dist", ["loadscope", "loadgroup", "loadfile"])
def test_a_killed_worker_does_not_hang_the_session(pytester: pytest.Pytester, dist: str) -> None:
    """A worker SIGKILLed mid-sample: the session ends, the sample counts as crashed (once),
    and the guard ends the generator the worker left behind."""
    pid_file = held_test(pytester, 2, "kill-parent")
    result = _run_until_killed(
        pytester,
        pid_file,
        "the killed worker's generator survived",
        *("-n", "2", f"--dist={dist}", "--gen-samples=6", "--gen-json=out.json"),
    )
    subject = json.loads((pytester.path / "out.json").read_text())["subjects"][0]
    outcomes = sorted(r["outcome"] for r in subject["records"])
    assert outcomes == ["crashed"] + ["passed"] * 5, result.stdout.str()


@posix_only
def test_a_run_that_kills_pytest_before_it_is_listed_is_still_ended(
    pytester: pytest.Pytester,
) -> None:
    """The guard exists before the run starts: a run that kills pytest at once, before pytest
    listed it with the guard (held here for two seconds at that point), is still ended."""
    pid_file = held_test(pytester, 1, "kill-parent")
    pytester.makeconftest(
        """
        import time
        from pytest_genreliability import runner

        listed = runner._GUARD.add

        def list_late(tree):
            time.sleep(2)  # the run kills this process meanwhile
            listed(tree)

        runner._GUARD.add = list_late
        """
    )
    _run_until_killed(
        pytester,
        pid_file,
        "the generator outlived the killed pytest",
        *("-n", "0", "--gen-samples=1"),
    )


def _run_until_killed(
    pytester: pytest.Pytester, pid_file: Path, survived: str, *args: str
) -> pytest.RunResult:
    """A session whose process is killed under a held generator (``held_test``): the generator
    whose pid it wrote must be gone within ten seconds (``survived`` says so if not); a
    survivor is killed, whatever the assertion said."""
    try:
        result = pytester.runpytest_subprocess(
            "-p", "no:randomly", "--gen-kill-grace=1", *args, timeout=SESSION_BOUND_S
        )
        generator = int(pid_file.read_text())
        assert process_gone(generator, within=10), survived
    finally:
        if pid_file.exists():
            kill_if_alive(int(pid_file.read_text()))
    return result


@pytest.mark.parametrize(
    ("version", "affected"),
    [("3.8.0", True), ("3.5.0", True), ("3.9.0", False), ("3.10.1", False), ("4.0.0rc1", False)],
)
def test_only_xdist_releases_without_the_fix_get_the_fixed_scheduler(
    version: str, affected: bool
) -> None:
    assert xdist_scheduling.needs_fix(version) is affected


@pytest.mark.parametrize(
    ("args", "ini", "message"),
    [
        (["--gen-kill-grace=-1"], "", "--gen-kill-grace: expected seconds >= 0*-1*"),
        (["--gen-kill-grace=soon"], "", "--gen-kill-grace: expected seconds >= 0*soon*"),
        ([], "gen_kill_grace = forever", "ini option gen_kill_grace*expected seconds >= 0*"),
    ],
)
def test_a_bad_kill_grace_is_a_usage_error(
    pytester: pytest.Pytester, args: list[str], ini: str, message: str
) -> None:
    pytester.makeini(f"[pytest]\n{ini}\n")
    pytester.makepyfile(test_x="def test_x():\n    pass\n")
    result = pytester.runpytest("--gen-samples=2", *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"*{message}"])


@pytest.mark.parametrize(("grace", "ended_by"), [("0", "SIGKILL"), ("30", "SIGTERM")])
def test_the_record_says_which_signal_ended_a_timed_out_sample(
    pytester: pytest.Pytester, grace: str, ended_by: str
) -> None:
    pytester.makeini(f"[pytest]\ngen_kill_grace = {grace}\n")
    pytester.makepyfile(
        test_slow="""
        import sys

        def test_slow(gen_run):
            gen_run([sys.executable, "-c", "import time; time.sleep(60)"], timeout=0.2)
        """
    )
    result = pytester.runpytest("--gen-samples=1", "--gen-json=out.json", "-v")  # full failure text
    result.stdout.fnmatch_lines([f"*timed out after *s (process tree ended by {ended_by})*"])
    [record] = json.loads((pytester.path / "out.json").read_text())["subjects"][0]["records"]
    assert record["outcome"] == "timeout"
    assert record["extra"]["ended_by"] == ended_by
