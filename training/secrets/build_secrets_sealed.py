#!/usr/bin/env python3
# ruff: noqa  (a hand-written data file, kept as its author wrote it)
# SEALED: only ever scored (bench/secret_leaks.py); never read to tune the recognizers.
"""Build sealed secret-detection test corpus B.

Writes secrets.jsonl next to this script.  Output is fully deterministic:
all random parts come from random.Random(98765), consumed in a fixed order.

Templates mark values with two kinds of markers:
  «gen»   a fake secret from GEN; its character span is recorded
  ‹fill›  a non-secret random value from FILL (ids, hashes, public keys...)
Optional suffixes:  #tag  reuse the same value inside one row
                    @N    indent continuation lines by N spaces (PEM in YAML)
                    @j    escape newlines as the two characters \\n (PEM in JSON)
Offsets are computed while the text is assembled, never by hand.
"""

import base64
import json
import os
import random
import re
import string
import uuid
from urllib.parse import quote

rng = random.Random(98765)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "secrets_sealed.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
HEXU = HEX.upper()
B64 = AN + "+/"
URLS = AN + "-_"
B32L = LO + "234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"

WORDS = [
    "river",
    "falcon",
    "copper",
    "maple",
    "orbit",
    "velvet",
    "harbor",
    "summit",
    "cobalt",
    "lantern",
    "meadow",
    "quartz",
    "tundra",
    "ember",
    "saffron",
    "glacier",
    "pepper",
    "walnut",
    "thunder",
    "violet",
]
USERS = [
    "deploy",
    "svc-build",
    "jenkins",
    "app_rw",
    "etl_loader",
    "ops",
    "backup",
    "reporting",
    "ci-bot",
    "admin",
]


def r(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def digits(n):
    return str(rng.randint(1, 9)) + r(DG, n - 1)


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jdump(o):
    return json.dumps(o, separators=(",", ":"))


def uuid4s():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def snowflake():
    return str(rng.randint(700000000000000000, 1250000000000000000))


# ---------------------------------------------------------------- PEM / DER
def pem_block(label, der, width=64):
    body = b64(der)
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def pem_rsa_pkcs1():
    der = bytes.fromhex("308204a40201000282010100")
    return pem_block("RSA PRIVATE KEY", der + rbytes(1192 - len(der)))


def pem_rsa_pkcs8():
    der = bytes.fromhex(
        "308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100"
    )
    return pem_block("PRIVATE KEY", der + rbytes(1217 - len(der)))


def pem_ec():
    der = (
        bytes.fromhex("30770201010420")
        + rbytes(32)
        + bytes.fromhex("a00a06082a8648ce3d030107a14403420004")
        + rbytes(64)
    )
    return pem_block("EC PRIVATE KEY", der)


def pem_openssh():
    pub = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)
    blob = (
        b"openssh-key-v1\x00"
        + b"\x00\x00\x00\x04none" * 2
        + b"\x00\x00\x00\x00"
        + b"\x00\x00\x00\x01"
        + len(pub).to_bytes(4, "big")
        + pub
        + b"\x00\x00\x00\x88"
        + rbytes(136)
    )
    return pem_block("OPENSSH PRIVATE KEY", blob, 70)


def pem_public():
    der = (
        bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
        + rbytes(256)
        + bytes.fromhex("0203010001")
    )
    return pem_block("PUBLIC KEY", der)


def pem_cert():
    der = (
        bytes.fromhex("3082035a30820242a0030201020214")
        + rbytes(20)
        + bytes.fromhex("300d06092a864886f70d01010b0500")
    )
    return pem_block("CERTIFICATE", der + rbytes(862 - len(der)))


def pgp_public():
    der = (
        bytes.fromhex("98330465")
        + rbytes(3)
        + bytes.fromhex("16092b06010401da470f01010740")
        + rbytes(290)
    )
    body = b64(der)
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return (
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
        + "\n".join(lines)
        + "\n="
        + r(B64, 4)
        + "\n-----END PGP PUBLIC KEY BLOCK-----"
    )


def ssh_rsa_pub():
    return "ssh-rsa " + b64(
        b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(256)
    )


def ssh_ed_pub():
    return "ssh-ed25519 " + b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32))


# ---------------------------------------------------------------- JWTs
def make_jwt(header, payload, siglen):
    return (
        b64u(jdump(header).encode())
        + "."
        + b64u(jdump(payload).encode())
        + "."
        + b64u(rbytes(siglen))
    )


def jwt_hs():
    iat = rng.randint(1700000000, 1730000000)
    p = {
        "sub": str(rng.randint(10000, 999999)),
        "email": rng.choice(["m.ortiz", "l.chen", "a.novak", "k.osei"]) + "@acme.io",
        "role": rng.choice(["admin", "user", "support"]),
        "iat": iat,
        "exp": iat + 3600,
    }
    return make_jwt({"alg": "HS256", "typ": "JWT"}, p, 32)


def jwt_k8s():
    iat = rng.randint(1700000000, 1730000000)
    p = {
        "aud": ["https://kubernetes.default.svc.cluster.local"],
        "exp": iat + 31536000,
        "iat": iat,
        "iss": "https://kubernetes.default.svc.cluster.local",
        "kubernetes.io": {
            "namespace": "ci",
            "serviceaccount": {"name": "deployer", "uid": uuid4s()},
        },
        "nbf": iat,
        "sub": "system:serviceaccount:ci:deployer",
    }
    return make_jwt({"alg": "RS256", "kid": b64u(rbytes(32))}, p, 256)


def jwt_supabase():
    iat = rng.randint(1700000000, 1730000000)
    p = {
        "iss": "supabase",
        "ref": r(LO, 20),
        "role": "service_role",
        "iat": iat,
        "exp": iat + 315360000,
    }
    return make_jwt({"alg": "HS256", "typ": "JWT"}, p, 32)


def jwt_auth0():
    iat = rng.randint(1700000000, 1730000000)
    p = {
        "iss": "https://acme.us.auth0.com/",
        "sub": "auth0|" + r(HEX, 24),
        "aud": ["https://api.orders.acme.io", "https://acme.us.auth0.com/userinfo"],
        "iat": iat,
        "exp": iat + 86400,
        "scope": "openid profile read:orders write:orders",
        "azp": r(AN, 32),
    }
    return make_jwt({"alg": "RS256", "typ": "JWT", "kid": r(URLS, 22)}, p, 256)


def mapbox(prefix):
    return (
        prefix
        + "."
        + b64u(jdump({"u": "acme-maps", "a": r(LO + DG, 25)}).encode())
        + "."
        + r(URLS, 22)
    )


# ---------------------------------------------------------------- passwords
def pw_strong():
    return r(AN, 1) + r(AN + "!#%^*-_+=", 19)


def pw_url():
    return r(AN, rng.randint(16, 24))


def pw_human():
    return (
        rng.choice(WORDS).capitalize()
        + rng.choice("!#%*-_.")
        + rng.choice(WORDS).capitalize()
        + digits(rng.choice([2, 3, 4]))
    )


def pw_human_url():
    return (
        rng.choice(WORDS).capitalize()
        + rng.choice("-_.")
        + rng.choice(WORDS)
        + digits(rng.choice([2, 3, 4]))
    )


def basic_auth():
    return b64((rng.choice(USERS) + ":" + pw_url()).encode())


def docker_auth():
    return b64(("acmebuild:" + pw_strong()).encode())


