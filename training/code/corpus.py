"""Assembly shared by the snippet-corpus builders (``build_snippets_dev3.py``,
``build_snippets_dev4.py``): rows are ``(lang, label, cwe, needle, code, key, twin_key)``; the
insecure line is found by its needle, twins are paired by key, and the corpus is checked and
written as JSONL next to the builder."""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Any

Row = dict[str, Any]


def find_line(code: str, needle: str | tuple[str, int]) -> int:
    """1-based line holding ``needle`` (a text that must be on exactly one line, or (text, k):
    the k-th line holding it)."""
    text, k = needle if isinstance(needle, tuple) else (needle, None)
    hits = [i for i, ln in enumerate(code.split("\n"), 1) if text in ln]
    if not hits:
        raise ValueError(f"needle not found: {text!r}")
    if k is None:
        if len(hits) != 1:
            raise ValueError(f"needle not unique: {text!r} (lines {hits})")
        return hits[0]
    if k >= len(hits):
        raise ValueError(f"needle {text!r} has only {len(hits)} hits")
    return hits[k]


def build(rows: list[tuple[Any, ...]], langs: list[str], prefix: str) -> list[Row]:
    """Numbered rows (``<prefix>-<lang>-NNN``) with their insecure line and twin pairing."""
    counters = dict.fromkeys(langs, 0)
    key_to_id: dict[str, str] = {}
    built: list[tuple[Row, str | None]] = []
    for lang, label, cwe, needle, code, key, twin in rows:
        if lang not in counters:
            raise ValueError("unknown language " + lang)
        counters[lang] += 1
        rid = f"{prefix}-{lang}-{counters[lang]:03d}"
        row = {
            "id": rid,
            "language": lang,
            "label": label,
            "cwe": cwe,
            "line": find_line(code, needle) if label == "insecure" else None,
            "code": code,
            "pair": None,
        }
        if key is not None:
            if key in key_to_id:
                raise ValueError("duplicate key " + key)
            key_to_id[key] = rid
        built.append((row, twin))
    by_id = {r["id"]: r for r, _ in built}
    for row, twin in built:
        if twin is not None:
            other = by_id[key_to_id[twin]]
            if other["pair"] is not None:
                raise ValueError("insecure row paired twice: " + twin)
            if other["language"] != row["language"]:
                raise ValueError("cross-language pair: " + twin)
            row["pair"] = other["id"]
            other["pair"] = row["id"]
    return [r for r, _ in built]


def validate(rows: list[Row], langs: list[str]) -> None:
    """Unique ids; known languages and labels; a CWE and an in-range line for every insecure row,
    neither for a safe one; twins that point at each other with opposite labels."""
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        assert r["language"] in langs
        assert r["label"] in ("insecure", "safe")
        nlines = len(r["code"].splitlines())
        if r["label"] == "insecure":
            assert re.fullmatch(r"CWE-\d+", r["cwe"]), r["id"]
            assert isinstance(r["line"], int), r["id"]
            assert 1 <= r["line"] <= nlines, r["id"]
        else:
            assert r["cwe"] is None, r["id"]
            assert r["line"] is None, r["id"]
        if r["pair"] is not None:
            other = by_id[r["pair"]]
            assert other["pair"] == r["id"], "asymmetric pair " + r["id"]
            assert other["label"] != r["label"], "pair with same label " + r["id"]


def write(rows: list[Row], builder: str, name: str) -> None:
    """``name`` next to the builder file ``builder`` (its ``__file__``), one JSON row a line."""
    out = os.path.join(os.path.dirname(os.path.abspath(builder)), name)
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    ins = sum(r["label"] == "insecure" for r in rows)
    sys.stdout.write(f"wrote {len(rows)} rows ({ins} insecure, {len(rows) - ins} safe) to {out}\n")
