"""--gen-plan, and the independence warning (inner pytest sessions)."""

from __future__ import annotations

import json

import pytest
from conftest import scheduled_test

from pytest_genreliability import stats


def test_plan_prints_samples_needed_and_runs_nothing(pytester: pytest.Pytester) -> None:
    marker_file = pytester.path / "ran.txt"
    pytester.makepyfile(
        test_plan=f"""
        import sys
        import pytest

        RECORD = "open({str(marker_file)!r}, 'a').write('x')"

        @pytest.mark.genreliability(min_pass_rate=0.95)
        def test_strict(gen_run):
            gen_run([sys.executable, "-c", RECORD])

        def test_default(gen_run):
            gen_run([sys.executable, "-c", RECORD])

        @pytest.mark.genreliability(arms=["direct", "safe"], detect=(0.67, 0.95))
        def test_ab(gen_run):
            gen_run([sys.executable, "-c", RECORD])

        def test_plain():
            pass
        """
    )
    result = pytester.runpytest("--gen-plan", "--gen-min-pass-rate=0.9", "-n", "2")
    assert result.ret == 0
    assert not marker_file.exists()
    per_arm = stats.samples_per_arm(0.67, 0.95)
    result.stdout.fnmatch_lines(
        [
            "*sampling plan (nothing was run)*",
            "test_plan.py::test_strict*95.0%*73*",
            "test_plan.py::test_default*90.0%*35*",
            f"test_plan.py::test_ab*90.0%*35*direct vs safe*{per_arm} (67% -> 95%*",
        ]
    )
    result.stdout.no_fnmatch_line("*test_plain*")


def test_plan_without_a_minimum_says_so(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest("--gen-plan")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["test_gen.py::test_generate*-*no minimum set*"])


@pytest.mark.usefixtures("scheduled_generator")
def test_clustered_failures_warn_about_dependence(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("1,2,3,4,5"))
    result = pytester.runpytest("--gen-samples=20", "--gen-json=o.json")
    assert result.ret == 0
    result.stdout.fnmatch_lines(
        [
            "genreliability: warning: test_gen.py::test_generate: failures cluster in sample "
            "order (runs test p = 0.00026: 2 runs where about 8.5 were expected)*"
            "samples look dependent*intervals assume independence*"
        ]
    )
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    assert subject["independence"]["clustered"] is True
    assert subject["independence"]["runs"] == 2


@pytest.mark.usefixtures("scheduled_generator")
def test_scattered_failures_do_not_warn(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2,7,11,16,19"))
    result = pytester.runpytest("--gen-samples=20", "--gen-json=o.json")
    result.stdout.no_fnmatch_line("*failures cluster*")
    subject = json.loads((pytester.path / "o.json").read_text())["subjects"][0]
    assert subject["independence"]["clustered"] is False


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--gen-detect=0.5"], "--gen-detect: expected two pass rates RATE_A,RATE_B*"),
        (["--gen-detect=0.9,0.9"], "--gen-detect: the two rates must differ*"),
        (["--gen-test=chisq"], "--gen-test: expected one of boschloo, fisher, barnard*"),
        (["--gen-save=../x"], "--gen-save: *"),
    ],
)
def test_bad_plan_and_comparison_options(
    pytester: pytest.Pytester, args: list[str], message: str
) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest(*args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])
