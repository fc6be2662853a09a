"""``tiergate keys`` through Typer's CliRunner (TIERGATE_HOME is a per-test tmp dir)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from tiergate.cli.main import app
from tiergate.perimeter.keys import KeyService
from tiergate.settings import load_settings
from tiergate.store.db import Database

pytestmark = pytest.mark.usefixtures("cli_state")
runner = CliRunner()


def cli(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def key_in(output: str) -> str:
    keys = re.findall(r"\btg-[A-Za-z0-9_-]{43}\b", output)
    assert len(keys) == 1, output
    return keys[0]


def service() -> KeyService:
    return KeyService(Database(load_settings().db_url))


def test_create_prints_the_key_once_and_it_works() -> None:
    out = cli("keys", "create", "alice", "--tokens-per-day", "5000", "--model", "m1")
    plaintext = key_in(out)
    rec = service().authenticate(plaintext)
    assert rec is not None
    assert rec.id in out
    assert (rec.name, rec.rpm, rec.tokens_per_day, rec.models) == ("alice", 60, 5000, ["m1"])
    listing = cli("keys", "list")
    assert "alice" in listing
    assert plaintext not in listing
    assert plaintext[:10] in listing


@pytest.mark.parametrize(
    ("flags", "field", "value"),
    [
        ([], "rpm", 60),  # Settings.limits default
        (["--rpm", "5"], "rpm", 5),
        (["--rpm", "0"], "rpm", None),  # explicitly unlimited
        (["--tpm", "900"], "tpm", 900),
        (["--admin"], "scopes", ["chat", "admin"]),
        (["--scope", "chat", "--scope", "download"], "scopes", ["chat", "download"]),
    ],
)
def test_create_flags(flags: list[str], field: str, value: object) -> None:
    cli("keys", "create", "k", *flags)
    (row,) = json.loads(cli("keys", "list", "--json"))
    assert row[field] == value


def test_limits_default_comes_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIERGATE_LIMITS__RPM", "7")
    cli("keys", "create", "k")
    assert service().get("k").rpm == 7


def test_expiry() -> None:
    cli("keys", "create", "temp", "--expires-days", "2")
    (row,) = json.loads(cli("keys", "list", "--json"))
    assert row["expires_at"] is not None
    assert "expires" in cli("keys", "list")


def test_revoke_and_list_all() -> None:
    plaintext = key_in(cli("keys", "create", "alice"))
    assert "Revoked" in cli("keys", "revoke", "alice")
    assert service().authenticate(plaintext) is None
    assert json.loads(cli("keys", "list", "--json")) == []
    (row,) = json.loads(cli("keys", "list", "--all", "--json"))
    assert row["revoked_at"] is not None
    assert "revoked" in cli("keys", "list", "--all")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["keys", "revoke", "nobody"], "no key with id or name 'nobody'"),
        (["keys", "create", "bad name"], "invalid key name"),
    ],
)
def test_errors_are_one_line(args: list[str], message: str) -> None:
    out = cli(*args, code=2)
    assert out.strip() == f"error: {message}" or out.startswith(f"error: {message}")
    assert "Traceback" not in out


def test_duplicate_name_is_an_error() -> None:
    cli("keys", "create", "alice")
    out = cli("keys", "create", "alice", code=2)
    assert out.startswith("error: a key named 'alice' already exists")


def test_empty_list_says_how_to_start() -> None:
    assert "tiergate keys create" in cli("keys", "list")
