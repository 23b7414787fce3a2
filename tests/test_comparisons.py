"""Comparisons of arms and of saved runs, and their reports (no pytest session involved)."""

from __future__ import annotations

import json
import math

import pytest
from factories import document, records, result
from scipy import stats as scipy_stats

from pytest_genreliability import stats
from pytest_genreliability.comparisons import (
    ClassChange,
    compare_results,
    match_saved,
    pair_arms,
)
from pytest_genreliability.records import aggregate
from pytest_genreliability.report.compare import (
    comparison_dict,
    comparisons_table,
    regression_gate_lines,
    unmatched_lines,
    verdict_line,
    verdict_lines,
)

SUBJECT = "test_gen.py::test_generate"


def test_half_failing_arm_against_never_failing_arm_is_improved() -> None:
    direct = result(SUBJECT, "direct", 20, range(1, 21, 2))  # fails every other sample
    safe = result(SUBJECT, "safe", 20)
    comp = compare_results(direct, safe)

    assert (comp.passed_a, comp.total_a, comp.passed_b, comp.total_b) == (10, 20, 20, 20)
    assert comp.baseline_label == "direct"
    assert comp.candidate_label == "safe"
    assert comp.subject == SUBJECT
    assert comp.verdict == "improved"
    assert comp.comparison is not None
    assert comp.comparison.alternative == "greater"
    # Reference: scipy's own Boschloo test on the same 2x2 table (B first, so "greater"
    # asks whether B passes more often).
    reference = scipy_stats.boschloo_exact([[20, 10], [0, 10]], alternative="greater").pvalue
    assert comp.comparison.pvalue == pytest.approx(reference, rel=1e-9)
    assert comp.comparison.pvalue < 0.05
    assert comp.class_changes == (ClassChange("rename_lock", 10, 0),)
    # Wilson interval of 20/20 mirrors that of 0/20, 0 to 0.1611 (Newcombe 1998, "Two-sided
    # confidence intervals for the single proportion", Statistics in Medicine 17:857-872, Table I).
    assert comp.interval_b[0] == pytest.approx(1 - 0.1611, abs=1e-4)
    assert comp.interval_b[1] == 1.0

    table = comparisons_table([comp])
    row = table.splitlines()[2]
    assert row.startswith(SUBJECT)
    assert "direct: 10/20 50.0%" in row
    assert "safe: 20/20 100.0% (83.9-100.0%)" in row
    assert "+50.0" in row
    assert "Boschloo one-sided p = " in row
    assert "rename_lock 10 -> 0" in row
    assert row.rstrip().endswith("improved")

    line = verdict_line(comp)
    assert line.startswith(f"{SUBJECT}: safe vs direct: improved (+50.0 points, 95% CI ")
    assert "Boschloo one-sided p = " in line
    assert "P(safe better) " in line
    assert line.endswith("; rename_lock 10 -> 0")


def test_difference_interval_matches_newcombe_published_case() -> None:
    # Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10: 56/70 - 48/80
    # gives 0.0524 to 0.3339. His p1 is the candidate (arm B), p2 the baseline (arm A).
    comp = compare_results(
        result("s", None, 80, range(1, 33)),
        result("s", None, 70, range(1, 15)),
        alternative="two-sided",
    )
    assert comp.comparison is not None
    assert comp.comparison.difference == pytest.approx(0.2)
    low, high = comp.comparison.interval
    assert round(low, 4) == 0.0524
    assert round(high, 4) == 0.3339
    assert "+20.0 (+5.2 to +33.4)" in comparisons_table([comp])
    assert "+20.0 points, 95% CI +5.2 to +33.4" in verdict_line(comp)
    assert "Boschloo two-sided p = " in verdict_line(comp)


def test_fisher_pvalue_matches_hypergeometric_tail() -> None:
    # One-sided Fisher for A 10/20 vs B 20/20: with 30 passes among 40 samples, the chance
    # that B gets 20 of them is C(30,20) C(10,0) / C(40,20).
    expected = math.comb(30, 20) / math.comb(40, 20)
    comp = compare_results(
        result(SUBJECT, "a", 20, range(11, 21)), result(SUBJECT, "b", 20), test="fisher"
    )
    assert comp.comparison is not None
    assert comp.comparison.test == "fisher"
    assert comp.comparison.pvalue == pytest.approx(expected, rel=1e-9)
    assert "Fisher one-sided p = 0.0002" in verdict_line(comp)


