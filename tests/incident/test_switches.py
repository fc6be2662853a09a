"""Incident switches: kill (global / model / key), degrade, audit trail, cross-process refresh."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

from tiergate.audit.log import AuditLog
from tiergate.errors import BadRequest, NotFound
from tiergate.incident.switches import SwitchBoard
from tiergate.perimeter.keys import KeyService
from tiergate.store.db import Database


@pytest.fixture
def audit(db: Database) -> Iterator[AuditLog]:
    log = AuditLog(db, hmac_key=b"k" * 32)
    yield log
    log.close()


@pytest.fixture
def board(db: Database, audit: AuditLog) -> SwitchBoard:
    return SwitchBoard(db, audit)


# (switch to set, (model, key) asked about, expected reason or None)
CASES: list[tuple[dict[str, Any], tuple[str | None, str | None], str | None]] = [
    ({}, ("m1", "key_a"), "drill"),
    ({}, (None, None), "drill"),
    ({"model": "m1"}, ("m1", "key_a"), "drill"),
    ({"model": "m1"}, ("m2", "key_a"), None),
    ({"key": "key_a"}, ("m1", "key_a"), "drill"),
    ({"key": "key_a"}, ("m1", "key_b"), None),
    ({"key": "alice"}, ("m1", "key_a"), "drill"),  # by name
]


@pytest.mark.parametrize(("switch", "asked", "expected"), CASES)
def test_kill_switch_scopes(
    db: Database, board: SwitchBoard, switch: dict[str, Any],
    asked: tuple[str | None, str | None], expected: str | None,
) -> None:  # fmt: skip
    _add_key(db, "alice", "key_a")
    assert board.killed(*asked) is None
    board.set_kill(True, reason="drill", **switch)
    assert board.killed(*asked) == expected
    board.set_kill(False, **switch)
    assert board.killed(*asked) is None


def _add_key(db: Database, name: str, key_id: str) -> None:
    from tiergate.store.core import ApiKeyRow

    _, rec = KeyService(db).create(name)
    with db.session() as s:
        row = s.get(ApiKeyRow, rec.id)
        assert row is not None
        row.id = key_id


def test_reason_defaults_to_where_the_switch_is(board: SwitchBoard) -> None:
    board.set_kill(True, model="m1")
    assert board.killed("m1", None) == "model m1 kill switch is on"


def test_odd_reasons_are_stored(board: SwitchBoard) -> None:
    board.set_kill(True, reason="nul\x00 and \ud800 surrogate")
    board.refresh()
    assert board.killed(None, None) == "nul\ufffd and \ufffd surrogate"


def test_degrade_is_per_model(board: SwitchBoard) -> None:
    board.set_degrade(True, model="m1", reason="incident 42")
    assert board.degraded("m1")
    assert not board.degraded("m2")
    assert board.killed("m1", None) is None
    board.set_degrade(False, model="m1")
    assert not board.degraded("m1")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"model": "m", "key": "k"}, BadRequest),
        ({"model": " "}, BadRequest),
        ({"key": "nobody"}, NotFound),
    ],
)
def test_bad_switch_requests(board: SwitchBoard, kwargs: dict[str, Any], error: type) -> None:
    with pytest.raises(error):
        board.set_kill(True, **kwargs)


def test_every_change_is_audited_with_who_and_why(board: SwitchBoard, audit: AuditLog) -> None:
    board.set_kill(True, reason="drill", actor="cli:ops")
    board.set_degrade(True, model="m1", reason="slow", actor="admin-key")
    board.set_kill(False, actor="cli:ops")
    events = audit.tail(10)
    assert [(e.kind, e.action) for e in events] == [
        ("admin", "kill.on"), ("admin", "degrade.on"), ("admin", "kill.off"),
    ]  # fmt: skip
    assert events[1].model == "m1"
    assert events[1].data["reason"] == "slow"
    assert events[0].data["actor"] == "cli:ops"
    assert audit.verify().ok


def test_list_keeps_who_when_reason(board: SwitchBoard) -> None:
    board.set_kill(True, model="m1", reason="bad outputs", actor="cli:ops")
    board.set_kill(False, model="m1", actor="cli:ops2")
    board.set_degrade(True, model="m2", actor="x")
    all_ = board.list()
    assert [(s.kind, s.scope, s.target, s.on) for s in all_] == [
        ("degrade", "model", "m2", True), ("kill", "model", "m1", False),
    ]  # fmt: skip
    assert all_[1].actor == "cli:ops2"
    assert all_[1].updated_at.tzinfo is not None
    assert [s.target for s in board.list(include_off=False)] == ["m2"]


def test_other_process_changes_arrive_on_refresh(db: Database, board: SwitchBoard) -> None:
    cli = SwitchBoard(db, None)  # e.g. `tiergate killswitch on` in another shell
    cli.set_kill(True, reason="from the cli")
    assert board.killed("m", None) is None  # the hot path never reads the database
    board.refresh()
    assert board.killed("m", None) == "from the cli"


async def test_poller_picks_up_changes(db: Database, board: SwitchBoard) -> None:
    task = asyncio.create_task(board.run_poller(0.01))
    try:
        SwitchBoard(db, None).set_degrade(True, model="m1")
        for _ in range(500):
            if board.degraded("m1"):
                break
            await asyncio.sleep(0.01)
        assert board.degraded("m1")
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


class FlakyBoard(SwitchBoard):
    """The database fails once mid-incident."""

    fail_next = False
    refreshes = 0

    def refresh(self) -> None:
        self.refreshes += 1
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("database unavailable")
        super().refresh()


async def test_poller_keeps_last_state_when_the_database_fails(db: Database) -> None:
    board = FlakyBoard(db, None)
    board.set_kill(True, reason="on")
    board.fail_next, board.refreshes = True, 0
    task = asyncio.create_task(board.run_poller(0.001))
    try:
        for _ in range(500):
            if board.refreshes >= 3:
                break
            await asyncio.sleep(0.01)
        assert board.refreshes >= 3  # it went on polling after the failure
        assert not board.fail_next
        assert board.killed("m", None) == "on"
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
