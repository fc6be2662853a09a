"""The hash chain: canonical form of an event, and a streaming verifier.

Each event's ``hash`` is SHA-256 over the canonical JSON
``{"event": {every other stored field, see content_json}, "id": id, "prev_hash": previous hash}``
(``GENESIS`` before the first). The nesting lets callers serialize their event's fields on their
own thread; the single writer only adds id and prev_hash and hashes. Ids are contiguous,
assigned by the appender, and covered by the hash, so an edited, deleted, inserted or reordered
row breaks the chain at the first affected id. ``audit_head`` holds the tip, which also
catches truncation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import Table, select

from tiergate.store.core import AuditEventRow, AuditHeadRow
from tiergate.store.db import Database

GENESIS = "0" * 64
HEAD_ID = 1

# Every stored field but id, prev_hash and hash. Order is irrelevant (keys are sorted).
CONTENT_FIELDS = (
    "ts", "kind", "request_id", "key_id", "model", "weights_sha256", "action", "status",
    "verdicts", "latency_ms", "guard_ms", "backend_ms", "tokens_in", "tokens_out",
    "prompt_hmac", "completion_hmac", "data",
)  # fmt: skip
JSON_FIELDS = frozenset({"data", "verdicts"})
SCALAR_FIELDS = tuple(f for f in CONTENT_FIELDS if f not in JSON_FIELDS)
_FLOATS = frozenset({"latency_ms", "guard_ms", "backend_ms"})

EVENTS = cast(Table, AuditEventRow.__table__)
HEAD = cast(Table, AuditHeadRow.__table__)


class VerifyResult(BaseModel):
    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str = ""


def utc(ts: datetime) -> datetime:
    """SQLite hands back naive datetimes (stored as UTC); PostgreSQL aware ones in its zone."""
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def json_text(value: Any) -> str:
    """Canonical JSON of one JSON column, stored as is: loading it back and dumping it again
    gives the same text, so what the database returns hashes like what was written."""
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    except TypeError:  # keys of mixed types cannot be sorted until they are strings
        return json_text(json.loads(json.dumps(value, default=str)))


def content_json(row: Mapping[Any, Any], data_json: str, verdicts_json: str) -> str:
    """Canonical JSON (sorted keys, no spaces, ASCII-escaped) of an event's own fields:
    ``{"data": ..., "fields": {scalar fields}, "verdicts": ...}``."""
    doc: dict[str, Any] = {}
    for name in SCALAR_FIELDS:
        value = row[name]
        if name == "ts":
            value = utc(value).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        elif name in _FLOATS and value is not None:
            value = float(value)  # an int in, a REAL out: hash the same thing either way
        doc[name] = value
    # ensure_ascii: every character escaped the same way, lone surrogates included.
    fields = json.dumps(doc, sort_keys=True, separators=(",", ":"))
    return f'{{"data":{data_json},"fields":{fields},"verdicts":{verdicts_json}}}'


def link_hash(event_id: int, prev_hash: str, content: str) -> str:
    # Canonical JSON built by hand: keys in sorted order, and prev_hash is hex (nothing to escape).
    doc = f'{{"event":{content},"id":{int(event_id)},"prev_hash":"{prev_hash}"}}'
    return hashlib.sha256(doc.encode()).hexdigest()


def chain_hash(row: Mapping[Any, Any]) -> str:
    """The hash a stored row should carry."""
    content = content_json(row, json_text(row["data"]), json_text(row["verdicts"]))
    return link_hash(row["id"], row["prev_hash"], content)


def verify_chain(db: Database, *, batch: int = 1000) -> VerifyResult:
    """Walk the chain in id order, page by page (constant memory), inside one read snapshot so
    the head and the rows agree even while others append."""
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN")  # pysqlite would run each SELECT in its own snapshot
        else:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        last_id, last_hash = conn.execute(
            select(HEAD.c.last_id, HEAD.c.last_hash).where(HEAD.c.id == HEAD_ID)
        ).one()
        expected_id, prev, checked = 1, GENESIS, 0
        # Keyset pages (id > last seen): constant memory without a server-side cursor.
        after: int | None = None
        while True:
            stmt = select(EVENTS).order_by(EVENTS.c.id).limit(batch)
            if after is not None:
                stmt = stmt.where(EVENTS.c.id > after)
            page = conn.execute(stmt).mappings().all()
            for row in page:
                reason = _row_problem(row, expected_id, prev, last_id)
                if reason:
                    return VerifyResult(
                        ok=False, checked=checked, first_broken_id=row["id"], reason=reason
                    )
                expected_id, prev, checked = expected_id + 1, row["hash"], checked + 1
            if len(page) < batch:
                break
            after = page[-1]["id"]
    if checked != last_id:
        reason = f"events {checked + 1}..{last_id} are missing (the head records {last_id})"
        return VerifyResult(ok=False, checked=checked, first_broken_id=checked + 1, reason=reason)
    if prev != last_hash:
        reason = "the last event's hash does not match the audit head"
        return VerifyResult(ok=False, checked=checked, first_broken_id=last_id, reason=reason)
    return VerifyResult(ok=True, checked=checked)


def _row_problem(row: Mapping[Any, Any], expected_id: int, prev: str, last_id: int) -> str:
    if row["id"] > last_id:
        return f"event {row['id']} lies beyond the audit head ({last_id}): written outside the log"
    if row["id"] != expected_id:
        return f"expected event {expected_id} here, found {row['id']} (deleted or renumbered)"
    if row["prev_hash"] != prev:
        return "prev_hash does not match the previous event (deleted, inserted or reordered)"
    if chain_hash(row) != row["hash"]:
        return "hash does not match the event's fields (edited)"
    return ""
