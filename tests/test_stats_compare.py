"""Two arms: difference interval, exact tests and their direction, Bayesian figure."""

from __future__ import annotations

import pytest
from scipy import integrate
from scipy import stats as scipy_stats

from pytest_genreliability.stats import (
    DIFFERENCE_METHODS,
    TESTS,
    compare,
    difference_interval,
    prob_b_better,
    samples_per_arm,
)

# Newcombe RG (1998). "Interval estimation for the difference between independent
# proportions: comparison of eleven methods." Statistics in Medicine 17:873-890, Table II,
# method 10 (score interval without continuity correction, "hybrid score"): 95% limits for
# theta = p1 - p2, cases (a)-(h). Cases (a), (b) and (g) are also the reference values of
# the WUSS 2016 paper used by DescToolsX (tests/testthat/test-binomDiffCI.R); case (d) is the
# "Newcombe RD example (d)" of the R package ratesci (tests/testthat/test3.R).
NEWCOMBE_TABLE_II_METHOD_10 = [
    ((56, 70), (48, 80), (0.0524, 0.3339)),  # (a)
    ((9, 10), (3, 10), (0.1705, 0.8090)),  # (b)
    ((6, 7), (2, 7), (0.0582, 0.8062)),  # (c)
    ((5, 56), (0, 29), (-0.0381, 0.1926)),  # (d)
    ((0, 10), (0, 20), (-0.1611, 0.2775)),  # (e)
    ((0, 10), (0, 10), (-0.2775, 0.2775)),  # (f)
    ((10, 10), (0, 20), (0.6791, 1.0000)),  # (g)
    ((10, 10), (0, 10), (0.6075, 1.0000)),  # (h)
]


@pytest.mark.parametrize(("first", "second", "expected"), NEWCOMBE_TABLE_II_METHOD_10)
def test_difference_interval_matches_newcombe_1998_table_ii(
    first: tuple[int, int], second: tuple[int, int], expected: tuple[float, float]
) -> None:
    # The paper's p1 - p2 is our rate_b - rate_a: sample 1 is arm B, sample 2 is arm A.
    (x1, n1), (x2, n2) = first, second
    low, high = difference_interval(x2, n2, x1, n1, confidence=0.95)
    assert (round(low, 4) + 0.0, round(high, 4) + 0.0) == expected


def test_swapping_the_arms_mirrors_the_interval() -> None:
    low, high = difference_interval(48, 80, 56, 70)
    mirrored_low, mirrored_high = difference_interval(56, 70, 48, 80)
    assert (mirrored_low, mirrored_high) == pytest.approx((-high, -low))
    assert low > 0  # B (56/70) is better than A (48/80)


def test_an_empty_arm_contributes_its_whole_range() -> None:
    assert difference_interval(0, 0, 0, 0) == (-1.0, 1.0)
    low, high = difference_interval(0, 0, 10, 10)
    assert high == 1.0 and low == pytest.approx(10 / (10 + 1.959964**2) - 1, abs=1e-6)


@pytest.mark.parametrize(
    ("args", "kwargs", "name"),
    [
        ((11, 10, 5, 10), {}, "passed_a"),
        ((5, 10, 5, -1), {}, "total_b"),
        ((5, 10, 5.0, 10), {}, "passed_b"),
        ((5, 10, 5, 10), {"confidence": 1.5}, "confidence"),
    ],
)
def test_difference_interval_names_bad_arguments(
    args: tuple[int, ...], kwargs: dict[str, float], name: str
) -> None:
    with pytest.raises(ValueError, match=name):
        difference_interval(*args, **kwargs)


def test_difference_interval_lists_its_methods() -> None:
    with pytest.raises(ValueError, match="newcombe"):
        difference_interval(5, 10, 6, 10, method="wald")
    assert DIFFERENCE_METHODS == ("newcombe",)


# --- compare(): direction ----------------------------------------------------------------


def test_twenty_of_twenty_after_ten_of_twenty_is_an_improvement() -> None:
    result = compare(10, 20, 20, 20, alternative="greater")
    assert result.test == "boschloo" and result.test_note is None
    assert result.pvalue < 0.05
    assert result.verdict == "improved"
    assert result.difference == pytest.approx(0.5)
    assert (result.rate_a, result.rate_b) == (0.5, 1.0)
    assert result.interval == difference_interval(10, 20, 20, 20)
    assert result.samples_per_arm_needed is None


