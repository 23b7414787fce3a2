"""Sample records and aggregation (pure core)."""

from __future__ import annotations

import pytest

from pytest_genreliability.address import SampleAddress, parse_nodeid
from pytest_genreliability.records import SampleRecord, aggregate


@pytest.mark.parametrize(
    ("nodeid", "expected"),
    [
        (
            "tests/test_x.py::test_gen[gen-3/10]",
            SampleAddress("tests/test_x.py::test_gen", 3, 10, None),
        ),
        ("t.py::test_gen[linux-gen-1/2]", SampleAddress("t.py::test_gen[linux]", 1, 2, None)),
        ("t.py::test_gen[gen-after-12/30]", SampleAddress("t.py::test_gen", 12, 30, "after")),
        (
            "t.py::test_gen[a-b-gen-before-2/5]",
            SampleAddress("t.py::test_gen[a-b]", 2, 5, "before"),
        ),
        ("gen_command[gen-4/4]", SampleAddress("gen_command", 4, 4, None)),
        ("t.py::TestX::test_gen[gen-1/1]", SampleAddress("t.py::TestX::test_gen", 1, 1, None)),
    ],
)
def test_parse_sample_nodeid(nodeid: str, expected: SampleAddress) -> None:
    assert parse_nodeid(nodeid) == expected


@pytest.mark.parametrize("nodeid", ["t.py::test_plain", "t.py::test_p[gen-x]", "t.py::test[gen]"])
def test_parse_nodeid_ignores_other_items(nodeid: str) -> None:
    assert parse_nodeid(nodeid) is None


def test_format_and_parse_round_trip() -> None:
    for arm in (None, "safe"):
        nodeid = f"t.py::test[{SampleAddress('', 7, 9, arm).param_id}]"
        assert parse_nodeid(nodeid) == SampleAddress("t.py::test", 7, 9, arm)


def _rec(index: int, outcome: str, attempt: int = 1, **kw: object) -> SampleRecord:
    return SampleRecord(subject="s", index=index, count=4, outcome=outcome, attempt=attempt, **kw)  # type: ignore[arg-type]


def test_aggregate_is_independent_of_arrival_order() -> None:
    records = [_rec(3, "failed"), _rec(1, "passed"), _rec(4, "timeout"), _rec(2, "passed")]
    forward = aggregate(records)
    backward = aggregate(list(reversed(records)))
    assert [r.index for r in forward[0].samples] == [1, 2, 3, 4]
    assert forward[0].samples == backward[0].samples
    assert (forward[0].total, forward[0].passed, forward[0].failed) == (4, 2, 2)
    assert forward[0].passed_sequence() == [True, True, False, False]


def test_reruns_keep_first_and_final_attempt() -> None:
    records = [
        _rec(1, "passed"),
        _rec(2, "failed", attempt=1, final=False),
        _rec(2, "passed", attempt=2),
        _rec(3, "failed", attempt=1, final=False),
        _rec(3, "failed", attempt=2),
    ]
    (result,) = aggregate(records)
    assert (result.passed, result.total) == (2, 3)
    assert (result.first_attempt_passed, result.first_attempt_total) == (1, 3)
    assert result.reran


def test_unrated_outcomes_stay_out_of_the_rate_but_are_counted() -> None:
    (result,) = aggregate(
        [_rec(1, "passed"), _rec(2, "interrupted"), _rec(3, "error"), _rec(4, "crashed")]
    )
    assert (result.total, result.passed) == (2, 1)
    assert result.outcome_counts() == {"passed": 1, "interrupted": 1, "error": 1, "crashed": 1}
    assert result.missing == 0


def test_missing_samples_are_noticed() -> None:
    (result,) = aggregate([_rec(1, "passed")])
    assert result.missing == 3


def test_record_dict_round_trip() -> None:
    record = _rec(2, "failed", failure_class="rename_lock", paths=("a", "b"), errno="EPERM")
    data = record.to_dict()
    assert data["class"] == "rename_lock"
    assert data["paths"] == ["a", "b"]
    assert SampleRecord.from_dict(data) == record
    # unknown keys from a newer writer are ignored, not fatal
    assert SampleRecord.from_dict({**data, "future_field": 1}) == record