# ---------------------------------------------------------------- secret generators
GEN = {
    "aws_akid": lambda: ("AKIA" + r(UP + "234567", 16), "aws_access_key_id"),
    "aws_asia": lambda: ("ASIA" + r(UP + "234567", 16), "aws_access_key_id"),
    "aws_sk": lambda: (r(AN + "/+", 40), "aws_secret_access_key"),
    "aws_st": lambda: ("IQoJb3JpZ2luX2VjE" + r(B64, 355), "aws_session_token"),
    "gcp_key": lambda: ("AIza" + r(URLS, 35), "gcp_api_key"),
    "gocspx": lambda: ("GOCSPX-" + r(URLS, 28), "gcp_oauth_client_secret"),
    "az_storage": lambda: (b64(rbytes(64)), "azure_storage_account_key"),
    "az_secret": lambda: (
        r(AN, 3) + rng.choice("78") + "Q~" + r(AN + "_~.-", 33) + r(AN, 1),
        "azure_client_secret",
    ),
    "az_sas": lambda: (quote(b64(rbytes(32)), safe=""), "azure_sas_token"),
    "ado_pat": lambda: (r(B32L, 52), "azure_devops_pat"),
    "ali_id": lambda: ("LTAI" + r(AN, 20), "alibaba_access_key_id"),
    "ali_secret": lambda: (r(AN, 30), "alibaba_access_key_secret"),
    "ibm_key": lambda: (r(URLS, 44), "ibm_cloud_api_key"),
    "ghp": lambda: ("ghp_" + r(AN, 36), "github_pat"),
    "gho": lambda: ("gho_" + r(AN, 36), "github_oauth_token"),
    "ghs": lambda: ("ghs_" + r(AN, 36), "github_app_token"),
    "ghfg": lambda: ("github_pat_11" + r(UP + DG, 20) + "_" + r(AN, 59), "github_fine_grained_pat"),
    "glpat": lambda: ("glpat-" + r(URLS, 20), "gitlab_pat"),
    "glrt": lambda: ("glrt-" + r(URLS, 20), "gitlab_runner_token"),
    "atbb": lambda: ("ATBB" + r(AN, 24) + r(HEXU, 8), "bitbucket_app_password"),
    "sk_live": lambda: ("sk_live_51" + r(AN, 97), "stripe_secret_key"),
    "sk_live_old": lambda: ("sk_live_" + r(AN, 24), "stripe_secret_key"),
    "rk_live": lambda: ("rk_live_51" + r(AN, 97), "stripe_restricted_key"),
    "whsec": lambda: ("whsec_" + r(AN, 32), "stripe_webhook_secret"),
    "sq_token": lambda: ("EAAA" + r(URLS, 60), "square_access_token"),
    "sq_secret": lambda: ("sq0csp-" + r(URLS, 43), "square_oauth_secret"),
    "braintree": lambda: (
        "access_token$production$" + r(LO + DG, 16) + "$" + r(HEX, 32),
        "braintree_access_token",
    ),
    "paypal_secret": lambda: ("E" + r(URLS, 79), "paypal_client_secret"),
    "xoxb": lambda: ("xoxb-" + digits(11) + "-" + digits(13) + "-" + r(AN, 24), "slack_bot_token"),
    "xoxp": lambda: (
        "xoxp-" + digits(11) + "-" + digits(11) + "-" + digits(13) + "-" + r(HEX, 32),
        "slack_user_token",
    ),
    "xapp": lambda: (
        "xapp-1-A" + r(UP + DG, 10) + "-" + digits(13) + "-" + r(HEX, 64),
        "slack_app_token",
    ),
    "slack_webhook": lambda: (
        "https://hooks.slack.com/services/T"
        + r(UP + DG, 10)
        + "/B"
        + r(UP + DG, 10)
        + "/"
        + r(AN, 24),
        "slack_webhook_url",
    ),
    "slack_signing": lambda: (r(HEX, 32), "slack_signing_secret"),
    "discord_bot": lambda: (
        b64(snowflake().encode()).rstrip("=") + "." + r(URLS, 6) + "." + r(URLS, 38),
        "discord_bot_token",
    ),
    "discord_webhook": lambda: (
        "https://discord.com/api/webhooks/" + snowflake() + "/" + r(URLS, 68),
        "discord_webhook_url",
    ),
    "telegram": lambda: (
        str(rng.randint(1000000000, 7999999999)) + ":AA" + r(URLS, 33),
        "telegram_bot_token",
    ),
    "twilio_auth": lambda: (r(HEX, 32), "twilio_auth_token"),
    "sendgrid": lambda: ("SG." + r(URLS, 22) + "." + r(URLS, 43), "sendgrid_api_key"),
    "mailgun_old": lambda: ("key-" + r(HEX, 32), "mailgun_api_key"),
    "mailgun": lambda: (r(HEX, 32) + "-" + r(HEX, 8) + "-" + r(HEX, 8), "mailgun_api_key"),
    "mailchimp": lambda: (r(HEX, 32) + "-us" + str(rng.randint(2, 21)), "mailchimp_api_key"),
    "openai_proj": lambda: ("sk-proj-" + r(URLS, 74) + "T3BlbkFJ" + r(URLS, 74), "openai_api_key"),
    "openai_legacy": lambda: ("sk-" + r(AN, 20) + "T3BlbkFJ" + r(AN, 20), "openai_api_key"),
    "openai_svc": lambda: (
        "sk-svcacct-" + r(URLS, 74) + "T3BlbkFJ" + r(URLS, 74),
        "openai_api_key",
    ),
    "anthropic": lambda: ("sk-ant-api03-" + r(URLS, 93) + "AA", "anthropic_api_key"),
    "hf": lambda: ("hf_" + r(UP + LO, 34), "huggingface_token"),
    "cohere": lambda: (r(AN, 40), "cohere_api_key"),
    "replicate": lambda: ("r8_" + r(AN, 37), "replicate_api_token"),
    "groq": lambda: ("gsk_" + r(AN, 52), "groq_api_key"),
    "npm": lambda: ("npm_" + r(AN, 36), "npm_token"),
    "pypi": lambda: ("pypi-AgEIcHlwaS5vcmcCJD" + r(URLS, 155), "pypi_token"),
    "rubygems": lambda: ("rubygems_" + r(HEX, 48), "rubygems_api_key"),
    "nuget": lambda: ("oy2" + r(LO + DG, 43), "nuget_api_key"),
    "crates": lambda: ("cio" + r(AN, 32), "crates_io_token"),
    "dd_api": lambda: (r(HEX, 32), "datadog_api_key"),
    "dd_app": lambda: (r(HEX, 40), "datadog_app_key"),
    "nr_user": lambda: ("NRAK-" + r(UP + DG, 27), "newrelic_user_api_key"),
    "nr_license": lambda: (r(HEX, 36) + "NRAL", "newrelic_license_key"),
    "sentry_key": lambda: (r(HEX, 32), "sentry_dsn"),
    "sentry_auth": lambda: ("sntryu_" + r(HEX, 64), "sentry_auth_token"),
    "okta": lambda: ("00" + r(URLS, 40), "okta_api_token"),
    "auth0_secret": lambda: (r(URLS, 64), "auth0_client_secret"),
    "vault": lambda: ("hvs.CAESI" + r(URLS, 86), "vault_token"),
    "vault_short": lambda: ("hvs." + r(AN, 24), "vault_token"),
    "doppler_st": lambda: ("dp.st.prd." + r(AN, 43), "doppler_token"),
    "doppler_pt": lambda: ("dp.pt." + r(AN, 43), "doppler_token"),
    "jwt_hs": lambda: (jwt_hs(), "jwt"),
    "jwt_k8s": lambda: (jwt_k8s(), "jwt"),
    "jwt_supa": lambda: (jwt_supabase(), "jwt"),
    "jwt_auth0": lambda: (jwt_auth0(), "jwt"),
    "pem_rsa": lambda: (pem_rsa_pkcs1(), "private_key"),
    "pem_pkcs8": lambda: (pem_rsa_pkcs8(), "private_key"),
    "pem_ec": lambda: (pem_ec(), "private_key"),
    "pem_ssh": lambda: (pem_openssh(), "private_key"),
    "pw": lambda: (pw_strong(), "password"),
    "pw_url": lambda: (pw_url(), "password"),
    "pw_human": lambda: (pw_human(), "password"),
    "pw_human_url": lambda: (pw_human_url(), "password"),
    "basic_auth": lambda: (basic_auth(), "basic_auth"),
    "docker_auth": lambda: (docker_auth(), "basic_auth"),
    "shopify": lambda: ("shpat_" + r(HEX, 32), "shopify_access_token"),
    "atlassian": lambda: ("ATATT3xFfGF0" + r(URLS, 170) + "=" + r(HEXU, 8), "atlassian_api_token"),
    "postman": lambda: ("PMAK-" + r(HEX, 24) + "-" + r(HEX, 34), "postman_api_key"),
    "linear": lambda: ("lin_api_" + r(AN, 40), "linear_api_key"),
    "dop": lambda: ("dop_v1_" + r(HEX, 64), "digitalocean_token"),
    "tfc": lambda: (r(AN, 14) + ".atlasv1." + r(AN, 67), "terraform_cloud_token"),
    "mapbox_sk": lambda: (mapbox("sk"), "mapbox_secret_token"),
    "glsa": lambda: ("glsa_" + r(AN, 32) + "_" + r(HEX, 8), "grafana_service_account_token"),
    "pulumi": lambda: ("pul-" + r(HEX, 40), "pulumi_access_token"),
    "dapi": lambda: ("dapi" + r(HEX, 32), "databricks_token"),
    "dckr": lambda: ("dckr_pat_" + r(URLS, 27), "dockerhub_pat"),
    "cf_token": lambda: (r(URLS, 40), "cloudflare_api_token"),
    "age": lambda: ("AGE-SECRET-KEY-1" + r(BECH32, 58), "age_secret_key"),
    "django": lambda: (r(LO + DG + "!@#$%^&*(-_=+)", 50), "django_secret_key"),
    "rails_kb": lambda: (r(HEX, 128), "rails_secret_key_base"),
    "laravel": lambda: ("base64:" + b64(rbytes(32)), "laravel_app_key"),
    "heroku": lambda: ("HRKU-AA" + r(URLS, 58), "heroku_api_key"),
    "generic": lambda: (r(AN, 32), "generic_api_key"),
}

# ---------------------------------------------------------------- non-secret fillers
FILL = {
    "uuid": uuid4s,
    "acct": lambda: digits(12),
    "sha1": lambda: r(HEX, 40),
    "sha256": lambda: r(HEX, 64),
    "md5": lambda: r(HEX, 32),
    "short": lambda: r(HEX, 7),
    "ip": lambda: "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254)),
    "snowflake": snowflake,
    "pk_live": lambda: "pk_live_51" + r(AN, 97),
    "mapbox_pk": lambda: mapbox("pk"),
    "ssh_rsa_pub": ssh_rsa_pub,
    "ssh_ed_pub": ssh_ed_pub,
    "pem_pub": pem_public,
    "pem_cert": pem_cert,
    "pgp_pub": pgp_public,
    "bcrypt": lambda: "$2b$12$" + r("./" + AN, 53),
    "integrity": lambda: "sha512-" + b64(rbytes(64)),
    "gosum": lambda: "h1:" + b64(rbytes(32)),
    "objid": lambda: r(HEX, 24),
    "twsid": lambda: "AC" + r(HEX, 32),
    "jwks_n": lambda: b64u(rbytes(256)),
    "sq_appid": lambda: "sq0idp-" + r(URLS, 22),
    "paypal_cid": lambda: "A" + r(URLS, 79),
    "gclient": lambda: digits(12) + "-" + r(LO + DG, 32) + ".apps.googleusercontent.com",
    "okta_cid": lambda: "0oa" + r(AN, 17),
    "ts": lambda: str(rng.randint(1700000000, 1730000000)),
    "ulid": lambda: r("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26),
    "age_pub": lambda: "age1" + r(BECH32.lower(), 58),
}
_RFILL = re.compile(r"(hex|HEX|an|lo|up|dig|b64|url)_(\d+)$")
_CHARSETS = {
    "hex": HEX,
    "HEX": HEXU,
    "an": AN,
    "lo": LO + DG,
    "up": UP + DG,
    "b64": B64,
    "url": URLS,
}


def fill(name):
    m = _RFILL.match(name)
    if m:
        kind, n = m.group(1), int(m.group(2))
        if kind == "dig":
            return digits(n)
        return r(_CHARSETS[kind], n)
    return FILL[name]()


def apply_mod(val, mod):
    if mod == "j":
        return val.replace("\n", "\\n")
    if mod.isdigit():
        return val.replace("\n", "\n" + " " * int(mod))
    raise ValueError(mod)


TOK = re.compile(r"(«|‹)([A-Za-z0-9_]+)(?:#(\w+))?(?:@(\w+))?(»|›)")


def render(tpl):
    if tpl.startswith("\n"):
        tpl = tpl[1:]
    out, spans, memo = [], [], {}
    pos = last = 0
    for m in TOK.finditer(tpl):
        lit = tpl[last : m.start()]
        out.append(lit)
        pos += len(lit)
        opener, name, tag, mod, closer = m.groups()
        assert (opener == "«") == (closer == "»"), m.group(0)
        secret = opener == "«"
        key = (opener, name, tag)
        if tag is not None and key in memo:
            val, typ = memo[key]
        else:
            if secret:
                val, typ = GEN[name]()
            else:
                val, typ = fill(name), None
            if tag is not None:
                memo[key] = (val, typ)
        if mod:
            val = apply_mod(val, mod)
        out.append(val)
        if secret:
            spans.append({"start": pos, "end": pos + len(val), "type": typ, "_v": val})
        pos += len(val)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), spans


ROWS = []


def P(kind, tpl):
    ROWS.append((kind, tpl, True))


def N(kind, tpl):
    ROWS.append((kind, tpl, False))


# ====================================================================
# POSITIVE ROWS (1-2 secrets each)
# ====================================================================

# ---- AWS
P(
    "env",
    r"""
# .env.production -- loaded by docker compose
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=«aws_akid»
AWS_SECRET_ACCESS_KEY=«aws_sk»
S3_BUCKET=acme-prod-uploads
""",
)

P(
    "ini",
    r"""
# ~/.aws/credentials
[default]
aws_access_key_id = «aws_akid»
aws_secret_access_key = «aws_sk»

[readonly]
role_arn = arn:aws:iam::‹acct›:role/ReadOnlyAuditor
source_profile = default
""",
)

P(
    "python",
    r"""
import boto3

# TODO move to env before merging
s3 = boto3.client(
    "s3",
    aws_access_key_id="«aws_akid»",
    aws_secret_access_key="«aws_sk»",
    region_name="us-east-1",
)

def upload_report(path, key):
    s3.upload_file(path, "acme-finance-reports", key)
""",
)

