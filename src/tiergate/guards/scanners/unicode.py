"""Invisible characters (zero-width, bidi controls, tag characters used to smuggle hidden
instructions) and homoglyph words that mix scripts (Latin + Cyrillic/Greek look-alikes).

Put it first in a chain: it normalises the text the later scanners see.
"""

from __future__ import annotations

import re
import unicodedata
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from tiergate.guards.base import Entity, ScanContext, Verdict

_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
_TAG = range(0xE0000, 0xE0080)
_JOINERS = "\u200c\u200d"  # legitimate in emoji sequences and Indic/Persian scripts
_WORD = re.compile(r"\w{2,}")
# Scripts whose letters are commonly swapped for Latin look-alikes.
_SPOOF_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE"})
# Cyrillic / Greek letters that render like Latin ones (a subset of Unicode confusables).
_TO_LATIN = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕԁԛԝІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοκνρτυχ",
    "ABEKMHOPCTXaeopcyxijsdqwIJSABEZHIKMNOPTYXaoKvptux",
)


def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else None


def _visible_non_ascii(ch: str) -> bool:
    return not ch.isascii() and _INVISIBLE.match(ch) is None


def _allowed(text: str, i: int) -> bool:
    """Joiners between two non-ASCII characters (emoji, Indic scripts) and the tag sequence of a
    subdivision flag (U+1F3F4 + tags + U+E007F) are legitimate."""
    ch = text[i]
    if ch in _JOINERS:
        return (
            0 < i < len(text) - 1
            and _visible_non_ascii(text[i - 1])
            and _visible_non_ascii(text[i + 1])
        )
    if ord(ch) in _TAG:
        j = i
        while j > 0 and ord(text[j - 1]) in _TAG:
            j -= 1
        return j > 0 and text[j - 1] == "\U0001f3f4" and i - j < 8
    return False


class UnicodeParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    invisible: Literal["strip", "block", "allow"] = "strip"
    # normalize: rewrite look-alike letters to Latin; flag: report (score) but allow.
    mixed_scripts: Literal["normalize", "block", "flag", "allow"] = "flag"
    allow_words: list[str] = Field(default_factory=list, description="never flag these words")


class UnicodeScanner:
    name: ClassVar[str] = "unicode"
    Params: ClassVar[type[BaseModel]] = UnicodeParams
    stages: ClassVar[frozenset[str]] = frozenset({"input", "output", "document", "tool"})

    def __init__(self, params: BaseModel) -> None:
        assert isinstance(params, UnicodeParams)
        self.p = params
        self.allow_words = {w.casefold() for w in params.allow_words}

    def _mixed(self, text: str) -> list[re.Match[str]]:
        if text.isascii():  # one script only: the common case, and the per-letter lookup is slow
            return []
        out = []
        for m in _WORD.finditer(text):
            word = m.group()
            if word.isascii():
                continue
            scripts = {_script(c) for c in word} - {None}
            if len(scripts & _SPOOF_SCRIPTS) > 1 and word.casefold() not in self.allow_words:
                out.append(m)
        return out

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        hidden = [m.start() for m in _INVISIBLE.finditer(text) if not _allowed(text, m.start())]
        mixed = self._mixed(text) if self.p.mixed_scripts != "allow" else []
        if self.p.invisible == "allow":
            hidden = []
        if not hidden and not mixed:
            return Verdict()
        entities = [Entity(type="invisible", start=i, end=i + 1) for i in hidden]
        entities += [Entity(type="mixed_script", start=m.start(), end=m.end(), score=0.6)
                     for m in mixed]  # fmt: skip
        reasons, details = [], {}
        if hidden:
            reasons.append(f"{len(hidden)} invisible character(s)")
            tags = "".join(chr(ord(text[i]) - 0xE0000) for i in hidden if ord(text[i]) in _TAG)
            if tags:
                details["hidden_tag_text"] = tags[:200]
        if mixed:
            reasons.append(f"{len(mixed)} word(s) mixing scripts")
        score = 1.0 if hidden else 0.6
        block = (hidden and self.p.invisible == "block") or (
            mixed and self.p.mixed_scripts == "block"
        )
        verdict = Verdict(score=score, reason="; ".join(reasons), entities=entities,
                          details=details)  # fmt: skip
        if block:
            return verdict.model_copy(update={"action": "block"})
        new = self._rewrite(text, set(hidden), mixed)
        if new != text:
            return verdict.model_copy(update={"action": "redact", "text": new})
        return verdict

    def _rewrite(self, text: str, hidden: set[int], mixed: list[re.Match[str]]) -> str:
        if self.p.mixed_scripts == "normalize":
            chars = list(text)
            for m in mixed:
                latin = sum(_script(c) == "LATIN" for c in m.group())
                if latin * 2 <= len(m.group()):
                    continue  # mostly non-Latin: a Latin letter slipped in; leave it
                for i in range(m.start(), m.end()):
                    chars[i] = chars[i].translate(_TO_LATIN)
            text = "".join(chars)
        if self.p.invisible == "strip":
            text = "".join(c for i, c in enumerate(text) if i not in hidden)
        return text
