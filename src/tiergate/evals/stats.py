"""Confidence intervals and paired significance tests (pure functions, numpy only).

Proportions get Wilson score intervals (good at small n and near 0/1, unlike the normal
approximation); other means and ratio statistics get a seeded percentile bootstrap. Paired
comparisons: exact McNemar on discordant pairs for 0/1 values, a sign-flip permutation test and a
bootstrap CI of the mean difference otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from pydantic import BaseModel

Z95 = 1.959963984540054


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    if n <= 0:
        return (0.0, 1.0)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # Rounded: float noise must not show as a lower bound of 5e-17 for 0 successes.
    return (round(max(0.0, centre - half), 12), round(min(1.0, centre + half), 12))


def bootstrap_ci(
    values: Sequence[float] | np.ndarray,
    stat: Callable[[np.ndarray], float] | None = None,
    *,
    resamples: int = 2000,
    seed: int = 0,
    alpha: float = 0.05,
) -> tuple[float, float]:
    """Percentile bootstrap CI of ``stat`` (default: the mean) over ``values``' rows."""
    arr = np.asarray(values, dtype=float)
    if arr.shape[0] == 0:
        return (math.nan, math.nan)
    fn = stat or (lambda a: float(np.mean(a)))
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, arr.shape[0], size=(resamples, arr.shape[0]))
    stats = np.array([fn(arr[i]) for i in idx])
    stats = stats[~np.isnan(stats)]
    if stats.size == 0:
        return (math.nan, math.nan)
    return (float(np.quantile(stats, alpha / 2)), float(np.quantile(stats, 1 - alpha / 2)))


def is_binary(values: Sequence[float]) -> bool:
    return all(v in (0.0, 1.0) for v in values)


def binom_two_sided(k: int, n: int) -> float:
    """Exact two-sided p-value of k successes in n fair coin flips."""
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(0, min(k, n - k) + 1)) / float(2**n)
    return min(1.0, 2.0 * tail)


class PairedTest(BaseModel):
    metric: str
    n_pairs: int
    a: float
    b: float
    diff: float  # b - a
    diff_ci_low: float | None = None
    diff_ci_high: float | None = None
    p_value: float
    test: str  # mcnemar-exact | permutation
    significant: bool


def paired_test(
    metric: str, a: Sequence[float], b: Sequence[float], *, seed: int = 0, alpha: float = 0.05
) -> PairedTest:
    """Compare run B against run A on the same samples (pairs aligned by position)."""
    xa, xb = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    n = int(xa.size)
    diffs = xb - xa
    lo, hi = bootstrap_ci(diffs, seed=seed) if n else (math.nan, math.nan)
    if is_binary(list(xa)) and is_binary(list(xb)):
        b01 = int(np.sum((xa == 0) & (xb == 1)))
        b10 = int(np.sum((xa == 1) & (xb == 0)))
        p, test = binom_two_sided(min(b01, b10), b01 + b10), "mcnemar-exact"
    else:
        p, test = sign_flip_p(diffs, seed=seed), "permutation"
    return PairedTest(
        metric=metric,
        n_pairs=n,
        a=float(xa.mean()) if n else math.nan,
        b=float(xb.mean()) if n else math.nan,
        diff=float(diffs.mean()) if n else math.nan,
        diff_ci_low=None if math.isnan(lo) else lo,
        diff_ci_high=None if math.isnan(hi) else hi,
        p_value=p,
        test=test,
        significant=p < alpha,
    )


def sign_flip_p(diffs: np.ndarray, *, resamples: int = 5000, seed: int = 0) -> float:
    """Paired permutation test: under H0 each difference's sign is a coin flip."""
    if diffs.size == 0 or not np.any(diffs):
        return 1.0
    observed = abs(float(diffs.mean()))
    rng = np.random.default_rng(seed)
    signs = rng.choice([-1.0, 1.0], size=(resamples, diffs.size))
    null = np.abs((signs * diffs).mean(axis=1))
    return float((int(np.sum(null >= observed - 1e-12)) + 1) / (resamples + 1))
