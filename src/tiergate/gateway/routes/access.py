"""HTTP API for tiers and access: identities, attestations, access requests, a model's tier.

Callers (any valid key) manage their own identity, attestations and requests; verification,
key links and request decisions need an admin key. Handlers are sync: FastAPI runs them in
its thread pool, so the blocking database and audit writes never stall the event loop.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from tiergate.access.records import AccessRequest, Attestation, Identity
from tiergate.access.service import AccessService
from tiergate.errors import BadRequest, Conflict, Unavailable
from tiergate.gateway.deps import require_admin, require_key, services

router = APIRouter()


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IdentityIn(_Body):
    name: str = Field(min_length=1, max_length=128)
    kind: Literal["user", "org"] = "user"
    email: str | None = None
    org: str | None = None


class VerifyIn(_Body):
    level: Literal["none", "identity", "institution"]


class LinkIn(_Body):
    identity: str


class AttestIn(_Body):
    accept: bool
    aup_version: str
    model: str | None = None


class RequestIn(_Body):
    model: str
    purpose: str = Field(min_length=10, max_length=4000)


class DecideIn(_Body):
    note: str = ""


class Me(BaseModel):
    key_id: str
    identity: Identity | None
    attestations: list[Attestation]
    requests: list[AccessRequest]


def _access(request: Request) -> AccessService:
    svc: Any = services(request).access
    if svc is None:
        raise Unavailable("access control is not configured on this gateway")
    return svc  # type: ignore[no-any-return]


def _actor(request: Request) -> str:
    return f"key:{require_key(request).id}"


@router.get("/v1/models/{name}/tier")
def model_tier(name: str, request: Request) -> dict[str, Any]:
    """The tier in force for a model, why, and what it requires."""
    require_key(request)
    access = _access(request)
    a = access.tiers.current(name)
    req = access.tiers.policy.requirement(a.tier)
    return {
        "model": name,
        "tier": int(a.tier),
        "requirements": {**req.model_dump(), "summary": req.summary()},
        "compliant": a.compliant,
        "assignment": a.model_dump(mode="json"),
    }


@router.get("/v1/access/aup")
def aup(request: Request) -> dict[str, str]:
    from tiergate.tiers.policy import aup_text

    require_key(request)
    version = _access(request).aup_version
    return {"version": version, "text": aup_text(version)}


@router.get("/v1/access/me")
def me(request: Request) -> Me:
    key = require_key(request)
    access = _access(request)
    who = access.identity_for_key(key.id)
    return Me(
        key_id=key.id,
        identity=who,
        attestations=access.attestations(who.name) if who else [],
        requests=access.requests(identity=who.name) if who else [],
    )


@router.post("/v1/access/me", status_code=201)
def register_me(body: IdentityIn, request: Request) -> Identity:
    """Self-service: create a user identity for the calling key (verification 'none')."""
    key = require_key(request)
    access = _access(request)
    if body.kind != "user":
        raise BadRequest("self-service identities are users; organisations are made by admins")
    if access.identity_for_key(key.id) is not None:
        raise Conflict("this key already acts for an identity")
    who = access.create_identity(body.name, email=body.email, org=body.org, by=_actor(request))
    return access.link_key(key.id, who.name, by=_actor(request))


def _caller_identity(access: AccessService, request: Request) -> Identity:
    who = access.identity_for_key(require_key(request).id)
    if who is None:
        raise BadRequest("this key is not linked to an identity (POST /v1/access/me first)")
    return who


@router.post("/v1/access/attestations", status_code=201)
def attest(body: AttestIn, request: Request) -> Attestation:
    access = _access(request)
    who = _caller_identity(access, request)
    if not body.accept:
        raise BadRequest("an attestation must accept the acceptable-use text", param="accept")
    return access.attest(who.name, model=body.model, aup_version=body.aup_version)


@router.post("/v1/access/requests", status_code=201)
def create_request(body: RequestIn, request: Request) -> AccessRequest:
    access = _access(request)
    who = _caller_identity(access, request)
    return access.request_access(who.name, body.model, body.purpose)


@router.get("/v1/access/requests")
def list_requests(
    request: Request, status: str | None = None, model: str | None = None
) -> list[AccessRequest]:
    require_admin(request)
    return _access(request).requests(status=status, model=model)


@router.post("/v1/access/requests/{request_id}/approve")
def approve(request_id: int, body: DecideIn, request: Request) -> AccessRequest:
    require_admin(request)
    return _access(request).decide(
        request_id, approve=True, note=body.note, reviewer=_actor(request)
    )


@router.post("/v1/access/requests/{request_id}/deny")
def deny(request_id: int, body: DecideIn, request: Request) -> AccessRequest:
    require_admin(request)
    return _access(request).decide(
        request_id, approve=False, note=body.note, reviewer=_actor(request)
    )


@router.post("/v1/access/identities", status_code=201)
def create_identity(body: IdentityIn, request: Request) -> Identity:
    require_admin(request)
    return _access(request).create_identity(
        body.name, kind=body.kind, email=body.email, org=body.org, by=_actor(request)
    )


@router.get("/v1/access/identities")
def list_identities(request: Request) -> list[Identity]:
    require_admin(request)
    return _access(request).identities()


@router.post("/v1/access/identities/{name}/verify")
def verify(name: str, body: VerifyIn, request: Request) -> Identity:
    require_admin(request)
    return _access(request).verify(name, body.level, by=_actor(request))


@router.post("/v1/access/keys/{key_id}/identity")
def link_key(key_id: str, body: LinkIn, request: Request) -> Identity:
    require_admin(request)
    return _access(request).link_key(key_id, body.identity, by=_actor(request))
