#!/usr/bin/env python3
# ruff: noqa  (a hand-written data file, kept as its author wrote it)
"""Build a labelled corpus for evaluating secret/credential detectors on text
that users paste into an LLM chat (or that an LLM writes).

Every credential value is randomly generated (random.Random(1234)) but shaped
like the real thing (prefix, length, alphabet).  Offsets are computed while the
text is assembled from parts, never by hand.

Output: secrets.jsonl next to this script, one row per line:
  {"id": "sa-001", "text": ..., "spans": [{"start", "end", "type"}], "kind": ...}
Offsets are Python str (code point) offsets; the corpus contains no characters
outside the BMP, so they are also valid UTF-16 offsets.
"""

import base64
import json
import os
import random
import re
import string
import struct
import uuid

rng = random.Random(1234)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "secrets_dev.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = AN + "+/"
B64U = AN + "-_"


def r(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class S:
    """A secret value inside a text; becomes a labelled span."""

    __slots__ = ("value", "type")

    def __init__(self, value, type_):
        self.value = value
        self.type = type_


MARK = re.compile(r"\{\{(\w+)\}\}")


def T(template, **kw):
    """Split a template on {{name}} markers; markers become kw values (str or S)."""
    parts, pos = [], 0
    for m in MARK.finditer(template):
        parts.append(template[pos : m.start()])
        parts.append(kw[m.group(1)])
        pos = m.end()
    parts.append(template[pos:])
    return parts


def L(*lines):
    return "\n".join(lines) + "\n"


def build(parts):
    out, spans, pos = [], [], 0
    for p in parts:
        if isinstance(p, S):
            spans.append({"start": pos, "end": pos + len(p.value), "type": p.type, "_v": p.value})
            out.append(p.value)
            pos += len(p.value)
        else:
            assert isinstance(p, str), p
            out.append(p)
            pos += len(p)
    return "".join(out), spans


# ---------------------------------------------------------------------------
# credential generators (all fake)
# ---------------------------------------------------------------------------
def gen_aws_akid():
    return "AKIA" + r(UP + "234567", 16)


def gen_aws_secret():
    return r(B64, 40)


def gen_ghp():
    return "ghp_" + r(AN, 36)


def gen_gho():
    return "gho_" + r(AN, 36)


def gen_ghs():
    return "ghs_" + r(AN, 36)


def gen_ghfg():
    return "github_pat_11" + r(UP + DG, 20) + "_" + r(AN, 59)


def gen_glpat():
    return "glpat-" + r(AN + "-_", 20)


def gen_xoxb():
    return "xoxb-%d-%d-%s" % (
        rng.randint(10**10, 10**13 - 1),
        rng.randint(10**11, 10**13 - 1),
        r(AN, 24),
    )


def gen_xoxp():
    return "xoxp-%d-%d-%d-%s" % (
        rng.randint(10**10, 10**13 - 1),
        rng.randint(10**10, 10**13 - 1),
        rng.randint(10**11, 10**13 - 1),
        r(HEX, 32),
    )


def gen_slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        r(UP + DG, 8),
        r(UP + DG, 10),
        r(AN, 24),
    )


def _stripe_body():
    return "51" + r(AN, 97) if rng.random() < 0.6 else r(AN, 24)


def gen_sk_live():
    return "sk_live_" + _stripe_body()


def gen_rk_live():
    return "rk_live_" + _stripe_body()


def gen_pk_live():
    return "pk_live_" + _stripe_body()


def gen_openai():
    return "sk-proj-" + r(B64U, 74) + "T3BlbkFJ" + r(B64U, 74)


def gen_anthropic():
    return "sk-ant-api03-" + r(B64U, 93) + "AA"


def gen_google_key():
    return "AIzaSy" + r(B64U, 33)


def gen_gocspx():
    return "GOCSPX-" + r(B64U, 28)


def gen_azure_storage_key():
    return b64(rbytes(64))  # 86 chars + "=="


def gen_azure_ad_secret():
    return r(AN, 3) + r(DG, 1) + "Q~" + r(AN + "_.~-", 34)


def gen_twilio_ac():
    return "AC" + r(HEX, 32)


def gen_twilio_sk():
    return "SK" + r(HEX, 32)


def gen_twilio_token():
    return r(HEX, 32)


def gen_twilio_api_secret():
    return r(AN, 32)


def gen_sendgrid():
    return "SG." + r(B64U, 22) + "." + r(B64U, 43)


def gen_mailgun():
    return (
        "key-" + r(HEX, 32)
        if rng.random() < 0.5
        else "%s-%s-%s" % (r(HEX, 32), r(HEX, 8), r(HEX, 8))
    )


def gen_mailchimp():
    return r(HEX, 32) + "-us" + str(rng.randint(1, 21))


def gen_npm():
    return "npm_" + r(AN, 36)


def gen_pypi():
    return "pypi-AgEIcHlwaS5vcmcCJ" + r(B64U, 150)


def gen_hf():
    return "hf_" + r(UP + LO, 34)


def gen_discord():
    return (
        b64u(str(rng.randint(10**17, 10**19 - 1)).encode()) + "." + r(B64U, 6) + "." + r(B64U, 38)
    )


def gen_telegram():
    return "%d:AA%s" % (rng.randint(10**8, 10**10 - 1), r(B64U, 33))


def gen_shopify():
    return "shpat_" + r(HEX, 32)


def gen_do():
    return "dop_v1_" + r(HEX, 64)


def gen_heroku():
    return ruuid()


def gen_square():
    return "EAAA" + r(B64U, 60)


def gen_databricks():
    return "dapi" + r(HEX, 32) + rng.choice(["", "", "-2", "-3"])


def gen_dd_api():
    return r(HEX, 32)


def gen_dd_app():
    return r(HEX, 40)


def gen_newrelic():
    return "NRAK-" + r(UP + DG, 27)


def gen_atlassian():
    return "ATATT3xFfGF0" + r(B64U, 171) + "=" + r(HEXU, 8)


def gen_okta():
    return "00" + r(B64U, 40)


def gen_vault():
    return "hvs." + r(AN, 24) if rng.random() < 0.5 else "hvs.CAESI" + r(B64U, 86)


def gen_doppler():
    return (
        ("dp.st.%s.%s" % (rng.choice(["prd", "dev", "stg"]), r(AN, 40)))
        if rng.random() < 0.7
        else "dp.pt." + r(AN, 43)
    )


def gen_postman():
    return "PMAK-" + r(HEX, 24) + "-" + r(HEX, 34)


def gen_pulumi():
    return "pul-" + r(HEX, 40)


def gen_tfc():
    return r(AN, 14) + ".atlasv1." + r(AN, 67)


def gen_linear():
    return "lin_api_" + r(AN, 40)


