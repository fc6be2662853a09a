"""Text normalisation and deobfuscation views.

Attackers hide instructions from literal matchers (zero-width characters, Unicode tag characters,
homoglyphs, leetspeak, s p a c e d letters, and the encodings of :mod:`.decoders`). Rather than
guess which trick was used, :func:`views` returns every plausible reading of a text; a
classifier scores each view and keeps the maximum, so a decoding that does not apply costs
recall nothing.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from tiergate.guards.ml.decoders import readings

# Zero-width and formatting characters that render as nothing (soft hyphen, ZW space/joiners,
# bidi marks and overrides, word joiner, invisible operators, BOM, Mongolian vowel separator).
_INVISIBLE = dict.fromkeys(
    [
        *(0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0),
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
        *range(0xFE00, 0xFE10),
    ]
)
_TAG_LO, _TAG_HI = 0xE0000, 0xE007F
# Per-character Python loops cost ~0.2 ms per kB on every view of every prompt; regexes do the
# same in C.
_TAG_RE = re.compile(f"[{chr(_TAG_LO)}-{chr(_TAG_HI)}]")
_TAG_ASCII_RE = re.compile(f"[{chr(0xE0020)}-{chr(0xE007E)}]")

# Look-alikes that NFKC leaves alone: Cyrillic, Greek and a few others that render like Latin.
_CONFUSABLES = str.maketrans(
    "авеёкмнорстухѕіїјԁԛԝһɡɑοαεικνρτυχϲℓıАВЕКМНОРСТХЅІЈΑΒΕΖΗΙΚΜΝΟΡΤΥΧⅠⅼ",
    "abeekmhopctyxsiijdqwhgaoaeikvptuxcliabekmhopctxsijabezhikmnoptyxil",
)
_LEET = str.maketrans("01345789@$!|+€", "oieastbgasilte")
_LATIN_RE = re.compile(r"[a-zA-Z]")
_WS_RE = re.compile(r"\s+")
# A token mixing letters with leet digits/symbols, e.g. "1gn0r3", "pr0mpt", "$y$tem". Whole runs
# are matched and tested in Python: the same tokens as two lookaheads, which rescanned the rest
# of a run at every position of it (a 40 kB base64 blob took 10 s).
# Only runs that hold a leet character can change, so the pattern skips the others in C (a
# Python call per word was half of the views' time): the look-behind pins each match to the
# start of its run, so a run is scanned once.
_LEET_RUN_RE = re.compile(r"(?<![\w@$!|+€])[\w@$!|+€]*[013457@$!|+€][\w@$!|+€]*")
_LOWER_RE = re.compile(r"[a-z]")
_LEET_CHAR_RE = re.compile(r"[013457@$!|+€]")
# Tokens that only look like leet: identifiers and versions ("user123", "base64", "python311"),
# and numbers with a unit or ordinal ("1950s", "5th", "20mg", "10am").
_NOT_LEET_RE = re.compile(
    r"[a-z]+\d{2,}|\d+(?:s|st|nd|rd|th|am|pm|k|m|km|kg|mg|ml|gb|mb|kb|px|ms|x|d|h|min)"
)
_SPACED_RE = re.compile(r"\b(?:\w[ .\-_*]){3,}\w\b")
# A link: a whitespace-free token that opens (after any brackets or quotes) with a scheme,
# "www." or a host name and a path ("bit.ly/3xyz9qa"). Matched at each token's start only: a
# search over the text backtracked quadratically on "a-a-a-..." floods.
_TOKEN_RE = re.compile(r"\S+")
_LINK_HINT_RE = re.compile(r"/|www\.", re.IGNORECASE)  # what every link holds
_LINK_START_RE = re.compile(
    r"[^\w\s]*(?:[a-z][a-z0-9+.-]*://|www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/)", re.IGNORECASE
)


# The ScanContext.memo key under which a chain's scanners share a text's views.
VIEWS_KEY = "views"


class View(NamedTuple):
    """One reading of a text: ``name`` says which deobfuscation produced it."""

    name: str
    text: str


# Scripts written without spaces between words (Thai, kana, CJK ideographs; Hangul particles
# attach to a word too). Python's \w matches their letters, so a pattern's "not inside a word"
# boundary fails on "手机号是13800138000" or "メールはtanaka@example.co.jpです": the PII and
# secrets patterns missed every address, number, ID and key written against such a letter.
# Their letters, as character-class ranges (the PII name rules read them too).
THAI = "\u0e00-\u0e7f"
HIRAGANA = "\u3040-\u309f"
KATAKANA = "\u30a0-\u30ff"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs, compatibility ones too
HANGUL = "\uac00-\ud7af"
UNSPACED = re.compile(f"[{THAI}{HIRAGANA}{KATAKANA}{HAN}{HANGUL}\uff66-\uff9f]")


# Full-width ASCII (U+FF01-U+FF5E: a phone number typed in full-width digits), one for one.
_FULL_WIDTH = str.maketrans({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})


def spaced_shape(text: str) -> str:
    """``text`` with the letters of :data:`UNSPACED` scripts as spaces and full-width ASCII as
    ASCII: the same length, so a pattern's offsets in it are offsets in ``text``."""
    if text.isascii():
        return text
    return UNSPACED.sub(" ", text.translate(_FULL_WIDTH))


