"""Edge cases of the pytest glue found in review: each once broke the figures or the exit status."""

from __future__ import annotations

import json

import pytest
from conftest import scheduled_test

pytestmark = pytest.mark.usefixtures("scheduled_generator")


def _subjects(pytester: pytest.Pytester) -> dict[str, dict]:
    document = json.loads((pytester.path / "o.json").read_text())
    return {f"{s['id']}|{s['arm']}": s for s in document["subjects"]}


def test_baseline_is_the_first_declared_arm_whatever_finishes_first(
    pytester: pytest.Pytester,
) -> None:
    # "base" is slow and always fails: under xdist the other arms report first
    pytester.makepyfile(
        test_ab="""
        import sys
        import pytest

        SLOW_FAIL = "import time, sys; time.sleep(0.3); sys.exit(1)"

        @pytest.mark.genreliability(arms=["base", "fix"])
        def test_gen(gen_run, gen_sample):
            gen_run([sys.executable, "-c", SLOW_FAIL if gen_sample.arm == "base" else "pass"])
        """
    )
    result = pytester.runpytest_subprocess("--gen-samples=6", "-n", "2", "--gen-json=o.json")
    comparison = json.loads((pytester.path / "o.json").read_text())["comparisons"][0]
    assert (comparison["baseline"]["arm"], comparison["candidate"]["arm"]) == ("base", "fix")
    assert comparison["verdict"] == "improved"
    result.stdout.fnmatch_lines(["*test_ab.py::test_gen: fix vs base: improved*"])


@pytest.mark.parametrize("strict", [False, True])
def test_xfail_samples_count_as_the_generator_did(pytester: pytest.Pytester, strict: bool) -> None:
    marker = f"@pytest.mark.xfail(reason='known flaky', strict={strict})"
    pytester.makepyfile(test_gen=scheduled_test("1,2,3", marker))
    pytester.runpytest("--gen-samples=6", "--gen-json=o.json")
    (subject,) = _subjects(pytester).values()
    assert (subject["samples"], subject["passed"]) == (6, 3)


def test_secrets_in_paths_and_overlays_are_masked(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_leak="""
        import sys

        SCRIPT = (
            "import os, sys\\n"
            "print('fatal: unable to access '"
            "      '\\\\'https://oauth2:' + os.environ['DEPLOY_TOKEN'] + '@example.com/r/\\\\': '"
            "      'Could not resolve host: example.com', file=sys.stderr)\\n"
            "sys.exit(128)\\n"
        )

        def test_leak(gen_run):
            gen_run([sys.executable, "-c", SCRIPT], env={"DEPLOY_TOKEN": "tok-4f9a8b7c6d5e"})
        """
    )
    result = pytester.runpytest("--gen-samples=1", "--gen-json=o.json", "--junitxml=j.xml")
    assert "tok-4f9a8b7c6d5e" not in result.stdout.str()
    assert "tok-4f9a8b7c6d5e" not in (pytester.path / "o.json").read_text()
    assert "tok-4f9a8b7c6d5e" not in (pytester.path / "j.xml").read_text()
    (subject,) = _subjects(pytester).values()
    assert subject["records"][0]["class"] == "network"


def test_parameter_ids_that_look_like_sample_ids_stay_apart(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_ids="""
        import sys
        import pytest

        @pytest.mark.parametrize("mode", ["fast", "fast-gen", "gen"])
        def test_gen(gen_run, mode):
            gen_run([sys.executable, "-c", "pass"])
        """
    )
    pytester.runpytest("--gen-samples=3", "--gen-json=o.json")
    subjects = _subjects(pytester)
    assert sorted(subjects) == [
        "test_ids.py::test_gen[fast-gen]|None",
        "test_ids.py::test_gen[fast]|None",
        "test_ids.py::test_gen[gen]|None",
    ]
    assert {s["samples"] for s in subjects.values()} == {3}


def test_skipped_subject_is_not_gated(pytester: pytest.Pytester) -> None:
    marker = "@pytest.mark.skip(reason='not on this platform')"
    pytester.makepyfile(test_gen=scheduled_test("", marker))
    result = pytester.runpytest("--gen-samples=3", "--gen-min-pass-rate=0.9")
    assert result.ret == 0
    result.stdout.no_fnmatch_line("*gate failed*")


def test_maxfail_stop_is_not_forgiven(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("1,2,3,4,5,6"))
    result = pytester.runpytest("--gen-samples=6", "-x")
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_ini_command_honours_auto_and_concurrency(pytester: pytest.Pytester) -> None:
    pytester.makeini(
        """
        [pytest]
        gen_command = python gen.py
        gen_env =
            FAIL_ON=1,2,3,4,5,6,7,8,9,10
        """.replace("python", __import__("sys").executable)
    )
    result = pytester.runpytest(
        "--gen-samples=auto",
        "--gen-max-samples=10",
        "--gen-min-pass-rate=0.9",
        "--gen-concurrency=1",
        "--gen-json=o.json",
    )
    subjects = _subjects(pytester)
    assert list(subjects) == ["gen_command[c1]|None"]
    assert subjects["gen_command[c1]|None"]["samples"] == 2  # decided after the minimum
    result.stdout.fnmatch_lines(["genreliability: gate failed: gen_command[[]c1[]]: decided*"])


def test_unwritable_report_is_reported_not_a_crash(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    (pytester.path / "taken").mkdir()
    result = pytester.runpytest("--gen-samples=2", "--gen-json=taken")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        ["*generator reliability*", "genreliability: could not write the JSON report: *"]
    )


def test_collect_only_saves_nothing(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    pytester.runpytest("--gen-samples=2", "--co", "--gen-save=x", "--gen-json=o.json")
    assert not (pytester.path / ".genreliability").exists()
    assert not (pytester.path / "o.json").exists()
