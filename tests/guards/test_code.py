"""The ``code`` scanner and ``scan_code_blocks``: table-driven over insecure and safe snippets.

semgrep tests run when a semgrep executable is found (beside the interpreter, on PATH, or at
``$TIERGATE_TEST_SEMGREP``); otherwise they are skipped and the regex fallback is tested."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tiergate.errors import Unavailable
from tiergate.guards.base import ScanContext
from tiergate.guards.code import extract_code_blocks, guess_language, scan_code, scan_code_blocks
from tiergate.guards.code.semgrep_runner import find_semgrep
from tiergate.guards.scanners.code import CodeParams, CodeScanner
from tiergate.plugins import registry

SEMGREP = find_semgrep(os.environ.get("TIERGATE_TEST_SEMGREP") or None)
needs_semgrep = pytest.mark.skipif(SEMGREP is None, reason="semgrep not installed")


def fenced(lang: str, code: str) -> str:
    return f"Here is the code:\n\n```{lang}\n{code}\n```\n"


PYTHON_CASES = [
    ("sql-format", 'def q(db, uid):\n    db.execute("SELECT * FROM users WHERE id = \'%s\'" % uid)',
     "CWE-89", 2),
    ("sql-fstring", 'def q(db, uid):\n    db.execute(f"SELECT name FROM users WHERE id = {uid}")',
     "CWE-89", 2),
    ("shell-true", "import subprocess\n\nsubprocess.run(cmd, shell=True)", "CWE-78", 3),
    ("yaml-load", "import yaml\ncfg = yaml.load(open('c.yml'))", "CWE-502", 2),
    ("pickle-loads", "import pickle\nobj = pickle.loads(blob)", "CWE-502", 2),
    ("eval", "x = input()\nprint(eval(x))", "CWE-95", 2),
    ("hardcoded-password", 'password = "hunter2hunter2"', "CWE-259", 1),
    ("md5", "import hashlib\nh = hashlib.md5(data).hexdigest()", "CWE-327", 2),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "code", "cwe", "line"), PYTHON_CASES, ids=[c[0] for c in PYTHON_CASES]
)
def test_python_findings_carry_cwe_and_line(name: str, code: str, cwe: str, line: int) -> None:
    findings = scan_code_blocks(fenced("python", code))
    assert (cwe, line) in {(f.cwe, f.line) for f in findings}, findings
    hit = next(f for f in findings if f.cwe == cwe)
    assert hit.language == "python"
    assert hit.engine == "bandit"
    assert hit.block_index == 0


SAFE_CASES = [
    ("param-sql", 'def q(db, uid):\n    db.execute("SELECT * FROM users WHERE id = ?", (uid,))'),
    ("list-args", 'import subprocess\nsubprocess.run(["ls", "-l"], check=True)'),
    ("safe-yaml", "import yaml\ncfg = yaml.safe_load(open('c.yml'))"),
    ("json", "import json\nobj = json.loads(blob)"),
    ("sha256", "import hashlib\nh = hashlib.sha256(data).hexdigest()"),
    ("literal-eval", "import ast\nv = ast.literal_eval(s)"),
    ("js-safe", "const x = [1, 2, 3].map((n) => n * 2);\nconsole.log(x);"),
    ("c-safe", '#include <stdio.h>\nint main(void) { printf("%d\\n", 42); return 0; }'),
]  # fmt: skip

# Code that looks risky and is not: each names the check or context that makes it safe.
NON_PYTHON_SAFE = [
    ("javascript", "const to = isLocalPath(req.query.next) ? req.query.next : '/';\n"
                   "res.redirect(to);"),
    ("javascript", "// ETag for static files\n"
                   "const etag = crypto.createHash('md5').update(buf).digest('hex');"),
    ("javascript", "el.innerHTML =\n  '<div class=\"spinner\">Loading</div>';"),
    ("javascript", "const m = /^#!\\s*(?: -r \\w+)+$/.exec(line);"),
    ("php", "<?php\n$q = htmlspecialchars($_GET['q'] ?? '', ENT_QUOTES);\necho $q;"),
    ("go", 'name := r.URL.Query().Get("name")\nif !filepath.IsLocal(name) {\n\treturn\n}\n'
           "http.ServeFile(w, r, filepath.Join(dir, name))"),
    ("c", "void f(char *p, int err) {\n  if (err) {\n    free(p);\n    return;\n  }\n  use(p);\n"
          "  free(p);\n}"),
    ("c", "void f(char *p) {\n  free(p);\n  p = NULL;\n  g(p);\n}"),
    ("bash", 'eval "$(ssh-agent -s)"'),
    ("sql", "EXEC sp_executesql @sql, N'@Category NVARCHAR(100)', @Category = @Category;"),
    ("csharp", "return db.Orders.FromSqlInterpolated($\"SELECT * FROM Orders WHERE Id = {id}\");"),
    # "prefs.get(...)" is not the fs module; a dotted path that refuses __proto__.
    ("javascript", "const { s } = req.body;\nif (!prefs.has(s)) prefs.set(s, new Map());"),
    ("javascript", 'const parts = p.split(".");\n'
                   'if (parts.includes("__proto__")) throw new Error();\nobj[parts[0]] = v;'),
    ("c", "int f(const char *p) {\n  char *c = strdup(p);\n  if (!c) return -1;\n  if (*c == 0) {\n"
          "    free(c);\n    return 0;\n  }\n  free(c);\n  return 1;\n}"),
    ("c", "void f(char *p, int a) {\n  if (a) {\n    free(p);\n  } else {\n    free(p);\n  }\n}"),
    ("c", "/* usage:\n * if (bad) { delete obj; return; }\n * delete obj;\n */"),
    ("cpp", "if (off > buf.size() || n > buf.size() - off) return false;\n"
            "std::memcpy(buf.data() + off, src, n);"),
    ("cpp", "memcpy(msg + 2, hdr, 3);"),
    ("bash", 'rm -f $tmpfile'),
    ("bash", 'find . -name "*.wav" -exec sh -c \'lame "$1"\' _ {} \\;'),
    ("bash", 'echo "token ends ${TOKEN: -4}" >> /var/log/deploy.log'),
    ("bash", 'echo "$PGPASSWORD" > "$HOME/.pgpass"'),
    ("java", 'Process p = Runtime.getRuntime().exec(new String[] {"git", "rev-parse", "HEAD"});'),
    ("ruby", "to = params[:next].to_s\n"
             'to = root_path unless to.start_with?("/") && !to.start_with?("//")\nredirect_to to'),
    ("rust", "// SAFETY: i < LEN checked above\nlet v = unsafe { T.get_unchecked(i) };"),
    ("c", 'void reset(struct s *x) {\n  strcpy(x->theme, "dark");\n}'),
    ("c", "long *sums(size_t n) {\n  long *p = calloc(n + 1, sizeof *p);\n  if (!p) return NULL;\n"
          "  for (size_t i = 1; i <= n; i++)\n    p[i] = p[i - 1] + 1;\n  return p;\n}"),
    ("c", "int put(struct b *b, size_t off, size_t n) {\n  if (off > b->cap || n > b->cap - off)\n"
          "    return -1;\n  if (off + n > b->len)\n    b->len = off + n;\n  return 0;\n}"),
    ("cpp", "std::vector<int> make() {\n  std::vector<int> out;\n  out.push_back(1);\n"
            "  return out;\n}"),
    ("cpp", "class Buf {\npublic:\n  Buf(const Buf&) = delete;\n  ~Buf() { delete[] d_; }\n"
            "private:\n  char* d_;\n};"),
    ("c", "char *tmp = realloc(buf, cap);\nif (!tmp) return -1;\nbuf = tmp;"),
    ("c", "const char *pick(const char *s) {\n  int idx = atoi(s);\n  if (idx < 1 || idx > N)\n"
          "    return NULL;\n  return items[idx - 1];\n}"),
    ("cpp", "void f(Widget* w) {\n  auto* b = dynamic_cast<Button*>(w);\n  if (b)\n"
            "    b->click();\n}"),
    ("cpp", "H(size_t n) : c_(new unsigned long[n]()) {}\n~H() { delete[] c_; }"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "code"), NON_PYTHON_SAFE, ids=[c[0] for c in NON_PYTHON_SAFE])
def test_safe_non_python_code_has_no_findings(lang: str, code: str) -> None:
    findings = scan_code(fenced(lang, code), semgrep="off").findings
    assert [f for f in findings if f.confidence != "low"] == []


def test_python_sinks_bandit_misses_are_checked_beside_it() -> None:
    code = (
        "from flask import request\nimport requests\n\n"
        "def preview():\n    target = request.args.get('url')\n"
        "    return requests.get(target, timeout=5).text\n"
    )
    findings = scan_code_blocks(fenced("python", code))
    assert ("CWE-918", 6, "regex") in {(f.cwe, f.line, f.engine) for f in findings}
    safe = code.replace("    return", "    if urlparse(target).hostname not in ALLOWED_HOSTS:\n"
                        "        abort(400)\n    return")  # fmt: skip
    assert not [f for f in scan_code_blocks(fenced("python", safe)) if f.cwe == "CWE-918"]


def test_program_without_full_path_is_not_reported_by_default() -> None:
    code = 'import subprocess\nsubprocess.run(["ping", "-c", "1", host], check=True)'
    verdict = CodeScanner(CodeParams()).verdict(
        CodeScanner(CodeParams()).report(fenced("python", code))
    )
    assert verdict.details["findings"] == []


@pytest.mark.parametrize(("name", "code"), SAFE_CASES, ids=[c[0] for c in SAFE_CASES])
async def test_safe_code_passes(name: str, code: str) -> None:
    lang = {"js-safe": "javascript", "c-safe": "c"}.get(name, "python")
    verdict = await CodeScanner(CodeParams(semgrep="off")).scan(fenced(lang, code), ScanContext())
    assert verdict.action == "allow"
    # Low-severity notes (e.g. B607 partial executable path) may remain; nothing worse.
    assert [f for f in verdict.details.get("findings", []) if f["severity"] != "low"] == []


async def test_several_blocks_report_block_index_and_lines() -> None:
    text = (
        "First a helper:\n\n```python\nimport json\n\nprint(json.dumps({}))\n```\n\n"
        "Then the runner:\n\n```python\nimport subprocess\n\n\n"
        "subprocess.call(user_cmd, shell=True)\n```\n"
    )
    verdict = await CodeScanner(CodeParams()).scan(text, ScanContext(stage="output"))
    assert verdict.action == "block"  # shell=True is high severity
    (finding,) = [f for f in verdict.details["findings"] if f["cwe"] == "CWE-78"]
    assert finding["block_index"] == 1
    assert finding["line"] == 4
    assert finding["text_line"] == 15
    assert text.splitlines()[finding["text_line"] - 1].startswith("subprocess.call")
    assert "CWE-78 (block 1 line 4)" in verdict.reason


@pytest.mark.parametrize(
    ("actions", "expected"),
    [
        ({}, "allow"),  # defaults: only high severity blocks; B608 is medium
        ({"medium": "block"}, "block"),
        ({"medium": "allow", "high": "allow"}, "allow"),
    ],
)
async def test_action_per_severity(actions: dict[str, str], expected: str) -> None:
    text = fenced("python", "db.execute(\"SELECT * FROM t WHERE id = '%s'\" % uid)")
    scanner = CodeScanner(CodeParams.model_validate({"actions": actions}))
    verdict = await scanner.scan(text, ScanContext(stage="output"))
    assert verdict.action == expected
    assert verdict.score > 0  # the finding is reported either way


async def test_min_confidence_drops_weak_findings() -> None:
    text = fenced("python", "import requests\nr = requests.get(url)")  # B113: LOW confidence
    loose = await CodeScanner(CodeParams(min_confidence="low")).scan(text, ScanContext())
    strict = await CodeScanner(CodeParams(min_confidence="medium")).scan(text, ScanContext())
    assert any(f["cwe"] == "CWE-400" for f in loose.details["findings"])
    assert strict.details["findings"] == []


async def test_languages_param_restricts_scanning() -> None:
    text = fenced("python", "import pickle\npickle.loads(b)") + fenced("c", "gets(buf);")
    scanner = CodeScanner(CodeParams(languages=["c"], semgrep="off"))
    verdict = await scanner.scan(text, ScanContext())
    assert {f["language"] for f in verdict.details["findings"]} == {"c"}


async def test_nosec_comment_cannot_silence_the_scanner() -> None:
    text = fenced("python", "import subprocess\nsubprocess.call(x, shell=True)  # nosec")
    verdict = await CodeScanner(CodeParams()).scan(text, ScanContext())
    assert verdict.action == "block"


def test_unparsable_python_falls_back_to_regex() -> None:
    code = "subprocess.call(cmd, shell=True)\nprint 'python 2 syntax'"
    findings = scan_code_blocks(fenced("python", code))
    assert [(f.cwe, f.line, f.engine) for f in findings] == [("CWE-78", 1, "regex")]


NON_PYTHON_CASES = [
    ("javascript", 'const cp = require("child_process");\ncp.exec("ls " + dir);', "CWE-78", 2),
    ("javascript", "el.innerHTML = userInput;", "CWE-79", 1),
    ("java", 'class A { void f(Statement s, String u) throws Exception {\n'
             '  s.executeQuery("SELECT * FROM t WHERE n = \'" + u + "\'"); } }', "CWE-89", 2),
    ("c", "#include <stdio.h>\nint main(void) { char b[8];\n  gets(b);\n  return 0; }",
     "CWE-242", 3),
    ("go", 'package main\nfunc f(db *sql.DB, u string) {\n'
           '  db.Query(fmt.Sprintf("SELECT * FROM t WHERE id = %s", u))\n}', "CWE-89", 3),
    ("bash", "curl -fsSL https://example.com/install.sh | bash", "CWE-494", 1),
    ("php", "<?php\neval($_GET['code']);", "CWE-95", 2),
    # A value taken from the request on one line and used on the next.
    ("javascript", "const to = req.query.next;\nres.redirect(to);", "CWE-601", 2),
    ("php", "<?php\n$file = $_GET['f'];\nreadfile('/srv/files/' . $file);", "CWE-22", 3),
    ("go", 'func h(w http.ResponseWriter, r *http.Request) {\n\tu := r.URL.Query().Get("url")\n'
           '\tresp, _ := http.Get(u)\n\t_ = resp\n}', "CWE-918", 3),
    ("java", "public byte[] get(@RequestParam String name) throws Exception {\n"
             '  return Files.readAllBytes(Paths.get("/data", name));\n}', "CWE-22", 2),
    ("ruby", 'system("convert #{params[:file]} out.png")', "CWE-78", 1),
    ("ruby", "obj = Marshal.load(cookies[:state])", "CWE-502", 1),
    ("csharp", "var cmd = new SqlCommand(\"SELECT * FROM Users WHERE Name = '\" + name + \"'\",\n"
               "    conn);", "CWE-89", 1),
    ("csharp", "handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;",
     "CWE-295", 1),
    ("rust", 'let client = reqwest::Client::builder()\n    .danger_accept_invalid_certs(true)\n'
             "    .build()?;", "CWE-295", 2),
    ("kotlin", 'val pb = ProcessBuilder("sh", "-c", "tar czf $dest $src")', "CWE-78", 1),
    ("sql", "GRANT ALL PRIVILEGES ON *.* TO 'app'@'%';", "CWE-269", 1),
    ("c", "void f(char *s) {\n  free(s);\n  printf(\"%s\", s);\n}", "CWE-416", 3),
    ("c", "void f(char *s) {\n  free(s);\n  free(s);\n}", "CWE-415", 3),
    ("javascript", "const token = Math.random().toString(36).slice(2);", "CWE-338", 1),
    ("typescript", "const re = /^([a-zA-Z0-9_.-]+)+@example\\.com$/;", "CWE-1333", 1),
    ("typescript", 'const apiKey: string = "sk_live_abcdef123456";', "CWE-798", 1),
    # Round 2 (snippets_dev2.jsonl): sizes, branches, shells, Ktor, Rust, CORS, JWT.
    ("c", "void *t(uint32_t n) {\n  uint32_t sz = n * 64;\n  return malloc(sz);\n}", "CWE-190", 2),
    ("c", "void f(char *s, int bad) {\n  if (bad) {\n    free(s);\n  }\n  free(s);\n}",
     "CWE-415", 5),
    ("c", "void drop(struct n *h) {\n  while (h) {\n    free(h);\n    h = h->next;\n  }\n}",
     "CWE-416", 4),
    ("c", 'int set(const char *l) {\n  int i, v;\n  sscanf(l, "%d %d", &i, &v);\n  tab[i] = v;\n'
          "  return 0;\n}", "CWE-129", 3),
    ("cpp", 'void log_it(const std::string& m) {\n  syslog(LOG_AUTH | LOG_INFO, m.c_str());\n}',
     "CWE-134", 2),
    ("cpp", "EVP_EncryptInit_ex(ctx, EVP_aes_256_ecb(), nullptr, key, nullptr);", "CWE-327", 1),
    ("cpp", 'std::ifstream in(base + name, std::ios::binary);', "CWE-22", 1),
    ("cpp", 'p.start("sh", {"-c", "gzip " + path});', "CWE-78", 1),
    ("bash", 'DIR=$1\nrm -rf $DIR/cache', "CWE-78", 2),
    ("bash", "umask 000\n./server", "CWE-276", 1),
    ("bash", 'curl -sk "$URL/status"', "CWE-295", 1),
    ("bash", 'OUT=/tmp/report_$(date +%F).csv\npsql -c "select 1" > "$OUT"', "CWE-377", 1),
    ("bash", 'find . -name "*.log" -exec sh -c \'gzip "{}"\' \\;', "CWE-78", 1),
    ("bash", 'u="$1"\nsqlite3 app.db "DELETE FROM users WHERE name = \'$u\';"', "CWE-89", 2),
    ("bash", 'echo "login with password=$DB_PASSWORD" >> /var/log/app.log', "CWE-532", 1),
    ("kotlin", 'val dest = call.request.queryParameters["to"] ?: "/"\ncall.respondRedirect(dest)',
     "CWE-601", 2),
    ("kotlin", "val ois = ObjectInputStream(sock.getInputStream())", "CWE-502", 1),
    ("kotlin", "cipher.init(Cipher.ENCRYPT_MODE, key, IvParameterSpec(ByteArray(16)))",
     "CWE-329", 1),
    ("typescript", "const run = promisify(exec);\nawait run(`zip -r ${name}.zip ${name}`);",
     "CWE-78", 2),
    ("typescript", "const claims = jwt.decode(token);", "CWE-347", 1),
    ("javascript", "app.use(cors({ origin: true, credentials: true }));", "CWE-942", 1),
    ("javascript", "const { a, b, v } = req.body;\nstore[a][b] = v;", "CWE-1321", 2),
    ("rust", "let s = unsafe { TABLE.get_unchecked(i as usize) };", "CWE-787", 1),
    ("rust", 'const HMAC_SECRET: &[u8] = b"not-a-real-key-1234";', "CWE-798", 1),
    ("php", "<?php $q = $_GET['q']; ?>\n<p><?= $q ?></p>", "CWE-79", 2),
    ("ruby", "render json: Report.new.public_send(params[:kind])", "CWE-470", 1),
    ("go", 'n := c.Query("f")\nc.File(filepath.Join(root, n))', "CWE-22", 2),
    ("sql", "ALTER ROLE app_user WITH SUPERUSER;", "CWE-250", 1),
    # Round 3 (snippets_dev3.jsonl): C / C++ bounds, lifetimes and ownership; shell; SQL.
    ("c", "void f(int *a, size_t n) {\n  for (size_t i = 0; i <= n; i++)\n    a[i] = 0;\n}",
     "CWE-193", 2),
    ("c", "void f(struct u *u, const char *s) {\n  strncpy(u->name, s, sizeof(u->name));\n}",
     "CWE-170", 2),
    ("c", "char *dup(const char *s, size_t n) {\n  char *o = malloc(n + 1);\n  memcpy(o, s, n);\n"
          "  return o;\n}", "CWE-690", 3),
    ("c", "int f(const char *p) {\n  if (access(p, W_OK) != 0) return -1;\n"
          "  int fd = open(p, O_WRONLY);\n  return fd;\n}", "CWE-367", 2),
    ("c", "const char *label(int v) {\n  char buf[16];\n  snprintf(buf, sizeof buf, \"%d\", v);\n"
          "  return buf;\n}", "CWE-562", 4),
    ("c", "int f(char *t) {\n  if (bad(t)) {\n    free(t);\n    goto out;\n  }\n  return 0;\nout:\n"
          "  free(t);\n  return -1;\n}", "CWE-415", 8),
    ("cpp", "void f(std::vector<int>& v) {\n  int& first = v[0];\n  v.push_back(1);\n"
            "  use(first);\n}", "CWE-416", 4),
    ("cpp", "void f(std::map<int, int>& m) {\n  for (auto it = m.begin(); it != m.end(); ++it) {\n"
            "    if (it->second == 0)\n      m.erase(it);\n  }\n}", "CWE-416", 4),
    ("cpp", 'const char* p = (dir + "/x").c_str();', "CWE-416", 1),
    ("cpp", "class Buf {\npublic:\n  Buf() : d_(new char[8]) {}\n  ~Buf() { delete[] d_; }\n"
            "private:\n  char* d_;\n};", "CWE-415", 4),
    ("cpp", "void f(const std::string& s) {\n  std::thread t([&s] { use(s); });\n  t.detach();\n}",
     "CWE-825", 2),
    ("cpp", "std::mt19937 gen(std::time(nullptr)); // session token", "CWE-338", 1),
    ("cpp", "void log(const std::string& msg) {\n  std::fprintf(stderr, msg.c_str());\n}",
     "CWE-134", 2),
    ("c", "if (len + n > cap) {\n  cap *= 2;\n  buf = realloc(buf, cap);\n}", "CWE-401", 3),
    ("c", "const char *pick(const char *s) {\n  int idx = atoi(s);\n\n  return items[idx - 1];\n}",
     "CWE-129", 4),
    ("cpp", "void f(Widget* w) {\n  auto* b = dynamic_cast<Button*>(w);\n  b->click();\n}",
     "CWE-476", 3),
    ("cpp", "H(size_t n) : c_(new unsigned long[n]()) {}\n~H() { delete c_; }", "CWE-762", 2),
    ("bash", 'SETTINGS=/tmp/app.env\nsource "$SETTINGS"', "CWE-829", 2),
    ("bash", 'echo "deploying with $API_TOKEN"', "CWE-532", 1),
    ("sql", "CREATE TABLE users (\n  id INT,\n  password VARCHAR(64)\n);", "CWE-256", 3),
    ("sql", "ALTER TABLE docs DISABLE ROW LEVEL SECURITY;", "CWE-285", 1),
]  # fmt: skip
NP_IDS = [f"{c[0]}-{c[2]}" for c in NON_PYTHON_CASES]


@pytest.mark.parametrize(("lang", "code", "cwe", "line"), NON_PYTHON_CASES, ids=NP_IDS)
def test_non_python_regex_fallback(lang: str, code: str, cwe: str, line: int) -> None:
    report = scan_code(fenced(lang, code), semgrep="off")
    assert (cwe, line) in {(f.cwe, f.line) for f in report.findings}, report.findings
    assert report.fallback_languages == [lang]
    assert report.engines == ["regex"]


async def test_verdict_says_when_semgrep_did_not_run() -> None:
    scanner = CodeScanner(CodeParams(semgrep="off"))
    verdict = await scanner.scan(fenced("go", "fmt.Println(1)"), ScanContext())
    assert verdict.action == "allow"
    assert verdict.details["not_scanned_by_semgrep"] == ["go"]
    assert "semgrep not installed" in verdict.reason


def test_require_semgrep_raises_when_absent() -> None:
    with pytest.raises(Unavailable):
        scan_code(fenced("go", "x := 1"), semgrep="require", semgrep_path="/nonexistent/semgrep")


@needs_semgrep
@pytest.mark.slow
def test_non_python_with_semgrep_one_batched_call() -> None:
    text = "".join(fenced(lang, code) for lang, code, _, _ in NON_PYTHON_CASES)
    report = scan_code(text, semgrep="require", semgrep_path=SEMGREP)
    got = {(f.block_index, f.cwe, f.line) for f in report.findings}
    expected = {(i, cwe, line) for i, (_, _, cwe, line) in enumerate(NON_PYTHON_CASES)}
    assert expected <= got, sorted(got)
    assert "semgrep" in report.engines
    assert report.fallback_languages == []


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("import os\n\ndef main():\n    print(os.getcwd())", "python"),
        ("const a = require('fs');", "javascript"),
        ("#include <stdio.h>\nint main() {}", "c"),
        ("public class Main { public static void main(String[] a) {} }", "java"),
        ("package main\n\nfunc main() {}", "go"),
        ("sudo apt-get install nginx", "bash"),
        ("SELECT name FROM users WHERE id = 1;", "sql"),
        ("Just some prose, not code at all.", ""),
    ],
)
def test_guess_language(code: str, language: str) -> None:
    assert guess_language(code) == language


def test_extraction_handles_tags_untagged_and_unterminated_fences() -> None:
    text = "a\n```py title=x.py\nx = 1\n```\nb\n```\nimport os\nos.getcwd()\n```\n~~~js\nlet y"
    blocks = extract_code_blocks(text)
    assert [(b.index, b.language, b.tagged, b.start_line) for b in blocks] == [
        (0, "python", True, 3),
        (1, "python", False, 7),
        (2, "javascript", True, 11),
    ]


def test_plain_code_without_fences_is_scanned_but_prose_is_not() -> None:
    assert scan_code_blocks("import pickle\n\ndata = pickle.loads(blob)\n")[0].cwe == "CWE-502"
    assert extract_code_blocks("Use eval() carefully; prefer ast.literal_eval.") == []


def test_registered_as_entry_point() -> None:
    assert registry("scanners").get("code") is CodeScanner


@pytest.fixture
def broken_semgrep(tmp_path: Path) -> str:
    """A fake semgrep that runs but prints no JSON (a broken install)."""
    exe = tmp_path / "semgrep"
    exe.write_text("#!/bin/sh\necho 'semgrep crashed' >&2\necho not-json\nexit 2\n")
    exe.chmod(0o755)
    return str(exe)


def test_regex_rules_run_beside_semgrep(tmp_path: Path) -> None:
    # A semgrep that finds nothing: the regex rules' findings are still reported.
    exe = tmp_path / "semgrep"
    exe.write_text("#!/bin/sh\necho '{\"results\": []}'\n")
    exe.chmod(0o755)
    report = scan_code(
        fenced("go", "InsecureSkipVerify: true,"), semgrep="require", semgrep_path=str(exe)
    )
    assert report.engines == ["semgrep"]
    assert [(f.cwe, f.engine) for f in report.findings] == [("CWE-295", "regex")]


def test_broken_semgrep_falls_back_in_auto_mode(broken_semgrep: str) -> None:
    text = fenced("c", "#include <stdio.h>\nint main(void) { char b[8]; gets(b); }")
    report = scan_code(text, semgrep="auto", semgrep_path=broken_semgrep)
    assert report.engines == ["regex"]
    assert [f.cwe for f in report.findings] == ["CWE-242"]
    with pytest.raises(Unavailable):
        scan_code(text, semgrep="require", semgrep_path=broken_semgrep)


async def test_score_is_max_severity_times_confidence() -> None:
    # B324 md5: high severity, high confidence -> 1.0; B608 SQL: medium x medium -> 0.48.
    md5 = fenced("python", "import hashlib\nhashlib.md5(b)")
    sql = fenced("python", "db.execute(\"SELECT * FROM t WHERE id = '%s'\" % uid)")
    scanner = CodeScanner(CodeParams())
    assert (await scanner.scan(md5, ScanContext())).score == pytest.approx(1.0)
    assert (await scanner.scan(sql, ScanContext())).score == pytest.approx(0.48)
