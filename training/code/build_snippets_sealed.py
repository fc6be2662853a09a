#!/usr/bin/env python3
# ruff: noqa  (a hand-written data file, kept as its author wrote it)
# SEALED: only ever scored (bench/insecure_code.py); never read to tune the code rules.
"""Build the labelled code-snippet corpus B (sealed test set) into snippets.jsonl.

Each entry below is a dict holding the snippet as a string literal. For insecure
entries, `anchor` is a substring of the line that carries the main weakness; the
1-based line number is computed from it (use `occ` when the text repeats).
Safe twins point at their insecure counterpart through `twin` -> `key`.
"""

import ast
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "snippets_sealed.jsonl")
LANGS = [
    "python",
    "javascript",
    "typescript",
    "java",
    "c",
    "cpp",
    "go",
    "php",
    "ruby",
    "csharp",
    "rust",
    "kotlin",
    "bash",
    "sql",
]


def S(language, label, cwe, anchor, code, key=None, twin=None, occ=None):
    return {
        "language": language,
        "label": label,
        "cwe": cwe,
        "anchor": anchor,
        "code": code,
        "key": key,
        "twin": twin,
        "occ": occ,
    }


SNIPPETS = []

# ---------------------------------------------------------------- python
SNIPPETS += [
    S(
        "python",
        "insecure",
        "CWE-78",
        'subprocess.run(f"ping',
        r"""
from flask import Flask, request, jsonify
import subprocess

app = Flask(__name__)

@app.route("/api/ping")
def ping():
    host = request.args.get("host", "")
    result = subprocess.run(f"ping -c 3 {host}", shell=True,
                            capture_output=True, text=True, timeout=15)
    return jsonify({"ok": result.returncode == 0, "output": result.stdout})
""",
        key="py_ping",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
from flask import Flask, request, jsonify, abort
import ipaddress
import subprocess

app = Flask(__name__)

@app.route("/api/ping")
def ping():
    host = request.args.get("host", "")
    try:
        addr = str(ipaddress.ip_address(host))
    except ValueError:
        abort(400, "host must be an IP address")
    result = subprocess.run(["ping", "-c", "3", addr],
                            capture_output=True, text=True, timeout=15)
    return jsonify({"ok": result.returncode == 0, "output": result.stdout})
""",
        twin="py_ping",
    ),
    S(
        "python",
        "insecure",
        "CWE-89",
        "WHERE customer = '%s'",
        r"""
import sqlite3
import sys

def find_orders(db_path, customer):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    cur.execute("SELECT id, total, created_at FROM orders WHERE customer = '%s' ORDER BY created_at DESC" % customer)
    rows = cur.fetchall()
    conn.close()
    return rows

if __name__ == "__main__":
    for row in find_orders("shop.db", sys.argv[1]):
        print(*row, sep="\t")
""",
        key="py_orders",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
import sqlite3
import sys

def find_orders(db_path, customer):
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.execute(
            "SELECT id, total, created_at FROM orders WHERE customer = ? ORDER BY created_at DESC",
            (customer,),
        )
        return cur.fetchall()
    finally:
        conn.close()

if __name__ == "__main__":
    for row in find_orders("shop.db", sys.argv[1]):
        print(*row, sep="\t")
""",
        twin="py_orders",
    ),
    S(
        "python",
        "insecure",
        "CWE-502",
        "pickle.loads(",
        r"""
import base64
import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)

def load_prefs():
    raw = request.cookies.get("prefs")
    if not raw:
        return {"theme": "light", "lang": "en"}
    return pickle.loads(base64.b64decode(raw))

@app.route("/dashboard")
def dashboard():
    return jsonify(load_prefs())
""",
        key="py_prefs",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
import os
from flask import Flask, request, jsonify
from itsdangerous import URLSafeSerializer, BadSignature

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["PREFS_SECRET"], salt="prefs")
DEFAULT_PREFS = {"theme": "light", "lang": "en"}

def load_prefs():
    raw = request.cookies.get("prefs")
    if not raw:
        return dict(DEFAULT_PREFS)
    try:
        return serializer.loads(raw)
    except BadSignature:
        return dict(DEFAULT_PREFS)

@app.route("/dashboard")
def dashboard():
    return jsonify(load_prefs())
""",
        twin="py_prefs",
    ),
    S(
        "python",
        "insecure",
        "CWE-94",
        "render_template_string(",
        r"""
from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    unread = 3
    return render_template_string("<h2>Welcome back, " + name + "!</h2><p>You have {{ n }} new messages.</p>", n=unread)
""",
    ),
    S(
        "python",
        "insecure",
        "CWE-22",
        "path = os.path.join(REPORT_DIR, filename)",
        r"""
import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/srv/app/reports"

@app.route("/reports/download")
def download_report():
    filename = request.args.get("file")
    if not filename:
        abort(400)
    path = os.path.join(REPORT_DIR, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
""",
        key="py_report",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
REPORT_DIR = "/srv/app/reports"

@app.route("/reports/download")
def download_report():
    filename = request.args.get("file")
    if not filename:
        abort(400)
    return send_from_directory(REPORT_DIR, filename, as_attachment=True)
""",
        twin="py_report",
    ),
    S(
        "python",
        "insecure",
        "CWE-328",
        "pw_hash = hashlib.md5(",
        r"""
import hashlib
import sqlite3

def register_user(conn: sqlite3.Connection, username: str, password: str) -> None:
    pw_hash = hashlib.md5(password.encode("utf-8")).hexdigest()
    conn.execute(
        "INSERT INTO users (username, password_hash) VALUES (?, ?)",
        (username, pw_hash),
    )
    conn.commit()

def check_login(conn: sqlite3.Connection, username: str, password: str) -> bool:
    row = conn.execute(
        "SELECT password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()
    return row is not None and row[0] == hashlib.md5(password.encode("utf-8")).hexdigest()
""",
        key="py_pwhash",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
import hashlib
import hmac
import os
import sqlite3

ITERATIONS = 600_000

def register_user(conn: sqlite3.Connection, username: str, password: str) -> None:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    conn.execute(
        "INSERT INTO users (username, salt, password_hash) VALUES (?, ?, ?)",
        (username, salt, digest),
    )
    conn.commit()

def check_login(conn: sqlite3.Connection, username: str, password: str) -> bool:
    row = conn.execute(
        "SELECT salt, password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()
    if row is None:
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), row[0], ITERATIONS)
    return hmac.compare_digest(candidate, row[1])
""",
        twin="py_pwhash",
    ),
    S(
        "python",
        "insecure",
        "CWE-338",
        "random.choice(ALPHABET)",
        r"""
import random
import string
from datetime import datetime, timedelta

ALPHABET = string.ascii_letters + string.digits

def create_reset_token(user_id, store):
    token = "".join(random.choice(ALPHABET) for _ in range(32))
    store[token] = {
        "user_id": user_id,
        "expires": datetime.utcnow() + timedelta(minutes=30),
    }
    return token
""",
        key="py_reset",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
import secrets
from datetime import datetime, timedelta, timezone

def create_reset_token(user_id, store):
    token = secrets.token_urlsafe(32)
    store[token] = {
        "user_id": user_id,
        "expires": datetime.now(timezone.utc) + timedelta(minutes=30),
    }
    return token
""",
        twin="py_reset",
    ),
    S(
        "python",
        "insecure",
        "CWE-295",
        "verify=False",
        r"""
import os
import requests

API_BASE = "https://billing.internal.example.com/api/v2"

def fetch_invoices(customer_id):
    resp = requests.get(
        f"{API_BASE}/customers/{customer_id}/invoices",
        headers={"Authorization": f"Bearer {os.environ['BILLING_TOKEN']}"},
        timeout=10,
        verify=False,
    )
    resp.raise_for_status()
    return resp.json()["items"]
""",
    ),
    S(
        "python",
        "insecure",
        "CWE-918",
        "upstream = requests.get(url, timeout=5)",
        r"""
import requests
from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/preview")
def link_preview():
    url = request.args.get("url", "")
    upstream = requests.get(url, timeout=5)
    return Response(upstream.content[:200000], content_type="text/plain")
""",
        key="py_preview",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
from urllib.parse import urlparse

import requests
from flask import Flask, request, Response, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example-cdn.com", "static.example.org"}

@app.route("/preview")
def link_preview():
    url = request.args.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400, "unsupported url")
    upstream = requests.get(url, timeout=5, allow_redirects=False)
    return Response(upstream.content[:200000], content_type="text/plain")
""",
        twin="py_preview",
    ),
    S(
        "python",
        "insecure",
        "CWE-95",
        "value = eval(expression)",
        r'''
def handle_command(text: str) -> str:
    """Handle '/calc <expression>' messages posted to the team chat bot."""
    if not text.startswith("/calc "):
        return "unknown command"
    expression = text[len("/calc "):].strip()
    try:
        value = eval(expression)
    except Exception as exc:
        return f"error: {exc}"
    return f"{expression} = {value}"
''',
        key="py_calc",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r'''
import ast
import operator

_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub,
    ast.Mult: operator.mul, ast.Div: operator.truediv,
    ast.USub: operator.neg,
}

def _eval(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval(node.left), _eval(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval(node.operand))
    raise ValueError("unsupported expression")

def handle_command(text: str) -> str:
    """Handle '/calc <expression>' messages posted to the team chat bot."""
    if not text.startswith("/calc "):
        return "unknown command"
    expression = text[len("/calc "):].strip()
    try:
        value = _eval(ast.parse(expression, mode="eval").body)
    except (ValueError, SyntaxError, ZeroDivisionError) as exc:
        return f"error: {exc}"
    return f"{expression} = {value}"
''',
        twin="py_calc",
    ),
    S(
        "python",
        "insecure",
        "CWE-611",
        "etree.XMLParser(",
        r"""
from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)

@app.route("/import/catalog", methods=["POST"])
def import_catalog():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.get_data(), parser)
    products = []
    for product in root.iter("product"):
        products.append({
            "sku": product.get("sku"),
            "name": product.findtext("name"),
            "price": float(product.findtext("price", "0")),
        })
    return jsonify({"imported": len(products), "items": products})
""",
    ),
    S(
        "python",
        "insecure",
        "CWE-377",
        "tempfile.mktemp(",
        r"""
import os
import subprocess
import tempfile

def render_pdf(html: str) -> bytes:
    src = tempfile.mktemp(suffix=".html")
    with open(src, "w") as fh:
        fh.write(html)
    out = src.replace(".html", ".pdf")
    subprocess.run(["wkhtmltopdf", "--quiet", src, out], check=True)
    with open(out, "rb") as fh:
        data = fh.read()
    os.remove(src)
    os.remove(out)
    return data
""",
        key="py_pdf",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
import os
import subprocess
import tempfile

def render_pdf(html: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="render-") as workdir:
        src = os.path.join(workdir, "page.html")
        out = os.path.join(workdir, "page.pdf")
        with open(src, "w") as fh:
            fh.write(html)
        subprocess.run(["wkhtmltopdf", "--quiet", src, out], check=True)
        with open(out, "rb") as fh:
            return fh.read()
""",
        twin="py_pdf",
    ),
    S(
        "python",
        "insecure",
        "CWE-732",
        "os.chmod(target, 0o777)",
        r"""
import json
import os
from pathlib import Path

CONFIG_DIR = Path.home() / ".deploytool"

def save_credentials(profile: str, access_key: str, secret_key: str) -> Path:
    CONFIG_DIR.mkdir(parents=True, exist_ok=True)
    target = CONFIG_DIR / f"{profile}.json"
    target.write_text(json.dumps({"access_key": access_key, "secret_key": secret_key}))
    os.chmod(target, 0o777)
    return target
""",
    ),
    S(
        "python",
        "insecure",
        "CWE-798",
        'DB_PASSWORD = "',
        r"""
import psycopg2

DB_HOST = "db.prod.example.internal"
DB_USER = "reporting"
DB_PASSWORD = "Sup3rS3cret-EXAMPLE-ONLY"

def get_connection():
    return psycopg2.connect(
        host=DB_HOST,
        user=DB_USER,
        password=DB_PASSWORD,
        dbname="analytics",
        connect_timeout=5,
    )

def daily_signups(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT date_trunc('day', created_at), count(*) FROM users GROUP BY 1 ORDER BY 1")
        return cur.fetchall()
""",
    ),
    S(
        "python",
        "insecure",
        "CWE-209",
        "traceback.format_exc()",
        r"""
import traceback
from flask import Flask, jsonify, request

from services import order_service

app = Flask(__name__)

@app.route("/api/orders", methods=["POST"])
def create_order():
    try:
        payload = request.get_json(force=True)
        order = order_service.create(payload["customer_id"], payload["items"])
        return jsonify({"id": order.id}), 201
    except Exception:
        return jsonify({"error": "order failed", "detail": traceback.format_exc()}), 500
""",
    ),
    # standalone safe (python)
    S(
        "python",
        "safe",
        None,
        None,
        r"""
import os
import subprocess
import sys

def show_banner():
    os.system("clear" if os.name != "nt" else "cls")
    commit = subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()
    print(f"deploy-helper (build {commit})")
    print("python", sys.version.split()[0])

if __name__ == "__main__":
    show_banner()
""",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r'''
import hashlib
from pathlib import Path

def find_duplicates(root: str) -> dict[str, list[Path]]:
    """Group files under root by content checksum."""
    groups: dict[str, list[Path]] = {}
    for path in Path(root).rglob("*"):
        if not path.is_file():
            continue
        digest = hashlib.md5(usedforsecurity=False)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        groups.setdefault(digest.hexdigest(), []).append(path)
    return {k: v for k, v in groups.items() if len(v) > 1}
''',
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
import sys
import yaml

REQUIRED = ("database_url", "listen_port")

def load_settings(path):
    with open(path, encoding="utf-8") as fh:
        settings = yaml.safe_load(fh) or {}
    missing = [k for k in REQUIRED if k not in settings]
    if missing:
        sys.exit(f"config {path} is missing: {', '.join(missing)}")
    return settings
""",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/import/catalog", methods=["POST"])
def import_catalog():
    root = ET.fromstring(request.get_data())
    products = [
        {"sku": p.get("sku"), "name": p.findtext("name")}
        for p in root.iter("product")
    ]
    return jsonify({"imported": len(products)})
""",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r"""
import html
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

class SearchHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        term = params.get("q", [""])[0]
        body = f"<html><body><p>No results for <b>{html.escape(term)}</b></p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body.encode("utf-8"))

if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), SearchHandler).serve_forever()
""",
    ),
    S(
        "python",
        "safe",
        None,
        None,
        r'''
import ast
import os

def env_list(name, default):
    """Read a list literal from an environment variable, e.g. ALLOWED_PORTS='[80, 443]'."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = ast.literal_eval(raw)
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list literal")
    return value

ALLOWED_PORTS = env_list("ALLOWED_PORTS", [80, 443])
''',
    ),
]

