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
    args = ap.parse_args()
    everyday = [t.strip() for t in EVERYDAY.read_text("utf-8").splitlines() if t.strip()]
    with (args.data / "prompts_dev.jsonl").open(encoding="utf-8") as fh:
        dev = [r["text"] for r in map(json.loads, fh) if r["kind"] == "benign"]
    dev = random.Random("answer-report").sample([t for t in dev if len(t) < 1500], args.n_dev)
    scanner = ModerationScanner(ModerationParams(target_fpr=args.target_fpr))
    ctx = ScanContext(stage="output")
    for name, prompts in (("everyday (held out)", everyday), ("prompts_dev benign", dev)):
        answers = asyncio.run(answer_all(prompts, args.temperature))
        verdicts = [asyncio.run(scanner.scan(a, ctx)) for a in answers]
        flagged = [(v, a) for v, a in zip(verdicts, answers, strict=True) if v.reason]
        blocked = sum(v.action == "block" for v, _ in flagged)
        print(f"{name}: {len(answers)} answers, flagged {len(flagged)}, blocked {blocked}")
        for v, a in flagged:
            print(f"  {v.score:.3f} {v.action:5s} {v.reason[:40]!r} {a[:120]!r}")


if __name__ == "__main__":
    main()
