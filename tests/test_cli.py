"""The ``pytest-genreliability`` command: list, show, compare (with its gate) and merge."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from factories import document, figures, records

from pytest_genreliability import stats
from pytest_genreliability.cli import main
from pytest_genreliability.comparisons import compare_results, match_saved
from pytest_genreliability.records import SampleRecord, SubjectResult, aggregate
from pytest_genreliability.report.compare import comparisons_table, pvalue_text, verdict_lines
from pytest_genreliability.report.text import subjects_table
from pytest_genreliability.storage import Storage

SUBJECT = "test_gen.py::test_generate"


def save(
    store: Storage, name: str, recs: list[SampleRecord], **metadata: Any
) -> tuple[Path, list[SubjectResult]]:
    results = aggregate(recs)
    doc = document(results)
    return store.save(name, doc, metadata=metadata), results


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store(tmp_path: Path) -> Storage:
    return Storage(tmp_path / "runs")


def test_list_without_runs(capsys: pytest.CaptureFixture[str], store: Storage) -> None:
    code, out, _ = run(capsys, "list", "--storage", str(store.root))
    assert code == 0
    assert out.strip() == f"no saved runs in {store.root}"


def test_list_names_runs_and_unreadable_files(
    capsys: pytest.CaptureFixture[str], store: Storage
) -> None:
    good, _ = save(store, "before", records(SUBJECT, None, 10, [1, 2]), git_commit="a" * 40)
    bad, _ = save(store, "after", records(SUBJECT, None, 10))
    bad.write_text("{ not json")
    code, out, _ = run(capsys, "list", "--storage", str(store.root))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["name", "saved", "(UTC)", "subjects", "samples"]
    assert lines[2].split()[0] == "before"
    assert lines[2].split()[2:5] == ["1", "10", "a" * 12]
    assert good.name in lines[2]
    assert f"{bad.name} (unreadable)" in lines[3]
    assert lines[4].startswith(f"unreadable: {bad}: corrupt or truncated JSON")


def test_show_prints_the_plugin_subject_table(
    capsys: pytest.CaptureFixture[str], store: Storage
) -> None:
    _, results = save(
        store,
        "ab",
        records(SUBJECT, "direct", 20, range(1, 21, 2)) + records(SUBJECT, "safe", 20),
        machine_hash="0123456789ab",
    )
    code, out, _ = run(capsys, "show", "ab", "--storage", str(store.root))
    assert code == 0
    assert out.splitlines()[0].startswith("run 'ab' (")
    assert "machine 0123456789ab" in out.splitlines()[0]
    assert subjects_table(figures(results)) in out
    # the arms of the saved run are compared as in the session: first arm is the baseline
    (verdict,) = [line for line in out.splitlines() if line.startswith(f"{SUBJECT}: safe vs")]
    assert verdict.startswith(f"{SUBJECT}: safe vs direct: improved (+50.0 points")
    assert "Boschloo one-sided p = " in verdict

    code, out, _ = run(capsys, "show", "ab", "--storage", str(store.root), "--test", "fisher")
    assert code == 0
    assert "Fisher one-sided p = " in out


def test_show_with_other_interval_settings(
    capsys: pytest.CaptureFixture[str], store: Storage
) -> None:
    _, results = save(store, "r", records(SUBJECT, None, 10, [3]))
    code, out, _ = run(
        capsys,
        "show",
        "r",
        "--storage",
        str(store.root),
        "--ci-method",
        "exact",
        "--confidence",
        "0.9",
    )
    assert code == 0
    assert subjects_table(figures(results, 0.9, "exact")) in out
    assert "90% CI (Clopper-Pearson)" in out


def test_compare_gives_the_figures_of_the_session(
    capsys: pytest.CaptureFixture[str], store: Storage
) -> None:
    _, before = save(
        store, "before", records(SUBJECT, None, 20, range(1, 11)) + records("gone", None, 3)
    )
    _, after = save(store, "after", records(SUBJECT, None, 20) + records("new", None, 3))
    code, out, _ = run(capsys, "compare", "before", "after", "--storage", str(store.root))
    assert code == 0

    pairs, only_after, only_before = match_saved(after, before)
    expected = [
        compare_results(
            a, b, alternative="two-sided", baseline_label="before", candidate_label="after"
        )
        for a, b in pairs
    ]
    assert comparisons_table(expected) in out
    for line in verdict_lines(expected):
        assert line in out.splitlines()
    assert f"{SUBJECT}: after vs before: improved (+50.0 points" in out
    assert "Boschloo two-sided p = " in out
    assert "gone: only in before, not in after; not compared" in out.splitlines()
    assert "new: only in after, not in before; not compared" in out.splitlines()
    assert [r.subject for r in only_after] == ["new"]
    assert [r.subject for r in only_before] == ["gone"]


def test_compare_gates_on_regression(capsys: pytest.CaptureFixture[str], store: Storage) -> None:
    save(store, "main", records(SUBJECT, None, 20))
    save(store, "branch", records(SUBJECT, None, 20, range(1, 11)))
    argv = ["compare", "main", "branch", "--storage", str(store.root)]

    code, out, _ = run(capsys, *argv)
    assert code == 0  # without --fail-on-regression a regression is reported, not gated
    assert f"{SUBJECT}: branch vs main: regressed" in out
    assert "gate failed" not in out

    code, out, _ = run(capsys, *argv, "--fail-on-regression")
    assert code == 1
    (gate,) = [line for line in out.splitlines() if line.startswith("genreliability: gate")]
    assert gate.startswith(
        f"genreliability: gate failed: {SUBJECT}: branch regressed against main: 10/20 passed "
        "(50.0%) vs 20/20 (100.0%), Boschloo two-sided p = "
    )
    assert gate.endswith(" < alpha 0.05")

    # the other direction is an improvement: the gate passes
    code, out, _ = run(
        capsys, "compare", "branch", "main", "--storage", str(store.root), "--fail-on-regression"
    )
    assert code == 0
    assert "gate failed" not in out


def test_compare_one_sided_and_fisher(capsys: pytest.CaptureFixture[str], store: Storage) -> None:
    save(store, "a", records(SUBJECT, None, 20, range(11, 21)))
    save(store, "b", records(SUBJECT, None, 20))
    code, out, _ = run(
        capsys,
        "compare",
        "a",
        "b",
        "--storage",
        str(store.root),
        "--test",
        "fisher",
        "--alternative",
        "greater",
    )
    assert code == 0
    # One-sided Fisher for 10/20 vs 20/20: C(30,20) / C(40,20) = 0.000218
    assert "Fisher one-sided p = 0.0002" in out


def test_compare_of_runs_with_the_same_name_uses_file_names(
    capsys: pytest.CaptureFixture[str], store: Storage
) -> None:
    first, _ = save(store, "nightly", records(SUBJECT, None, 5))
    second, _ = save(store, "nightly", records(SUBJECT, None, 5))
    code, out, _ = run(capsys, "compare", str(first), str(second), "--storage", str(store.root))
    assert code == 0
    assert f"{SUBJECT}: {second.stem} vs {first.stem}: no significant difference" in out


def test_compare_with_nothing_in_common(capsys: pytest.CaptureFixture[str], store: Storage) -> None:
    save(store, "x", records("one", None, 5))
    save(store, "y", records("two", None, 5))
    code, out, _ = run(capsys, "compare", "x", "y", "--storage", str(store.root))
    assert code == 0
    assert "no subject appears in both x and y: nothing to compare" in out


def test_unreadable_file_exits_2_and_stays_untouched(
    capsys: pytest.CaptureFixture[str], store: Storage
) -> None:
    save(store, "good", records(SUBJECT, None, 5))
    bad, _ = save(store, "bad", records(SUBJECT, None, 5))
    bad.write_bytes(bad.read_bytes()[:40])
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    for argv in (
        ["show", "bad"],
        ["compare", "good", "bad"],
        ["merge", "bad", "-o", str(store.root.parent / "x.json")],
    ):
        code, _, err = run(capsys, *argv, "--storage", str(store.root))
        assert code == 2
        assert err.startswith(f"pytest-genreliability: error: {bad}: corrupt or truncated JSON")
        assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["compare", "a", "b", "--test", "chi2"], "argument --test: invalid choice: 'chi2'"),
        (["compare", "a", "b", "--alpha", "0.7"], "--alpha must be strictly between 0 and 0.5"),
        (["show", "a", "--confidence", "95"], "--confidence: expected a confidence level strictly"),
        (["show", "a", "--confidence", "high"], "--confidence: expected a confidence level"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["merge", "a"], "the following arguments are required: -o/--output"),
        (["show", ".."], "name_or_path '..' is not a valid run name"),
        (["show", "nothing"], "no saved runs (save one with --gen-save=NAME)"),
    ],
)
def test_bad_arguments_exit_2(
    capsys: pytest.CaptureFixture[str], store: Storage, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv, "--storage", str(store.root))
    assert code == 2
    assert message in err
    assert out == ""


def test_missing_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2
    assert "the following arguments are required: COMMAND" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "list" in out and "compare" in out and "merge" in out


def test_merge_warns_when_machines_differ(
    capsys: pytest.CaptureFixture[str], store: Storage, tmp_path: Path
) -> None:
    fast, _ = save(store, "win", records(SUBJECT, None, 20), machine_hash="aaaaaaaaaaaa")
    slow, _ = save(
        store, "win", records(SUBJECT, None, 20, range(1, 16)), machine_hash="bbbbbbbbbbbb"
    )
    out_file = tmp_path / "pooled.json"
    code, out, _ = run(
        capsys, "merge", str(fast), str(slow), "-o", str(out_file), "--storage", str(store.root)
    )
    assert code == 0
    # Reference: two machines with small expected counts, so Fisher's exact test (two-sided)
    # on 20/20 vs 5/20 decides whether they share one pass rate.
    p_value = stats.homogeneity_test([(20, 20), (5, 20)])
    assert p_value < 0.05
    (warning,) = [line for line in out.splitlines() if "warning" in line]
    assert warning.startswith(
        f"genreliability: warning: {SUBJECT}: the machines differ (aaaaaaaaaaaa 20/20, "
        "bbbbbbbbbbbb 5/20; homogeneity p = "
    )
    assert "the pooled pass rate 62.5% hides the difference" in warning
    rows = [line.split() for line in out.splitlines()]
    assert [SUBJECT, "aaaaaaaaaaaa", "1", "20", "20", "100.0%"] in [r[:6] for r in rows]
    (first_machine,) = [r for r in rows if r[:2] == [SUBJECT, "aaaaaaaaaaaa"]]
    assert first_machine[-1] == pvalue_text(p_value)
    assert ["bbbbbbbbbbbb", "1", "20", "5", "25.0%"] in [r[:5] for r in rows]

    pooled = Storage(store.root).load(out_file)
    (subject,) = pooled.results
    assert (subject.passed, subject.total) == (25, 40)
    (data,) = pooled.document["subjects"]
    assert data["homogeneity_pvalue"] == p_value
    assert [(m["machine_hash"], m["passed"], m["samples"]) for m in data["machines"]] == [
        ("aaaaaaaaaaaa", 20, 20),
        ("bbbbbbbbbbbb", 5, 20),
    ]
    assert pooled.metadata["name"] == "pooled"
    assert [s["path"] for s in pooled.metadata["merged_from"]] == [str(fast), str(slow)]

    # OUT is never replaced by accident
    code, _, err = run(
        capsys, "merge", str(fast), str(slow), "-o", str(out_file), "--storage", str(store.root)
    )
    assert code == 2
    assert "the file exists (use --force to replace it)" in err


def test_merge_of_agreeing_machines_does_not_warn(
    capsys: pytest.CaptureFixture[str], store: Storage, tmp_path: Path
) -> None:
    save(store, "one", records(SUBJECT, None, 20, [3]), machine_hash="aaaaaaaaaaaa")
    save(store, "two", records(SUBJECT, None, 20, [7, 9]), machine_hash="bbbbbbbbbbbb")
    out_file = tmp_path / "pooled.json"
    code, out, _ = run(
        capsys, "merge", "one", "two", "-o", str(out_file), "--storage", str(store.root)
    )
    assert code == 0
    assert "warning" not in out
    assert "pooled 2 runs from 2 machine(s)" in out
    assert json.loads(out_file.read_text())["subjects"][0]["passed"] == 37


def test_merge_of_one_machine_says_there_is_nothing_to_compare(
    capsys: pytest.CaptureFixture[str], store: Storage, tmp_path: Path
) -> None:
    save(store, "one", records(SUBJECT, None, 20), machine_hash="aaaaaaaaaaaa")
    save(store, "two", records(SUBJECT, None, 20, range(1, 16)), machine_hash="aaaaaaaaaaaa")
    out_file = tmp_path / "pooled.json"
    code, out, _ = run(
        capsys, "merge", "one", "two", "-o", str(out_file), "--storage", str(store.root)
    )
    assert code == 0
    assert "all runs come from one machine: there are no machines to compare" in out
    assert "warning" not in out
    rows = [line.split() for line in out.splitlines()]
    (row,) = [r for r in rows if r[:2] == [SUBJECT, "aaaaaaaaaaaa"]]
    assert row[2:6] == ["2", "40", "25", "62.5%"]
    assert row[-1] == "-"  # no p-value: a machine is not compared with itself


def test_merge_refuses_the_same_run_twice(
    capsys: pytest.CaptureFixture[str], store: Storage, tmp_path: Path
) -> None:
    path, _ = save(store, "one", records(SUBJECT, None, 5))
    code, _, err = run(
        capsys,
        "merge",
        "one",
        str(path),
        "-o",
        str(tmp_path / "o.json"),
        "--storage",
        str(store.root),
    )
    assert code == 2
    assert "the same run as one; it would count twice" in err
    assert not (tmp_path / "o.json").exists()


def test_python_dash_m_runs_the_same_command(store: Storage) -> None:
    save(store, "nightly", records(SUBJECT, None, 4, [2]))
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest_genreliability",
            "show",
            "latest",
            "--storage",
            str(store.root),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("run 'nightly' (")
    rows = [line.split()[:5] for line in completed.stdout.splitlines()]
    assert [SUBJECT, "4", "3", "1", "75.0%"] in rows
