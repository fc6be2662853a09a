"""The Backend seam, shaped like httpx's transport: one object per served model that turns a
ChatRequest into a ChatResponse or a stream of ChatChunks."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from tiergate.types import ChatChunk, ChatRequest, ChatResponse


class BackendInfo(BaseModel):
    """What the audit log and the registry need to know about what actually answered."""

    model_config = ConfigDict(extra="forbid")
    backend: str
    model_path: str | None = None
    weights_sha256: str | None = None
    upstream_model: str | None = None


@runtime_checkable
class Backend(Protocol):
    name: ClassVar[str]
    Params: ClassVar[type[BaseModel]]

    def __init__(self, params: BaseModel) -> None: ...

    @property
    def info(self) -> BackendInfo: ...

    async def start(self) -> None:
        """Load the model / open connections. Called once before the first request."""
        ...

    async def chat(self, req: ChatRequest) -> ChatResponse: ...

    def stream(self, req: ChatRequest) -> AsyncIterator[ChatChunk]: ...

    async def aclose(self) -> None: ...
