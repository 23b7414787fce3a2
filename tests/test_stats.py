"""Single pass rates, demonstration plans, power, runs and homogeneity tests.

Reference values come from published tables, cited at each test; where a check needs a
number nobody published, the test derives it from the textbook definition independently
of the code under test (brute-force enumeration, the defining inequality, scipy quantiles).
"""

from __future__ import annotations

import itertools
import math
import subprocess
import sys

import numpy as np
import pytest
from scipy import stats as scipy_stats

from pytest_genreliability.stats import (
    METHODS,
    difference_interval,
    exact,
    homogeneity_test,
    intervals,
    pass_rate_interval,
    passes_needed,
    runs_test,
    samples_per_arm,
    samples_to_demonstrate,
)

Z95 = scipy_stats.norm.isf(0.025)


def rounded(interval: tuple[float, float], digits: int = 4) -> tuple[float, float]:
    # + 0.0 turns a -0.0 into 0.0 so that tuples compare equal.
    return (round(interval[0], digits) + 0.0, round(interval[1], digits) + 0.0)


# Newcombe RG (1998). "Two-sided confidence intervals for the single proportion: comparison
# of seven methods." Statistics in Medicine 17:857-872, Table I (95% intervals, 4 decimals).
# Method 3 = Wilson score, method 4 = score with continuity correction, method 5 =
# Clopper-Pearson. The 15/148, 0/20 and 1/29 rows are also the published examples checked by
# the R package ratesci (tests/testthat/test3.R, "Single proportion, Newcombe examples").
NEWCOMBE_TABLE_I = {
    "wilson": {
        (81, 263): (0.2553, 0.3662),
        (15, 148): (0.0624, 0.1605),
        (0, 20): (0.0000, 0.1611),
        (1, 29): (0.0061, 0.1718),
    },
    "wilson-cc": {
        (81, 263): (0.2535, 0.3682),
        (15, 148): (0.0598, 0.1644),
        (0, 20): (0.0000, 0.2005),
        (1, 29): (0.0018, 0.1963),
    },
    "exact": {
        (81, 263): (0.2527, 0.3676),
        (15, 148): (0.0578, 0.1617),
        (0, 20): (0.0000, 0.1684),
        (1, 29): (0.0009, 0.1776),
    },
}


@pytest.mark.parametrize(
    ("method", "passed", "total", "expected"),
    [
        (method, passed, total, expected)
        for method, rows in NEWCOMBE_TABLE_I.items()
        for (passed, total), expected in rows.items()
    ],
)
def test_matches_newcombe_1998_table_i(
    method: str, passed: int, total: int, expected: tuple[float, float]
) -> None:
    assert rounded(pass_rate_interval(passed, total, 0.95, method)) == expected


# Brown LD, Cai TT, DasGupta A (2001). "Interval estimation for a binomial proportion."
# Statistical Science 16:101-133, Table 5: 95% Jeffreys intervals for n = 7 (3 decimals).
BROWN_CAI_DASGUPTA_JEFFREYS_N7 = [
    (0, 0.000, 0.292),
    (1, 0.016, 0.501),
    (2, 0.065, 0.648),
    (3, 0.139, 0.766),
    (4, 0.234, 0.861),
]


@pytest.mark.parametrize(("passed", "lower", "upper"), BROWN_CAI_DASGUPTA_JEFFREYS_N7)
def test_jeffreys_matches_brown_cai_dasgupta_2001(passed: int, lower: float, upper: float) -> None:
    # The table has three decimals; agree to within one unit of the last one.
    low, high = pass_rate_interval(passed, 7, 0.95, "jeffreys")
    assert low == pytest.approx(lower, abs=1e-3)
    assert high == pytest.approx(upper, abs=1e-3)


def test_jeffreys_is_symmetric_and_closes_at_n() -> None:
    for passed in range(8):
        low, high = pass_rate_interval(passed, 7, method="jeffreys")
        mirror_low, mirror_high = pass_rate_interval(7 - passed, 7, method="jeffreys")
        assert low == pytest.approx(1 - mirror_high, abs=1e-12)
        assert high == pytest.approx(1 - mirror_low, abs=1e-12)
    assert pass_rate_interval(7, 7, method="jeffreys")[1] == 1.0


