"""Built-in regex rules for code in model output: every non-Python block (alone, or beside
semgrep when it is installed), Python that does not parse, and a few Python sinks bandit has no
check for (``with_bandit``). Line-oriented and deliberately narrow: each pattern names the
dangerous call together with its dangerous argument (a request parameter, a string built from
variables), so that ordinary code does not trip them. ``needs`` / ``unless`` look at the whole
block: a ``DocumentBuilderFactory`` is only an XXE risk where no line hardens it."""

# ruff: noqa: E501  (patterns read best unwrapped)
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tiergate.guards.code.extract import CodeBlock
from tiergate.guards.code.findings import Finding, Level
from tiergate.guards.code.lifetimes import freed_then_used

ANY = frozenset({"*"})
JS = frozenset({"javascript", "typescript"})
C = frozenset({"c", "cpp"})
JVM = frozenset({"java", "kotlin"})
_SQL_VERB = r"(?:SELECT\s.+?\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)"
# Untrusted input as each ecosystem spells it.
_JS_IN = r"req\.(?:query|params|body|headers|cookies)|request\.(?:query|params|body)"
_JAVA_IN = r"(?:request|req)\.(?:getParameter|getHeader|getQueryString)\b|getParameter\("
_PHP_IN = (
    r"\$_(?:GET|POST|REQUEST|COOKIE|SERVER|FILES)\b"
    r"|\$request->(?:input|query|get|post|all|cookie|header|route)\("
)
_RB_IN = r"\bparams\[|\bparams\.(?:fetch|require)|request\.(?:params|query_string)"
_CS_IN = r"Request\.(?:QueryString|Query|Form|Params|Cookies|Headers)\b"
_GO_IN = (
    r"r\.(?:URL\.Query\(\)\.Get|FormValue|PostFormValue|URL\.Path)\b|r\.URL\.Query\(\)\["
    # gin / echo / fiber handlers
    r"|\bc\.(?:Query|DefaultQuery|Param|PostForm|DefaultPostForm|FormValue|QueryParam|Params)\("
)
_PY_IN = r"request\.(?:args|form|values|json|GET|POST|data|files|cookies|headers)\b"
# Request input per language, and how a value taken from it is named on a later line: "@IN@" in
# a pattern stands for the input itself or any variable assigned from it in the same block.
INPUTS: dict[str, str] = {
    "python": _PY_IN + r"|sys\.argv|\binput\(",
    "javascript": _JS_IN + r"|process\.argv|location\.(?:search|hash)|searchParams\.get\(",
    "java": _JAVA_IN,
    "php": _PHP_IN,
    "ruby": _RB_IN + r"|\bARGV\b",
    "csharp": _CS_IN,
    "go": _GO_IN + r"|os\.Args\b",
}
INPUTS["typescript"] = INPUTS["javascript"]
# Ktor reads the request through the call.
INPUTS["kotlin"] = (
    INPUTS["java"]
    + r"|call\.(?:request\.queryParameters|parameters|receiveParameters\(\)|receiveText\(\))"
)
# CGI scripts get the request in the environment.
INPUTS["bash"] = r"\$\{?(?:QUERY_STRING|HTTP_\w+|REQUEST_URI|PATH_INFO)\b"
_ASSIGN = re.compile(
    r"^[ \t]*(?:[\w<>\[\],.?]+[ \t]+)*\$?([A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w<>?.\[\]]+[ \t]*)?"
    r"(?::=|=|\|\|=|\?\?=)(?!=)(.+)$",
    re.M,
)
# Calls that make a request value safe for the sinks below (escaping, taking the base name,
# parsing a number, an allow-list check): a value that went through one is no longer tainted,
# and a sink line that applies one is not reported.
_SANITISERS = re.compile(
    r"(?i:htmlspecialchars|htmlentities|basename|escape\w*|encodeURIComponent|Encode\.for\w+"
    r"|sanitiz\w+|secure_filename|shlex\.quote|escapeshellarg|intval|\bint\(|parseInt|Number\("
    r"|filepath\.Base|GetFileName|\bisLocal\w*|\bisSafe\w*|\bis_safe\w*|\bisValid\w*"
    r"|\bvalidate\w*|\bquote\(|\bquote_plus\(|DOMPurify)"
)
# Inputs bound by name in a signature or a destructuring: @RequestParam String name,
# const { url } = req.query.
_BOUND = re.compile(
    r"@(?:RequestParam|PathVariable|RequestHeader|RequestBody|QueryParam|PathParam|FormParam)"
    r"(?:\([^)]{0,400}\))?[ \t]+(?:final[ \t]+)?(?:[\w<>?.]+[ \t]+)?(\w+)"
    r"|(?:const|let|var)[ \t]*\{([^}]*)\}[ \t]*=[ \t]*req\.(?:query|body|params)"
    # ASP.NET route values ([HttpGet("files/{name}")]) and bound action parameters
    r"|\[(?:Http\w+|Route)\(\s*\"[^\"\n]*\{(\w+)[^\"\n]*\"[^\]\n]*\]"
    r"|\[From(?:Query|Route|Form|Body|Header)\w*\][ \t]*[\w<>?.]+[ \t]+(\w+)"
    # FastAPI / Flask route handlers: their parameters come from the request
    r"|@\w+\.(?:get|post|put|patch|delete|route|api_route)\([^\n]*\)[ \t]*\n(?:[ \t]*@[^\n]*\n)*"
    r"[ \t]*(?:async[ \t]+)?def[ \t]+\w+\(([^)]*)\)"
)


def tainted_input(block: CodeBlock) -> str | None:
    """The "@IN@" alternation for this block: the language's request input, plus the names of
    variables assigned from it (two hops: ``name = req.query.f``, ``path = join(dir, name)``)."""
    source = INPUTS.get(block.language)
    if source is None:
        return None
    names: set[str] = set()
    for m in _BOUND.finditer(block.code):
        bound = next(g for g in m.groups() if g is not None)
        names.update(_param_name(n) for n in bound.split(","))
    for _ in range(2):
        taint = re.compile(_input_or_names(source, names))
        for m in _ASSIGN.finditer(block.code):
            if taint.search(m.group(2)) and not _SANITISERS.search(m.group(2)):
                names.add(m.group(1))
    names.discard("")
    return _input_or_names(source, names)


def _param_name(part: str) -> str:
    """``url: str = Query(...)`` -> ``url``; ``key`` of a destructuring -> ``key``."""
    name = part.split(":")[0].split("=")[0].strip().lstrip("*")
    return "" if name in ("self", "request", "req", "db", "session") else name


def _input_or_names(source: str, names: set[str]) -> str:
    return rf"{source}|\b(?:{'|'.join(sorted(names))})\b" if names else source


# A block that says its hash is not for security (ETags, cache keys, change detection) and says
# nothing of passwords, tokens or signatures: MD5 there is fine.
_NOT_SECURITY_HASH = (
    r"\A(?![\s\S]*(?i:passw|token|secret|signature|signing|hmac|credential))"
    r"[\s\S]*?(?i:\betag\b|checksum|cache|fingerprint|dedup|change detection|content hash)"
)
# Sanitisers and checks that make a request value safe for the sink next to them.
_CHECKED_PATH = (
    r"\.startsWith\(\s*\w+|path\.basename\(|\.normalize\(\)\.startsWith|path\.relative\("
    r"|filepath\.IsLocal|realpath|str_starts_with|start_with\?|safe_join|is_relative_to|commonpath"
)
# ... and the base-name / prefix checks of the JS, Java and Go rules.
_CHECKED_PATH_OR_BASE = _CHECKED_PATH + r"|filepath\.Base\(|getFileName\(\)|HasPrefix\("
_CHECKED_URL = (
    r"(?i:parse_url\(|urlparse\(|new URL\(|in_array\(|allowed_?hosts|allow_?list|whitelist"
    r"|is_safe_url|url_has_allowed_host_and_scheme|isLocalUrl|getHost\(\)|\.hostname\b|_HOSTS\b)"
)
_SANITISED_HTML = r"DOMPurify\.sanitize|sanitizeHtml|sanitize\(|escapeHtml|xss\("
# A group of one or two quantified atoms, itself quantified: (a+)+, ([\w.-]+)*, (\w+\s?)+ -- the
# shapes that backtrack exponentially; "(?: -r \w+)+" (a literal separator) does not.
_ATOM = r"(?:\\[\w.]|[\w.]|\[[^\]\n]+\])"
_EVIL_GROUP = rf"\((?:\?:)?{_ATOM}[+*](?:{_ATOM}[+*?])?\)[+*]"
_HTML_TAG = r"(?:html|body|div|p|h[1-6]|span|a|li|ul|ol|td|tr|table|b|i|strong|em|form|script|img|title|pre)\b"
# A block about secrets: weak randomness there is a weakness, in a dice game it is not.
_SECRET_BLOCK = r"(?i:token|secret|passw|session|nonce|\botp\b|salt|reset|api.?key|csrf|invite|coupon|voucher|one.?time|verification.?code)"
# A shell variable named for a secret, on the current line ("$DB_PASSWORD", "${api_token}").
_SH_SECRET_NAME = r"\w*(?i:token|secret|passw\w*|api_?key|credential)\w*"
_SH_SECRET_VAR = rf"[^\n]*\$(?:{_SH_SECRET_NAME}\b|\{{{_SH_SECRET_NAME}\}})"
# A value for secrets, tokens and passwords: the words that make weak randomness a weakness.
_SECRETISH = r"(?:token|secret|passw|pwd|session|nonce|otp|salt|reset|api_?key|auth|csrf|key)"


@dataclass(frozen=True)
class RegexRule:
    id: str
    languages: frozenset[str]
    pattern: re.Pattern[str]
    cwe: str
    severity: Level
    confidence: Level
    message: str
    needs: re.Pattern[str] | None = None  # the block must also contain this
    unless: re.Pattern[str] | None = None  # ... and must not contain this
    with_bandit: bool = False  # a Python sink bandit has no check for


def _r(
    rid: str, langs: frozenset[str] | set[str], pattern: str, cwe: str, sev: Level, conf: Level,
    msg: str, flags: int = 0, *, needs: str | None = None, unless: str | None = None,
    with_bandit: bool = False,
) -> RegexRule:  # fmt: skip
    return RegexRule(
        rid, frozenset(langs), re.compile(pattern, flags), cwe, sev, conf, msg,
        re.compile(needs, flags) if needs else None, re.compile(unless, flags) if unless else None,
        with_bandit,
    )  # fmt: skip


