"""Prompt-injection / jailbreak scanner: an offline linear classifier shipped with the package.

The model (``tiergate/data/injection-v<N>.{npz,json}``, built by
``training/injection/train.py``) scores every deobfuscation view of the text (plain, leetspeak,
base64/hex/rot13-decoded, tag-character smuggling) in overlapping coarse and fine windows, so long
documents are covered end to end and never truncated; the verdict keeps the maximum. The block
threshold is not hand-set: the policy gives a target false-positive rate and the threshold comes
from benign-score quantiles measured (cross-fitted) at training time, with tables of their own
for retrieved documents / tool results and for long inputs (more windows, more chances to score
high), so the rate holds at every length.
"""

from __future__ import annotations

import asyncio
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tiergate.errors import ConfigError
from tiergate.guards.base import ScanContext, Verdict
from tiergate.guards.ml import VIEWS_KEY, Hit, LinearModel, View, best_hit, views

MODEL_VERSION = "38"
# Above this many characters the scan runs in a worker thread so the event loop stays free.
_THREAD_ABOVE = 4000


def _stem(name: str) -> Path:
    return Path(str(resources.files("tiergate") / "data" / name))


@lru_cache(maxsize=8)
def load_model(version: str = MODEL_VERSION, head: str = "injection") -> LinearModel:
    """Shipped weights, cached per process (every policy shares one copy)."""
    stem = _stem(f"{head}-v{version}")
    if not stem.with_suffix(".json").is_file():
        raise ConfigError(f"{head} model v{version} is not installed ({stem}.json missing)")
    return LinearModel.load(stem)


class InjectionParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Fraction of benign traffic allowed to be flagged; mapped to a threshold at load time.
    target_fpr: float = Field(default=0.01, gt=0.0, lt=0.5)
    # The same for retrieved documents and tool results (stage document / tool), when they should
    # trade differently: v29's table gives, on probe_sealed14's agent content, 45% of injections
    # at 0.01, 58% at 0.02, 77% at 0.05 (clean content flagged 2.5%, 4.6%, 12.5%).
    document_target_fpr: float | None = Field(default=None, gt=0.0, lt=0.5)
    action: Literal["block", "allow"] = "block"  # "allow" = monitor only (score + reason)
    chunk_chars: int | None = Field(default=None, ge=200, le=20000)
    chunk_overlap: int | None = Field(default=None, ge=0)
    model_version: str = MODEL_VERSION
    # Messages from these roles are trusted: the app developer writes them (LLM Guard, too,
    # scans only the user prompt). Empty list = scan every role.
    skip_roles: list[str] = Field(default_factory=lambda: ["system", "developer"])

    @model_validator(mode="after")
    def _overlap_fits(self) -> InjectionParams:
        if self.chunk_chars and self.chunk_overlap and self.chunk_overlap >= self.chunk_chars:
            raise ValueError("chunk_overlap must be smaller than chunk_chars")
        return self


class InjectionScanner:
    """Flags direct jailbreaks and injected instructions (also inside documents/tool output)."""

    name: ClassVar[str] = "injection"
    Params: ClassVar[type[BaseModel]] = InjectionParams
    stages: ClassVar[frozenset[str]] = frozenset({"input", "document", "tool"})

    def __init__(self, params: BaseModel | None = None) -> None:
        p = InjectionParams.model_validate(params.model_dump() if params else {})
        self.params = p
        self.model = load_model(p.model_version)
        self.kind_model = load_model(p.model_version, "injection-kind")
        meta = self.model.meta
        self.chunk_chars = p.chunk_chars or meta.chunk_chars
        overlap = meta.chunk_overlap if p.chunk_overlap is None else p.chunk_overlap
        self.chunk_overlap = min(overlap, self.chunk_chars // 2)
        self.threshold = meta.calibration.threshold_for(p.target_fpr)
        # Retrieved documents and tool results have their own table (if the model ships one).
        doc_calibration = meta.calibration_documents or meta.calibration
        self.document_threshold = doc_calibration.threshold_for(
            p.document_target_fpr or p.target_fpr
        )
        self.long = meta.calibration_long
        self.long_threshold = (
            self.long.calibration.threshold_for(p.target_fpr) if self.long else None
        )

    def threshold_for(self, ctx: ScanContext, length: int = 0) -> float:
        """The threshold for a text of ``length`` characters at ``ctx``'s stage."""
        if ctx.stage in {"document", "tool"}:
            return self.document_threshold
        if self.long is not None and self.long_threshold is not None and self.long.covers(length):
            return self.long_threshold
        return self.threshold

    def score(self, text: str, read: list[View] | None = None) -> Hit:
        """Synchronous core (also used by the benchmark); ``read``: the text's views, where
        the caller has them."""
        meta = self.model.meta
        return best_hit(
            self.model,
            text,
            self.chunk_chars,
            self.chunk_overlap,
            meta.fine_chars,
            meta.sentence_chars,
            read,
        )

    def _scan_views(self, text: str, ctx: ScanContext) -> Hit:
        return self.score(text, ctx.memo(VIEWS_KEY, text, views))

    def kind(self, hit: Hit, ctx: ScanContext) -> str:
        if ctx.stage in {"document", "tool"}:
            return "indirect injection"
        return "jailbreak" if self.kind_model.score_text(hit.window) >= 0.5 else "injection"

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        if ctx.role in self.params.skip_roles:
            return Verdict(action="allow", details={"skipped_role": ctx.role})
        if len(text) > _THREAD_ABOVE:
            hit = await asyncio.to_thread(self._scan_views, text, ctx)
        else:
            hit = self._scan_views(text, ctx)
        threshold = self.threshold_for(ctx, hit.chars)
        details: dict[str, Any] = {
            "threshold": round(threshold, 6),
            "target_fpr": self.params.target_fpr,
            "view": hit.view,
            "windows": hit.n_chunks,
            "model": f"injection-v{self.model.meta.version}",
        }
        if hit.score < threshold:
            return Verdict(action="allow", score=hit.score, details=details)
        kind = self.kind(hit, ctx)
        details["kind"] = kind
        reason = f"{kind} detected in {hit.view} view (score {hit.score:.2f} >= {threshold:.2f})"
        return Verdict(action=self.params.action, score=hit.score, reason=reason, details=details)
