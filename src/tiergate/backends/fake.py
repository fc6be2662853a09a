"""A deterministic in-process backend for tests and demos (ships with the package, like
Inspect's mockllm): scripted replies, chunked streaming, an optional scripted tool call, an
optional scripted failure. Tokens are whitespace-separated words."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tiergate.backends.base import BackendInfo
from tiergate.backends.openai_compat import error_for_status
from tiergate.types import (
    ChatChunk,
    ChatRequest,
    ChatResponse,
    Choice,
    ChunkChoice,
    Delta,
    ResponseMessage,
    Usage,
    new_id,
)


class FakeParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Cycled in order; empty means "echo: <last user message>".
    replies: list[str] = Field(default_factory=list)
    chunk_chars: int = Field(default=8, ge=1)
    delay_ms: float = Field(default=0.0, ge=0.0)
    # {"name": ..., "arguments": "<json string>"}: returned instead of text when the request
    # offers tools.
    tool_call: dict[str, str] | None = None
    # Reasoning text sent as reasoning_content before the reply (for reasoning-handling tests).
    reasoning: str | None = None
    fail_with: int | None = Field(default=None, ge=400, le=599)

    @field_validator("tool_call")
    @classmethod
    def _has_name(cls, v: dict[str, str] | None) -> dict[str, str] | None:
        if v is not None and not v.get("name"):
            raise ValueError("tool_call needs a 'name'")
        return v


def count_tokens(text: str) -> int:
    return len(text.split())


class FakeBackend:
    name: ClassVar[str] = "fake"
    Params: ClassVar[type[BaseModel]] = FakeParams

    def __init__(self, params: BaseModel) -> None:
        assert isinstance(params, FakeParams)
        self.p = params
        self._turn = itertools.count()
        self.requests: list[ChatRequest] = []  # what was asked, for tests to inspect

    @property
    def info(self) -> BackendInfo:
        return BackendInfo(backend=self.name)

    async def start(self) -> None:
        return None

    async def aclose(self) -> None:
        return None

    # -- the script ------------------------------------------------------------------------
    def _reply(self, req: ChatRequest) -> tuple[str, str | None]:
        """The reply text, truncated to the request's token budget, and the finish reason
        ("length" when truncated)."""
        if self.p.replies:
            text = self.p.replies[next(self._turn) % len(self.p.replies)]
        else:
            last = next((m.text() for m in reversed(req.messages) if m.role == "user"), "")
            text = f"echo: {last}"
        budget = req.token_budget()
        words = text.split(" ")
        if budget is not None and count_tokens(text) > budget:
            kept: list[str] = []
            for w in words:
                if count_tokens(" ".join([*kept, w])) > budget:
                    break
                kept.append(w)
            return " ".join(kept), "length"
        return text, None

    def _tool_call(self, req: ChatRequest) -> dict[str, Any] | None:
        call = self.p.tool_call
        if not call or not req.tools:
            return None
        return {
            "id": "call_" + new_id("fake")[-12:],
            "type": "function",
            "function": {"name": call["name"], "arguments": call.get("arguments", "{}")},
        }

    def _usage(self, req: ChatRequest, completion: str) -> Usage:
        prompt = sum(count_tokens(m.text()) for m in req.messages)
        done = count_tokens(completion)
        return Usage(prompt_tokens=prompt, completion_tokens=done, total_tokens=prompt + done)

    def _check_fail(self, req: ChatRequest) -> None:
        self.requests.append(req)
        if self.p.fail_with is not None:
            raise error_for_status(self.p.fail_with, "fake backend failure (scripted)")

    # -- the Backend protocol --------------------------------------------------------------
    async def chat(self, req: ChatRequest) -> ChatResponse:
        self._check_fail(req)
        call = self._tool_call(req)
        if call is not None:
            args = call["function"]["arguments"]
            msg = ResponseMessage(content=None, tool_calls=[call])
            return ChatResponse(
                model=req.model,
                choices=[Choice(message=msg, finish_reason="tool_calls")],
                usage=self._usage(req, args),
            )
        text, finish = self._reply(req)
        msg = ResponseMessage(content=text, reasoning_content=self.p.reasoning)
        return ChatResponse(
            model=req.model,
            choices=[Choice(message=msg, finish_reason=finish or "stop")],
            usage=self._usage(req, text),
        )

    async def stream(self, req: ChatRequest) -> AsyncIterator[ChatChunk]:
        self._check_fail(req)
        cid = new_id()

        def chunk(delta: Delta, finish: str | None = None) -> ChatChunk:
            choice = ChunkChoice(delta=delta, finish_reason=finish)
            return ChatChunk(id=cid, model=req.model, choices=[choice])

        yield chunk(Delta(role="assistant", content=""))
        if self.p.reasoning:
            yield chunk(Delta(reasoning_content=self.p.reasoning))
        call = self._tool_call(req)
        if call is not None:
            yield chunk(Delta(tool_calls=[{"index": 0, **call}]))
            completion, finish = call["function"]["arguments"], "tool_calls"
        else:
            completion, length = self._reply(req)
            finish = length or "stop"
            step = self.p.chunk_chars
            for i in range(0, len(completion), step):
                if self.p.delay_ms:
                    await asyncio.sleep(self.p.delay_ms / 1000)
                yield chunk(Delta(content=completion[i : i + step]))
        yield chunk(Delta(), finish)
        yield ChatChunk(id=cid, model=req.model, usage=self._usage(req, completion))
