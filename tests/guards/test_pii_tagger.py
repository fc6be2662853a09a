"""The trained PERSON / LOCATION / ORGANIZATION tagger: it ships with the package, finds names in
formal and chat text, leaves plain instructions and the scanner's own placeholders alone, and
feeds the engine."""

from __future__ import annotations

import hashlib
import json
from importlib import resources

import pytest

from tiergate.guards.pii import tagger
from tiergate.guards.pii.engine import NAME_TYPES, analyze
from tiergate.guards.pii.features import tokenize

FOUND = [
    ("Dear Margaret Okonkwo, thank you for your letter.", "PERSON", "Margaret Okonkwo"),
    ("Please forward the contract to Tomasz Wisniewski before Friday.", "PERSON", "Tomasz"),
    ("The board of Northwind Logistics met in Rotterdam on Tuesday.", "ORGANIZATION", "Northwind"),
    ("The board of Northwind Logistics met in Rotterdam on Tuesday.", "LOCATION", "Rotterdam"),
    ("She moved from Lisbon to Toronto last year.", "LOCATION", "Toronto"),
    ("hey priya are you still in london this weekend?", "PERSON", "priya"),
    ("hey priya are you still in london this weekend?", "LOCATION", "london"),
    ("just saw taylor swift at the airport lol", "PERSON", "taylor"),
    ("Shares of Microsoft rose after the announcement.", "ORGANIZATION", "Microsoft"),
]
PLAIN = [
    "Please summarise this report.",
    "Translate the following paragraph into French.",
    "Write a Python function that reverses a linked list.",
    "The Board approved the Budget for the next Financial Year.",
    "What is the difference between TCP and UDP?",
    "Ok thanks, that makes sense. Can you give me another example?",
]


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.type, text[m.start : m.end]) for m in tagger.find_names(text, NAME_TYPES)}


def test_model_ships_as_package_data() -> None:
    data = resources.files("tiergate") / "data"
    meta = json.loads((data / tagger.META_FILE).read_text("utf-8"))
    model = (data / tagger.MODEL_FILE).read_bytes()
    assert hashlib.sha256(model).hexdigest() == meta["model_sha256"]
    assert 0.0 < meta["threshold"] < 1.0
    assert tagger.load() is tagger.load()  # loaded once


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_finds_names(text: str, kind: str, value: str) -> None:
    assert any(k == kind and value in v for k, v in _found(text)), _found(text)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_has_no_names(text: str) -> None:
    assert _found(text) == set()
    assert [m for m in analyze(text) if m.type in NAME_TYPES] == []


def test_placeholders_are_opaque() -> None:
    text = "<PERSON_1> asked <PERSON_2> to email <EMAIL_ADDRESS> about <ORGANIZATION>."
    assert [t.text for t in tokenize(text)][:3] == ["<PERSON_1>", "asked", "<PERSON_2>"]
    assert _found(text) == set()


def test_scores_stay_in_range_and_respect_types() -> None:
    text = "Maria Rossi from Acme Corp flew to Nairobi."
    matches = tagger.find_names(text, frozenset({"LOCATION"}))
    assert matches
    assert {m.type for m in matches} == {"LOCATION"}
    assert all(0.0 <= m.score <= 1.0 for m in matches)


def test_engine_uses_the_tagger() -> None:
    text = "just saw taylor swift in nashville lol"
    without = {m.type for m in analyze(text, use_tagger=False)}
    with_tagger = {m.type for m in analyze(text)}
    assert "PERSON" not in without
    assert "PERSON" in with_tagger


def test_empty_and_symbol_only_text() -> None:
    assert tagger.find_names("", NAME_TYPES) == []
    assert tagger.find_names(" ... !!! ", NAME_TYPES) == []


@pytest.mark.parametrize(
    "text",
    [
        "I love Python and Rust",
        "We use Python, Rust and Go at work.",
        "Convert this JSON to YAML, please.",
        "My Django app crashes when I import Pandas.",
    ],
)
def test_technology_words_are_not_names(text: str) -> None:
    assert [m for m in analyze(text) if m.type in NAME_TYPES] == []


def test_structured_match_owns_its_characters() -> None:
    # The tagger also reads a street address as a LOCATION; the address recognizer wins.
    text = "Ship to 1600 Pennsylvania Avenue, Washington, DC 20500."
    assert [(m.type, text[m.start : m.end]) for m in analyze(text)] == [
        ("ADDRESS", "1600 Pennsylvania Avenue, Washington, DC 20500")
    ]


def test_a_name_split_by_the_tagger_does_not_leave_a_remainder() -> None:
    # One pass can take "Maria Okafor Maria" as one span; the masked second pass finds the rest.
    text = "Maria Okafor Maria Okafor 4000000000000002"
    covered = set()
    for m in analyze(text):
        covered |= set(range(m.start, m.end))
    assert all(i in covered for i, ch in enumerate(text) if ch.isalpha())


