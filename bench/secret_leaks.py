"""Secrets benchmark: the ``secrets`` scanner on hand-written labelled texts.

    .venv/bin/python bench/secret_leaks.py [--misses] [--file training/secrets/secrets_dev.jsonl]

Each row is a text (config files, shell commands, code, logs, chat) with the character spans of
the secret values in it, or none (placeholders, hashes, UUIDs, public keys, publishable keys).
Reports span precision / recall / F2 (a found span counts if it overlaps a labelled one, type
not compared: providers name their kinds differently), the share of rows with a secret in which
at least one was found, and the share of rows without one in which something was redacted.

Peer, in the same run when installed (``pip install detect-secrets``, bench only): Yelp's
detect-secrets with its default plugins and filters, each text scanned as a file the way its CLI
does; a reported value is located on its line to get a span.

``secrets_dev.jsonl`` is what the recognizers were improved against; ``secrets_sealed.jsonl``
was written by someone who saw neither the recognizers nor the dev rows, and is only scored.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from jsonl_io import read_jsonl  # noqa: E402

from tiergate.guards.scanners.secrets import SecretsParams, SecretsScanner  # noqa: E402

CORPORA = {
    "dev": ROOT / "training/secrets/secrets_dev.jsonl",
    "sealed": ROOT / "training/secrets/secrets_sealed.jsonl",
}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


Finder = Callable[[str], list[tuple[int, int, str]]]


def tiergate_finder() -> Finder:
    scanner = SecretsScanner(SecretsParams())
    return lambda text: [(s.start, s.end, s.type) for s in scanner.find(text)]


def detect_secrets_finder() -> Finder | None:
    if importlib.util.find_spec("detect_secrets") is None:
        return None
    from detect_secrets import SecretsCollection
    from detect_secrets.settings import default_settings

    def find(text: str) -> list[tuple[int, int, str]]:
        lines = text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
            fh.write(text)
        try:
            with default_settings():
                found = SecretsCollection()
                found.scan_file(fh.name)
        finally:
            os.unlink(fh.name)
        out = []
        for _, secret in found:
            line, value = secret.line_number - 1, str(secret.secret_value or "")
            at = lines[line].find(value) if 0 <= line < len(lines) and value else -1
            if at >= 0:
                out.append((starts[line] + at, starts[line] + at + len(value), secret.type))
        return out

    return find


def score(rows: list[dict[str, Any]], finder: Finder | None = None) -> dict[str, Any]:
    find = finder or tiergate_finder()
    tp = fp = fn = 0
    rows_pos = rows_pos_hit = rows_neg = rows_neg_hit = 0
    misses: list[str] = []
    for row in rows:
        gold = [(s["start"], s["end"]) for s in row["spans"]]
        found = find(row["text"])
        matched = {i for i, g in enumerate(gold) if any(_overlaps(g, f[:2]) for f in found)}
        tp += len(matched)
        fn += len(gold) - len(matched)
        fp += sum(not any(_overlaps(f[:2], g) for g in gold) for f in found)
        if gold:
            rows_pos += 1
            rows_pos_hit += bool(matched)
        else:
            rows_neg += 1
            rows_neg_hit += bool(found)
        for i, g in enumerate(gold):
            if i not in matched:
                kind = row["spans"][i].get("type")
                misses.append(f"{row['id']} MISS {kind}: {row['text'][g[0] : g[1]][:60]!r}")
        for f in found:
            if not any(_overlaps(f[:2], g) for g in gold):
                misses.append(f"{row['id']} FALSE {f[2]}: {row['text'][f[0] : f[1]][:60]!r}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f2 = 5 * p * r / (4 * p + r) if p + r else 0.0
    return {
        "spans": tp + fn, "precision": round(p, 3), "recall": round(r, 3), "f2": round(f2, 3),
        "rows_with_secret": rows_pos, "row_recall": round(rows_pos_hit / max(1, rows_pos), 3),
        "rows_without": rows_neg, "row_fpr": round(rows_neg_hit / max(1, rows_neg), 3),
        "misses": misses,
    }  # fmt: skip


def bench_secrets(files: dict[str, Path]) -> dict[str, Any]:
    finders = {"tiergate": tiergate_finder(), "detect-secrets": detect_secrets_finder()}
    out = {}
    for name, path in files.items():
        if path.is_file():
            for who, finder in finders.items():
                if finder is not None:
                    out[f"{name} / {who}"] = score(read_jsonl(path), finder)
    return out


def print_secrets(results: dict[str, Any]) -> None:
    print("\n## Secrets (hand-written labelled texts; default params)\n")
    print("| corpus | spans | precision | recall | F2 | rows with a secret: found "
          "| rows without: flagged |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['spans']} | {r['precision']} | {r['recall']} | {r['f2']} "
            f"| {r['row_recall']} of {r['rows_with_secret']} "
            f"| {r['row_fpr']} of {r['rows_without']} |"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, default=None, help="one corpus instead of both")
    ap.add_argument("--misses", action="store_true", help="list dev misses and false alarms")
    args = ap.parse_args()
    files = {args.file.stem: args.file} if args.file else CORPORA
    results = bench_secrets(files)
    print_secrets(results)
    if args.misses:
        for name, r in results.items():
            if "sealed" not in name and "tiergate" in name:  # sealed: only ever scored
                print(f"\n### {name}\n" + "\n".join(r["misses"]))


if __name__ == "__main__":
    main()
