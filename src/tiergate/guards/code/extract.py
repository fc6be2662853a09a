"""Find code in model output: fenced markdown blocks (tagged or not), or the whole text when it
is plainly code. Untagged blocks get a language guessed from cheap, conservative signals."""

from __future__ import annotations

import ast
import re

from pydantic import BaseModel, Field

# ``` or ~~~ fences, up to 3 spaces of indent; an unterminated last fence runs to the end of the
# text (a streamed or truncated answer still gets scanned).
_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$", re.MULTILINE)

LANG_ALIASES: dict[str, str] = {
    "py": "python", "python3": "python", "py3": "python", "python": "python", "ipython": "python",
    "pycon": "python", "js": "javascript", "javascript": "javascript", "jsx": "javascript",
    "node": "javascript", "nodejs": "javascript", "mjs": "javascript", "ts": "typescript",
    "typescript": "typescript", "tsx": "typescript", "sh": "bash", "bash": "bash",
    "shell": "bash", "zsh": "bash", "console": "bash", "shell-session": "bash", "c": "c",
    "h": "c", "cpp": "cpp", "c++": "cpp", "cc": "cpp", "cxx": "cpp", "hpp": "cpp",
    "java": "java", "go": "go", "golang": "go", "sql": "sql", "mysql": "sql", "postgresql": "sql",
    "psql": "sql", "sqlite": "sql", "plsql": "sql", "tsql": "sql", "php": "php", "ruby": "ruby",
    "rb": "ruby", "csharp": "csharp", "cs": "csharp", "c#": "csharp", "rust": "rust", "rs": "rust",
    "kotlin": "kotlin", "kt": "kotlin", "yaml": "yaml", "yml": "yaml", "json": "json",
    "text": "text", "txt": "text", "plaintext": "text", "markdown": "text", "md": "text",
}  # fmt: skip


class CodeBlock(BaseModel):
    """One piece of code. ``start_line`` is the 1-based line of the block's first code line in the
    scanned text, so ``start_line + line - 1`` maps a block line back to the text."""

    index: int = Field(ge=0)
    language: str
    code: str
    start_line: int = Field(ge=1)
    tagged: bool


def normalize_language(tag: str) -> str:
    """A fence info string (``python title="x.py"``, ``{.js}``) -> canonical language or ''."""
    word = tag.strip().lstrip("{.").split(None, 1)[0] if tag.strip() else ""
    word = word.rstrip("}").lower()
    return LANG_ALIASES.get(word, word)


def extract_code_blocks(text: str, *, whole_text_fallback: bool = True) -> list[CodeBlock]:
    """Fenced blocks in order; if there are none and the whole text looks like code, one block."""
    blocks: list[CodeBlock] = []
    pos = 0
    while (m := _FENCE.search(text, pos)) is not None:
        fence, info = m.group("fence"), m.group("info")
        body_start = m.end() + 1
        close = re.compile(rf"^[ ]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.M)
        end_m = close.search(text, body_start)
        body_end = end_m.start() if end_m else len(text)
        code = text[body_start:body_end] if body_start <= len(text) else ""
        start_line = text.count("\n", 0, min(body_start, len(text))) + 1
        tag = normalize_language(info)
        language = tag if tag else guess_language(code)
        blocks.append(
            CodeBlock(
                index=len(blocks), language=language, code=code, start_line=start_line,
                tagged=bool(tag),
            )
        )  # fmt: skip
        pos = end_m.end() if end_m else len(text)
    if not blocks and whole_text_fallback:
        language = guess_language(text, strict=True)
        if language:
            blocks.append(
                CodeBlock(index=0, language=language, code=text, start_line=1, tagged=False)
            )
    return blocks


_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("php", re.compile(r"<\?php")),
    ("cpp", re.compile(r"^\s*#include\s*<(iostream|vector|string|map|memory)>|std::", re.M)),
    ("c", re.compile(r"^\s*#include\s*[<\"]", re.M)),
    ("java", re.compile(r"\bpublic\s+(static\s+)?(class|void)\b|System\.out\.print")),
    ("go", re.compile(r"^package\s+\w+\s*$|^func\s+\w*\s*\(|\bfmt\.Print", re.M)),
    ("csharp", re.compile(r"^\s*using\s+System\b|Console\.Write", re.M)),
    ("rust", re.compile(r"^\s*fn\s+\w+\s*\(|\blet\s+mut\b|println!\(", re.M)),
    ("typescript", re.compile(r"^\s*(interface|type)\s+\w+\s*[={]|:\s*(string|number)\b", re.M)),
    (
        "javascript",
        re.compile(
            r"^\s*(const|let|var)\s+\w+\s*=|\bfunction\s*\w*\s*\(|=>|console\.log|require\(",
            re.M,
        ),
    ),
    (
        "sql",
        re.compile(
            r"^\s*(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)",
            re.M | re.I,
        ),
    ),
    (
        "bash",
        re.compile(
            r"^\s*(#!/bin/(ba)?sh|\$ |sudo |apt(-get)? |curl |wget |chmod |rm |export |echo |"
            r"cd |ls |grep |mkdir |pip |npm |docker |git )",
            re.M,
        ),
    ),
)
_PY_SIGNAL = re.compile(
    r"^\s*(def |class |import |from \S+ import |print\(|if __name__|@\w+|for \w+ in |with )", re.M
)


def guess_language(code: str, *, strict: bool = False) -> str:
    """Best guess for untagged code; '' if it does not look like code. ``strict`` (whole text, no
    fences) demands a positive signal, so prose is never mistaken for code."""
    stripped = code.strip()
    if not stripped:
        return ""
    if stripped.startswith("#!") and "python" in stripped.splitlines()[0]:
        return "python"
    if _PY_SIGNAL.search(code) and _parses_as_python(code):
        return "python"
    for language, pattern in _SIGNALS:
        if pattern.search(code):
            return language
    if not strict and _parses_as_python(code) and ("\n" in stripped or "(" in stripped):
        return "python"
    return ""


def _parses_as_python(code: str) -> bool:
    try:
        ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return True
