"""The audit log: chain integrity, tamper detection, HMAC-only storage, group commit."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiergate.audit.log import AuditEvent, AuditLog
from tiergate.store.db import Database

KEY = b"k" * 32


@pytest.fixture
def audit(db: Database) -> Iterator[AuditLog]:
    log = AuditLog(db, hmac_key=KEY)
    yield log
    log.close()


def chat(i: int = 0, **kw: Any) -> AuditEvent:
    fields: dict[str, Any] = {
        "kind": "chat", "request_id": f"req-{i}", "key_id": "key_1", "model": "m",
        "action": "allow", "status": 200, "latency_ms": 12.5 + i, "guard_ms": 1, "tokens_in": i,
        "tokens_out": 2 * i, "verdicts": {"input:regex": {"action": "allow", "score": 0.0}},
    }  # fmt: skip
    return AuditEvent(**{**fields, **kw})


def fill(audit: AuditLog, n: int) -> list[int]:
    return [audit.record_sync(chat(i)) for i in range(n)]


def sql(db: Database, statement: str, **params: Any) -> None:
    with db.engine.begin() as conn:
        conn.execute(sa.text(statement), params)


def test_empty_chain_verifies(audit: AuditLog) -> None:
    result = audit.verify()
    assert (result.ok, result.checked, result.first_broken_id) == (True, 0, None)


def test_ids_are_contiguous_and_chain_verifies(audit: AuditLog) -> None:
    assert fill(audit, 5) == [1, 2, 3, 4, 5]
    result = audit.verify()
    assert result.ok
    assert result.checked == 5
    rows = audit.tail(5)
    assert [r.prev_hash for r in rows[1:]] == [r.hash for r in rows[:-1]]
    assert rows[0].prev_hash == "0" * 64


def test_tail_returns_last_events_oldest_first(audit: AuditLog) -> None:
    fill(audit, 6)
    assert [r.id for r in audit.tail(3)] == [4, 5, 6]
    assert audit.tail(3)[-1].verdicts == {"input:regex": {"action": "allow", "score": 0.0}}


# -- tampering ----------------------------------------------------------------------------
Tamper = Callable[[Database], None]

TAMPERS: list[tuple[str, str, int]] = [
    ("UPDATE audit_events SET tokens_out = tokens_out + 1 WHERE id = 3", "edited", 3),
    ("UPDATE audit_events SET action = 'block' WHERE id = 2", "edited", 2),
    ("UPDATE audit_events SET model = 'other' WHERE id = 5", "edited", 5),
    ("UPDATE audit_events SET prompt_hmac = 'x' WHERE id = 1", "edited", 1),
    ("UPDATE audit_events SET latency_ms = 0.5 WHERE id = 4", "edited", 4),
    ("UPDATE audit_events SET key_id = NULL WHERE id = 4", "edited", 4),
    ("UPDATE audit_events SET data = '{\"x\": 1}' WHERE id = 2", "edited", 2),
    ("DELETE FROM audit_events WHERE id = 3", "deleted", 4),
    ("DELETE FROM audit_events WHERE id = 1", "deleted", 2),
    ("DELETE FROM audit_events WHERE id = 5", "missing", 5),
    ("UPDATE audit_events SET id = id + 100 WHERE id = 5", "beyond the audit head", 105),
    ("UPDATE audit_events SET ts = :old WHERE id = 2", "edited", 2),
]


@pytest.mark.parametrize(("statement", "reason", "broken"), TAMPERS)
def test_tampering_names_first_broken_event(
    db: Database, audit: AuditLog, statement: str, reason: str, broken: int
) -> None:
    fill(audit, 5)
    sql(db, statement, old=datetime(2020, 1, 1, tzinfo=UTC))
    result = audit.verify()
    assert not result.ok
    assert result.first_broken_id == broken
    assert reason in result.reason


def test_reordered_events_are_detected(db: Database, audit: AuditLog) -> None:
    fill(audit, 5)
    sql(db, "UPDATE audit_events SET id = -1 WHERE id = 2")
    sql(db, "UPDATE audit_events SET id = 2 WHERE id = 3")
    sql(db, "UPDATE audit_events SET id = 3 WHERE id = -1")
    result = audit.verify()
    assert (result.ok, result.first_broken_id) == (False, 2)


def test_rehashed_edit_breaks_the_next_link(db: Database, audit: AuditLog) -> None:
    """An attacker who also recomputes the edited row's hash is caught by its successor."""
    from tiergate.audit.chain import EVENTS, chain_hash

    fill(audit, 4)
    with db.engine.begin() as conn:
        row = dict(conn.execute(sa.select(EVENTS).where(EVENTS.c.id == 2)).mappings().one())
        row["tokens_out"] = 0
        conn.execute(
            sa.update(EVENTS).where(EVENTS.c.id == 2).values(tokens_out=0, hash=chain_hash(row))
        )
    result = audit.verify()
    assert (result.ok, result.first_broken_id) == (False, 3)
    assert "prev_hash" in result.reason


