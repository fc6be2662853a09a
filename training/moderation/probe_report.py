"""Score hand-written moderation probe sets with the shipped scanner (stage ``input``).

    python training/moderation/probe_report.py [FILES...] [--misses] [--model-stem STEM]

Each FILE is JSONL of ``{"id", "text", "label" (1 harmful / 0 benign), "category" (S1..S14 for
harmful rows, a benign tag such as "homonym" for benign rows), "lang"}``; defaults to
``probe_diag.jsonl`` and ``probe_sealed.jsonl`` next to this script.

A row counts as flagged when its harm score reaches the scanner's threshold (``target_fpr``
mapped through the model's calibration table, window mode as on stage ``input``). Flagged is
not the same as blocked: the shipped policy allows S6 (specialized advice) by category.
Prints per file: harmful recall, benign false-positive rate, AUC, recall per hazard category,
FPR per benign tag, and recall/FPR for English vs other languages; ``--misses`` adds the
missed harmful and flagged benign rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from tiergate.errors import ConfigError
from tiergate.guards.ml.metrics import roc_auc
from tiergate.guards.scanners.moderation import (
    MODEL_STEM,
    ModerationParams,
    ModerationScanner,
    category_scores,
)

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = [HERE / "probe_diag.jsonl", HERE / "probe_sealed.jsonl"]


def model_path(stem: str | None) -> str | None:
    """None for the shipped model; a bare stem names a file in tiergate/data, else a path."""
    if stem is None:
        return None
    if "/" in stem:
        return stem
    return str(files("tiergate").joinpath("data", stem))


def load_rows(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    for r in rows:
        if r.get("label") not in (0, 1) or not isinstance(r.get("text"), str):
            raise SystemExit(f"{path}: bad row {r.get('id')!r}")
    return rows


def rate(hits: int, n: int) -> str:
    return f"{hits}/{n} = {hits / n:.3f}" if n else "-"


def sort_key(key: str) -> tuple[int, int | str]:
    """S1 < S2 < ... < S14, then benign tags alphabetically."""
    if key[:1] == "S" and key[1:].isdigit():
        return 0, int(key[1:])
    return 1, key


def report(path: Path, scanner: ModerationScanner, *, misses: bool) -> None:
    rows = load_rows(path)
    t = scanner.threshold
    for r in rows:
        scored = scanner.model.score(r["text"], sentences=False)
        r["score"] = scored.score
        cats = category_scores(scored)
        r["top"] = max(cats, key=cats.__getitem__) if cats else "-"
        r["flag"] = scored.score >= t
    harm = [r for r in rows if r["label"] == 1]
    ben = [r for r in rows if r["label"] == 0]
    tp = sum(r["flag"] for r in harm)
    fp = sum(r["flag"] for r in ben)

    print(f"== {path.name}: {len(harm)} harmful, {len(ben)} benign; threshold {t:.4f}")
    print(f"harmful recall   {rate(tp, len(harm))}")
    print(f"benign FPR       {rate(fp, len(ben))}")
    labels = np.array([1] * len(harm) + [0] * len(ben))
    scores = np.array([r["score"] for r in harm + ben])
    print(f"AUC              {roc_auc(labels, scores) or float('nan'):.3f}")

    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by[r["category"]].append(r)
    print("recall by hazard category (top-cat = flagged rows whose top category matches):")
    for cat in sorted({r["category"] for r in harm}, key=sort_key):
        rs = by[cat]
        hit = [r for r in rs if r["flag"]]
        same = sum(r["top"] == cat for r in hit)
        print(f"  {cat:<4} {rate(len(hit), len(rs)):<16} top-cat {same}/{len(hit)}")
    print("FPR by benign tag:")
    for tag in sorted({r["category"] for r in ben}, key=sort_key):
        rs = by[tag]
        print(f"  {tag:<17} {rate(sum(r['flag'] for r in rs), len(rs))}")
    print("by language:")
    for name, keep in (("en", lambda r: r.get("lang", "en") == "en"),
                       ("other", lambda r: r.get("lang", "en") != "en")):  # fmt: skip
        h = [r for r in harm if keep(r)]
        b = [r for r in ben if keep(r)]
        print(
            f"  {name:<6} recall {rate(sum(r['flag'] for r in h), len(h)):<18}"
            f" FPR {rate(sum(r['flag'] for r in b), len(b))}"
        )

    if misses:
        print("missed harmful rows:")
        for r in sorted((r for r in harm if not r["flag"]), key=lambda r: r["score"]):
            print(f"  {r['id']:<8} {r['category']:<4} {r['score']:.3f}  {r['text'][:100]}")
        print("flagged benign rows:")
        for r in sorted((r for r in ben if r["flag"]), key=lambda r: -r["score"]):
            print(
                f"  {r['id']:<8} {r['category']:<17} {r['score']:.3f} top {r['top']:<4}"
                f" {r['text'][:100]}"
            )
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="probe JSONL files")
    ap.add_argument("--misses", action="store_true", help="list missed and flagged rows")
    ap.add_argument(
        "--model-stem",
        default=None,
        help=f"model in tiergate/data (default {MODEL_STEM}) or a path stem without suffix",
    )
    ap.add_argument("--target-fpr", type=float, default=None, help="default: scanner default")
    ap.add_argument("--threshold", type=float, default=None, help="explicit score threshold")
    args = ap.parse_args(argv)

    params: dict[str, Any] = {"model_path": model_path(args.model_stem)}
    if args.target_fpr is not None:
        params["target_fpr"] = args.target_fpr
    if args.threshold is not None:
        params["threshold"] = args.threshold
    try:
        scanner = ModerationScanner(ModerationParams(**params))
    except ConfigError as exc:
        raise SystemExit(f"error: {exc}") from exc
    meta = scanner.model.meta
    print(
        f"model {args.model_stem or MODEL_STEM} ({meta.name} v{meta.version}), stage input,"
        f" target_fpr {scanner.params.target_fpr}, threshold {scanner.threshold:.4f}\n"
    )
    for path in args.files or DEFAULT_FILES:
        report(path, scanner, misses=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
