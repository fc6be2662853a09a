"""OpenAICompatBackend against the bench stub upstream on 127.0.0.1 (real HTTP, no mocks)."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.backends.conftest import Reply, chat_request, lines_of, sse_chunk
from tiergate.backends.openai_compat import (
    CircuitBreaker,
    OpenAICompatBackend,
    OpenAICompatParams,
    _sse_data,
    parse_retry_after,
)
from tiergate.errors import (
    BackendError,
    BadRequest,
    ConfigError,
    NotFound,
    PayloadTooLarge,
    PolicyBlocked,
    TiergateError,
    Unavailable,
)
from tiergate.types import ChatChunk


@pytest.fixture
async def make(stub: Any) -> AsyncIterator[Any]:
    made: list[OpenAICompatBackend] = []

    async def _make(**options: Any) -> OpenAICompatBackend:
        params = {
            "base_url": stub.url,
            "upstream_model": "up",
            "backoff_base": 0.001,
            "timeout_read": 5.0,
            **options,
        }
        backend = OpenAICompatBackend(OpenAICompatParams.model_validate(params))
        await backend.start()
        made.append(backend)
        return backend

    yield _make
    for backend in made:
        await backend.aclose()


async def collect(backend: OpenAICompatBackend, **extra: Any) -> list[ChatChunk]:
    return [c async for c in backend.stream(chat_request(**extra))]  # type: ignore[attr-defined]


def text_of(chunks: list[ChatChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


# -- happy paths ---------------------------------------------------------------------------------
async def test_chat_sends_upstream_model_key_and_extras(make: Any, stub: Any) -> None:
    b = await make(api_key="sk-up", headers={"X-Team": "t1"})
    resp = await b.chat(chat_request(top_k=5, temperature=0.2))
    assert resp.choices[0].message.content.startswith("The quick brown fox")  # type: ignore[union-attr]
    assert resp.model == "served-name"
    assert resp.usage.completion_tokens > 0
    sent, headers = stub.stub.requests[-1], stub.stub.headers[-1]
    assert sent["model"] == "up"
    assert sent["top_k"] == 5
    assert sent["stream"] is False
    assert "max_tokens" not in sent  # unset fields are not invented
    assert headers["authorization"] == "Bearer sk-up"
    assert headers["x-team"] == "t1"


async def test_no_upstream_model_passes_request_model(make: Any, stub: Any) -> None:
    b = await make(upstream_model=None)
    await b.chat(chat_request())
    assert stub.stub.requests[-1]["model"] == "served-name"


async def test_api_key_from_env(make: Any, stub: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UPSTREAM_KEY", "sk-env")
    b = await make(api_key_env="UPSTREAM_KEY")
    await b.chat(chat_request())
    assert stub.stub.headers[-1]["authorization"] == "Bearer sk-env"


async def test_missing_api_key_env_is_config_error(make: Any) -> None:
    with pytest.raises(ConfigError, match="NOT_SET_ANYWHERE"):
        await make(api_key_env="NOT_SET_ANYWHERE")


async def test_stream_parses_sse_and_forces_usage(make: Any, stub: Any) -> None:
    b = await make()
    chunks = await collect(b)
    assert text_of(chunks).startswith("The quick brown fox")
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == 16
    assert all(c.model == "served-name" for c in chunks)
    assert stub.stub.requests[-1]["stream_options"] == {"include_usage": True}


async def test_connections_are_kept_alive_across_streams(make: Any, stub: Any) -> None:
    b = await make()
    for _ in range(3):
        await collect(b)
        await b.chat(chat_request())
    assert stub.stub.connections == 1


async def test_stream_without_upstream_usage_gets_estimate(make: Any, stub: Any) -> None:
    stub.stub.script.append(
        Reply(sse=[sse_chunk({"content": "a"}), sse_chunk({"content": "b"}), sse_chunk({}, "stop")])
    )
    chunks = await collect(await make(), messages=[{"role": "user", "content": "one two three"}])
    assert text_of(chunks) == "ab"
    usage = chunks[-1].usage
    assert usage is not None
    assert (usage.prompt_tokens, usage.completion_tokens) == (3, 2)


async def test_tools_and_tool_calls_pass_through(make: Any, stub: Any) -> None:
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    body = {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "up",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {"role": "assistant", "content": None, "tool_calls": [call]},
            }
        ],
    }
    stub.stub.script.append(Reply(body=body))
    b = await make()
    resp = await b.chat(chat_request(tools=tools, tool_choice="auto"))
    assert resp.choices[0].message.tool_calls == [call]
    assert stub.stub.requests[-1]["tools"] == tools
    stub.stub.script.append(
        Reply(sse=[sse_chunk({"tool_calls": [{"index": 0, **call}]}), sse_chunk({}, "tool_calls")])
    )
    chunks = await collect(b, tools=tools)
    assert chunks[0].choices[0].delta.tool_calls == [{"index": 0, **call}]


async def test_reasoning_field_becomes_reasoning_content(make: Any, stub: Any) -> None:
    msg = {"role": "assistant", "content": "42", "reasoning": "let me think"}
    stub.stub.script.append(
        Reply(
            body={
                "id": "x",
                "object": "chat.completion",
                "created": 0,
                "model": "up",
                "choices": [{"index": 0, "message": msg}],
            }
        )
    )
    b = await make()
    out = (await b.chat(chat_request())).choices[0].message
    assert (out.content, out.reasoning_content) == ("42", "let me think")
    assert "reasoning" not in (out.model_extra or {})
    stub.stub.script.append(
        Reply(
            sse=[
                sse_chunk({"reasoning": "hmm"}),
                sse_chunk({"reasoning_content": " ok"}),
                sse_chunk({"content": "42"}),
            ]
        )
    )
    chunks = await collect(b)
    assert text_of(chunks) == "42"
    reasoning = "".join(c.choices[0].delta.reasoning_content or "" for c in chunks if c.choices)
    assert reasoning == "hmm ok"


# -- errors and retries --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "kind", "http"),
    [
        (400, BadRequest, 400),
        (422, BadRequest, 400),
        (404, NotFound, 404),
        (413, PayloadTooLarge, 413),
        (401, BackendError, 502),
        (403, BackendError, 502),
    ],
)
async def test_client_errors_map_and_are_not_retried(
    make: Any, stub: Any, status: int, kind: type[TiergateError], http: int
) -> None:
    err = {"error": {"message": f"upstream says {status}", "type": "x"}}
    stub.stub.script.append(Reply(status=status, body=err))
    b = await make(max_retries=3)
    with pytest.raises(kind) as exc:
        await b.chat(chat_request())
    assert exc.value.status == http
    assert f"upstream says {status}" in exc.value.message
    if status in (401, 403):
        assert "credentials" in exc.value.message
    assert len(stub.stub.requests) == 1
    assert b.breaker.state == "closed"
    assert b.breaker.failures == 0


async def test_retries_5xx_then_succeeds(make: Any, stub: Any) -> None:
    stub.stub.script.extend([Reply(status=502), Reply(status=500)])
    resp = await (await make(max_retries=2)).chat(chat_request())
    assert resp.choices[0].message.content
    assert len(stub.stub.requests) == 3


async def test_gives_up_after_max_retries(make: Any, stub: Any) -> None:
    stub.stub.script.extend([Reply(status=500)] * 3)
    with pytest.raises(BackendError, match="HTTP 500"):
        await (await make(max_retries=1)).chat(chat_request())
    assert len(stub.stub.requests) == 2


async def test_honours_short_retry_after(make: Any, stub: Any) -> None:
    stub.stub.script.append(Reply(status=429, headers={"Retry-After": "0"}))
    resp = await (await make()).chat(chat_request())
    assert resp.choices[0].message.content
    assert len(stub.stub.requests) == 2


async def test_long_retry_after_is_returned_not_waited(make: Any, stub: Any) -> None:
    stub.stub.script.append(Reply(status=503, headers={"Retry-After": "120"}))
    with pytest.raises(Unavailable) as exc:
        await (await make(retry_after_max=5)).chat(chat_request())
    assert exc.value.headers["Retry-After"] == "120"
    assert len(stub.stub.requests) == 1


async def test_read_timeout_is_backend_error_without_retry(make: Any, stub: Any) -> None:
    stub.stub.script.append(Reply(delay_s=1.0))
    with pytest.raises(BackendError, match="timed out"):
        await (await make(timeout_read=0.2, max_retries=2)).chat(chat_request())
    assert len(stub.stub.requests) == 1


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_unreachable_upstream_is_unavailable() -> None:
    b = OpenAICompatBackend(
        OpenAICompatParams(
            base_url=f"http://127.0.0.1:{closed_port()}/v1", max_retries=1, backoff_base=0.001
        )
    )
    try:
        with pytest.raises(Unavailable, match="unreachable"):
            await b.chat(chat_request())
    finally:
        await b.aclose()


async def test_stream_retries_before_first_byte(make: Any, stub: Any) -> None:
    stub.stub.script.append(Reply(status=503, headers={"Retry-After": "0"}))
    chunks = await collect(await make())
    assert text_of(chunks)
    assert len(stub.stub.requests) == 2


async def test_stream_error_event_raises_and_is_not_retried(make: Any, stub: Any) -> None:
    error = json.dumps({"error": {"message": "context overflow", "code": 400}})
    stub.stub.script.append(Reply(sse=[sse_chunk({"content": "partial"}), error]))
    got: list[ChatChunk] = []

    async def consume() -> None:
        async for chunk in (await make()).stream(chat_request()):
            got.append(chunk)

    with pytest.raises(BadRequest, match="context overflow"):
        await consume()
    assert text_of(got) == "partial"
    assert len(stub.stub.requests) == 1


async def test_stream_dropped_midway_is_backend_error_not_retried(make: Any, stub: Any) -> None:
    stub.stub.script.append(Reply(sse=[sse_chunk({"content": "par"})], drop=True))
    with pytest.raises(BackendError, match="broke off"):
        await collect(await make())
    assert len(stub.stub.requests) == 1


# -- circuit breaker -----------------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def state(cb: CircuitBreaker) -> str:
    return cb.state  # a call: keeps mypy from narrowing the attribute across calls


def test_breaker_opens_half_opens_and_closes() -> None:
    clock = Clock()
    cb = CircuitBreaker(threshold=2, reset_seconds=10, clock=clock)
    for _ in range(2):
        cb.check()
        cb.failure()
    assert cb.state == "open"
    with pytest.raises(Unavailable) as exc:
        cb.check()
    assert exc.value.headers["Retry-After"] == "10"
    clock.now += 10
    cb.check()  # the single half-open probe
    assert state(cb) == "half_open"
    with pytest.raises(Unavailable, match="probe"):
        cb.check()
    cb.success()
    assert state(cb) == "closed"
    cb.check()


def test_breaker_failed_probe_reopens_and_abandoned_probe_frees_slot() -> None:
    clock = Clock()
    cb = CircuitBreaker(threshold=1, reset_seconds=5, clock=clock)
    cb.check()
    cb.failure()
    clock.now += 5
    cb.check()
    cb.failure()
    assert cb.state == "open"
    with pytest.raises(Unavailable):
        cb.check()
    clock.now += 5
    cb.check()
    cb.abandon()
    cb.check()  # a new probe may go
    assert state(cb) == "half_open"


async def test_breaker_sheds_load_from_a_dead_upstream(make: Any, stub: Any) -> None:
    stub.stub.script.extend([Reply(status=500), Reply(status=500)])
    b = await make(max_retries=0, failure_threshold=2, reset_seconds=60)
    for _ in range(2):
        with pytest.raises(BackendError):
            await b.chat(chat_request())
    with pytest.raises(Unavailable, match="circuit open") as exc:
        await b.chat(chat_request())
    assert exc.value.status == 503
    assert len(stub.stub.requests) == 2  # the third call never left


# -- parsing helpers -----------------------------------------------------------------------------
async def test_sse_parser_handles_comments_events_multiline_and_done() -> None:
    raw = (
        b': keep-alive\n\nevent: message\ndata: {"a":\ndata: 1}\n\n'
        b'data:{"b":2}\n\ndata: [DONE]\n\ndata: {"after":1}\n\n'
    )
    got = [json.loads(d) async for d in _sse_data(lines_of(raw))]
    assert got == [{"a": 1}, {"b": 2}]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3.0),
        ("0", 0.0),
        ("junk", None),
        (None, None),
        ("Wed, 21 Oct 2015 07:28:10 GMT", 10.0),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    now = 1445412480.0  # 07:28:00 on that date
    assert parse_retry_after(value, now=now) == expected


async def test_upstream_policy_block_is_a_policy_block(stub: Any, make: Any) -> None:
    err = {
        "error": {
            "message": "input blocked by policy: x",
            "type": "permission_error",
            "code": "content_policy_violation",
        }
    }
    stub.stub.script.append(Reply(status=403, body=err))
    b = await make()
    with pytest.raises(PolicyBlocked) as exc:
        await b.chat(chat_request())
    assert exc.value.status == 403
