"""Suite-wide fixtures: every test gets its own TIERGATE_HOME and no stray config file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "tiergate-home"
    monkeypatch.setenv("TIERGATE_HOME", str(home))
    monkeypatch.setenv("TIERGATE_CONFIG", str(tmp_path / "no-config.yaml"))
    for var in ("TIERGATE_DATABASE_URL", "TIERGATE_POLICY", "TIERGATE_TIER_POLICY"):
        monkeypatch.delenv(var, raising=False)
    return home
