"""A user's follow-up that steers the last answer ("Scratch that, make it a haiku instead.",
"could you translate it back to english"): the part that says what to change, without the
steering frame, or None when the text is not such a follow-up.

Why: the request model is an n-gram model, and in its training data "make it" and "instead"
stand mostly in harmful requests ("... instead of going to the ER", "make it more lethal"), so
"make it a list instead" scored 0.99 and was blocked as defamation. The frame says nothing
about harm; what is asked for is in the rest ("a list"), and the scanner scores that rest alone
(``tiergate.guards.scanners.moderation``). English only: the frames of other languages did not
over-block (tests/guards/data/followups.txt, 17 languages).

The rest is used only when it is short and names nothing that could make a follow-up harmful
on its own ("make it more lethal instead", "make it untraceable"): a long rest ("... but keep
the real nerve agent synthesis accurate") is a request of its own and keeps the whole text's
score. The harm rules still read the whole text.
"""

from __future__ import annotations

import re

__all__ = ["MAX_CHARS", "MAX_WORDS", "steered_part"]

MAX_CHARS = 100  # a follow-up is one short line
MAX_WORDS = 6  # "an acrostic poem spelling MOM"; longer rests are requests of their own

_FILLER = (
    r"(?:(?:ok(?:ay)?|no|nah|hmm+|hm|actually|wait|sorry|great|thanks|thank you|cool|nice|"
    r"perfect|good|also|and|but|so|then|now|instead|scratch that|forget that|never ?mind|"
    r"on second thought)[\s,.!;:-]+)*"
)
_POLITE = r"(?:(?:can|could|would|will) you\s+|please\s+|pls\s+|just\s+|now\s+|maybe\s+)*"
_VERB = (
    r"(?:make|turn|rewrite|redo|change|convert|format|put|write|rephrase|translate|try)\s+"
    r"(?:it|that|this|them|the whole thing|it all)\b(?:\s+(?:into|as|in|to))?"
)
_FRAME = re.compile(r"^\s*" + _FILLER + _POLITE + _VERB + r"\s*", re.IGNORECASE)
_TAIL = re.compile(
    r"[\s,]*(?:\binstead\b|\bplease\b|\bpls\b|\bthen\b|\bnow\b|\bthis time\b)?[\s.!?,]*$",
    re.IGNORECASE,
)
# Words that make a short rest harmful without the conversation ("more lethal", "untraceable",
# "a real bomb"): then the whole text keeps its score.
_HARM = re.compile(
    r"\b(?:letha\w*|deadl\w*|fatal\w*|untrace\w*|undetect\w*|toxic\w*|poison\w*|explosi\w*|"
    r"bomb\w*|weapon\w*|kill\w*|murder\w*|overdos\w*|nerve|silencer|suppressor|ransom\w*|"
    r"malware|virus\w*|meth|fentanyl|guns?|ammo|bullets?|knife|knives|hurt\w*|harm\w*|pain\w*|"
    r"suicid\w*|die|dead|death\w*|blood\w*|hack\w*|steal\w*|stolen|illegal\w*|launder\w*|"
    r"drugs?|cocaine|heroin|porn\w*|nude\w*|naked|sex\w*|racis\w*|slur\w*|hate\w*|violen\w*|"
    r"stronger|worse|dangerous|real)\b",
    re.IGNORECASE,
)


def steered_part(text: str) -> str | None:
    """What a steering follow-up asks for ("a haiku" of "Scratch that, make it a haiku
    instead.", "shorter" of "make it shorter, please"), or None when ``text`` is not a short
    steering follow-up or its rest could be harmful on its own."""
    if len(text) > MAX_CHARS:
        return None
    frame = _FRAME.match(text)
    if frame is None:
        return None
    rest, before = text[frame.end() :], None
    while rest != before:  # "..., instead, please!" -> strip one tail word at a time
        before, rest = rest, _TAIL.sub("", rest)
    rest = rest.strip()
    if len(rest.split()) > MAX_WORDS or _HARM.search(rest):
        return None
    return rest
