"""False alarms of output moderation on real model answers to benign prompts.

    python training/moderation/answer_report.py [--n-dev 120] [--data /work/shared/data]

The bundled SmolLM2 answers held-out benign prompts it was never asked for the response head's
training data: the 158 everyday prompts of ``tests/guards/data/everyday_benign_moderation.txt``
(written apart from ``everyday.py``) and a sample of the benign rows of ``prompts_dev.jsonl``.
Each answer goes through the moderation scanner at stage output at ``--target-fpr`` (default
0.05, where it blocks more than the packaged 0.02); prints how many are flagged and blocked,
with the flagged answers and their scores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_model_answers import answer_all  # noqa: E402

from tiergate.guards.base import ScanContext  # noqa: E402
from tiergate.guards.scanners.moderation import ModerationParams, ModerationScanner  # noqa: E402

EVERYDAY = HERE.parents[1] / "tests/guards/data/everyday_benign_moderation.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n-dev", type=int, default=120)
    ap.add_argument("--target-fpr", type=float, default=0.05)
    # 0 = greedy; the gateway's callers usually sample (the model's default is 0.8).
    ap.add_argument("--temperature", type=float, default=0.0)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--output-model", help="a candidate response head (stem, no suffix)")
    ap.add_argument(
        "--cache",
        type=Path,
        help="JSON file of the model's answers: read if present, else written, so candidate "
        "heads are compared on the same answers without generating them again",
    )
    args = ap.parse_args()
    everyday = [t.strip() for t in EVERYDAY.read_text("utf-8").splitlines() if t.strip()]
    with (args.data / "prompts_dev.jsonl").open(encoding="utf-8") as fh:
        dev = [r["text"] for r in map(json.loads, fh) if r["kind"] == "benign"]
    dev = random.Random("answer-report").sample([t for t in dev if len(t) < 1500], args.n_dev)
    params = ModerationParams(target_fpr=args.target_fpr, output_model_path=args.output_model)
    scanner = ModerationScanner(params)
    ctx = ScanContext(stage="output")
    sets = {"everyday (held out)": everyday, "prompts_dev benign": dev}
    cached = _answers(sets, args.temperature, args.cache)
    for name, answers in cached.items():
        verdicts = [asyncio.run(scanner.scan(a, ctx)) for a in answers]
        flagged = [(v, a) for v, a in zip(verdicts, answers, strict=True) if v.reason]
        blocked = sum(v.action == "block" for v, _ in flagged)
        print(f"{name}: {len(answers)} answers, flagged {len(flagged)}, blocked {blocked}")
        for v, a in flagged:
            print(f"  {v.score:.3f} {v.action:5s} {v.reason[:40]!r} {a[:120]!r}")


def _answers(
    sets: dict[str, list[str]], temperature: float, cache: Path | None
) -> dict[str, list[str]]:
    """The model's answers per set; from ``cache`` when it holds the same prompts at the same
    temperature (generation is the slow part: minutes on 2 cores)."""
    key = {"temperature": temperature, "prompts": sets}
    if cache is not None and cache.exists():
        stored = json.loads(cache.read_text("utf-8"))
        if stored["key"] == key:
            return {name: list(a) for name, a in stored["answers"].items()}
    answers = {name: asyncio.run(answer_all(p, temperature)) for name, p in sets.items()}
    if cache is not None:
        payload = {"key": key, "answers": answers}
        cache.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")
    return answers


if __name__ == "__main__":
    main()
