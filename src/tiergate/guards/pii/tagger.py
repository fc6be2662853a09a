"""Trained PERSON / LOCATION / ORGANIZATION tagger: a linear-chain CRF (python-crfsuite) over the
features in ``features.py``, shipped as ``tiergate/data/pii-tagger-v1.crfsuite`` with a JSON of
metadata (decoding threshold, training provenance). Built by ``training/pii/train_tagger.py``.

Decoding is biased toward recall (F2 weighs a missed name four times a false alarm): a token
starts a span when the CRF's marginal probability of any entity label there reaches the
threshold chosen by cross-validation on the train split, not only when Viterbi says so. The span
score is rescaled so that the threshold maps to 0.5, the scanner's default ``score_threshold``.
"""

from __future__ import annotations

import importlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from tiergate.errors import ConfigError
from tiergate.guards.pii import language, names
from tiergate.guards.pii.features import Token, sequence_features, tokenize
from tiergate.guards.pii.recognizers import Match

MODEL_FILE = "pii-tagger-v1.crfsuite"
META_FILE = "pii-tagger-v1.json"
KINDS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
LABELS = ("O", *(f"{p}-{k}" for k in KINDS for p in ("B", "I")))


@dataclass(frozen=True, slots=True)
class Tagged:
    """A decoded span in token positions: tokens[first:last + 1]."""

    kind: str
    first: int
    last: int
    prob: float


class Tagger:
    def __init__(self, model: Path, threshold: float) -> None:
        crf = importlib.import_module("pycrfsuite")
        self._tagger: Any = crf.Tagger()
        self._tagger.open(str(model))
        self._lock = threading.Lock()  # a crfsuite tagger holds the sequence it was given
        self.threshold = threshold

    def find(
        self,
        text: str,
        types: frozenset[str],
        *,
        tokens: list[Token] | None = None,
        lang: str | None = None,
    ) -> list[Match]:
        """Names in ``text``; ``tokens`` (``tokenize(text)``) and ``lang`` (their
        ``language.detect``) when the caller has them already."""
        tokens = tokenize(text) if tokens is None else tokens
        if not tokens:
            return []
        t = self.threshold
        if lang is None:
            lang = language.detect([tok.text for tok in tokens])
        foreign = lang not in (language.ENGLISH, "", *language.NON_LATIN)
        out: list[Match] = []
        xseq = sequence_features(text, tokens)
        for s in self.decode(xseq):
            # A name neither starts nor ends on punctuation (". Then", "750 &&").
            first, last = _trim(tokens, s.first, s.last, _wordlike)
            if foreign:
                first, last = _trim(tokens, first, last, _capitalised)
            if first > last or KINDS[s.kind] not in types:
                continue
            if first == last and s.kind != "ORG" and _never_a_name(tokens[first].text):
                continue
            if first == last and _label_of_field(tokens, first):
                continue
            if _product([tok.text for tok in tokens[first : last + 1]]):
                continue
            score = round(min(1.0, 0.5 + 0.5 * (s.prob - t) / (1.0 - t)), 4)
            if foreign and s.kind != "ORG" and _unsure(xseq, tokens, first, last, score):
                continue
            out.append(Match(KINDS[s.kind], tokens[first].start, tokens[last].end, score))
        return out

    def decode(self, xseq: list[list[str]], threshold: float | None = None) -> list[Tagged]:
        """Spans whose entity marginal reaches ``threshold`` (default: the shipped one)."""
        with self._lock:
            self._tagger.set(xseq)
            t = self.threshold if threshold is None else threshold
            return _spans(self._tagger, len(xseq), xseq, t)

    def marginals(self, xseq: list[list[str]]) -> list[dict[str, float]]:
        with self._lock:
            self._tagger.set(xseq)
            return [{y: self._tagger.marginal(y, i) for y in LABELS} for i in range(len(xseq))]


# Outside English, capitals and unseen words are weak evidence of a name: German capitalises
# every noun ("Wie baue ich eine Bombe aus Dünger?" gave two PERSONs), every language capitalises
# the first word of a sentence ("Domani", "Evde"), and to a tagger that learnt from English tweets
# the ordinary words read like the lower-case names of tweets ("andiamo al mare con Giulia" was
# one PERSON). There a person or place must be capitalised, and one that no gazetteer knows needs
# a confident tagger and must not be a lone sentence-initial word.
FOREIGN_UNSURE = 0.8


# The features ``sequence_features`` gives a token that opens a sentence or a line.
_STARTS = frozenset(("BOS", "AFTER_PUNCT", "BOL"))


