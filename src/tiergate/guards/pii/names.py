"""Fast PERSON / LOCATION / ORGANIZATION heuristics: gazetteers over runs of capitalised words.

Statistical NER costs ~20 ms per kB on 2 cores, several times the scanner's budget, so this is the
default path: a first-name list (Faker's locales plus romanised names), honorifics, "Surname,
First" and "my name is X" patterns, a place list (GeoNames), and organisation suffixes. spaCy's
NER can be switched on (``use_ner``) where latency matters less (documents, tool results).
"""

# Word lists read best as whitespace-separated text.
# ruff: noqa: SIM905

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from tiergate.guards.ml.normalize import UNSPACED
from tiergate.guards.pii import unspaced_names
from tiergate.guards.pii.recognizers import Match

_LOWER = r"a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_APOS = "'\u2019"  # O'Brien, O\u2019Brien
_CAP = (
    rf"(?:[A-Z][{_APOS}][A-Z][{_LOWER}]+|(?:Mc|Mac)[A-Z][{_LOWER}]+"
    rf"|[A-Z][{_LOWER}]+(?:-[A-Za-z{_LOWER}]+)?)"
)
_RUN = re.compile(
    rf"(?<![\w@#/.{_APOS}-]){_CAP}(?:[ \t]+{_CAP}|[ \t]*,[ \t]*{_CAP}){{0,5}}(?![\w@-])"
)
_WORD = re.compile(_CAP)
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Herrn|Herr|Frau|Mme|Mlle|Sr|Sra)"
# A span that is nothing but titles ("Mrs", "Frau Dr"): the tagger sometimes ends a name at the
# title's full stop and keeps the title alone, which names no one.
TITLES_ONLY = re.compile(rf"(?:{_TITLES}\.?[ \t]*)+")
_TITLE = re.compile(
    rf"(?<![\w]){_TITLES}\.?"
    rf"[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?![\w])"
)
_INITIAL = re.compile(rf"(?<![^\s(\[\"'])[A-Z]\.[ \t]?{_CAP}(?![\w])")
_INTRO = re.compile(
    rf"(?i:\b(?:my name is|my name's|i am|i'm|this is|call me|named|name:|signed,?))[ \t]+"
    rf"({_CAP}(?:[ \t]+{_CAP}){{0,2}})(?![\w])"
)
_PERSON_CUE = re.compile(
    r"(?i:\b(?:hey|hi|hello|dear|call|tell|ask|email|thanks|thank|cc|ping|met|with|by|told)"
    r"[ \t]+)$"
)
_PLACE_CTX = re.compile(r"(?i:\b(?:in|from|to|at|near|visit(?:ing)?|via|of|live in)\s+)$")
ORG_SUFFIXES = frozenset(
    """Inc Ltd LLC LLP Corp Corporation Company Co Group Bank Clinic Hospital Health Insurance
    Logistics Traders Realty University College School Institute Foundation Association Union
    Analytics Software Systems Technologies Technology Labs Partners Holdings Airlines Airways
    Motors Pharmaceuticals Care Capital Consulting Solutions Services Agency Ministry Council
    Church Club FC Media News Press Studios Records Entertainment GmbH AG SA SAS BV NV Plc Trust
    Industries Enterprises Ventures Network Networks Bakery Restaurant Cafe Hotel Academy""".split()
)
# Organisations named by their legal form ("Atelier Moreau SARL", "Studio Ricci S.r.l.") or by
# an institution word ("Universidad de Buenos Aires", "St. Catherine's Hospital"): the tagger
# learnt from tweets and reads invoices and letterheads as places or people.
_LEGAL_FORM = (
    r"(?:GmbH|AG|SARL|SAS|S\.A\.S\.|S\.A\.|SA|S\.r\.l\.|Srl|SRL|S\.p\.A\.|SpA|S\.L\.|SL|B\.V\.|BV"
    r"|N\.V\.|NV|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Inc\.?|Incorporated|Corp\.?|Corporation|[Pp]lc"
    r"|Pty\.?[ \t]+Ltd\.?|Oy|AB|ASA|A/S|KG|OHG|e\.V\.|Lda\.?|Ltda\.?|Sdn\.?[ \t]+Bhd\.?|Tbk"
    r"|K\.K\.|Co\.,?[ \t]+Ltd\.?)"
)
_ORG_WORD = rf"(?:{_CAP}|[A-Z]{{2,6}}|&)"
_INSTITUTION = (
    r"(?:University|Universidad|Università|Universität|Université|Universidade|College|Hospital"
    r"|Hôpital|Klinikum|Clínica|Clinique|Instituto|Institut|Institute|Banco|Banque|Grupo|Groupe"
    r"|Gruppo|Ministry|Ministerio|Ministère|Ministero|Fundación|Fondation|Stiftung)"
)
_ORG_FORM = re.compile(
    rf"(?<![\w@#.{_APOS}-])(?:{_ORG_WORD}[ \t]+){{1,4}}?{_LEGAL_FORM}(?![\w])"
    rf"|(?<![\w@#.{_APOS}-]){_INSTITUTION}[ \t]+"
    r"(?:(?:of|de|del|de[ \t]+la|des|du|di|der|für|do|da)[ \t]+)?"
    rf"{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?![\w])"
    rf"|(?<![\w@#.{_APOS}-])(?:St\.?[ \t]+)?{_CAP}(?:[{_APOS}]s)?(?:[ \t]+{_CAP}){{0,2}}[ \t]+"
    r"(?:Hospital|University|Clinic|Medical[ \t]+Center|Medical[ \t]+Centre|Infirmary)(?![\w])"
)