P(
    "ci_log",
    r"""
2024-03-11T09:14:01.902Z ##[group]Run aws-actions/configure-aws-credentials@v4
2024-03-11T09:14:01.903Z with:
2024-03-11T09:14:01.903Z   aws-region: us-east-1
2024-03-11T09:14:01.903Z ##[endgroup]
2024-03-11T09:14:02.118Z ##[group]Run aws configure set aws_secret_access_key «aws_sk» --profile ci
2024-03-11T09:14:02.121Z shell: /usr/bin/bash -e {0}
2024-03-11T09:14:02.121Z ##[endgroup]
2024-03-11T09:14:03.554Z Configured profile 'ci'
2024-03-11T09:14:05.010Z upload: dist/app.zip to s3://acme-artifacts/web/‹sha1›.zip
""",
)

P(
    "chat",
    r"""
[10:42] dana.k: anyone seen "The security token included in the request is invalid" from the CLI? copied these from the SSO portal 5 min ago:
[10:42] dana.k: export AWS_ACCESS_KEY_ID=«aws_asia»
export AWS_SESSION_TOKEN=«aws_st»
[10:44] marco: you're missing AWS_SECRET_ACCESS_KEY, the portal gives you three lines
[10:45] dana.k: ugh yes, thanks
""",
)

P(
    "terraform",
    r"""
provider "aws" {
  region     = "us-west-2"
  access_key = "«aws_akid»"
  secret_key = "«aws_sk»"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-central-logs"
  tags = {
    Team = "platform"
  }
}
""",
)

# ---- GCP
P(
    "json",
    r"""
{
  "type": "service_account",
  "project_id": "acme-analytics-prod",
  "private_key_id": "‹sha1›",
  "private_key": "«pem_pkcs8@j»\n",
  "client_email": "bq-loader@acme-analytics-prod.iam.gserviceaccount.com",
  "client_id": "‹dig_21›",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40acme-analytics-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""",
)

P(
    "javascript",
    r"""
// server/routes/places.js
const axios = require('axios');

async function searchPlaces(q) {
  const url = `https://maps.googleapis.com/maps/api/place/textsearch/json?query=${encodeURIComponent(q)}&key=«gcp_key»`;
  const { data } = await axios.get(url);
  return data.results.map(p => ({ name: p.name, address: p.formatted_address }));
}

module.exports = { searchPlaces };
""",
)

P(
    "yaml",
    r"""
auth:
  session_ttl: 12h
  providers:
    google:
      client_id: "‹gclient›"
      client_secret: "«gocspx»"
      redirect_uri: "https://app.acme.io/auth/google/callback"
      scopes: [openid, email, profile]
""",
)

# ---- Azure
P(
    "json",
    r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Blob": "DefaultEndpointsProtocol=https;AccountName=acmeprodassets;AccountKey=«az_storage»;EndpointSuffix=core.windows.net"
  },
  "AllowedHosts": "*"
}
""",
)

P(
    "env",
    r"""
AZURE_TENANT_ID=‹uuid›
AZURE_CLIENT_ID=‹uuid›
AZURE_CLIENT_SECRET=«az_secret»
AZURE_SUBSCRIPTION_ID=‹uuid›
ARM_USE_OIDC=false
""",
)

P(
    "error_log",
    r"""
Traceback (most recent call last):
  File "/app/jobs/export.py", line 88, in <module>
    main()
  File "/app/jobs/export.py", line 71, in main
    resp.raise_for_status()
  File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 403 Client Error: Server failed to authenticate the request. for url: https://acmelogs.blob.core.windows.net/exports/2024-05/report.csv?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2024-06-30T23:59:59Z&st=2024-05-01T00:00:00Z&spr=https&sig=«az_sas»
""",
)

P(
    "shell_history",
    r"""
  501  cd ~/src
  502  git clone https://build-agent:«ado_pat»@dev.azure.com/acme/Platform/_git/infra-modules
  503  cd infra-modules && git checkout -b feature/vnet-peering
  504  terraform init
""",
)

P(
    "xml",
    r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="OrdersDb"
         connectionString="Server=tcp:acme-sql-prod.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=orders_app;Password=«pw»;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Environment" value="Production" />
  </appSettings>
</configuration>
""",
)

P(
    "powershell",
    r"""
# deploy.ps1 - run from the build agent
$env:ARM_CLIENT_ID     = "‹uuid›"
$env:ARM_CLIENT_SECRET = "«az_secret»"
$env:ARM_TENANT_ID     = "‹uuid›"
terraform apply -auto-approve -var-file="prod.tfvars"
""",
)

# ---- Alibaba / IBM
P(
    "python",
    r"""
import oss2

auth = oss2.Auth('«ali_id»', '«ali_secret»')
bucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'acme-media-cn')
bucket.put_object_from_file('banners/spring.jpg', '/tmp/spring.jpg')
""",
)

P(
    "json",
    r"""
{
  "apikey": "«ibm_key»",
  "endpoints": "https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints",
  "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage:global:a/‹md5›:‹uuid›::",
  "iam_apikey_name": "cos-writer",
  "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer",
  "iam_serviceid_crn": "crn:v1:bluemix:public:iam-identity::a/‹md5›::serviceid:ServiceId-‹uuid›",
  "resource_instance_id": "crn:v1:bluemix:public:cloud-object-storage:global:a/‹md5›:‹uuid›::"
}
""",
)

# ---- GitHub
P(
    "shell_history",
    r"""
  311  git remote set-url origin https://«ghp#a»@github.com/acme/payments-api.git
  312  git push origin main
  313  curl -H "Authorization: token «ghp#a»" https://api.github.com/user
  314  git log --oneline | head
""",
)

P(
    "github_actions",
    r"""
name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Create release
        run: gh release create "$GITHUB_REF_NAME" --generate-notes dist/*
        env:
          GH_TOKEN: «ghfg»
""",
)

P(
    "chat",
    r"""
**Issue: push rejected with 403 even though token has repo scope**

I generated a classic token and set it like this:

```
git config --global credential.helper store
echo "https://octo-dev:«ghp»@github.com" > ~/.git-credentials
```

but `git push` still says `remote: Permission to acme/site.git denied to octo-dev.` What am I missing?
""",
)

P(
    "go",
    r"""
package main

import (
	"context"
	"fmt"

	"github.com/google/go-github/v60/github"
)

func main() {
	client := github.NewClient(nil).WithAuthToken("«gho»")
	repos, _, err := client.Repositories.ListByOrg(context.Background(), "acme", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(repos))
}
""",
)

P(
    "ci_log",
    r"""
2024-06-02T14:22:09.4410312Z ##[debug]Evaluating condition for step: 'Create release'
2024-06-02T14:22:09.4581133Z ##[debug]Fetching installation token for app 381244 on acme/web
2024-06-02T14:22:09.7730120Z ##[debug]installation token: «ghs» (expires 2024-06-02T15:22:09Z)
2024-06-02T14:22:09.7731002Z ##[debug]Set output 'token'
2024-06-02T14:22:10.0015521Z ##[debug]Finishing: Generate token
""",
)

P(
    "json",
    r"""
{
    "github-oauth": {
        "github.com": "«ghp»"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "«pw_url»"
        }
    }
}
""",
)

# ---- GitLab
P(
    "curl",
    r"""
curl --silent --header "PRIVATE-TOKEN: «glpat»" \
  "https://gitlab.com/api/v4/projects/41235/pipelines?status=failed&per_page=20" | jq '.[].web_url'
""",
)

P(
    "toml",
    r"""
concurrent = 4
check_interval = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "build-runner-03"
  url = "https://gitlab.acme.io/"
  id = 117
  token = "«glrt»"
  token_obtained_at = 2024-02-19T08:31:44Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.docker]
    image = "alpine:3.19"
    privileged = false
    volumes = ["/cache"]
""",
)

P(
    "gitlab_ci",
    r"""
stages: [test, review]

variables:
  DOCKER_DRIVER: overlay2
  DANGER_GITLAB_API_TOKEN: "«glpat»"

danger:
  stage: review
  image: ruby:3.3
  script:
    - bundle exec danger --fail-on-errors=true
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
""",
)

# ---- Bitbucket
P(
    "shell_history",
    r"""
  88  git clone https://jmorales:«atbb»@bitbucket.org/acme/mobile-app.git
  89  cd mobile-app
  90  ./gradlew assembleRelease
""",
)

# ---- Stripe
P(
    "env",
    r"""
# payments service
STRIPE_PUBLISHABLE_KEY=‹pk_live›
STRIPE_SECRET_KEY=«sk_live»
STRIPE_WEBHOOK_SECRET=«whsec»
CHECKOUT_SUCCESS_URL=https://shop.acme.io/thanks
""",
)

P(
    "javascript",
    r"""
// api/checkout.js
const stripe = require('stripe')('«sk_live»');

module.exports = async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: req.body.items,
    success_url: 'https://shop.acme.io/thanks',
    cancel_url: 'https://shop.acme.io/cart',
  });
  res.json({ id: session.id });
};
""",
)

P(
    "ruby",
    r"""
# config/initializers/stripe.rb
require "stripe"

Stripe.api_key = "«rk_live»"
Stripe.api_version = "2024-04-10"
Stripe.max_network_retries = 2
""",
)

P(
    "curl",
    r"""
curl https://api.stripe.com/v1/refunds \
  -u «sk_live»: \
  -d payment_intent=pi_3‹an_21› \
  -d amount=1500
""",
)

# ---- Square / Braintree / PayPal
P(
    "python",
    r"""
from square.client import Client

client = Client(
    access_token="«sq_token»",
    environment="production",
)
result = client.locations.list_locations()
if result.is_success():
    for loc in result.body["locations"]:
        print(loc["id"], loc["name"])
""",
)

P(
    "env",
    r"""
SQUARE_APPLICATION_ID=‹sq_appid›
SQUARE_APPLICATION_SECRET=«sq_secret»
SQUARE_REDIRECT_URL=https://pos.acme.io/oauth/square/callback
""",
)

P(
    "yaml",
    r"""
payments:
  provider: braintree
  braintree:
    environment: production
    access_token: "«braintree»"
    merchant_account_id: acme_eur
  capture_on_ship: true
""",
)

P(
    "java",
    r"""
import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;

public class PayPalClientFactory {
    private static final String CLIENT_ID = "‹paypal_cid›";
    private static final String CLIENT_SECRET = "«paypal_secret»";

    public static PayPalHttpClient create() {
        PayPalEnvironment env = new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET);
        return new PayPalHttpClient(env);
    }
}
""",
)

# ---- Slack
P(
    "python",
    r"""
from slack_sdk import WebClient

client = WebClient(token="«xoxb»")

def notify(channel, text):
    client.chat_postMessage(channel=channel, text=text)

notify("#deploys", "payments-api v2.14.0 rolled out to prod")
""",
)

P(
    "curl",
    r"""
curl -X POST -H 'Content-type: application/json' \
  --data '{"text":"Nightly backup finished: 412 GB in 38m"}' \
  «slack_webhook»
""",
)