def test_spans_do_not_start_or_end_on_punctuation() -> None:
    for text in ["Thanks George. Then Maria left.", "score: 750 && FICO rules"]:
        for m in tagger.find_names(text, NAME_TYPES):
            span = text[m.start : m.end]
            assert span[0].isalnum(), span
            assert span[-1].isalnum(), span


@pytest.mark.parametrize(
    "text",
    [
        "Supplier: Tanaka Precision Industries\nOsaka, Japan",
        "Kind regards,\nAl Noor Holdings\nRiyadh",
        "Attendees: Sarah Kim\nDavid Okafor\nMei Chen",
    ],
)
def test_a_name_does_not_run_across_a_line_break(text: str) -> None:
    spans = tagger.find_names(text, NAME_TYPES)
    assert spans, "expected at least one name"
    assert all("\n" not in text[m.start : m.end] for m in spans), [
        text[m.start : m.end] for m in spans
    ]


def test_word_clusters_ship_and_group_names() -> None:
    from tiergate.guards.pii.names import word_clusters

    clusters = word_clusters()
    assert len(clusters) > 20_000
    # At the coarsest granularity, common first names share a cluster and a city does not.
    assert clusters["john"][0] == clusters["david"][0] == clusters["michael"][0]
    assert clusters["london"][0] != clusters["john"][0]


def test_german_nouns_are_not_names() -> None:
    # German capitalises every noun; a lone unknown capitalised word there is not a person.
    assert analyze("Wie baue ich eine Bombe aus Dünger, die ein Gebäude zerstört?") == []
    text = "Schreib bitte Herrn Okonkwo und Jana Nováková, dass die Lieferung nach Hamburg geht."
    found = {(m.type, text[m.start : m.end]) for m in analyze(text)}
    assert {("PERSON", "Herrn Okonkwo"), ("PERSON", "Jana Nováková")} <= found
    assert ("LOCATION", "Hamburg") in found


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (
            "I bank with Deutsche Bank and watch the BBC",
            {"Deutsche": "oB", "Bank": "oI", "BBC": "oS"},
        ),
        (
            "Procter & Gamble bought shares of AT&T",
            {"Procter": "oB", "&": "oI", "Gamble": "oI", "AT&T": "oS"},
        ),
        # Without the listed capitals the mark is the weaker "l" form; a lone common word too.
        ("man utd lost again", {"man": "oBl", "utd": "oIl"}),
        ("an apple a day", {"apple": "oSl"}),
        ("Please summarise this report.", {}),
    ],
)
def test_known_organisations_are_a_feature(text: str, marked: dict[str, str]) -> None:
    from tiergate.guards.pii.features import sequence_features

    tokens = tokenize(text)
    feats = sequence_features(text, tokens)
    org = {"oB", "oI", "oS", "oBl", "oIl", "oSl"}
    got = {t.text: f for t, fs in zip(tokens, feats, strict=True) for f in fs if f in org}
    assert got == marked


def test_towns_are_a_weaker_place_flag() -> None:
    from tiergate.guards.pii.features import word_features

    assert "gSP" in word_features("Cottbus").own  # a town of ~100k, not in places.txt
    assert "gPL" in word_features("Hamburg").own
    assert "gSP" not in word_features("Hamburg").own
    assert "gSP" not in word_features("report").own


@pytest.mark.parametrize(
    "text",
    [
        "The new Pixel 7 and Galaxy S23 Ultra go on sale Friday.",
        "Can I run Photoshop on a Chromebook?",
        "Which is better for students, a MacBook Air or a ThinkPad?",
        "The Corolla is more reliable than the Civic.",
        "Is the PlayStation 5 better than the Xbox Series X?",
    ],
)
def test_products_are_not_names(text: str) -> None:
    assert analyze(text) == []


def test_products_leave_companies_and_people() -> None:
    text = "Samsung said Maria Okafor will present the Galaxy S23 in Lagos."
    found = {(m.type, text[m.start : m.end]) for m in analyze(text)}
    assert {("ORGANIZATION", "Samsung"), ("PERSON", "Maria Okafor")} <= found
    assert all("Galaxy" not in span for _, span in found)


def test_a_field_label_is_not_an_organisation() -> None:
    text = "Herr Weiß wohnt in Berlin, Tel. 030 1234567, Fax: 030 1234568."
    found = {text[m.start : m.end] for m in tagger.find_names(text, NAME_TYPES)}
    assert "Berlin" in found
    assert not found & {"Tel", "Fax"}


def test_fold_strips_diacritics_and_special_letters() -> None:
    words = ("Ayşe", "Yılmaz", "Łukasz", "Søren", "Straße", "Zoë")  # noqa: RUF001
    assert [tagger.names.fold(w) for w in words] == [
        "Ayse", "Yilmaz", "Lukasz", "Soren", "Strasse", "Zoe"
    ]  # fmt: skip
