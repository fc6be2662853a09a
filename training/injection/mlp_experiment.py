"""Experiment (session 24, not shipped): a one-hidden-layer network on the injection model's
hashed features, beside the shipped logistic regression, judged like every run here on the real
out-of-fold rows at 1% FPR (partition "" only).

The network reads the same sparse vectors as the linear model: an embedding bag over the hashed
n-grams (their values as weights) gives H hidden units plus one linear unit, and the logit is
``linear + v . relu(hidden + b)``; length-balanced sample weights as in ``train.fit``. It runs
``train.py``'s own pipeline with ``fit`` and ``score_items`` wrapped, so the windows, folds and
scoring (views x windows, max) are the shipped ones; it stops before the final fit and writes
the out-of-fold scores of both models to a pickle.

Needs torch (CPU build, ``pip install torch==2.13.0``; not a dependency of the package):

    H=32 EPOCHS=2 LR=0.001 python training/injection/mlp_experiment.py OUT.pkl
    SKIP_LR=1 ...   # the network alone (the linear scores of an earlier run are reused)

Results are in README.md ("Tried after v26, not kept").
"""

from __future__ import annotations

import os
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("mlp_oof.pkl")
TRAIN_ARGS = ["--cv-repeats", "1", "--version", "98", "--out", "/tmp", "--meta-out", "/tmp"]
sys.argv = ["train.py", *TRAIN_ARGS]
import train as T  # noqa: E402

from tiergate.guards.ml.linear import LinearModel  # noqa: E402
from tiergate.guards.ml.scoring import best_hit  # noqa: E402

H = int(os.environ.get("H", "32"))
EPOCHS = int(os.environ.get("EPOCHS", "2"))
RATE = float(os.environ.get("LR", "0.001"))
SKIP_LR = bool(os.environ.get("SKIP_LR"))
STATE: dict[str, Any] = {"fits": 0, "lr": {}, "mlp": {}, "items": {}}
_fit, _score_items = T.fit, T.score_items
torch.set_num_threads(2)


class Net(nn.Module):
    def __init__(self, dim: int) -> None:
        super().__init__()
        self.emb = nn.EmbeddingBag(dim, H + 1, mode="sum", sparse=True)
        nn.init.normal_(self.emb.weight, std=0.02)
        with torch.no_grad():
            self.emb.weight[:, H] = 0
        self.b1 = nn.Parameter(torch.zeros(H))
        self.v = nn.Linear(H, 1)

    def forward(self, idx: torch.Tensor, off: torch.Tensor, val: torch.Tensor) -> torch.Tensor:
        h = self.emb(idx, off, per_sample_weights=val)
        return h[:, H] + self.v(torch.relu(h[:, :H] + self.b1)).squeeze(1)


def train_net(x: Any, y: np.ndarray, w: np.ndarray, seed: int) -> tuple[np.ndarray, ...]:
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    net = Net(x.shape[1])
    sparse_opt = torch.optim.SparseAdam(list(net.emb.parameters()), lr=RATE)
    dense_opt = torch.optim.Adam([net.b1, *net.v.parameters()], lr=RATE)
    yt, wt = torch.tensor(y, dtype=torch.float32), torch.tensor(w, dtype=torch.float32)
    for epoch in range(EPOCHS):
        perm, total, start = rng.permutation(x.shape[0]), 0.0, time.time()
        for s in range(0, len(perm), 256):
            rows = perm[s : s + 256]
            sub = x[rows]
            logit = net(
                torch.from_numpy(sub.indices.astype(np.int64)),
                torch.from_numpy(sub.indptr[:-1].astype(np.int64)),
                torch.from_numpy(sub.data.astype(np.float32)),
            )
            loss = nn.functional.binary_cross_entropy_with_logits(logit, yt[rows], reduction="none")
            loss = (loss * wt[rows]).mean()
            sparse_opt.zero_grad()
            dense_opt.zero_grad()
            loss.backward()
            sparse_opt.step()
            dense_opt.step()
            total += float(loss.detach()) * len(rows)
        print(f"  epoch {epoch}: loss {total / len(perm):.4f} ({time.time() - start:.0f}s)")
    return (
        net.emb.weight.detach().numpy().copy(),
        net.b1.detach().numpy().copy(),
        net.v.weight.detach().numpy()[0].copy(),
        np.array(float(net.v.bias.detach())),
    )


class NetModel(LinearModel):
    """The network behind LinearModel's scoring interface (only ``decision`` differs)."""

    def __init__(self, meta: Any, params: tuple[np.ndarray, ...]) -> None:
        self.meta = meta
        self.emb, self.b1, self.v, self.vb = params

    def decision(self, vec: tuple[np.ndarray, np.ndarray]) -> float:
        idx, val = vec
        h = val.astype(np.float32) @ self.emb[idx]
        return float(h[H] + np.maximum(h[:H] + self.b1, 0) @ self.v + self.vb)


def fit(featurizer: Any, windows: list[tuple[str, int]], c: float, seed: int, *rest: Any) -> Any:
    STATE["fits"] += 1
    if STATE["fits"] > T.FOLDS:  # the final fit on everything: the experiment is over
        with OUT.open("wb") as fh:
            pickle.dump({k: STATE[k] for k in ("lr", "mlp", "items")}, fh)
        raise SystemExit(f"wrote {OUT}")
    if SKIP_LR:
        coef, bias = np.zeros(featurizer.dim, dtype=np.float32), 0.0
    else:
        coef, bias = _fit(featurizer, windows, c, seed, *rest)
    texts = [text for text, _ in windows]
    y = np.array([label for _, label in windows])
    length_balance = rest[1] if len(rest) > 1 else False
    w = T.length_balanced_weights(texts, y) if length_balance else np.ones(len(y))
    STATE["net"] = train_net(T.matrix(featurizer, texts), y, w, seed)
    return coef, bias


def score_items(model: LinearModel, items: list[Any]) -> np.ndarray:
    linear = np.zeros(len(items)) if SKIP_LR else _score_items(model, items)
    net = NetModel(model.meta, STATE["net"])
    chunk, overlap, fine, sentence = T.SCORING
    scores = [best_hit(net, it.text, chunk, overlap, fine, sentence).score for it in items]
    for it, a, b in zip(items, linear, scores, strict=True):
        STATE["lr"][it.uid], STATE["mlp"][it.uid] = a, b
        STATE["items"][it.uid] = (it.label, it.uid.startswith(T.SYNTHETIC_PREFIXES), it.source)
    return linear


T.fit, T.score_items = fit, score_items
T.main()
