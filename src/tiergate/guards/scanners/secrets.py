"""API keys, tokens and private keys, by a curated set of recognizers (provider prefixes with
fixed shapes, plus ``password=``-style assignments whose value passes an entropy check).

A curated set rather than ``detect-secrets``: that library scans line by line without offsets,
its entropy plugins flag ordinary prose words when used ad hoc, and it pulls ``requests``.

A secret written in an encoding that decodes back exactly (base64, hex, base32, base85, binary,
HTML entities, backslash or percent escapes) is found in its decoding, and the whole encoded run
is redacted (``decode_encoded``): an answer that base64-encodes a config file would otherwise
carry its keys past the output gate.
"""

# The recognizer table reads best one pattern per line.
# ruff: noqa: E501, RUF001  (Cyrillic and fullwidth letters in the password phrases)

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tiergate.guards.base import Entity, ScanContext, Verdict
from tiergate.guards.ml.decoders import encoded_blobs
from tiergate.guards.ml.normalize import UNSPACED, spaced_shape
from tiergate.guards.scanners.regex import Span, apply, non_overlapping


@dataclass(frozen=True)
class Recognizer:
    type: str
    regex: re.Pattern[str]
    group: int = 0  # the capture group holding the secret (0 = whole match)
    score: float = 1.0
    entropy: bool = False  # the value must also pass the entropy check
    hints: tuple[str, ...] = ()  # lower-case literals a match contains (empty: always run)


# Token characters must not continue past the match. Lookarounds also stop at "[" / "]" (the
# edges of a neighbour's [REDACTED:...] token), so redacting twice changes nothing.
_TAIL = r"(?![A-Za-z0-9_\[-])"
_KEYWORDS = (
    r"password|passwd|pwd|passphrase|secret|client[_-]?secret|api[_-]?key|apikey|"
    r"app(?:lication)?[_-]?key|account[_-]?key|access[_-]?key|secret[_-]?key|private[_-]?key|"
    r"access[_-]?token|auth[_-]?token|token"
)
_PROSE_PASSWORD = (
    r"password|passwd|passcode|pass ?phrase|pin(?: code| number)?|passwort|kennwort|mot de passe|"
    r"contraseña|clave|senha|parola(?: d'ordine)?|hasło|şifre(?:m|si|miz)?|wachtwoord|lösenord|"
    r"adgangskode|passord|salasana|heslo|jelszó|пароль"
)
# CJK text: a password typed after 密码是 is the run of other characters that follows.
_CJK = "\u3000-\u9fff\uac00-\ud7af\uff00-\uffef"
_PEM = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
_PEM_END = r"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"