P(
    "yaml",
    r"""
route:
  receiver: slack-oncall
  group_by: ['alertname', 'cluster']
  repeat_interval: 4h
receivers:
  - name: slack-oncall
    slack_configs:
      - api_url: '«slack_webhook»'
        channel: '#oncall'
        send_resolved: true
""",
)

P(
    "env",
    r"""
SLACK_BOT_TOKEN=«xoxb»
SLACK_SIGNING_SECRET=«slack_signing»
SLACK_APP_ID=A‹up_10›
PORT=3000
""",
)

P(
    "chat",
    r"""
hey @ops, the standup bot stopped posting. it uses my user token:
«xoxp»
can someone check if the app got uninstalled from the workspace? the scopes were channels:history and chat:write
""",
)

P(
    "javascript",
    r"""
const { App } = require('@slack/bolt');

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  appToken: '«xapp»',
  socketMode: true,
});

(async () => {
  await app.start();
  console.log('bolt app running in socket mode');
})();
""",
)

# ---- Discord / Telegram
P(
    "python",
    r"""
import discord

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)

@client.event
async def on_ready():
    print(f"logged in as {client.user}")

client.run("«discord_bot»")
""",
)

P(
    "shell_history",
    r"""
curl -H "Content-Type: application/json" -X POST \
  -d '{"username":"deploy-bot","content":"build #1842 passed"}' \
  «discord_webhook»
""",
)

P(
    "curl",
    r"""
curl -s "https://api.telegram.org/bot«telegram»/sendMessage?chat_id=-100‹dig_10›&text=deploy%20finished"
""",
)

# ---- Twilio / SendGrid / Mailgun / Mailchimp
P(
    "curl",
    r"""
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/‹twsid#s›/Messages.json" \
  --data-urlencode "To=+15558675310" \
  --data-urlencode "From=+15017122661" \
  --data-urlencode "Body=Server disk usage above 90%" \
  -u ‹twsid#s›:«twilio_auth»
""",
)

P(
    "csharp",
    r"""
using SendGrid;
using SendGrid.Helpers.Mail;

var client = new SendGridClient("«sendgrid»");
var msg = MailHelper.CreateSingleEmail(
    new EmailAddress("noreply@acme.io", "Acme"),
    new EmailAddress(user.Email),
    "Reset your password",
    plainTextContent: body,
    htmlContent: html);
var response = await client.SendEmailAsync(msg);
""",
)

P(
    "python",
    r"""
# settings/production.py
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "«sendgrid»"
DEFAULT_FROM_EMAIL = "Acme <noreply@acme.io>"
""",
)

P(
    "curl",
    r"""
curl -s --user 'api:«mailgun_old»' \
    https://api.mailgun.net/v3/mg.acme.io/messages \
    -F from='Acme Alerts <alerts@mg.acme.io>' \
    -F to=oncall@acme.io \
    -F subject='Disk almost full' \
    -F text='db-03 /var at 93%'
""",
)

P(
    "php",
    r"""
<?php
use DrewM\MailChimp\MailChimp;

$MailChimp = new MailChimp('«mailchimp»');
$result = $MailChimp->post("lists/‹hex_10›/members", [
    'email_address' => $email,
    'status'        => 'subscribed',
]);
""",
)

# ---- AI providers
P(
    "notebook",
    r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "os.environ[\"OPENAI_API_KEY\"] = \"«openai_svc»\"\n",
    "from langchain_openai import ChatOpenAI\n",
    "llm = ChatOpenAI(model=\"gpt-4o\", temperature=0)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "llm.invoke(\"hello\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""",
)

P(
    "chat",
    r"""
Q: Why do I get 401 "Incorrect API key provided" with this call?

    curl https://api.openai.com/v1/chat/completions \
      -H "Content-Type: application/json" \
      -H "Authorization: Bearer «openai_legacy»" \
      -d '{"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": "hi"}]}'

The key was working last week. Did they deprecate the old format?
""",
)

P(
    "env",
    r"""
# .env.local
OPENAI_API_KEY=«openai_proj»
ANTHROPIC_API_KEY=«anthropic»
VECTOR_DB_URL=http://localhost:6333
""",
)

P(
    "curl",
    r"""
curl https://api.anthropic.com/v1/messages \
     --header "x-api-key: «anthropic»" \
     --header "anthropic-version: 2023-06-01" \
     --header "content-type: application/json" \
     --data '{"model": "claude-3-haiku-20240307", "max_tokens": 256, "messages": [{"role": "user", "content": "ping"}]}'
""",
)

P(
    "typescript",
    r"""
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({
  apiKey: '«anthropic»',
});

export async function summarize(text: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 512,
    messages: [{ role: 'user', content: `Summarize:\n${text}` }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}
""",
)

P(
    "notebook",
    r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "Token is valid (permission: write).\n",
      "Login successful\n"
     ]
    }
   ],
   "source": [
    "from huggingface_hub import login\n",
    "login(token=\"«hf»\")"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""",
)

P(
    "shell_history",
    r"""
  72  pip install -U "huggingface_hub[cli]"
  73  huggingface-cli login --token «hf» --add-to-git-credential
  74  huggingface-cli download meta-llama/Llama-3.1-8B-Instruct --local-dir ./llama
""",
)

P(
    "shell_history",
    r"""
$ git clone https://ml-team:«hf»@huggingface.co/acme/intent-classifier-v3
Cloning into 'intent-classifier-v3'...
Filtering content: 100% (3/3), 418.22 MiB | 52.10 MiB/s, done.
""",
)

P(
    "env",
    r"""
REPLICATE_API_TOKEN=«replicate»
IMAGE_MODEL=stability-ai/sdxl
OUTPUT_BUCKET=acme-generated
""",
)

P(
    "typescript",
    r"""
import Groq from 'groq-sdk';

const groq = new Groq({ apiKey: '«groq»' });

export const complete = (prompt: string) =>
  groq.chat.completions.create({
    model: 'llama-3.1-70b-versatile',
    messages: [{ role: 'user', content: prompt }],
  });
""",
)

P(
    "rust",
    r"""
use reqwest::header::{HeaderMap, AUTHORIZATION};

const COHERE_KEY: &str = "«cohere»";

async fn embed(texts: &[String]) -> reqwest::Result<serde_json::Value> {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, format!("Bearer {}", COHERE_KEY).parse().unwrap());
    reqwest::Client::new()
        .post("https://api.cohere.com/v1/embed")
        .headers(headers)
        .json(&serde_json::json!({"texts": texts, "model": "embed-english-v3.0", "input_type": "search_document"}))
        .send()
        .await?
        .json()
        .await
}
""",
)

# ---- Package registries
P(
    "ini",
    r"""
# ~/.npmrc
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm»
@acme:registry=https://npm.pkg.github.com/
save-exact=true
""",
)

P(
    "ci_log",
    r"""
Running with gitlab-runner 16.9.1 (782c6ecb)
  on build-runner-03 ‹hex_8›, system ID: s_‹hex_12›
Preparing the "docker" executor
Using docker image node:20-alpine ...
$ echo "//registry.npmjs.org/:_authToken=«npm»" > .npmrc
$ npm publish --access public
npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access
+ @acme/ui-kit@3.4.0
Job succeeded
""",
)

P(
    "dockerfile",
    r"""
FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN=«npm»
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build
""",
)

P(
    "ini",
    r"""
# ~/.pypirc
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = «pypi»

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""",
)

P(
    "shell_history",
    r"""
  640  python -m build
  641  twine check dist/*
  642  twine upload -u __token__ -p «pypi» dist/*
  643  git tag v0.9.2 && git push --tags
""",
)

P(
    "yaml",
    r"""
---
:rubygems_api_key: «rubygems»
""",
)

P(
    "github_actions",
    r"""
      - name: Publish gem
        run: |
          gem build acme-client.gemspec
          gem push acme-client-*.gem
        env:
          GEM_HOST_API_KEY: «rubygems»
""",
)

P(
    "shell_history",
    r"""
dotnet pack -c Release
dotnet nuget push bin/Release/Acme.Core.2.3.1.nupkg --api-key «nuget» --source https://api.nuget.org/v3/index.json
""",
)

P(
    "xml",
    r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="acme-internal" value="https://pkgs.dev.azure.com/acme/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <acme-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="«ado_pat»" />
    </acme-internal>
  </packageSourceCredentials>
</configuration>
""",
)

P(
    "toml",
    r"""
# ~/.cargo/credentials.toml
[registry]
token = "«crates»"
""",
)

# ---- Observability
P(
    "yaml",
    r"""
# /etc/datadog-agent/datadog.yaml
api_key: «dd_api»
site: datadoghq.eu
hostname: web-prod-07
logs_enabled: true
apm_config:
  enabled: true
tags:
  - env:prod
  - team:web
""",
)

P(
    "curl",
    r"""
curl -X GET "https://api.datadoghq.com/api/v1/monitor?group_states=alert" \
  -H "Accept: application/json" \
  -H "DD-API-KEY: «dd_api»" \
  -H "DD-APPLICATION-KEY: «dd_app»"
""",
)

P(
    "terraform",
    r"""
terraform {
  required_providers {
    datadog = {
      source = "DataDog/datadog"
    }
  }
}

provider "datadog" {
  api_key = "«dd_api»"
  app_key = "«dd_app»"
  api_url = "https://api.datadoghq.eu/"
}
""",
)

P(
    "yaml",
    r"""
common: &default_settings
  license_key: '«nr_license»'
  app_name: Checkout Service
  distributed_tracing:
    enabled: true
  log_level: info

production:
  <<: *default_settings
""",
)

P(
    "curl",
    r"""
curl https://api.newrelic.com/graphql \
  -H 'Content-Type: application/json' \
  -H 'API-Key: «nr_user»' \
  --data-binary '{"query":"{ actor { user { name email } } }"}'
""",
)

P(
    "python",
    r"""
import sentry_sdk

sentry_sdk.init(
    dsn="https://«sentry_key»@o‹dig_6›.ingest.us.sentry.io/‹dig_16›",
    traces_sample_rate=0.2,
    environment="production",
)
""",
)

P(
    "env",
    r"""
SENTRY_ORG=acme
SENTRY_PROJECT=web-frontend
SENTRY_AUTH_TOKEN=«sentry_auth»
SENTRY_URL=https://sentry.io/
""",
)

# ---- Identity
P(
    "curl",
    r"""
curl -v -X GET \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -H "Authorization: SSWS «okta»" \
  "https://acme.okta.com/api/v1/users?filter=status%20eq%20%22LOCKED_OUT%22"
""",
)

P(
    "env",
    r"""
AUTH0_DOMAIN=acme.us.auth0.com
AUTH0_CLIENT_ID=‹an_32›
AUTH0_CLIENT_SECRET=«auth0_secret»
AUTH0_AUDIENCE=https://api.orders.acme.io
""",
)

P(
    "javascript",
    r"""
const { auth } = require('express-openid-connect');

app.use(
  auth({
    issuerBaseURL: 'https://acme.eu.auth0.com',
    baseURL: 'https://portal.acme.io',
    clientID: '‹an_32›',
    clientSecret: '«auth0_secret»',
    secret: process.env.SESSION_SECRET,
    authRequired: false,
  })
);
""",
)

# ---- Vault / Doppler
P(
    "shell_history",
    r"""
  901  export VAULT_ADDR=https://vault.acme.internal:8200
  902  export VAULT_TOKEN=«vault»
  903  vault kv get -field=password secret/data/prod/postgres
  904  vault token lookup
""",
)

P(
    "terminal",
    r"""
$ vault login -method=userpass username=ci-deployer
Password (will be hidden):
Success! You are now authenticated. The token information displayed below
is already stored in the token helper. You do NOT need to run "vault login"
again. Future Vault requests will automatically use this token.

Key                    Value
---                    -----
token                  «vault»
token_accessor         ‹an_24›
token_duration         768h
token_renewable        true
token_policies         ["default" "deploy"]
identity_policies      []
policies               ["default" "deploy"]
token_meta_username    ci-deployer
""",
)

P(
    "shell_history",
    r"""
  77  doppler setup --project billing --config prd
  78  doppler run --token «doppler_st» -- node server.js
  79  doppler secrets --only-names
""",
)

P(
    "kubernetes",
    r"""
apiVersion: v1
kind: Secret
metadata:
  name: doppler-token-secret
  namespace: doppler-operator-system
type: Opaque
stringData:
  serviceToken: «doppler_st»
""",
)

# ---- JWTs
P(
    "curl",
    r"""
curl -s https://api.orders.acme.io/v2/orders/‹uuid› \
  -H "Authorization: Bearer «jwt_auth0»" \
  -H "Accept: application/json" | jq .
""",
)

P(
    "chat",
    r"""
[14:03] nik: my session token gets rejected by the admin API with "invalid signature", this is what the frontend sends:
[14:03] nik: «jwt_hs»
[14:05] sarah: are you signing with the staging secret? the issuer looks fine
""",
)

P(
    "yaml",
    r"""
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ‹b64_120›
    server: https://‹ip›:6443
  name: prod
contexts:
- context:
    cluster: prod
    user: deployer
  name: prod
current-context: prod
users:
- name: deployer
  user:
    token: «jwt_k8s»
""",
)

P(
    "env",
    r"""
NEXT_PUBLIC_SUPABASE_URL=https://‹lo_20›.supabase.co
SUPABASE_SERVICE_ROLE_KEY=«jwt_supa»
""",
)

P(
    "app_log",
    r"""
DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.orders.acme.io:443
send: b'GET /v2/orders?status=open HTTP/1.1\r\nHost: api.orders.acme.io\r\nUser-Agent: python-requests/2.31.0\r\nAccept-Encoding: gzip, deflate\r\nAccept: */*\r\nConnection: keep-alive\r\nAuthorization: Bearer «jwt_auth0»\r\n\r\n'
reply: 'HTTP/1.1 401 Unauthorized\r\n'
header: Content-Type: application/json
header: WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"
DEBUG:urllib3.connectionpool:https://api.orders.acme.io:443 "GET /v2/orders?status=open HTTP/1.1" 401 87
""",
)

# ---- Private keys
P(
    "terminal",
    r"""
