"""LlamaCppBackend parts that need no loaded model: request shaping, the weights hash."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from tests.backends.conftest import chat_request
from tiergate.backends.llamacpp import LlamaCppBackend, LlamaCppParams, weights_sha256


def test_body_strips_steering_fields_and_forces_usage() -> None:
    b = LlamaCppBackend(LlamaCppParams())
    req = chat_request(reasoning_format="none", lora=[{"id": 0, "scale": 1}], top_k=3)
    body = b._body(req, stream=True)
    assert "reasoning_format" not in body
    assert "lora" not in body
    assert "model" not in body
    assert body["top_k"] == 3  # other extensions pass through
    assert body["stream_options"] == {"include_usage": True}
    assert b._body(req, stream=False)["stream"] is False


def test_reasoning_left_in_content_is_not_configurable() -> None:
    with pytest.raises(ValueError, match="reasoning_format"):
        LlamaCppParams(reasoning_format="none")  # type: ignore[arg-type]


def test_weights_sha256_streams_and_caches(tmp_path: Path) -> None:
    weights = tmp_path / "w.gguf"
    weights.write_bytes(b"x" * 3_000_000)
    cache = tmp_path / "cache"
    expected = hashlib.sha256(weights.read_bytes()).hexdigest()
    assert weights_sha256(str(weights), cache) == expected
    stored = json.loads((cache / "weights-sha256.json").read_text())
    assert list(stored.values()) == [expected]
    # A cache hit is trusted for the same path, size and mtime...
    key = next(iter(stored))
    (cache / "weights-sha256.json").write_text(json.dumps({key: "cached"}))
    assert weights_sha256(str(weights), cache) == "cached"
    # ...and ignored once the file changes.
    weights.write_bytes(b"y" * 3_000_000)
    os.utime(weights, ns=(1, 1))
    assert weights_sha256(str(weights), cache) == hashlib.sha256(b"y" * 3_000_000).hexdigest()


def test_weights_sha256_without_cache_dir(tmp_path: Path) -> None:
    weights = tmp_path / "w.gguf"
    weights.write_bytes(b"abc")
    assert weights_sha256(str(weights), None) == hashlib.sha256(b"abc").hexdigest()
    assert list(tmp_path.iterdir()) == [weights]
