"""A thin adapter over the audit log so each registry call site is one line.

The registry audits admin actions (register, promote, rollback, card edits) with kind "admin" and
weight downloads with kind "download". Fields the audit event does not declare go into ``data``.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from pydantic import BaseModel, Field

log = logging.getLogger("tiergate.registry")


class AuditSink(Protocol):
    """What tiergate.audit.AuditLog offers (sync for the CLI, async for the gateway)."""

    def record_sync(self, event: Any) -> Any: ...

    async def record(self, event: Any) -> Any: ...


class _LocalEvent(BaseModel):
    """Stand-in event for sinks used without tiergate.audit (tests, partial installs)."""

    kind: str
    data: dict[str, Any] = Field(default_factory=dict)
    request_id: str | None = None
    key_id: str | None = None
    model: str | None = None
    weights_sha256: str | None = None
    action: str | None = None
    status: int | None = None


def make_event(kind: str, data: dict[str, Any], **top: Any) -> BaseModel:
    """An AuditEvent; ``top`` goes to the event's own fields where it has them, else to data."""
    try:
        from tiergate.audit.log import AuditEvent

        event_cls: type[BaseModel] = AuditEvent
    except ImportError:
        event_cls = _LocalEvent
    fields = event_cls.model_fields
    own = {k: v for k, v in top.items() if k in fields and v is not None}
    extra = {k: v for k, v in top.items() if k not in fields and v is not None}
    return event_cls(kind=kind, data={**data, **extra}, **own)


class RegistryAudit:
    def __init__(self, sink: AuditSink | None) -> None:
        self.sink = sink

    def admin(
        self,
        action: str,
        actor: str | None = None,
        *,
        model: str | None = None,
        weights_sha256: str | None = None,
        **data: Any,
    ) -> None:
        """An admin event: ``action`` like "model.promote", the model and its weights on the
        event itself, the rest (actor, version...) in data."""
        payload = {"actor": actor, **data}
        if self.sink is None:
            log.info("registry %s %s (no audit log attached): %s", action, model, payload)
            return
        event = make_event(
            "admin", payload, action=action, model=model, weights_sha256=weights_sha256
        )
        self.sink.record_sync(event)

    async def download(self, data: dict[str, Any], **top: Any) -> None:
        if self.sink is None:
            log.info("download (no audit log attached): %s", data)
            return
        await self.sink.record(make_event("download", data, **top))
