"""API keys, tokens and private keys, by a curated set of recognizers (provider prefixes with
fixed shapes, plus ``password=``-style assignments whose value passes an entropy check).

A curated set rather than ``detect-secrets``: that library scans line by line without offsets,
its entropy plugins flag ordinary prose words when used ad hoc, and it pulls ``requests``.
"""

# The recognizer table reads best one pattern per line.
# ruff: noqa: E501

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tiergate.guards.base import Entity, ScanContext, Verdict
from tiergate.guards.scanners.regex import Span, apply, non_overlapping


@dataclass(frozen=True)
class Recognizer:
    type: str
    regex: re.Pattern[str]
    group: int = 0  # the capture group holding the secret (0 = whole match)
    score: float = 1.0
    entropy: bool = False  # the value must also pass the entropy check


# Token characters must not continue past the match. Lookarounds also stop at "[" / "]" (the
# edges of a neighbour's [REDACTED:...] token), so redacting twice changes nothing.
_TAIL = r"(?![A-Za-z0-9_\[-])"
_KEYWORDS = (
    r"password|passwd|pwd|passphrase|secret|client[_-]?secret|api[_-]?key|apikey|"
    r"access[_-]?key|secret[_-]?key|private[_-]?key|access[_-]?token|auth[_-]?token|token"
)
_PEM = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
_PEM_END = r"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"

# (type, pattern, secret group, score, entropy check)
_TABLE: list[tuple[str, str, int, float, bool]] = [
    # An unterminated block runs to the end: in a stream, the key body stays held back.
    ("private_key", rf"{_PEM}(?:[\s\S]*?{_PEM_END}|[\s\S]*\Z)", 0, 1.0, False),
    ("aws_access_key", r"(?<![A-Z0-9\]])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9\[])", 0, 1.0, False),
    ("aws_secret_key", r"(?i)aws.{0,20}?secret.{0,20}?[\s'\"=:]([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+\[])", 1, 1.0, False),
    ("github_token", r"(?<![A-Za-z0-9_\]])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_\w{60,255})(?![\w\[])", 0, 1.0, False),
    ("slack_token", r"(?<![A-Za-z0-9\]-])xox[abposr]-[A-Za-z0-9-]{10,250}" + _TAIL, 0, 1.0, False),
    ("slack_webhook", r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}", 0, 1.0, False),
    ("stripe_key", r"(?<![A-Za-z0-9_\]])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,247}(?![A-Za-z0-9\[])", 0, 1.0, False),
    # OpenAI / Anthropic style keys; the entropy check keeps "sk-learn-style-names" out.
    ("openai_key", r"(?<![A-Za-z0-9_\]-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,}" + _TAIL, 0, 1.0, True),
    ("google_api_key", r"(?<![A-Za-z0-9_\]-])AIza[0-9A-Za-z_-]{35}" + _TAIL, 0, 1.0, False),
    ("jwt", r"(?<![A-Za-z0-9_\]-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}" + _TAIL, 0, 1.0, False),
    # key = value; only the value is redacted, and only if it looks random (not prose).
    ("secret_assignment", rf"(?i)(?<![A-Za-z0-9\]])(?:{_KEYWORDS})[\"']?\s*(?::=|=>|[:=])\s*[\"']?(?!\[REDACTED)([^\s\"'`,;]{{8,200}})", 1, 0.8, True),
]  # fmt: skip
RECOGNIZERS = tuple(Recognizer(t, re.compile(p), g, sc, e) for t, p, g, sc, e in _TABLE)
TYPES = tuple(r.type for r in RECOGNIZERS)
# Template values people paste in examples; never secrets.
_PLACEHOLDER = re.compile(
    r"(?i)^(?:<.*>|\$\{?\w+\}?|\{\{.*\}\}|%\w+%|x+|\*+|\.+|your[_-].*|"
    r"changeme|example\w*|redacted|none|null|true|false|process\.env.*)$"
)


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


class SecretsParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["redact", "block"] = "redact"
    # Recognizer types to run (default all): see ``TYPES``.
    types: list[str] | None = None
    min_entropy: float = Field(default=3.0, ge=0.0, le=8.0)
    replacement: str = "[REDACTED:{type}]"

    @model_validator(mode="after")
    def _check(self) -> SecretsParams:
        unknown = sorted(set(self.types or ()) - set(TYPES))
        if unknown:
            raise ValueError(f"unknown secret types {unknown} (known: {', '.join(TYPES)})")
        for rec in RECOGNIZERS:
            # Redacting twice must not change the text again (streaming relies on it).
            if rec.regex.search(self.replacement.replace("{type}", rec.type)):
                raise ValueError(f"replacement looks like a {rec.type} itself")
        return self


class SecretsScanner:
    name: ClassVar[str] = "secrets"
    Params: ClassVar[type[BaseModel]] = SecretsParams
    stages: ClassVar[frozenset[str]] = frozenset({"input", "output", "document", "tool"})

    def __init__(self, params: BaseModel) -> None:
        assert isinstance(params, SecretsParams)
        self.p = params
        wanted = set(params.types) if params.types is not None else set(TYPES)
        self.recognizers = [r for r in RECOGNIZERS if r.type in wanted]
        self._marker = params.replacement.split("{type}")[0]

    def _value_ok(self, rec: Recognizer, value: str) -> bool:
        if not rec.entropy:
            return True
        if self._marker and self._marker in value:
            return False  # already redacted
        if _PLACEHOLDER.match(value) or not re.search(r"[^A-Za-z_-]", value):
            return False  # plain words are prose, not keys
        return entropy(value) >= self.p.min_entropy

    def find(self, text: str) -> list[Span]:
        spans = []
        for rec in self.recognizers:
            for m in rec.regex.finditer(text):
                value = m.group(rec.group)
                if self._value_ok(rec, value):
                    repl = self.p.replacement.replace("{type}", rec.type)
                    spans.append(
                        Span(m.start(rec.group), m.end(rec.group), rec.type, repl, rec.score)
                    )
        return non_overlapping(spans)

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        spans = self.find(text)
        if not spans:
            return Verdict()
        entities = [Entity(type=s.type, start=s.start, end=s.end, score=s.score) for s in spans]
        kinds = sorted({s.type for s in spans})
        reason = f"secret detected: {', '.join(kinds)}"
        score = max(s.score for s in spans)
        if self.p.action == "block":
            return Verdict(action="block", score=score, reason=reason, entities=entities)
        return Verdict(action="redact", score=score, text=apply(text, spans), reason=reason,
                       entities=entities)  # fmt: skip
