"""The eval seams (Inspect / garak spirit): a ``Suite`` yields ``Sample``s, the engine asks a
model (``Generate``), a ``Scorer`` turns the ``Reply`` into a ``Score``, and the suite's
``aggregate`` turns scores into ``MetricValue``s with confidence intervals.

Every per-sample value is in a ``Score.values`` dict keyed by metric name; a key a sample does
not carry (or carries as ``None``) does not count for that metric (e.g. a question only counts
for its own domain's accuracy).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from tiergate.types import ChatMessage


class Sample(BaseModel):
    """One prompt. ``input`` is a user message, or a whole conversation (multi-turn attacks)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    input: str | list[ChatMessage]
    target: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)

    def messages(self) -> list[ChatMessage]:
        if isinstance(self.input, str):
            return [ChatMessage(role="user", content=self.input)]
        return list(self.input)

    def prompt_text(self) -> str:
        """The last user message (what refusal and code checks look at)."""
        return next((m.text() for m in reversed(self.messages()) if m.role == "user"), "")

    def content_hash(self) -> str:
        return sha256_json(self.model_dump(mode="json"))


class Sampling(BaseModel):
    """Generation settings, recorded with every run."""

    model_config = ConfigDict(extra="forbid")
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, ge=0.0, le=1.0)
    max_tokens: int = Field(default=256, ge=1)
    logprobs: bool = False
    top_logprobs: int | None = Field(default=None, ge=0, le=20)


class TokenLogprob(BaseModel):
    token: str
    logprob: float
    top: dict[str, float] = Field(default_factory=dict)


class Reply(BaseModel):
    """What the model said (plus what the scorers may need: logprobs, probe details)."""

    text: str
    finish_reason: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    logprobs: list[TokenLogprob] | None = None
    error: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)


class Score(BaseModel):
    """A scorer's verdict on one reply. ``flagged``: the sample counts against the model (shown
    among the worst examples, most ``severity`` first)."""

    values: dict[str, float | None]
    flagged: bool = False
    severity: float = Field(default=0.0, ge=0.0, le=1.0)
    explanation: str = ""
    meta: dict[str, Any] = Field(default_factory=dict)


class MetricValue(BaseModel):
    name: str
    value: float
    ci_low: float | None = None
    ci_high: float | None = None
    n: int
    method: str = "wilson"  # wilson | bootstrap | none


# A model call: the engine binds the backend, the model name, seed and sampling.
Generate = Callable[[list[ChatMessage], Sampling], Awaitable[Reply]]


class Judge(Protocol):
    """A model used to grade replies (any configured backend)."""

    name: str
    weights_sha256: str | None

    async def ask(self, prompt: str, sampling: Sampling, prefill: str | None = None) -> Reply: ...


class ScoreContext(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)
    judge: Any = None  # a Judge, when one is configured


@runtime_checkable
class Scorer(Protocol):
    name: ClassVar[str]
    version: ClassVar[str]

    async def score(self, sample: Sample, reply: Reply, ctx: ScoreContext) -> Score: ...


@runtime_checkable
class Suite(Protocol):
    name: ClassVar[str]
    version: ClassVar[str]
    Params: ClassVar[type[BaseModel]]
    # Metric -> policy domain; the metrics the engine records as results for the tier policy.
    headline: ClassVar[tuple[str, ...]]

    def __init__(self, params: BaseModel) -> None: ...

    def samples(self) -> Sequence[Sample]: ...

    def default_sampling(self) -> Sampling: ...

    def default_epochs(self) -> int: ...

    def scorer(self) -> Scorer: ...

    async def solve(self, sample: Sample, generate: Generate, sampling: Sampling) -> Reply: ...

    def aggregate(self, scores: Sequence[tuple[Sample, Score]]) -> dict[str, MetricValue]: ...


def sha256_json(obj: Any) -> str:
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def suite_hash(suite: Suite) -> str:
    """Content hash of the full sample set (before any --limit) plus the suite's version."""
    return sha256_json(
        {
            "suite": suite.name,
            "version": suite.version,
            "samples": [s.model_dump(mode="json") for s in suite.samples()],
        }
    )