RULES: tuple[RegexRule, ...] = (
    # --- secrets, any language
    _r("hardcoded-private-key", ANY, r"-----BEGIN (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----",
       "CWE-798", "high", "high", "private key embedded in code"),
    _r("hardcoded-aws-key", ANY, r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", "CWE-798", "high", "high",
       "AWS access key id embedded in code"),
    _r("hardcoded-password", ANY,
       r"""(?:\b|_|(?<=[a-z]))(?:password|passwd|pwd|secret|api_?key|access_?token|auth_?token)\w*["']?(?:\s*:\s*[\w&']+)?\s*[:=]+\s*["'][^"'\s$%{}<>]{6,}["']""",
       "CWE-798", "medium", "medium", "hard-coded credential", re.I),
    # --- JavaScript / TypeScript
    _r("js-eval", JS, r"\beval\s*\((?!\s*['\"][^'\"]*['\"]\s*\))", "CWE-95", "high", "medium",
       "eval() of a non-literal"),
    _r("js-new-function", JS, r"\bnew\s+Function\s*\(", "CWE-95", "medium", "medium",
       "new Function() compiles code from a string"),
    _r("js-child-process-exec", JS,
       r"(?:(?<![\w.#])|(?:child_process|childProcess|cp|child)\.)(?<!async )(?<!function )(?:exec|execSync)\s*\(\s*(?:`[^`]*\$\{|['\"][^'\"]*['\"]\s*\+|[a-zA-Z_]\w*\s*[,)])",
       "CWE-78", "high", "medium", "shell command built from variables (child_process.exec)"),
    _r("js-innerhtml", JS, r"\.(?:innerHTML|outerHTML)\s*\+?=(?!\s*'[^'\n]*'\s*;?\s*$|\s*\"[^\"\n]{0,400}\"\s*;?\s*$|\s*`[^`$]*`\s*;?\s*$|\s*[A-Z][A-Z0-9_]*\s*;?\s*$)",
       "CWE-79", "medium", "medium", "assignment of dynamic HTML (XSS)", re.M, unless=_SANITISED_HTML),
    _r("js-document-write", JS, r"\bdocument\.write(?:ln)?\s*\(", "CWE-79", "medium", "low",
       "document.write of dynamic content (XSS)"),
    _r("js-document-write-concat", JS, r"\bdocument\.write(?:ln)?\s*\([^)\n]{0,400}(?:['\"`]\s*\+\s*\w|\$\{)", "CWE-79", "medium", "medium",
       "document.write of a string built from variables (XSS)"),
    _r("js-weak-hash", JS, r"createHash\(\s*['\"](?:md5|sha1)['\"]", "CWE-327", "medium", "high",
       "weak hash (MD5/SHA-1)", unless=_NOT_SECURITY_HASH),
    _r("js-tls-off", JS, r"rejectUnauthorized\s*:\s*false|NODE_TLS_REJECT_UNAUTHORIZED\s*=\s*['\"]?0",
       "CWE-295", "high", "high", "TLS certificate validation disabled"),
    # --- SQL built by string concatenation / interpolation (any language)
    _r("sql-string-concat", ANY,
       rf"""(["'`])\s*{_SQL_VERB}(?:(?!\1).)*?(?:\1\s*(?:\+|\.)\s*\$?\w|\$\{{|%s|\{{\w*\}}|#\{{)""",
       "CWE-89", "high", "medium", "SQL query built from strings (SQL injection)", re.I,
       unless=r"(?:FromSql|ExecuteSql)Interpolated|QUOTENAME\("),
    # --- Java
    _r("java-runtime-exec", {"java", "kotlin"}, r"Runtime\.getRuntime\(\)\.exec\s*\((?!\s*\")(?!\s*(?:new\s+String\s*\[\s*\]\s*\{|arrayOf\()\s*\"(?!(?:/bin/)?(?:ba)?sh\"|cmd))",
       "CWE-78", "high", "medium", "Runtime.exec with a non-literal command"),
    _r("java-weak-hash", {"java", "kotlin"},
       r"MessageDigest\.getInstance\(\s*\"(?:MD5|MD2|SHA-?1)\"", "CWE-327", "medium", "high",
       "weak hash (MD5/SHA-1)", re.I, unless=_NOT_SECURITY_HASH),
    _r("java-weak-cipher", {"java", "kotlin"},
       r"Cipher\.getInstance\(\s*\"(?:DES|DESede|RC4|RC2|Blowfish|AES/ECB|AES\")", "CWE-327",
       "high", "high", "weak cipher or ECB mode"),
    _r("java-deserialization", {"java", "kotlin"}, r"(?:new\s+|=\s*|\(\s*)ObjectInputStream\s*\(", "CWE-502",
       "medium", "medium", "Java deserialization of a stream (ObjectInputStream)"),
    # --- C / C++
    _r("c-gets", C, r"\bgets\s*\(", "CWE-242", "high", "high", "gets() cannot bound its input"),
    # A string literal copied in is bounded by the literal; the rule is for copies of data.
    _r("c-strcpy", C, r"\b(?:strcpy|strcat|wcscpy)\s*\((?![^,;\n]{0,200},\s*L?\"[^\"\n]*\"\s*\))", "CWE-120", "medium", "medium",
       "unbounded string copy (buffer overflow)"),
    _r("c-sprintf-string", C, r"\bv?sprintf\s*\(\s*[\w\[\]\->.]+\s*,\s*\"[^\"]{0,400}%s", "CWE-120", "medium", "medium",
       "sprintf of a string into a fixed buffer (buffer overflow)"),
    _r("c-sprintf", C, r"\bv?sprintf\s*\(", "CWE-120", "medium", "low",
       "sprintf without a bound (buffer overflow)"),
    _r("c-scanf-s", C, r"\bscanf\s*\(\s*\"[^\"]{0,400}%s", "CWE-120", "high", "high",
       "scanf(\"%s\") without a width"),
    _r("c-system", C, r"(?<![-\w.])(?:system|popen)\s*\((?!\s*\")|\"-c\"\s*[,}]\s*[^;\n]{0,400}?(?:\"\s*\+\s*\w|\w\s*\+\s*\")", "CWE-78", "high", "medium",
       "system()/popen() with a non-literal command", unless=r"\bvalid\w*\(|regex_match|\bis_?safe\w*\("),
    _r("c-format-string", C, r"\bprintf\s*\(\s*[a-zA-Z_][\w\[\]\->.]*(?:\.c_str\(\)|\.data\(\))?\s*\)", "CWE-134", "high", "medium",
       "printf with a non-literal format string"),
    # --- Go
    _r("go-exec-shell", {"go"}, r"exec\.Command\(\s*\"(?:sh|bash)\"\s*,\s*\"-c\"\s*,\s*[^\"]",
       "CWE-78", "high", "medium", "shell command built from variables"),
    _r("go-tls-off", {"go"}, r"InsecureSkipVerify\s*:\s*true", "CWE-295", "high", "high",
       "TLS certificate validation disabled"),
    _r("go-weak-hash", {"go"}, r"\b(?:md5|sha1)\.(?:New|Sum)\b", "CWE-327", "medium", "high",
       "weak hash (MD5/SHA-1)", unless=_NOT_SECURITY_HASH),
    _r("go-sql-sprintf", {"go"}, rf"Sprintf\(\s*\"\s*{_SQL_VERB}", "CWE-89", "high", "medium",
       "SQL query built with fmt.Sprintf", re.I),
    # --- shell
    _r("sh-curl-pipe-shell", {"bash"}, r"\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+)?(?:ba|z)?sh\b",
       "CWE-494", "high", "high", "downloaded script piped into a shell"),
    _r("sh-chmod-777", {"bash"}, r"\bchmod\s+(?:-R\s+)?(?:0?777|a\+rwx)\b", "CWE-732", "medium",
       "high", "world-writable permissions"),
    _r("sh-tls-off", {"bash"}, r"\b(?:curl\s+(?:[^\n]{0,400}\s)?(?:-[a-zA-Z]*k[a-zA-Z]*|--insecure)\b|wget\s+[^\n]{0,400}--no-check-certificate)",
       "CWE-295", "medium", "high", "TLS certificate validation disabled"),
    _r("sh-eval-var", {"bash"}, r"\beval\s+[\"']?\$(?!\(\s*(?:ssh-agent|[\w/.-]*(?:brew|pyenv|rbenv|nodenv|direnv|conda|starship|zoxide|minikube|docker-machine|opam|fnm|mise)\b))", "CWE-78", "high", "medium",
       "eval of a variable"),
    _r("zip-slip", {"go", "java", "kotlin", "csharp"}, r"(?:filepath\.Join|new\s+File|Paths\.get|Path\.Combine|File)\([^;\n]{0,400}\b\w+\.(?:Name|getName\(\)|FullName)\b",
       "CWE-22", "high", "medium", "archive entry name used as a path (zip slip)",
       needs=r"archive/zip|archive/tar|ZipEntry|ZipFile|TarArchive|ZipArchive|zip\.OpenReader|tar\.NewReader",
       unless=r"HasPrefix|IsLocal|filepath\.Rel\(|getCanonicalPath|normalize\(\)\.startsWith|StartsWith\("),
    # --- PHP
    _r("php-command-input", {"php"}, r"\b(?:system|exec|passthru|shell_exec|popen|proc_open)\s*\(\s*\$_(?:GET|POST|REQUEST|COOKIE)",
       "CWE-78", "high", "high", "request input executed"),
    _r("php-unserialize", {"php"}, r"\bunserialize\s*\(\s*\$_", "CWE-502", "high", "high",
       "unserialize of request input"),
    # --- Python that does not parse (bandit cannot see it)
    _r("py-shell-true", {"python"}, r"\bsubprocess\.\w+\([^\n]{0,400}shell\s*=\s*True", "CWE-78",
       "high", "high", "subprocess with shell=True"),
    _r("py-pickle-loads", {"python"}, r"\b(?:pickle|cPickle|dill)\.loads?\s*\(", "CWE-502",
       "medium", "high", "pickle deserialization"),
    _r("py-yaml-load", {"python"}, r"\byaml\.load\s*\((?![^\n)]*(?:SafeLoader|CSafeLoader))",
       "CWE-20", "medium", "high", "yaml.load without SafeLoader"),
    _r("py-eval", {"python"}, r"(?<![\w.])(?:eval|exec)\s*\((?!\s*['\"])", "CWE-78", "medium",
       "high", "eval/exec of a non-literal"),
    # --- any language: TLS and secrets spelled the same everywhere
    _r("tls-verify-none", ANY, r"^(?![ \t]*(?:\*|//|/\*|#\s*define))[^\n]{0,400}(?:\b(?:SSL_)?VERIFY_NONE\b|CURLOPT_SSL_VERIFY(?:PEER|HOST)\s*,\s*(?:0L?|false|FALSE)\b)",
       "CWE-295", "high", "high", "TLS certificate validation disabled", re.M),
    _r("hardcoded-provider-key", ANY, r"['\"`](?:sk_live_|sk_test_|rk_live_|pk_live_|ghp_|gho_|ghs_|github_pat_|xox[abprs]-|AIza|glpat-|SG\.)[\w.-]{10,}['\"`]",
       "CWE-798", "high", "high", "API key embedded in code"),
    # --- JavaScript / TypeScript: request input into a sink
    _r("js-open-redirect", JS, r"\.redirect\(\s*(?:\d+\s*,\s*)?(?:@IN@)", "CWE-601", "medium",
       "high", "redirect to a URL taken from the request",
       unless=_CHECKED_URL),
    _r("js-path-traversal", JS,
       r"(?:(?<![\w.])fsp?\.\w+|sendFile|createReadStream|readFile\w*|path\.(?:join|resolve))\([^;\n]{0,400}(?:@IN@)",
       "CWE-22", "high", "medium", "file path built from request input (path traversal)",
       unless=_CHECKED_PATH_OR_BASE),
    _r("js-ssrf", JS, r"(?:fetch|axios(?:\.\w+)?|got|https?\.(?:get|request)|needle\.\w+)\(\s*(?:`\$\{)?(?:@IN@)",
       "CWE-918", "high", "medium", "outgoing request to a URL taken from the request (SSRF)",
       unless=_CHECKED_URL),
    _r("js-xss-response", JS, r"res\.(?:send|write|end)\([^;\n]{0,400}(?:\$\{|\+\s*)(?:@IN@)", "CWE-79",
       "high", "medium", "request input written into the response (XSS)"),
    _r("js-dangerously-set-html", JS, r"dangerouslySetInnerHTML\s*=\s*\{\{\s*__html\s*:\s*(?!['\"`])",
       "CWE-79", "medium", "medium", "dangerouslySetInnerHTML with dynamic HTML (XSS)",
       unless=_SANITISED_HTML),
    _r("js-insecure-random", JS, r"Math\.random\(\)", "CWE-338", "medium", "medium",
       "Math.random() for a secret or token", needs=_SECRET_BLOCK, unless=r"crypto\.(?:randomBytes|randomUUID|getRandomValues|randomInt)"),
    _r("js-unserialize", JS, r"\bunserialize\s*\(|require\(\s*['\"]node-serialize['\"]\s*\)", "CWE-502",
       "high", "medium", "node-serialize unserialize (code execution on crafted input)"),
    _r("js-weak-cipher", JS, r"createCipher(?:iv)?\(\s*['\"](?:des|des3|rc4|rc2|bf|blowfish|aes-\d+-ecb)",
       "CWE-327", "high", "high", "weak cipher or ECB mode", re.I),
    _r("js-cipher-no-iv", JS, r"\bcreateCipher\(", "CWE-327", "medium", "medium",
       "crypto.createCipher derives the key with MD5 and no IV"),
    _r("js-shell-true", JS, r"\b(?:spawn|spawnSync|execFile)\([^;\n]{0,400}shell\s*:\s*true", "CWE-78", "high",
       "medium", "child process with shell: true"),
    _r("js-vm-run", JS, r"\bvm\.runIn(?:New|This)?Context\(|\bvm\.Script\(", "CWE-94", "medium", "medium",
       "code compiled with the vm module (not a sandbox)"),
    _r("js-jwt-none", JS, r"algorithms\s*:\s*\[[^\]]*['\"]none['\"]|ignoreExpiration\s*:\s*true", "CWE-347",
       "high", "high", "JWT accepted without a real signature check"),
    _r("js-cookie-flags", JS, r"\b(?:httpOnly|secure)\s*:\s*false", "CWE-1004", "low", "high",
       "session cookie without HttpOnly / Secure"),
    _r("js-tls-reject", JS, r"checkServerIdentity\s*:\s*\(\)\s*=>\s*(?:undefined|null)", "CWE-295", "high",
       "high", "TLS host name check disabled"),
    _r("js-xxe", JS, r"\bnoent\s*:\s*true", "CWE-611", "high", "high",
       "XML parsed with external entities expanded (XXE)"),
    _r("js-prototype-pollution", JS, r"\[\s*(?:key|k|prop|name|attr|path\[\w+\])\s*\]\s*=\s*(?:source|src|obj|value|val|input|from)\b",
       "CWE-1321", "medium", "medium", "object key assigned from input (prototype pollution)",
       needs=r"(?i:merge|extend|assign|deep|clone|set\w*path|unflatten)",
       unless=r"__proto__|hasOwnProperty|constructor|Object\.create\(null\)|new Map\("),
    # --- Java / Kotlin
    _r("java-process-shell", JVM,
       r"ProcessBuilder\(\s*(?:listOf\(|Arrays\.asList\(|new String\[\]\s*\{)?\s*\"(?:/bin/)?(?:sh|bash|cmd(?:\.exe)?)\"\s*,\s*\"(?:-c|/c|/C)\"\s*,\s*(?!\"[^\"]{0,400}\"\s*[,)])",
       "CWE-78", "high", "medium", "shell command built from variables (ProcessBuilder)"),
    _r("jvm-runtime-exec-concat", JVM, r"\.exec\(\s*(?:\"[^\"]{0,400}\"\s*\+|\"[^\"]{0,400}\$\{?\w)", "CWE-78", "high",
       "medium", "Runtime.exec with a command built from strings"),
    _r("java-insecure-random", JVM, r"new\s+(?:java\.util\.)?Random\s*\(|Math\.random\(\)|\bRandom\(\)|\bRandom\.next\w*\(|ThreadLocalRandom\.current\(\)",
       "CWE-330", "medium", "medium", "java.util.Random for a secret or token", needs=_SECRET_BLOCK, unless=r"SecureRandom"),
    _r("java-xxe", JVM, r"\b(?:DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|SAXReader|SAXBuilder|TransformerFactory)\.?(?:newInstance|newFactory)?\(",
       "CWE-611", "high", "medium", "XML parser without external entities disabled (XXE)",
       unless=r"disallow-doctype-decl|external-general-entities|FEATURE_SECURE_PROCESSING|ACCESS_EXTERNAL_DTD|SUPPORT_DTD|IS_SUPPORTING_EXTERNAL_ENTITIES|setExpandEntityReferences\(\s*false"),
    _r("java-open-redirect", JVM, r"(?:sendRedirect|respondRedirect)\([^;\n]{0,400}(?:@IN@)|\"redirect:\"\s*\+", "CWE-601", "medium",
       "high", "redirect to a URL taken from the request",
       unless=_CHECKED_URL),
    _r("java-path-traversal", JVM, r"(?:new\s+File(?:InputStream|Reader|OutputStream)?|Paths\.get|Path\.of|(?<![\w.])File(?:InputStream)?|\.resolve)\([^;\n]{0,400}(?:@IN@)",
       "CWE-22", "high", "medium", "file path built from request input (path traversal)",
       unless=_CHECKED_PATH_OR_BASE),
    _r("java-ssrf", JVM, r"(?:new\s+URL|URI\.create|URL|getForObject|getForEntity|postForObject|exchange|openConnection|newBuilder|client\.(?:get|post|request))\(\s*(?:@IN@)", "CWE-918", "high", "medium",
       "outgoing request to a URL taken from the request (SSRF)",
       unless=_CHECKED_URL),
    _r("java-xss", JVM, r"(?:getWriter\(\)|writer|out)\.(?:print|println|write|append)\([^;\n]{0,400}(?:@IN@)",
       "CWE-79", "high", "medium", "request input written into the response (XSS)"),
    _r("java-trust-all", JVM,
       r"checkServerTrusted\([^)]{0,400}\)\s*(?:throws\s+[\w.]+\s*)?\{\s*\}|override\s+fun\s+checkServerTrusted\([^)]{0,400}\)\s*(?:\{\s*\}|=\s*Unit)|(?:verify\([^)]{0,400}\)\s*(?::\s*Boolean\s*)?\{\s*return\s+true|(?i:hostnameVerifier)\s*\{\s*_?\w*\s*,\s*_?\w*\s*->\s*true)|ALLOW_ALL_HOSTNAME_VERIFIER|NoopHostnameVerifier",
       "CWE-295", "high", "high", "TLS certificate or host name validation disabled"),
    _r("java-weak-hash-util", JVM, r"DigestUtils\.(?:md5|sha1|sha)(?:Hex)?\(|Hashing\.(?:md5|sha1)\(\)", "CWE-328",
       "medium", "high", "weak hash (MD5/SHA-1)",
       unless=_NOT_SECURITY_HASH),
    _r("java-permissive-file", JVM, r"PosixFilePermissions\.fromString\(\s*\"rwxrwxrwx\"|setWritable\(\s*true\s*,\s*false\s*\)|setReadable\(\s*true\s*,\s*false\s*\)",
       "CWE-732", "medium", "high", "file made world-readable or writable"),
    _r("java-script-eval", JVM, r"\.eval\(\s*(?!\")", "CWE-94", "high", "medium",
       "script engine evaluates a dynamic string", needs=r"ScriptEngine|GroovyShell|Interpreter\b"),
    _r("java-sql-concat", JVM, r"\.(?:executeQuery|executeUpdate|execute|prepareStatement|createQuery|createNativeQuery|rawQuery|execSQL)\(\s*(?:\"[^\"]{0,400}\"\s*\+|\"[^\"]{0,400}\$\{?\w|String\.format\(|\w+\s*\+\s*\")",
       "CWE-89", "high", "medium", "SQL statement built from strings (SQL injection)"),
    # --- C / C++
    _r("c-temp-file", C, r"\b(?:tmpnam|tempnam|mktemp)\s*\(", "CWE-377", "medium", "high",
       "predictable temporary file name (use mkstemp)"),
    _r("c-insecure-random", C, r"\bsrand\s*\(|\brand\s*\(\s*\)|\brandom\s*\(\s*\)|std::(?:mt19937(?:_64)?|default_random_engine|minstd_rand0?)\b", "CWE-338", "medium", "medium",
       "rand() for a secret or token", needs=_SECRET_BLOCK, unless=r"getrandom|arc4random|RAND_bytes|/dev/urandom|BCryptGenRandom"),
    _r("c-format-string-fn", C,
       r"\b(?:std::)?(?:fprintf|dprintf)\s*\(\s*\w+\s*,\s*[a-zA-Z_][\w\[\]\->.]*(?:\.c_str\(\)|\.data\(\))?\s*\)|\bsyslog\s*\(\s*[\w|\s]+,\s*[a-zA-Z_][\w\[\]\->.]*(?:\.c_str\(\)|\.data\(\))?\s*\)|\b(?:std::)?s?n?printf\s*\(\s*\w+\s*,\s*(?:sizeof\s*\(?\w+\)?|\w+)\s*,\s*[a-zA-Z_][\w\[\]\->.]*(?:\.c_str\(\)|\.data\(\))?\s*\)|\bprintf\s*\(\s*[a-zA-Z_][\w\[\]\->.]*\s*\)",
       "CWE-134", "high", "medium", "format string taken from a variable"),
    _r("c-weak-hash", C, r"\b(?:MD5|SHA1|MD4)(?:_Init)?\s*\(|EVP_(?:md5|sha1)\s*\(", "CWE-328", "medium", "high",
       "weak hash (MD5/SHA-1)",
       unless=_NOT_SECURITY_HASH),
    _r("c-permissive-file", C, r"\b(?:f?chmod|open|creat|mkdir)\s*\([^;\n]{0,400}\b0?(?:777|666)\b|\bumask\s*\(\s*0+\s*\)",
       "CWE-732", "medium", "high", "world-writable file permissions"),
    _r("c-memcpy-unchecked", C, r"\bmem(?:cpy|move)\s*\(\s*[\w\[\]\->.]+\s*,\s*[^,]{1,400},\s*(?:strlen\s*\(|[\w\->.]*(?:len|size|n|count)\w*\s*\))",
       "CWE-787", "medium", "medium", "memcpy with a length taken from the input",
       unless=r"if\s*\([^)]{0,400}(?:len|size|count)\w*\s*(?:>|>=|<|<=)|(?<!-)(?:>|>=|<|<=)\s*\w*(?:len|size|count)|sizeof\s*\(\s*\w+\s*\)\s*\)\s*;|MIN\(|min\("),
    _r("c-alloc-overflow-3", C, r"\b(?:malloc|alloca)\s*\(\s*\(?\s*[a-z_]\w*\s*\*\s*[a-z_]\w*\s*\*\s*(?:\d+|sizeof\s*\([^)]*\)|\w+)\s*\)?\s*\)", "CWE-190",
       "medium", "medium", "allocation size multiplied from untrusted dimensions (integer overflow)",
       unless=r"SIZE_MAX|__builtin_mul_overflow|ckd_mul|INT_MAX\s*/|calloc\s*\("),
    _r("c-alloc-overflow", C, r"\b(?:malloc|alloca)\s*\(\s*\w+\s*\*\s*(?:sizeof\s*\(|\w+\s*\))", "CWE-190",
       "medium", "low", "allocation size computed without an overflow check",
       unless=r"SIZE_MAX|__builtin_mul_overflow|calloc\s*\("),
    _r("c-hardcoded-password", C, r"(?i:passw\w*|pwd|secret\w*)\s*(?:\[\s*\d*\s*\])?\s*=\s*\"[^\"\s]{6,}\"|#define\s+\w*(?i:PASSW|SECRET|API_?KEY|TOKEN)\w*\s+\"(?![a-z_.-]{1,12}\")[^\"\s]{6,}\"|strn?cmp\s*\(\s*\w+\s*,\s*\"[^\"\s]{6,}\"\s*(?:,\s*\w+\s*)?\)\s*==\s*0[^;\n]{0,400}(?i:pass|auth|login|admin)",
       "CWE-259", "medium", "medium", "hard-coded password"),
    _r("c-path-traversal", C, r"\b(?:snprintf|sprintf|strcat)\s*\([^;\n]{0,400}\"[^\"]{0,400}/%s\"[^;\n]{0,400},\s*(?:argv\[|\w*name|\w*file|\w*path|user|req\w*|input|arg\w*|param\w*|query)",
       "CWE-22", "medium", "medium", "file path built from input (path traversal)",
       unless=r"strstr\([^)]{0,400}\"\.\.\"|strchr\([^)]{0,400}'/'|realpath|basename|\"\.\.\""),
    # --- Go
    _r("go-exec-shell-concat", {"go"}, r"exec\.Command(?:Context)?\([^)\n]{0,400}\"(?:/bin/)?(?:sh|bash)\"\s*,\s*\"-c\"\s*,\s*(?:\"[^\"]{0,400}\"\s*\+|fmt\.Sprintf)",
       "CWE-78", "high", "medium", "shell command built from variables"),
    _r("go-open-redirect", {"go"}, r"http\.Redirect\(\s*\w+\s*,\s*\w+\s*,\s*(?:@IN@)", "CWE-601", "medium",
       "high", "redirect to a URL taken from the request",
       unless=_CHECKED_URL),
    _r("go-path-traversal", {"go"}, r"(?:os\.(?:Open|ReadFile|Create|OpenFile|Remove)|ioutil\.ReadFile|http\.ServeFile|filepath\.Join|path\.Join)\([^\n]{0,400}(?:@IN@)",
       "CWE-22", "high", "medium", "file path built from request input (path traversal)",
       unless=_CHECKED_PATH_OR_BASE),
    _r("go-ssrf", {"go"}, r"http\.(?:Get|Post|Head|NewRequest(?:WithContext)?)\([^\n]{0,400}(?:@IN@)", "CWE-918",
       "high", "medium", "outgoing request to a URL taken from the request (SSRF)",
       unless=_CHECKED_URL),
    _r("go-insecure-random", {"go"}, r"\brand\.(?:Intn|Int63|Int31n?|Int|Read|Uint32|Uint64|Float64)\(", "CWE-338",
       "medium", "medium", "math/rand for a secret or token", needs=r"\"math/rand(?:/v2)?\"", unless=r"\"crypto/rand\""),
    _r("go-template-unescaped", {"go"}, r"template\.(?:HTML|JS|URL|HTMLAttr)\(\s*(?!\")|\"text/template\"", "CWE-79",
       "medium", "medium", "unescaped HTML (text/template or template.HTML of a variable)",
       needs=r"http\.ResponseWriter|net/http"),
    _r("go-xss-fprintf", {"go"}, r"fmt\.Fprintf?\(\s*w\s*,[^\n]{0,400}(?:@IN@)", "CWE-79", "high", "medium",
       "request input written into the response (XSS)"),
    _r("go-permissive-file", {"go"}, r"(?:WriteFile|OpenFile|Chmod|Mkdir(?:All)?)\([^\n]{0,400}\b0o?7[67][67]\b", "CWE-732",
       "medium", "high", "world-writable file permissions"),
    _r("go-temp-file", {"go"}, r"os\.(?:Create|WriteFile|OpenFile)\(\s*(?:\"/tmp/|filepath\.Join\(\s*os\.TempDir\(\)|os\.TempDir\(\)\s*\+)|filepath\.Join\(\s*os\.TempDir\(\)\s*,\s*\"[^\"]{0,400}\"\s*(?:\+|\))", "CWE-377",
       "medium", "medium", "predictable temporary file (use os.CreateTemp)"),
    _r("go-no-timeout-server", {"go"}, r"http\.ListenAndServe(?:TLS)?\(", "CWE-400", "low", "medium",
       "HTTP server without timeouts (slowloris)", unless=r"ReadHeaderTimeout|ReadTimeout"),
    _r("go-hardcoded-secret", {"go"}, r"(?i:passw\w*|secret\w*|api_?key|token)\s*(?::=|=)\s*\"[^\"\s]{8,}\"", "CWE-798",
       "medium", "medium", "hard-coded credential"),
    # --- PHP
    _r("php-command", {"php"}, r"\b(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec)\s*\(\s*(?:\"[^\"]{0,400}\$|'[^']{0,400}'\s*\.\s*\$|\"[^\"]{0,400}\"\s*\.\s*\$|\$)",
       "CWE-78", "high", "medium", "shell command built from variables", unless=r"escapeshellarg\s*\(\s*\$\w+\s*\)\s*\.?\s*\)?\s*;?\s*$"),
    _r("php-backticks", {"php"}, r"`[^`\n]*\$\w+[^`\n]*`", "CWE-78", "high", "medium", "shell command in backticks with a variable"),
    _r("php-sql-interp", {"php"}, r"(?:mysqli_query|mysql_query|pg_query|sqlite_query|->query|->exec|->prepare)\s*\([^;\n]{0,400}(?:\"[^\"]{0,400}\$\w|\.\s*\$\w|\{\$)",
       "CWE-89", "high", "medium", "SQL statement built from variables (SQL injection)"),
    _r("php-sql-string", {"php"}, rf"\$\w*(?:sql|query|q)\w*\s*=\s*\"\s*{_SQL_VERB}[^\"]{0,400}(?:\$\w|\{{\$)|\$\w*(?:sql|query|q)\w*\s*=\s*[\"']\s*{_SQL_VERB}[^\"';]*[\"']\s*\.\s*\$",
       "CWE-89", "high", "medium", "SQL statement built from variables (SQL injection)", re.I),
    _r("php-xss-echo", {"php"}, r"^(?![^\n]{0,400}(?:htmlspecialchars|htmlentities|intval|\(int\)|json_encode|urlencode))[^\n]{0,400}\b(?:echo|print)\b[^\n;]*(?:@IN@)",
       "CWE-79", "high", "medium", "request input echoed into the page (XSS)", re.M),
    _r("php-include", {"php"}, r"\b(?:include|require)(?:_once)?\s*\(?[^;\n]{0,400}(?:@IN@|\$(?:page|file|module|template|lang)\b)",
       "CWE-98", "high", "medium", "file included from request input"),
    _r("php-path-traversal", {"php"}, r"\b(?:file_get_contents|fopen|readfile|file|unlink|file_put_contents)\s*\([^;\n]{0,400}(?:\.\s*@IN@|\"[^\"]{0,400}@IN@)",
       "CWE-22", "high", "medium", "file path built from request input (path traversal)",
       unless=_CHECKED_PATH),
    _r("php-ssrf", {"php"}, r"\b(?:file_get_contents|curl_init|fopen|get_headers)\s*\(\s*(?:@IN@|\$(?:url|target|link|endpoint)\b)",
       "CWE-918", "high", "medium", "outgoing request to a URL taken from input (SSRF)",
       unless=_CHECKED_URL),
    _r("php-open-redirect", {"php"}, r"header\(\s*[\"']Location:\s*[\"']?\s*\.\s*(?:@IN@|\$\w+)|header\(\s*\"Location:\s*\$|header\(\s*\"Location:[^\"]{0,400}\{?\$", "CWE-601",
       "medium", "medium", "redirect to a URL taken from the request",
       unless=_CHECKED_URL),
    _r("php-weak-password-hash", {"php"}, r"\b(?:md5|sha1|crc32)\s*\(\s*(?:\$\w*(?:pass|pwd)|\$_\w+\[\s*['\"]\w*(?:pass|pwd))", "CWE-328", "high", "high",
       "password hashed with MD5/SHA-1 (use password_hash)", re.I),
    _r("php-unserialize-var", {"php"}, r"\bunserialize\s*\(\s*(?!\$_)(?:\$|base64_decode|gzuncompress|file_get_contents)",
       "CWE-502", "medium", "medium", "unserialize of data that may come from outside"),
    _r("php-insecure-random", {"php"}, r"\b(?:rand|mt_rand|uniqid|lcg_value|str_shuffle|array_rand)\s*\(",
       "CWE-338", "medium", "medium", "non-cryptographic random for a secret or token", needs=_SECRET_BLOCK,
       unless=r"random_bytes|random_int|openssl_random_pseudo_bytes"),
    _r("php-xxe", {"php"}, r"LIBXML_NOENT|LIBXML_DTDLOAD|libxml_disable_entity_loader\(\s*false", "CWE-611", "high", "high",
       "XML parsed with external entities expanded (XXE)"),
    _r("php-eval", {"php"}, r"\b(?:eval|assert|create_function)\s*\(\s*(?:\$|\"[^\"]{0,400}\$|'[^']{0,400}'\s*\.)", "CWE-95", "high", "medium",
       "eval of a dynamic string"),
    _r("php-upload", {"php"}, r"move_uploaded_file\s*\(", "CWE-434", "high", "medium",
       "uploaded file stored under the client's file name",
       needs=r"\$_FILES\[[^\]]+\]\[\s*['\"]name['\"]\s*\]",
       unless=r"pathinfo|basename|in_array|preg_match|finfo|mime|uniqid|bin2hex|random_bytes|hash\("),
    _r("php-hardcoded-password", {"php"}, r"(?i:\$\w*(?:passw|pwd|secret)\w*\s*=\s*['\"][^'\"\s]{6,}['\"]|define\(\s*['\"]\w*(?:PASS|PWD|SECRET|KEY|TOKEN)\w*['\"]\s*,\s*['\"][^'\"\s]{6,}['\"]|new\s+PDO\([^;\n]{0,400},\s*['\"][^'\"\s]{6,}['\"]\s*\)|mysqli?_connect\([^;\n]{0,400},\s*['\"][^'\"\s]{6,}['\"])",
       "CWE-259", "medium", "medium", "hard-coded password"),
    # --- Ruby
    _r("rb-command", {"ruby"}, r"(?:\b(?:system|exec|spawn)\s*\(?\s*|IO\.popen\(\s*|Open3\.\w+\(\s*|%x[({\[]|`)[^\n]{0,400}#\{",
       "CWE-78", "high", "medium", "shell command built with interpolation"),
    _r("rb-sql", {"ruby"}, r"\.(?:where|find_by_sql|execute|exec_query|select_all|select_value|order|joins|group|having|pluck|from)\(\s*\"[^\"]{0,400}#\{",
       "CWE-89", "high", "medium", "SQL built with interpolation (SQL injection)"),
    _r("rb-deserialize", {"ruby"}, r"\bMarshal\.(?:load|restore)\(|\bYAML\.(?:unsafe_)?load\((?![^)\n]{0,400}permitted_classes)|\bOj\.load\(", "CWE-502", "high", "medium",
       "unsafe deserialization (Marshal / YAML.load)"),
    _r("rb-eval", {"ruby"}, r"\b(?:eval|instance_eval|class_eval|module_eval)\s*\(?\s*(?:@IN@|\"[^\"]{0,400}#\{)", "CWE-95", "high", "medium",
       "eval of request input"),
    _r("rb-open-redirect", {"ruby"}, r"redirect_to\s*\(?\s*(?:@IN@|request\.referer)", "CWE-601", "medium", "high",
       "redirect to a URL taken from the request",
       unless=_CHECKED_URL + r"|start_with\?\(\s*[\"']/"),
    _r("rb-xss", {"ruby"}, r"\.html_safe\b|\braw\s*\(?\s*(?:params|@|\w+\[)|<%==", "CWE-79", "medium", "medium",
       "output marked safe without escaping (XSS)"),
    _r("rb-path-traversal", {"ruby"}, r"(?:File\.(?:read|open|join|expand_path|binread)|send_file|IO\.read|Pathname\.new)\s*\(?[^\n]{0,400}(?:@IN@)",
       "CWE-22", "high", "medium", "file path built from request input (path traversal)",
       unless=_CHECKED_PATH),
    _r("rb-kernel-open", {"ruby"}, r"(?<![\w.])open\s*\(\s*(?:@IN@|\"[^\"]{0,400}#\{)|URI\.open\(\s*(?:@IN@)", "CWE-78", "high",
       "medium", "Kernel#open on input (a leading '|' runs a command)"),
    _r("rb-weak-hash", {"ruby"}, r"Digest::(?:MD5|SHA1)\b|OpenSSL::Digest::(?:MD5|SHA1)\b", "CWE-328", "medium", "high",
       "weak hash (MD5/SHA-1)",
       unless=_NOT_SECURITY_HASH),
    _r("rb-mass-assignment", {"ruby"}, r"\.permit!|\.(?:new|create|update)\(\s*params\[:\w+\]\s*\)", "CWE-915", "medium", "medium",
       "mass assignment from request parameters"),
    # --- C#
    _r("cs-process", {"csharp"}, r"Process\.Start\([^;\n]{0,400}(?:\+\s*\w|\$\")|Arguments\s*=\s*(?:\$\"|\"[^\"]{0,400}\"\s*\+)[^;\n]{0,400}|\"/c\s[^\"]{0,400}\"\s*\+", "CWE-78",
       "high", "medium", "process started with a command built from strings"),
    _r("cs-sql", {"csharp"}, r"new\s+(?:Sql|OleDb|Odbc|MySql|Npgsql|Sqlite|SQLite)(?:Command|DataAdapter)\(\s*(?:\$\"|\"[^\"]{0,400}\"\s*\+|\w+\s*\+)|CommandText\s*=\s*(?:\$\"|\"[^\"]{0,400}\"\s*\+)|FromSqlRaw\(\s*\$\"|ExecuteSqlRaw\(\s*\$\"",
       "CWE-89", "high", "medium", "SQL built from strings (SQL injection)"),
    _r("cs-weak-hash", {"csharp"}, r"\b(?:MD5|SHA1)\.HashData\(|\b(?:MD5|SHA1)(?:CryptoServiceProvider|Managed)?\.Create\(|new\s+(?:MD5|SHA1)(?:CryptoServiceProvider|Managed)\(|HashAlgorithm\.Create\(\s*\"(?:MD5|SHA1)\"",
       "CWE-328", "medium", "high", "weak hash (MD5/SHA-1)",
       unless=_NOT_SECURITY_HASH),
    _r("cs-weak-cipher", {"csharp"}, r"\b(?:DES|TripleDES|RC2)(?:CryptoServiceProvider)?\.Create\(|new\s+(?:DES|TripleDES|RC2)CryptoServiceProvider\(|CipherMode\.ECB",
       "CWE-327", "high", "high", "weak cipher or ECB mode"),
    _r("cs-deserialize", {"csharp"}, r"\bnew\s+(?:BinaryFormatter|LosFormatter|NetDataContractSerializer|SoapFormatter|ObjectStateFormatter)\(|TypeNameHandling\s*=\s*TypeNameHandling\.(?:All|Auto|Objects|Arrays)|JavaScriptSerializer\(\s*new\s+SimpleTypeResolver",
       "CWE-502", "high", "high", "unsafe deserializer (type information from the data)"),
    _r("cs-tls", {"csharp"}, r"(?:ServerCertificate(?:Custom)?ValidationCallback|RemoteCertificateValidationCallback)\s*\+?=\s*[^;]{0,400}=>\s*true|DangerousAcceptAnyServerCertificateValidator", "CWE-295",
       "high", "high", "TLS certificate validation disabled"),
    _r("cs-insecure-random", {"csharp"}, r"\bnew\s+Random\s*\(|Random\.Shared\.", "CWE-338",
       "medium", "medium", "System.Random for a secret or token", needs=_SECRET_BLOCK, unless=r"RandomNumberGenerator"),
    _r("cs-open-redirect", {"csharp"}, r"Redirect(?:Permanent)?\(\s*(?:@IN@|returnUrl|url|redirectUrl)\b", "CWE-601", "medium", "medium",
       "redirect to a URL taken from the request", unless=r"Url\.IsLocalUrl|LocalRedirect"),
    _r("cs-xss", {"csharp"}, r"Html\.Raw\(|Response\.Write\([^;\n]{0,400}(?:@IN@)", "CWE-79", "medium", "medium",
       "output written without encoding (XSS)"),
    _r("cs-xxe", {"csharp"}, r"DtdProcessing\s*=\s*DtdProcessing\.Parse|XmlResolver\s*=\s*new\s+XmlUrlResolver|ProhibitDtd\s*=\s*false", "CWE-611",
       "high", "high", "XML parsed with DTDs / external entities (XXE)"),
    _r("cs-path-traversal", {"csharp"}, r"(?:File\.\w+|Path\.Combine|new\s+FileStream|PhysicalFile)\([^;\n]{0,400}(?:@IN@|fileName|filename)\b", "CWE-22",
       "high", "low", "file path built from input (path traversal)", unless=_CHECKED_PATH + r"|Path\.GetFileName\("),
    _r("cs-hardcoded-secret", {"csharp"}, r"(?i:Password|Pwd)\s*=\s*[^;\"\n]*;|(?i:(?:password|secret|apikey|api_key)\w*)\s*=\s*\"[^\"\s]{6,}\"", "CWE-798",
       "medium", "medium", "hard-coded credential"),
    # --- Rust
    _r("rs-shell", {"rust"}, r"Command::new\(\s*\"(?:/bin/)?(?:sh|bash|cmd(?:\.exe)?)\"\s*\)", "CWE-78", "high", "medium",
       "shell command built at run time", needs=r"format!|\.arg\(\s*&?\w+\s*\)|push_str"),
    _r("rs-tls", {"rust"}, r"danger_accept_invalid_(?:certs|hostnames)\(\s*true\s*\)|set_verify\(\s*SslVerifyMode::NONE|dangerous\(\)\.set_certificate_verifier",
       "CWE-295", "high", "high", "TLS certificate validation disabled"),
    _r("rs-weak-hash", {"rust"}, r"\bmd5::compute\(|\bMd5::(?:new|digest)\(|\bSha1::(?:new|digest)\(", "CWE-328", "medium", "high",
       "weak hash (MD5/SHA-1)",
       unless=_NOT_SECURITY_HASH),
    _r("rs-unsafe-copy", {"rust"}, r"\b(?:ptr::copy(?:_nonoverlapping)?|set_len|get_unchecked(?:_mut)?|from_raw_parts(?:_mut)?|transmute)\s*\(", "CWE-787",
       "medium", "low", "unchecked memory operation in unsafe code"),
    _r("rs-path-traversal", {"rust"}, r"(?:File::(?:open|create)|fs::(?:read\w*|write|remove_file)|Path::new|\.join)\([^;\n]{0,400}(?:query|params|req|path_param|filename|name)\b|format!\(\s*\"[^\"\n]*/\{[^}\n]*\}[^\"\n]*\"\s*,\s*&?(?:params|query|q|req|form|body|path)\.\w+", "CWE-22",
       "medium", "medium", "file path built from request input (path traversal)", unless=_CHECKED_PATH + r"|canonicalize|starts_with|components\(\)|Component::"),
    _r("rs-hardcoded-secret", {"rust"}, r"(?i:const|static|let)\s+(?:mut\s+)?\w*(?i:passw|secret|api_?key|token)\w*\s*(?::\s*&(?:'static\s+)?(?:str|\[u8\])\s*)?=\s*b?\"[^\"\s]{6,}\"", "CWE-798",
       "medium", "medium", "hard-coded credential"),
    # --- shell
    _r("sh-password-arg", {"bash"}, r"\b(?:mysql|mysqldump|mysqladmin)\b[^\n]{0,400}\s-p\S+|\bsshpass\s+-p\s*\S+|\b(?:PGPASSWORD|MYSQL_PWD)=\S+|--password[= ]\S+", "CWE-798",
       "medium", "medium", "password on the command line"),
    _r("sh-temp-file", {"bash"}, r"(?:>|\btee\s+|\bcp\s+\S+\s+|\bmv\s+\S+\s+|\btouch\s+)[^\n|;]{0,400}?/tmp/[\w.-]+(?:\$\$)?|\b\w+=[\"']?/tmp/[\w.-]*\$\$", "CWE-377",
       "medium", "medium", "predictable file in /tmp (use mktemp)", unless=r"\bmktemp\b"),
    _r("sh-unquoted-rm", {"bash"}, r"\brm\s+-[a-zA-Z]*[rR][a-zA-Z]*\s+\$\{?\w+\}?(?:/\S*)?(?:\s|$)", "CWE-78", "medium", "medium",
       "rm -r on an unquoted variable (an empty or spaced value deletes elsewhere)", re.M),
    _r("sh-eval-string", {"bash"}, r"\beval\s+\"(?!\$\(\s*(?:ssh-agent|[\w/.-]*(?:brew|pyenv|rbenv|nodenv|direnv|conda|starship|zoxide|minikube|opam|fnm|mise)\b))[^\"\n]{0,400}\$", "CWE-78", "high", "medium", "eval of a string with variables"),
    _r("sh-bash-c-var", {"bash"}, r"\b(?:ba)?sh\s+-c\s+\"[^\"\n]{0,400}\$\{?\d", "CWE-78", "high", "medium",
       "shell -c with an argument interpolated"),
    # --- SQL
    _r("sql-grant-all", {"sql"}, r"\bGRANT\s+ALL(?:\s+PRIVILEGES)?\b[^;]{0,400}\bTO\s+(?:PUBLIC|['\"]?\w+['\"]?@['\"]%['\"])|\bGRANT\s+ALL\b[^;]{0,400}WITH\s+GRANT\s+OPTION",
       "CWE-269", "medium", "high", "all privileges granted broadly", re.I),
    _r("sql-dynamic", {"sql"}, r"\bEXEC(?:UTE)?\s*\(\s*@\w+\s*\)|\bEXECUTE\s+IMMEDIATE\s+[^;]{0,400}\|\||\bEXECUTE\s+(?:'(?:[^']|'')*'\s*\|\||format\([^)]{0,400}%s)|\bPREPARE\s+\w+\s+FROM\s+@\w+|^(?![^\n]{0,400}QUOTENAME)[^\n]{0,400}N?'[^'\n]*'\s*\+\s*@\w+",
       "CWE-89", "high", "medium", "dynamic SQL built from strings (SQL injection)", re.I | re.M),
    _r("sql-weak-hash", {"sql"}, r"\b(?:MD5|SHA1|SHA)\s*\(\s*(?:[\w.]*pass|@pass|:pass|p_pass|new\.pass)", "CWE-328", "high", "high",
       "password hashed with MD5/SHA-1", re.I),
    _r("sql-hardcoded-password", {"sql"}, r"\b(?:CREATE|ALTER)\s+(?:USER|ROLE|LOGIN)\b[^;\n]{0,400}(?:PASSWORD|IDENTIFIED\s+BY)\s*=?\s*'(?!change.?me|<|x{3,}|\*{3,}|your[_ -]|placeholder)[^']{4,}'", "CWE-798",
       "medium", "medium", "hard-coded database password", re.I),
    _r("sql-shell", {"sql"}, r"\bxp_cmdshell\b|\bCOPY\b[^;]{0,400}\bPROGRAM\b|\bsys_exec\s*\(", "CWE-78", "high", "high",
       "operating-system command from SQL"),
    # --- Python sinks bandit has no check for (run beside bandit)
    _r("py-path-traversal", {"python"}, r"(?:open|send_file|FileResponse|os\.path\.join|Path)\([^\n]{0,400}(?:@IN@|sys\.argv)",
       "CWE-22", "high", "medium", "file path built from request input (path traversal)", with_bandit=True,
       unless=_CHECKED_PATH + r"|secure_filename|os\.path\.basename"),
    _r("py-ssrf", {"python"}, r"(?:requests|httpx|urllib\.request|aiohttp\.ClientSession\(\))\.\w*\(\s*(?:@IN@|f?['\"][^'\"]*\{[^}]*@IN@)|urlopen\(\s*(?:@IN@)",
       "CWE-918", "high", "medium", "outgoing request to a URL taken from the request (SSRF)", with_bandit=True,
       unless=_CHECKED_URL),
    _r("py-open-redirect", {"python"}, r"(?:redirect|HttpResponseRedirect|RedirectResponse)\(\s*(?:@IN@|next_url|next\b|url\b|target\b)",
       "CWE-601", "medium", "medium", "redirect to a URL taken from the request", with_bandit=True,
       unless=_CHECKED_URL + r"|startswith\(\s*['\"]/"),
    _r("py-template-injection", {"python"}, r"render_template_string\(\s*(?!['\"])|Template\(\s*(?:request|f['\"]|[a-z_]+\s*\+)|jinja2\.Template\(\s*(?!['\"])",
       "CWE-94", "high", "medium", "template compiled from a dynamic string (server-side template injection)",
       with_bandit=True),
    _r("py-xss", {"python"}, r"(?:return|make_response\(|HttpResponse\()\s*f?['\"][^'\"\n]{0,400}<" + _HTML_TAG + r"[^'\"\n]{0,400}\{[^}\n]{0,400}(?:@IN@|name|query|q|comment|msg|message|user)\b|Markup\(\s*f['\"]|(?<![\w ])mark_safe\(\s*(?!['\"])",
       "CWE-79", "medium", "medium", "HTML built from request input without escaping (XSS)", with_bandit=True,
       unless=r"escape\(|html\.escape|bleach\.clean"),
    _r("py-xxe", {"python"}, r"resolve_entities\s*=\s*True|XMLParser\([^)]{0,400}load_dtd\s*=\s*True|feature_external_ges\s*,\s*True",
       "CWE-611", "high", "high", "XML parsed with external entities (XXE)", with_bandit=True),
    _r("py-regex-dos", {"python"}, r"re\.(?:compile|match|search|fullmatch|sub|split|findall)\(\s*r?['\"][^'\"\n]{0,400}" + _EVIL_GROUP,
       "CWE-1333", "medium", "medium", "nested quantifier: catastrophic backtracking (ReDoS)", with_bandit=True),
    _r("py-jwt-no-verify", {"python"}, r"verify_signature['\"]\s*:\s*False|jwt\.decode\([^)\n]{0,400}verify\s*=\s*False|algorithms\s*=\s*\[[^\]]*['\"]none['\"]",
       "CWE-347", "high", "high", "JWT decoded without verifying its signature", with_bandit=True),
    _r("py-insecure-random", {"python"}, rf"(?i:{_SECRETISH})\w*\s*=\s*[^\n]{0,400}\brandom\.(?:choice|choices|randint|random|getrandbits|sample|randrange)\(",
       "CWE-338", "medium", "medium", "random module for a secret or token (use secrets)", with_bandit=True),
    # --- C / C++: sizes, indexes, ciphers, streams
    _r("c-int-overflow-alloc", C, r"\b(?:u?int(?:8|16|32)?_t|(?:unsigned\s+)?(?:int|short)|unsigned)\s+(\w+)\s*=\s*[\w.\->]+\s*\*\s*[\w.\->()]+[^;\n]*;(?=[\s\S]{0,1200}?(?:malloc|alloca|realloc|make_unique<[^>\n]*\[\]>|new\s+[\w:]+\s*\[)\s*[(\[]?\s*\1\b)", "CWE-190",
       "medium", "medium", "32-bit size computed by multiplication, then allocated (integer overflow)",
       unless=r"SIZE_MAX|UINT32_MAX|INT_MAX|__builtin_mul_overflow|ckd_mul|numeric_limits"),
    _r("c-weak-cipher", C, r"\bEVP_\w+_ecb\s*\(\s*\)|\bEVP_(?:des|rc4|rc2|bf)\w*\s*\(\s*\)|\b(?:DES_(?:ecb|ncbc|cbc)|AES_ecb)_encrypt\s*\((?!\s*(?:const|unsigned|void|DES_cblock|const_DES_cblock)\b)", "CWE-327",
       "high", "high", "weak cipher or ECB mode"),
    _r("cpp-path-traversal", C, r"\b(?:std::)?(?:i|o)?fstream\s+\w+\s*[({]\s*[\w.:]+\s*\+\s*\w+|\bfopen\s*\(\s*\(?\s*[\w.:]+\s*\+\s*\w+", "CWE-22",
       "medium", "medium", "file opened on a path joined with input (path traversal)",
       unless=r"\"\.\.\"|canonical|lexically_normal|realpath|filename\(\)|basename|find\(\s*\"\.\.\"|\bsafe_?\w*\(|\bvalid\w*\(|isalnum|regex_match"),
    _r("c-index-from-input", C, r"\b(?:sscanf|scanf|fscanf)\s*\([^;\n]*%[ud][^;\n]*&\s*(\w+)[\s\S]{0,800}?\w\[\s*\1\s*\]", "CWE-129",
       "medium", "medium", "array indexed by a number read from input without a bounds check",
       unless=r"(?<!-)(?:<|>|<=|>=)\s*(?:\(?\s*(?:int|size_t)\s*\)?\s*)?(?:\w*(?:NUM|MAX|COUNT|LEN|SIZE)\w*|sizeof|\d+)\b|\.at\("),
    _r("cpp-memcpy-offset", C, r"\bmem(?:cpy|move)\s*\(\s*[\w.\->]+(?:\.data\(\)|\.get\(\))?\s*\+\s*[A-Za-z_]\w*\s*,", "CWE-787",
       "medium", "medium", "copy to an offset that is not checked against the buffer (out-of-bounds write)",
       unless=r"\bif\s*\((?=[^\n]{0,300}(?<!-)[<>])(?=[^\n]{0,300}(?:size\(\)|sizeof|_SIZE|MAX|capacity|len))|(?:malloc|calloc|new\s+\w+\s*\[)[^;\n]{0,200}\+"),
    # --- C / C++ round 3 (snippets_dev3.jsonl): bounds, lifetimes, ownership
    _r("c-off-by-one", C, r"\bfor\s*\([^;\n]{0,60}=\s*0\s*;\s*(\w+)\s*<=\s*[\w.\->]+(?:\(\))?\s*;[^)\n]{0,80}\)[\s\S]{0,300}?\w\[\s*\1\s*\]\s*=(?!=)|\bif\s*\(\s*(\w+)\s*>\s*(\w+)\.(?:size|length)\(\)\s*\)(?=[\s\S]{0,300}?\b\3\[\s*\2\s*\])", "CWE-193",
       "medium", "medium", "off-by-one bound (<= n / > size()) before an index write"),
    _r("c-strncpy-unterminated", C, r"\bstrncpy\s*\(\s*([\w.\->\[\]]+)\s*,[^;\n]{0,200},\s*sizeof\s*\(?\s*\1\s*\)?\s*\)\s*;(?![\s\S]{0,300}?\[[^\]\n]{0,80}(?:sizeof|-\s*1)[^\]\n]{0,80}\]\s*=\s*(?:'\\0'|0)\b)", "CWE-170",
       "medium", "medium", "strncpy of the full buffer size leaves it unterminated"),
    _r("c-snprintf-offset", C, r"\b\w+\s*\+=\s*(?:std::)?v?snprintf\s*\(", "CWE-787", "medium", "medium",
       "snprintf's return value (the untruncated length) used as an offset",
       unless=r"\bif\s*\([^)\n]{0,200}(?:>=|<\s*0)"),
    _r("c-alloca-input", C, r"\balloca\s*\(\s*(?!sizeof)[a-z_][\w.\->]*\s*\)", "CWE-789", "medium", "medium",
       "stack allocation sized by a variable (alloca)",
       unless=r"\bif\s*\([^)\n]{0,200}(?:>|>=)\s*(?:\d{2,}|\w*(?:MAX|LIMIT|CAP)\w*)"),
    _r("c-signed-length", C, r"\b(?:int|short|long|int(?:8|16|32|64)_t|ssize_t)\s+(\w*(?:len|length|size|count)\w*)\s*;[\s\S]{0,1000}?(?P<v>\bmem(?:cpy|move)\s*\([^;\n]{0,200},\s*[\w.\->]*?\b\1\s*\))", "CWE-195",
       "medium", "medium", "signed length passed to memcpy (a negative value passes a > MAX check)",
       unless=r"<\s*0\b|>=\s*0\b|<=\s*0\b|\(size_t\)|static_cast<\s*(?:std::)?size_t\s*>"),
    _r("c-add-overflow-check", C, r"\bif\s*\(\s*\w*(?:off|offset|pos|start|idx|index)\w*\s*\+\s*\w*(?:len|n|size|count|length)\w*\s*>=?\s*[\w.\->]+\s*\)", "CWE-190",
       "medium", "medium", "bounds check whose sum can wrap around (check n > cap - off instead)",
       unless=r"SIZE_MAX|__builtin_add_overflow|ckd_add|>\s*[\w.\->]+\s*-\s*\w+"),
    _r("c-malloc-unchecked", C, r"(\w+)\s*=\s*(?:\([^)\n]{0,40}\)\s*)?(?:malloc|calloc|realloc|strdup)\s*\([^;\n]{0,200}\)\s*;[ \t]*\n[ \t]*(?P<v>(?:mem(?:cpy|set|move)|strn?cpy|strn?cat|sprintf|snprintf)\s*\(\s*\1\b|\1\s*\[|\*\s*\1\b|\1\s*->)", "CWE-690",
       "medium", "medium", "allocation used without a NULL check"),
    # cppcheck's memleakOnRealloc: when realloc fails the old block is still allocated, and
    # assigning the NULL result to the only pointer to it loses it.
    _r("c-realloc-self", C, r"(?P<v>(?P<ptr>\b[\w\->.]*\w)\s*=\s*(?:\([^)\n]{0,40}\)\s*)?realloc\s*\(\s*(?P=ptr)\s*,)", "CWE-401",
       "low", "medium", "realloc result assigned to the pointer it reallocates (leak on failure)"),
    # A number read from text indexes an array with no comparison of it on the lines between.
    _r("c-index-from-input", C, r"\b(?:int|long|size_t|unsigned|auto)\s+(\w+)\s*=\s*(?:std::)?(?:atoi|atol|stoi|stol|stoul|strtol|strtoul)\s*\([^;\n]*\)\s*;[^\n]*\n(?:(?![^\n]*(?:\b\1\s*(?:<|>)|(?:<|>)=?\s*\1\b|\bat\s*\(\s*\1))[^\n]*\n){0,12}?[^\n]*?(?P<v>\b\w+\s*\[\s*\1\s*(?:[-+]\s*1\s*)?\])", "CWE-129",
       "medium", "medium", "array index parsed from input and never compared with the array's size"),
    _r("cpp-dynamic-cast-unchecked", C, r"(\w+)\s*=\s*dynamic_cast<[^>\n]*\*\s*>\s*\([^;\n]*\)\s*;[ \t]*\n[ \t]*(?P<v>\1\s*->)", "CWE-476",
       "medium", "medium", "dynamic_cast result used without a null check"),
    _r("cpp-new-array-delete", C, r"\b(\w+)\s*[(=]\s*new\s+[\w:<>]+(?:\s+[\w:<>]+)*\s*\[[^\]\n]*\][\s\S]{0,2000}?(?P<v>\bdelete\s+\1\s*;)", "CWE-762",
       "medium", "medium", "array from new[] released with delete instead of delete[]"),
    _r("c-toctou-access", C, r"\baccess\s*\(\s*(\w+)\s*,\s*[RWXF]_OK\s*\)(?=[\s\S]{0,800}?\b(?:open|fopen|creat)\s*\(\s*\1\b)", "CWE-367",
       "medium", "medium", "access() then open() on the same path (time-of-check, time-of-use race)"),
    _r("c-exec-shell", C, r"\bexecl?p?\s*\(\s*\"[^\"\n]*sh\"\s*,\s*\"[^\"\n]*\"\s*,\s*\"-c\"\s*,\s*(?!\")\w+", "CWE-78", "high", "medium",
       "shell -c with a command built at run time"),
    # A function that returns a pointer (C) or a reference (C++), then, before any line that is
    # only "}", a local array / object and "return" of it.
    _r("c-return-local", C, r"(?:(?:char|int|uint8_t|wchar_t|void)\s*\*|&)\s*\w+\s*\([^)\n]*\)\s*(?:const\s*)?\{?[ \t]*\n(?:(?![ \t]*\}[ \t]*\n)[^\n]*\n){0,30}?[ \t]*(?!return\b|else\b|case\b|goto\b|delete\b|throw\b|static\b)(?:(?:unsigned[ \t]+)?char[ \t]+(\w+)[ \t]*\[[^\]\n]+\]|(?:std::)?\w+(?:<[^>\n]*>)?[ \t]+(\w+)[ \t]*(?:\{\})?)[ \t]*;[ \t]*\n(?:(?![ \t]*\}[ \t]*\n)[^\n]*\n){0,25}?[ \t]*(?P<v>return[ \t]+(?:\1|\2)[ \t]*;)", "CWE-562",
       "medium", "medium", "returns a local that dies with the function"),
    _r("cpp-dangling-temp", C, r"char\s*\*\s*\w+\s*=\s*(?:\([^;\n]{0,200}\+[^;\n]{0,200}\)|std::(?:string|to_string)\([^;\n]{0,200}\))\s*\.(?:c_str|data)\(\)|\bstring_view\s+\w+\s*=\s*[^;\n]{0,200}\+[^;\n]{0,200};", "CWE-416",
       "high", "medium", "pointer or view into a temporary string (dangling)"),
    _r("cpp-invalidated-ref", C, r"(?:&|\*)\s*(\w+)\s*=\s*&?\s*(\w+)(?:\[[^\]\n]{0,80}\]|\.(?:front|back|at)\([^)\n]{0,80}\)|\.data\(\)|\.begin\(\))\s*;[\s\S]{0,600}?\b\2\s*\.\s*(?:push_back|emplace_back|insert|resize|reserve|emplace|clear|erase|shrink_to_fit)\s*\([\s\S]{0,600}?(?P<v>\b\1\b)", "CWE-416",
       "medium", "medium", "reference or iterator used after its container may have reallocated"),
    _r("cpp-erase-in-loop", C, r"\bfor\s*\(\s*auto\s+(\w+)\s*=\s*(\w+)\.begin\(\)[^;\n]{0,80};[^;\n]{0,80};\s*\+\+\1\s*\)[\s\S]{0,400}?(?<!=)(?<!= )(?P<v>\b\2\.erase\(\s*\1\s*\))", "CWE-416",
       "medium", "medium", "iterator incremented after erase() invalidated it"),
    _r("cpp-raw-after-erase", C, r"(\w+)\s*=\s*(\w+)(?:\.at\([^)\n]{0,80}\)|\[[^\]\n]{0,80}\]|\.find\([^)\n]{0,80}\)->second)\.get\(\)\s*;[\s\S]{0,400}?\b\2\.(?:erase|clear)\([\s\S]{0,300}?(?P<v>\b\1\s*->)", "CWE-416",
       "high", "medium", "raw pointer used after its owner was erased"),
    _r("cpp-double-owner", C, r"\b(\w+)\s*=\s*(?:new\b|[\w:]+\()[^;\n]{0,200};[\s\S]{0,400}?(?:unique_ptr<[^>\n]*>\s*\(\s*\1\s*\)|emplace_back\(\s*\1\s*\)|push_back\(\s*\1\s*\)|reset\(\s*\1\s*\))[\s\S]{0,400}?(?P<v>unique_ptr<[^>\n]*>\s*\(\s*\1\s*\)|reset\(\s*\1\s*\))", "CWE-415",
       "high", "medium", "one raw pointer handed to two owners (double delete)", needs=r"unique_ptr"),
    _r("cpp-rule-of-three", C, r"\b(?:class|struct)\s+(\w+)\b[^;{\n]*\{(?=[\s\S]{0,1500}?~\1\s*\()(?![\s\S]{0,1500}?\b\1\s*\(\s*(?:const\s+)?\1\s*&)(?![\s\S]{0,1500}?operator=\s*\(\s*(?:const\s+)?\1\s*&)[\s\S]{0,1500}?(?P<v>~\1\s*\(\s*\)\s*(?:noexcept\s*)?\{[^}\n]{0,200}\bdelete\b)", "CWE-415",
       "medium", "medium", "owning class without a copy constructor / assignment (copies delete twice)"),
    _r("cpp-detached-ref", C, r"std::thread\s+(\w+)\s*[({]\s*\[\s*&[^\]\n]{0,80}\][\s\S]{0,400}?\b\1\.detach\(\)|std::thread\s*[({]\s*\[\s*&[^\]\n]{0,80}\][\s\S]{0,400}?\)\s*\.detach\(\)", "CWE-825",
       "high", "medium", "detached thread holds references to locals (dangling)"),
    _r("conn-string-password", ANY, r"[\"'][^\"'\n]{0,300}\b(?i:password|pwd)\s*=\s*(?!\$|\{|%|<|\*|\"|')[^\s\"';]{6,}", "CWE-798",
       "medium", "medium", "password in a connection string"),
    # --- shell
    _r("sh-umask-open", {"bash"}, r"^[ \t]*umask[ \t]+0*[0-7]?[0-7]?[0145][ \t]*(?:$|[;&#])", "CWE-276", "medium", "high",
       "umask leaves new files writable by everyone", re.M),
    _r("sh-tmp-var", {"bash"}, r"^[ \t]*(?:local[ \t]+|export[ \t]+|readonly[ \t]+)?\w+=[\"']?/tmp/(?:\$\([^)\n]*\)|[^\s\"';|])*+[\"']?[ \t]*(?:#.*)?$", "CWE-377",
       "medium", "medium", "fixed or guessable file name in /tmp (use mktemp)", re.M,
       needs=r">>?\s*\"?\$\{?\w+|\btee\s+\"?\$", unless=r"\bmktemp\b"),
    _r("sh-secret-logged", {"bash"}, rf"^(?=[^\n]*\b(?:echo|printf)\b)(?={_SH_SECRET_VAR})(?=[^\n]*(?:>>?\s*[\"']?\S*(?i:log)|\|\s*tee\b[^\n]*(?i:log)))|^(?=[^\n]*\blogger\b)(?={_SH_SECRET_VAR})", "CWE-532",
       "medium", "medium", "secret written to a log", re.M),
    _r("sh-sql-interp", {"bash", "php", "kotlin"}, rf"\"[^\"\n]{{0,300}}{_SQL_VERB}[^\"\n]{{0,300}}\$\{{?[A-Za-z_]", "CWE-89", "high", "medium",
       "SQL statement with a variable interpolated (SQL injection)", re.I,
       unless=r"QUOTENAME\(|=~\s*['\"]?\^"),
    _r("sh-unquoted-arg", {"bash"}, r"^[ \t]*(?:cp|mv|tar|chown|chmod|rsync|ln)\b(?:[^\"\n]|\"[^\"\n]*\"){0,300}?[ \t](?P<v>\$\{?[A-Za-z_]\w*\}?)(?=[/ \t]|$)", "CWE-88", "medium", "medium",
       "unquoted variable as a file argument (word splitting and globbing)", re.M,
       needs=r"=\s*\"?\$\{?[1-9@*]|\bfor\s+\w+\s+in\b|\bread\s"),
    _r("sh-secret-echoed", {"bash"}, rf"^[ \t]*(?:echo|printf)\b(?={_SH_SECRET_VAR})(?![^\n]*[|>])", "CWE-532", "medium", "medium",
       "secret printed to the output (CI and service logs keep it)", re.M),
    _r("sh-source-tmp", {"bash"}, r"^[ \t]*(\w+)=[\"']?/tmp/[^\n]*\n[\s\S]{0,800}?(?P<v>(?:\bsource|(?<![\w.])\.)[ \t]+\"?\$\{?\1\b)|(?:\bsource|(?<![\w.])\.)[ \t]+\"?/tmp/", "CWE-829", "high", "medium",
       "shell code sourced from a world-writable place", re.M),
    _r("sh-find-exec-sh", {"bash"}, r"-exec(?:dir)?\s+(?:ba)?sh\s+-c\s+(['\"])(?:(?!\1)[^\n])*\{\}", "CWE-78", "high", "high",
       "file name substituted into shell code (find -exec sh -c '... {}')"),
    _r("sh-cgi-path", {"bash"}, r"\b(?:cat|cp|mv|rm|less|head|tail|tar|source)\s+[^\n|;]{0,300}\$\{?(?:@IN@)", "CWE-22", "high", "medium",
       "file path built from the request (path traversal)", unless=r"\*\.\.\*|basename|realpath|=~\s*['\"]?\^"),
    _r("sh-ssh-remote-var", {"bash"}, r"\bssh\b[^\n]{0,300}?\s\"[^\"\n]{0,300}\$\{?\w+[^\"\n]{0,300}\"[ \t]*$", "CWE-78", "medium", "medium",
       "remote command built from a variable (the remote shell parses it)", re.M,
       needs=r"=\s*\"?\$\{?[1-9@*]|\bread\s+(?:-\w+\s+)*\w+", unless=r"printf\s+%q|\$\{\w+@Q\}"),
    # --- JS / TS
    _r("js-exec-promisified", JS, r"\b(?:run|execAsync|execP|exec_?async|pexec|execPromise|sh|shell)\(\s*`[^`]*\$\{", "CWE-78", "high", "medium",
       "shell command built from variables (promisified exec)", needs=r"promisify\(\s*(?:\w+\.)?exec\s*\)"),
    _r("js-jwt-decode", JS, r"\bjwt\.decode\(", "CWE-347", "high", "medium",
       "JWT read with jwt.decode (no signature check)", unless=r"\bjwt\.verify\(|\.verify\("),
    _r("js-jwt-alg-none", JS, r"\balg\s*={2,3}\s*['\"]none['\"]|algorithms\s*:\s*\[[^\]]*['\"]none['\"]", "CWE-347", "high", "high",
       "JWT with alg \"none\" accepted"),
    _r("js-cors-credentials", JS, r"\borigin\s*:\s*(?:true|['\"]\*['\"])\s*,(?=[^}]{0,400}\bcredentials\s*:\s*true)|\bcredentials\s*:\s*true\s*,(?=[^}]{0,400}\borigin\s*:\s*(?:true|['\"]\*['\"]))|Access-Control-Allow-Origin['\"]\s*,\s*(?:req|request)\.(?:headers?\.origin|get\(\s*['\"]origin)", "CWE-942", "medium", "medium",
       "CORS reflects any origin with credentials", needs=r"credentials\s*:\s*true|Allow-Credentials['\"]\s*,\s*['\"]?true"),
    _r("js-prototype-pollution-input", JS, r"^[ \t]*\w+\[\s*(?:@IN@)\s*\]\[\s*(?:@IN@)\s*\]\s*=(?!=)|^[ \t]*\w+\[\s*\w+\[\s*\w+\.length\s*-\s*1\s*\]\s*\]\s*=(?!=)", "CWE-1321", "medium", "medium",
       "object keys taken from input (prototype pollution)", re.M,
       unless=r"__proto__|prototype|constructor|hasOwn|Object\.create\(\s*null\s*\)|new Map\("),
    _r("js-set-by-path", JS, r"^[ \t]*\w+\[\s*(?:parts|keys|segments|path|steps)\[[^\]\n]+\]\s*\]\s*=(?!=)", "CWE-1321", "medium", "medium",
       "nested keys from a dotted path assigned without a __proto__ check (prototype pollution)", re.M,
       needs=r"\.split\(\s*['\"][./]['\"]\s*\)", unless=r"__proto__|prototype|constructor|hasOwn|Object\.create\(\s*null\s*\)|new Map\("),
    # --- JVM
    _r("jvm-static-iv", JVM, r"IvParameterSpec\(\s*(?:new\s+byte\s*\[|ByteArray\(|\"[^\"]*\"\.(?:getBytes|toByteArray)|\w*(?i:iv)\w*\.(?:getBytes|toByteArray)\()", "CWE-329", "medium", "high",
       "fixed initialisation vector"),
    _r("kt-xss-template", {"kotlin"}, r"\"[^\"\n]{0,300}<" + _HTML_TAG + r"[^\"\n]{0,300}\$\{?(?:@IN@)", "CWE-79", "high", "medium",
       "request input in an HTML response (XSS)", unless=r"escapeHTML|escapeHtml|htmlEscape|StringEscapeUtils"),
    # --- Rust
    _r("rs-unsafe-unchecked", {"rust"}, r"\b(?:get_unchecked(?:_mut)?|set_len|ptr::copy(?:_nonoverlapping)?|transmute(?:::<[^>\n]*>)?|from_raw_parts(?:_mut)?|ptr::read(?:_volatile|_unaligned)?)\s*\(|\bas\s+\*(?:const|mut)\s+\w+", "CWE-787",
       "medium", "medium", "unchecked memory operation in unsafe code",
       unless=r"SAFETY:|assert!|debug_assert!|\.len\(\)\s*[<>]=?|[<>]=?\s*\w+\.len\(\)|\.resize\(|\.fill\(|MaybeUninit"),
    _r("rs-insecure-random", {"rust"}, r"\b(?:SmallRng|StdRng|ChaCha\d*Rng|Pcg\w*|XorShiftRng|Xoshiro\w*)::seed_from_u64\(|\bfastrand::", "CWE-338",
       "medium", "medium", "predictable random generator for a secret or token", needs=_SECRET_BLOCK),
    _r("rs-open-redirect", {"rust"}, r"(?:header::LOCATION\s*,|Redirect::(?:to|temporary|permanent|see_other)\()\s*&?(?:q|query|params|form|body)\.\w+", "CWE-601", "medium", "medium",
       "redirect to a URL taken from the request", unless=_CHECKED_URL + r"|starts_with\(\s*\"/\""),
    # --- PHP, Ruby, C#, Go, SQL
    _r("php-short-echo", {"php"}, r"<\?=\s*(?:\$(?:@IN@)|(?:@IN@))", "CWE-79", "high", "medium",
       "request input echoed into HTML (XSS)"),
    _r("rb-dynamic-dispatch", {"ruby"}, r"\.(?:send|public_send|__send__|constantize|safe_constantize|const_get)\(\s*(?:@IN@)|(?:@IN@)[^\n]{0,300}\.(?:constantize|safe_constantize)\b", "CWE-470", "high", "medium",
       "method or class chosen by request input"),
    _r("cs-path-input", {"csharp"}, r"(?:File\.\w+|Path\.Combine|new\s+FileStream|PhysicalFile)\([^;\n]{0,400}(?:@IN@)", "CWE-22",
       "high", "medium", "file path built from request input (path traversal)", unless=_CHECKED_PATH + r"|Path\.GetFileName\(|GetFullPath"),
    _r("go-seeded-random", {"go"}, r"rand\.New\(\s*rand\.NewSource\(|rand\.Seed\(\s*time\.Now", "CWE-338", "medium", "medium",
       "math/rand seeded from the clock for a secret or token", needs=_SECRET_BLOCK, unless=r"crypto/rand"),
    _r("go-gin-file", {"go"}, r"\bc\.(?:File|FileAttachment)\([^\n]{0,400}(?:@IN@)", "CWE-22", "high", "medium",
       "file path built from request input (path traversal)", unless=_CHECKED_PATH_OR_BASE),
    _r("sql-plaintext-column", {"sql"}, r"^[ \t]*[\[\"`]?(?:password|passwd|pwd|user_?password)[\]\"`]?[ \t]+(?:N?VARCHAR2?|N?CHAR|TEXT|CHARACTER VARYING|STRING)\b", "CWE-256", "medium", "medium",
       "password column stored as text", re.I | re.M),
    _r("sql-security-definer", {"sql"}, r"\bSECURITY\s+DEFINER\b", "CWE-426", "medium", "high",
       "SECURITY DEFINER function without a fixed search_path", re.I, unless=r"(?i:SET\s+search_path)"),
    _r("sql-rls-off", {"sql"}, r"\bALTER\s+TABLE\s+[\w.\"]+\s+(?:DISABLE|NO\s+FORCE)\s+ROW\s+LEVEL\s+SECURITY\b", "CWE-285", "medium", "high",
       "row-level security switched off", re.I),
    _r("sql-superuser", {"sql"}, r"\b(?:CREATE|ALTER)\s+(?:ROLE|USER)\b[^;]*\bSUPERUSER\b|\bGRANT\s+(?:SUPER|ALL\s+PRIVILEGES)\s+ON\s+\*\.\*", "CWE-250", "medium", "high",
       "application account given superuser rights", re.I),
    _r("sql-plaintext-password", {"sql"}, r"\bINSERT\s+INTO\s+\w+\s*\([^)]*\bpass(?:word|wd)\b[^)]*\)\s*VALUES\s*\([^)]*[@:]?\b\w*pass(?:word|wd)\b", "CWE-256", "medium", "medium",
       "password stored as given (plaintext)", re.I,
       unless=r"(?i:crypt\(|SHA2\(|digest\(|hash|bcrypt|argon|scrypt|pbkdf)"),
    # --- JS / TS / Go / Java regular expressions with nested quantifiers (ReDoS)
    _r("regex-dos", JS | JVM | {"go", "csharp", "ruby", "php"}, r"(?:RegExp\(\s*|MustCompile\(\s*|Pattern\.compile\(\s*|\bRegex\(\s*@?|preg_match\(\s*|[=(,:]\s*)['\"/`][^'\"/`\n]*" + _EVIL_GROUP,
       "CWE-1333", "medium", "medium", "nested quantifier: catastrophic backtracking (ReDoS)"),
)  # fmt: skip


