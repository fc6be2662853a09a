# ruff: noqa: RUF001  (refusal openers in non-Latin scripts and CJK punctuation, on purpose)
"""Refusal sentences in a model's answer, so output moderation reads what the answer *says*.

A refusal names what it refuses ("I can't help you make a pipe bomb"), and an n-gram model reads
the topic, not the "no": every refusal scored above the output threshold. On stage ``output``
the moderation scanner drops the sentences that are refusal statements and scores the rest, so
"I can't help with that. Here is how: ..." is still read in full.

The English phrases are shared with the eval refusal classifier (``tiergate.evals.refusal``),
which applies them to a whole reply; here each sentence is tested on its own, with openers in
the languages the moderation model was trained on.
"""

from __future__ import annotations

import re

# English phrases that, at the start of a sentence, mean "no" (shared with the eval classifier).
OPENERS = [
    r"i(?:'m| am) (?:sorry|afraid)",
    r"(?:sorry|apologies),? (?:but )?i",
    r"i apologi[sz]e,? but",
    r"i (?:(?:can(?:'|no)?t|cannot)(?! (?:believe|wait|imagine|stress|recommend enough))"
    r"|won'?t|will not|am unable to|'m unable to|am not able to|'m not able to|must decline"
    r"|have to decline|do not feel comfortable|don'?t feel comfortable)",
    r"i(?:'m| am) not (?:able|allowed|permitted|going) to",
    r"as an ai(?: language model)?,? i (?:can(?:'|no)?t|cannot|don'?t|do not|am not|won'?t)",
    r"(?:unfortunately|regrettably),? i",
    r"i (?:refuse|decline)",
    r"no,? i (?:can(?:'|no)?t|won'?t|will not)",
    r"it(?:'s| is) not (?:appropriate|ethical|safe|legal) (?:for me )?to",
    r"i(?:'d| would) (?:rather not|prefer not to)",
]
# The same "no" in the other languages of the moderation training data: a first-person "cannot /
# will not (help | do | give | write)" at the start of the sentence.
_OTHER_OPENERS = [
    r"(?:es tut mir leid|leider|entschuldigung),? (?:aber )?(?:ich|das|dabei|hierbei)",
    r"(?:ich kann|das kann ich|dabei kann ich|hierbei kann ich|ich werde)\b.{0,40}\bnicht\b",
    r"(?:désolée?|je suis désolée?|malheureusement),? (?:mais )?je",
    r"je ne (?:peux|vais|souhaite|suis pas en mesure)",
    r"(?:lo siento|lamentablemente|lo lamento),? (?:pero )?(?:no|yo)",
    r"no (?:puedo|voy a|es posible que)",
    r"(?:mi dispiace|purtroppo),? (?:ma )?(?:non|io)",
    r"non (?:posso|sono in grado|ti aiuterò|aiuterò)",
    r"(?:desculpe|lamento|infelizmente),? (?:mas )?(?:não|eu)",
    r"(?:não posso|não vou|eu não posso|não consigo ajudar)",
    r"(?:sorry|het spijt me),? (?:maar )?ik",
    r"ik (?:kan|ga|zal) (?:je |u )?(?:hier )?(?:niet|daar niet|hierbij niet)",
    r"(?:przepraszam|niestety),? (?:ale )?(?:nie|w tym)",
    r"nie (?:mogę|pomogę|jestem w stanie)",
    r"(?:извините|к сожалению|простите),? (?:но )?(?:я|не)",
    r"я не (?:могу|буду|стану)",
    r"(?:üzgünüm|maalesef),? ",
    r"(?:bu konuda )?(?:yardımcı olamam|yapamam|veremem)",
    r"(?:抱歉|对不起|很抱歉|不好意思)",
    r"我(?:不能|无法|不会|没法)",
    r"(?:申し訳|すみません|残念ながら)",
    r"(?:عذرًا|عذرا|آسف|للأسف)",
    r"(?:لا أستطيع|لا يمكنني|لن أساعد)",
    r"(?:माफ़ कीजिए|माफ़ करें|क्षमा करें|मुझे खेद है)",
]
# A "refusal" that goes on to comply is not a refusal: keep the sentence in the scored text.
_COMPLIES = re.compile(
    r"\b(?:here(?:'s| is| are)|as follows|step \d|first,? (?:you|get|take|buy|mix))\b"
    r"|\bi can'?t refuse|\bcan'?t say no",
    re.I,
)
_OPENER_RE = re.compile(r"^\W*(?:" + "|".join(OPENERS + _OTHER_OPENERS) + ")", re.I)
# Sentences end at . ! ? (and their CJK forms), or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])\s*|\n+")
# A long "sentence" is a paragraph the splitter could not cut: never dropped whole.
_MAX_REFUSAL_CHARS = 300


