"""Promote and rollback in the registry change what the gateway serves, without a restart."""

from __future__ import annotations

from pathlib import Path

from tests.registry.builders import dense_gguf
from tiergate.gateway.registry_sync import RegistrySync
from tiergate.registry.service import RegistryService
from tiergate.settings import ModelConfig, Settings
from tiergate.store.db import Database


class RecordingRouter:
    """Stands in for ModelRouter: records what would be (re)loaded, loads nothing."""

    def __init__(self) -> None:
        self.configs: dict[str, ModelConfig] = {}
        self.swaps: list[tuple[str, str]] = []

    def names(self) -> list[str]:
        return list(self.configs)

    def put(self, name: str, cfg: ModelConfig) -> None:
        self.configs[name] = cfg

    async def swap(self, name: str, cfg: ModelConfig) -> None:
        self.configs[name] = cfg
        self.swaps.append((name, cfg.options["model_path"]))


async def test_promote_and_rollback_swap_served_model(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", embedded_model=False)
    db = Database(f"sqlite:///{tmp_path / 'reg.db'}")
    registry = RegistryService(db)
    v1 = dense_gguf(tmp_path / "v1.gguf", seed=1)
    v2 = dense_gguf(tmp_path / "v2.gguf", seed=2)
    registry.register(v1, "tiny")
    router = RecordingRouter()
    sync = RegistrySync(registry, router, settings)  # type: ignore[arg-type]
    await sync.start()
    assert router.configs["tiny"].options["model_path"] == str(v1)

    registry.register(v2, "tiny")  # a new version waits for promote
    await sync.poll_once()
    assert router.swaps == []
    registry.promote("tiny", 2)
    await sync.poll_once()
    assert router.swaps == [("tiny", str(v2))]
    registry.rollback("tiny")
    await sync.poll_once()
    assert router.swaps[-1] == ("tiny", str(v1))
    db.dispose()


async def test_upstream_models_keep_their_backend(tmp_path: Path) -> None:
    upstream = ModelConfig(backend="openai", options={"base_url": "http://127.0.0.1:1/v1"})
    settings = Settings(home=tmp_path / "home", embedded_model=False, models={"tiny": upstream})
    db = Database(f"sqlite:///{tmp_path / 'reg.db'}")
    registry = RegistryService(db)
    registry.register(dense_gguf(tmp_path / "v1.gguf"), "tiny")
    router = RecordingRouter()
    await RegistrySync(registry, router, settings).start()  # type: ignore[arg-type]
    assert "tiny" not in router.configs
    db.dispose()