# (type, pattern, secret group, score, entropy check)
_TABLE: list[tuple[str, str, int, float, bool]] = [
    # An unterminated block runs to the end: in a stream, the key body stays held back.
    ("private_key", rf"{_PEM}(?:[\s\S]*?{_PEM_END}|[\s\S]*\Z)", 0, 1.0, False),
    ("aws_access_key", r"(?<![A-Z0-9\]])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9\[])", 0, 1.0, False),
    ("aws_secret_key", r"(?i)aws.{0,20}?secret.{0,20}?[\s'\"=:]([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+\[])", 1, 1.0, False),
    ("github_token", r"(?<![A-Za-z0-9_\]])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_\w{60,255})(?![\w\[])", 0, 1.0, False),
    ("slack_token", r"(?<![A-Za-z0-9\]-])xox[abposr]-[A-Za-z0-9-]{10,250}" + _TAIL, 0, 1.0, False),
    ("slack_webhook", r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}", 0, 1.0, False),
    # pk_ (publishable) keys are public by design: not reported.
    ("stripe_key", r"(?<![A-Za-z0-9_\]])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}(?![A-Za-z0-9\[])", 0, 1.0, False),
    # OpenAI / Anthropic style keys; the entropy check keeps "sk-learn-style-names" out.
    ("openai_key", r"(?<![A-Za-z0-9_\]-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,}" + _TAIL, 0, 1.0, True),
    ("google_api_key", r"(?<![A-Za-z0-9_\]-])AIza[0-9A-Za-z_-]{35}" + _TAIL, 0, 1.0, False),
    ("jwt", r"(?<![A-Za-z0-9_\]-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}" + _TAIL, 0, 1.0, False),
    # Provider shapes (prefixes and lengths as the providers document them; gitleaks' rule set
    # was the checklist).
    ("gitlab_token", r"(?<![\w\]-])(?:glpat|gldt|glptt|glrt|glsoat|glcbt|glft|glimt|glagent)-[A-Za-z0-9_-]{20,}" + _TAIL, 0, 1.0, False),
    ("google_oauth_secret", r"(?<![\w\]-])GOCSPX-[A-Za-z0-9_-]{28}" + _TAIL, 0, 1.0, False),
    ("azure_storage_key", r"(?i)AccountKey=([A-Za-z0-9+/]{86}==)", 1, 1.0, False),
    ("azure_sas_signature", r"[?&;]sig=([A-Za-z0-9%+/]{40,}(?:%3D|=)*)", 1, 1.0, False),
    ("azure_client_secret", r"(?<![\w\]~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}" + _TAIL, 0, 1.0, False),
    ("twilio_key", r"(?<![\w\]])SK[0-9a-f]{32}(?![\w\[])", 0, 1.0, False),
    ("sendgrid_key", r"(?<![\w\]])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}" + _TAIL, 0, 1.0, False),
    ("mailgun_key", r"(?<![\w\]])key-[0-9a-zA-Z]{32}(?![\w\[])", 0, 1.0, False),
    ("mailchimp_key", r"(?<![\w\]])[0-9a-f]{32}-us\d{1,2}(?![\w\[])", 0, 1.0, False),
    ("npm_token", r"(?<![\w\]])npm_[A-Za-z0-9]{36}(?![\w\[])", 0, 1.0, False),
    ("pypi_token", r"(?<![\w\]])pypi-AgE[A-Za-z0-9_-]{50,}" + _TAIL, 0, 1.0, False),
    ("rubygems_key", r"(?<![\w\]])rubygems_[a-f0-9]{48}(?![\w\[])", 0, 1.0, False),
    ("nuget_key", r"(?<![\w\]])oy2[a-z0-9]{43}(?![\w\[])", 0, 1.0, False),
    ("huggingface_token", r"(?<![\w\]])(?:hf_|api_org_)[A-Za-z]{34}(?![\w\[])", 0, 1.0, False),
    ("replicate_token", r"(?<![\w\]])r8_[A-Za-z0-9]{37}(?![\w\[])", 0, 1.0, False),
    ("discord_token", r"(?<![\w\]-])[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}" + _TAIL, 0, 1.0, False),
    ("discord_webhook", r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{30,}", 0, 1.0, False),
    ("telegram_bot_token", r"(?:(?<=/bot)|(?<![\w\]:]))\d{8,10}:AA[A-Za-z0-9_-]{33}" + _TAIL, 0, 1.0, False),
    ("shopify_token", r"(?<![\w\]])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![\w\[])", 0, 1.0, False),
    ("digitalocean_token", r"(?<![\w\]])do[opr]_v1_[a-f0-9]{64}(?![\w\[])", 0, 1.0, False),
    ("heroku_key", r"(?<![\w\]])HRKU-(?:AA)?[A-Za-z0-9_-]{30,60}" + _TAIL + r"|(?i:heroku)[\w\s\"'=:.-]{0,30}?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", 0, 1.0, False),
    ("square_token", r"(?<![\w\]-])(?:sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60})" + _TAIL, 0, 1.0, False),
    ("braintree_token", r"access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}", 0, 1.0, False),
    ("databricks_token", r"(?<![\w\]])dapi[a-f0-9]{32}(?:-\d)?(?![\w\[])", 0, 1.0, False),
    ("newrelic_key", r"(?<![\w\]])NR(?:AK|AA|II|JS)-[A-Za-z0-9]{19,27}(?![\w\[])", 0, 1.0, False),
    ("atlassian_token", r"(?<![\w\]])ATATT3[A-Za-z0-9_=-]{150,250}" + _TAIL, 0, 1.0, False),
    ("bitbucket_app_password", r"(?<![\w\]])ATBB[A-Za-z0-9_=.-]{28,40}" + _TAIL, 0, 1.0, False),
    ("vault_token", r"(?<![\w\]])(?:hv[sbr]\.[A-Za-z0-9_-]{24,})" + _TAIL, 0, 1.0, False),
    ("doppler_token", r"(?<![\w\]])dp\.(?:st|ct|sa|scim|audit|pt)\.[A-Za-z0-9_.-]{40,64}" + _TAIL, 0, 1.0, False),
    ("postman_key", r"(?<![\w\]])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![\w\[])", 0, 1.0, False),
    ("sentry_token", r"(?<![\w\]])sntr(?:ys|yu|s|u)_[A-Za-z0-9_=+/-]{40,}" + _TAIL, 0, 1.0, False),
    ("supabase_token", r"(?<![\w\]])sbp_[a-f0-9]{40}(?![\w\[])", 0, 1.0, False),
    ("pulumi_token", r"(?<![\w\]])pul-[a-f0-9]{40}(?![\w\[])", 0, 1.0, False),
    ("terraform_token", r"(?<![\w\]])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}" + _TAIL, 0, 1.0, False),
    ("alibaba_key", r"(?<![\w\]])LTAI[A-Za-z0-9]{12,20}(?![\w\[])", 0, 1.0, False),
    ("linear_key", r"(?<![\w\]])lin_api_[A-Za-z0-9]{40}(?![\w\[])", 0, 1.0, False),
    ("grafana_token", r"(?<![\w\]])(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})" + _TAIL, 0, 1.0, False),
    ("age_secret_key", r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", 0, 1.0, False),
    # A password inside a URL or connection string (scheme://user:PASSWORD@host), an
    # Authorization header, curl -u user:PASSWORD: the value, if it is not a placeholder.
    ("url_password", r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\s:/@'\"]{0,64}:([^\s@/'\"]{3,128})@[\w.-]+", 1, 0.9, True),
    ("auth_header", r"(?i)\bAuthorization\s*[:=]\s*[\"']?(?:Bearer|Basic|token|Token|Bot|SSWS)\s+(?!eyJ)([A-Za-z0-9._~+/=-]{16,512})", 1, 0.9, True),
    ("cli_user_password", r"(?:\s-u\s+|--user(?:=|\s+))['\"]?[^\s:'\"]{1,64}:([^\s'\"]{4,128})", 1, 0.9, False),
    # -p / --password only for commands that take a password there (mkdir -p, ssh -p do not).
    ("cli_password", r"\b(?:docker\s+login|mysql\w*|mariadb\w*|sshpass|psql|redis-cli|mongo\w*|htpasswd|smbclient|rabbitmqctl|keytool|openssl)\b[^\n|;]{0,120}?\s(?:-p|--password[= ]|-a|-storepass|-passout\s+pass:)\s*['\"]?([^\s'\"$%][^\s'\"]{5,127})", 1, 0.9, False),
    ("cli_secret_flag", r"--(?:account-key|client-secret|secret-key|api-key|access-token|auth-token|token|password|secret)(?:=|\s+)['\"]?([^\s'\"$%-][^\s'\"]{7,255})", 1, 0.9, False),
    # A password told in a sentence ("my wifi password is bluecat77", "das Passwort lautet
    # Sommer2024", "我的密码是abc12345"): people paste them into chats. People's passwords are
    # low in entropy, so instead of the entropy check the value must hold a digit or a symbol
    # other than _ and - ("the password is incorrect" is prose, "new_password" a name), and
    # it does not end on sentence punctuation.
    ("prose_password", rf"(?i)(?:\b(?:{_PROSE_PASSWORD})\b[^\n.!?:=]{{0,25}}?\s(?:is|was|is now|ist|lautet|est|es|é|è|jest|to|är|er|je|е|это)|(?:密码|密碼|パスワード|비밀번호)\s*(?:是|为|為|は|는|은)?)\s*[\"'“„«]?(?=[^\s\"'”“»]*[\d!@#$%^&*+=~?])([^\s\"'”“»<>{_CJK}]{{3,63}}[^\s\"'”“».,;:!?)<>{_CJK}])", 1, 0.8, False),
    # Config files that put the value after whitespace: redis.conf, .netrc, my.cnf-style.
    ("config_password", r"(?im)^[ \t]*(?:requirepass|masterauth|password|passwd|secret)[ \t]+['\"]?([^\s'\"]{8,128})['\"]?[ \t]*$", 1, 0.8, True),
    # The secret key pasted after its key id, with a few words between ("AKIA..., secret
    # wJalr...", "AKIA... and the secret key is wJalr..."): 40 characters of its alphabet.
    ("aws_secret_key_pair", r"(?:AKIA|ASIA)[A-Z0-9]{16}['\"]?[^\n]{0,40}?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", 1, 1.0, False),
    # key = value; only the value is redacted, and only if it looks random (not prose).
    ("secret_assignment", rf"(?i)(?:{_KEYWORDS})[\"']?[ \t]*(?::=|=>|[:=]|[\"']?[ \t]*,)[ \t]*(?:[bBrRuUf]?[\"'])?(?!\[REDACTED)([^\s\"'`,;]{{8,200}})", 1, 0.8, True),
]  # fmt: skip
# Lower-case literals one of which a match must contain: a substring test is ~50 times cheaper
# than running the pattern over text that cannot match (the chain scans every prompt).
_HINTS: dict[str, tuple[str, ...]] = {
    "private_key": ("private key",), "aws_access_key": ("akia", "asia", "abia", "acca"),
    "aws_secret_key": ("aws",), "github_token": ("gh", "github_pat_"), "slack_token": ("xox",),
    "slack_webhook": ("hooks.slack",), "stripe_key": ("_live_", "_test_"), "openai_key": ("sk-",),
    "google_api_key": ("aiza",), "jwt": ("eyj",), "gitlab_token": ("gl",),
    "google_oauth_secret": ("gocspx-",), "azure_storage_key": ("accountkey=",),
    "azure_sas_signature": ("sig=",), "azure_client_secret": ("q~",), "twilio_key": ("sk",),
    "sendgrid_key": ("sg.",), "mailgun_key": ("key-",), "mailchimp_key": ("-us",),
    "npm_token": ("npm_",), "pypi_token": ("pypi-",), "rubygems_key": ("rubygems_",),
    "nuget_key": ("oy2",), "huggingface_token": ("hf_", "api_org_"), "replicate_token": ("r8_",),
    "discord_webhook": ("discord",), "telegram_bot_token": (":aa",), "shopify_token": ("shp",),
    "digitalocean_token": ("_v1_",), "heroku_key": ("hrku-", "heroku"),
    "square_token": ("sq0", "eaaa"), "braintree_token": ("access_token$",),
    "databricks_token": ("dapi",), "newrelic_key": ("nra", "nri", "nrj"),
    "atlassian_token": ("atatt3",), "bitbucket_app_password": ("atbb",), "vault_token": ("hv",),
    "doppler_token": ("dp.",), "postman_key": ("pmak-",), "sentry_token": ("sntr",),
    "alibaba_key": ("ltai",), "linear_key": ("lin_api_",), "grafana_token": ("glc_", "glsa_"),
    "age_secret_key": ("age-secret-key-",), "url_password": ("://",),
    "auth_header": ("authorization",), "cli_user_password": ("-u", "--user"),
    "cli_password": ("-p", "--password", "-a", "-storepass", "-passout"),
    "config_password": ("requirepass", "masterauth", "pass", "secret"),
    "aws_secret_key_pair": ("akia", "asia"), "cli_secret_flag": ("--",),
    "prose_password": ("pass", "pin", "kennwort", "mot de passe", "contraseña", "clave", "senha",
                       "parola", "hasło", "şifre", "wachtwoord", "lösenord", "adgangskode",
                       "salasana", "heslo", "jelszó", "пароль", "密码", "密碼", "パスワード", "비밀번호"),
    "supabase_token": ("sbp_",), "pulumi_token": ("pul-",), "terraform_token": (".atlasv1.",),
}  # fmt: skip
RECOGNIZERS = tuple(
    Recognizer(t, re.compile(p), g, sc, e, _HINTS.get(t, ())) for t, p, g, sc, e in _TABLE
)
TYPES = tuple(r.type for r in RECOGNIZERS)
# Patterns that name letters of scripts written without spaces ("密码是 ...") read the text as
# written; the others read it with those letters as spaces (``spaced_shape``).
_READS_UNSPACED = frozenset(r.type for r in RECOGNIZERS if UNSPACED.search(r.regex.pattern))
# Fake values in examples and docs: runs of x or 0, "your-", <angle brackets>, ellipses. Checked
# for every recognizer. (AWS's documented AKIAIOSFODNN7EXAMPLE is still reported: it is the
# stand-in key of every test and demo here, and a key-shaped value is worth redacting.)
_FAKE = re.compile(r"(?i)x{8,}|0{10,}|your[-_]|<[^>]*>|\*{4,}|\.{3}")
# A code expression or reference, not a literal: os.environ.get(, var.db_password, ENC[...]
# (SOPS-encrypted), builder.Configuration[.
_CODE_REF = re.compile(
    r"^(?:ENC\[|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:$|[(\[{])|[A-Za-z_$][\w$]*\s*[(\[{])"
)
# Template values people paste in examples; never secrets.
_PLACEHOLDER = re.compile(
    r"(?i)^(?:<.*>|\$\{?\w+\}?|\{\{.*\}\}|%\w+%|x+|\*+|\.+|your[_-].*|"
    r"changeme|example\w*|redacted|none|null|true|false|process\.env.*)$"
)


def _random_letters(value: str) -> bool:
    """A letters-only value that reads as random ("HuxZIlfxsaTIBShMwnO", a Gmail app password)
    rather than as words or an identifier ("configuration", "getPasswordFromEnv"): few vowels,
    not camel-case words, and enough entropy."""
    letters = value.replace("_", "").replace("-", "")
    if len(letters) < 12 or re.fullmatch(r"[a-z]*(?:[A-Z][a-z]+)*|[A-Z_-]+", value):
        return False
    vowels = sum(ch in "aeiouAEIOU" for ch in letters) / len(letters)
    return vowels < 0.3 and entropy(letters) >= 3.3


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


class SecretsParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["redact", "block"] = "redact"
    # Recognizer types to run (default all): see ``TYPES``.
    types: list[str] | None = None
    min_entropy: float = Field(default=3.0, ge=0.0, le=8.0)
    replacement: str = "[REDACTED:{type}]"
    decode_encoded: bool = True  # also read base64 / hex / escaped runs (see the module doc)

    @model_validator(mode="after")
    def _check(self) -> SecretsParams:
        unknown = sorted(set(self.types or ()) - set(TYPES))
        if unknown:
            raise ValueError(f"unknown secret types {unknown} (known: {', '.join(TYPES)})")
        for rec in RECOGNIZERS:
            # Redacting twice must not change the text again (streaming relies on it).
            if rec.regex.search(self.replacement.replace("{type}", rec.type)):
                raise ValueError(f"replacement looks like a {rec.type} itself")
        return self


class SecretsScanner:
    name: ClassVar[str] = "secrets"
    Params: ClassVar[type[BaseModel]] = SecretsParams
    stages: ClassVar[frozenset[str]] = frozenset({"input", "output", "document", "tool"})

    def __init__(self, params: BaseModel) -> None:
        assert isinstance(params, SecretsParams)
        self.p = params
        wanted = set(params.types) if params.types is not None else set(TYPES)
        self.recognizers = [r for r in RECOGNIZERS if r.type in wanted]
        self._marker = params.replacement.split("{type}")[0]

    def _value_ok(self, rec: Recognizer, value: str) -> bool:
        if (self._marker and self._marker in value) or value.startswith("[REDACTED"):
            return False  # already redacted
        if _FAKE.search(value):
            return False
        if not rec.entropy:
            return True
        if rec.type == "secret_assignment" and _CODE_REF.match(value):
            return False
        if _PLACEHOLDER.match(value):
            return False
        if not re.search(r"[^A-Za-z_-]", value) and not _random_letters(value):
            return False  # plain words are prose, not keys
        return entropy(value) >= self.p.min_entropy

    def find(self, text: str) -> list[Span]:
        """Secrets in ``text`` and, as whole runs, in its encoded runs."""
        return self._spans(text)[0]

    def _spans(self, text: str) -> tuple[list[Span], list[str]]:
        """``find``'s spans, and the names of the encodings that held a secret."""
        encoded, encodings = self._find_encoded(text)
        return non_overlapping(self._find(text) + encoded), encodings

    def _find_encoded(self, text: str) -> tuple[list[Span], list[str]]:
        """A span over each encoded run whose decoding holds a secret, named after the first
        secret in it, and the names of those encodings."""
        if not self.p.decode_encoded:
            return [], []
        spans, names = [], []
        for name, blob in encoded_blobs(text):
            if inner := self._find(blob.text):
                first = inner[0]  # sorted by start
                spans.append(Span(blob.start, blob.end, first.type, first.replacement, first.score))
                names.append(name)
        return spans, sorted(set(names))

    def _find(self, text: str) -> list[Span]:
        spans = []
        lower = text.lower()
        shape = spaced_shape(text)  # "ghp_...のトークン": a key's end is a boundary here
        for rec in self.recognizers:
            if rec.hints and not any(h in lower for h in rec.hints):
                continue
            for m in rec.regex.finditer(text if rec.type in _READS_UNSPACED else shape):
                value = m.group(rec.group)
                if self._value_ok(rec, value):
                    repl = self.p.replacement.replace("{type}", rec.type)
                    spans.append(
                        Span(m.start(rec.group), m.end(rec.group), rec.type, repl, rec.score)
                    )
        return non_overlapping(spans)

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        spans, encodings = self._spans(text)
        if not spans:
            return Verdict()
        entities = [Entity(type=s.type, start=s.start, end=s.end, score=s.score) for s in spans]
        kinds = sorted({s.type for s in spans})
        reason = f"secret detected: {', '.join(kinds)}"
        if encodings:
            reason += f" (read through {', '.join(encodings)})"
        score = max(s.score for s in spans)
        if self.p.action == "block":
            return Verdict(action="block", score=score, reason=reason, entities=entities)
        return Verdict(action="redact", score=score, text=apply(text, spans), reason=reason,
                       entities=entities)  # fmt: skip
