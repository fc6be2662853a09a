"""Tables: tier assignments (history), appeals, identities, key links, attestations and
access requests.

Written by hand in ``migrations/versions/0004_tiers_access.py``; keep both in step.
Timestamps are set by the services (UTC), not by the database, so `--at DATE` queries see the
same clock on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tiergate.store.db import Base


class TierAssignmentRow(Base):
    """One stored assignment; a new row whenever a model's tier or its evidence changes."""

    __tablename__ = "tier_assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    model_name: Mapped[str] = mapped_column(String(256), index=True)
    tier: Mapped[int] = mapped_column(Integer)
    computed_tier: Mapped[int] = mapped_column(Integer)
    at: Mapped[date] = mapped_column(Date)
    policy_version: Mapped[str] = mapped_column(String(64))
    policy_hash: Mapped[str] = mapped_column(String(64))
    evidence_ids: Mapped[list[int]] = mapped_column(JSON)
    # The full Assignment (reasons per domain, floor, override) as JSON, for `explain`.
    detail: Mapped[dict[str, object]] = mapped_column(JSON)
    fingerprint: Mapped[str] = mapped_column(String(16))
    compliant: Mapped[bool] = mapped_column(Boolean)
    trigger: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TierAppealRow(Base):
    __tablename__ = "tier_appeals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    model_name: Mapped[str] = mapped_column(String(256), index=True)
    current_tier: Mapped[int] = mapped_column(Integer)
    requested_tier: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    # {name, sha256, bytes} of the evidence file; the file itself stays with the appellant.
    evidence: Mapped[dict[str, object] | None] = mapped_column(JSON)
    requested_by: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), index=True)  # pending | granted | denied
    reviewer: Mapped[str | None] = mapped_column(String(128))
    note: Mapped[str | None] = mapped_column(Text)
    granted_tier: Mapped[int | None] = mapped_column(Integer)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class IdentityRow(Base):
    """A user or an organisation. A user may belong to one organisation."""

    __tablename__ = "identities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # user | org
    email: Mapped[str | None] = mapped_column(String(256))
    org_id: Mapped[int | None] = mapped_column(ForeignKey("identities.id"))
    verification: Mapped[str] = mapped_column(String(16))  # none | identity | institution
    verified_by: Mapped[str | None] = mapped_column(String(128))
    verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IdentityKeyRow(Base):
    """Which identity an API key acts for (api_keys belongs to the perimeter: no FK to it)."""

    __tablename__ = "identity_keys"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"), index=True)
    linked_by: Mapped[str] = mapped_column(String(128))
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AttestationRow(Base):
    __tablename__ = "attestations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"), index=True)
    model_name: Mapped[str | None] = mapped_column(String(256))  # None: every model
    aup_version: Mapped[str] = mapped_column(String(32))
    aup_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    signature: Mapped[str] = mapped_column(String(64))


class AccessRequestRow(Base):
    __tablename__ = "access_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id"), index=True)
    model_name: Mapped[str] = mapped_column(String(256), index=True)
    purpose: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # pending | approved | denied
    reviewer: Mapped[str | None] = mapped_column(String(128))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
