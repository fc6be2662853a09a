"""Score the hand-written probe sets with the shipped injection scanner.

    python training/injection/probe_report.py [FILE ...] [--misses]

The probes (`probe_{diag,sealed,persona,sealed2}.jsonl`, CC0, written here from scratch) are
never training data. `probe_diag` was read to find weak families; the others were written apart
and are only ever scored, so they are the fairer estimate of how the model does on unseen
phrasing.
Rows: {"id", "text", "label" (1 attack / 0 benign), "category", "lang"}.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tiergate.guards.base import ScanContext  # noqa: E402
from tiergate.guards.ml.metrics import roc_auc  # noqa: E402
from tiergate.guards.scanners.injection import InjectionParams, InjectionScanner  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT = [HERE / f"probe_{name}.jsonl" for name in ("diag", "sealed", "persona", "sealed2")]


def report(
    path: Path, scanner: InjectionScanner, misses: bool, stage: str = "input"
) -> dict[str, object]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    scores = np.array([scanner.score(r["text"]).score for r in rows])
    labels = np.array([int(r["label"]) for r in rows])
    ctx = ScanContext(stage=stage)
    thresholds = np.array([scanner.threshold_for(ctx, len(r["text"])) for r in rows])
    blocked = scores >= thresholds  # long inputs have their own table (v13+)
    pos, neg = labels == 1, labels == 0
    non_en = np.array([r.get("lang", "en") != "en" for r in rows])
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r, b in zip(rows, blocked, strict=True):
        if r["label"] == 1:
            family = r["category"].split("_")[0]  # indirect_sql -> indirect
            family = family if family in ("indirect", "obfuscation") else r["category"]
            by_cat[family][0] += int(b)
            by_cat[family][1] += 1
    out = {
        "file": path.name,
        "stage": stage,
        "attacks": int(pos.sum()),
        "benign": int(neg.sum()),
        "recall": round(float(blocked[pos].mean()), 3),
        "fpr": round(float(blocked[neg].mean()), 3),
        "auc": round(roc_auc(labels, scores) or 0.0, 3),
        "recall_non_en": round(float(blocked[pos & non_en].mean()), 3),
        "by_category": {c: f"{k}/{n}" for c, (k, n) in sorted(by_cat.items())},
    }
    if misses:
        for r, s, b in zip(rows, scores, blocked, strict=True):
            if bool(b) != bool(r["label"]):
                kind = "MISS" if r["label"] else "FP  "
                print(f"{kind} {s:.3f} {r['category']:<22} {r['text'][:100]!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true", help="list misses and false positives")
    ap.add_argument("--model-version", default=None, help="default: the shipped one")
    ap.add_argument(
        "--stage",
        choices=("input", "document"),
        default="input",
        help="the threshold to apply: input (length tables) or document (probe_sealed14)",
    )
    args = ap.parse_args(argv)
    params = {"model_version": args.model_version} if args.model_version else {}
    scanner = InjectionScanner(InjectionParams.model_validate(params))
    for path in args.files:
        print(json.dumps(report(path, scanner, args.misses, args.stage)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