def gen_age():
    return "AGE-SECRET-KEY-1" + r("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


def gen_grafana():
    return "glsa_" + r(AN, 32) + "_" + r(HEX, 8)


def gen_sentry():
    return "sntryu_" + r(HEX, 64)


def gen_supabase():
    return "sbp_" + r(HEX, 40)


def gen_jwt():
    alg = rng.choice(["HS256", "HS256", "RS256"])
    now = 1700000000 + rng.randint(0, 40000000)
    user = rng.choice(["alice", "bob", "carol", "dmitri", "li.wei", "svc-reporting"])
    payload = {
        "sub": str(rng.randint(10000, 9999999)),
        "email": user + "@acme.io",
        "role": rng.choice(["admin", "user", "service"]),
        "iat": now,
        "exp": now + 3600,
    }
    hdr = {"alg": alg, "typ": "JWT"}
    sig = rbytes(32 if alg == "HS256" else 256)
    return ".".join(
        [
            b64u(json.dumps(hdr, separators=(",", ":")).encode()),
            b64u(json.dumps(payload, separators=(",", ":")).encode()),
            b64u(sig),
        ]
    )


def wrap(s, w):
    return "\n".join(s[i : i + w] for i in range(0, len(s), w))


def pem(label, der, w=64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, wrap(b64(der), w), label)


def sshstr(b):
    return struct.pack(">I", len(b)) + b


def gen_rsa_pem():
    der = bytes.fromhex("308204a4020100028201010000") + rbytes(1192 - 13)
    return pem("RSA PRIVATE KEY", der)


def gen_ec_pem():
    der = (
        bytes.fromhex("30770201010420")
        + rbytes(32)
        + bytes.fromhex("a00a06082a8648ce3d030107a14403420004")
        + rbytes(64)
    )
    return pem("EC PRIVATE KEY", der)


def gen_pkcs8_pem():
    der = bytes.fromhex(
        "308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100"
    ) + rbytes(1217 - 38)
    return pem("PRIVATE KEY", der)


def gen_openssh_pem():
    pk = rbytes(32)
    pub = sshstr(b"ssh-ed25519") + sshstr(pk)
    chk = rbytes(4)
    comment = rng.choice([b"deploy@ci", b"me@laptop", b"root@bastion", b"jenkins@build-01"])
    priv = (
        chk + chk + sshstr(b"ssh-ed25519") + sshstr(pk) + sshstr(rbytes(32) + pk) + sshstr(comment)
    )
    priv += bytes(range(1, 1 + (-len(priv)) % 8))
    blob = (
        b"openssh-key-v1\x00"
        + sshstr(b"none")
        + sshstr(b"none")
        + sshstr(b"")
        + struct.pack(">I", 1)
        + sshstr(pub)
        + sshstr(priv)
    )
    return pem("OPENSSH PRIVATE KEY", blob, 70)


# non-secret look-alikes
def gen_ssh_rsa_pub():
    return "ssh-rsa " + b64(
        sshstr(b"ssh-rsa") + sshstr(b"\x01\x00\x01") + sshstr(b"\x00" + rbytes(256))
    )


def gen_ssh_ed_pub():
    return "ssh-ed25519 " + b64(sshstr(b"ssh-ed25519") + sshstr(rbytes(32)))


def gen_ssh_ecdsa_pub():
    return "ecdsa-sha2-nistp256 " + b64(
        sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(b"\x04" + rbytes(64))
    )


def gen_pub_pem():
    return pem(
        "PUBLIC KEY",
        bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
        + rbytes(256)
        + bytes.fromhex("0203010001"),
    )


def gen_cert_pem():
    return pem("CERTIFICATE", bytes.fromhex("308203a23082028aa003020102021400") + rbytes(918))


WORDS = [
    "orange",
    "falcon",
    "river",
    "copper",
    "maple",
    "quartz",
    "tiger",
    "violet",
    "harbor",
    "summit",
    "cactus",
    "pepper",
    "nebula",
    "walrus",
    "meadow",
    "glacier",
    "lantern",
    "rocket",
    "saffron",
    "thunder",
    "banjo",
    "pixel",
    "otter",
    "canyon",
]


def gen_pw():
    k = rng.random()
    if k < 0.35:
        return rng.choice(WORDS).capitalize() + str(rng.randint(10, 9999)) + rng.choice("!#%&*?")
    if k < 0.7:
        return r(AN + "!%^&*-_+=@", rng.randint(14, 24))
    return r(AN, rng.randint(16, 32))


def gen_pw_url():
    if rng.random() < 0.4:
        return (
            rng.choice(WORDS).capitalize()
            + rng.choice(WORDS)
            + str(rng.randint(10, 999))
            + rng.choice(["", "!", "-", "."])
        )
    return r(AN + "-_.~", rng.randint(12, 28))


def gen_passphrase():
    sep = rng.choice([" ", "-", "_", "."])
    return sep.join(rng.sample(WORDS, rng.choice([3, 4, 5])))


# ---------------------------------------------------------------------------
# generic "assignment" contexts: (NAME, S) -> (parts, kind)
# ---------------------------------------------------------------------------
def camel(name):
    p = name.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


ENV_FILLER = [
    "NODE_ENV=production",
    "PORT=8080",
    "LOG_LEVEL=info",
    "APP_NAME=billing-api",
    "REDIS_HOST=localhost",
    "DEBUG=false",
    "TZ=Europe/Berlin",
    "ALLOWED_HOSTS=localhost,127.0.0.1",
    "FEATURE_NEW_CHECKOUT=1",
    "SENTRY_ENVIRONMENT=staging",
    "WORKERS=4",
    "S3_BUCKET=acme-uploads-prod",
    "PUBLIC_URL=https://app.acme.io",
]


def g_dotenv(name, s):
    before = rng.sample(ENV_FILLER, rng.randint(0, 4))
    after = rng.sample([x for x in ENV_FILLER if x not in before], rng.randint(0, 3))
    q = rng.choice(["", "", '"', "'"])
    comment = rng.choice(["", "", "# --- third party ---\n", "# prod creds, do not share\n"])
    return [
        "".join(x + "\n" for x in before) + comment,
        "%s=%s" % (name, q),
        s,
        q + "\n",
        "".join(x + "\n" for x in after),
    ], "dotenv"


def g_export(name, s):
    q = rng.choice(["'", '"', ""])
    p = rng.choice(["$ ", "", "dev@box:~/app$ ", "% "])
    nxt = rng.choice(
        ["python app.py", "npm start", "./bin/sync --dry-run", "terraform plan", "make deploy"]
    )
    return [p, "export %s=%s" % (name, q), s, q + "\n", p + nxt + "\n"], "shell_export"


def g_yaml(name, s):
    q = rng.choice(["", '"', "'"])
    return T(
        L(
            "# config/{{env}}.yaml",
            "server:",
            "  port: 8080",
            "  workers: 4",
            "{{section}}:",
            "  {{key}}: {{q}}{{v}}{{q}}",
            "  timeout_seconds: 30",
            "logging:",
            "  level: info",
        ),
        env=rng.choice(["production", "staging", "local"]),
        section=rng.choice(["auth", "integrations", "credentials", "provider"]),
        key=name.lower(),
        q=q,
        v=s,
    ), "yaml_config"


def g_json(name, s):
    return T(
        L(
            "{",
            '  "service": "{{svc}}",',
            '  "region": "eu-west-1",',
            '  "{{key}}": "{{v}}",',
            '  "retries": 3',
            "}",
        ),
        svc=rng.choice(["notifier", "exporter", "sync-worker", "gateway"]),
        key=camel(name),
        v=s,
    ), "json_config"


def g_python(name, s):
    k = rng.randrange(3)
    if k == 0:
        return T(
            L(
                "import os",
                "import requests",
                "",
                '{{name}} = "{{v}}"',
                "",
                "def fetch(path):",
                '    url = "https://api.internal.acme.io/" + path',
                '    return requests.get(url, headers={"Authorization": "Bearer " + {{name}}}, timeout=10)',
            ),
            name=name,
            v=s,
        ), "python_code"
    if k == 1:
        return T(
            L(
                "import os",
                "",
                "# quick hack for local testing",
                "os.environ[\"{{name}}\"] = '{{v}}'",
                "",
                "from app.main import run",
                "run()",
            ),
            name=name,
            v=s,
        ), "python_code"
    return T(
        L(
            "SETTINGS = {",
            '    "debug": False,',
            '    "{{key}}": "{{v}}",',
            '    "max_retries": 5,',
            "}",
        ),
        key=name.lower(),
        v=s,
    ), "python_code"


def g_js(name, s):
    if rng.random() < 0.5:
        return T(
            L(
                "const {{c}} = process.env.{{name}} ?? '{{v}}';",
                "",
                "export async function ping() {",
                "  const res = await fetch(`${BASE_URL}/ping`, { headers: { authorization: `Bearer ${{{c}}}` } });",
                "  return res.ok;",
                "}",
            ),
            c=camel(name),
            name=name,
            v=s,
        ), "js_code"
    return T(
        L(
            "module.exports = {",
            "  region: 'us-east-1',",
            '  {{c}}: "{{v}}",',
            "  cacheTtl: 300,",
            "};",
        ),
        c=camel(name),
        v=s,
    ), "js_code"


def g_go(name, s):
    c = camel(name)
    return T(
        L(
            "package main",
            "",
            "import (",
            '\t"fmt"',
            '\t"net/http"',
            ")",
            "",
            'const {{c}} = "{{v}}"',
            "",
            "func main() {",
            '\treq, _ := http.NewRequest("GET", "https://api.internal.acme.io/v1/status", nil)',
            '\treq.Header.Set("Authorization", "Bearer "+{{c}})',
            "\tresp, err := http.DefaultClient.Do(req)",
            "\tfmt.Println(resp, err)",
            "}",
        ),
        c=c,
        v=s,
    ), "go_code"


def g_java(name, s):
    return T(
        L(
            "public final class Config {",
            '    private static final String {{name}} = "{{v}}";',
            "    private static final int TIMEOUT_MS = 5000;",
            "",
            "    public static String get{{pc}}() {",
            "        return {{name}};",
            "    }",
            "}",
        ),
        name=name,
        pc=camel(name)[0].upper() + camel(name)[1:],
        v=s,
    ), "java_code"


def g_compose(name, s):
    dash = rng.random() < 0.5
    line = "      - {{name}}={{v}}" if dash else "      {{name}}: {{v}}"
    return T(
        L(
            'version: "3.9"',
            "services:",
            "  api:",
            "    image: ghcr.io/acme/api:1.14.2",
            "    ports:",
            '      - "8080:8080"',
            "    environment:",
            "      - NODE_ENV=production" if dash else "      NODE_ENV: production",
            line,
            "    depends_on:",
            "      - db",
        ),
        name=name,
        v=s,
    ), "docker_compose"


def g_k8s(name, s):
    return T(
        L(
            "apiVersion: v1",
            "kind: Secret",
            "metadata:",
            "  name: {{app}}-secrets",
            "  namespace: {{ns}}",
            "type: Opaque",
            "stringData:",
            '  {{name}}: "{{v}}"',
        ),
        app=rng.choice(["api", "worker", "billing", "search"]),
        ns=rng.choice(["prod", "default", "staging"]),
        name=name,
        v=s,
    ), "k8s_secret"


def g_terraform(name, s):
    if rng.random() < 0.6:
        return T(
            L(
                'variable "{{n}}" {',
                '  description = "Credential used by the integration"',
                "  type        = string",
                '  default     = "{{v}}"',
                "  sensitive   = true",
                "}",
            ),
            n=name.lower(),
            v=s,
        ), "terraform"
    return T(
        L(
            "# terraform.tfvars",
            'region      = "eu-central-1"',
            '{{n}} = "{{v}}"',
            "instance_count = 3",
        ),
        n=name.lower(),
        v=s,
    ), "terraform"


QUESTIONS = [
    "why doesn't my key work?? I set {{name}} to {{v}} and every request comes back 401 Unauthorized",
    "Can you check what's wrong here, the API keeps rejecting my token: {{v}}\n\nI already regenerated it once.",
    "hey so i pasted my key {{v}} into the config but the sdk says invalid credentials. ideas?",
    "{{v}}\n\n^ this is the token from the dashboard, is it the right format? the CLI says it's malformed",
    "Warum funktioniert mein Schlüssel nicht? Ich habe {{name}}={{v}} gesetzt, aber bekomme immer 403 Forbidden.",
    "¿Por qué no funciona mi token? Lo puse así: {{name}}={{v}} y sigue dando error de autenticación.",
    "Bonjour, ma clé {{v}} ne marche pas, j'ai une erreur 401. Vous savez pourquoi ?",
    "Meu token {{v}} parou de funcionar ontem. Alguém sabe o motivo?",
    "このキーが動きません：{{v}}\n環境変数 {{name}} に入れています。何が間違っていますか？",
    "为什么我的密钥不起作用？我在 .env 里写了 {{name}}={{v}}，但是一直返回 401。",
    "Почему не работает мой токен {{v}}? Сервер отвечает 401.",
    'Perché la mia chiave non funziona? {{name}}={{v}} — ricevo sempre "invalid api key".',
    "I think my token expired? {{v}} — is there a way to check without calling the API?",
    "ok here is the value of {{name}} from our vault: `{{v}}` can you write the python to call the api with it",
]


def g_question(name, s):
    return T(rng.choice(QUESTIONS), name=name, v=s), "user_question"


def g_ci_log(name, s):
    if rng.random() < 0.5:
        return T(
            L(
                "2024-05-02T10:21:07.4410230Z ##[group]Run ./scripts/publish.sh",
                "2024-05-02T10:21:07.4412001Z + set -x",
                "2024-05-02T10:21:07.4420113Z + {{name}}={{v}}",
                "2024-05-02T10:21:07.4421987Z + ./scripts/upload --target prod",
                "2024-05-02T10:21:09.9120004Z Uploaded 14 artifacts",
                "2024-05-02T10:21:09.9131110Z ##[endgroup]",
            ),
            name=name,
            v=s,
        ), "ci_log"
    return T(
        L(
            "Running with gitlab-runner 16.9.1 (a1b2c3d4)",
            '$ echo "using {{name}}=$' + name + '"',
            "using {{name}}={{v}}",
            "$ ./deploy.sh production",
            "Deploying build #4821 ... done",
            "Job succeeded",
        ),
        name=name,
        v=s,
    ), "ci_log"


def g_jupyter(name, s):
    if rng.random() < 0.5:
        return T(
            L(
                "In [3]: import os",
                '   ...: os.environ["{{name}}"] = "{{v}}"',
                "",
                "In [4]: client = make_client()",
                "",
                "In [5]: client.ping()",
                "Out[5]: True",
            ),
            name=name,
            v=s,
        ), "jupyter"
    return T(
        L(
            "{",
            ' "cell_type": "code",',
            ' "execution_count": 2,',
            ' "metadata": {},',
            ' "outputs": [],',
            ' "source": [',
            '  "import os\\n",',
            '  "os.environ[\\"{{name}}\\"] = \\"{{v}}\\"\\n"',
            " ]",
            "}",
        ),
        name=name,
        v=s,
    ), "jupyter"


def g_traceback(name, s):
    k = rng.randrange(3)
    if k == 0:
        return T(
            L(
                "Traceback (most recent call last):",
                '  File "/app/worker.py", line 42, in <module>',
                '    client.authenticate(token="{{v}}")',
                '  File "/usr/local/lib/python3.11/site-packages/sdk/client.py", line 118, in authenticate',
                "    raise AuthError(resp.text)",
                'sdk.errors.AuthError: {"error": "invalid_auth", "status": 401}',
            ),
            v=s,
        ), "stack_trace"
    if k == 1:
        return T(
            L(
                "AxiosError: Request failed with status code 401",
                "    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)",
                "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:589:11) {",
                "  code: 'ERR_BAD_REQUEST',",
                "  config: {",
                "    headers: {",
                "      Accept: 'application/json, text/plain, */*',",
                "      Authorization: 'Bearer {{v}}',",
                "      'User-Agent': 'axios/1.6.7'",
                "    },",
                "    method: 'get',",
                "  },",
            ),
            v=s,
        ), "stack_trace"
    return T(
        L(
            'Exception in thread "main" com.acme.client.AuthenticationException: HTTP 401 for key {{v}}',
            "\tat com.acme.client.HttpTransport.send(HttpTransport.java:212)",
            "\tat com.acme.client.ApiClient.call(ApiClient.java:88)",
            "\tat com.acme.app.Main.main(Main.java:31)",
        ),
        v=s,
    ), "stack_trace"


def g_llm_answer(name, s):
    return T(
        L(
            "Sure! Here's a minimal script that uses your key:",
            "",
            "```python",
            "import os",
            "import httpx",
            "",
            'os.environ["{{name}}"] = "{{v}}"',
            "",
            "client = httpx.Client(timeout=10)",
            'print(client.get("https://api.internal.acme.io/health").status_code)',
            "```",
            "",
            "**Note:** hardcoding the key is fine for a quick test, but move it to a secret manager before committing.",
        ),
        name=name,
        v=s,
    ), "llm_answer"


def g_toml(name, s):
    return T(
        L(
            "[tool.myapp]",
            'environment = "production"',
            "",
            "[tool.myapp.credentials]",
            '{{n}} = "{{v}}"',
        ),
        n=name.lower(),
        v=s,
    ), "toml_config"


def g_powershell(name, s):
    return T(
        L(
            'PS C:\\Users\\dev\\src\\app> $env:{{name}} = "{{v}}"',
            "PS C:\\Users\\dev\\src\\app> dotnet run",
        ),
        name=name,
        v=s,
    ), "powershell"


def g_dockerfile(name, s):
    return T(
        L(
            "FROM python:3.12-slim",
            "WORKDIR /srv",
            "COPY requirements.txt .",
            "RUN pip install --no-cache-dir -r requirements.txt",
            "ENV {{name}}={{v}}",
            "COPY . .",
            'CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]',
        ),
        name=name,
        v=s,
    ), "dockerfile"


def g_gha(name, s):
    return T(
        L(
            "name: deploy",
            "on:",
            "  push:",
            "    branches: [main]",
            "jobs:",
            "  deploy:",
            "    runs-on: ubuntu-latest",
            "    env:",
            "      {{name}}: {{v}}",
            "    steps:",
            "      - uses: actions/checkout@v4",
            "      - run: ./scripts/deploy.sh",
        ),
        name=name,
        v=s,
    ), "github_actions"


def g_appsettings(name, s):
    pc = camel(name)[0].upper() + camel(name)[1:]
    return T(
        L(
            "{",
            '  "Logging": { "LogLevel": { "Default": "Information" } },',
            '  "Integrations": {',
            '    "{{pc}}": "{{v}}"',
            "  },",
            '  "AllowedHosts": "*"',
            "}",
        ),
        pc=pc,
        v=s,
    ), "appsettings_json"


def g_ruby(name, s):
    return T(
        L(
            "# config/initializers/integrations.rb",
            'ENV["{{name}}"] ||= "{{v}}"',
            'Rails.logger.info("integration ready")',
        ),
        name=name,
        v=s,
    ), "ruby_code"


def g_php(name, s):
    return T(
        L("<?php", "// config.php", "define('{{name}}', '{{v}}');", "define('APP_DEBUG', false);"),
        name=name,
        v=s,
    ), "php_code"


def g_bare(name, s):
    return [
        rng.choice(["", "", "here: ", "token -> ", "new one: "]),
        s,
        rng.choice(["", "\n"]),
    ], "bare_paste"


def g_ini(name, s):
    return T(
        L(
            "[default]",
            "endpoint = https://api.internal.acme.io",
            "{{n}} = {{v}}",
            "verify_ssl = true",
        ),
        n=name.lower(),
        v=s,
    ), "ini_config"


def g_rust(name, s):
    return T(
        L(
            'const {{name}}: &str = "{{v}}";',
            "",
            "fn main() {",
            "    let client = reqwest::blocking::Client::new();",
            '    let _ = client.get("https://api.internal.acme.io").bearer_auth({{name}}).send();',
            "}",
        ),
        name=name,
        v=s,
    ), "rust_code"


GENERIC = [
    g_dotenv,
    g_export,
    g_yaml,
    g_json,
    g_python,
    g_js,
    g_go,
    g_java,
    g_compose,
    g_k8s,
    g_terraform,
    g_question,
    g_question,
    g_ci_log,
    g_jupyter,
    g_traceback,
    g_llm_answer,
    g_toml,
    g_powershell,
    g_dockerfile,
    g_gha,
    g_appsettings,
    g_ruby,
    g_php,
    g_bare,
    g_ini,
    g_rust,
]

FENCE = {
    "dotenv": "bash",
    "shell_export": "bash",
    "yaml_config": "yaml",
    "json_config": "json",
    "python_code": "python",
    "js_code": "js",
    "go_code": "go",
    "java_code": "java",
    "docker_compose": "yaml",
    "k8s_secret": "yaml",
    "terraform": "hcl",
    "ci_log": "",
    "jupyter": "",
    "stack_trace": "",
    "toml_config": "toml",
    "powershell": "powershell",
    "dockerfile": "dockerfile",
    "github_actions": "yaml",
    "appsettings_json": "json",
    "ruby_code": "ruby",
    "php_code": "php",
    "ini_config": "ini",
    "rust_code": "rust",
    "curl": "bash",
    "python_requests": "python",
    "js_fetch": "js",
    "httpie": "bash",
    "connection_string": "",
    "git_config": "",
    "npmrc": "",
    "pip_conf": "ini",
    "pem_file": "",
    "gcp_sa_json": "json",
    "config_file": "",
    "lockfile": "",
    "log": "",
    "docs": "",
    "code": "",
}

PREFACES = [
    "Can you help me debug this?",
    "Here's my config:",
    "This is what I have so far:",
    "getting a 401 with this setup:",
    "Why is this failing in prod but not locally?",
    "Hier ist meine Konfiguration:",
    "Voici mon fichier :",
    "Este es mi código:",
    "以下が設定ファイルです。",
    "这是我的配置：",
    "Sure! Here's the updated version:",
    "Here is the complete working example:",
]
POSTS = [
    "",
    "",
    "Any idea what's wrong?",
    "It worked yesterday.",
    "Funktioniert nicht, was mache ich falsch?",
    "¿Qué está mal?",
    "Thanks!",
    "Let me know if you need anything else.",
]


def maybe_chat_wrap(parts, kind, p=0.35):
    if kind not in FENCE or rng.random() >= p:
        return parts
    post = rng.choice(POSTS)
    return (
        [rng.choice(PREFACES) + "\n\n```" + FENCE[kind] + "\n"]
        + parts
        + ["```\n" + ("\n" + post + "\n" if post else "")]
    )


def h_request(url, hname, prefix, s):
    k = rng.randrange(5)
    if k == 0:
        parts, kind = ['curl -s -H "%s: %s' % (hname, prefix), s, '" %s\n' % url], "curl"
    elif k == 1:
        parts, kind = (
            [
                'curl -X GET "%s" \\\n  -H "Accept: application/json" \\\n  -H "%s: %s'
                % (url, hname, prefix),
                s,
                '"\n',
            ],
            "curl",
        )
    elif k == 2:
        parts, kind = (
            [
                'import requests\n\nresp = requests.get(\n    "%s",\n    headers={"%s": "%s'
                % (url, hname, prefix),
                s,
                '"},\n)\nprint(resp.status_code, resp.text)\n',
            ],
            "python_requests",
        )
    elif k == 3:
        parts, kind = (
            [
                'const res = await fetch("%s", {\n  headers: { "%s": "%s' % (url, hname, prefix),
                s,
                '", "Content-Type": "application/json" },\n});\nconsole.log(await res.json());\n',
            ],
            "js_fetch",
        )
    else:
        parts, kind = ["http GET %s '%s:%s" % (url, hname, prefix), s, "'\n"], "httpie"
    pre = rng.choice(
        [
            "",
            "",
            "",
            "this returns 401, why?\n\n",
            "Dieser Aufruf gibt 403 zurück:\n\n",
            "La requête échoue avec « unauthorized » :\n\n",
            "works in Postman but not here:\n\n",
        ]
    )
    return [pre] + parts, kind


# ---------------------------------------------------------------------------
# positives
# ---------------------------------------------------------------------------
SIMPLE = [
    (
        "github_pat",
        gen_ghp,
        ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"],
        ("https://api.github.com/user/repos", "Authorization", "token "),
    ),
    (
        "github_oauth_token",
        gen_gho,
        ["GITHUB_OAUTH_TOKEN", "GH_OAUTH_TOKEN"],
        ("https://api.github.com/user", "Authorization", "Bearer "),
    ),
    (
        "github_app_token",
        gen_ghs,
        ["GITHUB_APP_TOKEN", "GH_INSTALL_TOKEN"],
        ("https://api.github.com/repos/acme/infra/issues", "Authorization", "Bearer "),
    ),
    (
        "github_fine_grained_pat",
        gen_ghfg,
        ["GITHUB_TOKEN", "GH_FINE_GRAINED_TOKEN"],
        ("https://api.github.com/repos/acme/web/actions/runs", "Authorization", "Bearer "),
    ),
    (
        "gitlab_pat",
        gen_glpat,
        ["GITLAB_TOKEN", "GL_TOKEN", "GITLAB_API_TOKEN"],
        ("https://gitlab.com/api/v4/projects?owned=true", "PRIVATE-TOKEN", ""),
    ),
    (
        "slack_bot_token",
        gen_xoxb,
        ["SLACK_BOT_TOKEN"],
        ("https://slack.com/api/chat.postMessage", "Authorization", "Bearer "),
    ),
    (
        "slack_user_token",
        gen_xoxp,
        ["SLACK_USER_TOKEN", "SLACK_TOKEN"],
        ("https://slack.com/api/users.list", "Authorization", "Bearer "),
    ),
    ("slack_webhook_url", gen_slack_webhook, ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK"], None),
    ("stripe_secret_key", gen_sk_live, ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], None),
    ("stripe_restricted_key", gen_rk_live, ["STRIPE_RESTRICTED_KEY", "STRIPE_KEY"], None),
    (
        "openai_api_key",
        gen_openai,
        ["OPENAI_API_KEY"],
        ("https://api.openai.com/v1/models", "Authorization", "Bearer "),
    ),
    (
        "anthropic_api_key",
        gen_anthropic,
        ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"],
        ("https://api.anthropic.com/v1/models", "x-api-key", ""),
    ),
    ("google_api_key", gen_google_key, ["GOOGLE_API_KEY", "MAPS_API_KEY", "GEMINI_API_KEY"], None),
    (
        "google_oauth_client_secret",
        gen_gocspx,
        ["GOOGLE_CLIENT_SECRET", "OAUTH_CLIENT_SECRET"],
        None,
    ),
    (
        "azure_ad_client_secret",
        gen_azure_ad_secret,
        ["AZURE_CLIENT_SECRET", "AAD_CLIENT_SECRET"],
        None,
    ),
    ("twilio_auth_token", gen_twilio_token, ["TWILIO_AUTH_TOKEN"], None),
    (
        "sendgrid_api_key",
        gen_sendgrid,
        ["SENDGRID_API_KEY"],
        ("https://api.sendgrid.com/v3/scopes", "Authorization", "Bearer "),
    ),
    ("mailgun_api_key", gen_mailgun, ["MAILGUN_API_KEY"], None),
    ("mailchimp_api_key", gen_mailchimp, ["MAILCHIMP_API_KEY"], None),
    (
        "npm_token",
        gen_npm,
        ["NPM_TOKEN", "NODE_AUTH_TOKEN"],
        ("https://registry.npmjs.org/-/whoami", "Authorization", "Bearer "),
    ),
    ("pypi_token", gen_pypi, ["PYPI_TOKEN", "TWINE_PASSWORD"], None),
    (
        "huggingface_token",
        gen_hf,
        ["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN"],
        ("https://huggingface.co/api/whoami-v2", "Authorization", "Bearer "),
    ),
    (
        "discord_bot_token",
        gen_discord,
        ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"],
        ("https://discord.com/api/v10/users/@me", "Authorization", "Bot "),
    ),
    ("telegram_bot_token", gen_telegram, ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], None),
    (
        "shopify_access_token",
        gen_shopify,
        ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"],
        (
            "https://acme-outdoor.myshopify.com/admin/api/2024-04/orders.json",
            "X-Shopify-Access-Token",
            "",
        ),
    ),
    (
        "digitalocean_token",
        gen_do,
        ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"],
        ("https://api.digitalocean.com/v2/droplets", "Authorization", "Bearer "),
    ),
    (
        "heroku_api_key",
        gen_heroku,
        ["HEROKU_API_KEY"],
        ("https://api.heroku.com/apps", "Authorization", "Bearer "),
    ),
    (
        "square_access_token",
        gen_square,
        ["SQUARE_ACCESS_TOKEN"],
        ("https://connect.squareup.com/v2/locations", "Authorization", "Bearer "),
    ),
    (
        "databricks_token",
        gen_databricks,
        ["DATABRICKS_TOKEN"],
        (
            "https://adb-4402781133541267.7.azuredatabricks.net/api/2.0/clusters/list",
            "Authorization",
            "Bearer ",
        ),
    ),
    (
        "datadog_api_key",
        gen_dd_api,
        ["DD_API_KEY", "DATADOG_API_KEY"],
        ("https://api.datadoghq.com/api/v1/validate", "DD-API-KEY", ""),
    ),
    ("datadog_app_key", gen_dd_app, ["DD_APP_KEY", "DATADOG_APP_KEY"], None),
    (
        "newrelic_user_api_key",
        gen_newrelic,
        ["NEW_RELIC_API_KEY", "NEWRELIC_USER_KEY"],
        ("https://api.newrelic.com/graphql", "API-Key", ""),
    ),
    (
        "atlassian_api_token",
        gen_atlassian,
        ["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN", "CONFLUENCE_TOKEN"],
        None,
    ),
    (
        "okta_api_token",
        gen_okta,
        ["OKTA_API_TOKEN", "OKTA_TOKEN"],
        ("https://dev-81234567.okta.com/api/v1/users?limit=25", "Authorization", "SSWS "),
    ),
    (
        "vault_token",
        gen_vault,
        ["VAULT_TOKEN"],
        ("https://vault.service.internal:8200/v1/secret/data/payments", "X-Vault-Token", ""),
    ),
    (
        "doppler_token",
        gen_doppler,
        ["DOPPLER_TOKEN"],
        (
            "https://api.doppler.com/v3/configs/config/secrets/download?format=json",
            "Authorization",
            "Bearer ",
        ),
    ),
    (
        "postman_api_key",
        gen_postman,
        ["POSTMAN_API_KEY"],
        ("https://api.getpostman.com/collections", "X-Api-Key", ""),
    ),
    (
        "jwt",
        gen_jwt,
        ["ACCESS_TOKEN", "AUTH_TOKEN", "JWT"],
        ("https://api.acme-internal.io/v2/me", "Authorization", "Bearer "),
    ),
    (
        "pulumi_access_token",
        gen_pulumi,
        ["PULUMI_ACCESS_TOKEN"],
        ("https://api.pulumi.com/api/user", "Authorization", "token "),
    ),
    (
        "terraform_cloud_token",
        gen_tfc,
        ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"],
        ("https://app.terraform.io/api/v2/organizations", "Authorization", "Bearer "),
    ),
    (
        "linear_api_key",
        gen_linear,
        ["LINEAR_API_KEY"],
        ("https://api.linear.app/graphql", "Authorization", ""),
    ),
    ("age_secret_key", gen_age, ["SOPS_AGE_KEY"], None),
    (
        "grafana_service_account_token",
        gen_grafana,
        ["GRAFANA_TOKEN", "GRAFANA_SA_TOKEN"],
        ("https://grafana.acme.net/api/dashboards/home", "Authorization", "Bearer "),
    ),
    (
        "sentry_auth_token",
        gen_sentry,
        ["SENTRY_AUTH_TOKEN"],
        ("https://sentry.io/api/0/organizations/acme/projects/", "Authorization", "Bearer "),
    ),
    (
        "supabase_access_token",
        gen_supabase,
        ["SUPABASE_ACCESS_TOKEN"],
        ("https://api.supabase.com/v1/projects", "Authorization", "Bearer "),
    ),
]

