"""Experiment (session 25, not shipped): multilingual concept terms stacked on the shipped model's
out-of-fold logit, so that the n-gram weights stay as they are and the concepts only correct.

Per text (its first view, as the scanner reads it), the terms of ``concepts-v1`` (each concept
and each pair found in one clause; see ``tiergate.guards.ml.concepts``) are 0/1 features; the
stacked logit is ``s * z + a + b . terms`` with ``z`` the model's logit, fitted by L-BFGS with an
L2 penalty ``lam`` on ``b``. Judged like every run here: real out-of-fold rows at 1% FPR
(partition "", the stacker itself cross-fitted on the same five folds), then dev raw at 1% dev
FPR and the pooled probes on the raw scores (no calibration table is fitted for the stack).

    python training/injection/train.py --version 26 --cv-repeats 1 \\
        --out /tmp/x --meta-out /tmp/x --dump-oof oof26.jsonl          # ~13 min
    python training/injection/stack_experiment.py oof26.jsonl --lam 1 10 100

Results are in README.md ("A multilingual concept block").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.metrics import roc_auc_score

from tiergate.guards.ml import concepts
from tiergate.guards.ml.features import _CLAUSE_RE
from tiergate.guards.ml.metrics import threshold_at_fpr
from tiergate.guards.ml.normalize import views
from tiergate.guards.scanners.injection import InjectionParams, InjectionScanner

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))
import guards as bench  # noqa: E402

CONCEPTS = sorted(
    ["OVERRIDE", "PRIOR", "INSTRUCTIONS", "SYSTEMPROMPT", "REVEAL", "SECRET", "NOWON", "ROLE",
     "UNRESTRICTED", "SAFETY", "DISABLE", "INSTEAD", "OBEY"]
)  # fmt: skip
VOCAB = CONCEPTS + [f"{a}+{b}" for i, a in enumerate(CONCEPTS) for b in CONCEPTS[i + 1 :]]
INDEX = {t: i for i, t in enumerate(VOCAB)}
NOT_POOLED = {"probe_diag", "probe_sealed23", "probe_sealed24", "probe_sealed25"}


def terms(text: str) -> np.ndarray:
    lexicon = concepts.load("concepts-v1")
    out = np.zeros(len(VOCAB))
    for clause in _CLAUSE_RE.findall(views(text)[0].text):
        for term in lexicon.terms(clause):
            out[INDEX[term]] = 1.0
    return out


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-7, 1 - 1e-7)
    return np.log(p / (1 - p))


def fit(z: np.ndarray, x: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        u = w[0] * z + w[1] + x @ w[2:]
        g = 1 / (1 + np.exp(-u)) - y
        value = float((np.logaddexp(0, u) - y * u).sum() + lam * w[2:] @ w[2:])
        return value, np.concatenate([[g @ z, g.sum()], x.T @ g + 2 * lam * w[2:]])

    start = np.zeros(x.shape[1] + 2)
    start[0] = 1.0
    return np.asarray(minimize(loss, start, jac=True, method="L-BFGS-B").x)


def stacked(w: np.ndarray, z: np.ndarray, x: np.ndarray) -> np.ndarray:
    return np.asarray(w[0] * z + w[1] + x @ w[2:])


def at_fpr(scores: np.ndarray, y: np.ndarray, fpr: float) -> float:
    return float((scores[y == 1] >= threshold_at_fpr(scores[y == 0], fpr)).mean())


def held_out(stacks: dict[str, np.ndarray]) -> None:
    scanner = InjectionScanner(InjectionParams(target_fpr=0.01))

    def scores(texts: list[str]) -> dict[str, np.ndarray]:
        z = logit(np.array([scanner.score(t).score for t in texts]))
        x = np.stack([terms(t) for t in texts])
        return {"v26": z} | {k: stacked(w, z, x) for k, w in stacks.items()}

    kinds = {"benign", "doc-clean", "injection", "jailbreak", "doc-injected"}
    dev = [r for r in bench.injection_rows(Path("/work/shared/data")) if r["kind"] in kinds]
    y_dev = np.array([r["y"] for r in dev])
    probes: list[dict[str, Any]] = []
    for path in sorted(HERE.glob("probe_*.jsonl")):
        if path.stem not in NOT_POOLED:
            probes += [json.loads(line) for line in path.open(encoding="utf-8")]
    y_probe = np.array([int(r["label"]) for r in probes])
    s_dev, s_probe = scores([r["text"] for r in dev]), scores([r["text"] for r in probes])
    for k in s_dev:
        pooled = " / ".join(f"{at_fpr(s_probe[k], y_probe, f):.3f}" for f in (0.01, 0.02, 0.05))
        print(
            f"{k}: dev raw at 1% dev FPR {at_fpr(s_dev[k], y_dev, 0.01):.3f} "
            f"(AUC {roc_auc_score(y_dev, s_dev[k]):.4f}); pooled probes {pooled} "
            f"(AUC {roc_auc_score(y_probe, s_probe[k]):.4f})"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("oof", type=Path, help="train.py --dump-oof output")
    ap.add_argument("--lam", type=float, nargs="+", default=[1.0, 10.0])
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.oof.open(encoding="utf-8")]
    y = np.array([r["label"] for r in rows], dtype=float)
    z = logit(np.array([r["oof"][0] for r in rows]))
    real = np.array([r["real"] for r in rows])
    folds = np.array([r["fold"] for r in rows])
    x = np.stack([terms(r["text"]) for r in rows])

    def real_rows(s: np.ndarray) -> str:
        t = threshold_at_fpr(s[real & (y == 0)], 0.01)
        return f"{int((s[real & (y == 1)] >= t).sum())} (AUC {roc_auc_score(y[real], s[real]):.4f})"

    print(f"v26: real out-of-fold rows at 1% FPR {real_rows(z)}")
    stacks = {}
    for lam in args.lam:
        out = np.zeros(len(rows))
        for k in range(5):
            out[folds == k] = stacked(
                fit(z[folds != k], x[folds != k], y[folds != k], lam), z[folds == k], x[folds == k]
            )
        stacks[f"stack lam={lam:g}"] = fit(z, x, y, lam)
        print(f"stack lam={lam:g}: real out-of-fold rows at 1% FPR {real_rows(out)}")
    held_out(stacks)


if __name__ == "__main__":
    main()
