"""Run tiergate's PII engine over a labelled probe file and list what it misses and over-flags.

    python training/pii/probe_report.py [--file training/pii/probe_varied.jsonl] [--ner]
                                        [--mode overlap|exact] [--threshold 0.5] [--json out.json]

Rows are ``{"id", "text", "spans": [{"start", "end", "label"}], "setting"}``. Scoring is the
project's own (``tiergate.guards.pii.metrics``): the engine's types are relabelled onto the dataset
label set (ADDRESS -> LOCATION), span P / R / F2 per label and micro, overlap matching by default.
Detector-only types (API_KEY, UK_NINO, DE_TAX_ID, ...) are not scored but listed, because one of
them firing on a phone number hides that number from the PHONE_NUMBER count.

Each false positive is tagged: ``wrong-label`` (it overlaps a gold span of another label),
``fragment`` (it lies on a gold span of its label that another prediction already matched, e.g. the
city inside an address) or ``spurious`` (no gold span there at all).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tiergate.guards.pii import metrics
from tiergate.guards.pii.engine import analyze
from tiergate.guards.pii.metrics import DATASET_LABELS, TO_DATASET, Span

DEFAULT = Path(__file__).resolve().parent / "probe_varied.jsonl"


def load(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            text = row["text"]
            for s in row["spans"]:
                assert 0 <= s["start"] < s["end"] <= len(text), (path, n, s)
                assert s["label"] in DATASET_LABELS, (path, n, s)
                seg = text[s["start"] : s["end"]]
                assert seg, (path, n, s)
                assert seg == seg.strip(), (path, n, s, seg)
            rows.append(row)
    return rows


def align(
    gold: Sequence[Span], pred: Sequence[Span], mode: metrics.Mode
) -> tuple[list[int | None], set[int]]:
    """Same greedy assignment as ``metrics.match_row``, but it says which span matched which:
    ``hits[k]`` is the gold index prediction k matched (or None), and the set is the gold used."""
    used: set[int] = set()
    hits: list[int | None] = []
    for p in pred:
        hit = None
        for i, g in enumerate(gold):
            if i in used or g.label != p.label:
                continue
            if (g.start, g.end) == (p.start, p.end) or (
                mode == "overlap" and g.start < p.end and p.start < g.end
            ):
                hit = i
                break
        hits.append(hit)
        if hit is not None:
            used.add(hit)
    return hits, used


def snippet(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    out = f"{'…' if start > width else ''}{left}⟦{text[start:end]}⟧{right}"
    return (
        (out + ("…" if end + width < len(text) else "")).replace("\n", " ⏎ ").replace("\t", " ⇥ ")
    )


def run(
    rows: Sequence[Mapping[str, Any]], *, mode: metrics.Mode, use_ner: bool, threshold: float
) -> dict[str, Any]:
    pairs = []
    fns: list[dict[str, Any]] = []
    fps: list[dict[str, Any]] = []
    extra: list[dict[str, Any]] = []
    partial: list[dict[str, Any]] = []
    per_setting: dict[str, list[tuple[list[Span], list[Span]]]] = {}
    for row in rows:
        text = row["text"]
        found = analyze(text, threshold=threshold, use_ner=use_ner)
        allpred = metrics.relabel((Span(m.start, m.end, m.type) for m in found), TO_DATASET)
        scores = {(m.start, m.end): m.score for m in found}
        low = [m for m in analyze(text, threshold=0.0, use_ner=use_ner) if m.score < threshold]
        pred = [p for p in allpred if p.label in DATASET_LABELS]
        gold = [g for g in metrics.gold_spans(row) if g.label in DATASET_LABELS]
        pairs.append((gold, pred))
        per_setting.setdefault(row.get("setting", "?"), []).append((gold, pred))
        hits, used = align(gold, pred, mode)
        # Cross-check with the library's own counter.
        lib = metrics.match_row(gold, pred, mode)
        assert sum(c.tp for c in lib.values()) == len(used)
        for i, g in enumerate(gold):
            if i in used:
                continue
            near = [
                f"{p.label}:{text[p.start : p.end]!r}"
                for p in allpred
                if p.start < g.end and g.start < p.end
            ]
            below = [
                f"{m.type}:{text[m.start : m.end]!r}@{m.score:.2f}"
                for m in low
                if m.start < g.end and g.start < m.end
            ]
            fns.append({"id": row["id"], "setting": row.get("setting"), "label": g.label,
                        "span": text[g.start : g.end], "context": snippet(text, g.start, g.end),
                        "engine_there": near, "below_threshold": below})  # fmt: skip
        # Matched gold spans that the predictions do not fully cover: what redaction would leave.
        for i in sorted(used):
            g = gold[i]
            covered = set()
            for p in pred:
                covered.update(range(max(p.start, g.start), min(p.end, g.end)))
            left = "".join(
                ch if k in covered or not ch.isalnum() else "▒"
                for k, ch in zip(range(g.start, g.end), text[g.start : g.end], strict=True)
            )
            rest = "".join(ch for ch in left if ch == "▒")
            if rest:
                partial.append({"id": row["id"], "label": g.label, "span": text[g.start : g.end],
                                "uncovered_chars": rest, "mask": left})  # fmt: skip
        for p, hit in zip(pred, hits, strict=True):
            if hit is not None:
                continue
            others = [g for g in gold if g.start < p.end and p.start < g.end]
            if any(g.label != p.label for g in others):
                cause = "wrong-label:" + ",".join(sorted({g.label for g in others}))
            elif others:
                cause = "fragment"
            else:
                cause = "spurious"
            fps.append({"id": row["id"], "setting": row.get("setting"), "label": p.label,
                        "span": text[p.start : p.end], "score": round(scores[(p.start, p.end)], 3),
                        "cause": cause, "context": snippet(text, p.start, p.end)})  # fmt: skip
        for p in allpred:
            if p.label not in DATASET_LABELS:
                over = [g.label for g in gold if g.start < p.end and p.start < g.end]
                extra.append({"id": row["id"], "label": p.label, "span": text[p.start : p.end],
                              "over_gold": over})  # fmt: skip
    report = metrics.evaluate(pairs, mode, DATASET_LABELS).as_dict()
    settings = {
        s: metrics.evaluate(ps, mode, DATASET_LABELS).micro.as_dict()
        for s, ps in sorted(per_setting.items())
    }
    return {"scores": report, "by_setting": settings, "fn": fns, "fp": fps, "unscored": extra,
            "partial": partial}  # fmt: skip


def table(scores: Mapping[str, Mapping[str, float]]) -> str:
    lines = [f"{'label':<15}{'gold':>6}{'pred':>6}{'TP':>5}{'FP':>5}{'FN':>5}"
             f"{'P':>7}{'R':>7}{'F2':>7}"]  # fmt: skip
    for label, c in scores.items():
        lines.append(
            f"{label:<15}{c['tp'] + c['fn']:>6}{c['tp'] + c['fp']:>6}{c['tp']:>5}{c['fp']:>5}"
            f"{c['fn']:>5}{c['precision']:>7.2f}{c['recall']:>7.2f}{c['f2']:>7.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--file", type=Path, default=DEFAULT)
    ap.add_argument("--mode", choices=("overlap", "exact"), default="overlap")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--ner", action="store_true", help="also run spaCy NER (use_ner=True)")
    ap.add_argument("--json", type=Path, help="write scores, misses and false positives here")
    args = ap.parse_args(argv)
    if not args.file.exists():
        print(f"not found: {args.file}", file=sys.stderr)
        return 1
    rows = load(args.file)
    out = run(rows, mode=args.mode, use_ner=args.ner, threshold=args.threshold)
    n_spans = sum(len(r["spans"]) for r in rows)
    print(f"== {args.file.name}: {len(rows)} rows, {n_spans} gold spans; matching={args.mode}, "
          f"threshold={args.threshold}, ner={args.ner}")  # fmt: skip
    print(table(out["scores"]))
    print("\n== micro by setting")
    for s, c in out["by_setting"].items():
        print(f"{s:<18} TP {c['tp']:>3} FP {c['fp']:>3} FN {c['fn']:>3}   "
              f"P {c['precision']:.2f}  R {c['recall']:.2f}  F2 {c['f2']:.2f}")  # fmt: skip
    print(f"\n== misses (FN): {len(out['fn'])}")
    for f in sorted(out["fn"], key=lambda f: (f["label"], f["setting"], f["id"])):
        there = f"   [engine: {', '.join(f['engine_there'])}]" if f["engine_there"] else ""
        if f["below_threshold"]:
            there += f"   [below threshold: {', '.join(f['below_threshold'])}]"
        print(f"{f['label']:<14} {f['id']:<22} {f['span']!r}   {f['context']}{there}")
    print(f"\n== false positives: {len(out['fp'])}  "
          f"{dict(Counter(f['cause'].split(':')[0] for f in out['fp']))}")  # fmt: skip
    for f in sorted(out["fp"], key=lambda f: (f["label"], f["cause"], f["setting"], f["id"])):
        print(f"{f['label']:<14} {f['cause']:<24} {f['id']:<22} {f['span']!r} ({f['score']})   "
              f"{f['context']}")  # fmt: skip
    print(f"\n== matched but only partly covered (▒ = left unmasked): {len(out['partial'])}")
    for f in out["partial"]:
        print(f"{f['label']:<14} {f['id']:<22} {f['span']!r} -> {f['mask']!r}")
    if out["unscored"]:
        print(f"\n== detector-only types (not scored): {len(out['unscored'])}")
        for f in out["unscored"]:
            over = f"  over gold {f['over_gold']}" if f["over_gold"] else ""
            print(f"{f['label']:<14} {f['id']:<22} {f['span']!r}{over}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
