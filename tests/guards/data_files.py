"""The hand-written test lists under ``tests/guards/data`` (one text per line), what a scanner
blocks of them, and known misses as strict xfails."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from tiergate.guards.base import ScanContext, Scanner

DATA = Path(__file__).parent / "data"


def lines(name: str) -> list[str]:
    """The non-empty lines of ``data/<name>``, stripped."""
    text = (DATA / name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


async def blocked_texts(scanner: Scanner, texts: list[str]) -> list[str]:
    """The texts ``scanner`` blocks as a user's message (stage input)."""
    # A context per text, as the gateway builds one per request.
    verdicts = [await scanner.scan(t, ScanContext(stage="input")) for t in texts]
    return [t for t, v in zip(texts, verdicts, strict=True) if v.action == "block"]


def with_known_misses(names: Iterable[str], misses: dict[str, str]) -> list[Any]:
    """``names`` as test parameters, those in ``misses`` as strict xfails with their reason."""
    return [
        pytest.param(
            name,
            marks=[pytest.mark.xfail(strict=True, reason=f"{misses[name]} (known limit)")]
            if name in misses
            else [],
        )
        for name in sorted(names)
    ]
