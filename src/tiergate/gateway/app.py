"""The FastAPI application: routes are thin, the flow lives in gateway/chat.py."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from tiergate.errors import BadRequest, NotFound, TiergateError
from tiergate.gateway.middleware.perimeter import (
    AuthMiddleware,
    BodyLimitMiddleware,
    RequestIdMiddleware,
)
from tiergate.gateway.routes import access, admin, chat, files, meta
from tiergate.gateway.services import Services, build_services
from tiergate.settings import Settings
from tiergate.types import ErrorBody, ErrorDetail

log = logging.getLogger("tiergate.gateway")


def create_app(settings: Settings, services: Services | None = None) -> FastAPI:
    svc = services or build_services(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await svc.start()
        try:
            yield
        finally:
            await svc.aclose()

    app = FastAPI(
        title="tiergate",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.services = svc
    for module in (chat, meta, admin, files, access):
        app.include_router(module.router)
    _install_error_handlers(app)
    # Outermost first at runtime: request id -> body limit -> auth -> routes.
    app.add_middleware(AuthMiddleware, services=svc)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestIdMiddleware)
    return app


def _error(exc: TiergateError) -> JSONResponse:
    return JSONResponse(exc.body().model_dump(), status_code=exc.status, headers=exc.headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TiergateError)
    async def tiergate_error(_: Request, exc: TiergateError) -> JSONResponse:
        return _error(exc)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        err = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        return _error(BadRequest(f"{where}: {err.get('msg', 'invalid')}", param=where))

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return _error(NotFound("unknown endpoint", code="unknown_endpoint"))
        body = ErrorBody(error=ErrorDetail(message=str(exc.detail), type="invalid_request_error"))
        return JSONResponse(body.model_dump(), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        body = ErrorBody(error=ErrorDetail(message="internal error", type="server_error"))
        return JSONResponse(body.model_dump(), status_code=500)
