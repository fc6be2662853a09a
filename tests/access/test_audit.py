"""Audit events reach the log without blocking the gateway's event loop."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.access.conftest import SIGNING_KEY, make_key
from tiergate.access.service import AccessService
from tiergate.errors import Forbidden
from tiergate.tiers.service import TierService


class TwoWaySink:
    """Like AuditLog: a blocking `record_sync` and an awaitable `record`."""

    def __init__(self) -> None:
        self.sync: list[Any] = []
        self.awaited: list[Any] = []

    def record_sync(self, event: Any) -> None:
        self.sync.append(event)

    async def record(self, event: Any) -> None:
        self.awaited.append(event)


async def test_denial_inside_event_loop_is_awaited_not_blocking(tiers: TierService) -> None:
    sink = TwoWaySink()
    access = AccessService(tiers.db, tiers, SIGNING_KEY, audit=sink)
    with pytest.raises(Forbidden):
        access.check_chat(make_key(scopes=["chat", "max-tier:1"]), "base")  # unevaluated: T4
    await asyncio.sleep(0)
    assert sink.sync == []
    event = sink.awaited[-1]
    assert (event.kind, event.action, event.key_id, event.model, event.status) == (
        "access",
        "block",
        "key1",
        "base",
        403,
    )
    assert "limited to Tier 1" in event.data["reason"]


def test_outside_event_loop_records_synchronously(tiers: TierService) -> None:
    sink = TwoWaySink()
    access = AccessService(tiers.db, tiers, SIGNING_KEY, audit=sink)
    access.create_identity("alice")
    assert [e.data.get("identity") for e in sink.sync] == ["alice"]
    assert sink.awaited == []