def _unsure(
    xseq: list[list[str]], tokens: list[Token], first: int, last: int, score: float
) -> bool:
    if any(_listed(tok.text) for tok in tokens[first : last + 1]):
        return False
    return score < FOREIGN_UNSURE or (first == last and not _STARTS.isdisjoint(xseq[first]))


def _capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit() or token[:1] in "@#"


def _trim(
    tokens: list[Token], first: int, last: int, keep: Callable[[str], bool]
) -> tuple[int, int]:
    """Shrink tokens[first:last + 1] from both ends to tokens that ``keep`` accepts."""
    while first <= last and not keep(tokens[first].text):
        first += 1
    while last >= first and not keep(tokens[last].text):
        last -= 1
    return first, last


def _first_name(word: str) -> bool:
    return names.is_first_name(word) or not names.title_forms(word).isdisjoint(
        names.ambiguous_names()
    )


def _listed(word: str) -> bool:
    return _first_name(word) or word[:1].upper() + word[1:].lower() in names.places()


def _never_a_name(word: str) -> bool:
    """A product, language, drug or form field label on its own ("Python", "Xanax", "Konto") is
    never a person or place. The CRF sees technology words as a feature, but one word of context
    ("I love X") can outvote it. Words that are also first names ("Julia", "Ruby") are left to
    the model."""
    lower = word.lower()
    lists = (names.tech_terms(), names.products(), names.field_labels())
    return any(lower in words for words in lists) and not _first_name(word)


def _label_of_field(tokens: list[Token], i: int) -> bool:
    """A form field's label before its value ("Tel. 030 1234567", "Fax: ..."), which the tagger
    can read as an organisation in a letterhead."""
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return nxt in (".", ":") and tokens[i].text.lower() in names.field_labels()


# Trailing words that name a model of a product line ("Galaxy S23 Ultra", "PlayStation 5",
# "MacBook Air"); the product list holds the line itself.
_MODEL_WORDS = frozenset("pro max ultra plus mini lite air se fe xl x neo series".split())  # noqa: SIM905


def _product(words: list[str]) -> bool:
    """A product line, maybe with a model after it: "Pixel 7" read as an ORGANIZATION, "Photoshop"
    as a PERSON. People name products in chat all the time, and they identify no one."""
    while len(words) > 1 and (_has_digit(words[-1]) or words[-1].lower() in _MODEL_WORDS):
        words = words[:-1]
    return " ".join(words).lower() in names.consumer_products()


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _wordlike(token: str) -> bool:
    return token[:1].isalnum() or (token[:1] in "@#" and token[1:2].isalnum())


def _spans(crf: Any, n: int, xseq: list[list[str]], threshold: float) -> list[Tagged]:
    probs: list[dict[str, float] | None] = []
    for i in range(n):
        # P(O) first: most tokens are plainly outside, and then six more calls are not needed.
        # Opaque tokens (placeholders, URLs, e-mails) never join a name.
        if crf.marginal("O", i) > 1.0 - threshold or "w=<ph>" in xseq[i] or "w=<url>" in xseq[i]:
            probs.append(None)
        else:
            probs.append({y: crf.marginal(y, i) for y in LABELS[1:]})
    out: list[Tagged] = []
    i = 0
    while i < n:
        p = probs[i]
        if p is None:
            i += 1
            continue
        kind = max(KINDS, key=lambda k: p[f"B-{k}"] + p[f"I-{k}"])
        total = p[f"B-{kind}"] + p[f"I-{kind}"]
        j = i + 1
        while (
            j < n
            and (q := probs[j]) is not None
            and q[f"I-{kind}"] >= max(q[f"B-{kind}"], threshold)
            and "BOL" not in xseq[j]  # a name does not run on into the next line
        ):
            total += q[f"B-{kind}"] + q[f"I-{kind}"]
            j += 1
        out.append(Tagged(kind, i, j - 1, total / (j - i)))
        i = j
    return out


_lock = threading.Lock()
_tagger: Tagger | None = None


def load() -> Tagger:
    """The packaged tagger, loaded once per process."""
    global _tagger
    with _lock:
        if _tagger is None:
            data = resources.files("tiergate") / "data"
            meta = json.loads((data / META_FILE).read_text("utf-8"))
            with resources.as_file(data / MODEL_FILE) as path:
                if not path.is_file():
                    raise ConfigError(f"PII tagger model missing: {path}")
                _tagger = Tagger(path, float(meta["threshold"]))
        return _tagger


def find_names(
    text: str,
    types: frozenset[str],
    *,
    tokens: list[Token] | None = None,
    lang: str | None = None,
) -> list[Match]:
    return load().find(text, types, tokens=tokens, lang=lang)
