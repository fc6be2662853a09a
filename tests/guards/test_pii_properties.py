"""Invariants of the PII scanner over texts built from random PII values and filler (also
written against Chinese, Japanese, Korean and Thai letters):
redaction is idempotent, restore(pseudonymize(x)) == x exactly, scores stay in [0, 1]."""

# Full-width punctuation and digits are how the scripts of the last two tests are written.
# ruff: noqa: RUF001

from __future__ import annotations

import asyncio
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from tiergate.guards.base import ScanContext
from tiergate.guards.pii.validators import IBAN_LENGTHS
from tiergate.guards.scanners.pii import PIIParams, PIIScanner

FIRST = ["Maria", "Kofi", "Olusegun", "Ingrid", "Tomasz", "Priya", "Hiroshi", "Elena"]
LAST = ["Okafor", "Lindqvist", "Kowalski", "Rossi", "Nakamura", "Haddad", "Fernández"]
FILLER = st.sampled_from(
    ["please", "call", "about the invoice", "and", "thanks!", "re:", "ok", "\n", "(", ")", ",",
     "the meeting is at 10:30", "version 1.2.3", "order 1234", "<", ">", "_", "1", "HTTP"]
)  # fmt: skip


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        digits = body + d
        total = sum(
            (int(c) * 2 - 9 if int(c) > 4 else int(c) * 2) if i % 2 else int(c)
            for i, c in enumerate(reversed(digits))
        )
        if total % 10 == 0:
            return digits
    raise AssertionError


def iban_for(country: str, body: str) -> str:
    n = int("".join(str(int(ch, 36)) for ch in body + country + "00"))
    return f"{country}{98 - n % 97:02d}{body}"


emails = st.builds(
    lambda u, d: f"{u}@{d}.com",
    st.text(string.ascii_lowercase + "._", min_size=1, max_size=8).filter(
        lambda u: u[0].isalpha() and u[-1].isalpha()
    ),
    st.text(string.ascii_lowercase, min_size=2, max_size=8),
)
cards = st.builds(lambda b: luhn_complete("4" + b), st.text("0123456789", min_size=14, max_size=14))
ibans = st.sampled_from(["DE", "GB", "NL", "FR"]).flatmap(
    lambda c: st.text("0123456789", min_size=IBAN_LENGTHS[c] - 4, max_size=IBAN_LENGTHS[c] - 4).map(
        lambda b: iban_for(c, b)
    )
)
ssns = st.builds(
    lambda a, g, s: f"{a:03d}-{g:02d}-{s:04d}",
    st.integers(1, 665),
    st.integers(1, 99),
    st.integers(1, 9999),
)
ips = st.builds(lambda *o: ".".join(map(str, o)), *[st.integers(1, 254)] * 4)
names = st.builds(lambda f, last: f"{f} {last}", st.sampled_from(FIRST), st.sampled_from(LAST))
# Label-anchored types: the label is part of the drawn text, the value what is masked.
labelled = st.one_of(
    st.builds("passport number is X{:08d}".format, st.integers(0, 10**8 - 1)),
    st.builds("account number {:d}".format, st.integers(10**5, 10**12)),
    st.builds("driving licence no. D{:07d}".format, st.integers(1000, 10**7 - 1)),
    st.builds(
        "username: {}_{:d}".format, st.sampled_from(["jdoe", "k.ng", "Ana"]), st.integers(0, 99)
    ),
)
pii = st.one_of(emails, cards, ibans, ssns, ips, names, labelled)
texts = st.lists(st.one_of(pii, FILLER), min_size=1, max_size=12).map(" ".join)


def scan(scanner: PIIScanner, text: str, ctx: ScanContext) -> tuple[str, float]:
    verdict = asyncio.run(scanner.scan(text, ctx))
    assert 0.0 <= verdict.score <= 1.0
    return (verdict.text if verdict.text is not None else text), verdict.score


def assert_restore_inverts_pseudonymize(text: str) -> None:
    scanner = PIIScanner(PIIParams())
    ctx = ScanContext(stage="input")
    masked, _ = scan(scanner, text, ctx)
    assert scanner.restore(masked, ctx) == text


def assert_redaction_is_idempotent(text: str, action: str) -> None:
    scanner = PIIScanner(PIIParams.model_validate({"default_action": action}))
    once, _ = scan(scanner, text, ScanContext())
    twice, _ = scan(scanner, once, ScanContext())
    assert twice == once


@settings(max_examples=60, deadline=None)
@given(texts)
def test_restore_inverts_pseudonymize(text: str) -> None:
    assert_restore_inverts_pseudonymize(text)


@settings(max_examples=60, deadline=None)
@given(texts, st.sampled_from(["redact", "pseudonymize"]))
def test_redaction_is_idempotent(text: str, action: str) -> None:
    assert_redaction_is_idempotent(text, action)


@settings(max_examples=40, deadline=None)
@given(st.lists(pii, min_size=1, max_size=4))
def test_same_value_same_token_within_a_request(values: list[str]) -> None:
    scanner = PIIScanner(PIIParams())
    ctx = ScanContext()
    first, _ = scan(scanner, " ; ".join(values), ctx)
    second, _ = scan(scanner, " ; ".join(values), ctx)
    assert first == second
    for value in values:
        assert value.split()[-1] not in first  # a labelled value leaves its label


# The same invariants where values are written against the letters of scripts without spaces
# (the recognizers read those letters as spaces; names and addresses come from cues).
CJK_FILLER = st.sampled_from(
    ["我的邮箱是", "电话", "姓名：", "王伟，", "收件人李娜，", "。", "请联系", "马超老师", "寄往",
     "广州市天河区体育西路12号，", "手机号13800138000，", "東京都渋谷区神南1-2-3です", "様",
     "さん", "伊藤さんの", "住所は", "です", "이름: 김민준 ", "님", "해운대구 해운대로 456에서 ",
     "ชื่อ สมชาย ใจดี ", "เบอร์", "生年月日：1990年3月15日，", "IP地址", "０３－５５５５－１２３４的",
     "的"]
)  # fmt: skip
# Each value is written between two pieces of such text, never against another value.
cjk_texts = st.lists(
    st.tuples(CJK_FILLER, st.one_of(emails, cards, ips, st.just(""))), min_size=1, max_size=8
).map(lambda pairs: "".join(f + v for f, v in pairs) + "。")


@settings(max_examples=60, deadline=None)
@given(cjk_texts, st.sampled_from(["redact", "pseudonymize"]))
def test_redaction_is_idempotent_in_unspaced_scripts(text: str, action: str) -> None:
    assert_redaction_is_idempotent(text, action)


@settings(max_examples=60, deadline=None)
@given(cjk_texts)
def test_restore_inverts_pseudonymize_in_unspaced_scripts(text: str) -> None:
    assert_restore_inverts_pseudonymize(text)