$ cat ~/.ssh/id_ed25519_deploy
«pem_ssh»
$ ssh-add ~/.ssh/id_ed25519_deploy
Identity added: /home/ci/.ssh/id_ed25519_deploy (deploy@acme)
""",
)

P(
    "kubernetes",
    r"""
apiVersion: v1
kind: Secret
metadata:
  name: api-gateway-tls
  namespace: edge
type: kubernetes.io/tls
stringData:
  tls.crt: |
    ‹pem_cert@4›
  tls.key: |
    «pem_ec@4»
""",
)

P(
    "python",
    r'''
import jwt

SIGNING_KEY = """«pem_ec»"""

def issue(user_id: str) -> str:
    return jwt.encode({"sub": user_id}, SIGNING_KEY, algorithm="ES256")
''',
)

P(
    "env",
    r"""
JWT_ISSUER=https://auth.acme.io
JWT_PRIVATE_KEY="«pem_rsa@j»"
JWT_TTL_SECONDS=900
""",
)

P(
    "chat",
    r"""
Our GitHub App can't authenticate, I keep getting "A JSON web token could not be decoded". Here is the key I downloaded from the app settings page, is the format wrong?

«pem_rsa»

App ID is 381244 and I'm using octokit/auth-app.
""",
)

# ---- Passwords in URLs and config
P(
    "env",
    r"""
DATABASE_URL=postgres://app_user:«pw_url»@db-prod.cluster-‹lo_12›.eu-central-1.rds.amazonaws.com:5432/app
REDIS_URL=redis://cache-prod.acme.internal:6379/0
""",
)

P(
    "docker_compose",
    r"""
services:
  db:
    image: postgres:16
    restart: always
    environment:
      POSTGRES_USER: keycloak
      POSTGRES_PASSWORD: "«pw»"
      POSTGRES_DB: keycloak
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
""",
)

P(
    "error_log",
    r"""
MongoServerSelectionError: connection <monitor> to ‹ip›:27017 closed
    at Timeout._onTimeout (/srv/app/node_modules/mongodb/lib/sdam/topology.js:278:38)
    at listOnTimeout (node:internal/timers:573:17)
    at process.processTimers (node:internal/timers:514:7) {
  reason: TopologyDescription { type: 'ReplicaSetNoPrimary', setName: 'atlas-‹lo_6›-shard-0' },
  code: undefined
}
[boot] failed to connect using MONGO_URI=mongodb+srv://admin:«pw_human_url»@cluster0.‹lo_5›.mongodb.net/prod?retryWrites=true&w=majority
""",
)

P(
    "shell_history",
    r"""
 2011  ssh bastion-eu
 2012  mysql -h ‹ip› -u root -p'«pw»' orders -e "SHOW PROCESSLIST"
 2013  exit
""",
)

P(
    "shell_history",
    r"""
PGPASSWORD='«pw_human»' psql -h analytics-replica.acme.internal -U reporting -d warehouse -c "\copy (select * from daily_revenue) to 'rev.csv' csv header"
""",
)

P(
    "php",
    r"""
<?php
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_acmeblog' );

/** Database username */
define( 'DB_USER', 'wp_acme' );

/** Database password */
define( 'DB_PASSWORD', '«pw»' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );
""",
)

P(
    "yaml",
    r"""
# config/database.yml
production:
  adapter: postgresql
  encoding: unicode
  database: shop_production
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  username: shop
  password: «pw_human»
  host: pg.shop.internal
""",
)

P(
    "json",
    r"""
{
	"auths": {
		"registry.acme.io": {
			"auth": "«docker_auth»"
		}
	},
	"credsStore": ""
}
""",
)

P(
    "curl",
    r"""
curl -s -H "Authorization: Basic «basic_auth»" \
  "https://jenkins.acme.internal/job/payments-api/lastBuild/api/json?tree=result,duration"
""",
)

P(
    "netrc",
    r"""
machine api.heroku.com
  login ops@acme.io
  password «heroku»
machine git.heroku.com
  login ops@acme.io
  password «heroku»
""",
)

P(
    "ini",
    r"""
# /etc/pip.conf
[global]
index-url = https://deploy:«pw_url»@pypi.acme.internal/simple
extra-index-url = https://pypi.org/simple
timeout = 60
""",
)

P(
    "email",
    r"""
From: IT Service Desk <servicedesk@acme.io>
To: Jonas Weber <jonas.weber@acme.io>
Date: Mon, 3 Jun 2024 08:02:11 +0200
Subject: Your new account

Hi Jonas,

welcome to Acme! Your workstation account is ready:

  Username: jweber
  Temporary password: «pw_human»

You will be asked to change the password at first login. Please enrol in MFA within 7 days.

Regards,
IT Service Desk
""",
)

P(
    "ansible",
    r"""
# group_vars/dbservers.yml
ansible_user: ops
ansible_become: true
ansible_become_password: «pw»
postgresql_version: 16
postgresql_listen_addresses: "*"
""",
)

P(
    "error_log",
    r"""
2024-04-09 03:12:55.104 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed

org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource': Failed to instantiate [com.zaxxer.hikari.HikariDataSource]
Caused by: java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up. URL: jdbc:mysql://mysql-primary.shop.svc:3306/shop?user=shop_app&password=«pw_url»&useSSL=true
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:110)
	at com.mysql.cj.jdbc.ConnectionImpl.connectWithRetries(ConnectionImpl.java:882)
	at com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:820)
""",
)

P(
    "email",
    r"""
From: Ravi Patel <ravi@northwind-logistics.com>
To: Integration Team <integrations@acme.io>
Subject: SFTP access for shipment files

Hello team,

as discussed on the call, here is the SFTP login for the nightly shipment export:

Host: sftp.northwind-logistics.com (port 22)
User: acme_export
Password: «pw»

Files are dropped in /outbound/acme/ by 02:00 CET. Let me know if the connection works.

Best,
Ravi
""",
)

# ---- Misc SaaS
P(
    "python",
    r"""
import shopify

session = shopify.Session("acme-store.myshopify.com", "2024-04", "«shopify»")
shopify.ShopifyResource.activate_session(session)
orders = shopify.Order.find(status="open", limit=50)
""",
)

P(
    "curl",
    r"""
curl --request GET \
  --url 'https://acme.atlassian.net/rest/api/3/search?jql=project%3DOPS%20AND%20status%3DOpen' \
  --user 'jira-bot@acme.io:«atlassian»' \
  --header 'Accept: application/json'
""",
)

P(
    "env",
    r"""
POSTMAN_API_KEY=«postman»
POSTMAN_COLLECTION_UID=‹dig_8›-‹uuid›
""",
)

P(
    "curl",
    r"""
curl -X POST https://api.linear.app/graphql \
  -H "Content-Type: application/json" \
  -H "Authorization: «linear»" \
  --data '{ "query": "{ issues(first: 10) { nodes { identifier title } } }" }'
""",
)

P(
    "shell_history",
    r"""
  330  brew install doctl
  331  doctl auth init -t «dop»
  332  doctl kubernetes cluster kubeconfig save acme-k8s-ams3
""",
)

P(
    "hcl",
    r"""
# ~/.terraformrc
credentials "app.terraform.io" {
  token = "«tfc»"
}

plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
""",
)

P(
    "properties",
    r"""
# gradle.properties
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
MAPBOX_DOWNLOADS_TOKEN=«mapbox_sk»
""",
)

P(
    "curl",
    r"""
curl -H "Authorization: Bearer «glsa»" \
  "https://grafana.acme.io/api/search?type=dash-db&query=latency"
""",
)

P(
    "github_actions",
    r"""
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: pulumi/actions@v5
        with:
          command: preview
          stack-name: acme/infra/prod
        env:
          PULUMI_ACCESS_TOKEN: «pulumi»
""",
)

P(
    "ini",
    r"""
# ~/.databrickscfg
[DEFAULT]
host  = https://adb-‹dig_16›.7.azuredatabricks.net
token = «dapi»

[staging]
host  = https://adb-‹dig_16›.11.azuredatabricks.net
""",
)

P(
    "shell_history",
    r"""
  17  echo «dckr» | docker login -u acmebot --password-stdin
  18  docker build -t acmebot/worker:1.8.2 .
  19  docker push acmebot/worker:1.8.2
