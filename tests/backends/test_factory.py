"""build_backend and the contract every registered backend plugin keeps."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from tiergate.backends.base import Backend
from tiergate.backends.factory import build_backend
from tiergate.backends.fake import FakeBackend
from tiergate.errors import ConfigError
from tiergate.plugins import registry
from tiergate.settings import ModelConfig

BACKENDS = registry("backends").names()


def test_builds_declared_backend() -> None:
    backend = build_backend("m", ModelConfig(backend="fake", options={"replies": ["hi"]}))
    assert isinstance(backend, FakeBackend)
    assert backend.p.replies == ["hi"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("cfg", "expected"),
    [
        (ModelConfig(backend="fake", options={"replys": ["hi"]}), "replys"),
        (ModelConfig(backend="fake", options={"chunk_chars": 0}), "chunk_chars"),
        (ModelConfig(backend="openai", options={}), "base_url"),
        (ModelConfig(backend="llamacpp", options={"n_ctx": "big"}), "n_ctx"),
        (ModelConfig(backend="nope"), "unknown plugin 'nope'"),
    ],
)
def test_invalid_config_is_a_clear_config_error(cfg: ModelConfig, expected: str) -> None:
    with pytest.raises(ConfigError) as exc:
        build_backend("my-model", cfg)
    assert expected in exc.value.message
    if cfg.backend != "nope":
        assert "'my-model'" in exc.value.message
        assert "\n" not in exc.value.message


def test_backend_plugins_registered() -> None:
    assert {"fake", "llamacpp", "openai"} <= set(BACKENDS)


@pytest.mark.parametrize("name", BACKENDS)
def test_backend_contract(name: str) -> None:
    cls = registry("backends").get(name)
    assert isinstance(cls, type)
    assert cls.name == name  # type: ignore[attr-defined]
    params = cls.Params  # type: ignore[attr-defined]
    assert issubclass(params, BaseModel)
    assert params.model_config.get("extra") == "forbid"
    for method in ("start", "chat", "stream", "aclose"):
        assert callable(getattr(cls, method))
    assert isinstance(getattr(cls, "info", None), property)


def test_constructed_backends_satisfy_protocol() -> None:
    for name, options in {
        "fake": {},
        "llamacpp": {},
        "openai": {"base_url": "http://x/v1"},
    }.items():
        backend = build_backend(name, ModelConfig(backend=name, options=options))
        assert isinstance(backend, Backend)
        assert backend.info.backend == name
