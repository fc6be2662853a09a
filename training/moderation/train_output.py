"""Train the response head of output moderation: ``src/tiergate/data/moderation-output-v5``.

    python training/moderation/train_output.py [--out src/tiergate/data] [--c 4 16 64]

The request model (``train.py``) learned what a harmful *request* looks like; on answers it reads
the topic, so refusals, safety answers and crime fiction scored as harmful (responses_dev.jsonl:
safe completions 32/54 flagged). This head is fitted on hand-written assistant responses
(``responses_train_*.jsonl``, CC0, written for tiergate: compliance with a harmful request,
with bracketed placeholders instead of any operational detail, against refusals, safe
completions, ordinary answers and fiction) and answers "does this answer itself do harm?".

- Texts are read as the scanner reads them on stage output: refusal sentences dropped
  (``tiergate.guards.ml.refusals``), then max over views x 1000-char windows.
- Benign rows also include ordinary answers: the bundled model's answers to benign prompts
  (``gen_model_answers.py``) and short replies (``short_answers.py``); without them the head
  flagged "Sure." (0.96) and "fine answer".
- Bracketed placeholders (``[STEP]``, ``[SUBSTANCE]``) are an artefact of writing harmful answers
  safely; they are blanked in the fit so the head cannot learn "brackets mean harm".
- C by 5-fold out-of-fold recall at 5% FPR; calibration from the same out-of-fold benign scores.
- ``responses_dev.jsonl`` is reported once per run; ``responses_sealed.jsonl`` only by
  ``bench/guards.py`` and never read here.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
import train as tr
from short_answers import short_answers

from tiergate.guards.ml import Calibration
from tiergate.guards.ml.refusals import without_refusals
from tiergate.guards.scanners.moderation import OUTPUT_MODEL_STEM, ModerationModel

HERE = Path(__file__).resolve().parent
SELECT_FPR = 0.05
# Blanked in the fit only. Blanked at scan time too, the slots of ordinary templates ("Dear
# [Name], ...") left the same holes as the harmful answers' slots: the calibrated threshold
# rose from 0.63 to 0.69 and sealed3 recall fell from 0.76 to 0.71 at the same AUC.
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")


def as_scanned(text: str) -> str:
    return without_refusals(text, courtesy=True)[0]


def featurize(texts: list[str]) -> sp.csr_matrix:
    """train.py's featurizer over the text as the scanner reads it, placeholders blanked."""
    return tr.featurize([_PLACEHOLDER.sub(" ", as_scanned(t)) for t in texts])


