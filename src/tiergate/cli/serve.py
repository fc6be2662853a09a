"""``tiergate serve``: run the gateway."""

from __future__ import annotations

import logging

import typer


def serve(
    host: str | None = typer.Option(None, help="Bind address (default: settings, 127.0.0.1)."),
    port: int | None = typer.Option(None, help="Port (default: settings, 8000)."),
    preload: bool = typer.Option(True, help="Load every model before accepting requests."),
) -> None:
    """Run the OpenAI-compatible gateway (embedded model + SQLite unless configured otherwise)."""
    import uvicorn

    from tiergate.cli.common import settings
    from tiergate.gateway.app import create_app
    from tiergate.gateway.services import build_services

    s = settings()
    if host is not None:
        s.host = host
    if port is not None:
        s.port = port
    logging.basicConfig(level=s.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    svc = build_services(s)
    svc.preload = preload
    if not svc.keys.list():
        typer.echo(
            "No API keys yet. Create one in another shell:\n"
            "  .venv/bin/tiergate keys create alice --rpm 60 --tokens-per-day 200000",
            err=True,
        )
    typer.echo(f"tiergate on http://{s.host}:{s.port}/v1  models: {', '.join(svc.models.names())}")
    uvicorn.run(
        create_app(s, svc), host=s.host, port=s.port, log_level=s.log_level, access_log=False
    )
