"""Gates: policy in, verdict with reasons out; the one decision rule (core layer, no pytest).

**The rule.** A subject passes its gate when the *lower end of the two-sided confidence interval the
report shows* (Wilson at 95% by default) reaches the required pass rate: ``lower >= required``.
That is the same as a one-sided bound at level ``(1 + C) / 2`` (97.5% for the default 95%). The
gate (:func:`evaluate_gate`), the "N more passes" hint (:func:`passes_needed`) and the plan
(:func:`plan_samples`, the smallest all-pass N) all call :func:`gate_bound`, so a user who runs the
plan's N samples and sees every one pass gets a green gate, and N - 1 would not. (The textbook
zero-failure plan n = ln(1 - C) / ln(R), 29 for 90% at C = 0.95, is a one-sided *exact* bound at
95%; under this rule 90% needs 35 all-pass samples with Wilson, 36 with Clopper-Pearson.)

``basis="estimate"`` compares the point estimate instead, for teams that want the plain rule and
accept that small samples pass or fail by luck.

A gate judges only what it was asked to: a subject whose planned samples did not all run (``-k``,
``--lf``, ``-x``, Ctrl-C, a lost worker) is ``incomplete`` and does not pass unless the user allows
it; a gate with nothing measured is ``empty`` and fails.
"""

from __future__ import annotations

from dataclasses import dataclass

#: How far ``passes_needed`` looks before calling a requirement out of reach.
SEARCH_LIMIT = 1_000_000

#: Gate states: passed, failed, incomplete (a subset of the plan), empty (nothing measured),
#: inconclusive (auto mode reached its maximum undecided).
STATES = ("passed", "failed", "incomplete", "empty", "inconclusive")


@dataclass(frozen=True)
class GatePolicy:
    min_pass_rate: float
    basis: str = "lower"
    confidence: float = 0.95
    method: str = "wilson"

    @property
    def bound_name(self) -> str:
        """What the gate compares, in the words of the report."""
        if self.basis == "estimate":
            return "pass rate"
        level = f"{round(100 * self.confidence, 2):g}%"
        return f"lower {level} {method_label(self.method)} bound"


@dataclass(frozen=True)
class GateResult:
    subject: str
    state: str  # one of STATES
    required: float
    observed_rate: float | None = None  # passed / rated samples
    bound: float | None = None  # the figure compared with ``required`` (see GatePolicy.bound_name)
    margin: float | None = None  # bound - required
    passes_needed: int | None = None  # further consecutive passes that would pass the gate
    line: str = ""

    @property
    def passed(self) -> bool:
        return self.state == "passed"


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


def gate_bound(passed: int, total: int, policy: GatePolicy) -> float:
    """The figure the rule compares with the required rate: every decision calls this."""
    if policy.basis == "estimate":
        return passed / total
    from .figures import interval_of  # the interval the report shows: its lower end

    interval = interval_of(passed, total, policy.confidence, policy.method)
    assert interval is not None  # total > 0
    return interval[0]


def _passes(passed: int, total: int, policy: GatePolicy) -> bool:
    return total > 0 and gate_bound(passed, total, policy) >= policy.min_pass_rate


def passes_needed(passed: int, total: int, policy: GatePolicy) -> int | None:
    """The fewest further consecutive passes after which the gate passes (``None``: out of reach
    within :data:`SEARCH_LIMIT`). Each added pass raises the bound, so the search is a bisection."""
    if _passes(passed, total, policy):
        return 0
    if policy.min_pass_rate >= 1.0 and policy.basis != "estimate":
        return None  # a bound below 100% never reaches 100%
    high = 1
    while not _passes(passed + high, total + high, policy):
        high *= 2
        if high > SEARCH_LIMIT:
            return None
    low = high // 2  # fails (or is 0, which failed above)
    while high - low > 1:
        middle = (low + high) // 2
        if _passes(passed + middle, total + middle, policy):
            high = middle
        else:
            low = middle
    return high


def plan_samples(policy: GatePolicy) -> int | None:
    """The smallest number of samples that, all passing, pass the gate: the plan's N."""
    if policy.min_pass_rate <= 0.0:
        return 1
    return passes_needed(0, 0, policy)


def evaluate_gate(
    subject: str,
    passed: int,
    total: int,
    policy: GatePolicy,
    *,
    incomplete: str | None = None,
    allow_incomplete: bool = False,
) -> GateResult:
    """Decide one subject's gate and say why in one line.

    ``incomplete`` says why the measured samples are a subset of the plan (``None``: all ran).
    """
    required = policy.min_pass_rate
    if total == 0:
        why = f"; {incomplete}" if incomplete else ""
        return GateResult(
            subject,
            "empty",
            required,
            line=f"genreliability: gate failed: {subject}: no sample was measured{why} "
            f"(required pass rate {_pct(required)})",
        )
    rate = passed / total
    counts = f"{passed}/{total} passed ({_pct(rate)})"
    bound = gate_bound(passed, total, policy)
    what = policy.bound_name
    margin = bound - required
    if bound >= required:
        comparison = (
            f"{counts}, {what} {_pct(bound)} >= required {_pct(required)} "
            f"(margin {100 * margin:+.1f} points)"
        )
        if incomplete and not allow_incomplete:
            return GateResult(
                subject,
                "incomplete",
                required,
                rate,
                bound,
                margin,
                0,
                f"genreliability: gate incomplete: {subject}: {comparison}, but {incomplete}; "
                "a subset of the planned samples does not pass a gate "
                "(--gen-allow-incomplete accepts it)",
            )
        return GateResult(
            subject,
            "passed",
            required,
            rate,
            bound,
            margin,
            0,
            f"genreliability: gate passed: {subject}: {comparison}"
            + (f" (incomplete, accepted: {incomplete})" if incomplete else ""),
        )
    needed = passes_needed(passed, total, policy)
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
    note = f" ({incomplete})" if incomplete else ""
    return GateResult(
        subject,
        "failed",
        required,
        rate,
        bound,
        margin,
        needed,
        f"genreliability: gate failed: {subject}: {counts}, {what} {_pct(bound)} "
        f"< required {_pct(required)}; {advice}{note}",
    )


def sequential_gate(
    subject: str,
    state: str,
    reason: str,
    required: float,
    passed: int,
    total: int,
    bound: float | None = None,
) -> GateResult:
    """The gate of a subject sampled with ``--gen-samples=auto``: the anytime-valid decision.

    ``state`` is the sequential rule's: ``pass``, ``fail``, ``inconclusive`` or ``continue`` (the
    run ended before a decision).
    """
    rate = passed / total if total else None
    if state == "pass":
        gate_state, word, why = "passed", "passed", reason
    elif state == "fail":
        gate_state, word, why = "failed", "failed", reason
    elif state == "inconclusive":
        gate_state, word, why = "inconclusive", "failed", f"undecided: {reason}"
    else:
        gate_state, word = "incomplete", "incomplete"
        why = f"undecided: the run ended after {total} samples, before a decision"
    return GateResult(
        subject,
        gate_state,
        required,
        rate,
        bound,
        None if bound is None else bound - required,
        None,
        f"genreliability: gate {word}: {subject}: {why}",
    )
