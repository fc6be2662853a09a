from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.dbfixtures import _db_templates, cli_state, db, db_url, sqlite_db  # noqa: F401
from tests.tiers.conftest import SAFE, Clock, audit, clock, lookup, record, tiers  # noqa: F401
from tiergate.access.service import AccessService
from tiergate.perimeter.keys import KeyRecord
from tiergate.tiers.audit import MemoryAudit
from tiergate.tiers.service import TierService

SIGNING_KEY = b"k" * 32


@pytest.fixture
def access(tiers: TierService, audit: MemoryAudit) -> AccessService:  # noqa: F811
    return AccessService(tiers.db, tiers, SIGNING_KEY, audit=audit)


def make_key(key_id: str = "key1", scopes: list[str] | None = None) -> KeyRecord:
    return KeyRecord(
        id=key_id,
        name=key_id,
        prefix="tg-x",
        scopes=scopes or ["chat"],
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


__all__ = ["SAFE", "Clock", "make_key"]
