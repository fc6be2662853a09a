"""Build a served model's backend from its ``ModelConfig``: plugin lookup plus option validation,
so a typo in ``tiergate.yaml`` fails at startup with the model's name in the message."""

from __future__ import annotations

from typing import cast

from pydantic import ValidationError

from tiergate.backends.base import Backend
from tiergate.errors import ConfigError
from tiergate.plugins import registry
from tiergate.settings import ModelConfig


def build_backend(model_name: str, cfg: ModelConfig) -> Backend:
    cls = cast(type[Backend], registry("backends").get(cfg.backend))
    try:
        params = cls.Params(**cfg.options)
    except ValidationError as exc:
        raise ConfigError(
            f"model {model_name!r}: invalid options for backend {cfg.backend!r}: " + _describe(exc)
        ) from None
    return cls(params)


def _describe(exc: ValidationError) -> str:
    """One line per problem, ``field: message``, instead of pydantic's multi-line dump."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "options"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)
