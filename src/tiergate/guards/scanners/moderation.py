"""``moderation``: harmful requests and outputs, by MLCommons hazard category (S1-S14 as used by
Llama Guard 3).

Two linear heads over one hashed n-gram featurization (``tiergate.guards.ml``): a binary
harmful-vs-benign score, calibrated to a target false-positive rate on held-out benign prompts,
and one-vs-rest category heads that say *which* hazard. The binary score decides whether
anything is flagged; the categories decide the action (per-category policy, e.g. let S6
specialized advice through). Weights: ``tiergate/data/moderation-v14.{npz,json}`` (trained by
``training/moderation/train.py``).
"""

from __future__ import annotations

import asyncio
import math
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field, field_validator

from tiergate.errors import ConfigError
from tiergate.guards.base import ScanContext, Verdict
from tiergate.guards.ml import (
    VIEWS_KEY,
    Calibration,
    HashingFeaturizer,
    View,
    chunks,
    harm_rules,
    readable,
    refusals,
    steering,
    views,
)
from tiergate.guards.ml.linear import sigmoid

CATEGORY_NAMES: dict[str, str] = {
    "S1": "violent crimes",
    "S2": "non-violent crimes",
    "S3": "sex-related crimes",
    "S4": "child sexual exploitation",
    "S5": "defamation",
    "S6": "specialized advice",
    "S7": "privacy",
    "S8": "intellectual property",
    "S9": "indiscriminate weapons",
    "S10": "hate",
    "S11": "suicide & self-harm",
    "S12": "sexual content",
    "S13": "elections",
    "S14": "code interpreter abuse",
}
MODEL_STEM = "moderation-v19"
# The response head of stage output (training/moderation/train_output.py).
OUTPUT_MODEL_STEM = "moderation-output-v5"
ModerationAction = Literal["allow", "block"]


class ModerationMeta(BaseModel):
    """Everything about the shipped model except its coefficients."""

    model_config = ConfigDict(extra="forbid")
    name: str
    version: str
    featurizer: HashingFeaturizer
    bias: float
    calibration: Calibration
    # Calibration of the sentence-level scoring mode (``score(text, sentences=True)``).
    calibration_sentences: Calibration | None = None
    categories: list[str]
    category_bias: list[float]
    chunk_chars: int = 1000
    chunk_overlap: int = 200
    provenance: dict[str, Any] = Field(default_factory=dict)


class Scored(BaseModel):
    """The model's reading of one text: harm score (max over views and windows) and the
    category probabilities of the window that scored highest."""

    score: float
    categories: dict[str, float]
    view: str