def strip_invisible(text: str) -> str:
    """Drop characters that render as nothing, including Unicode tag characters."""
    return _TAG_RE.sub("", text.translate(_INVISIBLE))


def decode_tag_chars(text: str) -> str:
    """ASCII smuggled as Unicode tag characters (U+E0020..U+E007E), or "" when there is none."""
    return "".join(chr(ord(ch) - _TAG_LO) for ch in _TAG_ASCII_RE.findall(text))


def fold_confusables(text: str) -> str:
    """Map Cyrillic/Greek look-alikes to Latin inside words that also hold Latin letters, and
    everywhere when the text is mostly Latin (so genuine Russian or Greek text is left intact)."""
    if text.isascii():
        return text  # every confusable is outside ASCII
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ch.isascii())
    if letters and latin / len(letters) >= 0.5:
        return text.translate(_CONFUSABLES)
    return re.sub(
        r"\w+",
        lambda m: (
            m.group(0).translate(_CONFUSABLES) if _LATIN_RE.search(m.group(0)) else m.group(0)
        ),
        text,
    )


def normalize(text: str) -> str:
    """Canonical form every view shares: NFKC (full-width, math letters), no invisible
    characters, homoglyphs folded, lower case, whitespace collapsed."""
    out = unicodedata.normalize("NFKC", strip_invisible(text))
    out = fold_confusables(out).lower()
    return _WS_RE.sub(" ", out).strip()


# French typography puts a space before ? ! : ; and inside guillemets ("Quel est le prix du
# billet ?"); NFKC has already turned its narrow no-break space into a plain one. The few
# French attacks in the training data wrote " ?" and its everyday questions did not, so
# injection v29 scored that space: "Quel est le prix du billet ?" 0.98, without it 0.28.
_PUNCT_SPACE_RE = re.compile(r" (?=[?!:;»])|(?<=«) ")


def tighten_punctuation(text: str) -> str:
    """``text`` without the spaces French typography puts before ``? ! : ;`` and inside
    guillemets, so a question reads the same in either convention."""
    return _PUNCT_SPACE_RE.sub("", text)


def unleet(text: str) -> str:
    """Fold leetspeak inside tokens that mix letters with digits/symbols; leave numbers and
    links alone."""
    if not _LINK_HINT_RE.search(text):
        return _LEET_RUN_RE.sub(_unleet_token, text)
    # A link's path is an identifier: folded, "http://t.co/4s1cgmbkag" read as words, and
    # injection v34 blocked a bare short link (0.67) and 5% of the tweets that carried one.
    out, last = [], 0
    for m in _TOKEN_RE.finditer(text):
        if _LINK_START_RE.match(m.group(0)):
            out += [_LEET_RUN_RE.sub(_unleet_token, text[last : m.start()]), m.group(0)]
            last = m.end()
    out.append(_LEET_RUN_RE.sub(_unleet_token, text[last:]))
    return "".join(out)


def _unleet_token(m: re.Match[str]) -> str:
    token = m.group(0)
    if len(token) < 3:
        return token
    # Trailing "!" / "+" are punctuation ("help!", "c++"), not leet: without this, any text
    # with an exclamation mark got a second, "leetspeak" view, doubling the scoring work.
    core = token.rstrip("!+")
    tail = token[len(core) :]
    if _NOT_LEET_RE.fullmatch(core):
        return token
    if _LOWER_RE.search(core) and _LEET_CHAR_RE.search(core):
        return core.translate(_LEET) + tail
    return token


def unspace(text: str) -> str:
    """Join letters spelled out with separators ("i g n o r e" -> "ignore")."""
    return _SPACED_RE.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), text)


def views(text: str) -> list[View]:
    """Every reading of ``text`` worth scoring. The first is the canonical one: the text, or
    where most of it is encoded, its decoding (see :mod:`tiergate.guards.ml.decoders`)."""
    found = readings(text)
    name, first = next(((n, r.text) for n, r in found if r.explains), ("text", text))
    base = normalize(first)
    out = [View(name, base)]
    seen = {base}

    def add(name: str, candidate: str) -> None:
        candidate = normalize(candidate)
        if candidate and candidate not in seen:
            seen.add(candidate)
            out.append(View(name, candidate))

    add("tag-chars", decode_tag_chars(text))
    add("leetspeak", unspace(unleet(base)))
    for name, reading in found:
        add(name, reading.text)
    return out


def chunks(text: str, size: int, overlap: int) -> list[str]:
    """Overlapping windows covering all of ``text`` (never truncates); breaks at whitespace near
    the window edge so words are not cut in half."""
    return [text[a:b] for a, b in chunk_spans(text, size, overlap)]


def chunk_spans(text: str, size: int, overlap: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of :func:`chunks`' windows."""
    if size <= 0 or overlap < 0 or overlap >= size:
        raise ValueError("need size > overlap >= 0")
    if len(text) <= size:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind(" ", start + size - overlap // 2, end)
            end = cut if cut > start else end
        out.append((start, end))
        if end >= len(text):
            break
        start = max(end - overlap, start + 1)
    return out
