"""TierService: assignment with storage and history, re-tiering, compliance and appeals.

`current(name)` is what the gateway calls per request. It recomputes the (pure) assignment
whenever anything it depends on may have changed, detected by one cheap "state token" query
(newest eval result, newest appeal decision, registry facts, the date), so a new result, an
appeal decision or a threshold date takes effect on the very next request, even when another
process (the CLI) wrote it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from tiergate.errors import BadRequest, Conflict, NotFound
from tiergate.evals.results import EvalResult, latest_results
from tiergate.store.db import Database
from tiergate.store.evals import EvalResultRow
from tiergate.store.tiers import TierAppealRow, TierAssignmentRow
from tiergate.tiers.assign import Assignment, Override, ParentFloor, assign, end_of_day
from tiergate.tiers.audit import Auditor, AuditSink
from tiergate.tiers.explain import explain_text
from tiergate.tiers.lookup import ModelFacts, ModelLookup, lookup_for
from tiergate.tiers.policy import Tier, TierPolicy

MAX_LINEAGE_DEPTH = 16
# What a model's tier depends on in our tables (built once: statement construction is a
# visible share of a per-request call).
_STATE = text(
    "SELECT (SELECT max(id) FROM eval_results WHERE model_name IN :names),"
    " (SELECT max(id) FROM tier_appeals WHERE model_name IN :names),"
    " (SELECT count(decided_at) FROM tier_appeals WHERE model_name IN :names)"
).bindparams(bindparam("names", expanding=True))


class Moved(BaseModel):
    model: str
    old_tier: int | None
    new_tier: int
    reason: str


class StoredAssignment(BaseModel):
    id: int
    model: str
    tier: int
    computed_tier: int
    at: date
    policy_version: str
    policy_hash: str
    evidence_ids: list[int]
    compliant: bool
    trigger: str
    created_at: datetime


class Appeal(BaseModel):
    id: int
    model: str
    current_tier: int
    requested_tier: int
    reason: str
    evidence: dict[str, Any] | None
    requested_by: str
    status: str
    reviewer: str | None
    note: str | None
    granted_tier: int | None
    expires_at: datetime | None
    created_at: datetime
    decided_at: datetime | None


def _utc(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def _appeal(row: TierAppealRow) -> Appeal:
    return Appeal(
        id=row.id,
        model=row.model_name,
        current_tier=row.current_tier,
        requested_tier=row.requested_tier,
        reason=row.reason,
        evidence=row.evidence,
        requested_by=row.requested_by,
        status=row.status,
        reviewer=row.reviewer,
        note=row.note,
        granted_tier=row.granted_tier,
        expires_at=_utc(row.expires_at) if row.expires_at else None,
        created_at=_utc(row.created_at),
        decided_at=_utc(row.decided_at) if row.decided_at else None,
    )


class TierService:
    def __init__(
        self,
        db: Database,
        policy: TierPolicy,
        audit: AuditSink | None = None,
        registry: Any | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.db = db
        self.policy = policy
        self.audit = Auditor(audit)
        self.models: ModelLookup = lookup_for(registry)
        self.now = now or (lambda: datetime.now(UTC))
        self._cache: dict[str, tuple[tuple[Any, ...], Assignment]] = {}

    def today(self) -> date:
        return self.now().date()

    # -- computing ---------------------------------------------------------------------------
    def _results(
        self, s: Session, name: str, at: date, facts: ModelFacts | None
    ) -> dict[str, EvalResult]:
        found = latest_results(s, name, at=end_of_day(at))
        sha = facts.weights_sha256 if facts else None
        # Results measured on other weights (an older version) are not evidence for these.
        return {m: r for m, r in found.items() if sha is None or r.weights_sha256 in (None, sha)}

    def _override(self, s: Session, name: str, at: date) -> Override | None:
        rows = s.scalars(
            select(TierAppealRow)
            .where(TierAppealRow.model_name == name, TierAppealRow.status == "granted")
            .order_by(TierAppealRow.decided_at.desc(), TierAppealRow.id.desc())
        )
        for row in rows:
            if row.granted_tier is None or row.expires_at is None or row.decided_at is None:
                continue
            ov = Override(
                appeal_id=row.id,
                tier=Tier(row.granted_tier),
                granted_at=_utc(row.decided_at),
                expires_at=_utc(row.expires_at),
                reviewer=row.reviewer or "",
                note=row.note or "",
            )
            if ov.active_on(at):
                return ov
        return None

    def compute(self, name: str, at: date | None = None, *, _depth: int = 0) -> Assignment:
        """The assignment now (or on `at`), without storing it."""
        at = at or self.today()
        facts = self.models.facts(name)
        with self.db.session() as s:
            results = self._results(s, name, at, facts)
            override = self._override(s, name, at)
        floor = None
        if facts is not None and facts.parent and _depth < MAX_LINEAGE_DEPTH:
            parent = self.compute(facts.parent, at, _depth=_depth + 1)
            floor = ParentFloor(parent=facts.parent, tier=parent.tier)
        return assign(name, results, self.policy, at, parent_floor=floor, override=override)

    def known(self, name: str) -> bool:
        if self.models.facts(name) is not None:
            return True
        with self.db.session() as s:
            n = s.scalar(select(func.count()).where(EvalResultRow.model_name == name))
            return bool(n)

    # -- storing -------------------------------------------------------------------------------
    def _last_stored(self, s: Session, name: str) -> TierAssignmentRow | None:
        return s.scalars(
            select(TierAssignmentRow)
            .where(TierAssignmentRow.model_name == name)
            .order_by(TierAssignmentRow.id.desc())
            .limit(1)
        ).first()

    def _store(
        self, a: Assignment, trigger: str, *, force: bool = False
    ) -> TierAssignmentRow | None:
        """Store `a` if it differs from the last stored one (or `force`); audit a tier move."""
        fp = a.fingerprint()
        with self.db.session() as s:
            last = self._last_stored(s, a.model)
            if last is not None and last.fingerprint == fp and not force:
                return None
            row = TierAssignmentRow(
                model_name=a.model,
                tier=int(a.tier),
                computed_tier=int(a.computed_tier),
                at=a.at,
                policy_version=a.policy_version,
                policy_hash=a.policy_hash,
                evidence_ids=list(a.evidence_ids),
                detail=a.model_dump(mode="json"),
                fingerprint=fp,
                compliant=a.compliant,
                trigger=trigger,
                created_at=self.now(),
            )
            s.add(row)
            s.flush()
            old = last.tier if last is not None else None
        if old != int(a.tier) or force:
            self.audit(
                "tier",
                "assign",
                model=a.model,
                old_tier=old,
                tier=int(a.tier),
                policy_hash=a.policy_hash,
                evidence_ids=list(a.evidence_ids),
                trigger=trigger,
            )
        return row

    def assign(self, name: str, at: date | None = None, *, trigger: str = "assign") -> Assignment:
        """Compute and store (always: an explicit assignment is a record in itself)."""
        if not self.known(name):
            raise NotFound(f"unknown model '{name}' (not registered and no eval results)")
        a = self.compute(name, at)
        self._store(a, trigger, force=True)
        self._after(a)
        return a

    def _after(self, a: Assignment) -> None:
        facts = self.models.facts(a.model)
        if facts is not None and facts.needs_reevaluation and a.evaluated:
            # The derivative (or new version) now has results of its own.
            self.models.mark_evaluated(a.model)

    def _token(self, name: str) -> tuple[Any, ...]:
        registry = self.models.token()
        chain: list[ModelFacts | None] = [self.models.facts(name)]
        names = [name]
        while (last := chain[-1]) is not None and last.parent and len(names) < MAX_LINEAGE_DEPTH:
            names.append(last.parent)
            chain.append(self.models.facts(last.parent))
        # One Core round trip (no ORM session): this runs on every gateway request.
        with self.db.engine.connect() as conn:
            row = conn.execute(_STATE, {"names": names}).one()
        return (self.today(), registry, tuple(names), tuple(row))

    def current(self, name: str) -> Assignment:
        """The tier in force for `name` right now (cheap when nothing changed)."""
        token = self._token(name)
        hit = self._cache.get(name)
        if hit is not None and hit[0] == token:
            return hit[1]
        a = self.compute(name)
        self._store(a, "auto: inputs changed")
        self._after(a)
        self._cache[name] = (token, a)
        return a

    def invalidate(self, name: str | None = None) -> None:
        if name is None:
            self._cache.clear()
        else:
            self._cache.pop(name, None)

    # -- re-tiering and compliance ---------------------------------------------------------
    def all_models(self) -> list[str]:
        with self.db.session() as s:
            evaluated = set(s.scalars(select(EvalResultRow.model_name).distinct()))
            stored = set(s.scalars(select(TierAssignmentRow.model_name).distinct()))
        return sorted(set(self.models.names()) | evaluated | stored)

    def retier_all(self, reason: str = "retier") -> list[Moved]:
        """Recompute every model (after a policy change or a threshold date); report moves."""
        moved: list[Moved] = []
        for name in self.all_models():
            with self.db.session() as s:
                last = self._last_stored(s, name)
                old = last.tier if last is not None else None
                old_hash = last.policy_hash if last is not None else None
            a = self.compute(name)
            self._store(a, f"retier: {reason}")
            self._after(a)
            if old != int(a.tier):
                why = reason
                if old_hash is not None and old_hash != a.policy_hash:
                    why += " (policy changed)"
                moved.append(Moved(model=name, old_tier=old, new_tier=int(a.tier), reason=why))
        self.invalidate()
        self.audit("tier", "retier", reason=reason, moved=[m.model_dump() for m in moved])
        return moved

    def compliance(self) -> list[Assignment]:
        """Tier 3-4 models whose evidence is older than the policy allows."""
        return [a for a in (self.compute(n) for n in self.all_models()) if not a.compliant]

    def history(self, name: str) -> list[StoredAssignment]:
        with self.db.session() as s:
            rows = s.scalars(
                select(TierAssignmentRow)
                .where(TierAssignmentRow.model_name == name)
                .order_by(TierAssignmentRow.id)
            ).all()
            return [
                StoredAssignment(
                    id=r.id,
                    model=r.model_name,
                    tier=r.tier,
                    computed_tier=r.computed_tier,
                    at=r.at,
                    policy_version=r.policy_version,
                    policy_hash=r.policy_hash,
                    evidence_ids=list(r.evidence_ids),
                    compliant=r.compliant,
                    trigger=r.trigger,
                    created_at=_utc(r.created_at),
                )
                for r in rows
            ]

    # -- appeals ---------------------------------------------------------------------------
    def appeal(
        self,
        name: str,
        reason: str,
        *,
        requested_tier: int | None = None,
        evidence: Path | None = None,
        by: str = "cli",
    ) -> Appeal:
        if not reason.strip():
            raise BadRequest("an appeal needs a reason")
        a = self.current(name) if self.known(name) else None
        if a is None:
            raise NotFound(f"unknown model '{name}'")
        want = requested_tier if requested_tier is not None else max(1, int(a.tier) - 1)
        if want not in (1, 2, 3, 4):
            raise BadRequest("requested tier must be 1-4")
        row = TierAppealRow(
            model_name=name,
            current_tier=int(a.tier),
            requested_tier=want,
            reason=reason,
            evidence=_evidence(evidence) if evidence else None,
            requested_by=by,
            status="pending",
            created_at=self.now(),
        )
        with self.db.session() as s:
            s.add(row)
            s.flush()
            out = _appeal(row)
        self.audit("tier", "appeal", model=name, appeal_id=out.id, requested_tier=want, by=by)
        return out

    def review(
        self,
        appeal_id: int,
        *,
        grant: bool,
        note: str,
        reviewer: str = "cli",
        tier: int | None = None,
        days: int | None = None,
    ) -> Appeal:
        if not note.strip():
            raise BadRequest("a review needs a note")
        days = days if days is not None else self.policy.override_max_days
        if not 1 <= days <= self.policy.override_max_days:
            raise BadRequest(f"override days must be 1..{self.policy.override_max_days} (policy)")
        with self.db.session() as s:
            row = s.get(TierAppealRow, appeal_id)
            if row is None:
                raise NotFound(f"no appeal #{appeal_id}")
            if row.status != "pending":
                raise Conflict(f"appeal #{appeal_id} is already {row.status}")
            now = self.now()
            row.status = "granted" if grant else "denied"
            row.reviewer, row.note, row.decided_at = reviewer, note, now
            if grant:
                row.granted_tier = tier if tier is not None else row.requested_tier
                if row.granted_tier not in (1, 2, 3, 4):
                    raise BadRequest("granted tier must be 1-4")
                row.expires_at = now + timedelta(days=days)
            s.flush()
            out = _appeal(row)
        self.invalidate(out.model)
        self.audit(
            "tier",
            "grant" if grant else "deny",
            model=out.model,
            appeal_id=appeal_id,
            reviewer=reviewer,
            granted_tier=out.granted_tier,
            expires_at=out.expires_at.isoformat() if out.expires_at else None,
            note=note,
        )
        self.current(out.model)  # store the new assignment right away
        return out

    def appeals(self, name: str | None = None, status: str | None = None) -> list[Appeal]:
        q = select(TierAppealRow).order_by(TierAppealRow.id)
        if name is not None:
            q = q.where(TierAppealRow.model_name == name)
        if status is not None:
            q = q.where(TierAppealRow.status == status)
        with self.db.session() as s:
            return [_appeal(r) for r in s.scalars(q)]

    def explain(self, name: str, at: date | None = None) -> str:
        if not self.known(name):
            raise NotFound(f"unknown model '{name}'")
        a = self.compute(name, at)
        return explain_text(a, self.policy, self.appeals(name), self.models.facts(name))


def _evidence(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadRequest(f"cannot read evidence file {path}: {exc.strerror}") from exc
    return {"name": path.name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