# Capitalised words that start sentences or name things but are not people or places.
STOP_CAPS = frozenset(
    """The A An This That These Those I We You He She It They My Our Your His Her Their Its Hi
    Hello Hey Dear Thanks Thank Please Yes No Not And Or But If When Where What Who Why How
    Which While Then So Also Just Sure Ok Okay Mon Tue Wed Thu Fri Sat Sun Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Today Tomorrow Yesterday Kind Best Regards Sincerely
    Cheers Name Email Phone Address Customer Patient Contact Call Reply Write Draft Make Help
    Can Could Would Should Will Shall Let Fix Translate Summarise Summarize Tell Send Check
    New Is Are Was Were Be Been Do Does Did Has Have Had Happy Good Great Merry Love RT Via
    English French German Spanish Italian Portuguese Dutch Russian Chinese Japanese Korean
    Arabic Hindi Turkish Polish Greek Swedish Norwegian Danish Finnish Irish Scottish Welsh
    American British Canadian Mexican Indian African European Asian Christian Muslim Jewish
    Catholic God Jesus Lord Christmas Easter Ramadan Halloween""".split()
)


@cache
def _lexicon(name: str) -> frozenset[str]:
    text = resources.files("tiergate.guards.pii").joinpath(f"data/{name}").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


# Letters NFKD leaves whole: Turkish dotless i, Polish l-stroke, Nordic o-slash, ...
_FOLD = str.maketrans(
    {
        "ı": "i",  # noqa: RUF001
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
    }
)


@lru_cache(maxsize=1 << 14)
def fold(word: str) -> str:
    """``word`` without diacritics ("Ayşe" -> "Ayse", "Łukasz" -> "Lukasz"). The name lists
    hold many names only in the spelling their source used, and people type both."""
    plain = unicodedata.normalize("NFKD", word.translate(_FOLD))
    return "".join(c for c in plain if not unicodedata.combining(c))


def first_names() -> frozenset[str]:
    return _lexicon("first_names.txt")


def title_forms(word: str) -> set[str]:
    """``word`` in title case, with and without its diacritics, as the name lists spell names
    ("ZOË" -> {"Zoë", "Zoe"})."""
    title = word[:1].upper() + word[1:].lower()
    return {title, fold(title)}


def is_first_name(word: str) -> bool:
    return not title_forms(word).isdisjoint(first_names())


def ambiguous_names() -> frozenset[str]:
    return _lexicon("ambiguous_names.txt")


def small_places() -> frozenset[str]:
    """Towns of 15k-100k people (GeoNames), a weaker signal than ``places``."""
    return _lexicon("places_small.txt")


def consumer_products() -> frozenset[str]:
    """Products people name in chat ("macbook air", "corolla", "photoshop"), lower case,
    hand-written; never a person, place or organisation (``tagger.Tagger.find``)."""
    return _lexicon("consumer_products.txt")


def organisations() -> frozenset[str]:
    """Well-known organisations ("BBC", "Man Utd", "Deutsche Bank"), hand-written."""
    return _lexicon("organisations.txt")


@cache
def places() -> frozenset[str]:
    """Countries, US states and cities of 100k+ people (GeoNames), with the names other
    languages give countries and big cities ("Deutschland", "Lisboa")."""
    return _lexicon("places.txt") | _lexicon("places_exonyms.txt")


def common_words() -> frozenset[str]:
    """Lower-case words that are rarely names (a feature of the tagger, not a filter)."""
    return _lexicon("common_words.txt")


def foods() -> frozenset[str]:
    """Lower-case food words of dishes named after places and people (engine._dish)."""
    return _lexicon("foods.txt")


def tech_terms() -> frozenset[str]:
    """Lower-case product, language and format names ("python", "json"): never a person."""
    return _lexicon("tech_terms.txt")


def products() -> frozenset[str]:
    """Lower-case medicine, drug, chemical and currency names ("xanax", "sarin"): never a
    person or place on their own."""
    return _lexicon("products.txt")


