"""--gen-samples=auto: stop once an anytime-valid rule decides (inner pytest sessions)."""

from __future__ import annotations

import json

import pytest
from conftest import scheduled_test

from pytest_genreliability.stats import sequential

pytestmark = pytest.mark.usefixtures("scheduled_generator")

ALL = ",".join(str(i) for i in range(1, 201))


def _subject(pytester: pytest.Pytester) -> dict:
    return json.loads((pytester.path / "o.json").read_text())["subjects"][0]


def test_failing_subject_stops_after_the_minimum_that_decides(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(ALL))
    result = pytester.runpytest(
        "--gen-samples=auto",
        "--gen-max-samples=200",
        "--gen-min-pass-rate=0.9",
        "--gen-json=o.json",
    )
    minimum = sequential.min_samples_to_decide(0.9).to_fail
    assert result.ret == 1
    result.stdout.fnmatch_lines(
        [
            f"genreliability: gate failed: test_gen.py::test_generate: decided after {minimum} "
            "of at most 200 samples (anytime-valid)*",
        ]
    )
    subject = _subject(pytester)
    assert subject["samples"] == minimum  # the rest were skipped, not run
    skipped = [r for r in subject["records"] if r["outcome"] == "skipped"]
    assert len(skipped) == 200 - minimum


def test_passing_subject_stops_once_the_lower_bound_reaches_the_requirement(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest(
        "--gen-samples=auto", "--gen-min-pass-rate=0.9", "--gen-json=o.json"
    )
    minimum = sequential.min_samples_to_decide(0.9).to_pass
    assert result.ret == 0
    result.stdout.fnmatch_lines(
        [
            f"genreliability: gate passed: test_gen.py::test_generate: decided after {minimum} of "
            "at most 200 samples (anytime-valid): lower bound*>= required 0.9*"
        ]
    )
    assert _subject(pytester)["samples"] == minimum


def test_decision_is_the_same_under_xdist(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(ALL))
    result = pytester.runpytest_subprocess(
        "--gen-samples=auto",
        "--gen-max-samples=60",
        "--gen-min-pass-rate=0.9",
        "-n",
        "2",
        "--gen-json=o.json",
    )
    minimum = sequential.min_samples_to_decide(0.9).to_fail
    assert result.ret == 1
    result.stdout.fnmatch_lines(
        [f"*decided after {minimum} of at most 60 samples (anytime-valid)*"]
    )
    subject = _subject(pytester)
    # samples already running on the other worker when the decision fell may finish too
    assert minimum <= subject["samples"] < 60
    skipped = [r for r in subject["records"] if r["outcome"] == "skipped"]
    assert skipped and all("decided after" in r["reason"] for r in skipped)


def test_undecided_at_the_maximum_fails_the_gate_saying_so(pytester: pytest.Pytester) -> None:
    # one failure in ten: true rate 0.9, exactly the requirement, cannot be decided in 20
    pytester.makepyfile(test_gen=scheduled_test("10,20"))
    result = pytester.runpytest(
        "--gen-samples=auto", "--gen-max-samples=20", "--gen-min-pass-rate=0.9"
    )
    assert result.ret == 1
    result.stdout.fnmatch_lines(
        [
            "genreliability: gate failed: test_gen.py::test_generate: undecided: inconclusive "
            "after 20 of at most 20 samples (anytime-valid)*"
        ]
    )


def test_auto_arms_stop_when_the_comparison_is_decided(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_ab="""
        import sys
        import pytest

        @pytest.mark.genreliability(arms=["direct", "safe"])
        def test_ab(gen_run, gen_sample):
            code = "raise SystemExit(1)" if gen_sample.arm == "direct" else "pass"
            gen_run([sys.executable, "-c", code])
        """
    )
    result = pytester.runpytest("--gen-samples=auto", "--gen-max-samples=100", "--gen-json=o.json")
    result.stdout.fnmatch_lines(["test_ab.py::test_ab: sequential sampling: decided after *"])
    document = json.loads((pytester.path / "o.json").read_text())
    direct = next(s for s in document["subjects"] if s["arm"] == "direct")
    assert direct["samples"] < 100
    assert document["comparisons"][0]["verdict"] == "improved"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--gen-samples=auto"],
            "--gen-samples=auto: test_gen.py::test_generate has nothing to decide*",
        ),
        (
            ["--gen-samples=10", "--gen-max-samples=5"],
            "--gen-max-samples: only with --gen-samples=auto",
        ),
        (["--gen-samples=automatic"], "--gen-samples: expected a positive integer*or 'auto'*"),
    ],
)
def test_bad_auto_settings(pytester: pytest.Pytester, args: list[str], message: str) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest(*args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])
