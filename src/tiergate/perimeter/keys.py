"""API keys: created once (plaintext shown once), stored only as a hash, checked per request.

Keys are ``tg-`` + 32 random bytes (urlsafe base64). They are stored as plain SHA-256, not a
slow password hash (bcrypt/argon2): like GitHub's tokens they carry 256 bits of entropy, so
brute force is hopeless anyway, and a fast hash allows an indexed lookup on every request.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tiergate.audit.chain import utc
from tiergate.errors import BadRequest, Conflict, NotFound
from tiergate.settings import LimitDefaults
from tiergate.store.core import ApiKeyRow
from tiergate.store.db import Database

if TYPE_CHECKING:
    from tiergate.audit.log import AuditLog

KEY_PREFIX = "tg-"
PREFIX_CHARS = 10  # "tg-" + 7 characters: enough to tell keys apart in a listing
_KEY_RE = re.compile(r"tg-[A-Za-z0-9_-]{43}")
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}")
_SCOPE_RE = re.compile(r"[a-z][a-z0-9_.:-]{0,63}")
# Revocation must be visible within 1 s: a cached verification is trusted this long.
CACHE_TTL_S = 0.5
_NEGATIVE_CACHE_MAX = 10_000
_MAX_INT, _MAX_BIGINT = 2**31 - 1, 2**63 - 1  # the columns' ranges on PostgreSQL


class KeyRecord(BaseModel):
    """An API key as the rest of the gateway sees it (never the secret)."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    prefix: str
    scopes: list[str] = Field(default_factory=lambda: ["chat"])
    models: list[str] | None = None  # None = every model
    rpm: int | None = None  # None = unlimited
    tpm: int | None = None
    tokens_per_day: int | None = None
    created_at: datetime
    expires_at: datetime | None = None
    revoked_at: datetime | None = None

    def active(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(UTC)
        if self.revoked_at is not None:
            return False
        return self.expires_at is None or now < self.expires_at

    @classmethod
    def anonymous(cls, limits: LimitDefaults) -> KeyRecord:
        """The identity of keyless requests when ``allow_anonymous`` is on."""
        return cls(id="anonymous", name="anonymous", prefix="", scopes=["chat"],
                   rpm=limits.rpm, tpm=limits.tpm, tokens_per_day=limits.tokens_per_day,
                   created_at=datetime(1970, 1, 1, tzinfo=UTC))  # fmt: skip


def hash_key(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


def _record(row: ApiKeyRow) -> KeyRecord:
    return KeyRecord(
        id=row.id, name=row.name, prefix=row.prefix, scopes=list(row.scopes),
        models=list(row.models) if row.models is not None else None,
        rpm=row.rpm, tpm=row.tpm, tokens_per_day=row.tokens_per_day,
        created_at=utc(row.created_at),
        expires_at=utc(row.expires_at) if row.expires_at else None,
        revoked_at=utc(row.revoked_at) if row.revoked_at else None,
    )  # fmt: skip


def _check_limit(name: str, value: int | None, most: int) -> None:
    if value is not None and not 1 <= value <= most:
        raise BadRequest(f"{name} must be an integer from 1 to {most} (leave it out for no limit)")


def _validate(name: str, scopes: list[str], models: list[str] | None) -> None:
    if not _NAME_RE.fullmatch(name):
        raise BadRequest(f"invalid key name {name!r}: use letters, digits and . _ @ : - (<= 128)")
    if not scopes:
        raise BadRequest("a key needs at least one scope")
    for scope in scopes:
        if not _SCOPE_RE.fullmatch(scope):
            raise BadRequest(f"invalid scope {scope!r}")
    if models is not None and not all(m.strip() for m in models):
        raise BadRequest("model names must not be empty")


class KeyService:
    def __init__(
        self,
        db: Database,
        *,
        audit: AuditLog | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.audit = audit  # when set, creations and revocations are audited (kind "admin")
        self._clock = clock
        self._cache: dict[str, tuple[float, KeyRecord | None]] = {}
        self._lock = threading.Lock()

    # -- administration --------------------------------------------------------------------
    def create(
        self,
        name: str,
        *,
        rpm: int | None = None,
        tpm: int | None = None,
        tokens_per_day: int | None = None,
        scopes: list[str] | None = None,
        models: list[str] | None = None,
        expires_at: datetime | None = None,
        actor: str | None = None,
    ) -> tuple[str, KeyRecord]:
        """A new key: returns ``(plaintext, record)``; the plaintext is not kept anywhere."""
        scopes = list(dict.fromkeys(["chat"] if scopes is None else scopes))
        _validate(name, scopes, models)
        _check_limit("rpm", rpm, _MAX_INT)
        _check_limit("tpm", tpm, _MAX_BIGINT)
        _check_limit("tokens_per_day", tokens_per_day, _MAX_BIGINT)
        plaintext = KEY_PREFIX + secrets.token_urlsafe(32)
        row = ApiKeyRow(
            id=f"key_{secrets.token_hex(4)}", name=name, key_hash=hash_key(plaintext),
            prefix=plaintext[:PREFIX_CHARS], scopes=scopes, models=models, rpm=rpm, tpm=tpm,
            tokens_per_day=tokens_per_day, created_at=datetime.now(UTC),
            expires_at=utc(expires_at) if expires_at else None,
        )  # fmt: skip
        try:
            with self.db.session() as s:
                if s.scalar(select(ApiKeyRow.id).where(ApiKeyRow.name == name)) is not None:
                    raise Conflict(f"a key named {name!r} already exists")
                s.add(row)
        except IntegrityError:  # a concurrent create with the same name won the race
            raise Conflict(f"a key named {name!r} already exists") from None
        record = _record(row)
        self._audit("key.create", record, actor)
        return plaintext, record

    def list(self, include_revoked: bool = False) -> list[KeyRecord]:
        stmt = select(ApiKeyRow).order_by(ApiKeyRow.created_at, ApiKeyRow.name)
        if not include_revoked:
            stmt = stmt.where(ApiKeyRow.revoked_at.is_(None))
        with self.db.session() as s:
            return [_record(r) for r in s.scalars(stmt)]

    def get(self, id_or_name: str) -> KeyRecord:
        with self.db.session() as s:
            return _record(self._find(s, id_or_name))

    def revoke(self, id_or_name: str, *, actor: str | None = None) -> KeyRecord:
        """Revoke a key (idempotent); takes effect everywhere within ``CACHE_TTL_S``."""
        with self.db.session() as s:
            row = self._find(s, id_or_name)
            if row.revoked_at is None:
                row.revoked_at = datetime.now(UTC)
            record = _record(row)
        with self._lock:
            self._cache.clear()  # this process sees it at once
        self._audit("key.revoke", record, actor)
        return record

    @staticmethod
    def _find(s: Session, id_or_name: str) -> ApiKeyRow:
        stmt = select(ApiKeyRow).where(
            or_(ApiKeyRow.id == id_or_name, ApiKeyRow.name == id_or_name)
        )
        rows = list(s.scalars(stmt))
        if not rows:
            raise NotFound(f"no key with id or name {id_or_name!r}")
        # An id wins over a name that happens to look like one.
        return next((r for r in rows if r.id == id_or_name), rows[0])

    def _audit(self, op: str, record: KeyRecord, actor: str | None) -> None:
        if self.audit is None:
            return
        from tiergate.audit.log import AuditEvent

        self.audit.record_sync(AuditEvent(kind="admin", key_id=record.id, action=op, data={
            "op": op, "name": record.name, "scopes": record.scopes, "actor": actor,
        }))  # fmt: skip

    # -- the hot path ----------------------------------------------------------------------
    def authenticate(self, plaintext: str) -> KeyRecord | None:
        """The key's record, or None when unknown, revoked or expired.

        Verified lookups (hits and misses) are cached for ``CACHE_TTL_S``, so a busy key costs
        one hash and a dict lookup, and at most one indexed query per TTL.
        """
        if not _KEY_RE.fullmatch(plaintext):
            return None  # not even shaped like a key: no hashing, no query
        digest = hash_key(plaintext)
        now = self._clock()
        hit = self._cache.get(digest)
        if hit is not None and now - hit[0] < CACHE_TTL_S:
            record = hit[1]
        else:
            record = self._load(digest)
            with self._lock:
                if record is None and len(self._cache) >= _NEGATIVE_CACHE_MAX:
                    self._cache.clear()  # junk tokens must not grow memory without bound
                self._cache[digest] = (now, record)
        if record is None or not record.active():
            return None
        return record

    def _load(self, digest: str) -> KeyRecord | None:
        with self.db.engine.connect() as conn:
            row = conn.execute(
                select(ApiKeyRow.__table__).where(ApiKeyRow.key_hash == digest)
            ).first()
        if row is None:
            return None
        return _record(ApiKeyRow(**row._mapping))