""",
)

P(
    "github_actions",
    r"""
      - name: Deploy worker
        uses: cloudflare/wrangler-action@v3
        with:
          apiToken: «cf_token»
          accountId: ‹md5›
          command: deploy --env production
""",
)

P(
    "text",
    r"""
# created: 2024-02-11T16:20:05+01:00
# public key: ‹age_pub›
«age»
""",
)

P(
    "python",
    r"""
# settings.py
DEBUG = False
ALLOWED_HOSTS = ["crm.acme.io"]
SECRET_KEY = '«django»'
""",
)

P(
    "yaml",
    r"""
# config/secrets.yml
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: «rails_kb»
""",
)

P(
    "env",
    r"""
APP_NAME=AcmePortal
APP_ENV=production
APP_KEY=«laravel»
APP_DEBUG=false
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=«pw_human»
""",
)

P(
    "email",
    r"""
From: Priya Raman <priya.raman@acme.io>
To: Tom Becker <tom.becker@acme.io>
Date: Tue, 14 May 2024 09:12:44 +0200
Subject: Fwd: Stripe live keys for the new checkout

Hi Tom,

forwarding what finance sent over. The secret key goes in the payments service, the publishable key is for the web app.

Publishable: ‹pk_live›
Secret: «sk_live»

Please put the secret in Vault and delete this mail afterwards.

Priya

---------- Forwarded message ---------
From: Finance Ops <finance-ops@acme.io>
Subject: Stripe live keys
""",
)

P(
    "sql",
    r"""
-- seed integrations for prod (run once)
INSERT INTO integrations (id, provider, api_key, enabled, created_at)
VALUES ('‹uuid›', 'sendgrid', '«sendgrid»', true, now());
""",
)

# ---- extra settings / kinds
P(
    "kubernetes",
    r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: notifier
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: notifier
          image: registry.acme.io/notifier:1.4.0
          env:
            - name: TELEGRAM_BOT_TOKEN
              value: "«telegram»"
            - name: LOG_LEVEL
              value: info
""",
)

P(
    "error_log",
    r"""
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Your authentication token is not from a valid issuer.', 'type': 'invalid_request_error'}}

During handling of the above exception, config was:
{'model': 'gpt-4o', 'api_base': 'https://api.openai.com/v1', 'api_key': '«openai_proj»', 'timeout': 60}
""",
)

P(
    "ci_log",
    r"""
[Pipeline] withCredentials
[Pipeline] {
[Pipeline] sh
+ curl -sf -X POST https://api.sendgrid.com/v3/mail/send -H 'Authorization: Bearer «sendgrid»' -H 'Content-Type: application/json' -d @mail.json
[Pipeline] }
[Pipeline] // withCredentials
Finished: SUCCESS
""",
)

P(
    "kotlin",
    r"""
object ApiConfig {
    const val BASE_URL = "https://api.acme.io/"
    const val STRIPE_PUBLISHABLE_KEY = "‹pk_live›"
    // TODO remove, only for the demo build
    const val BACKEND_ADMIN_TOKEN = "«jwt_hs»"
}
""",
)

