"""Invariants over generated inputs: streaming never changes the text, SSE framing round-trips."""

from __future__ import annotations

import asyncio
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.backends.conftest import chat_request, lines_of
from tiergate.backends.fake import FakeBackend, FakeParams
from tiergate.backends.openai_compat import _sse_data

texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80)


@settings(max_examples=60, deadline=None)
@given(reply=texts, chunk_chars=st.integers(1, 20))
def test_fake_stream_reassembles_to_chat_reply(reply: str, chunk_chars: int) -> None:
    b = FakeBackend(FakeParams(replies=[reply], chunk_chars=chunk_chars))

    async def run() -> tuple[str, str]:
        whole = (await b.chat(chat_request())).choices[0].message.content or ""
        pieces = [c async for c in b.stream(chat_request())]  # type: ignore[attr-defined]
        text = "".join(c.choices[0].delta.content or "" for c in pieces if c.choices)
        return whole, text

    whole, streamed = asyncio.run(run())
    assert whole == streamed == reply


@settings(max_examples=60, deadline=None)
@given(payloads=st.lists(st.dictionaries(st.text(max_size=5), texts, max_size=3), max_size=6))
def test_sse_framing_round_trips(payloads: list[dict[str, str]]) -> None:
    raw = "".join(f"data: {json.dumps(p)}\n\n" for p in payloads) + "data: [DONE]\n\n"

    async def run() -> list[dict[str, str]]:
        return [json.loads(d) async for d in _sse_data(lines_of(raw.encode()))]

    assert asyncio.run(run()) == payloads
