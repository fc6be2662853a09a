"""``tiergate keys``: create, list and revoke API keys."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from tiergate.perimeter.keys import KeyRecord, KeyService

app = typer.Typer(help="Manage API keys (stored only as hashes).", no_args_is_help=True)


def actor() -> str:
    """Who ran the command, for the audit log."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@contextmanager
def key_service() -> Iterator[KeyService]:
    from tiergate.cli.audit import open_audit
    from tiergate.cli.common import database, handled_errors
    from tiergate.perimeter.keys import KeyService

    with open_audit() as audit, handled_errors():
        yield KeyService(database(), audit=audit)


def _limit(flag: int | None, default: int | None) -> int | None:
    # Unset: the configured default; 0: explicitly unlimited.
    if flag is None:
        return default
    return flag or None


@app.command()
def create(
    name: str = typer.Argument(..., help="Unique name (a person, team or service)."),
    rpm: int | None = typer.Option(None, min=0, help="Requests per minute (0 = unlimited)."),
    tpm: int | None = typer.Option(None, min=0, help="Tokens per minute (0 = unlimited)."),
    tokens_per_day: int | None = typer.Option(
        None, min=0, help="Tokens per UTC day (0 = unlimited)."
    ),
    scope: list[str] = typer.Option(["chat"], "--scope", help="Scope (repeatable)."),
    model: list[str] = typer.Option([], "--model", help="Allowed model (repeatable; default all)."),
    admin: bool = typer.Option(False, "--admin", help="Add the 'admin' scope (admin API)."),
    expires_days: int | None = typer.Option(None, min=1, help="Expire after N days."),
) -> None:
    """Create a key and print it once: it cannot be shown again."""
    from datetime import UTC, datetime, timedelta

    from tiergate.cli.common import settings

    limits = settings().limits
    scopes = [*scope, "admin"] if admin else list(scope)
    expires = datetime.now(UTC) + timedelta(days=expires_days) if expires_days else None
    with key_service() as keys:
        plaintext, rec = keys.create(
            name,
            rpm=_limit(rpm, limits.rpm),
            tpm=_limit(tpm, limits.tpm),
            tokens_per_day=_limit(tokens_per_day, limits.tokens_per_day),
            scopes=scopes,
            models=list(model) or None,
            expires_at=expires,
            actor=actor(),
        )
    typer.echo(f"Created key {rec.id} ({rec.name}), scopes: {', '.join(rec.scopes)}")
    typer.echo("Copy the key now; it is not stored and cannot be shown again:")
    typer.echo(f"  {plaintext}")


@app.command("list")
def list_keys(
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    all_: bool = typer.Option(False, "--all", help="Include revoked keys."),
) -> None:
    """List keys (prefix only, never the secret)."""
    from tiergate.cli.common import print_json

    with key_service() as keys:
        records = keys.list(include_revoked=all_)
    if as_json:
        print_json([r.model_dump(mode="json") for r in records])
        return
    if not records:
        typer.echo("No keys. Create one with: tiergate keys create NAME")
        return
    _table(records)


@app.command()
def revoke(name_or_id: str = typer.Argument(..., help="Key name or id.")) -> None:
    """Revoke a key; running gateways refuse it within a second."""

    with key_service() as keys:
        rec = keys.revoke(name_or_id, actor=actor())
    typer.echo(f"Revoked {rec.id} ({rec.name})")


def _table(records: list[KeyRecord]) -> None:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    head = (
        "ID",
        "NAME",
        "PREFIX",
        "SCOPES",
        "MODELS",
        "RPM",
        "TPM",
        "TOK/DAY",
        "CREATED",
        "STATUS",
    )
    rows = [head]
    for r in records:
        status = "revoked" if r.revoked_at else "expired" if not r.active(now) else "active"
        if status == "active" and r.expires_at:
            status = f"expires {r.expires_at:%Y-%m-%d}"
        rows.append((
            r.id, r.name, r.prefix + "...", ",".join(r.scopes), ",".join(r.models or ["*"]),
            _num(r.rpm), _num(r.tpm), _num(r.tokens_per_day), f"{r.created_at:%Y-%m-%d}", status,
        ))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for row in rows:
        typer.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _num(value: int | None) -> str:
    return "-" if value is None else str(value)
