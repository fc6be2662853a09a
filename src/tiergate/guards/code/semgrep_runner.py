"""Non-Python blocks through the semgrep CLI with the rules shipped in this package.

semgrep is an optional extra (``pip install 'tiergate[semgrep]'``, ~390 MB); each CLI call costs
2-3 s of startup, so all blocks of one text go to a single call, and the caller only invokes it
when there is non-Python code. Never ``--config auto`` or registry packs: they need the network.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.resources import files
from pathlib import Path
from typing import Any

from tiergate.errors import Unavailable
from tiergate.guards.code.extract import CodeBlock
from tiergate.guards.code.findings import Finding, Level, cwe_id

EXTENSIONS: dict[str, str] = {
    "javascript": ".js", "typescript": ".ts", "java": ".java", "c": ".c", "cpp": ".cpp",
    "go": ".go", "bash": ".sh", "php": ".php", "sql": ".sql", "ruby": ".rb", "csharp": ".cs",
    "kotlin": ".kt", "rust": ".rs", "yaml": ".yaml",
}  # fmt: skip


def rules_path() -> Path:
    return Path(str(files("tiergate.guards.code").joinpath("rules/semgrep.yml")))


def find_semgrep(explicit: str | None = None) -> str | None:
    """The semgrep executable: an explicit path, the one next to this interpreter (a venv that
    is not activated), or the one on PATH."""
    if explicit:
        return explicit if Path(explicit).exists() else None
    beside = Path(sys.executable).parent / "semgrep"
    if beside.exists():
        return str(beside)
    return shutil.which("semgrep")


def semgrep_findings(
    blocks: list[CodeBlock], *, executable: str, timeout_s: float = 60.0
) -> list[Finding]:
    """One semgrep call over all ``blocks`` (each written to its own file)."""
    runnable = [b for b in blocks if b.language in EXTENSIONS]
    if not runnable:
        return []
    with tempfile.TemporaryDirectory(prefix="tiergate-code-") as tmp:
        by_name: dict[str, CodeBlock] = {}
        for block in runnable:
            name = f"block{block.index}{EXTENSIONS[block.language]}"
            Path(tmp, name).write_text(block.code, encoding="utf-8")
            by_name[name] = block
        results = _run(executable, tmp, timeout_s)
    out: list[Finding] = []
    for result in results:
        found = by_name.get(Path(str(result.get("path", ""))).name)
        if found is None:
            continue
        meta = result.get("extra", {}).get("metadata", {})
        line = max(1, int(result.get("start", {}).get("line", 1)))
        out.append(
            Finding(
                cwe=cwe_id(_first(meta.get("cwe", ""))),
                rule=f"tiergate.{str(result.get('check_id', '')).rsplit('.', 1)[-1]}",
                severity=_level(meta.get("severity")), confidence=_level(meta.get("confidence")),
                line=line, text_line=found.start_line + line - 1, language=found.language,
                block_index=found.index, engine="semgrep",
                message=str(result.get("extra", {}).get("message", "")),
            )
        )  # fmt: skip
    return out


def _run(executable: str, target: str, timeout_s: float) -> list[dict[str, Any]]:
    cmd = [
        executable, "scan", "--config", str(rules_path()), "--json", "--quiet",
        "--metrics=off", "--disable-version-check", "--no-git-ignore", target,
    ]  # fmt: skip
    env = {**os.environ, "SEMGREP_SEND_METRICS": "off", "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    try:
        proc = subprocess.run(  # fixed argv, no shell
            cmd, capture_output=True, text=True, timeout=timeout_s, env=env, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Unavailable(f"semgrep failed to run: {exc}") from exc
    try:
        report = json.loads(proc.stdout or "{}")
    except json.JSONDecodeError as exc:
        raise Unavailable(f"semgrep gave no JSON (exit {proc.returncode})") from exc
    results = report.get("results", []) if isinstance(report, dict) else []
    return [r for r in results if isinstance(r, dict)]


def _first(value: object) -> object:
    return value[0] if isinstance(value, list) and value else value


def _level(value: object) -> Level:
    text = str(value).lower()
    if text in {"high", "error"}:
        return "high"
    if text in {"medium", "warning"}:
        return "medium"
    return "low"
