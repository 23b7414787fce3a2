"""A/B arms in one session, saved runs and comparisons with them (inner pytest sessions)."""

from __future__ import annotations

import hashlib
import json
import textwrap

import pytest

# Arm "direct" fails on the samples listed in FAIL_ON; arm "safe" never fails. GEN_ARM tells them
# apart, as the marker's env overlay would for a real mitigation switch.
ARMS_TEST = textwrap.dedent(
    """
    import os
    import sys

    import pytest

    SCRIPT = (
        "import os, sys\\n"
        "arm = os.environ['GEN_ARM']\\n"
        "index = int(os.environ['GEN_SAMPLE_INDEX'])\\n"
        "failing = {int(x) for x in os.environ.get('FAIL_ON', '').split(',') if x}\\n"
        "if arm == 'direct' and index in failing:\\n"
        "    print(\\"Error: EPERM: operation not permitted, rename 'e.tmp1' -> 'e'\\",\\n"
        "          file=sys.stderr)\\n"
        "    sys.exit(1)\\n"
    )

    @pytest.mark.genreliability(arms=ARMS)
    def test_generate(gen_run, gen_sample):
        gen_run([sys.executable, "-c", SCRIPT], env={"FAIL_ON": "FAIL_ON_VALUE"})
    """
)


def arms_test(fail_on: str, arms: str = '["direct", "safe"]') -> str:
    return ARMS_TEST.replace("arms=ARMS", f"arms={arms}").replace("FAIL_ON_VALUE", fail_on)


HALF = ",".join(str(i) for i in range(1, 21, 2))  # samples 1, 3, ..., 19


def _document(pytester: pytest.Pytester, name: str = "o.json") -> dict:
    return json.loads((pytester.path / name).read_text())


def test_arms_are_interleaved_and_compared(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_ab=arms_test(HALF))
    result = pytester.runpytest("--gen-samples=20", "--gen-json=o.json", "-v")
    assert result.ret == 0
    result.stdout.fnmatch_lines(
        [
            "*test_generate[[]gen-direct-1/20[]]*",
            "*test_generate[[]gen-safe-1/20[]]*",
            "*test_generate[[]gen-direct-2/20[]]*",
            "*test_generate[[]gen-safe-2/20[]]*",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "*test_ab.py::test_generate [[]direct[]]*20*10*10*50.0%*",
            "*test_ab.py::test_generate [[]safe[]]*20*20*0*100.0%*",
            "*comparisons of arms*",
            "*test_ab.py::test_generate: safe vs direct: improved (+50.0 points*one-sided*",
        ]
    )
    (comparison,) = _document(pytester)["comparisons"]
    assert comparison["verdict"] == "improved"
    assert comparison["alternative"] == "greater"
    assert comparison["pvalue"] < 0.05
    assert (comparison["baseline"]["arm"], comparison["candidate"]["arm"]) == ("direct", "safe")
    assert comparison["class_changes"]


def test_arm_env_and_args_reach_the_generator(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_env="""
        import sys
        import pytest

        PRINT = "import os, sys; print(os.environ['GEN_ARM'], os.environ['MODE'], sys.argv[1:])"

        @pytest.mark.genreliability(arms={
            "plain": {"env": {"MODE": "p"}},
            "retry": {"env": {"MODE": "r"}, "args": ["--retries", "3"]},
        })
        def test_env(gen_run, gen_sample):
            out = gen_run([sys.executable, "-c", PRINT]).stdout.strip()
            expected = {
                "plain": "plain p []",
                "retry": "retry r ['--retries', '3']",
            }[gen_sample.arm]
            assert out == expected
        """
    )
    result = pytester.runpytest("--gen-samples=2")
    result.assert_outcomes(passed=4)
    # an ordinary run has one item per arm
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*test_env[[]plain[]] PASSED*", "*test_env[[]retry[]] PASSED*"])