# ---------------------------------------------------------------- javascript
SNIPPETS += [
    S(
        "javascript",
        "insecure",
        "CWE-78",
        "exec(`convert",
        r"""
const express = require('express');
const { exec } = require('child_process');

const app = express();

app.get('/thumbnail', (req, res) => {
  const file = req.query.file;
  exec(`convert uploads/${file} -resize 200x200 thumbs/${file}`, (err, stdout, stderr) => {
    if (err) {
      return res.status(500).json({ error: 'conversion failed' });
    }
    res.json({ thumbnail: `/thumbs/${file}` });
  });
});

app.listen(3000);
""",
        key="js_thumb",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
const express = require('express');
const path = require('path');
const { execFile } = require('child_process');

const app = express();
const SAFE_NAME = /^[\w-]+\.(png|jpe?g|gif)$/i;

app.get('/thumbnail', (req, res) => {
  const file = String(req.query.file || '');
  if (!SAFE_NAME.test(file)) {
    return res.status(400).json({ error: 'invalid file name' });
  }
  const src = path.join('uploads', file);
  const dest = path.join('thumbs', file);
  execFile('convert', [src, '-resize', '200x200', dest], (err) => {
    if (err) {
      return res.status(500).json({ error: 'conversion failed' });
    }
    res.json({ thumbnail: `/thumbs/${file}` });
  });
});

app.listen(3000);
""",
        twin="js_thumb",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-89",
        "WHERE email = '\" + email",
        r"""
const mysql = require('mysql2');
const bcrypt = require('bcrypt');

const pool = mysql.createPool({ host: 'localhost', user: 'app', password: process.env.DB_PASSWORD, database: 'shop' });

async function login(req, res) {
  const { email, password } = req.body;
  const sql = "SELECT id, password_hash FROM users WHERE email = '" + email + "' LIMIT 1";
  const [rows] = await pool.promise().query(sql);
  if (rows.length === 0) {
    return res.status(401).send('invalid credentials');
  }
  const ok = await bcrypt.compare(password, rows[0].password_hash);
  if (!ok) return res.status(401).send('invalid credentials');
  req.session.userId = rows[0].id;
  res.redirect('/account');
}

module.exports = { login };
""",
        key="js_login",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
const mysql = require('mysql2');
const bcrypt = require('bcrypt');

const pool = mysql.createPool({ host: 'localhost', user: 'app', password: process.env.DB_PASSWORD, database: 'shop' });

async function login(req, res) {
  const { email, password } = req.body;
  const [rows] = await pool.promise().execute(
    'SELECT id, password_hash FROM users WHERE email = ? LIMIT 1',
    [String(email)]
  );
  if (rows.length === 0) {
    return res.status(401).send('invalid credentials');
  }
  const ok = await bcrypt.compare(String(password), rows[0].password_hash);
  if (!ok) return res.status(401).send('invalid credentials');
  req.session.regenerate(() => {
    req.session.userId = rows[0].id;
    res.redirect('/account');
  });
}

module.exports = { login };
""",
        twin="js_login",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-79",
        'Results for "${q}"',
        r"""
const express = require('express');
const { searchIndex } = require('./search');

const app = express();

app.get('/search', async (req, res) => {
  const q = req.query.q || '';
  const results = await searchIndex(q);
  let html = `<h1>Results for "${q}"</h1><ul>`;
  for (const r of results) {
    html += `<li><a href="/item/${r.id}">${r.title}</a></li>`;
  }
  html += '</ul>';
  res.send(html);
});

app.listen(8080);
""",
        key="js_search",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
const express = require('express');
const { searchIndex } = require('./search');

const app = express();

function escapeHtml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

app.get('/search', async (req, res) => {
  const q = String(req.query.q || '');
  const results = await searchIndex(q);
  let html = `<h1>Results for "${escapeHtml(q)}"</h1><ul>`;
  for (const r of results) {
    html += `<li><a href="/item/${encodeURIComponent(r.id)}">${escapeHtml(r.title)}</a></li>`;
  }
  html += '</ul>';
  res.send(html);
});

app.listen(8080);
""",
        twin="js_search",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-79",
        "welcome.innerHTML =",
        r"""
document.addEventListener('DOMContentLoaded', () => {
  const params = new URLSearchParams(window.location.search);
  const welcome = document.getElementById('welcome');
  const name = params.get('name');
  if (name) {
    welcome.innerHTML = 'Hi <strong>' + name + '</strong>, thanks for signing up!';
    welcome.hidden = false;
  }
});
""",
        key="js_welcome",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
document.addEventListener('DOMContentLoaded', () => {
  const params = new URLSearchParams(window.location.search);
  const welcome = document.getElementById('welcome');
  const name = params.get('name');
  if (name) {
    const strong = document.createElement('strong');
    strong.textContent = name;
    welcome.replaceChildren('Hi ', strong, ', thanks for signing up!');
    welcome.hidden = false;
  }
});
""",
        twin="js_welcome",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-22",
        "const filePath = path.join(DOCS_ROOT",
        r"""
const express = require('express');
const path = require('path');
const fs = require('fs');

const app = express();
const DOCS_ROOT = path.join(__dirname, 'docs');

app.get('/docs', (req, res) => {
  const page = req.query.page || 'index.md';
  const filePath = path.join(DOCS_ROOT, page);
  fs.readFile(filePath, 'utf8', (err, data) => {
    if (err) return res.status(404).send('Not found');
    res.type('text/markdown').send(data);
  });
});
""",
        key="js_docs",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
const express = require('express');
const path = require('path');
const fs = require('fs');

const app = express();
const DOCS_ROOT = path.join(__dirname, 'docs');

app.get('/docs', (req, res) => {
  const page = String(req.query.page || 'index.md');
  const filePath = path.resolve(DOCS_ROOT, page);
  if (!filePath.startsWith(DOCS_ROOT + path.sep)) {
    return res.status(400).send('Bad path');
  }
  fs.readFile(filePath, 'utf8', (err, data) => {
    if (err) return res.status(404).send('Not found');
    res.type('text/markdown').send(data);
  });
});
""",
        twin="js_docs",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-601",
        "res.redirect(next)",
        r"""
const express = require('express');
const Users = require('../models/users');

const router = express.Router();

router.post('/login', async (req, res) => {
  const user = await Users.authenticate(req.body.username, req.body.password);
  if (!user) {
    return res.render('login', { error: 'Invalid username or password' });
  }
  req.session.userId = user.id;
  const next = req.query.next || '/dashboard';
  res.redirect(next);
});

module.exports = router;
""",
        key="js_next",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
const express = require('express');
const Users = require('../models/users');

const router = express.Router();

function safeNext(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/dashboard';
  }
  return value;
}

router.post('/login', async (req, res) => {
  const user = await Users.authenticate(req.body.username, req.body.password);
  if (!user) {
    return res.render('login', { error: 'Invalid username or password' });
  }
  req.session.userId = user.id;
  res.redirect(safeNext(req.query.next));
});

module.exports = router;
""",
        twin="js_next",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-95",
        "new Function(",
        r"""
const express = require('express');
const app = express();
app.use(express.json());

// Evaluate a pricing formula sent by the quote form, e.g. "base * 0.9 + shipping"
app.post('/api/quote', (req, res) => {
  const { formula, base, shipping } = req.body;
  const fn = new Function('base', 'shipping', 'return ' + formula + ';');
  const price = fn(Number(base), Number(shipping));
  res.json({ price: Math.round(price * 100) / 100 });
});

app.listen(3000);
""",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-502",
        "serialize.unserialize(",
        r"""
const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/profile', (req, res) => {
  if (!req.cookies.profile) {
    return res.redirect('/login');
  }
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  const profile = serialize.unserialize(raw);
  res.render('profile', { username: profile.username, theme: profile.theme });
});
""",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-338",
        "Math.random()",
        r"""
function generateInviteCode(length = 12) {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let code = '';
  for (let i = 0; i < length; i++) {
    code += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return code;
}

async function createInvite(db, teamId) {
  const code = generateInviteCode();
  await db.collection('invites').insertOne({ teamId, code, createdAt: new Date() });
  return code;
}

module.exports = { createInvite };
""",
        key="js_invite",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
const crypto = require('crypto');

function generateInviteCode(length = 12) {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let code = '';
  for (let i = 0; i < length; i++) {
    code += chars[crypto.randomInt(chars.length)];
  }
  return code;
}

async function createInvite(db, teamId) {
  const code = generateInviteCode();
  await db.collection('invites').insertOne({ teamId, code, createdAt: new Date() });
  return code;
}

module.exports = { createInvite };
""",
        twin="js_invite",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-306",
        "router.delete('/admin/users/:id'",
        r"""
const express = require('express');
const { requireLogin } = require('./middleware/auth');
const User = require('./models/user');

const router = express.Router();

router.get('/me', requireLogin, async (req, res) => {
  res.json(await User.findById(req.session.userId));
});

router.delete('/admin/users/:id', async (req, res) => {
  await User.deleteOne({ _id: req.params.id });
  res.status(204).end();
});

module.exports = router;
""",
    ),
    S(
        "javascript",
        "insecure",
        "CWE-295",
        "rejectUnauthorized: false",
        r"""
const https = require('https');

function postMetrics(payload) {
  const body = JSON.stringify(payload);
  const req = https.request({
    hostname: 'metrics.example.internal',
    port: 8443,
    path: '/ingest',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    rejectUnauthorized: false,
  }, (res) => res.resume());
  req.on('error', (e) => console.error('metrics upload failed:', e.message));
  req.end(body);
}

module.exports = { postMetrics };
""",
    ),
    # standalone safe (javascript)
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
const { execSync } = require('child_process');

function buildInfo() {
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const branch = execSync('git rev-parse --abbrev-ref HEAD').toString().trim();
  return { commit, branch, builtAt: new Date().toISOString() };
}

module.exports = buildInfo;
""",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
const crypto = require('crypto');
const fs = require('fs/promises');

async function serveAsset(req, res, filePath) {
  const data = await fs.readFile(filePath);
  const etag = '"' + crypto.createHash('md5').update(data).digest('hex') + '"';
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    return res.end();
  }
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.end(data);
}

module.exports = { serveAsset };
""",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function renderComment(container, comment) {
  const html = marked.parse(comment.body);
  container.innerHTML = DOMPurify.sanitize(html);
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = `${comment.author} - ${new Date(comment.createdAt).toLocaleString()}`;
  container.prepend(meta);
}
""",
    ),
    S(
        "javascript",
        "safe",
        None,
        None,
        r"""
const fs = require('fs');
const https = require('https');

const agent = new https.Agent({
  ca: fs.readFileSync('/etc/ssl/internal-ca.pem'),
  keepAlive: true,
});

function getHealth(host) {
  return new Promise((resolve, reject) => {
    https.get({ host, path: '/healthz', agent, timeout: 3000 }, (res) => {
      resolve(res.statusCode === 200);
      res.resume();
    }).on('error', reject);
  });
}

module.exports = { getHealth };
""",
    ),
]

