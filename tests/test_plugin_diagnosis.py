"""Residue, poisoning and self-inflicted contention, end to end through the pytest glue."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest

OVERLAP_GENERATOR = Path(__file__).parent / "helpers" / "overlap_generator.py"


def _document(pytester: pytest.Pytester) -> dict:
    return json.loads((pytester.path / "o.json").read_text())


def test_failed_samples_list_the_temporaries_they_left(pytester: pytest.Pytester) -> None:
    # fails on samples 2 and 3, leaving <engine>.tmp<pid> each time (a relative path, from the
    # run's cwd); sample 3 must not count sample 2's copy again
    pytester.makepyfile(
        gen="""
        import os, sys
        index = int(os.environ["GEN_SAMPLE_INDEX"])
        folder = os.path.join("out", "client")
        os.makedirs(folder, exist_ok=True)
        target = os.path.join(folder, "engine.node")
        if index in (2, 3):
            open(f"{target}.tmp{os.getpid()}", "w").close()
            print(f"Error: EPERM: operation not permitted, rename '{target}.tmp{os.getpid()}'"
                  f" -> '{target}'", file=sys.stderr)
            sys.exit(1)
        """,
        test_gen="""
        import sys
        from pathlib import Path

        def test_gen(gen_run, tmp_path_factory):
            gen_run([sys.executable, str(Path(__file__).parent / "gen.py")])
        """,
    )
    result = pytester.runpytest("--gen-samples=4", "--gen-json=o.json", "-p", "no:xdist")
    subject = _document(pytester)["subjects"][0]
    records = {r["index"]: r for r in subject["records"]}
    assert [len(records[i]["residue"]) for i in (1, 2, 3, 4)] == [0, 1, 1, 0]
    assert records[2]["residue"] != records[3]["residue"]
    assert Path(records[2]["residue"][0]).parent == pytester.path / "out" / "client"
    assert subject["residue"] == {
        "failures": 2,
        "failures_with_residue": 2,
        "files": 2,
        "kinds": {".tmp<pid>": 2},
    }
    result.stdout.fnmatch_lines(
        ["*residue*", "*test_gen.py::test_gen: 2 failures left 2 `.tmp<pid>` files"]
    )


def test_a_broken_workspace_is_named_with_the_first_failure(pytester: pytest.Pytester) -> None:
    # sample 4 breaks the output folder; every later sample then fails on it
    pytester.makepyfile(
        gen="""
        import os, sys
        index = int(os.environ["GEN_SAMPLE_INDEX"])
        if index == 4 or os.path.exists("broken"):
            open("broken", "w").close()
            print("Error:", file=sys.stderr)
            print("EEXIST: file already exists, mkdir 'generated/models'", file=sys.stderr)
            sys.exit(1)
        """,
        test_gen="""
        import sys
        from pathlib import Path

        def test_gen(gen_run):
            gen_run([sys.executable, str(Path(__file__).parent / "gen.py")])
        """,
    )
    result = pytester.runpytest("--gen-samples=10", "--gen-json=o.json", "-p", "no:xdist")
    poisoning = _document(pytester)["subjects"][0]["poisoning"]
    assert poisoning["from_sample"] == 4
    assert (poisoning["tail"], poisoning["passed_before"]) == (7, 3)
    assert "EEXIST" in poisoning["excerpt"]
    result.stdout.fnmatch_lines(
        [
            "*test_gen.py::test_gen: from sample 4 on, every sample failed the same way (7 in a "
            "row, after 3 of 3 earlier samples passed): an earlier sample may have broken the "
            "workspace",
            "  sample 4 said: *EEXIST*",
        ]
    )


def _overlap_test(pytester: pytest.Pytester) -> None:
    shutil.copy(OVERLAP_GENERATOR, pytester.path / "gen.py")
    pytester.makepyfile(
        test_gen="""
        import sys
        from pathlib import Path

        def test_gen(gen_run):
            gen_run([sys.executable, str(Path(__file__).parent / "gen.py")])
        """
    )


@pytest.fixture
def long_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOLD_S", "30")


@pytest.mark.usefixtures("long_hold")
def test_overlapping_samples_are_flagged_when_overlap_is_allowed(pytester: pytest.Pytester) -> None:
    _overlap_test(pytester)
    # HOLD_S is only the upper bound: the first copy stops waiting once the second is refused
    result = pytester.runpytest_subprocess(
        "--gen-samples=2",
        "-n",
        "2",
        "--gen-allow-overlap",
        "--gen-json=o.json",
    )
    subject = _document(pytester)["subjects"][0]
    assert (subject["passed"], subject["failed"]) == (1, 1)
    assert subject["overlap"]["samples"] == 2
    assert subject["overlap"]["workers"] == ["gw0", "gw1"]
    result.stdout.fnmatch_lines(
        ["*test_gen.py::test_gen: 2 sample(s) ran at the same time as another sample*"]
    )


def test_samples_of_one_subject_take_turns_by_default(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _overlap_test(pytester)
    monkeypatch.setenv("HOLD_S", "0.3")
    result = pytester.runpytest_subprocess("--gen-samples=4", "-n", "2", "--gen-json=o.json")
    subject = _document(pytester)["subjects"][0]
    assert (subject["passed"], subject["failed"]) == (4, 0)
    assert subject["overlap"] is None
    starts = sorted((r["started_at"], r["ended_at"]) for r in subject["records"])
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(starts))
    assert {r["worker"] for r in subject["records"]} == {"gw0", "gw1"}
    result.stdout.no_fnmatch_line("*ran at the same time*")