@pytest.mark.parametrize(
    ("arms", "message"),
    [
        ('["only"]', "*arms=...*expected a list of at least two arm names*got 1 arm(s)*"),
        ('["a b", "c"]', "*arm name 'a b': use letters, digits*"),
        ('{"a": {"envv": {}}, "b": {}}', "*arm 'a': expected a list*"),
    ],
)
def test_bad_arms_are_usage_errors(pytester: pytest.Pytester, arms: str, message: str) -> None:
    pytester.makepyfile(test_ab=arms_test("", arms))
    result = pytester.runpytest("--gen-samples=2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])


def test_save_then_compare_in_a_second_session(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_ab=arms_test(HALF))
    first = pytester.runpytest("--gen-samples=20", "--gen-save=before")
    assert first.ret == 0
    first.stdout.fnmatch_lines(["saved as 'before': *.genreliability*before*.json"])
    # the mitigation lands: arm "direct" stops failing
    pytester.makepyfile(test_ab=arms_test(""))
    second = pytester.runpytest(
        "--gen-samples=20", "--gen-compare=before", "--gen-json=o.json", "--gen-compare-fail"
    )
    assert second.ret == 0
    second.stdout.fnmatch_lines(
        [
            "*comparison with saved run 'before'*",
            "*test_ab.py::test_generate [[]direct[]]: this run vs saved run 'before': "
            "improved*two-sided*",
        ]
    )
    saved = [c for c in _document(pytester)["comparisons"] if c["kind"] == "saved"]
    assert {c["verdict"] for c in saved} == {"improved", "no significant difference"}


def test_regression_against_saved_run_fails_the_gate(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_ab=arms_test(""))
    assert pytester.runpytest("--gen-samples=20", "--gen-save=good").ret == 0
    pytester.makepyfile(test_ab=arms_test(HALF))
    result = pytester.runpytest("--gen-samples=20", "--gen-compare=good", "--gen-compare-fail")
    assert result.ret == 1
    result.stdout.fnmatch_lines(
        [
            "genreliability: gate failed: test_ab.py::test_generate [[]direct[]]: this run "
            "regressed against saved run 'good': 10/20 passed (50.0%) vs 20/20 (100.0%)*"
        ]
    )
    # without --gen-compare-fail the regression is reported, not gated
    result = pytester.runpytest("--gen-samples=20", "--gen-compare=good")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*regressed*"])


def test_subjects_on_one_side_only_are_named(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_ab=arms_test(""))
    assert pytester.runpytest("--gen-samples=3", "--gen-save=old").ret == 0
    pytester.makepyfile(
        test_other="""
        import sys
        def test_new(gen_run):
            gen_run([sys.executable, "-c", "pass"])
        """
    )
    (pytester.path / "test_ab.py").unlink()
    result = pytester.runpytest("--gen-samples=3", "--gen-compare=old")
    result.stdout.fnmatch_lines(
        [
            "*test_ab.py::test_generate [[]direct[]]: only in saved run 'old', not in this run*",
            "*test_other.py::test_new: only in this run, not in saved run 'old'*",
        ]
    )


def test_corrupt_saved_run_is_a_clear_error_and_stays_untouched(
    pytester: pytest.Pytester,
) -> None:
    storage = pytester.path / ".genreliability"
    storage.mkdir()
    corrupt = storage / "20260101T000000.000000Z_broken_abcd.json"
    corrupt.write_text('{"schema": "genreliability/1", "subjects": [')
    digest = hashlib.sha256(corrupt.read_bytes()).hexdigest()
    pytester.makepyfile(test_ab=arms_test(""))
    result = pytester.runpytest("--gen-samples=2", f"--gen-compare={corrupt}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: --gen-compare: {corrupt}: *"])
    assert hashlib.sha256(corrupt.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in storage.iterdir()) == [corrupt.name]


def test_compare_fail_needs_compare(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_ab=arms_test(""))
    result = pytester.runpytest("--gen-samples=2", "--gen-compare-fail")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: --gen-compare-fail: needs --gen-compare=NAME*"])


def test_cli_compare_gives_the_same_figures_as_the_plugin(
    pytester: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    from pytest_genreliability.cli import main

    pytester.makepyfile(test_ab=arms_test(HALF))
    assert pytester.runpytest("--gen-samples=20", "--gen-save=before").ret == 0
    pytester.makepyfile(test_ab=arms_test(""))
    inside = pytester.runpytest(
        "--gen-samples=20", "--gen-save=after", "--gen-compare=before", "--gen-json=o.json"
    )
    saved = [c for c in _document(pytester)["comparisons"] if c["kind"] == "saved"]
    capsys.readouterr()
    status = main(
        ["compare", "before", "after", "--storage", str(pytester.path / ".genreliability")]
    )
    cli_out = capsys.readouterr().out
    assert status == 0
    for comparison in saved:
        difference = f"{100 * comparison['difference']:+.1f}"
        low = f"{100 * comparison['difference_ci']['lower']:+.1f}"
        high = f"{100 * comparison['difference_ci']['upper']:+.1f}"
        expected = f"{difference} ({low} to {high})"
        assert expected in inside.stdout.str()
        assert expected in cli_out
        assert comparison["verdict"] in cli_out
