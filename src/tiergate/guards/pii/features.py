"""Tokens and CRF features for the PERSON / LOCATION / ORGANIZATION tagger (shared by training and
inference, so the two cannot drift).

A token's own features and the prefixed copies its neighbours see depend on the token string
alone, so they are computed once per distinct string and cached; a position only adds a few
context features (sentence start, line start, multi-word place, bigrams).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from tiergate.guards.pii import names

# Placeholders the scanner itself writes (<PERSON_1>, <EMAIL_ADDRESS>) come first so a second
# pass sees one opaque token, then URLs and e-mails (left to the regex recognizers), @handles and
# #tags, dotted acronyms (U.S.), words with inner apostrophes / hyphens / ampersands (a possessive
# 's stays outside, so "Maria's" masks as "<PERSON_1>'s"), and single symbols.
TOKEN = re.compile(
    r"<[A-Za-z][A-Za-z_]*(?:[_-]?\d+)?>"
    r"|https?://\S+|www\.\S+"
    r"|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
    r"|[@#]\w+"
    r"|(?:[A-Za-z]\.){2,}"
    r"|\w+(?:(?:['\u2019](?![sS]\b)|[&-])\w+)*"
    r"|[^\w\s]"
)
_SENT_END = frozenset(".!?:;\"'()[]|-\u2013\u2014\u2022*>")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_OFFSETS = (-2, -1, 1, 2)
_CLUSTER_SIZES = ("32", "128", "512")
# Neighbours at +-1 also expose their shape, gazetteer and case flags; +-2 only their word.
_NEAR_FLAGS = frozenset(
    {"T", "U", "L", "AT", "HT", "gFN", "gAMB", "gPL", "gSP", "gSTOP", "gORG", "gCW", "gTECH", "PH"}
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class WordFeatures:
    own: tuple[str, ...]
    seen_as: dict[int, tuple[str, ...]]  # offset -> features a neighbour at that offset adds
    alpha: bool
    placeholder: bool


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def shape(word: str) -> str:
    """Character classes with runs collapsed: "McDonald" -> "XxXx", "A-10" -> "X-d"."""
    out: list[str] = []
    for ch in word[:24]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _gazetteer_flags(word: str, prefix: str = "g") -> list[str]:
    flags: list[str] = []
    forms = {word, _title(word)}
    if not word.isascii():
        forms |= {names.fold(form) for form in forms}
    first, ambiguous, places = names.first_names(), names.ambiguous_names(), names.places()
    if forms & ambiguous:
        flags.append(prefix + "AMB")
    elif forms & first:
        flags.append(prefix + "FN")
    if forms & places:
        flags.append(prefix + "PL")
    elif forms & names.small_places():
        flags.append(prefix + "SP")
    if forms & names.STOP_CAPS:
        flags.append(prefix + "STOP")
    if forms & names.ORG_SUFFIXES:
        flags.append(prefix + "ORG")
    if word.lower() in names.common_words():
        flags.append(prefix + "CW")
    if word.lower() in names.tech_terms():
        flags.append(prefix + "TECH")
    return flags


def _cluster_flags(word: str) -> list[str]:
    ids = names.word_clusters().get(word.lower())
    if ids is None:
        return ["cOOV"]
    return [f"c{k}={i}" for k, i in zip(_CLUSTER_SIZES, ids, strict=True)]


def _body_flags(body: str) -> list[str]:
    """@DavidSpeers, #NewDelhi, @nytimes: the parts of a handle or tag, as far as case shows."""
    parts = [p for p in _CAMEL.findall(body.replace("_", " ")) if p]
    flags = [f"bsh={shape(body)}"]
    if len(parts) > 1:
        flags.append("bMULTI")
        flags += _gazetteer_flags(parts[0], "b0")
        if _title(" ".join(parts)) in names.places() or " ".join(parts) in names.places():
            flags.append("bPL")
    flags += _gazetteer_flags(body, "b")
    return flags