# ---------------------------------------------------------------- typescript
SNIPPETS += [
    S(
        "typescript",
        "insecure",
        "CWE-1004",
        "res.cookie('sid'",
        r"""
import express, { Request, Response } from 'express';
import { randomUUID } from 'crypto';
import { authenticate } from './auth';
import { sessions } from './sessionStore';

const app = express();
app.use(express.json());

app.post('/login', async (req: Request, res: Response) => {
  const user = await authenticate(req.body.username, req.body.password);
  if (!user) {
    res.status(401).json({ error: 'invalid credentials' });
    return;
  }
  const sid = randomUUID();
  await sessions.set(sid, { userId: user.id });
  res.cookie('sid', sid, { secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
  res.json({ ok: true });
});
""",
        key="ts_cookie",
    ),
    S(
        "typescript",
        "safe",
        None,
        None,
        r"""
import express, { Request, Response } from 'express';
import { randomUUID } from 'crypto';
import { authenticate } from './auth';
import { sessions } from './sessionStore';

const app = express();
app.use(express.json());

app.post('/login', async (req: Request, res: Response) => {
  const user = await authenticate(req.body.username, req.body.password);
  if (!user) {
    res.status(401).json({ error: 'invalid credentials' });
    return;
  }
  const sid = randomUUID();
  await sessions.set(sid, { userId: user.id });
  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
  res.json({ ok: true });
});
""",
        twin="ts_cookie",
    ),
    S(
        "typescript",
        "insecure",
        "CWE-89",
        "ILIKE '%${term}%'",
        r"""
import { DataSource } from 'typeorm';

export interface ProductRow {
  id: number;
  name: string;
  price: string;
}

export async function searchProducts(ds: DataSource, term: string, limit = 20): Promise<ProductRow[]> {
  return ds.query(
    `SELECT id, name, price FROM products WHERE name ILIKE '%${term}%' ORDER BY name LIMIT ${limit}`
  );
}
""",
        key="ts_search",
    ),
    S(
        "typescript",
        "safe",
        None,
        None,
        r"""
import { DataSource } from 'typeorm';

export interface ProductRow {
  id: number;
  name: string;
  price: string;
}

export async function searchProducts(ds: DataSource, term: string, limit = 20): Promise<ProductRow[]> {
  const safeLimit = Math.min(Math.max(Math.trunc(limit), 1), 100);
  return ds.query(
    'SELECT id, name, price FROM products WHERE name ILIKE $1 ORDER BY name LIMIT $2',
    [`%${term}%`, safeLimit]
  );
}
""",
        twin="ts_search",
    ),
    S(
        "typescript",
        "insecure",
        "CWE-918",
        "const upstream = await fetch(target)",
        r"""
import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const target = req.query.url;
  if (typeof target !== 'string') {
    res.status(400).json({ error: 'url is required' });
    return;
  }
  const upstream = await fetch(target);
  const text = await upstream.text();
  const title = text.match(/<title>(.*?)<\/title>/i)?.[1] ?? null;
  res.status(200).json({ status: upstream.status, length: text.length, title });
}
""",
        key="ts_unfurl",
    ),
    S(
        "typescript",
        "safe",
        None,
        None,
        r"""
import type { NextApiRequest, NextApiResponse } from 'next';

const ALLOWED_HOSTS = new Set(['news.example.com', 'blog.example.com']);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  let parsed: URL;
  try {
    parsed = new URL(String(req.query.url));
  } catch {
    res.status(400).json({ error: 'invalid url' });
    return;
  }
  if (parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname)) {
    res.status(400).json({ error: 'host not allowed' });
    return;
  }
  const upstream = await fetch(parsed, { redirect: 'error' });
  const text = await upstream.text();
  const title = text.match(/<title>(.*?)<\/title>/i)?.[1] ?? null;
  res.status(200).json({ status: upstream.status, length: text.length, title });
}
""",
        twin="ts_unfurl",
    ),
    S(
        "typescript",
        "insecure",
        "CWE-79",
        "bypassSecurityTrustHtml(",
        r"""
import { Component, Input, OnChanges } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Component({
  selector: 'app-user-bio',
  template: `<div class="bio" [innerHTML]="bioHtml"></div>`,
})
export class UserBioComponent implements OnChanges {
  @Input() bio = '';
  bioHtml: SafeHtml = '';

  constructor(private sanitizer: DomSanitizer) {}

  ngOnChanges(): void {
    this.bioHtml = this.sanitizer.bypassSecurityTrustHtml(this.bio.replace(/\n/g, '<br>'));
  }
}
""",
    ),
    S(
        "typescript",
        "insecure",
        "CWE-798",
        "const JWT_SECRET = '",
        r"""
import jwt from 'jsonwebtoken';

const JWT_SECRET = 'my-dev-secret-123-NOT-REAL';

export interface Claims {
  sub: string;
  role: 'admin' | 'member';
}

export function issueToken(userId: string, role: Claims['role']): string {
  return jwt.sign({ sub: userId, role }, JWT_SECRET, { expiresIn: '12h' });
}

export function verifyToken(token: string): Claims {
  return jwt.verify(token, JWT_SECRET) as Claims;
}
""",
    ),
    # standalone safe (typescript)
    S(
        "typescript",
        "safe",
        None,
        None,
        r"""
import React from 'react';

interface Comment {
  id: string;
  author: string;
  body: string;
}

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>: {c.body}
        </li>
      ))}
    </ul>
  );
}
""",
    ),
    S(
        "typescript",
        "safe",
        None,
        None,
        r"""
import { createHash } from 'crypto';

const cache = new Map<string, { value: unknown; expires: number }>();

export function cacheKey(route: string, params: Record<string, string>): string {
  const canonical = route + '?' + Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');
  return createHash('sha1').update(canonical).digest('hex');
}

export function getCached<T>(key: string): T | undefined {
  const hit = cache.get(key);
  if (!hit || hit.expires < Date.now()) return undefined;
  return hit.value as T;
}

export function putCached(key: string, value: unknown, ttlMs = 60_000): void {
  cache.set(key, { value, expires: Date.now() + ttlMs });
}
""",
    ),
]

# ---------------------------------------------------------------- java
SNIPPETS += [
    S(
        "java",
        "insecure",
        "CWE-89",
        "WHERE last_name = '\" + lastName",
        r"""
public class AccountDao {
    private final DataSource dataSource;

    public AccountDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> findEmailsByLastName(String lastName) throws SQLException {
        List<String> emails = new ArrayList<>();
        String sql = "SELECT email FROM accounts WHERE last_name = '" + lastName + "'";
        try (Connection conn = dataSource.getConnection();
             Statement stmt = conn.createStatement();
             ResultSet rs = stmt.executeQuery(sql)) {
            while (rs.next()) {
                emails.add(rs.getString("email"));
            }
        }
        return emails;
    }
}
""",
        key="java_dao",
    ),
    S(
        "java",
        "safe",
        None,
        None,
        r"""
public class AccountDao {
    private final DataSource dataSource;

    public AccountDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> findEmailsByLastName(String lastName) throws SQLException {
        List<String> emails = new ArrayList<>();
        String sql = "SELECT email FROM accounts WHERE last_name = ?";
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, lastName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    emails.add(rs.getString("email"));
                }
            }
        }
        return emails;
    }
}
""",
        twin="java_dao",
    ),
    S(
        "java",
        "insecure",
        "CWE-78",
        '"nslookup " + domain',
        r"""
@WebServlet("/tools/nslookup")
public class LookupServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "nslookup " + domain});
        resp.setContentType("text/plain");
        try (InputStream in = p.getInputStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
""",
        key="java_lookup",
    ),
    S(
        "java",
        "safe",
        None,
        None,
        r"""
@WebServlet("/tools/nslookup")
public class LookupServlet extends HttpServlet {
    private static final Pattern DOMAIN =
        Pattern.compile("^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        if (domain == null || domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid domain");
            return;
        }
        Process p = new ProcessBuilder("nslookup", domain).redirectErrorStream(true).start();
        resp.setContentType("text/plain");
        try (InputStream in = p.getInputStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
""",
        twin="java_lookup",
    ),
    S(
        "java",
        "insecure",
        "CWE-611",
        "DocumentBuilderFactory.newInstance()",
        r"""
public List<String> readRecipients(InputStream uploaded) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    DocumentBuilder builder = factory.newDocumentBuilder();
    Document doc = builder.parse(uploaded);
    NodeList nodes = doc.getElementsByTagName("recipient");
    List<String> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
        result.add(nodes.item(i).getTextContent().trim());
    }
    return result;
}
""",
        key="java_xml",
    ),
    S(
        "java",
        "safe",
        None,
        None,
        r"""
public List<String> readRecipients(InputStream uploaded) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    Document doc = builder.parse(uploaded);
    NodeList nodes = doc.getElementsByTagName("recipient");
    List<String> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
        result.add(nodes.item(i).getTextContent().trim());
    }
    return result;
}
""",
        twin="java_xml",
    ),
    S(
        "java",
        "insecure",
        "CWE-502",
        "in.readObject()",
        r"""
@RestController
public class CartController {
    private final CartService cartService;

    public CartController(CartService cartService) {
        this.cartService = cartService;
    }

    @PostMapping("/api/cart/restore")
    public ResponseEntity<Cart> restoreCart(@RequestBody byte[] body) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
            Cart cart = (Cart) in.readObject();
            cartService.save(cart);
            return ResponseEntity.ok(cart);
        }
    }
}
""",
        key="java_cart",
    ),
    S(
        "java",
        "safe",
        None,
        None,
        r"""
@RestController
public class CartController {
    private final CartService cartService;
    private final ObjectMapper objectMapper;

    public CartController(CartService cartService, ObjectMapper objectMapper) {
        this.cartService = cartService;
        this.objectMapper = objectMapper;
    }

    @PostMapping(value = "/api/cart/restore", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Cart> restoreCart(@RequestBody byte[] body) throws IOException {
        Cart cart = objectMapper.readValue(body, Cart.class);
        cartService.save(cart);
        return ResponseEntity.ok(cart);
    }
}
""",
        twin="java_cart",
    ),
    S(
        "java",
        "insecure",
        "CWE-328",
        'MessageDigest.getInstance("MD5")',
        r"""
public final class PasswordUtil {
    private PasswordUtil() {}

    public static String hash(String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String password, String storedHash) {
        return hash(password).equals(storedHash);
    }
}
""",
        key="java_pw",
    ),
    S(
        "java",
        "safe",
        None,
        None,
        r"""
public final class PasswordUtil {
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordUtil() {}

    public static String hash(String password) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] dk = derive(password, salt, ITERATIONS);
        return ITERATIONS + ":" + HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(dk);
    }

    public static boolean matches(String password, String stored) throws GeneralSecurityException {
        String[] parts = stored.split(":");
        byte[] salt = HexFormat.of().parseHex(parts[1]);
        byte[] expected = HexFormat.of().parseHex(parts[2]);
        byte[] actual = derive(password, salt, Integer.parseInt(parts[0]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }
}
""",
        twin="java_pw",
    ),
    S(
        "java",
        "insecure",
        "CWE-327",
        'Cipher.getInstance("DES',
        r"""
public class TokenCipher {
    private final SecretKeySpec key;

    public TokenCipher(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, "DES");
    }

    public String encrypt(String plaintext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] out = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }
}
""",
        key="java_cipher",
    ),
    S(
        "java",
        "safe",
        None,
        None,
        r"""
public class TokenCipher {
    private static final int IV_LEN = 12;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(byte[] keyBytes) {
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("expected a 256-bit key");
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    public String encrypt(String plaintext) throws GeneralSecurityException {
        byte[] iv = new byte[IV_LEN];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] ct = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }
}
""",
        twin="java_cipher",
    ),
    S(
        "java",
        "insecure",
        "CWE-338",
        "new Random()",
        r"""
@Service
public class SessionService {
    private final Random random = new Random();
    private final Map<String, Long> sessions = new ConcurrentHashMap<>();

    public String createSession(long userId) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(sessionId, userId);
        return sessionId;
    }

    public Optional<Long> lookup(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }
}
""",
        key="java_session",
    ),
    S(
        "java",
        "safe",
        None,
        None,
        r"""
@Service
public class SessionService {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Long> sessions = new ConcurrentHashMap<>();

    public String createSession(long userId) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(sessionId, userId);
        return sessionId;
    }

    public Optional<Long> lookup(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }
}
""",
        twin="java_session",
    ),
    S(
        "java",
        "insecure",
        "CWE-295",
        "public void checkServerTrusted",
        r"""
public static HttpClient clientForInternalApi() throws Exception {
    TrustManager[] trustAll = new TrustManager[] {
        new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }
    };
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, trustAll, new SecureRandom());
    return HttpClient.newBuilder()
        .sslContext(ctx)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
}
""",
    ),
    S(
        "java",
        "insecure",
        "CWE-22",
        "new File(STORAGE, name)",
        r"""
@WebServlet("/attachments")
public class AttachmentServlet extends HttpServlet {
    private static final String STORAGE = "/var/app/attachments";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        File file = new File(STORAGE, name);
        if (!file.exists()) {
            resp.sendError(404);
            return;
        }
        resp.setContentType("application/octet-stream");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + file.getName() + "\"");
        Files.copy(file.toPath(), resp.getOutputStream());
    }
}
""",
    ),
    S(
        "java",
        "insecure",
        "CWE-209",
        'body.put("trace"',
        r"""
@RestControllerAdvice
public class ApiErrorHandler {
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, Object>> handle(Exception ex) {
        StringWriter sw = new StringWriter();
        ex.printStackTrace(new PrintWriter(sw));
        Map<String, Object> body = new HashMap<>();
        body.put("error", ex.getClass().getName());
        body.put("message", ex.getMessage());
        body.put("trace", sw.toString());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(body);
    }
}
""",
    ),
    # standalone safe (java)
    S(
        "java",
        "safe",
        None,
        None,
        r"""
public class DiskReport {
    public static void main(String[] args) throws Exception {
        Process p = Runtime.getRuntime().exec(new String[] {"df", "-h", "/"});
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            r.lines().skip(1).forEach(line -> System.out.println("disk: " + line));
        }
        System.exit(p.waitFor());
    }
}
""",
    ),
    S(
        "java",
        "safe",
        None,
        None,
        r"""
@Override
protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String user = req.getParameter("username");
    String pass = req.getParameter("password");
    if (!authService.verify(user, pass)) {
        resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return;
    }
    req.changeSessionId();
    req.getSession().setAttribute("user", user);
    Cookie remember = new Cookie("remember_me", tokenService.issue(user));
    remember.setHttpOnly(true);
    remember.setSecure(true);
    remember.setPath("/");
    remember.setMaxAge(14 * 24 * 3600);
    resp.addCookie(remember);
    resp.sendRedirect(req.getContextPath() + "/home");
}
""",
    ),
    S(
        "java",
        "safe",
        None,
        None,
        r"""
public static String artifactCacheKey(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("MD5");
    try (InputStream in = Files.newInputStream(file)) {
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) != -1) {
            md.update(buf, 0, n);
        }
    }
    return file.getFileName() + "-" + HexFormat.of().formatHex(md.digest());
}
""",
    ),
]