@pytest.mark.parametrize("test", TESTS)
def test_one_sided_tests_only_conclude_in_their_own_direction(test: str) -> None:
    worse = compare(20, 20, 10, 20, test=test, alternative="greater")
    assert worse.pvalue > 0.5
    assert worse.verdict == "no significant difference"
    assert worse.samples_per_arm_needed is None  # more of the same would never show "better"

    assert compare(20, 20, 10, 20, test=test, alternative="less").verdict == "regressed"
    assert compare(10, 20, 20, 20, test=test, alternative="less").verdict == (
        "no significant difference"
    )
    assert compare(10, 20, 20, 20, test=test, alternative="greater").verdict == "improved"


@pytest.mark.parametrize("test", TESTS)
def test_two_sided_verdict_follows_the_sign_of_the_difference(test: str) -> None:
    up = compare(10, 20, 20, 20, test=test)
    down = compare(20, 20, 10, 20, test=test)
    assert up.verdict == "improved" and down.verdict == "regressed"
    assert up.pvalue == pytest.approx(down.pvalue)
    assert up.pvalue == pytest.approx(
        min(1.0, 2 * compare(10, 20, 20, 20, test=test, alternative="greater").pvalue), rel=0.2
    )


def test_fisher_matches_the_lady_tasting_tea() -> None:
    # Fisher (1935), The Design of Experiments: 3 of 4 cups identified against 1 of 4 by
    # chance. The hypergeometric probabilities of 0..4 are 1, 16, 36, 16, 1 over 70, so the
    # one-sided p-value is (16 + 1) / 70 and the two-sided one 34 / 70.
    assert compare(1, 4, 3, 4, test="fisher", alternative="greater").pvalue == pytest.approx(
        17 / 70
    )
    assert compare(1, 4, 3, 4, test="fisher").pvalue == pytest.approx(34 / 70)
    # The same table read the other way round: B is the worse arm.
    assert compare(3, 4, 1, 4, test="fisher", alternative="less").pvalue == pytest.approx(17 / 70)
    assert compare(3, 4, 1, 4, test="fisher", alternative="greater").pvalue == pytest.approx(
        69 / 70
    )


def test_barnard_and_fisher_match_the_vaccine_example() -> None:
    # Mehta CR, Senchaudhuri P (2003), "Conditional versus unconditional exact tests for
    # comparing two binomials" (Cytel), after Chan (1998): infected 7 of 15 with the vaccine,
    # 12 of 15 with placebo. One-sided Barnard p = 0.0341, Fisher p = 0.0640. Here "pass" is
    # "not infected": arm A (placebo) 3/15, arm B (vaccine) 8/15; "did it help?" = greater.
    barnard = compare(3, 15, 8, 15, test="barnard", alternative="greater")
    fisher = compare(3, 15, 8, 15, test="fisher", alternative="greater")
    assert barnard.pvalue == pytest.approx(0.0341, abs=5e-4)
    assert fisher.pvalue == pytest.approx(0.0640, abs=1e-4)  # one unit of the last digit
    assert barnard.verdict == "improved" and fisher.verdict == "no significant difference"


def test_boschloo_matches_the_scipy_documentation_example() -> None:
    # scipy.stats.boschloo_exact documentation, after Saari et al. (2004): 74 of 117 college
    # professors against 31 of 63 scientists very satisfied; alternative "greater" (the
    # professors, our arm B, more satisfied) gives p = 0.0355.
    result = compare(31, 63, 74, 117, alternative="greater")
    assert result.pvalue == pytest.approx(0.0355, abs=1e-4)  # one unit of the last digit
    assert result.verdict == "improved"


# --- compare(): inconclusive results and sample sizes -------------------------------------


def test_an_inconclusive_comparison_says_how_many_samples_would_settle_it() -> None:
    result = compare(16, 20, 18, 20)
    assert result.verdict == "no significant difference"
    assert result.samples_per_arm_needed == samples_per_arm(0.8, 0.9, alpha=0.05, power=0.8)


def test_one_sided_sizing_uses_the_one_sided_level() -> None:
    result = compare(16, 20, 18, 20, alternative="greater")
    assert result.samples_per_arm_needed == samples_per_arm(0.8, 0.9, alpha=0.10, power=0.8)
    assert result.samples_per_arm_needed < samples_per_arm(0.8, 0.9)


