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
        if line.lstrip().startswith(("*", "/*", "//", "extern")):
            continue  # documentation and declarations free nothing
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
    # The rest of the free's own line, within reason: a minified 40 kB line of frees must not
    # make every free rescan it.
    rest = [lines[i][end : end + 400], *lines[i + 1 :]]
    for k, text in enumerate(rest):
        code = text.split("//", 1)[0]
        if k == 0 and _LEAVES.search(code):
            return None  # "{ free(p); return -1; }"
        if _block_ends(k, code, text, indent):
            # The block that freed it ended without leaving: the next line may be another
            # path, but when that block was a branch, a second free of the same pointer
            # later in the enclosing block runs on this path too.
            if _opens_branch(lines, i, _indent(text)) and not _OTHER_PATH.search(code):
                return _freed_again(rest[k + 1 :], i + k + 1, again, assigned, _indent(text))
            return None
        if (hit := assigned.search(code)) is not None:
            # "p = p->next" after free(p) reads the freed node before it lets go of it.
            return (i + k + 1, "CWE-416") if use.search(code, hit.end()) else None
        if again.search(code):
            return i + k + 1, "CWE-415"
        if use.search(code):
            return i + k + 1, "CWE-416"
        if (jump := _GOTO.search(code)) is not None:
            # "free(p); goto cleanup;" ... "cleanup: free(p);"
            return _freed_after_label(lines, i + k + 1, jump.group(1), again, assigned)
        if _LEAVES.search(code):
            return None
    return None


_GOTO = re.compile(r"\bgoto\s+(\w+)\s*;")


def _freed_after_label(
    lines: list[str], start: int, label: str, again: re.Pattern[str], assigned: re.Pattern[str]
) -> tuple[int, str] | None:
    """A second free of the pointer after ``label:``, where a ``goto`` from the freeing path
    lands: the code after the label is read like the rest of a block (``_freed_again``)."""
    at = re.compile(rf"^\s*{re.escape(label)}\s*:")
    for j in range(start, len(lines)):
        if at.match(lines[j]):
            return _freed_again(lines[j + 1 :], j + 1, again, assigned, 0)
    return None


_OTHER_PATH = re.compile(r"\b(?:else|catch)\b")
_BRANCH = re.compile(r"^(?:\}\s*)?(?:if|else|catch|__catch|try|__try)\b")


def _opens_branch(lines: list[str], i: int, close_indent: int) -> bool:
    """Whether the block around line ``i`` that closes at ``close_indent`` is an if / else /
    catch body (not a function or loop body, whose end is the end of the path)."""
    if close_indent == 0:
        return False
    for line in reversed(lines[:i]):
        stripped = line.strip()
        if not stripped or stripped == "{" or _indent(line) > close_indent:
            continue
        return _indent(line) == close_indent and bool(_BRANCH.match(stripped))
    return False


def _freed_again(
    rest: list[str], offset: int, again: re.Pattern[str], assigned: re.Pattern[str], indent: int
) -> tuple[int, str] | None:
    """A second free of the pointer in the enclosing block after the branch that freed it
    closed (``if (bad) { free(p); }`` ... ``free(p);``). An ``else`` branch, a reassignment, a
    jump or leaving the enclosing block stop the search."""
    for k, text in enumerate(rest):
        code = text.split("//", 1)[0]
        stripped = code.strip()
        if not stripped or stripped.startswith(("*", "/*")):
            continue
        if _indent(text) < indent or stripped.startswith(("else", "}", "catch")):
            return None
        if again.search(code):
            return offset + k + 1, "CWE-415"
        if assigned.search(code) or _LEAVES.search(code):
            return None
    return None


def _block_ends(k: int, code: str, text: str, indent: int) -> bool:
    if k == 0:
        return "}" in code  # "~Buffer() { delete[] data_; }"
    return code.strip().startswith("}") and _indent(text) < indent


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
