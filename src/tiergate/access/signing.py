"""Signed use attestations: HMAC-SHA256 with a server key over the attestation's fields.

Why HMAC, not Ed25519: the only party that ever verifies an attestation is this server (at
download time), so a shared-secret MAC gives the same tamper evidence with no key-pair
management. The key is separate from the audit key so either can be rotated alone.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from datetime import datetime
from pathlib import Path

from tiergate.errors import ConfigError

ENV_VAR = "TIERGATE_ATTEST_KEY"
FILE_NAME = "attest.key"


def load_signing_key(home: Path) -> bytes:
    """``$TIERGATE_ATTEST_KEY`` if set, else ``home/attest.key`` (created 0600 on first use)."""
    env = os.environ.get(ENV_VAR)
    if env:
        if len(env) < 32:
            raise ConfigError(f"{ENV_VAR} must be at least 32 characters")
        return env.encode()
    path = home / FILE_NAME
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def payload(
    identity: str, aup_version: str, aup_sha256: str, model: str | None, signed_at: datetime
) -> bytes:
    """The canonical bytes signed: who, which text, for what, when."""
    doc = {
        "identity": identity,
        "aup_version": aup_version,
        "aup_sha256": aup_sha256,
        "model": model or "*",
        "signed_at": signed_at.isoformat(),
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


def sign(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def verify(key: bytes, data: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(key, data), signature)
