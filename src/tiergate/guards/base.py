"""The Scanner seam: every guard (regex rules, secrets, PII, injection, moderation, code) is a
Scanner plugin that returns a Verdict. Scores mean the same thing everywhere: 0 = no risk."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Literal, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")
Action = Literal["allow", "redact", "block"]
Stage = Literal["input", "output", "document", "tool"]

# Merge order: the strictest action wins.
ACTION_RANK: dict[str, int] = {"allow": 0, "redact": 1, "block": 2}


class Entity(BaseModel):
    """A span a scanner found (PII, a secret, a rule match). Offsets index the scanned text."""

    type: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    score: float = Field(default=1.0, ge=0.0, le=1.0)


class Verdict(BaseModel):
    action: Action = "allow"
    score: float = Field(default=0.0, ge=0.0, le=1.0)
    text: str | None = None  # the rewritten text when action == "redact"
    reason: str = ""
    entities: list[Entity] = Field(default_factory=list)
    # Extra machine-readable detail (e.g. CWE ids and lines for insecure code, categories).
    details: dict[str, Any] = Field(default_factory=dict)


class ScanContext(BaseModel):
    """What a scanner may know about where the text comes from."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    stage: Stage = "input"
    model: str = ""
    key_id: str | None = None
    # The key's human name, so policy overrides can match keys by name as well as by id.
    key_name: str | None = None
    request_id: str = ""
    role: str = "user"
    # Per-request state shared by scanners on one request, e.g. the PII pseudonym vault used to
    # restore the user's own values in the answer.
    state: dict[str, Any] = Field(default_factory=dict)
    # True for a window of a streamed answer (a few dozen characters around the newest text),
    # False for a whole text. Classifiers that judge an answer as a whole defer to the stream's
    # final scan of the whole answer instead of reading fragments.
    partial: bool = False

    def memo(self, key: str, text: str, compute: Callable[[str], T]) -> T:
        """``compute(text)``, computed once for the scanners of a chain that share it (the
        injection and moderation scanners read the same deobfuscation views of a text). Only
        the last text per key is kept, in the request's ``state``."""
        slot = self.state.get(key)
        if slot is not None and slot[0] == text:  # str == checks identity first
            return slot[1]  # type: ignore[no-any-return]
        value = compute(text)
        self.state[key] = (text, value)
        return value


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid")


@runtime_checkable
class Scanner(Protocol):
    """A guard. Constructed once per policy with validated params; ``scan`` must be safe to call
    concurrently. CPU-heavy scanners should offload to a thread themselves."""

    name: ClassVar[str]
    Params: ClassVar[type[BaseModel]]
    # Stages this scanner makes sense on; the policy loader rejects others.
    stages: ClassVar[frozenset[str]]

    def __init__(self, params: BaseModel) -> None: ...

    async def scan(self, text: str, ctx: ScanContext) -> Verdict: ...


@runtime_checkable
class Restorer(Protocol):
    """Optional: a scanner that pseudonymizes input can restore the user's own values in the
    output. The pipeline calls ``restore`` on the final output text (and on each streamed piece it
    releases) for every input scanner that implements it, using the per-request ``ctx.state``."""

    def restore(self, text: str, ctx: ScanContext) -> str: ...
