"""PII and secrets written in an encoding that decodes back exactly are found in their decoding,
and the whole encoded run is acted on: an answer "in base64" must not carry an address or a key
past the output gate."""

from __future__ import annotations

import base64
from urllib.parse import quote

import pytest

from tiergate.guards.base import ScanContext
from tiergate.guards.ml.decoders import encoded_blobs, percent
from tiergate.guards.pii.recognizers import Match
from tiergate.guards.scanners.pii import PIIParams, PIIScanner, _merge
from tiergate.guards.scanners.secrets import SecretsParams, SecretsScanner

EMAIL = "maria.okafor@example.com"
CARD = "4111 1111 1111 1111"
AWS = "aws_access_key_id = AKIAIOSFODNN7EXAMPLE"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq\n-----END RSA PRIVATE KEY-----"


def _entities(t: str) -> str:
    return "".join(f"&#{ord(c)};" for c in t)


def _escapes(t: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in t)


# Written here, not taken from the decoders, so a decoder error shows up as a failure.
ENCODERS = {
    "base64-decoded": lambda t: base64.b64encode(t.encode()).decode(),
    "hex-decoded": lambda t: t.encode().hex(),
    "base32-decoded": lambda t: base64.b32encode(t.encode()).decode(),
    "base85-decoded": lambda t: base64.a85encode(t.encode()).decode(),
    "binary-decoded": lambda t: " ".join(f"{b:08b}" for b in t.encode()),
    "html-entities": _entities,
    "escapes-decoded": _escapes,
    "percent-decoded": lambda t: quote(t, safe=""),
}


@pytest.fixture(scope="module")
def scanner() -> PIIScanner:
    return PIIScanner(PIIParams())


@pytest.mark.parametrize("name", sorted(ENCODERS))
@pytest.mark.parametrize(("value", "kind"), [(EMAIL, "EMAIL_ADDRESS"), (CARD, "CREDIT_CARD")])
async def test_an_encoded_value_is_redacted_in_an_answer(
    scanner: PIIScanner, name: str, value: str, kind: str
) -> None:
    blob = ENCODERS[name](value)
    text = f"Sure, here it is encoded: {blob} - anything else?"
    v = await scanner.scan(text, ScanContext(stage="output"))
    assert v.action == "redact", (name, v)
    assert v.text == f"Sure, here it is encoded: <{kind}> - anything else?"
    (entity,) = v.entities
    assert (entity.type, text[entity.start : entity.end]) == (kind, blob)
    assert name in v.details["encodings"]
    assert name in v.reason


async def test_obfuscated_email_keeps_no_part_in_clear(scanner: PIIScanner) -> None:
    # The tagger read the "maria.okafor" before "&#64;" as a name: the run takes it in.
    text = "Write to maria.okafor&#64;example&#46;com or jo%40example.org today."
    v = await scanner.scan(text, ScanContext(stage="output"))
    assert v.text == "Write to <EMAIL_ADDRESS> or <EMAIL_ADDRESS> today."


async def test_input_value_is_pseudonymized_and_restored_exactly(scanner: PIIScanner) -> None:
    blob = ENCODERS["base64-decoded"](f"my email is {EMAIL}")
    ctx = ScanContext(stage="input")
    v = await scanner.scan(f"Decode this: {blob}", ctx)
    assert v.text == "Decode this: <EMAIL_ADDRESS_1>"
    assert scanner.restore("Decoded <EMAIL_ADDRESS_1> for you.", ctx) == f"Decoded {blob} for you."


@pytest.mark.parametrize(
    "text",
    [
        # Encoded text without PII, and runs that do not decode to characters.
        f"Decode: {ENCODERS['base64-decoded']('what is the capital of France?')}",
        f"Hex: {ENCODERS['hex-decoded']('the weather is lovely today')}",
        "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "token dGhpcyBpcyBub3QgcGlp but aGVsbG8gd29ybGQ= hello",
        "Search https://example.com/?q=chocolate%20cake%20recipe for ideas, 20% off",
        "Fish &amp; chips &lt;3 and \\u00e9t\\u00e9 in Provence",
    ],
)
async def test_encodings_without_pii_pass(scanner: PIIScanner, text: str) -> None:
    v = await scanner.scan(text, ScanContext(stage="output"))
    assert v.action == "allow", v


async def test_decoding_can_be_turned_off() -> None:
    off = PIIScanner(PIIParams(decode_encoded=False))
    text = f"here: {ENCODERS['base64-decoded'](EMAIL)}"
    assert (await off.scan(text, ScanContext(stage="output"))).action == "allow"


