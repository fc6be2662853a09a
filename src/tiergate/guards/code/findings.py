"""The one result type of the insecure-code checks, shared by the scanner and the eval suite."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Level = Literal["low", "medium", "high"]
Engine = Literal["bandit", "semgrep", "regex"]

LEVEL_RANK: dict[str, int] = {"low": 0, "medium": 1, "high": 2}
SEVERITY_WEIGHT: dict[str, float] = {"low": 0.3, "medium": 0.6, "high": 1.0}
CONFIDENCE_WEIGHT: dict[str, float] = {"low": 0.5, "medium": 0.8, "high": 1.0}


class Finding(BaseModel):
    """One insecure pattern. ``line`` is 1-based within the code block; ``text_line`` is the
    1-based line in the scanned text (what a person looks at)."""

    cwe: str  # "CWE-89"; "CWE-unknown" when the engine gave none
    rule: str  # bandit test id (B608), semgrep/regex rule id
    severity: Level
    confidence: Level
    line: int = Field(ge=1)
    text_line: int = Field(ge=1)
    language: str
    block_index: int = Field(ge=0)
    engine: Engine
    message: str = ""

    @property
    def risk(self) -> float:
        """0..1: severity weight x confidence weight."""
        return SEVERITY_WEIGHT[self.severity] * CONFIDENCE_WEIGHT[self.confidence]


def cwe_id(value: object) -> str:
    """Normalise 78, "78", "CWE-78", "CWE-78: OS Command Injection" -> "CWE-78"."""
    text = str(value).strip()
    if not text or text in {"0", "None"}:
        return "CWE-unknown"
    head = text.split(":", 1)[0].strip().upper()
    return head if head.startswith("CWE-") else f"CWE-{head}"
