"""The rows of ``pii_train.jsonl`` that both classifiers fit as harmless (``--pii-texts``):
tweets and synthetic PII records, none an attack or a request for harm. One selection for both,
so that injection and moderation read the same rows."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def lowest_hash_rows(data: Path, n: int) -> list[dict[str, Any]]:
    """The ``n`` rows of ``data/pii_train.jsonl`` whose ids hash lowest (SHA-256): the same
    ``n`` on every run, spread over the file's sources."""
    with (data / "pii_train.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows.sort(key=lambda r: hashlib.sha256(str(r["id"]).encode()).hexdigest())
    return rows[:n]
