"""HTTP-layer behaviour: auth, errors, limits, switches, degrade, metrics, reasoning."""

from __future__ import annotations

from typing import Any

import pytest


async def test_no_key_401_with_openai_body(harness_factory: Any) -> None:
    h = await harness_factory()
    r = await h.client.get("/v1/models")
    assert r.status_code == 401
    assert r.json()["error"]["type"] == "authentication_error"
    r = await h.client.get("/v1/models", headers={"Authorization": "Bearer tg-wrong"})
    assert r.status_code == 401


async def test_healthz_is_open(harness_factory: Any) -> None:
    h = await harness_factory()
    assert (await h.client.get("/healthz")).status_code == 200


async def test_models_and_completion(harness_factory: Any) -> None:
    h = await harness_factory(replies=["fine, thanks"])
    r = await h.client.get("/v1/models", headers=h.auth())
    assert [m["id"] for m in r.json()["data"]] == ["fake"]
    r = await h.chat("how are you?")
    assert r.status_code == 200
    body = r.json()
    assert body["choices"][0]["message"]["content"] == "fine, thanks"
    assert body["model"] == "fake"
    assert body["usage"]["completion_tokens"] > 0


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{", 400),
        (b"[]", 400),
        (b'{"model":"fake"}', 400),
        (b'{"model":"fake","messages":[]}', 400),
        (b'{"model":"fake","messages":[{"role":"user","content":""}]}', 400),
        (b'{"model":"fake","messages":[{"role":"wizard","content":"x"}]}', 400),
        (b'{"model":"fake","messages":[{"role":"user","content":"x"}],"temperature":"hot"}', 400),
        (b'{"model":"nope","messages":[{"role":"user","content":"x"}]}', 404),
        (b'{"model":"fake","messages":[{"role":"user","content":"\xc3\x28"}]}', 400),
        # A lone surrogate is no Unicode text: rejected here, an error row in `tiergate scan`.
        (b'{"model":"fake","messages":[{"role":"user","content":"hi \\ud800"}]}', 400),
    ],
)
async def test_bad_input(harness_factory: Any, body: bytes, status: int) -> None:
    h = await harness_factory()
    r = await h.client.post("/v1/chat/completions", content=body, headers=h.auth())
    assert r.status_code == status, r.text
    assert r.json()["error"]["message"]


async def test_body_too_large_413(harness_factory: Any) -> None:
    h = await harness_factory(max_body_bytes=1000)
    r = await h.chat("x" * 5000)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "request_too_large"


async def test_rate_limit_429_retry_after(harness_factory: Any) -> None:
    h = await harness_factory(rpm=2)
    assert (await h.chat()).status_code == 200
    assert (await h.chat()).status_code == 200
    r = await h.chat()
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) >= 1


async def test_kill_switch_global_model_and_key(harness_factory: Any) -> None:
    h = await harness_factory()
    sw = h.services.switches
    for kwargs in ({}, {"model": "fake"}):
        sw.set_kill(True, reason="drill", **kwargs)
        r = await h.chat()
        assert r.status_code == 503
        assert "drill" in r.json()["error"]["message"]
        sw.set_kill(False, **kwargs)
        assert (await h.chat()).status_code == 200
    user = h.services.keys.get("user")
    sw.set_kill(True, key=user.id, reason="key drill")
    assert (await h.chat()).status_code == 503
    other = await h.client.post(
        "/v1/chat/completions",
        json={"model": "fake", "messages": [{"role": "user", "content": "hi"}]},
        headers=h.auth(h.admin),
    )
    assert other.status_code == 200


async def test_admin_api_needs_admin(harness_factory: Any) -> None:
    h = await harness_factory()
    r = await h.client.post("/admin/killswitch", json={"on": True}, headers=h.auth())
    assert r.status_code == 403
    r = await h.client.post(
        "/admin/killswitch", json={"on": True, "reason": "x"}, headers=h.auth(h.admin)
    )
    assert r.status_code == 200
    assert (await h.chat()).status_code == 503
    r = await h.client.post("/admin/killswitch", json={"on": False}, headers=h.auth(h.admin))
    assert (await h.chat()).status_code == 200


@pytest.mark.parametrize("stream", [False, True])
async def test_degrade_mode_answers_from_rules(harness_factory: Any, stream: bool) -> None:
    h = await harness_factory()
    h.services.models.config("fake").degrade.rules = []
    h.services.switches.set_degrade(True, model="fake", reason="incident")
    r = await h.chat("hello", stream=stream)
    assert r.status_code == 200
    assert "restricted mode" in r.text


async def test_metrics(harness_factory: Any) -> None:
    h = await harness_factory()
    await h.chat()
    assert (await h.client.get("/metrics", headers=h.auth())).status_code == 403
    r = await h.client.get("/metrics", headers=h.auth(h.admin))
    assert r.status_code == 200
    assert 'tiergate_requests_total{action="allow",model="fake",status="200"}' in r.text
    assert "tiergate_tokens_total" in r.text


async def test_tools_passthrough(harness_factory: Any) -> None:
    h = await harness_factory()
    served = await h.services.models.get("fake")
    served.backend.p.tool_call = {"name": "get_weather", "arguments": '{"city": "Oslo"}'}  # type: ignore[attr-defined]
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    r = await h.chat("weather?", tools=tools)
    assert r.status_code == 200
    calls = r.json()["choices"][0]["message"]["tool_calls"]
    assert calls[0]["function"]["name"] == "get_weather"
    r = await h.chat("weather?", tools=tools, stream=True)
    assert "get_weather" in r.text
    assert "[DONE]" in r.text


async def test_monitor_only_entry_flags_without_blocking(harness_factory: Any) -> None:
    chain = [{"scanner": "scripted", "action": "allow", "params": {"action": "block"}}]
    h = await harness_factory(input_=chain)
    r = await h.chat("anything")
    assert r.status_code == 200
    metrics = (await h.client.get("/metrics", headers=h.auth(h.admin))).text
    assert 'tiergate_blocks_total{action="flag",scanner="scripted",stage="input"} 1.0' in metrics
    event = next(e for e in h.services.audit.tail(5) if e.kind == "chat")
    assert event.verdicts["input:scripted"]["flagged"] is True


async def test_get_model_hides_models_outside_the_key(harness_factory: Any) -> None:
    h = await harness_factory()
    assert (await h.client.get("/v1/models/fake", headers=h.auth())).status_code == 200
    unknown = await h.client.get("/v1/models/nope", headers=h.auth())
    assert unknown.status_code == 404
    narrow, _ = h.services.keys.create("narrow", models=["other"])
    hidden = await h.client.get("/v1/models/fake", headers=h.auth(narrow))
    assert hidden.status_code == 404
    assert hidden.json()["error"]["code"] == unknown.json()["error"]["code"] == "model_not_found"
    assert "does not exist or you do not have access" in hidden.json()["error"]["message"]