P(
    "notebook",
    r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine(\"postgresql+psycopg2://analyst:«pw_url»@warehouse.acme.internal:5432/dwh\")\n",
    "df = pd.read_sql(\"select * from fact_orders limit 1000\", engine)"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""",
)

P(
    "chat",
    r"""
Hi! Trying to pull from our private registry in the Dockerfile build and it fails with `unauthorized`. I'm doing

    RUN pip install --index-url https://__token__:«glpat»@gitlab.acme.io/api/v4/projects/77/packages/pypi/simple acme-utils

Is the token in the URL the right way to do it?
""",
)

P(
    "ci_log",
    r"""
#14 [build 6/9] RUN git config --global url."https://x-access-token:«ghs»@github.com/".insteadOf "https://github.com/"
#14 DONE 0.1s
#15 [build 7/9] RUN go mod download
#15 DONE 12.8s
""",
)

P(
    "app_log",
    r"""
2024-05-21T11:02:17.332Z INFO  config loaded {"env":"staging","db_host":"pg-stg.internal","mail_provider":"mailgun","mailgun_domain":"mg.acme.io","mailgun_key":"«mailgun»","feature_flags":["new-checkout"]}
2024-05-21T11:02:17.401Z INFO  listening on :8080
""",
)

P(
    "toml",
    r"""
# wrangler.toml
name = "edge-router"
main = "src/index.ts"
compatibility_date = "2024-04-01"

[vars]
UPSTREAM = "https://origin.acme.io"
OPENAI_API_KEY = "«openai_proj»"
""",
)

P(
    "ansible",
    r"""
- name: Configure Grafana datasource
  community.grafana.grafana_datasource:
    grafana_url: https://grafana.acme.io
    grafana_api_key: «glsa»
    name: prometheus
    ds_type: prometheus
    ds_url: http://prometheus.monitoring:9090
""",
)

P(
    "xml",
    r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_BASE_URL</key>
	<string>https://api.acme.io</string>
	<key>SEGMENT_WRITE_KEY</key>
	<string>‹an_32›</string>
	<key>ALGOLIA_ADMIN_KEY</key>
	<string>«generic»</string>
</dict>
</plist>
""",
)

P(
    "markdown",
    r"""
## Running the integration tests locally

1. Start the stack: `docker compose up -d`
2. Export the staging key (ask in #payments if it stops working):

```bash
export BRAINTREE_ACCESS_TOKEN='«braintree»'
```

3. `make itest`
""",
)

P(
    "sql",
    r"""
-- restore the reporting user after the DB refresh
CREATE USER reporting WITH PASSWORD '«pw_human»';
GRANT CONNECT ON DATABASE warehouse TO reporting;
GRANT USAGE ON SCHEMA marts TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA marts TO reporting;
""",
)

P(
    "email",
    r"""
From: Alex Kim <alex.kim@acme.io>
To: Monitoring Vendor Support <support@observe-vendor.example>
Subject: Re: agent not reporting

Hi,

the agent on our hosts still does not show up. Here is the config we deploy:

    api_key: «dd_api»
    site: datadoghq.com
    hostname_fqdn: true

Thanks for looking into it,
Alex
""",
)

# ====================================================================
# NEGATIVE ROWS (no secrets)
# ====================================================================

N(
    "env",
    r"""
# Copy to .env and fill in real values. Never commit .env!
AWS_ACCESS_KEY_ID=<your-access-key-id>
AWS_SECRET_ACCESS_KEY=<your-secret-access-key>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
OPENAI_API_KEY=
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
""",
)

N(
    "docs",
    r"""
To configure the CLI, run `aws configure` and enter your keys when prompted:

    $ aws configure
    AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
    AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    Default region name [None]: us-west-2
    Default output format [None]: json

The values above are the documentation examples; replace them with the access key you created in the IAM console.
""",
)

N(
    "yaml",
    r"""
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/orders
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.acme.io
    username: ${SMTP_USER:}
    password: ${SMTP_PASSWORD:}
""",
)

N(
    "github_actions",
    r"""
name: publish
on:
  release:
    types: [published]
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm publish --provenance
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""",
)

N(
    "kubernetes",
    r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing
spec:
  template:
    spec:
      containers:
        - name: billing
          image: registry.acme.io/billing@sha256:‹sha256›
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: billing-secrets
                  key: stripe-secret-key
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: billing-db
                  key: password
""",
)

N(
    "python",
    r"""
import os
from openai import OpenAI

api_key = os.environ["OPENAI_API_KEY"]
if not api_key.startswith("sk-"):
    raise RuntimeError("OPENAI_API_KEY does not look like an OpenAI key")
client = OpenAI(api_key=api_key)
""",
)

N(
    "javascript",
    r"""
// web/src/payments.js -- runs in the browser, publishable key only
import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe('‹pk_live›');

export async function redirectToCheckout(sessionId) {
  const stripe = await stripePromise;
  return stripe.redirectToCheckout({ sessionId });
}
""",
)

N(
    "ci_log",
    r"""
2024-07-01T10:00:03.1120000Z ##[group]Run npm publish
2024-07-01T10:00:03.1121000Z npm publish --access public
2024-07-01T10:00:03.1180000Z shell: /usr/bin/bash -e {0}
2024-07-01T10:00:03.1181000Z env:
2024-07-01T10:00:03.1182000Z   NODE_AUTH_TOKEN: ***
2024-07-01T10:00:03.1183000Z   NPM_CONFIG_USERCONFIG: /home/runner/work/_temp/.npmrc
2024-07-01T10:00:03.1184000Z ##[endgroup]
2024-07-01T10:00:09.8800000Z + @acme/ui-kit@3.4.1
""",
)

N(
    "chat",
    r"""
[11:20] ben: my OpenAI key (sk-proj-...Xk3Q) suddenly returns 429 on every call, even tiny prompts
[11:21] ana: check the usage page, the project probably hit its monthly budget
[11:23] ben: yep, budget was $50. bumped it, works now
""",
)

N(
    "error_log",
    r"""
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db-prod.internal" (‹ip›), port 5432 failed: FATAL:  password authentication failed for user "app_user"

(Background on this error at: https://sqlalche.me/e/20/e3q8)
engine url: postgresql+psycopg2://app_user:***@db-prod.internal:5432/app
""",
)

N(
    "git_log",
    r"""
commit ‹sha1›
Author: Maya Lind <maya@acme.io>
Date:   Thu Apr 18 16:02:41 2024 +0200

    Bump go-github to v60

commit ‹sha1›
Merge: ‹short› ‹short›
Author: Ci Bot <ci@acme.io>
Date:   Thu Apr 18 15:40:07 2024 +0200

    Merge pull request #1288 from acme/fix/retry-backoff
""",
)

N(
    "terminal",
    r"""
$ docker images --digests
REPOSITORY                 TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE
registry.acme.io/api       2.14.0    sha256:‹sha256›   ‹hex_12›   3 days ago     187MB
registry.acme.io/worker    1.8.2     sha256:‹sha256›   ‹hex_12›   5 days ago     142MB
postgres                   16        sha256:‹sha256›   ‹hex_12›   2 weeks ago    432MB
""",
)

N(
    "json",
    r"""
{
  "name": "acme-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "‹integrity›",
      "dependencies": {
        "follow-redirects": "^1.15.6"
      }
    },
    "node_modules/zod": {
      "version": "3.23.4",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.4.tgz",
      "integrity": "‹integrity›"
    }
  }
}
""",
)

N(
    "sql",
    r"""
-- seed users for the local dev database (password hashes only)
INSERT INTO users (id, email, password_hash, role) VALUES
  (1, 'admin@example.com', '‹bcrypt›', 'admin'),
  (2, 'support@example.com', '‹bcrypt›', 'support'),
  (3, 'viewer@example.com', '‹bcrypt›', 'viewer');
""",
)

N(
    "app_log",
    r"""
2024-05-02T08:15:11.204Z INFO  request_id=‹uuid› method=GET path=/v1/orders status=200 duration_ms=41
2024-05-02T08:15:11.377Z INFO  request_id=‹uuid› method=POST path=/v1/orders status=201 duration_ms=118 order_id=‹uuid›
2024-05-02T08:15:12.009Z WARN  request_id=‹uuid› method=GET path=/v1/orders/‹uuid› status=404 duration_ms=9
""",
)

N(
    "text",
    r"""
# ~/.ssh/authorized_keys
‹ssh_ed_pub› maya@laptop
‹ssh_rsa_pub› ci-deploy@acme
""",
)

N(
    "yaml",
    r"""
# JWT verification (public key only; the signing key lives in KMS)
auth:
  issuer: https://auth.acme.io
  audience: orders-api
  public_key: |
    ‹pem_pub@4›
""",
)

N(
    "text",
    r"""
# ca-bundle.pem (intermediate + root)
‹pem_cert›
‹pem_cert›
""",
)

N(
    "javascript",
    r"""
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = '‹mapbox_pk›';
const map = new mapboxgl.Map({
  container: 'map',
  style: 'mapbox://styles/mapbox/streets-v12',
  center: [13.405, 52.52],
  zoom: 11,
});
""",
)

N(
    "html",
    r"""
<!doctype html>
<html>
<head>
  <meta name="google-signin-client_id" content="‹gclient›">
  <script src="https://accounts.google.com/gsi/client" async></script>
</head>
<body>
  <div id="g_id_onload" data-client_id="‹gclient›" data-login_uri="https://app.acme.io/auth/google"></div>
</body>
</html>
""",
)

N(
    "javascript",
    r"""
// SPA config: public values only, PKCE flow, no client secret
export const authConfig = {
  domain: 'acme.eu.auth0.com',
  clientId: '‹an_32›',
  authorizationParams: {
    redirect_uri: window.location.origin,
    audience: 'https://api.orders.acme.io',
  },
  cacheLocation: 'memory',
};
""",
)

N(
    "yaml",
    r"""
okta:
  oauth2:
    issuer: https://acme.okta.com/oauth2/default
    client-id: ‹okta_cid›
    # public client, authorization code + PKCE; no client secret configured
    redirect-uri: /authorization-code/callback
    scopes: openid, profile, email
""",
)

N(
    "json",
    r"""
{
  "account_sid": "‹twsid#a›",
  "api_version": "2010-04-01",
  "body": "Your Acme verification code is 120994",
  "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
  "direction": "outbound-api",
  "from": "+15017122661",
  "messaging_service_sid": "MG‹hex_32›",
  "sid": "SM‹hex_32›",
  "status": "queued",
  "to": "+15558675310",
  "uri": "/2010-04-01/Accounts/‹twsid#a›/Messages/SM‹hex_32›.json"
}
""",
)

N(
    "terminal",
    r"""
$ aws sts get-caller-identity
{
    "UserId": "AROA‹up_17›:maya.lind@acme.io",
    "Account": "‹acct#a›",
    "Arn": "arn:aws:sts::‹acct#a›:assumed-role/AWSReservedSSO_PowerUser_‹hex_16›/maya.lind@acme.io"
}
""",
)

N(
    "docs",
    r"""
### GitHub token formats

GitHub tokens carry an identifiable prefix, which makes leaked tokens easy to find:

| Prefix        | Token type                          |
|---------------|-------------------------------------|
| `ghp_`        | personal access token (classic)     |
| `github_pat_` | fine-grained personal access token  |
| `gho_`        | OAuth access token                  |
| `ghu_`        | GitHub App user-to-server token     |
| `ghs_`        | GitHub App installation token       |
| `ghr_`        | refresh token                       |

Classic tokens are the prefix followed by 36 base62 characters, the last six of which are a checksum.
""",
)

N(
    "docs",
    r"""
Stripe API keys come in pairs. Keys that start with `pk_` are publishable and can be embedded in client code.
Keys that start with `sk_` are secret and must only be used on your server; restricted keys start with `rk_`.
The second segment tells you the mode: `sk_test_...` keys only work against test data, `sk_live_...` keys move real money.
Webhook signing secrets start with `whsec_`. If a secret key leaks, roll it immediately from the Dashboard.
""",
)

N(
    "docs",
    r"""
Password policy (effective 1 July 2024)

- Minimum length: 14 characters; maximum 128.
- Passphrases are encouraged, e.g. four or more unrelated words.
- Passwords must not contain your username or appear in the breached-password list.
- Do not reuse any of your last 12 passwords.
- Service account passwords are rotated every 90 days by the vault rotation job.
- Never send passwords by email or chat; use the password manager's share feature.
""",
)

N(
    "email",
    r"""
From: Acme Accounts <no-reply@acme.io>
To: jonas.weber@acme.io
Subject: Your password was changed

Hi Jonas,

the password for your Acme account was changed on 4 June 2024 at 09:14 (CEST) from a device in Berlin, Germany.

If this was you, no action is needed. If you did not change your password, reset it at https://account.acme.io/recover and contact security@acme.io.

Acme Security
""",
)

N(
    "terminal",
    r"""
$ aws s3api head-object --bucket acme-artifacts --key web/release-2.14.0.zip
{
    "AcceptRanges": "bytes",
    "LastModified": "2024-05-19T10:21:44+00:00",
    "ContentLength": 48213377,
    "ETag": "\"‹md5›-6\"",
    "VersionId": "‹url_32›",
    "ContentType": "application/zip",
    "ServerSideEncryption": "aws:kms",
    "SSEKMSKeyId": "arn:aws:kms:us-east-1:‹acct›:key/‹uuid›"
}
""",
)

N(
    "json",
    r"""
[
  {"_id": {"$oid": "‹objid›"}, "sku": "TS-0042", "qty": 3, "warehouse": {"$oid": "‹objid›"}},
  {"_id": {"$oid": "‹objid›"}, "sku": "MG-1187", "qty": 1, "warehouse": {"$oid": "‹objid›"}},
  {"_id": {"$oid": "‹objid›"}, "sku": "HD-0008", "qty": 12, "warehouse": {"$oid": "‹objid›"}}
]
""",
)

N(
    "html",
    r"""
<img alt="status" width="12" height="12" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAwAAAAMCAYAAABWdVznAAAA‹b64_96›AAAAAElFTkSuQmCC">
""",
)

N(
    "shell_history",
    r"""
  410  export VAULT_ADDR=https://vault.acme.internal:8200
  411  vault login -method=oidc role=engineer
  412  export VAULT_TOKEN=$(vault print token)
  413  vault kv get -field=password secret/data/prod/postgres | pbcopy
""",
)

N(
    "terraform",
    r"""
variable "db_password" {
  description = "Master password for the RDS instance"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "main" {
  identifier          = "orders-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  username            = "orders_admin"
  password            = var.db_password
  skip_final_snapshot = false
}
""",
)

N(
    "ansible",
    r"""
# group_vars/all/vault.yml (encrypted with ansible-vault)
$ANSIBLE_VAULT;1.1;AES256
‹dig_80›
‹dig_80›
‹dig_80›
‹dig_80›
""",
)

N(
    "yaml",
    r"""
# secrets.enc.yaml (encrypted with sops)
db:
    password: ENC[AES256_GCM,data:‹b64_24›,iv:‹b64_44›,tag:‹b64_24›,type:str]
stripe:
    secret_key: ENC[AES256_GCM,data:‹b64_140›,iv:‹b64_44›,tag:‹b64_24›,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:‹acct›:key/‹uuid›
          created_at: "2024-03-02T10:11:12Z"
    lastmodified: "2024-03-02T10:11:13Z"
    mac: ENC[AES256_GCM,data:‹b64_88›,iv:‹b64_44›,tag:‹b64_24›,type:str]
    version: 3.8.1
""",
)

N(
    "kubernetes",
    r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  API_BASE_URL: https://api.acme.io
  FEATURE_FLAGS: new-checkout,dark-mode
  CACHE_TTL_SECONDS: "300"
  SENTRY_ENVIRONMENT: production
  BUILD_SHA: ‹sha1›
""",
)

N(
    "text",
    r"""
# requirements.txt (generated by pip-compile --generate-hashes)
requests==2.31.0 \
    --hash=sha256:‹sha256› \
    --hash=sha256:‹sha256›
urllib3==2.2.1 \
    --hash=sha256:‹sha256›
""",
)

N(
    "html",
    r"""
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
        integrity="sha384-‹b64_64›"
        crossorigin="anonymous"></script>
""",
)

N(
    "terminal",
    r"""
$ curl -sI https://www.acme.io/
HTTP/2 200
content-type: text/html; charset=utf-8
etag: W/"‹hex_40›"
cf-ray: ‹hex_16›-FRA
x-request-id: ‹uuid›
strict-transport-security: max-age=63072000; includeSubDomains; preload
content-security-policy: script-src 'self' 'nonce-‹b64_24›'
""",
)

N(
    "python",
    r"""
# examples/quickstart.py
import acme

client = acme.Client(api_key="YOUR_API_KEY_HERE")  # replace with your key from the dashboard
for invoice in client.invoices.list(limit=10):
    print(invoice.id, invoice.total)
""",
)

N(
    "yaml",
    r"""
# templates/secret.yaml (helm)
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "app.fullname" . }}
type: Opaque
stringData:
  DATABASE_PASSWORD: {{ .Values.db.password | quote }}
  SMTP_PASSWORD: {{ required "smtp.password is required" .Values.smtp.password | quote }}
""",
)

N(
    "chat",
    r"""
[16:02] tom: what's the process when someone pastes a token into a channel by accident?
[16:03] priya: revoke it at the provider first, then delete the message, then open a ticket in SEC so we check the audit logs
[16:03] priya: deleting the message alone isn't enough, slack exports and notifications still have it
[16:04] tom: thx, will add it to the runbook
""",
)

N(
    "error_log",
    r"""
Stripe::AuthenticationError: Invalid API Key provided: sk_live_*********************************************************************************************‹an_4›
  from /usr/local/bundle/gems/stripe-10.14.0/lib/stripe/stripe_client.rb:739:in `handle_error_response'
  from /usr/local/bundle/gems/stripe-10.14.0/lib/stripe/stripe_client.rb:671:in `execute_request_with_rescues'
""",
)

N(
    "error_log",
    r"""
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************************************************************************************************************************************************‹an_4›. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}
""",
)

N(
    "email",
    r"""
From: GitHub <noreply@github.com>
To: security@acme.io
Subject: [acme/payments-api] Secret scanning alert: GitHub Personal Access Token

A GitHub Personal Access Token was detected in acme/payments-api.

  Secret:   ghp_*********************************‹an_3›
  Location: config/deploy.sh:14
  Commit:   ‹sha1›

The token has been revoked. Review the alert: https://github.com/acme/payments-api/security/secret-scanning/17
""",
)

N(
    "email",
    r"""
From: Priya Raman <priya.raman@acme.io>
To: Tom Becker <tom.becker@acme.io>
Subject: Re: access to the Mailgun account

Hi Tom,

I've shared the Mailgun API key with you through 1Password (vault "Payments Team", item "Mailgun prod"). The link expires in 24 hours.
Please don't copy it into Slack or tickets; reference the 1Password item instead.

Priya
""",
)

N(
    "text",
    r"""
# .gitignore
node_modules/
dist/
.env
.env.*
!.env.example
*.pem
credentials.json
service-account*.json
.terraform/
*.tfstate*
""",
)

N(
    "app_log",
    r"""
2024-05-02T08:15:11.204Z level=info msg="span finished" traceparent=00-‹md5›-‹hex_16›-01 service=checkout duration_ms=412
2024-05-02T08:15:11.230Z level=info msg="span finished" traceparent=00-‹md5›-‹hex_16›-01 service=payments duration_ms=377
""",
)

N(
    "json",
    r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "‹url_43›",
      "n": "‹jwks_n›",
      "e": "AQAB"
    }
  ]
}
""",
)

N(
    "text",
    r"""
