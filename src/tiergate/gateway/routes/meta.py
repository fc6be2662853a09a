"""GET /v1/models, /healthz, /metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from tiergate.errors import Forbidden
from tiergate.gateway.deps import require_key, services
from tiergate.gateway.models import model_not_found
from tiergate.types import ModelCard, ModelList

router = APIRouter()


@router.get("/v1/models")
async def list_models(request: Request) -> JSONResponse:
    key = require_key(request)
    svc = services(request)
    names = [n for n in svc.models.names() if key.models is None or n in key.models]
    body = ModelList(data=[ModelCard(id=n, created=svc.started_at) for n in names])
    return JSONResponse(body.model_dump())


@router.get("/v1/models/{name}")
async def get_model(name: str, request: Request) -> JSONResponse:
    key = require_key(request)
    svc = services(request)
    if svc.models.find(name) is None or (key.models is not None and name not in key.models):
        raise model_not_found(name)
    return JSONResponse(ModelCard(id=name, created=svc.started_at).model_dump())


@router.get("/healthz")
async def healthz(request: Request) -> JSONResponse:
    svc = services(request)
    return JSONResponse({"status": "ok", "models": len(svc.models.names())})


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    key = require_key(request)
    if not {"admin", "metrics"} & set(key.scopes):
        raise Forbidden("metrics need a key with the 'metrics' or 'admin' scope")
    svc = services(request)
    svc.refresh_gauges()
    return Response(svc.telemetry.render(), media_type="text/plain; version=0.0.4")
