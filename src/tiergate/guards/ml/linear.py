"""A tiny linear-model runtime: coefficients in ``<name>.npz``, metadata in ``<name>.json``.

No pickle: the ``.npz`` holds only the non-zero coefficients (``index`` int32, ``value``
float32) and is loaded with ``allow_pickle=False``. The JSON holds the featurizer config, the
bias, the FPR calibration table and provenance (training-data hashes, metrics).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field, model_validator

from tiergate.guards.ml.features import HashingFeaturizer, Prepared, SparseVec


def sigmoid(z: float) -> float:
    """The logistic function, clipped so ``math.exp`` cannot overflow."""
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


class Calibration(BaseModel):
    """Score thresholds measured on held-out benign texts: blocking at ``thresholds[i]`` flagged
    a fraction ``fprs[i]`` of them. ``fprs`` ascending, ``thresholds`` non-increasing."""

    model_config = ConfigDict(extra="forbid")
    fprs: list[float]
    thresholds: list[float]
    n_benign: int = Field(ge=1)

    @model_validator(mode="after")
    def _monotone(self) -> Calibration:
        if len(self.fprs) != len(self.thresholds) or len(self.fprs) < 2:
            raise ValueError("fprs and thresholds need the same length (>= 2)")
        if any(b <= a for a, b in zip(self.fprs, self.fprs[1:], strict=False)):
            raise ValueError("fprs must be strictly ascending")
        if any(b > a for a, b in zip(self.thresholds, self.thresholds[1:], strict=False)):
            raise ValueError("thresholds must be non-increasing")
        return self

    @classmethod
    def from_benign_scores(
        cls, scores: NDArray[np.floating[Any]], fprs: list[float]
    ) -> Calibration:
        """Threshold per FPR = the (1 - fpr) quantile of benign scores ("higher" interpolation
        so the measured FPR never exceeds the target)."""
        qs = np.quantile(scores, [1.0 - f for f in fprs], method="higher")
        thresholds = np.minimum.accumulate(qs.astype(np.float64))
        return cls(
            fprs=list(fprs),
            thresholds=[float(t) for t in thresholds],
            n_benign=len(scores),
        )

    def threshold_for(self, target_fpr: float) -> float:
        """Interpolate in log-FPR; clamps outside the measured range. Monotone non-increasing."""
        if not 0.0 < target_fpr < 1.0:
            raise ValueError("target_fpr must be in (0, 1)")
        logs = [math.log(f) for f in self.fprs]
        return float(np.interp(math.log(target_fpr), logs, self.thresholds))


class LengthCalibration(BaseModel):
    """A calibration table of its own for texts of at least ``min_chars`` characters."""

    model_config = ConfigDict(extra="forbid")
    min_chars: int = Field(ge=1)
    calibration: Calibration

    def covers(self, length: int) -> bool:
        return length >= self.min_chars


class LinearMeta(BaseModel):
    """Everything about a shipped linear model except its coefficients."""

    model_config = ConfigDict(extra="forbid")
    name: str
    version: str
    featurizer: HashingFeaturizer
    bias: float
    calibration: Calibration
    # Calibration on benign documents only (stages "document" / "tool"); None: use ``calibration``.
    calibration_documents: Calibration | None = None
    # Long inputs (stage "input") only: a long text has many windows, so more chances to score
    # high, and the pooled table, mostly short texts, let long benign inputs through at several
    # times the target FPR. None: ``calibration`` for every length.
    calibration_long: LengthCalibration | None = None
    # Chunking the model was trained for (inference should use the same by default).
    chunk_chars: int = 1000
    chunk_overlap: int = 200
    # Extra short windows (0 = off) so a single injected sentence is not diluted by context.
    fine_chars: int = 0
    # Texts of at most this many characters are also scored sentence by sentence (0 = off).
    sentence_chars: int = 0
    provenance: dict[str, Any] = Field(default_factory=dict)


class LinearModel:
    """Logistic regression over hashed features: ``score = sigmoid(bias + w . x)``."""

    def __init__(self, meta: LinearMeta, weights: NDArray[np.float32]) -> None:
        if weights.shape != (meta.featurizer.dim,):
            raise ValueError(f"weights shape {weights.shape} != ({meta.featurizer.dim},)")
        self.meta = meta
        self.weights = weights

    @classmethod
    def load(cls, stem: Path) -> LinearModel:
        """Load ``stem.json`` + ``stem.npz`` (``stem`` without suffix)."""
        meta = LinearMeta.model_validate_json(stem.with_suffix(".json").read_text("utf-8"))
        with np.load(stem.with_suffix(".npz"), allow_pickle=False) as npz:
            index, value = npz["index"], npz["value"]
        weights = np.zeros(meta.featurizer.dim, dtype=np.float32)
        weights[index.astype(np.int64)] = value.astype(np.float32)
        return cls(meta, weights)

    def save(self, stem: Path) -> None:
        nz = np.flatnonzero(self.weights)
        np.savez_compressed(
            stem.with_suffix(".npz"),
            index=nz.astype(np.int32),
            value=self.weights[nz].astype(np.float32),
        )
        text = json.dumps(self.meta.model_dump(mode="json"), indent=1, sort_keys=True)
        stem.with_suffix(".json").write_text(text + "\n", "utf-8")

    def decision(self, vec: SparseVec) -> float:
        idx, val = vec
        return self.meta.bias + float(self.weights[idx] @ val)

    def score_text(self, normalized: str) -> float:
        """Probability-like score of one already-normalised text."""
        return sigmoid(self.decision(self.meta.featurizer.transform(normalized)))

    def score_window(self, prep: Prepared, start: int, end: int) -> float:
        """``score_text(prep.text[start:end])`` from the text's hashes, computed once."""
        return sigmoid(self.decision(self.meta.featurizer.transform_window(prep, start, end)))
