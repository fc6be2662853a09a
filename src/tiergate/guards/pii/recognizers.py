"""Fast structured-PII recognizers: compiled regex + checksum validator + context words.

Each recognizer is declared as data (like Presidio's YAML recognizers) so the table is the
documentation. Scores: a checksum-validated hit is strong evidence; a pattern that is also a
common non-PII shape (9 digits, 11 digits) stays below the default threshold unless a context
word ("ssn", "steuer-id") appears shortly before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from tiergate.guards.ml.normalize import UNSPACED, spaced_shape
from tiergate.guards.pii import validators as v


@dataclass(frozen=True, slots=True)
class Match:
    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class Recognizer:
    type: str
    pattern: re.Pattern[str]
    score: float  # score of a (validated) hit without context
    validator: Callable[[str], bool] | None = None
    context: tuple[str, ...] = ()
    context_score: float = 0.0  # score when a context word precedes the hit
    negative: tuple[str, ...] = ()  # words before the hit that make it something else
    negative_score: float = 0.2
    negative_chars: int = 16  # how far before the hit a negative word may stand
    # A cheap necessary condition: text with no match of it holds no hit, and is not scanned.
    needs: re.Pattern[str] | None = None
    # Found only right after its label ("passport number is ..."), which the pattern holds:
    # masking a neighbour can change where the value ends, so the engine scans masked text again.
    anchored: bool = False
    # A pattern that names letters of scripts written without spaces ("年", "생년월일") reads
    # the text as written; the others read ``spaced_shape`` (``find_structured``).
    reads_unspaced: bool = field(init=False, repr=False, compare=False)
    _ctx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _neg: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Whole-word context ("tel" must not fire inside "hotel", "ver" inside "server").
        object.__setattr__(self, "_ctx", _word_re(self.context))
        # A negative word is a whole word and not the start of an e-mail address ("v@x.com"):
        # once the address is masked the word is gone, and a second scan must agree with the first.
        object.__setattr__(self, "_neg", _word_re(self.negative, r"\b(?!@)"))
        object.__setattr__(self, "reads_unspaced", bool(UNSPACED.search(self.pattern.pattern)))

    def find(self, text: str, lower: str) -> Iterator[Match]:
        for m in self.pattern.finditer(text):
            start, end = m.span("v") if "v" in self.pattern.groupindex else m.span()
            value = text[start:end]
            if self.validator is not None and not self.validator(value):
                continue
            before = _context_before(lower, start)
            score = self.score
            if self.context and self._ctx.search(before):
                score = max(score, self.context_score)
            if self.negative and self._neg.search(before[-self.negative_chars :]):
                score = min(score, self.negative_score)
            yield Match(self.type, start, end, score)


CONTEXT_CHARS = 48
# A pseudonym ("<email_address_1>", lower-cased here) reads as the bare placeholder the engine's
# re-scan masks with, so context distances agree between the first scan and a scan of its output.
_PSEUDONYM = re.compile(r"<([a-z_]+)_\d+>")


def _context_before(lower: str, start: int) -> str:
    raw = lower[max(0, start - CONTEXT_CHARS - 16) : start]
    if "<" in raw:
        raw = _PSEUDONYM.sub(r"<\1>", raw)
    return raw[-CONTEXT_CHARS:]


def _word_re(words: tuple[str, ...], tail: str = "") -> re.Pattern[str]:
    """Words starting at a word boundary; ``tail`` = r"\b" to also require them to end there.
    A word in a script without spaces ("手机") has no boundary to start at: anywhere will do."""
    if not words:
        return re.compile("$^")
    spaced = [re.escape(w) for w in words if not UNSPACED.match(w)]
    unspaced = [re.escape(w) for w in words if UNSPACED.match(w)]
    alternatives = [r"\b(?:" + "|".join(spaced) + ")" + tail] if spaced else []
    alternatives += [r"(?:" + "|".join(unspaced) + ")"] if unspaced else []
    return re.compile("|".join(alternatives))


_B = r"(?<![\w@.+-])"  # left boundary: not inside a word, email, number or version string
_E = r"(?![\w@-]|\.\d)"  # right boundary
# An e-mail's left boundary is not after "%" either: "%" belongs to a local part, and a start
# after each "%" of "%41%41..." rescanned the run to its end (39 kB took 0.6 s).
_B_MAIL = r"(?<![\w@.+%-])"

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_STREET = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|Pl|Court|Ct|Way|"
    r"Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close|Row)"
)
_WORD = r"[A-Z][a-z\u00df-\u00ff\u0100-\u017f'-]+"
_UK_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})\b"
_DOB = ("born", "dob", "d.o.b", "birth", "geboren", "geb.", "né", "née", "naissance", "nacimiento",
        "nacido", "nacida", "nascido", "nascida", "nato", "nata", "nascita", "nascimento",
        "geboortedatum", "urodzony", "urodzona", "urodzenia", "出生", "生日", "生于", "生於",
        "生年月日", "誕生日", "생년월일", "생일", "วันเกิด", "เกิดวันที่", "เกิดเมื่อ")  # fmt: skip
_HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff"
_HAN = f"[{_HAN_CHARS}]"
_HAN_OR_DIGIT = f"[{_HAN_CHARS}0-9A-Za-z]"
_DASH = "[-\uff0d\u2010]"  # a hyphen, full-width or not
# Where a Chinese address may start: after a letter of another script, or right after a word
# that introduces a place, and never on a particle, so that "我搬到了深圳市…" does not take
# "了深圳" for the city. (The lengths above bound how far back a match can reach.)
_ZH_ADDRESS_START = f"(?:(?<![{_HAN_CHARS}])|" + "|".join(
    f"(?<={w})" for w in ("地址", "住址", "寄往", "寄到", "送到", "送往", "搬到", "住在", "位于",
                          "位於", "在", "是", "至", "到", "于", "於", "了", "为", "為")
) + ")(?![了的在到是往于於为為和与])"  # fmt: skip
_THAI_MONTH = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|"
    r"ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
)
# Month names of the languages the rest of the recognizers cover, for birth dates written out.
_MONTH_INTL = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre|Januar|Jänner|Februar|März|Maerz|Juni|Juli|Oktober|Dezember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    r"diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro|januari|"
    r"februari|maart|mei|augustus|oktober)"
)


def _date_ok(value: str) -> bool:
    """Rejects impossible numeric dates (month 13, day 32)."""
    nums = [int(x) for x in re.findall(r"\d+", value)]
    if re.search(r"[A-Za-z]", value):  # a month name: only the day can be wrong
        return all(1 <= n <= 31 or n >= 1000 for n in nums)
    if len(nums) != 3:
        return False
    if nums[0] > 999:  # ISO: year-month-day
        return 1 <= nums[1] <= 12 and 1 <= nums[2] <= 31
    a, b = nums[0], nums[1]
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _phone_ok(value: str) -> bool:
    digits = [ch for ch in value if ch.isdigit()]
    return 7 <= len(digits) <= 15 and len(set(digits)) >= 3  # not 0000 0000


def _cued_phone(pattern: re.Pattern[str], score: float, context_score: float) -> Recognizer:
    """A phone number shape that a phone cue raises and an order, account or tracking word
    up to 32 characters before it lowers."""
    return Recognizer(
        "PHONE_NUMBER",
        pattern,
        score,
        _phone_ok,
        _PHONE_CTX,
        context_score,
        _NOT_PHONE,
        negative_chars=32,
    )


def _iban_prefix_ok(value: str) -> bool:
    return v.iban_ok(_trim_iban(value))


def _trim_iban(value: str) -> str:
    """The regex may run on into a following group; the country fixes the true length."""
    length = v.IBAN_LENGTHS.get(value[:2].upper(), 0)
    seen = 0
    for i, ch in enumerate(value):
        seen += ch.isalnum()
        if seen == length:
            return value[: i + 1]
    return value


def _card_ok(value: str) -> bool:
    digits = v.compact(value)
    return v.card_ok(value) and v.card_issuer_ok(digits)


def _ipv4_ok(value: str) -> bool:
    return v.ip_ok(value) and value.count(".") == 3


def _ipv6_ok(value: str) -> bool:
    """Valid IPv6 with some hex groups (not a clock time like 10:30:00)."""
    return len(value) >= 6 and v.ip_ok(value) and re.search(r"[A-Fa-f\d]{3}", value) is not None


def _secret_ok(value: str) -> bool:
    """Generic `password=...` values: require some entropy so `password=changeme` prose and
    placeholders like `<API_KEY>` do not count."""
    classes = sum(bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w]"))
    return len(set(value)) >= 6 and classes >= 2 and not value.startswith("<")


def _passport_ok(value: str) -> bool:
    """Passport numbers carry digits (US: 9 digits or a letter and 8 digits; EU: mixed)."""
    return sum(ch.isdigit() for ch in value) >= 4


def _id_number_ok(value: str) -> bool:
    """A licence number carries digits, and is not a date or a year range ("2019-2024")."""
    digits = sum(ch.isdigit() for ch in value)
    return digits >= 4 and not re.fullmatch(r"\d{4}(?:-\d{1,4}){0,2}", value)


def _account_ok(value: str) -> bool:
    """6 to 20 digits (UK accounts 8, Spanish CCC numbers 20)."""
    return 6 <= sum(ch.isdigit() for ch in value) <= 20


# After an ID's name: "no." / "number" / "#" in a few languages, then an optional "is" or ":".
_ID_LABEL_TAIL = (
    r"(?i:[ \t]{0,3}(?:no\.?|number|num\.?|nr\.?|n°|#|nummer|numéro|número|numero))?"
    r"(?i:[ \t]{1,3}(?:is|was|ist|est|es|è|é|=))?"
    r"[ \t]{0,3}[:#]?[ \t]{0,3}"
)


_AADHAAR_CTX = ("aadhaar", "aadhar", "uidai", "uid")
# "my social" is how people say it in chat ("my social is 536221234").
_SSN_CTX = ("ssn", "social security", "social sec", "ss#", "ss #", "taxpayer", "my social is",
            "my social #", "my social:", "my social number")  # fmt: skip
# Four dotted numbers after these words are versions and section numbers, not addresses.
_NOT_IP = ("version", "ver", "release", "build", "firmware", "fw", "section", "sec", "§",
           "chapter", "patch", "sdk", "update", "upgrade", "rev", "revision")  # fmt: skip
# Tracking, order and account numbers come in the same digit groups as national phone numbers.
_NOT_PHONE = ("tracking", "track", "order", "invoice", "account", "acct", "ref", "reference",
              "parcel", "shipment", "serial", "mrn", "patient id", "policy", "订单", "訂單",
              "单号", "單號", "运单", "運單", "快递", "伝票", "追跡", "注文", "주문", "운송장",
              "พัสดุ")  # fmt: skip
# Part, SKU and model numbers share the SSN's 3-2-4 shape.
_NOT_SSN = ("part", "sku", "item", "model", "serial", "ref", "order", "invoice", "case", "ticket")
_PHONE_CTX = ("phone", "tel", "tél", "call", "mobile", "mob", "cell", "celular", "handy",
              "whatsapp", "fax", "number", "callback", "contact", "reach", "sms", "text me",
              "texting", "direct", "dial", "ring", "móvil", "movil", "portable", "numéro",
              "nummer", "número", "ruf", "teléfono", "telefono", "telefone", "telefon",
              "telefonu", "téléphone", "telephone", "mobil", "móvel", "cellulare", "numer",
              "numero", "číslo", "komórka", "komórki", "电话", "電話", "手机", "手機", "号码",
              "號碼", "联系", "聯絡", "携帯", "番号", "전화", "연락처", "휴대폰", "번호", "เบอร์",
              "โทร", "ติดต่อ")  # fmt: skip

# Pieces of an e-mail address written out in words.
_SP, _SP1 = r"[ \t]{0,3}", r"[ \t]{1,3}"
_DOT = rf"(?:\.|{_SP}[\[(<{{]{_SP}(?:dot|\.){_SP}[\])>}}]{_SP}|{_SP1}dot{_SP1})"
_AT_BRACKET = rf"{_SP}[\[(<{{]{_SP}(?:at|@){_SP}[\])>}}]{_SP}"
_TLD = r"(?:com|org|net|edu|gov|mil|int|info|biz|io|co|ai|app|dev|me|[a-z]{2})"
# Bounded repeats: "x dot x dot x ..." must not make every start position scan to the end.
_LOCAL = rf"[a-z0-9_%+-]{{1,64}}(?:{_DOT}[a-z0-9_%+-]{{1,64}}){{0,4}}"
# A bare " at " needs a dotted (or "dot"-spelt) local part: "kenji.w at", "kenji dot w at".
_LOCAL_DOTTED = rf"[a-z0-9_%+-]{{1,64}}(?:{_DOT}[a-z0-9_%+-]{{1,64}}){{1,4}}"
_DOMAIN = rf"[a-z0-9-]{{1,63}}(?:{_DOT}[a-z0-9-]{{1,63}}){{0,3}}{_DOT}{_TLD}"

RECOGNIZERS: tuple[Recognizer, ...] = (
    Recognizer(
        "EMAIL_ADDRESS",
        re.compile(
            _B_MAIL + r"[A-Za-z0-9._%+-]+(?:'[A-Za-z0-9._%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
            r"\.[A-Za-z]{2,24}\b"
        ),
        1.0,
    ),
    # Written out to dodge scrapers: "amir.h [at] protonmail.com", "kenji dot watanabe at gmail
    # dot com". A bracketed [at] / (at) is an address; a bare " at " only with a spelt-out "dot"
    # or a dotted local part, so "sign up at github.com" stays prose.
    Recognizer(
        "EMAIL_ADDRESS",
        re.compile(
            rf"{_B_MAIL}{_LOCAL}{_AT_BRACKET}{_DOMAIN}\b|{_B_MAIL}{_LOCAL_DOTTED}{_SP1}at{_SP1}{_DOMAIN}\b",
            re.I,
        ),
        0.9,
        # Either form holds a bracketed or a spaced "at": a third of the scanner's regex time
        # on a 1 kB prompt went to trying this pattern at every word.
        needs=re.compile(r"[\[(<{][ \t]{0,3}(?:at|@)[ \t]{0,3}[\])>}]|[ \t]at[ \t]", re.I),
    ),
    Recognizer(
        "CREDIT_CARD",
        re.compile(_B + r"\d(?:[ -]?\d){12,18}" + _E),
        1.0,
        _card_ok,
    ),
    Recognizer("CREDIT_CARD", re.compile(_B + r"\d{4}(?:\.\d{4}){3}" + _E), 1.0, _card_ok),
    Recognizer(  # Luhn-valid but an unknown issuer: 1 random number in 10 passes, so want a cue
        "CREDIT_CARD",
        re.compile(_B + r"\d(?:[ -]?\d){12,18}" + _E),
        0.3,
        v.card_ok,
        ("card", "credit", "debit", "visa", "mastercard", "amex", "cc", "payment"),
        0.85,
    ),
    Recognizer(
        "IBAN_CODE",
        # Checksum-validated, so case and dash separators cost no precision.
        re.compile(
            r"(?<![\w-])(?P<v>[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}"
            r"(?:[ -]?[A-Za-z0-9]{1,3})?)\b"
        ),
        1.0,
        _iban_prefix_ok,
    ),
    Recognizer(
        "US_SSN",
        re.compile(_B + r"\d{3}-\d{2}-\d{4}" + _E),
        0.85,
        v.ssn_ok,
        _SSN_CTX,
        1.0,
        _NOT_SSN,
        negative_chars=24,
    ),
    # The example numbers ssn_ok turns away count only where the text calls them an SSN
    # ("SSN 123-45-6789"): Presidio drops them, but a value labelled as one is redacted as one.
    Recognizer(
        "US_SSN",
        re.compile(_B + r"\d{3}-\d{2}-\d{4}" + _E),
        0.2,
        v.ssn_placeholder,
        _SSN_CTX,
        0.85,
        _NOT_SSN,
        negative_chars=24,
    ),
    Recognizer(
        "US_SSN",
        re.compile(_B + r"\d{3} \d{2} \d{4}" + _E),
        0.6,
        v.ssn_ok,
        _SSN_CTX,
        1.0,
    ),
    Recognizer("US_SSN", re.compile(_B + r"\d{9}" + _E), 0.3, v.ssn_ok, (*_SSN_CTX, "ss no"), 0.85),
    Recognizer(
        "IP_ADDRESS",
        # "IP10.0.3.17": a label run into the address, as Chinese and Japanese text writes it
        re.compile(r"(?:(?<![\w.:-])|(?<=IP))(?:\d{1,3}\.){3}\d{1,3}(?![\w-]|\.\d)"),
        0.95,
        _ipv4_ok,
        negative=_NOT_IP,
        negative_chars=24,
    ),
    Recognizer(
        "IP_ADDRESS",
        re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"),
        0.95,
        _ipv6_ok,
    ),
    Recognizer(
        "PHONE_NUMBER",
        re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,5}(?![\w-])"),
        0.85,
        _phone_ok,
        _PHONE_CTX,
        0.95,
    ),
    Recognizer(
        "PHONE_NUMBER",
        re.compile(_B + r"(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}" + _E),
        0.8,
        _phone_ok,
        _PHONE_CTX,
        0.95,
    ),
    # "00" international prefix: 0049 30 12345678
    _cued_phone(
        re.compile(_B + r"00[1-9]\d{0,2}(?:[ .-](?:\(\d{1,5}\)\d{0,5}|\d{1,8})){1,5}" + _E),
        0.75,
        0.95,
    ),
    # an area code in brackets: (030) 2847 1193, (11) 98765-4321
    _cued_phone(re.compile(r"(?<![\w)])\(0?\d{2,4}\) ?\d{3,5}(?:[ .-]?\d{3,5})?" + _E), 0.7, 0.95),
    # French and Belgian pairs: 06 12 34 56 78, 01.42.68.53.00
    _cued_phone(re.compile(_B + r"0[1-9](?:([ .])\d{2})(?:\1\d{2}){3}" + _E), 0.8, 0.95),
    # UK mobile: 07700 900461
    _cued_phone(re.compile(_B + r"07\d{3} ?\d{6}" + _E), 0.7, 0.95),
    # trunk-prefix national numbers in groups: 020 3318 4470, 03-1234-5678
    _cued_phone(re.compile(_B + r"0\d{1,4}[ /.-]\d{3,4}[ .-]\d{3,5}" + _E), 0.55, 0.9),
    # the same digits run together are as often an account or order number
    _cued_phone(re.compile(_B + r"0\d{2,4}[ /.-]?\d{3,4}[ .-]?\d{3,5}" + _E), 0.4, 0.8),
    # groups without a trunk prefix (91 123 45 67, 555-0137) only with a cue
    _cued_phone(re.compile(_B + r"(?:\d{2,3}[ .-])?\d{3}[ .-]\d{2}[ .-]?\d{2}" + _E), 0.2, 0.75),
    # three groups of three (Spain 612 345 678, Poland 601-234-567) only with a cue
    _cued_phone(re.compile(_B + r"\d{3}([ .-])\d{3}\1\d{3}" + _E), 0.2, 0.75),
    # and the nine digits run together, also only with a cue
    _cued_phone(re.compile(_B + r"[1-9]\d{8}" + _E), 0.2, 0.7),
    # Chinese mobile numbers, 3-4-4 (138 0013 8000, 13800138000): the "00" rule above took
    # "0013 8000" out of the middle of one
    _cued_phone(re.compile(_B + r"1[3-9]\d([ -]?)\d{4}\1\d{4}" + _E), 0.4, 0.95),
    Recognizer(  # bare 10-11 digit numbers are phone numbers only with a cue
        "PHONE_NUMBER",
        re.compile(_B + r"\d{10,11}" + _E),
        0.3,
        _phone_ok,
        _PHONE_CTX,
        0.75,
    ),
    Recognizer(
        "DATE_TIME",
        re.compile(r"(?<![\w./-])\d{4}([/.-])\d{1,2}\1\d{1,2}(?![\w/-]|\.\d)"),
        0.45,
        _date_ok,
        _DOB,
        0.95,
    ),
    Recognizer(
        "DATE_TIME",
        re.compile(r"(?<![\w./-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?![\w/-]|\.\d)"),
        0.45,
        _date_ok,
        _DOB,
        0.95,
    ),
    Recognizer(
        "DATE_TIME",
        re.compile(
            rf"\b(?:\d{{1,2}}(?:st|nd|rd|th|\.|º)?(?: of| de)? (?:{_MONTH}|{_MONTH_INTL}),?"
            rf"(?: de)? \d{{4}}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
            rf"|\d{{1,2}}-{_MONTH}-\d{{2,4}})\b",
            re.IGNORECASE,
        ),
        0.45,
        _date_ok,
        _DOB,
        0.95,
    ),
    # Birth dates written with 年月日 (an era year too: 昭和60年), 년 월 일, or a Thai month
    Recognizer(
        "DATE_TIME",
        re.compile(
            r"(?<!\d)(?:(?:(?:昭和|平成|令和)\d{1,2}|\d{4})年\d{1,2}月\d{1,2}日"
            r"|\d{4}년 ?\d{1,2}월 ?\d{1,2}일"
            rf"|\d{{1,2}} ?(?:{_THAI_MONTH}) ?\d{{4}})(?!\d)"
        ),
        0.45,
        None,
        _DOB,
        0.95,
    ),
    Recognizer(  # 19900721: a date only where a birth date is being given
        "DATE_TIME",
        re.compile(r"(?<![\w.-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w-])"),
        0.1,
        None,
        _DOB,
        0.9,
    ),
    Recognizer(
        "ADDRESS",
        re.compile(
            r"(?:(?<![\w-])(?:Flat|Apt|Apartment|Unit|Suite) \w{1,4}, )?"
            rf"(?<![\w-])\d{{1,6}}[A-Z]? (?:[NSEW]\.? )?(?:{_WORD} ){{1,3}}{_STREET}\b\.?"
            r"(?:,? (?:Apt|Apartment|Unit|Suite|Ste|Floor|Fl|#)\.? ?#?\w+)?"
            rf"(?:,? (?:{_WORD} ){{0,2}}{_WORD},? "
            rf"(?:{_UK_POSTCODE}|[A-Z]{{2}}(?: \d{{5}}(?:-\d{{4}})?)?\b))?"
        ),
        0.85,
    ),
    Recognizer(
        "ADDRESS",
        re.compile(
            rf"\b{_WORD}(?:stra(?:ß|ss)e|str\.|weg|platz|gasse|allee|ring|damm|straat|laan|"
            r"plein|gracht|kade|steeg|dreef) \d{1,4}[a-z]?"
            rf"(?:, \d{{4,5}} {_WORD})?(?!\w)"
        ),
        0.8,
    ),
    Recognizer(
        "ADDRESS",
        re.compile(
            r"(?<![\w-])\d{1,4},? (?:rue|avenue|boulevard|bd|place|chemin|allée|quai) "
            r"(?:(?:de|du|des|la|le|l')\s?)*[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}"
            r"(?:, \d{5} [A-Z][\w-]+)?",
            re.IGNORECASE,
        ),
        0.8,
    ),
    Recognizer(  # Via Roma 12, Calle Mayor 5, Rua Augusta 274, Avenida de la Paz, 14
        "ADDRESS",
        re.compile(
            # In running text Italian, Spanish and Portuguese write the street type in lower
            # case ("abito in piazza Navona 3", "vivo en calle Mayor 5"); lower-case "via" and
            # "plaza" are also English words ("sent via DHL 3"), so they need a postcode.
            r"(?<![\w-])(?:(?:Via|Viale|Piazza|Corso|Vicolo|Calle|Avenida|Av\.|Plaza|Paseo|"
            r"Carrer|Rua|Travessa|Largo|Praça|Ulica|ul\.)|"
            r"(?:viale|piazza|corso|vicolo|calle|avenida|paseo|carrer|rua|travessa|largo|praça|"
            r"ulica)|(?:via|plaza)(?=[^,\n]{2,60},? (?:n\.? ?|nº ?|n° ?)?\d{1,4}[A-Za-z]?, "
            r"\d{2}-?\d{3,4} [A-Z])) "
            r"(?:(?:de|del|de la|da|do|dos|das|della|dei|di) )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}"
            r",? (?:n\.? ?|nº ?|n° ?)?\d{1,4}[A-Za-z]?(?:, \d{2}-?\d{3,4} [A-Z][\w-]+)?"
            r"(?![\w-]| +[a-z])"
        ),
        0.8,
    ),
    # Chinese (mainland, Taiwan, Hong Kong), Japanese and Korean postal addresses: a street and
    # a number in each one's own form, after any administrative units; the start is a letter
    # of another script or a word that introduces a place ("寄往", "住所は").
    Recognizer(
        "ADDRESS",
        re.compile(
            rf"{_ZH_ADDRESS_START}(?:{_HAN}{{2,3}}?(?:省|自治区|自治區))?(?:{_HAN}{{2,3}}?市)?"
            rf"(?:{_HAN}{{1,4}}?(?:区|區|县|縣|镇|鎮|乡|鄉))?{_HAN_OR_DIGIT}{{1,8}}?"
            r"(?:大道|路|街|道|巷|弄|胡同)(?:[一二三四五六七八九十\d]+段)?(?:\d+(?:巷|弄))*\d+(?:号|號)"
            rf"(?:{_HAN_OR_DIGIT}{{0,12}}?(?:\d+(?:栋|棟|幢|座|单元|單元|层|層|樓|楼|F)|[A-Z\d]+室))*"
        ),
        0.9,
    ),
    Recognizer(
        "ADDRESS",
        re.compile(
            rf"(?<![{_HAN_CHARS}\u30a0-\u30ff])(?:東京都|北海道|大阪府|京都府|{_HAN}{{2,3}}県)?"
            rf"[{_HAN_CHARS}\u30a0-\u30ff]{{1,6}}?(?:市|区|郡|町|村)"
            rf"[{_HAN_CHARS}\u3040-\u30ff]{{0,8}}?"
            rf"(?:\d+丁目\d+(?:番地?|{_DASH})\d+号?|\d+{_DASH}\d+(?:{_DASH}\d+)?|\d+番地?(?:\d+号)?)"
            rf"(?:\s?[{_HAN_CHARS}\u30a0-\u30ffA-Za-z]{{1,12}}\s?\d+(?:号室|階|F))?"
        ),
        0.9,
    ),
    Recognizer(
        "ADDRESS",
        re.compile(
            # A district of two syllables or more is required: "로" is also a particle
            # ("처음으로 5km"), and "친구", "다시" end like a district.
            r"(?<![가-힣])(?:[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도) )?"
            r"(?:[가-힣]{2,5}(?:시|군|구) ){1,2}"
            r"(?:[가-힣0-9]{1,10}(?:대로|로|길) ?\d+(?:-\d+)?(?:번길 ?\d+)?"
            r"|[가-힣]{1,6}동 \d+(?:-\d+)?)"
            r"(?:,? ?\d+동)?(?: ?\d+호)?"
        ),
        0.9,
    ),
    Recognizer(  # a UK postcode after a house number and street is covered above; alone, a cue
        "ADDRESS",
        re.compile(r"(?<![\w-])" + _UK_POSTCODE),
        0.3,
        None,
        ("postcode", "post code", "postal code"),
        0.9,
    ),
    Recognizer(
        "UK_NINO",
        re.compile(_B + r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"),
        0.75,
        v.nino_ok,
        ("nino", "national insurance", "ni number", "ni no"),
        1.0,
    ),
    Recognizer("ES_NIF", re.compile(_B + r"\d{8}-?[A-Z]\b"), 0.9, v.es_nif_ok, ("dni", "nif"), 1.0),
    Recognizer(
        "ES_NIE", re.compile(r"(?<![\w-])[XYZ]-?\d{7}-?[A-Z]\b"), 0.9, v.es_nie_ok, ("nie",), 1.0
    ),
    Recognizer(
        "IT_FISCAL_CODE",
        re.compile(r"(?<!\w)[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?!\w)"),
        0.95,
        v.it_fiscal_code_ok,
    ),
    Recognizer(
        "FR_NIR",
        re.compile(_B + r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}" + _E),
        0.85,
        v.fr_nir_ok,
        ("sécurité sociale", "securite sociale", "nir", "insee", "social security"),
        1.0,
    ),
    Recognizer(
        "DE_TAX_ID",
        re.compile(_B + r"\d{2} ?\d{3} ?\d{3} ?\d{3}" + _E),
        0.4,
        v.de_tax_id_ok,
        ("steuer", "tax id", "tin", "idnr", "identifikationsnummer"),
        0.9,
    ),
    # More national identifiers. Those with a strong format (a check letter, a date inside) fire
    # alone; a bare 9-12 digit number passes a mod-10/11 check 1 time in 10, so those want their
    # name nearby ("NHS no", "PESEL", "BSN").
    Recognizer(
        "UK_NHS",
        re.compile(_B + r"\d{3}[ -]?\d{3}[ -]?\d{4}" + _E),
        0.3,
        v.uk_nhs_ok,
        ("nhs", "health service"),
        1.0,
    ),
    Recognizer("PL_PESEL", re.compile(_B + r"\d{11}" + _E), 0.3, v.pl_pesel_ok, ("pesel",), 1.0),
    Recognizer(
        "NL_BSN",
        re.compile(_B + r"(?:\d{9}|\d{4}\.\d{2}\.\d{3})" + _E),
        0.3,
        v.nl_bsn_ok,
        ("bsn", "burgerservicenummer", "sofinummer", "sofi-nummer"),
        1.0,
    ),
    Recognizer(  # 4-4-4 is how an Aadhaar number is printed; run together it is any number
        "IN_AADHAAR",
        re.compile(r"(?<!\d[ -])" + _B + r"[2-9]\d{3}([ -])\d{4}\1\d{4}(?![ -]\d)" + _E),
        0.6,
        v.in_aadhaar_ok,
        _AADHAAR_CTX,
        1.0,
    ),
    Recognizer(
        "IN_AADHAAR",
        re.compile(_B + r"[2-9]\d{11}" + _E),
        0.3,
        v.in_aadhaar_ok,
        _AADHAAR_CTX,
        1.0,
    ),
    Recognizer(  # PAN: 5 letters (the 4th says who holds it), 4 digits, 1 letter
        "IN_PAN",
        re.compile(r"(?<!\w)[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?!\w)"),
        0.6,
        None,
        ("pan", "permanent account"),
        1.0,
    ),
    Recognizer(
        "SG_NRIC_FIN",
        re.compile(r"(?<!\w)[STFG]\d{7}[A-Z](?!\w)"),
        0.9,
        v.sg_nric_ok,
        ("nric", "fin", "ic no", "identity card"),
        1.0,
    ),
    Recognizer(
        "AU_TFN",
        re.compile(_B + r"\d{3} ?\d{3} ?\d{3}" + _E),
        0.3,
        v.au_tfn_ok,
        ("tfn", "tax file"),
        1.0,
    ),
    Recognizer(
        "AU_ABN",
        re.compile(_B + r"\d{2} ?\d{3} ?\d{3} ?\d{3}" + _E),
        0.3,
        v.au_abn_ok,
        ("abn", "australian business number"),
        1.0,
    ),
    Recognizer(  # DDMMYY, century sign, individual number, check character
        "FI_PERSONAL_IDENTITY_CODE",
        re.compile(r"(?<![\w-])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?!\w)"),
        0.95,
        v.fi_pic_ok,
    ),
    Recognizer(
        "SE_PERSONNUMMER",
        re.compile(_B + r"(?:19|20)?\d{6}[-+]\d{4}" + _E),
        0.8,
        v.se_pnr_ok,
        ("personnummer", "personnr", "samordningsnummer"),
        1.0,
    ),
    Recognizer(  # ITIN: 9xx-7x-xxxx etc.; SSN validation rejects the 9xx area, so no overlap
        "US_ITIN",
        re.compile(_B + r"9\d{2}-(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])-\d{4}" + _E),
        0.6,
        None,
        ("itin", "taxpayer"),
        1.0,
    ),
    # A passport number is any 6-9 letters and digits: only right after its name. Bounded
    # gaps: three unbounded \s* in a row made "passport" + 40k spaces quadratic.
    Recognizer(
        "PASSPORT",
        re.compile(
            r"(?i:passport|reisepass|passeport|pasaporte|passaporto|paspoort|paszport)"
            + _ID_LABEL_TAIL
            + r"(?P<v>[A-Z0-9]{6,9})(?![\w-])"
        ),
        0.9,
        _passport_ok,
        anchored=True,
    ),
    # Licence numbers differ by state and country (letters, digits, dashes, 5-20 long): like a
    # passport, only right after the licence's name, and with at least four digits.
    Recognizer(
        "DRIVER_LICENSE",
        re.compile(
            r"(?:(?i:driver'?s?|driving)[ \t](?i:licen[cs]e)"
            r"|(?i:führerschein|permis de conduire|licencia de conducir|patente di guida|rijbewijs)"
            r"|DL(?=[ \t]{0,3}(?:[:#]|(?i:no\b|number|nr\b))))"
            + _ID_LABEL_TAIL
            + r"(?P<v>[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,19})(?![\w-])"
        ),
        0.9,
        _id_number_ok,
        anchored=True,
    ),
    # A bank account number is only digits (6-20, with dashes or single spaces between groups):
    # so after its name. "Account" alone is too loose ("account 3 of 5"), so it needs "number",
    # "no", "#" or a bank word. IBANs have their own recognizer (letters first, so no overlap).
    # Routing numbers and sort codes name a bank or branch, not a person: not taken.
    Recognizer(
        "BANK_ACCOUNT",
        re.compile(
            r"(?i:(?:bank|checking|savings|chequing|current)[ \t]account"
            r"|account[ \t]?(?=no\b|number|nr\b|#)"
            r"|acct\.?|kontonummer|konto-?nr\.?|numéro de compte|número de cuenta|numero di conto"
            r"|rekeningnummer)" + _ID_LABEL_TAIL + r"(?P<v>\d(?:\d|[- ](?=\d)){5,28})(?![\w-]| \d)"
        ),
        0.9,
        _account_ok,
        anchored=True,
    ),
    # A login name is any word: only after its label and a colon or equals sign ("Username:
    # jdoe_1987"; not a form's own words: "Enter your username: and password"), or after "is"
    # when it holds a digit, underscore or dot ("my username is j.doe"), so "the username is
    # required" stays prose.
    Recognizer(
        "USERNAME",
        re.compile(
            r"(?i:user[ \t]?name|user[ \t]?id|login[ \t]?name|benutzername|nom d'utilisateur"
            r"|nombre de usuario|nome utente)"
            r"(?:[ \t]{0,3}[:=][ \t]{0,3}(?!(?i:and|or|the|your|enter|here|below|required|none)\b)"
            r"|[ \t]{1,3}(?i:is|ist|est|es|è)[ \t]{1,3}(?=[\w-]*(?:\d|_|\.\w)))"
            r"(?P<v>[A-Za-z0-9][\w.@-]{2,31})(?<![.-])(?![\w@-])"
        ),
        0.9,
        anchored=True,
    ),
    Recognizer(
        "CRYPTO",
        re.compile(r"(?<![\w/])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w/])"),
        1.0,
        v.btc_base58_ok,
    ),
    Recognizer(
        "CRYPTO",
        re.compile(r"(?<![\w/])(?:bc1|BC1)[ac-hj-np-zAC-HJ-NP-Z02-9]{6,87}(?![\w/])"),
        1.0,
        v.btc_bech32_ok,
    ),
    Recognizer(  # Ethereum (and EVM chains): 20 bytes in hex
        "CRYPTO",
        re.compile(r"(?<![\w/])0x[0-9a-fA-F]{40}(?![\w/])"),
        0.85,
        None,
        ("wallet", "eth", "ethereum", "usdt", "usdc", "crypto", "metamask"),
        1.0,
    ),
    Recognizer(
        "API_KEY",
        re.compile(
            r"(?<![\w-])(?:sk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{30,}"
            r"|github_pat_\w{30,}|AKIA[0-9A-Z]{16}|xox[abposr]-[A-Za-z0-9-]{10,}"
            r"|AIza[0-9A-Za-z_-]{35}|glpat-[\w-]{20,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"
            r"|hf_[A-Za-z0-9]{30,}|eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,})"
        ),
        0.95,
    ),
    Recognizer(
        "API_KEY",
        re.compile(
            r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]{16,}?"
            r"-----END (?:[A-Z]+ )?PRIVATE KEY-----"
        ),
        1.0,
    ),
    Recognizer(
        "API_KEY",
        re.compile(
            r"(?i)(?:api[_ -]?key|secret|token|password|passwd|pwd|access[_ -]?key)"
            r"[\"']?\s*[:=]\s*[\"']?(?P<v>[^\s\"',;]{8,})"
        ),
        0.8,
        _secret_ok,
    ),
)


# Types every one of whose patterns needs a digit: on text without one (most chat prompts) their
# ~50 patterns are skipped, a third of the PII scanner's time on a 1 kB prompt. (Dates and
# addresses too: each of their patterns holds a \d, a day, a year, a house number, a postcode.)
_DIGIT_TYPES = frozenset(
    """DATE_TIME ADDRESS CREDIT_CARD IBAN_CODE US_SSN PHONE_NUMBER UK_NINO ES_NIF ES_NIE
    IT_FISCAL_CODE FR_NIR DE_TAX_ID UK_NHS PL_PESEL NL_BSN IN_AADHAAR IN_PAN SG_NRIC_FIN AU_TFN
    AU_ABN FI_PERSONAL_IDENTITY_CODE SE_PERSONNUMMER US_ITIN CRYPTO PASSPORT DRIVER_LICENSE
    BANK_ACCOUNT""".split()  # noqa: SIM905
)
_DIGIT = re.compile(r"\d")


def find_structured(text: str, types: frozenset[str] | None = None) -> list[Match]:
    lower = text.lower()
    # The patterns read the text with letters of scripts written without spaces as spaces,
    # so that "手机号是13800138000" has a number boundary; context words are read in the text
    # itself ("电话" is a phone cue).
    shape = spaced_shape(text)
    digits = _DIGIT.search(text) is not None
    out: list[Match] = []
    for rec in RECOGNIZERS:
        wanted = types is None or rec.type in types
        possible = (digits or rec.type not in _DIGIT_TYPES) and (
            rec.needs is None or rec.needs.search(shape) is not None
        )
        if wanted and possible:
            out.extend(rec.find(text if rec.reads_unspaced else shape, lower))
    return [_fix_iban(m, text) if m.type == "IBAN_CODE" else m for m in out]


def _fix_iban(m: Match, text: str) -> Match:
    trimmed = _trim_iban(text[m.start : m.end])
    return Match(m.type, m.start, m.start + len(trimmed), m.score)
