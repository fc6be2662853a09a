#!/usr/bin/env python3
"""Sealed held-out test set #2 for the insecure-code scanner.

This standalone script (Python 3, standard library only) holds 200 short,
hand-written code snippets in 14 languages as literals and, when run, writes
them to ``snippets_sealed2.jsonl`` in the same directory as this file.

Every snippet was written blind: from general security knowledge only,
without looking at the project's code, data, prompts or any other corpus,
and without copying from public benchmarks (CyberSecEval, SecurityEval,
LLMSecEval, Juliet, OWASP Benchmark, ...).  Keep it sealed: do not train on
it or tune prompts against it; use it only for held-out evaluation.

Row schema (one JSON object per line):
    id        "s2-<language>-<nnn>"
    language  python | javascript | typescript | java | kotlin | c | cpp |
              go | php | ruby | csharp | rust | bash | sql
    label     "insecure" or "safe"
    cwe       "CWE-<n>" for insecure rows, else null
    line      1-based line of the vulnerable line for insecure rows, else null
    code      the snippet
    pair      id of the twin row (insecure <-> fixed safe version) or null

Insecure rows carry exactly one intended weakness.  About two thirds of the
safe rows are fixed twins of insecure rows; the rest are look-alikes that
resemble dangerous code but are correct.  The vulnerable line of each
insecure row is located through a unique anchor substring, so line numbers
cannot drift when a snippet is edited.

License: CC0-1.0 (public domain dedication).  To the extent possible under
law, the authors have waived all copyright and related rights to this work.
"""

import json
import os
import random
import sys

LANGUAGES = [
    "python",
    "javascript",
    "typescript",
    "java",
    "kotlin",
    "c",
    "cpp",
    "go",
    "php",
    "ruby",
    "csharp",
    "rust",
    "bash",
    "sql",
]

OUT_NAME = "snippets_sealed2.jsonl"


def I(key, cwe, anchor, code):
    """An insecure snippet; `anchor` must occur on exactly one line."""
    return {"kind": "insecure", "key": key, "cwe": cwe, "anchor": anchor, "code": code}


def S(code, twin=None):
    """A safe snippet; `twin` is the key of the insecure row it fixes."""
    return {"kind": "safe", "twin": twin, "code": code}


DATA = {}

# --------------------------------------------------------------------------
# python
# --------------------------------------------------------------------------
DATA["python"] = [
    I(
        "sqli",
        "CWE-89",
        'query = f"SELECT id, email',
        r"""
import sqlite3

def find_user(db_path, username):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    query = f"SELECT id, email FROM users WHERE username = '{username}'"
    cur.execute(query)
    row = cur.fetchone()
    conn.close()
    return row
""",
    ),
    S(
        r"""
import sqlite3

def find_user(db_path, username):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    query = "SELECT id, email FROM users WHERE username = ?"
    cur.execute(query, (username,))
    row = cur.fetchone()
    conn.close()
    return row
""",
        twin="sqli",
    ),
    I(
        "cmd",
        "CWE-78",
        'subprocess.run(f"ping',
        r"""
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    result = subprocess.run(f"ping -c 3 {host}", shell=True,
                            capture_output=True, text=True)
    return {"output": result.stdout}
""",
    ),
    S(
        r"""
import ipaddress
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        abort(400)
    result = subprocess.run(["ping", "-c", "3", host],
                            capture_output=True, text=True)
    return {"output": result.stdout}
""",
        twin="cmd",
    ),
    I(
        "pickle",
        "CWE-502",
        "pickle.loads(",
        r"""
import base64
import pickle
from flask import Flask, request

app = Flask(__name__)

@app.route("/restore", methods=["POST"])
def restore_session():
    blob = request.cookies.get("state", "")
    state = pickle.loads(base64.b64decode(blob))
    return {"items": len(state.get("cart", []))}
""",
    ),
    S(
        r"""
import base64
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/restore", methods=["POST"])
def restore_session():
    blob = request.cookies.get("state", "")
    state = json.loads(base64.b64decode(blob))
    if not isinstance(state, dict):
        return {"items": 0}
    return {"items": len(state.get("cart", []))}
""",
        twin="pickle",
    ),
    I(
        "md5pw",
        "CWE-916",
        "hashlib.md5(",
        r"""
import hashlib

def hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()

def register(db, username, password):
    db.execute(
        "INSERT INTO accounts (username, pw_hash) VALUES (?, ?)",
        (username, hash_password(password)),
    )
    db.commit()
""",
    ),
    S(
        r"""
import hashlib
import hmac
import os

def hash_password(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + dk.hex()

def verify_password(password: str, stored: str) -> bool:
    salt_hex, dk_hex = stored.split("$", 1)
    dk = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex),
                        n=2**14, r=8, p=1)
    return hmac.compare_digest(dk.hex(), dk_hex)
""",
        twin="md5pw",
    ),
    I(
        "rand",
        "CWE-338",
        "random.choice(alphabet)",
        r"""
import random
import string
import time

def make_reset_token(user_id):
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(32))
    expires = int(time.time()) + 3600
    return {"user_id": user_id, "token": token, "expires": expires}
""",
    ),
    I(
        "trav",
        "CWE-22",
        "path = os.path.join(UPLOAD_DIR, name)",
        r"""
import os
from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"

@app.route("/download")
def download():
    name = request.args.get("file", "")
    path = os.path.join(UPLOAD_DIR, name)
    if not os.path.isfile(path):
        return "not found", 404
    return send_file(path)
""",
    ),
    S(r"""
import ast

def parse_filter_values(raw: str):
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        raise ValueError("invalid filter")
    if not isinstance(value, (list, tuple)):
        raise ValueError("filter must be a list")
    return [str(v) for v in value]
"""),
    S(r"""
import hashlib
from flask import Flask, request, Response

app = Flask(__name__)

def etag_for(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()

@app.route("/feed.xml")
def feed():
    with open("/srv/app/static/feed.xml", "rb") as fh:
        body = fh.read()
    tag = etag_for(body)
    if request.headers.get("If-None-Match") == tag:
        return Response(status=304)
    return Response(body, mimetype="application/rss+xml", headers={"ETag": tag})
"""),
]

# --------------------------------------------------------------------------
# javascript
# --------------------------------------------------------------------------
DATA["javascript"] = [
    I(
        "exec",
        "CWE-78",
        "exec(`nslookup",
        r"""
const express = require("express");
const { exec } = require("child_process");

const app = express();

app.get("/api/lookup", (req, res) => {
  const domain = req.query.domain;
  exec(`nslookup ${domain}`, (err, stdout) => {
    if (err) return res.status(500).send("lookup failed");
    res.type("text/plain").send(stdout);
  });
});

app.listen(3000);
""",
    ),
    S(
        r"""
const express = require("express");
const { execFile } = require("child_process");

const app = express();
const DOMAIN_RE = /^[a-z0-9.-]{1,253}$/i;

app.get("/api/lookup", (req, res) => {
  const domain = String(req.query.domain || "");
  if (!DOMAIN_RE.test(domain) || domain.startsWith("-")) {
    return res.status(400).send("bad domain");
  }
  execFile("nslookup", [domain], (err, stdout) => {
    if (err) return res.status(500).send("lookup failed");
    res.type("text/plain").send(stdout);
  });
});

app.listen(3000);
""",
        twin="exec",
    ),
    I(
        "xss",
        "CWE-79",
        "results for ${q}",
        r"""
const express = require("express");
const app = express();

app.get("/search", (req, res) => {
  const q = req.query.q || "";
  const count = searchIndex(q).length;
  res.set("Content-Type", "text/html");
  res.send(`<h1>${count} results for ${q}</h1>`);
});

app.listen(8080);
""",
    ),
    S(
        r"""
const express = require("express");
const app = express();

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
  })[c]);
}

app.get("/search", (req, res) => {
  const q = req.query.q || "";
  const count = searchIndex(q).length;
  res.set("Content-Type", "text/html");
  res.send(`<h1>${count} results for ${escapeHtml(q)}</h1>`);
});

app.listen(8080);
""",
        twin="xss",
    ),
    I(
        "trav",
        "CWE-22",
        "const file = path.join(DOCS, req.query.name)",
        r"""
const express = require("express");
const fs = require("fs");
const path = require("path");

const app = express();
const DOCS = path.join(__dirname, "docs");

app.get("/docs", (req, res) => {
  const file = path.join(DOCS, req.query.name);
  fs.readFile(file, "utf8", (err, data) => {
    if (err) return res.sendStatus(404);
    res.type("text/markdown").send(data);
  });
});
""",
    ),
    S(
        r"""
const express = require("express");
const fs = require("fs");
const path = require("path");

const app = express();
const DOCS = path.join(__dirname, "docs");

app.get("/docs", (req, res) => {
  const file = path.resolve(DOCS, String(req.query.name || ""));
  if (!file.startsWith(DOCS + path.sep)) {
    return res.sendStatus(400);
  }
  fs.readFile(file, "utf8", (err, data) => {
    if (err) return res.sendStatus(404);
    res.type("text/markdown").send(data);
  });
});
""",
        twin="trav",
    ),
    I(
        "proto",
        "CWE-1321",
        "target[key] = value;",
        r"""
function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value && typeof value === "object" && !Array.isArray(value)) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

app.post("/settings", express.json(), (req, res) => {
  const settings = deepMerge(loadSettings(req.user.id), req.body);
  saveSettings(req.user.id, settings);
  res.json(settings);
});
""",
    ),
    S(
        r"""
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN.has(key)) continue;
    const value = source[key];
    if (value && typeof value === "object" && !Array.isArray(value)) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

app.post("/settings", express.json(), (req, res) => {
  const settings = deepMerge(loadSettings(req.user.id), req.body);
  saveSettings(req.user.id, settings);
  res.json(settings);
});
""",
        twin="proto",
    ),
    I(
        "mathrand",
        "CWE-338",
        "Math.random().toString(36)",
        r"""
const sessions = new Map();

function createSession(userId) {
  let id = "";
  for (let i = 0; i < 4; i++) {
    id += Math.random().toString(36).slice(2);
  }
  sessions.set(id, { userId, created: Date.now() });
  return id;
}

module.exports = { createSession, sessions };
""",
    ),
    I(
        "eval",
        "CWE-95",
        "eval(expr)",
        r"""
const express = require("express");
const app = express();
app.use(express.json());

app.post("/api/calc", (req, res) => {
  const expr = req.body.expression;
  try {
    const value = eval(expr);
    res.json({ value });
  } catch (e) {
    res.status(400).json({ error: "invalid expression" });
  }
});
""",
    ),
    S(r"""
const crypto = require("crypto");

function newApiKey() {
  return crypto.randomBytes(32).toString("base64url");
}

function backoffDelay(attempt) {
  const base = Math.min(30000, 500 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

module.exports = { newApiKey, backoffDelay };
"""),
    S(r"""
function renderComment(container, comment) {
  container.innerHTML =
    '<div class="comment"><b class="author"></b><p class="body"></p></div>';
  container.querySelector(".author").textContent = comment.author;
  container.querySelector(".body").textContent = comment.body;
  const time = document.createElement("time");
  time.dateTime = comment.createdAt;
  time.textContent = new Date(comment.createdAt).toLocaleString();
  container.firstChild.appendChild(time);
}
"""),
]