# ---------------------------------------------------------------- c
SNIPPETS += [
    S(
        "c",
        "insecure",
        "CWE-120",
        "strcpy(u.name, argv[1])",
        r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct user {
    char name[32];
    int  uid;
};

int main(int argc, char **argv) {
    struct user u;
    if (argc < 3) {
        fprintf(stderr, "usage: %s NAME UID\n", argv[0]);
        return 1;
    }
    strcpy(u.name, argv[1]);
    u.uid = atoi(argv[2]);
    printf("created user %s (%d)\n", u.name, u.uid);
    return 0;
}
""",
        key="c_user",
    ),
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct user {
    char name[32];
    int  uid;
};

int main(int argc, char **argv) {
    struct user u;
    if (argc < 3) {
        fprintf(stderr, "usage: %s NAME UID\n", argv[0]);
        return 1;
    }
    if (strlen(argv[1]) >= sizeof(u.name)) {
        fprintf(stderr, "name too long (max %zu chars)\n", sizeof(u.name) - 1);
        return 1;
    }
    snprintf(u.name, sizeof(u.name), "%s", argv[1]);
    u.uid = atoi(argv[2]);
    printf("created user %s (%d)\n", u.name, u.uid);
    return 0;
}
""",
        twin="c_user",
    ),
    S(
        "c",
        "insecure",
        "CWE-134",
        "syslog(LOG_WARNING, msg)",
        r"""
#include <stdio.h>
#include <syslog.h>

void log_login_failure(const char *username, const char *remote_ip) {
    char msg[256];
    snprintf(msg, sizeof(msg), "login failed for %s from %s", username, remote_ip);
    syslog(LOG_WARNING, msg);
}
""",
        key="c_syslog",
    ),
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <stdio.h>
#include <syslog.h>

void log_login_failure(const char *username, const char *remote_ip) {
    char msg[256];
    snprintf(msg, sizeof(msg), "login failed for %s from %s", username, remote_ip);
    syslog(LOG_WARNING, "%s", msg);
}
""",
        twin="c_syslog",
    ),
    S(
        "c",
        "insecure",
        "CWE-676",
        "gets(line)",
        r"""
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[128];
    int count = 0;
    printf("Enter hostnames, one per line (empty line to finish):\n");
    while (1) {
        gets(line);
        if (strlen(line) == 0)
            break;
        printf("queued: %s\n", line);
        count++;
    }
    printf("%d hosts queued\n", count);
    return 0;
}
""",
        key="c_gets",
    ),
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[128];
    int count = 0;
    printf("Enter hostnames, one per line (empty line to finish):\n");
    while (fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '\0')
            break;
        printf("queued: %s\n", line);
        count++;
    }
    printf("%d hosts queued\n", count);
    return 0;
}
""",
        twin="c_gets",
    ),
    S(
        "c",
        "insecure",
        "CWE-190",
        "uint32_t bytes = count *",
        r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint32_t id;
    float    x, y, z;
} point_t;

point_t *read_points(const uint8_t *buf, size_t buflen, uint32_t *out_count) {
    uint32_t count;
    if (buflen < 4) return NULL;
    memcpy(&count, buf, 4);
    uint32_t bytes = count * (uint32_t)sizeof(point_t);
    if (buflen - 4 < bytes) return NULL;
    point_t *pts = malloc(bytes);
    if (!pts) return NULL;
    for (uint32_t i = 0; i < count; i++)
        memcpy(&pts[i], buf + 4 + (size_t)i * sizeof(point_t), sizeof(point_t));
    *out_count = count;
    return pts;
}
""",
        key="c_points",
    ),
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint32_t id;
    float    x, y, z;
} point_t;

point_t *read_points(const uint8_t *buf, size_t buflen, uint32_t *out_count) {
    uint32_t count;
    if (buflen < 4) return NULL;
    memcpy(&count, buf, 4);
    if (count == 0 || count > (buflen - 4) / sizeof(point_t)) return NULL;
    size_t bytes = (size_t)count * sizeof(point_t);
    point_t *pts = malloc(bytes);
    if (!pts) return NULL;
    memcpy(pts, buf + 4, bytes);
    *out_count = count;
    return pts;
}
""",
        twin="c_points",
    ),
    S(
        "c",
        "insecure",
        "CWE-416",
        "c = c->next",
        r"""
#include <stdlib.h>
#include <unistd.h>

struct conn {
    int fd;
    struct conn *next;
};

void close_idle(struct conn **head, int (*is_idle)(struct conn *)) {
    struct conn *prev = NULL;
    for (struct conn *c = *head; c != NULL; c = c->next) {
        if (is_idle(c)) {
            if (prev) prev->next = c->next;
            else *head = c->next;
            close(c->fd);
            free(c);
        } else {
            prev = c;
        }
    }
}
""",
        key="c_conn",
    ),
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <stdlib.h>
#include <unistd.h>

struct conn {
    int fd;
    struct conn *next;
};

void close_idle(struct conn **head, int (*is_idle)(struct conn *)) {
    struct conn *prev = NULL;
    struct conn *c = *head;
    while (c != NULL) {
        struct conn *next = c->next;
        if (is_idle(c)) {
            if (prev) prev->next = next;
            else *head = next;
            close(c->fd);
            free(c);
        } else {
            prev = c;
        }
        c = next;
    }
}
""",
        twin="c_conn",
    ),
    S(
        "c",
        "insecure",
        "CWE-415",
        "free(buf);",
        r"""
#include <stdio.h>
#include <stdlib.h>

int load_config(const char *path, char **out) {
    FILE *fp = fopen(path, "r");
    if (!fp) return -1;
    char *buf = malloc(4096);
    if (!buf) { fclose(fp); return -1; }
    size_t n = fread(buf, 1, 4095, fp);
    fclose(fp);
    if (n == 0) {
        free(buf);
        goto fail;
    }
    buf[n] = '\0';
    *out = buf;
    return 0;
fail:
    free(buf);
    return -1;
}
""",
        key="c_config",
        occ=2,
    ),
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <stdio.h>
#include <stdlib.h>

int load_config(const char *path, char **out) {
    FILE *fp = fopen(path, "r");
    if (!fp) return -1;
    char *buf = malloc(4096);
    if (!buf) { fclose(fp); return -1; }
    size_t n = fread(buf, 1, 4095, fp);
    fclose(fp);
    if (n == 0)
        goto fail;
    buf[n] = '\0';
    *out = buf;
    return 0;
fail:
    free(buf);
    return -1;
}
""",
        twin="c_config",
    ),
    S(
        "c",
        "insecure",
        "CWE-78",
        "system(cmd)",
        r"""
#include <stdio.h>
#include <stdlib.h>

int extract_upload(const char *upload_name) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "tar -xzf /var/spool/uploads/%s -C /var/lib/app/import", upload_name);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void) {
    const char *name = getenv("HTTP_X_UPLOAD_NAME");
    int ok = name != NULL && extract_upload(name) == 0;
    printf("Content-Type: text/plain\r\n\r\n%s\n", ok ? "ok" : "failed");
    return 0;
}
""",
        key="c_extract",
    ),
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int extract_upload(const char *upload_name) {
    char path[512];
    if (strchr(upload_name, '/') || upload_name[0] == '.' || upload_name[0] == '-')
        return -1;
    snprintf(path, sizeof path, "/var/spool/uploads/%s", upload_name);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        execl("/bin/tar", "tar", "-xzf", path, "-C", "/var/lib/app/import", (char *)NULL);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0) return -1;
    return (WIFEXITED(status) && WEXITSTATUS(status) == 0) ? 0 : -1;
}

int main(void) {
    const char *name = getenv("HTTP_X_UPLOAD_NAME");
    int ok = name != NULL && extract_upload(name) == 0;
    printf("Content-Type: text/plain\r\n\r\n%s\n", ok ? "ok" : "failed");
    return 0;
}
""",
        twin="c_extract",
    ),
    S(
        "c",
        "insecure",
        "CWE-787",
        "fields[n++] = p + 1;",
        r"""
#include <stddef.h>

#define MAX_FIELDS 16

int split_csv_line(char *line, char *fields[MAX_FIELDS]) {
    int n = 0;
    fields[n++] = line;
    for (char *p = line; *p; p++) {
        if (*p == ',') {
            *p = '\0';
            fields[n++] = p + 1;
        }
    }
    return n;
}
""",
    ),
    S(
        "c",
        "insecure",
        "CWE-377",
        "tmpnam(name)",
        r"""
#include <stdio.h>
#include <stdlib.h>

int save_session_dump(const char *data, size_t len) {
    char name[L_tmpnam];
    if (tmpnam(name) == NULL)
        return -1;
    FILE *fp = fopen(name, "wb");
    if (!fp)
        return -1;
    fwrite(data, 1, len, fp);
    fclose(fp);
    printf("session dumped to %s\n", name);
    return 0;
}
""",
    ),
    S(
        "c",
        "insecure",
        "CWE-120",
        "memcpy(msg->payload, pkt + 4, msg->length)",
        r"""
#include <stdint.h>
#include <string.h>

#define MAX_PAYLOAD 1024

struct message {
    uint16_t type;
    uint16_t length;
    uint8_t  payload[MAX_PAYLOAD];
};

int parse_message(const uint8_t *pkt, size_t pkt_len, struct message *msg) {
    if (pkt_len < 4)
        return -1;
    msg->type = (uint16_t)(pkt[0] << 8 | pkt[1]);
    msg->length = (uint16_t)(pkt[2] << 8 | pkt[3]);
    memcpy(msg->payload, pkt + 4, msg->length);
    return 0;
}
""",
    ),
    # standalone safe (c)
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <stdio.h>
#include <stdlib.h>

static void pause_and_clear(void) {
    printf("Press Enter to continue...");
    fflush(stdout);
    getchar();
    system("clear");
}

int main(void) {
    puts("== Inventory Menu ==");
    puts("1) List items\n2) Add item\n3) Quit");
    pause_and_clear();
    return 0;
}
""",
    ),
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <stdlib.h>
#include <string.h>

#define HOST_MAX 64

struct endpoint {
    char host[HOST_MAX];
    unsigned short port;
};

int parse_endpoint(const char *spec, struct endpoint *ep) {
    const char *colon = strrchr(spec, ':');
    if (!colon) return -1;
    size_t hlen = (size_t)(colon - spec);
    if (hlen == 0 || hlen >= sizeof ep->host) return -1;
    memcpy(ep->host, spec, hlen);
    ep->host[hlen] = '\0';
    long port = strtol(colon + 1, NULL, 10);
    if (port <= 0 || port > 65535) return -1;
    ep->port = (unsigned short)port;
    return 0;
}
""",
    ),
    S(
        "c",
        "safe",
        None,
        None,
        r"""
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int write_token_file(const char *path, const char *token) {
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
    if (fd < 0) {
        perror("open");
        return -1;
    }
    size_t len = strlen(token);
    ssize_t w = write(fd, token, len);
    close(fd);
    return (w == (ssize_t)len) ? 0 : -1;
}
""",
    ),
]

# ---------------------------------------------------------------- go
SNIPPETS += [
    S(
        "go",
        "insecure",
        "CWE-89",
        'fmt.Sprintf("SELECT',
        r"""
type Store struct {
	db *sql.DB
}

func (s *Store) UserByEmail(ctx context.Context, email string) (*User, error) {
	q := fmt.Sprintf("SELECT id, name, role FROM users WHERE email = '%s'", email)
	row := s.db.QueryRowContext(ctx, q)
	var u User
	if err := row.Scan(&u.ID, &u.Name, &u.Role); err != nil {
		return nil, err
	}
	return &u, nil
}
""",
        key="go_user",
    ),
    S(
        "go",
        "safe",
        None,
        None,
        r"""
type Store struct {
	db *sql.DB
}

