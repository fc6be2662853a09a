"""LlamaCppBackend with the real bundled SmolLM2 model: one backend for the whole module."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from tests.backends.conftest import chat_request
from tiergate.backends.llamacpp import (
    LlamaCppBackend,
    LlamaCppParams,
    bundled_model_path,
)
from tiergate.errors import BadRequest, ConfigError
from tiergate.types import ChatChunk

pytestmark = pytest.mark.asyncio(loop_scope="module")

N_CTX, N_PARALLEL = 1024, 2  # 512 tokens per slot


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def backend(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[LlamaCppBackend]:
    cache = tmp_path_factory.mktemp("llama-cache")
    params = LlamaCppParams(n_ctx=N_CTX, n_parallel=N_PARALLEL, cache_dir=cache)
    b = LlamaCppBackend(params)
    await b.start()
    yield b
    await b.aclose()


async def test_info_identifies_the_weights(backend: LlamaCppBackend) -> None:
    info = backend.info
    assert info.backend == "llamacpp"
    assert info.model_path == bundled_model_path()
    assert info.weights_sha256 is not None
    assert len(info.weights_sha256) == 64


async def test_chat(backend: LlamaCppBackend) -> None:
    resp = await backend.chat(chat_request("Say hello.", max_tokens=8, temperature=0))
    assert resp.choices[0].message.content
    assert resp.model == "served-name"
    assert resp.usage.completion_tokens > 0
    assert resp.usage.prompt_tokens > 0
    wire = resp.model_dump()
    assert "timings" not in wire
    assert "system_fingerprint" not in wire


async def test_stream_ends_with_usage(backend: LlamaCppBackend) -> None:
    chunks = [c async for c in backend.stream(chat_request("Name a colour.", max_tokens=6))]  # type: ignore[attr-defined]
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text
    assert any(c.choices and c.choices[0].finish_reason for c in chunks)
    last = chunks[-1]
    assert last.usage is not None
    assert last.usage.completion_tokens > 0
    assert all(c.model == "served-name" for c in chunks)
    assert all("timings" not in (c.model_extra or {}) for c in chunks)


async def test_context_overflow_is_bad_request(backend: LlamaCppBackend) -> None:
    long = chat_request("word " * 700, max_tokens=4)
    with pytest.raises(BadRequest, match="context"):
        await backend.chat(long)
    with pytest.raises(BadRequest, match="context"):
        async for _ in backend.stream(long):  # type: ignore[attr-defined]
            pass


async def test_invalid_option_is_bad_request(backend: LlamaCppBackend) -> None:
    with pytest.raises(BadRequest, match="response_format"):
        await backend.chat(chat_request(response_format={"type": "bogus"}))


async def test_tools_request_is_accepted(backend: LlamaCppBackend) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "weather",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            },
        }
    ]
    resp = await backend.chat(chat_request("Weather in Oslo?", tools=tools, max_tokens=16))
    msg = resp.choices[0].message
    assert msg.content or msg.tool_calls


async def test_concurrent_requests(backend: LlamaCppBackend) -> None:
    prompts = ["Say yes.", "Say no.", "Say maybe."]  # one more than there are slots
    results = await asyncio.gather(*(backend.chat(chat_request(p, max_tokens=4)) for p in prompts))
    assert all(r.choices[0].message.content for r in results)


async def test_closing_a_stream_cancels_generation(backend: LlamaCppBackend) -> None:
    late_before = backend.late_chunks
    # ignore_eos passes through to llama.cpp: without cancellation this would run 400 tokens.
    stream = backend.stream(chat_request("Tell a story.", max_tokens=400, ignore_eos=True))
    got: list[ChatChunk] = []
    async for chunk in stream:  # type: ignore[attr-defined]
        got.append(chunk)
        if len(got) == 3:
            break
    await stream.aclose()  # type: ignore[attr-defined]
    for _ in range(600):  # the worker returns at the next token; bounded wait, not a timing
        if backend.active_generations == 0:
            break
        await asyncio.sleep(0.05)
    assert backend.active_generations == 0
    assert backend.late_chunks - late_before == 1  # exactly the chunk that said "stop"


def _unix_socket(backend: LlamaCppBackend) -> str:
    address = backend.listening_address or ""
    if not address.startswith("unix://"):
        pytest.skip(f"side listener is {address!r}, not a Unix socket")
    return address.removeprefix("unix://")


async def test_side_listener_refuses_anonymous_access(backend: LlamaCppBackend) -> None:
    sock = _unix_socket(backend)
    assert os.stat(os.path.dirname(sock)).st_mode & 0o077 == 0  # private directory
    transport = httpx.AsyncHTTPTransport(uds=sock)
    async with httpx.AsyncClient(transport=transport, base_url="http://llama") as client:
        body = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 1}
        for method, path in [
            ("GET", "/v1/models"),
            ("POST", "/v1/chat/completions"),
            ("GET", "/slots"),
            ("GET", "/props"),
            ("POST", "/completion"),
        ]:
            r = await client.request(method, path, json=body if method == "POST" else None)
            assert r.status_code == 401, (path, r.text)
            r = await client.request(
                method,
                path,
                json=body if method == "POST" else None,
                headers={"Authorization": "Bearer guess"},
            )
            assert r.status_code == 401
        # The refusal is the key check, not a dead socket: the real key gets in.
        ok = await client.get("/v1/models", headers={"Authorization": f"Bearer {backend._api_key}"})
        assert ok.status_code == 200


def _listening_tcp_inodes() -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                if fields[3] == "0A":  # LISTEN
                    inodes.add(fields[9])
    return inodes


async def test_no_tcp_listener_is_opened(backend: LlamaCppBackend) -> None:
    _unix_socket(backend)
    assert not _our_socket_inodes() & _listening_tcp_inodes()


def _our_socket_inodes() -> set[str]:
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc")
    ours = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            ours.add(target[8:-1])
    return ours


async def test_missing_model_file_is_config_error(tmp_path: Path) -> None:
    b = LlamaCppBackend(LlamaCppParams(model_path=str(tmp_path / "absent.gguf")))
    with pytest.raises(ConfigError, match="not found"):
        await b.start()
    await b.aclose()
