"""The CLI on a fake model configured in tiergate.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tiergate.cli.main import app

runner = CliRunner()


@pytest.fixture
def fake_model(tmp_path: Path, cli_state: None) -> str:
    cfg = {
        "embedded_model": False,
        "models": {
            "fake": {"backend": "fake", "options": {"replies": ["Sure, here it is."]}},
            "careful": {"backend": "fake", "options": {"replies": ["I cannot help with that."]}},
        },
    }
    (tmp_path / "no-config.yaml").write_text(yaml.safe_dump(cfg))  # $TIERGATE_CONFIG in tests
    return "fake"


def invoke(*args: str) -> tuple[int, str]:
    res = runner.invoke(app, list(args))
    return res.exit_code, res.output


def test_run_json_then_report_and_compare(fake_model: str, tmp_path: Path) -> None:
    code, out = invoke("eval", "run", "harmful", "--model", "fake", "--limit", "3", "--json")
    assert code == 0, out
    a = json.loads(out)
    assert {"run_id", "suite", "model", "metrics"} <= set(a)
    m = a["metrics"]["harmful_compliance_rate"]
    assert (m["value"], m["n"]) == (1.0, 3)
    assert m["ci_low"] < 1.0
    assert m["ci_high"] == 1.0
    code, out = invoke("evals", "run", "harmful", "--model", "careful", "--limit", "3", "--json")
    b = json.loads(out)
    html = tmp_path / "r.html"
    code, out = invoke("eval", "report", a["run_id"], "--html", str(html))
    assert code == 0
    assert "<svg" in html.read_text()
    code, out = invoke("eval", "compare", b["run_id"], a["run_id"], "--json")
    assert code == 0
    (t,) = json.loads(out)["tests"]
    assert t["diff"] == 1.0
    assert t["test"] == "mcnemar-exact"
    code, out = invoke("eval", "runs")
    assert a["run_id"] in out
    assert b["run_id"] in out


def test_resume_command(fake_model: str) -> None:
    code, out = invoke("eval", "run", "overrefusal", "--model", "fake", "--limit", "2", "--json")
    rid = json.loads(out)["run_id"]
    code, out = invoke("eval", "resume", rid)
    assert code != 0
    assert "already completed" in out


def test_list_shows_plugins(fake_model: str) -> None:
    _code, out = invoke("eval", "list", "--json")
    listed = json.loads(out)
    assert {"harmful", "jailbreak", "em", "canary", "bbq", "mcq"} <= set(listed["suites"])
    assert "strongreject" in listed["judges"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["eval", "run", "nope", "--model", "fake"], "unknown plugin 'nope'"),
        (["eval", "run", "harmful", "--model", "ghost"], "unknown model 'ghost'"),
        (["eval", "run", "em", "--model", "fake"], "needs a judge"),
        (["eval", "run", "harmful", "--model", "fake", "--param", "x"], "KEY=VALUE"),
        (["eval", "run", "jailbreak", "--model", "fake", "--param", "attacks=zz"], "unknown"),
        (["eval", "report", "run-missing"], "no eval run"),
    ],
)
def test_errors_are_one_line(fake_model: str, args: list[str], message: str) -> None:
    code, out = invoke(*args)
    assert code != 0
    assert message in out
    assert "Traceback" not in out


def test_record_is_mounted(fake_model: str) -> None:
    code, out = invoke("eval", "record", "--help")
    assert code == 0
    assert "--metric" in out