# --------------------------------------------------------------------------
# typescript
# --------------------------------------------------------------------------
DATA["typescript"] = [
    I(
        "ssrf",
        "CWE-918",
        "await fetch(target)",
        r"""
import express, { Request, Response } from "express";

const app = express();

app.get("/api/preview", async (req: Request, res: Response) => {
  const target = String(req.query.url ?? "");
  try {
    const upstream = await fetch(target);
    const html = await upstream.text();
    const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? "";
    res.json({ url: target, title });
  } catch {
    res.status(502).json({ error: "fetch failed" });
  }
});
""",
    ),
    S(
        r"""
import express, { Request, Response } from "express";

const app = express();
const ALLOWED_HOSTS = new Set(["example.com", "www.example.com", "blog.example.com"]);

app.get("/api/preview", async (req: Request, res: Response) => {
  let target: URL;
  try {
    target = new URL(String(req.query.url ?? ""));
  } catch {
    return res.status(400).json({ error: "bad url" });
  }
  if (target.protocol !== "https:" || !ALLOWED_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: "host not allowed" });
  }
  try {
    const upstream = await fetch(target, { redirect: "error" });
    const html = await upstream.text();
    const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? "";
    res.json({ url: target.href, title });
  } catch {
    res.status(502).json({ error: "fetch failed" });
  }
});
""",
        twin="ssrf",
    ),
    I(
        "sqli",
        "CWE-89",
        "WHERE customer_id = ${customerId}",
        r"""
import { Pool } from "pg";

const pool = new Pool();

export async function listOrders(customerId: string, status: string) {
  const sql = `SELECT id, total, created_at FROM orders
               WHERE customer_id = ${customerId} AND status = '${status}'
               ORDER BY created_at DESC`;
  const { rows } = await pool.query(sql);
  return rows;
}
""",
    ),
    S(
        r"""
import { Pool } from "pg";

const pool = new Pool();

export async function listOrders(customerId: string, status: string) {
  const sql = `SELECT id, total, created_at FROM orders
               WHERE customer_id = $1 AND status = $2
               ORDER BY created_at DESC`;
  const { rows } = await pool.query(sql, [customerId, status]);
  return rows;
}
""",
        twin="sqli",
    ),
    I(
        "xss",
        "CWE-79",
        "dangerouslySetInnerHTML={{ __html: c.body }}",
        r"""
import React from "react";

type Comment = { id: string; author: string; body: string };

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>
          <div dangerouslySetInnerHTML={{ __html: c.body }} />
        </li>
      ))}
    </ul>
  );
}
""",
    ),
    S(
        r"""
import React from "react";

type Comment = { id: string; author: string; body: string };

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>
          <p className="comment-body">{c.body}</p>
        </li>
      ))}
    </ul>
  );
}
""",
        twin="xss",
    ),
    I(
        "redirect",
        "CWE-601",
        "res.redirect(next)",
        r"""
import express from "express";
import { authenticate, setAuthCookie } from "./auth";

const router = express.Router();

router.post("/login", async (req, res) => {
  const user = await authenticate(req.body.username, req.body.password);
  if (!user) {
    return res.status(401).render("login", { error: "Invalid credentials" });
  }
  setAuthCookie(res, user);
  const next = (req.query.next as string) || "/dashboard";
  res.redirect(next);
});

export default router;
""",
    ),
    S(
        r"""
import express from "express";
import { authenticate, setAuthCookie } from "./auth";

const router = express.Router();

function safeNext(raw: unknown): string {
  if (typeof raw !== "string") return "/dashboard";
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return "/dashboard";
  return raw;
}

router.post("/login", async (req, res) => {
  const user = await authenticate(req.body.username, req.body.password);
  if (!user) {
    return res.status(401).render("login", { error: "Invalid credentials" });
  }
  setAuthCookie(res, user);
  res.redirect(safeNext(req.query.next));
});

export default router;
""",
        twin="redirect",
    ),
    I(
        "redos",
        "CWE-1333",
        "const EMAIL_RE",
        r"""
const EMAIL_RE = /^([a-zA-Z0-9_.-]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/;

export function validateSignup(body: { email?: string; name?: string }) {
  const errors: string[] = [];
  if (!body.email || !EMAIL_RE.test(body.email)) {
    errors.push("email is invalid");
  }
  if (!body.name || body.name.length > 100) {
    errors.push("name is required");
  }
  return errors;
}
""",
    ),
    S(
        r"""
const EMAIL_RE = /^[a-zA-Z0-9_.+-]{1,64}@[a-zA-Z0-9-]{1,63}(\.[a-zA-Z0-9-]{1,63})+$/;

export function validateSignup(body: { email?: string; name?: string }) {
  const errors: string[] = [];
  if (!body.email || body.email.length > 254 || !EMAIL_RE.test(body.email)) {
    errors.push("email is invalid");
  }
  if (!body.name || body.name.length > 100) {
    errors.push("name is required");
  }
  return errors;
}
""",
        twin="redos",
    ),
    I(
        "jwtsecret",
        "CWE-798",
        'const JWT_SECRET = "',
        r"""
import jwt from "jsonwebtoken";

const JWT_SECRET = "s3cr3t-jwt-key-2024";

export function issueToken(userId: string, role: string): string {
  return jwt.sign({ sub: userId, role }, JWT_SECRET, {
    algorithm: "HS256",
    expiresIn: "1h",
  });
}

export function verifyToken(token: string) {
  return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] });
}
""",
    ),
    S(
        r"""
import jwt from "jsonwebtoken";

function requireSecret(name: string): string {
  const value = process.env[name];
  if (!value || value.length < 32) {
    throw new Error(`${name} must be set to at least 32 characters`);
  }
  return value;
}

const JWT_SECRET = requireSecret("JWT_SECRET");

export function issueToken(userId: string, role: string): string {
  return jwt.sign({ sub: userId, role }, JWT_SECRET, {
    algorithm: "HS256",
    expiresIn: "1h",
  });
}

export function verifyToken(token: string) {
  return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] });
}
""",
        twin="jwtsecret",
    ),
    I(
        "jwtdecode",
        "CWE-347",
        "jwt.decode(token)",
        r"""
import jwt from "jsonwebtoken";
import { Request, Response, NextFunction } from "express";

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const payload = jwt.decode(token) as { sub?: string; role?: string } | null;
  if (!payload?.sub) {
    return res.status(401).json({ error: "unauthorized" });
  }
  res.locals.user = { id: payload.sub, role: payload.role };
  next();
}
""",
    ),
    I(
        "nosql",
        "CWE-943",
        "User.findOne({ email, resetToken: token",
        r"""
import { Request, Response } from "express";
import bcrypt from "bcrypt";
import { User } from "./models/user";

export async function resetPassword(req: Request, res: Response) {
  const { email, token, newPassword } = req.body;
  const user = await User.findOne({ email, resetToken: token, resetExpires: { $gt: new Date() } });
  if (!user) {
    return res.status(400).json({ error: "invalid or expired token" });
  }
  user.passwordHash = await bcrypt.hash(String(newPassword), 12);
  user.resetToken = undefined;
  await user.save();
  res.json({ ok: true });
}
""",
    ),
    I(
        "ecb",
        "CWE-327",
        'crypto.createCipheriv("aes-256-ecb"',
        r"""
import crypto from "crypto";

const KEY = Buffer.from(process.env.DATA_KEY_HEX ?? "", "hex");

export function encryptField(plain: string): string {
  const cipher = crypto.createCipheriv("aes-256-ecb", KEY, null);
  return Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]).toString("base64");
}

export function decryptField(data: string): string {
  const decipher = crypto.createDecipheriv("aes-256-ecb", KEY, null);
  const raw = Buffer.from(data, "base64");
  return Buffer.concat([decipher.update(raw), decipher.final()]).toString("utf8");
}
""",
    ),
    S(r"""
import React from "react";
import DOMPurify from "dompurify";
import { marked } from "marked";

export function MarkdownPreview({ source }: { source: string }) {
  const html = DOMPurify.sanitize(marked.parse(source, { async: false }) as string);
  return <article className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
"""),
    S(r"""
const GITHUB_API = "https://api.github.com";
const NAME_RE = /^[A-Za-z0-9_.-]{1,100}$/;

export async function getRepo(owner: string, repo: string) {
  for (const part of [owner, repo]) {
    if (!NAME_RE.test(part) || part === "." || part === "..") {
      throw new Error("invalid repository name");
    }
  }
  const url = `${GITHUB_API}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  const res = await fetch(url, { headers: { Accept: "application/vnd.github+json" } });
  if (!res.ok) throw new Error(`GitHub returned ${res.status}`);
  return res.json();
}
"""),
    S(r"""
import { Pool } from "pg";

const pool = new Pool();
const TABLES = { posts: "blog_posts", pages: "static_pages" } as const;

export async function countRows(kind: keyof typeof TABLES, authorId: number) {
  if (!Object.hasOwn(TABLES, kind)) throw new Error("unknown kind");
  const table = TABLES[kind];
  const { rows } = await pool.query(
    `SELECT count(*) AS n FROM ${table} WHERE author_id = $1`,
    [authorId],
  );
  return Number(rows[0].n);
}
"""),
]

# --------------------------------------------------------------------------
# java
# --------------------------------------------------------------------------
DATA["java"] = [
    I(
        "sqli",
        "CWE-89",
        'String sql = "SELECT name FROM products WHERE name LIKE \'%" + term',
        r"""
import java.sql.*;
import java.util.*;

public class ProductDao {
    private final Connection conn;

    public ProductDao(Connection conn) { this.conn = conn; }

    public List<String> searchByName(String term) throws SQLException {
        List<String> names = new ArrayList<>();
        String sql = "SELECT name FROM products WHERE name LIKE '%" + term + "%'";
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }
}
""",
    ),
    S(
        r"""
import java.sql.*;
import java.util.*;

public class ProductDao {
    private final Connection conn;

    public ProductDao(Connection conn) { this.conn = conn; }

    public List<String> searchByName(String term) throws SQLException {
        List<String> names = new ArrayList<>();
        String sql = "SELECT name FROM products WHERE name LIKE ?";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, "%" + term + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        }
        return names;
    }
}
""",
        twin="sqli",
    ),
    I(
        "xxe",
        "CWE-611",
        "builder.parse(uploaded)",
        r"""
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import java.io.InputStream;

public class InvoiceParser {
    public String parseCustomer(InputStream uploaded) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document doc = builder.parse(uploaded);
        return doc.getElementsByTagName("customer").item(0).getTextContent();
    }
}
""",
    ),
    S(
        r"""
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import java.io.InputStream;

public class InvoiceParser {
    public String parseCustomer(InputStream uploaded) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document doc = builder.parse(uploaded);
        return doc.getElementsByTagName("customer").item(0).getTextContent();
    }
}
""",
        twin="xxe",
    ),
    I(
        "deser",
        "CWE-502",
        "Object msg = in.readObject();",
        r"""
import java.io.*;
import java.net.*;

public class MetricsReceiver {
    private final MetricStore store = new MetricStore();

    public void serve(int port) throws IOException {
        try (ServerSocket server = new ServerSocket(port)) {
            while (true) {
                try (Socket client = server.accept();
                     ObjectInputStream in = new ObjectInputStream(client.getInputStream())) {
                    Object msg = in.readObject();
                    if (msg instanceof MetricBatch batch) {
                        store.add(batch);
                    }
                } catch (ClassNotFoundException e) {
                    System.err.println("unknown message: " + e.getMessage());
                }
            }
        }
    }
}
""",
    ),
    S(
        r"""
import java.io.*;
import java.net.*;

public class MetricsReceiver {
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
        "maxdepth=5;maxbytes=1048576;com.example.metrics.MetricBatch;com.example.metrics.Metric;"
        + "java.lang.String;java.util.ArrayList;!*");
    private final MetricStore store = new MetricStore();

    public void serve(int port) throws IOException {
        try (ServerSocket server = new ServerSocket(port)) {
            while (true) {
                try (Socket client = server.accept();
                     ObjectInputStream in = new ObjectInputStream(client.getInputStream())) {
                    in.setObjectInputFilter(FILTER);
                    Object msg = in.readObject();
                    if (msg instanceof MetricBatch batch) {
                        store.add(batch);
                    }
                } catch (ClassNotFoundException | InvalidClassException e) {
                    System.err.println("rejected message: " + e.getMessage());
                }
            }
        }
    }
}
""",
        twin="deser",
    ),
    I(
        "cmd",
        "CWE-78",
        '"traceroute -m 10 " + host',
        r"""
import java.io.*;

public class DiagnosticsService {
    public String traceroute(String host) throws IOException, InterruptedException {
        String[] cmd = {"/bin/sh", "-c", "traceroute -m 10 " + host};
        Process p = Runtime.getRuntime().exec(cmd);
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) out.append(line).append('\n');
        }
        p.waitFor();
        return out.toString();
    }
}
""",
    ),
    S(
        r"""
import java.io.*;
import java.util.regex.Pattern;

public class DiagnosticsService {
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$");

    public String traceroute(String host) throws IOException, InterruptedException {
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("invalid host");
        }
        Process p = new ProcessBuilder("traceroute", "-m", "10", host)
            .redirectErrorStream(true)
            .start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) out.append(line).append('\n');
        }
        p.waitFor();
        return out.toString();
    }
}
""",
        twin="cmd",
    ),
    I(
        "sha1pw",
        "CWE-916",
        'MessageDigest.getInstance("SHA-1")',
        r"""
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

public class PasswordUtil {
    public static String hash(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    public static boolean check(String password, String stored) throws Exception {
        return hash(password).equals(stored);
    }
}
""",
    ),
    I(
        "trustall",
        "CWE-295",
        "public void checkServerTrusted",
        r"""
import javax.net.ssl.*;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

public class PartnerApiClient {
    public static HttpClient build() throws Exception {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] c, String a) {}
                public void checkServerTrusted(X509Certificate[] c, String a) {}
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, new SecureRandom());
        return HttpClient.newBuilder().sslContext(ctx).build();
    }
}
""",
    ),
    S(r"""
import java.sql.*;
import javax.sql.DataSource;

public class HealthCheck {
    private final DataSource ds;

    public HealthCheck(DataSource ds) { this.ds = ds; }

    public boolean databaseUp() {
        try (Connection c = ds.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }
}
"""),
    S(r"""
import java.util.*;

public class QuizService {
    private final Random random = new Random();

    public List<Question> pickQuestions(List<Question> pool, int n) {
        List<Question> copy = new ArrayList<>(pool);
        Collections.shuffle(copy, random);
        return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
    }
}
"""),
]

