"""Train the shipped prompt-injection / jailbreak classifier (reproducible).

    python training/injection/train.py [--data DIR] [--version 2] [--seed 0] [--C 4.0]

Reads ONLY the train splits (prompts_train.jsonl, injected_documents_train.jsonl) plus the
synthetic data in synthetic.py. Writes:
  src/tiergate/data/injection-v<version>.{npz,json}   weights + metadata (calibration, hashes)
  training/injection/manifest.json                     input files, SHA-256, row counts
  training/injection/metrics-v<version>.json           cross-fitted (OOF) and dev metrics
Positives: kind in {jailbreak, injection} and injected documents. Negatives: benign prompts and
clean documents. harmful_request rows are left out (that is the moderation scanner's job).
Calibration: 5-fold cross-fitting, repeated over 3 partitions since v25 (``--cv-repeats``);
every benign train row is scored (max over views and windows, exactly as at inference) by each
partition's fold model that did not see it, and the quantiles of those scores become the
FPR -> threshold table.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import hashlib
import importlib.metadata
import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from compose import benign_carriers, composed  # noqa: E402
from encoded import encoded_twins  # noqa: E402
from everyday import everyday_prompts  # noqa: E402
from handwritten import examples as handwritten_examples  # noqa: E402
from handwritten_r3 import rows as round3_rows  # noqa: E402
from handwritten_r4 import rows as round4_rows  # noqa: E402
from handwritten_r5 import rows as round5_rows  # noqa: E402
from handwritten_r6 import rows as round6_rows  # noqa: E402
from handwritten_r7 import rows as round7_rows  # noqa: E402
from handwritten_r8 import rows as round8_rows  # noqa: E402
from handwritten_r9 import rows as round9_rows  # noqa: E402
from handwritten_r10 import rows as round10_rows  # noqa: E402
from handwritten_r11 import rows as round11_rows  # noqa: E402
from handwritten_r12 import rows as round12_rows  # noqa: E402
from handwritten_r13 import rows as round13_rows  # noqa: E402
from handwritten_r14 import rows as round14_rows  # noqa: E402
from handwritten_r15 import rows as round15_rows  # noqa: E402
from handwritten_r16 import rows as round16_rows  # noqa: E402
from handwritten_r17 import rows as round17_rows  # noqa: E402
from handwritten_r18 import rows as round18_rows  # noqa: E402
from handwritten_r19 import rows as round19_rows  # noqa: E402
from handwritten_r20 import rows as round20_rows  # noqa: E402
from handwritten_r21 import rows as round21_rows  # noqa: E402
from handwritten_r22 import rows as round22_rows  # noqa: E402
from handwritten_r23 import rows as round23_rows  # noqa: E402
from handwritten_r24 import rows as round24_rows  # noqa: E402
from handwritten_r25 import rows as round25_rows  # noqa: E402
from handwritten_r26 import rows as round26_rows  # noqa: E402
from handwritten_r27 import rows as round27_rows  # noqa: E402
from handwritten_r28 import rows as round28_rows  # noqa: E402
from handwritten_r29 import rows as round29_rows  # noqa: E402
from handwritten_r30 import rows as round30_rows  # noqa: E402
from handwritten_r31 import rows as round31_rows  # noqa: E402
from handwritten_r32 import rows as round32_rows  # noqa: E402
from handwritten_r33 import rows as round33_rows  # noqa: E402
from handwritten_r34 import rows as round34_rows  # noqa: E402
from multilingual import examples as multilingual_examples  # noqa: E402
from pii_texts import lowest_hash_rows  # noqa: E402
from short_replies import rows as short_reply_rows  # noqa: E402
from synthetic import JAILBREAK_GOALS, Example, extra_examples  # noqa: E402

from tiergate.guards.ml import (  # noqa: E402
    Calibration,
    HashingFeaturizer,
    LinearMeta,
    LinearModel,
    best_hit,
    chunks,
    normalize,
    views,
    windows_of,
)
from tiergate.guards.ml.linear import LengthCalibration  # noqa: E402
from tiergate.guards.ml.metrics import binary_report, threshold_at_fpr  # noqa: E402

CHUNK, OVERLAP, FINE = 1000, 200, 280
# Texts up to this many characters are also read sentence by sentence, in the fit and by the
# scanner (v26+; --sentence-chars, 0 = off as up to v25). The fit reads SCORING's copy, so the
# two cannot differ.
SENTENCE = 600
SCORING = (CHUNK, OVERLAP, FINE, SENTENCE)  # windows the scanner reads (set_chunk)
LONG_CHARS = 512  # inputs this long have a calibration table of their own (v13+)
FOLDS = 5
FPR_GRID = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5]
LENGTH_BUCKETS = [(0, 128), (128, 512), (512, 2048), (2048, 10**9)]
POSITIVE_KINDS = {"jailbreak", "injection"}
# The moderation model's rounds 7 and 8 (ordinary and sensitive-sounding requests in 37
# languages) and 11 (everyday messages in 26), none of them an attack on the model; which
# ones ``--moderation-benign`` reads (v8 fits round 11's).
MODERATION_ROUNDS = (11,)
# Benign hand-written content an agent reads (tool results, e-mails, transcripts, policies, code,
# web pages ...; all of round 19's benign rows): in the document table's pool since v18, because
# calibrated on the split's clean documents alone v17 flagged 27% of probe_sealed14's clean
# content at a 1% target.
DOCUMENT_POOL = (
    "r17_tool_field_benign",
    "r18_data_with_human_directions",
    "r18_code_repo_benign",
    "r18_real_transcripts",
    "r19_",
)


# Hand-written rounds 3-34: the rows, and (default copies, what they are) for --round<N>.
ROUND_ROWS = {
    3: round3_rows,
    4: round4_rows,
    5: round5_rows,
    6: round6_rows,
    7: round7_rows,
    8: round8_rows,
    9: round9_rows,
    10: round10_rows,
    11: round11_rows,
    12: round12_rows,
    13: round13_rows,
    14: round14_rows,
    15: round15_rows,
    16: round16_rows,
    17: round17_rows,
    18: round18_rows,
    19: round19_rows,
    20: round20_rows,
    21: round21_rows,
    22: round22_rows,
    23: round23_rows,
    24: round24_rows,
    25: round25_rows,
    26: round26_rows,
    27: round27_rows,
    28: round28_rows,
    29: round29_rows,
    30: round30_rows,
    31: round31_rows,
    32: round32_rows,
    33: round33_rows,
    34: round34_rows,
}
ROUND_ARGS: dict[int, tuple[int, str]] = {
    3: (0, "over-defence negatives, short attacks, Asian-language documents"),
    4: (
        1,
        "role / simulator prompts with strict output rules, system-prompt meta questions, and "
        "the same scaffolding used as jailbreaks; in the fit since v6",
    ),
    5: (
        1,
        "one-line attacks and secret extraction, with one-line benign twins; in the fit since v7",
    ),
    6: (1, "attacks in 26 languages and benign look-alikes; in the fit since v8"),
    7: (
        1,
        "help with one's own e-mail or message, against instructions that make an agent "
        "send one; in the fit since v8",
    ),
    8: (
        1,
        "short hijacks, context leaks, exfiltration, planted replies, authority and pressure "
        "claims in 14 languages, with benign twins; in the fit since v9",
    ),
    9: (
        1,
        "ordinary German (and 8 more languages) questions, pasted texts to summarise or "
        "translate, drafting help, with attacks hidden in the same pasted texts; in the fit "
        "since v9",
    ),
    10: (
        1,
        "short attacks in Japanese, Chinese and Korean (and vi, th, hi, ar) with benign "
        "messages in the same languages; in the fit since v10",
    ),
    11: (
        1,
        "short attacks in Simplified and Traditional Chinese (and vi, id, th) with benign "
        "messages that use the same words; in the fit since v11",
    ),
    12: (
        1,
        "Traditional Chinese and Japanese attacks, instructions after a pasted text, short "
        "harmless messages in 17 languages; in the fit since v12",
    ),
    13: (
        1,
        "long requests about pasted texts, long system prompts and role-play set-ups, and "
        "long attacks in the same shapes; in the fit since v13",
    ),
    14: (
        1,
        "a user's own requests that name an e-mail address, phone number or link, against "
        "send instructions planted in content the AI reads; in the fit since v14",
    ),
    15: (
        1,
        "secret and system-prompt extraction, other users' data, split payloads, instructions "
        "planted in tool results and documents, with benign twins (system prompts that set a "
        "secret, tool results with ordinary imperatives); in the fit since v15",
    ),
    16: (
        1,
        "matched pairs: a user's own steering, format rules, tutoring role-play, questions "
        "about defending a chatbot, meta questions, foreign or encoded text, requests about "
        "pasted logs, API responses, invites, policies and configs, against attacks in the same "
        "frames; in the fit since v16",
    ),
    17: (
        1,
        "operator system prompts that keep a secret or a restriction, against requests for the "
        "secret and overrides; a user's own data against probes for other users' data; tool "
        "results with an instruction in one field against ordinary ones; in the fit since v17",
    ),
    18: (
        1,
        "covert goal changes, notes to coding agents and fake earlier turns planted in data, "
        "against data with directions for people; obfuscated and role-play attacks and short "
        "direct ones, against harmless requests in the same shapes; in the fit since v18",
    ),
    19: (
        1,
        "content an agent reads (policies, guides, minutes, e-mails, CVs, reviews, tool output, "
        "web pages, repository files, tickets), clean and with a sentence aimed at the AI; in "
        "the fit since v18",
    ),
    20: (
        1,
        "jailbreak wrappers (structural, narrative, output control) around dangerous requests, "
        "each against the same wrapper around a harmless one; in the fit since v19",
    ),
    21: (
        1,
        "a user's own short requests to an agent with tools (my e-mail, calendar, files ...), "
        "against instructions to the agent planted in what it reads; in the fit since v20",
    ),
    22: (
        1,
        "output hijacks, exfiltration, lasting and agent-action hijacks, sabotage, framed "
        "dangerous requests, mode claims, overrides, against a user's own format rules, "
        "preferences, changes of instruction, system-prompt work, and plain tool output; in the "
        "fit since v21",
    ),
    23: (
        1,
        "short attacks in 33 languages against short messages with the same trigger words; "
        "content an agent reads in 24 languages, with and without a block aimed at the AI; long "
        "jailbreaks against long harmless role-play and operator set-ups; in the fit since v22",
    ),
    24: (
        1,
        "a developer's own work on prompts against the same words used on the assistant; "
        "output manipulation, exfiltration channels and persistence against a user's own "
        "wishes for the answer and data; in the fit since v23",
    ),
    25: (
        1,
        "multilingual overrides, extraction and task hijacks by the CyberSecEval techniques; "
        "hijacks and leaks planted in tool output; framed dangerous requests, forced output, "
        "exfiltration; each against harmless rows in the same words; in the fit since v24",
    ),
    26: (
        0,
        "a developer's own prompt work against swaps and leaks of the assistant's prompt; out "
        "of the default fit (real OOF -11 rows with it, probes better)",
    ),
    27: (
        0,
        "user messages in over 25 languages that break an app's rules or get its secret by "
        "varied techniques, against ordinary messages in the same words; out of the default fit",
    ),
    28: (
        0,
        "talk about prompt injection and AI security, developers' own guardrail work, questions "
        "to the assistant about itself, against overrides and extraction in the same words; "
        "out of the default fit (real OOF -2 rows over three partitions, dev raw -4)",
    ),
    29: (
        1,
        "the words of an override in their ordinary senses in 42 languages, against bare "
        "overrides; in the fit since v28 (a tie with v26 in session 25; on v27's data it passed "
        "session 27's rule, probe_sealed26 +4 rows; --round29 0 rebuilds v27)",
    ),
    30: (
        1,
        "short everyday questions and support requests in 24 languages with the words of an "
        "attack in their ordinary senses (payment mode, the role of an organ, system settings), "
        "against overrides, extraction and role-play jailbreaks of the same length; in the fit "
        "since v29 (session 28's rule; --round30 0 rebuilds v28)",
    ),
    31: (
        0,
        "French questions in the frames of the French attacks ('Quel est ...', 'Est-ce que "
        "...'), two thirds in French typography, against attacks in the same frames; out of "
        "the default fit",
    ),
    32: (
        0,
        "short requests about the user's own devices and accounts in the words of an attack "
        "(system settings, developer options, safe mode, 'forget my last message') in 14 "
        "languages, against short overrides in informal and formal address, prompt extraction "
        "and unrestricted modes; out of the default fit",
    ),
    33: (
        1,
        "split payloads (variables, code, acrostics, fragments to join and answer), nested "
        "fiction, and overrides and other users' data behind pretexts in 17 languages, with "
        "benign twins in the same words; in the fit since v37 (session 31's rule; --round33 0 "
        "rebuilds v36)",
    ),
    34: (
        1,
        "role-play, persona and simulator requests with strict rules and operators' system "
        "prompts, against persona jailbreaks, role-play setups that smuggle in an override, "
        "and user text dressed as system configuration; in the fit since v38 (session 32's "
        "rule; --round34 0 rebuilds v37)",
    ),
}
# Ids of rows the project generated or wrote; "real" OOF leaves them out (``real_oof_at_1pct``).
SYNTHETIC_PREFIXES = (
    *("syn-", "day-", "cmp-", "ml-", "hw-", "mb-", "rep-", "bc-", "enc-"),
    # Not project-written, but not among the 3,060 rows v25-v34's real OOF counts (--pii-texts).
    "pt-",
    *(f"hw{n}-" for n in ROUND_ROWS),
)


def moderation_round(n: int) -> Path:
    return ROOT / "training" / "moderation" / f"handwritten_r{n}.py"


@dataclasses.dataclass(frozen=True)
class Item:
    uid: str
    text: str
    label: int
    kind: str
    source: str
    view: str | None = None
    instruction: str | None = None
    calibrate: bool = False  # a real benign train row: part of the calibration set
    document: bool = False  # from injected_documents_*: scanned at stage "document" / "tool"
    fold_key: str = ""  # fold by this instead of the uid (a request about a train text: its uid)
    doc_pool: bool = False  # a hand-written benign document: in the document table's pool only


def default_data_dir() -> Path:
    for cand in (ROOT.parent / "shared" / "data", Path("/work/shared/data")):
        if cand.is_dir():
            return cand
    raise SystemExit("training data not found: pass --data DIR")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_items(data: Path, split: str) -> list[Item]:
    items: list[Item] = []
    for r in read_jsonl(data / f"prompts_{split}.jsonl"):
        if r["kind"] == "harmful_request":
            continue
        label = int(r["kind"] in POSITIVE_KINDS)
        items.append(Item(r["id"], r["text"], label, r["kind"], r["source"], calibrate=not label))
    for r in read_jsonl(data / f"injected_documents_{split}.jsonl"):
        label = int(r["label"] == "injected")
        kind = "injection" if label else "benign"
        items.append(
            Item(
                r["id"],
                r["text"],
                label,
                kind,
                r["source"],
                instruction=r.get("instruction"),
                calibrate=not label,
                document=True,
            )
        )
    return items


def harmful_requests(data: Path) -> list[str]:
    """Train-split harmful requests: payloads for synthetic jailbreak wrappers only."""
    rows = read_jsonl(data / "prompts_train.jsonl")
    return [r["text"] for r in rows if r["kind"] == "harmful_request"]


def _overlaps(window: str, instruction: str) -> bool:
    return any(
        instruction[i : i + 20] in window for i in range(0, max(1, len(instruction) - 19), 10)
    )


def training_windows(item: Item, reading: Callable[[str], str]) -> list[tuple[str, int]]:
    """(normalised window, label) pairs one item contributes to the fit: the same coarse, fine
    and sentence windows the scanner scores, of each view as the featurizer reads it
    (``reading``). Benign: every view, every window negative. Positive: windows of the view
    that carries the attack; with a known injected span, windows holding its start are
    positive, windows not touching it negative, the rest skipped."""
    if item.label == 0:
        return [
            (w, 0)
            for v in views(item.text)
            for w in windows_of(reading(v.text), CHUNK, OVERLAP, FINE, SCORING[3])
        ]
    # Without a named view, the first: the text, or the decoding that replaced it.
    read = views(item.text)
    picked = [v.text for v in read if v.name == item.view][:1] if item.view else [read[0].text]
    if not picked:
        return []
    text = reading(picked[0])
    if not item.instruction:
        return [(w, 1) for w in chunks(text, CHUNK, OVERLAP)]
    instruction = reading(normalize(item.instruction))
    probe = instruction[:40]
    out: list[tuple[str, int]] = []
    for w in windows_of(text, CHUNK, OVERLAP, FINE, SCORING[3]):
        if probe in w:
            out.append((w, 1))
        elif not _overlaps(w, instruction):
            out.append((w, 0))
    return out or [(w, 1) for w in chunks(text, CHUNK, OVERLAP)]


def matrix(featurizer: HashingFeaturizer, texts: list[str]) -> sp.csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        idx, val = featurizer.transform(text)
        rows.append(np.full(len(idx), i, dtype=np.int64))
        cols.append(idx)
        vals.append(val)
    return sp.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(len(texts), featurizer.dim),
        dtype=np.float32,
    )


def nb_scale(x: sp.csr_matrix, y: np.ndarray, alpha: float) -> np.ndarray:
    """|log-count ratio| of each feature between the classes (NBSVM, Wang & Manning 2012):
    fitting on ``x * scale`` and shipping ``coef * scale`` is a per-feature prior that lets
    features seen mostly on one side move further from zero under the same C."""
    pos = alpha + np.asarray(x[y == 1].sum(axis=0)).ravel()
    neg = alpha + np.asarray(x[y == 0].sum(axis=0)).ravel()
    return np.abs(np.log((pos / pos.sum()) / (neg / neg.sum())))


LENGTH_EDGES = (128, 512)


def length_balanced_weights(texts: list[str], y: np.ndarray) -> np.ndarray:
    """Sample weights that give both classes the same total weight inside each length bucket
    (< 128, 128-511, >= 512 chars), and each bucket its share of the windows.

    The train mix has more attacks than benign rows among long windows (injections hidden in
    carriers, documents) and the reverse among short ones. An L2-normalised linear model reads
    length anyway (a longer window sums more positive n-gram weights against one fixed bias), so
    under "balanced" class weights it learnt length as evidence: v12 flagged 36 of 52 harmless
    pasted texts over 500 chars in probe_sealed8."""
    bucket = np.searchsorted(LENGTH_EDGES, np.array([len(t) for t in texts]), side="right")
    weights = np.zeros(len(texts))
    for b in np.unique(bucket):
        in_b = bucket == b
        for label in (0, 1):
            cell = in_b & (y == label)
            if cell.any():
                weights[cell] = in_b.sum() / (2.0 * cell.sum())
    return weights * (len(texts) / weights.sum())


def fit(
    featurizer: HashingFeaturizer,
    windows: list[tuple[str, int]],
    c: float,
    seed: int,
    nb_alpha: float = 0.0,
    length_balance: bool = False,
) -> tuple[np.ndarray, float]:
    x = matrix(featurizer, [w for w, _ in windows])
    y = np.array([lab for _, lab in windows])
    scale = nb_scale(x, y, nb_alpha) if nb_alpha > 0 else None
    if scale is not None:
        x = sp.csr_matrix(x.multiply(scale[None, :]))
    clf = LogisticRegression(
        C=c,
        solver="liblinear",
        class_weight=None if length_balance else "balanced",
        max_iter=2000,
        random_state=seed,
    )
    weights = length_balanced_weights([w for w, _ in windows], y) if length_balance else None
    clf.fit(x, y, sample_weight=weights)
    coef = clf.coef_[0] if scale is None else clf.coef_[0] * scale
    return coef.astype(np.float32), float(clf.intercept_[0])


def as_model(featurizer: HashingFeaturizer, coef: np.ndarray, bias: float) -> LinearModel:
    calib = Calibration(fprs=[0.01, 0.5], thresholds=[1.0, 0.5], n_benign=1)
    meta = LinearMeta(name="tmp", version="0", featurizer=featurizer, bias=bias, calibration=calib)
    return LinearModel(meta, coef)


def score_items(model: LinearModel, items: list[Item]) -> np.ndarray:
    chunk, overlap, fine, sentence = SCORING
    return np.array(
        [best_hit(model, it.text, chunk, overlap, fine, sentence).score for it in items]
    )


def moderation_benign_rows(
    rounds: tuple[int, ...] = MODERATION_ROUNDS,
) -> list[tuple[str, int, str]]:
    """The benign table (``_BENIGN``: family -> language -> texts) of each moderation round,
    read as a literal: importing the module would pull in moderation's ``handwritten_r3``,
    which shares its name with this folder's."""
    rows: list[tuple[str, int, str]] = []
    for n in rounds:
        for node in ast.parse(moderation_round(n).read_text("utf-8")).body:
            target = node.target if isinstance(node, ast.AnnAssign) else None
            if isinstance(target, ast.Name) and target.id == "_BENIGN" and node.value is not None:
                table = ast.literal_eval(node.value)
                rows += [(t, 0, "benign") for by_lang in table.values() for ts in by_lang.values()
                         for t in ts]  # fmt: skip
    return rows


