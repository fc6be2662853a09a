"""A minimal, fast OpenAI-compatible upstream for benchmarks and tests.

    python bench/stub_upstream.py --port 8001 [--chunks 16] [--delay-ms 0]

Answers ``POST /v1/chat/completions`` (JSON, or SSE with ``--chunks`` content chunks when
``"stream": true``) and ``GET /v1/models`` with canned content. It is a raw asyncio protocol
(HTTP/1.1 keep-alive, no framework) so that it costs as little CPU as possible next to the
gateway it measures: canned responses are pre-encoded bytes written from ``data_received``.

Importable: ``start_stub(port=0) -> StubHandle`` runs it in a background thread; tests script
replies (status, headers, delays, custom SSE events, dropped connections) through
``handle.stub.script`` and read what arrived in ``handle.stub.requests``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

CONTENT = "The quick brown fox jumps over the lazy dog. " * 2


@dataclass
class Reply:
    """One scripted answer to the next chat request (tests)."""

    status: int = 200
    body: Any = None  # JSON-able; None -> the canned completion (or stream)
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before the status line (timeouts)
    sse: list[str] | None = None  # raw ``data:`` payloads, sent as a stream, then [DONE]
    done: bool = True  # send ``data: [DONE]`` after ``sse``
    drop: bool = False  # close the connection without answering (after ``sse`` if given)


def _json(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {'OK' if status < 400 else 'Error'}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _response(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    h = {"Content-Type": "application/json", "Content-Length": str(len(body)), **(headers or {})}
    return _head(status, h) + body


def _chunked(payload: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(payload), payload)


SSE_HEAD = _head(200, {"Content-Type": "text/event-stream", "Transfer-Encoding": "chunked"})
SSE_END = _chunked(b"data: [DONE]\n\n") + b"0\r\n\r\n"


class Stub:
    """Canned answers plus a script for tests. Shared by all connections of one server."""

    def __init__(self, chunks: int = 16, delay_ms: float = 0.0, record: bool = True) -> None:
        self.chunks, self.delay_s, self.record = chunks, delay_ms / 1000, record
        self.script: deque[Reply] = deque()
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.connections = 0  # TCP connections accepted (keep-alive checks)
        self.open: set[asyncio.Transport] = set()
        words = CONTENT.split(" ")
        per = max(1, len(words) // max(1, chunks))
        self.pieces = [" ".join(words[i : i + per]) + " " for i in range(0, len(words), per)]
        self.pieces = self.pieces[:chunks] if chunks else []
        usage = {"prompt_tokens": 20, "completion_tokens": len(self.pieces),
                 "total_tokens": 20 + len(self.pieces)}  # fmt: skip
        self.completion = _response(200, _json({
            "id": "chatcmpl-stub", "object": "chat.completion", "created": 0, "model": "stub",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "".join(self.pieces)}}],
            "usage": usage,
        }))  # fmt: skip
        self.events = [self._event({"role": "assistant", "content": ""})]
        self.events += [self._event({"content": p}) for p in self.pieces]
        self.events.append(self._event({}, "stop"))
        self.usage_event = _chunked(b"data: " + _json({
            "id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": 0,
            "model": "stub", "choices": [], "usage": usage}) + b"\n\n")  # fmt: skip
        self.stream_plain = SSE_HEAD + b"".join(self.events) + SSE_END
        self.stream_usage = SSE_HEAD + b"".join(self.events) + self.usage_event + SSE_END
        self.models = _response(200, _json({"object": "list", "data": [
            {"id": "stub", "object": "model", "created": 0, "owned_by": "stub"}]}))  # fmt: skip
        self.not_found = _response(404, _json({"error": {"message": "not found",
                                                         "type": "not_found_error"}}))  # fmt: skip

    @staticmethod
    def _event(delta: dict[str, Any], finish: str | None = None) -> bytes:
        chunk = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": 0,
                 "model": "stub", "choices": [{"index": 0, "delta": delta,
                                               "finish_reason": finish}]}  # fmt: skip
        return _chunked(b"data: " + _json(chunk) + b"\n\n")


class _Conn(asyncio.Protocol):
    """One keep-alive connection. Requests are answered in order; an answer that has to wait
    (delay, script) pauses parsing until it is written."""

    def __init__(self, stub: Stub) -> None:
        self.stub = stub
        self.buf = bytearray()
        self.busy = False
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.stub.connections += 1
        self.stub.open.add(transport)

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if not self.busy:
            self._process()

    def _process(self) -> None:
        while self.transport is not None and not self.transport.is_closing():
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buf[:end]).decode("latin-1").split("\r\n")
            headers = {}
            for line in head[1:]:
                k, _, v = line.partition(":")
                headers[k.strip().lower()] = v.strip()
            size = int(headers.get("content-length", "0"))
            if len(self.buf) < end + 4 + size:
                return
            body = bytes(self.buf[end + 4 : end + 4 + size])
            del self.buf[: end + 4 + size]
            method, path, *_ = [*head[0].split(" "), "", ""]
            if not self._answer(method, path.split("?")[0], headers, body):
                self.busy = True
                return

    def _answer(self, method: str, path: str, headers: dict[str, str], body: bytes) -> bool:
        """Write the answer now and return True, or schedule it and return False."""
        assert self.transport is not None
        stub = self.stub
        if method == "GET" and path in ("/v1/models", "/models"):
            self.transport.write(stub.models)
            return True
        if method != "POST" or path not in ("/v1/chat/completions", "/chat/completions"):
            self.transport.write(stub.not_found)
            return True
        try:
            req = json.loads(body) if body else {}
        except ValueError:
            req = {}
        if stub.record:
            stub.requests.append(req)
            stub.headers.append(headers)
        scripted = stub.script.popleft() if stub.script else None
        if scripted is None and not stub.delay_s:
            self.transport.write(self._canned(req))
            return True
        asyncio.get_running_loop().create_task(self._answer_later(req, scripted))
        return False

    def _canned(self, req: dict[str, Any]) -> bytes:
        if not req.get("stream"):
            return self.stub.completion
        opts = req.get("stream_options") or {}
        return self.stub.stream_usage if opts.get("include_usage") else self.stub.stream_plain

    async def _answer_later(self, req: dict[str, Any], reply: Reply | None) -> None:
        try:
            if reply is None:
                await self._slow_canned(req)
            else:
                await self._scripted(reply)
        except (ConnectionError, RuntimeError):
            return
        self.busy = False
        if self.buf:
            self._process()

    async def _slow_canned(self, req: dict[str, Any]) -> None:
        assert self.transport is not None
        stub = self.stub
        if not req.get("stream"):
            await asyncio.sleep(stub.delay_s * max(1, len(stub.pieces)))
            self.transport.write(stub.completion)
            return
        self.transport.write(SSE_HEAD)
        for event in stub.events:
            await asyncio.sleep(stub.delay_s)
            self.transport.write(event)
        if (req.get("stream_options") or {}).get("include_usage"):
            self.transport.write(stub.usage_event)
        self.transport.write(SSE_END)

    async def _scripted(self, r: Reply) -> None:
        assert self.transport is not None
        if r.delay_s:
            await asyncio.sleep(r.delay_s)
        if r.sse is not None:
            sse_headers = {"Content-Type": "text/event-stream", "Transfer-Encoding": "chunked"}
            self.transport.write(_head(r.status, {**sse_headers, **r.headers}))
            for data in r.sse:
                self.transport.write(_chunked(f"data: {data}\n\n".encode()))
                await asyncio.sleep(0)
            if not r.drop:
                self.transport.write(SSE_END if r.done else b"0\r\n\r\n")
        elif not r.drop:
            body = _json(r.body) if r.body is not None else self._default_body(r.status)
            self.transport.write(_response(r.status, body, r.headers))
        if r.drop:
            self.transport.close()

    def _default_body(self, status: int) -> bytes:
        if status < 400:
            return self.stub.completion.split(b"\r\n\r\n", 1)[1]
        return _json({"error": {"message": f"scripted HTTP {status}", "type": "stub_error"}})

    def connection_lost(self, exc: Exception | None) -> None:
        if self.transport is not None:
            self.stub.open.discard(self.transport)
        self.transport = None


async def serve(stub: Stub, host: str, port: int) -> asyncio.Server:
    loop = asyncio.get_running_loop()
    return await loop.create_server(lambda: _Conn(stub), host, port, backlog=1024)


class StubHandle:
    """A stub running on its own event loop in a daemon thread."""

    def __init__(self, stub: Stub, host: str = "127.0.0.1", port: int = 0) -> None:
        self.stub = stub
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._run, args=(host, port), daemon=True)
        self._thread.start()
        if not self._ready.wait(10) or self._server is None:
            raise RuntimeError("stub upstream did not start")
        self.port: int = self._server.sockets[0].getsockname()[1]
        self.url = f"http://{host}:{self.port}/v1"

    def _run(self, host: str, port: int) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._server = self._loop.run_until_complete(serve(self.stub, host, port))
        finally:
            self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._loop.shutdown_asyncgens())
        self._loop.close()

    def stop(self) -> None:
        async def _close() -> None:
            if self._server is not None:
                self._server.close()
            for transport in list(self.stub.open):  # idle keep-alive connections
                transport.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()
            await asyncio.sleep(0.01)  # let the closes and cancellations run
            self._loop.stop()

        if self._loop.is_running():
            asyncio.run_coroutine_threadsafe(_close(), self._loop)
        self._thread.join(10)


def start_stub(port: int = 0, *, chunks: int = 16, delay_ms: float = 0.0,
               record: bool = True) -> StubHandle:  # fmt: skip
    return StubHandle(Stub(chunks=chunks, delay_ms=delay_ms, record=record), port=port)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8001)
    ap.add_argument("--chunks", type=int, default=16, help="content chunks per stream")
    ap.add_argument("--delay-ms", type=float, default=0.0, help="delay per chunk")
    args = ap.parse_args()
    stub = Stub(chunks=args.chunks, delay_ms=args.delay_ms, record=False)

    async def run() -> None:
        server = await serve(stub, args.host, args.port)
        async with server:
            await server.serve_forever()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())


if __name__ == "__main__":
    main()