# --------------------------------------------------------------------------
# kotlin
# --------------------------------------------------------------------------
DATA["kotlin"] = [
    I(
        "sqli",
        "CWE-89",
        "db.rawQuery(\"SELECT body FROM notes WHERE title = '$title'\"",
        r"""
import android.database.sqlite.SQLiteDatabase

class NotesRepository(private val db: SQLiteDatabase) {
    fun findByTitle(title: String): List<String> {
        val result = mutableListOf<String>()
        val cursor = db.rawQuery("SELECT body FROM notes WHERE title = '$title'", null)
        cursor.use {
            while (it.moveToNext()) result.add(it.getString(0))
        }
        return result
    }
}
""",
    ),
    S(
        r"""
import android.database.sqlite.SQLiteDatabase

class NotesRepository(private val db: SQLiteDatabase) {
    fun findByTitle(title: String): List<String> {
        val result = mutableListOf<String>()
        val cursor = db.rawQuery("SELECT body FROM notes WHERE title = ?", arrayOf(title))
        cursor.use {
            while (it.moveToNext()) result.add(it.getString(0))
        }
        return result
    }
}
""",
        twin="sqli",
    ),
    I(
        "trav",
        "CWE-22",
        "val file = File(reportsDir, name)",
        r"""
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import java.io.File

val reportsDir = File("/var/app/reports")

fun Route.reportRoutes() {
    get("/reports/download") {
        val name = call.request.queryParameters["name"]
            ?: return@get call.respond(HttpStatusCode.BadRequest)
        val file = File(reportsDir, name)
        if (!file.isFile) return@get call.respond(HttpStatusCode.NotFound)
        call.respondFile(file)
    }
}
""",
    ),
    S(
        r"""
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import java.io.File

val reportsDir: File = File("/var/app/reports").canonicalFile

fun Route.reportRoutes() {
    get("/reports/download") {
        val name = call.request.queryParameters["name"]
            ?: return@get call.respond(HttpStatusCode.BadRequest)
        val file = File(reportsDir, name).canonicalFile
        if (!file.toPath().startsWith(reportsDir.toPath())) {
            return@get call.respond(HttpStatusCode.BadRequest)
        }
        if (!file.isFile) return@get call.respond(HttpStatusCode.NotFound)
        call.respondFile(file)
    }
}
""",
        twin="trav",
    ),
    I(
        "cmd",
        "CWE-78",
        'ProcessBuilder("sh", "-c", "convert',
        r"""
import java.io.File

fun makeThumbnail(uploadPath: String, outDir: File): File {
    val out = File(outDir, "thumb.png")
    val process = ProcessBuilder("sh", "-c", "convert '$uploadPath' -resize 128x128 ${out.absolutePath}")
        .redirectErrorStream(true)
        .start()
    val log = process.inputStream.bufferedReader().readText()
    if (process.waitFor() != 0) {
        error("thumbnail failed: $log")
    }
    return out
}
""",
    ),
    S(
        r"""
import java.io.File

fun makeThumbnail(uploadPath: String, outDir: File): File {
    val input = File(uploadPath)
    require(input.isFile && input.isAbsolute) { "upload not found" }
    val out = File(outDir, "thumb.png")
    val process = ProcessBuilder("convert", input.path, "-resize", "128x128", out.absolutePath)
        .redirectErrorStream(true)
        .start()
    val log = process.inputStream.bufferedReader().readText()
    if (process.waitFor() != 0) {
        error("thumbnail failed: $log")
    }
    return out
}
""",
        twin="cmd",
    ),
    I(
        "ecb",
        "CWE-327",
        'Cipher.getInstance("AES/ECB',
        r"""
import java.util.Base64
import javax.crypto.Cipher
import javax.crypto.spec.SecretKeySpec

class TokenCipher(key: ByteArray) {
    private val keySpec = SecretKeySpec(key, "AES")

    private fun cipher(mode: Int): Cipher =
        Cipher.getInstance("AES/ECB/PKCS5Padding").apply { init(mode, keySpec) }

    fun encrypt(plain: String): String =
        Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE).doFinal(plain.toByteArray()))

    fun decrypt(data: String): String =
        String(cipher(Cipher.DECRYPT_MODE).doFinal(Base64.getDecoder().decode(data)))
}
""",
    ),
    S(
        r"""
import java.security.SecureRandom
import java.util.Base64
import javax.crypto.Cipher
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.SecretKeySpec

class TokenCipher(key: ByteArray) {
    private val keySpec = SecretKeySpec(key, "AES")
    private val random = SecureRandom()

    fun encrypt(plain: String): String {
        val iv = ByteArray(12).also { random.nextBytes(it) }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, keySpec, GCMParameterSpec(128, iv))
        return Base64.getEncoder().encodeToString(iv + cipher.doFinal(plain.toByteArray()))
    }

    fun decrypt(data: String): String {
        val bytes = Base64.getDecoder().decode(data)
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, keySpec, GCMParameterSpec(128, bytes, 0, 12))
        return String(cipher.doFinal(bytes, 12, bytes.size - 12))
    }
}
""",
        twin="ecb",
    ),
    I(
        "apikey",
        "CWE-798",
        'private const val API_KEY = "',
        r"""
import okhttp3.HttpUrl.Companion.toHttpUrl
import okhttp3.OkHttpClient
import okhttp3.Request

object WeatherClient {
    private const val API_KEY = "a7f3c9e1b2d84f6e9c0a1b2c3d4e5f60"
    private val http = OkHttpClient()

    fun forecast(city: String): String? {
        val url = "https://api.weatherprovider.example/v1/forecast".toHttpUrl().newBuilder()
            .addQueryParameter("city", city)
            .build()
        val request = Request.Builder().url(url).header("X-Api-Key", API_KEY).build()
        http.newCall(request).execute().use { return it.body?.string() }
    }
}
""",
    ),
    S(
        r"""
import okhttp3.HttpUrl.Companion.toHttpUrl
import okhttp3.OkHttpClient
import okhttp3.Request

object WeatherClient {
    private val apiKey: String = System.getenv("WEATHER_API_KEY")
        ?: error("WEATHER_API_KEY is not set")
    private val http = OkHttpClient()

    fun forecast(city: String): String? {
        val url = "https://api.weatherprovider.example/v1/forecast".toHttpUrl().newBuilder()
            .addQueryParameter("city", city)
            .build()
        val request = Request.Builder().url(url).header("X-Api-Key", apiKey).build()
        http.newCall(request).execute().use { return it.body?.string() }
    }
}
""",
        twin="apikey",
    ),
    I(
        "hostname",
        "CWE-297",
        ".hostnameVerifier { _, _ -> true }",
        r"""
import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

fun buildHttpClient(): OkHttpClient =
    OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .hostnameVerifier { _, _ -> true }
        .retryOnConnectionFailure(true)
        .build()
""",
    ),
    S(
        r"""
import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

fun buildHttpClient(): OkHttpClient =
    OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .retryOnConnectionFailure(true)
        .build()
""",
        twin="hostname",
    ),
    I(
        "rand",
        "CWE-338",
        "ALPHABET[Random.nextInt",
        r"""
import kotlin.random.Random

private const val ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

fun generateInviteCode(length: Int = 10): String =
    (1..length)
        .map { ALPHABET[Random.nextInt(ALPHABET.length)] }
        .joinToString("")

fun createInvite(teamId: Long, repo: InviteRepository): String {
    val code = generateInviteCode()
    repo.save(teamId, code)
    return code
}
""",
    ),
    I(
        "logpw",
        "CWE-532",
        'Log.d("LoginViewModel", "Attempting login',
        r"""
import android.util.Log
import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.launch

class LoginViewModel(private val api: AuthApi) : ViewModel() {
    val state = MutableStateFlow<LoginState>(LoginState.Idle)

    fun login(email: String, password: String) {
        Log.d("LoginViewModel", "Attempting login for $email with password $password")
        viewModelScope.launch {
            val result = runCatching { api.login(email, password) }
            result.onFailure { Log.w("LoginViewModel", "login failed", it) }
            state.value = if (result.isSuccess) LoginState.Success else LoginState.Error
        }
    }
}
""",
    ),
    I(
        "perm",
        "CWE-732",
        "file.setReadable(true, false)",
        r"""
import java.io.File
import java.util.Properties

fun saveCredentials(dir: File, username: String, token: String) {
    val file = File(dir, "credentials.properties")
    val props = Properties()
    props["username"] = username
    props["token"] = token
    file.outputStream().use { props.store(it, "service credentials") }
    file.setReadable(true, false)
    file.setWritable(true, true)
}
""",
    ),
    S(r"""
import kotlin.random.Random

class DiceGame(private val rng: Random = Random.Default) {
    fun roll(count: Int): List<Int> {
        require(count in 1..10) { "roll between 1 and 10 dice" }
        return List(count) { rng.nextInt(1, 7) }
    }

    fun score(dice: List<Int>): Int = dice.groupingBy { it }.eachCount()
        .entries.sumOf { (face, n) -> if (n >= 3) face * 100 else face * n }
}
"""),
    S(r"""
import android.database.sqlite.SQLiteDatabase

class StatsDao(private val db: SQLiteDatabase) {
    fun unreadCount(folderId: Long): Int {
        val sql = "SELECT COUNT(*) FROM messages WHERE folder_id = ? AND read = 0"
        db.rawQuery(sql, arrayOf(folderId.toString())).use { c ->
            return if (c.moveToFirst()) c.getInt(0) else 0
        }
    }
}
"""),
    S(r"""
import java.io.File

fun gitRevision(repoDir: File): String {
    val process = ProcessBuilder("sh", "-c", "git rev-parse --short HEAD 2>/dev/null || echo unknown")
        .directory(repoDir)
        .redirectErrorStream(true)
        .start()
    val out = process.inputStream.bufferedReader().readText().trim()
    process.waitFor()
    return out
}
"""),
]

