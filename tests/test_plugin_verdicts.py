"""Verdicts you can defend: exit statuses, gates and plans agree (end to end, a few points)."""

from __future__ import annotations

import json
import sys

import pytest

ALWAYS_PASSES = f"""
[pytest]
gen_command = {sys.executable} -c pass
"""


@pytest.mark.parametrize(("rate", "n"), [("0.9", 35), ("0.95", 73)])
def test_following_the_plan_passes_the_gate_and_one_fewer_does_not(
    pytester: pytest.Pytester, rate: str, n: int
) -> None:
    pytester.makeini(ALWAYS_PASSES)
    plan = pytester.runpytest("--gen-plan", f"--gen-min-pass-rate={rate}")
    plan.stdout.re_match_lines([rf"gen_command\s+{float(rate) * 100:.1f}%\s+{n}\b"])
    assert pytester.runpytest(f"--gen-samples={n}", f"--gen-min-pass-rate={rate}").ret == 0
    fewer = pytester.runpytest(f"--gen-samples={n - 1}", f"--gen-min-pass-rate={rate}")
    assert fewer.ret == pytest.ExitCode.TESTS_FAILED
    fewer.stdout.fnmatch_lines(["genreliability: gate failed: gen_command*1 more consecutive*"])


def test_a_gate_with_no_generator_test_fails_and_says_why(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain="def test_plain():\n    pass\n")
    result = pytester.runpytest("--gen-samples=10", "--gen-min-pass-rate=0.9")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        ["genreliability: nothing was measured: no generator test was collected*a gate*fails*"]
    )
    allowed = pytester.runpytest("--gen-samples=10", "--gen-min-pass-rate=0.9", "--gen-allow-empty")
    assert allowed.ret == pytest.ExitCode.OK


def test_a_gate_whose_generator_was_deselected_fails(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_gen=f"""
        import sys

        def test_gen(gen_run):
            gen_run([{sys.executable!r}, "-c", "pass"])

        def test_other():
            pass
        """
    )
    result = pytester.runpytest("--gen-samples=4", "--gen-min-pass-rate=0.5", "-k", "other")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*nothing was measured: all 4 generator samples were deselected*"])


def test_a_subset_selected_with_k_is_incomplete_and_does_not_pass(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        test_gen=f"""
        import sys

        def test_gen(gen_run):
            gen_run([{sys.executable!r}, "-c", "pass"])
        """
    )
    args = ["--gen-samples=6", "--gen-min-pass-rate=0.5", "--gen-gate-basis=estimate"]
    result = pytester.runpytest(*args, "-k", "gen-1/ or gen-2/", "--gen-json=o.json")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        ["genreliability: gate incomplete:*only 2 of 6 planned samples ran: 4 deselected*"]
    )
    document = json.loads((pytester.path / "o.json").read_text())
    assert document["complete"] is False
    assert document["subjects"][0]["gate"]["state"] == "incomplete"
    allowed = pytester.runpytest(*args, "-k", "gen-1/ or gen-2/", "--gen-allow-incomplete")
    assert allowed.ret == pytest.ExitCode.OK


def test_a_generator_failing_inside_a_fixture_is_in_the_pass_rate(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(
        f"""
        import sys
        import pytest

        @pytest.fixture
        def generated(gen_run, gen_sample):
            code = "import sys; sys.exit({{}})".format(gen_sample.index % 2)
            return gen_run([{sys.executable!r}, "-c", code])
        """
    )
    pytester.makepyfile(test_gen="def test_gen(generated):\n    assert generated.ok\n")
    result = pytester.runpytest("--gen-samples=6", "--gen-json=o.json")
    assert result.ret == pytest.ExitCode.OK  # failed samples are data
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    assert (subject["passed"], subject["samples"]) == (3, 6)
    assert [r["outcome"] for r in subject["records"]] == ["failed", "passed"] * 3


def test_test_code_failing_before_the_generator_is_a_harness_error(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        test_gen=f"""
        import sys

        def test_gen(gen_run):
            undefined_name
            gen_run([{sys.executable!r}, "-c", "pass"])
        """
    )
    result = pytester.runpytest("--gen-samples=3", "--gen-json=o.json")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    assert subject["samples"] == 0
    assert [r["outcome"] for r in subject["records"]] == ["error"] * 3
    result.stdout.fnmatch_lines(["*3 sample(s) ended in a harness error*"])


@pytest.mark.parametrize(
    ("ini", "message"),
    [
        ("gen_command = genreliability-no-such-program --x", "*gen_command*not found*"),
        ("gen_command = python -c pass\ngen_cwd = no-such-dir", "*gen_cwd*no-such-dir*"),
    ],
)
def test_configuration_mistakes_stop_before_sampling(
    pytester: pytest.Pytester, ini: str, message: str
) -> None:
    pytester.makeini(f"[pytest]\n{ini}\n")
    result = pytester.runpytest("--gen-samples=3")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])


def test_a_timeout_the_os_cannot_wait_is_a_usage_error(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--gen-samples=3", "--gen-timeout=1e308")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--gen-timeout: expected a positive number of seconds up to*"])


def test_a_bad_marker_on_an_xdist_worker_exits_4(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_gen="""
        import pytest

        @pytest.mark.genreliability(samplez=3)
        def test_gen(gen_run):
            pass
        """
    )
    result = pytester.runpytest_subprocess("--gen-samples=2", "-n", "2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(["*usage error:*unknown argument(s) samplez*"])


def test_auto_mode_under_xdist_runs_at_most_the_decision_plus_one_per_worker(
    pytester: pytest.Pytester,
) -> None:
    from pytest_genreliability.stats import sequential

    pytester.makeini(ALWAYS_PASSES)
    result = pytester.runpytest_subprocess(
        "--gen-samples=auto", "--gen-min-pass-rate=0.9", "-n", "2", "--gen-json=o.json"
    )
    assert result.ret == pytest.ExitCode.OK
    (subject,) = json.loads((pytester.path / "o.json").read_text())["subjects"]
    decision = sequential.min_samples_to_decide(0.9, method="hybrid").to_pass
    ran = subject["outcomes"].get("passed", 0)
    assert decision <= ran <= decision + 2
    assert subject["gate"]["state"] == "passed"
    assert subject["complete"] is True  # skipping what it no longer needs is by design
