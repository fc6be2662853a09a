"""The ``tiergate`` command. Each command group lives in its own module under ``cli/``."""

from __future__ import annotations

import importlib
import sys

import typer

from tiergate.errors import TiergateError

app = typer.Typer(
    name="tiergate",
    help="Governance gateway for open-weight LLMs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# (module, attribute, command name). Groups are Typer apps; plain functions become commands.
_GROUPS: list[tuple[str, str, str]] = [
    ("tiergate.cli.serve", "serve", "serve"),
    ("tiergate.cli.keys", "app", "keys"),
    ("tiergate.cli.audit", "app", "audit"),
    ("tiergate.cli.incident", "killswitch_app", "killswitch"),
    ("tiergate.cli.incident", "degrade_app", "degrade"),
    ("tiergate.cli.scan", "scan", "scan"),
    ("tiergate.cli.models", "app", "models"),
    ("tiergate.cli.tier", "app", "tier"),
    ("tiergate.cli.access", "app", "access"),
    ("tiergate.cli.eval", "app", "eval"),
    ("tiergate.cli.eval", "app", "evals"),
    ("tiergate.cli.redteam", "app", "redteam"),
]


def _mount() -> None:
    for module_name, attr, name in _GROUPS:
        obj = getattr(importlib.import_module(module_name), attr)
        if isinstance(obj, typer.Typer):
            app.add_typer(obj, name=name)
        else:
            app.command(name=name)(obj)


_mount()


def main() -> None:
    try:
        app()
    except TiergateError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        sys.exit(2 if exc.status < 500 else 1)
    except KeyboardInterrupt:
        sys.exit(130)
