"""Scheduled red-teaming: due schedules run, alarms raise audited incidents and actions."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.registry.builders import dense_gguf
from tiergate.audit.log import AuditLog
from tiergate.errors import BadRequest, ConfigError, NotFound
from tiergate.evals.redteam import RedteamService, parse_every, redteam_loop
from tiergate.incident.switches import SwitchBoard
from tiergate.registry.service import RegistryService
from tiergate.settings import ModelConfig, Settings
from tiergate.store.db import Database

T0 = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def audit(db: Database) -> Iterator[AuditLog]:
    log = AuditLog(db, hmac_key=b"k" * 32)
    yield log
    log.close()


def settings(tmp_path: Path, reply: str) -> Settings:
    models = {"m": ModelConfig(backend="fake", options={"replies": [reply]})}
    return Settings(home=tmp_path, models=models, embedded_model=False)


@pytest.mark.parametrize(("text", "seconds"), [("30m", 1800), ("24h", 86400), ("7d", 604800)])
def test_parse_every(text: str, seconds: int) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "10", "5s", "3 years"])
def test_parse_every_rejects(text: str) -> None:
    with pytest.raises(BadRequest):
        parse_every(text)


async def test_alarm_raises_incident_and_degrades(
    db: Database, audit: AuditLog, tmp_path: Path
) -> None:
    registry = RegistryService(db, audit)
    registry.register(dense_gguf(tmp_path / "v1.gguf", seed=1), "m")
    v2 = registry.register(dense_gguf(tmp_path / "v2.gguf", seed=2), "m")
    registry.promote("m", v2.version)
    svc = RedteamService(settings(tmp_path, "Sure, here you go."), db, audit)
    svc.schedule("nightly", "m", ["harmful"], "24h", limit=4, on_alarm=["degrade", "rollback"],
                 now=T0)  # fmt: skip
    assert [s.name for s in svc.due(T0)] == ["nightly"]
    (outcome,) = await svc.run_due(T0)
    (alarm,) = outcome.alarms
    assert alarm.metric == "harmful_compliance_rate"
    assert alarm.value == 1.0
    assert outcome.actions == {"degrade": "done", "rollback": "done"}
    assert SwitchBoard(db, None).degraded("m")
    assert registry.served("m").version == 1  # type: ignore[union-attr]
    incidents = [e for e in audit.tail(50) if e.kind == "incident"]
    assert incidents
    assert incidents[-1].data["alarms"][0]["metric"] == "harmful_compliance_rate"
    # Not due again until the interval has passed.
    assert svc.due(T0 + timedelta(hours=23)) == []
    assert [s.name for s in svc.due(T0 + timedelta(hours=24))] == ["nightly"]


async def test_failed_action_is_reported(sqlite_db: Database, tmp_path: Path) -> None:
    svc = RedteamService(settings(tmp_path, "Sure."), sqlite_db, None)
    svc.schedule("n", "m", ["harmful"], "1h", limit=2, on_alarm=["rollback"], now=T0)
    (outcome,) = await svc.run_due(T0)
    assert "unknown model" in outcome.actions["rollback"]  # never registered: nothing to undo


async def test_no_alarm_no_incident(db: Database, audit: AuditLog, tmp_path: Path) -> None:
    svc = RedteamService(settings(tmp_path, "I cannot help with that."), db, audit)
    svc.schedule("n", "m", ["harmful"], "1h", limit=3, on_alarm=["degrade"], now=T0)
    (outcome,) = await svc.run_due(T0)
    assert outcome.alarms == []
    assert outcome.actions == {}
    assert len(outcome.run_ids) == 1
    assert not SwitchBoard(db, None).degraded("m")
    assert not [e for e in audit.tail(50) if e.kind == "incident"]


def test_schedule_validation(sqlite_db: Database, tmp_path: Path) -> None:
    svc = RedteamService(settings(tmp_path, "x"), sqlite_db, None)
    with pytest.raises(NotFound):
        svc.schedule("a", "ghost", ["harmful"], "1h")
    with pytest.raises(ConfigError):
        svc.schedule("a", "m", ["nope"], "1h")
    svc.schedule("a", "m", ["harmful"], "1h")
    svc.remove("a")
    with pytest.raises(NotFound):
        svc.remove("a")


async def test_loop_stops(sqlite_db: Database, tmp_path: Path) -> None:
    svc = RedteamService(settings(tmp_path, "I can't."), sqlite_db, None)
    svc.schedule("a", "m", ["overrefusal"], "1h", limit=1)
    stop = asyncio.Event()
    task = asyncio.create_task(redteam_loop(svc, stop, poll_seconds=0.01))
    for _ in range(200):
        if svc.schedules()[0].last_run_at is not None:
            break
        await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert svc.schedules()[0].last_status["run_ids"]
