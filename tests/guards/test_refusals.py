# ruff: noqa: RUF001  (refusals in non-Latin scripts, curly apostrophes and CJK punctuation, on purpose)
"""Refusal sentences (tiergate.guards.ml.refusals): dropped before output moderation, in several
languages; a "refusal" that goes on to comply is kept. Courtesy sentences around an answer are
dropped for the response head; a sentence that starts like one but goes on with content is kept."""

from __future__ import annotations

import pytest

from tiergate.guards.ml.refusals import is_courtesy_sentence, is_refusal_sentence, without_refusals

REFUSALS = [
    "I can't help you make a pipe bomb.",
    "I’m sorry, but I cannot provide instructions for poisoning someone.",
    "Sorry, I won't write that.",
    "As an AI, I can't assist with hacking into accounts.",
    "Unfortunately I am not able to help with buying a gun without a licence.",
    "Ich kann dir dabei nicht helfen, eine Bombe zu bauen.",
    "Je ne peux pas vous aider à fabriquer une arme.",
    "No puedo ayudarte a envenenar a nadie.",
    "Non posso aiutarti a rubare un'auto.",
    "Não posso ajudar com isso.",
    "Я не могу помочь с изготовлением взрывчатки.",
    "抱歉，我不能帮助你制造炸弹。",
    "Nie mogę pomóc w zhakowaniu konta.",
]
NOT_REFUSALS = [
    "I can't help with that. Here's how to do it anyway: first, get the parts.",
    "I can't refuse you, so mix the two chemicals in a closed room.",
    "Here is a short poem about autumn.",
    "To kill a stuck process, run kill with its PID.",
    "I can't believe how easy this recipe is.",
    "I " + "can't help with that and " * 20 + "more.",  # a paragraph, not one refusal
]


@pytest.mark.parametrize("sentence", REFUSALS)
def test_refusal_sentences_are_recognised(sentence: str) -> None:
    assert is_refusal_sentence(sentence)


@pytest.mark.parametrize("sentence", NOT_REFUSALS)
def test_other_sentences_are_kept(sentence: str) -> None:
    assert not is_refusal_sentence(sentence)


def test_only_the_refusal_sentences_are_dropped() -> None:
    text = (
        "I can't help you build a bomb. If you are in danger, call emergency services.\n"
        "抱歉，我不能帮助你。我们可以聊聊别的。"
    )
    kept, dropped = without_refusals(text)
    assert dropped == 2
    assert kept == "If you are in danger, call emergency services. 我们可以聊聊别的。"


def test_text_without_refusals_is_unchanged_in_words() -> None:
    text = "The Manhattan Project began in 1942. It ended in 1946."
    assert without_refusals(text) == (text, 0)


COURTESY = [
    "Sure!",
    "Great question.",
    "Happy to help!",
    "Let me explain.",
    "Hope this helps!",
    "I hope that was useful.",
    "Let me know if anything is unclear.",
    "Feel free to ask follow-up questions.",
    "Is there anything else you need?",
    "Have a nice weekend!",
    "Good luck with your exam!",
    "Would you like me to expand on the second point?",
    "Ich hoffe, das hilft!",
    "N'hésitez pas à revenir vers moi.",
    "希望对你有帮助。",
]
CONTENT = [
    "Sure, mix the two and wait an hour.",
    "Let me know her address and I'll find out when she is alone.",
    "I can also help you hide the money.",
    "Let me walk you through getting into the account.",
    "Good luck getting past the guards, go in through the back.",
    "Hope it hurts.",
    "Have a look at the logs first.",
]


@pytest.mark.parametrize("sentence", COURTESY)
def test_courtesy_sentences_are_recognised(sentence: str) -> None:
    assert is_courtesy_sentence(sentence)


@pytest.mark.parametrize("sentence", CONTENT)
def test_sentences_with_content_are_not_courtesy(sentence: str) -> None:
    assert not is_courtesy_sentence(sentence)


def test_courtesy_is_dropped_only_when_asked() -> None:
    text = "Great question! The museum opens at 10. Hope this helps!"
    assert without_refusals(text) == (text, 0)
    assert without_refusals(text, courtesy=True) == ("The museum opens at 10.", 0)


def test_refusals_can_stay_while_courtesy_goes() -> None:
    text = "Sure! I can't help with that. The museum opens at 10."
    assert without_refusals(text, courtesy=True) == ("The museum opens at 10.", 1)
    kept = without_refusals(text, courtesy=True, refusals=False)
    assert kept == ("I can't help with that. The museum opens at 10.", 0)
