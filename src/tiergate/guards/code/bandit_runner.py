"""Python blocks through bandit's in-process API (no subprocess: ~1-6 ms per block)."""

from __future__ import annotations

import io
import logging
import re
import warnings

# bandit's plugin loader passes a deprecated stevedore argument; that warning is not ours to fix
# and must not fail callers that run with warnings as errors.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from bandit.core import config as b_config
    from bandit.core import manager as b_manager

from tiergate.guards.code.extract import CodeBlock
from tiergate.guards.code.findings import Finding, Level, cwe_id

# bandit warns that a snippet has no module path; that is expected here.
logging.getLogger("bandit").setLevel(logging.ERROR)

_CONFIG = b_config.BanditConfig()
# bandit's CWE for a few checks names the symptom, not the weakness: yaml.load is unsafe
# deserialization, eval/exec of a string is code injection.
_CWE = {"B506": "CWE-502", "B307": "CWE-95", "B102": "CWE-95", "B301": "CWE-502"}
# REPL prompts and notebook magics make otherwise valid Python unparsable; blank them out but
# keep the line count so line numbers stay true.
_REPL = re.compile(r"^(>>> |\.\.\. )", re.M)
_MAGIC = re.compile(r"^[ \t]*[!%].*$", re.M)


def prepare_python(code: str) -> str:
    return _MAGIC.sub("", _REPL.sub("", code))


def bandit_findings(block: CodeBlock) -> list[Finding] | None:
    """Findings for one Python block, or None if the block does not parse (caller falls back)."""
    source = prepare_python(block.code).encode("utf-8", "replace")
    # A fresh manager per call keeps this thread-safe; construction is cheap (plugins cached).
    # ignore_nosec: a model must not be able to silence the scanner with "# nosec".
    manager = b_manager.BanditManager(_CONFIG, "file", quiet=True, ignore_nosec=True)
    manager.metrics.begin("/snippet/block.py")
    try:
        manager._execute_ast_visitor("/snippet/block.py", io.BytesIO(source), source, {})
    except SyntaxError:
        return None
    out: list[Finding] = []
    for issue in manager.results:
        cwe = getattr(issue, "cwe", None)
        out.append(
            Finding(
                cwe=_CWE.get(issue.test_id)
                or cwe_id(getattr(cwe, "id", "") if cwe is not None else ""),
                rule=f"{issue.test_id}:{issue.test}",
                severity=_level(issue.severity),
                confidence=_level(issue.confidence),
                line=max(1, int(issue.lineno)),
                text_line=block.start_line + max(1, int(issue.lineno)) - 1,
                language="python",
                block_index=block.index,
                engine="bandit",
                message=str(issue.text),
            )
        )
    return out


def _level(value: object) -> Level:
    # bandit also has "UNDEFINED"; treat it as the weakest level rather than failing.
    text = str(value).lower()
    if text == "high":
        return "high"
    if text == "medium":
        return "medium"
    return "low"
