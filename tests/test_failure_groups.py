"""The failure-classes table: one row per class and signature, codes per sample, an example."""

from __future__ import annotations

import json
import sys
import textwrap
from dataclasses import replace

import pytest

from pytest_genreliability.classify import classify
from pytest_genreliability.records import SampleRecord, SubjectResult
from pytest_genreliability.report.text import Layout, failure_classes_table

PRISMA_DIR = r"C:\app\node_modules\.prisma\client"
UNKNOWN = [
    "Error: \nYou don't have any datasource defined in your schema.prisma.",
    "Error: EEXIST: file already exists, mkdir 'generated/prisma/models'",
    "out exists and is not empty but doesn't look like a generated Prisma Client.",
]


def _record(index: int, output: str) -> SampleRecord:
    failure = classify(output)
    return SampleRecord(
        subject="gen",
        index=index,
        count=10,
        outcome="failed",
        failure_class=failure.kind,
        errno=failure.errno,
        operation=failure.operation,
        paths=failure.paths,
        excerpt=failure.excerpt,
        signature=failure.signature,
    )


def _lock(index: int) -> str:
    return (
        f"Error: EPERM: operation not permitted, rename "
        f"'{PRISMA_DIR}\\query_engine-windows.dll.node.tmp{4000 + index}' -> "
        f"'{PRISMA_DIR}\\query_engine-windows.dll.node'"
    )


def _result(records: list[SampleRecord]) -> SubjectResult:
    passed = SampleRecord(subject="gen", index=10, count=10, outcome="passed")
    samples = (*records, passed)
    return SubjectResult("gen", None, len(samples), samples, samples, samples, None)


def test_one_row_per_class_and_signature_with_an_example() -> None:
    records = [_record(i, _lock(i)) for i in range(1, 5)]  # four pids, one signature
    records += [_record(5 + i, text) for i, text in enumerate(UNKNOWN)]
    table = failure_classes_table([_result(records)])
    lines = table.splitlines()
    assert "example" in lines[0]
    lock_rows = [line for line in lines if "rename_lock" in line]
    assert len(lock_rows) == 1
    assert "4" in lock_rows[0].split() and "EPERM" in lock_rows[0]
    other_rows = [line for line in lines if " other " in line]
    assert len(other_rows) == 3  # three different problems, three rows
    assert any("datasource" in row for row in other_rows)  # not a bare "Error:"
    assert any("EEXIST" in row and "mkdir" in row for row in other_rows)


def test_the_example_names_paths_from_the_sample_s_folder() -> None:
    """A temporary folder per sample would fill the column; the example drops it."""
    folder = "/tmp/pytest-of-ci/pytest-7/test_gen_c4_gen_20/project"
    record = replace(
        _record(1, f"Error:\nEEXIST: file already exists, mkdir '{folder}/generated/models'"),
        cwd=folder,
    )
    table = failure_classes_table([_result([record])])
    assert "EEXIST: file already exists, mkdir 'generated/models'" in table
    assert "pytest-of-ci" not in table


def test_a_narrow_example_keeps_the_start_of_the_message() -> None:
    table = failure_classes_table([_result([_record(1, _lock(1))])], Layout(width=80))
    assert max(len(line) for line in table.splitlines()) <= 80
    (row,) = [line for line in table.splitlines() if "rename_lock" in line]
    assert "Error: EPERM: operation not" in row and row.endswith("...")


def test_codes_are_per_sample_not_the_union_of_a_group() -> None:
    """Samples that share a signature but not a code say how many had which code."""
    records = [_record(i, "Error: generation failed") for i in range(1, 6)]
    records[0] = replace(records[0], errno="EEXIST")
    table = failure_classes_table([_result(records)])
    assert "EEXIST (1 of 5)" in table


UNKNOWN_GENERATOR = textwrap.dedent(
    """
    import os
    import sys

    index = int(os.environ["GEN_SAMPLE_INDEX"])
    messages = {
        1: "Error: \\nYou don't have any datasource defined in your schema.prisma.",
        2: "Error: EEXIST: file already exists, mkdir 'generated/prisma/models'"
        f" (pid {os.getpid()})",
        3: "x" * 5000,
    }
    print(messages.get(index, "ok"), file=sys.stderr)
    sys.exit(1 if index in messages else 0)
    """
)


def test_json_signatures_and_rows_per_problem(pytester: pytest.Pytester) -> None:
    """Unknown failures show as distinct rows, each record carries its signature, and a user
    pattern that backtracks is stopped and named instead of hanging the session."""
    pytester.makepyfile(gen=UNKNOWN_GENERATOR)
    pytester.makeini(
        f"""
        [pytest]
        gen_command = {sys.executable} gen.py
        gen_failure_patterns =
            nested: (x+x+)+y
        """
    )
    result = pytester.runpytest("--gen-samples=4", "--gen-json=o.json", "-p", "no:randomly")
    records = json.loads((pytester.path / "o.json").read_text())["subjects"][0]["records"]
    failed = [r for r in records if r["outcome"] == "failed"]
    assert len(failed) == 3 and all(r["signature"] for r in failed)
    assert len({r["signature"] for r in failed}) == 3
    assert "datasource" in failed[0]["excerpt"] and "pid *" in failed[1]["signature"]
    result.stdout.fnmatch_lines(
        [
            "*FailurePatternTimeout*pattern 'nested' (line 1) did not finish*",
            "*- failure classes -*",
            "*other*1*25.0%*datasource*",
            "*other*1*25.0%*EEXIST*mkdir*",
        ]
    )