class ModerationModel:
    """Binary head ``w`` (dim,) and category heads ``cat_w`` (dim, n_categories)."""

    def __init__(
        self, meta: ModerationMeta, w: NDArray[np.float32], cat_w: NDArray[np.float32]
    ) -> None:
        dim = meta.featurizer.dim
        if w.shape != (dim,) or cat_w.shape != (dim, len(meta.categories)):
            raise ConfigError("moderation weights do not match their metadata")
        self.meta, self.w, self.cat_w = meta, w, cat_w
        self._cat_bias = np.asarray(meta.category_bias, dtype=np.float64)

    @classmethod
    def load(cls, stem: Path) -> ModerationModel:
        meta = ModerationMeta.model_validate_json(stem.with_suffix(".json").read_text("utf-8"))
        dim, k = meta.featurizer.dim, len(meta.categories)
        w = np.zeros(dim, dtype=np.float32)
        cat_w = np.zeros(dim * k, dtype=np.float32)
        with np.load(stem.with_suffix(".npz"), allow_pickle=False) as npz:
            w[npz["index"].astype(np.int64)] = npz["value"].astype(np.float32)
            cat_w[npz["cat_index"].astype(np.int64)] = npz["cat_value"].astype(np.float32)
        return cls(meta, w, cat_w.reshape(dim, k))

    def save(self, stem: Path) -> None:
        nz = np.flatnonzero(self.w)
        flat = self.cat_w.reshape(-1)
        cnz = np.flatnonzero(flat)
        np.savez_compressed(
            stem.with_suffix(".npz"),
            index=nz.astype(np.int32),
            value=self.w[nz].astype(np.float16),
            cat_index=cnz.astype(np.int32),
            cat_value=flat[cnz].astype(np.float16),
        )
        text = self.meta.model_dump_json(indent=1)
        stem.with_suffix(".json").write_text(text + "\n", "utf-8")

    def windows(
        self, text: str, *, sentences: bool = False, read: list[View] | None = None
    ) -> list[tuple[str, str]]:
        """(view name, window) pairs: every deobfuscation view in overlapping windows, and with
        ``sentences`` each sentence of the canonical view too: a short harmful request inside
        a long benign text (a long answer, a wrapper) is diluted in a 1000-char window but
        stands out on its own. Sentence mode has its own calibration (more windows, more
        chances for a benign text to score high). ``read``: the text's views, where the caller
        has them."""
        m = self.meta
        out: list[tuple[str, str]] = []
        for i, view in enumerate(views(text) if read is None else read):
            out += [(view.name, w) for w in chunks(view.text, m.chunk_chars, m.chunk_overlap)]
            if sentences and i == 0:
                out += [(view.name, w) for w in sentence_windows(view.text)]
        return [(name, w) for name, w in out if readable(w)]

    def calibration(self, *, sentences: bool = False) -> Calibration:
        if sentences and self.meta.calibration_sentences is not None:
            return self.meta.calibration_sentences
        return self.meta.calibration

    def score(
        self, text: str, *, sentences: bool = False, read: list[View] | None = None
    ) -> Scored:
        """Max harm score over views x windows (long texts are covered end to end);
        categories from the highest-scoring window."""
        best_z, best_vec, best_view = -math.inf, None, "text"
        for name, window in self.windows(text, sentences=sentences, read=read):
            idx, val = self.meta.featurizer.transform(window)
            z = self.meta.bias + float(self.w[idx] @ val)
            if z > best_z:
                best_z, best_vec, best_view = z, (idx, val), name
        if best_vec is None:  # no window with a word in it
            return Scored(
                score=0.0, categories=dict.fromkeys(self.meta.categories, 0.0), view="text"
            )
        idx, val = best_vec
        cz = self._cat_bias + (val @ self.cat_w[idx]).astype(np.float64)
        probs = 1.0 / (1.0 + np.exp(-np.clip(cz, -50.0, 50.0)))
        cats = {c: float(p) for c, p in zip(self.meta.categories, probs, strict=True)}
        return Scored(score=sigmoid(best_z), categories=cats, view=best_view)


_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")
_MIN_SENTENCE = 12


def sentence_windows(text: str) -> list[str]:
    """The distinct sentences of a multi-sentence text ([] for a single sentence, which the
    ordinary window already covers)."""
    parts = [p for p in _SENTENCE_END.split(text) if len(p) >= _MIN_SENTENCE]
    return list(dict.fromkeys(parts)) if len(parts) > 1 else []


def _load(default_stem: str, path: str | None, what: str) -> ModerationModel:
    stem = Path(path) if path else Path(str(files("tiergate").joinpath("data", default_stem)))
    if not stem.with_suffix(".json").exists():
        raise ConfigError(f"{what} not found at {stem}.json (run training/moderation)")
    return ModerationModel.load(stem)


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ModerationModel:
    """The shipped model (or one at ``path``, a stem without suffix); cached per process."""
    return _load(MODEL_STEM, path, "moderation model")


@lru_cache(maxsize=4)
def load_output_model(path: str | None = None) -> ModerationModel:
    """The shipped response head (or one at ``path``); cached per process."""
    return _load(OUTPUT_MODEL_STEM, path, "response head")


class ModerationParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Fraction of benign prompts allowed to be flagged; mapped to a threshold through the
    # calibration table shipped with the weights.
    target_fpr: float = Field(default=0.02, gt=0.0, lt=1.0)
    # Per-category action; categories not listed are blocked.
    actions: dict[str, ModerationAction] = Field(default_factory=dict)
    # Also score each sentence (see ModerationModel.windows): None = on for stage "output",
    # where long answers would dilute a harmful passage, off for "input".
    sentences: bool | None = None
    # An explicit score threshold overrides target_fpr.
    threshold: float | None = Field(default=None, gt=0.0, lt=1.0)
    model_path: str | None = None
    # Messages from these roles are not moderated: the application developer writes them
    # ("You are a helpful assistant..."), and persona instructions read like requests to an
    # n-gram model. The pipeline sets ``ctx.role`` per message.
    skip_roles: list[str] = Field(default_factory=lambda: ["system", "developer"])
    # Short requests to harm a named kind of target ("Can I blow up a cell tower?"), by rule
    # (tiergate.guards.ml.harm_rules), on stage input: the n-gram model misses them.
    rules: bool = True
    # On stage input, a short English follow-up that steers the last answer ("Scratch that,
    # make it a haiku instead.") is scored without its steering frame (tiergate.guards.ml.
    # steering): "make it" and "instead" stand mostly in harmful training rows, and the frame
    # alone blocked "make it a list instead" (0.99).
    steering: bool = True
    # On stage output, drop the answer's refusal sentences before scoring
    # (tiergate.guards.ml.refusals): "I can't help you make a pipe bomb" names the topic it
    # refuses, and every refusal scored above the output threshold.
    refusals: bool = True
    # On stage output, the response head (fitted on answers: compliance against refusals,
    # safety answers, fiction) reads the answer: harm score and category. Off: the request
    # model scores answers sentence by sentence.
    response_head: bool = True
    output_model_path: str | None = None

    @field_validator("actions")
    @classmethod
    def _known_categories(cls, v: dict[str, ModerationAction]) -> dict[str, ModerationAction]:
        unknown = sorted(set(v) - set(CATEGORY_NAMES))
        if unknown:
            raise ValueError(f"unknown hazard categories {unknown}; use S1..S14")
        return v