def test_inconclusive_comparison_says_how_many_samples_would_tell() -> None:
    comp = compare_results(
        result(SUBJECT, None, 10, [1, 2]),
        result(SUBJECT, None, 10, [1]),
        alternative="two-sided",
        baseline_label="before",
        candidate_label="after",
    )
    assert comp.verdict == "no significant difference"
    assert comp.comparison is not None
    needed = stats.samples_per_arm(0.8, 0.9, alpha=0.05, power=0.8)
    assert comp.comparison.samples_per_arm_needed == needed
    line = verdict_line(comp)
    assert line.startswith(f"{SUBJECT}: after vs before: no significant difference (")
    assert (
        f"; about {needed} samples per arm would detect a change of this size with 80% power"
        in line
    )
    assert line.endswith("rename_lock 2 -> 1")


def test_one_sided_question_with_the_change_going_the_other_way() -> None:
    comp = compare_results(result(SUBJECT, "before", 20), result(SUBJECT, "after", 20, [1, 2]))
    assert comp.verdict == "no significant difference"
    assert comp.comparison is not None
    assert comp.comparison.samples_per_arm_needed is None
    assert "goes the other way from the one-sided question (is after better?)" in verdict_line(comp)


def test_regression_two_sided() -> None:
    comp = compare_results(
        result(SUBJECT, None, 20), result(SUBJECT, None, 20, range(1, 16)), alternative="two-sided"
    )
    assert comp.verdict == "regressed"
    assert comp.subject == SUBJECT
    assert (comp.baseline_label, comp.candidate_label) == ("baseline", "candidate")
    assert comp.class_changes == (ClassChange("rename_lock", 0, 15),)


def test_gate_lines_only_for_regressions() -> None:
    regressed = compare_results(
        result(SUBJECT, None, 20), result(SUBJECT, None, 20, range(1, 16)), alternative="two-sided"
    )
    improved = compare_results(
        result(SUBJECT, None, 20, range(1, 16)), result(SUBJECT, None, 20), alternative="two-sided"
    )
    (line,) = regression_gate_lines([improved, regressed])
    assert line.startswith(
        f"genreliability: gate failed: {SUBJECT}: candidate regressed against baseline: "
        "5/20 passed (25.0%) vs 20/20 (100.0%), Boschloo two-sided p = "
    )


def test_class_changes_cover_both_sides_most_frequent_first() -> None:
    a = aggregate(
        records(SUBJECT, "a", 10, [1, 2, 3], "rename_lock")[:3]
        + records(SUBJECT, "a", 10, [4], "timeout")[3:]
    )
    assert a[0].failure_counts() == {"rename_lock": 3, "timeout": 1}
    b = result(SUBJECT, "b", 10, [5], failure_class="network")
    comp = compare_results(a[0], b)
    assert comp.class_changes == (
        ClassChange("rename_lock", 3, 0),
        ClassChange("network", 0, 1),
        ClassChange("timeout", 1, 0),
    )
    assert "rename_lock 3 -> 0, network 0 -> 1, timeout 1 -> 0" in comparisons_table([comp])


def test_side_without_rated_samples_is_not_compared() -> None:
    baseline = result(SUBJECT, "before", 10, [1])
    skipped = result(SUBJECT, "after", 5, range(1, 6), outcome="skipped")
    assert skipped.total == 0
    comp = compare_results(baseline, skipped)
    assert comp.comparison is None
    assert comp.verdict == "not compared"
    assert verdict_line(comp) == (
        f"{SUBJECT}: after vs before: not compared (no rated sample in after)"
    )
    assert "after: no rated sample" in comparisons_table([comp])
    data = comparison_dict(comp)
    assert data["verdict"] == "not compared"
    assert data["pvalue"] is None
    assert data["candidate"]["pass_rate"] is None