def pii_text_rows(data: Path, n: int) -> list[Item]:
    """``n`` rows of ``pii_train.jsonl`` (tweets and synthetic PII records, none an attack) as
    harmless rows (``pii_texts.lowest_hash_rows``)."""
    return [Item(f"pt-{i}", r["text"], 0, "benign", f"pii-{r['source']}")
            for i, r in enumerate(lowest_hash_rows(data, n))]  # fmt: skip


def repeated(prefix: str, rows: list[tuple[str, int, str]], copies: int, source: str) -> list[Item]:
    """``copies`` copies of few hand-written rows; ids "<prefix>-<i>#<copy>" keep the copies of a
    row in one CV fold (``fold_of``)."""
    return [
        Item(f"{prefix}-{i}#{copy}", t, lab, kind, source)
        for copy in range(copies)
        for i, (t, lab, kind) in enumerate(rows)
    ]


def fold_salts(salt: str, repeats: int) -> list[str]:
    """The CV partitions of ``--cv-repeats``: ``salt``, then ``salt`` + "a", "b", ...; with the
    default salt "" the first is the one partition every version up to v24 used."""
    return [salt, *(salt + chr(ord("a") + r) for r in range(repeats - 1))]


def fold_of(it: Item, salt: str = "") -> int:
    """Copies of one row ("hw-3#0", "hw-3#1") share a fold, and so do a train text and the
    benign requests built around it (``fold_key``), so no row is scored by a model that saw it.
    ``salt`` draws another partition (``--fold-salt``); "" is the one every version used."""
    return zlib.crc32((salt + (it.fold_key or it.uid).split("#")[0]).encode()) % FOLDS