# R package binom, binom.confint(x, n, tol = 1e-8), method "agresti-coull" (unclipped), as
# printed by R and recorded in statsmodels/stats/tests/results/results_proportion.py.
R_BINOM_AGRESTI_COULL = [
    (18, 20, 0.6867561125596077, 0.984343760998137),
    (4, 20, 0.0749115102767071, 0.4217635845549845),
    (4, 200, 0.005991954548218395, 0.0520995587739575),
    (190, 200, 0.909307307911624, 0.973731898348837),
    (1, 30, -8.305484e-03, 0.18091798),
    (29, 30, 0.8190820, 1.0083055),
    (0, 30, -0.0211983, 0.13471170),
    (30, 30, 0.8652883, 1.0211983),
]


@pytest.mark.parametrize(("passed", "total", "lower", "upper"), R_BINOM_AGRESTI_COULL)
def test_agresti_coull_matches_r_binom_clipped_to_unit_interval(
    passed: int, total: int, lower: float, upper: float
) -> None:
    low, high = pass_rate_interval(passed, total, method="agresti-coull")
    assert low == pytest.approx(max(0.0, lower), abs=1e-7)
    assert high == pytest.approx(min(1.0, upper), abs=1e-7)


@pytest.mark.parametrize("method", METHODS)
def test_every_method_stays_in_the_unit_interval_and_never_moves_back(method: str) -> None:
    for total in (1, 2, 7, 30, 101):
        previous = (-1.0, -1.0)
        for passed in range(total + 1):
            low, high = pass_rate_interval(passed, total, method=method)
            assert 0.0 <= low <= passed / total <= high <= 1.0
            assert low >= previous[0] and high >= previous[1]
            previous = (low, high)
        assert pass_rate_interval(0, total, method=method)[0] == 0.0
        assert pass_rate_interval(total, total, method=method)[1] == 1.0


@pytest.mark.parametrize("method", METHODS)
def test_no_samples_means_nothing_is_known(method: str) -> None:
    assert pass_rate_interval(0, 0, method=method) == (0.0, 1.0)


