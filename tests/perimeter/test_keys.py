"""API keys: hashed storage, validation, lookup, revocation and the authenticate cache."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from tiergate.audit.log import AuditLog
from tiergate.errors import BadRequest, Conflict, NotFound
from tiergate.perimeter.keys import CACHE_TTL_S, KeyRecord, KeyService
from tiergate.settings import LimitDefaults
from tiergate.store.db import Database


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def keys(db: Database, clock: FakeClock) -> KeyService:
    return KeyService(db, clock=clock)


@pytest.fixture
def queries(db: Database) -> Iterator[list[str]]:
    """Every SQL statement the engine runs from here on."""
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", count)
    yield seen
    sa.event.remove(db.engine, "before_cursor_execute", count)


def test_create_returns_key_once_and_stores_only_its_hash(db: Database, keys: KeyService) -> None:
    plaintext, rec = keys.create("alice", rpm=10, tpm=1000, tokens_per_day=5000, models=["m"])
    assert re.fullmatch(r"tg-[A-Za-z0-9_-]{43}", plaintext)
    assert re.fullmatch(r"key_[0-9a-f]{8}", rec.id)
    assert plaintext.startswith(rec.prefix)
    assert len(rec.prefix) == 10
    assert (rec.scopes, rec.models, rec.rpm, rec.tpm, rec.tokens_per_day) == (
        ["chat"], ["m"], 10, 1000, 5000,
    )  # fmt: skip
    with db.engine.connect() as conn:
        row = conn.execute(sa.text("SELECT * FROM api_keys")).mappings().one()
    assert plaintext not in " ".join(str(v) for v in row.values())
    assert row["key_hash"] == hashlib.sha256(plaintext.encode()).hexdigest()


def test_large_limits_fit(keys: KeyService) -> None:
    _, rec = keys.create("big", rpm=2**31 - 1, tpm=10**12, tokens_per_day=2**63 - 1)
    assert keys.get("big") == rec


def test_duplicate_name_conflicts(keys: KeyService) -> None:
    keys.create("alice")
    with pytest.raises(Conflict, match="alice"):
        keys.create("alice", rpm=5)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": ""}, "invalid key name"),
        ({"name": "has space"}, "invalid key name"),
        ({"name": "x" * 129}, "invalid key name"),
        ({"name": "ok", "rpm": 0}, "rpm must be an integer from 1"),
        ({"name": "ok", "rpm": 2**31}, "rpm must be an integer from 1"),
        ({"name": "ok", "tpm": -5}, "tpm must be an integer from 1"),
        ({"name": "ok", "tokens_per_day": 2**63}, "tokens_per_day"),
        ({"name": "ok", "tokens_per_day": 0}, "tokens_per_day"),
        ({"name": "ok", "scopes": []}, "at least one scope"),
        ({"name": "ok", "scopes": ["Bad Scope"]}, "invalid scope"),
        ({"name": "ok", "models": [" "]}, "model names"),
    ],
)
def test_invalid_input_is_a_bad_request(
    keys: KeyService, kwargs: dict[str, Any], message: str
) -> None:
    rest = {k: v for k, v in kwargs.items() if k != "name"}
    with pytest.raises(BadRequest, match=message):
        keys.create(kwargs["name"], **rest)


def test_get_list_and_revoke(keys: KeyService) -> None:
    _, alice = keys.create("alice")
    keys.create("bob", scopes=["chat", "admin"])
    assert keys.get(alice.id) == keys.get("alice") == alice
    assert [k.name for k in keys.list()] == ["alice", "bob"]
    revoked = keys.revoke("alice")
    assert revoked.revoked_at is not None
    assert keys.revoke(alice.id).revoked_at == revoked.revoked_at  # idempotent
    assert [k.name for k in keys.list()] == ["bob"]
    assert [k.name for k in keys.list(include_revoked=True)] == ["alice", "bob"]
    with pytest.raises(NotFound):
        keys.get("carol")
    with pytest.raises(NotFound):
        keys.revoke("carol")


def test_authenticate(keys: KeyService) -> None:
    plaintext, rec = keys.create("alice")
    assert keys.authenticate(plaintext) == rec
    assert keys.authenticate(plaintext[:-1] + ("A" if plaintext[-1] != "A" else "B")) is None
    assert keys.authenticate("") is None
    assert keys.authenticate("Bearer " + plaintext) is None


def test_expired_key_is_refused(keys: KeyService) -> None:
    past = datetime.now(UTC) - timedelta(seconds=1)
    plaintext, rec = keys.create("old", expires_at=past)
    assert keys.authenticate(plaintext) is None
    assert not rec.active()
    future, _ = keys.create("new", expires_at=datetime.now(UTC) + timedelta(days=1))
    assert keys.authenticate(future) is not None


def test_cached_within_ttl_then_rechecked(
    db: Database, keys: KeyService, clock: FakeClock, queries: list[str]
) -> None:
    plaintext, _ = keys.create("alice")
    queries.clear()
    for _ in range(5):
        assert keys.authenticate(plaintext) is not None
    assert len(queries) == 1
    clock.now += CACHE_TTL_S
    keys.authenticate(plaintext)
    assert len(queries) == 2


def test_revocation_elsewhere_is_seen_within_ttl(
    db: Database, keys: KeyService, clock: FakeClock
) -> None:
    """The CLI revokes in another process; the gateway's cache lets go within CACHE_TTL_S."""
    plaintext, _ = keys.create("alice")
    assert keys.authenticate(plaintext) is not None
    KeyService(db).revoke("alice")
    clock.now += CACHE_TTL_S - 0.01
    assert keys.authenticate(plaintext) is not None  # still the cached verification
    clock.now += 0.01
    assert keys.authenticate(plaintext) is None
    assert CACHE_TTL_S <= 1.0


def test_revocation_here_is_immediate(keys: KeyService) -> None:
    plaintext, _ = keys.create("alice")
    assert keys.authenticate(plaintext) is not None
    keys.revoke("alice")
    assert keys.authenticate(plaintext) is None


def test_unknown_keys_are_cached_too(keys: KeyService, queries: list[str]) -> None:
    junk = "tg-" + "A" * 43
    for _ in range(3):
        assert keys.authenticate(junk) is None
    assert len(queries) == 1


def test_creation_and_revocation_are_audited(db: Database) -> None:
    audit = AuditLog(db, hmac_key=b"k" * 32)
    try:
        keys = KeyService(db, audit=audit)
        _, rec = keys.create("alice", actor="cli:ops")
        keys.revoke("alice", actor="cli:ops")
        events = audit.tail(5)
        assert [(e.kind, e.action, e.key_id) for e in events] == [
            ("admin", "key.create", rec.id), ("admin", "key.revoke", rec.id),
        ]  # fmt: skip
        assert events[0].data["actor"] == "cli:ops"
        assert audit.verify().ok
    finally:
        audit.close()


def test_anonymous_record_uses_default_limits() -> None:
    anon = KeyRecord.anonymous(LimitDefaults(rpm=7, tpm=None, tokens_per_day=100))
    assert (anon.id, anon.scopes, anon.rpm, anon.tokens_per_day) == ("anonymous", ["chat"], 7, 100)
    assert anon.active()


@given(st.text(max_size=80))
def test_arbitrary_strings_never_authenticate_without_a_query(token: str) -> None:
    """Garbage is refused before any hashing or database work (no db: the service would fail
    if it tried)."""
    if re.fullmatch(r"tg-[A-Za-z0-9_-]{43}", token):
        return
    service = KeyService(None)  # type: ignore[arg-type]
    assert service.authenticate(token) is None
