"""Errors that carry their HTTP status and OpenAI error type.

Services raise these; the gateway turns them into an OpenAI-style error body and the CLI into a
one-line message without a traceback.
"""

from __future__ import annotations

from tiergate.types import ErrorBody, ErrorDetail


class TiergateError(Exception):
    status: int = 500
    type: str = "server_error"
    code: str | None = None

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.param = param
        self.headers = headers or {}

    def body(self) -> ErrorBody:
        return ErrorBody(
            error=ErrorDetail(
                message=self.message, type=self.type, param=self.param, code=self.code
            )
        )


class BadRequest(TiergateError):
    status = 400
    type = "invalid_request_error"


class Unauthorized(TiergateError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class Forbidden(TiergateError):
    status = 403
    type = "permission_error"


class PolicyBlocked(Forbidden):
    """A guard scanner blocked the request or the response."""

    code = "content_policy_violation"


class NotFound(TiergateError):
    status = 404
    type = "not_found_error"


class Conflict(TiergateError):
    status = 409
    type = "conflict_error"


class PayloadTooLarge(TiergateError):
    status = 413
    type = "invalid_request_error"
    code = "request_too_large"


class RateLimited(TiergateError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


class Unavailable(TiergateError):
    status = 503
    type = "service_unavailable"


class BackendError(TiergateError):
    """The upstream model failed (maps to 502)."""

    status = 502
    type = "upstream_error"


class ConfigError(TiergateError):
    """Invalid configuration or policy file (a CLI error, not an HTTP one)."""

    status = 500
    type = "config_error"
