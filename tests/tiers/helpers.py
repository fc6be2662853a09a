"""Shared builders for tier tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import gguf
import numpy as np

from tiergate.evals.results import EvalResult
from tiergate.tiers.policy import TierPolicy, load_policy

POLICY = load_policy()
DAY = date(2026, 11, 1)


def result(metric: str, value: float, *, rid: int = 1, when: date = DAY) -> EvalResult:
    return EvalResult(
        id=rid,
        model_name="m",
        metric=metric,
        value=value,
        created_at=datetime(when.year, when.month, when.day, 12, tzinfo=UTC),
    )


def all_results(
    value_by_domain: dict[str, float], policy: TierPolicy = POLICY, *, when: date = DAY
) -> dict[str, EvalResult]:
    """One result per domain: the given value, else 0 (safe for higher-is-worse metrics)."""
    out = {}
    for i, (name, d) in enumerate(sorted(policy.domains.items()), start=1):
        out[d.metric] = result(d.metric, value_by_domain.get(name, 0.0), rid=i, when=when)
    return out


def tiny_gguf(path: Path, seed: int) -> Path:
    """A real (tiny) GGUF file; the seed makes the bytes, and so the identity, differ."""
    w = gguf.GGUFWriter(path, arch="llama")
    w.add_name("tiny")
    w.add_block_count(1)
    rng = np.random.default_rng(seed)
    w.add_tensor("token_embd.weight", rng.standard_normal((8, 4)).astype(np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path