def bucket(n: int) -> str:
    for lo, hi in LENGTH_BUCKETS:
        if lo <= n < hi:
            return f"{lo}-{hi if hi < 10**9 else 'inf'}"
    return "?"


def breakdown(items: list[Item], scores: np.ndarray, threshold: float) -> dict[str, Any]:
    """Overall plus per kind / source / length bucket (attacks of a group vs ALL benign)."""
    y = np.array([it.label for it in items])
    neg = y == 0
    out: dict[str, Any] = {"overall": binary_report(y, scores, threshold)}
    for key, get in (
        ("kind", lambda it: it.kind),
        ("source", lambda it: it.source),
        ("length", lambda it: bucket(len(it.text))),
    ):
        groups: dict[str, Any] = {}
        for g in sorted({get(it) for it in items}):
            mask = np.array([get(it) == g for it in items])
            # Per kind/source: that group's rows + all benign; per length: both labels in bucket.
            sel = mask if key == "length" else (mask | neg)
            groups[g] = binary_report(y[sel], scores[sel], threshold)
        out[f"by_{key}"] = groups
    return out


def real_oof_at_1pct(items: list[Item], scores: np.ndarray) -> dict[str, Any]:
    real = np.array([not it.uid.startswith(SYNTHETIC_PREFIXES) for it in items])
    y = np.array([it.label for it in items])[real]
    s = scores[real]
    return binary_report(y, s, threshold_at_fpr(s[y == 0], 0.01))


