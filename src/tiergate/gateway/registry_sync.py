"""Keeps the served models in step with the registry's promoted versions.

A promote or rollback (CLI or API, any process) is picked up within one poll interval and the
model is swapped without a restart. GGUF versions are served by the embedded llama.cpp
backend; names the registry knows but the settings do not are served too (lazily loaded), so
"register, then chat" works. Models served from an upstream URL keep their backend: the
registry records their weights but cannot load them here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from tiergate.settings import ModelConfig

if TYPE_CHECKING:
    from tiergate.gateway.models import ModelRouter
    from tiergate.registry.records import ModelVersionRecord
    from tiergate.registry.service import RegistryService
    from tiergate.settings import Settings

log = logging.getLogger("tiergate.gateway")


class RegistrySync:
    def __init__(self, registry: RegistryService, models: ModelRouter, settings: Settings) -> None:
        self.registry = registry
        self.models = models
        self.settings = settings
        self.token = 0
        self.serving: dict[str, str] = {}  # name -> path served now

    async def start(self) -> None:
        await asyncio.to_thread(self.registry.ensure_embedded, self.settings)
        self.token = await asyncio.to_thread(self.registry.change_token)
        records = await asyncio.to_thread(self._served_all)
        for rec in records:
            self._apply(rec, initial=True)

    def _served_all(self) -> list[ModelVersionRecord]:
        out = []
        for model in self.registry.list():
            rec = self.registry.served(model.name)
            if rec is not None:
                out.append(rec)
        return out

    def _config_for(self, rec: ModelVersionRecord) -> ModelConfig | None:
        if rec.format != "gguf":
            return None
        declared = self.settings.models.get(rec.name)
        if declared is not None and declared.backend != "llamacpp":
            return None
        base = declared or ModelConfig(backend="llamacpp")
        return base.model_copy(update={"options": {**base.options, "model_path": rec.path}})

    def _apply(self, rec: ModelVersionRecord, *, initial: bool) -> ModelConfig | None:
        cfg = self._config_for(rec)
        if cfg is None:
            return None
        current = self.serving.get(rec.name)
        if current == rec.path:
            return None
        self.serving[rec.name] = rec.path
        if initial or rec.name not in self.models.names():
            self.models.put(rec.name, cfg)
            return None
        return cfg

    async def poll_once(self) -> None:
        changes = await asyncio.to_thread(self.registry.changes_since, self.token)
        self.token = changes.token
        for name in sorted({c.name for c in changes.changes}):
            rec = await asyncio.to_thread(self.registry.served, name)
            if rec is None:
                continue
            cfg = self._apply(rec, initial=False)
            if cfg is not None:
                await self.models.swap(name, cfg)

    async def run(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            # A failed poll must not kill the loop; the next one retries.
            with contextlib.suppress(Exception):
                await self.poll_once()
