"""FakeBackend: deterministic replies, streaming, tools, failures, usage."""

from __future__ import annotations

import pytest

from tests.backends.conftest import chat_request
from tiergate.backends.fake import FakeBackend, FakeParams
from tiergate.errors import BackendError, BadRequest, RateLimited, TiergateError, Unavailable
from tiergate.types import ChatChunk

TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]


def fake(**options: object) -> FakeBackend:
    return FakeBackend(FakeParams.model_validate(options))


async def collect(backend: FakeBackend, **extra: object) -> list[ChatChunk]:
    return [c async for c in backend.stream(chat_request(**extra))]  # type: ignore[arg-type]


async def test_echoes_last_user_message_by_default() -> None:
    resp = await fake().chat(chat_request("what is up"))
    assert resp.choices[0].message.content == "echo: what is up"
    assert resp.model == "served-name"


async def test_replies_cycle_in_order() -> None:
    b = fake(replies=["one", "two"])
    got = [(await b.chat(chat_request())).choices[0].message.content for _ in range(3)]
    assert got == ["one", "two", "one"]


async def test_usage_counts_whitespace_tokens() -> None:
    resp = await fake(replies=["a b c"]).chat(chat_request("x y"))
    assert (resp.usage.prompt_tokens, resp.usage.completion_tokens) == (2, 3)
    assert resp.usage.total_tokens == 5


async def test_max_tokens_truncates_with_length() -> None:
    resp = await fake(replies=["a b c d e"]).chat(chat_request(max_tokens=2))
    assert resp.choices[0].message.content == "a b"
    assert resp.choices[0].finish_reason == "length"


@pytest.mark.parametrize("chunk_chars", [1, 3, 100])
async def test_stream_pieces_join_to_reply_and_end_with_usage(chunk_chars: int) -> None:
    chunks = await collect(fake(replies=["Hello there, friend."], chunk_chars=chunk_chars))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Hello there, friend."
    pieces = [c for c in chunks if c.choices and c.choices[0].delta.content]
    assert all(len(c.choices[0].delta.content or "") <= chunk_chars for c in pieces)
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == 3
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert len({c.id for c in chunks}) == 1


async def test_streams_are_deterministic() -> None:
    a = await collect(fake(replies=["same words"], chunk_chars=2))
    b = await collect(fake(replies=["same words"], chunk_chars=2))
    strip = [[c.choices, c.usage] for c in a]
    assert strip == [[c.choices, c.usage] for c in b]


async def test_tool_call_only_when_tools_offered() -> None:
    b = fake(tool_call={"name": "get_weather", "arguments": '{"city": "Oslo"}'})
    plain = await b.chat(chat_request())
    assert plain.choices[0].message.tool_calls is None
    resp = await b.chat(chat_request(tools=TOOLS))
    call = resp.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call["function"] == {"name": "get_weather", "arguments": '{"city": "Oslo"}'}
    assert resp.choices[0].finish_reason == "tool_calls"
    chunks = await collect(b, tools=TOOLS)
    deltas = [c.choices[0].delta.tool_calls for c in chunks if c.choices]
    assert next(d for d in deltas if d)[0]["index"] == 0  # type: ignore[index]
    assert chunks[-2].choices[0].finish_reason == "tool_calls"


async def test_tool_call_set_after_construction_as_dict() -> None:
    b = fake()
    b.p.tool_call = {"name": "lookup", "arguments": "{}"}
    resp = await b.chat(chat_request(tools=TOOLS))
    assert resp.choices[0].message.tool_calls[0]["function"]["name"] == "lookup"  # type: ignore[index]


def test_tool_call_needs_name() -> None:
    with pytest.raises(ValueError, match="name"):
        FakeParams(tool_call={"arguments": "{}"})


async def test_reasoning_is_kept_apart_from_content() -> None:
    b = fake(replies=["answer"], reasoning="thinking hard")
    msg = (await b.chat(chat_request())).choices[0].message
    assert (msg.content, msg.reasoning_content) == ("answer", "thinking hard")
    chunks = await collect(b)
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert content == "answer"
    assert any(c.choices and c.choices[0].delta.reasoning_content for c in chunks)


@pytest.mark.parametrize(
    ("status", "kind"),
    [(400, BadRequest), (429, RateLimited), (503, Unavailable), (500, BackendError)],
)
async def test_fail_with_raises_matching_error(status: int, kind: type[TiergateError]) -> None:
    b = fake(fail_with=status)
    with pytest.raises(kind):
        await b.chat(chat_request())
    with pytest.raises(kind):
        await collect(b)