def save_kind_head(
    featurizer: HashingFeaturizer,
    train: list[Item],
    per_item: list[list[tuple[str, int]]],
    meta: LinearMeta,
    args: argparse.Namespace,
) -> None:
    """A second head, on positive windows only, that names the attack: 1 = jailbreak (persona,
    role-play, refusal suppression), 0 = injection (instructions smuggled into data/tasks).
    Used only to word the verdict's reason, never to decide the action."""
    rows = [
        (w, int(it.kind == "jailbreak"))
        for it, ws in zip(train, per_item, strict=True)
        if it.label == 1 and it.kind in POSITIVE_KINDS
        for w, lab in ws
        if lab == 1
    ]
    coef, bias = fit(featurizer, rows, 4.0, args.seed)
    kind_meta = meta.model_copy(
        update={
            "name": "injection-kind",
            "bias": bias,
            "provenance": {
                "head": "jailbreak(1) vs injection(0) on positive windows",
                "C": 4.0,
                "seed": args.seed,
                "training_data": meta.provenance["training_data"],
            },
        }
    )
    LinearModel(kind_meta, coef).save(args.out / f"injection-kind-v{args.version}")


def as_operated(
    items: list[Item], scores: np.ndarray, t01: float, long: LengthCalibration | None
) -> np.ndarray:
    """Scores shifted so that ``>= t01`` is the scanner's decision at target_fpr 0.01: a long
    input (not a document) is judged against the long table's threshold."""
    if long is None:
        return scores
    shift = long.calibration.threshold_for(0.01) - t01
    is_long = np.array([long.covers(len(it.text)) and not it.document for it in items])
    return np.where(is_long, scores - shift, scores)


