"""Request-scoped accessors for route handlers (the auth middleware has already run)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from fastapi import Request

from tiergate.errors import Forbidden, Unauthorized

if TYPE_CHECKING:
    from tiergate.gateway.services import Services
    from tiergate.perimeter.keys import KeyRecord


def services(request: Request) -> Services:
    return cast("Services", request.app.state.services)


def require_key(request: Request) -> KeyRecord:
    key = getattr(request.state, "key", None)
    if key is None:
        raise Unauthorized("missing or invalid API key")
    return cast("KeyRecord", key)


def require_admin(request: Request) -> KeyRecord:
    key = require_key(request)
    if "admin" not in key.scopes:
        raise Forbidden("this endpoint needs an admin key", code="admin_required")
    return key
