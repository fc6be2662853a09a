"""The audit log: events in, hash-chained rows out, written by one group-committing thread.

Why a writer thread: the audit write sits on every request's path. Callers hand their event to a
queue and wait on a future that resolves only once their row is committed, so nothing that was
acknowledged can be lost in a crash; concurrent callers that queue while a commit is running share
the next transaction (group commit), so throughput does not collapse to one fsync per request.

Why the database serializes appends: the CLI (admin events) and several gateway workers may
append at once. Each transaction first locks the one-row ``audit_head`` (``BEGIN IMMEDIATE`` on
SQLite, ``SELECT ... FOR UPDATE`` on PostgreSQL), so ids and prev-hashes never fork.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac as _hmac
import logging
import queue
import threading
import time
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Table, delete, func, select
from sqlalchemy import exc as sa_exc

from tiergate.audit.appender import Appender, Prepared
from tiergate.audit.chain import (
    EVENTS,
    VerifyResult,
    json_text,
    utc,
    verify_chain,
)
from tiergate.audit.keyfile import load_hmac_key
from tiergate.store.core import AuditRawRow
from tiergate.store.db import Database

__all__ = ["AuditEvent", "AuditLog", "AuditRecord", "VerifyResult", "load_hmac_key"]

log = logging.getLogger("tiergate.audit")

RAW = cast(Table, AuditRawRow.__table__)
_BATCH_MAX = 512
_IDLE = object()
_TEXT_FIELDS = ("kind", "request_id", "key_id", "model", "weights_sha256", "action")
_RETRIES = 3


class AuditEvent(BaseModel):
    """What a caller records. ``prompt``/``completion`` are raw text: they are stored as keyed
    HMACs, and as text only when raw storage is on (in ``audit_raw``, with an expiry)."""

    model_config = ConfigDict(extra="forbid")

    kind: str = Field(min_length=1, max_length=32)  # chat | admin | download | tier | auth | ...
    ts: datetime | None = None  # now, when left out
    request_id: str | None = Field(default=None, max_length=64)
    key_id: str | None = Field(default=None, max_length=64)
    model: str | None = Field(default=None, max_length=256)
    weights_sha256: str | None = Field(default=None, max_length=64)
    action: str | None = Field(default=None, max_length=32)  # allow | redact | block | error
    status: int | None = None
    verdicts: dict[str, Any] = Field(default_factory=dict)  # scanner -> {action, score, reason}
    latency_ms: float | None = None
    guard_ms: float | None = None
    backend_ms: float | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    prompt: str | None = None
    completion: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)


class AuditRecord(BaseModel):
    """A stored event (what ``tail`` returns)."""

    id: int
    ts: datetime
    kind: str
    request_id: str | None
    key_id: str | None
    model: str | None
    weights_sha256: str | None
    action: str | None
    status: int | None
    verdicts: dict[str, Any]
    latency_ms: float | None
    guard_ms: float | None
    backend_ms: float | None
    tokens_in: int
    tokens_out: int
    prompt_hmac: str | None
    completion_hmac: str | None
    data: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass
class _Pending:
    event: Prepared
    future: Future[int]


def storable_text(value: str | None) -> str | None:
    """Storable text: PostgreSQL rejects NUL and neither driver encodes lone surrogates (which
    JSON request bodies can carry); U+FFFD stands in for both."""
    if not value or (value.isascii() and "\x00" not in value):
        return value
    value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value.encode("utf-8", "replace").decode().replace("\x00", "\ufffd")


class AuditLog:
    def __init__(
        self,
        db: Database,
        *,
        hmac_key: bytes,
        store_raw: bool = False,
        retention_days: int = 7,
        purge_interval_s: float = 3600.0,
    ) -> None:
        self.db = db
        self.store_raw = store_raw
        self.retention = timedelta(days=retention_days)
        self.purge_interval_s = purge_interval_s
        self._key = hmac_key
        self._appender = Appender(db.engine)
        # Transactions and events committed by this log (group commit shows as events > commits).
        self.commits = 0
        self.events = 0
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        # SQLite: an append takes ~40 us, far less than handing it to the writer thread and back
        # (~1 ms measured in the gateway). So an idle log appends inline on the caller's thread;
        # the thread still takes batches under load. One writer per process at a time.
        self._write_lock = threading.Lock()
        self._inline_conn: Any = None
        if db.engine.dialect.name == "sqlite":
            # Its own connection, with a short busy timeout: if another process holds the write
            # lock, the inline path gives up at once (the writer thread waits instead).
            self._inline_conn = db.engine.raw_connection()
            self._inline_conn.execute("PRAGMA busy_timeout=20")
        self._closed = False
        self._close_lock = threading.Lock()
        self.purge_raw()  # leftovers from an earlier run (also when raw storage is now off)
        self._thread = threading.Thread(target=self._run, name="tiergate-audit", daemon=True)
        self._thread.start()

    # -- recording -------------------------------------------------------------------------
    def hmac(self, text: str) -> str:
        # surrogatepass: a prompt may hold lone surrogates (legal in JSON); hash them, don't fail.
        data = text.encode("utf-8", "surrogatepass")
        return _hmac.new(self._key, data, hashlib.sha256).hexdigest()

    async def record(self, event: AuditEvent) -> int:
        """Append ``event``; returns its id once committed."""
        event_id = self._try_inline(event)
        if event_id is not None:
            return event_id
        # shield: a cancelled caller (client gone) must not cancel the write itself.
        return await asyncio.shield(asyncio.wrap_future(self._submit(event)))

    def _try_inline(self, event: AuditEvent) -> int | None:
        """Append on this thread if the log is idle; None means "use the writer thread"."""
        if self._inline_conn is None or self._closed or not self._queue.empty():
            return None
        if not self._write_lock.acquire(blocking=False):
            return None
        try:
            if self._inline_conn is None:  # closed meanwhile
                return None
            prepared = self._prepare(event)
            expires = datetime.now(UTC) + self.retention
            # A short busy timeout: if another process holds the write lock, don't stall the
            # event loop; the writer thread waits instead.
            ids = self._appender.append_on(self._inline_conn, [prepared], expires)
        except Exception as exc:
            if self._transient(exc):
                return None
            raise
        finally:
            self._write_lock.release()
        self.commits += 1
        self.events += 1
        return ids[0]

    def record_sync(self, event: AuditEvent, timeout: float = 60.0) -> int:
        return self._submit(event).result(timeout)

    def _submit(self, event: AuditEvent) -> Future[int]:
        if self._closed:
            raise RuntimeError("the audit log is closed")
        fut: Future[int] = Future()
        self._queue.put(_Pending(self._prepare(event), fut))
        return fut

    def _prepare(self, event: AuditEvent) -> Prepared:
        row = event.model_dump(exclude={"prompt", "completion", "data", "verdicts"})
        for name in _TEXT_FIELDS:
            row[name] = storable_text(row[name])
        row["ts"] = utc(event.ts) if event.ts else datetime.now(UTC)
        row["prompt_hmac"] = self.hmac(event.prompt) if event.prompt else None
        row["completion_hmac"] = self.hmac(event.completion) if event.completion else None
        raw = None
        if self.store_raw and (event.prompt or event.completion):
            raw = (storable_text(event.prompt), storable_text(event.completion))
        # Serialized here, on the caller's thread: the writer thread stays short.
        return self._appender.prepare(row, json_text(event.data), json_text(event.verdicts), raw)

    # -- the writer thread -----------------------------------------------------------------
    def _run(self) -> None:
        next_purge = time.monotonic() + self.purge_interval_s
        while True:
            first: _Pending | object | None
            try:
                first = self._queue.get(timeout=max(0.0, next_purge - time.monotonic()))
            except queue.Empty:
                first = _IDLE
            if first is None:
                return
            if isinstance(first, _Pending):
                batch, stop = self._drain(first)
                self._commit(batch)
                if stop:
                    return
            if time.monotonic() >= next_purge:  # also under constant load, not only when idle
                self._purge_quietly()
                next_purge = time.monotonic() + self.purge_interval_s

    def _drain(self, first: _Pending) -> tuple[list[_Pending], bool]:
        batch = [first]
        while len(batch) < _BATCH_MAX:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return batch, False
            if item is None:
                return batch, True
            batch.append(item)
        return batch, False

    def _commit(self, batch: list[_Pending]) -> None:
        try:
            ids = self._append_with_retry(batch)
        except Exception as exc:
            if len(batch) > 1 and not self._transient(exc):
                # One event the database rejects must not fail its neighbours: one by one.
                for item in batch:
                    self._commit([item])
                return
            log.exception("audit write failed (%d events)", len(batch))
            for item in batch:
                _settle(item.future, exc=exc)
            return
        for item, event_id in zip(batch, ids, strict=True):
            _settle(item.future, result=event_id)

    def _transient(self, exc: Exception) -> bool:
        """Locked or unreachable database (worth a retry), as opposed to a rejected event."""
        dbapi = self.db.engine.dialect.loaded_dbapi
        return isinstance(exc, dbapi.OperationalError | sa_exc.OperationalError)

    def _append_with_retry(self, batch: list[_Pending]) -> list[int]:
        for attempt in range(_RETRIES):
            try:
                return self._append(batch)
            except Exception as exc:
                if attempt == _RETRIES - 1 or not self._transient(exc):
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _append(self, batch: list[_Pending]) -> list[int]:
        expires = datetime.now(UTC) + self.retention
        with self._write_lock:
            ids = self._appender.append([i.event for i in batch], expires)
        self.commits += 1
        self.events += len(ids)
        return ids

    # -- raw retention ---------------------------------------------------------------------
    def purge_raw(self, now: datetime | None = None) -> int:
        """Delete raw prompts/completions past their expiry; returns how many."""
        with self.db.session() as s:
            result = s.execute(delete(RAW).where(RAW.c.expires_at <= (now or datetime.now(UTC))))
            return int(getattr(result, "rowcount", 0) or 0)

    def _purge_quietly(self) -> None:
        try:
            self.purge_raw()
        except Exception:
            log.exception("purging raw audit rows failed")

    # -- reading ---------------------------------------------------------------------------
    def verify(self) -> VerifyResult:
        return verify_chain(self.db)

    async def verify_async(self) -> VerifyResult:
        return await asyncio.to_thread(verify_chain, self.db)

    def tail(self, n: int = 20) -> list[AuditRecord]:
        """The last ``n`` events, oldest first."""
        with self.db.engine.connect() as conn:
            rows = conn.execute(select(EVENTS).order_by(EVENTS.c.id.desc()).limit(n)).mappings()
            records = [AuditRecord.model_validate({**r, "ts": utc(r["ts"])}) for r in rows]
        return records[::-1]

    def raw(self, event_id: int) -> tuple[str | None, str | None] | None:
        """The raw prompt/completion of an event, if stored and not yet purged."""
        with self.db.engine.connect() as conn:
            stmt = select(RAW.c.prompt, RAW.c.completion).where(RAW.c.event_id == event_id)
            row = conn.execute(stmt).first()
        return None if row is None else (row[0], row[1])

    def close(self) -> None:
        """Flush queued events and stop the writer (idempotent)."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
        self._queue.put(None)
        self._thread.join()
        with self._write_lock:
            if self._inline_conn is not None:
                self._inline_conn.close()
                self._inline_conn = None


def tokens_since(db: Database, since: datetime) -> dict[str, int]:
    """Tokens (in + out) per key recorded since ``since``: seeds the daily quotas on start."""
    total = func.sum(EVENTS.c.tokens_in + EVENTS.c.tokens_out)
    stmt = (
        select(EVENTS.c.key_id, total)
        .where(EVENTS.c.ts >= since, EVENTS.c.key_id.is_not(None))
        .group_by(EVENTS.c.key_id)
    )
    with db.engine.connect() as conn:
        return {str(k): int(v or 0) for k, v in conn.execute(stmt)}


def _settle(
    fut: Future[int], *, result: int | None = None, exc: BaseException | None = None
) -> None:
    try:
        if exc is not None:
            fut.set_exception(exc)
        else:
            fut.set_result(result if result is not None else -1)
    except InvalidStateError:  # the caller gave up waiting; the row is written regardless
        pass