def set_chunk(chars: int, score_chars: int, sentence_chars: int = SENTENCE) -> None:
    """Rebind the coarse window of the fit (``chars``) and the windows the scanner reads
    (``score_chars``: out-of-fold scores, so the calibration, and the shipped meta). Fine
    windows only when they are shorter than the coarse ones; sentence windows for texts of at most
    ``sentence_chars``."""
    global CHUNK, OVERLAP, SCORING
    CHUNK, OVERLAP = chars, chars // 5
    SCORING = (score_chars, score_chars // 5, FINE if score_chars > FINE else 0, sentence_chars)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--version", default="2")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--C", type=float, default=64.0)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "tiergate" / "data")
    ap.add_argument(
        "--meta-out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="where manifest.json and metrics-v<N>.json go",
    )
    ap.add_argument("--skip-dev", action="store_true")
    ap.add_argument(
        "--fold-salt",
        default="",
        help="draw other CV partitions (a prefix to every row's fold key; default: the one "
        "every version used)",
    )
    ap.add_argument(
        "--cv-repeats",
        type=int,
        default=3,
        help="CV partitions whose out-of-fold scores are pooled for the calibration tables and "
        "the selection figure (v25+: 3; v24 and earlier: 1)",
    )
    ap.add_argument("--word-weight", type=float, default=1.0)
    ap.add_argument(
        "--negation-weight",
        type=float,
        default=1.0,
        help="weight of the negated-clause block (HashingFeaturizer.negation_weight; 0: off, "
        "as until v16; v17+: 1)",
    )
    ap.add_argument(
        "--benign-carriers",
        type=int,
        default=3000,
        help="benign requests about a pasted train text (compose.benign_carriers; v13+); 0: none",
    )
    ap.add_argument(
        "--length-balance",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="balance the classes inside each length bucket instead of overall",
    )
    ap.add_argument(
        "--concepts",
        default="",
        help="multilingual concept lexicon in tiergate/data (e.g. concepts-v1; '': no block)",
    )
    ap.add_argument("--concept-weight", type=float, default=1.0, help="weight of the concept block")
    ap.add_argument(
        "--dump-oof", type=Path, default=None, help="write the out-of-fold scores (JSONL) and stop"
    )
    ap.add_argument("--concept-pairs-only", action="store_true", help="see HashingFeaturizer")
    ap.add_argument("--char-norm-floor", type=float, default=6.0, help="see HashingFeaturizer")
    ap.add_argument("--word-norm-floor", type=float, default=2.0, help="see HashingFeaturizer")
    ap.add_argument(
        "--chunk", type=int, default=1000, help="coarse window (chars); overlap is a fifth"
    )
    ap.add_argument(
        "--long-calibration",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=f"a calibration table of its own for inputs of {LONG_CHARS}+ chars",
    )
    ap.add_argument(
        "--sentence-chars",
        type=int,
        default=SENTENCE,
        help="texts up to this many chars are also read sentence by sentence, in the fit and "
        "by the scanner (0: off, as up to v25)",
    )
    ap.add_argument(
        "--score-chunk",
        type=int,
        default=0,
        help="window the scanner reads (calibration and meta); 0: --chunk",
    )
    ap.add_argument("--nb-alpha", type=float, default=0.0, help="NBSVM feature scaling (0: off)")
    ap.add_argument("--dim-bits", type=int, default=20, help="hashed feature space: 2^N buckets")
    ap.add_argument(
        "--tight-punctuation",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="read text without the spaces French typography puts before ? ! : ; "
        "(HashingFeaturizer.tight_punctuation; v30 candidate)",
    )
    ap.add_argument(
        "--tight-at-scoring",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="fit on the text as written but score (out-of-fold rows, calibration, the "
        "scanner) with --tight-punctuation's reading: French typography reads as plain "
        "typing (since v34, the same weights as v29; versions before v34 need "
        "--no-tight-at-scoring, except v30 and v31, whose --tight-punctuation wins)",
    )
    ap.add_argument("--compose", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--multilingual", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--everyday", type=int, default=3000, help="benign everyday chat prompts")
    ap.add_argument(
        "--short-replies",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="short_replies.py's one-word and very short chat replies (v13+)",
    )
    ap.add_argument(
        "--handwritten", type=int, default=2, help="copies of handwritten.py's rows (0: none)"
    )
    ap.add_argument(
        "--encoded-twins",
        type=int,
        default=400,
        help="encoded.py: this many encoded train attacks and as many encoded benign prompts, "
        "in frames shared by both (v27+: 400; 0: none, as until v26)",
    )
    for n, (copies, about) in ROUND_ARGS.items():
        ap.add_argument(
            f"--round{n}",
            type=int,
            default=copies,
            help=f"copies of handwritten_r{n}.py's rows ({about}); 0: none",
        )
        ap.add_argument(
            f"--round{n}-skip",
            nargs="*",
            default=[],
            help=f"handwritten_r{n} family prefixes to leave out",
        )
    ap.add_argument(
        "--document-pool",
        nargs="*",
        default=list(DOCUMENT_POOL),
        help="hand-written round family prefixes whose benign rows join the split's clean "
        "documents in the document table's calibration pool (default: v18's; none: no prefix)",
    )
    ap.add_argument(
        "--moderation-benign",
        type=int,
        default=1,
        help="copies of the benign rows of the moderation rounds --moderation-rounds names "
        "(default: round 11, everyday messages in 26 languages; in the fit since v8); 0: none",
    )
    ap.add_argument(
        "--moderation-rounds",
        type=int,
        nargs="+",
        default=list(MODERATION_ROUNDS),
        help="which moderation rounds --moderation-benign reads",
    )
    ap.add_argument(
        "--pii-texts",
        type=int,
        default=4000,
        help="rows of pii_train.jsonl (tweets, synthetic PII records) as harmless rows, out of "
        "every calibration pool (v36+: 4000; 0: none, as until v34)",
    )
    args = ap.parse_args()
    set_chunk(args.chunk, args.score_chunk or args.chunk, args.sentence_chars)
    data = args.data or default_data_dir()
    np.random.seed(args.seed)

    train = load_items(data, "train")
    synth: list[Example] = extra_examples(
        [it.text for it in train if it.label == 1 and it.instruction is None],
        [it.text for it in train if it.label == 0 and it.instruction is None],
        harmful_requests(data),
        args.seed,
    )
    train += [
        Item(f"syn-{i}", e.text, e.label, e.kind, e.source, view=e.view)
        for i, e in enumerate(synth)
    ]
    n_encoded = 0
    if args.encoded_twins:
        split = [it for it in train if not it.uid.startswith("syn-") and not it.document]
        twins = encoded_twins(
            [it.text for it in split if it.label == 1],
            [it.text for it in split if it.label == 0],
            args.seed,
            args.encoded_twins,
        )
        train += [
            Item(f"enc-{i}", e.text, e.label, e.kind, e.source, view=e.view)
            for i, e in enumerate(twins)
        ]
        n_encoded = len(twins)
    n_composed = n_multilingual = n_handwritten = 0
    n_rounds = dict.fromkeys(ROUND_ROWS, 0)
    if args.compose:
        hosts = [it for it in train if it.label == 0 and 40 <= len(it.text) <= 1200]
        carriers = [it.text for it in hosts]
        rows = composed(args.seed, harmful_requests(data) + JAILBREAK_GOALS, carriers)
        train += [
            Item(f"cmp-{i}", t, lab, kind, f"tiergate-composed-{kind}")
            for i, (t, lab, kind) in enumerate(rows)
        ]
        # A request about a train text shares that text's fold: scored by a model that had
        # seen the text inside such a request, the pool's texts read too benign (a v13 draft
        # without this: 1% document threshold 0.77 -> 0.59, clean dev documents 1.2% -> 3.0%).
        requests = benign_carriers(args.seed, carriers, args.benign_carriers)
        train += [
            Item(f"bc-{i}", t, 0, "benign", "tiergate-benign-carrier", fold_key=hosts[k].uid)
            for i, (t, k) in enumerate(requests)
        ]
        n_composed = len(rows) + len(requests)
    if args.multilingual:
        ml_rows = multilingual_examples(args.seed)
        train += [
            Item(f"ml-{i}", t, lab, kind, "tiergate-multilingual-v3")
            for i, (t, lab, kind) in enumerate(ml_rows)
        ]
        n_multilingual = len(ml_rows)
    if args.handwritten:
        # Hand-written families the generators under-cover (dead-relative tricks, fiction wrappers,
        # prefix forcing, soft leaks, odd carriers) and hard negatives; few rows, so repeated.
        hw_rows = handwritten_examples(args.seed)
        n_handwritten = len(hw_rows)
        train += repeated("hw", hw_rows, args.handwritten, "tiergate-handwritten-v4")
    # Later hand-written rounds (handwritten_r<N>.py): family-tagged rows, N copies each.
    pool = tuple(args.document_pool)
    for n, round_rows in ROUND_ROWS.items():
        copies, skip = getattr(args, f"round{n}"), getattr(args, f"round{n}_skip")
        if copies:
            tagged = [row for row in round_rows(args.seed) if not row[0].startswith(tuple(skip))]
            kept = [(t, lab, kind) for _fam, t, lab, kind in tagged]
            items = repeated(f"hw{n}", kept, copies, f"tiergate-handwritten-r{n}")
            # The first copy of a benign row of a --document-pool family also calibrates the
            # document table (its copies share its fold, so one score per row).
            for i, (fam, _t, lab, _kind) in enumerate(tagged):
                if pool and lab == 0 and fam.startswith(pool):
                    items[i] = dataclasses.replace(items[i], doc_pool=True)
            train += items
            n_rounds[n] = len(kept)
    n_moderation_benign = 0
    if args.moderation_benign:
        mb_rows = moderation_benign_rows(tuple(args.moderation_rounds))
        train += repeated("mb", mb_rows, args.moderation_benign, "tiergate-moderation-benign")
        n_moderation_benign = len(mb_rows)
    # Social-media posts and PII records: links with random paths, e-mail addresses and phone
    # numbers met the fit mostly inside exfiltration attacks, and v34 blocked 8% of pii_dev's
    # tweets and 6% of its records.
    pii_texts = pii_text_rows(data, args.pii_texts) if args.pii_texts else []
    train += pii_texts
    # Short everyday chat as negatives AND in the calibration pool, so the threshold reflects the
    # chat traffic the train split under-represents (v1 blocked "Say hello.").
    everyday = everyday_prompts(args.seed, args.everyday)
    train += [
        Item(f"day-{i}", t, 0, "benign", "tiergate-everyday", calibrate=True)
        for i, t in enumerate(everyday)
    ]
    # One-word and very short replies, in the pool as well: they are chat traffic too, and v12
    # blocked "No.", "Ok.", "Really?" (v13).
    replies = short_reply_rows() if args.short_replies else []
    train += [
        Item(f"rep-{i}", t, 0, "benign", "tiergate-short-replies", calibrate=True)
        for i, t in enumerate(replies)
    ]
    featurizer = HashingFeaturizer(
        dim_bits=args.dim_bits,
        word_weight=args.word_weight,
        negation_weight=args.negation_weight,
        concepts=args.concepts,
        concept_weight=args.concept_weight if args.concepts else 0.0,
        concept_pairs_only=args.concept_pairs_only,
        char_norm_floor=args.char_norm_floor,
        word_norm_floor=args.word_norm_floor,
        tight_punctuation=args.tight_punctuation or args.tight_at_scoring,
    )
    # --tight-at-scoring: the weights see the text as written, every score reads it tightened;
    # --tight-punctuation (v30, v31) tightens the fit too, and wins.
    as_written: Callable[[str], str] = lambda text: text  # noqa: E731
    fit_as_written = args.tight_at_scoring and not args.tight_punctuation
    reading = as_written if fit_as_written else featurizer.reading
    per_item = [training_windows(it, reading) for it in train]
    print(f"items={len(train)} windows={sum(map(len, per_item))}", flush=True)

    # Repeated cross-fitting (v25+): one out-of-fold score per row and partition. A single
    # partition moved the 1% thresholds by up to 0.02 (documents 0.953-0.974 for v24's weights)
    # and the real out-of-fold figure by 9 rows of 3,060; the tables below take their quantiles
    # over every partition's scores, each a score by a model that never saw the row.
    salts = fold_salts(args.fold_salt, args.cv_repeats)
    oofs = np.zeros((len(salts), len(train)))
    for r, salt in enumerate(salts):
        folds = [fold_of(it, salt) for it in train]
        for k in range(FOLDS):
            fit_w = [w for f, ws in zip(folds, per_item, strict=True) if f != k for w in ws]
            coef, bias = fit(
                featurizer, fit_w, args.C, args.seed, args.nb_alpha, args.length_balance
            )
            model = as_model(featurizer, coef, bias)
            held = [i for i, f in enumerate(folds) if f == k]
            oofs[r, held] = score_items(model, [train[i] for i in held])
            print(f"partition {salt!r} fold {k}: scored {len(held)}", flush=True)
    oof = oofs[0]  # the per-kind and per-source breakdown: the first partition
    if args.dump_oof:
        # Out-of-fold scores with what a model stacked on them needs (experiments only).
        first = [fold_of(it, salts[0]) for it in train]
        with args.dump_oof.open("w", encoding="utf-8") as out:
            for i, it in enumerate(train):
                row = {
                    "uid": it.uid,
                    "text": it.text,
                    "label": it.label,
                    "kind": it.kind,
                    "real": not it.uid.startswith(SYNTHETIC_PREFIXES),
                    "calibrate": it.calibrate,
                    "document": it.document,
                    "doc_pool": it.doc_pool,
                    "fold": first[i],
                    "oof": [float(x) for x in oofs[:, i]],
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {args.dump_oof}")
        return

    def calibrated(mask: np.ndarray) -> Calibration:
        table = Calibration.from_benign_scores(oofs[:, mask].ravel(), FPR_GRID)
        return table.model_copy(update={"n_benign": int(mask.sum())})

    calib_mask = np.array([it.calibrate for it in train])
    calibration = calibrated(calib_mask)
    # Documents get their own table: long clean pages have more windows, so more chances to
    # score high, and under the pooled table their FPR was 2-3x the target.
    split_docs = calib_mask & np.array([it.document for it in train])
    doc_mask = split_docs | np.array([it.doc_pool for it in train])
    calibration_documents = calibrated(doc_mask)
    # The split's clean documents alone, for the metrics: what the --document-pool rows moved.
    split_only_documents = calibrated(split_docs)
    # Long inputs too (the same pool, texts of LONG_CHARS or more): v12 blocked 59 of 99
    # harmless inputs over 500 chars of probe_sealed9 under the pooled table.
    long_mask = calib_mask & (np.array([len(it.text) for it in train]) >= LONG_CHARS)
    calibration_long = (
        LengthCalibration(min_chars=LONG_CHARS, calibration=calibrated(long_mask))
        if args.long_calibration and long_mask.sum() >= 200
        else None
    )
    coef, bias = fit(
        featurizer,
        [w for ws in per_item for w in ws],
        args.C,
        args.seed,
        args.nb_alpha,
        args.length_balance,
    )

    files = {
        name: {"sha256": sha256(data / name), "rows": len(read_jsonl(data / name))}
        for name in ("prompts_train.jsonl", "injected_documents_train.jsonl")
    }
    if pii_texts:
        files["pii_train.jsonl"] = {
            "sha256": sha256(data / "pii_train.jsonl"),
            "rows": len(read_jsonl(data / "pii_train.jsonl")),
            "used": len(pii_texts),
        }
    generated = {
        name: {
            "file": f"training/injection/{name}.py",
            "sha256": sha256(Path(__file__).resolve().parent / f"{name}.py"),
            "rows": rows,
            "seed": args.seed,
            "license": "CC0-1.0",
        }
        for name, rows in (
            ("compose", n_composed),
            ("multilingual", n_multilingual),
            ("handwritten", n_handwritten),
            ("encoded", n_encoded),
            *((f"handwritten_r{n}", n_rounds[n]) for n in ROUND_ROWS),
        )
        if rows
    }
    for n in ROUND_ROWS:  # a round's skipped families are part of what was fitted
        skipped = getattr(args, f"round{n}_skip")
        if skipped and f"handwritten_r{n}" in generated:
            generated[f"handwritten_r{n}"]["skipped_families"] = list(skipped)
    synth_path = Path(__file__).resolve().parent / "synthetic.py"
    everyday_path = Path(__file__).resolve().parent / "everyday.py"
    manifest = {
        "inputs": files,
        "synthetic": {
            "file": "training/injection/synthetic.py",
            "sha256": sha256(synth_path),
            "rows": len(synth),
            "seed": args.seed,
            "license": "CC0-1.0",
        },
        "everyday": {
            "file": "training/injection/everyday.py",
            "sha256": sha256(everyday_path),
            "rows": len(everyday),
            "seed": args.seed,
            "license": "CC0-1.0",
        },
        **(
            {
                "short_replies": {
                    "file": "training/injection/short_replies.py",
                    "sha256": sha256(Path(__file__).resolve().parent / "short_replies.py"),
                    "rows": len(replies),
                    "license": "CC0-1.0",
                }
            }
            if replies
            else {}
        ),
        **generated,
        **(
            {
                "moderation_benign": {
                    "files": {
                        str(moderation_round(n).relative_to(ROOT)): sha256(moderation_round(n))
                        for n in args.moderation_rounds
                    },
                    "rows": n_moderation_benign,
                    "copies": args.moderation_benign,
                    "license": "CC0-1.0",
                }
            }
            if n_moderation_benign
            else {}
        ),
        # The v24 files retrained in session 21 (numpy 2.4.6, scipy 1.17.1, scikit-learn 1.9.1)
        # matched to 4e-6 in bias and 3e-4 in thresholds, not byte for byte: the fit moves a little
        # with the numeric libraries, so their versions are part of what was fitted.
        "libraries": {
            name: importlib.metadata.version(name) for name in ("numpy", "scipy", "scikit-learn")
        },
        "excluded": "prompts kind=harmful_request (moderation scanner's concern)",
        "never_used": "dev splits (reporting only), any public benchmark",
    }
    meta = LinearMeta(
        name="injection",
        version=args.version,
        featurizer=featurizer,
        bias=bias,
        calibration=calibration,
        calibration_documents=calibration_documents,
        calibration_long=calibration_long,
        chunk_chars=SCORING[0],
        chunk_overlap=SCORING[1],
        fine_chars=SCORING[2],
        sentence_chars=SCORING[3],
        provenance={
            "trainer": "sklearn LogisticRegression(liblinear, "
            + (
                "sample weights balancing the classes per length bucket)"
                if args.length_balance
                else "class_weight=balanced)"
            ),
            "C": args.C,
            "nb_alpha": args.nb_alpha,
            "length_balance": args.length_balance,
            "seed": args.seed,
            "positive_kinds": sorted(POSITIVE_KINDS),
            "training_data": manifest,
            **(
                {"concepts_sha256": sha256(ROOT / "src/tiergate/data" / f"{args.concepts}.tsv")}
                if args.concepts
                else {}
            ),
            "calibration": f"{FOLDS}-fold cross-fitted scores of real benign train rows"
            + (f", pooled over {len(salts)} partitions" if len(salts) > 1 else ""),
        },
    )
    model = LinearModel(meta, coef)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"injection-v{args.version}"
    model.save(stem)
    save_kind_head(featurizer, train, per_item, meta, args)
    here = args.meta_out
    here.mkdir(parents=True, exist_ok=True)
    (here / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")

    t01 = calibration.threshold_for(0.01)
    metrics: dict[str, Any] = {
        "threshold_at_target_fpr_0.01": t01,
        "long_threshold_at_target_fpr_0.01": (
            calibration_long.calibration.threshold_for(0.01) if calibration_long else None
        ),
        "oof": breakdown(train, as_operated(train, oof, t01, calibration_long), t01),
        # Model selection uses this, never dev: out-of-fold scores of the real train rows only
        # (synthetic positives are easy and would flatter the figure), re-thresholded at 1% FPR.
        # Over every partition's scores pooled (about their mean; one partition is noisy).
        "oof_real_1pct_fpr": real_oof_at_1pct(train * len(salts), oofs.ravel()),
        "oof_real_1pct_fpr_by_partition": {
            salt: real_oof_at_1pct(train, oofs[r])["recall"] for r, salt in enumerate(salts)
        },
        "document_threshold_at_target_fpr_0.01": calibration_documents.threshold_for(0.01),
        "document_threshold_split_only_0.01": split_only_documents.threshold_for(0.01),
        "fold_salts": salts,
    }
    if not args.skip_dev:
        dev = load_items(data, "dev")
        dev_scores = score_items(model, dev)
        dev_y = np.array([it.label for it in dev])
        metrics["dev"] = breakdown(dev, as_operated(dev, dev_scores, t01, calibration_long), t01)
        # The same model with the threshold re-fitted on dev benign (upper bound, reporting only).
        t_dev = threshold_at_fpr(dev_scores[dev_y == 0], 0.01)
        metrics["dev_oracle_threshold_1pct_fpr"] = binary_report(dev_y, dev_scores, t_dev)
    (here / f"metrics-v{args.version}.json").write_text(
        json.dumps(metrics, indent=1) + "\n", "utf-8"
    )
    print(
        json.dumps(
            {k: metrics[k] for k in metrics if k != "oof"}
            | {"oof_overall": metrics["oof"]["overall"]}
            | {"oof_real": metrics["oof_real_1pct_fpr"]},
            indent=1,
        )[:3000]
    )
    print(f"wrote {stem}.npz ({stem.with_suffix('.npz').stat().st_size} bytes)")


if __name__ == "__main__":
    main()
