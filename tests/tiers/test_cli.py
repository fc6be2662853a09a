"""`tiergate tier ...` commands: output, JSON, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tiergate.tiers.policy import default_policy_text

pytestmark = pytest.mark.usefixtures("cli_state")
runner = CliRunner()


def invoke(*args: str) -> tuple[int, str]:
    from tiergate.cli.main import app

    res = runner.invoke(app, list(args))
    return res.exit_code, res.output


def test_policy_show_and_json() -> None:
    code, out = invoke("tier", "policy")
    assert code == 0
    assert "cyber_mcq_accuracy" in out
    assert "Tier 4 (api-only): no weight download" in out
    code, out = invoke("tier", "policy", "--json")
    view = json.loads(out)
    assert view["domains"]["cyber"]["catastrophic"] is True
    assert view["tiers"]["2"]["attestation"] is True
    assert len(view["hash"]) == 64


def test_policy_check(tmp_path: Path) -> None:
    good = tmp_path / "p.yaml"
    good.write_text(default_policy_text())
    code, out = invoke("tier", "policy", "check", str(good))
    assert (code, out.startswith("ok: tier policy 2026.11.1")) == (0, True)
    doc = yaml.safe_load(default_policy_text())
    doc["domains"]["cyber"]["thresholds"]["high"] = 0.1
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(doc))
    code, out = invoke("tier", "policy", "check", str(bad))
    assert code == 1
    assert "error:" in out
    assert "low <= high <= critical" in out
    assert "Traceback" not in out


def test_configured_policy_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = yaml.safe_load(default_policy_text())
    doc["version"] = "custom-1"
    path = tmp_path / "custom.yaml"
    path.write_text(yaml.safe_dump(doc))
    monkeypatch.setenv("TIERGATE_TIER_POLICY", str(path))
    assert json.loads(invoke("tier", "policy", "--json")[1])["version"] == "custom-1"


def test_errors_are_one_line() -> None:
    code, out = invoke("tier", "assign", "ghost")
    assert (code, out.strip()) == (
        2,
        "error: unknown model 'ghost' (not registered and no eval results)",
    )
    code, out = invoke("tier", "assign", "ghost", "--at", "yesterday")
    assert "--at must be a date" in out
    code, out = invoke("tier", "review", "1", "--grant", "--deny", "--note", "x")
    assert "exactly one of --grant or --deny" in out
    code, out = invoke("tier", "review", "99", "--grant", "--note", "x")
    assert (code, out.strip()) == (2, "error: no appeal #99")


def test_retier_and_compliance_with_nothing_registered() -> None:
    assert invoke("tier", "retier") == (0, "no tier changed\n")
    assert invoke("tier", "compliance") == (0, "all models compliant\n")
