"""``tiergate audit verify|tail`` through Typer's CliRunner."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from tiergate.cli.main import app
from tiergate.settings import load_settings

pytestmark = pytest.mark.usefixtures("cli_state")
runner = CliRunner()


def cli(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def make_events() -> None:
    cli("keys", "create", "alice")
    cli("keys", "create", "bob")
    cli("keys", "revoke", "alice")


def test_verify_ok_counts_events() -> None:
    assert cli("audit", "verify").strip() == "OK: 0 events verified"
    make_events()
    assert cli("audit", "verify").strip() == "OK: 3 events verified"


@pytest.mark.parametrize(
    ("statement", "broken"),
    [
        ("UPDATE audit_events SET data = '{}' WHERE id = 2", 2),
        ("DELETE FROM audit_events WHERE id = 2", 3),
    ],
)
def test_verify_names_the_first_broken_event(statement: str, broken: int) -> None:
    make_events()
    db = sqlite3.connect(load_settings().home / "tiergate.db")
    with db:
        db.execute(statement)
    db.close()
    out = cli("audit", "verify", code=1)
    assert out.startswith(f"error: audit chain broken at event {broken}:")


def test_tail() -> None:
    make_events()
    lines = cli("audit", "tail", "-n", "2").splitlines()
    assert len(lines) == 2
    assert "key.create" in lines[0]
    assert "key.revoke" in lines[1]
    events = [json.loads(line) for line in cli("audit", "tail", "--json").splitlines()]
    assert [e["id"] for e in events] == [1, 2, 3]
    assert events[2]["data"]["name"] == "alice"


def test_audit_key_file_is_created_private() -> None:
    make_events()
    key = load_settings().home / "audit.key"
    assert key.stat().st_mode & 0o077 == 0