def regex_findings(block: CodeBlock, *, beside_bandit: bool = False) -> list[Finding]:
    """All rule matches in one block (one finding per rule and line). ``beside_bandit``: only
    the Python rules for sinks bandit has no check for."""
    out: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    taint = tainted_input(block)
    for rule in RULES:
        if not _applies(rule, block, beside_bandit):
            continue
        pattern, tainted = rule.pattern, "@IN@" in rule.pattern.pattern
        if tainted:
            if taint is None:
                continue
            pattern = _with_input(pattern.pattern, pattern.flags, taint)
        for match in pattern.finditer(block.code):
            if tainted and _SANITISERS.search(_line_at(block.code, match)):
                continue
            # A pattern that matches context first names the flawed part "v" (the use after
            # the free, the return of the local): that is the line reported.
            at = match.start("v") if "v" in pattern.groupindex else match.start()
            line = block.code.count("\n", 0, at) + 1
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
    if block.language in C and not beside_bandit:
        out += freed_then_used(block)
    return out


def _line_at(code: str, match: re.Match[str]) -> str:
    start = code.rfind("\n", 0, match.start()) + 1
    end = code.find("\n", match.end())
    return code[start : end if end >= 0 else len(code)]


@lru_cache(maxsize=4096)
def _with_input(template: str, flags: int, taint: str) -> re.Pattern[str]:
    return re.compile(template.replace("@IN@", taint), flags)


def _applies(rule: RegexRule, block: CodeBlock, beside_bandit: bool) -> bool:
    if beside_bandit and not rule.with_bandit:
        return False
    if "*" not in rule.languages and block.language not in rule.languages:
        return False
    if rule.needs is not None and not rule.needs.search(block.code):
        return False
    return rule.unless is None or not rule.unless.search(block.code)
