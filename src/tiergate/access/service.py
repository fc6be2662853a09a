"""AccessService: identities, attestations, access requests, and enforcement by tier.

Enforcement reads the model's tier from `TierService.current` on every call, so a tier change
applies to the next request. Every download decision is audited (kind "download"), chat
denials too (kind "access"); an allowed chat is recorded by the gateway's own chat event.

Key scopes: `max-tier:N` limits a key to models of Tier N or lower, for chat and downloads
(e.g. a public demo key with `max-tier:2` cannot reach Tier 3-4 models at all).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tiergate.access import signing
from tiergate.access.records import AccessRequest, Attestation, Decision, Identity
from tiergate.errors import BadRequest, Conflict, Forbidden, NotFound
from tiergate.store.db import Database
from tiergate.store.tiers import AccessRequestRow, AttestationRow, IdentityKeyRow, IdentityRow
from tiergate.tiers.assign import Assignment
from tiergate.tiers.audit import Auditor, AuditSink
from tiergate.tiers.policy import LEVEL_RANK, Tier, TierRequirement, aup_text
from tiergate.tiers.service import TierService

SCOPE_PREFIX = "max-tier:"
LEVELS = ("none", "identity", "institution")


class KeyLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def scopes(self) -> list[str]: ...


def _utc(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def max_tier(scopes: Sequence[str]) -> int:
    """The highest tier a key may reach (4 without a `max-tier:N` scope; the lowest wins)."""
    limits = [s.removeprefix(SCOPE_PREFIX) for s in scopes if s.startswith(SCOPE_PREFIX)]
    return min((int(v) for v in limits if v in ("1", "2", "3", "4")), default=4)


class AccessService:
    def __init__(
        self,
        db: Database,
        tiers: TierService,
        signing_key: bytes,
        audit: AuditSink | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.db = db
        self.tiers = tiers
        self.key = signing_key
        self.audit = Auditor(audit)
        self.now = now or tiers.now

    @property
    def aup_version(self) -> str:
        return self.tiers.policy.aup_version

    # -- identities ------------------------------------------------------------------------
    def _row(self, s: Session, name_or_id: str | int) -> IdentityRow:
        q = select(IdentityRow)
        if isinstance(name_or_id, int) or str(name_or_id).isdigit():
            row = s.get(IdentityRow, int(name_or_id))
        else:
            row = s.scalar(q.where(IdentityRow.name == name_or_id))
        if row is None:
            raise NotFound(f"no identity '{name_or_id}'")
        return row

    def _record(self, s: Session, row: IdentityRow) -> Identity:
        org = s.get(IdentityRow, row.org_id) if row.org_id is not None else None
        level = row.verification
        # Institutional verification of the organisation carries over to its verified members.
        if org is not None and org.verification == "institution" and level != "none":
            level = "institution"
        keys = s.scalars(select(IdentityKeyRow.key_id).where(IdentityKeyRow.identity_id == row.id))
        return Identity(
            id=row.id,
            name=row.name,
            kind=row.kind,  # type: ignore[arg-type]
            email=row.email,
            org=org.name if org else None,
            verification=row.verification,  # type: ignore[arg-type]
            effective_verification=level,  # type: ignore[arg-type]
            verified_by=row.verified_by,
            verified_at=_utc(row.verified_at) if row.verified_at else None,
            created_at=_utc(row.created_at),
            keys=sorted(keys),
        )

    def create_identity(
        self,
        name: str,
        *,
        kind: str = "user",
        email: str | None = None,
        org: str | None = None,
        by: str = "cli",
    ) -> Identity:
        if kind not in ("user", "org"):
            raise BadRequest("identity kind must be 'user' or 'org'")
        if not name.strip() or len(name) > 128:
            raise BadRequest("identity name must be 1-128 characters")
        try:
            with self.db.session() as s:
                org_id = None
                if org is not None:
                    org_row = self._row(s, org)
                    if org_row.kind != "org":
                        raise BadRequest(f"'{org}' is not an organisation")
                    if kind == "org":
                        raise BadRequest("an organisation cannot belong to another")
                    org_id = org_row.id
                row = IdentityRow(
                    name=name,
                    kind=kind,
                    email=email,
                    org_id=org_id,
                    verification="none",
                    created_at=self.now(),
                )
                s.add(row)
                s.flush()
                out = self._record(s, row)
        except IntegrityError as exc:
            raise Conflict(f"identity '{name}' exists") from exc
        self.audit("access", "identity.create", identity=name, identity_kind=kind, org=org, by=by)
        return out

    def identity(self, name_or_id: str | int) -> Identity:
        with self.db.session() as s:
            return self._record(s, self._row(s, name_or_id))

    def identities(self) -> list[Identity]:
        with self.db.session() as s:
            rows = s.scalars(select(IdentityRow).order_by(IdentityRow.id)).all()
            return [self._record(s, r) for r in rows]

    def verify(self, name: str, level: str, *, by: str = "cli") -> Identity:
        if level not in LEVELS:
            raise BadRequest(f"verification level must be one of {', '.join(LEVELS)}")
        with self.db.session() as s:
            row = self._row(s, name)
            row.verification, row.verified_by, row.verified_at = level, by, self.now()
            s.flush()
            out = self._record(s, row)
        self.audit("access", "identity.verify", identity=out.name, level=level, by=by)
        return out

    def link_key(self, key_id: str, identity: str, *, by: str = "cli") -> Identity:
        with self.db.session() as s:
            row = self._row(s, identity)
            link = s.get(IdentityKeyRow, key_id)
            if link is None:
                s.add(
                    IdentityKeyRow(
                        key_id=key_id, identity_id=row.id, linked_by=by, linked_at=self.now()
                    )
                )
            else:
                link.identity_id, link.linked_by, link.linked_at = row.id, by, self.now()
            s.flush()
            out = self._record(s, row)
        self.audit("access", "key.link", key_id=key_id, identity=out.name, by=by)
        return out

    def identity_for_key(self, key_id: str) -> Identity | None:
        with self.db.session() as s:
            link = s.get(IdentityKeyRow, key_id)
            if link is None:
                return None
            return self._record(s, self._row(s, link.identity_id))

    # -- attestations --------------------------------------------------------------------
    def _attestation(self, row: AttestationRow, identity: str) -> Attestation:
        return Attestation(
            id=row.id,
            identity=identity,
            model=row.model_name,
            aup_version=row.aup_version,
            aup_sha256=row.aup_sha256,
            signed_at=_utc(row.signed_at),
            signature=row.signature,
        )

    def attest(
        self, identity: str, *, model: str | None = None, aup_version: str | None = None
    ) -> Attestation:
        """Record that `identity` accepted the acceptable-use text (for one model or all)."""
        version = aup_version or self.aup_version
        if version != self.aup_version:
            raise BadRequest(
                f"attestations must accept the current acceptable-use text "
                f"(version {self.aup_version}), not {version}"
            )
        text_sha = hashlib.sha256(aup_text(version).encode()).hexdigest()
        signed_at = self.now().replace(microsecond=0)
        with self.db.session() as s:
            who = self._row(s, identity)
            data = signing.payload(who.name, version, text_sha, model, signed_at)
            row = AttestationRow(
                identity_id=who.id,
                model_name=model,
                aup_version=version,
                aup_sha256=text_sha,
                signed_at=signed_at,
                signature=signing.sign(self.key, data),
            )
            s.add(row)
            s.flush()
            out = self._attestation(row, who.name)
        self.audit(
            "access",
            "attest",
            identity=out.identity,
            model=model,
            aup_version=version,
            attestation_id=out.id,
        )
        return out

    def attestations(self, identity: str) -> list[Attestation]:
        with self.db.session() as s:
            who = self._row(s, identity)
            rows = s.scalars(
                select(AttestationRow)
                .where(AttestationRow.identity_id == who.id)
                .order_by(AttestationRow.id)
            ).all()
            return [self._attestation(r, who.name) for r in rows]

    def valid_attestation(self, identity: str, model: str) -> Attestation | None:
        """A correctly signed attestation of the current AUP text covering `model`."""
        text_sha = hashlib.sha256(aup_text(self.aup_version).encode()).hexdigest()
        for a in reversed(self.attestations(identity)):
            if a.aup_version != self.aup_version or a.aup_sha256 != text_sha:
                continue
            if a.model not in (None, model):
                continue
            data = signing.payload(identity, a.aup_version, a.aup_sha256, a.model, a.signed_at)
            if signing.verify(self.key, data, a.signature):
                return a
        return None

    # -- access requests -------------------------------------------------------------------
    def _request(self, row: AccessRequestRow, identity: str) -> AccessRequest:
        return AccessRequest(
            id=row.id,
            identity=identity,
            model=row.model_name,
            purpose=row.purpose,
            status=row.status,
            reviewer=row.reviewer,
            note=row.note,  # type: ignore[arg-type]
            created_at=_utc(row.created_at),
            decided_at=_utc(row.decided_at) if row.decided_at else None,
        )

    def request_access(self, identity: str, model: str, purpose: str) -> AccessRequest:
        if len(purpose.strip()) < 10:
            raise BadRequest("an access request needs a purpose statement (10+ characters)")
        with self.db.session() as s:
            who = self._row(s, identity)
            row = AccessRequestRow(
                identity_id=who.id,
                model_name=model,
                purpose=purpose,
                status="pending",
                created_at=self.now(),
            )
            s.add(row)
            s.flush()
            out = self._request(row, who.name)
        self.audit("access", "request", identity=out.identity, model=model, request_id=out.id)
        return out

    def requests(
        self, *, status: str | None = None, identity: str | None = None, model: str | None = None
    ) -> list[AccessRequest]:
        with self.db.session() as s:
            q = select(AccessRequestRow, IdentityRow.name).join(
                IdentityRow, IdentityRow.id == AccessRequestRow.identity_id
            )
            if status is not None:
                q = q.where(AccessRequestRow.status == status)
            if identity is not None:
                q = q.where(AccessRequestRow.identity_id == self._row(s, identity).id)
            if model is not None:
                q = q.where(AccessRequestRow.model_name == model)
            rows = s.execute(q.order_by(AccessRequestRow.id)).all()
            return [self._request(r, name) for r, name in rows]

    def decide(
        self, request_id: int, *, approve: bool, note: str = "", reviewer: str = "cli"
    ) -> AccessRequest:
        with self.db.session() as s:
            row = s.get(AccessRequestRow, request_id)
            if row is None:
                raise NotFound(f"no access request #{request_id}")
            if row.status != "pending":
                raise Conflict(f"access request #{request_id} is already {row.status}")
            row.status = "approved" if approve else "denied"
            row.reviewer, row.note, row.decided_at = reviewer, note, self.now()
            s.flush()
            out = self._request(row, self._row(s, row.identity_id).name)
        self.audit(
            "access",
            out.status,
            request_id=request_id,
            identity=out.identity,
            model=out.model,
            reviewer=reviewer,
            note=note,
        )
        return out

    # -- enforcement ------------------------------------------------------------------------
    def _deny(
        self, kind: str, key: KeyLike, model: str, tier: int, msg: str, code: str
    ) -> Forbidden:
        self.audit(kind, "block", key_id=key.id, model=model, status=403, tier=tier, reason=msg)
        return Forbidden(msg, code=code)

    def _requirements(
        self, key: KeyLike, model: str, a: Assignment, req: TierRequirement
    ) -> Decision:
        """Raise Forbidden naming the first unmet requirement; else the allowed decision."""
        n = int(a.tier)
        need = [req.identity + " verification"] if req.identity != "none" else []
        need += ["a signed use attestation"] if req.attestation else []
        need += ["an approved access request"] if req.approval else []
        what = f"Tier {n} requires " + " and ".join(need)
        who = self.identity_for_key(key.id)
        if who is None:
            raise self._deny(
                "download",
                key,
                model,
                n,
                f"{what}: this API key is not linked to an identity",
                "identity_required",
            )
        if LEVEL_RANK[who.effective_verification] < LEVEL_RANK[req.identity]:
            raise self._deny(
                "download",
                key,
                model,
                n,
                f"{what}: identity '{who.name}' is verified at level "
                f"'{who.effective_verification}'",
                "verification_required",
            )
        if req.attestation and self.valid_attestation(who.name, model) is None:
            raise self._deny(
                "download",
                key,
                model,
                n,
                f"{what}: '{who.name}' has no signed use attestation for the current "
                f"acceptable-use text (version {self.aup_version})",
                "attestation_required",
            )
        request = None
        if req.approval:
            approved = self.requests(status="approved", identity=who.name, model=model)
            request = approved[-1] if approved else None
            if request is None:
                raise self._deny(
                    "download",
                    key,
                    model,
                    n,
                    f"{what}: '{who.name}' has no approved access request for '{model}'",
                    "approval_required",
                )
        return Decision(
            model=model,
            tier=n,
            identity=who.name,
            monitored=req.monitored,
            request_id=request.id if request else None,
            purpose=request.purpose if request and req.purpose else None,
        )

    def check_download(self, key: KeyLike, model_name: str) -> Decision:
        """Allow a weight download of `model_name` by `key`, or raise Forbidden saying why."""
        a = self.tiers.current(model_name)
        n, req = int(a.tier), self.tiers.policy.requirement(a.tier)
        if n > max_tier(key.scopes):
            raise self._deny(
                "download",
                key,
                model_name,
                n,
                f"this key is limited to Tier {max_tier(key.scopes)} models; "
                f"'{model_name}' is Tier {n}",
                "tier_scope",
            )
        if not req.download:
            raise self._deny(
                "download",
                key,
                model_name,
                n,
                f"Tier {n} models are API-only: weights are never downloadable",
                "download_forbidden",
            )
        if not a.compliant:
            raise self._deny(
                "download",
                key,
                model_name,
                n,
                f"'{model_name}' is non-compliant ({a.compliance_note}); downloads "
                "are restricted until it is re-evaluated",
                "non_compliant",
            )
        if req.identity == "none" and not req.attestation and not req.approval:
            decision = Decision(model=model_name, tier=n)
        else:
            decision = self._requirements(key, model_name, a, req)
        self.audit(
            "download",
            "allow",
            key_id=key.id,
            model=model_name,
            status=200,
            **decision.model_dump(exclude={"model"}),
            per_download=req.audit_each_download,
        )
        return decision

    def check_chat(self, key: KeyLike, model_name: str) -> Decision:
        """Chat is allowed through the gateway at every tier (Tier 4 monitored), unless the
        key's `max-tier:N` scope is lower than the model's tier."""
        a = self.tiers.current(model_name)
        n = int(a.tier)
        limit = max_tier(key.scopes)
        if n > limit:
            raise self._deny(
                "access",
                key,
                model_name,
                n,
                f"this key is limited to Tier {limit} models; '{model_name}' is Tier {n}",
                "tier_scope",
            )
        req = self.tiers.policy.requirement(Tier(n))
        return Decision(model=model_name, tier=n, monitored=req.monitored)


def build_access(
    db: Database,
    policy_path: Any,
    home: Any,
    *,
    audit: AuditSink | None = None,
    registry: Any | None = None,
) -> tuple[TierService, AccessService]:
    """The tier and access services as the gateway and CLI compose them."""
    from tiergate.tiers.policy import load_policy

    tiers = TierService(db, load_policy(policy_path), audit=audit, registry=registry)
    return tiers, AccessService(db, tiers, signing.load_signing_key(home), audit=audit)
