"""Settings: environment (``TIERGATE_*``) > ``tiergate.yaml`` > defaults.

Loaded once at the edge (CLI command, ``create_app``) and passed down; nothing reads it as a
global. The YAML file is ``$TIERGATE_CONFIG`` if set, else ``./tiergate.yaml``, else
``$TIERGATE_HOME/tiergate.yaml``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

EMBEDDED_MODEL_NAME = "smollm2-135m-instruct"


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("tiergate", appauthor=False))


class DegradeRule(BaseModel):
    """A deterministic reply used while a model is in degrade mode."""

    model_config = ConfigDict(extra="forbid")
    pattern: str = Field(description="case-insensitive regular expression on the last user message")
    reply: str


class DegradeConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[DegradeRule] = Field(default_factory=list)
    default_reply: str = (
        "The assistant is running in a restricted mode right now. Please try again later."
    )


class ModelConfig(BaseModel):
    """One served model: which backend, with what options."""

    model_config = ConfigDict(extra="forbid")
    backend: str = "llamacpp"
    options: dict[str, Any] = Field(default_factory=dict)
    # Reasoning output (GPT-OSS analysis channel / reasoning_content) is dropped unless allowed.
    expose_reasoning: bool = False
    # Estimated cost in USD per million tokens, for the telemetry's cost counter.
    cost_per_mtok_input: float = 0.0
    cost_per_mtok_output: float = 0.0
    degrade: DegradeConfig = Field(default_factory=DegradeConfig)


class AuditConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Prompts and completions are stored as keyed HMACs only, unless raw storage is chosen.
    store_raw: bool = False
    raw_retention_days: int = Field(default=7, ge=1)


class LimitDefaults(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rpm: int | None = 60
    tpm: int | None = None
    tokens_per_day: int | None = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TIERGATE_",
        env_nested_delimiter="__",
        extra="forbid",
    )

    home: Path = Field(default_factory=default_home)
    database_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    models: dict[str, ModelConfig] = Field(default_factory=dict)
    # The embedded default model is always served unless switched off.
    embedded_model: bool = True
    policy: Path | None = Field(default=None, description="guard policy YAML")
    tier_policy: Path | None = Field(default=None, description="tier policy YAML")
    allow_anonymous: bool = False
    max_body_bytes: int = 1_048_576
    audit: AuditConfig = Field(default_factory=AuditConfig)
    limits: LimitDefaults = Field(default_factory=LimitDefaults)
    # How often the server re-reads incident switches written by the CLI.
    switch_poll_seconds: float = Field(default=0.5, gt=0, le=1.0)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    # The gateway runs due `tiergate redteam schedule`s itself (0 = leave it to
    # `tiergate redteam run-due` from cron).
    redteam_poll_seconds: float = Field(default=60.0, ge=0)

    @model_validator(mode="after")
    def _add_embedded(self) -> Settings:
        if self.embedded_model and EMBEDDED_MODEL_NAME not in self.models:
            self.models = {EMBEDDED_MODEL_NAME: ModelConfig(backend="llamacpp"), **self.models}
        return self

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'tiergate.db'}"

    def ensure_home(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        return self.home

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = config_path()
        if path is not None:
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=path))
        return tuple(sources)


def config_path() -> Path | None:
    explicit = os.environ.get("TIERGATE_CONFIG")
    if explicit:
        return Path(explicit)
    for candidate in (Path("tiergate.yaml"), _env_home() / "tiergate.yaml"):
        if candidate.is_file():
            return candidate
    return None


def _env_home() -> Path:
    env = os.environ.get("TIERGATE_HOME")
    return Path(env) if env else default_home()


def load_settings(**overrides: Any) -> Settings:
    return Settings(**overrides)
