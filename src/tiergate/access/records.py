"""Pydantic records the access layer hands out (never ORM rows)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from tiergate.tiers.policy import VerificationLevel

IdentityKind = Literal["user", "org"]
RequestStatus = Literal["pending", "approved", "denied"]


class Identity(BaseModel):
    model_config = ConfigDict(frozen=True)
    id: int
    name: str
    kind: IdentityKind
    email: str | None = None
    org: str | None = None
    verification: VerificationLevel
    # The level that counts: the user's own, or its organisation's institution verification.
    effective_verification: VerificationLevel
    verified_by: str | None = None
    verified_at: datetime | None = None
    created_at: datetime
    keys: list[str] = []


class Attestation(BaseModel):
    model_config = ConfigDict(frozen=True)
    id: int
    identity: str
    model: str | None
    aup_version: str
    aup_sha256: str
    signed_at: datetime
    signature: str


class AccessRequest(BaseModel):
    model_config = ConfigDict(frozen=True)
    id: int
    identity: str
    model: str
    purpose: str
    status: RequestStatus
    reviewer: str | None = None
    note: str | None = None
    created_at: datetime
    decided_at: datetime | None = None


class Decision(BaseModel):
    """An allowed access: what the caller may do and what to record about it."""

    model_config = ConfigDict(frozen=True)
    model: str
    tier: int
    identity: str | None = None
    monitored: bool = False
    request_id: int | None = None
    purpose: str | None = None
