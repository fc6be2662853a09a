"""The HMAC key that pseudonymizes prompts and completions in the audit log."""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from tiergate.errors import ConfigError

log = logging.getLogger("tiergate.audit")

ENV_VAR = "TIERGATE_AUDIT_KEY"
FILE_NAME = "audit.key"
MIN_ENV_KEY_CHARS = 16


def load_hmac_key(home: Path) -> bytes:
    """``$TIERGATE_AUDIT_KEY`` if set, else ``home/audit.key`` (created 0600 on first use)."""
    env = os.environ.get(ENV_VAR)
    if env:
        if len(env) < MIN_ENV_KEY_CHARS:
            raise ConfigError(f"{ENV_VAR} must be at least {MIN_ENV_KEY_CHARS} characters")
        return env.encode()
    path = home / FILE_NAME
    if not path.exists():
        _create(path)
    return _read(path)


def _create(path: Path) -> None:
    # Written to a private temp file, then linked into place: the link is atomic and fails if
    # another process won the race, so nobody ever reads a half-written key.
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{FILE_NAME}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, (secrets.token_hex(32) + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink()


def _read(path: Path) -> bytes:
    if path.stat().st_mode & 0o077:
        log.warning("%s is readable by other users; chmod 600 it", path)
    text = path.read_text().strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise ConfigError(f"{path} does not hold a hex key") from None
    if len(key) < 16:
        raise ConfigError(f"{path} holds a key shorter than 16 bytes")
    return key
