"""The secrets scanner, table-driven: each provider shape, and prose / hashes that are not keys."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tiergate.guards.base import ScanContext
from tiergate.guards.scanners.secrets import SecretsParams, SecretsScanner, entropy

GH = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\nabc+/=\n-----END RSA PRIVATE KEY-----"

POSITIVES = [
    ("aws key AKIAIOSFODNN7EXAMPLE here", "aws_access_key", "AKIAIOSFODNN7EXAMPLE"),
    ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_key",
     "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    (f"token {GH} ok", "github_token", GH),
    ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab",
     "github_token", None),
    ("slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "slack_token", None),
    ("hook https://hooks.slack.com/services/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",
     "slack_webhook", None),
    ("GITLAB_TOKEN=glpat-Xk9v2LmQ8rT4wZ1pN7sB", "gitlab_token", "glpat-Xk9v2LmQ8rT4wZ1pN7sB"),
    ("SENDGRID=SG.abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg",
     "sendgrid_key", None),
    ("//registry.npmjs.org/:_authToken=npm_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A", "npm_token",
     "npm_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A"),
    ("HF_TOKEN=hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh", "huggingface_token", None),
    ("requests.get('https://api.telegram.org/bot8503042752:AAAcD-ekCl1veMiDXrOGJ5DksA5Gru7D0Ln/x')",
     "telegram_bot_token", "8503042752:AAAcD-ekCl1veMiDXrOGJ5DksA5Gru7D0Ln"),
    ("DATABASE_URL=postgres://app:q8Zr2kLp0vXa@db.internal:5432/app", "url_password",
     "q8Zr2kLp0vXa"),
    ("curl -H 'Authorization: SSWS 004oxHBmOTAj-0rxW3isiB4GQDBOSbWhZFszWHaNAy' https://x.okta.com",
     "auth_header", "004oxHBmOTAj-0rxW3isiB4GQDBOSbWhZFszWHaNAy"),
    ("docker login registry.acme.io -u ci-bot -p 'LwUAt0u1wbl6r4a9u7nGrdpD'", "cli_password",
     "LwUAt0u1wbl6r4a9u7nGrdpD"),
    ("# redis.conf\nrequirepass ogYRNXotksHRFCl2G6tHRAXEAKkMoj7y\n", "config_password",
     "ogYRNXotksHRFCl2G6tHRAXEAKkMoj7y"),
    ("define( 'DB_PASSWORD', 'HuxZIlfxsaTIBShMwnO' );", "secret_assignment", "HuxZIlfxsaTIBShMwnO"),
    ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "stripe_key", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("OPENAI_API_KEY=sk-proj-Abc123XyZ987qwertyuiopASDF", "openai_key", None),
    ("key sk-ant-api03-AbCdEf0123456789AbCdEf0123456789", "openai_key", None),
    ("google AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q end", "google_api_key",
     "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"),
    (f"Authorization: Bearer {JWT}", "jwt", JWT),
    (f"here:\n{PEM}\nbye", "private_key", PEM),
    (PEM.split("abc")[0] + "(truncated", "private_key", None),
    ("db password=Tr0ub4dor&3x", "secret_assignment", "Tr0ub4dor&3x"),
    ('config: {"api_key": "9f8e7d6c5b4a3f2e1d0c"}', "secret_assignment", "9f8e7d6c5b4a3f2e1d0c"),
    ("export CLIENT_SECRET='q8Zr!2kLp0vX'", "secret_assignment", "q8Zr!2kLp0vX"),
    # Passwords told in a sentence: low entropy, so a digit or a symbol is the test.
    ("my wifi password is bluecat77 can you remember it", "prose_password", "bluecat77"),
    ("The password for the guest wifi is CoffeeShop#22.", "prose_password", "CoffeeShop#22"),
    ("Das Passwort lautet Sommer2024, bitte nicht weitergeben.", "prose_password", "Sommer2024"),
    ("mi contraseña es Perro_2019, no la compartas", "prose_password", "Perro_2019"),
    ("我的密码是abc12345，帮我记住", "prose_password", "abc12345"),  # noqa: RUF001
    # A key written against letters of a script without spaces still ends there.
    ("ghp_1234567890abcdefghijABCDEFGHIJ123456のトークン", "github_token",
     "ghp_1234567890abcdefghijABCDEFGHIJ123456"),
    ("我的API密钥是sk-proj-AbCdEf1234567890GhIjKlMnOpQrStUvWx", "openai_key",
     "sk-proj-AbCdEf1234567890GhIjKlMnOpQrStUvWx"),
    ("My PIN is 4821", "prose_password", "4821"),
]  # fmt: skip

NEGATIVES = [
    "Please reset your password if you forgot it.",
    "my password is too weak, what makes a good one?",
    "The password was changed on 2024-01-05.",
    "Your password must be at least 8 characters.",
    "Change the password of the user to new_password.",
    "パスワードは8文字以上で、数字を1文字以上含める必要があります。",
    "The password is stored hashed; never log the api key.",
    "password: hunter2",  # too short for the generic rule
    "password=changeme1",
    "api_key=${OPENAI_API_KEY}",
    "token: <your-token-here>",
    "api_key = configuration",
    "commit 3f2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a fixed the bug",
    "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "pip install sk-learn-is-not-a-real-package-name",
    "AKIA is a prefix; AKIA123 is too short",
    "eyJ alone is not a token",
    "The public key -----BEGIN PUBLIC KEY----- is fine to share",
    "stripe.js uses pk_live_51HxYzAbCdEfGhIjKlMnOpQr (a publishable key)",
    "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "SLACK_BOT_TOKEN=xoxb-your-bot-token",
    "API_KEY=\nAPI_SECRET=\nACCESS_TOKEN=\n",
    "password = os.environ.get('DB_PASSWORD')",
    "db_password = var.db_password",
    "api_key: ENC[AES256_GCM,data:Tr0ub4dor3x,iv:abc,tag:def,type:str]",
    "mkdir -p /var/lib/app/data && ssh -p 2222 deploy@host",
    "docker login -u ci -p $CI_REGISTRY_PASSWORD registry.example.com",
    "",
]


@pytest.fixture
def scanner() -> SecretsScanner:
    return SecretsScanner(SecretsParams())


@pytest.mark.parametrize(
    "text",
    [
        "AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "My AWS key is AKIAIOSFODNN7EXAMPLE, secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "id AKIAIOSFODNN7EXAMPLE and the secret key is wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.",
    ],
)
async def test_an_aws_secret_after_its_key_id(scanner: SecretsScanner, text: str) -> None:
    # A secret key pasted after its key id, with or without words between: both are redacted.
    v = await scanner.scan(text, ScanContext())
    spans = {(e.type, text[e.start : e.end]) for e in v.entities}
    assert spans == {
        ("aws_access_key", "AKIAIOSFODNN7EXAMPLE"),
        ("aws_secret_key_pair", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    }


@pytest.mark.parametrize(("text", "kind", "value"), POSITIVES)
async def test_finds_secrets(
    scanner: SecretsScanner, text: str, kind: str, value: str | None
) -> None:
    v = await scanner.scan(text, ScanContext())
    assert v.action == "redact"
    assert kind in v.reason
    assert [e.type for e in v.entities] == [kind]
    span = text[v.entities[0].start : v.entities[0].end]
    if value is not None:
        assert span == value
    assert v.text is not None
    assert span not in v.text
    assert f"[REDACTED:{kind}]" in v.text
    # Redaction is idempotent: the redacted text is clean.
    again = await scanner.scan(v.text, ScanContext())
    assert again.action == "allow"


@pytest.mark.parametrize("text", NEGATIVES)
async def test_ignores_non_secrets(scanner: SecretsScanner, text: str) -> None:
    v = await scanner.scan(text, ScanContext())
    assert v.action == "allow", v.reason
    assert v.score == 0.0


async def test_block_mode_and_type_subset() -> None:
    block = SecretsScanner(SecretsParams(action="block"))
    v = await block.scan("AKIAIOSFODNN7EXAMPLE", ScanContext())
    assert (v.action, v.text) == ("block", None)
    only_jwt = SecretsScanner(SecretsParams(types=["jwt"]))
    assert (await only_jwt.scan("AKIAIOSFODNN7EXAMPLE", ScanContext())).action == "allow"


async def test_several_secrets_keep_order_and_offsets(scanner: SecretsScanner) -> None:
    text = f"a AKIAIOSFODNN7EXAMPLE b {GH} c"
    v = await scanner.scan(text, ScanContext())
    assert [e.type for e in v.entities] == ["aws_access_key", "github_token"]
    assert v.text == "a [REDACTED:aws_access_key] b [REDACTED:github_token] c"


@pytest.mark.parametrize(
    ("params", "message"),
    [({"types": ["nope"]}, "unknown secret types"),
     ({"replacement": "AKIAIOSFODNN7EXAMPLE"}, "looks like a aws_access_key"),
     ({"extra": 1}, "Extra inputs")],
)  # fmt: skip
def test_params_are_validated(params: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        SecretsParams.model_validate(params)


def test_entropy() -> None:
    assert entropy("aaaa") == 0.0
    assert entropy("abcd") == 2.0
