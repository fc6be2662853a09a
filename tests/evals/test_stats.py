from __future__ import annotations

import math

import pytest

from tiergate.evals.stats import (
    binom_two_sided,
    bootstrap_ci,
    is_binary,
    paired_test,
    sign_flip_p,
    wilson,
)


@pytest.mark.parametrize(
    ("k", "n", "lo", "hi"),
    [
        (0, 10, 0.0, 0.2775),  # the rule-of-three region: not a degenerate [0, 0]
        (5, 10, 0.2366, 0.7634),
        (10, 10, 0.7225, 1.0),
        (1, 20, 0.0089, 0.2361),
    ],
)
def test_wilson_known_values(k: int, n: int, lo: float, hi: float) -> None:
    got = wilson(k, n)
    assert got[0] == pytest.approx(lo, abs=1e-3)
    assert got[1] == pytest.approx(hi, abs=1e-3)


def test_wilson_empty_is_uninformative() -> None:
    assert wilson(0, 0) == (0.0, 1.0)


def test_bootstrap_covers_the_mean_and_is_seeded() -> None:
    vals = [10.0, 20.0, 30.0, 40.0, 50.0, 60.0]
    lo, hi = bootstrap_ci(vals)
    assert lo < 35.0 < hi
    assert bootstrap_ci(vals) == (lo, hi)
    assert all(math.isnan(x) for x in bootstrap_ci([]))


def test_binom_two_sided() -> None:
    assert binom_two_sided(0, 0) == 1.0
    assert binom_two_sided(0, 6) == pytest.approx(2 / 64)
    assert binom_two_sided(3, 6) == 1.0


def test_mcnemar_counts_only_discordant_pairs() -> None:
    # 10 samples where A complied and B did not, none the other way: significant.
    a = [1.0] * 10 + [0.0] * 10
    b = [0.0] * 10 + [0.0] * 10
    t = paired_test("x", a, b)
    assert t.test == "mcnemar-exact"
    assert t.diff == pytest.approx(-0.5)
    assert t.p_value == pytest.approx(2 / 1024)
    assert t.significant
    same = paired_test("x", a, a)
    assert same.p_value == 1.0
    assert not same.significant


def test_continuous_values_use_the_permutation_test() -> None:
    a = [50.0, 60.0, 55.0, 70.0, 65.0, 52.0, 58.0, 61.0]
    b = [v - 20 for v in a]
    t = paired_test("aligned", a, b)
    assert t.test == "permutation"
    assert t.diff == pytest.approx(-20.0)
    assert t.significant
    assert t.diff_ci_high is not None
    assert t.diff_ci_high < 0


def test_sign_flip_without_differences() -> None:
    import numpy as np

    assert sign_flip_p(np.zeros(5)) == 1.0


def test_is_binary() -> None:
    assert is_binary([0.0, 1.0, 1.0])
    assert not is_binary([0.0, 0.5])
