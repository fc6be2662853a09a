"""Deterministic rules declared in the policy: a regular expression or a literal deny-list of
words, each with its own action (block or redact). Compiled once, when the policy loads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from tiergate.guards.base import Entity, ScanContext, Verdict

# -- spans (shared with the secrets scanner) ----------------------------------------------


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    replacement: str
    score: float = 1.0


def non_overlapping(spans: list[Span]) -> list[Span]:
    """Overlapping spans merge into their union, named after the one starting first (then the
    longest): no part of a finding survives redaction, and the result is the same whatever order
    the recognizers ran in."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.type)):
        if out and span.start < out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, span.end), last.type, last.replacement,
                           max(last.score, span.score))  # fmt: skip
            continue
        out.append(span)
    return out


def apply(text: str, spans: list[Span]) -> str:
    """Replace non-overlapping spans (sorted by start) in one pass."""
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(span.replacement)
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


# -- rules --------------------------------------------------------------------------------

_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, pattern=r"^[\w.-]+$")
    pattern: str | None = None
    # Literal words or phrases, matched whole-word (and case-insensitively with flag "i").
    words: list[str] | None = None
    flags: list[Literal["i", "m", "s", "x"]] = Field(default_factory=list)
    action: Literal["block", "redact"] = "block"
    replacement: str | None = None  # default: [REDACTED:<name>]
    stages: list[Literal["input", "output", "document", "tool"]] | None = None
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    _compiled: re.Pattern[str] = PrivateAttr()

    @model_validator(mode="after")
    def _compile(self) -> Rule:
        if (self.pattern is None) == (self.words is None):
            raise ValueError("give exactly one of 'pattern' or 'words'")
        if self.words is not None:
            if not self.words or not all(w.strip() for w in self.words):
                raise ValueError("'words' must be a non-empty list of non-empty strings")
            alts = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
            # Whole words; "[" / "]" count as word edges of a neighbour's [REDACTED:...] token
            # so that redacting twice changes nothing.
            source = rf"(?<![\w\]])(?:{alts})(?![\w\[])"
        else:
            source = self.pattern or ""
        flags = 0
        for f in self.flags:
            flags |= _FLAGS[f]
        try:
            self._compiled = re.compile(source, flags)
        except re.error as exc:
            raise ValueError(f"invalid pattern: {exc}") from None
        if self._compiled.search("") is not None:
            raise ValueError("pattern matches the empty string")
        if self.action == "redact" and self._compiled.search(self.redaction) is not None:
            # Otherwise redacting twice would change the text again (and streaming relies on
            # redaction being idempotent).
            raise ValueError("replacement matches the rule itself; redaction must be idempotent")
        return self

    @property
    def redaction(self) -> str:
        return self.replacement if self.replacement is not None else f"[REDACTED:{self.name}]"

    @property
    def regex(self) -> re.Pattern[str]:
        return self._compiled


class RegexParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> RegexParams:
        names = [r.name for r in self.rules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate rule names: {', '.join(dupes)}")
        return self


class RegexScanner:
    name: ClassVar[str] = "regex"
    Params: ClassVar[type[BaseModel]] = RegexParams
    stages: ClassVar[frozenset[str]] = frozenset({"input", "output", "document", "tool"})

    def __init__(self, params: BaseModel) -> None:
        assert isinstance(params, RegexParams)
        self.rules = params.rules

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        blocked: list[str] = []
        redacted: list[str] = []
        spans: list[Span] = []
        entities: list[Entity] = []
        score = 0.0
        for rule in self.rules:
            if rule.stages is not None and ctx.stage not in rule.stages:
                continue
            hits = [m for m in rule.regex.finditer(text) if m.end() > m.start()]
            if not hits:
                continue
            score = max(score, rule.score)
            entities += [Entity(type=rule.name, start=m.start(), end=m.end(), score=rule.score)
                         for m in hits]  # fmt: skip
            if rule.action == "block":
                blocked.append(rule.name)
            else:
                redacted.append(rule.name)
                spans += [Span(m.start(), m.end(), rule.name, rule.redaction) for m in hits]
        if blocked:
            reason = "; ".join(f"rule {n} matched" for n in blocked)
            return Verdict(action="block", score=score, reason=reason, entities=entities)
        if redacted:
            reason = "; ".join(f"rule {n} matched" for n in redacted)
            new = apply(text, non_overlapping(spans))
            return Verdict(action="redact", score=score, text=new, reason=reason,
                           entities=entities)  # fmt: skip
        return Verdict()
