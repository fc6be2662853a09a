"""Built-in regex rules: the fallback for non-Python code when semgrep is not installed, and for
Python that does not parse. Line-oriented and deliberately narrow (each pattern names the
dangerous call together with its dangerous argument) so that ordinary code does not trip them;
they catch the most common issues, not everything semgrep would."""

# ruff: noqa: E501  (patterns read best unwrapped)
from __future__ import annotations

import re
from dataclasses import dataclass

from tiergate.guards.code.extract import CodeBlock
from tiergate.guards.code.findings import Finding, Level

ANY = frozenset({"*"})
JS = frozenset({"javascript", "typescript"})
C = frozenset({"c", "cpp"})
_SQL_VERB = r"(?:SELECT\s.+?\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)"


@dataclass(frozen=True)
class RegexRule:
    id: str
    languages: frozenset[str]
    pattern: re.Pattern[str]
    cwe: str
    severity: Level
    confidence: Level
    message: str


def _r(
    rid: str, langs: frozenset[str] | set[str], pattern: str, cwe: str, sev: Level, conf: Level,
    msg: str, flags: int = 0,
) -> RegexRule:  # fmt: skip
    return RegexRule(rid, frozenset(langs), re.compile(pattern, flags), cwe, sev, conf, msg)


RULES: tuple[RegexRule, ...] = (
    # --- secrets, any language
    _r("hardcoded-private-key", ANY, r"-----BEGIN (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----",
       "CWE-798", "high", "high", "private key embedded in code"),
    _r("hardcoded-aws-key", ANY, r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", "CWE-798", "high", "high",
       "AWS access key id embedded in code"),
    _r("hardcoded-password", ANY,
       r"""\b(?:password|passwd|pwd|secret|api_?key|access_?token)\w*["']?(?:\s*:\s*\w+)?\s*[:=]+\s*["'][^"'\s$%{}<>]{6,}["']""",
       "CWE-798", "medium", "medium", "hard-coded credential", re.I),
    # --- JavaScript / TypeScript
    _r("js-eval", JS, r"\beval\s*\((?!\s*['\"][^'\"]*['\"]\s*\))", "CWE-95", "high", "medium",
       "eval() of a non-literal"),
    _r("js-new-function", JS, r"\bnew\s+Function\s*\(", "CWE-95", "medium", "medium",
       "new Function() compiles code from a string"),
    _r("js-child-process-exec", JS,
       r"\b(?:exec|execSync)\s*\(\s*(?:`[^`]*\$\{|['\"][^'\"]*['\"]\s*\+|[a-zA-Z_]\w*\s*[,)])",
       "CWE-78", "high", "medium", "shell command built from variables (child_process.exec)"),
    _r("js-innerhtml", JS, r"\.(?:innerHTML|outerHTML)\s*\+?=\s*(?!['\"`][^'\"`$]*['\"`]\s*;?\s*$)",
       "CWE-79", "medium", "medium", "assignment of dynamic HTML (XSS)", re.M),
    _r("js-document-write", JS, r"\bdocument\.write(?:ln)?\s*\(", "CWE-79", "medium", "low",
       "document.write of dynamic content (XSS)"),
    _r("js-weak-hash", JS, r"createHash\(\s*['\"](?:md5|sha1)['\"]", "CWE-327", "medium", "high",
       "weak hash (MD5/SHA-1)"),
    _r("js-tls-off", JS, r"rejectUnauthorized\s*:\s*false|NODE_TLS_REJECT_UNAUTHORIZED\s*=\s*['\"]?0",
       "CWE-295", "high", "high", "TLS certificate validation disabled"),
    # --- SQL built by string concatenation / interpolation (any language)
    _r("sql-string-concat", ANY,
       rf"""(["'`])\s*{_SQL_VERB}(?:(?!\1).)*?(?:\1\s*(?:\+|\.)\s*\$?\w|\$\{{|%s|\{{\w*\}}|#\{{)""",
       "CWE-89", "high", "medium", "SQL query built from strings (SQL injection)", re.I),
    # --- Java
    _r("java-runtime-exec", {"java", "kotlin"}, r"Runtime\.getRuntime\(\)\.exec\s*\((?!\s*\")",
       "CWE-78", "high", "medium", "Runtime.exec with a non-literal command"),
    _r("java-weak-hash", {"java", "kotlin"},
       r"MessageDigest\.getInstance\(\s*\"(?:MD5|MD2|SHA-?1)\"", "CWE-327", "medium", "high",
       "weak hash (MD5/SHA-1)", re.I),
    _r("java-weak-cipher", {"java", "kotlin"},
       r"Cipher\.getInstance\(\s*\"(?:DES|DESede|RC4|RC2|Blowfish|AES/ECB|AES\")", "CWE-327",
       "high", "high", "weak cipher or ECB mode"),
    _r("java-deserialization", {"java", "kotlin"}, r"new\s+ObjectInputStream\s*\(", "CWE-502",
       "medium", "medium", "Java deserialization of a stream (ObjectInputStream)"),
    # --- C / C++
    _r("c-gets", C, r"\bgets\s*\(", "CWE-242", "high", "high", "gets() cannot bound its input"),
    _r("c-strcpy", C, r"\b(?:strcpy|strcat|wcscpy)\s*\(", "CWE-120", "medium", "medium",
       "unbounded string copy (buffer overflow)"),
    _r("c-sprintf", C, r"\bv?sprintf\s*\(", "CWE-120", "medium", "low",
       "sprintf without a bound (buffer overflow)"),
    _r("c-scanf-s", C, r"\bscanf\s*\(\s*\"[^\"]*%s", "CWE-120", "high", "high",
       "scanf(\"%s\") without a width"),
    _r("c-system", C, r"\b(?:system|popen)\s*\((?!\s*\")", "CWE-78", "high", "medium",
       "system()/popen() with a non-literal command"),
    _r("c-format-string", C, r"\bprintf\s*\(\s*[a-zA-Z_]\w*\s*\)", "CWE-134", "high", "medium",
       "printf with a non-literal format string"),
    # --- Go
    _r("go-exec-shell", {"go"}, r"exec\.Command\(\s*\"(?:sh|bash)\"\s*,\s*\"-c\"\s*,\s*[^\"]",
       "CWE-78", "high", "medium", "shell command built from variables"),
    _r("go-tls-off", {"go"}, r"InsecureSkipVerify\s*:\s*true", "CWE-295", "high", "high",
       "TLS certificate validation disabled"),
    _r("go-weak-hash", {"go"}, r"\b(?:md5|sha1)\.(?:New|Sum)\b", "CWE-327", "medium", "high",
       "weak hash (MD5/SHA-1)"),
    _r("go-sql-sprintf", {"go"}, rf"Sprintf\(\s*\"\s*{_SQL_VERB}", "CWE-89", "high", "medium",
       "SQL query built with fmt.Sprintf", re.I),
    # --- shell
    _r("sh-curl-pipe-shell", {"bash"}, r"\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+)?(?:ba|z)?sh\b",
       "CWE-494", "high", "high", "downloaded script piped into a shell"),
    _r("sh-chmod-777", {"bash"}, r"\bchmod\s+(?:-R\s+)?(?:0?777|a\+rwx)\b", "CWE-732", "medium",
       "high", "world-writable permissions"),
    _r("sh-tls-off", {"bash"}, r"\b(?:curl\s+(?:[^\n]*\s)?(?:-k|--insecure)\b|wget\s+[^\n]*--no-check-certificate)",
       "CWE-295", "medium", "high", "TLS certificate validation disabled"),
    _r("sh-eval-var", {"bash"}, r"\beval\s+[\"']?\$", "CWE-78", "high", "medium",
       "eval of a variable"),
    # --- PHP
    _r("php-eval-input", {"php"}, r"\b(?:eval|assert|system|exec|passthru|shell_exec)\s*\(\s*\$_(?:GET|POST|REQUEST|COOKIE)",
       "CWE-78", "high", "high", "request input executed"),
    _r("php-unserialize", {"php"}, r"\bunserialize\s*\(\s*\$_", "CWE-502", "high", "high",
       "unserialize of request input"),
    # --- Python that does not parse (bandit cannot see it)
    _r("py-shell-true", {"python"}, r"\bsubprocess\.\w+\([^\n]*shell\s*=\s*True", "CWE-78",
       "high", "high", "subprocess with shell=True"),
    _r("py-pickle-loads", {"python"}, r"\b(?:pickle|cPickle|dill)\.loads?\s*\(", "CWE-502",
       "medium", "high", "pickle deserialization"),
    _r("py-yaml-load", {"python"}, r"\byaml\.load\s*\((?![^\n)]*(?:SafeLoader|CSafeLoader))",
       "CWE-20", "medium", "high", "yaml.load without SafeLoader"),
    _r("py-eval", {"python"}, r"(?<![\w.])(?:eval|exec)\s*\((?!\s*['\"])", "CWE-78", "medium",
       "high", "eval/exec of a non-literal"),
)  # fmt: skip


def regex_findings(
    block: CodeBlock, *, engine_languages: frozenset[str] | None = None
) -> list[Finding]:
    """All rule matches in one block (one finding per rule and line)."""
    out: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    for rule in RULES:
        if "*" not in rule.languages and block.language not in rule.languages:
            continue
        for match in rule.pattern.finditer(block.code):
            line = block.code.count("\n", 0, match.start()) + 1
            if (rule.id, line) in seen:
                continue
            seen.add((rule.id, line))
            out.append(
                Finding(
                    cwe=rule.cwe, rule=f"tiergate.{rule.id}", severity=rule.severity,
                    confidence=rule.confidence, line=line, text_line=block.start_line + line - 1,
                    language=block.language, block_index=block.index, engine="regex",
                    message=rule.message,
                )
            )  # fmt: skip
    return out
