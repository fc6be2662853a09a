"""JSON Lines reading shared by the bench scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    # Iterating the file splits on "\n" only; str.splitlines() would also split inside a row
    # holding a raw U+2028 or U+0085, which hand-written corpora may carry.
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
