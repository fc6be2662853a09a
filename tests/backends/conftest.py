"""Shared helpers for backend tests: the bench stub upstream as a fixture, request builders."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tiergate.types import ChatRequest

ROOT = Path(__file__).resolve().parents[2]


def _load_stub_module() -> ModuleType:
    name = "tiergate_bench_stub_upstream"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "stub_upstream.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while being created
        spec.loader.exec_module(module)
    return sys.modules[name]


stub_upstream = _load_stub_module()
Reply = stub_upstream.Reply


@pytest.fixture
def stub() -> Iterator[Any]:
    """A fresh stub upstream on a free port; ``stub.stub.script`` / ``.requests`` for tests."""
    handle = stub_upstream.start_stub(0)
    yield handle
    handle.stop()


def chat_request(content: str = "hello there", **extra: Any) -> ChatRequest:
    return ChatRequest.model_validate(
        {"model": "served-name", "messages": [{"role": "user", "content": content}], **extra}
    )


def sse_chunk(delta: dict[str, Any], finish: str | None = None, **top: Any) -> str:
    """One ``data:`` payload of an upstream stream."""
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    return json.dumps(
        {
            "id": "c1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "up",
            "choices": [choice],
            **top,
        }
    )


async def lines_of(raw: bytes) -> AsyncIterator[bytes]:
    """Raw bytes as the line iterator an HTTP response body gives (for the SSE parser)."""
    for line in raw.splitlines(keepends=True):
        yield line
