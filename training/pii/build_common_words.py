"""Build the common-word list the name tagger uses as a feature (dev-time only).

A word that people mostly write in lower case ("board", "budget", "green") is rarely a name even
when a sentence or a heading capitalises it; the tweets the tagger learns from cover few such
words, so the list comes from other train-split text: the English prompts and documents of
prompts_train.jsonl and injected_documents_train.jsonl (never a dev split).

    python training/pii/build_common_words.py [--data DIR] [--min-count 4]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/tiergate/guards/pii/data/common_words.txt"
DATA = ROOT.parent / "shared/data"
SOURCES = ("prompts_train.jsonl", "injected_documents_train.jsonl")
WORD = re.compile(r"(?<![\w@#.])([A-Za-z][a-z]+)(?![\w@])")
SENTENCE_START = re.compile(r"(?:^|[.!?:\n\"]\s*)$")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--min-count", type=int, default=4)
    args = ap.parse_args(argv)
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()  # capitalised where case is a choice (not sentence start)
    for name in SOURCES:
        with (args.data / name).open(encoding="utf-8") as fh:
            for line in fh:
                text = str(json.loads(line)["text"])
                for m in WORD.finditer(text):
                    w = m.group(1)
                    if w.islower():
                        lower[w] += 1
                    elif not SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
                        capital[w.lower()] += 1
    words = sorted(
        w for w, n in lower.items() if n >= args.min_count and n >= 4 * capital[w] and len(w) > 1
    )
    header = (
        "# Words written mostly in lower case in the train-split prompts and documents; "
        "built by training/pii/build_common_words.py\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
