"""The audit HMAC key: created private on first use, stable, overridable by environment."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tiergate.audit.keyfile import ENV_VAR, load_hmac_key
from tiergate.errors import ConfigError


def test_created_0600_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    home = tmp_path / "home"
    key = load_hmac_key(home)
    assert len(key) == 32
    assert stat.S_IMODE((home / "audit.key").stat().st_mode) == 0o600
    assert load_hmac_key(home) == key
    assert [p.name for p in home.iterdir()] == ["audit.key"]  # no temp file left behind


def test_environment_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "a-long-enough-secret")
    assert load_hmac_key(tmp_path) == b"a-long-enough-secret"
    assert not (tmp_path / "audit.key").exists()


@pytest.mark.parametrize(
    ("env", "content", "message"),
    [
        ("short", None, "at least 16"),
        (None, "not hex at all", "hex"),
        (None, "abcd", "shorter than 16 bytes"),
    ],
)
def test_bad_keys_are_config_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: str | None, content: str | None,
    message: str,
) -> None:  # fmt: skip
    if env is None:
        monkeypatch.delenv(ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(ENV_VAR, env)
    if content is not None:
        (tmp_path / "audit.key").write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_hmac_key(tmp_path)
