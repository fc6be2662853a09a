"""``tiergate audit``: verify the hash chain and read recent events."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

from tiergate.cli.common import handled_errors

if TYPE_CHECKING:
    from tiergate.audit.log import AuditLog, AuditRecord

app = typer.Typer(help="Inspect the tamper-evident audit log.", no_args_is_help=True)


@contextmanager
def open_audit() -> Iterator[AuditLog]:
    """The audit log over the configured database, flushed and closed on exit."""
    from tiergate.audit.log import AuditLog, load_hmac_key
    from tiergate.cli.common import database, settings

    s = settings()
    with handled_errors():
        key = load_hmac_key(s.home)
    audit = AuditLog(
        database(),
        hmac_key=key,
        store_raw=s.audit.store_raw,
        retention_days=s.audit.raw_retention_days,
    )
    try:
        yield audit
    finally:
        audit.close()


@app.command()
def verify() -> None:
    """Walk the whole chain; exit 1 and name the first broken event if it was tampered with."""
    from tiergate.audit.chain import verify_chain
    from tiergate.cli.common import database, fail

    result = verify_chain(database())
    if not result.ok:
        fail(
            f"audit chain broken at event {result.first_broken_id}: {result.reason} "
            f"({result.checked} events before it verified)"
        )
    typer.echo(f"OK: {result.checked} events verified")


@app.command()
def tail(
    n: int = typer.Option(20, "-n", "--lines", min=1, max=10_000, help="How many events."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (one object per line)."),
) -> None:
    """Show the most recent events, oldest first."""
    with open_audit() as audit:
        records = audit.tail(n)
    for rec in records:
        typer.echo(rec.model_dump_json() if as_json else _line(rec))


def _line(rec: AuditRecord) -> str:
    parts = [
        f"{rec.id:>6}",
        rec.ts.strftime("%Y-%m-%d %H:%M:%S"),
        f"{rec.kind:<8}",
        f"{rec.action or '-':<10}",
        str(rec.status or "-"),
        f"key={rec.key_id or '-'}",
        f"model={rec.model or '-'}",
    ]
    if rec.kind == "chat":
        parts.append(f"tokens={rec.tokens_in}+{rec.tokens_out} ms={rec.latency_ms or 0:.1f}")
    if rec.data:
        parts.append(" ".join(f"{k}={v}" for k, v in rec.data.items()))
    return "  ".join(parts)
