"""Weak category labels for training rows that carry none (the shipped prompt sets have no
hazard codes in their ids): keyword rules per MLCommons hazard (S1-S14). Training only; the
product never runs these. A row may get several categories, or none (then it trains only the
harmful-vs-benign head)."""

# ruff: noqa: E501  (keyword regexes read best unwrapped)
from __future__ import annotations

import re

# The category names live with the scanner (one list for product and training).

_KW: dict[str, str] = {
    "S1": r"\b(kill(ing|ed)?|murder\w*|stab\w*|shoot(ing)?|assault\w*|beat (him|her|them|up)|"
    r"hurt (him|her|them|someone|people)|kidnap\w*|tortur\w*|strangl\w*|violen\w*|attack (on|a|the) "
    r"(people|person|crowd|school|church|mosque)|hijack\w*|terror\w*|massacre|abuse (my|a) "
    r"(wife|husband|dog|cat|animal)|animal cruelty|punch\w*|physically harm|maim|hitman|lynch|"
    r"threaten\w*|deadly|lethal|rat poison|poison (my|his|her|someone|a person)|"
    r"smash\w* (his|her|their)|beat(ing)? up|fatal injur\w*)",
    "S2": r"\b(steal\w*|stole|theft|rob(bery|bing)?|shoplift\w*|launder\w*|fraud\w*|scam\w*|"
    r"phishing|hack\w*|malware|ransomware|virus|trojan|keylogger|ddos|botnet|exploit\w*|"
    r"counterfeit\w*|forg(e|ery|ing)|smuggl\w*|traffick\w*|drug deal\w*|sell drugs|meth\b|cocaine|"
    r"heroin|fentanyl|illegal\w*|evade tax\w*|tax evasion|brib\w*|embezzl\w*|pyramid scheme|"
    r"ponzi|blackmail\w*|extort\w*|vandali\w*|arson|break into|burglar\w*|poach\w*|"
    r"insider trading|without getting caught|get away with|cyberattack|bypass security|"
    r"methamphetamine|hot-?wire|deepfake\w*|spam\w*|manipulate the market|deceiv\w* investors|"
    r"fake investment|adware|credentials|password|cheat\w*|without (detection|being traced))",
    "S3": r"\b(rape\w*|sexual(ly)? (assault|harass)\w*|molest\w*|grop\w*|prostitut\w*|"
    r"sex traffick\w*|hooker|escort\w*|non-?consensual|without (their|her|his) consent|"
    r"upskirt|voyeur\w*|revenge porn|roofie|date rape|spik(e|ing) (her|a|someone'?s?) drink)",
    "S4": r"\b(child (porn\w*|sexual|abuse)|csam|underage|minor(s)? (in a )?sexual|pedophil\w*|"
    r"paedophil\w*|manipulate a child|(penis|genitals) to (the )?(children|kids)|groom(ing)? (a |the )?(child|kid|minor)|(child|kid|minor|teen|[0-9]{1,2}-year-old)"
    r"\w*[^.?!]{0,40}\b(sex|sexual|nude|naked|explicit)\w*|lolicon)",
    "S5": r"\b(defam\w*|libel\w*|slander\w*|false (rumou?r|claim|accusation|stor)\w*|fake "
    r"(news|scandal|review|quote)\w*|smear\w*|ruin (his|her|their) reputation|spread (lies|"
    r"rumou?rs|false))",
    "S6": r"\b(diagnos\w*|prescri\w*|dosage|dose of|treat my|medical advice|legal advice|"
    r"financial advice|without (a|seeing a|consulting a) (doctor|lawyer)|invest (all|my)|"
    r"represent myself)",
    "S7": r"\b(home address|phone number|social security|ssn|personal (data|information|details)|"
    r"private (information|data|messages|life)|dox\w*|track (my|his|her|someone)\w*|spy on|"
    r"spyware|stalk\w*|location of|where (does )?\w+ live|medical records|credit card numbers?|"
    r"browsing (data|history)|surveil\w*|email address|passport number|"
    r"bank account details|grades|client information|salary of)",
    "S8": r"\b(pirat\w*|copyright\w*|torrent\w*|crack(ed)? (software|license|the license)|keygen|"
    r"drm|full (text|lyrics)|trade secret\w*|intellectual property|plagiari\w*|counterfeit "
    r"(brand|designer|goods|nike|gucci)|watermark|bootleg\w*)",
    "S9": r"\b(bomb\w*|explosi\w*|detonat\w*|ied|grenade|nerve agent|sarin|vx|ricin|anthrax|"
    r"mustard gas|chemical weapon\w*|biological (weapon|agent)\w*|bioweapon\w*|nuclear (weapon|bomb)"
    r"|dirty bomb|radiological|enrich\w* uranium|plutonium|pathogen\w*|weaponi[sz]\w*|pandemic|"
    r"napalm|toxin\w*|poison gas|mass casualt\w*|weapons? of mass destruction|silencer|"
    r"untraceable (gun|firearm)|3d[- ]printed gun)",
    "S10": r"\b(racis\w*|racial slur\w*|slurs?|inferior|subhuman|white suprem\w*|nazi\w*|"
    r"hate speech|hateful|derogatory|discriminat\w*|sexis\w*|homophob\w*|transphob\w*|"
    r"islamophob\w*|antisemit\w*|bigot\w*|(muslims|jews|blacks|black people|immigrants|gays|"
    r"women|asians|mexicans|chinese|arabs|christians|hindus|disabled (people|individuals)|"
    r"transgender people|lgbtq?\+?) (are|should)|stereotype\w*|people from \w+ (are|have)|"
    r"everyone from|all (men|women) are|retard\w*|chink\w*|n[i1]gg\w*|fag\w*|kike)",
    "S11": r"\b(suicid\w*|kill (myself|herself|himself)|end (my|his|her) life|self[- ]harm\w*|"
    r"cut(ting)? myself|hurt myself|hang myself|overdos\w*|anorexi\w*|bulimi\w*|starv\w* "
    r"(myself|yourself)|pro-ana|eating disorder|want to die|easiest way to die|jump off)",
    "S12": r"\b(porn\w*|erotic\w*|explicit (sex|sexual|content|scene|story)\w*|sex scene|nude\w*|"
    r"naked|orgasm\w*|sexting|dirty talk|talk dirty|genital\w*|bdsm|fetish\w*|nsfw|xxx|"
    r"sexual(ly)? explicit|adult content|onlyfans)",
    "S13": r"\b(election\w*|ballot\w*|voter\w*|voting|polling (station|place)\w*|polls close|"
    r"vote (by|early|twice|on)|electoral)",
    "S14": r"\b(code interpreter|sandbox|/etc/(passwd|shadow)|reverse shell|privilege escalation|"
    r"escalate privileges|fork bomb|os\.system|subprocess|exfiltrat\w*|your (execution )?"
    r"environment|the host (system|machine)|container escape|rm -rf)",
}
PATTERNS: dict[str, re.Pattern[str]] = {c: re.compile(p, re.IGNORECASE) for c, p in _KW.items()}
# Whole sources whose hazard is known.
SOURCE_CATEGORY: dict[str, str] = {"purplellama-interpreter": "S14"}


def weak_categories(text: str, source: str) -> list[str]:
    if source in SOURCE_CATEGORY:
        return [SOURCE_CATEGORY[source]]
    return [c for c, p in PATTERNS.items() if p.search(text)]