POS = []  # (parts, kind)


def add_pos(parts, kind, wrap_p=0.0):
    POS.append((maybe_chat_wrap(parts, kind, wrap_p) if wrap_p else parts, kind))


for typ, gen, names, curl in SIMPLE:
    n_generic = 2 if curl else 3
    for ctx in rng.sample(GENERIC, n_generic):
        parts, kind = ctx(rng.choice(names), S(gen(), typ))
        add_pos(parts, kind, 0.35)
    if curl:
        parts, kind = h_request(curl[0], curl[1], curl[2], S(gen(), typ))
        add_pos(parts, kind, 0.0)

# ---- AWS --------------------------------------------------------------------
A, K = "aws_access_key_id", "aws_secret_access_key"


def aws():
    return S(gen_aws_akid(), A), S(gen_aws_secret(), K)


i, k = aws()
add_pos(
    T(
        L(
            "my ~/.aws/credentials looks like this but `aws s3 ls` says InvalidAccessKeyId:",
            "",
            "[default]",
            "aws_access_key_id = {{i}}",
            "aws_secret_access_key = {{k}}",
            "region = us-east-1",
        ),
        i=i,
        k=k,
    ),
    "aws_credentials_file",
)
i, k = aws()
add_pos(
    T(
        L(
            "export AWS_ACCESS_KEY_ID={{i}}",
            "export AWS_SECRET_ACCESS_KEY={{k}}",
            "export AWS_DEFAULT_REGION=eu-central-1",
            "aws sts get-caller-identity",
        ),
        i=i,
        k=k,
    ),
    "shell_export",
    0.5,
)
i, k = aws()
add_pos(
    T(
        L(
            "import boto3",
            "",
            "s3 = boto3.client(",
            '    "s3",',
            '    aws_access_key_id="{{i}}",',
            '    aws_secret_access_key="{{k}}",',
            '    region_name="us-west-2",',
            ")",
            'print(s3.list_buckets()["Buckets"])',
        ),
        i=i,
        k=k,
    ),
    "python_code",
    0.5,
)
i, k = aws()
add_pos(
    T(
        L(
            'provider "aws" {',
            '  region     = "ap-southeast-2"',
            '  access_key = "{{i}}"',
            '  secret_key = "{{k}}"',
            "}",
        ),
        i=i,
        k=k,
    ),
    "terraform",
    0.5,
)
i, k = aws()
add_pos(
    T(
        L(
            "services:",
            "  uploader:",
            "    image: acme/uploader:2.3",
            "    environment:",
            "      AWS_ACCESS_KEY_ID: {{i}}",
            '      AWS_SECRET_ACCESS_KEY: "{{k}}"',
            "      AWS_REGION: us-east-2",
        ),
        i=i,
        k=k,
    ),
    "docker_compose",
)
i, k = aws()
add_pos(
    T(
        L(
            'import { S3Client } from "@aws-sdk/client-s3";',
            "",
            "const s3 = new S3Client({",
            '  region: "eu-west-1",',
            "  credentials: {",
            '    accessKeyId: "{{i}}",',
            '    secretAccessKey: "{{k}}",',
            "  },",
            "});",
        ),
        i=i,
        k=k,
    ),
    "js_code",
    0.5,
)
i, k = aws()
add_pos(
    T(
        L(
            'BasicAWSCredentials creds = new BasicAWSCredentials("{{i}}", "{{k}}");',
            "AmazonS3 s3 = AmazonS3ClientBuilder.standard()",
            "        .withCredentials(new AWSStaticCredentialsProvider(creds))",
            "        .withRegion(Regions.US_EAST_1).build();",
        ),
        i=i,
        k=k,
    ),
    "java_code",
)
i, k = aws()
add_pos(
    T(
        'Hola, mis credenciales de AWS son {{i}} / {{k}} pero terraform dice "SignatureDoesNotMatch". ¿Qué hago mal?',
        i=i,
        k=k,
    ),
    "user_question",
)
i, k = aws()
add_pos(
    T(
        L(
            "$ aws sts get-access-key-info --access-key-id {{i}}",
            "{",
            '    "Account": "493817266410"',
            "}",
        ),
        i=i,
    ),
    "shell_session",
)
i, k = aws()
add_pos(
    T(
        L(
            "2024-02-11 08:14:55,201 DEBUG botocore.credentials Found credentials in environment variables.",
            "2024-02-11 08:14:55,202 DEBUG app.settings loaded AWS_SECRET_ACCESS_KEY={{k}}",
            "2024-02-11 08:14:55,877 INFO  app.sync uploaded 312 objects",
        ),
        k=k,
    ),
    "log",
)

