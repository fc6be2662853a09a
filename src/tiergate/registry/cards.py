"""Model cards as Hugging Face writes them: YAML front matter (structured fields) + markdown."""

from __future__ import annotations

from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from tiergate.errors import BadRequest

CARD_FIELDS = ("license", "source", "intended_use")


class ParsedCard(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    license: str | None = None
    source: str | None = None
    intended_use: str | None = None
    ignored: list[str] = Field(default_factory=list)


def parse_card(raw: str) -> ParsedCard:
    """Split front matter from the body; front-matter keys other than the card fields are
    reported as ignored rather than silently dropped."""
    if not raw.startswith("---"):
        return ParsedCard(text=raw)
    head, sep, body = raw[3:].partition("\n---")
    if not sep:
        raise BadRequest("card front matter starts with '---' but never ends")
    try:
        meta: Any = yaml.safe_load(head) or {}
    except yaml.YAMLError as exc:
        raise BadRequest(f"card front matter is not valid YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise BadRequest("card front matter must be a mapping")
    meta = {str(k).replace("-", "_"): v for k, v in meta.items()}
    values = {k: _text(meta[k]) for k in CARD_FIELDS if meta.get(k) is not None}
    ignored = sorted(k for k in meta if k not in CARD_FIELDS)
    return ParsedCard(text=body.lstrip("-").lstrip("\n"), ignored=ignored, **values)


def _text(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)
