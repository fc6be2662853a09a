from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from tiergate.guards.base import ScanContext
from tiergate.guards.scanners.regex import RegexParams, RegexScanner, Span, apply, non_overlapping

RULES: list[dict[str, Any]] = [
    {"name": "codename", "words": ["bluebird", "night jar"], "flags": ["i"], "action": "block"},
    {"name": "ticket", "pattern": r"\bINC-\d{6}\b", "action": "redact", "replacement": "[ticket]"},
    {"name": "email-ish", "pattern": r"\b\w+@corp\.example\b", "action": "redact"},
    {"name": "output-only", "pattern": "SECRET-OUT", "stages": ["output"]},
]

CASES = [
    # (text, stage, action, expected text, reason)
    ("nothing to see", "input", "allow", None, ""),
    ("Project BlueBird ships", "input", "block", None, "rule codename matched"),
    ("the night jar sings", "input", "block", None, "rule codename matched"),
    ("bluebirds are birds", "input", "allow", None, ""),  # whole words only
    ("see INC-123456 now", "input", "redact", "see [ticket] now", "rule ticket matched"),
    ("INC-1234567 is too long", "input", "allow", None, ""),
    ("mail bob@corp.example and INC-000001", "input", "redact",
     "mail [REDACTED:email-ish] and [ticket]", "rule ticket matched; rule email-ish matched"),
    ("bluebird INC-123456", "input", "block", None, "rule codename matched"),
    ("SECRET-OUT", "input", "allow", None, ""),
    ("SECRET-OUT", "output", "block", None, "rule output-only matched"),
]  # fmt: skip


@pytest.fixture
def scanner() -> RegexScanner:
    return RegexScanner(RegexParams.model_validate({"rules": RULES}))


@pytest.mark.parametrize(("text", "stage", "action", "expected", "reason"), CASES)
async def test_rules(scanner: RegexScanner, text: str, stage: str, action: str,
                     expected: str | None, reason: str) -> None:  # fmt: skip
    v = await scanner.scan(text, ScanContext(stage=stage))  # type: ignore[arg-type]
    assert v.action == action
    assert v.reason == reason
    assert v.text == expected
    for e in v.entities:
        assert 0 <= e.start < e.end <= len(text)
    if expected is not None:
        assert (await scanner.scan(expected, ScanContext())).action == "allow"


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"name": "a"}, "exactly one of 'pattern' or 'words'"),
        ({"name": "a", "pattern": "x", "words": ["x"]}, "exactly one of"),
        ({"name": "a", "pattern": "(unclosed"}, "invalid pattern"),
        ({"name": "a", "pattern": "x*"}, "matches the empty string"),
        ({"name": "a", "words": []}, "non-empty list"),
        ({"name": "a", "pattern": r"\w+", "action": "redact"}, "must be idempotent"),
        ({"name": "a b", "pattern": "x"}, "String should match pattern"),
        ({"name": "a", "pattern": "x", "flags": ["q"]}, "Input should be"),
        ({"name": "a", "pattern": "x", "bogus": 1}, "Extra inputs"),
    ],
)
def test_rule_validation(rule: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        RegexParams.model_validate({"rules": [rule]})


def test_duplicate_rule_names() -> None:
    with pytest.raises(ValidationError, match="duplicate rule names: a"):
        RegexParams.model_validate({"rules": [{"name": "a", "pattern": "x"}] * 2})


def test_overlapping_spans_resolve_deterministically() -> None:
    spans = [Span(2, 6, "b", "<b>"), Span(0, 4, "a", "<a>"), Span(5, 8, "c", "<c>")]
    kept = non_overlapping(spans)
    assert [(s.type, s.start, s.end) for s in kept] == [("a", 0, 8)]
    assert non_overlapping(list(reversed(spans))) == kept
    assert apply("0123456789", kept) == "<a>89"
    assert apply("0123456789", non_overlapping([Span(0, 2, "a", "<a>"), Span(4, 5, "b", "")])) == (
        "<a>2356789"
    )