# ---- Twilio -------------------------------------------------------------------
ac, tk = S(gen_twilio_ac(), "twilio_account_sid"), S(gen_twilio_token(), "twilio_auth_token")
add_pos(
    T(
        L(
            "from twilio.rest import Client",
            "",
            'client = Client("{{ac}}", "{{tk}}")',
            'client.messages.create(to="+15558675310", from_="+15017122661", body="Your code is 482913")',
        ),
        ac=ac,
        tk=tk,
    ),
    "python_code",
    0.5,
)
ac, tk = S(gen_twilio_ac(), "twilio_account_sid"), S(gen_twilio_token(), "twilio_auth_token")
add_pos(
    T(
        L(
            "curl -X POST https://api.twilio.com/2010-04-01/Accounts/{{ac}}/Messages.json \\",
            '  --data-urlencode "Body=Hello from curl" \\',
            '  --data-urlencode "To=+15558675310" \\',
            "  -u {{ac2}}:{{tk}}",
        ),
        ac=ac,
        ac2=ac,
        tk=tk,
    ),
    "curl",
)
sk, sec = S(gen_twilio_sk(), "twilio_api_key"), S(gen_twilio_api_secret(), "twilio_api_key_secret")
add_pos(
    T(
        L("TWILIO_API_KEY={{sk}}", "TWILIO_API_SECRET={{sec}}", "TWILIO_PHONE_NUMBER=+15017122661"),
        sk=sk,
        sec=sec,
    ),
    "dotenv",
    0.5,
)
sk = S(gen_twilio_sk(), "twilio_api_key")
add_pos(
    T(
        "Twilio says error 20003 Authenticate for API key {{sk}} — is the SK key enough or do I also need the secret?",
        sk=sk,
    ),
    "user_question",
)

# ---- Datadog pair, Stripe/Mailgun/Mailchimp/Atlassian basic auth ---------------
a, b = S(gen_dd_api(), "datadog_api_key"), S(gen_dd_app(), "datadog_app_key")
add_pos(
    T(
        L(
            'curl -X GET "https://api.datadoghq.eu/api/v1/monitor" \\',
            '  -H "DD-API-KEY: {{a}}" \\',
            '  -H "DD-APPLICATION-KEY: {{b}}"',
        ),
        a=a,
        b=b,
    ),
    "curl",
    0.4,
)
a = S(gen_dd_api(), "datadog_api_key")
add_pos(
    T(
        L(
            "# /etc/datadog-agent/datadog.yaml",
            "api_key: {{a}}",
            "site: datadoghq.com",
            "logs_enabled: true",
        ),
        a=a,
    ),
    "yaml_config",
)
for typ, gen in (("stripe_secret_key", gen_sk_live), ("stripe_restricted_key", gen_rk_live)):
    s = S(gen(), typ)
    add_pos(
        T(
            L(
                "curl https://api.stripe.com/v1/charges \\",
                "  -u {{s}}: \\",
                "  -d amount=2000 \\",
                "  -d currency=eur \\",
                "  -d source=tok_visa",
            ),
            s=s,
        ),
        "curl",
        0.4,
    )
s = S(gen_sk_live(), "stripe_secret_key")
add_pos(
    T(
        L(
            "import stripe",
            'stripe.api_key = "{{s}}"',
            "",
            "session = stripe.checkout.Session.create(",
            '    mode="subscription", line_items=[{"price": "price_1OqXyZ2eZvKYlo2C8gN3aBcD", "quantity": 1}],',
            '    success_url="https://acme.io/thanks", cancel_url="https://acme.io/cart")',
        ),
        s=s,
    ),
    "python_code",
    0.5,
)
s = S(gen_mailgun(), "mailgun_api_key")
add_pos(
    T(
        L(
            "curl -s --user 'api:{{s}}' \\",
            "  https://api.mailgun.net/v3/mg.acme.io/messages \\",
            "  -F from='Acme <noreply@mg.acme.io>' -F to=ops@acme.io -F subject='Test' -F text='hello'",
        ),
        s=s,
    ),
    "curl",
)
mck = gen_mailchimp()
s = S(mck, "mailchimp_api_key")
add_pos(
    T(
        L(
            "curl --request GET \\",
            "  --url 'https://{{dc}}.api.mailchimp.com/3.0/lists' \\",
            '  --user "anystring:{{s}}"',
        ),
        dc=mck.rsplit("-", 1)[1],
        s=s,
    ),
    "curl",
    0.4,
)
s = S(gen_atlassian(), "atlassian_api_token")
add_pos(
    T(
        L(
            "curl -u jane.doe@acme.io:{{s}} \\",
            '  -H "Accept: application/json" \\',
            "  https://acme.atlassian.net/rest/api/3/myself",
        ),
        s=s,
    ),
    "curl",
    0.4,
)
s = S(gen_atlassian(), "atlassian_api_token")
add_pos(
    T(
        L(
            "from jira import JIRA",
            "",
            'jira = JIRA(server="https://acme.atlassian.net",',
            '            basic_auth=("jane.doe@acme.io", "{{s}}"))',
            'print(jira.search_issues("project = OPS AND status = Open"))',
        ),
        s=s,
    ),
    "python_code",
)

