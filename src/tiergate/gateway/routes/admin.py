"""Admin API (admin-scoped keys only): incident switches and audit verification.

Changes take effect in this process at once; other workers pick them up from the database
within the switch poll interval (<= 1 s).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from tiergate.gateway.deps import require_admin, services

router = APIRouter(prefix="/admin")


class KillSwitchChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    on: bool
    model: str | None = None
    key: str | None = None
    reason: str = Field(default="", max_length=500)


class DegradeChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    on: bool
    model: str
    reason: str = Field(default="", max_length=500)


@router.get("/switches")
async def list_switches(request: Request) -> JSONResponse:
    require_admin(request)
    rows = services(request).switches.list()
    return JSONResponse({"data": [r.model_dump(mode="json") for r in rows]})


@router.post("/killswitch")
async def killswitch(change: KillSwitchChange, request: Request) -> JSONResponse:
    admin = require_admin(request)
    svc = services(request)
    svc.switches.set_kill(
        change.on, model=change.model, key=change.key, reason=change.reason, actor=admin.name
    )
    return JSONResponse({"ok": True, "switches": len(svc.switches.list())})


@router.post("/degrade")
async def degrade(change: DegradeChange, request: Request) -> JSONResponse:
    admin = require_admin(request)
    svc = services(request)
    svc.models.config(change.model)  # 404 for unknown models
    svc.switches.set_degrade(change.on, model=change.model, reason=change.reason, actor=admin.name)
    return JSONResponse({"ok": True})


@router.get("/audit/verify")
async def audit_verify(request: Request) -> JSONResponse:
    require_admin(request)
    result = await services(request).audit.verify_async()
    return JSONResponse(result.model_dump(mode="json"))