def test_equal_rates_need_no_sample_size() -> None:
    result = compare(9, 10, 18, 20)
    assert result.verdict == "no significant difference"
    assert result.samples_per_arm_needed is None
    assert compare(10, 10, 10, 10).pvalue == 1.0


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"test": "chi2"}, "test"),
        ({"alternative": "better"}, "alternative"),
        ({"alpha": 0.0}, "alpha"),
        ({"alpha": 0.5}, "alpha"),
        ({"confidence": 2.0}, "confidence"),
    ],
)
def test_compare_names_bad_options(kwargs: dict[str, object], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        compare(5, 10, 6, 10, **kwargs)  # type: ignore[arg-type]


def test_compare_lists_the_tests_and_refuses_empty_arms() -> None:
    with pytest.raises(ValueError) as raised:
        compare(5, 10, 6, 10, test="chi2")
    assert all(test in str(raised.value) for test in TESTS)
    with pytest.raises(ValueError, match="total_a"):
        compare(0, 0, 6, 10)
    with pytest.raises(ValueError, match="total_b"):
        compare(5, 10, 0, 0)


# --- prob_b_better -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        # Uniform against uniform: a coin toss.
        ((0, 0, 0, 0), 1 / 2),
        # A ~ Beta(2, 1) (density 2a), B ~ Beta(1, 2) (density 2(1 - b)):
        # P(B > A) = integral of 2(1 - b) b^2 db = 1/6.
        ((1, 1, 0, 1), 1 / 6),
        ((0, 1, 1, 1), 5 / 6),
        # A uniform, B ~ Beta(2, 1): P(B > A) = integral of 2b * b db = 2/3.
        ((0, 0, 1, 1), 2 / 3),
        # Same counts in both arms: symmetric, 1/2.
        ((7, 10, 7, 10), 1 / 2),
    ],
)
def test_prob_b_better_closed_forms(counts: tuple[int, int, int, int], expected: float) -> None:
    assert prob_b_better(*counts) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("counts", [(3, 10, 7, 10), (48, 80, 56, 70), (990, 1000, 995, 1000)])
def test_prob_b_better_agrees_with_numerical_integration(
    counts: tuple[int, int, int, int],
) -> None:
    passed_a, total_a, passed_b, total_b = counts
    posterior_a = scipy_stats.beta(passed_a + 1, total_a - passed_a + 1)
    posterior_b = scipy_stats.beta(passed_b + 1, total_b - passed_b + 1)
    # P(B > A) = integral of f_B(b) F_A(b) db.
    integral, _ = integrate.quad(
        lambda b: posterior_b.pdf(b) * posterior_a.cdf(b), 0, 1, points=[posterior_b.mean()]
    )
    assert prob_b_better(*counts) == pytest.approx(integral, abs=1e-8)
    assert prob_b_better(*counts) + prob_b_better(passed_b, total_b, passed_a, total_a) == (
        pytest.approx(1.0)
    )


def test_compare_reports_prob_b_better() -> None:
    assert compare(1, 4, 3, 4).prob_b_better == pytest.approx(prob_b_better(1, 4, 3, 4))


# --- speed and the fallback to Fisher's test -----------------------------------------------


@pytest.mark.parametrize(("test", "largest_exact"), [("boschloo", 189), ("barnard", 315)])
def test_large_arms_fall_back_to_fisher_and_say_why(test: str, largest_exact: int) -> None:
    """The size limits keep a comparison fast (``benchmarks/bench_compare.py`` times it: under
    0.5 s up to 1,000 samples an arm); here the switch itself is checked."""
    below = compare(largest_exact - 20, largest_exact, largest_exact - 10, largest_exact, test=test)
    assert below.test == test and below.test_note is None
    size = largest_exact + 1
    above = compare(size - 20, size, size - 10, size, test=test)
    assert above.test == "fisher"
    assert above.test_note is not None and test in above.test_note
    expected = scipy_stats.fisher_exact([[size - 10, size - 20], [10, 20]]).pvalue
    assert above.pvalue == pytest.approx(expected)


def test_fisher_is_never_replaced() -> None:
    result = compare(900, 1000, 950, 1000, test="fisher")
    assert result.test == "fisher" and result.test_note is None