def test_inserted_forged_event_is_detected(db: Database, audit: AuditLog) -> None:
    fill(audit, 3)
    sql(db, "UPDATE audit_events SET id = id + 1 WHERE id = 3")
    result = audit.verify()
    assert (result.ok, result.first_broken_id) == (False, 4)


# -- what is stored -----------------------------------------------------------------------
def test_prompt_and_completion_stored_only_as_hmac(db: Database, audit: AuditLog) -> None:
    event_id = audit.record_sync(chat(prompt="my secret prompt", completion="the answer"))
    row = audit.tail(1)[0]
    expected = hmac.new(KEY, b"my secret prompt", hashlib.sha256).hexdigest()
    assert row.prompt_hmac == expected == audit.hmac("my secret prompt")
    assert row.completion_hmac == audit.hmac("the answer")
    assert audit.raw(event_id) is None
    with db.engine.connect() as conn:
        dump = " ".join(
            str(v) for r in conn.execute(sa.text("SELECT * FROM audit_events")) for v in r
        )
    assert "secret" not in dump


def test_raw_storage_expires_without_breaking_chain(db: Database) -> None:
    log = AuditLog(db, hmac_key=KEY, store_raw=True, retention_days=3)
    try:
        first = log.record_sync(chat(prompt="p\x00one\ud800", completion="c1"))
        log.record_sync(chat(1))  # nothing to keep raw
        assert log.raw(first) == ("p\ufffdone\ufffd", "c1")
        assert log.raw(2) is None
        assert log.purge_raw(datetime.now(UTC) + timedelta(days=2)) == 0
        assert log.purge_raw(datetime.now(UTC) + timedelta(days=3, seconds=1)) == 1
        assert log.raw(first) is None
        assert log.verify().ok
    finally:
        log.close()


def test_expired_raw_rows_are_purged_on_start(db: Database) -> None:
    log = AuditLog(db, hmac_key=KEY, store_raw=True)
    event_id = log.record_sync(chat(prompt="old"))
    log.close()
    sql(db, "UPDATE audit_raw SET expires_at = :t", t=datetime(2020, 1, 1, tzinfo=UTC))
    again = AuditLog(db, hmac_key=KEY)
    try:
        assert again.raw(event_id) is None
    finally:
        again.close()


def test_non_json_values_are_stored_as_their_json_form(audit: AuditLog) -> None:
    when = datetime(2026, 1, 2, tzinfo=UTC)
    audit.record_sync(chat(data={"pair": (1, 2), "mixed": {1: "a", "b": 2}, "when": when}))
    assert audit.tail(1)[0].data == {
        "pair": [1, 2], "mixed": {"1": "a", "b": 2}, "when": "2026-01-02 00:00:00+00:00",
    }  # fmt: skip
    assert audit.verify().ok


def test_writer_purges_expired_raw_rows_periodically(db: Database) -> None:
    log = AuditLog(db, hmac_key=KEY, store_raw=True, purge_interval_s=0.01)
    try:
        event_id = log.record_sync(chat(prompt="old"))
        sql(db, "UPDATE audit_raw SET expires_at = :t", t=datetime(2020, 1, 1, tzinfo=UTC))
        for _ in range(500):
            if log.raw(event_id) is None:
                break
            log.record_sync(chat())  # busy or idle, the purge still comes round
        assert log.raw(event_id) is None
    finally:
        log.close()


def test_different_keys_give_different_hmacs(db: Database) -> None:
    a, b = AuditLog(db, hmac_key=b"a" * 32), AuditLog(db, hmac_key=b"b" * 32)
    try:
        assert a.hmac("same text") != b.hmac("same text")
        assert a.hmac("same text") == a.hmac("same text")
    finally:
        a.close()
        b.close()


TEXT = st.text(max_size=20)  # NUL and lone surrogates included
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)  # fmt: skip


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.dictionaries(TEXT, json_values, max_size=4),
    latency=st.none() | st.floats(0, 1e6) | st.integers(0, 10**6),
    model=st.none() | TEXT,
    ts=st.none() | st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)),
)  # fmt: skip
def test_any_event_round_trips_to_a_valid_chain(
    audit: AuditLog, data: dict[str, Any], latency: float | None, model: str | None,
    ts: datetime | None,
) -> None:  # fmt: skip
    """Whatever the event holds, the database hands back what was hashed (both backends)."""
    audit.record_sync(chat(data=data, latency_ms=latency, model=model, ts=ts, prompt=model))
    result = audit.verify()
    assert result.ok, result


