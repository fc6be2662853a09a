"""The hand-written test lists under ``tests/guards/data`` (one text per line)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"


def lines(name: str) -> list[str]:
    """The non-empty lines of ``data/<name>``, stripped."""
    text = (DATA / name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]
