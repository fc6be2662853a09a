"""Fakes for the eval tests: a backend whose replies (and logprobs) are a function of the
request, and a judge that answers from a script."""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator, Callable
from typing import Any, ClassVar

from pydantic import BaseModel

from tiergate.backends.base import BackendInfo
from tiergate.errors import BackendError
from tiergate.evals.base import Reply, Sampling, TokenLogprob
from tiergate.types import ChatChunk, ChatRequest, ChatResponse, Choice, ResponseMessage, Usage

Script = Callable[[ChatRequest], str | tuple[str, dict[str, float]]]


class NoParams(BaseModel):
    pass


class ScriptedBackend:
    """Replies ``script(request)``: a text, or (text, {token: probability}) for the first
    token's top logprobs. Counts calls and the most requests in flight at once."""

    name: ClassVar[str] = "scripted"
    Params: ClassVar[type[BaseModel]] = NoParams

    def __init__(
        self,
        script: Script,
        *,
        delay: float = 0.0,
        fail_after: int | None = None,
        weights: str | None = "ab" * 32,
    ) -> None:
        self.script, self.delay, self.fail_after = script, delay, fail_after
        self.calls = 0
        self.in_flight = self.max_in_flight = 0
        self.requests: list[ChatRequest] = []
        self._weights = weights

    @property
    def info(self) -> BackendInfo:
        return BackendInfo(backend=self.name, weights_sha256=self._weights)

    async def start(self) -> None:
        return None

    async def aclose(self) -> None:
        return None

    async def chat(self, req: ChatRequest) -> ChatResponse:
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise RuntimeError("scripted crash")
        self.requests.append(req)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
            out = self.script(req)
        finally:
            self.in_flight -= 1
        text, top = out if isinstance(out, tuple) else (out, None)
        logprobs = None
        if top is not None and req.logprobs:
            first = max(top, key=lambda t: top[t])
            entries = [{"token": t, "logprob": math.log(p)} for t, p in top.items()]
            logprobs = {
                "content": [
                    {"token": first, "logprob": math.log(top[first]), "top_logprobs": entries}
                ]
            }
        words = len(text.split())
        return ChatResponse(
            model=req.model,
            choices=[Choice(message=ResponseMessage(content=text), logprobs=logprobs)],
            usage=Usage(prompt_tokens=5, completion_tokens=words, total_tokens=5 + words),
        )

    async def stream(self, req: ChatRequest) -> AsyncIterator[ChatChunk]:
        raise BackendError("not used")
        yield  # pragma: no cover


class ScriptedJudge:
    """A Judge: ``answer(prompt, prefill)`` -> (text, first-token probabilities)."""

    name = "scripted-judge"
    weights_sha256 = None

    def __init__(self, answer: Callable[[str, str | None], tuple[str, dict[str, float]]]) -> None:
        self.answer = answer
        self.calls = 0

    async def ask(self, prompt: str, sampling: Sampling, prefill: str | None = None) -> Reply:
        self.calls += 1
        text, top = self.answer(prompt, prefill)
        lps = [
            TokenLogprob(
                token=text[:1] or "",
                logprob=math.log(max(top.values())) if top else 0.0,
                top={t: math.log(p) for t, p in top.items()},
            )
        ]
        return Reply(text=text, logprobs=lps)


def last_user(req: ChatRequest) -> str:
    return next(m.text() for m in reversed(req.messages) if m.role == "user")


def const(text: str) -> Script:
    return lambda _req: text


def answer_map(mapping: dict[str, Any], default: str = "") -> Script:
    """Reply by substring of the last user message."""

    def script(req: ChatRequest) -> str:
        prompt = last_user(req)
        return next((str(v) for k, v in mapping.items() if k in prompt), default)

    return script