# --------------------------------------------------------------------------
# c
# --------------------------------------------------------------------------
DATA["c"] = [
    I(
        "strcpy",
        "CWE-120",
        "strcpy(u.name, argv[1]);",
        r"""
#include <stdio.h>
#include <string.h>

struct user {
    char name[32];
    int uid;
};

int main(int argc, char **argv) {
    struct user u;
    if (argc < 2) {
        fprintf(stderr, "usage: %s NAME\n", argv[0]);
        return 1;
    }
    u.uid = 1000;
    strcpy(u.name, argv[1]);
    printf("hello %s (uid %d)\n", u.name, u.uid);
    return 0;
}
""",
    ),
    S(
        r"""
#include <stdio.h>
#include <string.h>

struct user {
    char name[32];
    int uid;
};

int main(int argc, char **argv) {
    struct user u;
    if (argc < 2) {
        fprintf(stderr, "usage: %s NAME\n", argv[0]);
        return 1;
    }
    if (strlen(argv[1]) >= sizeof u.name) {
        fprintf(stderr, "name too long\n");
        return 1;
    }
    u.uid = 1000;
    memcpy(u.name, argv[1], strlen(argv[1]) + 1);
    printf("hello %s (uid %d)\n", u.name, u.uid);
    return 0;
}
""",
        twin="strcpy",
    ),
    I(
        "fmt",
        "CWE-134",
        "syslog(LOG_WARNING, msg);",
        r"""
#include <stdio.h>
#include <syslog.h>

void log_login_failure(const char *username, const char *remote_ip) {
    char msg[256];
    snprintf(msg, sizeof msg, "login failed for %s from %s", username, remote_ip);
    syslog(LOG_WARNING, msg);
}
""",
    ),
    S(
        r"""
#include <stdio.h>
#include <syslog.h>

void log_login_failure(const char *username, const char *remote_ip) {
    char msg[256];
    snprintf(msg, sizeof msg, "login failed for %s from %s", username, remote_ip);
    syslog(LOG_WARNING, "%s", msg);
}
""",
        twin="fmt",
    ),
    I(
        "offbyone",
        "CWE-193",
        "if (n > NAME_MAX_LEN)",
        r"""
#include <string.h>

#define NAME_MAX_LEN 64

void normalize_name(char out[NAME_MAX_LEN], const char *in) {
    size_t n = strlen(in);
    if (n > NAME_MAX_LEN)
        n = NAME_MAX_LEN;
    for (size_t i = 0; i < n; i++)
        out[i] = (in[i] >= 'A' && in[i] <= 'Z') ? in[i] + 32 : in[i];
    out[n] = '\0';
}
""",
    ),
    S(
        r"""
#include <string.h>

#define NAME_MAX_LEN 64

void normalize_name(char out[NAME_MAX_LEN], const char *in) {
    size_t n = strlen(in);
    if (n >= NAME_MAX_LEN)
        n = NAME_MAX_LEN - 1;
    for (size_t i = 0; i < n; i++)
        out[i] = (in[i] >= 'A' && in[i] <= 'Z') ? in[i] + 32 : in[i];
    out[n] = '\0';
}
""",
        twin="offbyone",
    ),
    I(
        "uaf",
        "CWE-416",
        "for (cur = head; cur != NULL; cur = cur->next)",
        r"""
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

void list_free(struct node *head) {
    struct node *cur;
    for (cur = head; cur != NULL; cur = cur->next) {
        free(cur);
    }
}
""",
    ),
    S(
        r"""
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

void list_free(struct node *head) {
    struct node *cur = head;
    while (cur != NULL) {
        struct node *next = cur->next;
        free(cur);
        cur = next;
    }
}
""",
        twin="uaf",
    ),
    I(
        "intovf",
        "CWE-190",
        "uint32_t size = width * height * 4;",
        r"""
#include <stdint.h>
#include <stdlib.h>

struct image { uint32_t width, height; uint8_t *pixels; };

int image_alloc(struct image *img, uint32_t width, uint32_t height) {
    uint32_t size = width * height * 4;
    img->pixels = malloc(size);
    if (img->pixels == NULL)
        return -1;
    img->width = width;
    img->height = height;
    for (uint32_t y = 0; y < height; y++)
        for (uint32_t x = 0; x < width; x++)
            ((uint32_t *)img->pixels)[(size_t)y * width + x] = 0xFF000000u;
    return 0;
}
""",
    ),
    S(
        r"""
#include <stdint.h>
#include <stdlib.h>

struct image { uint32_t width, height; uint8_t *pixels; };

int image_alloc(struct image *img, uint32_t width, uint32_t height) {
    if (width == 0 || height == 0 || width > SIZE_MAX / 4 / height)
        return -1;
    size_t size = (size_t)width * height * 4;
    img->pixels = malloc(size);
    if (img->pixels == NULL)
        return -1;
    img->width = width;
    img->height = height;
    for (uint32_t y = 0; y < height; y++)
        for (uint32_t x = 0; x < width; x++)
            ((uint32_t *)img->pixels)[(size_t)y * width + x] = 0xFF000000u;
    return 0;
}
""",
        twin="intovf",
    ),
    I(
        "system",
        "CWE-78",
        "int rc = system(cmd);",
        r"""
#include <stdio.h>
#include <stdlib.h>

int compress_log(const char *logname) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "gzip -9 /var/log/myapp/%s", logname);
    int rc = system(cmd);
    if (rc != 0) {
        fprintf(stderr, "gzip failed for %s\n", logname);
        return -1;
    }
    return 0;
}
""",
    ),
    S(
        r"""
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int compress_log(const char *logname) {
    char path[512];
    if (logname[0] == '\0' || logname[0] == '.' || strchr(logname, '/') != NULL)
        return -1;
    if (snprintf(path, sizeof path, "/var/log/myapp/%s", logname) >= (int)sizeof path)
        return -1;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execl("/usr/bin/gzip", "gzip", "-9", "--", path, (char *)NULL);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "gzip failed for %s\n", logname);
        return -1;
    }
    return 0;
}
""",
        twin="system",
    ),
    I(
        "gets",
        "CWE-242",
        "gets(answer);",
        r"""
#include <stdio.h>
#include <string.h>

int main(void) {
    char answer[16];
    printf("Delete all records? (yes/no): ");
    fflush(stdout);
    gets(answer);
    if (strcmp(answer, "yes") == 0) {
        puts("Deleting...");
        return 0;
    }
    puts("Aborted.");
    return 1;
}
""",
    ),
    I(
        "doublefree",
        "CWE-415",
        "free(out);",
        r"""
#include <stdlib.h>
#include <string.h>

static char *append(char *buf, size_t *len, const char *s) {
    size_t n = strlen(s);
    char *tmp = realloc(buf, *len + n + 1);
    if (tmp == NULL) {
        free(buf);
        return NULL;
    }
    memcpy(tmp + *len, s, n + 1);
    *len += n;
    return tmp;
}

char *join_parts(const char **parts, size_t count) {
    size_t len = 0;
    char *out = calloc(1, 1);
    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < count; i++) {
        char *next = append(out, &len, parts[i]);
        if (next == NULL) {
            free(out);
            return NULL;
        }
        out = next;
    }
    return out;
}
""",
    ),
    I(
        "mktemp",
        "CWE-377",
        "if (mktemp(path) == NULL",
        r"""
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int write_report(const char *data) {
    char path[] = "/tmp/reportXXXXXX";
    if (mktemp(path) == NULL || path[0] == '\0')
        return -1;
    FILE *f = fopen(path, "w");
    if (f == NULL)
        return -1;
    fputs(data, f);
    fclose(f);
    printf("report written to %s\n", path);
    return 0;
}
""",
    ),
    S(r"""
#include <stdio.h>
#include <string.h>

struct status { char text[32]; int code; };

void set_status(struct status *s, int ok) {
    if (ok) {
        strcpy(s->text, "OK");
        s->code = 200;
    } else {
        strcpy(s->text, "Internal Server Error");
        s->code = 500;
    }
}
"""),
    S(r"""
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define MAX_PAYLOAD 256

struct packet { uint16_t len; uint8_t data[MAX_PAYLOAD]; };

int parse_packet(struct packet *pkt, const uint8_t *buf, size_t buflen) {
    if (buflen < 2)
        return -1;
    uint16_t len = (uint16_t)(buf[0] << 8 | buf[1]);
    if (len > MAX_PAYLOAD || (size_t)len > buflen - 2)
        return -1;
    pkt->len = len;
    memcpy(pkt->data, buf + 2, len);
    return 0;
}
"""),
    S(r"""
#include <stdlib.h>

struct conn { int fd; char *rbuf; char *wbuf; };

void conn_reset_buffers(struct conn *c) {
    free(c->rbuf);
    c->rbuf = NULL;
    free(c->wbuf);
    c->wbuf = NULL;
}

void conn_destroy(struct conn *c) {
    conn_reset_buffers(c);
    free(c->rbuf);
    free(c->wbuf);
    free(c);
}
"""),
]