# ---- URL-embedded tokens --------------------------------------------------------
s = S(gen_google_key(), "google_api_key")
add_pos(
    T(
        L(
            'curl "https://maps.googleapis.com/maps/api/geocode/json?address=Alexanderplatz+Berlin&key={{s}}"'
        ),
        s=s,
    ),
    "curl",
    0.4,
)
s = S(gen_google_key(), "google_api_key")
add_pos(
    T(
        L(
            '<script src="https://maps.googleapis.com/maps/api/js?key={{s}}&callback=initMap&v=weekly" defer></script>'
        ),
        s=s,
    ),
    "html",
)
s = S(gen_google_key(), "google_api_key")
add_pos(
    T(
        L(
            'curl "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key={{s}}" \\',
            "  -H 'Content-Type: application/json' \\",
            '  -d \'{"contents":[{"parts":[{"text":"Hello"}]}]}\'',
        ),
        s=s,
    ),
    "curl",
)
s = S(gen_telegram(), "telegram_bot_token")
add_pos(
    T(
        L(
            "import requests",
            'r = requests.get("https://api.telegram.org/bot{{s}}/getUpdates", timeout=5)',
            "print(r.json())",
        ),
        s=s,
    ),
    "python_code",
    0.5,
)
s = S(gen_telegram(), "telegram_bot_token")
add_pos(
    T(
        L(
            "import telebot",
            "",
            'bot = telebot.TeleBot("{{s}}")',
            "",
            "@bot.message_handler(commands=['start'])",
            "def start(m):",
            "    bot.reply_to(m, 'Привет!')",
            "",
            "bot.infinity_polling()",
        ),
        s=s,
    ),
    "python_code",
    0.5,
)
s = S(gen_discord(), "discord_bot_token")
add_pos(
    T(
        L(
            "import discord",
            "",
            "intents = discord.Intents.default()",
            "client = discord.Client(intents=intents)",
            "",
            "@client.event",
            "async def on_ready():",
            "    print(f'Logged in as {client.user}')",
            "",
            "client.run('{{s}}')",
        ),
        s=s,
    ),
    "python_code",
    0.5,
)
s = S(gen_slack_webhook(), "slack_webhook_url")
add_pos(
    T(
        L(
            "curl -X POST -H 'Content-type: application/json' \\",
            '  --data \'{"text":"Deploy of api@1.14.2 finished :rocket:"}\' \\',
            "  {{s}}",
        ),
        s=s,
    ),
    "curl",
    0.4,
)
s = S(gen_slack_webhook(), "slack_webhook_url")
add_pos(
    T(L("def notify(msg):", '    requests.post("{{s}}", json={"text": msg}, timeout=3)'), s=s),
    "python_code",
    0.5,
)
v = S(gen_vault(), "vault_token")
add_pos(
    T(
        L(
            "$ vault login -method=userpass username=ops",
            "Password (will be hidden):",
            "",
            "Success! You are now authenticated. The token information displayed below",
            "is already stored in the token helper.",
            "",
            "Key                    Value",
            "---                    -----",
            "token                  {{v}}",
            "token_accessor         {{acc}}",
            "token_duration         768h",
            "token_renewable        true",
            'token_policies         ["default" "ops"]',
        ),
        v=v,
        acc=r(AN, 24),
    ),
    "shell_session",
)
s = S(gen_heroku(), "heroku_api_key")
add_pos(
    T(
        L(
            "# ~/.netrc",
            "machine api.heroku.com",
            "  login dev@acme.io",
            "  password {{s}}",
            "machine git.heroku.com",
            "  login dev@acme.io",
            "  password {{s2}}",
        ),
        s=s,
        s2=s,
    ),
    "config_file",
)
s = S(gen_databricks(), "databricks_token")
add_pos(
    T(
        L(
            "# ~/.databrickscfg",
            "[DEFAULT]",
            "host  = https://adb-4402781133541267.7.azuredatabricks.net",
            "token = {{s}}",
        ),
        s=s,
    ),
    "ini_config",
    0.4,
)
s = S(gen_jwt(), "jwt")
add_pos(
    T(
        L(
            "Request headers copied from devtools:",
            "",
            "GET /api/v2/orders?page=2 HTTP/1.1",
            "Host: shop.acme.io",
            "Accept: application/json",
            "Cookie: session_id=s%3A{{sid}}; theme=dark",
            "Authorization: Bearer {{s}}",
            "User-Agent: Mozilla/5.0 (X11; Linux x86_64)",
        ),
        sid=r(AN, 12),
        s=s,
    ),
    "http_request",
)
s = S(gen_jwt(), "jwt")
add_pos(T("can you decode this jwt and tell me when it expires? {{s}}", s=s), "user_question")

# ---- git / npm / pip ---------------------------------------------------------------
s = S(gen_ghp(), "github_pat")
add_pos(T(L("$ cat ~/.git-credentials", "https://octocat-dev:{{s}}@github.com"), s=s), "git_config")
s = S(gen_glpat(), "gitlab_pat")
add_pos(
    T(
        L(
            "git remote set-url origin https://oauth2:{{s}}@gitlab.com/acme/platform/api.git",
            "git push -u origin main",
        ),
        s=s,
    ),
    "git_config",
    0.4,
)
s = S(gen_ghs(), "github_app_token")
add_pos(
    T(
        L(
            'git config --global url."https://x-access-token:{{s}}@github.com/".insteadOf "https://github.com/"'
        ),
        s=s,
    ),
    "git_config",
)
s = S(gen_ghfg(), "github_fine_grained_pat")
add_pos(
    T(
        L(
            '[remote "origin"]',
            "\turl = https://jdoe:{{s}}@github.com/acme/website.git",
            "\tfetch = +refs/heads/*:refs/remotes/origin/*",
            '[branch "main"]',
            "\tremote = origin",
            "\tmerge = refs/heads/main",
        ),
        s=s,
    ),
    "git_config",
    0.4,
)
s = S(gen_npm(), "npm_token")
add_pos(
    T(
        L(
            "# .npmrc",
            "registry=https://registry.npmjs.org/",
            "//registry.npmjs.org/:_authToken={{s}}",
            "save-exact=true",
        ),
        s=s,
    ),
    "npmrc",
    0.4,
)
s = S(gen_npm(), "npm_token")
add_pos(
    T(
        L(
            "@acme:registry=https://registry.npmjs.org/",
            '//registry.npmjs.org/:_authToken="{{s}}"',
            "always-auth=true",
        ),
        s=s,
    ),
    "npmrc",
)
s = S(gen_pypi(), "pypi_token")
add_pos(
    T(
        L(
            "# ~/.pypirc",
            "[distutils]",
            "index-servers =",
            "    pypi",
            "",
            "[pypi]",
            "username = __token__",
            "password = {{s}}",
        ),
        s=s,
    ),
    "pip_conf",
    0.4,
)
s = S(gen_pypi(), "pypi_token")
add_pos(
    T(
        L(
            "$ twine upload -u __token__ -p {{s}} dist/*",
            "Uploading distributions to https://upload.pypi.org/legacy/",
            "Uploading acme_utils-0.4.1-py3-none-any.whl",
            "100% ━━━━━━━━━━━━━━━━━━━━ 18.2/18.2 kB",
        ),
        s=s,
    ),
    "shell_session",
)

# ---- PEM private keys ----------------------------------------------------------------
s = S(gen_rsa_pem(), "private_key_rsa")
add_pos(
    T(L("Here's my deploy key, why does ssh say 'invalid format'?", "", "{{s}}"), s=s), "pem_file"
)
s = S(gen_rsa_pem(), "private_key_rsa")
add_pos(
    T(
        L(
            "$ cat ~/.ssh/id_rsa",
            "{{s}}",
            "$ ssh -i ~/.ssh/id_rsa deploy@203.0.113.10",
            "Permission denied (publickey).",
        ),
        s=s,
    ),
    "pem_file",
)
s = S(gen_rsa_pem(), "private_key_rsa")
add_pos(
    T(L('PRIVATE_KEY = """{{s}}', '"""', "", "signer = load_signer(PRIVATE_KEY)"), s=s),
    "python_code",
    0.5,
)
s = S(gen_ec_pem(), "private_key_ec")
add_pos(T(L("$ cat certs/server.key", "{{s}}"), s=s), "pem_file")
s = S(gen_ec_pem(), "private_key_ec")
add_pos(
    T(
        L(
            "const signingKey = `{{s}}`;",
            "",
            "const token = jwt.sign({ sub: user.id }, signingKey, { algorithm: 'ES256' });",
        ),
        s=s,
    ),
    "js_code",
    0.5,
)
s = S(gen_openssh_pem(), "private_key_openssh")
add_pos(
    T(
        L(
            "Mein SSH-Schlüssel funktioniert nicht mit GitHub Actions, hier ist er:",
            "",
            "{{s}}",
            "",
            "Was mache ich falsch?",
        ),
        s=s,
    ),
    "pem_file",
)
s = S(gen_openssh_pem(), "private_key_openssh")
add_pos(
    T(
        L(
            'resource "local_file" "deploy_key" {',
            '  filename        = "${path.module}/deploy_ed25519"',
            '  file_permission = "0600"',
            "  content         = <<EOF",
            "{{s}}",
            "EOF",
            "}",
        ),
        s=s,
    ),
    "terraform",
)
add_pos(
    T(
        L(
            "- name: install deploy key",
            "  copy:",
            "    dest: /home/deploy/.ssh/id_ed25519",
            '    mode: "0600"',
            '    content: "{{s}}"',
        ),
        s=S(gen_openssh_pem().replace("\n", "\\n"), "private_key_openssh"),
    ),
    "yaml_config",
)
s = S(gen_pkcs8_pem(), "private_key_pkcs8")
add_pos(T(L("# /etc/nginx/ssl/acme.io.key", "{{s}}"), s=s), "pem_file")
s = S(gen_pkcs8_pem(), "private_key_pkcs8")
add_pos(
    T(L('Ниже мой ключ для TLS, nginx пишет "PEM_read_bio_PrivateKey failed":', "", "{{s}}"), s=s),
    "pem_file",
)

# ---- GCP service account JSON ------------------------------------------------------------


def gcp_json(indent="  "):
    proj = (
        rng.choice(["acme-analytics", "acme-prod", "data-platform", "ml-sandbox"])
        + "-"
        + str(rng.randint(100000, 999999))
    )
    sa = rng.choice(["etl-runner", "bq-reader", "terraform", "ci-deployer"])
    key = S(gen_pkcs8_pem().replace("\n", "\\n"), "gcp_service_account_private_key")
    email = "%s@%s.iam.gserviceaccount.com" % (sa, proj)
    lines = [
        "{",
        '"type": "service_account",',
        '"project_id": "%s",' % proj,
        '"private_key_id": "%s",' % r(HEX, 40),
        '"private_key": "{{k}}\\n",',
        '"client_email": "%s",' % email,
        '"client_id": "%d",' % rng.randint(10**20, 10**21 - 1),
        '"auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '"token_uri": "https://oauth2.googleapis.com/token",',
        '"auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
        '"client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",'
        % email.replace("@", "%40"),
        '"universe_domain": "googleapis.com"',
        "}",
    ]
    body = "\n".join([lines[0]] + [indent + x for x in lines[1:-1]] + [lines[-1]]) + "\n"
    return T(body, k=key)


add_pos(gcp_json(), "gcp_sa_json")
add_pos(
    ["my service account key doesn't work with BigQuery (403 accessDenied), here is the json:\n\n"]
    + gcp_json(),
    "gcp_sa_json",
)
add_pos(
    ["credentials_info = "]
    + gcp_json("    ")
    + ["creds = service_account.Credentials.from_service_account_info(credentials_info)\n"],
    "python_code",
)

# ---- Azure ----------------------------------------------------------------------------------
k = S(gen_azure_storage_key(), "azure_storage_account_key")
add_pos(
    T(
        L(
            'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey={{k}};EndpointSuffix=core.windows.net"'
        ),
        k=k,
    ),
    "dotenv",
    0.4,
)
k = S(gen_azure_storage_key(), "azure_storage_account_key")
add_pos(
    T(
        L(
            "from azure.storage.blob import BlobServiceClient",
            "",
            'conn = "DefaultEndpointsProtocol=https;AccountName=stacmeinvoices;AccountKey={{k}};EndpointSuffix=core.windows.net"',
            "svc = BlobServiceClient.from_connection_string(conn)",
        ),
        k=k,
    ),
    "python_code",
    0.5,
)
k = S(gen_azure_storage_key(), "azure_storage_account_key")
add_pos(
    T(
        L(
            'az storage blob upload --account-name stbackups01 --account-key "{{k}}" \\',
            "  --container-name nightly --file db.dump --name db-2024-06-01.dump",
        ),
        k=k,
    ),
    "shell_session",
)
cs = S(gen_azure_ad_secret(), "azure_ad_client_secret")
add_pos(
    T(
        L("az login --service-principal -u {{app}} -p '{{cs}}' --tenant {{ten}}"),
        app=ruuid(),
        cs=cs,
        ten=ruuid(),
    ),
    "shell_session",
    0.4,
)
cs = S(gen_azure_ad_secret(), "azure_ad_client_secret")
add_pos(
    T(
        L(
            'provider "azurerm" {',
            "  features {}",
            '  subscription_id = "{{sub}}"',
            '  client_id       = "{{app}}"',
            '  client_secret   = "{{cs}}"',
            '  tenant_id       = "{{ten}}"',
            "}",
        ),
        sub=ruuid(),
        app=ruuid(),
        cs=cs,
        ten=ruuid(),
    ),
    "terraform",
)
cs = S(gen_azure_ad_secret(), "azure_ad_client_secret")
add_pos(
    T(
        L(
            "{",
            '  "AzureAd": {',
            '    "Instance": "https://login.microsoftonline.com/",',
            '    "TenantId": "{{ten}}",',
            '    "ClientId": "{{app}}",',
            '    "ClientSecret": "{{cs}}"',
            "  }",
            "}",
        ),
        ten=ruuid(),
        app=ruuid(),
        cs=cs,
    ),
    "appsettings_json",
    0.4,
)
cs = S(gen_gocspx(), "google_oauth_client_secret")
add_pos(
    T(
        L(
            '{"web":{"client_id":"{{cid}}.apps.googleusercontent.com","project_id":"acme-login-{{pn}}",'
            '"auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token",'
            '"client_secret":"{{cs}}","redirect_uris":["https://acme.io/oauth2/callback"]}}'
        ),
        cid="%d-%s" % (rng.randint(10**11, 10**12 - 1), r(LO + DG, 32)),
        pn=str(rng.randint(1000, 9999)),
        cs=cs,
    ),
    "json_config",
)