def test_higher_confidence_widens_the_interval() -> None:
    for method in METHODS:
        narrow = pass_rate_interval(7, 10, 0.80, method)
        wide = pass_rate_interval(7, 10, 0.99, method)
        assert wide[0] < narrow[0] and wide[1] > narrow[1]


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"passed": 11, "total": 10}, "passed"),
        ({"passed": -1, "total": 10}, "passed"),
        ({"passed": 1, "total": -10}, "total"),
        ({"passed": 1.5, "total": 10}, "passed"),
        ({"passed": 1, "total": 10.0}, "total"),
        ({"passed": True, "total": 10}, "passed"),
        ({"passed": 1, "total": 10, "confidence": 0.0}, "confidence"),
        ({"passed": 1, "total": 10, "confidence": 1.0}, "confidence"),
        ({"passed": 1, "total": 10, "confidence": 95}, "confidence"),
        ({"passed": 1, "total": 10, "confidence": "0.95"}, "confidence"),
    ],
)
def test_bad_arguments_name_the_argument(kwargs: dict[str, object], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        pass_rate_interval(**kwargs)  # type: ignore[arg-type]


def test_unknown_method_lists_the_accepted_ones() -> None:
    with pytest.raises(ValueError, match="method") as raised:
        pass_rate_interval(1, 10, method="wald")
    for method in METHODS:
        assert method in str(raised.value)


# --- exact coverage: sum the binomial pmf over the x whose interval covers p -------------


def coverages(method: str, total: int, rates: list[float]) -> list[float]:
    """Exact coverage at each rate: the binomial probability of the x whose interval covers it."""
    counts = np.arange(total + 1)
    bounds = np.array([pass_rate_interval(int(x), total, 0.95, method) for x in counts])
    result = []
    for rate in rates:
        covers = (bounds[:, 0] <= rate) & (rate <= bounds[:, 1])
        result.append(float(scipy_stats.binom.pmf(counts[covers], total, rate).sum()))
    return result


GRID = [round(0.05 + 0.01 * step, 2) for step in range(91)]  # 0.05, 0.06, ..., 0.95


@pytest.mark.parametrize("total", [10, 20, 50])
def test_wilson_mean_coverage_is_near_nominal(total: int) -> None:
    mean = sum(coverages("wilson", total, GRID)) / len(GRID)
    assert 0.93 <= mean <= 0.97


@pytest.mark.parametrize("total", [10, 20, 50])
def test_exact_coverage_never_falls_below_nominal(total: int) -> None:
    assert min(coverages("exact", total, GRID)) >= 0.95 - 1e-12


# --- zero-failure plan ------------------------------------------------------------------


@pytest.mark.parametrize(("rate", "expected"), [(0.90, 29), (0.95, 59), (0.99, 299)])
def test_samples_to_demonstrate_matches_the_zero_failure_rule(rate: float, expected: int) -> None:
    assert samples_to_demonstrate(rate, 0.95) == expected


@pytest.mark.parametrize(
    ("rate", "confidence", "expected"),
    # Exact boundaries, where p**n == 1 - c in exact arithmetic: n must not be one too many.
    [(0.5, 0.75, 2), (0.5, 0.875, 3), (0.5, 0.5, 1), (0.25, 0.9375, 2), (0.1, 0.99, 2)],
)
def test_samples_to_demonstrate_at_exact_boundaries(
    rate: float, confidence: float, expected: int
) -> None:
    assert samples_to_demonstrate(rate, confidence) == expected


def test_samples_to_demonstrate_is_the_smallest_count_that_works() -> None:
    for rate in (0.5, 0.8, 0.9, 0.97, 0.999):
        for confidence in (0.8, 0.9, 0.95, 0.99):
            count = samples_to_demonstrate(rate, confidence)
            assert rate**count <= (1 - confidence) * (1 + 1e-9)
            assert rate ** (count - 1) > (1 - confidence) * (1 - 1e-9)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"pass_rate": 1.0}, "pass_rate"),
        ({"pass_rate": 0.0}, "pass_rate"),
        ({"pass_rate": 0.9, "confidence": 1.0}, "confidence"),
    ],
)
def test_samples_to_demonstrate_rejects_impossible_targets(
    kwargs: dict[str, float], name: str
) -> None:
    with pytest.raises(ValueError, match=name):
        samples_to_demonstrate(**kwargs)


# --- passes_needed ----------------------------------------------------------------------


def wilson_lower(passed: int, total: int) -> float:
    """Textbook Wilson lower bound, written out here independently of the module."""
    p = passed / total
    centre = p + Z95**2 / (2 * total)
    spread = Z95 * math.sqrt(p * (1 - p) / total + Z95**2 / (4 * total**2))
    return (centre - spread) / (1 + Z95**2 / total)


def clopper_pearson_lower(passed: int, total: int) -> float:
    return 0.0 if passed == 0 else scipy_stats.beta.ppf(0.025, passed, total - passed + 1)


def test_seven_of_ten_needs_more_passes_to_show_ninety_percent() -> None:
    extra = passes_needed(7, 10, 0.90)
    assert extra is not None and extra > 0
    assert wilson_lower(7 + extra, 10 + extra) >= 0.90
    assert wilson_lower(7 + extra - 1, 10 + extra - 1) < 0.90


def test_passes_needed_with_the_exact_method() -> None:
    extra = passes_needed(7, 10, 0.90, method="exact")
    assert extra is not None
    assert clopper_pearson_lower(7 + extra, 10 + extra) >= 0.90
    assert clopper_pearson_lower(7 + extra - 1, 10 + extra - 1) < 0.90


@pytest.mark.parametrize("method", METHODS)
def test_passes_needed_is_the_first_count_that_reaches_the_target(method: str) -> None:
    for passed, total, required in ((0, 0, 0.8), (3, 5, 0.9), (45, 50, 0.95), (990, 1000, 0.99)):
        extra = passes_needed(passed, total, required, method=method)
        assert extra is not None and extra > 0
        reached = pass_rate_interval(passed + extra, total + extra, method=method)[0]
        before = pass_rate_interval(passed + extra - 1, total + extra - 1, method=method)[0]
        assert reached >= required > before


def test_passes_needed_is_zero_when_already_demonstrated() -> None:
    assert passes_needed(100, 100, 0.9) == 0
    assert passes_needed(0, 10, 0.0) == 0


