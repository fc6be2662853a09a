"""Pure detection metrics shared by training scripts and benchmarks (numpy only)."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

FloatArr = NDArray[np.float64]


def roc_auc(labels: NDArray[Any], scores: NDArray[Any]) -> float | None:
    """Mann-Whitney AUC with ties counted half; None when one class is missing."""
    y = np.asarray(labels, dtype=bool)
    s = np.asarray(scores, dtype=np.float64)
    pos, neg = s[y], s[~y]
    if len(pos) == 0 or len(neg) == 0:
        return None
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order), dtype=np.float64)
    allv = np.concatenate([pos, neg])[order]
    # Average ranks over ties.
    _, start, counts = np.unique(allv, return_index=True, return_counts=True)
    avg = start + (counts - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(avg, counts)
    u = ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2.0
    return float(u / (len(pos) * len(neg)))


def threshold_at_fpr(benign_scores: NDArray[Any], fpr: float) -> float:
    """Smallest threshold (score >= t flags) whose FPR on these benign scores is <= ``fpr``."""
    s = np.sort(np.asarray(benign_scores, dtype=np.float64))[::-1]
    k = int(np.floor(fpr * len(s)))  # may flag at most k benign texts
    if k >= len(s):
        return float(s[-1])
    return float(np.nextafter(s[k], np.inf))


def binary_report(labels: NDArray[Any], scores: NDArray[Any], threshold: float) -> dict[str, Any]:
    """Counts, recall, FPR, precision, F1 and AUC at a fixed threshold."""
    y = np.asarray(labels, dtype=bool)
    flag = np.asarray(scores, dtype=np.float64) >= threshold
    tp = int((flag & y).sum())
    fp = int((flag & ~y).sum())
    fn = int((~flag & y).sum())
    tn = int((~flag & ~y).sum())
    recall = tp / (tp + fn) if tp + fn else None
    precision = tp / (tp + fp) if tp + fp else None
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision is not None and recall is not None and precision + recall > 0
        else None
    )
    return {
        "n_pos": tp + fn,
        "n_neg": fp + tn,
        "recall": recall,
        "fpr": fp / (fp + tn) if fp + tn else None,
        "precision": precision,
        "f1": f1,
        "auc": roc_auc(y, scores),
    }