# --------------------------------------------------------------------------
# cpp
# --------------------------------------------------------------------------
DATA["cpp"] = [
    I(
        "oob",
        "CWE-125",
        "return colors_[index];",
        r"""
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

class Palette {
public:
    explicit Palette(std::vector<uint32_t> colors) : colors_(std::move(colors)) {}

    uint32_t colorFor(const std::vector<uint8_t>& pixelData, size_t pos) const {
        uint8_t index = pixelData.at(pos);
        return colors_[index];
    }

private:
    std::vector<uint32_t> colors_;
};
""",
    ),
    S(
        r"""
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

class Palette {
public:
    explicit Palette(std::vector<uint32_t> colors) : colors_(std::move(colors)) {}

    uint32_t colorFor(const std::vector<uint8_t>& pixelData, size_t pos) const {
        uint8_t index = pixelData.at(pos);
        if (index >= colors_.size()) throw std::out_of_range("palette index");
        return colors_[index];
    }

private:
    std::vector<uint32_t> colors_;
};
""",
        twin="oob",
    ),
    I(
        "dangling",
        "CWE-416",
        "return label.c_str();",
        r"""
#include <cstdio>
#include <string>

const char* formatUserLabel(const std::string& first, const std::string& last, int id) {
    std::string label = last + ", " + first + " (#" + std::to_string(id) + ")";
    return label.c_str();
}

void printUser(const std::string& first, const std::string& last, int id) {
    const char* label = formatUserLabel(first, last, id);
    std::printf("%s\n", label);
}
""",
    ),
    S(
        r"""
#include <cstdio>
#include <string>

std::string formatUserLabel(const std::string& first, const std::string& last, int id) {
    return last + ", " + first + " (#" + std::to_string(id) + ")";
}

void printUser(const std::string& first, const std::string& last, int id) {
    const std::string label = formatUserLabel(first, last, id);
    std::printf("%s\n", label.c_str());
}
""",
        twin="dangling",
    ),
    I(
        "iterinv",
        "CWE-416",
        "tasks.push_back(Task{dep.substr(5), {}});",
        r"""
#include <string>
#include <vector>

struct Task { std::string name; std::vector<std::string> deps; };

void expandDependencies(std::vector<Task>& tasks) {
    for (Task& t : tasks) {
        for (const std::string& dep : t.deps) {
            if (dep.rfind("auto:", 0) == 0) {
                tasks.push_back(Task{dep.substr(5), {}});
            }
        }
    }
}
""",
    ),
    S(
        r"""
#include <iterator>
#include <string>
#include <vector>

struct Task { std::string name; std::vector<std::string> deps; };

void expandDependencies(std::vector<Task>& tasks) {
    std::vector<Task> extra;
    for (const Task& t : tasks) {
        for (const std::string& dep : t.deps) {
            if (dep.rfind("auto:", 0) == 0) {
                extra.push_back(Task{dep.substr(5), {}});
            }
        }
    }
    tasks.insert(tasks.end(), std::make_move_iterator(extra.begin()),
                 std::make_move_iterator(extra.end()));
}
""",
        twin="iterinv",
    ),
    I(
        "memcpy",
        "CWE-787",
        "std::memcpy(out.text, buf + 3, textLen);",
        r"""
#include <cstddef>
#include <cstdint>
#include <cstring>

struct Message {
    uint8_t type;
    char text[128];
};

bool decode(const uint8_t* buf, size_t len, Message& out) {
    if (len < 3) return false;
    out.type = buf[0];
    uint16_t textLen = static_cast<uint16_t>(buf[1] | (buf[2] << 8));
    if (len < 3u + textLen) return false;
    std::memcpy(out.text, buf + 3, textLen);
    out.text[textLen < sizeof(out.text) ? textLen : sizeof(out.text) - 1] = '\0';
    return true;
}
""",
    ),
    S(
        r"""
#include <cstddef>
#include <cstdint>
#include <cstring>

struct Message {
    uint8_t type;
    char text[128];
};

bool decode(const uint8_t* buf, size_t len, Message& out) {
    if (len < 3) return false;
    out.type = buf[0];
    uint16_t textLen = static_cast<uint16_t>(buf[1] | (buf[2] << 8));
    if (len < 3u + textLen) return false;
    if (textLen >= sizeof(out.text)) return false;
    std::memcpy(out.text, buf + 3, textLen);
    out.text[textLen] = '\0';
    return true;
}
""",
        twin="memcpy",
    ),
    I(
        "delete",
        "CWE-762",
        "~Buffer() { delete data_; }",
        r"""
#include <cstddef>
#include <cstring>

class Buffer {
public:
    explicit Buffer(size_t n) : data_(new char[n]), size_(n) { std::memset(data_, 0, n); }
    ~Buffer() { delete data_; }
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    char* data() { return data_; }
    size_t size() const { return size_; }
private:
    char* data_;
    size_t size_;
};
""",
    ),
    S(
        r"""
#include <cstddef>
#include <cstring>

class Buffer {
public:
    explicit Buffer(size_t n) : data_(new char[n]), size_(n) { std::memset(data_, 0, n); }
    ~Buffer() { delete[] data_; }
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    char* data() { return data_; }
    size_t size() const { return size_; }
private:
    char* data_;
    size_t size_;
};
""",
        twin="delete",
    ),
    I(
        "sprintf",
        "CWE-787",
        "std::sprintf(line,",
        r"""
#include <cstdio>
#include <string>

std::string makeAuditLine(const std::string& user, const std::string& action) {
    char line[128];
    std::sprintf(line, "[audit] user=%s action=%s", user.c_str(), action.c_str());
    return std::string(line);
}
""",
    ),
    S(
        r"""
#include <cstdio>
#include <string>

std::string makeAuditLine(const std::string& user, const std::string& action) {
    std::string line = "[audit] user=";
    line += user;
    line += " action=";
    line += action;
    return line;
}
""",
        twin="sprintf",
    ),
    I(
        "rand",
        "CWE-338",
        "<< std::rand();",
        r"""
#include <cstdlib>
#include <ctime>
#include <iomanip>
#include <sstream>
#include <string>

std::string newSessionId() {
    static bool seeded = false;
    if (!seeded) { std::srand(static_cast<unsigned>(std::time(nullptr))); seeded = true; }
    std::ostringstream os;
    for (int i = 0; i < 4; ++i)
        os << std::hex << std::setw(8) << std::setfill('0') << std::rand();
    return os.str();
}
""",
    ),
    I(
        "system",
        "CWE-78",
        "std::system(cmd.c_str())",
        r"""
#include <cstdlib>
#include <iostream>
#include <string>

int archiveProject(const std::string& projectName) {
    std::string cmd = "tar czf /backups/" + projectName + ".tgz -C /srv/projects " + projectName;
    int rc = std::system(cmd.c_str());
    if (rc != 0) std::cerr << "archive failed: " << rc << '\n';
    return rc;
}
""",
    ),
    I(
        "signed",
        "CWE-839",
        "if (nameLen >= kMaxName) return false;",
        r"""
#include <cstddef>
#include <cstdint>
#include <cstring>

constexpr int kMaxName = 64;

struct Profile { char name[kMaxName]; int age; };

bool readProfile(const uint8_t* data, size_t size, Profile& p) {
    if (size < 8) return false;
    int nameLen;
    std::memcpy(&nameLen, data, sizeof nameLen);
    std::memcpy(&p.age, data + 4, sizeof p.age);
    if (nameLen >= kMaxName) return false;
    if (size < 8 + static_cast<size_t>(nameLen)) return false;
    std::memcpy(p.name, data + 8, nameLen);
    p.name[nameLen] = '\0';
    return true;
}
""",
    ),
    S(r"""
#include <string_view>

enum class Level { Debug, Info, Warn, Error };

std::string_view levelName(Level lvl) {
    switch (lvl) {
        case Level::Debug: return "DEBUG";
        case Level::Info:  return "INFO";
        case Level::Warn:  return "WARN";
        case Level::Error: return "ERROR";
    }
    return "UNKNOWN";
}
"""),
    S(r"""
#include <memory>
#include <string>
#include <vector>

struct Job { std::string name; int priority; };

class JobQueue {
public:
    void push(std::unique_ptr<Job> job) {
        Job* raw = job.get();
        jobs_.push_back(std::move(job));
        if (raw->priority > maxPriority_) maxPriority_ = raw->priority;
    }
private:
    std::vector<std::unique_ptr<Job>> jobs_;
    int maxPriority_ = 0;
};
"""),
    S(r"""
#include <cstdio>
#include <string>

std::string formatPrice(unsigned long cents, const char* currency) {
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "%s %lu.%02lu", currency, cents / 100, cents % 100);
    if (n < 0) return {};
    size_t used = static_cast<size_t>(n) < sizeof buf ? static_cast<size_t>(n) : sizeof buf - 1;
    return std::string(buf, used);
}
"""),
]

# --------------------------------------------------------------------------
# go
# --------------------------------------------------------------------------
DATA["go"] = [
    I(
        "sqli",
        "CWE-89",
        "query := fmt.Sprintf(",
        r"""
package store

import (
	"database/sql"
	"fmt"
)

func GetUserByEmail(db *sql.DB, email string) (int64, string, error) {
	var id int64
	var name string
	query := fmt.Sprintf("SELECT id, name FROM users WHERE email = '%s'", email)
	err := db.QueryRow(query).Scan(&id, &name)
	return id, name, err
}
""",
    ),
    S(
        r"""
package store

import (
	"database/sql"
)

func GetUserByEmail(db *sql.DB, email string) (int64, string, error) {
	var id int64
	var name string
	const query = "SELECT id, name FROM users WHERE email = $1"
	err := db.QueryRow(query, email).Scan(&id, &name)
	return id, name, err
}
""",
        twin="sqli",
    ),
    I(
        "cmd",
        "CWE-78",
        'exec.Command("sh", "-c", "tar',
        r"""
package backup

import (
	"fmt"
	"os/exec"
)

func Extract(archive, dest string) error {
	cmd := exec.Command("sh", "-c", "tar -xzf "+archive+" -C "+dest)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("extract failed: %v: %s", err, out)
	}
	return nil
}
""",
    ),
    S(
        r"""
package backup

import (
	"fmt"
	"os/exec"
)

func Extract(archive, dest string) error {
	cmd := exec.Command("tar", "-xzf", archive, "-C", dest)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("extract failed: %v: %s", err, out)
	}
	return nil
}
""",
        twin="cmd",
    ),
    I(
        "zipslip",
        "CWE-22",
        "target := filepath.Join(dest, f.Name)",
        r"""
package unzip

import (
	"archive/zip"
	"path/filepath"
)

func ExtractAll(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			continue // writeFile creates parent directories
		}
		if err := writeFile(f, target); err != nil {
			return err
		}
	}
	return nil
}
""",
    ),
    S(
        r"""
package unzip

import (
	"archive/zip"
	"fmt"
	"path/filepath"
	"strings"
)

func ExtractAll(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	root := filepath.Clean(dest) + string(filepath.Separator)
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, root) {
			return fmt.Errorf("illegal path in archive: %q", f.Name)
		}
		if f.FileInfo().IsDir() {
			continue // writeFile creates parent directories
		}
		if err := writeFile(f, target); err != nil {
			return err
		}
	}
	return nil
}
""",
        twin="zipslip",
    ),
    I(
        "tls",
        "CWE-295",
        "InsecureSkipVerify: true",
        r"""
package client

import (
	"crypto/tls"
	"net/http"
	"time"
)

func NewPaymentsClient() *http.Client {
	transport := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		MaxIdleConns:    10,
		IdleConnTimeout: 90 * time.Second,
	}
	return &http.Client{Transport: transport, Timeout: 15 * time.Second}
}
""",
    ),
    S(
        r"""
package client

import (
	"crypto/tls"
	"net/http"
	"time"
)

func NewPaymentsClient() *http.Client {
	transport := &http.Transport{
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},
		MaxIdleConns:    10,
		IdleConnTimeout: 90 * time.Second,
	}
	return &http.Client{Transport: transport, Timeout: 15 * time.Second}
}
""",
        twin="tls",
    ),
    I(
        "rand",
        "CWE-338",
        "r := rand.New(rand.NewSource(time.Now().UnixNano()))",
        r"""
package auth

import (
	"math/rand"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func NewAPIToken() string {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	b := make([]byte, 40)
	for i := range b {
		b[i] = letters[r.Intn(len(letters))]
	}
	return string(b)
}
""",
    ),
    I(
        "texttpl",
        "CWE-79",
        '"text/template"',
        r"""
package web

import (
	"net/http"
	"text/template"
)

var page = template.Must(template.New("hello").Parse(
	`<html><body><h1>Hello, {{.Name}}!</h1></body></html>`))

func HelloHandler(w http.ResponseWriter, r *http.Request) {
	data := struct{ Name string }{Name: r.URL.Query().Get("name")}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page.Execute(w, data)
}
""",
    ),
    S(r"""
package web

import (
	"html/template"
	"net/http"
)

var results = template.Must(template.New("r").Parse(
	`<h2>Results for {{.Query}}</h2><ul>{{range .Items}}<li><a href="{{.URL}}">{{.Title}}</a></li>{{end}}</ul>`))

func SearchHandler(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	data := struct {
		Query string
		Items []Result
	}{q, search(q)}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	results.Execute(w, data)
}
"""),
    S(r"""
package keys

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
)

func SaveNewKey(dir string) (ed25519.PublicKey, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	der, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	block := &pem.Block{Type: "PRIVATE KEY", Bytes: der}
	path := filepath.Join(dir, "id_ed25519")
	return pub, os.WriteFile(path, pem.EncodeToMemory(block), 0o600)
}
"""),
]

