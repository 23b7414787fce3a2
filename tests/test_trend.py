"""The trend across saved runs: series in time order; changes flagged only under a stated test."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import factories
import pytest

from pytest_genreliability import stats
from pytest_genreliability.cli import main
from pytest_genreliability.records import SampleRecord, aggregate
from pytest_genreliability.report.trend import trend_html, trend_text
from pytest_genreliability.storage import SavedRun, Storage
from pytest_genreliability.trend import compute_trend, holm, select_runs

SUBJECT = "test_gen.py::test_generate"


def records(passed: int, total: int, arm: str | None = None) -> list[SampleRecord]:
    """``passed`` passes then failures; the order does not matter to the two-sample test."""
    return [
        SampleRecord(
            subject=SUBJECT,
            arm=arm,
            index=i,
            count=total,
            outcome="passed" if i <= passed else "failed",
            failure_class=None if i <= passed else "rename_lock",
        )
        for i in range(1, total + 1)
    ]


def save_series(
    store: Storage, name: str, passes: Sequence[int], machines: Sequence[str] | None = None
) -> list[SavedRun]:
    for n, passed in enumerate(passes):
        document = factories.document(aggregate(records(passed, 20)))
        machine = machines[n] if machines else "m1"
        store.save(name, document, metadata={"machine_hash": machine, "git_commit": f"{n:040x}"})
    return [store.load(info.path) for info in store.list()]


def test_holm_adjusts_step_down() -> None:
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])
    assert holm([]) == []


def test_flags_the_runs_where_the_rate_moved(tmp_path: Path) -> None:
    runs = save_series(Storage(tmp_path), "qs", [20, 19, 5, 6, 19])
    trend = compute_trend(runs)
    (subject,) = trend.subjects
    assert [p.passed for p in subject.points] == [20, 19, 5, 6, 19]
    assert [(s.before, s.after, s.changed) for s in subject.steps] == [
        (0, 1, False),
        (1, 2, True),
        (2, 3, False),
        (3, 4, True),
    ]
    assert [s.direction for s in subject.steps if s.changed] == ["down", "up"]
    assert trend.tested_pairs == 4
    text = trend_text(trend)
    assert "Holm over all 4 pairs tested" in text
    assert text.count("flagged: ") == 2
    assert "CHANGED (down): -70.0 points" in text


def test_correction_keeps_a_lone_borderline_difference_unflagged(tmp_path: Path) -> None:
    runs = save_series(Storage(tmp_path), "qs", [18, 12, 12, 12])
    raw = stats.compare(18, 20, 12, 20).pvalue
    assert raw < 0.05  # would be flagged without the correction
    trend = compute_trend(runs)
    first = trend.subjects[0].steps[0]
    assert first.adjusted == pytest.approx(3 * raw)
    assert not trend.flagged
    assert "no change flagged" in trend_text(trend)


def test_points_carry_the_reported_interval_machine_and_commit(tmp_path: Path) -> None:
    store = Storage(tmp_path)
    runs = save_series(store, "qs", [20, 10], machines=["aaa", "bbb"])
    runs[1].document["subjects"][0]["ci"]["lower"] = 0.111  # the figure as the run reported it
    trend = compute_trend(runs)
    first, second = trend.subjects[0].points
    assert (first.machine, first.commit) == ("aaa", "0" * 40)
    assert (second.machine, second.lower) == ("bbb", 0.111)
    assert not trend.subjects[0].steps[0].same_machine
    assert "other machine" in trend_text(trend)


def test_arms_are_series_of_their_own(tmp_path: Path) -> None:
    store = Storage(tmp_path)
    for passed in (10, 20):
        recs = records(passed, 20, arm="direct") + records(20, 20, arm="safe")
        doc = factories.document(aggregate(recs))
        store.save("ab", doc, metadata={})
    runs = [store.load(info.path) for info in store.list()]
    trend = compute_trend(runs)
    assert [s.label for s in trend.subjects] == [f"{SUBJECT} [direct]", f"{SUBJECT} [safe]"]
    assert [s.label for s, _ in trend.flagged] == [f"{SUBJECT} [direct]"]


def test_select_runs_by_prefix_and_last(tmp_path: Path) -> None:
    store = Storage(tmp_path)
    save_series(store, "ci-linux", [20, 19])
    runs = save_series(store, "local", [18])
    assert [r.name for r in select_runs(runs, "ci-", None)] == ["ci-linux", "ci-linux"]
    assert [r.name for r in select_runs(runs, None, 2)] == ["ci-linux", "local"]


def test_html_chart_marks_flagged_steps(tmp_path: Path) -> None:
    trend = compute_trend(save_series(Storage(tmp_path), "qs", [20, 5, 20]))
    page = trend_html(trend)
    assert page.count("<circle") == 3
    assert page.count('stroke="#c62828" stroke-width="3"') == 1  # the drop
    assert page.count('stroke="#2e7d32" stroke-width="3"') == 1  # the recovery
    assert "<script" not in page


def test_cli_trend(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Storage(tmp_path / "runs")
    save_series(store, "qs", [20, 19, 5, 6, 19])
    (store.root / "20200101T000000.000000Z_qs_0000abcd.json").write_text("{")
    chart = tmp_path / "trend.html"
    code = main(["trend", "qs", "--last", "3", "--html", str(chart), "--storage", str(store.root)])
    out = capsys.readouterr().out
    assert code == 0
    assert "skipped unreadable run: " in out
    assert "3 run(s) from" in out
    assert "rule: a change is flagged where the Boschloo two-sided test" in out
    assert out.count("flagged: ") == 1  # 5 -> 6 is not a change, 6 -> 19 is
    assert chart.read_text().startswith("<!DOCTYPE html>")
    assert main(["trend", "nothing", "--storage", str(store.root)]) == 2
    assert main(["trend", "--last", "0", "--storage", str(store.root)]) == 2