func (s *Store) UserByEmail(ctx context.Context, email string) (*User, error) {
	row := s.db.QueryRowContext(ctx, "SELECT id, name, role FROM users WHERE email = $1", email)
	var u User
	if err := row.Scan(&u.ID, &u.Name, &u.Role); err != nil {
		return nil, err
	}
	return &u, nil
}
""",
        twin="go_user",
    ),
    S(
        "go",
        "insecure",
        "CWE-78",
        'exec.Command("sh", "-c"',
        r"""
func backupHandler(w http.ResponseWriter, r *http.Request) {
	dir := r.URL.Query().Get("dir")
	archive := "/backups/" + time.Now().Format("20060102-150405") + ".tar.gz"
	cmd := exec.Command("sh", "-c", "tar czf "+archive+" /srv/data/"+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		http.Error(w, string(out), http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, "created %s\n", archive)
}
""",
        key="go_backup",
    ),
    S(
        "go",
        "safe",
        None,
        None,
        r"""
var dirName = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]*$`)

func backupHandler(w http.ResponseWriter, r *http.Request) {
	dir := r.URL.Query().Get("dir")
	if !dirName.MatchString(dir) {
		http.Error(w, "invalid directory", http.StatusBadRequest)
		return
	}
	archive := "/backups/" + time.Now().Format("20060102-150405") + ".tar.gz"
	cmd := exec.Command("tar", "czf", archive, "-C", "/srv/data", "--", dir)
	if err := cmd.Run(); err != nil {
		log.Printf("backup of %q failed: %v", dir, err)
		http.Error(w, "backup failed", http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, "created %s\n", archive)
}
""",
        twin="go_backup",
    ),
    S(
        "go",
        "insecure",
        "CWE-22",
        'filepath.Join("/var/lib/exports", name)',
        r"""
func serveExport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	path := filepath.Join("/var/lib/exports", name)
	f, err := os.Open(path)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "text/csv")
	io.Copy(w, f)
}
""",
        key="go_export",
    ),
    S(
        "go",
        "safe",
        None,
        None,
        r"""
func serveExport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !filepath.IsLocal(name) {
		http.Error(w, "invalid name", http.StatusBadRequest)
		return
	}
	f, err := os.Open(filepath.Join("/var/lib/exports", name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "text/csv")
	io.Copy(w, f)
}
""",
        twin="go_export",
    ),
    S(
        "go",
        "insecure",
        "CWE-295",
        "InsecureSkipVerify: true",
        r"""
func newInventoryClient() *http.Client {
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
}

func fetchStock(c *http.Client, sku string) (*http.Response, error) {
	return c.Get("https://inventory.internal.example.com/v1/stock/" + url.PathEscape(sku))
}
""",
        key="go_tls",
    ),
    S(
        "go",
        "safe",
        None,
        None,
        r"""
func newInventoryClient(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("no certificates found in " + caFile)
	}
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
		},
	}, nil
}

func fetchStock(c *http.Client, sku string) (*http.Response, error) {
	return c.Get("https://inventory.internal.example.com/v1/stock/" + url.PathEscape(sku))
}
""",
        twin="go_tls",
    ),
    S(
        "go",
        "insecure",
        "CWE-338",
        "rand.Read(b)",
        r"""
package apikeys

import (
	"encoding/hex"
	"math/rand"
	"time"
)

func init() {
	rand.Seed(time.Now().UnixNano())
}

func NewAPIKey() string {
	b := make([]byte, 32)
	rand.Read(b)
	return "ak_" + hex.EncodeToString(b)
}
""",
        key="go_apikey",
    ),
    S(
        "go",
        "safe",
        None,
        None,
        r"""
package apikeys

import (
	"crypto/rand"
	"encoding/hex"
)

func NewAPIKey() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return "ak_" + hex.EncodeToString(b), nil
}
""",
        twin="go_apikey",
    ),
    S(
        "go",
        "insecure",
        "CWE-79",
        "page.Execute(w, data)",
        r"""
package main

import (
	"net/http"
	"text/template"
)

var page = template.Must(template.New("profile").Parse(`<html><body>
<h1>{{.Name}}</h1>
<p>{{.Bio}}</p>
</body></html>`))

func profileHandler(w http.ResponseWriter, r *http.Request) {
	data := struct{ Name, Bio string }{
		Name: r.FormValue("name"),
		Bio:  r.FormValue("bio"),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page.Execute(w, data)
}
""",
        key="go_tmpl",
    ),
    S(
        "go",
        "safe",
        None,
        None,
        r"""
package main

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("profile").Parse(`<html><body>
<h1>{{.Name}}</h1>
<p>{{.Bio}}</p>
</body></html>`))

func profileHandler(w http.ResponseWriter, r *http.Request) {
	data := struct{ Name, Bio string }{
		Name: r.FormValue("name"),
		Bio:  r.FormValue("bio"),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page.Execute(w, data)
}
""",
        twin="go_tmpl",
    ),
    S(
        "go",
        "insecure",
        "CWE-601",
        'r.URL.Query().Get("return_to")',
        r"""
func loginHandler(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	user, err := auth.Check(r.PostForm.Get("username"), r.PostForm.Get("password"))
	if err != nil {
		http.Redirect(w, r, "/login?failed=1", http.StatusSeeOther)
		return
	}
	sessions.Start(w, user.ID)
	http.Redirect(w, r, r.URL.Query().Get("return_to"), http.StatusSeeOther)
}
""",
    ),
    S(
        "go",
        "insecure",
        "CWE-732",
        "data, 0666)",
        r"""
func saveToken(tok *oauth2.Token) error {
	dir := filepath.Join(os.Getenv("HOME"), ".config", "gdrive-sync")
	if err := os.MkdirAll(dir, 0777); err != nil {
		return err
	}
	data, err := json.Marshal(tok)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "token.json"), data, 0666)
}
""",
    ),
    S(
        "go",
        "insecure",
        "CWE-918",
        "http.Post(req.URL",
        r"""
func webhookTestHandler(w http.ResponseWriter, r *http.Request) {
	var req struct {
		URL string `json:"url"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid json", http.StatusBadRequest)
		return
	}
	resp, err := http.Post(req.URL, "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	w.Write(body)
}
""",
    ),
    # standalone safe (go)
    S(
        "go",
        "safe",
        None,
        None,
        r"""
func gitRevision() string {
	out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}
""",
    ),
    S(
        "go",
        "safe",
        None,
        None,
        r"""
package thumbs

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"sync"
)

type Cache struct {
	mu    sync.Mutex
	items map[string][]byte
}

func cacheKey(path string, width, height int) string {
	sum := md5.Sum([]byte(fmt.Sprintf("%s|%dx%d", path, width, height)))
	return hex.EncodeToString(sum[:])
}

func (c *Cache) Get(path string, w, h int) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.items[cacheKey(path, w, h)]
	return b, ok
}
""",
    ),
    S(
        "go",
        "safe",
        None,
        None,
        r"""
func setSessionCookie(w http.ResponseWriter, sessionID string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    sessionID,
		Path:     "/",
		MaxAge:   3600 * 8,
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
}
""",
    ),
]

# ---------------------------------------------------------------- php
SNIPPETS += [
    S(
        "php",
        "insecure",
        "CWE-89",
        'WHERE id = " . $id',
        r"""
<?php
$conn = mysqli_connect('localhost', 'shop', getenv('DB_PASS'), 'shop');

$id = $_GET['id'];
$result = mysqli_query($conn, "SELECT name, price, description FROM products WHERE id = " . $id);
$product = mysqli_fetch_assoc($result);

if (!$product) {
    http_response_code(404);
    exit('Product not found');
}
header('Content-Type: application/json');
echo json_encode($product);
""",
        key="php_product",
    ),
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
$conn = mysqli_connect('localhost', 'shop', getenv('DB_PASS'), 'shop');

$id = filter_input(INPUT_GET, 'id', FILTER_VALIDATE_INT);
if ($id === false || $id === null) {
    http_response_code(400);
    exit('Invalid id');
}
$stmt = mysqli_prepare($conn, 'SELECT name, price, description FROM products WHERE id = ?');
mysqli_stmt_bind_param($stmt, 'i', $id);
mysqli_stmt_execute($stmt);
$product = mysqli_fetch_assoc(mysqli_stmt_get_result($stmt));

if (!$product) {
    http_response_code(404);
    exit('Product not found');
}
header('Content-Type: application/json');
echo json_encode($product);
""",
        twin="php_product",
    ),
    S(
        "php",
        "insecure",
        "CWE-79",
        "Welcome back, <?= $name ?>",
        r"""
<?php
session_start();
$name = $_GET['name'] ?? 'friend';
$items = isset($_SESSION['cart']) ? count($_SESSION['cart']) : 0;
?>
<!DOCTYPE html>
<html>
<body>
  <h1>Welcome back, <?= $name ?>!</h1>
  <p>You have <?= $items ?> items in your cart.</p>
</body>
</html>
""",
        key="php_welcome",
    ),
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
session_start();
$name = $_GET['name'] ?? 'friend';
$items = isset($_SESSION['cart']) ? count($_SESSION['cart']) : 0;
?>
<!DOCTYPE html>
<html>
<body>
  <h1>Welcome back, <?= htmlspecialchars($name, ENT_QUOTES, 'UTF-8') ?>!</h1>
  <p>You have <?= (int) $items ?> items in your cart.</p>
</body>
</html>
""",
        twin="php_welcome",
    ),
    S(
        "php",
        "insecure",
        "CWE-98",
        "include __DIR__ . '/pages/' . $page",
        r"""
<?php
require __DIR__ . '/includes/header.php';

$page = $_GET['page'] ?? 'home';
include __DIR__ . '/pages/' . $page . '.php';

require __DIR__ . '/includes/footer.php';
""",
        key="php_page",
    ),
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
require __DIR__ . '/includes/header.php';

$allowed = ['home', 'about', 'pricing', 'contact'];
$page = $_GET['page'] ?? 'home';
if (!in_array($page, $allowed, true)) {
    $page = 'home';
}
include __DIR__ . '/pages/' . $page . '.php';

require __DIR__ . '/includes/footer.php';
""",
        twin="php_page",
    ),
    S(
        "php",
        "insecure",
        "CWE-502",
        "unserialize(base64_decode($_COOKIE['cart']))",
        r"""
<?php
function load_cart(): array
{
    if (empty($_COOKIE['cart'])) {
        return [];
    }
    $cart = unserialize(base64_decode($_COOKIE['cart']));
    return is_array($cart) ? $cart : [];
}

function save_cart(array $cart): void
{
    setcookie('cart', base64_encode(serialize($cart)), time() + 86400 * 30, '/');
}
""",
        key="php_cart",
    ),
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
function load_cart(): array
{
    if (empty($_COOKIE['cart'])) {
        return [];
    }
    $cart = json_decode($_COOKIE['cart'], true, 4);
    if (!is_array($cart)) {
        return [];
    }
    return array_filter($cart, fn($qty, $sku) => is_int($qty) && is_string($sku), ARRAY_FILTER_USE_BOTH);
}

function save_cart(array $cart): void
{
    setcookie('cart', json_encode($cart), time() + 86400 * 30, '/');
}
""",
        twin="php_cart",
    ),
    S(
        "php",
        "insecure",
        "CWE-78",
        'shell_exec("ping -c 4 " . $host)',
        r"""
<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $host = $_POST['host'];
    $output = shell_exec("ping -c 4 " . $host);
    echo "<pre>" . htmlspecialchars($output ?? '') . "</pre>";
}
?>
<form method="post">
  <input name="host" placeholder="example.com">
  <button>Ping</button>
</form>
""",
        key="php_ping",
    ),
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $host = trim($_POST['host'] ?? '');
    $valid = filter_var($host, FILTER_VALIDATE_IP) !== false
        || filter_var($host, FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME) !== false;
    if (!$valid || $host[0] === '-') {
        echo '<p>Invalid host</p>';
    } else {
        $output = shell_exec('ping -c 4 ' . escapeshellarg($host));
        echo '<pre>' . htmlspecialchars($output ?? '') . '</pre>';
    }
}
?>
<form method="post">
  <input name="host" placeholder="example.com">
  <button>Ping</button>
</form>
""",
        twin="php_ping",
    ),
    S(
        "php",
        "insecure",
        "CWE-328",
        "$stmt->execute([$email, md5($password)]);",
        r"""
<?php
function register_user(PDO $db, string $email, string $password): int
{
    $stmt = $db->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
    $stmt->execute([$email, md5($password)]);
    return (int) $db->lastInsertId();
}

function verify_user(PDO $db, string $email, string $password): bool
{
    $stmt = $db->prepare('SELECT password FROM users WHERE email = ?');
    $stmt->execute([$email]);
    $hash = $stmt->fetchColumn();
    return $hash !== false && $hash === md5($password);
}
""",
        key="php_pw",
    ),
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
function register_user(PDO $db, string $email, string $password): int
{
    $stmt = $db->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
    $stmt->execute([$email, password_hash($password, PASSWORD_DEFAULT)]);
    return (int) $db->lastInsertId();
}

function verify_user(PDO $db, string $email, string $password): bool
{
    $stmt = $db->prepare('SELECT password FROM users WHERE email = ?');
    $stmt->execute([$email]);
    $hash = $stmt->fetchColumn();
    return $hash !== false && password_verify($password, $hash);
}
""",
        twin="php_pw",
    ),
    S(
        "php",
        "insecure",
        "CWE-918",
        "$xml = file_get_contents($url);",
        r"""