# -- concurrency and durability -----------------------------------------------------------
async def test_concurrent_records_form_one_valid_chain(audit: AuditLog) -> None:
    ids = await asyncio.gather(*(audit.record(chat(i)) for i in range(200)))
    assert sorted(ids) == list(range(1, 201))
    result = audit.verify()
    assert result.ok
    assert result.checked == 200


def test_two_writers_on_one_database_do_not_fork_the_chain(db: Database) -> None:
    """Like a gateway worker and the CLI: two logs, two writer threads, one chain."""
    logs = [AuditLog(db, hmac_key=KEY), AuditLog(Database(db.url), hmac_key=KEY)]
    try:
        threads = [
            threading.Thread(target=lambda lg=lg: [lg.record_sync(chat(i)) for i in range(40)])
            for lg in logs for _ in range(3)
        ]  # fmt: skip
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        result = logs[0].verify()
        assert result.ok
        assert result.checked == 240
    finally:
        for lg in logs:
            lg.close()
        logs[1].db.dispose()


def _hold_append_lock(db: Database) -> sa.Connection:
    """Another process's open append transaction."""
    conn = db.engine.connect()
    if db.engine.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    conn.execute(sa.text("SELECT last_id FROM audit_head WHERE id = 1" + (
        "" if db.engine.dialect.name == "sqlite" else " FOR UPDATE")))  # fmt: skip
    return conn


async def test_waiting_writers_share_one_commit(db: Database, audit: AuditLog) -> None:
    blocker = _hold_append_lock(db)
    tasks = [asyncio.create_task(audit.record(chat(i))) for i in range(50)]
    await asyncio.sleep(0.05)  # every task has queued its event; the writer waits on the lock
    blocker.rollback()
    blocker.close()
    ids = await asyncio.gather(*tasks)
    assert sorted(ids) == list(range(1, 51))
    assert audit.events == 50
    assert audit.commits <= 2  # the first event alone, then everyone who queued behind it
    assert audit.verify().ok


async def test_cancelled_caller_still_gets_its_event_written(audit: AuditLog, db: Database) -> None:
    blocker = _hold_append_lock(db)
    task = asyncio.create_task(audit.record(chat(7)))
    await asyncio.sleep(0.01)
    task.cancel()
    blocker.rollback()
    blocker.close()
    with pytest.raises(asyncio.CancelledError):
        await task
    audit.close()  # flushes
    assert [r.request_id for r in audit.tail(5)] == ["req-7"]


async def test_close_flushes_queued_events(db: Database) -> None:
    log = AuditLog(db, hmac_key=KEY)
    tasks = [asyncio.create_task(log.record(chat(i))) for i in range(30)]
    await asyncio.sleep(0)
    log.close()
    assert len(await asyncio.gather(*tasks)) == 30
    assert log.verify().checked == 30
    with pytest.raises(RuntimeError, match="closed"):
        log.record_sync(chat())


def test_a_bad_event_fails_alone(db: Database, audit: AuditLog) -> None:
    """One event the database rejects must not take its batch down with it."""
    good = asyncio.run(_mixed(audit))
    assert good == 2
    assert audit.verify().ok


async def _mixed(audit: AuditLog) -> int:
    huge = chat(tokens_in=2**70)  # too big for an INTEGER column on either backend
    results = await asyncio.gather(
        audit.record(chat(1)), audit.record(huge), audit.record(chat(2)), return_exceptions=True
    )
    return sum(isinstance(r, int) for r in results)


def _append_from_child(url: str, n: int) -> None:
    db = Database(url, run_migrations=False)
    log = AuditLog(db, hmac_key=KEY)
    for i in range(n):
        log.record_sync(chat(i, data={"pid": "child"}))
    log.close()
    db.dispose()


def test_separate_processes_share_one_chain(db: Database) -> None:
    """Gateway workers and the CLI are separate processes: the database lock, not a Python
    lock, keeps the chain linear."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_append_from_child, args=(db.url, 30)) for _ in range(3)]
    for p in procs:
        p.start()
    log = AuditLog(db, hmac_key=KEY)
    try:
        for i in range(30):
            log.record_sync(chat(i))
        for p in procs:
            p.join(120)
            assert p.exitcode == 0
        result = log.verify()
        assert result.ok
        assert result.checked == 120
    finally:
        log.close()
