"""Hashed char + word n-gram features, pure numpy.

The same code featurizes at training and at inference time, so shipped coefficients need no
pickle and no vocabulary: a feature's index is a fixed 64-bit hash of the n-gram, folded into
``2**dim_bits`` buckets. Hashes are arithmetic on code points (no Python ``hash()``, which is
salted per process), so the output is identical across runs and platforms.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field

_U64 = np.uint64
_PRIME = _U64(0x100000001B3)
_MIX1 = _U64(0xFF51AFD7ED558CCD)
_MIX2 = _U64(0xC4CEB9FE1A85EC53)
_WORD_RE = re.compile(r"\w+", re.UNICODE)

SparseVec = tuple[NDArray[np.int64], NDArray[np.float32]]


def _mix(h: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """murmur3 finaliser: spreads the low bits so masking to the bucket count is fair."""
    h = h ^ (h >> _U64(33))
    h = h * _MIX1
    h = h ^ (h >> _U64(33))
    h = h * _MIX2
    return h ^ (h >> _U64(33))


class HashingFeaturizer(BaseModel):
    """Sparse, L2-normalised, sublinear-TF hashed n-grams of an already normalised text."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    dim_bits: int = Field(default=20, ge=8, le=24)
    char_min: int = Field(default=2, ge=1)
    char_max: int = Field(default=5, ge=1)
    word_min: int = Field(default=1, ge=1)
    word_max: int = Field(default=2, ge=1)
    # Relative weight of the word block; the char block has weight 1.
    word_weight: float = Field(default=1.0, gt=0)
    # Each block is L2-normalised, but by at least this norm (0: plain L2). A one-word message
    # otherwise puts the whole block's weight on that word, and the model extrapolates from a
    # handful of n-grams ("No." scored 0.91 under injection v12); the floor shrinks texts with
    # little evidence toward the bias.
    char_norm_floor: float = Field(default=0.0, ge=0)
    word_norm_floor: float = Field(default=0.0, ge=0)

    @property
    def dim(self) -> int:
        return 1 << self.dim_bits

    def _char_hashes(self, text: str) -> NDArray[np.uint64]:
        padded = f" {text} "
        cps = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        parts: list[NDArray[np.uint64]] = []
        with np.errstate(over="ignore"):
            for n in range(self.char_min, self.char_max + 1):
                if len(cps) < n:
                    break
                h = np.full(len(cps) - n + 1, _U64(n), dtype=np.uint64)
                for k in range(n):
                    h = h * _PRIME + cps[k : len(cps) - n + 1 + k]
                parts.append(h)
            # One finaliser over all orders: per-call overhead dominates on short windows.
            return _mix(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)

    def _word_hashes(self, text: str) -> NDArray[np.uint64]:
        words = _WORD_RE.findall(text)
        if not words:
            return np.zeros(0, dtype=np.uint64)
        base = np.array([zlib.crc32(w.encode()) for w in words], dtype=np.uint64)
        parts: list[NDArray[np.uint64]] = []
        with np.errstate(over="ignore"):
            for n in range(self.word_min, self.word_max + 1):
                if len(base) < n:
                    break
                # Offset by a constant so word hashes never share buckets with char hashes.
                h = np.full(len(base) - n + 1, _U64(1000 + n), dtype=np.uint64)
                for k in range(n):
                    h = h * _PRIME + base[k : len(base) - n + 1 + k]
                parts.append(h)
            return _mix(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)

    def _block(self, hashes: NDArray[np.uint64], weight: float, floor: float) -> SparseVec:
        if hashes.size == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        idx, counts = np.unique(hashes & _U64(self.dim - 1), return_counts=True)
        vals = 1.0 + np.log(counts.astype(np.float32))
        vals *= weight / max(float(np.linalg.norm(vals)), floor)
        return idx.astype(np.int64), vals.astype(np.float32)

    def transform(self, text: str) -> SparseVec:
        """(indices, values) of one text; indices may repeat across blocks (sum them)."""
        ci, cv = self._block(self._char_hashes(text), 1.0, self.char_norm_floor)
        wi, wv = self._block(self._word_hashes(text), self.word_weight, self.word_norm_floor)
        return np.concatenate([ci, wi]), np.concatenate([cv, wv])
