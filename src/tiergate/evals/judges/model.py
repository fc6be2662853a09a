"""A judge model: any backend, asked one-shot questions at temperature 0 with a fixed seed."""

from __future__ import annotations

from tiergate.backends.base import Backend
from tiergate.evals.base import Reply, Sampling, TokenLogprob
from tiergate.types import ChatMessage, ChatRequest, ChatResponse


def to_reply(resp: ChatResponse) -> Reply:
    choice = resp.choices[0] if resp.choices else None
    text = (choice.message.content or "") if choice else ""
    return Reply(
        text=text,
        finish_reason=choice.finish_reason if choice else None,
        prompt_tokens=resp.usage.prompt_tokens,
        completion_tokens=resp.usage.completion_tokens,
        logprobs=parse_logprobs(choice.logprobs if choice else None),
    )


def parse_logprobs(raw: dict[str, object] | None) -> list[TokenLogprob] | None:
    """OpenAI's ``choices[].logprobs.content`` into TokenLogprobs (None when absent)."""
    content = raw.get("content") if raw else None
    if not isinstance(content, list):
        return None
    out: list[TokenLogprob] = []
    for item in content:
        if not isinstance(item, dict):
            continue
        top = {
            str(t.get("token", "")): float(t.get("logprob", -1e9))
            for t in item.get("top_logprobs") or []
            if isinstance(t, dict)
        }
        out.append(
            TokenLogprob(token=str(item.get("token", "")), logprob=float(item["logprob"]), top=top)
        )
    return out


class JudgeModel:
    """Implements the ``Judge`` protocol over a started backend."""

    def __init__(
        self,
        name: str,
        backend: Backend,
        weights_sha256: str | None = None,
        base_url: str | None = None,
    ) -> None:
        self.name = name
        self.base_url = base_url
        self.backend = backend
        self.weights_sha256 = weights_sha256 or backend.info.weights_sha256

    async def ask(self, prompt: str, sampling: Sampling, prefill: str | None = None) -> Reply:
        messages = [ChatMessage(role="user", content=prompt)]
        if prefill:
            # An assistant turn last = "continue this answer" (llama.cpp, vLLM, most servers).
            messages.append(ChatMessage(role="assistant", content=prefill))
        req = ChatRequest(
            model=self.name,
            messages=messages,
            temperature=sampling.temperature,
            max_tokens=sampling.max_tokens,
            logprobs=sampling.logprobs or None,
            top_logprobs=sampling.top_logprobs,
            seed=0,
        )
        return to_reply(await self.backend.chat(req))
