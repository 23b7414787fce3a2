"""Failure classes in the plugin: built-in rules, ini patterns, the classify hook, hotspots."""

from __future__ import annotations

import json

import pytest
from conftest import scheduled_test

pytestmark = pytest.mark.usefixtures("scheduled_generator")


def _records(pytester: pytest.Pytester) -> list[dict]:
    return json.loads((pytester.path / "o.json").read_text())["subjects"][0]["records"]


def test_built_in_classes_and_lock_hotspot(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2,5,9"))
    result = pytester.runpytest("--gen-samples=12", "--gen-json=o.json")
    result.stdout.fnmatch_lines(
        [
            "*test_gen.py::test_generate*rename_lock x3*",
            "*- failure classes -*",
            "test_gen.py::test_generate*rename_lock*3*25.0%*EPERM*rename*",
            "*- lock hotspots (files other processes held) -*",
            # the pid in query_engine.dll.node.tmp<pid> differs per sample: one hotspot row
            "test_gen.py::test_generate*node_modules/.prisma/client/query_engine.dll.node"
            "*rename*EPERM*3",
        ]
    )
    failed = [r for r in _records(pytester) if r["outcome"] == "failed"]
    assert {r["class"] for r in failed} == {"rename_lock"}
    assert {r["errno"] for r in failed} == {"EPERM"}
    assert {r["operation"] for r in failed} == {"rename"}
    assert all(r["paths"][1].endswith("query_engine.dll.node") for r in failed)
    assert all(".tmp" in r["paths"][0] for r in failed)
    assert all("EPERM" in r["excerpt"] for r in failed)
    passed = [r for r in _records(pytester) if r["outcome"] == "passed"]
    assert {r["class"] for r in passed} == {None}


def test_ini_failure_pattern_reclassifies_before_built_ins(pytester: pytest.Pytester) -> None:
    pytester.makeini(
        """
        [pytest]
        gen_failure_patterns =
            engine_held: operation not permitted, rename .*query_engine
        """
    )
    pytester.makepyfile(test_gen=scheduled_test("2,5"))
    result = pytester.runpytest("--gen-samples=6", "--gen-json=o.json")
    result.stdout.fnmatch_lines(["test_gen.py::test_generate*engine_held*2*33.3%*"])
    assert {r["class"] for r in _records(pytester) if r["outcome"] == "failed"} == {"engine_held"}


def test_invalid_failure_pattern_is_a_usage_error_naming_the_line(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeini(
        """
        [pytest]
        gen_failure_patterns =
            fine: database is locked
            broken: [unclosed
        """
    )
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest("--gen-samples=2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: gen_failure_patterns line 2*broken: [[]unclosed*regex*"])


def test_conftest_hook_classifies_first(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        def pytest_genreliability_classify(output, exit_code, timed_out, signal, config):
            if "query_engine" in output:
                return {"class": "engine_lock", "errno": "EPERM", "operation": "rename",
                        "paths": ["engine.tmp", "engine"], "excerpt": "held by the dev server"}
            return None
        """
    )
    pytester.makepyfile(test_gen=scheduled_test("3"))
    result = pytester.runpytest("--gen-samples=4", "--gen-json=o.json")
    result.stdout.fnmatch_lines(["test_gen.py::test_generate*engine_lock x1*"])
    (failed,) = [r for r in _records(pytester) if r["outcome"] == "failed"]
    assert failed["class"] == "engine_lock"
    assert failed["excerpt"] == "held by the dev server"


def test_a_hook_naming_only_the_class_gets_the_rest_from_the_output(
    pytester: pytest.Pytester,
) -> None:
    """Prisma prints ``Error:`` alone and the message below it; a conftest that names the class
    and nothing else still gets the code, operation, paths and the decisive line, and the
    one-line reason of the failed sample is that line, not the bare header."""
    pytester.makeconftest(
        """
        def pytest_genreliability_classify(output, exit_code, timed_out, signal, config):
            return {"class": "shared_output_dir"} if "EEXIST" in output else None
        """
    )
    pytester.makepyfile(
        test_gen="""
        import sys

        SCRIPT = (
            "import sys; print('Prisma schema loaded from prisma/schema.prisma.'); "
            "print('Error:'); "
            "print(\\"EEXIST: file already exists, mkdir '/work/app/generated/models'\\"); "
            "sys.exit(1)"
        )

        def test_gen(gen_run):
            gen_run([sys.executable, "-c", SCRIPT])
        """
    )
    result = pytester.runpytest("--gen-samples=1", "--gen-json=o.json")
    result.stdout.fnmatch_lines(
        ["shared_output_dir (EEXIST *): exit 1: EEXIST: file already exists, mkdir *"]
    )
    (record,) = _records(pytester)
    assert record["class"] == "shared_output_dir"
    assert (record["errno"], record["operation"]) == ("EEXIST", "mkdir")
    assert record["paths"] == ["/work/app/generated/models"]
    assert record["excerpt"].startswith("EEXIST: file already exists, mkdir")
    assert record["reason"].startswith("exit 1: EEXIST: file already exists")


def test_conftest_hook_classifies_under_xdist(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        def pytest_genreliability_classify(output, exit_code, timed_out, signal, config):
            return {"class": "from_conftest"} if exit_code == 1 else None
        """
    )
    pytester.makepyfile(test_gen=scheduled_test("1,4"))
    pytester.runpytest_subprocess("--gen-samples=4", "-n", "2", "--gen-json=o.json")
    assert {r["class"] for r in _records(pytester) if r["outcome"] == "failed"} == {"from_conftest"}


def test_timeout_sample_is_classified_timeout(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_slow="""
        import sys

        def test_slow(gen_run):
            gen_run([sys.executable, "-c", "import time; time.sleep(30)"])
        """
    )
    pytester.runpytest_subprocess("--gen-samples=1", "--gen-timeout=0.5", "--gen-json=o.json")
    (record,) = _records(pytester)
    assert (record["outcome"], record["class"]) == ("timeout", "timeout")


def test_test_errors_without_a_generator_run_are_harness_errors(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        test_own="""
        import errno

        def test_own(gen_sample):
            raise PermissionError(errno.ENOSPC, "No space left on device", "/var/cache/x")
        """
    )
    result = pytester.runpytest("--gen-samples=1", "--gen-json=o.json")
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # not the generator's: the session fails
    (record,) = _records(pytester)
    assert record["outcome"] == "error"
    assert record["class"] is None
    assert "No space left on device" in record["reason"]
