"""One-line audit calls for tiers and access (kinds "tier", "access", "download").

Uses ``tiergate.audit.AuditLog.record_sync`` (the log is hash-chained and append-only); fields
the audit event does not declare go into ``data``. Without a log attached, events go to the
Python logger so nothing is silently dropped.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol

from pydantic import BaseModel, Field, ValidationError

log = logging.getLogger("tiergate.tiers")


class AuditSink(Protocol):
    def record_sync(self, event: Any) -> Any: ...


class LocalEvent(BaseModel):
    """Stand-in event when tiergate.audit is not installed (tests, partial installs)."""

    kind: str
    action: str | None = None
    key_id: str | None = None
    model: str | None = None
    status: int | None = None
    data: dict[str, Any] = Field(default_factory=dict)


def make_event(kind: str, action: str, data: dict[str, Any], **top: Any) -> BaseModel:
    try:
        from tiergate.audit.log import AuditEvent

        cls: type[BaseModel] = AuditEvent
    except ImportError:
        cls = LocalEvent
    fields = cls.model_fields
    own = {k: v for k, v in top.items() if k in fields and v is not None}
    extra = {k: v for k, v in top.items() if k not in fields and v is not None}
    try:
        return cls(kind=kind, action=action, data={**data, **extra}, **own)
    except ValidationError:
        # The log may restrict `action` (allow/block/...): keep our verb in data instead.
        return cls(kind=kind, data={**data, **extra, "action": action}, **own)


class Auditor:
    def __init__(self, sink: AuditSink | None) -> None:
        self.sink = sink
        self._tasks: set[asyncio.Task[Any]] = set()

    def __call__(self, kind: str, action: str, **fields: Any) -> None:
        data = {k: v for k, v in fields.items() if k not in ("key_id", "model", "status")}
        top = {k: fields.get(k) for k in ("key_id", "model", "status")}
        if self.sink is None:
            log.info("%s %s (no audit log attached): %s", kind, action, fields)
            return
        event = make_event(kind, action, data, **top)
        record = getattr(self.sink, "record", None)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None and record is not None:
            # Inside the gateway's event loop: hand the event to the log's writer without
            # blocking the loop (the log orders and commits it).
            task = loop.create_task(record(event))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            return
        self.sink.record_sync(event)


class MemoryAudit:
    """An in-memory sink for tests: keeps the events it was given."""

    def __init__(self) -> None:
        self.events: list[Any] = []

    def record_sync(self, event: Any) -> Any:
        self.events.append(event)
        return event

    def kinds(self) -> list[tuple[str, str | None]]:
        return [(e.kind, e.action) for e in self.events]