def field_labels() -> frozenset[str]:
    """Lower-case form field labels ("prénom", "konto", "hotline"): never a name on their own."""
    return _lexicon("field_labels.txt")


@cache
def word_clusters() -> dict[str, tuple[str, ...]]:
    """Lower-case word -> cluster ids at three granularities (k-means over a sentence encoder's
    word-piece embeddings; training/pii/build_clusters.py): distributional evidence that
    "ingrid" sits with "olga" and "roberto" although no gazetteer lists her."""
    text = resources.files("tiergate.guards.pii").joinpath("data/word_clusters.txt")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, ids = line.partition("\t")
            out[word] = tuple(ids.split())
    return out


def find_names(text: str, types: frozenset[str]) -> list[Match]:
    out: list[Match] = []
    if "PERSON" in types:
        out += _persons(text)
        if UNSPACED.search(text):
            out += unspaced_names.find_persons(text)
    for run in _RUN.finditer(text):
        words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(run.group())]
        words = [(run.start() + s, run.start() + e, w) for s, e, w in words]
        if "PERSON" in types:
            out += _persons_in_run(text, words)
        if "LOCATION" in types:
            out += _places_in_run(text, words)
        if "ORGANIZATION" in types:
            out += _orgs_in_run(words)
    if "ORGANIZATION" in types:
        # A legal form or an institution word is surer than the tagger's guess of a place.
        out += [Match("ORGANIZATION", m.start(), m.end(), 1.0) for m in _ORG_FORM.finditer(text)]
    return out


def _persons(text: str) -> list[Match]:
    out = [Match("PERSON", m.start(), m.end(), 0.9) for m in _TITLE.finditer(text)]
    for m in _INITIAL.finditer(text):
        if m.group().split(".")[-1].strip() not in STOP_CAPS:
            out.append(Match("PERSON", m.start(), m.end(), 0.7))
    for m in _INTRO.finditer(text):
        if not set(m.group(1).split()) & STOP_CAPS:
            out.append(Match("PERSON", m.start(1), m.end(1), 0.75))
    return out


def _is_name_part(word: str) -> bool:
    return word not in STOP_CAPS and word not in ORG_SUFFIXES and word not in places()


def _persons_in_run(text: str, words: list[tuple[int, int, str]]) -> list[Match]:
    out: list[Match] = []
    names, ambiguous = first_names(), ambiguous_names()
    i = 0
    while i < len(words):
        start, end, word = words[i]
        known = word in names
        if word in STOP_CAPS or (not known and word not in ambiguous):
            i += 1
            continue
        j = i + 1
        comma_before_next = j < len(words) and "," in text[end : words[j][0]]
        # "Surname, First": a capitalised word, a comma, then a known first name.
        if i > 0 and "," in text[words[i - 1][1] : start] and j == len(words):
            prev = words[i - 1]
            if _is_name_part(prev[2]):
                plain = known and word not in places()
                out.append(Match("PERSON", prev[0], end, 0.7 if plain else 0.6))
                i = j
                continue
        while j < len(words) and j - i < 3 and not comma_before_next and _is_name_part(words[j][2]):
            j += 1
            comma_before_next = j < len(words) and "," in text[words[j - 1][1] : words[j][0]]
        if j - i >= 2:
            out.append(Match("PERSON", start, words[j - 1][1], 0.85 if known else 0.7))
        elif known:
            out.append(Match("PERSON", start, end, _single_name_score(text, start, word)))
        i = j
    return out


def _single_name_score(text: str, start: int, word: str) -> float:
    """A lone first name; one that is also a city ("Denver", "Sofia") needs a person cue."""
    if word not in places():
        return 0.65
    return 0.7 if _PERSON_CUE.search(text, max(0, start - 12), start) else 0.55


def _places_in_run(text: str, words: list[tuple[int, int, str]]) -> list[Match]:
    out: list[Match] = []
    gazetteer = places()
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            chunk = words[i : i + size]
            if len(chunk) < size:
                continue
            phrase = text[chunk[0][0] : chunk[-1][1]]
            if phrase in gazetteer:
                ctx = _PLACE_CTX.search(text, max(0, chunk[0][0] - 12), chunk[0][0])
                bare = 0.6
                out.append(Match("LOCATION", chunk[0][0], chunk[-1][1], 0.8 if ctx else bare))
                i += size - 1
                break
        i += 1
    return out


def _orgs_in_run(words: list[tuple[int, int, str]]) -> list[Match]:
    for k in range(len(words) - 1, 0, -1):
        if words[k][2] in ORG_SUFFIXES:
            first = k
            while first > 0 and k - first < 3 and words[first - 1][2] not in STOP_CAPS:
                first -= 1
            if first < k:
                return [Match("ORGANIZATION", words[first][0], words[k][1], 0.7)]
    return []
