"""Experiment: does a small convolutional tagger, mixed with the CRF's marginals, help?

    python training/pii/neural_experiment.py [--folds 3] [--epochs 8]

Needs torch (CPU, ``pip install torch==2.13.0``) for training only. Same folds, same engine
composition and same span metric as train_tagger.py; reports out-of-fold micro F2 per (mix
weight, threshold) and per source. Nothing here ships unless it wins.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train_tagger as tt  # noqa: E402
from synthetic_names import synthetic_rows  # noqa: E402

from tiergate.guards.pii import tagger  # noqa: E402

torch: Any = __import__("torch")
nn: Any = torch.nn
LABELS = tagger.LABELS
LABEL_ID = {y: i for i, y in enumerate(LABELS)}
NEIGHBOUR = ("-2:", "-1:", "1:", "2:")


def own(feats: list[str]) -> list[str]:
    return [f for f in feats if not f.startswith(NEIGHBOUR) and f != "bias"]


class Vocab:
    def __init__(self, seqs: Sequence[tuple[list[list[str]], list[str]]], min_count: int) -> None:
        counts = Counter(f for x, _ in seqs for feats in x for f in own(feats))
        kept = sorted(f for f, c in counts.items() if c >= min_count)
        self.index = {f: i + 1 for i, f in enumerate(kept)}  # 0: padding / unknown

    def __len__(self) -> int:
        return len(self.index) + 1

    def ids(self, x: list[list[str]]) -> list[list[int]]:
        return [[self.index.get(f, 0) for f in own(feats)] or [0] for feats in x]


class Net(nn.Module):  # type: ignore[misc]
    def __init__(self, vocab: int, dim: int, hidden: int, dropout: float) -> None:
        super().__init__()
        self.emb = nn.EmbeddingBag(vocab, dim, mode="sum", padding_idx=0)
        self.convs = nn.ModuleList(
            [
                nn.Conv1d(dim, hidden, 3, padding=1, dilation=1),
                nn.Conv1d(hidden, hidden, 3, padding=2, dilation=2),
                nn.Conv1d(hidden, hidden, 3, padding=4, dilation=4),
            ]
        )
        self.out = nn.Linear(hidden, len(LABELS))
        self.drop = nn.Dropout(dropout)

    def forward(self, flat: Any, offsets: Any, index: Any, mask: Any) -> Any:
        b, t = mask.shape
        e = self.emb(flat, offsets)  # (tokens, dim)
        x = torch.zeros(b * t, e.shape[1])
        x[index] = e
        x = self.drop(x.view(b, t, -1).transpose(1, 2))  # (b, dim, t)
        m = mask.unsqueeze(1)
        h = None
        for conv in self.convs:
            y = torch.relu(conv(x if h is None else h)) * m
            h = y if h is None else self.drop(y) + h
        return self.out(h.transpose(1, 2))  # (b, t, labels)


def batches(ids: list[list[list[int]]], labels: list[list[int]] | None, size: int) -> Any:
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    for s in range(0, len(order), size):
        part = order[s : s + size]
        t = max(len(ids[i]) for i in part)
        flat: list[int] = []
        offsets: list[int] = []
        index: list[int] = []
        mask = torch.zeros(len(part), t)
        y = torch.full((len(part), t), -100, dtype=torch.long)
        for r, i in enumerate(part):
            for p, tok in enumerate(ids[i]):
                offsets.append(len(flat))
                flat += tok
                index.append(r * t + p)
            mask[r, : len(ids[i])] = 1
            if labels is not None:
                y[r, : len(ids[i])] = torch.tensor(labels[i])
        yield (
            part,
            torch.tensor(flat),
            torch.tensor(offsets),
            torch.tensor(index),
            mask,
            y,
        )


def fit_net(
    seqs: Sequence[tuple[list[list[str]], list[str]]], args: argparse.Namespace
) -> tuple[Vocab, Any]:
    torch.manual_seed(args.seed)
    vocab = Vocab(seqs, args.min_count)
    ids = [vocab.ids(x) for x, _ in seqs]
    labels = [[LABEL_ID[y] for y in ys] for _, ys in seqs]
    net = Net(len(vocab), args.dim, args.hidden, args.dropout)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    rng = np.random.default_rng(args.seed)
    for epoch in range(args.epochs):
        net.train()
        all_batches = list(batches(ids, labels, args.batch))
        rng.shuffle(all_batches)  # type: ignore[arg-type]
        total = 0.0
        for _, flat, offsets, index, mask, y in all_batches:
            opt.zero_grad()
            logits = net(flat, offsets, index, mask)
            loss = loss_fn(logits.reshape(-1, len(LABELS)), y.reshape(-1))
            loss.backward()
            opt.step()
            total += float(loss)
        print(f"    epoch {epoch}: loss {total / len(all_batches):.4f}", flush=True)
    net.eval()
    return vocab, net


def net_probs(vocab: Vocab, net: Any, xs: list[list[list[str]]]) -> list[np.ndarray]:
    ids = [vocab.ids(x) for x in xs]
    out: list[np.ndarray] = [np.zeros(0)] * len(xs)
    with torch.no_grad():
        for part, flat, offsets, index, mask, _ in batches(ids, None, 256):
            p = torch.softmax(net(flat, offsets, index, mask), -1).numpy()
            for r, i in enumerate(part):
                out[i] = p[r, : len(ids[i])]
    return out


class Probs:
    """Stands in for a crfsuite tagger in tagger._spans: marginal(label, position)."""

    def __init__(self, p: np.ndarray) -> None:
        self.p = p

    def marginal(self, y: str, i: int) -> float:
        return float(self.p[i, LABEL_ID[y]])


class Mixed(tagger.Tagger):
    def __init__(self, model: Path) -> None:
        super().__init__(model, 0.5)
        self.cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.weight = 0.0

    def crf_probs(self, xseq: list[list[str]]) -> np.ndarray:
        m = self.marginals(xseq)
        return np.array([[row[y] for y in LABELS] for row in m])

    def decode(self, xseq: list[list[str]], threshold: float | None = None) -> list[tagger.Tagged]:
        crf, net = self.cache[key(xseq)]
        p = (1 - self.weight) * crf + self.weight * net
        t = self.threshold if threshold is None else threshold
        return tagger._spans(Probs(p), len(xseq), xseq, t)


def key(xseq: list[list[str]]) -> str:
    return "\x00".join("|".join(f) for f in xseq)


WEIGHTS = (0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0)
THRESHOLDS = (0.05, 0.08, 0.1, 0.15, 0.2, 0.3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--only-folds", type=int, default=0, help="stop after this many folds")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=Path("/tmp/neural_experiment.json"))
    args = ap.parse_args(argv)
    torch.set_num_threads(2)
    rows = tt.load(tt.DATA / "pii_train.jsonl")
    extra = synthetic_rows(4000, 0)
    extra_seqs = [tt.cached_bio(r) for r in extra]
    results: dict[str, dict[str, dict[str, float]]] = {}
    for k in range(args.only_folds or args.folds):
        fit = [tt.cached_bio(r) for r in rows if tt.fold_of(r, args.folds) != k] + extra_seqs
        held = [r for r in rows if tt.fold_of(r, args.folds) == k]
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "fold.crfsuite"
            started = time.perf_counter()
            tt.train(fit, tt.DEFAULT_PARAMS, model)
            print(f"  fold {k}: CRF {time.perf_counter() - started:.0f}s", flush=True)
            started = time.perf_counter()
            vocab, net = fit_net(fit, args)
            print(f"  fold {k}: net {time.perf_counter() - started:.0f}s", flush=True)
            mixed = Mixed(model)
            xs = [tt.sequence_features(str(r["text"]), tt.tokenize(str(r["text"]))) for r in held]
            xs = [x for x in xs if x]
            nets = net_probs(vocab, net, xs)
            for x, p in zip(xs, nets, strict=True):
                mixed.cache[key(x)] = (mixed.crf_probs(x), p)
            for w in WEIGHTS:
                mixed.weight = w
                for t in THRESHOLDS:
                    got = tt.score_by_source(
                        held, lambda s, t=t, m=mixed: tt.predict(s, "tagger", m, t)
                    )
                    for src, counts in got.items():
                        tt.merge_counts(
                            results.setdefault(f"w{w}@{t}", {}).setdefault(src, {}), counts
                        )
            done = {kk: {s: tt.finish(c) for s, c in v.items()} for kk, v in results.items()}
            best = sorted(done, key=lambda kk: -done[kk]["all"]["micro"]["f2"])[:8]
            for kk in best:
                print(
                    f"    {kk}: all {done[kk]['all']['micro']['f2']:.4f} "
                    + " ".join(
                        f"{s[:6]} {done[kk][s]['micro']['f2']:.3f}" for s in done[kk] if s != "all"
                    ),
                    flush=True,
                )
            for w in WEIGHTS:
                f2 = max(done[f"w{w}@{t}"]["all"]["micro"]["f2"] for t in THRESHOLDS)
                print(f"    best at w={w}: {f2:.4f}", flush=True)
    args.out.write_text(json.dumps({"args": vars(args) | {"out": str(args.out)}, "cv": done}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
