"""``tiergate models`` through Typer's CliRunner, with TIERGATE_HOME in a tmp dir."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.registry import builders
from tiergate.cli.models import app

runner = CliRunner()


pytestmark = pytest.mark.usefixtures("cli_state")  # fresh settings()/database() per test


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_register_show_list(files: Path) -> None:
    path = builders.moe_gguf(files / "oss.gguf")
    code, out, _ = run("register", str(path), "--name", "oss", "--license", "apache-2.0")
    assert code == 0, out
    assert "registered oss v1 (promoted)" in out
    assert "3.71K (3,712) active (2/4 experts)" in out
    code, out, _ = run("show", "oss")
    assert code == 0
    assert "quantization:  MXFP4" in out
    assert "context: 131072" in out
    assert "oss.gguf" in out
    code, out, _ = run("show", "oss", "--json")
    data = json.loads(out)
    assert data["version"]["inspection"]["experts"] == 4
    assert data["model"]["license"] == "apache-2.0"
    code, out, _ = run("list", "--json")
    assert [m["name"] for m in json.loads(out)] == ["oss"]


def test_duplicate_warning(files: Path) -> None:
    path = builders.dense_gguf(files / "a.gguf")
    run("register", str(path), "--name", "a")
    code, _, err = run("register", str(path), "--name", "b")
    assert code == 0
    assert "warning: same weights already registered as a@1" in err


def test_versions_promote_rollback_lineage(files: Path) -> None:
    run("register", str(builders.dense_gguf(files / "1.gguf", seed=1)), "--name", "base")
    run("register", str(builders.dense_gguf(files / "2.gguf", seed=2)), "--name", "base")
    run("register", str(builders.lora_adapter(files / "lora")), "--name", "ad", "--parent", "base")
    code, out, _ = run("promote", "base", "2")
    assert code == 0
    assert "serving v2" in out
    _, out, _ = run("versions", "base")
    assert out.splitlines()[1].startswith("* v2")
    code, out, _ = run("rollback", "base")
    assert "rolled back to v1" in out
    _, out, _ = run("lineage", "ad")
    assert "base" in out
    assert "ad" in out
    assert "[lora]" in out


def test_card_from_front_matter(files: Path, tmp_path: Path) -> None:
    run("register", str(builders.dense_gguf(files / "a.gguf")), "--name", "a")
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\nintended-use: tests\ntags: [x]\n---\n# A\nHello.\n")
    code, out, err = run("card", "a", "--set", str(card))
    assert code == 0
    assert "license: mit" in out
    assert "intended use: tests" in out
    assert "# A\nHello." in out
    assert "ignored front-matter keys: tags" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["register", "/no/such/file.gguf", "--name", "x"], "no such file or directory"),
        (["register", "{bad}", "--name", "x"], "not a GGUF file"),
        (["register", "{good}", "--name", "x", "--parent", "ghost"], "unknown parent model"),
        (["show", "ghost"], "unknown model 'ghost'"),
        (["rollback", "{registered}"], "no previously promoted version"),
    ],
)
def test_errors_are_one_line(files: Path, args: list[str], message: str) -> None:
    bad = files / "bad.gguf"
    bad.write_bytes(b"not a model")
    good = builders.dense_gguf(files / "good.gguf")
    run("register", str(good), "--name", "registered")
    subst = {"{bad}": str(bad), "{good}": str(good), "{registered}": "registered"}
    code, out, err = run(*[subst.get(a, a) for a in args])
    assert code == 2
    assert err.startswith("error: ")
    assert message in err
    assert "Traceback" not in out + err


def test_admin_actions_reach_the_audit_log(files: Path) -> None:
    from tiergate.audit.log import AuditLog, load_hmac_key
    from tiergate.cli.common import database, settings

    run("register", str(builders.dense_gguf(files / "1.gguf", seed=1)), "--name", "m")
    run("register", str(builders.dense_gguf(files / "2.gguf", seed=2)), "--name", "m")
    run("promote", "m", "2")
    run("rollback", "m")
    log = AuditLog(database(), hmac_key=load_hmac_key(settings().home))
    try:
        events = [(e.kind, e.action, e.model) for e in log.tail(10)]
        assert log.verify().ok
    finally:
        log.close()
    for action in ("model.register", "model.promote", "model.rollback"):
        assert ("admin", action, "m") in events