def _len_bucket(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3" if n == 3 else "4-6" if n <= 6 else "7+"


def _near(flag: str) -> bool:
    return flag in _NEAR_FLAGS or flag.startswith(("c32=", "cOOV"))


@lru_cache(maxsize=1 << 16)
def word_features(word: str) -> WordFeatures:
    lower = word.lower()
    placeholder = word.startswith("<") and word.endswith(">") and len(word) > 2
    # Every placeholder looks the same, "<PERSON>" or "<EMAIL_ADDRESS_3>": the engine masks with
    # one form and the scanner writes the other, and both must read alike.
    sh = "<ph>" if placeholder else shape(word)
    flags: list[str] = []
    if placeholder:
        flags.append("PH")
    elif word.startswith(("http://", "https://", "www.")):
        flags.append("URL")
    elif "@" in word[1:]:
        flags.append("EM")
    elif word[0] in "@#":
        flags.append("AT" if word[0] == "@" else "HT")
        flags += _body_flags(word[1:])
    else:
        if word.istitle():
            flags.append("T")
        if word.isupper() and len(word) > 1:
            flags.append("U")
        if word.islower():
            flags.append("L")
        if any(ch.isdigit() for ch in word):
            flags.append("AD" if word.isdigit() else "D")
        if not word[0].isalnum():
            flags.append("P")
        if "-" in word:
            flags.append("HY")
        if "'" in word or "\u2019" in word:
            flags.append("AP")
        flags += _gazetteer_flags(word)
        if word[:1].isalpha():
            flags += _cluster_flags(word)
    is_special = placeholder or "URL" in flags or "EM" in flags
    w = "<ph>" if placeholder else "<url>" if is_special else lower[:30]
    size = "ph" if placeholder else _len_bucket(len(word))
    own = [f"w={w}", f"sh={sh[:12]}", f"len={size}", *flags]
    if not is_special and len(lower) > 2:
        core = lower.lstrip("@#")
        own += [f"p3={core[:3]}", f"s3={core[-3:]}"]
        if len(core) > 4:
            own.append(f"s4={core[-4:]}")
    seen_as: dict[int, tuple[str, ...]] = {}
    for off in _OFFSETS:
        near = [f"{off}:w={w}"]
        if abs(off) == 1:
            near += [f"{off}:sh={sh[:12]}", *(f"{off}:{f}" for f in flags if _near(f))]
        seen_as[off] = tuple(near)
    return WordFeatures(tuple(own), seen_as, word[:1].isalpha(), placeholder)


@cache
def _organisations() -> dict[str, dict[int, set[str]]]:
    """First token (lower case) -> token count -> the names of that length it starts, as
    lower-case tokens joined by spaces: names are tokenised as text is, so "Procter & Gamble" and
    "AT&T" match. Longest lengths first."""
    out: dict[str, dict[int, set[str]]] = {}
    for name in names.organisations():
        toks = [t.text.lower() for t in tokenize(name)]
        if toks:
            out.setdefault(toks[0], {}).setdefault(len(toks), set()).add(" ".join(toks))
    return {k: dict(sorted(v.items(), reverse=True)) for k, v in out.items()}


def _org_marks(tokens: list[Token]) -> list[str]:
    """oB / oI over a known organisation's tokens (oS for one word); an ``l`` suffix when the text
    does not have the listed capitals ("bbc", "apple"), which is weaker evidence."""
    orgs = _organisations()
    lower = [t.text.lower() for t in tokens]
    n, marks, i = len(tokens), [""] * len(tokens), 0
    while i < n:
        match = next(
            (k for k, known in orgs.get(lower[i], {}).items()
             if i + k <= n and " ".join(lower[i : i + k]) in known),
            0,
        )  # fmt: skip
        if not match:
            i += 1
            continue
        words = tokens[i : i + match]
        suffix = "" if _spaced(words) in names.organisations() else "l"
        if match == 1:
            marks[i] = "oS" + suffix
        else:
            marks[i : i + match] = ["oB" + suffix] + ["oI" + suffix] * (match - 1)
        i += match
    return marks


def _spaced(words: list[Token]) -> str:
    """A name as written in the text, spacing included ("AT&T", "Procter & Gamble")."""
    out = words[0].text
    for prev, tok in pairwise(words):
        out += " " * (tok.start > prev.end) + tok.text
    return out


def sequence_features(text: str, tokens: list[Token]) -> list[list[str]]:
    """One feature list per token."""
    words = [word_features(t.text) for t in tokens]
    places = names.places()
    n = len(tokens)
    in_place = [""] * n
    for i in range(n - 1):
        # Multi-word places ("New York", "costa rica") only show as a phrase.
        if words[i].alpha and words[i + 1].alpha:
            phrase = f"{_title(tokens[i].text)} {_title(tokens[i + 1].text)}"
            if phrase in places:
                in_place[i], in_place[i + 1] = "pB", "pI"
            elif phrase in names.small_places():
                in_place[i], in_place[i + 1] = "qB", "qI"
    orgs = _org_marks(tokens)
    out: list[list[str]] = []
    for i, (tok, wf) in enumerate(zip(tokens, words, strict=True)):
        feats = ["bias", *wf.own]
        if i == 0:
            feats.append("BOS")
        else:
            prev = tokens[i - 1]
            if prev.text in _SENT_END:
                feats.append("AFTER_PUNCT")
            if "\n" in text[prev.end : tok.start]:
                feats.append("BOL")
        if i == n - 1:
            feats.append("EOS")
        if in_place[i]:
            feats.append(in_place[i])
        if orgs[i]:
            feats.append(orgs[i])
        for off in _OFFSETS:
            j = i + off
            if 0 <= j < n:
                feats += words[j].seen_as[off]
        out.append(feats)
    return out
