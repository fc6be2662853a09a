"""The gateway's services, composed once from Settings and passed down (no globals)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from tiergate.audit.keyfile import load_hmac_key
from tiergate.audit.log import AuditEvent, AuditLog
from tiergate.gateway.models import ModelRouter
from tiergate.gateway.registry_sync import RegistrySync
from tiergate.gateway.telemetry import Telemetry
from tiergate.guards.pipeline import GuardPipeline
from tiergate.guards.policy import load_policy
from tiergate.incident.switches import SwitchBoard
from tiergate.perimeter.keys import KeyRecord, KeyService
from tiergate.perimeter.limits import InProcessLimiter, Limiter
from tiergate.settings import Settings
from tiergate.store.db import Database

log = logging.getLogger("tiergate.gateway")


@dataclass
class Services:
    settings: Settings
    db: Database
    keys: KeyService
    limiter: Limiter
    audit: AuditLog
    switches: SwitchBoard
    guards: GuardPipeline
    models: ModelRouter
    telemetry: Telemetry
    anonymous_key: KeyRecord | None = None
    registry: Any = None
    tiers: Any = None
    access: Any = None
    started_at: int = field(default_factory=lambda: int(time.time()))
    preload: bool = False
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def audit_rejection(self, request_id: str, path: str, status: int) -> None:
        await self.audit.record(
            AuditEvent(
                kind="auth",
                request_id=request_id,
                action="block",
                status=status,
                data={"path": path},
            )
        )

    def refresh_gauges(self) -> None:
        counts: dict[str, int] = {"kill": 0, "degrade": 0}
        for sw in self.switches.list():
            if sw.on:
                counts[sw.kind] = counts.get(sw.kind, 0) + 1
        for kind, n in counts.items():
            self.telemetry.switches.labels(kind).set(n)

    async def start(self) -> None:
        interval = self.settings.switch_poll_seconds
        if self.registry is not None:
            sync = RegistrySync(self.registry, self.models, self.settings)
            await sync.start()
            self._tasks.append(asyncio.create_task(sync.run(interval)))
        if self.preload:
            await self.models.start_all()
        self._tasks.append(asyncio.create_task(self.switches.run_poller(interval)))
        if self.settings.redteam_poll_seconds > 0:
            from tiergate.evals.redteam import RedteamService, redteam_loop

            redteam = RedteamService(self.settings, self.db, self.audit)
            loop = redteam_loop(
                redteam, self._stop, poll_seconds=self.settings.redteam_poll_seconds
            )
            self._tasks.append(asyncio.create_task(loop))

    async def aclose(self) -> None:
        self._stop.set()
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.models.aclose()
        self.audit.close()
        self.db.dispose()


def build_services(settings: Settings) -> Services:
    settings.ensure_home()
    db = Database(settings.db_url)
    audit = AuditLog(
        db,
        hmac_key=load_hmac_key(settings.home),
        store_raw=settings.audit.store_raw,
        retention_days=settings.audit.raw_retention_days,
    )
    keys = KeyService(db)
    anonymous = None
    if settings.allow_anonymous:
        anonymous = KeyRecord.anonymous(settings.limits)
    svc = Services(
        settings=settings,
        db=db,
        keys=keys,
        limiter=InProcessLimiter.from_audit(db),
        audit=audit,
        switches=SwitchBoard(db, audit),
        guards=GuardPipeline(load_policy(settings.policy)),
        models=ModelRouter(settings.models),
        telemetry=Telemetry(),
        anonymous_key=anonymous,
    )
    _attach_governance(svc)
    return svc


def _attach_governance(svc: Services) -> None:
    """The model registry, the tier policy and access control, over the same store and audit."""
    from tiergate.access.service import build_access
    from tiergate.registry.service import RegistryService

    svc.registry = RegistryService(svc.db, audit=svc.audit)
    svc.tiers, svc.access = build_access(
        svc.db, svc.settings.tier_policy, svc.settings.home, audit=svc.audit, registry=svc.registry
    )