@pytest.mark.parametrize(
    ("option", "value"),
    [("test", "chi2"), ("alternative", "better"), ("alpha", 0.7), ("confidence", 1.5)],
)
def test_bad_options_name_the_argument(option: str, value: object) -> None:
    # Checked even when a side has no sample, so a typo cannot hide behind empty data.
    empty = result(SUBJECT, "b", 3, range(1, 4), outcome="error")
    with pytest.raises(ValueError, match=option):
        compare_results(result(SUBJECT, "a", 3), empty, **{option: value})  # type: ignore[arg-type]


def test_pair_arms_compares_every_later_arm_with_the_first() -> None:
    results = aggregate(
        records("t::one", "before", 2)
        + records("t::plain", None, 2)
        + records("t::one", "after", 2)
        + records("t::two", "x", 2)
        + records("t::one", "after2", 2)
        + records("t::two", "y", 2)
        + records("t::lonely", "only", 2)
    )
    pairs = [(a.key, b.key) for a, b in pair_arms(results)]
    assert pairs == [
        (("t::one", "before"), ("t::one", "after")),
        (("t::one", "before"), ("t::one", "after2")),
        (("t::two", "x"), ("t::two", "y")),
    ]


def test_match_saved_pairs_by_subject_and_arm() -> None:
    saved = aggregate(
        records("t::a", None, 2) + records("t::b", "x", 2) + records("t::gone", None, 2)
    )
    current = aggregate(
        records("t::b", "x", 3) + records("t::a", None, 3) + records("t::b", "y", 3)
    )
    pairs, only_current, only_saved = match_saved(current, saved)
    assert [(s.key, c.key, s.total, c.total) for s, c in pairs] == [
        (("t::b", "x"), ("t::b", "x"), 2, 3),
        (("t::a", None), ("t::a", None), 2, 3),
    ]
    assert [r.key for r in only_current] == [("t::b", "y")]
    assert [r.key for r in only_saved] == [("t::gone", None)]
    assert unmatched_lines(only_saved, only_current, "main", "branch") == [
        "t::gone: only in main, not in branch; not compared",
        "t::b [y]: only in branch, not in main; not compared",
    ]
    comp = compare_results(*pairs[0], alternative="two-sided")
    assert comp.subject == "t::b [x]"


def test_comparison_dict_goes_into_the_json_document() -> None:
    results = aggregate(records(SUBJECT, "direct", 20, range(1, 11)) + records(SUBJECT, "safe", 20))
    comps = [compare_results(a, b) for a, b in pair_arms(results)]
    doc = document(results, [comparison_dict(c) for c in comps])
    (data,) = json.loads(json.dumps(doc))["comparisons"]
    c = comps[0].comparison
    assert c is not None
    assert data["subject"] == SUBJECT
    assert data["baseline"] == {
        "label": "direct",
        "arm": "direct",
        "passed": 10,
        "samples": 20,
        "pass_rate": 0.5,
        "ci": {"lower": comps[0].interval_a[0], "upper": comps[0].interval_a[1]},
    }
    assert data["candidate"]["passed"] == 20
    assert data["difference"] == pytest.approx(0.5)
    assert data["difference_ci"] == {
        "method": "newcombe",
        "lower": c.interval[0],
        "upper": c.interval[1],
    }
    assert data["pvalue"] == c.pvalue
    assert data["alternative"] == "greater"
    assert data["test"] == data["test_requested"] == "boschloo"
    assert data["verdict"] == "improved"
    assert data["class_changes"] == [{"class": "rename_lock", "baseline": 10, "candidate": 0}]


def test_verdict_lines_one_per_comparison() -> None:
    comps = [
        compare_results(result("s1", "a", 5), result("s1", "b", 5)),
        compare_results(result("s2", "a", 5), result("s2", "b", 5, [1])),
    ]
    lines = verdict_lines(comps)
    assert len(lines) == 2
    assert lines[0].startswith("s1: b vs a: no significant difference (+0.0 points")
    assert lines[1].startswith("s2: b vs a: no significant difference (-20.0 points")