Maya Lind's release signing key (fingerprint ‹HEX_40›):

‹pgp_pub›
""",
)

N(
    "python",
    r"""
import hashlib

def fingerprint(password: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()

# >>> fingerprint(pw, salt)
# '‹sha256›'
""",
)

N(
    "text",
    r"""
model: acme/intent-classifier-v3
revision: ‹sha1›
files:
  model.safetensors  sha256=‹sha256›
  tokenizer.json     sha256=‹sha256›
  config.json        sha256=‹sha256›
""",
)

N(
    "ini",
    r"""
# .npmrc (committed) -- the token comes from the environment in CI
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
""",
)

N(
    "env",
    r"""
# local development uses peer auth, no password
DATABASE_URL=postgresql://app@localhost/app_dev
REDIS_URL=redis://localhost:6379/0
SMTP_URL=smtp://mailhog:1025
""",
)

N(
    "html",
    r"""
<form method="post" action="/login" autocomplete="on">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" required>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" minlength="14" placeholder="Password" required>
  <input type="hidden" name="next" value="/dashboard">
  <button type="submit">Sign in</button>
</form>
""",
)

N(
    "app_log",
    r"""
May 12 03:14:07 bastion-eu sshd[22817]: Failed password for invalid user admin from 203.0.113.54 port 51422 ssh2
May 12 03:14:09 bastion-eu sshd[22817]: Failed password for invalid user admin from 203.0.113.54 port 51422 ssh2
May 12 03:14:11 bastion-eu sshd[22817]: Connection closed by invalid user admin 203.0.113.54 port 51422 [preauth]
""",
)

N(
    "json",
    r"""
{
  "id": "pi_3‹an_21›",
  "object": "payment_intent",
  "amount": 2499,
  "currency": "eur",
  "customer": "cus_‹an_14›",
  "latest_charge": "ch_3‹an_21›",
  "payment_method": "pm_1‹an_23›",
  "status": "succeeded",
  "metadata": {"order_id": "‹uuid›"}
}
""",
)

N(
    "json",
    r"""
{
  "ok": true,
  "channel": "C‹up_10›",
  "ts": "‹ts›.‹dig_6›",
  "message": {
    "type": "message",
    "user": "U‹up_10›",
    "bot_id": "B‹up_10›",
    "team": "T‹up_10›",
    "text": "payments-api v2.14.0 rolled out to prod"
  }
}
""",
)

N(
    "python",
    r"""
import os
import discord

APPLICATION_ID = ‹snowflake›
GUILD_ID = ‹snowflake›
ALERT_CHANNEL_ID = ‹snowflake›

client = discord.Client(intents=discord.Intents.default())
client.run(os.environ["DISCORD_BOT_TOKEN"])
""",
)

N(
    "json",
    r"""
{
  "id": "chatcmpl-‹an_29›",
  "object": "chat.completion",
  "created": ‹ts›,
  "model": "gpt-4o-mini-2024-07-18",
  "system_fingerprint": "fp_‹hex_10›",
  "choices": [{"index": 0, "message": {"role": "assistant", "content": "billing"}, "finish_reason": "stop"}],
  "usage": {"prompt_tokens": 57, "completion_tokens": 1, "total_tokens": 58}
}
""",
)

N(
    "ci_log",
    r"""
2024-06-20T07:31:12.0041000Z ##[group]Run actions/checkout@v4
2024-06-20T07:31:12.0042000Z with:
2024-06-20T07:31:12.0043000Z   repository: acme/web
2024-06-20T07:31:12.0044000Z   token: ***
2024-06-20T07:31:12.0045000Z   ref: ‹sha1›
2024-06-20T07:31:12.0046000Z ##[endgroup]
2024-06-20T07:31:13.5520000Z HEAD is now at ‹short› Fix flaky cart test
2024-06-20T07:31:13.6010000Z Run ID: ‹dig_10›  Attempt: 1
""",
)

N(
    "html",
    r"""
<h1>Something went wrong</h1>
<p>Our team has been notified. If you contact support, please include this reference:</p>
<code>Sentry event ID: ‹md5›</code>
""",
)

N(
    "toml",
    r"""
# wrangler.toml -- account and zone ids are not secrets
name = "edge-router"
main = "src/index.ts"
compatibility_date = "2024-04-01"
account_id = "‹md5›"

[[routes]]
pattern = "acme.io/api/*"
zone_id = "‹md5›"
""",
)

N(
    "terminal",
    r"""
Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                  = "db-‹up_26›"
      ~ password            = (sensitive value)
        tags                = {}
        # (41 unchanged attributes hidden)
    }

Plan: 0 to add, 1 to change, 0 to destroy.
""",
)

N(
    "terminal",
    r"""
$ kubectl describe secret billing-db -n prod
Name:         billing-db
Namespace:    prod
Labels:       app=billing
Annotations:  <none>

Type:  Opaque

Data
====
password:  24 bytes
username:  10 bytes
""",
)

N(
    "docs",
    r"""
A JSON Web Token has three base64url-encoded parts separated by dots:

    <header>.<payload>.<signature>

The header names the algorithm (for example {"alg":"RS256","typ":"JWT"}), the payload carries claims such as
`sub`, `iat` and `exp`, and the signature is computed over the first two parts. Never log full tokens; log the
`jti` claim instead.
""",
)

N(
    "notebook",
    r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, getpass\n",
    "if \"ANTHROPIC_API_KEY\" not in os.environ:\n",
    "    os.environ[\"ANTHROPIC_API_KEY\"] = getpass.getpass(\"Anthropic API key: \")"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""",
)

N(
    "terminal",
    r"""
$ aws configure --profile billing
AWS Access Key ID [****************‹up_4›]:
AWS Secret Access Key [****************‹an_4›]:
Default region name [eu-central-1]:
Default output format [json]:
""",
)

N(
    "json",
    r"""
{
  "algorithm": "AES-256-GCM",
  "key_ref": "arn:aws:kms:eu-west-1:‹acct›:alias/app-data",
  "iv": "‹b64_16›",
  "ciphertext": "‹b64_88›",
  "tag": "‹b64_24›"
}
""",
)

N(
    "json",
    r"""
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "tenantId": {"value": "‹uuid›"},
    "subscriptionId": {"value": "‹uuid›"},
    "servicePrincipalObjectId": {"value": "‹uuid›"},
    "adminPassword": {
      "reference": {
        "keyVault": {"id": "/subscriptions/‹uuid›/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-acme-prod"},
        "secretName": "vm-admin-password"
      }
    }
  }
}
""",
)

N(
    "docs",
    r"""
Slack tokens are typed by prefix: bot tokens look like `xoxb-XXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX`,
user tokens start with `xoxp-`, and app-level tokens used for Socket Mode start with `xapp-`. Incoming webhooks
have the form https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX. Store all of them in
your secrets manager and reference them by name.
""",
)

N(
    "csv",
    r"""
shipment_id,carrier,tracking_number,status
‹ulid›,DHL,‹dig_10›,in_transit
‹ulid›,UPS,1Z‹up_16›,delivered
‹ulid›,FedEx,‹dig_12›,label_created
""",
)

N(
    "terminal",
    r"""
$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:‹b64_43› maya@laptop (ED25519)
$ gpg --list-keys maya@acme.io
pub   ed25519 2024-01-15 [SC]
      ‹HEX_40›
uid           [ultimate] Maya Lind <maya@acme.io>
""",
)

N(
    "env",
    r"""
# .env.example for the Slack bot
SLACK_BOT_TOKEN=xoxb-your-bot-token
SLACK_SIGNING_SECRET=your-signing-secret
SLACK_APP_TOKEN=xapp-your-app-level-token
OPENAI_API_KEY=sk-...
""",
)

N(
    "php",
    r"""
<?php
// wp-config.php values are injected from the environment on our hosts
define( 'DB_NAME',     getenv('WORDPRESS_DB_NAME') );
define( 'DB_USER',     getenv('WORDPRESS_DB_USER') );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST',     getenv('WORDPRESS_DB_HOST') ?: 'localhost' );
""",
)

N(
    "terraform",
    r"""
data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "arn:aws:secretsmanager:eu-west-1:‹acct›:secret:prod/stripe-‹an_6›"
}

locals {
  stripe_secret_key = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)["secret_key"]
}
""",
)

N(
    "chat",
    r"""
[13:12] kai: is the Sentry DSN supposed to be in the frontend bundle? security scanner flagged it
[13:14] lea: the DSN only allows sending events, it's expected in browser code. the auth tokens are the sensitive part and those stay in CI secrets
[13:15] kai: ok, marking it as accepted risk then
""",
)

N(
    "ruby",
    r"""
# config/initializers/stripe.rb
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-04-10"

Rails.logger.info "Stripe configured (key ending ...#{Stripe.api_key.to_s[-4..]})"
""",
)

N(
    "curl",
    r"""
curl https://api.example.com/v1/widgets \
  -H "Authorization: Bearer $API_TOKEN" \
  -H "Idempotency-Key: ‹uuid›" \
  -d name=sprocket
""",
)

N(
    "markdown",
    r"""
## Configuration

| Variable              | Required | Description                                        |
|-----------------------|----------|----------------------------------------------------|
| `ANTHROPIC_API_KEY`   | yes      | API key from the console, starts with `sk-ant-`   |
| `HF_TOKEN`            | no       | Hugging Face read token (`hf_...`) for gated models |
| `DATABASE_URL`        | yes      | e.g. `postgres://user:pass@host:5432/db`           |
""",
)


# ====================================================================
def main():
    built = []
    for kind, tpl, positive in ROWS:
        text, spans = render(tpl)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["_v"], (kind, s)
        if positive:
            assert 1 <= len(spans) <= 2, (kind, text[:80], len(spans))
        else:
            assert not spans, (kind, text[:80])
        assert "«" not in text and "»" not in text and "‹" not in text and "›" not in text, text[
            :80
        ]
        assert text.isascii(), text[:80]
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"]
        built.append(
            {
                "text": text,
                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                "kind": kind,
            }
        )
    rng.shuffle(built)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, row in enumerate(built, 1):
            rec = {
                "id": "sb-%03d" % i,
                "text": row["text"],
                "spans": row["spans"],
                "kind": row["kind"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    npos = sum(1 for r_ in built if r_["spans"])
    types = sorted({s["type"] for r_ in built for s in r_["spans"]})
    print(
        "rows=%d with_secrets=%d without=%d spans=%d types=%d"
        % (len(built), npos, len(built) - npos, sum(len(r_["spans"]) for r_ in built), len(types))
    )


if __name__ == "__main__":
    main()