<?php
$url = $_GET['feed'] ?? '';
if ($url === '') {
    http_response_code(400);
    exit('missing feed');
}
$xml = file_get_contents($url);
$feed = simplexml_load_string($xml);
header('Content-Type: application/json');
$titles = [];
foreach ($feed->channel->item as $item) {
    $titles[] = (string) $item->title;
}
echo json_encode($titles);
""",
    ),
    S(
        "php",
        "insecure",
        "CWE-601",
        "header('Location: ' . $target);",
        r"""
<?php
session_start();
require __DIR__ . '/lib/auth.php';

if (!empty($_POST['username']) && check_credentials($_POST['username'], $_POST['password'] ?? '')) {
    session_regenerate_id(true);
    $_SESSION['user'] = $_POST['username'];
    $target = $_GET['redirect'] ?? '/account.php';
    header('Location: ' . $target);
    exit;
}
include __DIR__ . '/templates/login_form.php';
""",
    ),
    S(
        "php",
        "insecure",
        "CWE-352",
        "if ($_SERVER['REQUEST_METHOD'] === 'POST')",
        r"""
<?php
session_start();
require 'db.php';

if (!isset($_SESSION['user_id'])) {
    header('Location: /login.php');
    exit;
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $pdo->prepare('UPDATE users SET email = ? WHERE id = ?');
    $stmt->execute([$_POST['email'], $_SESSION['user_id']]);
    header('Location: /settings.php?saved=1');
    exit;
}
""",
    ),
    S(
        "php",
        "insecure",
        "CWE-614",
        "setcookie('remember_me'",
        r"""
<?php
function start_remember_me(int $userId, PDO $db): void
{
    $token = bin2hex(random_bytes(32));
    $stmt = $db->prepare('INSERT INTO remember_tokens (user_id, token_hash, expires_at) VALUES (?, ?, ?)');
    $stmt->execute([$userId, hash('sha256', $token), date('Y-m-d H:i:s', time() + 2592000)]);
    setcookie('remember_me', $token, time() + 2592000, '/', '', false, true);
}
""",
        key="php_remember",
    ),
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
function start_remember_me(int $userId, PDO $db): void
{
    $token = bin2hex(random_bytes(32));
    $stmt = $db->prepare('INSERT INTO remember_tokens (user_id, token_hash, expires_at) VALUES (?, ?, ?)');
    $stmt->execute([$userId, hash('sha256', $token), date('Y-m-d H:i:s', time() + 2592000)]);
    setcookie('remember_me', $token, [
        'expires' => time() + 2592000,
        'path' => '/',
        'secure' => true,
        'httponly' => true,
        'samesite' => 'Lax',
    ]);
}
""",
        twin="php_remember",
    ),
    # standalone safe (php)
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
/** @var array<int, array{title: string, author: string}> $posts */
function e(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}
?>
<ul class="posts">
<?php foreach ($posts as $post): ?>
  <li><?= e($post['title']) ?> <small>by <?= e($post['author']) ?></small></li>
<?php endforeach; ?>
</ul>
""",
    ),
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
$uptime = trim(shell_exec('uptime -p') ?? '');
$load = sys_getloadavg();
$disk = disk_free_space('/');
header('Content-Type: application/json');
echo json_encode([
    'uptime' => $uptime,
    'load' => $load,
    'disk_free_gb' => round($disk / 1e9, 1),
]);
""",
    ),
    S(
        "php",
        "safe",
        None,
        None,
        r"""
<?php
function search_customers(PDO $db, string $term, int $limit = 25): array
{
    $stmt = $db->prepare('SELECT id, name, city FROM customers WHERE name LIKE :term ORDER BY name LIMIT :lim');
    $stmt->bindValue(':term', '%' . $term . '%', PDO::PARAM_STR);
    $stmt->bindValue(':lim', max(1, min($limit, 100)), PDO::PARAM_INT);
    $stmt->execute();
    return $stmt->fetchAll(PDO::FETCH_ASSOC);
}
""",
    ),
]

# ---------------------------------------------------------------- cpp
SNIPPETS += [
    S(
        "cpp",
        "insecure",
        "CWE-120",
        "std::strcpy(label_, label.c_str())",
        r"""
#include <cstring>
#include <iostream>
#include <string>

class Packet {
public:
    void setLabel(const std::string& label) {
        std::strcpy(label_, label.c_str());
    }
    const char* label() const { return label_; }
private:
    char label_[16];
};

int main() {
    std::string input;
    std::getline(std::cin, input);
    Packet p;
    p.setLabel(input);
    std::cout << "label: " << p.label() << '\n';
}
""",
        key="cpp_label",
    ),
    S(
        "cpp",
        "safe",
        None,
        None,
        r"""
#include <iostream>
#include <string>

class Packet {
public:
    static constexpr std::size_t kMaxLabel = 15;
    void setLabel(const std::string& label) {
        label_ = label.substr(0, kMaxLabel);
    }
    const std::string& label() const { return label_; }
private:
    std::string label_;
};

int main() {
    std::string input;
    std::getline(std::cin, input);
    Packet p;
    p.setLabel(input);
    std::cout << "label: " << p.label() << '\n';
}
""",
        twin="cpp_label",
    ),
    S(
        "cpp",
        "insecure",
        "CWE-416",
        "tasks.push_back(",
        r"""
#include <string>
#include <vector>

struct Task {
    std::string name;
    int priority;
};

void addFollowUps(std::vector<Task>& tasks) {
    for (Task& t : tasks) {
        if (t.priority > 5) {
            tasks.push_back({t.name + " (follow-up)", t.priority - 1});
        }
    }
}
""",
        key="cpp_tasks",
    ),
    S(
        "cpp",
        "safe",
        None,
        None,
        r"""
#include <string>
#include <vector>

struct Task {
    std::string name;
    int priority;
};

void addFollowUps(std::vector<Task>& tasks) {
    std::vector<Task> extra;
    for (const Task& t : tasks) {
        if (t.priority > 5) {
            extra.push_back({t.name + " (follow-up)", t.priority - 1});
        }
    }
    tasks.insert(tasks.end(), extra.begin(), extra.end());
}
""",
        twin="cpp_tasks",
    ),
    S(
        "cpp",
        "insecure",
        "CWE-415",
        "delete raw;",
        r"""
#include <memory>

void gpuUpload(const unsigned char* pixels, int w, int h);

class Texture {
public:
    Texture(int w, int h) : w_(w), h_(h), pixels_(new unsigned char[w * h * 4]()) {}
    ~Texture() { delete[] pixels_; }
    unsigned char* data() { return pixels_; }
    int width() const { return w_; }
    int height() const { return h_; }
private:
    int w_, h_;
    unsigned char* pixels_;
};

void uploadAndRelease(std::unique_ptr<Texture> tex) {
    gpuUpload(tex->data(), tex->width(), tex->height());
    Texture* raw = tex.get();
    delete raw;
}
""",
    ),
    S(
        "cpp",
        "insecure",
        "CWE-78",
        "std::system(cmd.c_str())",
        r"""
#include <cstdio>
#include <cstdlib>
#include <string>

bool convertVideo(const std::string& inputName, const std::string& format) {
    std::string cmd = "ffmpeg -y -i uploads/" + inputName + " output/" + inputName + "." + format;
    int rc = std::system(cmd.c_str());
    if (rc != 0) {
        std::fprintf(stderr, "ffmpeg failed with %d\n", rc);
        return false;
    }
    return true;
}
""",
    ),
    S(
        "cpp",
        "insecure",
        "CWE-190",
        "uint32_t total = img.width",
        r"""
#include <cstdint>
#include <istream>
#include <memory>

struct Image {
    uint32_t width = 0, height = 0;
    std::unique_ptr<uint8_t[]> pixels;
};

Image decodeRaw(std::istream& in) {
    Image img;
    in.read(reinterpret_cast<char*>(&img.width), 4);
    in.read(reinterpret_cast<char*>(&img.height), 4);
    uint32_t total = img.width * img.height * 4;
    img.pixels.reset(new uint8_t[total]);
    for (uint32_t row = 0; row < img.height; ++row) {
        in.read(reinterpret_cast<char*>(img.pixels.get() + static_cast<size_t>(row) * img.width * 4), img.width * 4);
    }
    return img;
}
""",
        key="cpp_image",
    ),
    S(
        "cpp",
        "safe",
        None,
        None,
        r"""
#include <cstdint>
#include <istream>
#include <memory>
#include <stdexcept>

struct Image {
    uint32_t width = 0, height = 0;
    std::unique_ptr<uint8_t[]> pixels;
};

Image decodeRaw(std::istream& in) {
    constexpr uint32_t kMaxDim = 16384;
    Image img;
    in.read(reinterpret_cast<char*>(&img.width), 4);
    in.read(reinterpret_cast<char*>(&img.height), 4);
    if (!in || img.width == 0 || img.height == 0 || img.width > kMaxDim || img.height > kMaxDim) {
        throw std::runtime_error("invalid image dimensions");
    }
    const std::size_t rowBytes = static_cast<std::size_t>(img.width) * 4;
    img.pixels.reset(new uint8_t[rowBytes * img.height]);
    for (uint32_t row = 0; row < img.height; ++row) {
        in.read(reinterpret_cast<char*>(img.pixels.get() + row * rowBytes), rowBytes);
    }
    return img;
}
""",
        twin="cpp_image",
    ),
    # standalone safe (cpp)
    S(
        "cpp",
        "safe",
        None,
        None,
        r"""
#include <cstdio>
#include <string>

std::string formatDuration(long seconds) {
    char buf[32];
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    std::snprintf(buf, sizeof(buf), "%02ld:%02ld:%02ld", h, m, s);
    return std::string(buf);
}
""",
    ),
    S(
        "cpp",
        "safe",
        None,
        None,
        r"""
#include <cstdlib>
#include <iostream>

int main() {
    std::cout << "Regenerating protobuf sources...\n";
    int rc = std::system("protoc --cpp_out=gen proto/messages.proto");
    if (rc != 0) {
        std::cerr << "protoc failed\n";
        return 1;
    }
    return 0;
}
""",
    ),
]

# ---------------------------------------------------------------- ruby
SNIPPETS += [
    S(
        "ruby",
        "insecure",
        "CWE-89",
        "Product.where(\"category = '#{params[:category]}'",
        r"""
class ProductsController < ApplicationController
  def index
    @products = Product.where("category = '#{params[:category]}' AND active = true")
                       .order(:name)
                       .limit(50)
    render json: @products
  end
end
""",
        key="rb_products",
    ),
    S(
        "ruby",
        "safe",
        None,
        None,
        r"""
class ProductsController < ApplicationController
  def index
    @products = Product.where(category: params[:category], active: true)
                       .order(:name)
                       .limit(50)
    render json: @products
  end
end
""",
        twin="rb_products",
    ),
    S(
        "ruby",
        "insecure",
        "CWE-78",
        'system("convert public/uploads/#{upload}',
        r"""
class AvatarsController < ApplicationController
  def resize
    upload = params.require(:filename)
    size = params.fetch(:size, "128")
    system("convert public/uploads/#{upload} -resize #{size}x#{size} public/avatars/#{upload}")
    redirect_to profile_path
  end
end
""",
        key="rb_avatar",
    ),
    S(
        "ruby",
        "safe",
        None,
        None,
        r"""
class AvatarsController < ApplicationController
  def resize
    upload = File.basename(params.require(:filename).to_s)
    size = Integer(params.fetch(:size, "128"), exception: false)
    unless size&.between?(16, 1024) && upload.match?(/\A[\w-]+\.(png|jpe?g)\z/i)
      return head(:bad_request)
    end

    src = Rails.root.join("public/uploads", upload).to_s
    dest = Rails.root.join("public/avatars", upload).to_s
    system("convert", src, "-resize", "#{size}x#{size}", dest, exception: true)
    redirect_to profile_path
  end
end
""",
        twin="rb_avatar",
    ),
    S(
        "ruby",
        "insecure",
        "CWE-502",
        "Marshal.load(",
        r"""
require "base64"

class SessionCodec
  def self.restore(cookie_value)
    return nil if cookie_value.nil? || cookie_value.empty?
    Marshal.load(Base64.decode64(cookie_value))
  end

  def self.dump(session_hash)
    Base64.strict_encode64(Marshal.dump(session_hash))
  end
end
""",
        key="rb_codec",
    ),
    S(
        "ruby",
        "safe",
        None,
        None,
        r"""
require "base64"
require "json"

class SessionCodec
  def self.restore(cookie_value)
    return nil if cookie_value.nil? || cookie_value.empty?
    JSON.parse(Base64.urlsafe_decode64(cookie_value))
  rescue JSON::ParserError, ArgumentError
    nil
  end

  def self.dump(session_hash)
    Base64.urlsafe_encode64(JSON.generate(session_hash))
  end
end
""",
        twin="rb_codec",
    ),
    S(
        "ruby",
        "insecure",
        "CWE-601",
        "redirect_to params[:return_to]",
        r"""
class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      redirect_to params[:return_to] || root_path, allow_other_host: true
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end
end
""",
    ),
    S(
        "ruby",
        "insecure",
        "CWE-79",
        ".html_safe",
        r"""
module CommentsHelper
  def render_comment(comment)
    body = comment.body.gsub("\n", "<br>")
    "<div class=\"comment\"><b>#{comment.author_name}</b><p>#{body}</p></div>".html_safe
  end
end
""",
    ),
    # standalone safe (ruby)
    S(
        "ruby",
        "safe",
        None,
        None,
        r"""
require "digest"

class AssetsController < ApplicationController
  def show
    data = File.binread(Rails.root.join("app/assets/builds/app.js"))
    etag = Digest::MD5.hexdigest(data)
    if stale?(etag: etag, public: true)
      send_data data, type: "application/javascript", disposition: "inline"
    end
  end
end
""",
    ),
    S(
        "ruby",
        "safe",
        None,
        None,
        r"""
require "securerandom"

class ApiKey < ApplicationRecord
  belongs_to :account
  before_create :generate_token

  private

  def generate_token
    self.token = SecureRandom.urlsafe_base64(32)
  end
end
""",
    ),
]

