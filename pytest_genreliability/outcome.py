"""Whose failure is it: the one rule that turns what happened in a sample into its outcome (core).

Every sample ends as exactly one outcome. Four are the *generator's* and enter the pass rate:

- ``passed``: the test (or ini command) passed;
- ``failed``: a generator run failed (non-zero exit, killed by a signal), or the test's own check of
  what the generator produced failed (an ``AssertionError`` or ``pytest.fail`` after the generator
  ran), wherever ``gen_run`` was called: in the test or in a fixture;
- ``timeout``: the deciding generator run exceeded its timeout;
- ``crashed``: the process running the sample died (decided where the crash is seen, not here).

Three are the *harness's*, shown but never rated, and ``error`` fails the session:

- ``error``: the failure was not the generator's: test code or a fixture failed before or without a
  generator run, or raised something other than an assertion, a prepare/cleanup command failed,
  or the generator could not even start (program not on PATH, missing working directory);
- ``skipped``: the test skipped itself, or auto mode skipped a sample already decided;
- ``interrupted``: Ctrl-C, SIGTERM or SIGHUP ended the sample.

The inputs are plain values, so the rule is tested without running pytest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Outcomes that count as a run of the generator, and so enter the pass rate.
RATED_OUTCOMES = ("passed", "failed", "timeout", "crashed")
#: Outcomes shown in the report but kept out of the pass rate.
UNRATED_OUTCOMES = ("error", "skipped", "interrupted")
OUTCOMES = RATED_OUTCOMES + UNRATED_OUTCOMES


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What the outcome rule needs to know of one generator run."""

    ok: bool
    timed_out: bool = False
    started: bool = True  # False: the program could not be started (a configuration error)


@dataclass(frozen=True, slots=True)
class PhaseResult:
    """How one test phase ended, as pytest reported it."""

    when: str  # "setup" or "call"
    status: str  # "passed", "failed" or "skipped"
    xfail: bool = False  # an expected failure (status "skipped" with wasxfail)
    xpass_strict: bool = False  # an unexpected pass of a strict xfail (status "failed")
    assertion: bool = False  # the failure is an AssertionError or pytest.fail()
    harness: bool = False  # the plugin itself failed the phase (prepare/cleanup, usage error)


def decide_outcome(
    phase: PhaseResult, runs: Sequence[RunSummary], interrupted: bool = False
) -> str:
    """The sample's outcome; see the module docstring for the rule."""
    if interrupted:
        return "interrupted"
    if phase.xpass_strict:
        return "passed"  # the generator passed; only the test's expectation was wrong
    if phase.status == "passed":
        return "passed"
    if phase.status == "skipped" and not phase.xfail:
        return "skipped"
    # the phase failed (or failed as expected)
    if any(not run.started for run in runs):
        return "error"
    failed = next((run for run in runs if not run.ok), None)
    if failed is not None:
        return "timeout" if failed.timed_out else "failed"
    if phase.harness:
        return "error"
    if runs and phase.assertion:
        return "failed"  # the test judged what the generator produced
    return "error"
