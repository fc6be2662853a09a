"""Detection: structured recognizers + name heuristics (+ optional spaCy NER), then overlap
resolution. Pure and synchronous; the scanner decides what to do with the matches."""

from __future__ import annotations

from collections.abc import Iterable

from tiergate.guards.pii import names, ner
from tiergate.guards.pii.recognizers import RECOGNIZERS, Match, find_structured

STRUCTURED_TYPES = frozenset(r.type for r in RECOGNIZERS)
NAME_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})
ALL_TYPES = STRUCTURED_TYPES | NAME_TYPES


def analyze(
    text: str,
    types: frozenset[str] = ALL_TYPES,
    *,
    threshold: float = 0.5,
    use_ner: bool = False,
    allow_list: Iterable[str] = (),
) -> list[Match]:
    """Non-overlapping matches at or above ``threshold``, sorted by start offset."""
    found = find_structured(text, types & STRUCTURED_TYPES)
    if types & NAME_TYPES:
        found += names.find_names(text, types & NAME_TYPES)
        if use_ner:
            found += _agree(ner.find_entities(text, types & NAME_TYPES), found)
    allowed = {a.casefold() for a in allow_list}
    found = [
        m for m in found if m.score >= threshold and text[m.start : m.end].casefold() not in allowed
    ]
    return resolve_overlaps(found)


def _agree(model: list[Match], heuristic: list[Match]) -> list[Match]:
    """A span both the model and a heuristic found with the same type is near-certain."""
    same = {(m.type, m.start, m.end) for m in heuristic}
    return [
        Match(m.type, m.start, m.end, 0.95) if (m.type, m.start, m.end) in same else m
        for m in model
    ]


def resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Greedy: highest score first, then the longer span; drop anything overlapping a kept one."""
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (-m.score, m.start - m.end, m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)
