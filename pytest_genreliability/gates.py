"""Gates: policy in, verdict with reasons out (core layer, no pytest).

The default basis is the *lower confidence bound*: "7 of 10 passed" is compatible with a true
pass rate anywhere from about 40% to 90%, so comparing the point estimate 70% with a required 90%
would let small samples pass or fail by luck. Requiring the lower bound to reach the minimum means
a passing gate is evidence that the step is at least that reliable. ``basis="estimate"`` compares
the point estimate instead, for teams that want the plain rule and accept that it can pass by luck.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import stats
from .records import SubjectResult

#: How far ``passes_needed`` looks before calling a requirement out of reach.
SEARCH_LIMIT = 100_000


@dataclass(frozen=True)
class GatePolicy:
    min_pass_rate: float
    basis: str = "lower"
    confidence: float = 0.95
    method: str = "wilson"


@dataclass(frozen=True)
class GateResult:
    subject: str
    passed: bool
    observed: float | None  # the figure compared: lower bound or estimate
    required: float
    margin: float | None  # observed - required
    passes_needed: int | None  # further consecutive passes that would pass the gate
    line: str


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def method_label(method: str) -> str:
    return {
        "wilson": "Wilson",
        "wilson-cc": "Wilson (continuity-corrected)",
        "exact": "Clopper-Pearson",
        "jeffreys": "Jeffreys",
        "agresti-coull": "Agresti-Coull",
    }.get(method, method)


def evaluate_gate(result: SubjectResult, policy: GatePolicy) -> GateResult:
    """Decide one subject's gate and say why in one line."""
    passed, total = result.passed, result.total
    required = policy.min_pass_rate
    name = result.label
    if total == 0:
        return GateResult(
            name,
            False,
            None,
            required,
            None,
            None,
            f"genreliability: gate failed: {name}: no sample was measured "
            f"(required pass rate {_pct(required)})",
        )
    counts = f"{passed}/{total} passed ({_pct(passed / total)})"
    if policy.basis == "estimate":
        observed = passed / total
        what = "pass rate"
    else:
        observed, _ = stats.pass_rate_interval(passed, total, policy.confidence, policy.method)
        what = f"lower {round(100 * policy.confidence, 2):g}% {method_label(policy.method)} bound"
    margin = observed - required
    if observed >= required:
        return GateResult(
            name,
            True,
            observed,
            required,
            margin,
            0,
            f"genreliability: gate passed: {name}: {counts}, {what} {_pct(observed)} "
            f">= required {_pct(required)} (margin {100 * margin:+.1f} points)",
        )
    needed = _passes_needed(passed, total, policy)
    if needed is None:
        advice = (
            f"the required rate is out of reach: even {SEARCH_LIMIT:,} more consecutive passes "
            f"would not bring the {what} to {_pct(required)}"
        )
    else:
        advice = (
            f"{needed} more consecutive passes (with no failure) would bring the {what} "
            f"to {_pct(required)}"
        )
    return GateResult(
        name,
        False,
        observed,
        required,
        margin,
        needed,
        f"genreliability: gate failed: {name}: {counts}, {what} {_pct(observed)} "
        f"< required {_pct(required)}; {advice}",
    )


def _passes_needed(passed: int, total: int, policy: GatePolicy) -> int | None:
    if policy.basis == "estimate":
        if policy.min_pass_rate >= 1.0:
            return None
        # smallest k with (passed + k) / (total + k) >= required
        k = 0
        required = policy.min_pass_rate
        # closed form, then guard against rounding
        k = max(0, int((required * total - passed) / (1 - required)))
        while (passed + k) / (total + k) < required:
            k += 1
        return k if k <= SEARCH_LIMIT else None
    return stats.passes_needed(
        passed, total, policy.min_pass_rate, policy.confidence, policy.method, limit=SEARCH_LIMIT
    )
