"""Insecure-code checks for model output.

Stable API (the ``code`` scanner and the evals' insecure-code suite/scorer use it):

- ``scan_code_blocks(text, *, languages=None) -> list[Finding]``: every finding in the code of
  ``text``, sorted by block and line. ``Finding``: cwe ("CWE-89"), rule, severity and
  confidence (low|medium|high), line (1-based in the block), text_line (1-based in ``text``),
  language, block_index, engine (bandit|semgrep|regex), message; ``.risk`` = severity weight x
  confidence weight in [0, 1].
- ``scan_code(text, *, languages, semgrep="auto"|"off"|"require", semgrep_path,
  semgrep_timeout_s) -> CodeScanReport`` (findings + blocks, languages, engines, and
  ``fallback_languages``: languages only checked by the regex fallback).
- ``extract_code_blocks(text)``: fenced blocks (``` or ~~~, tagged or not, an unterminated last
  fence runs to the end); with no fences, the whole text if it is plainly code.

Engines: Python -> bandit in-process (``# nosec`` is ignored; unparsable Python -> regex).
Other languages -> one semgrep call over all blocks with ``rules/semgrep.yml`` (local rules,
``--metrics=off``, never the registry) when semgrep is installed (``tiergate[semgrep]``);
otherwise the built-in regex rules in ``regex_rules.py``. The fallback covers the common
cases only: secrets (private keys, AWS keys, hard-coded passwords), SQL built by string
concatenation, JS eval/new Function/child_process/innerHTML/weak hash/TLS off, Java
Runtime.exec/weak hash and cipher/ObjectInputStream, C gets/strcpy/sprintf/scanf/system/format
strings, Go shell exec/TLS off/weak hash/Sprintf SQL, shell curl|sh/chmod 777/eval/TLS off, PHP
request input to eval/system/unserialize. Verdicts say which languages it alone checked.
"""

from tiergate.guards.code.extract import CodeBlock, extract_code_blocks, guess_language
from tiergate.guards.code.findings import Finding
from tiergate.guards.code.scan import CodeScanReport, scan_code, scan_code_blocks

__all__ = [
    "CodeBlock",
    "CodeScanReport",
    "Finding",
    "extract_code_blocks",
    "guess_language",
    "scan_code",
    "scan_code_blocks",
]