# ---- Database passwords ------------------------------------------------------------------------
D = "database_password"


def dpw(url=True):
    return S(gen_pw_url() if url else gen_pw(), D)


add_pos(
    T(L("DATABASE_URL=postgres://app_user:{{p}}@db.prod.internal:5432/orders"), p=dpw()),
    "dotenv",
    0.5,
)
add_pos(
    T(
        L(
            'engine = create_engine("postgresql+psycopg2://analytics:{{p}}@10.0.3.17:5432/warehouse", pool_size=10)'
        ),
        p=dpw(),
    ),
    "python_code",
    0.5,
)
add_pos(
    T(
        L(
            "mongodb+srv://admin:{{p}}@cluster0.ab1cd.mongodb.net/test?retryWrites=true&w=majority",
            "",
            "^ that's my connection string, compass says authentication failed",
        ),
        p=dpw(),
    ),
    "connection_string",
)
add_pos(
    T(
        L("CACHE_URL=redis://:{{p}}@redis-13542.c1.us-east-1-2.ec2.cloud.redislabs.com:13542/0"),
        p=dpw(),
    ),
    "dotenv",
)
add_pos(
    T(
        L(
            "spring:",
            "  datasource:",
            "    url: jdbc:postgresql://pg.internal:5432/crm",
            "    username: crm_app",
            '    password: "{{p}}"',
            "  jpa:",
            "    hibernate:",
            "      ddl-auto: validate",
        ),
        p=dpw(False),
    ),
    "yaml_config",
    0.4,
)
add_pos(
    T(
        L(
            '"ConnectionStrings": {',
            '  "Default": "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=crm;User ID=crm_admin;Password={{p}};Encrypt=True;"',
            "}",
        ),
        p=dpw(),
    ),
    "appsettings_json",
)
add_pos(
    T(
        L(
            "DATABASES = {",
            "    'default': {",
            "        'ENGINE': 'django.db.backends.postgresql',",
            "        'NAME': 'shop',",
            "        'USER': 'shop',",
            "        'PASSWORD': '{{p}}',",
            "        'HOST': 'localhost',",
            "        'PORT': '5432',",
            "    }",
            "}",
        ),
        p=dpw(False),
    ),
    "python_code",
    0.5,
)
add_pos(
    T(
        L(
            "$ PGPASSWORD='{{p}}' psql -h 10.20.0.4 -U reporting -d metrics -c 'select count(*) from events'",
            'psql: error: connection to server at "10.20.0.4", port 5432 failed: FATAL:  password authentication failed for user "reporting"',
        ),
        p=dpw(False),
    ),
    "shell_session",
)
add_pos(
    T(L("mysql -h 127.0.0.1 -u root -p'{{p}}' shop < dump.sql"), p=dpw(False)), "shell_session", 0.4
)
add_pos(
    T(
        L(
            "services:",
            "  db:",
            "    image: postgres:16",
            "    environment:",
            "      POSTGRES_USER: app",
            '      POSTGRES_PASSWORD: "{{p}}"',
            "  mysql:",
            "    image: mysql:8.4",
            "    environment:",
            '      MYSQL_ROOT_PASSWORD: "{{q}}"',
        ),
        p=dpw(False),
        q=dpw(False),
    ),
    "docker_compose",
)
add_pos(
    T(
        L(
            "<?php",
            "define( 'DB_NAME', 'wordpress' );",
            "define( 'DB_USER', 'wp_admin' );",
            "define( 'DB_PASSWORD', '{{p}}' );",
            "define( 'DB_HOST', 'localhost' );",
        ),
        p=dpw(False),
    ),
    "php_code",
)
add_pos(
    T(
        L(
            "jdbc:mysql://mysql-primary.internal:3306/billing?user=billing_rw&password={{p}}&useSSL=true"
        ),
        p=dpw(),
    ),
    "connection_string",
)
add_pos(
    T(
        L(
            "In [7]: %load_ext sql",
            "",
            "In [8]: %sql postgresql://jovyan:{{p}}@warehouse.acme.local/analytics",
        ),
        p=dpw(),
    ),
    "jupyter",
)

# ---- basic auth / URL passwords -----------------------------------------------------------------
BA = "basic_auth_password"
add_pos(
    T(L("git clone https://deploy:{{p}}@git.acme.io/platform/api.git"), p=S(gen_pw_url(), BA)),
    "shell_session",
    0.4,
)
add_pos(
    T(
        L(
            "# /etc/pip.conf",
            "[global]",
            "index-url = https://ci-reader:{{p}}@nexus.acme.io/repository/pypi-group/simple",
            "trusted-host = nexus.acme.io",
        ),
        p=S(gen_pw_url(), BA),
    ),
    "pip_conf",
)
add_pos(
    T(
        L(
            "export https_proxy=http://jdoe:{{p}}@proxy.corp.acme.io:3128",
            "export no_proxy=localhost,127.0.0.1,.acme.internal",
        ),
        p=S(gen_pw_url(), BA),
    ),
    "shell_export",
)
add_pos(
    T(L('curl -u elastic:{{p}} -k "https://localhost:9200/_cat/indices?v"'), p=S(gen_pw_url(), BA)),
    "curl",
    0.4,
)
add_pos(
    T(
        L("curl -X POST -u admin:{{p}} http://jenkins.internal:8080/job/deploy-prod/build"),
        p=S(gen_pw_url(), BA),
    ),
    "curl",
)
add_pos(
    T(
        L(
            "remote_write:",
            "  - url: https://prometheus-prod-10-prod-us-central-0.grafana.net/api/prom/push",
            "    basic_auth:",
            "      username: 1184352",
            "      password: {{p}}",
        ),
        p=S(gen_pw_url(), BA),
    ),
    "yaml_config",
)
add_pos(
    T(
        "the staging site is behind basic auth, open https://qa:{{p}}@staging.acme.io/ and check if the banner shows",
        p=S(gen_pw_url(), BA),
    ),
    "user_question",
)

# ---- generic passwords -------------------------------------------------------------------------
P = "password"
add_pos(
    T(
        L("admin:", "  username: admin", '  password: "{{p}}"', "  email: admin@acme.io"),
        p=S(gen_pw(), P),
    ),
    "yaml_config",
    0.4,
)
add_pos(
    T(
        L(
            "EMAIL_HOST = 'smtp.sendgrid.net'",
            "EMAIL_HOST_USER = 'apikey'",
            "EMAIL_HOST_PASSWORD = '{{p}}'",
            "EMAIL_PORT = 587",
        ),
        p=S(gen_sendgrid(), "sendgrid_api_key"),
    ),
    "python_code",
)
add_pos(
    T(
        L(
            "spring.mail.host=smtp.office365.com",
            "spring.mail.username=noreply@acme.io",
            "spring.mail.password={{p}}",
            "spring.mail.properties.mail.smtp.starttls.enable=true",
        ),
        p=S(gen_pw(), P),
    ),
    "config_file",
    0.4,
)
add_pos(
    T(
        L("all:", "  vars:", "    ansible_user: ubuntu", '    ansible_become_password: "{{p}}"'),
        p=S(gen_pw(), P),
    ),
    "yaml_config",
)
add_pos(
    T(
        L(
            "# gradle.properties",
            "RELEASE_STORE_FILE=release.keystore",
            "RELEASE_STORE_PASSWORD={{p}}",
            "RELEASE_KEY_ALIAS=upload",
            "RELEASE_KEY_PASSWORD={{q}}",
        ),
        p=S(gen_pw(), P),
        q=S(gen_pw(), P),
    ),
    "config_file",
)
add_pos(
    T(
        L("# redis.conf", "bind 0.0.0.0", "protected-mode yes", "requirepass {{p}}"),
        p=S(r(AN, 32), P),
    ),
    "config_file",
)
add_pos(
    T(
        L(
            "$mail->Host = 'smtp.gmail.com';",
            "$mail->SMTPAuth = true;",
            "$mail->Username = 'shop.acme@gmail.com';",
            "$mail->Password = '{{p}}';",
        ),
        p=S(r(LO, 16), P),
    ),
    "php_code",
    0.4,
)
add_pos(
    T(
        L(
            "$ docker login registry.acme.io -u ci-bot -p '{{p}}'",
            "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
            "Login Succeeded",
        ),
        p=S(gen_pw(), P),
    ),
    "shell_session",
)
add_pos(
    T(
        "Die Admin-Zugangsdaten für das Staging-Dashboard sind admin / {{p}} – kannst du prüfen, warum der Login fehlschlägt?",
        p=S(gen_pw(), P),
    ),
    "user_question",
)
add_pos(
    T(L('{"username": "svc_backup", "password": "{{p}}", "host": "nas01.lan"}'), p=S(gen_pw(), P)),
    "json_config",
)
add_pos(
    T(
        L(
            "[ldap]",
            "url = ldaps://ldap.acme.internal:636",
            "bind_dn = cn=svc-grafana,ou=services,dc=acme,dc=internal",
            "bind_password = '{{p}}'",
        ),
        p=S(gen_pw(), P),
    ),
    "ini_config",
)

# ---- SSH passphrases ---------------------------------------------------------------------------
SP = "ssh_key_passphrase"
add_pos(
    T(
        L("ssh-keygen -t ed25519 -C \"me@laptop\" -N '{{p}}' -f ~/.ssh/deploy_ed25519"),
        p=S(gen_passphrase(), SP),
    ),
    "shell_session",
    0.4,
)
add_pos(
    T(
        L(
            'key = paramiko.RSAKey.from_private_key_file("/home/ci/.ssh/id_rsa", password="{{p}}")',
            "ssh.connect('10.0.4.12', username='deploy', pkey=key)",
        ),
        p=S(gen_passphrase(), SP),
    ),
    "python_code",
    0.4,
)
add_pos(
    T(
        L(
            'with open("keys/signing.pem", "rb") as f:',
            '    key = serialization.load_pem_private_key(f.read(), password=b"{{p}}")',
        ),
        p=S(gen_pw(), SP),
    ),
    "python_code",
)
add_pos(
    T(
        "the passphrase for the deploy key is {{p}} — can you write an expect script that runs ssh-add with it?",
        p=S(gen_passphrase(), SP),
    ),
    "user_question",
)
add_pos(
    T(
        L(
            'signer, err := ssh.ParsePrivateKeyWithPassphrase(pemBytes, []byte("{{p}}"))',
            "if err != nil {",
            '\tlog.Fatalf("parse key: %v", err)',
            "}",
        ),
        p=S(gen_pw(), SP),
    ),
    "go_code",
)
add_pos(
    T(
        L(
            "sshpass -P 'Enter passphrase' -p '{{p}}' ssh -i ~/.ssh/id_rsa deploy@203.0.113.25 uptime"
        ),
        p=S(gen_passphrase(), SP),
    ),
    "shell_session",
)

# ---------------------------------------------------------------------------
# negatives (no secrets)
# ---------------------------------------------------------------------------
NEG = []


def add_neg(text_or_parts, kind, wrap_p=0.0):
    parts = [text_or_parts] if isinstance(text_or_parts, str) else text_or_parts
    NEG.append((maybe_chat_wrap(parts, kind, wrap_p) if wrap_p else parts, kind))


