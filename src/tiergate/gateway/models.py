"""The model router: served name -> backend, plus the per-model serving options.

Backends start lazily on first use so a gateway with many declared models starts quickly, and the
registry's promoted version can swap a backend without a restart.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from tiergate.backends.base import Backend, BackendInfo
from tiergate.backends.factory import build_backend
from tiergate.errors import NotFound
from tiergate.settings import ModelConfig

log = logging.getLogger("tiergate.gateway")


@dataclass
class ServedModel:
    name: str
    config: ModelConfig
    backend: Backend
    started: bool = False
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def info(self) -> BackendInfo:
        return self.backend.info


def model_not_found(name: str) -> NotFound:
    # The same answer for "unknown" and "not yours": a key must not learn what else exists.
    return NotFound(
        f"The model '{name}' does not exist or you do not have access to it.",
        code="model_not_found",
        param="model",
    )


class ModelRouter:
    def __init__(self, models: dict[str, ModelConfig]) -> None:
        self._models: dict[str, ServedModel] = {
            name: ServedModel(name, cfg, build_backend(name, cfg)) for name, cfg in models.items()
        }
        self._retired: list[Backend] = []

    def names(self) -> list[str]:
        return list(self._models)

    def config(self, name: str) -> ModelConfig:
        return self._lookup(name).config

    def find(self, name: str) -> ModelConfig | None:
        """The model's config, or None when it is not served (no exception on a hot path)."""
        served = self._models.get(name)
        return served.config if served is not None else None

    def _lookup(self, name: str) -> ServedModel:
        served = self._models.get(name)
        if served is None:
            raise model_not_found(name)
        return served

    async def get(self, name: str) -> ServedModel:
        served = self._lookup(name)
        if not served.started:
            async with served.lock:
                if not served.started:
                    await served.backend.start()
                    served.started = True
        return served

    def put(self, name: str, cfg: ModelConfig) -> None:
        """Declare (or re-declare, before first use) a served model; it loads on first use."""
        old = self._models.get(name)
        if old is not None and old.started:
            self._retired.append(old.backend)
        self._models[name] = ServedModel(name, cfg, build_backend(name, cfg))

    async def swap(self, name: str, cfg: ModelConfig) -> None:
        """Serve ``name`` from a new backend (promote/rollback). In-flight requests finish on the
        old backend, which is closed at shutdown rather than under their feet."""
        new = ServedModel(name, cfg, build_backend(name, cfg))
        await new.backend.start()
        new.started = True
        old = self._models.get(name)
        self._models[name] = new
        if old is not None:
            self._retired.append(old.backend)
        log.info("model %s now served from %s", name, new.info.model_path or new.info.backend)

    async def start_all(self) -> None:
        for name in self._models:
            await self.get(name)

    async def aclose(self) -> None:
        for served in self._models.values():
            if served.started:
                await served.backend.aclose()
        for backend in self._retired:
            await backend.aclose()
