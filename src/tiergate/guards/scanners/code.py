"""``code``: insecure code in model output (bandit for Python, semgrep or a regex fallback for
other languages). Verdict details carry CWE ids and lines; the action follows per-severity
configuration."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from tiergate.guards.base import ACTION_RANK, Action, ScanContext, Verdict
from tiergate.guards.code.findings import LEVEL_RANK, Finding, Level
from tiergate.guards.code.scan import CodeScanReport, SemgrepMode, scan_code


class SeverityActions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    low: Action = "allow"
    medium: Action = "allow"
    high: Action = "block"


class CodeParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    actions: SeverityActions = Field(default_factory=SeverityActions)
    # Findings below this confidence are dropped (bandit's low-confidence checks are noisy).
    min_confidence: Level = "medium"
    # Canonical language names to scan; None = all.
    languages: list[str] | None = None
    # Rule ids to ignore: asserts (B101), "import pickle/subprocess" notes (B403, B404),
    # "subprocess without shell" (B603) and "program without a full path" (B607: ["ping", ...])
    # are normal in example code; the dangerous calls themselves (shell=True, pickle.loads)
    # have their own rules.
    skip_rules: list[str] = Field(default_factory=lambda: ["B101", "B403", "B404", "B603", "B607"])
    semgrep: SemgrepMode = "auto"
    semgrep_path: str | None = None
    semgrep_timeout_s: float = Field(default=60.0, gt=0)


class CodeScanner:
    name: ClassVar[str] = "code"
    Params: ClassVar[type[BaseModel]] = CodeParams
    stages: ClassVar[frozenset[str]] = frozenset({"output", "document", "tool"})

    def __init__(self, params: BaseModel) -> None:
        self.params = (
            params if isinstance(params, CodeParams) else CodeParams.model_validate(params)
        )

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        if "```" not in text and "~~~" not in text and len(text) < 20:
            return Verdict()
        # bandit and semgrep block the CPU (semgrep for seconds): keep the event loop free.
        report = await asyncio.to_thread(self.report, text)
        return self.verdict(report)

    def report(self, text: str) -> CodeScanReport:
        p = self.params
        return scan_code(
            text, languages=p.languages, semgrep=p.semgrep, semgrep_path=p.semgrep_path,
            semgrep_timeout_s=p.semgrep_timeout_s,
        )  # fmt: skip

    def verdict(self, report: CodeScanReport) -> Verdict:
        kept = [f for f in report.findings if self._keep(f)]
        details: dict[str, object] = {
            "findings": [f.model_dump() for f in kept],
            "engines": report.engines,
        }
        if report.fallback_languages:
            details["not_scanned_by_semgrep"] = report.fallback_languages
        if not kept:
            return Verdict(reason=_fallback_note(report), details=details)
        action: Action = "allow"
        for f in kept:
            candidate = getattr(self.params.actions, f.severity)
            if ACTION_RANK[candidate] > ACTION_RANK[action]:
                action = candidate
        return Verdict(
            action=action, score=round(max(f.risk for f in kept), 4),
            reason=_summary(kept) + _fallback_note(report, prefix="; "), details=details,
        )  # fmt: skip

    def _keep(self, f: Finding) -> bool:
        if LEVEL_RANK[f.confidence] < LEVEL_RANK[self.params.min_confidence]:
            return False
        return not any(f.rule == r or f.rule.startswith(f"{r}:") for r in self.params.skip_rules)


def _summary(findings: list[Finding]) -> str:
    """'insecure code: CWE-78 (block 0 line 3), CWE-89 (block 1 lines 2, 5)'."""
    lines: dict[tuple[str, int], list[int]] = {}
    for f in findings:
        lines.setdefault((f.cwe, f.block_index), []).append(f.line)
    parts = []
    for (cwe, block), nums in lines.items():
        label = "line" if len(nums) == 1 else "lines"
        parts.append(f"{cwe} (block {block} {label} {', '.join(map(str, sorted(set(nums))))})")
    return "insecure code: " + ", ".join(parts)


def _fallback_note(report: CodeScanReport, prefix: str = "") -> str:
    if not report.fallback_languages:
        return ""
    langs = ", ".join(report.fallback_languages)
    return f"{prefix}semgrep not installed: {langs} checked by built-in rules only"


__all__ = ["CodeParams", "CodeScanner", "SeverityActions"]
