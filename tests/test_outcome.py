"""Whose failure is it: the one outcome rule, tested with plain inputs (no pytest session)."""

from __future__ import annotations

import pytest

from pytest_genreliability.outcome import (
    RATED_OUTCOMES,
    PhaseResult,
    RunSummary,
    decide_outcome,
)

OK = RunSummary(ok=True)
FAILED = RunSummary(ok=False)
TIMED_OUT = RunSummary(ok=False, timed_out=True)
NOT_STARTED = RunSummary(ok=False, started=False)


@pytest.mark.parametrize(
    ("phase", "runs", "expected"),
    [
        # the generator's outcomes
        (PhaseResult("call", "passed"), [OK], "passed"),
        (PhaseResult("call", "failed", assertion=True), [FAILED], "failed"),
        (PhaseResult("call", "failed", assertion=True), [OK, TIMED_OUT], "timeout"),
        # gen_run called in a fixture: a failed run fails setup, and it is still the generator's
        (PhaseResult("setup", "failed", assertion=True), [FAILED], "failed"),
        (PhaseResult("setup", "failed"), [TIMED_OUT], "timeout"),
        # the test checked what the generator produced and the check failed
        (PhaseResult("call", "failed", assertion=True), [OK], "failed"),
        # an expected failure is still a failure of the generator; a strict XPASS a pass
        (PhaseResult("call", "skipped", xfail=True), [FAILED], "failed"),
        (PhaseResult("call", "failed", xpass_strict=True), [OK], "passed"),
        # the harness's outcomes
        (PhaseResult("call", "failed"), [], "error"),  # NameError before gen_run
        (PhaseResult("call", "failed", assertion=True), [], "error"),  # assert before gen_run
        (PhaseResult("call", "failed"), [OK], "error"),  # a non-assertion error after the run
        (PhaseResult("setup", "failed"), [], "error"),  # a fixture failed before any run
        (PhaseResult("setup", "failed", harness=True), [], "error"),  # prepare command failed
        (PhaseResult("call", "failed"), [NOT_STARTED], "error"),  # program not on PATH
        (PhaseResult("call", "skipped"), [], "skipped"),
        (PhaseResult("setup", "skipped"), [], "skipped"),
        (PhaseResult("call", "skipped", xfail=True), [], "error"),  # xfail by test code alone
    ],
)
def test_every_sample_ends_as_exactly_one_outcome(
    phase: PhaseResult, runs: list[RunSummary], expected: str
) -> None:
    assert decide_outcome(phase, runs) == expected


def test_an_interruption_wins_over_what_the_phase_says() -> None:
    assert decide_outcome(PhaseResult("call", "failed"), [FAILED], interrupted=True) == (
        "interrupted"
    )


def test_a_program_that_cannot_start_is_never_rated() -> None:
    outcome = decide_outcome(PhaseResult("call", "failed", assertion=True), [OK, NOT_STARTED])
    assert outcome not in RATED_OUTCOMES
