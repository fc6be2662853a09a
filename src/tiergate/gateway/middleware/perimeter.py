"""Pure ASGI middleware for the perimeter: request ids, body size limits and API-key auth.

Written as plain ASGI (not BaseHTTPMiddleware) because it runs on every request and must not
buffer streaming responses or add a task hop.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from tiergate.errors import PayloadTooLarge, TiergateError, Unauthorized

if TYPE_CHECKING:
    from tiergate.gateway.services import Services

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Liveness must work without credentials; everything else needs a key.
OPEN_PATHS = frozenset({"/healthz"})


async def send_error(send: Send, exc: TiergateError, request_id: str) -> None:
    body = json.dumps(exc.body().model_dump()).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"x-request-id", request_id.encode()),
    ]
    headers += [(k.lower().encode(), v.encode()) for k, v in exc.headers.items()]
    await send({"type": "http.response.start", "status": exc.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _header(scope, b"x-request-id")
        rid = rid[:64] if rid and rid.isascii() else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = rid

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid.encode())]
            await send(message)

        await self.app(scope, receive, send_with_id)


class BodyLimitMiddleware:
    """413 for bodies over the limit, whether declared by Content-Length or streamed chunked."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = scope.get("state", {}).get("request_id", "")
        declared = _header(scope, b"content-length")
        too_large = PayloadTooLarge(f"request body exceeds {self.max_bytes} bytes")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            await send_error(send, too_large, rid)
            return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise too_large
            return message

        await self.app(scope, limited_receive, send)


class AuthMiddleware:
    """Resolves the API key into ``scope['state']['key']`` or answers 401 (and audits it)."""

    def __init__(self, app: ASGIApp, services: Services) -> None:
        self.app = app
        self.services = services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        token = _bearer(scope)
        key = self.services.keys.authenticate(token) if token else None
        if key is None and self.services.settings.allow_anonymous and not token:
            key = self.services.anonymous_key
        if key is None:
            self.services.telemetry.rejections.labels("auth").inc()
            rid = state.get("request_id", "")
            await self.services.audit_rejection(rid, scope["path"], 401)
            msg = "invalid API key" if token else "missing API key (Authorization: Bearer ...)"
            await send_error(send, Unauthorized(msg), rid)
            return
        state["key"] = key
        await self.app(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", ()):
        if k == name:
            return str(v.decode("latin-1"))
    return None


def _bearer(scope: Scope) -> str | None:
    auth = _header(scope, b"authorization")
    if auth and auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return _header(scope, b"x-api-key")
