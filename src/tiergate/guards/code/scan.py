"""``scan_code_blocks``: the insecure-code check as a plain function (shared by the ``code``
scanner and the evals' insecure-code suite). Python goes through bandit in-process; other
languages through semgrep when installed, else through the built-in regex rules."""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from pydantic import BaseModel, Field

from tiergate.errors import Unavailable
from tiergate.guards.code.bandit_runner import bandit_findings
from tiergate.guards.code.extract import CodeBlock, extract_code_blocks
from tiergate.guards.code.findings import Finding
from tiergate.guards.code.regex_rules import regex_findings
from tiergate.guards.code.semgrep_runner import find_semgrep, semgrep_findings

SemgrepMode = Literal["auto", "off", "require"]
_NOT_CODE = frozenset({"", "text", "json", "yaml"})


class CodeScanReport(BaseModel):
    """Findings plus what was (not) looked at, so a verdict can say so."""

    findings: list[Finding] = Field(default_factory=list)
    blocks: int = 0
    languages: list[str] = Field(default_factory=list)
    engines: list[str] = Field(default_factory=list)
    # Languages seen but only checked by the narrow regex fallback (semgrep absent/off).
    fallback_languages: list[str] = Field(default_factory=list)


def scan_code(
    text: str,
    *,
    languages: Collection[str] | None = None,
    semgrep: SemgrepMode = "auto",
    semgrep_path: str | None = None,
    semgrep_timeout_s: float = 60.0,
) -> CodeScanReport:
    """Scan every code block in ``text``. ``languages`` restricts which blocks are scanned
    (canonical names: python, javascript, typescript, java, c, cpp, go, bash, sql, php, ...).
    ``semgrep="require"`` raises ``Unavailable`` when semgrep is not installed."""
    blocks = [
        b
        for b in extract_code_blocks(text)
        if b.language not in _NOT_CODE and (languages is None or b.language in languages)
    ]
    report = CodeScanReport(blocks=len(blocks), languages=sorted({b.language for b in blocks}))
    others: list[CodeBlock] = []
    engines: set[str] = set()
    for block in blocks:
        if block.language != "python":
            others.append(block)
            continue
        found = bandit_findings(block)
        engines.add("bandit" if found is not None else "regex")
        if found is None:
            report.findings.extend(regex_findings(block))
        else:
            # bandit has no check for path traversal, SSRF, redirects, template injection...
            report.findings.extend(found + regex_findings(block, beside_bandit=True))
    if others:
        engine, found = _scan_others(others, semgrep, semgrep_path, semgrep_timeout_s)
        engines.add(engine)
        report.findings.extend(found)
        if engine == "regex":
            report.fallback_languages = sorted({b.language for b in others})
    report.findings = _dedupe(report.findings)
    report.engines = sorted(engines)
    return report


def scan_code_blocks(text: str, *, languages: Collection[str] | None = None) -> list[Finding]:
    """Stable API for the eval engine: every insecure pattern in the code of ``text`` (fenced
    markdown blocks, or the whole text when it is plainly code), sorted by block and line.
    Uses semgrep for non-Python code when it is installed, the regex fallback otherwise."""
    return scan_code(text, languages=languages).findings


def _scan_others(
    blocks: list[CodeBlock], mode: SemgrepMode, path: str | None, timeout_s: float
) -> tuple[str, list[Finding]]:
    """Non-Python blocks: the regex rules always, plus one semgrep call when it is installed
    (a broken semgrep in "auto" mode must not take the scanner down). The regex rules cover
    more sinks and languages than the shipped semgrep rules, which add structure-aware matches;
    on the hand-written corpora semgrep alone caught fewer (bench/insecure_code.py)."""
    regex = [f for block in blocks for f in regex_findings(block)]
    executable = None if mode == "off" else find_semgrep(path)
    if executable is None and mode == "require":
        raise Unavailable("semgrep is not installed: pip install 'tiergate[semgrep]'")
    if executable is not None:
        try:
            found = semgrep_findings(blocks, executable=executable, timeout_s=timeout_s)
            return "semgrep", found + regex
        except Unavailable:
            if mode == "require":
                raise
    return "regex", regex


def _dedupe(findings: list[Finding]) -> list[Finding]:
    # Two rules (or engines) often flag the same weakness on the same line; keep the riskiest.
    best: dict[tuple[int, int, str], Finding] = {}
    for f in findings:
        key = (f.block_index, f.line, f.cwe)
        if key not in best or f.risk > best[key].risk:
            best[key] = f
    return sorted(best.values(), key=lambda f: (f.block_index, f.line, f.cwe, f.rule))
