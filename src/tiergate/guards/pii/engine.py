"""Detection: structured recognizers + name heuristics + the trained name tagger (+ optional
spaCy NER), then overlap resolution. Pure and synchronous; the scanner decides what to do with
the matches."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from tiergate.guards.ml.decoders import spelling_runs
from tiergate.guards.pii import language, names, ner, tagger
from tiergate.guards.pii.features import TOKEN, tokenize
from tiergate.guards.pii.recognizers import RECOGNIZERS, Match, find_structured
from tiergate.guards.pii.vault import placeholder

STRUCTURED_TYPES = frozenset(r.type for r in RECOGNIZERS)
# Structured types whose hits depend on the text around them (words before a hit, or a label
# whose value must end where a number ends): the only ones a re-scan of the masked text can
# change. "account number 100000 4000000000000002" is too long for an account number until
# the card in it is masked.
CONTEXT_TYPES = frozenset(r.type for r in RECOGNIZERS if r.context or r.negative or r.anchored)
NAME_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})
ALL_TYPES = STRUCTURED_TYPES | NAME_TYPES
MAX_PASSES = 3  # detection, then re-scans of the masked text while they find something new
# Lower-case particles inside a full name ("José María de la Cruz", "Willem van den Broek",
# "Abdulrahman bin Saeed"): the tagger often ends a name before them and finds the surname as a
# second name, which left the particle in clear text and counted the surname twice.
_PARTICLE = (
    r"(?:de|la|las|los|del|della|di|da|das|dos|do|du|van|von|der|den|ter|ten|op|"
    r"bin|binti|bint|ibn|al|el|le|zu|af)"
)
_PARTICLES = re.compile(rf"[ \t]+(?:{_PARTICLE}[ \t]+){{1,3}}")
_ENDS_IN_PARTICLE = re.compile(rf"(?:^|[ \t]){_PARTICLE}$")
# Particles (or none, when the name already ends in one) and then the capitalised surname.
_SURNAME_AFTER = re.compile(rf"((?:[ \t]+{_PARTICLE}){{0,3}})[ \t]+[A-Z][\w'\u2019-]*(?<=\w)")


def analyze(
    text: str,
    types: frozenset[str] = ALL_TYPES,
    *,
    threshold: float = 0.5,
    use_ner: bool = False,
    use_tagger: bool = True,
    allow_list: Iterable[str] = (),
) -> list[Match]:
    """Non-overlapping matches at or above ``threshold``, sorted by start offset.

    Detection repeats over the text with the spans found so far masked the way the scanner
    masks them (``<PERSON>``), until nothing new turns up: the tagger reads context, so it can
    take "Maria Okafor Maria" as one name and leave the last "Okafor", which the masked text
    then shows on its own. Without this, that remainder would leak, and redacting the redacted
    text would change it again.
    """
    allowed = frozenset(a.casefold() for a in allow_list)
    found = _detect(text, types, threshold, use_ner, use_tagger, allowed)
    # Structured recognizers read context too: "invoice a@aa.com 001-01-0001" keeps the SSN
    # look-alike quiet (a negative word within 24 characters), but once the e-mail is masked the
    # word is further away and a second scan of the redacted text would find it.
    rescan = types & (NAME_TYPES | CONTEXT_TYPES)
    for _ in range(MAX_PASSES - 1):
        if not found or not rescan:
            break
        masked, segments = _mask(text, found)
        more = [
            m
            for hit in _detect(masked, rescan, threshold, use_ner, use_tagger, allowed)
            if (m := _unmask(hit, segments)) is not None
        ]
        if not more:
            break
        found = sorted(found + more, key=lambda m: m.start)
    return _outside_spellings(text, _join_particles(text, found))


def _outside_spellings(text: str, found: list[Match]) -> list[Match]:
    """Names that are not code words of a spelled-out run ("booking code Alfa Bravo Charlie
    Delta Echo"): the tagger read "Echo Foxtrot" and "Oscar November" as people, and the
    model was sent "<PERSON_1> <PERSON_2>" for a booking code."""
    runs = spelling_runs(text)
    if not runs:
        return found
    return [
        m
        for m in found
        if m.type not in NAME_TYPES or not any(a <= m.start and m.end <= b for a, b in runs)
    ]


def _join_particles(text: str, found: list[Match]) -> list[Match]:
    """Two PERSON matches with only name particles between them are one name, and so are a PERSON
    and a one-word LOCATION (the tagger read the "Vega" of "Pedro Álvarez de la Vega" as a place;
    an organisation stays apart: "Vinícius del Real Madrid"). A PERSON match followed by
    particles and a capitalised word takes the word in as its surname (the tagger found "Willem
    van" and left "den Broek" in clear text)."""
    out: list[Match] = []
    for i, m in enumerate(found):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "PERSON"
            and (m.type == "PERSON" or (m.type == "LOCATION" and " " not in text[m.start : m.end]))
            and _particles_between(text, prev, m)
        ):
            out[-1] = Match("PERSON", prev.start, m.end, max(prev.score, m.score))
        else:
            out.append(m)
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        out[-1] = _with_surname(text, out[-1], limit)
    return out


def _ends_in_particle(text: str, m: Match) -> bool:
    return _ENDS_IN_PARTICLE.search(text, m.start, m.end) is not None


def _particles_between(text: str, a: Match, b: Match) -> bool:
    gap = text[a.end : b.start]
    return bool(_PARTICLES.fullmatch(gap)) or (not gap.strip(" \t") and _ends_in_particle(text, a))


def _with_surname(text: str, m: Match, limit: int) -> Match:
    tail = _SURNAME_AFTER.match(text, m.end) if m.type == "PERSON" else None
    if tail is None or tail.end() > limit or not (tail.group(1) or _ends_in_particle(text, m)):
        return m
    return Match("PERSON", m.start, tail.end(), m.score)


def _detect(
    text: str,
    types: frozenset[str],
    threshold: float,
    use_ner: bool,
    use_tagger: bool,
    allowed: frozenset[str],
) -> list[Match]:
    def keep(ms: list[Match]) -> list[Match]:
        return [
            m
            for m in ms
            if m.score >= threshold and text[m.start : m.end].casefold() not in allowed
        ]

    structured = resolve_overlaps(keep(find_structured(text, types & STRUCTURED_TYPES)))
    if not types & NAME_TYPES:
        return structured
    # Heuristics and tagger together: the heuristics keep the cues a tweet-trained model sees
    # rarely (titles, "Surname, First").
    found = names.find_names(text, types & NAME_TYPES)
    # The tagger and the function-word filter both read the text's language: one tokenisation
    # (~0.2 ms per kB) serves both.
    lang: str | None = None
    if use_tagger:
        tokens = tokenize(text)
        lang = language.detect([tok.text for tok in tokens])
        found += tagger.find_names(text, types & NAME_TYPES, tokens=tokens, lang=lang)
    if use_ner:
        found += _agree(ner.find_entities(text, types & NAME_TYPES), found)
    found = _not_function_words(text, found, lang)
    # A validated structured match (an address, a card) owns its characters: the name models
    # also call a street address a LOCATION, but the recognizer knows what it is.
    starts = [s.start for s in structured]
    names_left = [
        m
        for m in keep(found)
        if not _overlaps_any(m, structured, starts)
        and not _dish(text, m)
        and not names.TITLES_ONLY.fullmatch(text[m.start : m.end])
        and not _CJK_CLAUSE.search(text, m.start, m.end)
    ]
    return sorted(structured + resolve_overlaps(names_left), key=lambda m: m.start)


def _not_function_words(text: str, found: list[Match], lang: str | None) -> list[Match]:
    """Drops the function words of the text's language (``lang``, detected here when the tagger
    did not run) from the start of a name, and a name that is nothing else: "Leo" (today) in
    Swahili, "Mera" (my) in Hindi are in the first-name lists, and both name models trust the
    lists; German capitalises the polite "Sie", and "Bitte rufen Sie Frau Dr. Ingrid Hoffmann an"
    gave "Sie Frau Dr" as a PERSON (the title-only rule then drops what is left)."""
    if not found:
        return found
    if lang is None:
        lang = language.detect([tok.text for tok in tokenize(text)])
    # English (and text of no known language) drops only lower-case function words: "hey its
    # mike" gave "its mike", but a capitalised one may begin a name or a title ("The Rock").
    lower_only = lang in (language.ENGLISH, "")
    if lower_only:
        lang = language.ENGLISH
    out = []
    for m in found:
        start = _after_function_words(text, m, lang, lower_only)
        if start < m.end and not _noun_after_marker(text, start, m.end, lang):
            out.append(m if start == m.start else Match(m.type, start, m.end, m.score))
    return out


def _after_function_words(text: str, m: Match, lang: str, lower_only: bool = False) -> int:
    """Where ``m`` starts once its leading function words and noun markers of ``lang`` are
    skipped (``m.end`` when it is nothing else); words as the tagger and ``language.detect``
    read them. ``lower_only``: skip only words written in lower case."""
    for word in TOKEN.finditer(text, m.start, m.end):
        w = word.group()
        skip = language.function_word(w, lang) or language.noun_marker(w, lang)
        if not (skip and (w.islower() or not lower_only)):
            return word.start()
    return m.end


def _noun_after_marker(text: str, start: int, end: int, lang: str) -> bool:
    """``text[start:end]`` is one word that is no first name and follows a word that puts a
    noun after it (German "Ihre Unterlagen", "Sie Ihre Rechnung")."""
    words = TOKEN.findall(text, start, end)
    if len(words) != 1 or names.is_first_name(words[0]):
        return False
    before = TOKEN.findall(text, max(0, start - 12), start)
    return bool(before) and language.noun_marker(before[-1], lang)


# (start in the masked text, end in the masked text, start in the original text)
Segment = tuple[int, int, int]


def _mask(text: str, matches: list[Match]) -> tuple[str, list[Segment]]:
    """``text`` with each match replaced by its placeholder, and where the kept text went."""
    parts: list[str] = []
    segments: list[Segment] = []
    pos = out = 0
    for m in matches:  # sorted, non-overlapping
        parts += [text[pos : m.start], placeholder(m.type)]
        segments.append((out, out + m.start - pos, pos))
        out += m.start - pos + len(parts[-1])
        pos = m.end
    parts.append(text[pos:])
    segments.append((out, out + len(text) - pos, pos))
    return "".join(parts), segments


def _unmask(m: Match, segments: list[Segment]) -> Match | None:
    """A match of the masked text in original offsets; None if it touches a placeholder."""
    i = bisect.bisect_right(segments, m.start, key=lambda seg: seg[0]) - 1  # sorted by start
    if i >= 0:
        start, end, orig = segments[i]
        if start <= m.start and m.end <= end:
            return Match(m.type, orig + m.start - start, orig + m.end - start, m.score)
    return None


def _overlap(a: Match, b: Match) -> bool:
    return a.start < b.end and b.start < a.end


def _overlaps_any(m: Match, spans: list[Match], starts: list[int]) -> bool:
    """Whether ``m`` overlaps one of ``spans``: disjoint and sorted by start (``starts``), so
    only the two neighbours of ``m``'s start can touch it. A bisect, not a scan: 20,000 handles
    were 20,000 x 20,000 comparisons."""
    i = bisect.bisect_left(starts, m.start)
    return (i > 0 and _overlap(m, spans[i - 1])) or (i < len(spans) and _overlap(m, spans[i]))


# Foods named after places and people ("Dijon mustard", "Parma ham", "Buffalo wings", "Cayenne
# pepper", "Victoria sponge"): the name is a place or a person only if no lower-case food word
# ends it or follows it. Lower case only, so a surname ("Mark Ham") is not read as a dish.
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
# Eight Chinese, Japanese or Korean characters in a row are a clause, not a name (names are two
# to four, five with an honorific): the tokenizer keeps a run without spaces as one word, and
# "Androidのシステム設定で文字を大きくする方法は" came out as a PERSON after its Latin capital.
_CJK_CLAUSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{8}")


def _dish(text: str, m: Match) -> bool:
    if m.type not in ("PERSON", "LOCATION"):
        return False
    last = text[m.start : m.end].rsplit(None, 1)[-1]
    nxt = _NEXT_WORD.match(text, m.end)
    foods = names.foods()
    return last in foods or (nxt is not None and nxt.group(1) in foods)


def _agree(model: list[Match], heuristic: list[Match]) -> list[Match]:
    """A span both the model and a heuristic found with the same type is near-certain."""
    same = {(m.type, m.start, m.end) for m in heuristic}
    return [
        Match(m.type, m.start, m.end, 0.95) if (m.type, m.start, m.end) in same else m
        for m in model
    ]


def resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Greedy: highest score first, then the longer span; drop anything overlapping a kept one."""
    kept: list[Match] = []  # disjoint, sorted by start
    starts: list[int] = []
    for m in sorted(matches, key=lambda m: (-m.score, m.start - m.end, m.start)):
        if not _overlaps_any(m, kept, starts):
            i = bisect.bisect_left(starts, m.start)
            kept.insert(i, m)
            starts.insert(i, m.start)
    return kept
