"""POST /v1/chat/completions."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import ValidationError

from tiergate.errors import BadRequest, TiergateError
from tiergate.gateway.chat import ChatFlow, Trace, prompt_text
from tiergate.gateway.deps import require_key, services
from tiergate.guards.base import ScanContext
from tiergate.perimeter.keys import KeyRecord
from tiergate.types import ChatRequest

router = APIRouter()


def parse_request(body: bytes) -> ChatRequest:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"request body is not valid UTF-8 (byte {exc.start})") from None
    if not body.strip():
        raise BadRequest("request body is empty; expected a JSON object")
    try:
        return ChatRequest.model_validate_json(body)
    except ValidationError as exc:
        raise BadRequest(_describe(exc), param=_param(exc)) from None


def _describe(exc: ValidationError) -> str:
    err = exc.errors(include_url=False)[0]
    where = ".".join(str(p) for p in err["loc"]) or "body"
    if err["type"] == "json_invalid":
        return f"invalid JSON: {err['msg']}"
    return f"{where}: {err['msg']}"


def _param(exc: ValidationError) -> str | None:
    loc = exc.errors(include_url=False)[0]["loc"]
    return ".".join(str(p) for p in loc) or None


@router.post("/v1/chat/completions", response_model=None)
async def chat_completions(request: Request) -> Response:
    svc = services(request)
    key = require_key(request)
    flow = ChatFlow(svc)
    trace = Trace(request_id=request.state.request_id, key_id=key.id)
    try:
        req = parse_request(await request.body())
        served = await flow.admit(key, req, trace)
        ctx = ScanContext(
            stage="input",
            model=req.model,
            key_id=key.id,
            key_name=key.name,
            request_id=trace.request_id,
        )
        trace.prompt = prompt_text(req)
        guarded = await flow.guard_input(req, ctx, trace)
        if req.stream:
            return StreamingResponse(
                _audited(flow, key, trace, flow.stream(served, guarded, ctx, trace)),
                media_type="text/event-stream",
                headers={"cache-control": "no-cache", "x-accel-buffering": "no"},
            )
        resp = await flow.complete(served, guarded, ctx, trace)
    except TiergateError as exc:
        trace.status, trace.error = exc.status, exc.message
        if trace.action == "allow" and exc.status == 403:
            trace.action = "block"
        await flow.finish(key, trace)
        raise
    await flow.finish(key, trace)
    return JSONResponse(resp.model_dump(exclude_none=True))


async def _audited(
    flow: ChatFlow, key: KeyRecord, trace: Trace, body: AsyncIterator[str]
) -> AsyncIterator[str]:
    """Audit once the stream has ended, however it ended (done, blocked, client gone)."""
    try:
        async for line in body:
            yield line
    finally:
        await flow.finish(key, trace)