# ---------------------------------------------------------------- csharp
SNIPPETS += [
    S(
        "csharp",
        "insecure",
        "CWE-89",
        "WHERE Status = '{status}'",
        r"""
public class OrderRepository
{
    private readonly string _connectionString;

    public OrderRepository(string connectionString) => _connectionString = connectionString;

    public int CountOrders(string status)
    {
        using var conn = new SqlConnection(_connectionString);
        conn.Open();
        using var cmd = new SqlCommand($"SELECT COUNT(*) FROM Orders WHERE Status = '{status}'", conn);
        return (int)cmd.ExecuteScalar();
    }
}
""",
        key="cs_orders",
    ),
    S(
        "csharp",
        "safe",
        None,
        None,
        r"""
public class OrderRepository
{
    private readonly string _connectionString;

    public OrderRepository(string connectionString) => _connectionString = connectionString;

    public int CountOrders(string status)
    {
        using var conn = new SqlConnection(_connectionString);
        conn.Open();
        using var cmd = new SqlCommand("SELECT COUNT(*) FROM Orders WHERE Status = @status", conn);
        cmd.Parameters.Add("@status", SqlDbType.NVarChar, 32).Value = status;
        return (int)cmd.ExecuteScalar();
    }
}
""",
        twin="cs_orders",
    ),
    S(
        "csharp",
        "insecure",
        "CWE-502",
        "formatter.Deserialize(stream)",
        r"""
[HttpPost("import")]
public IActionResult ImportLayout(IFormFile file)
{
    using var stream = file.OpenReadStream();
    var formatter = new BinaryFormatter();
    var layout = (DashboardLayout)formatter.Deserialize(stream);
    _layouts.Save(User.Identity!.Name!, layout);
    return Ok(new { widgets = layout.Widgets.Count });
}
""",
        key="cs_layout",
    ),
    S(
        "csharp",
        "safe",
        None,
        None,
        r"""
[HttpPost("import")]
public async Task<IActionResult> ImportLayout(IFormFile file)
{
    await using var stream = file.OpenReadStream();
    var layout = await JsonSerializer.DeserializeAsync<DashboardLayout>(stream);
    if (layout is null) return BadRequest();
    _layouts.Save(User.Identity!.Name!, layout);
    return Ok(new { widgets = layout.Widgets.Count });
}
""",
        twin="cs_layout",
    ),
    S(
        "csharp",
        "insecure",
        "CWE-611",
        "doc.XmlResolver = new XmlUrlResolver();",
        r"""
public static IEnumerable<string> ReadSkus(Stream xmlUpload)
{
    var doc = new XmlDocument();
    doc.XmlResolver = new XmlUrlResolver();
    doc.Load(xmlUpload);
    foreach (XmlNode node in doc.SelectNodes("//item/@sku"))
    {
        yield return node.Value;
    }
}
""",
        key="cs_xml",
    ),
    S(
        "csharp",
        "safe",
        None,
        None,
        r"""
public static IEnumerable<string> ReadSkus(Stream xmlUpload)
{
    var settings = new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null
    };
    using var reader = XmlReader.Create(xmlUpload, settings);
    var doc = new XmlDocument { XmlResolver = null };
    doc.Load(reader);
    foreach (XmlNode node in doc.SelectNodes("//item/@sku"))
    {
        yield return node.Value;
    }
}
""",
        twin="cs_xml",
    ),
    S(
        "csharp",
        "insecure",
        "CWE-295",
        "ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true",
        r"""
public static async Task<string> GetShipmentsAsync(string since)
{
    var handler = new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true
    };
    using var client = new HttpClient(handler) { BaseAddress = new Uri("https://partner-api.example.com/") };
    var response = await client.GetAsync("v1/shipments?since=" + Uri.EscapeDataString(since));
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadAsStringAsync();
}
""",
    ),
    S(
        "csharp",
        "insecure",
        "CWE-78",
        '"/c findstr /i',
        r"""
[HttpGet("logs")]
public IActionResult SearchLogs([FromQuery] string pattern)
{
    var psi = new ProcessStartInfo("cmd.exe", "/c findstr /i \"" + pattern + "\" C:\\logs\\app.log")
    {
        RedirectStandardOutput = true,
        UseShellExecute = false
    };
    using var proc = Process.Start(psi)!;
    string output = proc.StandardOutput.ReadToEnd();
    proc.WaitForExit();
    return Content(output, "text/plain");
}
""",
    ),
    # standalone safe (csharp)
    S(
        "csharp",
        "safe",
        None,
        None,
        r"""
public static class PasswordHasher
{
    private const int Iterations = 310_000;

    public static string Hash(string password)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        byte[] key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(key)}";
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('.');
        int iterations = int.Parse(parts[0]);
        byte[] salt = Convert.FromBase64String(parts[1]);
        byte[] expected = Convert.FromBase64String(parts[2]);
        byte[] actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
""",
    ),
    S(
        "csharp",
        "safe",
        None,
        None,
        r"""
app.MapPost("/login", async (LoginRequest req, IUserService users, HttpContext ctx) =>
{
    var user = await users.ValidateAsync(req.Username, req.Password);
    if (user is null) return Results.Unauthorized();
    var token = await users.CreateSessionAsync(user.Id);
    ctx.Response.Cookies.Append("session", token, new CookieOptions
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Expires = DateTimeOffset.UtcNow.AddHours(8)
    });
    return Results.Ok();
});
""",
    ),
]

# ---------------------------------------------------------------- rust
SNIPPETS += [
    S(
        "rust",
        "insecure",
        "CWE-787",
        "get_unchecked_mut(idx)",
        r"""
pub struct RingBuffer {
    data: Vec<u8>,
    head: usize,
}

impl RingBuffer {
    pub fn with_capacity(n: usize) -> Self {
        RingBuffer { data: vec![0; n], head: 0 }
    }

    pub fn write_at(&mut self, offset: usize, byte: u8) {
        let idx = self.head + offset;
        unsafe {
            *self.data.get_unchecked_mut(idx) = byte;
        }
    }
}
""",
        key="rs_ring",
    ),
    S(
        "rust",
        "safe",
        None,
        None,
        r"""
pub struct RingBuffer {
    data: Vec<u8>,
    head: usize,
}

impl RingBuffer {
    pub fn with_capacity(n: usize) -> Self {
        RingBuffer { data: vec![0; n.max(1)], head: 0 }
    }

    pub fn write_at(&mut self, offset: usize, byte: u8) {
        let len = self.data.len();
        let idx = (self.head % len + offset % len) % len;
        self.data[idx] = byte;
    }
}
""",
        twin="rs_ring",
    ),
    S(
        "rust",
        "insecure",
        "CWE-78",
        '.arg(format!("grep',
        r"""
use std::process::Command;

pub fn search_logs(pattern: &str) -> std::io::Result<String> {
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!("grep -n '{}' /var/log/app/*.log", pattern))
        .output()?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
""",
        key="rs_grep",
    ),
    S(
        "rust",
        "safe",
        None,
        None,
        r"""
use std::fs;
use std::process::Command;

pub fn search_logs(pattern: &str) -> std::io::Result<String> {
    let mut files: Vec<_> = fs::read_dir("/var/log/app")?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().map_or(false, |ext| ext == "log"))
        .collect();
    files.sort();
    let output = Command::new("grep")
        .arg("-n")
        .arg("-e")
        .arg(pattern)
        .arg("--")
        .args(&files)
        .output()?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
""",
        twin="rs_grep",
    ),
    S(
        "rust",
        "insecure",
        "CWE-89",
        "WHERE author = '{}'",
        r"""
use rusqlite::Connection;

pub fn find_books_by_author(conn: &Connection, author: &str) -> rusqlite::Result<Vec<String>> {
    let sql = format!("SELECT title FROM books WHERE author = '{}' ORDER BY year", author);
    let mut stmt = conn.prepare(&sql)?;
    let titles = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(titles)
}
""",
        key="rs_books",
    ),
    S(
        "rust",
        "safe",
        None,
        None,
        r"""
use rusqlite::{params, Connection};

pub fn find_books_by_author(conn: &Connection, author: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT title FROM books WHERE author = ?1 ORDER BY year")?;
    let titles = stmt
        .query_map(params![author], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(titles)
}
""",
        twin="rs_books",
    ),
    S(
        "rust",
        "insecure",
        "CWE-295",
        ".danger_accept_invalid_certs(true)",
        r"""
use std::time::Duration;

pub async fn fetch_status(host: &str) -> Result<String, reqwest::Error> {
    let client = reqwest::Client::builder()
        .danger_accept_invalid_certs(true)
        .timeout(Duration::from_secs(5))
        .build()?;
    client.get(format!("https://{}/status", host)).send().await?.text().await
}
""",
    ),
    # standalone safe (rust)
    S(
        "rust",
        "safe",
        None,
        None,
        r"""
use sha1::{Digest, Sha1};
use std::fs;
use std::path::Path;

/// Content-addressed blob id, same scheme as `git hash-object`.
pub fn blob_id(path: &Path) -> std::io::Result<String> {
    let data = fs::read(path)?;
    let mut hasher = Sha1::new();
    hasher.update(format!("blob {}\0", data.len()).as_bytes());
    hasher.update(&data);
    Ok(hex::encode(hasher.finalize()))
}
""",
    ),
]

# ---------------------------------------------------------------- kotlin
SNIPPETS += [
    S(
        "kotlin",
        "insecure",
        "CWE-89",
        "WHERE customer_id = '$customerId'",
        r"""
@Repository
class InvoiceRepository(private val jdbc: JdbcTemplate) {
    fun findByCustomer(customerId: String): List<Invoice> =
        jdbc.query("SELECT id, amount, due_date FROM invoices WHERE customer_id = '$customerId'") { rs, _ ->
            Invoice(rs.getLong("id"), rs.getBigDecimal("amount"), rs.getDate("due_date").toLocalDate())
        }
}
""",
        key="kt_invoice",
    ),
    S(
        "kotlin",
        "safe",
        None,
        None,
        r"""
@Repository
class InvoiceRepository(private val jdbc: JdbcTemplate) {
    private val mapper = RowMapper { rs, _ ->
        Invoice(rs.getLong("id"), rs.getBigDecimal("amount"), rs.getDate("due_date").toLocalDate())
    }

    fun findByCustomer(customerId: String): List<Invoice> =
        jdbc.query("SELECT id, amount, due_date FROM invoices WHERE customer_id = ?", mapper, customerId)
}
""",
        twin="kt_invoice",
    ),
    S(
        "kotlin",
        "insecure",
        "CWE-78",
        '"traceroute -m 15 $host"',
        r"""
@RestController
class DiagnosticsController {
    @GetMapping("/diag/traceroute")
    fun traceroute(@RequestParam host: String): String {
        val proc = Runtime.getRuntime().exec(arrayOf("/bin/sh", "-c", "traceroute -m 15 $host"))
        return proc.inputStream.bufferedReader().readText()
    }
}
""",
        key="kt_trace",
    ),
    S(
        "kotlin",
        "safe",
        None,
        None,
        r"""
@RestController
class DiagnosticsController {
    private val hostPattern = Regex("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")

    @GetMapping("/diag/traceroute")
    fun traceroute(@RequestParam host: String): ResponseEntity<String> {
        if (!hostPattern.matches(host)) {
            return ResponseEntity.badRequest().body("invalid host")
        }
        val proc = ProcessBuilder("traceroute", "-m", "15", host)
            .redirectErrorStream(true)
            .start()
        return ResponseEntity.ok(proc.inputStream.bufferedReader().readText())
    }
}
""",
        twin="kt_trace",
    ),
    S(
        "kotlin",
        "insecure",
        "CWE-338",
        "java.util.Random()",
        r"""
object OtpGenerator {
    private val rng = java.util.Random()

    fun newCode(): String = (1..6).map { rng.nextInt(10) }.joinToString("")

    fun expiresAt(): Instant = Instant.now().plusSeconds(300)
}
""",
        key="kt_otp",
    ),
    S(
        "kotlin",
        "safe",
        None,
        None,
        r"""
object OtpGenerator {
    private val rng = java.security.SecureRandom()

    fun newCode(): String = (1..6).map { rng.nextInt(10) }.joinToString("")

    fun expiresAt(): Instant = Instant.now().plusSeconds(300)
}
""",
        twin="kt_otp",
    ),
    S(
        "kotlin",
        "insecure",
        "CWE-798",
        'const val API_KEY = "',
        r"""
object PaymentConfig {
    const val API_BASE = "https://api.payments.example.com/v1"
    const val API_KEY = "pk_live_FAKE0000000000EXAMPLE"

    fun client(): OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("Authorization", "Bearer $API_KEY")
                    .build()
            )
        }
        .build()
}
""",
    ),
    # standalone safe (kotlin)
    S(
        "kotlin",
        "safe",
        None,
        None,
        r"""
fun currentGitBranch(repoDir: File): String {
    val proc = ProcessBuilder("git", "rev-parse", "--abbrev-ref", "HEAD")
        .directory(repoDir)
        .redirectErrorStream(true)
        .start()
    val out = proc.inputStream.bufferedReader().readText().trim()
    check(proc.waitFor() == 0) { "git failed: $out" }
    return out
}
""",
    ),
]

