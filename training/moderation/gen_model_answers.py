"""Ordinary answers for the response head: the bundled SmolLM2 answering benign prompts.

    python training/moderation/gen_model_answers.py [--n 400] [--data /work/shared/data]

The hand-written answers (``responses_train_*.jsonl``) are mostly about dangerous topics; the
first head fitted on them blocked "fine answer" and "Hello! How can I help?". What a gateway
sees most is plain answers to plain questions, so this script has the embedded model answer
benign prompts (everyday chat from ``everyday.py``, CC0, and the benign rows of
``prompts_train.jsonl``) and writes ``responses_train_model.jsonl`` (label 0, kind
"model_answer"; greedy decoding, so reruns give the same file on the same llama.cpp build).
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

from everyday import everyday_rows  # noqa: E402

from tiergate.backends.llamacpp import LlamaCppBackend, LlamaCppParams  # noqa: E402
from tiergate.types import ChatMessage, ChatRequest  # noqa: E402

OUT = HERE / "responses_train_model.jsonl"
MAX_TOKENS = (24, 80, 160)


def prompts(data: Path, n: int) -> list[str]:
    rng = random.Random("model-answers")
    everyday = [r["text"] for r in everyday_rows()]
    with (data / "prompts_train.jsonl").open(encoding="utf-8") as fh:
        public = [r["text"] for r in map(json.loads, fh) if r["kind"] == "benign"]
    public = [t for t in public if len(t) < 1500]
    return rng.sample(everyday, n // 2) + rng.sample(public, n - n // 2)


async def answer_all(texts: list[str], temperature: float = 0.0) -> list[str]:
    backend = LlamaCppBackend(LlamaCppParams(n_ctx=4096, n_parallel=2))
    await backend.start()
    sem = asyncio.Semaphore(2)

    async def one(i: int, text: str) -> str:
        # Every third answer cut short: short answers ("Sure!", a one-line fact) are common.
        req = ChatRequest(
            model="smollm2",
            messages=[ChatMessage(role="user", content=text)],
            max_tokens=MAX_TOKENS[i % 3],
            temperature=temperature,
            seed=i,
        )
        async with sem:
            resp = await backend.chat(req)
        return resp.choices[0].message.content or ""

    try:
        return list(await asyncio.gather(*(one(i, t) for i, t in enumerate(texts))))
    finally:
        await backend.aclose()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=450)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    args = ap.parse_args()
    texts = prompts(args.data, args.n)
    answers = asyncio.run(answer_all(texts))
    rows = [{"text": a.strip(), "label": 0, "kind": "model_answer", "category": "none",
             "lang": "en"} for a in answers if a.strip()]  # fmt: skip
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"wrote {len(rows)} answers to {OUT.name}")


if __name__ == "__main__":
    main()
