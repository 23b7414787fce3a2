"""The sampling plan printed by ``--gen-plan`` (reporting layer)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tabulate import tabulate

from ..gates import GatePolicy, plan_samples


@dataclass(frozen=True)
class PlannedSubject:
    subject: str
    min_pass_rate: float | None
    arms: tuple[str, ...]
    detect: tuple[float, float] | None


def plan_table(subjects: Sequence[PlannedSubject], settings: Any) -> str:
    """Samples to demonstrate each minimum with zero failures, and per arm to detect a change.

    The number is the gate's own: the smallest N whose all-pass result the gate passes, computed
    by :func:`~pytest_genreliability.gates.plan_samples` from the same bound (one rule).
    """
    from .. import stats  # scipy loads only when a power calculation is printed

    rows = []
    bound = "-"
    for s in subjects:
        if s.min_pass_rate is None:
            demonstrate = "no minimum set"
        elif s.min_pass_rate >= 1.0:
            demonstrate = "unreachable (100% cannot be demonstrated)"
        elif s.min_pass_rate <= 0.0:
            demonstrate = "0"
        else:
            policy = GatePolicy(
                s.min_pass_rate, settings.gate_basis, settings.confidence, settings.ci_method
            )
            needed = plan_samples(policy)
            demonstrate = "out of reach" if needed is None else str(needed)
            bound = policy.bound_name
        if not s.arms:
            arms = per_arm = ""
        elif s.detect is None:
            arms, per_arm = " vs ".join(s.arms), "state detect=(RATE_A, RATE_B)"
        else:
            rate_a, rate_b = s.detect
            arms = " vs ".join(s.arms)
            per_arm = (
                f"{stats.samples_per_arm(rate_a, rate_b)} "
                f"({100 * rate_a:.0f}% -> {100 * rate_b:.0f}%, 80% power, 5% two-sided)"
            )
        rows.append(
            [
                s.subject,
                "-" if s.min_pass_rate is None else f"{100 * s.min_pass_rate:.1f}%",
                demonstrate,
                arms,
                per_arm,
            ]
        )
    headers = [
        "subject",
        "min pass rate",
        f"samples to demonstrate it (all passing; the gate's {bound} >= minimum)",
        "arms",
        "samples per arm to detect",
    ]
    return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)