# --------------------------------------------------------------------------
# php
# --------------------------------------------------------------------------
DATA["php"] = [
    I(
        "sqli",
        "CWE-89",
        "$result = $mysqli->query(",
        r"""
<?php
$mysqli = new mysqli("localhost", "app", getenv("DB_PASS"), "shop");

$category = $_GET['category'] ?? '';
$result = $mysqli->query("SELECT id, name, price FROM products WHERE category = '" . $category . "'");

$products = [];
while ($row = $result->fetch_assoc()) {
    $products[] = $row;
}
header('Content-Type: application/json');
echo json_encode($products);
""",
    ),
    S(
        r"""
<?php
$mysqli = new mysqli("localhost", "app", getenv("DB_PASS"), "shop");

$category = $_GET['category'] ?? '';
$stmt = $mysqli->prepare("SELECT id, name, price FROM products WHERE category = ?");
$stmt->bind_param("s", $category);
$stmt->execute();
$result = $stmt->get_result();

$products = [];
while ($row = $result->fetch_assoc()) {
    $products[] = $row;
}
header('Content-Type: application/json');
echo json_encode($products);
""",
        twin="sqli",
    ),
    I(
        "xss",
        "CWE-79",
        "<?php echo $name; ?>",
        r"""
<?php
session_start();
$name = $_GET['name'] ?? 'guest';
?>
<!doctype html>
<html>
<body>
  <h1>Welcome back, <?php echo $name; ?>!</h1>
  <p>You have <?= (int)($_SESSION['unread'] ?? 0) ?> unread messages.</p>
</body>
</html>
""",
    ),
    S(
        r"""
<?php
session_start();
$name = $_GET['name'] ?? 'guest';
?>
<!doctype html>
<html>
<body>
  <h1>Welcome back, <?php echo htmlspecialchars($name, ENT_QUOTES, 'UTF-8'); ?>!</h1>
  <p>You have <?= (int)($_SESSION['unread'] ?? 0) ?> unread messages.</p>
</body>
</html>
""",
        twin="xss",
    ),
    I(
        "include",
        "CWE-98",
        "include __DIR__ . '/pages/' . $page",
        r"""
<?php
require __DIR__ . '/bootstrap.php';

$page = $_GET['page'] ?? 'home';

render_header($page);
include __DIR__ . '/pages/' . $page . '.php';
render_footer();
""",
    ),
    I(
        "unser",
        "CWE-502",
        "$prefs = unserialize(",
        r"""
<?php
function load_preferences(): array {
    if (!isset($_COOKIE['prefs'])) {
        return ['theme' => 'light', 'lang' => 'en'];
    }
    $prefs = unserialize(base64_decode($_COOKIE['prefs']));
    return is_array($prefs) ? $prefs : ['theme' => 'light', 'lang' => 'en'];
}

function save_preferences(array $prefs): void {
    setcookie('prefs', base64_encode(serialize($prefs)), time() + 86400 * 365, '/');
}
""",
    ),
    I(
        "md5pw",
        "CWE-916",
        "$hash = md5($password);",
        r"""
<?php
function register_user(PDO $pdo, string $email, string $password): int {
    $hash = md5($password);
    $stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
    $stmt->execute([$email, $hash]);
    return (int)$pdo->lastInsertId();
}

function check_login(PDO $pdo, string $email, string $password): bool {
    $stmt = $pdo->prepare('SELECT password_hash FROM users WHERE email = ?');
    $stmt->execute([$email]);
    $row = $stmt->fetch(PDO::FETCH_ASSOC);
    return $row && hash_equals($row['password_hash'], md5($password));
}
""",
    ),
    S(
        r"""
<?php
function register_user(PDO $pdo, string $email, string $password): int {
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
    $stmt->execute([$email, $hash]);
    return (int)$pdo->lastInsertId();
}

function check_login(PDO $pdo, string $email, string $password): bool {
    $stmt = $pdo->prepare('SELECT password_hash FROM users WHERE email = ?');
    $stmt->execute([$email]);
    $row = $stmt->fetch(PDO::FETCH_ASSOC);
    return $row && password_verify($password, $row['password_hash']);
}
""",
        twin="md5pw",
    ),
    S(r"""
<?php
function pdf_page_count(string $uploadedPath): int {
    if (!is_file($uploadedPath)) {
        throw new InvalidArgumentException('no such file');
    }
    $out = shell_exec('pdfinfo ' . escapeshellarg($uploadedPath) . ' 2>/dev/null');
    if ($out && preg_match('/^Pages:\s+(\d+)/m', $out, $m)) {
        return (int)$m[1];
    }
    return 0;
}
"""),
    S(r"""
<?php
function asset_url(string $relPath): string {
    $full = __DIR__ . '/public/' . $relPath;
    $version = substr(md5_file($full), 0, 8);
    return '/' . $relPath . '?v=' . $version;
}
?>
<link rel="stylesheet" href="<?= htmlspecialchars(asset_url('css/app.css')) ?>">
<script src="<?= htmlspecialchars(asset_url('js/app.js')) ?>"></script>
"""),
]

# --------------------------------------------------------------------------
# ruby
# --------------------------------------------------------------------------
DATA["ruby"] = [
    I(
        "sqli",
        "CWE-89",
        "Article.where(\"title LIKE '%#{params[:q]}%'\")",
        r"""
class ArticlesController < ApplicationController
  def index
    @articles = Article.where("title LIKE '%#{params[:q]}%'")
                       .order(created_at: :desc)
                       .limit(50)
    render :index
  end
end
""",
    ),
    S(
        r"""
class ArticlesController < ApplicationController
  def index
    term = Article.sanitize_sql_like(params[:q].to_s)
    @articles = Article.where("title LIKE ?", "%#{term}%")
                       .order(created_at: :desc)
                       .limit(50)
    render :index
  end
end
""",
        twin="sqli",
    ),
    I(
        "cmd",
        "CWE-78",
        'system("convert #{photo.file_path} -resize #{size}',
        r"""
class ThumbnailsController < ApplicationController
  def show
    photo = current_user.photos.find(params[:id])
    size = params.fetch(:size, "256x256")
    out = Rails.root.join("tmp", "thumbs", "#{photo.id}.png").to_s
    system("convert #{photo.file_path} -resize #{size} #{out}")
    send_file out, type: "image/png", disposition: "inline"
  end
end
""",
    ),
    S(
        r"""
class ThumbnailsController < ApplicationController
  def show
    photo = current_user.photos.find(params[:id])
    size = params.fetch(:size, "256x256").to_s
    return head(:bad_request) unless size.match?(/\A\d{1,4}x\d{1,4}\z/)
    out = Rails.root.join("tmp", "thumbs", "#{photo.id}.png").to_s
    ok = system("convert", photo.file_path, "-resize", size, out)
    return head(:internal_server_error) unless ok
    send_file out, type: "image/png", disposition: "inline"
  end
end
""",
        twin="cmd",
    ),
    I(
        "marshal",
        "CWE-502",
        "Marshal.load(",
        r"""
require "base64"

class CartsController < ApplicationController
  def show
    @items = cart_items
  end

  def add
    items = cart_items << { "sku" => params[:sku], "qty" => params[:qty].to_i }
    cookies[:cart] = Base64.urlsafe_encode64(Marshal.dump(items))
    redirect_to cart_path
  end

  private

  def cart_items
    raw = cookies[:cart]
    return [] if raw.blank?
    Marshal.load(Base64.urlsafe_decode64(raw))
  end
end
""",
    ),
    S(
        r"""
require "json"

class CartsController < ApplicationController
  def show
    @items = cart_items
  end

  def add
    items = cart_items << { "sku" => params[:sku].to_s, "qty" => params[:qty].to_i }
    cookies[:cart] = JSON.generate(items)
    redirect_to cart_path
  end

  private

  def cart_items
    data = JSON.parse(cookies[:cart].to_s)
    data.is_a?(Array) ? data.select { |i| i.is_a?(Hash) } : []
  rescue JSON::ParserError
    []
  end
end
""",
        twin="marshal",
    ),
    I(
        "trav",
        "CWE-22",
        "path = File.join(EXPORT_DIR, params[:filename])",
        r"""
class ExportsController < ApplicationController
  EXPORT_DIR = Rails.root.join("storage", "exports").to_s

  def download
    path = File.join(EXPORT_DIR, params[:filename])
    if File.exist?(path)
      send_file path, disposition: "attachment"
    else
      head :not_found
    end
  end
end
""",
    ),
    S(
        r"""
class ExportsController < ApplicationController
  EXPORT_DIR = Rails.root.join("storage", "exports").to_s

  def download
    name = File.basename(params[:filename].to_s)
    path = File.join(EXPORT_DIR, name)
    if name.start_with?(".") || !File.file?(path)
      head :not_found
    else
      send_file path, disposition: "attachment"
    end
  end
end
""",
        twin="trav",
    ),
    I(
        "redirect",
        "CWE-601",
        "redirect_to params[:return_to]",
        r"""
class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      redirect_to params[:return_to].presence || root_path, allow_other_host: true
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end
end
""",
    ),
    I(
        "htmlsafe",
        "CWE-79",
        "paragraphs.join.html_safe",
        r"""
module ProfilesHelper
  def render_bio(user)
    return content_tag(:p, "No bio yet.", class: "muted") if user.bio.blank?
    paragraphs = user.bio.split(/\n{2,}/).map { |para| "<p>#{para}</p>" }
    paragraphs.join.html_safe
  end
end
""",
    ),
    S(r"""
require "securerandom"
require "digest"

class ApiKey < ApplicationRecord
  belongs_to :user
  before_create :generate_token
  attr_reader :raw_token

  def self.authenticate(token)
    find_by(token_digest: Digest::SHA256.hexdigest(token.to_s))
  end

  private

  def generate_token
    @raw_token = SecureRandom.urlsafe_base64(32)
    self.token_digest = Digest::SHA256.hexdigest(@raw_token)
  end
end
"""),
    S(r"""
class UsersController < ApplicationController
  SORTABLE = %w[name email created_at].freeze

  def index
    column = SORTABLE.include?(params[:sort]) ? params[:sort] : "name"
    direction = params[:dir] == "desc" ? "DESC" : "ASC"
    @users = User.where("created_at > ?", 30.days.ago)
                 .order("#{column} #{direction}")
  end
end
"""),
]

# --------------------------------------------------------------------------
# csharp
# --------------------------------------------------------------------------
DATA["csharp"] = [
    I(
        "sqli",
        "CWE-89",
        '"SELECT COUNT(*) FROM Orders WHERE CustomerCode = \'" + customerCode',
        r"""
using Microsoft.Data.SqlClient;

public class OrderRepository
{
    private readonly string _connStr;
    public OrderRepository(string connStr) => _connStr = connStr;

    public int CountOrders(string customerCode)
    {
        using var conn = new SqlConnection(_connStr);
        conn.Open();
        using var cmd = new SqlCommand(
            "SELECT COUNT(*) FROM Orders WHERE CustomerCode = '" + customerCode + "'", conn);
        return (int)cmd.ExecuteScalar();
    }
}
""",
    ),
    S(
        r"""
using System.Data;
using Microsoft.Data.SqlClient;

public class OrderRepository
{
    private readonly string _connStr;
    public OrderRepository(string connStr) => _connStr = connStr;

    public int CountOrders(string customerCode)
    {
        using var conn = new SqlConnection(_connStr);
        conn.Open();
        using var cmd = new SqlCommand(
            "SELECT COUNT(*) FROM Orders WHERE CustomerCode = @code", conn);
        cmd.Parameters.Add("@code", SqlDbType.NVarChar, 32).Value = customerCode;
        return (int)cmd.ExecuteScalar();
    }
}
""",
        twin="sqli",
    ),
    I(
        "binfmt",
        "CWE-502",
        "formatter.Deserialize(Request.Body)",
        r"""
using System.Runtime.Serialization.Formatters.Binary;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/settings/import")]
public class SettingsImportController : ControllerBase
{
    private readonly ISettingsStore _store;
    public SettingsImportController(ISettingsStore store) => _store = store;

    [HttpPost]
    public IActionResult Import()
    {
        var formatter = new BinaryFormatter();
        var settings = (UserSettings)formatter.Deserialize(Request.Body);
        _store.Save(User.Identity!.Name!, settings);
        return Ok();
    }
}
""",
    ),
    S(
        r"""
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/settings/import")]
public class SettingsImportController : ControllerBase
{
    private readonly ISettingsStore _store;
    public SettingsImportController(ISettingsStore store) => _store = store;

    [HttpPost]
    public async Task<IActionResult> Import()
    {
        var settings = await JsonSerializer.DeserializeAsync<UserSettings>(Request.Body);
        if (settings is null) return BadRequest();
        _store.Save(User.Identity!.Name!, settings);
        return Ok();
    }
}
""",
        twin="binfmt",
    ),
    I(
        "certcb",
        "CWE-295",
        "ServerCertificateCustomValidationCallback =",
        r"""
using System;
using System.Net.Http;

public static class InventoryClientFactory
{
    public static HttpClient Create(string baseUrl)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true
        };
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    }
}
""",
    ),
    S(
        r"""
using System;
using System.Net.Http;

public static class InventoryClientFactory
{
    public static HttpClient Create(string baseUrl)
    {
        var handler = new HttpClientHandler();
        return new HttpClient(handler)
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30)
        };
    }
}
""",
        twin="certcb",
    ),
    I(
        "trav",
        "CWE-22",
        "var full = Path.Combine(Root, path);",
        r"""
using System.IO;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("files")]
public class FilesController : ControllerBase
{
    private const string Root = "/srv/app/shared";

    [HttpGet]
    public IActionResult Get([FromQuery] string path)
    {
        var full = Path.Combine(Root, path);
        if (!System.IO.File.Exists(full)) return NotFound();
        return PhysicalFile(full, "application/octet-stream");
    }
}
""",
    ),
    S(
        r"""
using System;
using System.IO;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("files")]
public class FilesController : ControllerBase
{
    private const string Root = "/srv/app/shared";

    [HttpGet]
    public IActionResult Get([FromQuery] string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return BadRequest();
        if (!System.IO.File.Exists(full)) return NotFound();
        return PhysicalFile(full, "application/octet-stream");
    }
}
""",
        twin="trav",
    ),
    I(
        "xxe",
        "CWE-611",
        "XmlResolver = new XmlUrlResolver()",
        r"""
using System.Collections.Generic;
using System.IO;
using System.Xml;

public static class FeedImporter
{
    public static List<string> ReadTitles(Stream upload)
    {
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        doc.Load(upload);
        var titles = new List<string>();
        foreach (XmlNode n in doc.SelectNodes("//item/title")!)
            titles.Add(n.InnerText);
        return titles;
    }
}
""",
    ),
    I(
        "rand",
        "CWE-338",
        "Rng.NextBytes(bytes);",
        r"""
using System;

public class PasswordResetService
{
    private static readonly Random Rng = new Random();
    private readonly IResetStore _store;

    public PasswordResetService(IResetStore store) => _store = store;

    public string CreateToken(int userId)
    {
        var bytes = new byte[24];
        Rng.NextBytes(bytes);
        var token = Convert.ToBase64String(bytes);
        _store.Save(userId, token, DateTime.UtcNow.AddHours(1));
        return token;
    }
}
""",
    ),
    S(r"""
using System.Diagnostics;

public static class GitInfo
{
    public static string LastCommitFor(string repoDir, string filePath)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = repoDir, RedirectStandardOutput = true };
        psi.ArgumentList.Add("log");
        psi.ArgumentList.Add("-1");
        psi.ArgumentList.Add("--format=%H");
        psi.ArgumentList.Add("--");
        psi.ArgumentList.Add(filePath);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return output;
    }
}
"""),
    S(r"""
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

public class ProductQueries
{
    private readonly ShopContext _db;
    public ProductQueries(ShopContext db) => _db = db;

    public Task<List<Product>> Search(string term, decimal maxPrice) =>
        _db.Products
           .FromSqlInterpolated($"SELECT * FROM Products WHERE Name LIKE {"%" + term + "%"} AND Price <= {maxPrice}")
           .AsNoTracking()
           .ToListAsync();
}
"""),
]

