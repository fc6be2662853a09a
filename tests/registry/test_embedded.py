"""The bundled model is registered on first start and not re-hashed on later starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.registry.conftest import bundled_gguf, needs_bundled
from tiergate.registry import hashing
from tiergate.registry.service import RegistryService
from tiergate.settings import EMBEDDED_MODEL_NAME, Settings


@needs_bundled
def test_ensure_embedded_once_then_cheap(
    svc: RegistryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(home=tmp_path / "home")
    first = svc.ensure_embedded(settings)
    assert first is not None
    assert (first.name, first.status, first.path) == (EMBEDDED_MODEL_NAME, "promoted",
                                                      str(bundled_gguf()))  # fmt: skip
    i = first.inspection  # the bundled model, inspected from its header
    assert (i.architecture, i.quantization, i.context_length) == ("llama", "Q4_1", 8192)
    assert 130_000_000 < i.total_params < 140_000_000
    assert i.active_params == i.total_params
    assert i.experts is None
    assert i.chat_template
    assert svc.get(EMBEDDED_MODEL_NAME).license == "apache-2.0"

    def no_hashing(*_: object, **__: object) -> str:
        raise AssertionError("the bundled model was hashed again")

    monkeypatch.setattr(hashing, "sha256_file", no_hashing)
    token = svc.change_token()
    again = svc.ensure_embedded(settings)
    assert again is not None
    assert again.identity_sha256 == first.identity_sha256
    assert svc.change_token() == token
    assert len(svc.versions(EMBEDDED_MODEL_NAME)) == 1


def test_ensure_embedded_respects_the_switch(svc: RegistryService, tmp_path: Path) -> None:
    assert svc.ensure_embedded(Settings(home=tmp_path, embedded_model=False)) is None
    assert svc.list() == []
