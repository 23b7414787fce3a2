"""The sampling core end to end: inner pytest sessions driven by a deterministic schedule."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path

import pytest
from conftest import scheduled_test

pytestmark = pytest.mark.usefixtures("scheduled_generator")
PYTHON = shlex.quote(sys.executable)


def _subject(document: dict, subject_id: str) -> dict:
    (found,) = [s for s in document["subjects"] if s["id"] == subject_id]
    return found


def test_schedule_gives_counts_interval_and_json(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2,5,9"))
    result = pytester.runpytest("--gen-samples=12", "--gen-json=out.json")
    # failed samples are data: the session passes without a gate
    assert result.ret == 0
    result.assert_outcomes(passed=9, failed=3)
    result.stdout.fnmatch_lines(
        [
            "*= generator reliability =*",
            "*test_gen.py::test_generate*12*9*3*75.0%*46.8-91.1%*",
            "3 of 12 samples failed*the gates decide the exit status*",
        ]
    )
    document = json.loads((pytester.path / "out.json").read_text())
    assert document["schema"] == "genreliability/1"
    subject = _subject(document, "test_gen.py::test_generate")
    assert (subject["samples"], subject["passed"], subject["failed"]) == (12, 9, 3)
    assert subject["ci"]["method"] == "wilson"
    # Wilson 95% interval for 9/12 (Newcombe 1998, method 3 formula): 0.4677-0.9111
    assert subject["ci"]["lower"] == pytest.approx(0.4677, abs=5e-5)
    assert subject["ci"]["upper"] == pytest.approx(0.9111, abs=5e-5)
    records = subject["records"]
    assert [r["index"] for r in records] == list(range(1, 13))
    assert [r["index"] for r in records if r["outcome"] == "failed"] == [2, 5, 9]
    failed = records[1]
    assert failed["exit_code"] == 1
    assert "EPERM" in failed["excerpt"]
    for key in ("outcome", "exit_code", "duration_s", "class", "errno", "operation", "paths"):
        assert key in failed


def test_same_totals_under_xdist(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2,5,9"))
    result = pytester.runpytest_subprocess("--gen-samples=12", "-n", "2", "--gen-json=out.json")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*test_gen.py::test_generate*12*9*3*75.0%*46.8-91.1%*"])
    subject = _subject(
        json.loads((pytester.path / "out.json").read_text()), "test_gen.py::test_generate"
    )
    assert len(subject["records"]) == 12
    assert [r["index"] for r in subject["records"] if r["outcome"] == "failed"] == [2, 5, 9]
    assert {r["worker"] for r in subject["records"]} <= {"gw0", "gw1"}


@pytest.mark.parametrize(("threshold", "status"), [("0.9", 1), ("0.4", 0)], ids=["below", "above"])
def test_gate_on_lower_bound(pytester: pytest.Pytester, threshold: str, status: int) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2,5,9"))
    result = pytester.runpytest("--gen-samples=12", f"--gen-min-pass-rate={threshold}")
    assert result.ret == status
    if status:
        result.stdout.fnmatch_lines(
            [
                "genreliability: gate failed: test_gen.py::test_generate: 9/12 passed (75.0%),"
                " lower 95% Wilson bound 46.8% < required 90.0%*more consecutive passes*"
            ]
        )
    else:
        result.stdout.fnmatch_lines(
            ["genreliability: gate passed: test_gen.py::test_generate:*>= required 40.0%*"]
        )


def test_marker_threshold_overrides_command_line(pytester: pytest.Pytester) -> None:
    marker = "@pytest.mark.genreliability(min_pass_rate=0.4)"
    pytester.makepyfile(test_gen=scheduled_test("2,5,9", marker))
    result = pytester.runpytest("--gen-samples=12", "--gen-min-pass-rate=0.9")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*gate passed*required 40.0%*"])


def test_marker_samples_and_sample_ids(pytester: pytest.Pytester) -> None:
    marker = "@pytest.mark.genreliability(samples=3)"
    pytester.makepyfile(test_gen=scheduled_test("", marker))
    result = pytester.runpytest("--gen-samples=10", "-v")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        ["*test_generate[[]gen-1/3[]] PASSED*", "*test_generate[[]gen-3/3[]] PASSED*"]
    )


def test_without_gen_samples_it_is_an_ordinary_test(pytester: pytest.Pytester) -> None:
    # GEN_SAMPLE_INDEX is 1 in an ordinary run, so FAIL_ON=1 fails the one run
    pytester.makepyfile(test_gen=scheduled_test("1"))
    result = pytester.runpytest()
    assert result.ret == 1
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*generator failed:*exit code 1*", "*EPERM*"])
    result.stdout.no_fnmatch_line("*generator reliability*")


def test_generator_sees_sample_index_and_count(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_env="""
        import sys

        def test_env(gen_run, gen_sample, tmp_path_factory):
            result = gen_run([sys.executable, "-c",
                "import os; print(os.environ['GEN_SAMPLE_INDEX'], os.environ['GEN_SAMPLE_COUNT'])"])
            assert result.stdout.split() == [str(gen_sample.index), str(gen_sample.count)]
            assert gen_sample.count == 4
        """
    )
    result = pytester.runpytest("--gen-samples=4")
    result.assert_outcomes(passed=4)


def test_sample_that_never_ends_times_out_and_leaves_no_process(
    pytester: pytest.Pytester, tmp_path: Path
) -> None:
    pidfile = tmp_path / "grandchild.pid"
    pytester.makepyfile(
        hang=f"""
        import subprocess, sys, time
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        open({str(pidfile)!r}, "w").write(str(child.pid))
        time.sleep(600)
        """,
        test_hang="""
        import sys
        from pathlib import Path

        def test_hang(gen_run):
            gen_run([sys.executable, str(Path(__file__).parent / "hang.py")])
        """,
    )
    result = pytester.runpytest_subprocess(
        "--gen-samples=1", "--gen-timeout=1", "--gen-json=o.json"
    )
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    (record,) = subject["records"]
    assert record["outcome"] == "timeout"
    assert record["duration_s"] < 2.5
    assert result.ret == 0
    pid = int(pidfile.read_text())
    assert not _alive(pid), f"grandchild {pid} survived the timeout"


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return status.split(")")[-1].split()[0] != "Z"  # a zombie has already died


def test_ini_command_is_a_subject_of_its_own(pytester: pytest.Pytester) -> None:
    pytester.makeini(
        f"""
        [pytest]
        gen_command = {PYTHON} gen.py
        gen_env =
            FAIL_ON=1,3
        """
    )
    result = pytester.runpytest("--gen-samples=4", "-v")
    result.stdout.fnmatch_lines(["*gen_command[[]gen-1/4[]] FAILED*"])
    result.stdout.fnmatch_lines(["gen_command*4*2*2*50.0%*"])
    assert result.ret == 0


def test_ini_command_is_not_collected_without_gen_samples(pytester: pytest.Pytester) -> None:
    pytester.makeini(f"[pytest]\ngen_command = {PYTHON} gen.py\n")
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_prepare_and_cleanup_run_around_every_sample(pytester: pytest.Pytester) -> None:
    log = pytester.path / "log.txt"
    pytester.makepyfile(
        test_steps=f"""
        import sys
        import pytest

        APPEND = "import sys; open({str(log)!r}, 'a').write(sys.argv[1] + '\\\\n')"

        @pytest.mark.genreliability(
            prepare=[sys.executable, "-c", APPEND, "prepare"],
            cleanup=[sys.executable, "-c", APPEND, "cleanup"],
        )
        def test_steps(gen_run):
            gen_run([sys.executable, "-c", APPEND, "run"])
        """
    )
    result = pytester.runpytest("--gen-samples=2")
    result.assert_outcomes(passed=2)
    assert log.read_text().split() == ["prepare", "run", "cleanup"] * 2


def test_failed_prepare_is_a_harness_error_not_a_sample(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_prep="""
        import sys
        import pytest

        @pytest.mark.genreliability(prepare=[sys.executable, "-c", "raise SystemExit(3)"])
        def test_prep(gen_run):
            gen_run([sys.executable, "-c", "pass"])
        """
    )
    result = pytester.runpytest("--gen-samples=2", "--gen-json=o.json")
    assert result.ret == 1  # the measurement itself is broken: not forgiven
    result.stdout.fnmatch_lines(
        ["*prepare command failed*exit code 3*", "*2 error (not in the pass rate)*"]
    )


def test_missing_command_is_a_harness_error_not_a_measurement(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_missing="""
        def test_missing(gen_run):
            gen_run(["genreliability-no-such-generator", "--flag"])
        """
    )
    result = pytester.runpytest("--gen-samples=2", "--gen-json=o.json")
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # a configuration mistake fails the session
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    record = subject["records"][0]
    assert record["outcome"] == "error"
    assert subject["samples"] == 0  # never a 0% "measurement"
    assert "genreliability-no-such-generator" in record["excerpt"]
    result.stdout.fnmatch_lines(["*2 sample(s) ended in a harness error*fail the session*"])


@pytest.mark.parametrize(
    "death", ["os._exit(3)", "os.kill(os.getpid(), signal.SIGKILL)"], ids=["exit", "sigkill"]
)
def test_crashed_worker_is_counted(pytester: pytest.Pytester, death: str) -> None:
    pytester.makepyfile(
        test_crash=f"""
        import os, signal, sys

        def test_crash(gen_run, gen_sample):
            if gen_sample.index == 2:
                {death}
            gen_run([sys.executable, "-c", "pass"])
        """
    )
    result = pytester.runpytest_subprocess("--gen-samples=4", "-n", "2", "--gen-json=o.json")
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    outcomes = {r["index"]: r["outcome"] for r in subject["records"]}
    assert outcomes == {1: "passed", 2: "crashed", 3: "passed", 4: "passed"}
    assert (subject["samples"], subject["passed"]) == (4, 3)
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*1 sample(s) crashed*"])


def test_secrets_in_output_are_redacted(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NPM_TOKEN", "s3cr3t-value-1234")
    pytester.makepyfile(
        test_leak="""
        import sys

        def test_leak(gen_run):
            gen_run([sys.executable, "-c",
                     "import os, sys; print('token', os.environ['NPM_TOKEN'], file=sys.stderr);"
                     "sys.exit(2)"])
        """
    )
    result = pytester.runpytest_subprocess("--gen-samples=1", "--gen-json=o.json")
    assert "s3cr3t-value-1234" not in result.stdout.str()
    assert "s3cr3t-value-1234" not in (pytester.path / "o.json").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--gen-samples=0"], "--gen-samples: expected a positive integer*got '0'"),
        (["--gen-samples=-1"], "--gen-samples: expected a positive integer*got '-1'"),
        (["--gen-samples=abc"], "--gen-samples: expected a positive integer*got 'abc'"),
        (["--gen-min-pass-rate=1.5"], "--gen-min-pass-rate: expected a pass rate between 0 and 1*"),
        (["--gen-timeout=-3"], "--gen-timeout: expected a positive number of seconds*got '-3'"),
        (["--gen-confidence=1"], "--gen-confidence: expected a confidence level strictly between*"),
        (["--gen-ci-method=wald"], "--gen-ci-method: expected one of wilson, wilson-cc, exact*"),
        (["--gen-gate-basis=median"], "--gen-gate-basis: expected one of lower, estimate*"),
        (["--gen-concurrency=0"], "--gen-concurrency: expected a positive integer K or a list*"),
        (
            ["--gen-concurrency=2,2"],
            "--gen-concurrency: expected a positive integer K*each K once*",
        ),
    ],
)
def test_bad_options_are_usage_errors(
    pytester: pytest.Pytester, args: list[str], message: str
) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest(*args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])


@pytest.mark.parametrize(
    ("ini", "message"),
    [
        ("gen_command =", "ini option gen_command (in *tox.ini): expected a command to run*"),
        (
            "gen_command = python gen.py\ngen_env =\n    NOEQUALS",
            "ini option gen_env (in *tox.ini): line 1 ('NOEQUALS'): expected NAME=VALUE",
        ),
        (
            "gen_samples = many",
            "ini option gen_samples (in *tox.ini): expected a positive integer*",
        ),
    ],
)
def test_bad_ini_values_are_usage_errors(pytester: pytest.Pytester, ini: str, message: str) -> None:
    pytester.makefile(".ini", tox="[pytest]\n" + ini + "\n")
    result = pytester.runpytest("--gen-samples=2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ("samples=3, retries=2", "*unknown argument(s) retries; accepted: samples, timeout*"),
        (
            "samples=0",
            "*genreliability(samples=...) on test_gen.py::test_generate*: expected a "
            "positive integer*",
        ),
        ("min_pass_rate=2", "*(min_pass_rate=...)*expected a pass rate between 0 and 1*"),
    ],
)
def test_bad_marker_arguments_are_usage_errors(
    pytester: pytest.Pytester, marker: str, message: str
) -> None:
    pytester.makepyfile(test_gen=scheduled_test("", f"@pytest.mark.genreliability({marker})"))
    result = pytester.runpytest("--gen-samples=2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])


def test_report_header_states_settings(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest("--gen-samples=2", "--gen-min-pass-rate=0.5")
    result.stdout.fnmatch_lines(
        ["genreliability: samples=2, confidence=0.95, ci-method=wilson, min-pass-rate=0.5*"]
    )


def test_plugin_is_silent_without_generator_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain="def test_plain():\n    assert True\n")
    result = pytester.runpytest("--gen-samples=3")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*nothing was measured: no generator test was collected*"])


def test_json_report_is_not_torn_when_written(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    pytester.runpytest("--gen-samples=2", "--gen-json=reports/run.json")
    files = sorted(p.name for p in (pytester.path / "reports").iterdir())
    assert files == ["run.json"]  # no temporary file left behind
    assert json.loads((pytester.path / "reports" / "run.json").read_text())["subjects"]


def test_interrupted_sample_is_counted_not_dropped(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_stop="""
        import sys

        def test_stop(gen_run, gen_sample):
            if gen_sample.index == 3:
                raise KeyboardInterrupt
            gen_run([sys.executable, "-c", "pass"])
        """
    )
    result = pytester.runpytest_subprocess("--gen-samples=4", "--gen-json=o.json")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    assert [r["outcome"] for r in subject["records"]] == ["passed", "passed", "interrupted"]
    assert subject["samples"] == 2  # interrupted samples stay out of the rate
    result.stdout.fnmatch_lines(
        [
            "*1 interrupted (not in the pass rate)*",
            "*incomplete: only 2 of 4 planned samples ran: 1 interrupted, 1 not run*",
        ]
    )


@pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="reads the peak RSS from /proc (Linux)"
)
def test_gigabyte_of_output_costs_little_memory(pytester: pytest.Pytester) -> None:
    # VmHWM is the peak of this process's own memory; ru_maxrss would also count the memory of
    # the process it was forked from (this test's worker), which exec does not reset.
    pytester.makeconftest(
        """
        import re

        def pytest_unconfigure(config):
            status = open("/proc/self/status").read()
            peak_kib = re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)
            open("peak.txt", "w").write(peak_kib)
        """
    )
    pytester.makepyfile(
        test_loud="""
        import sys

        WRITE_1GB = (
            "import sys; block = b'x' * (1 << 20)\\n"
            "for _ in range(1024): sys.stdout.buffer.write(block)"
        )

        def test_loud(gen_run):
            result = gen_run([sys.executable, "-c", WRITE_1GB])
            assert result.stdout_dropped > 1_000_000_000
        """
    )
    result = pytester.runpytest_subprocess("--gen-samples=1")
    result.assert_outcomes(passed=1)
    peak_mib = int((pytester.path / "peak.txt").read_text()) / 1024
    assert peak_mib < 150, f"peak RSS {peak_mib:.0f} MiB"


def test_concurrency_levels_are_subjects_of_their_own(pytester: pytest.Pytester) -> None:
    # A copy fails when another copy already holds the lock file: exclusive creation is the
    # contention. The copies are released together, so K >= 2 makes a later copy fail.
    pytester.makepyfile(
        test_race="""
        import sys
        import pytest

        SCRIPT = (
            "import os, sys, time\\n"
            "copy = int(os.environ['GEN_COPY_INDEX'])\\n"
            "assert int(os.environ['GEN_COPY_COUNT']) >= 2\\n"
            "open(f'started-{copy}', 'w').close()\\n"
            "deadline = time.monotonic() + 10\\n"
            "count = int(os.environ['GEN_COPY_COUNT'])\\n"
            "while sum(os.path.exists(f'started-{i}') for i in range(1, count + 1)) < count:\\n"
            "    assert time.monotonic() < deadline\\n"
            "    time.sleep(0.005)\\n"
            "if copy > 1:\\n"
            "    sys.exit(f'EBUSY: resource busy or locked, copy {copy}')\\n"
        )
        SINGLE = "import os; assert 'GEN_COPY_INDEX' not in os.environ"

        @pytest.mark.genreliability(prepare=[sys.executable, "-c",
            "import glob, os; [os.remove(p) for p in glob.glob('started-*')]"])
        def test_race(gen_run, gen_sample, request):
            copies = request.node.callspec.id.split("-")[0]
            gen_run([sys.executable, "-c", SINGLE if copies == "c1" else SCRIPT])
        """
    )
    result = pytester.runpytest("--gen-samples=3", "--gen-concurrency=1,2,3", "--gen-json=o.json")
    assert result.ret == 0
    result.stdout.fnmatch_lines(
        [
            "test_race.py::test_race[[]c1[]]*3*3*0*100.0%*",
            "test_race.py::test_race[[]c2[]]*3*0*3*0.0%*",
            "test_race.py::test_race[[]c3[]]*3*0*3*0.0%*",
        ]
    )
    subjects = json.loads((pytester.path / "o.json").read_text())["subjects"]
    extra = {s["id"]: s["records"][0]["extra"] for s in subjects}
    assert extra["test_race.py::test_race[c3]"] == {"copies": 3, "copies_failed": 2}
    assert extra["test_race.py::test_race[c1]"] == {}


def test_reruns_report_first_attempt_and_eventual_rates(pytester: pytest.Pytester) -> None:
    # samples 3 and 7 fail on their first attempt only (GEN_ATTEMPT is 1, then 2)
    pytester.makepyfile(
        test_retry="""
        import sys

        SCRIPT = (
            "import os, sys\\n"
            "first = os.environ['GEN_ATTEMPT'] == '1'\\n"
            "if first and os.environ['GEN_SAMPLE_INDEX'] in ('3', '7'):\\n"
            "    sys.exit('EBUSY: resource busy or locked, unlink engine.node')\\n"
        )

        def test_retry(gen_run):
            gen_run([sys.executable, "-c", SCRIPT])
        """
    )
    result = pytester.runpytest("--gen-samples=10", "--reruns=2", "--gen-json=o.json")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*10 passed, 2 rerun*"])
    result.stdout.fnmatch_lines(
        [
            "*reruns (pytest-rerunfailures): first attempt vs eventual*",
            "*passed on 1st*passed on 2nd*failed after all*",
            "test_retry.py::test_retry*8/10 (80.0%*10/10 (100.0%*8*2*0*",
        ]
    )
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    assert (subject["passed"], subject["samples"]) == (10, 10)
    assert subject["first_attempt"]["passed"] == 8
    assert subject["attempts_distribution"] == {"1": 8, "2": 2, "failed": 0}
    assert len(subject["records"]) == 10  # one per sample, never counted twice
    assert len(subject["attempts"]) == 12
    assert [a["index"] for a in subject["attempts"] if a["attempt"] == 2] == [3, 7]


def test_long_sample_reports_that_it_is_still_running(pytester: pytest.Pytester) -> None:
    """The sample ends only after the ticker wrote its line (the inner conftest drops a file when
    it does, and the command waits for that file), so no scheduling delay can beat the check."""
    pytester.makeconftest(
        """
        from pytest_genreliability import progress

        written = progress.Ticker._write

        def _write(self, line):
            written(self, line)
            open("ticked", "w").close()

        progress.Ticker._write = _write
        """
    )
    pytester.makepyfile(
        test_slow="""
        import sys

        WAIT = (
            "import os, time\\n"
            "for _ in range(600):\\n"
            "    if os.path.exists('ticked'): break\\n"
            "    time.sleep(0.05)"
        )

        def test_slow(gen_run):
            gen_run([sys.executable, "-c", WAIT])
        """
    )
    result = pytester.runpytest_subprocess("--gen-samples=1", "--gen-progress=0.2")
    result.stdout.fnmatch_lines(
        ["genreliability: test_slow.py::test_slow[[]gen-1/1[]] still running: *s"]
    )
    (pytester.path / "ticked").unlink()
    pytester.makepyfile(
        test_slow="""
        import sys, time

        def test_slow(gen_run):
            gen_run([sys.executable, "-c", "import time; time.sleep(0.5)"])
        """
    )
    quiet = pytester.runpytest_subprocess("--gen-samples=1", "--gen-progress=0")
    quiet.stdout.no_fnmatch_line("*still running*")
    assert not (pytester.path / "ticked").exists()


@pytest.mark.parametrize(
    "mode",
    [
        ["-n", "2", "--dist", "load"],
        ["-n", "2", "--dist", "loadscope"],
        ["-n", "2", "--dist", "loadgroup"],
        ["-p", "no:xdist"],
    ],
    ids=["load", "loadscope", "loadgroup", "no-xdist"],
)
@pytest.mark.usefixtures("scheduled_generator")
def test_totals_are_the_same_under_every_distribution(
    pytester: pytest.Pytester, mode: list[str]
) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2,5,9"))
    result = pytester.runpytest_subprocess("--gen-samples=12", "--gen-json=o.json", *mode)
    assert result.ret == 0
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    assert (subject["samples"], subject["passed"]) == (12, 9)
    assert [r["index"] for r in subject["records"] if r["outcome"] == "failed"] == [2, 5, 9]


@pytest.mark.usefixtures("scheduled_generator")
def test_gate_at_seven_of_ten_names_bound_rule_and_passes_needed(
    pytester: pytest.Pytester,
) -> None:
    from pytest_genreliability import stats

    needed = stats.passes_needed(7, 10, 0.9)
    lower, _ = stats.pass_rate_interval(7, 10)
    pytester.makepyfile(test_gen=scheduled_test("3,6,9"))
    result = pytester.runpytest("--gen-samples=10", "--gen-min-pass-rate=0.9")
    assert result.ret == 1
    result.stdout.fnmatch_lines(
        [
            "genreliability: gate failed: test_gen.py::test_generate: 7/10 passed (70.0%), "
            f"lower 95% Wilson bound {100 * lower:.1f}% < required 90.0%; {needed} more "
            "consecutive passes (with no failure) would bring the lower 95% Wilson bound to 90.0%"
        ]
    )


@pytest.mark.parametrize(
    ("ini", "message"),
    [
        ("gen_confidence = 95", "ini option gen_confidence (in *tox.ini): expected a confidence*"),
        ("gen_ci_method = wald", "ini option gen_ci_method (in *tox.ini): expected one of*"),
        ("gen_gate_basis = mean", "ini option gen_gate_basis (in *tox.ini): expected one of*"),
        ("gen_timeout = 0", "ini option gen_timeout (in *tox.ini): expected a positive number*"),
        ("gen_min_pass_rate = 90%", "ini option gen_min_pass_rate (in *tox.ini): expected a pass*"),
        ("gen_test = chisq", "ini option gen_test (in *tox.ini): expected one of boschloo*"),
        ("gen_concurrency = 0", "ini option gen_concurrency (in *tox.ini): expected a positive*"),
    ],
)
@pytest.mark.usefixtures("scheduled_generator")
def test_bad_ini_twins_are_usage_errors(pytester: pytest.Pytester, ini: str, message: str) -> None:
    pytester.makefile(".ini", tox="[pytest]\n" + ini + "\n")
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest("--gen-samples=2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])