class ModerationScanner:
    name: ClassVar[str] = "moderation"
    Params: ClassVar[type[BaseModel]] = ModerationParams
    stages: ClassVar[frozenset[str]] = frozenset({"input", "output"})

    def __init__(self, params: BaseModel) -> None:
        p = (
            params
            if isinstance(params, ModerationParams)
            else ModerationParams.model_validate(params)
        )
        self.params = p
        self.model = load_model(p.model_path)
        self.output_model = load_output_model(p.output_model_path) if p.response_head else None
        self.threshold = self.threshold_for(sentences=False)

    def threshold_for(self, *, sentences: bool) -> float:
        return self._threshold(self.model.calibration(sentences=sentences))

    def output_threshold(self) -> float:
        """The response head's threshold (stage output)."""
        assert self.output_model is not None
        return self._threshold(self.output_model.meta.calibration)

    def _threshold(self, calibration: Calibration) -> float:
        """An explicit ``threshold`` wins; else ``target_fpr`` through ``calibration``."""
        if self.params.threshold is not None:
            return self.params.threshold
        return calibration.threshold_for(self.params.target_fpr)

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        if ctx.role in self.params.skip_roles:
            return Verdict(details={"skipped_role": ctx.role})
        if not text.strip():
            return Verdict()
        sentences, answer = self._reading(ctx)
        if answer and ctx.partial:
            # A fragment of a streamed answer: the head was fitted on whole answers and reads
            # fragments poorly (threshold 0.98 would still cut 1% of benign streams and catch
            # 21% of harmful ones); the stream's final scan judges the whole answer.
            return Verdict(details={"deferred": "whole answer (stream final scan)"})
        dropped = 0
        drop_refusals = self.params.refusals and ctx.stage == "output"
        if drop_refusals or answer:
            # The response head was fitted on answers without their courtesy sentences, so it
            # reads them that way whether or not refusal sentences are dropped.
            text, dropped = refusals.without_refusals(text, courtesy=answer, refusals=drop_refusals)
            if not text.strip():
                return Verdict(details={"refusal_sentences": dropped})
        # ~1-3 ms per kB; long texts have many windows: keep the event loop free for them.
        if len(text) > 4000:
            scored = await asyncio.to_thread(self._score, text, sentences, answer, ctx)
        else:
            scored = self._score(text, sentences, answer, ctx)
        if ctx.stage == "input":
            scored = self.beside_model(scored, text, sentences)
        verdict = self.verdict(scored, threshold=self.threshold_at(ctx))
        if dropped:
            verdict.details["refusal_sentences"] = dropped
        return verdict

    def read_input(self, text: str) -> Scored:
        """The reading of ``text`` as a user's message (stage input, no sentence windows): the
        model, then what the params turn on beside it."""
        return self.beside_model(self.model.score(text), text, sentences=False)

    def beside_model(self, scored: Scored, text: str, sentences: bool) -> Scored:
        """The model's reading of a stage-input ``text``, with the steering frame read apart
        and the harm rules applied, as the params say."""
        if self.params.steering:
            scored = self._without_steering(scored, text, sentences)
        if self.params.rules:
            scored = with_rule(scored, text)
        return scored

    def _without_steering(self, scored: Scored, text: str, sentences: bool) -> Scored:
        """The reading of what a steering follow-up asks for, when it is lower than the whole
        text's; else ``scored``."""
        part = steering.steered_part(text)
        if part is None:
            return scored
        rest = self.model.score(part, sentences=sentences)  # "" scores 0 (no window)
        if rest.score >= scored.score:
            return scored
        return rest.model_copy(update={"view": "steering"})

    def _reading(self, ctx: ScanContext) -> tuple[bool, bool]:
        """(sentence windows?, read by the response head?) for a text at ``ctx``'s stage."""
        sentences = self.params.sentences
        if sentences is None:
            sentences = ctx.stage == "output"
        return sentences, ctx.stage == "output" and self.output_model is not None

    def threshold_at(self, ctx: ScanContext) -> float:
        """The threshold a text at ``ctx``'s stage is judged against."""
        sentences, answer = self._reading(ctx)
        return self.output_threshold() if answer else self.threshold_for(sentences=sentences)

    def _score(self, text: str, sentences: bool, answer: bool, ctx: ScanContext) -> Scored:
        """The request model's reading, or for an answer the response head's (its own harm
        score and categories, 1000-char windows). The views are shared with the chain's other
        scanners (``ctx.memo``)."""
        read = ctx.memo(VIEWS_KEY, text, views)
        if answer:
            assert self.output_model is not None
            return self.output_model.score(text, read=read)
        return self.model.score(text, sentences=sentences, read=read)

    def verdict(self, scored: Scored, threshold: float | None = None) -> Verdict:
        t = self.threshold if threshold is None else threshold
        cats = category_scores(scored)
        details: dict[str, Any] = {
            "categories": {c: round(s, 4) for c, s in cats.items()},
            "threshold": round(t, 4),
            "view": scored.view,
        }
        score = min(1.0, max(0.0, scored.score))
        if score < t:
            return Verdict(score=score, details=details)
        flagged = [c for c, s in sorted(cats.items(), key=lambda kv: -kv[1]) if s >= t]
        details["flagged"] = flagged
        blocking = [c for c in flagged if self.params.actions.get(c, "block") == "block"]
        label = ", ".join(f"{c} {CATEGORY_NAMES[c]} ({cats[c]:.2f})" for c in flagged)
        if blocking:
            return Verdict(action="block", score=score, reason=label, details=details)
        return Verdict(score=score, reason=f"{label}; allowed by policy", details=details)


def with_rule(scored: Scored, text: str) -> Scored:
    """The model's reading, raised to ``harm_rules.RULE_SCORE`` in the rule's category when a
    harm rule fires and the model scored lower."""
    if scored.score >= harm_rules.RULE_SCORE:
        return scored  # the model is surer already; no need to run the rules
    category = harm_rules.match(text)
    if category is None:
        return scored
    cats = {c: (1.0 if c == category else 0.0) for c in scored.categories}
    return Scored(score=harm_rules.RULE_SCORE, categories=cats, view=f"rule:{category}")


def category_scores(scored: Scored) -> dict[str, float]:
    """Per-category harm score: the harm score shared out by relative category probability, so
    the top category carries the full harm score and a category scores high only when the text
    is both harmful and about it."""
    if not scored.categories:
        return {}
    top = max(scored.categories.values())
    if top <= 0.0:
        return dict.fromkeys(scored.categories, 0.0)
    return {c: scored.score * p / top for c, p in scored.categories.items()}
