"""Insecure-code benchmark: the ``code`` scanner on hand-written labelled snippets.

    .venv/bin/python bench/insecure_code.py [--misses] [--file training/code/snippets_dev.jsonl]

Each row is one snippet (``language``, ``code``, ``label`` insecure|safe, ``cwe``, ``line``),
scanned as a fenced block in a model answer with the scanner's default parameters. Reports per
corpus and per language: recall (an insecure snippet gets a finding the scanner keeps), FPR
(a safe snippet does), and the same for what the default policy *blocks* (high severity);
among detected snippets, how often a finding names the labelled weakness (same CWE family) and
its line. With semgrep installed, the semgrep engine is measured beside the regex fallback.

``snippets_dev.jsonl`` to ``snippets_dev4.jsonl`` are what the rules were improved against;
``snippets_sealed.jsonl`` and ``snippets_sealed2.jsonl`` were written by people who saw neither
the rules nor the dev corpora, and are only ever scored.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from jsonl_io import read_jsonl  # noqa: E402

from tiergate.guards.code.scan import scan_code  # noqa: E402
from tiergate.guards.code.semgrep_runner import find_semgrep  # noqa: E402
from tiergate.guards.scanners.code import CodeParams, CodeScanner  # noqa: E402

CORPORA = {
    "dev": ROOT / "training/code/snippets_dev.jsonl",
    "sealed": ROOT / "training/code/snippets_sealed.jsonl",
    "dev2": ROOT / "training/code/snippets_dev2.jsonl",
    "sealed2": ROOT / "training/code/snippets_sealed2.jsonl",
    "dev3": ROOT / "training/code/snippets_dev3.jsonl",
    "dev4": ROOT / "training/code/snippets_dev4.jsonl",
}
# Weaknesses that name the same flaw at different depths (a finding of CWE-120 for a labelled
# CWE-787 buffer overflow is the right call).
FAMILIES = [
    {"CWE-77", "CWE-78", "CWE-88"},
    {"CWE-89", "CWE-564"},
    {"CWE-79", "CWE-80", "CWE-83"},
    {"CWE-94", "CWE-95", "CWE-96", "CWE-1336"},
    {"CWE-326", "CWE-327", "CWE-328", "CWE-916", "CWE-759"},
    {"CWE-259", "CWE-321", "CWE-798"},
    {"CWE-119", "CWE-120", "CWE-121", "CWE-122", "CWE-242", "CWE-676", "CWE-787", "CWE-785"},
    {"CWE-330", "CWE-338"},
    {"CWE-22", "CWE-23", "CWE-36", "CWE-73"},
    {"CWE-295", "CWE-297"},
    {"CWE-502"},
    {"CWE-611", "CWE-776"},
    {"CWE-377", "CWE-379"},
    {"CWE-732", "CWE-276"},
]


def family(cwe: str | None) -> frozenset[str]:
    if cwe is None:
        return frozenset()
    return next((frozenset(f) for f in FAMILIES if cwe in f), frozenset({cwe}))


def fenced(row: dict[str, Any]) -> str:
    return f"Here is the code:\n\n```{row['language']}\n{row['code']}\n```\n"


def scan(rows: list[dict[str, Any]], semgrep: str) -> list[dict[str, Any]]:
    """All snippets in one text (one semgrep call: its start-up is seconds), then each block's
    findings through the scanner's own verdict, as if it had been the only block."""
    scanner = CodeScanner(CodeParams(semgrep=semgrep))  # type: ignore[arg-type]
    report = scanner.report("".join(fenced(r) for r in rows))
    if report.blocks != len(rows):
        raise SystemExit(f"expected {len(rows)} code blocks, extracted {report.blocks}")
    by_block: dict[int, list[Any]] = defaultdict(list)
    for f in report.findings:
        by_block[f.block_index].append(f)
    out = []
    for i, row in enumerate(rows):
        one = report.model_copy(update={"findings": by_block[i], "blocks": 1})
        verdict = scanner.verdict(one)
        findings: list[dict[str, Any]] = list(verdict.details.get("findings", []))  # type: ignore[call-overload]
        want = family(row.get("cwe"))
        named = [f for f in findings if f["cwe"] in want]
        out.append(
            {
                "id": row["id"], "language": row["language"], "label": row["label"],
                "cwe": row.get("cwe"), "flagged": bool(findings),
                "blocked": verdict.action == "block",
                "cwe_match": bool(named),
                "line_match": any(abs(f["line"] - (row.get("line") or -9)) <= 1 for f in named),
                "found": sorted({f"{f['cwe']}@{f['line']}:{f['rule']}" for f in findings}),
            }
        )  # fmt: skip
    return out


def _rate(hits: int, n: int) -> float | None:
    return round(hits / n, 3) if n else None