def _clean(sentence: str) -> str:
    return sentence.replace("\u2019", "'").strip()


def is_refusal_sentence(sentence: str) -> bool:
    s = _clean(sentence)
    if not s or len(s) > _MAX_REFUSAL_CHARS or _COMPLIES.search(s):
        return False
    return _OPENER_RE.match(s) is not None


# Courtesy around an answer ("Good question!", "Hope this helps. Let me know if ..."): it says
# nothing about what the answer does, yet a harmful answer wrapped in it scored lower (dev recall
# 0.66 -> 0.50 at the default threshold), since such sentences are mostly seen in benign ones.
_COURTESY = re.compile(
    r"^\W*(?:"
    r"(?:sure|of course|certainly|absolutely|okay|ok|alright|no problem|gladly|got it|yes)\W*$"
    r"|(?:i )?hope (?:this|that|it|these|the above|my answer) (?:helps|was|is|clears|answers"
    r"|makes|gives)\b"
    r"|let me know (?:if|whether|how|in case|what you think|when)\b|feel free to (?:ask|reach"
    r"|let|follow|come)\b|(?:please )?(?:don'?t|do not) hesitate\b"
    r"|(?:good|great|excellent|interesting|fair|fantastic|nice) question\b"
    r"|(?:i'?m |i am )?(?:happy|glad) to help\b"
    r"|(?:is there )?anything else (?:i can|you'?d like|you need)\b"
    r"|have a (?:great|nice|good|wonderful|lovely) (?:day|evening|week|weekend|time)\b"
    r"|good luck\W*(?:with (?:it|that|your \w+))?\W*$|best of luck\b|enjoy\W*$|cheers\W*$"
    r"|(?:do you )?want me to (?:go into|expand|elaborate|explain|add|put|turn|format|continue)\b"
    r"|would you like (?:me to (?:go into|expand|elaborate|explain|add|put|turn|format|continue)"
    r"|more)\b"
    r"|let me (?:walk you through|explain|break (?:it|this|that) down)(?: (?:it|this|that))?\W*$"
    r"|i can also (?:put this|turn this|format|go into|expand on|add more)\b"
    r"|if you (?:have|need) (?:any )?(?:other|more|further|follow-up) questions\b"
    r"|thanks? (?:you )?for (?:asking|your question|reaching out)\b"
    r"|(?:ich hoffe|hoffe), (?:das|es|dies) hilft|viel (?:erfolg|spaß|glück)\W*$|gerne\W*$"
    r"|espero que (?:te|le|esto|isto|isso|lhe) (?:sirva|ayude|ajude)|buena suerte\W*$"
    r"|boa sorte\W*$|j'espère que (?:cela|ça) (?:vous|t')aide|n'hésitez pas\b|bonne chance\W*$"
    r"|spero (?:che )?(?:ti|le|questo) (?:sia|aiuti)|buona fortuna\W*$"
    r"|ik hoop dat (?:dit|het) helpt"
    r"|надеюсь, это поможет|удачи\W*$|希望(?:这|對你|对你)有(?:所)?帮助|お役に立て"
    r")",
    re.I,
)
_MAX_COURTESY_CHARS = 100


def is_courtesy_sentence(sentence: str) -> bool:
    s = _clean(sentence)
    return 0 < len(s) <= _MAX_COURTESY_CHARS and _COURTESY.match(s) is not None


def without_refusals(
    text: str, *, courtesy: bool = False, refusals: bool = True
) -> tuple[str, int]:
    """``text`` without its refusal sentences (unless ``refusals`` is off) and, with
    ``courtesy``, without its courtesy sentences; and how many refusal sentences were dropped."""
    parts = [p for p in _SENTENCE_END.split(text) if p.strip()]
    kept = [p for p in parts if not (refusals and is_refusal_sentence(p))]
    refused = len(parts) - len(kept)
    if courtesy:
        kept = [p for p in kept if not is_courtesy_sentence(p)]
    return " ".join(p.strip() for p in kept), refused
