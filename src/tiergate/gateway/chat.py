"""The governed chat-completion flow, in layers:

perimeter (key scope, kill switch, tier, limits) -> input guards -> model (or degrade rules)
-> output guards -> audit + telemetry.

Every path fails closed: an error anywhere after the request is accepted ends in an error
response or an SSE error event, never in unscanned model text reaching the client.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tiergate.audit.log import AuditEvent
from tiergate.errors import Forbidden, PolicyBlocked, TiergateError, Unavailable
from tiergate.gateway.degrade import degraded_reply, degraded_response
from tiergate.guards.base import ScanContext, Verdict
from tiergate.types import ChatChunk, ChatRequest, ChatResponse, ChunkChoice, Delta, Usage

if TYPE_CHECKING:
    from tiergate.gateway.models import ServedModel
    from tiergate.gateway.services import Services
    from tiergate.perimeter.keys import KeyRecord


@dataclass
class Trace:
    """What one request did, for the audit event and the metrics."""

    request_id: str
    key_id: str | None
    model: str = ""
    weights_sha256: str | None = None
    action: str = "allow"
    status: int = 200
    verdicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)
    guard_s: dict[str, float] = field(default_factory=dict)
    backend_s: float = 0.0
    tokens_in: int = 0
    tokens_out: int = 0
    prompt: str = ""
    completion: str = ""
    error: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def add_guard_time(self, stage: str, seconds: float) -> None:
        self.guard_s[stage] = self.guard_s.get(stage, 0.0) + seconds

    def add_verdicts(self, stage: str, verdicts: dict[str, Verdict]) -> None:
        for name, v in verdicts.items():
            entry: dict[str, Any] = {
                "action": v.action,
                "score": round(v.score, 4),
                "reason": v.reason,
            }
            if v.details.get("flagged") and v.action == "allow":
                entry["flagged"] = True
            self.verdicts[f"{stage}:{name}"] = entry


def estimate_tokens(req: ChatRequest) -> int:
    """A cheap upper-ish estimate for the limiter before the model has counted (4 chars/token)."""
    chars = sum(len(m.text()) for m in req.messages)
    return chars // 4 + (req.token_budget() or 256)


def prompt_text(req: ChatRequest) -> str:
    return "\n".join(f"{m.role}: {m.text()}" for m in req.messages)


class ChatFlow:
    def __init__(self, services: Services) -> None:
        self.s = services

    # -- admission -------------------------------------------------------------------------
    async def admit(self, key: KeyRecord, req: ChatRequest, trace: Trace) -> ServedModel:
        s = self.s
        trace.model = req.model
        s.models.config(req.model)  # 404 for unknown models, before any other check
        if key.models is not None and req.model not in key.models:
            raise Forbidden(f"this key may not use model '{req.model}'", code="model_not_allowed")
        reason = s.switches.killed(req.model, key.id)
        if reason is not None:
            s.telemetry.rejections.labels("killswitch").inc()
            raise Unavailable(f"service disabled by kill switch: {reason}", code="kill_switch")
        if s.access is not None and any(sc.startswith("max-tier:") for sc in key.scopes):
            # Chat is allowed at every tier (Tier 4: monitored, i.e. audited like all chats);
            # only keys limited to a maximum tier need the tier, which costs DB reads.
            decision = await asyncio.to_thread(s.access.check_chat, key, req.model)
            trace.data["tier"] = decision.tier
        s.limiter.check(key, estimate_tokens(req))
        served = await s.models.get(req.model)
        trace.weights_sha256 = served.info.weights_sha256
        return served

    async def guard_input(self, req: ChatRequest, ctx: ScanContext, trace: Trace) -> ChatRequest:
        t0 = time.perf_counter()
        result = await self.s.guards.scan_input(req, ctx)
        trace.add_guard_time("input", time.perf_counter() - t0)
        self._record_verdicts("input", result.verdicts, trace)
        if result.action == "block":
            trace.action = "block"
            raise PolicyBlocked(f"input blocked by policy: {result.reason}")
        if result.action == "redact":
            trace.action = "redact"
        return result.request

    async def guard_output(self, text: str, ctx: ScanContext, trace: Trace) -> str:
        t0 = time.perf_counter()
        result = await self.s.guards.scan_output(text, ctx)
        trace.add_guard_time("output", time.perf_counter() - t0)
        self._record_verdicts("output", result.verdicts, trace)
        if result.action == "block":
            trace.action = "block"
            raise PolicyBlocked(f"output blocked by policy: {result.reason}")
        if result.action == "redact" and trace.action == "allow":
            trace.action = "redact"
        return result.text

    def _record_verdicts(self, stage: str, verdicts: dict[str, Verdict], trace: Trace) -> None:
        """Into the audit trace, and counted in metrics when a scanner acted or flagged."""
        trace.add_verdicts(stage, verdicts)
        for name, v in verdicts.items():
            if v.action != "allow":
                self.s.telemetry.blocks.labels(stage, name, v.action).inc()
            elif v.details.get("flagged"):  # a monitor-only entry that fired
                self.s.telemetry.blocks.labels(stage, name, "flag").inc()

    # -- non-streaming -------------------------------------------------------------------
    async def complete(
        self, served: ServedModel, req: ChatRequest, ctx: ScanContext, trace: Trace
    ) -> ChatResponse:
        if self.s.switches.degraded(req.model):
            resp = degraded_response(served.config.degrade, req)
        else:
            t0 = time.perf_counter()
            try:
                resp = await served.backend.chat(req)
            finally:
                trace.backend_s = time.perf_counter() - t0
        resp.model = req.model
        trace.tokens_in, trace.tokens_out = resp.usage.prompt_tokens, resp.usage.completion_tokens
        out_ctx = ctx.model_copy(update={"stage": "output", "role": "assistant"})
        for choice in resp.choices:
            msg = choice.message
            if not served.config.expose_reasoning:
                msg.reasoning_content = None
                _drop_extra(msg, "reasoning")
            if msg.content:
                msg.content = await self.guard_output(msg.content, out_ctx, trace)
                trace.completion += msg.content
            for call in msg.tool_calls or []:
                await self._guard_tool_call(call, out_ctx, trace)
        return resp

    async def _guard_tool_call(self, call: dict[str, Any], ctx: ScanContext, trace: Trace) -> None:
        fn = call.get("function") or {}
        args = fn.get("arguments")
        if isinstance(args, str) and args:
            fn["arguments"] = await self.guard_output(args, ctx, trace)
            trace.completion += fn["arguments"]

    # -- streaming -----------------------------------------------------------------------
    async def stream(
        self, served: ServedModel, req: ChatRequest, ctx: ScanContext, trace: Trace
    ) -> AsyncIterator[str]:
        """SSE lines. Text is released only through the stream guard's hold-back window; tool
        calls are held whole until the end and scanned before release."""
        out_ctx = ctx.model_copy(update={"stage": "output", "role": "assistant"})
        guard = self.s.guards.stream_guard(out_ctx)
        chunk_id, created = "", int(time.time())
        tool_calls: dict[int, dict[str, Any]] = {}
        finish_reason: str | None = None
        usage: Usage | None = None
        t0 = time.perf_counter()
        try:
            async for chunk in self._source(served, req):
                chunk_id = chunk_id or chunk.id
                usage = chunk.usage or usage
                for choice in chunk.choices:
                    finish_reason = choice.finish_reason or finish_reason
                    delta = choice.delta
                    _merge_tool_calls(tool_calls, delta.tool_calls)
                    if delta.reasoning_content and served.config.expose_reasoning:
                        yield _sse(
                            chunk_id,
                            created,
                            req.model,
                            {"reasoning_content": delta.reasoning_content},
                        )
                    if delta.content:
                        g0 = time.perf_counter()
                        safe = await guard.feed(delta.content)
                        trace.add_guard_time("output", time.perf_counter() - g0)
                        if safe:
                            trace.completion += safe
                            yield _sse(chunk_id, created, req.model, {"content": safe})
            trace.backend_s = time.perf_counter() - t0
            rest = await guard.finish()
            if rest:
                trace.completion += rest
                yield _sse(chunk_id, created, req.model, {"content": rest})
            for index in sorted(tool_calls):
                call = tool_calls[index]
                await self._guard_tool_call(call, out_ctx, trace)
                yield _sse(chunk_id, created, req.model, {"tool_calls": [call]})
            self._record_verdicts("output", guard.verdicts(), trace)
            if usage is not None:
                trace.tokens_in, trace.tokens_out = usage.prompt_tokens, usage.completion_tokens
            yield _sse(chunk_id, created, req.model, {}, finish_reason or "stop")
            if req.stream_options is not None and req.stream_options.include_usage:
                yield _sse_usage(chunk_id, created, req.model, usage or Usage())
            yield "data: [DONE]\n\n"
        except TiergateError as exc:
            trace.backend_s = trace.backend_s or time.perf_counter() - t0
            if isinstance(exc, PolicyBlocked):
                trace.action = "block"
                self._record_verdicts("output", guard.verdicts(), trace)
            trace.status, trace.error = exc.status, exc.message
            yield sse_error(exc)

    async def _source(self, served: ServedModel, req: ChatRequest) -> AsyncIterator[ChatChunk]:
        if self.s.switches.degraded(req.model):
            text = degraded_reply(served.config.degrade, req)
            yield ChatChunk(model=req.model, choices=[ChunkChoice(delta=Delta(content=text))])
            return
        stream = served.backend.stream(req)
        try:
            async for chunk in stream:
                yield chunk
        finally:
            # Closing the backend stream cancels generation when the client left or we blocked.
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                await aclose()

    # -- bookkeeping ---------------------------------------------------------------------
    async def finish(self, key: KeyRecord | None, trace: Trace) -> None:
        s = self.s
        total_s = time.perf_counter() - trace.started
        guard_s = sum(trace.guard_s.values())
        cfg = s.models.find(trace.model)
        label = trace.model if cfg is not None else "-"
        s.telemetry.requests.labels(label, str(trace.status), trace.action).inc()
        s.telemetry.request_seconds.labels(label).observe(total_s)
        for stage, secs in trace.guard_s.items():
            s.telemetry.guard_seconds.labels(stage).observe(secs)
        if trace.backend_s:
            s.telemetry.backend_seconds.labels(label).observe(trace.backend_s)
        if trace.tokens_in or trace.tokens_out:
            s.telemetry.tokens.labels(label, "in").inc(trace.tokens_in)
            s.telemetry.tokens.labels(label, "out").inc(trace.tokens_out)
            if cfg is not None:
                cost = (
                    trace.tokens_in * cfg.cost_per_mtok_input
                    + trace.tokens_out * cfg.cost_per_mtok_output
                ) / 1e6
                s.telemetry.cost.labels(label).inc(cost)
            if key is not None:
                s.limiter.record(key, trace.tokens_in + trace.tokens_out)
        await s.audit.record(
            AuditEvent(
                kind="chat",
                request_id=trace.request_id,
                key_id=trace.key_id,
                model=trace.model or None,
                weights_sha256=trace.weights_sha256,
                action="error" if trace.status >= 500 else trace.action,
                status=trace.status,
                verdicts=trace.verdicts,
                latency_ms=round(total_s * 1000, 3),
                guard_ms=round(guard_s * 1000, 3),
                backend_ms=round(trace.backend_s * 1000, 3),
                tokens_in=trace.tokens_in,
                tokens_out=trace.tokens_out,
                prompt=trace.prompt or None,
                completion=trace.completion or None,
                data={**trace.data, "error": trace.error} if trace.error else trace.data,
            )
        )


def _drop_extra(model: Any, name: str) -> None:
    extra = getattr(model, "__pydantic_extra__", None)
    if extra:
        extra.pop(name, None)


def _merge_tool_calls(acc: dict[int, dict[str, Any]], parts: list[dict[str, Any]] | None) -> None:
    """OpenAI streams tool calls as fragments keyed by index; join the argument strings."""
    for part in parts or []:
        index = int(part.get("index", 0))
        call = acc.setdefault(index, {"index": index, "type": "function", "function": {}})
        if part.get("id"):
            call["id"] = part["id"]
        fn = part.get("function") or {}
        if fn.get("name"):
            call["function"]["name"] = fn["name"]
        if fn.get("arguments"):
            call["function"]["arguments"] = call["function"].get("arguments", "") + fn["arguments"]


def _sse(
    cid: str, created: int, model: str, delta: dict[str, Any], finish: str | None = None
) -> str:
    return _sse_chunk(cid, created, model, [{"index": 0, "delta": delta, "finish_reason": finish}])


def _sse_usage(cid: str, created: int, model: str, usage: Usage) -> str:
    return _sse_chunk(cid, created, model, [], usage=usage.model_dump())


def _sse_chunk(
    cid: str, created: int, model: str, choices: list[Any], usage: dict[str, Any] | None = None
) -> str:
    # Built by hand: this runs once per streamed piece, and pydantic dumps cost more.
    body: dict[str, Any] = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": choices,
    }
    if usage is not None:
        body["usage"] = usage
    return "data: " + json.dumps(body, separators=(",", ":")) + "\n\n"


def sse_error(exc: TiergateError) -> str:
    return "data: " + json.dumps(exc.body().model_dump(exclude_none=True)) + "\n\n"
