#!/usr/bin/env python3
# ruff: noqa  (a hand-written data file, kept as its author wrote it)
"""Build a labelled corpus of short code snippets for measuring an
insecure-code detector.  Writes snippets.jsonl next to this script.

Every entry in SNIPPETS is a dict of one of three shapes:

  {"lang", "cwe", "at", "bad", "good"}  insecure snippet plus its safe twin
  {"lang", "cwe", "at", "bad"}          insecure snippet without a twin
  {"lang", "decoy"}                     safe snippet that merely looks risky

"at" names the line holding the weakness: a substring that must occur on
exactly one line of "bad", or a tuple (substring, n) meaning the n-th line
(1-based) containing it.  Ids are assigned in list order, per language, so
they stay stable as long as entries are only appended.

All credentials below are fake placeholders (hunter2hunter2, AKIAEXAMPLE...).
"""

import ast
import json
import os
import re
import sys
import textwrap
from collections import Counter

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

SNIPPETS = []

# ---------------------------------------------------------------- python
SNIPPETS += [
    {
        "lang": "python",
        "cwe": "CWE-89",
        "at": 'cur.execute(f"SELECT',
        "bad": r"""
import sqlite3

def get_user(db_path, username):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    # Look up the user by name
    cur.execute(f"SELECT id, email FROM users WHERE username = '{username}'")
    row = cur.fetchone()
    conn.close()
    return row
""",
        "good": r"""
import sqlite3

def get_user(db_path, username):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    # Look up the user by name (placeholder keeps the value out of the SQL text)
    cur.execute("SELECT id, email FROM users WHERE username = ?", (username,))
    row = cur.fetchone()
    conn.close()
    return row
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-78",
        "at": "subprocess.check_output(",
        "bad": r"""
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    output = subprocess.check_output(f"ping -c 4 {host}", shell=True)
    return output.decode()
""",
        "good": r"""
import ipaddress
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        abort(400, "host must be an IP address")
    output = subprocess.check_output(["ping", "-c", "4", host], timeout=20)
    return output.decode()
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-502",
        "at": "pickle.loads(",
        "bad": r"""
import base64
import pickle
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/session/restore", methods=["POST"])
def restore_session():
    blob = request.form["state"]
    state = pickle.loads(base64.b64decode(blob))
    session.update(state)
    return "ok"
""",
        "good": r"""
import base64
import json
from flask import Flask, request, session, abort

app = Flask(__name__)
ALLOWED_KEYS = {"theme", "language", "page_size"}

@app.route("/session/restore", methods=["POST"])
def restore_session():
    blob = request.form["state"]
    try:
        state = json.loads(base64.b64decode(blob))
    except (ValueError, TypeError):
        abort(400)
    if not isinstance(state, dict):
        abort(400)
    session.update({k: v for k, v in state.items() if k in ALLOWED_KEYS})
    return "ok"
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-502",
        "at": "yaml.load(",
        "bad": r'''
import yaml

def load_config(path):
    """Read the deployment config uploaded by the user."""
    with open(path) as fh:
        config = yaml.load(fh, Loader=yaml.Loader)
    return config.get("services", [])
''',
    },
    {
        "lang": "python",
        "cwe": "CWE-22",
        "at": "path = os.path.join(UPLOAD_DIR, name)",
        "bad": r"""
import os
from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"

@app.route("/download")
def download():
    name = request.args["file"]
    path = os.path.join(UPLOAD_DIR, name)
    return send_file(path, as_attachment=True)
""",
        "good": r"""
from flask import Flask, request, send_from_directory

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"

@app.route("/download")
def download():
    name = request.args["file"]
    # send_from_directory refuses any path that resolves outside UPLOAD_DIR
    return send_from_directory(UPLOAD_DIR, name, as_attachment=True)
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-328",
        "at": "hashlib.md5(",
        "bad": r"""
import hashlib

def hash_password(password: str) -> str:
    # store the hex digest in the users table
    return hashlib.md5(password.encode("utf-8")).hexdigest()

def verify_password(password: str, stored: str) -> bool:
    return hash_password(password) == stored
""",
        "good": r"""
import hashlib
import hmac
import os

def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + digest.hex()

def verify_password(password: str, stored: str) -> bool:
    salt_hex, digest_hex = stored.split("$", 1)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex),
                            n=2**14, r=8, p=1)
    return hmac.compare_digest(digest.hex(), digest_hex)
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-295",
        "at": "verify=False",
        "bad": r"""
import requests

def fetch_invoice(invoice_id, token):
    url = f"https://billing.internal.example.com/api/invoices/{invoice_id}"
    headers = {"Authorization": f"Bearer {token}"}
    # the internal CA isn't in certifi, so skip verification
    resp = requests.get(url, headers=headers, verify=False, timeout=10)
    resp.raise_for_status()
    return resp.json()
""",
        "good": r"""
import requests

INTERNAL_CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"

def fetch_invoice(invoice_id, token):
    url = f"https://billing.internal.example.com/api/invoices/{invoice_id}"
    headers = {"Authorization": f"Bearer {token}"}
    # trust the internal CA explicitly instead of disabling verification
    resp = requests.get(url, headers=headers, verify=INTERNAL_CA_BUNDLE, timeout=10)
    resp.raise_for_status()
    return resp.json()
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-798",
        "at": 'AWS_SECRET_ACCESS_KEY = "',
        "bad": r"""
import boto3

AWS_ACCESS_KEY_ID = "AKIAEXAMPLEEXAMPLE12"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMIexampleKEYexampleKEY0000000"

def upload_report(path, bucket="reports-prod"):
    s3 = boto3.client(
        "s3",
        aws_access_key_id=AWS_ACCESS_KEY_ID,
        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
    )
    s3.upload_file(path, bucket, path.split("/")[-1])
""",
        "good": r"""
import boto3

def upload_report(path, bucket="reports-prod"):
    # credentials come from the environment, ~/.aws or the instance role
    s3 = boto3.client("s3")
    s3.upload_file(path, bucket, path.split("/")[-1])
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-338",
        "at": "random.choice(",
        "bad": r'''
import random
import string

def generate_reset_token(length=32):
    """Token emailed to the user for password reset."""
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
''',
        "good": r'''
import secrets
import string

def generate_reset_token(length=32):
    """Token emailed to the user for password reset."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
''',
    },
    {
        "lang": "python",
        "cwe": "CWE-95",
        "at": "result = eval(expr)",
        "bad": r"""
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/calc", methods=["POST"])
def calc():
    expr = request.json.get("expression", "")
    # simple calculator endpoint, e.g. {"expression": "2 * (3 + 4)"}
    result = eval(expr)
    return jsonify({"result": result})
""",
        "good": r"""
import ast
import operator
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv, ast.USub: operator.neg}

def _eval(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval(node.left), _eval(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval(node.operand))
    raise ValueError("unsupported expression")

@app.route("/calc", methods=["POST"])
def calc():
    expr = request.json.get("expression", "")
    try:
        result = _eval(ast.parse(expr, mode="eval").body)
    except (ValueError, SyntaxError, ZeroDivisionError):
        abort(400)
    return jsonify({"result": result})
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-918",
        "at": "r = requests.get(target",
        "bad": r"""
import requests
from flask import Flask, request

app = Flask(__name__)

@app.route("/preview")
def link_preview():
    target = request.args.get("url")
    r = requests.get(target, timeout=5)
    return {"status": r.status_code, "title": extract_title(r.text)}
""",
        "good": r"""
from urllib.parse import urlparse

import requests
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"github.com", "www.youtube.com", "en.wikipedia.org"}

@app.route("/preview")
def link_preview():
    target = request.args.get("url", "")
    parsed = urlparse(target)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400, "URL not allowed")
    r = requests.get(target, timeout=5, allow_redirects=False)
    return {"status": r.status_code, "title": extract_title(r.text)}
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-601",
        "at": "return redirect(next_url)",
        "bad": r"""
from flask import redirect, request
from flask_login import login_user

@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return redirect("/login?error=1")
    login_user(user)
    next_url = request.args.get("next", "/")
    return redirect(next_url)
""",
        "good": r"""
from urllib.parse import urlparse
from flask import redirect, request
from flask_login import login_user

def _is_local_url(url: str) -> bool:
    parsed = urlparse(url)
    return (not parsed.scheme and not parsed.netloc and url.startswith("/")
            and not url.startswith("//") and "\\" not in url)

@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return redirect("/login?error=1")
    login_user(user)
    next_url = request.args.get("next", "/")
    if not _is_local_url(next_url):
        next_url = "/"
    return redirect(next_url)
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-377",
        "at": "tempfile.mktemp(",
        "bad": r"""
import tempfile

def write_export(rows):
    tmp_path = tempfile.mktemp(suffix=".csv")
    with open(tmp_path, "w") as fh:
        for row in rows:
            fh.write(",".join(map(str, row)) + "\n")
    return tmp_path
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-611",
        "at": "etree.XMLParser(",
        "bad": r"""
from lxml import etree

def parse_upload(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    return {child.tag: child.text for child in root}
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-732",
        "at": "os.chmod(path, 0o777)",
        "bad": r"""
import os

def save_private_key(key_pem: bytes, path="~/.myapp/id_rsa"):
    path = os.path.expanduser(path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(key_pem)
    # make sure the sync agent can read it too
    os.chmod(path, 0o777)
""",
        "good": r"""
import os

def save_private_key(key_pem: bytes, path="~/.myapp/id_rsa"):
    path = os.path.expanduser(path)
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key_pem)
    os.chmod(path, 0o600)
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-1333",
        "at": "NAME_PATTERN = re.compile(",
        "bad": r"""
import re
from flask import request

# matches "word word word" style display names
NAME_PATTERN = re.compile(r"^([a-zA-Z]+\s?)*$")

@app.route("/profile", methods=["POST"])
def update_profile():
    display_name = request.form.get("display_name", "")
    if not NAME_PATTERN.match(display_name):
        return "invalid name", 400
    save_display_name(current_user.id, display_name)
    return "ok"
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-78",
        "at": "os.system(",
        "bad": r"""
import os
import sys

def main():
    archive = sys.argv[1]
    dest = sys.argv[2] if len(sys.argv) > 2 else "."
    print(f"Extracting {archive} into {dest}")
    os.system("tar -xzf " + archive + " -C " + dest)

if __name__ == "__main__":
    main()
""",
    },
    {
        "lang": "python",
        "cwe": "CWE-94",
        "at": "return render_template_string(template)",
        "bad": r"""
from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    template = "<h1>Hello " + name + "!</h1><p>Welcome to the portal.</p>"
    return render_template_string(template)
""",
    },
    {
        "lang": "python",
        "decoy": r"""
import hashlib
import json

def cache_key(endpoint: str, params: dict) -> str:
    # Non-cryptographic fingerprint for the response cache
    payload = json.dumps(params, sort_keys=True).encode()
    digest = hashlib.md5(endpoint.encode() + payload, usedforsecurity=False)
    return "resp:" + digest.hexdigest()
""",
    },
    {
        "lang": "python",
        "decoy": r"""
import subprocess

def file_type(path: str) -> str:
    result = subprocess.run(
        ["file", "--brief", "--mime-type", "--", path],
        shell=False,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()
""",
    },
    {
        "lang": "python",
        "decoy": r"""
import ast

DEFAULTS = "{'retries': 3, 'timeout': 2.5, 'verbose': False}"

def load_defaults(override=None):
    # literal_eval only accepts Python literals; it never calls anything
    cfg = ast.literal_eval(DEFAULTS)
    if override:
        cfg.update(ast.literal_eval(override))
    return cfg
""",
    },
    {
        "lang": "python",
        "decoy": r"""
def log_search(conn, user_id, query_text):
    # query_text is free text such as "SELECT shoes under 50"; stored verbatim
    conn.execute(
        "INSERT INTO search_log (user_id, query, created_at) "
        "VALUES (?, ?, datetime('now'))",
        (user_id, query_text),
    )
    conn.commit()
""",
    },
]

# ---------------------------------------------------------------- javascript
SNIPPETS += [
    {
        "lang": "javascript",
        "cwe": "CWE-89",
        "at": "const sql = `SELECT",
        "bad": r"""
app.get('/api/orders', async (req, res) => {
  const customerId = req.query.customerId;
  const sql = `SELECT * FROM orders WHERE customer_id = ${customerId} ORDER BY created_at DESC`;
  const [rows] = await pool.query(sql);
  res.json(rows);
});
""",
        "good": r"""
app.get('/api/orders', async (req, res) => {
  const customerId = req.query.customerId;
  const [rows] = await pool.query(
    'SELECT * FROM orders WHERE customer_id = ? ORDER BY created_at DESC',
    [customerId]
  );
  res.json(rows);
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-78",
        "at": "exec(`convert",
        "bad": r"""
const { exec } = require('child_process');

app.post('/convert', (req, res) => {
  const { filename } = req.body;
  exec(`convert uploads/${filename} -resize 200x200 thumbs/${filename}`, (err) => {
    if (err) return res.status(500).send('conversion failed');
    res.send('ok');
  });
});
""",
        "good": r"""
const path = require('path');
const { execFile } = require('child_process');

app.post('/convert', (req, res) => {
  const filename = path.basename(String(req.body.filename || ''));
  if (!/^[\w.-]+\.(png|jpe?g|gif)$/i.test(filename)) {
    return res.status(400).send('bad filename');
  }
  const args = [`uploads/${filename}`, '-resize', '200x200', `thumbs/${filename}`];
  execFile('convert', args, (err) => {
    if (err) return res.status(500).send('conversion failed');
    res.send('ok');
  });
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-79",
        "at": "li.innerHTML = `",
        "bad": r"""
function renderComments(comments) {
  const list = document.getElementById('comments');
  list.innerHTML = '';
  for (const c of comments) {
    const li = document.createElement('li');
    li.innerHTML = `<strong>${c.author}</strong>: ${c.body}`;
    list.appendChild(li);
  }
}
""",
        "good": r"""
function renderComments(comments) {
  const list = document.getElementById('comments');
  list.replaceChildren();
  for (const c of comments) {
    const li = document.createElement('li');
    const author = document.createElement('strong');
    author.textContent = c.author;
    li.append(author, document.createTextNode(`: ${c.body}`));
    list.appendChild(li);
  }
}
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-79",
        "at": "res.send(`<h1>Results for",
        "bad": r"""
app.get('/search', (req, res) => {
  const q = req.query.q || '';
  const results = searchIndex(q);
  const items = results.map(r => `<li><a href="/p/${r.id}">${r.title}</a></li>`).join('');
  res.send(`<h1>Results for ${q}</h1><ul>${items}</ul>`);
});
""",
        "good": r"""
function escapeHtml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

app.get('/search', (req, res) => {
  const q = String(req.query.q || '');
  const results = searchIndex(q);
  const items = results
    .map(r => `<li><a href="/p/${encodeURIComponent(r.id)}">${escapeHtml(r.title)}</a></li>`)
    .join('');
  res.send(`<h1>Results for ${escapeHtml(q)}</h1><ul>${items}</ul>`);
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-22",
        "at": "const filePath = path.join(",
        "bad": r"""
const path = require('path');
const fs = require('fs');

app.get('/files', (req, res) => {
  const filePath = path.join(__dirname, 'public', req.query.name);
  fs.readFile(filePath, (err, data) => {
    if (err) return res.sendStatus(404);
    res.send(data);
  });
});
""",
        "good": r"""
const path = require('path');
const fs = require('fs');

const PUBLIC_DIR = path.resolve(__dirname, 'public');

app.get('/files', (req, res) => {
  const filePath = path.resolve(PUBLIC_DIR, String(req.query.name || ''));
  if (!filePath.startsWith(PUBLIC_DIR + path.sep)) {
    return res.sendStatus(400);
  }
  fs.readFile(filePath, (err, data) => {
    if (err) return res.sendStatus(404);
    res.send(data);
  });
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-94",
        "at": "new Function(",
        "bad": r"""
// POST /api/filter  { "expression": "item.price > 10 && item.stock > 0" }
app.post('/api/filter', (req, res) => {
  const { expression } = req.body;
  const filterFn = new Function('item', `return ${expression};`);
  res.json(products.filter(filterFn));
});
""",
        "good": r"""
// POST /api/filter  { "field": "price", "op": "gt", "value": 10 }
const FIELDS = new Set(['price', 'stock', 'rating']);
const OPS = {
  gt: (a, b) => a > b,
  lt: (a, b) => a < b,
  eq: (a, b) => a === b,
};

app.post('/api/filter', (req, res) => {
  const { field, op, value } = req.body;
  if (!FIELDS.has(field) || !Object.hasOwn(OPS, op) || typeof value !== 'number') {
    return res.status(400).json({ error: 'invalid filter' });
  }
  res.json(products.filter(item => OPS[op](item[field], value)));
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-338",
        "at": "Math.random()",
        "bad": r"""
function generateSessionId() {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  for (let i = 0; i < 32; i++) {
    id += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return id;
}
""",
        "good": r"""
const crypto = require('crypto');

function generateSessionId() {
  // 24 random bytes from the OS CSPRNG -> 32 url-safe characters
  return crypto.randomBytes(24).toString('base64url');
}

module.exports = { generateSessionId };
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-295",
        "at": "rejectUnauthorized: false",
        "bad": r"""
const https = require('https');
const axios = require('axios');

const agent = new https.Agent({ rejectUnauthorized: false });

async function getAccountBalance(accountId) {
  const res = await axios.get(`https://payments.example.com/v1/accounts/${accountId}`, {
    httpsAgent: agent,
    headers: { Authorization: `Bearer ${process.env.PAYMENTS_TOKEN}` },
  });
  return res.data.balance;
}
""",
        "good": r"""
const fs = require('fs');
const https = require('https');
const axios = require('axios');

const agent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/certs/payments-ca.pem') });

async function getAccountBalance(accountId) {
  const id = encodeURIComponent(accountId);
  const res = await axios.get(`https://payments.example.com/v1/accounts/${id}`, {
    httpsAgent: agent,
    headers: { Authorization: `Bearer ${process.env.PAYMENTS_TOKEN}` },
  });
  return res.data.balance;
}
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-798",
        "at": "const JWT_SECRET = ",
        "bad": r"""
const jwt = require('jsonwebtoken');

const JWT_SECRET = 'hunter2hunter2';

function issueToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '7d' });
}

function verifyToken(token) {
  return jwt.verify(token, JWT_SECRET);
}
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-601",
        "at": "res.redirect(returnTo)",
        "bad": r"""
app.get('/logout', (req, res) => {
  req.session.destroy(() => {
    const returnTo = req.query.returnTo || '/';
    res.redirect(returnTo);
  });
});
""",
        "good": r"""
function isLocalPath(p) {
  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') && !p.includes('\\');
}

app.get('/logout', (req, res) => {
  req.session.destroy(() => {
    const returnTo = isLocalPath(req.query.returnTo) ? req.query.returnTo : '/';
    res.redirect(returnTo);
  });
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-918",
        "at": "await fetch(callbackUrl",
        "bad": r"""
app.post('/webhooks/test', async (req, res) => {
  const { callbackUrl } = req.body;
  try {
    const response = await fetch(callbackUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ping: true }),
    });
    res.json({ status: response.status });
  } catch (e) {
    res.status(502).json({ error: e.message });
  }
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-502",
        "at": "serialize.unserialize(",
        "bad": r"""
const serialize = require('node-serialize');

app.get('/dashboard', (req, res) => {
  const prefsCookie = req.cookies.prefs;
  if (prefsCookie) {
    const prefs = serialize.unserialize(Buffer.from(prefsCookie, 'base64').toString());
    res.locals.theme = prefs.theme;
  }
  res.render('dashboard');
});
""",
        "good": r"""
const THEMES = new Set(['light', 'dark', 'high-contrast']);

app.get('/dashboard', (req, res) => {
  const prefsCookie = req.cookies.prefs;
  if (prefsCookie) {
    try {
      const prefs = JSON.parse(Buffer.from(prefsCookie, 'base64').toString());
      if (THEMES.has(prefs.theme)) res.locals.theme = prefs.theme;
    } catch {
      // ignore malformed cookie
    }
  }
  res.render('dashboard');
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-327",
        "at": "createCipheriv('des-ecb'",
        "bad": r"""
const crypto = require('crypto');

// key: 8-byte Buffer loaded from config
function encryptCardNumber(pan, key) {
  const cipher = crypto.createCipheriv('des-ecb', key, null);
  let out = cipher.update(pan, 'utf8', 'hex');
  out += cipher.final('hex');
  return out;
}
""",
        "good": r"""
const crypto = require('crypto');

// key: 32-byte Buffer loaded from a KMS-backed secret
function encryptCardNumber(pan, key) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(pan, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return Buffer.concat([iv, tag, ct]).toString('base64');
}
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-1333",
        "at": "const EMAIL_REGEX = ",
        "bad": r"""
// validate user-supplied email before saving
const EMAIL_REGEX = /^([a-zA-Z0-9_.-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/;

app.post('/subscribe', (req, res) => {
  const email = String(req.body.email || '');
  if (!EMAIL_REGEX.test(email)) {
    return res.status(400).send('bad email');
  }
  subscribers.add(email);
  res.send('subscribed');
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-79",
        "at": "document.write(",
        "bad": r"""
// show a welcome banner using the name passed in the URL fragment
window.addEventListener('DOMContentLoaded', () => {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const name = params.get('name') || 'guest';
  document.write('<div class="banner">Welcome back, ' + name + '!</div>');
});
""",
    },
    {
        "lang": "javascript",
        "cwe": "CWE-1321",
        "at": "target[key] = source[key];",
        "bad": r"""
// merge user-supplied settings (parsed from JSON) into the defaults
function merge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

app.put('/settings', (req, res) => {
  res.json(merge(defaultSettings(), req.body));
});
""",
    },
    {
        "lang": "javascript",
        "decoy": r"""
function showLoadingState(container) {
  // static markup only, no user data involved
  container.innerHTML =
    '<div class="spinner" role="status"><span class="sr-only">Loading...</span></div>';
}
""",
    },
    {
        "lang": "javascript",
        "decoy": r"""
const { execFile } = require('child_process');

function getGitRevision(cb) {
  execFile('git', ['rev-parse', '--short', 'HEAD'], { cwd: __dirname }, (err, stdout) => {
    if (err) return cb(err);
    cb(null, stdout.trim());
  });
}
""",
    },
    {
        "lang": "javascript",
        "decoy": r"""
const crypto = require('crypto');

// ETag for static assets; not used for anything security-relevant
function computeEtag(buffer) {
  const hash = crypto.createHash('md5').update(buffer).digest('base64');
  return `"${buffer.length.toString(16)}-${hash.slice(0, 22)}"`;
}
""",
    },
]

# ---------------------------------------------------------------- java
SNIPPETS += [
    {
        "lang": "java",
        "cwe": "CWE-89",
        "at": "String sql = ",
        "bad": r"""
public User findByEmail(Connection conn, String email) throws SQLException {
    String sql = "SELECT id, name, email FROM users WHERE email = '" + email + "'";
    try (Statement stmt = conn.createStatement();
         ResultSet rs = stmt.executeQuery(sql)) {
        if (rs.next()) {
            return new User(rs.getLong("id"), rs.getString("name"), rs.getString("email"));
        }
        return null;
    }
}
""",
        "good": r"""
public User findByEmail(Connection conn, String email) throws SQLException {
    String sql = "SELECT id, name, email FROM users WHERE email = ?";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
        ps.setString(1, email);
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return new User(rs.getLong("id"), rs.getString("name"), rs.getString("email"));
            }
            return null;
        }
    }
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-89",
        "at": "String sql = String.format(",
        "bad": r"""
@GetMapping("/products")
public List<Product> list(@RequestParam String category,
                          @RequestParam(defaultValue = "name") String sort) {
    String sql = String.format(
        "SELECT * FROM products WHERE category = '%s' ORDER BY %s", category, sort);
    return jdbcTemplate.query(sql, productRowMapper);
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-78",
        "at": '"pg_dump " + dbName',
        "bad": r"""
@PostMapping("/admin/backup")
public ResponseEntity<String> backup(@RequestParam String dbName) throws Exception {
    String[] cmd = {"sh", "-c", "pg_dump " + dbName + " > /backups/" + dbName + ".sql"};
    Process p = Runtime.getRuntime().exec(cmd);
    int exit = p.waitFor();
    return exit == 0
        ? ResponseEntity.ok("backup written")
        : ResponseEntity.status(500).body("pg_dump failed: " + exit);
}
""",
        "good": r"""
private static final Pattern DB_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

@PostMapping("/admin/backup")
public ResponseEntity<String> backup(@RequestParam String dbName) throws Exception {
    if (!DB_NAME.matcher(dbName).matches()) {
        return ResponseEntity.badRequest().body("invalid database name");
    }
    Process p = new ProcessBuilder("pg_dump", "--file", "/backups/" + dbName + ".sql", dbName)
        .redirectErrorStream(true)
        .start();
    int exit = p.waitFor();
    return exit == 0
        ? ResponseEntity.ok("backup written")
        : ResponseEntity.status(500).body("pg_dump failed: " + exit);
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-502",
        "at": "in.readObject()",
        "bad": r"""
@PostMapping("/api/import")
public String importCart(HttpServletRequest request) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
        ShoppingCart cart = (ShoppingCart) in.readObject();
        cartService.save(cart);
        return "imported " + cart.getItems().size() + " items";
    }
}
""",
        "good": r"""
private final ObjectMapper mapper = new ObjectMapper()
    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

@PostMapping("/api/import")
public String importCart(HttpServletRequest request) throws Exception {
    try (InputStream in = request.getInputStream()) {
        ShoppingCartDto dto = mapper.readValue(in, ShoppingCartDto.class);
        ShoppingCart cart = cartService.save(dto.toCart());
        return "imported " + cart.getItems().size() + " items";
    }
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-611",
        "at": "DocumentBuilderFactory.newInstance()",
        "bad": r"""
public Document parseInvoice(InputStream xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(xml);
}
""",
        "good": r"""
public Document parseInvoice(InputStream xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(xml);
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-22",
        "at": "Path file = Paths.get(",
        "bad": r"""
@GetMapping("/reports")
public ResponseEntity<byte[]> getReport(@RequestParam String name) throws IOException {
    Path file = Paths.get("/var/app/reports", name);
    byte[] data = Files.readAllBytes(file);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report.pdf\"")
        .body(data);
}
""",
        "good": r"""
private static final Path REPORT_DIR = Paths.get("/var/app/reports").toAbsolutePath().normalize();

@GetMapping("/reports")
public ResponseEntity<byte[]> getReport(@RequestParam String name) throws IOException {
    Path file = REPORT_DIR.resolve(name).normalize();
    if (!file.startsWith(REPORT_DIR) || !Files.isRegularFile(file)) {
        return ResponseEntity.notFound().build();
    }
    byte[] data = Files.readAllBytes(file);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report.pdf\"")
        .body(data);
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-327",
        "at": 'Cipher.getInstance("AES/ECB/PKCS5Padding")',
        "bad": r"""
public static byte[] encrypt(byte[] plaintext, byte[] keyBytes) throws GeneralSecurityException {
    SecretKeySpec key = new SecretKeySpec(keyBytes, "AES");
    Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(plaintext);
}
""",
        "good": r"""
private static final SecureRandom RNG = new SecureRandom();

public static byte[] encrypt(byte[] plaintext, byte[] keyBytes) throws GeneralSecurityException {
    SecretKeySpec key = new SecretKeySpec(keyBytes, "AES");
    byte[] iv = new byte[12];
    RNG.nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    byte[] ct = cipher.doFinal(plaintext);
    return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-328",
        "at": 'MessageDigest.getInstance("MD5")',
        "bad": r"""
public String hashPassword(String password) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("MD5");
    byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
}

public boolean checkPassword(String password, String storedHash) throws NoSuchAlgorithmException {
    return hashPassword(password).equals(storedHash);
}
""",
        "good": r"""
private final PasswordEncoder encoder = new BCryptPasswordEncoder(12);

public String hashPassword(String password) {
    return encoder.encode(password);
}

public boolean checkPassword(String password, String storedHash) {
    return encoder.matches(password, storedHash);
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-295",
        "at": "public void checkServerTrusted(",
        "bad": r"""
public static SSLContext buildSslContext() throws Exception {
    TrustManager[] trustManagers = new TrustManager[] {
        new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }
    };
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, trustManagers, new SecureRandom());
    return ctx;
}
""",
        "good": r"""
public static SSLContext buildSslContext() throws Exception {
    KeyStore trustStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(Paths.get("/etc/myapp/truststore.p12"))) {
        trustStore.load(in, System.getenv("TRUSTSTORE_PASSWORD").toCharArray());
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trustStore);
    SSLContext ctx = SSLContext.getInstance("TLSv1.3");
    ctx.init(null, tmf.getTrustManagers(), new SecureRandom());
    return ctx;
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-259",
        "at": "private static final String PASSWORD = ",
        "bad": r"""
public class DatabaseConfig {
    private static final String URL = "jdbc:postgresql://db.internal:5432/orders";
    private static final String USER = "orders_app";
    private static final String PASSWORD = "hunter2hunter2";

    public static Connection getConnection() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""",
        "good": r"""
public class DatabaseConfig {
    private static final String URL = "jdbc:postgresql://db.internal:5432/orders";

    public static Connection getConnection() throws SQLException {
        String user = System.getenv("ORDERS_DB_USER");
        String password = System.getenv("ORDERS_DB_PASSWORD");
        if (user == null || password == null) {
            throw new IllegalStateException("database credentials not configured");
        }
        return DriverManager.getConnection(URL, user, password);
    }
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-330",
        "at": "Random random = new Random();",
        "bad": r"""
public String createPasswordResetCode(long userId) {
    Random random = new Random();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 6; i++) {
        code.append(random.nextInt(10));
    }
    resetCodeRepository.save(userId, code.toString(), Instant.now().plus(15, ChronoUnit.MINUTES));
    return code.toString();
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-79",
        "at": 'out.println("<h2>Hello, "',
        "bad": r"""
@Override
protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name");
    resp.setContentType("text/html;charset=UTF-8");
    PrintWriter out = resp.getWriter();
    out.println("<html><body>");
    out.println("<h2>Hello, " + name + "</h2>");
    out.println("</body></html>");
}
""",
        "good": r"""
@Override
protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name");
    resp.setContentType("text/html;charset=UTF-8");
    PrintWriter out = resp.getWriter();
    out.println("<html><body>");
    out.println("<h2>Hello, " + Encode.forHtml(name) + "</h2>");
    out.println("</body></html>");
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-601",
        "at": "response.sendRedirect(redirectUrl)",
        "bad": r"""
@GetMapping("/sso/callback")
public void callback(@RequestParam String code,
                     @RequestParam(defaultValue = "/home") String redirectUrl,
                     HttpServletResponse response) throws IOException {
    ssoService.exchangeCode(code);
    response.sendRedirect(redirectUrl);
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-918",
        "at": "restTemplate.getForObject(src",
        "bad": r"""
@GetMapping("/proxy/image")
public ResponseEntity<byte[]> proxyImage(@RequestParam String src) {
    byte[] body = restTemplate.getForObject(src, byte[].class);
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .body(body);
}
""",
        "good": r"""
private static final Set<String> IMAGE_HOSTS = Set.of("images.example-cdn.com", "avatars.example.org");

@GetMapping("/proxy/image")
public ResponseEntity<byte[]> proxyImage(@RequestParam String src) {
    URI uri = URI.create(src);
    if (!"https".equals(uri.getScheme()) || !IMAGE_HOSTS.contains(uri.getHost())) {
        return ResponseEntity.badRequest().build();
    }
    byte[] body = restTemplate.getForObject(uri, byte[].class);
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .body(body);
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-732",
        "at": "cache.setReadable(true, false);",
        "bad": r"""
public void writeApiKeyCache(String apiKey) throws IOException {
    File cache = new File(System.getProperty("user.home"), ".acme/apikey");
    cache.getParentFile().mkdirs();
    Files.writeString(cache.toPath(), apiKey);
    // let other tools on the box reuse the cached key
    cache.setReadable(true, false);
    cache.setWritable(true, false);
}
""",
    },
    {
        "lang": "java",
        "cwe": "CWE-94",
        "at": "return engine.eval(ruleExpression);",
        "bad": r"""
// ruleExpression is typed by users in the "custom alert rule" form
public Object evaluateRule(String ruleExpression, Map<String, Object> facts)
        throws ScriptException {
    ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
    facts.forEach(engine::put);
    return engine.eval(ruleExpression);
}
""",
    },
    {
        "lang": "java",
        "decoy": r"""
public List<String> findTitles(Connection conn, String keyword) throws SQLException {
    String sql = "SELECT title FROM articles WHERE title LIKE ? ESCAPE '!' ORDER BY published_at DESC";
    String pattern = "%" + keyword.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    List<String> titles = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
        ps.setString(1, pattern);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
    }
    return titles;
}
""",
    },
    {
        "lang": "java",
        "decoy": r"""
public String javaVersion() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("java", "-version")
        .redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return output.lines().findFirst().orElse("unknown");
}
""",
    },
    {
        "lang": "java",
        "decoy": r"""
// deterministic shuffle so the UI demo shows the same order on every run
public static <T> List<T> demoShuffle(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(42L));
    return copy;
}
""",
    },
]

# ---------------------------------------------------------------- c
SNIPPETS += [
    {
        "lang": "c",
        "cwe": "CWE-121",
        "at": "strcpy(buf, name);",
        "bad": r"""
#include <stdio.h>
#include <string.h>

void greet_user(const char *name) {
    char buf[32];
    strcpy(buf, name);
    printf("Hello, %s!\n", buf);
}

int main(int argc, char **argv) {
    greet_user(argc > 1 ? argv[1] : "world");
    return 0;
}
""",
        "good": r"""
#include <stdio.h>
#include <string.h>

void greet_user(const char *name) {
    char buf[32];
    /* snprintf truncates instead of writing past the end */
    snprintf(buf, sizeof(buf), "%s", name);
    printf("Hello, %s!\n", buf);
}

int main(int argc, char **argv) {
    greet_user(argc > 1 ? argv[1] : "world");
    return 0;
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-134",
        "at": "fprintf(logf, user_msg);",
        "bad": r"""
#include <stdio.h>
#include <time.h>

void log_message(FILE *logf, const char *user_msg) {
    time_t now = time(NULL);
    fprintf(logf, "[%ld] ", (long)now);
    fprintf(logf, user_msg);
    fputc('\n', logf);
    fflush(logf);
}
""",
        "good": r"""
#include <stdio.h>
#include <time.h>

void log_message(FILE *logf, const char *user_msg) {
    time_t now = time(NULL);
    fprintf(logf, "[%ld] ", (long)now);
    fprintf(logf, "%s", user_msg);
    fputc('\n', logf);
    fflush(logf);
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-78",
        "at": "return system(cmd);",
        "bad": r"""
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    char cmd[256];
    if (argc < 2) {
        fprintf(stderr, "usage: %s <host>\n", argv[0]);
        return 1;
    }
    snprintf(cmd, sizeof(cmd), "ping -c 3 %s", argv[1]);
    return system(cmd);
}
""",
        "good": r"""
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s <host>\n", argv[0]);
        return 1;
    }
    pid_t pid = fork();
    if (pid == 0) {
        /* argv-style exec: no shell parses the host string */
        execlp("ping", "ping", "-c", "3", "--", argv[1], (char *)NULL);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-676",
        "at": "gets(line);",
        "bad": r"""
#include <stdio.h>

int main(void) {
    char line[128];
    printf("Enter your name: ");
    gets(line);
    printf("Nice to meet you, %s\n", line);
    return 0;
}
""",
        "good": r"""
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[128];
    printf("Enter your name: ");
    if (fgets(line, sizeof(line), stdin) == NULL)
        return 1;
    line[strcspn(line, "\n")] = '\0';
    printf("Nice to meet you, %s\n", line);
    return 0;
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-787",
        "at": "for (size_t i = 0; i <= n; i++)",
        "bad": r"""
#include <stddef.h>

/* dst has room for exactly n samples */
void copy_samples(int *dst, const int *src, size_t n) {
    for (size_t i = 0; i <= n; i++) {
        dst[i] = src[i];
    }
}
""",
        "good": r"""
#include <stddef.h>

/* dst has room for exactly n samples */
void copy_samples(int *dst, const int *src, size_t n) {
    for (size_t i = 0; i < n; i++) {
        dst[i] = src[i];
    }
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-190",
        "at": "uint32_t total = hdr->count * hdr->elem_size;",
        "bad": r"""
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* hdr->count and hdr->elem_size are read straight from the file */
void *read_table(FILE *fp, const struct table_header *hdr) {
    uint32_t total = hdr->count * hdr->elem_size;
    char *buf = malloc(total);
    if (buf == NULL)
        return NULL;
    for (uint32_t i = 0; i < hdr->count; i++) {
        if (fread(buf + (size_t)i * hdr->elem_size, hdr->elem_size, 1, fp) != 1) {
            free(buf);
            return NULL;
        }
    }
    return buf;
}
""",
        "good": r"""
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* hdr->count and hdr->elem_size are read straight from the file */
void *read_table(FILE *fp, const struct table_header *hdr) {
    if (hdr->elem_size == 0 || hdr->count > SIZE_MAX / hdr->elem_size)
        return NULL;
    char *buf = calloc(hdr->count, hdr->elem_size);
    if (buf == NULL)
        return NULL;
    for (uint32_t i = 0; i < hdr->count; i++) {
        if (fread(buf + (size_t)i * hdr->elem_size, hdr->elem_size, 1, fp) != 1) {
            free(buf);
            return NULL;
        }
    }
    return buf;
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-416",
        "at": 'log_debug("closed session %d", s->id);',
        "bad": r"""
#include <stdlib.h>

struct session {
    int id;
    char *buffer;
};

void close_session(struct session *s) {
    free(s->buffer);
    free(s);
    log_debug("closed session %d", s->id);
}
""",
        "good": r"""
#include <stdlib.h>

struct session {
    int id;
    char *buffer;
};

void close_session(struct session *s) {
    int id = s->id;
    free(s->buffer);
    free(s);
    log_debug("closed session %d", id);
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-415",
        "at": ("free(data);", 3),
        "bad": r"""
#include <stdlib.h>

int load_config(const char *path, struct config *cfg) {
    char *data = read_file(path);
    if (!data)
        return -1;
    if (parse_config(data, cfg) != 0) {
        free(data);
        goto fail;
    }
    free(data);
    return 0;
fail:
    free(data);
    return -1;
}
""",
        "good": r"""
#include <stdlib.h>

int load_config(const char *path, struct config *cfg) {
    int rc = -1;
    char *data = read_file(path);
    if (!data)
        return -1;
    if (parse_config(data, cfg) != 0)
        goto out;
    rc = 0;
out:
    free(data);
    return rc;
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-120",
        "at": "sprintf(path,",
        "bad": r"""
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>

int open_user_config(const char *filename) {
    char path[256];
    const char *home = getenv("HOME");
    if (!home)
        return -1;
    sprintf(path, "%s/.config/myapp/%s", home, filename);
    return open(path, O_RDONLY);
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-377",
        "at": "tmpnam(",
        "bad": r"""
#include <stdio.h>
#include <string.h>

/* name_out must hold at least L_tmpnam bytes */
FILE *open_scratch_file(char *name_out) {
    char *name = tmpnam(NULL);
    if (name == NULL)
        return NULL;
    strcpy(name_out, name);
    return fopen(name, "w+");
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-732",
        "at": "fchmod(fd, 0666);",
        "bad": r"""
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int save_api_token(const char *path, const char *token) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return -1;
    /* the helper daemon runs as another user and needs to read it */
    fchmod(fd, 0666);
    ssize_t n = write(fd, token, strlen(token));
    close(fd);
    return n < 0 ? -1 : 0;
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-338",
        "at": "key[i] = (unsigned char)(rand()",
        "bad": r"""
#include <stdlib.h>
#include <time.h>

void generate_session_key(unsigned char *key, size_t len) {
    srand((unsigned)time(NULL));
    for (size_t i = 0; i < len; i++)
        key[i] = (unsigned char)(rand() & 0xff);
}
""",
        "good": r"""
#include <stddef.h>
#include <sys/random.h>

int generate_session_key(unsigned char *key, size_t len) {
    size_t off = 0;
    while (off < len) {
        ssize_t n = getrandom(key + off, len - off, 0);
        if (n < 0)
            return -1;
        off += (size_t)n;
    }
    return 0;
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-787",
        "at": "memcpy(payload, pkt + 2, len);",
        "bad": r"""
#include <stdint.h>
#include <string.h>

int handle_packet(const uint8_t *pkt, size_t pkt_len) {
    uint8_t payload[512];
    if (pkt_len < 2)
        return -1;
    uint16_t len = (uint16_t)(pkt[0] << 8 | pkt[1]);
    memcpy(payload, pkt + 2, len);
    return process_payload(payload, len);
}
""",
        "good": r"""
#include <stdint.h>
#include <string.h>

int handle_packet(const uint8_t *pkt, size_t pkt_len) {
    uint8_t payload[512];
    if (pkt_len < 2)
        return -1;
    uint16_t len = (uint16_t)(pkt[0] << 8 | pkt[1]);
    if (len > sizeof(payload) || len > pkt_len - 2)
        return -1;
    memcpy(payload, pkt + 2, len);
    return process_payload(payload, len);
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-259",
        "at": "#define ADMIN_PASSWORD",
        "bad": r"""
#include <stdio.h>
#include <string.h>

#define ADMIN_PASSWORD "hunter2hunter2"

int check_admin(const char *input) {
    return strcmp(input, ADMIN_PASSWORD) == 0;
}

int main(void) {
    char pw[64];
    if (!fgets(pw, sizeof(pw), stdin)) return 1;
    pw[strcspn(pw, "\n")] = '\0';
    puts(check_admin(pw) ? "welcome, admin" : "denied");
    return 0;
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-295",
        "at": "CURLOPT_SSL_VERIFYPEER, 0L",
        "bad": r"""
#include <curl/curl.h>
#include <stdio.h>

CURLcode fetch_url(const char *url, FILE *out) {
    CURL *curl = curl_easy_init();
    if (!curl)
        return CURLE_FAILED_INIT;
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc;
}
""",
        "good": r"""
#include <curl/curl.h>
#include <stdio.h>

CURLcode fetch_url(const char *url, FILE *out) {
    CURL *curl = curl_easy_init();
    if (!curl)
        return CURLE_FAILED_INIT;
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc;
}
""",
    },
    {
        "lang": "c",
        "cwe": "CWE-22",
        "at": 'snprintf(path, sizeof(path), "/var/www/static/%s"',
        "bad": r"""
#include <stdio.h>

/* name comes from the request line, e.g. GET /static/<name> */
FILE *open_static_file(const char *name) {
    char path[512];
    snprintf(path, sizeof(path), "/var/www/static/%s", name);
    return fopen(path, "rb");
}
""",
    },
    {
        "lang": "c",
        "decoy": r"""
#include <string.h>

int set_hostname(struct conn *c, const char *host) {
    size_t n = strlen(host);
    if (n >= sizeof(c->hostname))
        return -1;
    strcpy(c->hostname, host);   /* fits: length checked above */
    return 0;
}
""",
    },
    {
        "lang": "c",
        "decoy": r"""
#include <errno.h>
#include <stdio.h>
#include <string.h>

FILE *open_input(const char *filename) {
    FILE *fp = fopen(filename, "r");
    if (fp == NULL)
        fprintf(stderr, "%s: cannot open: %s\n", filename, strerror(errno));
    return fp;
}
""",
    },
    {
        "lang": "c",
        "decoy": r"""
#include <stdio.h>
#include <stdlib.h>

void clear_screen(void) {
    /* constant command string, no user input involved */
    if (system("clear") != 0)
        fputs("\n\n\n", stdout);
}
""",
    },
]

# ---------------------------------------------------------------- go
# (written with 4-space indents here; converted to tabs like gofmt output)
SNIPPETS += [
    {
        "lang": "go",
        "cwe": "CWE-89",
        "at": "query := fmt.Sprintf(",
        "bad": r"""
func GetOrder(db *sql.DB, orderID string) (*Order, error) {
    query := fmt.Sprintf("SELECT id, status, total FROM orders WHERE id = '%s'", orderID)
    row := db.QueryRow(query)
    var o Order
    if err := row.Scan(&o.ID, &o.Status, &o.Total); err != nil {
        return nil, err
    }
    return &o, nil
}
""",
        "good": r"""
func GetOrder(db *sql.DB, orderID string) (*Order, error) {
    row := db.QueryRow("SELECT id, status, total FROM orders WHERE id = $1", orderID)
    var o Order
    if err := row.Scan(&o.ID, &o.Status, &o.Total); err != nil {
        return nil, err
    }
    return &o, nil
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-78",
        "at": 'exec.Command("sh", "-c"',
        "bad": r"""
func thumbnailHandler(w http.ResponseWriter, r *http.Request) {
    name := r.URL.Query().Get("file")
    cmd := exec.Command("sh", "-c", "convert /data/images/"+name+" -thumbnail 128x128 /data/thumbs/"+name)
    if out, err := cmd.CombinedOutput(); err != nil {
        http.Error(w, string(out), http.StatusInternalServerError)
        return
    }
    w.WriteHeader(http.StatusNoContent)
}
""",
        "good": r"""
var imageName = regexp.MustCompile(`^[A-Za-z0-9_-]+\.(png|jpg|jpeg)$`)

func thumbnailHandler(w http.ResponseWriter, r *http.Request) {
    name := r.URL.Query().Get("file")
    if !imageName.MatchString(name) {
        http.Error(w, "invalid file name", http.StatusBadRequest)
        return
    }
    cmd := exec.Command("convert", "/data/images/"+name, "-thumbnail", "128x128", "/data/thumbs/"+name)
    if err := cmd.Run(); err != nil {
        http.Error(w, "conversion failed", http.StatusInternalServerError)
        return
    }
    w.WriteHeader(http.StatusNoContent)
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-22",
        "at": "path := filepath.Join(",
        "bad": r"""
func serveAttachment(w http.ResponseWriter, r *http.Request) {
    name := r.URL.Query().Get("name")
    path := filepath.Join("/var/lib/app/attachments", name)
    http.ServeFile(w, r, path)
}
""",
        "good": r"""
const attachmentDir = "/var/lib/app/attachments"

func serveAttachment(w http.ResponseWriter, r *http.Request) {
    name := r.URL.Query().Get("name")
    // IsLocal rejects absolute paths, "..", and other escapes from the base dir
    if !filepath.IsLocal(name) {
        http.Error(w, "invalid name", http.StatusBadRequest)
        return
    }
    http.ServeFile(w, r, filepath.Join(attachmentDir, name))
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-295",
        "at": "InsecureSkipVerify: true",
        "bad": r"""
func newAPIClient() *http.Client {
    tr := &http.Transport{
        TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
        MaxIdleConns:    10,
    }
    return &http.Client{Transport: tr, Timeout: 15 * time.Second}
}
""",
        "good": r"""
func newAPIClient(caFile string) (*http.Client, error) {
    pem, err := os.ReadFile(caFile)
    if err != nil {
        return nil, err
    }
    pool := x509.NewCertPool()
    if !pool.AppendCertsFromPEM(pem) {
        return nil, errors.New("no certificates found in CA file")
    }
    tr := &http.Transport{
        TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
        MaxIdleConns:    10,
    }
    return &http.Client{Transport: tr, Timeout: 15 * time.Second}, nil
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-798",
        "at": "dbPassword = ",
        "bad": r"""
const (
    dbUser     = "inventory"
    dbPassword = "hunter2hunter2"
    dbHost     = "10.0.3.17:5432"
)

func openDB() (*sql.DB, error) {
    dsn := fmt.Sprintf("postgres://%s:%s@%s/inventory?sslmode=require", dbUser, dbPassword, dbHost)
    return sql.Open("postgres", dsn)
}
""",
        "good": r"""
func openDB() (*sql.DB, error) {
    dsn := os.Getenv("INVENTORY_DATABASE_URL")
    if dsn == "" {
        return nil, errors.New("INVENTORY_DATABASE_URL is not set")
    }
    return sql.Open("postgres", dsn)
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-338",
        "at": "b[i] = letters[rand.Intn(",
        "bad": r"""
import "math/rand"

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// NewAPIKey returns a fresh key for the developer portal.
func NewAPIKey() string {
    b := make([]byte, 40)
    for i := range b {
        b[i] = letters[rand.Intn(len(letters))]
    }
    return string(b)
}
""",
        "good": r"""
import (
    "crypto/rand"
    "encoding/base64"
)

// NewAPIKey returns a fresh key for the developer portal.
func NewAPIKey() (string, error) {
    b := make([]byte, 30)
    if _, err := rand.Read(b); err != nil {
        return "", err
    }
    return base64.RawURLEncoding.EncodeToString(b), nil
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-79",
        "at": 'fmt.Fprintf(w, "<html>',
        "bad": r"""
func helloHandler(w http.ResponseWriter, r *http.Request) {
    name := r.FormValue("name")
    w.Header().Set("Content-Type", "text/html; charset=utf-8")
    fmt.Fprintf(w, "<html><body><h1>Hello, %s</h1></body></html>", name)
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-79",
        "at": "Bio: template.HTML(user.Bio)",
        "bad": r"""
var profileTmpl = template.Must(template.New("profile").Parse(
    `<div class="bio">{{.Bio}}</div>`))

func profileHandler(w http.ResponseWriter, r *http.Request) {
    user, err := loadUser(r.URL.Query().Get("id"))
    if err != nil {
        http.NotFound(w, r)
        return
    }
    // bios may contain formatting, so don't escape them
    data := struct{ Bio template.HTML }{Bio: template.HTML(user.Bio)}
    profileTmpl.Execute(w, data)
}
""",
        "good": r"""
var profileTmpl = template.Must(template.New("profile").Parse(
    `<div class="bio">{{.Bio}}</div>`))

func profileHandler(w http.ResponseWriter, r *http.Request) {
    user, err := loadUser(r.URL.Query().Get("id"))
    if err != nil {
        http.NotFound(w, r)
        return
    }
    // plain string: html/template escapes it for the HTML context
    data := struct{ Bio string }{Bio: user.Bio}
    profileTmpl.Execute(w, data)
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-328",
        "at": "sum := md5.Sum(",
        "bad": r"""
import (
    "crypto/md5"
    "encoding/hex"
)

func hashPassword(pw string) string {
    sum := md5.Sum([]byte(pw))
    return hex.EncodeToString(sum[:])
}
""",
        "good": r"""
import "golang.org/x/crypto/bcrypt"

func hashPassword(pw string) (string, error) {
    h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
    if err != nil {
        return "", err
    }
    return string(h), nil
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-918",
        "at": "resp, err := http.Get(avatarURL)",
        "bad": r"""
func fetchAvatar(w http.ResponseWriter, r *http.Request) {
    avatarURL := r.URL.Query().Get("url")
    resp, err := http.Get(avatarURL)
    if err != nil {
        http.Error(w, "fetch failed", http.StatusBadGateway)
        return
    }
    defer resp.Body.Close()
    w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
    io.Copy(w, resp.Body)
}
""",
        "good": r"""
var avatarHosts = map[string]bool{"avatars.githubusercontent.com": true, "secure.gravatar.com": true}

func fetchAvatar(w http.ResponseWriter, r *http.Request) {
    u, err := url.Parse(r.URL.Query().Get("url"))
    if err != nil || u.Scheme != "https" || !avatarHosts[u.Hostname()] {
        http.Error(w, "url not allowed", http.StatusBadRequest)
        return
    }
    resp, err := http.Get(u.String())
    if err != nil {
        http.Error(w, "fetch failed", http.StatusBadGateway)
        return
    }
    defer resp.Body.Close()
    w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
    io.Copy(w, io.LimitReader(resp.Body, 2<<20))
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-601",
        "at": "http.Redirect(w, r, next,",
        "bad": r"""
func loginCallback(w http.ResponseWriter, r *http.Request) {
    if err := completeLogin(w, r); err != nil {
        http.Error(w, "login failed", http.StatusUnauthorized)
        return
    }
    next := r.URL.Query().Get("next")
    http.Redirect(w, r, next, http.StatusFound)
}
""",
        "good": r"""
func safeNext(next string) string {
    u, err := url.Parse(next)
    if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") ||
        strings.HasPrefix(next, "//") || strings.Contains(next, "\\") {
        return "/"
    }
    return u.RequestURI()
}

func loginCallback(w http.ResponseWriter, r *http.Request) {
    if err := completeLogin(w, r); err != nil {
        http.Error(w, "login failed", http.StatusUnauthorized)
        return
    }
    http.Redirect(w, r, safeNext(r.URL.Query().Get("next")), http.StatusFound)
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-732",
        "at": "os.WriteFile(path, creds, 0666)",
        "bad": r"""
// saveCredentials caches the OAuth refresh token on disk.
func saveCredentials(path string, creds []byte) error {
    if err := os.MkdirAll(filepath.Dir(path), 0777); err != nil {
        return err
    }
    return os.WriteFile(path, creds, 0666)
}
""",
        "good": r"""
// saveCredentials caches the OAuth refresh token on disk.
func saveCredentials(path string, creds []byte) error {
    if err := os.MkdirAll(filepath.Dir(path), 0700); err != nil {
        return err
    }
    return os.WriteFile(path, creds, 0600)
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-377",
        "at": "path := filepath.Join(os.TempDir()",
        "bad": r"""
func writeTempReport(data []byte) (string, error) {
    path := filepath.Join(os.TempDir(), "report-"+strconv.Itoa(os.Getpid())+".pdf")
    if err := os.WriteFile(path, data, 0644); err != nil {
        return "", err
    }
    return path, nil
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-400",
        "at": "body, err := io.ReadAll(r.Body)",
        "bad": r"""
func uploadHandler(w http.ResponseWriter, r *http.Request) {
    body, err := io.ReadAll(r.Body)
    if err != nil {
        http.Error(w, "read error", http.StatusBadRequest)
        return
    }
    id, err := store.Put(r.Context(), body)
    if err != nil {
        http.Error(w, "store error", http.StatusInternalServerError)
        return
    }
    fmt.Fprintln(w, id)
}
""",
    },
    {
        "lang": "go",
        "cwe": "CWE-22",
        "at": "target := filepath.Join(dest, f.Name)",
        "bad": r"""
func extractZip(src, dest string) error {
    r, err := zip.OpenReader(src)
    if err != nil {
        return err
    }
    defer r.Close()
    for _, f := range r.File {
        target := filepath.Join(dest, f.Name)
        if f.FileInfo().IsDir() {
            os.MkdirAll(target, 0755)
            continue
        }
        rc, err := f.Open()
        if err != nil {
            return err
        }
        out, err := os.Create(target)
        if err != nil {
            rc.Close()
            return err
        }
        _, err = io.Copy(out, rc)
        out.Close()
        rc.Close()
        if err != nil {
            return err
        }
    }
    return nil
}
""",
    },
    {
        "lang": "go",
        "decoy": r"""
func gitCommit() (string, error) {
    out, err := exec.Command("git", "rev-parse", "HEAD").Output()
    if err != nil {
        return "", err
    }
    return strings.TrimSpace(string(out)), nil
}
""",
    },
    {
        "lang": "go",
        "decoy": r"""
// etagFor returns a weak ETag used only for HTTP cache validation.
func etagFor(body []byte) string {
    sum := md5.Sum(body)
    return `W/"` + hex.EncodeToString(sum[:8]) + `"`
}
""",
    },
    {
        "lang": "go",
        "decoy": r"""
// backoff returns an exponential retry delay with jitter (not security-relevant).
func backoff(attempt int) time.Duration {
    base := time.Duration(1<<uint(attempt)) * 100 * time.Millisecond
    jitter := time.Duration(rand.Int63n(int64(base / 2)))
    return base + jitter
}
""",
    },
    {
        "lang": "go",
        "decoy": r"""
const auditTable = "audit_events"

func recentEvents(ctx context.Context, db *sql.DB, userID int64) (*sql.Rows, error) {
    q := fmt.Sprintf("SELECT id, action, created_at FROM %s WHERE user_id = $1 ORDER BY created_at DESC LIMIT 50", auditTable)
    return db.QueryContext(ctx, q, userID)
}
""",
    },
]

# ---------------------------------------------------------------- php
SNIPPETS += [
    {
        "lang": "php",
        "cwe": "CWE-89",
        "at": "mysqli_query($conn,",
        "bad": r"""
<?php
require 'db.php';

$id = $_GET['id'];
$result = mysqli_query($conn, "SELECT title, body FROM posts WHERE id = " . $id);
while ($row = mysqli_fetch_assoc($result)) {
    echo "<h2>" . htmlspecialchars($row['title']) . "</h2>";
    echo "<div>" . htmlspecialchars($row['body']) . "</div>";
}
""",
        "good": r"""
<?php
require 'db.php';

$id = (int) ($_GET['id'] ?? 0);
$stmt = mysqli_prepare($conn, "SELECT title, body FROM posts WHERE id = ?");
mysqli_stmt_bind_param($stmt, "i", $id);
mysqli_stmt_execute($stmt);
$result = mysqli_stmt_get_result($stmt);
while ($row = mysqli_fetch_assoc($result)) {
    echo "<h2>" . htmlspecialchars($row['title']) . "</h2>";
    echo "<div>" . htmlspecialchars($row['body']) . "</div>";
}
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-89",
        "at": "$stmt = $pdo->query(",
        "bad": r"""
<?php
function findUserByLogin(PDO $pdo, string $login): ?array
{
    $stmt = $pdo->query("SELECT * FROM users WHERE login = '$login' LIMIT 1");
    $user = $stmt->fetch(PDO::FETCH_ASSOC);
    return $user ?: null;
}
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-79",
        "at": 'value="<?= $q ?>"',
        "bad": r"""
<?php $q = $_GET['q'] ?? ''; ?>
<form method="get" action="/search.php">
  <input type="text" name="q" value="<?= $q ?>">
  <button type="submit">Search</button>
</form>
<p>You searched for: <?php echo $q; ?></p>
""",
        "good": r"""
<?php $q = htmlspecialchars($_GET['q'] ?? '', ENT_QUOTES | ENT_HTML5, 'UTF-8'); ?>
<form method="get" action="/search.php">
  <input type="text" name="q" value="<?= $q ?>">
  <button type="submit">Search</button>
</form>
<p>You searched for: <?php echo $q; ?></p>
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-78",
        "at": 'shell_exec("whois "',
        "bad": r"""
<?php
$domain = $_POST['domain'] ?? '';
$output = shell_exec("whois " . $domain);
echo "<pre>" . htmlspecialchars($output ?? '') . "</pre>";
""",
        "good": r"""
<?php
$domain = $_POST['domain'] ?? '';
if (!filter_var($domain, FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME)) {
    http_response_code(400);
    exit('Invalid domain');
}
$output = shell_exec('whois ' . escapeshellarg($domain));
echo "<pre>" . htmlspecialchars($output ?? '') . "</pre>";
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-22",
        "at": "$path = '/var/www/storage/invoices/' . $file;",
        "bad": r"""
<?php
$file = $_GET['file'];
$path = '/var/www/storage/invoices/' . $file;
if (file_exists($path)) {
    header('Content-Type: application/pdf');
    header('Content-Disposition: attachment; filename="invoice.pdf"');
    readfile($path);
} else {
    http_response_code(404);
}
""",
        "good": r"""
<?php
$baseDir = realpath('/var/www/storage/invoices');
$path = realpath($baseDir . '/' . basename($_GET['file'] ?? ''));
if ($path !== false && str_starts_with($path, $baseDir . DIRECTORY_SEPARATOR) && is_file($path)) {
    header('Content-Type: application/pdf');
    header('Content-Disposition: attachment; filename="invoice.pdf"');
    readfile($path);
} else {
    http_response_code(404);
}
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-502",
        "at": "unserialize(",
        "bad": r"""
<?php
$prefs = ['theme' => 'light', 'lang' => 'en'];
if (isset($_COOKIE['prefs'])) {
    $prefs = unserialize(base64_decode($_COOKIE['prefs']));
}
$theme = $prefs['theme'];
""",
        "good": r"""
<?php
$prefs = ['theme' => 'light', 'lang' => 'en'];
if (isset($_COOKIE['prefs'])) {
    $decoded = json_decode(base64_decode($_COOKIE['prefs']), true);
    if (is_array($decoded) && in_array($decoded['theme'] ?? null, ['light', 'dark'], true)) {
        $prefs['theme'] = $decoded['theme'];
    }
}
$theme = $prefs['theme'];
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-95",
        "at": 'return eval("return $rule;");',
        "bad": r"""
<?php
// $rule comes from the promotions admin form, e.g. "$price * 0.9"
function applyDiscountRule(string $rule, float $price): float
{
    return eval("return $rule;");
}

echo applyDiscountRule($_POST['rule'], 49.99);
""",
        "good": r"""
<?php
// rule is structured data from the promotions form: {"type": "percent", "value": 10}
function applyDiscountRule(array $rule, float $price): float
{
    $value = (float) ($rule['value'] ?? 0);
    return match ($rule['type'] ?? '') {
        'percent' => $price * (1 - min(max($value, 0), 100) / 100),
        'fixed'   => max($price - $value, 0),
        default   => $price,
    };
}

echo applyDiscountRule(json_decode($_POST['rule'], true) ?? [], 49.99);
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-328",
        "at": "$hash = md5($_POST['password']);",
        "bad": r"""
<?php
$email = $_POST['email'];
$hash = md5($_POST['password']);
$stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
$stmt->execute([$email, $hash]);
header('Location: /welcome.php');
""",
        "good": r"""
<?php
$email = $_POST['email'];
$hash = password_hash($_POST['password'], PASSWORD_DEFAULT);
$stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
$stmt->execute([$email, $hash]);
header('Location: /welcome.php');
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-338",
        "at": "return md5(uniqid((string) mt_rand(), true));",
        "bad": r"""
<?php
function generateResetToken(): string
{
    return md5(uniqid((string) mt_rand(), true));
}

$token = generateResetToken();
$db->prepare('UPDATE users SET reset_token = ? WHERE email = ?')->execute([$token, $email]);
""",
        "good": r"""
<?php
function generateResetToken(): string
{
    return bin2hex(random_bytes(32));
}

$token = generateResetToken();
$db->prepare('UPDATE users SET reset_token = ? WHERE email = ?')
   ->execute([hash('sha256', $token), $email]);
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-601",
        "at": "header('Location: ' . $redirect);",
        "bad": r"""
<?php
session_start();
if (login($_POST['user'], $_POST['pass'])) {
    $redirect = $_GET['redirect'] ?? '/dashboard';
    header('Location: ' . $redirect);
    exit;
}
""",
        "good": r"""
<?php
session_start();
if (login($_POST['user'], $_POST['pass'])) {
    $redirect = $_GET['redirect'] ?? '/dashboard';
    $parts = parse_url($redirect);
    if ($parts === false || isset($parts['scheme']) || isset($parts['host'])
        || !str_starts_with($redirect, '/') || str_starts_with($redirect, '//')) {
        $redirect = '/dashboard';
    }
    header('Location: ' . $redirect);
    exit;
}
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-918",
        "at": "$image = file_get_contents($url);",
        "bad": r"""
<?php
// image proxy so remote avatars load over our domain
$url = $_GET['url'];
$image = file_get_contents($url);
header('Content-Type: image/jpeg');
echo $image;
""",
        "good": r"""
<?php
// image proxy so remote avatars load over our domain
$allowedHosts = ['secure.gravatar.com', 'avatars.githubusercontent.com'];
$url = $_GET['url'] ?? '';
$parts = parse_url($url);
if (!$parts || ($parts['scheme'] ?? '') !== 'https' || !in_array($parts['host'] ?? '', $allowedHosts, true)) {
    http_response_code(400);
    exit;
}
$image = file_get_contents($url);
header('Content-Type: image/jpeg');
echo $image;
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-611",
        "at": "LIBXML_NOENT | LIBXML_DTDLOAD",
        "bad": r"""
<?php
$xml = file_get_contents('php://input');
$dom = new DOMDocument();
$dom->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);
$order = simplexml_import_dom($dom);
echo "Received order " . htmlspecialchars((string) $order->id);
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-295",
        "at": "CURLOPT_SSL_VERIFYPEER, false",
        "bad": r"""
<?php
$ch = curl_init('https://api.partner.example.com/v2/shipments');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('PARTNER_TOKEN')]);
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
$response = curl_exec($ch);
curl_close($ch);
$shipments = json_decode($response, true);
""",
        "good": r"""
<?php
$ch = curl_init('https://api.partner.example.com/v2/shipments');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('PARTNER_TOKEN')]);
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
curl_setopt($ch, CURLOPT_CAINFO, '/etc/ssl/certs/ca-certificates.crt');
$response = curl_exec($ch);
curl_close($ch);
$shipments = json_decode($response, true);
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-259",
        "at": "define('DB_PASS',",
        "bad": r"""
<?php
// config.php
define('DB_HOST', 'localhost');
define('DB_USER', 'shop');
define('DB_PASS', 'hunter2hunter2');

$pdo = new PDO('mysql:host=' . DB_HOST . ';dbname=shop;charset=utf8mb4', DB_USER, DB_PASS, [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
""",
        "good": r"""
<?php
// config.php -- credentials are injected by the environment / secrets manager
$host = getenv('DB_HOST') ?: 'localhost';
$user = getenv('DB_USER');
$pass = getenv('DB_PASS');
if ($user === false || $pass === false) {
    throw new RuntimeException('Database credentials are not configured');
}
$pdo = new PDO("mysql:host=$host;dbname=shop;charset=utf8mb4", $user, $pass, [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-434",
        "at": "$target = __DIR__ . '/uploads/' . $_FILES['avatar']['name'];",
        "bad": r"""
<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_FILES['avatar'])) {
    $target = __DIR__ . '/uploads/' . $_FILES['avatar']['name'];
    if (move_uploaded_file($_FILES['avatar']['tmp_name'], $target)) {
        echo 'Avatar uploaded!';
    }
}
""",
    },
    {
        "lang": "php",
        "cwe": "CWE-98",
        "at": "include __DIR__",
        "bad": r"""
<?php
// index.php?page=about
$page = $_GET['page'] ?? 'home';
include __DIR__ . '/pages/' . $page . '.php';
""",
    },
    {
        "lang": "php",
        "decoy": r"""
<?php
$name = $_GET['name'] ?? 'guest';
?>
<p>Welcome back, <?= htmlspecialchars($name, ENT_QUOTES, 'UTF-8') ?>!</p>
""",
    },
    {
        "lang": "php",
        "decoy": r"""
<?php
function cacheKey(string $url, array $params): string
{
    ksort($params);
    // cache bucket name only; not a security control
    return 'page_' . md5($url . '?' . http_build_query($params));
}
""",
    },
    {
        "lang": "php",
        "decoy": r"""
<?php
// keep a copy of the report query the user ran, for the audit trail
$reportSql = "SELECT * FROM orders WHERE id = " . (int) $orderId;
$stmt = $pdo->prepare('INSERT INTO audit_log (actor, sql_text) VALUES (:actor, :sql_text)');
$stmt->execute([':actor' => $currentUser, ':sql_text' => $reportSql]);
""",
    },
]

# ---------------------------------------------------------------- typescript
SNIPPETS += [
    {
        "lang": "typescript",
        "cwe": "CWE-89",
        "at": "return repo.query(`SELECT",
        "bad": r"""
import { Repository } from 'typeorm';
import { Product } from './product.entity';

export async function searchProducts(repo: Repository<Product>, term: string): Promise<Product[]> {
  return repo.query(`SELECT * FROM product WHERE name ILIKE '%${term}%' LIMIT 50`);
}
""",
        "good": r"""
import { Repository } from 'typeorm';
import { Product } from './product.entity';

export async function searchProducts(repo: Repository<Product>, term: string): Promise<Product[]> {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  return repo.query('SELECT * FROM product WHERE name ILIKE $1 LIMIT 50', [pattern]);
}
""",
    },
    {
        "lang": "typescript",
        "cwe": "CWE-79",
        "at": "dangerouslySetInnerHTML",
        "bad": r"""
import React from 'react';

interface Props {
  comment: { author: string; body: string };
}

export function CommentBody({ comment }: Props) {
  return (
    <article className="comment">
      <h4>{comment.author}</h4>
      <div dangerouslySetInnerHTML={{ __html: comment.body }} />
    </article>
  );
}
""",
        "good": r"""
import React from 'react';
import DOMPurify from 'dompurify';

interface Props {
  comment: { author: string; body: string };
}

export function CommentBody({ comment }: Props) {
  const clean = DOMPurify.sanitize(comment.body, { ALLOWED_TAGS: ['b', 'i', 'em', 'strong', 'a', 'p'] });
  return (
    <article className="comment">
      <h4>{comment.author}</h4>
      <div dangerouslySetInnerHTML={{ __html: clean }} />
    </article>
  );
}
""",
    },
    {
        "lang": "typescript",
        "cwe": "CWE-78",
        "at": "execSync(`git log",
        "bad": r"""
import { execSync } from 'child_process';

export function getBranchLog(branch: string, limit = 20): string[] {
  const out = execSync(`git log ${branch} --oneline -n ${limit}`, { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}
""",
        "good": r"""
import { execFileSync } from 'child_process';

const BRANCH_RE = /^[A-Za-z0-9._\/-]+$/;

export function getBranchLog(branch: string, limit = 20): string[] {
  if (!BRANCH_RE.test(branch) || branch.startsWith('-')) {
    throw new Error(`invalid branch name: ${branch}`);
  }
  const n = String(Math.min(Math.max(Math.trunc(limit), 1), 500));
  const out = execFileSync('git', ['log', '--oneline', '-n', n, branch, '--'], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}
""",
    },
    {
        "lang": "typescript",
        "cwe": "CWE-22",
        "at": "fs.promises.readFile(`./docs/${doc}`",
        "bad": r"""
import fs from 'fs';
import { Request, Response } from 'express';

export async function getDoc(req: Request, res: Response): Promise<void> {
  const doc = String(req.query.doc);
  const content = await fs.promises.readFile(`./docs/${doc}`, 'utf8');
  res.type('text/markdown').send(content);
}
""",
        "good": r"""
import fs from 'fs';
import path from 'path';
import { Request, Response } from 'express';

const DOCS_DIR = path.resolve('./docs');

export async function getDoc(req: Request, res: Response): Promise<void> {
  const target = path.resolve(DOCS_DIR, String(req.query.doc));
  if (!target.startsWith(DOCS_DIR + path.sep)) {
    res.status(400).send('invalid document');
    return;
  }
  const content = await fs.promises.readFile(target, 'utf8');
  res.type('text/markdown').send(content);
}
""",
    },
    {
        "lang": "typescript",
        "cwe": "CWE-1321",
        "at": "target[key] = source[key];",
        "bad": r"""
export function deepMerge(target: any, source: any): any {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}
""",
        "good": r"""
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function deepMerge(target: Record<string, any>, source: Record<string, any>): Record<string, any> {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN.has(key)) continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!Object.hasOwn(target, key)) target[key] = Object.create(null);
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}
""",
    },
    {
        "lang": "typescript",
        "cwe": "CWE-798",
        "at": "new Stripe('sk_live_",
        "bad": r"""
import Stripe from 'stripe';

const stripe = new Stripe('sk_live_EXAMPLE_NOT_A_REAL_KEY_0000', { apiVersion: '2023-10-16' });

export async function createCheckout(priceId: string, customerEmail: string): Promise<string> {
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer_email: customerEmail,
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: 'https://app.example.com/billing/success',
    cancel_url: 'https://app.example.com/billing',
  });
  return session.url!;
}
""",
    },
    {
        "lang": "typescript",
        "cwe": "CWE-295",
        "at": "NODE_TLS_REJECT_UNAUTHORIZED",
        "bad": r"""
import axios from 'axios';

// staging uses a self-signed cert
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

export async function fetchFeatureFlags(env: string): Promise<Record<string, boolean>> {
  const { data } = await axios.get(`https://flags.${env}.example.com/api/flags`);
  return data;
}
""",
    },
    {
        "lang": "typescript",
        "decoy": r"""
const EMPTY_STATE = '<p class="empty">No notifications yet.</p>';

export function renderNotifications(el: HTMLElement, items: { message: string }[]): void {
  if (items.length === 0) {
    el.innerHTML = EMPTY_STATE;
    return;
  }
  el.replaceChildren(...items.map((n) => {
    const li = document.createElement('li');
    li.textContent = n.message;
    return li;
  }));
}
""",
    },
]

# ---------------------------------------------------------------- cpp
SNIPPETS += [
    {
        "lang": "cpp",
        "cwe": "CWE-416",
        "at": 'std::cout << "first name is still',
        "bad": r"""
#include <iostream>
#include <string>
#include <vector>

void addAndLog(std::vector<std::string>& names, const std::string& newName) {
    const std::string& first = names.front();
    names.push_back(newName);
    std::cout << "first name is still " << first << '\n';
}
""",
        "good": r"""
#include <iostream>
#include <string>
#include <vector>

void addAndLog(std::vector<std::string>& names, const std::string& newName) {
    if (names.empty()) return;
    const std::string first = names.front();   // copy, not a reference into the vector
    names.push_back(newName);
    std::cout << "first name is still " << first << '\n';
}
""",
    },
    {
        "lang": "cpp",
        "cwe": "CWE-415",
        "at": "Buffer b = a;",
        "bad": r"""
#include <cstddef>

class Buffer {
public:
    explicit Buffer(std::size_t n) : data_(new char[n]), size_(n) {}
    ~Buffer() { delete[] data_; }
    char* data() { return data_; }
    std::size_t size() const { return size_; }
private:
    char* data_;
    std::size_t size_;
};

void process() {
    Buffer a(1024);
    Buffer b = a;   // working copy
    fill(b.data(), b.size());
}
""",
        "good": r"""
#include <cstddef>
#include <vector>

class Buffer {
public:
    explicit Buffer(std::size_t n) : data_(n) {}
    char* data() { return data_.data(); }
    std::size_t size() const { return data_.size(); }
private:
    std::vector<char> data_;   // copying now performs a deep copy
};

void process() {
    Buffer a(1024);
    Buffer b = a;
    fill(b.data(), b.size());
}
""",
    },
    {
        "lang": "cpp",
        "cwe": "CWE-120",
        "at": "strcpy(prefix_, prefix.c_str());",
        "bad": r"""
#include <cstring>
#include <string>

class Logger {
public:
    void setPrefix(const std::string& prefix) {
        strcpy(prefix_, prefix.c_str());
    }
private:
    char prefix_[16];
};
""",
        "good": r"""
#include <cstdio>
#include <string>

class Logger {
public:
    void setPrefix(const std::string& prefix) {
        std::snprintf(prefix_, sizeof(prefix_), "%s", prefix.c_str());
    }
private:
    char prefix_[16];
};
""",
    },
    {
        "lang": "cpp",
        "cwe": "CWE-78",
        "at": "return std::system(cmd.c_str());",
        "bad": r"""
#include <cstdlib>
#include <string>

int compressLogs(const std::string& dir) {
    std::string cmd = "tar czf /tmp/logs.tgz " + dir;
    return std::system(cmd.c_str());
}
""",
        "good": r"""
#include <spawn.h>
#include <string>
#include <sys/wait.h>

extern char** environ;

int compressLogs(const std::string& dir) {
    const char* argv[] = {"tar", "czf", "/tmp/logs.tgz", "--", dir.c_str(), nullptr};
    pid_t pid;
    if (posix_spawnp(&pid, "tar", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
""",
    },
    {
        "lang": "cpp",
        "cwe": "CWE-134",
        "at": "std::printf(msg.c_str());",
        "bad": r"""
#include <cstdio>
#include <string>

void Console::print(const std::string& msg) {
    std::printf(msg.c_str());
    std::fflush(stdout);
}
""",
        "good": r"""
#include <cstdio>
#include <string>

void Console::print(const std::string& msg) {
    std::fputs(msg.c_str(), stdout);
    std::fflush(stdout);
}
""",
    },
    {
        "lang": "cpp",
        "cwe": "CWE-787",
        "at": "histogram[v]++;",
        "bad": r"""
#include <array>
#include <vector>

// values are byte-like codes parsed from the uploaded file
std::array<int, 256> buildHistogram(const std::vector<int>& values) {
    std::array<int, 256> histogram{};
    for (int v : values) {
        histogram[v]++;
    }
    return histogram;
}
""",
    },
    {
        "lang": "cpp",
        "decoy": r"""
#include <cstdint>
#include <cstring>

bool Packet::setPayload(const std::uint8_t* src, std::size_t len) {
    if (len > sizeof(payload_)) {
        return false;
    }
    std::memcpy(payload_, src, len);
    payloadLen_ = len;
    return true;
}
""",
    },
]

# ---------------------------------------------------------------- ruby
SNIPPETS += [
    {
        "lang": "ruby",
        "cwe": "CWE-89",
        "at": 'User.where("name LIKE',
        "bad": r"""
class UsersController < ApplicationController
  def search
    @users = User.where("name LIKE '%#{params[:q]}%'").order(:name).limit(25)
    render :index
  end
end
""",
        "good": r"""
class UsersController < ApplicationController
  def search
    pattern = "%#{User.sanitize_sql_like(params[:q].to_s)}%"
    @users = User.where("name LIKE ?", pattern).order(:name).limit(25)
    render :index
  end
end
""",
    },
    {
        "lang": "ruby",
        "cwe": "CWE-78",
        "at": "`du -sh #{path}`",
        "bad": r"""
# Returns a human-readable size like "1.2G" for the given directory.
def disk_usage(path)
  output = `du -sh #{path}`
  output.split("\t").first
end

puts disk_usage(ARGV.fetch(0, "."))
""",
        "good": r"""
require "open3"

# Returns a human-readable size like "1.2G" for the given directory.
def disk_usage(path)
  output, status = Open3.capture2("du", "-sh", "--", path)
  raise "du failed for #{path}" unless status.success?
  output.split("\t").first
end

puts disk_usage(ARGV.fetch(0, "."))
""",
    },
    {
        "lang": "ruby",
        "cwe": "CWE-502",
        "at": "Marshal.load(",
        "bad": r"""
class CartsController < ApplicationController
  def show
    raw = cookies[:cart]
    items = raw ? Marshal.load(Base64.decode64(raw)) : []
    @cart = Cart.new(items)
  end
end
""",
        "good": r"""
class CartsController < ApplicationController
  def show
    raw = cookies.signed[:cart]
    items = raw ? JSON.parse(raw).select { |i| i.is_a?(Hash) } : []
    @cart = Cart.new(items.map { |i| i.slice("sku", "qty") })
  rescue JSON::ParserError
    @cart = Cart.new([])
  end
end
""",
    },
    {
        "lang": "ruby",
        "cwe": "CWE-79",
        "at": "user.bio.html_safe",
        "bad": r"""
module UsersHelper
  def render_bio(user)
    return content_tag(:p, "No bio yet", class: "muted") if user.bio.blank?
    content_tag(:div, user.bio.html_safe, class: "bio")
  end
end
""",
        "good": r"""
module UsersHelper
  def render_bio(user)
    return content_tag(:p, "No bio yet", class: "muted") if user.bio.blank?
    content_tag(:div, sanitize(user.bio, tags: %w[p b i em strong a], attributes: %w[href]), class: "bio")
  end
end
""",
    },
    {
        "lang": "ruby",
        "cwe": "CWE-22",
        "at": 'path = Rails.root.join("storage", "exports", params[:filename])',
        "bad": r"""
class ExportsController < ApplicationController
  def download
    path = Rails.root.join("storage", "exports", params[:filename])
    send_file path, disposition: "attachment"
  end
end
""",
        "good": r"""
class ExportsController < ApplicationController
  EXPORT_DIR = Rails.root.join("storage", "exports").realpath

  def download
    path = EXPORT_DIR.join(File.basename(params[:filename].to_s)).expand_path
    return head(:not_found) unless path.to_s.start_with?("#{EXPORT_DIR}/") && path.file?
    send_file path, disposition: "attachment"
  end
end
""",
    },
    {
        "lang": "ruby",
        "cwe": "CWE-601",
        "at": "redirect_to params[:return_to]",
        "bad": r"""
class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      session[:user_id] = user.id
      redirect_to params[:return_to] || root_path, allow_other_host: true
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end
end
""",
    },
    {
        "lang": "ruby",
        "decoy": r"""
# Fast-forward a deploy checkout; args are passed as an array, no shell involved.
def sync_repo(dir)
  Dir.chdir(dir) do
    system("git", "fetch", "--prune") or raise "fetch failed"
    system("git", "merge", "--ff-only", "origin/main") or raise "merge failed"
  end
end
""",
    },
]

# ---------------------------------------------------------------- csharp
SNIPPETS += [
    {
        "lang": "csharp",
        "cwe": "CWE-89",
        "at": 'var cmd = new SqlCommand("SELECT',
        "bad": r"""
public Customer? GetCustomer(string customerId)
{
    using var conn = new SqlConnection(_connectionString);
    conn.Open();
    var cmd = new SqlCommand("SELECT Id, Name, Email FROM Customers WHERE Id = '" + customerId + "'", conn);
    using var reader = cmd.ExecuteReader();
    if (!reader.Read()) return null;
    return new Customer(reader.GetString(0), reader.GetString(1), reader.GetString(2));
}
""",
        "good": r"""
public Customer? GetCustomer(string customerId)
{
    using var conn = new SqlConnection(_connectionString);
    conn.Open();
    var cmd = new SqlCommand("SELECT Id, Name, Email FROM Customers WHERE Id = @id", conn);
    cmd.Parameters.Add("@id", SqlDbType.NVarChar, 36).Value = customerId;
    using var reader = cmd.ExecuteReader();
    if (!reader.Read()) return null;
    return new Customer(reader.GetString(0), reader.GetString(1), reader.GetString(2));
}
""",
    },
    {
        "lang": "csharp",
        "cwe": "CWE-502",
        "at": "formatter.Deserialize(",
        "bad": r"""
[HttpPost("settings/import")]
public IActionResult ImportSettings(IFormFile file)
{
    using var stream = file.OpenReadStream();
    var formatter = new BinaryFormatter();
    var settings = (UserSettings)formatter.Deserialize(stream);
    _settingsService.Save(User.Identity!.Name!, settings);
    return Ok();
}
""",
        "good": r"""
[HttpPost("settings/import")]
public async Task<IActionResult> ImportSettings(IFormFile file)
{
    await using var stream = file.OpenReadStream();
    var settings = await JsonSerializer.DeserializeAsync<UserSettings>(stream);
    if (settings is null) return BadRequest();
    _settingsService.Save(User.Identity!.Name!, settings);
    return Ok();
}
""",
    },
    {
        "lang": "csharp",
        "cwe": "CWE-295",
        "at": "ServerCertificateCustomValidationCallback = ",
        "bad": r"""
public static HttpClient CreateInventoryClient()
{
    var handler = new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true
    };
    return new HttpClient(handler)
    {
        BaseAddress = new Uri("https://inventory.internal.example.com/"),
        Timeout = TimeSpan.FromSeconds(10)
    };
}
""",
        "good": r"""
public static HttpClient CreateInventoryClient()
{
    // default handler validates the certificate chain and host name
    var handler = new HttpClientHandler();
    return new HttpClient(handler)
    {
        BaseAddress = new Uri("https://inventory.internal.example.com/"),
        Timeout = TimeSpan.FromSeconds(10)
    };
}
""",
    },
    {
        "lang": "csharp",
        "cwe": "CWE-78",
        "at": 'new ProcessStartInfo("cmd.exe"',
        "bad": r"""
public string Ping(string host)
{
    var psi = new ProcessStartInfo("cmd.exe", "/c ping -n 2 " + host)
    {
        RedirectStandardOutput = true,
        UseShellExecute = false
    };
    using var process = Process.Start(psi)!;
    string output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return output;
}
""",
        "good": r"""
public string Ping(string host)
{
    if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        throw new ArgumentException("invalid host name", nameof(host));
    var psi = new ProcessStartInfo("ping") { RedirectStandardOutput = true, UseShellExecute = false };
    psi.ArgumentList.Add("-n");
    psi.ArgumentList.Add("2");
    psi.ArgumentList.Add(host);
    using var process = Process.Start(psi)!;
    string output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return output;
}
""",
    },
    {
        "lang": "csharp",
        "cwe": "CWE-611",
        "at": "DtdProcessing = DtdProcessing.Parse",
        "bad": r"""
public XmlDocument LoadOrder(Stream input)
{
    var settings = new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = new XmlUrlResolver()
    };
    using var reader = XmlReader.Create(input, settings);
    var doc = new XmlDocument();
    doc.Load(reader);
    return doc;
}
""",
        "good": r"""
public XmlDocument LoadOrder(Stream input)
{
    var settings = new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null
    };
    using var reader = XmlReader.Create(input, settings);
    var doc = new XmlDocument { XmlResolver = null };
    doc.Load(reader);
    return doc;
}
""",
    },
    {
        "lang": "csharp",
        "cwe": "CWE-328",
        "at": "SHA1.HashData(",
        "bad": r"""
public static string HashPassword(string password)
{
    byte[] hash = SHA1.HashData(Encoding.UTF8.GetBytes(password));
    return Convert.ToBase64String(hash);
}

public static bool Verify(string password, string stored) => HashPassword(password) == stored;
""",
    },
    {
        "lang": "csharp",
        "decoy": r"""
public async Task<List<Order>> OrdersForCustomer(int customerId)
{
    // FromSqlInterpolated turns each interpolated value into a DbParameter
    return await _db.Orders
        .FromSqlInterpolated($"SELECT * FROM Orders WHERE CustomerId = {customerId}")
        .ToListAsync();
}
""",
    },
]

# ---------------------------------------------------------------- rust
SNIPPETS += [
    {
        "lang": "rust",
        "cwe": "CWE-89",
        "at": "let sql = format!(",
        "bad": r"""
pub async fn find_user(pool: &PgPool, username: &str) -> Result<Option<User>, sqlx::Error> {
    let sql = format!(
        "SELECT id, username, email FROM users WHERE username = '{}'",
        username
    );
    sqlx::query_as::<_, User>(&sql).fetch_optional(pool).await
}
""",
        "good": r"""
pub async fn find_user(pool: &PgPool, username: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, username, email FROM users WHERE username = $1")
        .bind(username)
        .fetch_optional(pool)
        .await
}
""",
    },
    {
        "lang": "rust",
        "cwe": "CWE-78",
        "at": '.arg(format!("rsync',
        "bad": r"""
use std::process::{Command, ExitStatus};

fn run_backup(target_dir: &str) -> std::io::Result<ExitStatus> {
    Command::new("sh")
        .arg("-c")
        .arg(format!("rsync -a --delete /srv/data/ {}", target_dir))
        .status()
}
""",
        "good": r"""
use std::process::{Command, ExitStatus};

fn run_backup(target_dir: &str) -> std::io::Result<ExitStatus> {
    Command::new("rsync")
        .args(["-a", "--delete", "--", "/srv/data/"])
        .arg(target_dir)
        .status()
}
""",
    },
    {
        "lang": "rust",
        "cwe": "CWE-295",
        "at": ".danger_accept_invalid_certs(true)",
        "bad": r"""
use std::time::Duration;

fn build_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .danger_accept_invalid_certs(true)
        .timeout(Duration::from_secs(10))
        .build()
}
""",
        "good": r"""
use std::time::Duration;

fn build_client() -> Result<reqwest::Client, Box<dyn std::error::Error>> {
    let pem = std::fs::read("/etc/myapp/internal-ca.pem")?;
    let ca = reqwest::Certificate::from_pem(&pem)?;
    Ok(reqwest::Client::builder()
        .add_root_certificate(ca)
        .timeout(Duration::from_secs(10))
        .build()?)
}
""",
    },
    {
        "lang": "rust",
        "cwe": "CWE-787",
        "at": "std::ptr::copy_nonoverlapping(",
        "bad": r"""
/// Copies the length-prefixed header from `buf` into `out`.
pub fn read_header(buf: &[u8], out: &mut [u8; 64]) -> usize {
    let len = buf[0] as usize | ((buf[1] as usize) << 8);
    unsafe {
        std::ptr::copy_nonoverlapping(buf.as_ptr().add(2), out.as_mut_ptr(), len);
    }
    len
}
""",
        "good": r"""
/// Copies the length-prefixed header from `buf` into `out`.
pub fn read_header(buf: &[u8], out: &mut [u8; 64]) -> Option<usize> {
    let [lo, hi, rest @ ..] = buf else { return None };
    let len = *lo as usize | ((*hi as usize) << 8);
    if len > out.len() {
        return None;
    }
    out[..len].copy_from_slice(rest.get(..len)?);
    Some(len)
}
""",
    },
    {
        "lang": "rust",
        "cwe": "CWE-22",
        "at": 'let path = std::path::Path::new("/srv/files").join(',
        "bad": r"""
#[derive(Deserialize)]
struct DownloadParams {
    name: String,
}

async fn download(Query(p): Query<DownloadParams>) -> Result<Vec<u8>, StatusCode> {
    let path = std::path::Path::new("/srv/files").join(&p.name);
    tokio::fs::read(path).await.map_err(|_| StatusCode::NOT_FOUND)
}
""",
        "good": r"""
use std::path::{Component, Path};

#[derive(Deserialize)]
struct DownloadParams {
    name: String,
}

async fn download(Query(p): Query<DownloadParams>) -> Result<Vec<u8>, StatusCode> {
    let rel = Path::new(&p.name);
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let path = Path::new("/srv/files").join(rel);
    tokio::fs::read(path).await.map_err(|_| StatusCode::NOT_FOUND)
}
""",
    },
    {
        "lang": "rust",
        "cwe": "CWE-798",
        "at": "const API_KEY: &str = ",
        "bad": r"""
const API_KEY: &str = "sk_live_EXAMPLE_NOT_A_REAL_KEY_0000";

pub async fn send_sms(client: &reqwest::Client, to: &str, body: &str) -> reqwest::Result<()> {
    client
        .post("https://api.sms-provider.example.com/v1/messages")
        .bearer_auth(API_KEY)
        .json(&serde_json::json!({ "to": to, "body": body }))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
""",
    },
    {
        "lang": "rust",
        "decoy": r"""
use std::process::Command;

/// Lists changed files in the repository; the path is passed as its own argv entry.
fn changed_files(repo: &std::path::Path) -> std::io::Result<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["status", "--porcelain"])
        .output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
""",
    },
]

# ---------------------------------------------------------------- kotlin
SNIPPETS += [
    {
        "lang": "kotlin",
        "cwe": "CWE-89",
        "at": 'db.rawQuery("SELECT',
        "bad": r"""
fun findNotesByTag(db: SQLiteDatabase, tag: String): List<Note> {
    val notes = mutableListOf<Note>()
    db.rawQuery("SELECT id, title, body FROM notes WHERE tag = '$tag'", null).use { c ->
        while (c.moveToNext()) {
            notes += Note(c.getLong(0), c.getString(1), c.getString(2))
        }
    }
    return notes
}
""",
        "good": r"""
fun findNotesByTag(db: SQLiteDatabase, tag: String): List<Note> {
    val notes = mutableListOf<Note>()
    db.rawQuery("SELECT id, title, body FROM notes WHERE tag = ?", arrayOf(tag)).use { c ->
        while (c.moveToNext()) {
            notes += Note(c.getLong(0), c.getString(1), c.getString(2))
        }
    }
    return notes
}
""",
    },
    {
        "lang": "kotlin",
        "cwe": "CWE-79",
        "at": '"<html><body><p>Hi $name',
        "bad": r"""
@RestController
class GreetingController {
    @GetMapping("/greet", produces = [MediaType.TEXT_HTML_VALUE])
    fun greet(@RequestParam name: String): String =
        "<html><body><p>Hi $name, welcome back!</p></body></html>"
}
""",
        "good": r"""
@RestController
class GreetingController {
    @GetMapping("/greet", produces = [MediaType.TEXT_HTML_VALUE])
    fun greet(@RequestParam name: String): String =
        "<html><body><p>Hi ${HtmlUtils.htmlEscape(name)}, welcome back!</p></body></html>"
}
""",
    },
    {
        "lang": "kotlin",
        "cwe": "CWE-78",
        "at": 'ProcessBuilder("sh", "-c"',
        "bad": r"""
fun resizeImage(input: String, width: Int): Int {
    val process = ProcessBuilder("sh", "-c", "magick $input -resize ${width}x /tmp/out.png")
        .inheritIO()
        .start()
    return process.waitFor()
}
""",
        "good": r"""
fun resizeImage(input: String, width: Int): Int {
    require(width in 1..4096) { "width out of range" }
    val file = File(input)
    require(file.isFile) { "not a file: $input" }
    val process = ProcessBuilder("magick", file.absolutePath, "-resize", "${width}x", "/tmp/out.png")
        .inheritIO()
        .start()
    return process.waitFor()
}
""",
    },
    {
        "lang": "kotlin",
        "cwe": "CWE-327",
        "at": 'Cipher.getInstance("DES/ECB/PKCS5Padding")',
        "bad": r"""
object TokenCrypto {
    private val key = SecretKeySpec(BuildConfig.TOKEN_KEY.toByteArray(), "DES")

    fun encrypt(token: String): String {
        val cipher = Cipher.getInstance("DES/ECB/PKCS5Padding")
        cipher.init(Cipher.ENCRYPT_MODE, key)
        return Base64.encodeToString(cipher.doFinal(token.toByteArray()), Base64.NO_WRAP)
    }
}
""",
        "good": r"""
object TokenCrypto {
    private fun key(): SecretKey {
        val ks = KeyStore.getInstance("AndroidKeyStore").apply { load(null) }
        return (ks.getEntry("token_key", null) as KeyStore.SecretKeyEntry).secretKey
    }

    fun encrypt(token: String): String {
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key())
        val out = cipher.iv + cipher.doFinal(token.toByteArray())
        return Base64.encodeToString(out, Base64.NO_WRAP)
    }
}
""",
    },
    {
        "lang": "kotlin",
        "cwe": "CWE-330",
        "at": "Random.nextInt(100000, 1000000)",
        "bad": r"""
import kotlin.random.Random

fun issueLoginOtp(userId: Long): String {
    val otp = Random.nextInt(100000, 1000000).toString()
    otpStore.put(userId, otp, ttlSeconds = 300)
    smsGateway.send(userId, "Your login code is $otp")
    return otp
}
""",
        "good": r"""
import java.security.SecureRandom

private val secureRandom = SecureRandom()

fun issueLoginOtp(userId: Long): String {
    val otp = (100000 + secureRandom.nextInt(900000)).toString()
    otpStore.put(userId, otp, ttlSeconds = 300)
    smsGateway.send(userId, "Your login code is $otp")
    return otp
}
""",
    },
    {
        "lang": "kotlin",
        "cwe": "CWE-295",
        "at": ".hostnameVerifier { _, _ -> true }",
        "bad": r"""
val apiClient: OkHttpClient = OkHttpClient.Builder()
    .connectTimeout(15, TimeUnit.SECONDS)
    .hostnameVerifier { _, _ -> true }
    .addInterceptor(AuthInterceptor(tokenStore))
    .build()
""",
    },
    {
        "lang": "kotlin",
        "decoy": r"""
// Checksum used only to detect changed asset files between builds.
fun assetFingerprint(file: File): String {
    val md = MessageDigest.getInstance("MD5")
    file.inputStream().buffered().use { input ->
        val buf = ByteArray(8192)
        while (true) {
            val n = input.read(buf)
            if (n < 0) break
            md.update(buf, 0, n)
        }
    }
    return md.digest().joinToString("") { "%02x".format(it) }
}
""",
    },
]

# ---------------------------------------------------------------- bash
SNIPPETS += [
    {
        "lang": "bash",
        "cwe": "CWE-78",
        "at": 'eval "make $task"',
        "bad": r"""
#!/bin/bash
# usage: ./run_task.sh "<task name>"   (called by the CI web hook)
task="$1"
echo "Running task: $task"
eval "make $task"
""",
        "good": r"""
#!/bin/bash
# usage: ./run_task.sh "<task name>"   (called by the CI web hook)
task="$1"
if [[ ! "$task" =~ ^[a-z][a-z0-9_-]*$ ]]; then
    echo "invalid task name" >&2
    exit 1
fi
echo "Running task: $task"
make -- "$task"
""",
    },
    {
        "lang": "bash",
        "cwe": "CWE-377",
        "at": "tmpfile=/tmp/backup_$$.sql",
        "bad": r"""
#!/bin/bash
set -e
tmpfile=/tmp/backup_$$.sql
pg_dump "$DB_NAME" > "$tmpfile"
gzip -f "$tmpfile"
aws s3 cp "$tmpfile.gz" "s3://backups-example/$(date +%F).sql.gz"
rm -f "$tmpfile.gz"
""",
        "good": r"""
#!/bin/bash
set -euo pipefail
tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT
tmpfile="$tmpdir/backup.sql"
pg_dump "$DB_NAME" > "$tmpfile"
gzip -f "$tmpfile"
aws s3 cp "$tmpfile.gz" "s3://backups-example/$(date +%F).sql.gz"
""",
    },
    {
        "lang": "bash",
        "cwe": "CWE-295",
        "at": "curl -k",
        "bad": r"""
#!/usr/bin/env bash
set -euo pipefail
: "${API_TOKEN:?API_TOKEN must be set}"
curl -k -sS -H "Authorization: Bearer $API_TOKEN" \
    https://deploy.internal.example.com/api/releases/latest -o release.json
jq -r '.version' release.json
""",
        "good": r"""
#!/usr/bin/env bash
set -euo pipefail
: "${API_TOKEN:?API_TOKEN must be set}"
curl --cacert /etc/ssl/certs/internal-ca.pem -sS -H "Authorization: Bearer $API_TOKEN" \
    https://deploy.internal.example.com/api/releases/latest -o release.json
jq -r '.version' release.json
""",
    },
    {
        "lang": "bash",
        "cwe": "CWE-798",
        "at": 'DB_PASSWORD="hunter2hunter2"',
        "bad": r"""
#!/bin/bash
# nightly backup of all databases
DB_USER="backup"
DB_PASSWORD="hunter2hunter2"
for db in $(mysql -u "$DB_USER" -p"$DB_PASSWORD" -N -e "SHOW DATABASES" | grep -v schema); do
    mysqldump -u "$DB_USER" -p"$DB_PASSWORD" "$db" | gzip > "/backups/$db.sql.gz"
done
""",
        "good": r"""
#!/bin/bash
# nightly backup of all databases; credentials live in a 0600 option file
set -euo pipefail
CNF=/etc/mysql/backup.cnf
for db in $(mysql --defaults-extra-file="$CNF" -N -e "SHOW DATABASES" | grep -v schema); do
    mysqldump --defaults-extra-file="$CNF" "$db" | gzip > "/backups/$db.sql.gz"
done
""",
    },
    {
        "lang": "bash",
        "cwe": "CWE-732",
        "at": "chmod -R 777",
        "bad": r"""
#!/bin/bash
# fix "permission denied" errors when the app writes uploads and cache
APP_DIR=/var/www/app
mkdir -p "$APP_DIR/storage" "$APP_DIR/bootstrap/cache"
chown -R www-data:www-data "$APP_DIR"
chmod -R 777 "$APP_DIR/storage" "$APP_DIR/bootstrap/cache"
""",
        "good": r"""
#!/bin/bash
# fix "permission denied" errors when the app writes uploads and cache
APP_DIR=/var/www/app
mkdir -p "$APP_DIR/storage" "$APP_DIR/bootstrap/cache"
chown -R deploy:www-data "$APP_DIR"
find "$APP_DIR/storage" "$APP_DIR/bootstrap/cache" -type d -exec chmod 2770 {} +
find "$APP_DIR/storage" "$APP_DIR/bootstrap/cache" -type f -exec chmod 0660 {} +
""",
    },
    {
        "lang": "bash",
        "cwe": "CWE-494",
        "at": "| sudo bash",
        "bad": r"""
#!/bin/bash
set -e
echo "Installing monitoring agent..."
curl -fsSL https://get.agent.example.com/install.sh | sudo bash
sudo systemctl enable --now example-agent
""",
    },
    {
        "lang": "bash",
        "decoy": r"""
#!/usr/bin/env bash
set -euo pipefail
# start an agent for this shell and load the deploy key
eval "$(ssh-agent -s)"
ssh-add ~/.ssh/deploy_ed25519
""",
    },
]

# ---------------------------------------------------------------- sql
SNIPPETS += [
    {
        "lang": "sql",
        "cwe": "CWE-89",
        "at": "SET @sql = N'SELECT",
        "bad": r"""
CREATE PROCEDURE dbo.SearchProducts
    @Category NVARCHAR(100)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX);
    SET @sql = N'SELECT ProductId, Name, Price FROM dbo.Products WHERE Category = ''' + @Category + N'''';
    EXEC(@sql);
END;
""",
        "good": r"""
CREATE PROCEDURE dbo.SearchProducts
    @Category NVARCHAR(100)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX) =
        N'SELECT ProductId, Name, Price FROM dbo.Products WHERE Category = @Category';
    EXEC sp_executesql @sql, N'@Category NVARCHAR(100)', @Category = @Category;
END;
""",
    },
    {
        "lang": "sql",
        "cwe": "CWE-89",
        "at": "EXECUTE 'SELECT count(*) FROM invoices",
        "bad": r"""
CREATE OR REPLACE FUNCTION count_invoices_for_tenant(tenant text)
RETURNS bigint AS $$
DECLARE
    result bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM invoices WHERE tenant_id = ''' || tenant || '''' INTO result;
    RETURN result;
END;
$$ LANGUAGE plpgsql;
""",
        "good": r"""
CREATE OR REPLACE FUNCTION count_invoices_for_tenant(tenant text)
RETURNS bigint AS $$
DECLARE
    result bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM invoices WHERE tenant_id = $1' INTO result USING tenant;
    RETURN result;
END;
$$ LANGUAGE plpgsql;
""",
    },
    {
        "lang": "sql",
        "cwe": "CWE-89",
        "at": "SET @q = CONCAT(",
        "bad": r"""
DELIMITER //
CREATE PROCEDURE list_users_sorted(IN sort_col VARCHAR(64))
BEGIN
    SET @q = CONCAT('SELECT id, name, created_at FROM users ORDER BY ', sort_col);
    PREPARE stmt FROM @q;
    EXECUTE stmt;
    DEALLOCATE PREPARE stmt;
END //
DELIMITER ;
""",
        "good": r"""
DELIMITER //
CREATE PROCEDURE list_users_sorted(IN sort_col VARCHAR(64))
BEGIN
    SELECT id, name, created_at
    FROM users
    ORDER BY
        CASE WHEN sort_col = 'name' THEN name END,
        CASE WHEN sort_col = 'created_at' THEN created_at END,
        id;
END //
DELIMITER ;
""",
    },
    {
        "lang": "sql",
        "cwe": "CWE-269",
        "at": "GRANT ALL PRIVILEGES ON *.*",
        "bad": r"""
-- application account for the web tier
CREATE USER 'webapp'@'%' IDENTIFIED BY 'change-me-in-vault';
GRANT ALL PRIVILEGES ON *.* TO 'webapp'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;
""",
        "good": r"""
-- application account for the web tier
CREATE USER 'webapp'@'10.0.%' IDENTIFIED BY 'change-me-in-vault';
GRANT SELECT, INSERT, UPDATE, DELETE ON shop.* TO 'webapp'@'10.0.%';
FLUSH PRIVILEGES;
""",
    },
    {
        "lang": "sql",
        "cwe": "CWE-328",
        "at": "MD5(p_password)",
        "bad": r"""
-- called by the app on signup
DELIMITER //
CREATE PROCEDURE register_user(IN p_email VARCHAR(255), IN p_password VARCHAR(255))
BEGIN
    INSERT INTO users (email, password_hash, created_at)
    VALUES (p_email, MD5(p_password), NOW());
END //
DELIMITER ;
""",
    },
    {
        "lang": "sql",
        "cwe": "CWE-78",
        "at": "EXEC master..xp_cmdshell @cmd;",
        "bad": r"""
CREATE PROCEDURE dbo.ExportMonthlyReport
    @FileName NVARCHAR(200)
AS
BEGIN
    DECLARE @cmd VARCHAR(1000) =
        'bcp "SELECT * FROM Reports.dbo.Monthly" queryout "C:\exports\' + @FileName + '" -c -T';
    EXEC master..xp_cmdshell @cmd;
END;
""",
    },
    {
        "lang": "sql",
        "decoy": r"""
CREATE PROCEDURE dbo.PurgeOldRows
    @TableName SYSNAME,
    @Before DATE
AS
BEGIN
    DECLARE @sql NVARCHAR(MAX) =
        N'DELETE FROM dbo.' + QUOTENAME(@TableName) + N' WHERE CreatedAt < @Before;';
    EXEC sp_executesql @sql, N'@Before DATE', @Before = @Before;
END;
""",
    },
]

# ================================================================ builder
CWE_RE = re.compile(r"^CWE-\d+$")


def _clean(code, lang):
    code = textwrap.dedent(code).strip("\n")
    lines = [ln.rstrip() for ln in code.split("\n")]
    if lang == "go":
        # gofmt style: leading indentation is tabs
        out = []
        for ln in lines:
            body = ln.lstrip(" ")
            n = len(ln) - len(body)
            out.append("\t" * (n // 4) + " " * (n % 4) + body)
        lines = out
    return "\n".join(lines)


def _find_line(code, at, where):
    sub, nth = at if isinstance(at, tuple) else (at, None)
    hits = [i for i, ln in enumerate(code.split("\n"), 1) if sub in ln]
    if not hits:
        raise SystemExit(f"{where}: marker {sub!r} not found")
    if nth is None:
        if len(hits) != 1:
            raise SystemExit(f"{where}: marker {sub!r} is on {len(hits)} lines; use (marker, n)")
        return hits[0]
    if nth > len(hits):
        raise SystemExit(f"{where}: marker {sub!r} has only {len(hits)} hits")
    return hits[nth - 1]


def build_rows():
    counters = Counter()
    rows = []

    def next_id(lang):
        counters[lang] += 1
        return f"a-{lang}-{counters[lang]:03d}"

    for idx, s in enumerate(SNIPPETS):
        lang = s["lang"]
        if lang not in LANGS:
            raise SystemExit(f"entry {idx}: unknown language {lang}")
        if "decoy" in s:
            rows.append(
                {
                    "id": next_id(lang),
                    "language": lang,
                    "label": "safe",
                    "cwe": None,
                    "line": None,
                    "code": _clean(s["decoy"], lang),
                    "pair": None,
                }
            )
            continue
        bad = _clean(s["bad"], lang)
        bad_id = next_id(lang)
        row = {
            "id": bad_id,
            "language": lang,
            "label": "insecure",
            "cwe": s["cwe"],
            "line": _find_line(bad, s["at"], f"{bad_id} (entry {idx})"),
            "code": bad,
            "pair": None,
        }
        rows.append(row)
        if "good" in s:
            good_id = next_id(lang)
            row["pair"] = good_id
            rows.append(
                {
                    "id": good_id,
                    "language": lang,
                    "label": "safe",
                    "cwe": None,
                    "line": None,
                    "code": _clean(s["good"], lang),
                    "pair": bad_id,
                }
            )
    return rows


def validate(rows):
    errors = []
    by_id = {}
    codes = set()
    for r in rows:
        rid = r["id"]
        if rid in by_id:
            errors.append(f"duplicate id {rid}")
        by_id[rid] = r
        if not re.fullmatch(rf"a-{r['language']}-\d{{3}}", rid):
            errors.append(f"{rid}: bad id format")
        if r["code"] in codes:
            errors.append(f"{rid}: duplicate code")
        codes.add(r["code"])
        n_lines = r["code"].count("\n") + 1
        if not 4 <= n_lines <= 30:
            errors.append(f"{rid}: {n_lines} lines (want 4-30)")
        if r["label"] == "insecure":
            if not (isinstance(r["cwe"], str) and CWE_RE.match(r["cwe"])):
                errors.append(f"{rid}: bad cwe {r['cwe']!r}")
            if not (isinstance(r["line"], int) and 1 <= r["line"] <= n_lines):
                errors.append(f"{rid}: bad line {r['line']!r}")
        elif r["label"] == "safe":
            if r["cwe"] is not None or r["line"] is not None:
                errors.append(f"{rid}: safe row with cwe/line")
        else:
            errors.append(f"{rid}: bad label")
        if r["language"] == "python":
            try:
                ast.parse(r["code"])
            except SyntaxError as exc:
                errors.append(f"{rid}: python does not parse: {exc}")
    for r in rows:
        if r["pair"] is not None:
            twin = by_id.get(r["pair"])
            if twin is None or twin["pair"] != r["id"] or twin["label"] == r["label"]:
                errors.append(f"{r['id']}: broken pair {r['pair']}")
    if errors:
        raise SystemExit("validation failed:\n  " + "\n  ".join(errors))


def main():
    rows = build_rows()
    validate(rows)
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "snippets_dev.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = Counter(r["label"] for r in rows)
    print(
        f"wrote {len(rows)} rows to {out_path} "
        f"({labels['insecure']} insecure, {labels['safe']} safe)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
