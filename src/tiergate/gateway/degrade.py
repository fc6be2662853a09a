"""Degrade mode: answer from deterministic rules instead of the model."""

from __future__ import annotations

import re
from functools import lru_cache

from tiergate.settings import DegradeConfig
from tiergate.types import ChatRequest, ChatResponse, Choice, ResponseMessage, Usage


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def degraded_reply(cfg: DegradeConfig, req: ChatRequest) -> str:
    """The first rule whose pattern matches the last user message wins; else the default."""
    last_user = next((m.text() for m in reversed(req.messages) if m.role == "user"), "")
    for rule in cfg.rules:
        if _compile(rule.pattern).search(last_user):
            return rule.reply
    return cfg.default_reply


def degraded_response(cfg: DegradeConfig, req: ChatRequest) -> ChatResponse:
    text = degraded_reply(cfg, req)
    return ChatResponse(
        model=req.model,
        choices=[Choice(message=ResponseMessage(content=text), finish_reason="stop")],
        usage=Usage(completion_tokens=0, prompt_tokens=0, total_tokens=0),
    )