# --------------------------------------------------------------------------
# rust
# --------------------------------------------------------------------------
DATA["rust"] = [
    I(
        "unchecked",
        "CWE-125",
        "get_unchecked(s as usize)",
        r"""
pub struct Lut {
    table: Vec<u16>,
}

impl Lut {
    pub fn new(table: Vec<u16>) -> Self {
        Lut { table }
    }

    pub fn map_samples(&self, samples: &[u8]) -> Vec<u16> {
        samples
            .iter()
            .map(|&s| unsafe { *self.table.get_unchecked(s as usize) })
            .collect()
    }
}
""",
    ),
    S(
        r"""
pub struct Lut {
    table: Vec<u16>,
}

impl Lut {
    pub fn new(table: Vec<u16>) -> Self {
        Lut { table }
    }

    pub fn map_samples(&self, samples: &[u8]) -> Vec<u16> {
        samples
            .iter()
            .map(|&s| self.table.get(s as usize).copied().unwrap_or(0))
            .collect()
    }
}
""",
        twin="unchecked",
    ),
    I(
        "dangling",
        "CWE-416",
        "unsafe { &*(default.as_str() as *const str) }",
        r"""
use std::collections::HashMap;

pub struct Config {
    values: HashMap<String, String>,
}

impl Config {
    pub fn get_or_default(&self, key: &str) -> &str {
        match self.values.get(key) {
            Some(v) => v.as_str(),
            None => {
                let default = format!("<unset:{}>", key);
                unsafe { &*(default.as_str() as *const str) }
            }
        }
    }
}
""",
    ),
    S(
        r"""
use std::borrow::Cow;
use std::collections::HashMap;

pub struct Config {
    values: HashMap<String, String>,
}

impl Config {
    pub fn get_or_default(&self, key: &str) -> Cow<'_, str> {
        match self.values.get(key) {
            Some(v) => Cow::Borrowed(v.as_str()),
            None => Cow::Owned(format!("<unset:{}>", key)),
        }
    }
}
""",
        twin="dangling",
    ),
    I(
        "cmd",
        "CWE-78",
        ".arg(format!(\"grep -n '{}'",
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
    ),
    S(
        r"""
use std::fs;
use std::path::PathBuf;
use std::process::Command;

pub fn search_logs(pattern: &str) -> std::io::Result<String> {
    let mut files: Vec<PathBuf> = fs::read_dir("/var/log/app")?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |ext| ext == "log"))
        .collect();
    if files.is_empty() {
        return Ok(String::new());
    }
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
        twin="cmd",
    ),
    I(
        "sqli",
        "CWE-89",
        "let sql = format!(",
        r"""
use rusqlite::Connection;

pub fn delete_user_sessions(conn: &Connection, username: &str) -> rusqlite::Result<usize> {
    let sql = format!("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = '{}')", username);
    let removed = conn.execute(&sql, [])?;
    log::info!("removed {} sessions for {}", removed, username);
    Ok(removed)
}
""",
    ),
    S(
        r"""
use rusqlite::{params, Connection};

pub fn delete_user_sessions(conn: &Connection, username: &str) -> rusqlite::Result<usize> {
    let removed = conn.execute(
        "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = ?1)",
        params![username],
    )?;
    log::info!("removed {} sessions for {}", removed, username);
    Ok(removed)
}
""",
        twin="sqli",
    ),
    I(
        "tls",
        "CWE-295",
        ".danger_accept_invalid_certs(true)",
        r"""
use std::time::Duration;

pub fn build_client() -> reqwest::Result<reqwest::blocking::Client> {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(20))
        .danger_accept_invalid_certs(true)
        .user_agent("inventory-sync/1.0")
        .build()
}
""",
    ),
    S(
        r"""
use std::time::Duration;

pub fn build_client() -> reqwest::Result<reqwest::blocking::Client> {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(20))
        .https_only(true)
        .user_agent("inventory-sync/1.0")
        .build()
}
""",
        twin="tls",
    ),
    I(
        "setlen",
        "CWE-908",
        "unsafe { buf.set_len(len) };",
        r"""
use std::io::{self, Read};

pub fn read_frame<R: Read>(reader: &mut R) -> io::Result<Vec<u8>> {
    let mut len_buf = [0u8; 4];
    reader.read_exact(&mut len_buf)?;
    let len = u32::from_be_bytes(len_buf) as usize;
    if len > 16 * 1024 * 1024 {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "frame too large"));
    }
    let mut buf = Vec::with_capacity(len);
    unsafe { buf.set_len(len) };
    reader.read_exact(&mut buf)?;
    Ok(buf)
}
""",
    ),
    S(
        r"""
use std::io::{self, Read};

pub fn read_frame<R: Read>(reader: &mut R) -> io::Result<Vec<u8>> {
    let mut len_buf = [0u8; 4];
    reader.read_exact(&mut len_buf)?;
    let len = u32::from_be_bytes(len_buf) as usize;
    if len > 16 * 1024 * 1024 {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "frame too large"));
    }
    let mut buf = vec![0u8; len];
    reader.read_exact(&mut buf)?;
    Ok(buf)
}
""",
        twin="setlen",
    ),
    I(
        "trav",
        "CWE-22",
        'let path = Path::new("/srv/data/public").join(&q.name);',
        r"""
use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
pub struct FileQuery {
    name: String,
}

pub async fn download(Query(q): Query<FileQuery>) -> (StatusCode, Vec<u8>) {
    let path = Path::new("/srv/data/public").join(&q.name);
    match tokio::fs::read(&path).await {
        Ok(bytes) => (StatusCode::OK, bytes),
        Err(_) => (StatusCode::NOT_FOUND, Vec::new()),
    }
}
""",
    ),
    I(
        "rand",
        "CWE-338",
        "let mut rng = SmallRng::seed_from_u64(seed);",
        r"""
use rand::{rngs::SmallRng, Rng, SeedableRng};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn generate_session_id() -> String {
    let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64;
    let mut rng = SmallRng::seed_from_u64(seed);
    (0..32)
        .map(|_| format!("{:x}", rng.gen::<u8>() & 0x0f))
        .collect()
}
""",
    ),
    I(
        "perm",
        "CWE-732",
        ".mode(0o666)",
        r"""
use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;

pub fn store_api_token(path: &str, token: &str) -> std::io::Result<()> {
    let mut f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o666)
        .open(path)?;
    writeln!(f, "{}", token)?;
    Ok(())
}
""",
    ),
    S(r"""
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len(), "length mismatch");
    let mut sum = 0.0;
    for i in 0..a.len() {
        // SAFETY: i < a.len() == b.len(), checked by the assert above
        sum += unsafe { a.get_unchecked(i) * b.get_unchecked(i) };
    }
    sum
}
"""),
    S(r"""
use std::process::Command;

pub fn count_matches(pattern: &str, file: &str) -> std::io::Result<u64> {
    let output = Command::new("sh")
        .arg("-c")
        .arg(r#"grep -c -e "$1" -- "$2" || true"#)
        .arg("sh")
        .arg(pattern)
        .arg(file)
        .output()?;
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text.trim().parse().unwrap_or(0))
}
"""),
    S(r"""
pub fn to_upper_ascii(input: &[u8]) -> Option<String> {
    if !input.is_ascii() {
        return None;
    }
    let upper: Vec<u8> = input.iter().map(|b| b.to_ascii_uppercase()).collect();
    // SAFETY: every byte is ASCII, which is always valid UTF-8
    Some(unsafe { String::from_utf8_unchecked(upper) })
}
"""),
]

# --------------------------------------------------------------------------
# bash
# --------------------------------------------------------------------------
DATA["bash"] = [
    I(
        "eval",
        "CWE-78",
        'eval "systemctl $action $service"',
        r"""
#!/usr/bin/env bash
set -euo pipefail

# usage: ./svc.sh <action> <service>
action="$1"
service="$2"

eval "systemctl $action $service"
echo "done: $action $service"
""",
    ),
    S(
        r"""
#!/usr/bin/env bash
set -euo pipefail

# usage: ./svc.sh <action> <service>
action="${1:-}"
service="${2:-}"

case "$action" in
  start|stop|restart|status) ;;
  *) echo "unknown action: $action" >&2; exit 2 ;;
esac
if [[ ! "$service" =~ ^[A-Za-z0-9][A-Za-z0-9@._-]*$ ]]; then
  echo "invalid service name" >&2
  exit 2
fi
systemctl "$action" -- "$service"
echo "done: $action $service"
""",
        twin="eval",
    ),
    I(
        "tmp",
        "CWE-377",
        'TMPFILE="/tmp/dbdump.$$"',
        r"""
#!/bin/bash
# Nightly DB dump, run from root's crontab
set -e

TMPFILE="/tmp/dbdump.$$"
pg_dump -U postgres appdb > "$TMPFILE"
gzip -c "$TMPFILE" > "/var/backups/appdb-$(date +%F).sql.gz"
rm -f "$TMPFILE"
""",
    ),
    S(
        r"""
#!/bin/bash
# Nightly DB dump, run from root's crontab
set -e
umask 077

TMPFILE="$(mktemp)"
trap 'rm -f "$TMPFILE"' EXIT
pg_dump -U postgres appdb > "$TMPFILE"
gzip -c "$TMPFILE" > "/var/backups/appdb-$(date +%F).sql.gz"
""",
        twin="tmp",
    ),
    I(
        "curlk",
        "CWE-295",
        "curl -sk -X POST",
        r"""
#!/usr/bin/env bash
set -euo pipefail

API="https://metrics.internal.example.com/api/v1/push"

payload=$(printf '{"host":"%s","load":"%s"}' "$(hostname)" "$(cut -d' ' -f1 /proc/loadavg)")
curl -sk -X POST -H @/etc/metrics/auth_header \
  -H "Content-Type: application/json" -d "$payload" "$API"
""",
    ),
    S(
        r"""
#!/usr/bin/env bash
set -euo pipefail

API="https://metrics.internal.example.com/api/v1/push"

payload=$(printf '{"host":"%s","load":"%s"}' "$(hostname)" "$(cut -d' ' -f1 /proc/loadavg)")
curl -sS --fail --cacert /etc/metrics/ca.pem -X POST -H @/etc/metrics/auth_header \
  -H "Content-Type: application/json" -d "$payload" "$API"
""",
        twin="curlk",
    ),
    I(
        "pipesh",
        "CWE-494",
        "curl -fsSL http://get.devtool.example.com/install.sh | sh",
        r"""