def fit(x: sp.csr_matrix, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    return tr.fit(x, y, np.ones(len(y)), c)


def fit_categories(
    x: sp.csr_matrix, y: np.ndarray, cats: list[str], c: float
) -> tuple[np.ndarray, list[float]]:
    """One-vs-rest heads over the harmful answers' categories; negatives: the other harmful
    answers and the benign ones."""
    cat_w = np.zeros((tr.FEATURIZER.dim, len(tr.CATS)), dtype=np.float32)
    biases = []
    for j, cat in enumerate(tr.CATS):
        coef, bias = fit(x, np.array([int(c_ == cat) for c_ in cats]), c)
        cat_w[:, j] = coef
        biases.append(bias)
    return cat_w, biases


# Hand-written look-alikes (harmless answers in harmful answers' forms and topics) are fitted
# on but kept out of the calibration pool, as the request model keeps its hard negatives out:
# they are the hardest benign answers, not the traffic a target FPR is about.
OUT_OF_POOL = frozenset(
    {"responses_train_d1.jsonl", "responses_train_d2.jsonl", "responses_train_e.jsonl"}
)

HEAD = {"name": "moderation-output", "stem": OUTPUT_MODEL_STEM}  # train.make_model's naming


def scan_scores(model: ModerationModel, texts: list[str]) -> np.ndarray:
    return np.array([model.score(as_scanned(t)).score for t in texts])


def recall_at(scores: np.ndarray, y: np.ndarray, fpr: float) -> float:
    benign = np.sort(scores[y == 0])[::-1]
    t = benign[int(np.floor(fpr * len(benign)))]
    return float((scores[y == 1] > t).mean())


def fold_of(row: dict[str, Any]) -> int:
    return zlib.crc32(str(row.get("fold_key", row["text"])).encode()) % tr.FOLDS


# What assistants say around any answer, harmful or not. A head fitted on bare answers read
# these as benign evidence: "Sure, here you go:" before and "Hope this helps!" after a harmful
# dev answer cut recall at the default threshold from 0.47 to 0.17.
OPENERS = (
    "Sure, here you go:",
    "Of course! Here's what you asked for.",
    "Absolutely, happy to help with that.",
    "Okay, here is the answer.",
    "Great question.",
    "Here's a quick rundown:",
    "No problem, let me explain.",
    "Alright, so here's the thing.",
    "Happy to help! Here's an overview.",
    "Certainly. Below is a short summary.",
    "Claro, aquí tienes:",
    "Gerne, hier ist die Antwort:",
    "Bien sûr, voici :",
)
CLOSERS = (
    "Hope this helps!",
    "Let me know if you need anything else.",
    "Feel free to ask if you have more questions.",
    "Good luck!",
    "Is there anything else I can help you with?",
    "Have a great day!",
    "Want me to go into more detail on any of these points?",
    "I can also put this into a table if that's easier.",
    "Let me know how it goes.",
    "Espero que te sirva.",
    "Viel Erfolg!",
    "N'hésitez pas si vous avez d'autres questions.",
)


def wrapped(rows: list[dict[str, Any]], copies: int) -> list[dict[str, Any]]:
    """``copies`` more of every hand-written answer, harmful or benign alike, with an opener, a
    closer or both, so that the words around an answer carry no evidence. Each copy stays in
    its answer's fold."""
    rng = random.Random(20261205)
    out: list[dict[str, Any]] = []
    for copy in range(copies):
        for r in rows:
            if r.get("kind") in ("short_answer", "model_answer"):
                continue
            layout = (copy + rng.randrange(3)) % 3
            head = [rng.choice(OPENERS)] if layout != 1 else []
            tail = [rng.choice(CLOSERS)] if layout != 0 else []
            text = "\n\n".join([*head, r["text"], *tail])
            out.append({**r, "text": text, "fold_key": r["text"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE.parents[1] / "src/tiergate/data")
    ap.add_argument("--c", type=float, nargs="+", default=[4.0, 16.0, 64.0])
    ap.add_argument(
        "--boilerplate",
        type=int,
        default=3,
        help="copies of every hand-written answer inside an opener and / or a closer",
    )
    ap.add_argument(
        "--also",
        type=Path,
        nargs="*",
        default=[],
        help="more answer files to fit, out of the calibration pool (answers_round_f.jsonl: "
        "README, not shipped)",
    )
    tr.add_featurizer_args(ap)
    args = ap.parse_args()
    tr.set_featurizer(*args.norm_floor, args.negation_weight, args.dim_bits)
    paths = sorted(HERE.glob("responses_train_*.jsonl"))
    rows = [{**r, "pool": p.name not in OUT_OF_POOL} for p in paths for r in tr.read_jsonl(p)]
    rows += [{**r, "pool": False} for p in args.also for r in tr.read_jsonl(p)]
    rows += [{"text": t, "label": 0, "kind": "short_answer"} for t in short_answers()]
    rows += wrapped(rows, args.boilerplate)
    texts = [r["text"] for r in rows]
    y = np.array([int(r["label"]) for r in rows])
    folds = np.array([fold_of(r) for r in rows])
    x = featurize(texts)

    def oof_for(c: float) -> np.ndarray:
        oof = np.zeros(len(rows))
        for k in range(tr.FOLDS):
            fit_rows, held_out = folds != k, folds == k
            model = tr.make_model(*fit(x[fit_rows], y[fit_rows], c), tr._DUMMY_CAL, **HEAD)
            oof[held_out] = scan_scores(
                model, [t for t, m in zip(texts, held_out, strict=True) if m]
            )
        return oof

    c, oof, selection = tr.select_c(
        args.c, oof_for, lambda oof: recall_at(oof, y, SELECT_FPR), SELECT_FPR
    )
    inputs = {p.name: tr.sha256(p) for p in [*paths, *args.also, HERE / "short_answers.py"]}
    pool = np.array([r.get("pool", True) for r in rows])
    calibration = Calibration.from_benign_scores(oof[(y == 0) & pool], tr.FPRS)
    provenance = {
        "trained_by": "training/moderation/train_output.py",
        "C": c,
        "inputs_sha256": inputs,
        "rows": len(rows),
        "calibration": "5-fold out-of-fold scores of the benign responses, out_of_pool excepted",
        "out_of_pool": sorted(OUT_OF_POOL | {p.name for p in args.also}),
    }
    cat_w, cat_b = fit_categories(x, y, [r.get("category", "none") for r in rows], c)
    model = tr.make_model(*fit(x, y, c), calibration, cat_w, cat_b, provenance, **HEAD)
    args.out.mkdir(parents=True, exist_ok=True)
    model.save(args.out / OUTPUT_MODEL_STEM)
    model = ModerationModel.load(args.out / OUTPUT_MODEL_STEM)

    dev = tr.read_jsonl(HERE / "responses_dev.jsonl")
    scored = [model.score(as_scanned(r["text"])) for r in dev]
    dev_scores = np.array([s.score for s in scored])
    dev_y = np.array([int(r["label"]) for r in dev])
    report: dict[str, Any] = {"C_selection_oof_recall_at_5pct": selection, "chosen_C": c}
    # Which hazard the head names, on every harmful dev answer (flagged or not).
    tops = [max(s.categories, key=s.categories.__getitem__) for s in scored]
    hits = [t == r["category"] for t, r in zip(tops, dev, strict=True) if r["label"] == 1]
    report["dev_top_category_correct"] = f"{sum(hits)}/{len(hits)}"
    for fpr in (0.02, 0.05, 0.1):
        t = model.meta.calibration.threshold_for(fpr)
        flag = dev_scores >= t
        by_kind = {}
        for kind in sorted({r["kind"] for r in dev}):
            m = np.array([r["kind"] == kind for r in dev])
            by_kind[kind] = f"{int(flag[m].sum())}/{int(m.sum())}"
        report[f"dev@target_fpr={fpr}"] = {
            "threshold": round(t, 4),
            "recall": round(float(flag[dev_y == 1].mean()), 4),
            "fpr": round(float(flag[dev_y == 0].mean()), 4),
            "flagged_by_kind": by_kind,
        }
    (HERE / "metrics-output.json").write_text(json.dumps(report, indent=1) + "\n", "utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