PLACEHOLDER_LINES = [
    "OPENAI_API_KEY=YOUR_API_KEY",
    "OPENAI_API_KEY=sk-...",
    "GITHUB_TOKEN=<token>",
    "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
    "AWS_ACCESS_KEY_ID=",
    "AWS_SECRET_ACCESS_KEY=",
    "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME",
    "SLACK_BOT_TOKEN=xoxb-your-bot-token",
    "ANTHROPIC_API_KEY=<your-anthropic-api-key>",
    "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "SECRET_KEY=changeme",
    "JWT_SECRET=${JWT_SECRET}",
    "DB_PASSWORD=********",
    'SENDGRID_API_KEY="SG.xxxxxxxx.yyyyyyyy"',
    "TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "TWILIO_AUTH_TOKEN=your_auth_token",
    "API_KEY=REPLACE_ME",
    "MAILGUN_API_KEY=key-<your-key>",
    "NPM_TOKEN=${NPM_TOKEN}",
    "REDIS_PASSWORD=",
    "DISCORD_TOKEN=paste-your-bot-token-here",
    "GOOGLE_API_KEY=AIza...",
    "VAULT_TOKEN=<vault-token>",
    "ADMIN_PASSWORD=changeme",
    "SMTP_PASSWORD=your-smtp-password",
    "DATADOG_API_KEY=<DATADOG_API_KEY>",
    "AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}",
    "PYPI_TOKEN=pypi-XXXXXXXX",
    "DOPPLER_TOKEN=dp.st.xxxx",
]
for hdr in [
    "# Copy this file to .env and fill in your own values",
    "# .env.example",
    "# example configuration — do not put real keys here",
    "# Environment template",
    "# .env.sample (committed)",
    "# required variables",
]:
    lines = rng.sample(PLACEHOLDER_LINES, rng.randint(4, 7))
    add_neg(hdr + "\n" + "\n".join(lines) + "\n", "dotenv", 0.3)

ENV_READ = [
    (
        'import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n',
        "python_code",
    ),
    (
        'stripe_key = os.getenv("STRIPE_SECRET_KEY")\nif not stripe_key:\n    raise RuntimeError("STRIPE_SECRET_KEY is not set")\n',
        "python_code",
    ),
    (
        "const token = process.env.GITHUB_TOKEN;\nconst octokit = new Octokit({ auth: token });\n",
        "js_code",
    ),
    (
        'token := os.Getenv("SLACK_BOT_TOKEN")\nif token == "" {\n\tlog.Fatal("SLACK_BOT_TOKEN missing")\n}\n',
        "go_code",
    ),
    (
        'String password = System.getenv("DB_PASSWORD");\nDataSource ds = buildDataSource(url, user, password);\n',
        "java_code",
    ),
    (
        'let key = std::env::var("ANTHROPIC_API_KEY").expect("ANTHROPIC_API_KEY not set");\n',
        "rust_code",
    ),
    ('Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")\n', "ruby_code"),
    ('var secret = builder.Configuration["AzureAd:ClientSecret"];\n', "code"),
    ('curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user\n', "curl"),
    (
        'curl https://api.openai.com/v1/models -H "Authorization: Bearer ${OPENAI_API_KEY}"\n',
        "curl",
    ),
]
for txt, kind in ENV_READ:
    add_neg(txt, kind, 0.3)

CI_REFS = [
    (
        L(
            "jobs:",
            "  publish:",
            "    runs-on: ubuntu-latest",
            "    steps:",
            "      - uses: actions/setup-node@v4",
            "        with:",
            "          registry-url: https://registry.npmjs.org",
            "      - run: npm publish --access public",
            "        env:",
            "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
        ),
        "github_actions",
    ),
    (
        L(
            "env:",
            "  - name: DB_PASSWORD",
            "    valueFrom:",
            "      secretKeyRef:",
            "        name: postgres-credentials",
            "        key: password",
        ),
        "yaml_config",
    ),
    (
        L(
            "apiVersion: v1",
            "kind: Secret",
            "metadata:",
            "  name: {{ .Release.Name }}-db",
            "stringData:",
            "  password: {{ .Values.db.password | quote }}",
        ),
        "k8s_secret",
    ),
    (
        L(
            "deploy:",
            "  script:",
            '    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" $CI_REGISTRY',
            "    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA",
        ),
        "yaml_config",
    ),
    (
        L(
            "services:",
            "  db:",
            "    image: postgres:16",
            "    environment:",
            "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password",
            "    secrets:",
            "      - db_password",
            "secrets:",
            "  db_password:",
            "    file: ./secrets/db_password.txt",
        ),
        "docker_compose",
    ),
    (
        L(
            'resource "random_password" "db" {',
            "  length  = 24",
            "  special = true",
            "}",
            "",
            'resource "aws_db_instance" "main" {',
            '  username = "app"',
            "  password = random_password.db.result",
            "}",
        ),
        "terraform",
    ),
    (
        L(
            "db_user: app",
            'db_password: "{{ vault_db_password }}"',
            "api_token: \"{{ lookup('env', 'API_TOKEN') }}\"",
        ),
        "yaml_config",
    ),
]
for txt, kind in CI_REFS:
    add_neg(txt, kind, 0.3)

DOCS = [
    (
        "For example, the AWS documentation uses the access key ID AKIAIOSFODNN7EXAMPLE and the secret access key "
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. These are sample values and will not work.\n",
        "docs",
    ),
    (
        L(
            "# Example from the AWS CLI guide (placeholder values)",
            "$ aws configure",
            "AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE",
            "AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "Default region name [None]: us-west-2",
        ),
        "docs",
    ),
    (
        "A classic GitHub personal access token starts with `ghp_` followed by 36 alphanumeric characters, e.g. "
        "`ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`. Fine-grained tokens start with `github_pat_` instead.\n",
        "docs",
    ),
    (
        "OpenAI keys look like `sk-proj-…`. Never paste your key into a chat or commit it; use an environment variable instead.\n",
        "docs",
    ),
    (
        L(
            "# gitleaks.toml",
            "[[rules]]",
            'id = "github-pat"',
            "regex = '''ghp_[0-9a-zA-Z]{36}'''",
            "",
            "[[rules]]",
            'id = "slack-webhook"',
            "regex = '''https://hooks.slack.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/[a-zA-Z0-9]{24}'''",
        ),
        "config_file",
    ),
    (
        "Slack's docs show an incoming webhook URL of the form https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX — "
        "replace it with the one from your app settings.\n",
        "docs",
    ),
    (
        "The general form of a connection URI is postgresql://[user[:password]@][netloc][:port][/dbname][?param1=value1&...]\n",
        "docs",
    ),
    (
        "A JWT has three base64url parts separated by dots: header.payload.signature. The payload is only encoded, not encrypted, "
        "so don't put secrets in it.\n",
        "docs",
    ),
    (
        "Stripe test keys start with sk_test_ and live keys with sk_live_. Publishable keys (pk_...) are safe to expose in the browser.\n",
        "docs",
    ),
]
for txt, kind in DOCS:
    add_neg(txt, kind)

# git SHAs
for _ in range(4):
    k = rng.randrange(4)
    if k == 0:
        lines = []
        for _ in range(rng.randint(3, 5)):
            lines.append(
                "%s %s"
                % (
                    r(HEX, 7),
                    rng.choice(
                        [
                            "fix: handle empty cart",
                            "chore(deps): bump axios to 1.6.8",
                            "feat: add webhook retries",
                            "refactor auth middleware",
                            "docs: update README",
                            "Merge pull request #482 from acme/fix-login",
                        ]
                    ),
                )
            )
        add_neg(
            "$ git log --oneline -n %d\n" % len(lines) + "\n".join(lines) + "\n", "shell_session"
        )
    elif k == 1:
        add_neg(
            L(
                "commit %s" % r(HEX, 40),
                "Author: Jane Doe <jane@acme.io>",
                "Date:   Tue Mar 12 14:03:11 2024 +0100",
                "",
                "    Fix race in token refresh",
                "",
                "    Reviewed-by: Bob <bob@acme.io>",
            ),
            "shell_session",
            0.3,
        )
    elif k == 2:
        add_neg(
            "The regression was introduced in https://github.com/acme/api/commit/%s and reverted in %s.\n"
            % (r(HEX, 40), r(HEX, 12)),
            "docs",
        )
    else:
        add_neg(
            L(
                "$ git rev-parse HEAD",
                r(HEX, 40),
                "$ git merge-base main feature/payments",
                r(HEX, 40),
            ),
            "shell_session",
        )

# SHA-256 digests
for _ in range(4):
    k = rng.randrange(4)
    if k == 0:
        add_neg(
            L(
                "$ sha256sum dist/*",
                "%s  dist/acme-cli-1.4.0-linux-amd64.tar.gz" % r(HEX, 64),
                "%s  dist/acme-cli-1.4.0-darwin-arm64.tar.gz" % r(HEX, 64),
            ),
            "shell_session",
        )
    elif k == 1:
        add_neg(
            L(
                "$ docker pull nginx:1.27-alpine",
                "1.27-alpine: Pulling from library/nginx",
                "Digest: sha256:%s" % r(HEX, 64),
                "Status: Downloaded newer image for nginx:1.27-alpine",
            ),
            "shell_session",
        )
    elif k == 2:
        add_neg(
            L("image: ghcr.io/acme/worker@sha256:%s" % r(HEX, 64), "imagePullPolicy: IfNotPresent"),
            "yaml_config",
            0.3,
        )
    else:
        add_neg(
            "Verify the download: the SHA-256 checksum should be %s. Если хэш не совпадает, скачайте файл заново.\n"
            % r(HEX, 64),
            "docs",
        )

# UUIDs / request ids
for _ in range(4):
    k = rng.randrange(4)
    if k == 0:
        add_neg(
            L(
                '{"level":"error","ts":"2024-06-01T12:00:03Z","request_id":"%s","msg":"upstream timeout","path":"/v1/orders"}'
                % ruuid(),
                '{"level":"info","ts":"2024-06-01T12:00:04Z","request_id":"%s","msg":"retry ok"}'
                % ruuid(),
            ),
            "log",
        )
    elif k == 1:
        add_neg(
            L(
                "metadata:",
                "  name: api-7c9d8f6b5-x2kqp",
                "  uid: %s" % ruuid(),
                '  resourceVersion: "%d"' % rng.randint(10**6, 10**8),
            ),
            "yaml_config",
        )
    elif k == 2:
        add_neg(
            "Support ticket: my payment failed, trace id %s, correlation id %s. Can you check?\n"
            % (ruuid(), ruuid()),
            "user_question",
        )
    else:
        add_neg(
            L(
                "HTTP/1.1 502 Bad Gateway",
                "x-amzn-RequestId: %s" % ruuid(),
                "x-amz-apigw-id: %s=" % r(AN, 15),
                "X-Amzn-Trace-Id: Root=1-%s-%s" % (r(HEX, 8), r(HEX, 24)),
            ),
            "http_response",
        )

# base64 image data
for _ in range(3):
    png = b64(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + rbytes(rng.randint(120, 300)))
    k = rng.randrange(3)
    if k == 0:
        add_neg('<img alt="logo" src="data:image/png;base64,%s" />\n' % png, "html")
    elif k == 1:
        add_neg(
            '.icon-check {\n  background-image: url("data:image/png;base64,%s");\n}\n' % png, "code"
        )
    else:
        add_neg(
            "why is this image not showing in my markdown? ![chart](data:image/png;base64,%s)\n"
            % png,
            "user_question",
        )

# public keys
add_neg(
    L(
        "# ~/.ssh/authorized_keys",
        gen_ssh_rsa_pub() + " jane@thinkpad",
        gen_ssh_ed_pub() + " deploy@ci",
    ),
    "config_file",
)
add_neg(
    "Here's my public key, can you add it to the bastion?\n\n"
    + gen_ssh_ed_pub()
    + " alex@macbook\n",
    "user_question",
)
add_neg(
    L(
        "$ ssh-keyscan github.com",
        "github.com " + gen_ssh_ecdsa_pub(),
        "github.com " + gen_ssh_ed_pub(),
    ),
    "shell_session",
)
add_neg(
    '{"title": "ci deploy key", "key": "%s", "read_only": true}\n' % gen_ssh_ed_pub(), "json_config"
)
add_neg("JWT verification key (public, safe to share):\n\n" + gen_pub_pem() + "\n", "pem_file")
add_neg(L("# fullchain.pem", gen_cert_pem()), "pem_file")
add_neg(
    L("jwt:", "  issuer: https://auth.acme.io", "  public_key: |")
    + "\n".join("    " + x for x in gen_pub_pem().split("\n"))
    + "\n",
    "yaml_config",
)

