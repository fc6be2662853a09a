# ruff: noqa: RUF001, RUF003  (Chinese, Japanese, Turkish patterns: fullwidth punctuation and dotless i on purpose)
"""Requests to harm a named kind of target, by rule: an intent frame ("can I", "how do I",
"I want to"), a harmful act and what it is aimed at, close together, and no sign of fiction,
games, history or prevention.

The n-gram model cannot tell "blow up a balloon" from "blow up a cell tower": it has seen
"blow up" mostly in benign rows, and a short request in a neutral frame has little else to go
on ("Can I blow up a cell tower?" scored 0.002). The act and the target together can. Each rule
names a hazard category; the moderation scanner raises a request's score to ``RULE_SCORE`` when
one fires (stage input only: answers that discuss such things are the model's concern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RULE_SCORE = 0.95

# A person, not something of theirs ("kill my wife's plants" is not about the wife).
_PEOPLE = (
    r"(?:(?:my|his|her|their|our|the|a|an|some)\s+(?:\w+\s+)?"
    r"(?:wife|husband|boss|neighbou?rs?|roommate|partner|girlfriend|boyfriend|mother|father|"
    r"mom|mum|dad|sister|brother|teacher|co-?worker|colleague|ex|friend|family|kids?|child(?:ren)?|"
    r"son|daughter|baby|students?|classmates?|landlord|tenant|cops?|police\s+officers?|"
    r"president|senator|politician|judge|witness|crowd|pedestrians|protesters|people|person|"
    r"guy|girl|man|woman|stranger|customers?)"
    r"|someone|somebody|anyone|people|him|her|them|a crowd|pedestrians)(?!['\u2019]s\b)"
)
_PLACES = (
    r"(?:cell|radio|phone|5g)\s+towers?|power\s+(?:grid|plant|station|lines?)|substations?|"
    r"pipelines?|bridges?|dams?|schools?|hospitals?|churche?s?|mosques?|synagogues?|temples?|"
    r"stadiums?|airports?|planes?|aircraft|trains?|subway|metro|buses|bus|cars?|trucks?|"
    r"buildings?|offices?|embass(?:y|ies)|concerts?|parades?|police\s+stations?|courthouses?|"
    r"(?:his|her|their|my\s+\w+'s|the\s+neighbou?r'?s)\s+(?:house|home|car|shop|store)|"
    r"water\s+(?:supply|treatment(?:\s+plant)?|reservoir)|gas\s+stations?|refiner(?:y|ies)|"
    r"government\s+buildings?|power\s+transformers?|railway|rail\s+lines?|tunnels?"
)
_ACCOUNTS = (
    r"(?:someone(?:'s| else's)|my\s+(?:ex|wife|husband|boss|neighbou?r|girlfriend|boyfriend|"
    r"partner|sister|brother|coworker|colleague)(?:'s)?|his|her|their|a\s+stranger's|"
    r"other\s+people's)\s+(?:\w+\s+)?(?:e-?mail|accounts?|phone|instagram|facebook|snapchat|"
    r"bank(?:\s+account)?|wi-?fi|computer|laptop|icloud|whatsapp|messages|texts|passwords?)"
)
# Frames that ask for help doing it (first person, imperative, "best way to").
_INTENT_EN = (
    r"\b(?:can|could|may|should)\s+(?:i|we|you\s+help\s+me)\b|\bhow\s+(?:do|can|could|would|"
    r"should)\s+(?:i|we|one|someone)\b|\bhow\s+to\b|\bhelp\s+me\b|\b(?:teach|tell|show)\s+me\b|"
    r"\bwhat(?:'s|\s+is)\s+the\s+(?:best|easiest|quickest|fastest|safest|simplest|cheapest)\s+way\b|"
    r"\bi\s+(?:want|need|plan|intend|am\s+going|'m\s+going|wanna|gonna)\b|\bis\s+it\s+possible\s+to\b|"
    r"\b(?:ways|steps|tips)\s+to\b|\bguide\s+to\b|\bwithout\s+(?:getting\s+caught|anyone\s+knowing)"
)
# Fiction, games, history, news, prevention and law: the same words, asked about, not for.
_CONTEXT_OK = re.compile(
    r"(?i)\b(?:in\s+(?:gta|minecraft|fortnite|half-?life|call\s+of\s+duty|skyrim|the\s+game|a\s+game|"
    r"my\s+game|my\s+(?:novel|story|book|screenplay|script|campaign)|the\s+(?:movie|film|book|show))|"
    r"video\s*games?|novel|story|screenplay|fiction|fictional|character|villain|detectives?|"
    r"history|historically|why\s+did|when\s+did|who\s+(?:bombed|blew)|in\s+(?:1[89]|20)\d\d|"
    r"during\s+(?:the\s+)?(?:war|ww\s*i+|world\s+war)|documentary|news|prevent|protect|"
    r"recogni[sz]e|signs\s+of|warning\s+signs|report|legal(?:ly)?|law|penalty|sentence|"
    r"is\s+it\s+(?:a\s+)?crime|defend\s+myself|self-defen[cs]e|balloons?|photos?|pictures?|"
    r"videos?|footage|wedding|tires?|tyres?|pool\s+float|air\s+mattress|inflat\w*|process|server|instance|container|"
    r"sales|followers|phone\s+with\s+(?:notifications|messages))\b"
)


@dataclass(frozen=True)
class HarmRule:
    category: str
    pattern: re.Pattern[str]


def _rule(category: str, act: str, target: str, gap: int = 40) -> HarmRule:
    body = rf"\b(?:{act})\b[^.?!\n]{{0,{gap}}}?\b(?:{target})\b"
    return HarmRule(category, re.compile(body, re.IGNORECASE))


RULES: tuple[HarmRule, ...] = (
    # "bomb" as a verb is also slang for failing ("bomb the interview"): not an act here.
    _rule(
        "S9",
        r"blow(?:ing)?\s+up|detonat\w*|explode|set\s+off\s+(?:a\s+)?bomb|"
        r"plant\s+(?:a\s+)?bomb",
        _PLACES,
    ),
    _rule(
        "S9",
        r"make|build|assemble|create|put\s+together",
        r"(?:a\s+|an\s+)?(?:pipe\s+|nail\s+|dirty\s+)?(?<!bath\s)(?<!seed\s)(?<!photo\s)bombs?|"
        r"explosives?|ied|molotovs?(?:\s+cocktails?)?",
    ),
    _rule(
        "S1", r"poison(?:ing)?|drug(?!\s+test)", _PEOPLE + r"|the\s+water\s+supply|a\s+reservoir"
    ),
    # "kill time", "shoot someone a message", "hurt my friend's feelings" are not acts here.
    _rule(
        "S1",
        r"kill(?!\s+(?:time|the\s+(?:mood|vibe|lights?|engine|music)))|murder|stab|"
        r"shoot(?!\s+(?:\w+\s+){0,3}(?:a\s+)?(?:message|text|e-?mail|dm|note|line|photo|video))|"
        r"strangle|smother|beat\s+up|maim|run\s+over|"
        r"(?:crash|drive|ram)\s+(?:a\s+|my\s+|the\s+)?(?:car|truck|van)\s+into",
        _PEOPLE,
        gap=30,
    ),
    _rule(
        "S1",
        r"burn\s+down|set\s+fire\s+to|torch|firebomb",
        _PLACES + r"|(?:a|the|his|her|my)\s+"
        r"(?:house|home|apartment|shop|store|restaurant)",
    ),
    _rule(
        "S2",
        r"hack(?:\s+into)?|break\s+into|get\s+into|log\s+into|access|read|spy\s+on",
        _ACCOUNTS,
        gap=20,
    ),
    _rule(
        "S1", r"stalk|spy\s+on|secretly\s+(?:follow|track|record)", _PEOPLE + r"|my\s+ex", gap=25
    ),
    _rule("S2", r"launder", r"money|cash|funds|proceeds|profits", gap=15),
    _rule("S13", r"rig|stuff|fake|forge", r"(?:the\s+)?elections?|ballots?|votes?", gap=15),
    _rule(
        "S2",
        r"buy|get|obtain|purchase|order",
        r"(?:a\s+)?(?:gun|firearm|pistol|rifle|weapon)s?"
        r"\s+(?:without\s+(?:a\s+)?(?:license|licence|background\s+check|id|papers|permit)|"
        r"illegally|off\s+the\s+books)|(?:an?\s+)?(?:untraceable|ghost)\s+guns?",
        gap=25,
    ),
    _rule(
        "S2",
        r"make|cook|synthesi[sz]e|manufacture|produce|brew",
        r"meth(?:amphetamine)?|fentanyl|crack(?:\s+cocaine)?|heroin|lsd|mdma|ghb|ricin|sarin",
        gap=20,
    ),
)
_INTENT = re.compile(_INTENT_EN, re.IGNORECASE)
# Other languages: an intent frame and one of a few unambiguous acts (a bomb, poisoning or
# killing a person, a gun without a licence); the n-gram model is weakest outside English.
_INTENT_OTHER = re.compile(
    r"(?i)\b(?:wie\s+kann\s+ich|kann\s+ich|ich\s+will|comment\s+(?:puis-je|faire|on)|puis-je|"
    r"je\s+veux|c[oó]mo\s+(?:puedo|hago|se)|puedo|quiero|como\s+(?:posso|fa[cç]o)|posso|quero|"
    r"come\s+(?:posso|si)|voglio|hoe\s+kan\s+ik|kan\s+ik|ik\s+wil|jak\s+(?:mog[eę]|zrobi[cć])|"
    r"czy\s+mog[eę]|chc[eę]|как\s+(?:мне|можно)?|можно\s+ли|хочу)\b"
)
_OTHER_ACTS: tuple[HarmRule, ...] = (
    HarmRule(
        "S9",
        re.compile(
            r"(?i)(?<!bain\s)(?<!de\sbaño\s)\b(?:bombe|bomba|bomb[eęy]|бомб\w*|sprengstoff|explosif|explosivo|esplosivo|"
            r"springstof|materia[lł]\s+wybuchow\w*|взрывчатк\w*|sprengen|faire\s+exploser|"
            r"volar|explodir|far\s+esplodere|opblazen|wysadzi[cć]|взорвать)\b"
        ),
    ),
    # Poisoning only: the verbs for killing also kill time ("matar el tiempo").
    HarmRule(
        "S1",
        re.compile(
            r"(?i)\b(?:vergiften|empoisonner|envenenar|avvelenare|otru[cć]|trucizn\w*|отравить|"
            r"vergiftigen)\b"
        ),
    ),
    HarmRule(
        "S2",
        re.compile(
            r"(?i)\b(?:waffe|arme|arma|broń|оружие|pistole|pistolet|pistola)\b[^.?!\n]{0,30}?\b"
            r"(?:ohne|sans|sin|sem|senza|zonder|bez|без)\b"
        ),
    ),
)


# Scripts without spaces between words (Chinese, Japanese) have no word boundaries for ``\b``,
# and the n-gram model missed "如何在家里制造炸弹？" (0.24): an intent frame and making a bomb
# or poisoning a person, in Chinese, Japanese, Korean, Turkish, Arabic and Hindi. Bath bombs
# ("泡澡", "banyo", "बाथ") and the same contexts as above, in these languages, are left alone.
_INTENT_ASIAN = re.compile(
    r"如何|怎么|怎麼|怎样|怎樣|教我|我想|我要|帮我|幫我|有什么办法|有什麼辦法|"
    r"どうやって|作り方|作りたい|方法を教えて|어떻게|방법|만드는\s*법|做法|配方|步骤|步驟|"
    r"(?i:nas[ıi]l|yapmak\s+istiyorum)|كيف|أريد|اريد|طريقة|कैसे|तरीका|बताओ|बताइए"
)
_CONTEXT_OK_ASIAN = re.compile(
    r"小说|小說|故事|历史|歷史|游戏|遊戲|电影|電影|新闻|新聞|防止|预防|預防|识别|識別|泡澡|沐浴|"
    r"小説|歴史|ゲーム|映画|ニュース|防ぐ|소설|역사|게임|영화|뉴스|예방|"
    r"(?i:roman|tarih|oyun|film|haber|banyo|önle)|رواية|تاريخ|لعبة|فيلم|أخبار|"
    r"उपन्यास|कहानी|इतिहास|गेम|फिल्म|खबर|बाथ"
)
_ASIAN_ACTS: tuple[HarmRule, ...] = (
    HarmRule(
        "S9",
        re.compile(
            r"(?:制造|製造|制作|製作|做|造|组装|組裝|自制|自製)[^。？！?!\n]{0,10}?(?:炸弹|炸彈|炸药|炸藥|爆炸物)|"
            r"(?:炸弹|炸彈|炸药|炸藥|爆炸物)[^。？！?!\n]{0,6}?(?:做法|制作|製作|制造|製造|配方)|"
            r"(?:爆弾|爆発物)[^。？！?!\n]{0,10}?(?:作|造)|(?:폭탄|폭발물)[^.?!\n]{0,12}?만[들드]|"
            r"(?i:bomba|patlay[ıi]c[ıi])[^.?!\n]{0,20}?(?i:yap)|"
            r"(?:صنع|تصنيع|أصنع|اصنع)[^.?!\n]{0,20}?(?:قنبلة|متفجرات)|"
            r"(?:बम|विस्फोटक)[^.?!।\n]{0,20}?(?:बना)"
        ),
    ),
    HarmRule(
        "S1",
        re.compile(
            r"(?:毒死|下毒|投毒)[^。？！?!\n]{0,6}?(?:人|他|她|老公|老婆|丈夫|妻子|老板|邻居|鄰居|同事|室友|孩子)|"
            r"(?:人|他|她|老公|老婆|丈夫|妻子|老板|邻居|鄰居|同事)[^。？！?!\n]{0,6}?(?:毒死|下毒)|"
            r"毒殺|독살|(?i:zehirle(?!n))|تسميم|ज़हर\s*दे|जहर\s*दे"
        ),
    ),
)


def match(text: str) -> str | None:
    """The hazard category of the first rule that fires, or None."""
    if len(text) > 600 or _CONTEXT_OK.search(text) or _CONTEXT_OK_ASIAN.search(text):
        return None  # long texts are the model's; the context says it is not a request to harm
    for intent, rules in (
        (_INTENT, RULES),
        (_INTENT_OTHER, _OTHER_ACTS),
        (_INTENT_ASIAN, _ASIAN_ACTS),
    ):
        if intent.search(text):
            hit = next((rule.category for rule in rules if rule.pattern.search(text)), None)
            if hit is not None:
                return hit
    return None
