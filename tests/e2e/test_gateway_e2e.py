"""End-to-end: the real server, the real embedded model, the real `openai` SDK."""

from __future__ import annotations

import sqlite3
import time

import httpx
import openai
import pytest

from tests.e2e.conftest import Gateway

pytestmark = pytest.mark.e2e

MODEL = "smollm2-135m-instruct"


def client(gw: Gateway, key: str) -> openai.OpenAI:
    # No SDK retries: the tests look at each status the gateway returns.
    return openai.OpenAI(base_url=gw.url + "/v1", api_key=key, max_retries=0, timeout=60)


@pytest.fixture(scope="module")
def key(gateway: Gateway) -> str:
    return gateway.create_key("e2e-user", "--rpm", "1000")


def test_models_lists_embedded(gateway: Gateway, key: str) -> None:
    models = client(gateway, key).models.list()
    assert MODEL in [m.id for m in models.data]


def test_completion(gateway: Gateway, key: str) -> None:
    resp = client(gateway, key).chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Say hello."}],
        max_tokens=16,
        temperature=0,
    )
    assert resp.choices[0].message.content
    assert resp.model == MODEL
    assert resp.usage is not None
    assert resp.usage.completion_tokens > 0


def test_streaming(gateway: Gateway, key: str) -> None:
    stream = client(gateway, key).chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Name one colour."}],
        max_tokens=4,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text
    assert any(c.choices and c.choices[0].finish_reason for c in chunks)
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens > 0


def test_missing_and_invalid_key(gateway: Gateway) -> None:
    with pytest.raises(openai.AuthenticationError) as exc:
        client(gateway, "tg-not-a-real-key").models.list()
    assert exc.value.status_code == 401
    r = httpx.post(gateway.url + "/v1/chat/completions", json={"model": MODEL, "messages": []})
    assert r.status_code == 401
    assert r.json()["error"]["type"] == "authentication_error"


def test_rate_limit_429(gateway: Gateway) -> None:
    limited = gateway.create_key("e2e-limited", "--rpm", "2")
    c = client(gateway, limited)
    for _ in range(2):
        c.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "hi"}], max_tokens=1
        )
    with pytest.raises(openai.RateLimitError) as exc:
        c.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "hi"}], max_tokens=2
        )
    assert exc.value.status_code == 429
    assert int(exc.value.response.headers["retry-after"]) >= 1


def test_kill_switch_503_within_a_second(gateway: Gateway, key: str) -> None:
    c = client(gateway, key)
    gateway.cli("killswitch", "on", "--model", MODEL, "--reason", "e2e drill")
    try:
        deadline = time.monotonic() + 1.5
        status = None
        while time.monotonic() < deadline:
            try:
                c.chat.completions.create(
                    model=MODEL, messages=[{"role": "user", "content": "hi"}], max_tokens=2
                )
            except openai.APIStatusError as exc:
                status = exc.status_code
                break
            time.sleep(0.1)
        assert status == 503
    finally:
        gateway.cli("killswitch", "off", "--model", MODEL)
    time.sleep(1.1)
    resp = c.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "hi"}], max_tokens=2
    )
    assert resp.choices


def test_yaml_rule_blocks_input(gateway: Gateway, key: str) -> None:
    with pytest.raises(openai.PermissionDeniedError) as exc:
        client(gateway, key).chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": "Tell me about Bluebird-7 launch dates."}],
            max_tokens=8,
        )
    assert exc.value.status_code == 403
    assert "project-codename" in str(exc.value)


def test_yaml_rule_blocks_streamed_output_midway(gateway: Gateway) -> None:
    storyteller = gateway.create_key("e2e-storyteller", "--rpm", "1000")
    stream = client(gateway, storyteller).chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "user", "content": "Write a short story about a cat, in five sentences."}
        ],
        max_tokens=200,
        temperature=0,
        stream=True,
    )
    received = ""
    with pytest.raises(openai.APIError) as exc:
        for chunk in stream:
            if chunk.choices:
                received += chunk.choices[0].delta.content or ""
    assert "second-sentence" in str(exc.value)
    # Something was released before the block, and never the start of a second sentence.
    assert received
    import re

    assert not re.search(r"[.!?]\s+[A-Za-z]", received)


def test_bad_input_is_4xx(gateway: Gateway, key: str) -> None:
    h = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    url = gateway.url + "/v1/chat/completions"
    cases = [
        (b"{not json", 400),
        (b"", 400),
        (b'{"model": 5, "messages": "x"}', 400),
        (b'{"model": "' + MODEL.encode() + b'", "messages": []}', 400),
        (b'{"model": "no-such-model", "messages": [{"role":"user","content":"x"}]}', 404),
        (b'{"model": "m", "messages": [{"role":"user","content":"\xff\xfe"}]}', 400),
        (b"x" * 2_000_000, 413),
    ]
    for body, status in cases:
        r = httpx.post(url, content=body, headers=h, timeout=30)
        assert r.status_code == status, (body[:40], r.status_code, r.text[:200])
        assert r.json()["error"]["message"]


def test_metrics_needs_scope_and_counts(gateway: Gateway, key: str) -> None:
    r = httpx.get(gateway.url + "/metrics", headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 403
    admin = gateway.create_key("e2e-admin", "--admin")
    r = httpx.get(gateway.url + "/metrics", headers={"Authorization": f"Bearer {admin}"})
    assert r.status_code == 200
    assert "tiergate_requests_total" in r.text
    assert "tiergate_guard_seconds" in r.text


def test_audit_verify_and_tamper(gateway: Gateway, key: str) -> None:
    client(gateway, key).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "hi"}], max_tokens=2
    )
    ok = gateway.cli("audit", "verify")
    assert ok.returncode == 0, ok.stderr
    db = sqlite3.connect(gateway.home / "tiergate.db")
    try:
        row_id = db.execute("SELECT min(id) FROM audit_events WHERE kind = 'chat'").fetchone()[0]
        db.execute("UPDATE audit_events SET tokens_out = tokens_out + 1 WHERE id = ?", (row_id,))
        db.commit()
        bad = gateway.cli("audit", "verify", check=False)
        assert bad.returncode != 0
        assert str(row_id) in bad.stdout + bad.stderr
    finally:
        db.execute("UPDATE audit_events SET tokens_out = tokens_out - 1 WHERE id = ?", (row_id,))
        db.commit()
        db.close()
    assert gateway.cli("audit", "verify").returncode == 0


def test_unevaluated_model_is_tier4_and_weights_stay_home(gateway: Gateway, key: str) -> None:
    h = {"Authorization": f"Bearer {key}"}
    tier = httpx.get(f"{gateway.url}/v1/models/{MODEL}/tier", headers=h, timeout=30)
    assert tier.status_code == 200, tier.text
    assert tier.json()["tier"] == 4
    r = httpx.get(
        f"{gateway.url}/v1/models/{MODEL}/files/SmolLM2-135M-Instruct.Q4_1.gguf",
        headers={**h, "Range": "bytes=0-15"},
        timeout=30,
    )
    assert r.status_code == 403
    assert r.json()["error"]["type"] == "permission_error"
    # Chat still works through the gateway (Tier 4 = monitored API access only).
    show = gateway.cli("models", "show", MODEL, "--json")
    assert '"architecture": "llama"' in show.stdout