# lockfiles
add_neg(
    L(
        '    "node_modules/lodash": {',
        '      "version": "4.17.21",',
        '      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",',
        '      "integrity": "sha512-%s=="' % r(B64, 86),
        "    },",
    ),
    "lockfile",
)
add_neg(
    L(
        "[[package]]",
        'name = "requests"',
        'version = "2.32.3"',
        "files = [",
        '    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:%s"},' % r(HEX, 64),
        '    {file = "requests-2.32.3.tar.gz", hash = "sha256:%s"},' % r(HEX, 64),
        "]",
    ),
    "lockfile",
)
add_neg(
    L(
        "github.com/google/uuid v1.6.0 h1:%s=" % r(B64, 43),
        "github.com/google/uuid v1.6.0/go.mod h1:%s=" % r(B64, 43),
    ),
    "lockfile",
)
add_neg(
    L(
        "[[package]]",
        'name = "serde"',
        'version = "1.0.203"',
        'source = "registry+https://github.com/rust-lang/crates.io-index"',
        'checksum = "%s"' % r(HEX, 64),
    ),
    "lockfile",
)
add_neg(
    L(
        "certifi==2024.2.2 \\",
        "    --hash=sha256:%s \\" % r(HEX, 64),
        "    --hash=sha256:%s" % r(HEX, 64),
    ),
    "lockfile",
)
add_neg(
    L(
        '"@babel/core@^7.24.0":',
        '  version "7.24.5"',
        '  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.5.tgz#%s"' % r(HEX, 40),
        "  integrity sha512-%s==" % r(B64, 86),
    ),
    "lockfile",
)
add_neg(
    L(
        "version https://git-lfs.github.com/spec/v1",
        "oid sha256:%s" % r(HEX, 64),
        "size %d" % rng.randint(10**5, 10**8),
    ),
    "config_file",
)

# random ids
add_neg(
    "Hi, my order #%d-%d hasn't arrived. Tracking number 1Z%s, invoice INV-%s.\n"
    % (rng.randint(100, 999), rng.randint(10**6, 10**7 - 1), r(UP + DG, 16), r(UP + DG, 10)),
    "user_question",
)
add_neg(
    L(
        '{"id": "pi_%s", "object": "payment_intent", "amount": 4999, "currency": "eur",'
        % r(AN, 24),
        ' "customer": "cus_%s", "latest_charge": "ch_%s", "status": "succeeded"}'
        % (r(AN, 14), r(AN, 24)),
    ),
    "json_config",
)
add_neg(
    "Sentry event %s, release %s, Datadog trace_id=%d span_id=%d\n"
    % (r(HEX, 32), r(HEX, 12), rng.getrandbits(63), rng.getrandbits(63)),
    "log",
)
add_neg(
    L(
        "$ aws cloudfront create-invalidation --distribution-id E%s --paths '/*'" % r(UP + DG, 13),
        "{",
        '    "Location": "https://cloudfront.amazonaws.com/2020-05-31/distribution/E%s/invalidation/I%s"'
        % (r(UP + DG, 13), r(UP + DG, 25)),
        "}",
    ),
    "shell_session",
)
add_neg(
    "Bestellnummer: %s-%s, Kundennummer %d. Die Sendung hängt seit drei Tagen im Verteilzentrum.\n"
    % (r(UP, 3), r(DG, 8), rng.randint(10**6, 10**7)),
    "user_question",
)
add_neg(
    L(
        "<!-- Google tag (gtag.js) -->",
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>'
        % r(UP + DG, 10),
        "<script>gtag('config', 'G-%s');</script>" % r(UP + DG, 10),
    ),
    "html",
)
add_neg(
    L(
        'ETag: "%s"' % r(HEX, 32),
        "x-amz-version-id: %s" % r(AN + "._", 32),
        "Last-Modified: Wed, 05 Jun 2024 09:12:44 GMT",
    ),
    "http_response",
)

# publishable keys (public)
add_neg(
    L(
        '<script src="https://js.stripe.com/v3/"></script>',
        "<script>",
        "  const stripe = Stripe('%s');" % gen_pk_live(),
        "  const elements = stripe.elements();",
        "</script>",
    ),
    "html",
)
add_neg("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\n" % gen_pk_live(), "dotenv", 0.3)
add_neg(
    "Is it ok that my Stripe publishable key %s is visible in the page source? It's in the frontend bundle.\n"
    % gen_pk_live(),
    "user_question",
)
add_neg(
    L(
        "stripe:",
        "  publishable_key: %s" % ("pk_test_" + r(AN, 24)),
        "  secret_key: ${STRIPE_SECRET_KEY}",
    ),
    "yaml_config",
)

# password policy text
POLICY = [
    "Password must be at least 8 characters long and contain one uppercase letter, one number and one special character.\n",
    "Das Passwort muss mindestens 12 Zeichen lang sein und darf nicht Ihren Benutzernamen enthalten.\n",
    "La contraseña debe tener al menos 10 caracteres, incluyendo una mayúscula y un número.\n",
    "Le mot de passe doit contenir au moins 8 caractères, dont un chiffre et un caractère spécial.\n",
    "パスワードは8文字以上で、英大文字・小文字・数字をそれぞれ1文字以上含める必要があります。\n",
    'if len(password) < 8:\n    raise ValueError("password must be at least 8 characters")\n',
    L(
        "password_policy:",
        "  min_length: 12",
        "  require_symbols: true",
        "  max_age_days: 90",
        "  history: 5",
    ),
    "Your password has expired. Please choose a new password that you have not used in the last 5 changes.\n",
]
for txt in POLICY:
    add_neg(txt, "docs")

# variable names without values / redacted / masked
add_neg(
    L(
        "database:",
        "  host: localhost",
        "  user: app",
        "  password:",
        "  # set DB password via env",
    ),
    "yaml_config",
)
add_neg(
    L(
        "class Settings(BaseSettings):",
        "    api_key: str | None = None",
        "    token: SecretStr",
        "    password: str = Field(..., min_length=8)",
    ),
    "python_code",
)
add_neg(
    '<form method="post">\n  <input type="text" name="username">\n  <input type="password" name="password" autocomplete="current-password">\n</form>\n',
    "html",
)
add_neg(L("API_KEY=", "API_SECRET=", "ACCESS_TOKEN=", "# fill these in locally"), "dotenv")
add_neg(
    "My key is sk-proj-…Q7xA (I truncated it), it says quota exceeded even though I have credits.\n",
    "user_question",
)
add_neg(
    L(
        "2024-06-02T11:00:01Z INFO  outgoing request",
        "  Authorization: Bearer [REDACTED]",
        "  X-Api-Key: ****************3f9c",
    ),
    "log",
)
add_neg(
    L(
        "Run ./publish.sh",
        "  env:",
        "    NPM_TOKEN: ***",
        "npm notice Publishing to https://registry.npmjs.org/ with tag latest",
    ),
    "ci_log",
)
add_neg('password = "<redacted>"  # redacted before pasting here\ntoken = "xxxx"\n', "python_code")
add_neg(
    L(
        "AWS_ACCESS_KEY_ID=AKIA****************",
        "AWS_SECRET_ACCESS_KEY=****************************************",
    ),
    "dotenv",
)

# misc lookalikes
add_neg(
    "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(r(HEX, 80) for _ in range(5)) + "\n", "config_file"
)
add_neg(
    L(
        "db:",
        "    password: ENC[AES256_GCM,data:%s,iv:%s=,tag:%s==,type:str]"
        % (r(B64, 24), r(B64, 43), r(B64, 22)),
        "sops:",
        "    age:",
        "        - recipient: age1%s" % r("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
        '    lastmodified: "2024-05-30T10:11:12Z"',
    ),
    "yaml_config",
)
add_neg(
    ":root {\n  --brand: #%s;\n  --accent: #%s;\n}\n/* MAC 3c:22:fb:%s:%s:%s */\n"
    % (r(HEX, 6), r(HEX, 6), r(HEX, 2), r(HEX, 2), r(HEX, 2)),
    "code",
)
add_neg(
    "Role ARN arn:aws:iam::%d:role/github-actions-deploy, bucket arn:aws:s3:::acme-artifacts-%d\n"
    % (rng.randint(10**11, 10**12 - 1), rng.randint(1000, 9999)),
    "docs",
)
add_neg(
    "GOOGLE_CLIENT_ID=%d-%s.apps.googleusercontent.com\nGOOGLE_CLIENT_SECRET=\n"
    % (rng.randint(10**11, 10**12 - 1), r(LO + DG, 32)),
    "dotenv",
)
add_neg(
    L(
        "$ vault kv get -field=password secret/data/payments/db",
        "# (run this yourself; the output is the secret, don't paste it here)",
    ),
    "shell_session",
)
add_neg(
    'import getpass\npw = getpass.getpass("Vault password: ")\nclient.auth.userpass.login(username="ops", password=pw)\n',
    "python_code",
)
add_neg(
    L(
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: api-config",
        "data:",
        "  LOG_LEVEL: info",
        "  FEATURE_FLAGS: checkout_v2,search_v3",
        "  BUILD_SHA: %s" % r(HEX, 40),
    ),
    "yaml_config",
)
add_neg(
    '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n'
    % r(B64, 64),
    "html",
)
add_neg(
    L(
        "[global]",
        "index-url = https://pypi.org/simple",
        "extra-index-url = https://nexus.acme.io/repository/pypi-internal/simple",
        "timeout = 60",
    ),
    "pip_conf",
)
add_neg(
    L("//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "@acme:registry=https://npm.pkg.github.com"),
    "npmrc",
)
add_neg(
    L(
        "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@db:5432/app",
        "REDIS_URL=redis://localhost:6379/0",
        "MONGO_URL=mongodb://localhost:27017/dev",
    ),
    "dotenv",
)
add_neg(
    "How often should I rotate AWS access keys, and is it better to use IAM roles instead of long-lived keys?\n",
    "user_question",
)
add_neg(
    "¿Cuál es la mejor forma de guardar las claves de API en un proyecto de Node? ¿Uso .env o un gestor de secretos?\n",
    "user_question",
)
add_neg("我不小心把 GitHub token 提交到了公开仓库，应该怎么做？需要先撤销吗？\n", "user_question")
add_neg(
    "Wie kann ich verhindern, dass Entwickler Passwörter in den Code einchecken? Gibt es einen Pre-Commit-Hook dafür?\n",
    "user_question",
)
add_neg(
    "Generate a 32-byte secret with `openssl rand -hex 32` and store it in your secret manager; don't paste it here.\n",
    "llm_answer",
)
add_neg(
    L(
        "Sure! Here's how to load the key safely:",
        "",
        "```python",
        "import os",
        "",
        'api_key = os.environ.get("OPENAI_API_KEY")',
        "if api_key is None:",
        '    raise SystemExit("Set OPENAI_API_KEY first")',
        "```",
    ),
    "llm_answer",
)
add_neg(
    L('provider "github" {', "  token = var.github_token", '  owner = "acme"', "}"),
    "terraform",
    0.3,
)
add_neg(
    "Wallet address for the refund: 0x%s (public address, not a private key)\n" % r(HEX, 40),
    "user_question",
)
add_neg(
    L(
        "$ kubectl get secret api-secrets -o yaml",
        "apiVersion: v1",
        "data:",
        "  OPENAI_API_KEY: <hidden>",
        "kind: Secret",
    ),
    "shell_session",
)
add_neg(
    L(
        "$ gpg --list-keys",
        "pub   ed25519 2023-09-14 [SC]",
        "      %s" % r(HEXU, 40),
        "uid           [ultimate] Jane Doe <jane@acme.io>",
    ),
    "shell_session",
)

# ---------------------------------------------------------------------------
# assemble
# ---------------------------------------------------------------------------
allrows = [(p, k, True) for p, k in POS] + [(p, k, False) for p, k in NEG]
rng.shuffle(allrows)

out_rows = []
for idx, (parts, kind, positive) in enumerate(allrows, 1):
    text, spans = build(parts)
    for sp in spans:
        assert text[sp["start"] : sp["end"]] == sp.pop("_v")
    assert bool(spans) == positive, (kind, text[:80])
    spans.sort(key=lambda sp: sp["start"])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"]
    out_rows.append({"id": "sa-%03d" % idx, "text": text, "spans": spans, "kind": kind})

with open(OUT, "w", encoding="utf-8") as f:
    for row in out_rows:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    from collections import Counter

    pos = sum(1 for x in out_rows if x["spans"])
    print("rows=%d with_secrets=%d without=%d" % (len(out_rows), pos, len(out_rows) - pos))
    c = Counter(sp["type"] for x in out_rows for sp in x["spans"])
    print("types=%d" % len(c))
    for t, n in sorted(c.items()):
        print("  %-34s %d" % (t, n))