def summarise(scored: list[dict[str, Any]]) -> dict[str, Any]:
    def part(rows: list[dict[str, Any]]) -> dict[str, Any]:
        bad = [r for r in rows if r["label"] == "insecure"]
        ok = [r for r in rows if r["label"] == "safe"]
        detected = [r for r in bad if r["flagged"]]
        return {
            "n_insecure": len(bad), "n_safe": len(ok),
            "recall": _rate(sum(r["flagged"] for r in bad), len(bad)),
            "fpr": _rate(sum(r["flagged"] for r in ok), len(ok)),
            "blocked_recall": _rate(sum(r["blocked"] for r in bad), len(bad)),
            "blocked_fpr": _rate(sum(r["blocked"] for r in ok), len(ok)),
            "cwe_match": _rate(sum(r["cwe_match"] for r in detected), len(detected)),
            "line_match": _rate(sum(r["line_match"] for r in detected), len(detected)),
        }  # fmt: skip

    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in scored:
        by_lang[r["language"]].append(r)
    return {"all": part(scored), "by_language": {k: part(v) for k, v in sorted(by_lang.items())}}


def bench_code(files: dict[str, Path]) -> dict[str, Any]:
    engines = ["off"] + (["require"] if find_semgrep(None) else [])
    results: dict[str, Any] = {}
    for name, path in files.items():
        if not path.is_file():
            continue
        rows = read_jsonl(path)
        for mode in engines:
            engine = "bandit+regex" if mode == "off" else "bandit+semgrep"
            scored = scan(rows, mode)
            results[f"{name} / {engine}"] = {**summarise(scored), "rows": scored}
    return results


def print_code(results: dict[str, Any]) -> None:
    print("\n## Insecure code (hand-written snippets; default params: keeps confidence >= medium,")
    print("blocks high severity)\n")
    head = "| corpus / engine | n insecure / safe | recall | FPR | blocked recall | blocked FPR "
    print(head + "| CWE named | line |\n|---|---|---|---|---|---|---|---|")
    for key, r in results.items():
        a = r["all"]
        print(
            f"| {key} | {a['n_insecure']} / {a['n_safe']} | {a['recall']} | {a['fpr']} "
            f"| {a['blocked_recall']} | {a['blocked_fpr']} | {a['cwe_match']} | {a['line_match']} |"
        )
    for key, r in results.items():
        print(f"\n{key}, by language (recall / FPR):\n")
        cells = [f"{lang} {p['recall']}/{p['fpr']}" for lang, p in r["by_language"].items()]
        print(", ".join(cells))


# Long single lines of sink openings: each rule scans "[^;\n]{0,400}" after a sink, so these
# stay linear (unbounded, "fs.readFile(" x 4000 took 3.3 s).
ADVERSARIAL = {
    "javascript": "fs.readFile(" * 4000,
    "go": "filepath.Join(" * 4000,
    "ruby": "File.read(" * 4000,
    "php": "file_get_contents(" * 3000,
    "c": "free(p);\n" * 3000,
    "sql": "EXECUTE '" + "''" * 20000,
    # Round 2's rules: each of these once took seconds (an unbounded "$(...)" alternation in
    # the /tmp rule was exponential; "^\\s*" under re.M rescanned blank lines; every free on
    # one long line rescanned the rest of it).
    "bash": "X=/tmp/" + "$(a)" * 30 + ";\n" + "\n" * 40000,
    "cpp": "free(p); " * 4400,
    "kotlin": '"<p>' + "$name " * 8000,
    "typescript": "run(`" + "${a}" * 10000,
    "rust": "unsafe { " + "as *const u8 " * 3000,
}


def bench_adversarial() -> dict[str, dict[str, float]]:
    out = {}
    for lang, code in ADVERSARIAL.items():
        text = fenced({"language": lang, "code": code})
        started = time.perf_counter()
        scan_code(text, semgrep="off")
        out[lang] = {"chars": len(text), "ms": round((time.perf_counter() - started) * 1000, 1)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, default=None, help="one corpus instead of both")
    ap.add_argument("--misses", action="store_true", help="list misses and false alarms")
    args = ap.parse_args()
    files = {args.file.stem: args.file} if args.file else CORPORA
    results = bench_code(files)
    print_code(results)
    print("\nAdversarial single-line inputs (regex engine):", json.dumps(bench_adversarial()))
    if args.misses:
        for key, r in results.items():
            if "sealed" in key:
                continue  # sealed: only ever scored
            print(f"\n### {key}: misses and false alarms\n")
            for row in r["rows"]:
                wrong = row["flagged"] != (row["label"] == "insecure")
                if wrong or (
                    row["flagged"] and row["label"] == "insecure" and not row["cwe_match"]
                ):
                    print(f"- {row['id']} {row['label']} {row['cwe']} found={row['found']}")


if __name__ == "__main__":
    main()