async def test_allowed_types_in_a_run_leave_it_alone(scanner: PIIScanner) -> None:
    # Places are allowed by default: a run that decodes to one is not touched.
    text = f"city: {ENCODERS['base64-decoded']('We flew from Dijon to Parma last year.')}"
    assert (await scanner.scan(text, ScanContext(stage="output"))).action == "allow"


async def test_redacting_a_redacted_answer_changes_nothing(scanner: PIIScanner) -> None:
    text = f"a {ENCODERS['hex-decoded'](CARD)} b {ENCODERS['html-entities'](EMAIL)} c"
    once = await scanner.scan(text, ScanContext(stage="output"))
    assert once.text is not None
    twice = await scanner.scan(once.text, ScanContext(stage="output"))
    assert twice.action == "allow"


def test_merge_takes_overlapping_matches_into_the_run() -> None:
    plain = [Match("PERSON", 0, 5, 0.7), Match("LOCATION", 30, 35, 0.6)]
    runs = [Match("EMAIL_ADDRESS", 3, 20, 0.9), Match("PERSON", 15, 25, 0.8)]
    assert _merge(plain, runs, lambda kind: 1) == [
        Match("EMAIL_ADDRESS", 0, 25, 0.9),
        Match("LOCATION", 30, 35, 0.6),
    ]
    # A blocked type keeps its name when a run takes it in: the verdict must stay a block.
    severity = {"CREDIT_CARD": 2, "EMAIL_ADDRESS": 1}.__getitem__
    merged = _merge(
        [Match("CREDIT_CARD", 5, 24, 1.0)], [Match("EMAIL_ADDRESS", 0, 30, 0.9)], severity
    )
    assert merged == [Match("CREDIT_CARD", 0, 30, 1.0)]


async def test_a_blocked_type_inside_a_run_blocks() -> None:
    strict = PIIScanner(PIIParams(actions={"CREDIT_CARD": "block"}))
    text = f"data: {ENCODERS['base64-decoded'](f'mail {EMAIL} card {CARD}')}"
    assert (await strict.scan(text, ScanContext(stage="output"))).action == "block"


def test_escape_runs_are_found_in_linear_time() -> None:
    # A regex like \S*%41\S* backtracked quadratically over a long token without the escape.
    text = "a" * 200_000 + " x%41%42%43%44y"
    assert percent(text)[0].text.endswith(" xABCDy")
    names = [name for name, _ in encoded_blobs("b" * 200_000 + " j&#64;k&#46;io")]
    assert "html-entities" in names


@pytest.mark.parametrize(
    "text",
    [
        "My booking code is Alfa Bravo Charlie Delta Echo Foxtrot, please confirm.",
        "Decode this NATO alphabet: India Golf November Oscar Romeo Echo Alfa Lima Lima",
        "Tail number: November Victor Romeo Juliett.",
    ],
)
async def test_spelling_alphabet_code_words_are_not_names(scanner: PIIScanner, text: str) -> None:
    # The tagger read "Echo Foxtrot" and "Oscar November" as people: the model got
    # "<PERSON_1> <PERSON_2>" for a booking code.
    v = await scanner.scan(text, ScanContext())
    assert v.action == "allow", v


async def test_names_beside_a_spelling_are_still_names(scanner: PIIScanner) -> None:
    text = "Victor and Juliet met Romeo in Lima. Code: Alfa Bravo Charlie Delta."
    v = await scanner.scan(text, ScanContext())
    persons = [text[e.start : e.end] for e in v.entities if e.type == "PERSON"]
    assert persons == ["Victor", "Juliet", "Romeo"], v.entities


@pytest.mark.parametrize("name", sorted(ENCODERS))
@pytest.mark.parametrize(("value", "kind"), [(AWS, "aws_access_key"), (PEM, "private_key")])
async def test_an_encoded_secret_is_redacted(name: str, value: str, kind: str) -> None:
    secrets = SecretsScanner(SecretsParams())
    blob = ENCODERS[name](value)
    text = f"Here is the config, encoded: {blob}\nDone."
    v = await secrets.scan(text, ScanContext(stage="output"))
    assert v.text == f"Here is the config, encoded: [REDACTED:{kind}]\nDone.", (name, v)
    assert name in v.reason
    again = await secrets.scan(v.text, ScanContext(stage="output"))
    assert again.action == "allow"


async def test_encoded_text_without_secrets_passes_the_secrets_scanner() -> None:
    secrets = SecretsScanner(SecretsParams())
    text = f"b64: {ENCODERS['base64-decoded']('password reset instructions for the VPN')}"
    assert (await secrets.scan(text, ScanContext(stage="output"))).action == "allow"
    off = SecretsScanner(SecretsParams(decode_encoded=False))
    hidden = f"b64: {ENCODERS['base64-decoded'](AWS)}"
    assert (await off.scan(hidden, ScanContext(stage="output"))).action == "allow"
