"""Incident switches: kill (global / per model / per key) and degrade mode (per model).

Stored in ``incident_switches`` so the CLI, the admin API and every gateway worker share them.
Requests read an in-memory snapshot (no database hit on the hot path); ``run_poller`` reloads
it so a change made elsewhere takes effect within the poll interval.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from tiergate.audit.chain import utc
from tiergate.audit.log import AuditEvent, AuditLog, storable_text
from tiergate.errors import BadRequest, NotFound
from tiergate.store.core import ApiKeyRow, IncidentSwitchRow
from tiergate.store.db import Database

log = logging.getLogger("tiergate.incident")

Kind = Literal["kill", "degrade"]
Scope = Literal["global", "model", "key"]


class Switch(BaseModel):
    kind: Kind
    scope: Scope
    target: str | None  # model name or key id; None for global
    on: bool
    reason: str
    actor: str
    updated_at: datetime


@dataclass(frozen=True)
class _Snapshot:
    """What requests consult; replaced whole, never mutated, so readers need no lock."""

    global_kill: str | None = None
    models: dict[str, str] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    degraded: frozenset[str] = frozenset()


def _reason(row: IncidentSwitchRow) -> str:
    where = "global" if row.scope == "global" else f"{row.scope} {row.target}"
    return row.reason or f"{where} kill switch is on"


def _snapshot(rows: list[IncidentSwitchRow]) -> _Snapshot:
    on = [r for r in rows if r.on]
    kills = [r for r in on if r.kind == "kill"]
    return _Snapshot(
        global_kill=next((_reason(r) for r in kills if r.scope == "global"), None),
        models={r.target: _reason(r) for r in kills if r.scope == "model"},
        keys={r.target: _reason(r) for r in kills if r.scope == "key"},
        degraded=frozenset(r.target for r in on if r.kind == "degrade"),
    )


class SwitchBoard:
    def __init__(self, db: Database, audit: AuditLog | None) -> None:
        self.db = db
        self.audit = audit
        self._snap = _Snapshot()
        self.refresh()

    # -- hot path (memory only) ------------------------------------------------------------
    def killed(self, model: str | None, key_id: str | None) -> str | None:
        """The reason this request is switched off, or None."""
        snap = self._snap
        if snap.global_kill is not None:
            return snap.global_kill
        if model is not None and model in snap.models:
            return snap.models[model]
        if key_id is not None and key_id in snap.keys:
            return snap.keys[key_id]
        return None

    def degraded(self, model: str) -> bool:
        return model in self._snap.degraded

    # -- changes ---------------------------------------------------------------------------
    def set_kill(
        self,
        on: bool,
        *,
        model: str | None = None,
        key: str | None = None,
        reason: str = "",
        actor: str | None = None,
    ) -> Switch:
        """Flip a kill switch: global (no model, no key), per model, or per key (id or name)."""
        if model is not None and key is not None:
            raise BadRequest("a kill switch is global, per model or per key: not both")
        if model is not None:
            return self._set("kill", "model", _non_empty(model, "model"), on, reason, actor)
        if key is not None:
            return self._set("kill", "key", self._key_id(key), on, reason, actor)
        return self._set("kill", "global", "", on, reason, actor)

    def set_degrade(
        self, on: bool, *, model: str, reason: str = "", actor: str | None = None
    ) -> Switch:
        return self._set("degrade", "model", _non_empty(model, "model"), on, reason, actor)

    def _key_id(self, key: str) -> str:
        with self.db.session() as s:
            stmt = select(ApiKeyRow.id).where(or_(ApiKeyRow.id == key, ApiKeyRow.name == key))
            ids = list(s.scalars(stmt))
        if not ids:
            raise NotFound(f"no key with id or name {key!r}")
        return key if key in ids else ids[0]

    def _set(
        self, kind: Kind, scope: Scope, target: str, on: bool, reason: str, actor: str | None
    ) -> Switch:
        actor = storable_text(actor) or "unknown"
        reason = storable_text(reason) or ""
        for attempt in range(2):
            try:
                switch = self._upsert(kind, scope, target, on, reason, actor)
                break
            except IntegrityError:  # another process inserted the same switch first
                if attempt:
                    raise
        if self.audit is not None:
            data = {"op": kind, "on": on, "scope": scope, "target": target or None,
                    "reason": reason, "actor": actor}  # fmt: skip
            self.audit.record_sync(
                AuditEvent(
                    kind="admin",
                    action=f"{kind}.{'on' if on else 'off'}",
                    model=target if scope == "model" else None,
                    key_id=target if scope == "key" else None,
                    data=data,
                )
            )
        self.refresh()  # this process sees its own change at once
        return switch

    def _upsert(
        self, kind: Kind, scope: Scope, target: str, on: bool, reason: str, actor: str
    ) -> Switch:
        now = datetime.now(UTC)
        with self.db.session() as s:
            row = s.scalar(
                select(IncidentSwitchRow).where(
                    IncidentSwitchRow.kind == kind,
                    IncidentSwitchRow.scope == scope,
                    IncidentSwitchRow.target == target,
                )
            )
            if row is None:
                row = IncidentSwitchRow(kind=kind, scope=scope, target=target)
                s.add(row)
            row.on, row.reason, row.actor, row.updated_at = on, reason, actor, now
            s.flush()
            return _switch(row)

    # -- reading ---------------------------------------------------------------------------
    def _rows(self) -> list[IncidentSwitchRow]:
        with self.db.session() as s:
            stmt = select(IncidentSwitchRow).order_by(
                IncidentSwitchRow.kind, IncidentSwitchRow.scope, IncidentSwitchRow.target
            )
            return list(s.scalars(stmt))

    def refresh(self) -> None:
        self._snap = _snapshot(self._rows())

    def list(self, *, include_off: bool = True) -> list[Switch]:
        return [_switch(r) for r in self._rows() if include_off or r.on]

    async def run_poller(self, interval: float) -> None:
        """Reload the snapshot every ``interval`` seconds until cancelled. On a database error
        the last snapshot stays in force (switches that are on stay on)."""
        while True:
            await asyncio.sleep(interval)
            try:
                await asyncio.to_thread(self.refresh)
            except Exception:
                log.exception("reloading incident switches failed; keeping the last state")


def _switch(row: IncidentSwitchRow) -> Switch:
    return Switch(
        kind=row.kind,  # type: ignore[arg-type]
        scope=row.scope,  # type: ignore[arg-type]
        target=row.target or None,
        on=row.on,
        reason=row.reason,
        actor=row.actor,
        updated_at=utc(row.updated_at),
    )


def _non_empty(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise BadRequest(f"{what} must not be empty")
    return value