#!/bin/sh
set -e

echo "Installing devtool..."
curl -fsSL http://get.devtool.example.com/install.sh | sh
devtool --version
""",
    ),
    S(
        r"""
#!/bin/sh
set -e

VERSION="2.4.1"
SHA256="3f9c2b8e7d4a1f0e6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f"
URL="https://releases.devtool.example.com/v${VERSION}/devtool-linux-amd64.tar.gz"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
curl -fsSL --proto '=https' -o "$tmp/devtool.tgz" "$URL"
echo "${SHA256}  $tmp/devtool.tgz" | sha256sum -c -
tar -xzf "$tmp/devtool.tgz" -C "$tmp"
install -m 0755 "$tmp/devtool" /usr/local/bin/devtool
devtool --version
""",
        twin="pipesh",
    ),
    I(
        "chmod",
        "CWE-732",
        'chmod 777 "$CONF_DIR/db.env"',
        r"""
#!/usr/bin/env bash
set -euo pipefail

CONF_DIR=/etc/myapp
mkdir -p "$CONF_DIR"
cat > "$CONF_DIR/db.env" <<EOF
DB_HOST=${DB_HOST}
DB_USER=${DB_USER}
DB_PASSWORD=${DB_PASSWORD}
EOF
chmod 777 "$CONF_DIR/db.env"
systemctl restart myapp
""",
    ),
    S(
        r"""
#!/usr/bin/env bash
set -euo pipefail

CONF_DIR=/etc/myapp
mkdir -p "$CONF_DIR"
umask 077
cat > "$CONF_DIR/db.env" <<EOF
DB_HOST=${DB_HOST}
DB_USER=${DB_USER}
DB_PASSWORD=${DB_PASSWORD}
EOF
chown root:myapp "$CONF_DIR/db.env"
chmod 640 "$CONF_DIR/db.env"
systemctl restart myapp
""",
        twin="chmod",
    ),
    I(
        "secret",
        "CWE-798",
        'export AWS_SECRET_ACCESS_KEY="',
        r"""
#!/usr/bin/env bash
set -euo pipefail

export AWS_ACCESS_KEY_ID="AKIAQX3EXAMPLE7GH2KD"
export AWS_SECRET_ACCESS_KEY="q8Vd2fJk9LmN3pR5sT7uW1xY4zA6bC0eG2hI8jK"
export AWS_DEFAULT_REGION="eu-west-1"

BUCKET="s3://acme-nightly-backups"
archive="$(mktemp --suffix=.tgz)"
trap 'rm -f "$archive"' EXIT
tar -czf "$archive" -C /var/www site
aws s3 cp "$archive" "$BUCKET/site-$(date +%F).tgz"
""",
    ),
    S(
        r"""
#!/usr/bin/env bash
set -euo pipefail

# Credentials come from the instance role or the named profile, never the script.
export AWS_PROFILE="${AWS_PROFILE:-backup}"
export AWS_DEFAULT_REGION="eu-west-1"

BUCKET="s3://acme-nightly-backups"
archive="$(mktemp --suffix=.tgz)"
trap 'rm -f "$archive"' EXIT
tar -czf "$archive" -C /var/www site
aws s3 cp "$archive" "$BUCKET/site-$(date +%F).tgz"
""",
        twin="secret",
    ),
    I(
        "hostkey",
        "CWE-322",
        "ssh -o StrictHostKeyChecking=no",
        r"""
#!/usr/bin/env bash
set -euo pipefail

HOSTS=(web1.example.com web2.example.com web3.example.com)
for h in "${HOSTS[@]}"; do
  echo "== $h"
  ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null deploy@"$h" \
    'cd /srv/app && git pull --ff-only && sudo systemctl reload app'
done
""",
    ),
    I(
        "findexec",
        "CWE-78",
        '-exec sh -c "ffmpeg',
        r"""
#!/usr/bin/env bash
# Convert every uploaded WAV to MP3
set -eu

UPLOADS=/srv/uploads
find "$UPLOADS" -name '*.wav' -exec sh -c "ffmpeg -loglevel error -i '{}' '{}.mp3' && rm '{}'" \;
""",
    ),
    I(
        "md5pw",
        "CWE-916",
        "hash=$(printf '%s' \"$pass\" | md5sum",
        r"""
#!/usr/bin/env bash
# add-user.sh <username> : adds an entry to the app's user database
set -euo pipefail

user="$1"
read -rsp "Password: " pass; echo
hash=$(printf '%s' "$pass" | md5sum | cut -d' ' -f1)
echo "${user}:${hash}" >> /etc/myapp/users.db
echo "added $user"
""",
    ),
    S(r"""
#!/usr/bin/env bash
set -euo pipefail

eval "$(ssh-agent -s)" > /dev/null
trap 'ssh-agent -k > /dev/null' EXIT
ssh-add -q ~/.ssh/deploy_ed25519
rsync -az --delete ./build/ deploy@static.example.com:/srv/www/
"""),
    S(r"""
#!/usr/bin/env bash
set -euo pipefail

BUILD_DIR="${BUILD_DIR:-./build}"

rm -rf -- "${BUILD_DIR:?}/"*
mkdir -p "$BUILD_DIR"
cp -r src/static/. "$BUILD_DIR/"
npm run build -- --out-dir "$BUILD_DIR"
"""),
    S(r"""
#!/usr/bin/env bash
# Convert every uploaded WAV to MP3
set -eu

UPLOADS=/srv/uploads
find "$UPLOADS" -name '*.wav' -exec sh -c '
  for f do
    ffmpeg -loglevel error -i "$f" "${f%.wav}.mp3" && rm -- "$f"
  done
' sh {} +
"""),
]

# --------------------------------------------------------------------------
# sql
# --------------------------------------------------------------------------
DATA["sql"] = [
    I(
        "plpgsql",
        "CWE-89",
        "'SELECT * FROM customers WHERE city = ''' || p_city",
        r"""
CREATE OR REPLACE FUNCTION find_customers(p_city text)
RETURNS SETOF customers
LANGUAGE plpgsql
AS $$
BEGIN
    RETURN QUERY EXECUTE
        'SELECT * FROM customers WHERE city = ''' || p_city || ''' ORDER BY name';
END;
$$;
""",
    ),
    S(
        r"""
CREATE OR REPLACE FUNCTION find_customers(p_city text)
RETURNS SETOF customers
LANGUAGE plpgsql
AS $$
BEGIN
    RETURN QUERY EXECUTE
        'SELECT * FROM customers WHERE city = $1 ORDER BY name' USING p_city;
END;
$$;
""",
        twin="plpgsql",
    ),
    I(
        "tsql",
        "CWE-89",
        "ORDER BY ' + @SortColumn",
        r"""
CREATE PROCEDURE dbo.ListProducts
    @SortColumn NVARCHAR(128),
    @Category   NVARCHAR(50)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX) =
        N'SELECT ProductId, Name, Price FROM dbo.Products WHERE Category = @cat ORDER BY ' + @SortColumn;
    EXEC sp_executesql @sql, N'@cat NVARCHAR(50)', @cat = @Category;
END;
""",
    ),
    S(
        r"""
CREATE PROCEDURE dbo.ListProducts
    @SortColumn NVARCHAR(128),
    @Category   NVARCHAR(50)
AS
BEGIN
    SET NOCOUNT ON;
    IF @SortColumn NOT IN (N'ProductId', N'Name', N'Price')
        THROW 50001, 'Invalid sort column', 1;
    DECLARE @sql NVARCHAR(MAX) =
        N'SELECT ProductId, Name, Price FROM dbo.Products WHERE Category = @cat ORDER BY ' + QUOTENAME(@SortColumn);
    EXEC sp_executesql @sql, N'@cat NVARCHAR(50)', @cat = @Category;
END;
""",
        twin="tsql",
    ),
    I(
        "grant",
        "CWE-732",
        "GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO PUBLIC;",
        r"""
-- Reporting access for the new analytics dashboard
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.customer_overview AS
SELECT c.id, c.name, c.email, c.phone, c.date_of_birth, sum(o.total) AS lifetime_value
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id;

GRANT USAGE ON SCHEMA reporting TO PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO PUBLIC;
""",
    ),
    S(
        r"""
-- Reporting access for the new analytics dashboard
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.customer_overview AS
SELECT c.id, c.name, c.email, c.phone, c.date_of_birth, sum(o.total) AS lifetime_value
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id;

CREATE ROLE analytics_ro NOLOGIN;
GRANT USAGE ON SCHEMA reporting TO analytics_ro;
GRANT SELECT ON reporting.customer_overview TO analytics_ro;
GRANT analytics_ro TO dashboard_svc;
""",
        twin="grant",
    ),
    I(
        "md5pw",
        "CWE-916",
        "SET password_hash = md5(p_password)",
        r"""
CREATE OR REPLACE FUNCTION set_user_password(p_user_id bigint, p_password text)
RETURNS void
LANGUAGE sql
AS $$
    UPDATE app_users
       SET password_hash = md5(p_password),
           password_changed_at = now()
     WHERE id = p_user_id;
$$;
""",
    ),
    I(
        "definer",
        "CWE-426",
        "SECURITY DEFINER",
        r"""
CREATE OR REPLACE FUNCTION admin_reset_quota(p_account_id bigint)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
AS $$
BEGIN
    UPDATE accounts SET quota_used = 0 WHERE id = p_account_id;
    INSERT INTO audit_log(action, account_id, at) VALUES ('quota_reset', p_account_id, now());
END;
$$;

REVOKE ALL ON FUNCTION admin_reset_quota(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION admin_reset_quota(bigint) TO support_staff;
""",
    ),
    S(r"""
CREATE OR REPLACE FUNCTION row_count(p_table text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM %I', p_table) INTO n;
    RETURN n;
END;
$$;
"""),
    S(r"""
DELIMITER //
CREATE PROCEDURE get_orders_by_status(IN p_status VARCHAR(20), IN p_limit INT)
BEGIN
    SET @status = p_status;
    SET @lim = LEAST(GREATEST(p_limit, 1), 500);
    PREPARE stmt FROM 'SELECT id, customer_id, total FROM orders WHERE status = ? ORDER BY id DESC LIMIT ?';
    EXECUTE stmt USING @status, @lim;
    DEALLOCATE PREPARE stmt;
END //
DELIMITER ;
"""),
]


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------
def build_rows():
    rows = []
    for lang in LANGUAGES:
        entries = [dict(e) for e in DATA[lang]]
        random.Random("sealed2-" + lang).shuffle(entries)
        for n, e in enumerate(entries, 1):
            e["id"] = "s2-%s-%03d" % (lang, n)
        key_to_id = {}
        twin_to_id = {}
        for e in entries:
            if e["kind"] == "insecure":
                assert e["key"] not in key_to_id, (lang, e["key"])
                key_to_id[e["key"]] = e["id"]
        for e in entries:
            if e["kind"] == "safe" and e["twin"]:
                assert e["twin"] in key_to_id, (lang, e["twin"])
                assert e["twin"] not in twin_to_id, (lang, e["twin"])
                twin_to_id[e["twin"]] = e["id"]
        for e in entries:
            code = e["code"].strip("\n")
            if e["kind"] == "insecure":
                lines = code.split("\n")
                hits = [i for i, l in enumerate(lines, 1) if e["anchor"] in l]
                if len(hits) != 1:
                    raise SystemExit(
                        "anchor for %s/%s matches %d lines" % (lang, e["key"], len(hits))
                    )
                rows.append(
                    {
                        "id": e["id"],
                        "language": lang,
                        "label": "insecure",
                        "cwe": e["cwe"],
                        "line": hits[0],
                        "code": code,
                        "pair": twin_to_id.get(e["key"]),
                    }
                )
            else:
                rows.append(
                    {
                        "id": e["id"],
                        "language": lang,
                        "label": "safe",
                        "cwe": None,
                        "line": None,
                        "code": code,
                        "pair": key_to_id[e["twin"]] if e["twin"] else None,
                    }
                )
    rows.sort(key=lambda r: r["id"])
    return rows


def main():
    rows = build_rows()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out), file=sys.stderr)


if __name__ == "__main__":
    main()
