"""``tiergate killswitch`` / ``tiergate degrade`` through Typer's CliRunner; plus --help on every
command of this engineer's groups."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tiergate.cli.main import app
from tiergate.incident.switches import SwitchBoard
from tiergate.settings import EMBEDDED_MODEL_NAME, load_settings
from tiergate.store.db import Database

pytestmark = pytest.mark.usefixtures("cli_state")
runner = CliRunner()


def cli(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def board() -> SwitchBoard:
    """What a running server would see after its next poll."""
    return SwitchBoard(Database(load_settings().db_url), None)


def test_global_kill_on_status_off() -> None:
    assert "serving normally" in cli("killswitch", "status")
    assert "kill switch ON: global" in cli("killswitch", "on", "--reason", "drill")
    assert board().killed("any", None) == "drill"
    status = cli("killswitch", "status")
    assert "global" in status
    assert "drill" in status
    cli("killswitch", "off")
    assert board().killed("any", None) is None
    assert "off" in cli("killswitch", "status", "--all")


def test_per_model_and_per_key() -> None:
    cli("keys", "create", "alice")
    cli("killswitch", "on", "--model", EMBEDDED_MODEL_NAME)
    cli("killswitch", "on", "--key", "alice", "--reason", "leaked")
    b = board()
    key_id = json.loads(cli("keys", "list", "--json"))[0]["id"]
    assert b.killed(EMBEDDED_MODEL_NAME, None) is not None
    assert b.killed("other", key_id) == "leaked"
    assert b.killed("other", "key_other") is None
    rows = json.loads(cli("killswitch", "status", "--json"))
    assert {(r["scope"], r["target"]) for r in rows} == {
        ("model", EMBEDDED_MODEL_NAME), ("key", key_id),
    }  # fmt: skip
    assert all(r["actor"].startswith("cli") for r in rows)


def test_degrade_on_off() -> None:
    assert "degrade mode ON" in cli("degrade", "on", "--model", EMBEDDED_MODEL_NAME)
    assert board().degraded(EMBEDDED_MODEL_NAME)
    assert EMBEDDED_MODEL_NAME in cli("degrade", "status")
    cli("degrade", "off", "--model", EMBEDDED_MODEL_NAME)
    assert not board().degraded(EMBEDDED_MODEL_NAME)
    assert "No model is degraded" in cli("degrade", "status")


def test_changes_are_audited() -> None:
    cli("killswitch", "on", "--reason", "drill")
    cli("degrade", "on", "--model", EMBEDDED_MODEL_NAME)
    actions = [json.loads(line)["action"] for line in cli("audit", "tail", "--json").splitlines()]
    assert actions == ["kill.on", "degrade.on"]
    assert cli("audit", "verify").startswith("OK: 2")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["killswitch", "on", "--model", "nope"], "unknown model 'nope'"),
        (["degrade", "on", "--model", "nope"], "unknown model 'nope'"),
        (["killswitch", "on", "--key", "nobody"], "no key with id or name 'nobody'"),
    ],
)
def test_errors(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert result.output.startswith(f"error: {message}")


def test_degrade_needs_a_model() -> None:
    assert runner.invoke(app, ["degrade", "on"]).exit_code != 0


COMMANDS = [
    ["keys"], ["keys", "create"], ["keys", "list"], ["keys", "revoke"],
    ["audit"], ["audit", "verify"], ["audit", "tail"],
    ["killswitch"], ["killswitch", "on"], ["killswitch", "off"], ["killswitch", "status"],
    ["degrade"], ["degrade", "on"], ["degrade", "off"], ["degrade", "status"],
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
