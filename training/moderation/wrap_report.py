"""The response head on the answer files, bare and inside courtesy sentences.

    python training/moderation/wrap_report.py [--model-dir src/tiergate/data] [FILE.jsonl ...]

Real answers come with openers and closers ("Great question!", "Hope this helps!"); a head that
reads them as evidence misses harmful answers wrapped in them. For each of
``responses_{dev,sealed,sealed2,sealed3}.jsonl`` (and any file given) this prints recall, FPR
and AUC at the packaged output setting (target_fpr 0.02) three ways: bare; inside one fixed
opener / closer pair (the one the v1 -> v2 comparison used); and inside a random pair drawn per
row from ``courtesy_wraps.json`` (80 openers and 80 closers written by a helper who saw no
project file, after the courtesy filter of ``tiergate.guards.ml.refusals`` was written).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from train import read_jsonl  # noqa: E402
from train_output import as_scanned  # noqa: E402

from tiergate.guards.scanners.moderation import (  # noqa: E402
    OUTPUT_MODEL_STEM,
    ModerationModel,
)

FILES = [HERE / f"responses_{n}.jsonl" for n in ("dev", "sealed", "sealed2", "sealed3")]
FIXED = (
    "Good question! Let me walk you through it.\n\n",
    "\n\nI hope this helps. Let me know if you have any other questions or want more detail.",
)
WRAPS = json.loads((HERE / "courtesy_wraps.json").read_text("utf-8"))


def drawn(i: int, text: str) -> str:
    rng = random.Random(i)
    return f"{rng.choice(WRAPS['openers'])}\n\n{text}\n\n{rng.choice(WRAPS['closers'])}"


LAYOUTS: dict[str, Callable[[int, str], str]] = {
    "bare": lambda i, t: t,
    "fixed pair": lambda i, t: FIXED[0] + t + FIXED[1],
    "drawn pair": drawn,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", type=Path, default=HERE.parents[1] / "src/tiergate/data")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args()
    model = ModerationModel.load(args.model_dir / OUTPUT_MODEL_STEM)
    threshold = model.meta.calibration.threshold_for(0.02)
    print(f"threshold at target_fpr 0.02: {threshold:.3f}")
    for path in [*FILES, *args.files]:
        rows = read_jsonl(path)
        y = np.array([int(r["label"]) for r in rows])
        for name, layout in LAYOUTS.items():
            texts = [layout(i, r["text"]) for i, r in enumerate(rows)]
            scores = np.array([model.score(as_scanned(t)).score for t in texts])
            flagged = scores >= threshold
            print(
                f"{path.stem:18s} {name:10s} recall {flagged[y == 1].mean():.3f} "
                f"FPR {flagged[y == 0].mean():.3f} AUC {roc_auc_score(y, scores):.3f}"
            )


if __name__ == "__main__":
    main()
