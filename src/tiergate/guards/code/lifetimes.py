"""C / C++: memory used, or freed again, after ``free`` / ``delete`` on the same straight-line
stretch of code. A regular expression cannot follow a pointer from one line to the next; this
walks the lines after each free until the path could branch away (``return``, ``goto``, the
end of the enclosing block) or the pointer is assigned again, so ``free(p); p = NULL;`` and
``if (err) { free(p); return -1; }`` stay quiet."""

from __future__ import annotations

import re

from tiergate.guards.code.extract import CodeBlock
from tiergate.guards.code.findings import Finding

_FREE = re.compile(
    r"\b(?:free\s*\(\s*(?P<a>[\w\->.\[\]]+)\s*\)|delete\s*(?:\[\s*\]\s*)?(?P<b>[\w\->.]+)\s*;)"
)
_LEAVES = re.compile(r"\b(?:return|goto|break|continue|exit|_exit|abort|longjmp|throw)\b")
_MESSAGES = {
    "CWE-415": "memory freed twice (double free)",
    "CWE-416": "memory used after it was freed",
}


def freed_then_used(block: CodeBlock) -> list[Finding]:
    lines = block.code.split("\n")
    out: list[Finding] = []
    for i, line in enumerate(lines):
        for m in _FREE.finditer(line):
            hit = _after_free(lines, i, m.end(), m.group("a") or m.group("b"))
            if hit is None:
                continue
            number, cwe = hit
            out.append(
                Finding(
                    cwe=cwe, rule="tiergate.c-freed-then-used", severity="high",
                    confidence="medium", line=number, text_line=block.start_line + number - 1,
                    language=block.language, block_index=block.index, engine="regex",
                    message=_MESSAGES[cwe],
                )
            )  # fmt: skip
    return out


def _after_free(lines: list[str], i: int, end: int, target: str) -> tuple[int, str] | None:
    """(1-based line, CWE) of the first use or second free of ``target`` after line ``i``."""
    name = re.escape(target)
    use = re.compile(rf"(?<![\w>.]){name}(?!\w)")
    again = re.compile(rf"\b(?:free\s*\(\s*{name}\s*\)|delete\s*(?:\[\s*\]\s*)?{name}\s*;)")
    assigned = re.compile(rf"(?<![\w>.]){name}\s*=(?!=)")
    indent = _indent(lines[i])
    rest = [lines[i][end:], *lines[i + 1 :]]
    for k, text in enumerate(rest):
        code = text.split("//", 1)[0]
        if _block_ends(k, code, text, indent):
            return None  # the block that freed it ended: the next line may be another path
        if assigned.search(code):
            return None
        if again.search(code):
            return i + k + 1, "CWE-415"
        if use.search(code):
            return i + k + 1, "CWE-416"
        if _LEAVES.search(code):
            return None
    return None


def _block_ends(k: int, code: str, text: str, indent: int) -> bool:
    if k == 0:
        return "}" in code  # "~Buffer() { delete[] data_; }"
    return code.strip().startswith("}") and _indent(text) < indent


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
