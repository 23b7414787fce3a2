"""One decision rule: the gate, the plan and the "N more passes" hint agree everywhere."""

from __future__ import annotations

import pytest

from pytest_genreliability import stats
from pytest_genreliability.gates import (
    GatePolicy,
    evaluate_gate,
    gate_bound,
    passes_needed,
    plan_samples,
)

METHODS = ["wilson", "wilson-cc", "exact", "jeffreys", "agresti-coull"]
CONFIDENCES = [0.80, 0.90, 0.95, 0.99]
RATES = [0.5, 0.8, 0.9, 0.95, 0.99, 0.999]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("confidence", CONFIDENCES)
def test_the_plan_is_exactly_the_smallest_all_pass_n_the_gate_passes(
    method: str, confidence: float
) -> None:
    for rate in RATES:
        policy = GatePolicy(rate, "lower", confidence, method)
        n = plan_samples(policy)
        assert n is not None
        assert evaluate_gate("s", n, n, policy).passed, (method, confidence, rate, n)
        if n > 1:
            assert not evaluate_gate("s", n - 1, n - 1, policy).passed, (method, confidence, rate)


@pytest.mark.parametrize("method", METHODS)
def test_the_gate_bound_is_the_lower_end_of_the_interval_the_table_shows(method: str) -> None:
    policy = GatePolicy(0.9, "lower", 0.95, method)
    lower, _ = stats.pass_rate_interval(29, 29, 0.95, method)
    assert gate_bound(29, 29, policy) == pytest.approx(lower, abs=0)
    gate = evaluate_gate("s", 29, 29, policy)
    assert gate.bound == pytest.approx(lower, abs=0)
    assert gate.observed_rate == 1.0


@pytest.mark.parametrize(("rate", "expected"), [(0.9, 35), (0.95, 73), (0.99, 381)])
def test_wilson_plan_matches_the_gate_not_the_one_sided_textbook(
    rate: float, expected: int
) -> None:
    # the textbook zero-failure plans (29, 59, 299) are one-sided exact bounds: a user who ran
    # them would get a red gate with every sample passing
    assert plan_samples(GatePolicy(rate)) == expected


def test_the_hint_is_the_same_rule() -> None:
    policy = GatePolicy(0.9)
    gate = evaluate_gate("s", 9, 12, policy)
    assert not gate.passed
    k = gate.passes_needed
    assert k == passes_needed(9, 12, policy)
    assert k is not None
    assert evaluate_gate("s", 9 + k, 12 + k, policy).passed
    assert not evaluate_gate("s", 9 + k - 1, 12 + k - 1, policy).passed
    assert f"{k} more consecutive passes" in gate.line


def test_a_subset_of_the_plan_is_incomplete_and_does_not_pass_unless_allowed() -> None:
    policy = GatePolicy(0.5, "estimate")
    why = "only 6 of 12 planned samples ran: 6 deselected (-k/-m/--lf/--ff)"
    gate = evaluate_gate("s", 6, 6, policy, incomplete=why)
    assert gate.state == "incomplete"
    assert not gate.passed
    assert why in gate.line
    assert evaluate_gate("s", 6, 6, policy, incomplete=why, allow_incomplete=True).passed


def test_nothing_measured_is_never_a_pass() -> None:
    gate = evaluate_gate("s", 0, 0, GatePolicy(0.9))
    assert gate.state == "empty"
    assert not gate.passed
    assert "no sample was measured" in gate.line


def test_required_100_percent_is_out_of_reach_for_a_bound() -> None:
    assert plan_samples(GatePolicy(1.0)) is None
    assert "out of reach" in evaluate_gate("s", 10, 10, GatePolicy(1.0)).line