# ---------------------------------------------------------------- bash
SNIPPETS += [
    S(
        "bash",
        "insecure",
        "CWE-78",
        'eval "$cmd"',
        r"""
#!/usr/bin/env bash
# Usage: cleanup.sh <dir> <days>
set -euo pipefail

dir="$1"
days="${2:-30}"

cmd="find $dir -type f -mtime +$days -name '*.log' -delete"
echo "Running: $cmd"
eval "$cmd"
""",
        key="sh_cleanup",
    ),
    S(
        "bash",
        "safe",
        None,
        None,
        r"""
#!/usr/bin/env bash
# Usage: cleanup.sh <dir> <days>
set -euo pipefail

dir="$1"
days="${2:-30}"

if ! [[ "$days" =~ ^[0-9]+$ ]] || ! [[ -d "$dir" ]]; then
  echo "usage: cleanup.sh <dir> <days>" >&2
  exit 1
fi

echo "Deleting *.log files older than $days days in $dir"
find "$(realpath -- "$dir")" -type f -mtime +"$days" -name '*.log' -delete
""",
        twin="sh_cleanup",
    ),
    S(
        "bash",
        "insecure",
        "CWE-377",
        "TMPFILE=/tmp/dbdump.$$.sql",
        r"""
#!/bin/bash
# Nightly DB dump, run from cron as root
set -e

TMPFILE=/tmp/dbdump.$$.sql
pg_dump -U postgres appdb > "$TMPFILE"
gzip -c "$TMPFILE" > "/var/backups/appdb-$(date +%F).sql.gz"
rm -f "$TMPFILE"
""",
        key="sh_dump",
    ),
    S(
        "bash",
        "safe",
        None,
        None,
        r"""
#!/bin/bash
# Nightly DB dump, run from cron as root
set -euo pipefail

TMPFILE=$(mktemp /tmp/dbdump.XXXXXXXX)
trap 'rm -f "$TMPFILE"' EXIT
pg_dump -U postgres appdb > "$TMPFILE"
gzip -c "$TMPFILE" > "/var/backups/appdb-$(date +%F).sql.gz"
""",
        twin="sh_dump",
    ),
    S(
        "bash",
        "insecure",
        "CWE-295",
        'curl -fsSLk "$URL"',
        r"""
#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:?usage: install.sh VERSION}"
URL="https://downloads.example.com/agent/${VERSION}/agent-linux-amd64.tar.gz"

curl -fsSLk "$URL" -o /tmp/agent.tar.gz
mkdir -p /opt/agent
tar -xzf /tmp/agent.tar.gz -C /opt/agent
/opt/agent/bin/agent --version
""",
        key="sh_install",
    ),
    S(
        "bash",
        "safe",
        None,
        None,
        r"""
#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:?usage: install.sh VERSION}"
URL="https://downloads.example.com/agent/${VERSION}/agent-linux-amd64.tar.gz"
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT

curl -fsSL --proto '=https' --tlsv1.2 "$URL" -o "$workdir/agent.tar.gz"
curl -fsSL --proto '=https' --tlsv1.2 "$URL.sha256" -o "$workdir/agent.tar.gz.sha256"
(cd "$workdir" && sha256sum -c agent.tar.gz.sha256)
mkdir -p /opt/agent
tar -xzf "$workdir/agent.tar.gz" -C /opt/agent
/opt/agent/bin/agent --version
""",
        twin="sh_install",
    ),
    S(
        "bash",
        "insecure",
        "CWE-732",
        'chmod 666 "$APP_DIR/config/.env"',
        r"""
#!/bin/bash
set -euo pipefail

APP_DIR=/opt/webapp
install -d "$APP_DIR/config"
cat > "$APP_DIR/config/.env" <<EOF
DB_PASSWORD=${DB_PASSWORD}
STRIPE_KEY=${STRIPE_KEY}
EOF
chmod 666 "$APP_DIR/config/.env"
chown -R www-data:www-data "$APP_DIR"
systemctl restart webapp
""",
    ),
    # standalone safe (bash)
    S(
        "bash",
        "safe",
        None,
        None,
        r"""
#!/usr/bin/env bash
# Find duplicate files in a directory by checksum
set -euo pipefail

target="${1:-.}"
find "$target" -type f -print0 \
  | xargs -0 md5sum \
  | sort \
  | awk '{ if ($1 == prev) print $2; prev = $1 }'
""",
    ),
]

# ---------------------------------------------------------------- sql
SNIPPETS += [
    S(
        "sql",
        "insecure",
        "CWE-89",
        "EXECUTE 'SELECT count(*) FROM ' || tbl",
        r"""
CREATE OR REPLACE FUNCTION count_rows_where(tbl text, col text, val text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    result bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM ' || tbl || ' WHERE ' || col || ' = ''' || val || ''''
        INTO result;
    RETURN result;
END;
$$;
""",
        key="sql_count",
    ),
    S(
        "sql",
        "safe",
        None,
        None,
        r"""
CREATE OR REPLACE FUNCTION count_rows_where(tbl text, col text, val text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    result bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM %I WHERE %I = $1', tbl, col)
        INTO result
        USING val;
    RETURN result;
END;
$$;
""",
        twin="sql_count",
    ),
    S(
        "sql",
        "insecure",
        "CWE-89",
        "+ @NameFilter +",
        r"""
CREATE PROCEDURE dbo.SearchCustomers
    @NameFilter NVARCHAR(100),
    @SortColumn NVARCHAR(50) = N'LastName'
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX);
    SET @sql = N'SELECT CustomerId, FirstName, LastName, Email FROM dbo.Customers '
             + N'WHERE LastName LIKE ''%' + @NameFilter + N'%'' '
             + N'ORDER BY ' + @SortColumn;
    EXEC (@sql);
END;
""",
        key="sql_search",
    ),
    S(
        "sql",
        "safe",
        None,
        None,
        r"""
CREATE PROCEDURE dbo.SearchCustomers
    @NameFilter NVARCHAR(100),
    @SortColumn NVARCHAR(50) = N'LastName'
AS
BEGIN
    SET NOCOUNT ON;
    IF @SortColumn NOT IN (N'FirstName', N'LastName', N'Email')
        SET @SortColumn = N'LastName';
    DECLARE @pattern NVARCHAR(102) = N'%' + @NameFilter + N'%';
    DECLARE @sql NVARCHAR(MAX) =
        N'SELECT CustomerId, FirstName, LastName, Email FROM dbo.Customers '
      + N'WHERE LastName LIKE @pattern '
      + N'ORDER BY ' + QUOTENAME(@SortColumn);
    EXEC sp_executesql @sql, N'@pattern NVARCHAR(102)', @pattern = @pattern;
END;
""",
        twin="sql_search",
    ),
    S(
        "sql",
        "insecure",
        "CWE-328",
        "md5(p_password)",
        r"""
CREATE TABLE app_users (
    id          serial PRIMARY KEY,
    username    text UNIQUE NOT NULL,
    pw_hash     text NOT NULL
);

CREATE OR REPLACE FUNCTION register_user(p_username text, p_password text)
RETURNS integer LANGUAGE sql AS $$
    INSERT INTO app_users (username, pw_hash)
    VALUES (p_username, md5(p_password))
    RETURNING id;
$$;

CREATE OR REPLACE FUNCTION check_login(p_username text, p_password text)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM app_users
        WHERE username = p_username AND pw_hash = md5(p_password)
    );
$$;
""",
        key="sql_users",
        occ=1,
    ),
    S(
        "sql",
        "safe",
        None,
        None,
        r"""
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE app_users (
    id          serial PRIMARY KEY,
    username    text UNIQUE NOT NULL,
    pw_hash     text NOT NULL
);

CREATE OR REPLACE FUNCTION register_user(p_username text, p_password text)
RETURNS integer LANGUAGE sql AS $$
    INSERT INTO app_users (username, pw_hash)
    VALUES (p_username, crypt(p_password, gen_salt('bf', 12)))
    RETURNING id;
$$;

CREATE OR REPLACE FUNCTION check_login(p_username text, p_password text)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM app_users
        WHERE username = p_username AND pw_hash = crypt(p_password, pw_hash)
    );
$$;
""",
        twin="sql_users",
    ),
    S(
        "sql",
        "insecure",
        "CWE-269",
        "GRANT ALL PRIVILEGES ON *.*",
        r"""
-- Reporting account for the BI dashboard (read-only reports)
CREATE USER 'bi_reader'@'%' IDENTIFIED BY 'ChangeMe-EXAMPLE-only';
GRANT ALL PRIVILEGES ON *.* TO 'bi_reader'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;

SELECT user, host FROM mysql.user WHERE user = 'bi_reader';
""",
    ),
    # standalone safe (sql)
    S(
        "sql",
        "safe",
        None,
        None,
        r"""
-- Look up an account by email using a server-side prepared statement
PREPARE find_account (text) AS
    SELECT id, display_name, created_at
    FROM accounts
    WHERE lower(email) = lower($1)
    LIMIT 1;

EXECUTE find_account('someone@example.com');
DEALLOCATE find_account;
""",
    ),
]


def build():
    prepared = []
    for n, s in enumerate(SNIPPETS):
        lang = s["language"]
        code = s["code"].strip("\n")
        lines = code.split("\n")
        where = f"entry #{n} ({lang}, {s['label']}, first line {lines[0][:40]!r})"
        assert lang in LANGS, where
        assert s["label"] in ("insecure", "safe"), where
        assert 4 <= len(lines) <= 35, f"{where}: {len(lines)} lines"
        if s["label"] == "insecure":
            assert s["cwe"] and s["cwe"].startswith("CWE-"), where
            assert s["twin"] is None, where
            hits = [i + 1 for i, text in enumerate(lines) if s["anchor"] in text]
            if s["occ"] is None:
                assert len(hits) == 1, f"{where}: anchor {s['anchor']!r} matched {hits}"
                line = hits[0]
            else:
                assert len(hits) >= s["occ"], f"{where}: anchor {s['anchor']!r} matched {hits}"
                line = hits[s["occ"] - 1]
        else:
            assert s["cwe"] is None and s["anchor"] is None and s["key"] is None, where
            line = None
        if lang == "python":
            ast.parse(code)
        prepared.append(dict(s, code=code, line=line))

    # ids: numbered per language in a fixed pseudo-random order
    ids = {}
    for lang in LANGS:
        idx = [i for i, s in enumerate(prepared) if s["language"] == lang]
        random.Random(f"code-corpus-b/{lang}").shuffle(idx)
        for k, i in enumerate(idx, 1):
            ids[i] = f"s-{lang}-{k:03d}"

    key_to_idx = {}
    for i, s in enumerate(prepared):
        if s["key"]:
            assert s["key"] not in key_to_idx, s["key"]
            key_to_idx[s["key"]] = i
    pair = {}
    for i, s in enumerate(prepared):
        if s["twin"]:
            j = key_to_idx[s["twin"]]
            assert prepared[j]["label"] == "insecure", s["twin"]
            assert prepared[j]["language"] == s["language"], s["twin"]
            assert j not in pair, f"two twins for {s['twin']}"
            pair[i] = ids[j]
            pair[j] = ids[i]
    unused = [k for k, j in key_to_idx.items() if j not in pair]
    assert not unused, f"keys without a twin: {unused}"

    rows = []
    for i, s in enumerate(prepared):
        rows.append(
            {
                "id": ids[i],
                "language": s["language"],
                "label": s["label"],
                "cwe": s["cwe"],
                "line": s["line"],
                "code": s["code"],
                "pair": pair.get(i),
            }
        )
    rows.sort(key=lambda r: (LANGS.index(r["language"]), r["id"]))
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def main():
    rows = build()
    by = Counter((r["language"], r["label"]) for r in rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    for lang in LANGS:
        print(f"  {lang:11s} insecure={by[(lang, 'insecure')]:3d} safe={by[(lang, 'safe')]:3d}")
    labels = Counter(r["label"] for r in rows)
    twins = sum(1 for r in rows if r["label"] == "safe" and r["pair"])
    print(f"  total insecure={labels['insecure']} safe={labels['safe']} (safe twins={twins})")
    print("  CWEs:", dict(sorted(Counter(r["cwe"] for r in rows if r["cwe"]).items())))


if __name__ == "__main__":
    main()
