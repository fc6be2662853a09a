# ruff: noqa: RUF001  (Turkish examples: dotless i on purpose)
"""Text that is plainly not English makes the name tagger ask for more evidence: every
sentence starts with a capital and the ordinary words are unseen there, which in English tweets
would have meant a name."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tiergate.guards.pii import language
from tiergate.guards.pii.engine import analyze
from tiergate.guards.pii.features import tokenize


def _lang(text: str) -> str:
    return language.detect([t.text for t in tokenize(text)])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Evde kek nasıl yapılır?", "tr"),
        ("Domani andiamo al mare con Giulia.", "it"),
        ("Ontem fui ao cinema com o Pedro em Lisboa.", "pt"),
        ("Gestern habe ich ein neues Fahrrad gekauft.", "de"),
        ("Pourquoi le ciel est-il bleu ?", "fr"),
        ("Necesito ayuda con mi tarea de matemáticas.", "es"),
        ("Morgen ga ik naar de markt in Utrecht.", "nl"),
        ("Jutro idę do lekarza z Anną.", "pl"),
        ("Kan du hjälpa mig att skriva ett brev?", "sv"),
        ("Besok saya pergi ke Bandung bersama Budi.", "id"),
        ("Hôm nay tôi đi Hà Nội với Lan.", "vi"),
        ("Mujhe kal office jaldi jaana hai.", "hi"),
        ("Pupunta ako sa Maynila bukas kasama si Maria.", "tl"),
        ("Habari yako? Leo naenda Nairobi na Amina.", "sw"),
        # English, including English with a foreign name or word in it.
        ("Please send the report to José in São Paulo by Friday.", "en"),
        ("Me and la familia at the beach today", "en"),
        ("I had a café con leche with Renée this morning.", "en"),
        # Too little to tell: left alone.
        ("lol", ""),
        ("Barcelona!!!", ""),
    ],
)
def test_detect(text: str, lang: str) -> None:
    assert _lang(text) == lang


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.type, text[m.start : m.end]) for m in analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Bugün hava çok güzel, parka gidelim mi?",
        "Lütfen bana yardım et. Annem hasta.",
        "Bagaimana cara membuat nasi goreng?",
        "Welche Stadt ist die Hauptstadt von Schweden?",
        "Czy możesz mi pomóc z wypracowaniem?",
        "Mujhe kal office jaldi jaana hai.",
    ],
)
def test_foreign_everyday_text_has_no_names(text: str) -> None:
    assert {n for n in _names(text) if n[0] != "LOCATION"} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The Italian words before "Giulia" were once part of one PERSON span.
        ("Domani andiamo al mare con Giulia.", ("PERSON", "Giulia")),
        ("Besok saya pergi ke Bandung bersama Budi.", ("PERSON", "Budi")),
        ("Merhaba, Ahmet Bey ile yarın İstanbul'da buluşacağız.", ("PERSON", "Ahmet Bey")),
        ("Igår åkte vi till Göteborg med Erik.", ("PERSON", "Erik")),
        # The name lists hold "Ayse" and "Lukasz"; the gazetteer flags fold diacritics.
        ("Ayşe Yılmaz ile yarın İstanbul'da buluşacağım.", ("PERSON", "Ayşe Yılmaz")),
        ("Łukasz Nowak przyjedzie jutro do Krakowa.", ("PERSON", "Łukasz Nowak")),
    ],
)
def test_foreign_text_keeps_real_names(text: str, name: tuple[str, str]) -> None:
    found = _names(text)
    assert name in found
    # No span holds a lower-case word of the sentence around the name.
    assert all(not w[:1].islower() for _, span in found for w in span.split())


def test_english_lower_case_names_still_found() -> None:
    # The rules only apply outside English: tweets write names in lower case.
    assert ("PERSON", "priya") in _names("hey priya are you still in london this weekend?")


def test_a_function_word_is_not_a_name() -> None:
    # "Leo" is "today" in Swahili and a first name in the lists; in English it stays a name.
    assert _names("Habari yako? Leo naenda Nairobi na Amina.") == {
        ("LOCATION", "Nairobi"),
        ("PERSON", "Amina"),
    }
    assert ("PERSON", "Leo") in _names("Leo is coming to the party tonight.")


@pytest.mark.parametrize(
    "text",
    [
        "Здравствуйте! Подскажите, как включить тёмный режим в Telegram?",
        "Καλημέρα, ποιος παίζει τον κύριο ρόλο στην ταινία;",
        "Bună ziua, cum schimb parola de la Wi-Fi?",
        "Mohon bantuannya, bagaimana cara mengganti kata sandi email?",
        "Androidのシステム設定で文字を大きくする方法は？",
    ],
)
def test_greetings_and_request_words_are_not_names(text: str) -> None:
    # Session 28: everyday chat in languages language.py did not know came out with its
    # greeting or request verb as a PERSON, and a Japanese clause as one long PERSON.
    assert [text[m.start : m.end] for m in analyze(text) if m.type == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Меня зовут Александр Петров, я живу в Москве.", "Александр Петров"),
        ("Передайте Ольге Николаевне, что встреча переносится.", "Ольге Николаевне"),
        ("Η Μαρία Παπαδοπούλου θα έρθει αύριο στην Αθήνα.", "Μαρία Παπαδοπούλου"),
        ("Dobrý den, jmenuji se Jana Nováková a volám kvůli faktuře.", "Jana Nováková"),
        ("La senyora Montserrat Puig arribarà demà.", "Montserrat Puig"),
    ],
)
def test_names_in_those_languages_are_still_found(text: str, name: str) -> None:
    # The name lists are Latin-script, so Russian, Ukrainian and Greek keep the tagger's
    # ordinary rules (language.NON_LATIN); the function words only trim ("Передайте").
    assert [text[m.start : m.end] for m in analyze(text) if m.type == "PERSON"] == [name]


def test_language_detection_does_not_depend_on_the_hash_seed() -> None:
    # Czech and Portuguese tie on "Jaké ..."; detect() broke the tie by frozenset order, which
    # Python's per-process string hashing changes, so the PII result differed run to run.
    code = (
        "from tiergate.guards.pii.engine import analyze;"
        "print(analyze('Jaké způsoby platby bere automat na jízdenky v pražském metru?'))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1, outputs
