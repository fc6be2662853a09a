"""Pydantic records the registry hands out (never ORM rows)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ModelFormat = Literal["gguf", "safetensors"]
DerivativeKind = Literal["finetune", "lora", "merge", "quantization"]
VersionStatus = Literal["registered", "promoted", "retired"]
DERIVATIVE_KINDS: tuple[str, ...] = ("finetune", "lora", "merge", "quantization")


class AdapterInfo(BaseModel):
    """A parameter-efficient adapter (LoRA) rather than a full model."""

    model_config = ConfigDict(extra="forbid")
    type: str = "lora"
    base_model: str | None = None
    rank: int | None = None
    alpha: float | None = None
    target_modules: list[str] = Field(default_factory=list)


class Inspection(BaseModel):
    """What the weight-file headers say. Parameter counts are logical weights (an MXFP4 byte
    holds two), not bytes."""

    model_config = ConfigDict(extra="forbid")
    format: ModelFormat
    architecture: str | None = None
    hf_architectures: list[str] = Field(default_factory=list)
    display_name: str | None = None
    total_params: int = 0
    active_params: int = 0
    experts: int | None = None
    experts_used: int | None = None
    quantization: str | None = None
    # Bytes by tensor type / dtype (GGUF: Q4_1, F32...; safetensors: BF16, U8, MXFP4...).
    tensor_types: dict[str, int] = Field(default_factory=dict)
    context_length: int | None = None
    chat_template: bool = False
    tensor_count: int = 0
    adapter: AdapterInfo | None = None
    notes: list[str] = Field(default_factory=list)

    @property
    def is_moe(self) -> bool:
        return bool(self.experts and self.experts > 1)


class FileEntry(BaseModel):
    """One file of a version. Only ``weight`` files make up the identity."""

    model_config = ConfigDict(extra="forbid")
    name: str
    size: int
    sha256: str
    role: Literal["weight", "aux"] = "weight"
    mtime_ns: int = 0


class ModelVersionRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: int
    path: str
    format: ModelFormat
    identity_sha256: str
    size_bytes: int
    inspection: Inspection
    files: list[FileEntry]
    status: VersionStatus
    created_at: datetime
    promoted_at: datetime | None = None
    # Other models (name@version) whose weights are byte-identical to this version's.
    same_bytes_as: list[str] = Field(default_factory=list)
    # True when this call found the bytes already registered under this name (no new version).
    existing: bool = False

    def weight_files(self) -> list[FileEntry]:
        return [f for f in self.files if f.role == "weight"]


class ModelRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    created_at: datetime
    license: str | None = None
    source: str | None = None
    intended_use: str | None = None
    parent: str | None = None
    parent_version: int | None = None
    derivative_kind: DerivativeKind | None = None
    needs_reevaluation: bool = False
    served_version: int | None = None
    latest_version: int | None = None


class CardRecord(BaseModel):
    """A model card: free text (markdown) plus the structured fields governance needs."""

    model_config = ConfigDict(extra="forbid")
    name: str
    text: str = ""
    license: str | None = None
    source: str | None = None
    intended_use: str | None = None


class LineageNode(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    derivative_kind: DerivativeKind | None = None
    parent_version: int | None = None
    served_version: int | None = None
    identity_sha256: str | None = None
    children: list[LineageNode] = Field(default_factory=list)


class Lineage(BaseModel):
    """Ancestors oldest first (ending with the direct parent), and the descendant tree."""

    model_config = ConfigDict(extra="forbid")
    name: str
    ancestors: list[LineageNode] = Field(default_factory=list)
    tree: LineageNode


class RegistryChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    seq: int
    name: str
    action: Literal["register", "promote", "rollback"]
    version: int
    at: datetime


class ChangeSet(BaseModel):
    """Changes after a token; pass ``token`` back next time."""

    model_config = ConfigDict(extra="forbid")
    token: int
    changes: list[RegistryChange] = Field(default_factory=list)

    def names(self) -> set[str]:
        return {c.name for c in self.changes if c.action in ("promote", "rollback")}
