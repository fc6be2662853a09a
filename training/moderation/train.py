"""Train the moderation model (binary harm head + S1-S14 category heads), calibrate it and report
its quality on the dev split.

    python training/moderation/train.py [--data /work/shared/data] [--out src/tiergate/data]

Inputs: ``prompts_train.jsonl`` (harmful_request + jailbreak rows are harmful, benign rows are
benign, injection rows are left out: they are the injection scanner's job) and the hand-written
``seed.jsonl`` and the generated everyday prompts (``everyday.py``) here.
``prompts_dev.jsonl`` is only read for the report. Deterministic: fixed
folds, deterministic featurizer and solver. Writes ``<MODEL_STEM>.{npz,json}``, and here
``metrics.json`` + ``manifest.json`` (SHA-256 and row counts of every input file).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from tiergate.guards.ml import Calibration, HashingFeaturizer, normalize
from tiergate.guards.ml.metrics import binary_report
from tiergate.guards.scanners.moderation import (
    CATEGORY_NAMES,
    MODEL_STEM,
    ModerationMeta,
    ModerationModel,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from categories import weak_categories  # noqa: E402
from everyday import everyday_rows  # noqa: E402
from handwritten import examples_with_lang as handwritten_examples  # noqa: E402
from handwritten_r3 import examples_with_lang as round3_examples  # noqa: E402
from handwritten_r4 import examples_with_lang as round4_examples  # noqa: E402
from handwritten_r5 import examples_with_lang as round5_examples  # noqa: E402
from handwritten_r6 import examples_with_lang as round6_examples  # noqa: E402
from handwritten_r7 import examples_with_lang as round7_examples  # noqa: E402
from handwritten_r8 import examples_with_lang as round8_examples  # noqa: E402
from handwritten_r9 import examples_with_lang as round9_examples  # noqa: E402
from handwritten_r10 import examples_with_lang as round10_examples  # noqa: E402
from handwritten_r11 import examples_with_lang as round11_examples  # noqa: E402
from handwritten_r12 import examples_with_lang as round12_examples  # noqa: E402
from handwritten_r13 import examples_with_lang as round13_examples  # noqa: E402
from handwritten_r14 import examples_with_lang as round14_examples  # noqa: E402
from handwritten_r15 import examples_with_lang as round15_examples  # noqa: E402

CATS = list(CATEGORY_NAMES)
FPRS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5]
FEATURIZER = HashingFeaturizer(dim_bits=18, char_min=2, char_max=5, word_min=1, word_max=2)
SEED_WEIGHT = 3.0
# Generated everyday chat (everyday.py): 1.0 left 6% of held-out everyday prompts blocked.
EVERYDAY_WEIGHT = 2.0
# handwritten.py: multilingual harmful requests and hard negatives (v3+).
HANDWRITTEN_WEIGHT = 2.0
# The injection classifier's round 4 (role and simulator prompts with strict output rules, and
# jailbreaks in the same scaffolding): v7 blocked 5 of its sealed probe's 150 benign role
# prompts, having learnt the scaffolding from the train split's jailbreaks (v8+).
ROLES = HERE.parent / "injection" / "handwritten_r4.py"
ROLES_WEIGHT = 1.0
# The injection classifier's round 20: jailbreak wrappers around dangerous requests (harmful
# here, as the train split's jailbreaks are), each against the same wrapper around a harmless
# request (benign). Out of the calibration pool, like the role prompts.
WRAPPERS = HERE.parent / "injection" / "handwritten_r20.py"
WRAPPERS_WEIGHT = 0.0
# The injection classifier's one-word and very short replies ("not really", "No, gracias"): v12
# blocked 2 of the 121 of tests/guards/data/short_replies.txt at stage input (S1 0.91, S10 0.96),
# having seen hardly any message that short as benign (v13+). In the calibration pool, like the
# everyday prompts.
SHORT_REPLIES = HERE.parent / "injection" / "short_replies.py"
SHORT_REPLIES_WEIGHT = 2.0
# A user's own steering of the answer ("make it a poem instead", "shorter", "now in French",
# "scratch that"), strict format rules and questions about the assistant: the benign families
# of the injection classifier's rounds 16, 22 and 23 that hold them. v14 scored "make it a poem
# instead." 0.998 and blocked "Scratch that, make it a haiku instead." in a smoke test (S5
# 0.98): "instead" and "make it" stand mostly in harmful rows ("... instead of going to the
# ER"). In the calibration pool, like the short replies: they are ordinary traffic. Tried in
# session 19 and not kept (README): the follow-ups stayed blocked.
STEERING_WEIGHT = 0.0
STEERING = {
    HERE.parent / "injection" / "handwritten_r16.py": ("own_task_steering", "format_rules",
                                                       "meta_chat"),
    HERE.parent / "injection" / "handwritten_r22.py": ("own_instruction_change",
                                                       "strict_format_request",
                                                       "own_persistent_preference"),
    HERE.parent / "injection" / "handwritten_r23.py": ("short_own_steering",
                                                       "short_role_request",
                                                       "short_meta_question"),
}  # fmt: skip
# The train split's jailbreak rows (harmful here); 0 leaves them out (tried in session 19).
JAILBREAK_WEIGHT = 1.0
CATEGORY_KEEP = 20_000  # non-zero coefficients kept per category head
FOLDS = 5
LENGTH_BUCKETS = [(0, 100), (100, 300), (300, 1000), (1000, 10**9)]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Round 4's non-English rows cost 3 multijail-translated rows and a point of dev recall for 2
# sealed-probe rows; the English rows alone fix the same frames (README), so only they are fit.
ROUND4_LANGS = ("en",)
# Later rounds, all their rows; each generated once per run (``_round``).
ROUNDS: dict[int, Callable[[], list[tuple[str, int, str, str]]]] = {
    5: round5_examples,
    6: round6_examples,
    7: round7_examples,
    8: round8_examples,
    9: round9_examples,
    10: round10_examples,
    11: round11_examples,
    12: round12_examples,
    13: round13_examples,
    14: round14_examples,
    15: round15_examples,
}
# The rounds in the default fit (rounds 2, 9, 10, 13 and 15 are written but left out: README;
# round 14 is in it since v19; round 15 failed session 31's rules and, with --pool-rounds,
# session 32's).
DEFAULT_ROUNDS = (1, 3, 4, 5, 6, 7, 8, 11, 12, 14)
# Rounds fitted at weight 1 instead of the hand-written weight (``--rounds ... 15`` fits
# round 15 once, as its candidate did).
ONCE_ROUNDS = (6, 7, 8, 9, 10, 11, 12, 14, 15)


@cache
def _round(n: int) -> list[tuple[str, int, str, str]]:
    return ROUNDS[n]()


def _injection_module(path: Path, name: str) -> Any:
    """A module of ``training/injection`` loaded by path: ``training/moderation`` has modules of
    the same names (``handwritten_r4.py``, ``everyday.py``). Their helper module (``rounds.py``)
    is found at the end of the path, behind every module of this directory."""
    if str(path.parent) not in sys.path:
        sys.path.append(str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def injection_round_rows(path: Path) -> list[tuple[str, int]]:
    """An injection classifier round (``ROLES``, ``WRAPPERS``) as (text, label): its benign rows
    are benign here too, its jailbreaks harmful (as the train split's are); its injections are
    the injection scanner's job."""
    module = _injection_module(path, f"injection_{path.stem}")
    return [(text, label) for _, text, label, kind in module.rows() if kind != "injection"]


# Hand-written hard negatives: fitted on, kept out of the calibration pool.
HAND_WRITTEN_SOURCES = ("tiergate-handwritten", "tiergate-roles", "tiergate-wrappers")
# Also out of the pool: the borrowed pii_train texts (--pii-texts), so that a threshold keeps
# meaning an FPR over the prompts it meant until v14.
PII_TEXTS_SOURCE = "pii-texts"
PII_TEXTS_MODULE = HERE.parent / "injection" / "pii_texts.py"
# v19: alone, at any weight, they taught that a rough register is benign (v15-v17, README);
# beside round 14, which writes harmful requests in that register too, a quarter weight holds.
PII_TEXTS, PII_TEXTS_WEIGHT = 4000, 0.25
OUT_OF_POOL_SOURCES = (*HAND_WRITTEN_SOURCES, PII_TEXTS_SOURCE)


def pii_text_rows(data: Path, n: int, weight: float = 1.0) -> list[dict[str, Any]]:
    """``n`` rows of ``pii_train.jsonl`` (none a request for harm) as benign rows: the rows the
    injection classifier's ``--pii-texts`` takes (``training/injection/pii_texts.py``)."""
    if not n:
        return []
    rows = _injection_module(PII_TEXTS_MODULE, "injection_pii_texts").lowest_hash_rows(data, n)
    return [{"id": f"pt-{i}", "text": r["text"], "source": PII_TEXTS_SOURCE, "y": 0, "cats": [],
             "w": weight} for i, r in enumerate(rows)]  # fmt: skip


def steering_rows() -> list[tuple[str, int]]:
    """``STEERING`` as (text, 0): the named benign families of those injection rounds."""
    out: list[tuple[str, int]] = []
    for path, families in STEERING.items():
        module = _injection_module(path, f"injection_{path.stem}")
        prefixes = tuple(f"{path.stem.split('_')[-1]}_{fam}_" for fam in families)
        out += [(text, 0) for fam, text, _, _ in module.rows() if fam.startswith(prefixes)]
    return out


def short_reply_rows() -> list[tuple[str, int]]:
    """``SHORT_REPLIES`` as (text, 0): one-word and very short chat replies, all benign."""
    return [(t, 0) for t in _injection_module(SHORT_REPLIES, "injection_short_replies").rows()]


def training_rows(
    data: Path,
    seed_weight: float = SEED_WEIGHT,
    handwritten_weight: float = HANDWRITTEN_WEIGHT,
    rounds: tuple[int, ...] = DEFAULT_ROUNDS,
    roles_weight: float = ROLES_WEIGHT,
    once_rounds: tuple[int, ...] = ONCE_ROUNDS,
    short_replies_weight: float = 0.0,
    wrappers_weight: float = 0.0,
    steering_weight: float = 0.0,
    jailbreak_weight: float = JAILBREAK_WEIGHT,
    pool_rounds: tuple[int, ...] = (),
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for r in read_jsonl(data / "prompts_train.jsonl"):
        if r["kind"] == "injection" or (r["kind"] == "jailbreak" and not jailbreak_weight):
            continue
        harmful = r["kind"] in {"harmful_request", "jailbreak"}
        cats = weak_categories(r["text"], r["source"]) if harmful else []
        w = jailbreak_weight if r["kind"] == "jailbreak" else 1.0
        rows.append({**r, "y": int(harmful), "cats": cats, "w": w})
    for r in read_jsonl(HERE / "seed.jsonl"):
        harmful = r["label"] == "harmful"
        cats = [r["category"]] if harmful else []
        rows.append({**r, "source": "tiergate-seed", "y": int(harmful), "cats": cats,
                     "w": seed_weight})  # fmt: skip
    # Benign rows of both the fit and the calibration pool: the public benign prompts are
    # mostly long tasks, so short everyday chat was what the model had never seen as benign.
    for r in everyday_rows():
        rows.append({**r, "source": "tiergate-everyday", "y": 0, "cats": [], "w": EVERYDAY_WEIGHT})
    if handwritten_weight:
        # Half not in English: the public train rows are, and v2 flagged 0 of 27 non-English
        # harmful requests on the sealed probe.
        # Round 6 counts once: at the hand-written weight it cost 1.8 more points of dev recall
        # at 1% dev FPR than at weight 1, with every probe within a row (README, v6 -> v7).
        # Rounds 7 and 8 (not English, balanced per language) likewise.
        once = {row[0] for r in once_rounds if r in rounds for row in _round(r)}
        pooled = {row[0] for r in pool_rounds if r in rounds for row in handwritten_rows((r,))}
        for i, (text, label, cat, _) in enumerate(handwritten_rows(rounds)):
            rows.append({"id": f"hw-{i}", "text": text, "source": "tiergate-handwritten",
                         "y": label, "cats": [cat] if label else [],
                         "w": 1.0 if text in once else handwritten_weight,
                         "pool": text in pooled})  # fmt: skip
    # Rows borrowed from the injection classifier's files: (rows as (text, label), id prefix,
    # source, weight); a source at weight 0 is left out.
    borrowed: tuple[tuple[Callable[[], list[tuple[str, int]]], str, str, float], ...] = (
        (partial(injection_round_rows, ROLES), "role", "tiergate-roles", roles_weight),
        (partial(injection_round_rows, WRAPPERS), "wrap", "tiergate-wrappers", wrappers_weight),
        (short_reply_rows, "rep", "tiergate-short-replies", short_replies_weight),
        (steering_rows, "steer", "tiergate-steering", steering_weight),
    )
    for source_rows, prefix, source, weight in borrowed:
        if not weight:
            continue
        for i, (text, label) in enumerate(source_rows()):
            cats = weak_categories(text, source) if label else []
            rows.append({"id": f"{prefix}-{i}", "text": text, "source": source, "y": label,
                         "cats": cats, "w": weight})  # fmt: skip
    return rows


def handwritten_rows(rounds: tuple[int, ...]) -> list[tuple[str, int, str, str]]:
    """handwritten.py's rounds 1-2, then handwritten_r3.py (round 3: the "Can I ...?" frame) and
    handwritten_r4.py (round 4: "Is it possible to", "Why do people", "Tell me how to" ...)."""
    rows = handwritten_examples(rounds=tuple(r for r in rounds if r in (1, 2)))
    if 3 in rounds:
        rows += round3_examples()
    if 4 in rounds:
        rows += [r for r in round4_examples() if r[3] in ROUND4_LANGS]
    for r in sorted(ROUNDS):
        if r in rounds:
            rows += _round(r)
    return rows


def _generated_rows(path: Path) -> int:
    """Rows the generator gives: for handwritten.py all its rounds (the rounds used are listed
    separately), for handwritten_r4.py only the rows in the fit (``ROUND4_LANGS``)."""
    if path.stem.startswith("handwritten_r"):
        return len(handwritten_rows((int(path.stem.removeprefix("handwritten_r")),)))
    return len(everyday_rows() if path.stem == "everyday" else handwritten_examples())


def add_featurizer_args(ap: argparse.ArgumentParser) -> None:
    """``--norm-floor CHARS WORDS`` (both training scripts; v12 / response head v5: 6 2),
    ``--negation-weight`` (0: off) and ``--dim-bits`` (2^N hashed buckets; 18)."""
    ap.add_argument(
        "--norm-floor",
        type=float,
        nargs=2,
        default=[6.0, 2.0],
        metavar=("CHARS", "WORDS"),
        help="char / word norm floors of the featurizer (HashingFeaturizer; 0 0: plain L2)",
    )
    ap.add_argument(
        "--negation-weight",
        type=float,
        default=0.0,
        help="weight of the featurizer's negated-clause block (HashingFeaturizer; 0: off)",
    )
    ap.add_argument(
        "--dim-bits",
        type=int,
        default=FEATURIZER.dim_bits,
        help="hashed feature space: 2^N buckets (20: tried in session 18, not kept)",
    )


def set_featurizer(
    chars: float, words: float, negation: float = 0.0, dim_bits: int | None = None
) -> None:
    """Rebind the module's featurizer (``featurize`` and ``make_model`` read it at call time)."""
    global FEATURIZER
    FEATURIZER = FEATURIZER.model_copy(
        update={
            "char_norm_floor": chars,
            "word_norm_floor": words,
            "negation_weight": negation,
            "dim_bits": dim_bits or FEATURIZER.dim_bits,
        }
    )


def featurize(texts: list[str]) -> sp.csr_matrix:
    indptr, indices, values = [0], [], []
    for t in texts:
        idx, val = FEATURIZER.transform(normalize(t))
        indices.append(idx)
        values.append(val)
        indptr.append(indptr[-1] + len(idx))
    m = sp.csr_matrix(
        (np.concatenate(values), np.concatenate(indices), np.array(indptr)),
        shape=(len(texts), FEATURIZER.dim),
    )
    m.sum_duplicates()
    return m


def fit(x: sp.csr_matrix, y: np.ndarray, w: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    clf = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=2000)
    clf.fit(x, y, sample_weight=w)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def fit_categories(
    x: sp.csr_matrix, rows: list[dict[str, Any]], c: float
) -> tuple[np.ndarray, list[float], dict[str, int]]:
    """One-vs-rest heads. Positives: rows (weakly) labelled with the category; negatives: rows
    labelled with other categories and benign rows; unlabelled harmful rows are left out."""
    mask = np.array([bool(r["cats"]) or r["y"] == 0 for r in rows])
    xs, sub = x[mask], [r for r, m in zip(rows, mask, strict=True) if m]
    w = np.array([r["w"] for r in sub])
    cat_w = np.zeros((FEATURIZER.dim, len(CATS)), dtype=np.float32)
    biases, counts = [], {}
    for j, cat in enumerate(CATS):
        y = np.array([int(cat in r["cats"]) for r in sub])
        counts[cat] = int(y.sum())
        coef, bias = fit(xs, y, w, c)
        # Keep the strongest coefficients only: the heads ship as sparse arrays and the
        # long tail of tiny weights barely moves a probability (see metrics.json).
        coef[np.argsort(np.abs(coef))[:-CATEGORY_KEEP]] = 0.0
        cat_w[:, j] = coef
        biases.append(bias)
    return cat_w, biases, counts


def fold_of(row: dict[str, Any]) -> int:
    return int(hashlib.sha256(str(row["id"]).encode()).hexdigest(), 16) % FOLDS


def make_model(
    w: np.ndarray, b: float, cal: Calibration, cat_w: np.ndarray | None = None,
    cat_b: list[float] | None = None, provenance: dict[str, Any] | None = None,
    name: str = "moderation", stem: str = MODEL_STEM,
) -> ModerationModel:  # fmt: skip
    """The request model, or (``name``/``stem``) the response head of train_output.py."""
    meta = ModerationMeta(
        name=name, version=stem.rsplit("-v", 1)[1], featurizer=FEATURIZER,
        bias=b, calibration=cal,
        categories=CATS, category_bias=cat_b or [0.0] * len(CATS), provenance=provenance or {},
    )  # fmt: skip
    if cat_w is None:
        cat_w = np.zeros((FEATURIZER.dim, len(CATS)), dtype=np.float32)
    return ModerationModel(meta, w, cat_w)


_DUMMY_CAL = Calibration(fprs=[0.01, 0.5], thresholds=[0.5, 0.5], n_benign=1)


def oof_scores(x: sp.csr_matrix, rows: list[dict[str, Any]], c: float) -> np.ndarray:
    """Out-of-fold harm scores, computed the way the scanner scores (views x windows); column
    0 without, column 1 with sentence windows."""
    y = np.array([r["y"] for r in rows])
    w = np.array([r["w"] for r in rows])
    folds = np.array([fold_of(r) for r in rows])
    out = np.zeros((len(rows), 2))
    for k in range(FOLDS):
        coef, bias = fit(x[folds != k], y[folds != k], w[folds != k], c)
        model = make_model(coef, bias, _DUMMY_CAL)
        for i in np.flatnonzero(folds == k):
            out[i, 0] = model.score(rows[i]["text"]).score
            out[i, 1] = model.score(rows[i]["text"], sentences=True).score
    return out


def select_c(
    cs: list[float],
    oof_for: Callable[[float], np.ndarray],
    recall: Callable[[np.ndarray], float],
    fpr: float,
) -> tuple[float, np.ndarray, dict[str, float]]:
    """The C whose out-of-fold scores have the best ``recall`` at ``fpr`` (the first on a tie):
    (C, its OOF scores, recall per C). Shared with train_output.py."""
    best: tuple[float, float, np.ndarray] | None = None
    selection = {}
    for c in cs:
        oof = oof_for(c)
        r = recall(oof)
        selection[str(c)] = round(r, 4)
        print(f"C={c}: OOF recall@{fpr} = {r:.4f}", flush=True)
        if best is None or r > best[0]:
            best = (r, c, oof)
    assert best is not None
    return best[1], best[2], selection


def recall_at(y: np.ndarray, s: np.ndarray, fpr: float, pos: np.ndarray) -> float:
    """Recall on the ``pos`` rows at the threshold that flags ``fpr`` of the ``y == 0`` rows."""
    benign = np.sort(s[y == 0])[::-1]
    t = benign[int(np.floor(fpr * len(benign)))] if len(benign) else 1.0
    return float((s[pos] > t).mean())


def bucket(n: int) -> str:
    for lo, hi in LENGTH_BUCKETS:
        if lo <= n < hi:
            return f"{lo}-{hi if hi < 10**9 else 'inf'}"
    return "?"


def dev_report(
    model: ModerationModel, data: Path, target_fpr: float, sentences: bool = False
) -> dict[str, Any]:
    dev = [r for r in read_jsonl(data / "prompts_dev.jsonl") if r["kind"] != "injection"]
    t = model.calibration(sentences=sentences).threshold_for(target_fpr)
    t0 = time.perf_counter()
    scored = [model.score(r["text"], sentences=sentences) for r in dev]
    ms = (time.perf_counter() - t0) * 1000 / max(1, len(dev))
    s = np.array([x.score for x in scored])
    y = np.array([int(r["kind"] != "benign") for r in dev])
    kinds = np.array([r["kind"] for r in dev])
    hr = kinds != "jailbreak"
    flag = s >= t
    by_source: dict[str, dict[str, Any]] = defaultdict(dict)
    sources = np.array([r["source"] for r in dev])
    for src in sorted(set(sources)):
        pos, neg = (sources == src) & (y == 1), (sources == src) & (y == 0)
        if pos.any():
            by_source[src]["recall"] = round(float(flag[pos].mean()), 4)
            by_source[src]["n_harmful"] = int(pos.sum())
        if neg.any():
            by_source[src]["fpr"] = round(float(flag[neg].mean()), 4)
            by_source[src]["n_benign"] = int(neg.sum())
    by_len: dict[str, dict[str, Any]] = {}
    for b in sorted({bucket(len(r["text"])) for r in dev}, key=lambda k: int(k.split("-")[0])):
        m = np.array([bucket(len(r["text"])) == b for r in dev])
        pos, neg = m & (y == 1) & hr, m & (y == 0)
        by_len[b] = {
            "harmful_request_recall": round(float(flag[pos].mean()), 4) if pos.any() else None,
            "benign_fpr": round(float(flag[neg].mean()), 4) if neg.any() else None,
            "n_harmful_request": int(pos.sum()), "n_benign": int(neg.sum()),
        }  # fmt: skip
    # Category agreement with the weak labels (not ground truth: the dev data carries none).
    agree = [
        max(x.categories, key=lambda c: x.categories[c]) in cats
        for r, x in zip(dev, scored, strict=True)
        if r["kind"] == "harmful_request" and (cats := weak_categories(r["text"], r["source"]))
    ]
    return {
        "target_fpr": target_fpr,
        "threshold": round(t, 4),
        "harmful_request": binary_report(y[hr], s[hr], t),
        "jailbreak_recall": round(float(flag[kinds == "jailbreak"].mean()), 4),
        "benign_fpr": round(float(flag[y == 0].mean()), 4),
        "by_source": dict(by_source),
        "by_length": by_len,
        "category_top1_agreement_with_weak_labels": round(float(np.mean(agree)), 4),
        "n_category_checked": len(agree),
        "score_ms_per_prompt": round(ms, 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--out", type=Path, default=HERE.parents[1] / "src/tiergate/data")
    ap.add_argument("--c", type=float, nargs="+", default=[1024.0])
    ap.add_argument("--target-fpr", type=float, default=0.02)
    ap.add_argument("--seed-weight", type=float, default=SEED_WEIGHT)
    ap.add_argument("--handwritten-weight", type=float, default=HANDWRITTEN_WEIGHT, help="0: off")
    # Round 2 (more languages, more hard negatives) cost 2 points of OOF and dev recall for +1
    # sealed-probe row (README), so it is written but not in the default fit. Round 3
    # (handwritten_r3.py, the "Can I ...?" frame) is in it since v4, round 4
    # (handwritten_r4.py, other question frames; English rows) since v5, round 5
    # (handwritten_r5.py, over-blocking: support, safety, research, fiction) since v6, round 6
    # (handwritten_r6.py, purpose clauses, idioms, short prompts) since v7, rounds 7 and 8
    # (handwritten_r7.py / _r8.py, requests in 37 languages, no English) since v9. Round 9
    # (handwritten_r9.py, more of the same) cost 1.6 points of dev recall at 1% dev FPR for
    # +20 rows of a sealed probe (README), so it is written but not in the default fit.
    # Round 10 (handwritten_r10.py, science / history look-alikes) cost 2.8 points of dev
    # recall at 1% dev FPR (README): written, not in the default fit. Round 11
    # (handwritten_r11.py, everyday messages in 26 languages) is in it since v10, round 12
    # (handwritten_r12.py, requests that only name groups, public figures, the body's limits,
    # history and safety facts, with harmful twins) since v11.
    ap.add_argument(
        "--rounds", type=int, nargs="+", default=list(DEFAULT_ROUNDS), help="handwritten.py rounds"
    )
    ap.add_argument("--roles-weight", type=float, default=ROLES_WEIGHT, help="0: off")
    ap.add_argument(
        "--short-replies-weight",
        type=float,
        default=SHORT_REPLIES_WEIGHT,
        help="the injection classifier's short_replies.py as benign rows (v13+); 0: off",
    )
    ap.add_argument(
        "--wrappers-weight",
        type=float,
        default=WRAPPERS_WEIGHT,
        help="the injection classifier's handwritten_r20.py (jailbreak wrappers and their "
        "benign twins); 0: off",
    )
    ap.add_argument(
        "--steering-weight",
        type=float,
        default=STEERING_WEIGHT,
        help="a user's own steering, format rules and meta questions from the injection "
        "classifier's rounds 16, 22 and 23 as benign rows; 0: off",
    )
    ap.add_argument(
        "--jailbreak-weight",
        type=float,
        default=JAILBREAK_WEIGHT,
        help="weight of the train split's jailbreak rows (harmful here); 0: left out",
    )
    ap.add_argument(
        "--once-rounds",
        type=int,
        nargs="*",
        default=list(ONCE_ROUNDS),
        help="rounds fitted at weight 1 instead of --handwritten-weight",
    )
    ap.add_argument(
        "--pii-texts",
        type=int,
        default=PII_TEXTS,
        help="rows of pii_train.jsonl (tweets, synthetic PII records) as benign rows, out of "
        "the calibration pool (v19: 4000; 0: none, as until v14)",
    )
    ap.add_argument(
        "--pii-texts-weight", type=float, default=PII_TEXTS_WEIGHT, help="their weight (v19: 0.25)"
    )
    ap.add_argument(
        "--pool-rounds",
        type=int,
        nargs="*",
        default=[],
        help="hand-written rounds whose benign rows join the calibration pool (default none: "
        "hand-written hard negatives are fitted on only)",
    )
    add_featurizer_args(ap)
    args = ap.parse_args()
    set_featurizer(*args.norm_floor, args.negation_weight, args.dim_bits)

    rows = training_rows(
        args.data,
        args.seed_weight,
        args.handwritten_weight,
        tuple(args.rounds),
        args.roles_weight,
        tuple(args.once_rounds),
        args.short_replies_weight,
        args.wrappers_weight,
        args.steering_weight,
        args.jailbreak_weight,
        tuple(args.pool_rounds),
    )
    # Social-media posts and PII records: v14 flagged 11% of pii_dev's tweets ("Can't trust
    # anyone these days :/" S10 0.99), having seen no post as benign.
    rows += pii_text_rows(args.data, args.pii_texts, args.pii_texts_weight)
    inputs = [args.data / "prompts_train.jsonl", HERE / "seed.jsonl", HERE / "everyday.py"]
    if args.pii_texts:
        inputs.append(args.data / "pii_train.jsonl")
    if args.handwritten_weight:
        inputs.append(HERE / "handwritten.py")
        inputs += [HERE / f"handwritten_r{r}.py" for r in (3, 4, *ROUNDS) if r in args.rounds]
    manifest = {
        "inputs": [
            {"path": p.name, "sha256": sha256(p),
             "rows": len(read_jsonl(p)) if p.suffix == ".jsonl" else _generated_rows(p)}
            for p in inputs
        ],
        "handwritten_rounds": args.rounds if args.handwritten_weight else [],
        "roles": {"path": "training/injection/handwritten_r4.py", "sha256": sha256(ROLES),
                  "rows": sum(r["source"] == "tiergate-roles" for r in rows),
                  "weight": args.roles_weight}
        if args.roles_weight else None,
        "short_replies": {"path": "training/injection/short_replies.py",
                          "sha256": sha256(SHORT_REPLIES),
                          "rows": sum(r["source"] == "tiergate-short-replies" for r in rows),
                          "weight": args.short_replies_weight}
        if args.short_replies_weight else None,
        "wrappers": {"path": "training/injection/handwritten_r20.py",
                     "sha256": sha256(WRAPPERS),
                     "rows": sum(r["source"] == "tiergate-wrappers" for r in rows),
                     "weight": args.wrappers_weight}
        if args.wrappers_weight else None,
        # Only when used, so that v14's manifest (and the hash of it its weights carry) stays
        # the same: the two flags came after it.
        **({"steering": {"files": {str(p.relative_to(HERE.parents[1])): sha256(p)
                                   for p in STEERING},
                         "families": {p.stem: list(f) for p, f in STEERING.items()},
                         "rows": sum(r["source"] == "tiergate-steering" for r in rows),
                         "weight": args.steering_weight}}
           if args.steering_weight else {}),
        **({"jailbreak_weight": args.jailbreak_weight}
           if args.jailbreak_weight != JAILBREAK_WEIGHT else {}),
        **({"calibration_pool_rounds": args.pool_rounds} if args.pool_rounds else {}),
        "used_rows": len(rows),
        "by_source_label": {f"{k[0]}|{k[1]}": v for k, v in sorted(
            Counter((r["source"], r["y"]) for r in rows).items())},
        "weak_category_counts": dict(Counter(c for r in rows for c in r["cats"])),
        "excluded": "kind == injection rows; prompts_dev.jsonl (report only)",
    }  # fmt: skip
    x = featurize([r["text"] for r in rows])
    y = np.array([r["y"] for r in rows])
    w = np.array([r["w"] for r in rows])

    is_request = np.array([r.get("kind") == "harmful_request" for r in rows])
    # The FPR a user sets is over ordinary traffic: hand-written hard negatives are fitted on but
    # kept out of the calibration pool (and of the selection metric), where they would raise
    # every threshold.
    # --pool-rounds puts chosen rounds' benign rows back in: ordinary requests in harmful
    # frames are traffic too, and a pool without them let round 15's fit lower the threshold
    # until harmless text unlike the pool paid (session 31, README).
    pool = (y == 0) & np.array(
        [r["source"] not in OUT_OF_POOL_SOURCES or r.get("pool", False) for r in rows]
    )
    y_pool = np.where(pool, 0, 1)
    # Choose C by out-of-fold recall at the target FPR (train split only).
    # Jailbreak rows wrap train harmful requests that also occur in other folds, so their OOF
    # recall is inflated; select on plain harmful requests only.
    c, oof, selection = select_c(
        args.c,
        lambda c: oof_scores(x, rows, c),
        lambda oof: recall_at(y_pool, oof[:, 0], args.target_fpr, is_request),
        args.target_fpr,
    )
    cal = Calibration.from_benign_scores(oof[pool, 0], FPRS)
    cal_sentences = Calibration.from_benign_scores(oof[pool, 1], FPRS)

    coef, bias = fit(x, y, w, c)
    cat_w, cat_b, cat_counts = fit_categories(x, rows, c)
    manifest_hash = hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()
    provenance = {
        "trained_by": "training/moderation/train.py",
        "C": c,
        "calibration": "5-fold out-of-fold scores of train benign rows (views x windows)",
        "manifest_sha256": manifest_hash,
        "category_train_positives": cat_counts,
    }  # fmt: skip
    model = make_model(coef, bias, cal, cat_w, cat_b, provenance)
    model.meta.calibration_sentences = cal_sentences
    # Round-trip through the shipped format so the report measures exactly what ships.
    args.out.mkdir(parents=True, exist_ok=True)
    model.save(args.out / MODEL_STEM)
    model = ModerationModel.load(args.out / MODEL_STEM)

    metrics = {
        "C_selection_oof_recall": selection,
        "chosen_C": c,
        "dev": {str(f): dev_report(model, args.data, f) for f in (0.01, 0.02, 0.05)},
        "dev_sentence_mode": {
            str(f): dev_report(model, args.data, f, sentences=True) for f in (0.02, 0.05)
        },
    }
    (HERE / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", "utf-8")
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    d = metrics["dev"][str(args.target_fpr)]
    print(json.dumps({k: d[k] for k in ("threshold", "jailbreak_recall", "benign_fpr")}))
    print(json.dumps(d["harmful_request"]))


if __name__ == "__main__":
    main()
