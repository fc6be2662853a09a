"""Continuous red-teaming: stored schedules run suites on a served model; a metric past the tier
policy's alarm line raises an incident (audit kind ``incident``) and, per schedule, puts the model
in degrade mode and/or rolls it back to its previously promoted version (both audited).

``run_due`` is what ``tiergate redteam run-due`` (cron) calls; ``redteam_loop`` is the same in
process, for the gateway.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from tiergate.audit.log import AuditEvent, AuditLog
from tiergate.errors import BadRequest, NotFound, TiergateError
from tiergate.evals.runner import RunConfig, RunSummary
from tiergate.evals.service import Endpoint, run_suite
from tiergate.settings import Settings
from tiergate.store.db import Database
from tiergate.store.evals import RedteamScheduleRow

log = logging.getLogger("tiergate.redteam")

Action = Literal["degrade", "rollback"]
_EVERY = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
SuiteRunner = Callable[[Settings, Database, RunConfig, Endpoint], Awaitable[RunSummary]]


def parse_every(text: str) -> int:
    """'90s', '30m', '24h', '7d', '1w' -> seconds (at least one minute)."""
    m = _EVERY.match(text)
    if m is None:
        raise BadRequest(f"bad interval {text!r}: use e.g. 30m, 24h, 7d")
    seconds = int(m.group(1)) * _UNIT[m.group(2)]
    if seconds < 60:
        raise BadRequest("the interval must be at least 1 minute")
    return seconds


class Schedule(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    name: str
    model_name: str
    suites: list[str]
    every_seconds: int
    limit: int | None = None
    on_alarm: list[Action] = Field(default_factory=list)
    enabled: bool = True
    next_due_at: datetime
    last_run_at: datetime | None = None
    last_status: dict[str, Any] = Field(default_factory=dict)


class Alarm(BaseModel):
    metric: str
    domain: str
    value: float
    alarm: float
    run_id: str


class Outcome(BaseModel):
    schedule: str
    model: str
    run_ids: list[str]
    alarms: list[Alarm]
    actions: dict[str, str]  # action -> "done" | error message
    errors: list[str] = Field(default_factory=list)


def _utc(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def alarms_for(summary: RunSummary, settings: Settings) -> list[Alarm]:
    from tiergate.tiers.policy import load_policy

    policy = load_policy(settings.tier_policy)
    out = []
    for domain, d in policy.domains.items():
        m = summary.metrics.get(d.metric)
        if m is None or d.alarm is None or m.n == 0:
            continue
        crossed = m.value >= d.alarm if d.higher_is_worse else m.value <= d.alarm
        if crossed:
            out.append(
                Alarm(metric=d.metric, domain=domain, value=m.value, alarm=d.alarm,
                      run_id=summary.run_id)
            )  # fmt: skip
    return out


class RedteamService:
    def __init__(
        self,
        settings: Settings,
        db: Database,
        audit: AuditLog | None,
        *,
        runner: SuiteRunner = run_suite,
    ) -> None:
        self.settings, self.db, self.audit, self.runner = settings, db, audit, runner

    # -- schedules ---------------------------------------------------------------------------
    def schedule(
        self,
        name: str,
        model: str,
        suites: list[str],
        every: str,
        *,
        limit: int | None = None,
        on_alarm: list[Action] | None = None,
        now: datetime | None = None,
    ) -> Schedule:
        from tiergate.plugins import registry

        if model not in self.settings.models:
            raise NotFound(f"unknown model {model!r}")
        if not suites:
            raise BadRequest("name at least one suite")
        for suite in suites:
            registry("suites").get(suite)  # unknown suite: ConfigError naming the known ones
        seconds = parse_every(every)
        now = now or datetime.now(UTC)
        with self.db.session() as s:
            row = s.get(RedteamScheduleRow, name) or RedteamScheduleRow(name=name, last_status={})
            row.model_name, row.suites, row.every_seconds = model, suites, seconds
            row.limit, row.on_alarm, row.enabled = limit, list(on_alarm or []), True
            row.next_due_at = now  # first run at the next run-due
            s.add(row)
            s.flush()
            return Schedule.model_validate(row)

    def schedules(self) -> list[Schedule]:
        with self.db.session() as s:
            rows = s.scalars(select(RedteamScheduleRow).order_by(RedteamScheduleRow.name))
            return [Schedule.model_validate(r) for r in rows]

    def remove(self, name: str) -> None:
        with self.db.session() as s:
            row = s.get(RedteamScheduleRow, name)
            if row is None:
                raise NotFound(f"no red-team schedule {name!r}")
            s.delete(row)

    def due(self, now: datetime | None = None) -> list[Schedule]:
        now = now or datetime.now(UTC)
        return [s for s in self.schedules() if s.enabled and _utc(s.next_due_at) <= now]

    # -- running -----------------------------------------------------------------------------
    async def run_due(self, now: datetime | None = None) -> list[Outcome]:
        return [await self.run_schedule(s, now=now) for s in self.due(now)]

    async def run_schedule(self, sched: Schedule, *, now: datetime | None = None) -> Outcome:
        now = now or datetime.now(UTC)
        runs: list[str] = []
        alarms: list[Alarm] = []
        errors: list[str] = []
        for suite in sched.suites:
            config = RunConfig(suite=suite, limit=sched.limit, seed=int(now.timestamp()) % 2**31)
            try:
                summary = await self.runner(
                    self.settings, self.db, config, Endpoint(model=sched.model_name)
                )
            except TiergateError as exc:
                errors.append(f"{suite}: {exc.message}")
                continue
            runs.append(summary.run_id)
            alarms.extend(alarms_for(summary, self.settings))
        actions = await self._on_alarm(sched, alarms) if alarms else {}
        outcome = Outcome(
            schedule=sched.name, model=sched.model_name, run_ids=runs, alarms=alarms,
            actions=actions, errors=errors,
        )  # fmt: skip
        with self.db.session() as s:
            row = s.get(RedteamScheduleRow, sched.name)
            if row is not None:
                row.last_run_at = now
                row.next_due_at = now + timedelta(seconds=sched.every_seconds)
                row.last_status = outcome.model_dump(mode="json")
        return outcome

    async def _on_alarm(self, sched: Schedule, alarms: list[Alarm]) -> dict[str, str]:
        actor = f"redteam:{sched.name}"
        reason = "; ".join(f"{a.metric}={a.value:.3f} >= alarm {a.alarm}" for a in alarms)
        actions: dict[str, str] = {}
        for action in sched.on_alarm:
            try:
                if action == "degrade":
                    await asyncio.to_thread(self._degrade, sched.model_name, reason, actor)
                else:
                    await asyncio.to_thread(self._rollback, sched.model_name, actor)
                actions[action] = "done"
            except TiergateError as exc:
                actions[action] = exc.message
        log.warning("red-team alarm on %s: %s (actions %s)", sched.model_name, reason, actions)
        if self.audit is not None:
            await self.audit.record(
                AuditEvent(
                    kind="incident",
                    model=sched.model_name,
                    action="alarm",
                    data={
                        "source": "redteam",
                        "schedule": sched.name,
                        "alarms": [a.model_dump() for a in alarms],
                        "actions": actions,
                    },
                )
            )
        return actions

    def _degrade(self, model: str, reason: str, actor: str) -> None:
        from tiergate.incident.switches import SwitchBoard

        SwitchBoard(self.db, self.audit).set_degrade(
            True, model=model, reason=f"red-team alarm: {reason}", actor=actor
        )

    def _rollback(self, model: str, actor: str) -> None:
        from tiergate.registry.service import RegistryService

        RegistryService(self.db, self.audit).rollback(model, actor=actor)


async def redteam_loop(
    service: RedteamService, stop: asyncio.Event, *, poll_seconds: float = 60.0
) -> None:
    """Run due schedules until ``stop`` is set (for the gateway's lifespan)."""
    while not stop.is_set():
        try:
            await service.run_due()
        except Exception:  # one bad run must not end continuous red-teaming
            log.exception("red-team run failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=poll_seconds)