def test_passes_needed_gives_up_when_out_of_reach() -> None:
    assert passes_needed(7, 10, 1.0) is None
    assert passes_needed(7, 10, 0.999, limit=100) is None
    assert passes_needed(7, 10, 0.9, limit=0) is None


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"passed": 7, "total": 10, "required": 1.5}, "required"),
        ({"passed": 7, "total": 10, "required": 0.9, "limit": -1}, "limit"),
        ({"passed": 12, "total": 10, "required": 0.9}, "passed"),
    ],
)
def test_passes_needed_names_bad_arguments(kwargs: dict[str, float], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        passes_needed(**kwargs)  # type: ignore[arg-type]


# --- samples per arm --------------------------------------------------------------------


def test_samples_per_arm_with_continuity_correction_matches_stata_sampsi() -> None:
    # Stata Base Reference Manual, [R] sampsi, "Two-sample comparison of proportions":
    # sampsi .25 .4 (two-sided alpha 0.05, power 0.90, continuity correction on by default)
    # reports "Estimated required sample sizes: n1 = 216, n2 = 216".
    assert samples_per_arm(0.25, 0.40, alpha=0.05, power=0.90) == 216


def test_samples_per_arm_without_correction_matches_r_power_prop_test() -> None:
    # R: power.prop.test(p1 = .10, p2 = .25, sig.level = .05, power = .90) prints
    # n = 132.7557 per group (uncorrected normal approximation).
    assert samples_per_arm(0.10, 0.25, power=0.90, continuity_correction=False) == 133


def test_the_correction_adds_about_two_over_the_difference() -> None:
    # Fleiss (1981, ch. 3): the corrected size exceeds the uncorrected one by ~2 / |p1 - p2|.
    for rate_a, rate_b in ((0.10, 0.25), (0.80, 0.95), (0.50, 0.60), (0.90, 0.99)):
        corrected = samples_per_arm(rate_a, rate_b)
        uncorrected = samples_per_arm(rate_a, rate_b, continuity_correction=False)
        assert corrected - uncorrected == pytest.approx(2 / abs(rate_b - rate_a), abs=2)


def test_samples_per_arm_is_symmetric_and_grows_with_power() -> None:
    assert samples_per_arm(0.8, 0.9) == samples_per_arm(0.9, 0.8)
    assert samples_per_arm(0.8, 0.9, power=0.9) > samples_per_arm(0.8, 0.9, power=0.8)
    assert samples_per_arm(0.8, 0.9, alpha=0.01) > samples_per_arm(0.8, 0.9, alpha=0.05)


@pytest.mark.parametrize(
    ("args", "name"),
    [
        ((0.9, 0.9), "rate_a and rate_b"),
        ((1.2, 0.9), "rate_a"),
        ((0.9, -0.1), "rate_b"),
        ((0.8, 0.9, 0.0), "alpha"),
        ((0.8, 0.9, 0.05, 1.0), "power"),
    ],
)
def test_samples_per_arm_names_bad_arguments(args: tuple[float, ...], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        samples_per_arm(*args)


# --- runs test --------------------------------------------------------------------------


def count_runs(sequence: tuple[bool, ...]) -> int:
    return 1 + sum(1 for left, right in itertools.pairwise(sequence) if left != right)


def brute_force_pvalue(passes: int, failures: int, observed_runs: int) -> float:
    """Two-sided p by enumerating every ordering: the definition, not the formula."""
    total = passes + failures
    orderings = []
    for failure_positions in itertools.combinations(range(total), failures):
        sequence = tuple(i not in failure_positions for i in range(total))
        orderings.append(count_runs(sequence))
    at_most = sum(runs <= observed_runs for runs in orderings) / len(orderings)
    at_least = sum(runs >= observed_runs for runs in orderings) / len(orderings)
    return min(1.0, 2 * min(at_most, at_least))


def test_failures_in_the_first_five_of_twenty_are_clustered() -> None:
    result = runs_test([False] * 5 + [True] * 15)
    assert result.runs == 2
    assert result.expected_runs == pytest.approx(2 * 15 * 5 / 20 + 1)
    assert result.pvalue < 0.01
    assert result.clustered
    # Only 2 of the C(20, 5) = 15504 orderings have two runs; doubled for two sides.
    assert result.pvalue == pytest.approx(2 * 2 / math.comb(20, 5))


@pytest.mark.parametrize(
    "sequence",
    [
        (True, False, True, True, False, False, True, False, True, True, True, False),
        (True,) * 4 + (False,) * 4 + (True,) * 4,
        (True, False) * 6,
        (False, False, True, True, True, True, True, False, True, True),
    ],
)
def test_runs_test_matches_brute_force_enumeration(sequence: tuple[bool, ...]) -> None:
    result = runs_test(sequence)
    passes, failures = sum(sequence), len(sequence) - sum(sequence)
    assert result.runs == count_runs(sequence)
    assert result.expected_runs == pytest.approx(2 * passes * failures / len(sequence) + 1)
    variance = (
        2
        * passes
        * failures
        * (2 * passes * failures - len(sequence))
        / (len(sequence) ** 2 * (len(sequence) - 1))
    )
    assert result.z == pytest.approx((result.runs - result.expected_runs) / math.sqrt(variance))
    assert result.pvalue == pytest.approx(brute_force_pvalue(passes, failures, result.runs))


def test_runs_test_agrees_with_the_swed_eisenhart_critical_values() -> None:
    # Swed FS, Eisenhart C (1943), "Tables for testing randomness of grouping in a sequence
    # of alternatives", Ann. Math. Statist. 14:66-87 (reproduced as Table F in Siegel,
    # Nonparametric Statistics, 1956): for n1 = n2 = 10, 6 runs or fewer (and 16 or more)
    # are significant at the 0.05 level, two-sided; 7 runs are not.
    def with_runs(runs: int) -> list[bool]:
        """Ten passes and ten failures in ``runs`` alternating blocks, pass first."""
        pass_blocks, failure_blocks = (runs + 1) // 2, runs // 2
        pass_sizes = [1] * (pass_blocks - 1) + [10 - (pass_blocks - 1)]
        failure_sizes = [1] * (failure_blocks - 1) + [10 - (failure_blocks - 1)]
        sequence: list[bool] = []
        for index in range(runs):
            sizes = pass_sizes if index % 2 == 0 else failure_sizes
            sequence += [index % 2 == 0] * sizes[index // 2]
        return sequence

    for runs, significant in ((6, True), (7, False), (15, False), (16, True)):
        sequence = with_runs(runs)
        assert (sum(sequence), len(sequence) - sum(sequence)) == (10, 10)
        result = runs_test(sequence)
        assert result.runs == runs
        assert (result.pvalue <= 0.05) is significant


def test_alternating_outcomes_are_not_clustered() -> None:
    result = runs_test([True, False] * 10)
    assert result.runs == 20 and result.pvalue < 0.01
    assert not result.clustered


@pytest.mark.parametrize(
    "sequence",
    [[], [True] * 10, [False] * 10, [True] * 9 + [False], [False] + [True] * 20, [True, False]],
)
def test_degenerate_sequences_carry_no_evidence(sequence: list[bool]) -> None:
    result = runs_test(sequence)
    assert result.pvalue == 1.0
    assert not result.clustered


def test_runs_test_accepts_zero_and_one_and_rejects_anything_else() -> None:
    assert runs_test([1, 1, 0, 0, 1, 0]).runs == 4
    with pytest.raises(ValueError, match=r"sequence\[2\]"):
        runs_test([True, False, "fail"])  # type: ignore[list-item]


# --- homogeneity of several machines ------------------------------------------------------


def test_homogeneity_matches_r_prop_test_example() -> None:
    # R documentation, ?prop.test (data from Fleiss 1981, p. 139): smokers <- c(83, 90, 129,
    # 70); patients <- c(86, 93, 136, 82); prop.test(smokers, patients) prints
    # "X-squared = 12.6, df = 3, p-value = 0.005585".
    pvalue = homogeneity_test([(83, 86), (90, 93), (129, 136), (70, 82)])
    assert pvalue == pytest.approx(0.005585, abs=5e-7)


def test_homogeneity_matches_recorded_r_output() -> None:
    # prop.test(c(73, 90, 114, 75), c(86, 93, 136, 82), correct = FALSE)$p.value, recorded in
    # statsmodels/stats/tests/test_proportion.py (TestProportion.res_prop_test).
    pvalue = homogeneity_test([(73, 86), (90, 93), (114, 136), (75, 82)])
    assert pvalue == pytest.approx(0.011097511366581344, rel=1e-9)


def test_two_small_machines_use_fisher_exact() -> None:
    # Expected counts of 2 per cell: Fisher's exact test, two-sided. The hypergeometric
    # probabilities of 0..4 "passes" in the first row are 1, 16, 36, 16, 1 over 70.
    assert homogeneity_test([(3, 4), (1, 4)]) == pytest.approx(34 / 70)
    assert homogeneity_test([(4, 4), (0, 4)]) == pytest.approx(2 / 70)


def test_nothing_to_test_gives_one() -> None:
    assert homogeneity_test([]) == 1.0
    assert homogeneity_test([(5, 10)]) == 1.0
    assert homogeneity_test([(5, 10), (0, 0)]) == 1.0
    assert homogeneity_test([(10, 10), (20, 20), (7, 7)]) == 1.0
    assert homogeneity_test([(0, 10), (0, 20)]) == 1.0


def test_homogeneity_names_the_bad_machine() -> None:
    with pytest.raises(ValueError, match=r"counts\[1\] passed"):
        homogeneity_test([(5, 10), (11, 10)])
    with pytest.raises(ValueError, match=r"counts\[0\]"):
        homogeneity_test([(5, 10, 3)])  # type: ignore[list-item]


def test_the_statistics_core_does_not_import_pytest() -> None:
    code = (
        "import sys, pytest_genreliability.stats as s; s.compare(1, 2, 2, 2); "
        "print('pytest' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# --- standard-library quantiles, and scipy only where it is needed -------------------------

CONFIDENCES = [0.5, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-6, 1 - 1e-10]
COUNTS = [(0, 1), (1, 1), (0, 7), (3, 7), (7, 7), (7, 10), (81, 263), (999, 1000), (0, 20_000)]


def scipy_z(confidence: float) -> float:
    """The quantile as computed before the standard library took over."""
    return float(scipy_stats.norm.isf((1.0 - confidence) / 2.0))


@pytest.mark.parametrize("confidence", CONFIDENCES)
def test_normal_quantiles_equal_scipy(confidence: float) -> None:
    assert intervals._z(confidence) == pytest.approx(scipy_z(confidence), rel=1e-12, abs=1e-12)
    probability = 1.0 - confidence
    assert intervals._normal_quantile(probability) == pytest.approx(
        float(scipy_stats.norm.ppf(probability)), rel=1e-12, abs=1e-12
    )


@pytest.mark.parametrize("method", ["wilson", "wilson-cc", "agresti-coull"])
def test_standard_library_intervals_equal_the_scipy_based_ones(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = [(p, n, c) for p, n in COUNTS for c in CONFIDENCES]
    ours = [pass_rate_interval(p, n, c, method) for p, n, c in cases]
    monkeypatch.setattr(intervals, "_z", scipy_z)
    reference = [pass_rate_interval(p, n, c, method) for p, n, c in cases]
    for case, got, expected in zip(cases, ours, reference, strict=True):
        assert got == pytest.approx(expected, abs=1e-12), case


def test_difference_interval_and_power_equal_the_scipy_based_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    arms = [((0, 10), (0, 20)), ((56, 70), (48, 80)), ((5, 56), (0, 29)), ((990, 1000), (1, 2))]
    rates = [(0.25, 0.40), (0.10, 0.25), (0.80, 0.95), (0.90, 0.99), (0.5, 0.500001)]
    settings = [(0.05, 0.8), (0.01, 0.9), (0.2, 0.5), (1e-6, 0.999)]

    def figures() -> tuple[list[tuple[float, float]], list[float]]:
        differences = [
            difference_interval(*a, *b, confidence=c) for a, b in arms for c in (0.9, 0.99)
        ]
        sizes = [
            float(samples_per_arm(ra, rb, alpha, power, continuity_correction=cc))
            for ra, rb in rates
            for alpha, power in settings
            for cc in (True, False)
        ]
        return differences, sizes

    ours = figures()
    monkeypatch.setattr(exact, "_z", scipy_z)
    monkeypatch.setattr(exact, "_normal_quantile", lambda p: float(scipy_stats.norm.ppf(p)))
    reference = figures()
    for got, expected in zip(ours[0], reference[0], strict=True):
        assert got == pytest.approx(expected, abs=1e-12)
    assert ours[1] == reference[1]


def test_runs_test_matches_exact_integer_counting_at_larger_sizes() -> None:
    # Swed & Eisenhart's counts in exact integer arithmetic: an independent check of the
    # log-space sum, at sizes where enumerating orderings is out of the question.
    def exact_pvalue(passes: int, failures: int, runs: int) -> float:
        def ways(r: int) -> int:
            k = r // 2
            if r % 2 == 0:
                return 2 * math.comb(passes - 1, k - 1) * math.comb(failures - 1, k - 1)
            return math.comb(passes - 1, k - 1) * math.comb(failures - 1, k) + math.comb(
                passes - 1, k
            ) * math.comb(failures - 1, k - 1)

        total = math.comb(passes + failures, passes)
        support = range(2, passes + failures + 1)
        at_most = sum(ways(r) for r in support if r <= runs) / total
        at_least = sum(ways(r) for r in support if r >= runs) / total
        return min(1.0, 2 * min(at_most, at_least))

    for passes, failures, blocks in ((200, 30, 9), (500, 40, 60), (60, 60, 61), (900, 100, 160)):
        # failures spread over ``blocks`` clusters, in sample order
        sequence: list[bool] = []
        sizes = [failures // blocks + (i < failures % blocks) for i in range(blocks)]
        gap = passes // (blocks + 1)
        for size in sizes:
            sequence += [True] * gap + [False] * size
        sequence += [True] * (passes - gap * blocks)
        result = runs_test(sequence)
        assert result.pvalue == pytest.approx(
            exact_pvalue(passes, failures, result.runs), rel=1e-9, abs=1e-300
        )


def test_default_statistics_do_not_import_scipy_or_numpy() -> None:
    # What a default session reports (Wilson interval, the "N more passes" hint, the runs test,
    # the plan) must not pay scipy's import; the exact interval still works, by loading it.
    code = (
        "import sys\n"
        "import pytest_genreliability.stats as s\n"
        "s.pass_rate_interval(7, 10, method='wilson')\n"
        "s.pass_rate_interval(7, 10, 0.9, method='wilson-cc')\n"
        "s.pass_rate_interval(7, 10, 0.99, method='agresti-coull')\n"
        "s.passes_needed(7, 10, 0.9, method='wilson')\n"
        "s.samples_to_demonstrate(0.9)\n"
        "s.samples_per_arm(0.8, 0.9)\n"
        "s.difference_interval(7, 10, 9, 10)\n"
        "s.runs_test([True, False, False, True, True, False, True])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'numpy'})\n"
        "print(','.join(heavy) or 'none')\n"
        "s.pass_rate_interval(7, 10, method='exact')\n"
        "print('scipy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["none", "True"]


HEAVY_MODULES_CONFTEST = """
import sys

def pytest_unconfigure(config):
    heavy = sorted({name.split(".")[0] for name in sys.modules} & {"scipy", "numpy"})
    print("heavy modules:", ",".join(heavy) or "none")
"""


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--gen-min-pass-rate=0.9", "--gen-json=out.json", "--gen-markdown=out.md"], "none"),
        (["--gen-ci-method=exact"], "numpy,scipy"),
    ],
)
def test_a_default_measuring_session_does_not_import_scipy(
    pytester: pytest.Pytester, scheduled_generator: object, options: list[str], expected: str
) -> None:
    # Two failures among six samples: the table, the gate and its "N more passes" hint, the runs
    # test and the JSON and markdown reports all run. An exact interval shows the probe works.
    pytester.makeini(
        f"[pytest]\ngen_command = {sys.executable} gen.py\ngen_env =\n    FAIL_ON=2,5\n"
    )
    pytester.makeconftest(HEAVY_MODULES_CONFTEST)
    result = pytester.runpytest_subprocess("-p", "no:randomly", "--gen-samples=6", *options)
    result.stdout.fnmatch_lines(["gen_command*6*4*2*", f"heavy modules: {expected}"])
