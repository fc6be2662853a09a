"""``tiergate killswitch`` and ``tiergate degrade``: incident switches, live on running servers.

Gateways re-read the switches every ``switch_poll_seconds`` (0.5 s), so a change here takes
effect within a second without a restart. Every change is audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from tiergate.incident.switches import Switch, SwitchBoard

killswitch_app = typer.Typer(
    help="Stop serving: everything, one model, or one key.", no_args_is_help=True
)
degrade_app = typer.Typer(
    help="Degrade mode: answer from fixed rules instead of the model.", no_args_is_help=True
)

MODEL_HELP = "Only this model."
REASON_HELP = "Why (shown to clients and kept in the audit log)."


@contextmanager
def switchboard() -> Iterator[SwitchBoard]:
    from tiergate.cli.audit import open_audit
    from tiergate.cli.common import database, handled_errors
    from tiergate.incident.switches import SwitchBoard

    with open_audit() as audit, handled_errors():
        yield SwitchBoard(database(), audit)


def _known_model(model: str | None) -> None:
    """A typo during an incident must not silently switch nothing off."""
    from tiergate.cli.common import fail, settings

    models = settings().models
    if model is not None and model not in models:
        fail(f"unknown model {model!r} (configured: {', '.join(sorted(models)) or 'none'})")


def _kill(on: bool, model: str | None, key: str | None, reason: str) -> None:
    from tiergate.cli.keys import actor

    _known_model(model)
    with switchboard() as board:
        sw = board.set_kill(on, model=model, key=key, reason=reason, actor=actor())
    typer.echo(f"kill switch {'ON' if on else 'off'}: {_where(sw)}")


@killswitch_app.command("on")
def kill_on(
    model: str | None = typer.Option(None, "--model", help=MODEL_HELP),
    key: str | None = typer.Option(None, "--key", help="Only this key (name or id)."),
    reason: str = typer.Option("", "--reason", help=REASON_HELP),
) -> None:
    """Refuse requests (503) globally, for one model or for one key."""
    _kill(True, model, key, reason)


@killswitch_app.command("off")
def kill_off(
    model: str | None = typer.Option(None, "--model", help=MODEL_HELP),
    key: str | None = typer.Option(None, "--key", help="Only this key (name or id)."),
    reason: str = typer.Option("", "--reason", help=REASON_HELP),
) -> None:
    """Lift a kill switch (the same scope it was set with)."""
    _kill(False, model, key, reason)


@killswitch_app.command("status")
def kill_status(
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    all_: bool = typer.Option(False, "--all", help="Include switches that are off."),
) -> None:
    """Show active kill switches and degraded models."""
    from tiergate.cli.common import print_json

    with switchboard() as board:
        switches = board.list(include_off=all_)
    if as_json:
        print_json([s.model_dump(mode="json") for s in switches])
        return
    if not switches:
        typer.echo("No switches on: serving normally.")
    for sw in switches:
        typer.echo(_line(sw))


def _degrade(on: bool, model: str, reason: str) -> None:
    from tiergate.cli.keys import actor

    _known_model(model)
    with switchboard() as board:
        board.set_degrade(on, model=model, reason=reason, actor=actor())
    typer.echo(f"degrade mode {'ON' if on else 'off'}: model {model}")


@degrade_app.command("on")
def degrade_on(
    model: str = typer.Option(..., "--model", help="The model to degrade."),
    reason: str = typer.Option("", "--reason", help=REASON_HELP),
) -> None:
    """Answer this model's requests from its degrade rules instead of the model."""
    _degrade(True, model, reason)


@degrade_app.command("off")
def degrade_off(
    model: str = typer.Option(..., "--model", help="The model to restore."),
    reason: str = typer.Option("", "--reason", help=REASON_HELP),
) -> None:
    """Serve this model normally again."""
    _degrade(False, model, reason)


@degrade_app.command("status")
def degrade_status() -> None:
    """Show degraded models."""
    with switchboard() as board:
        switches = [s for s in board.list(include_off=False) if s.kind == "degrade"]
    if not switches:
        typer.echo("No model is degraded.")
    for sw in switches:
        typer.echo(_line(sw))


def _where(sw: Switch) -> str:
    return "global" if sw.scope == "global" else f"{sw.scope} {sw.target}"


def _line(sw: Switch) -> str:
    state = "ON " if sw.on else "off"
    return (
        f"{sw.kind:<8} {state} {_where(sw):<30} since {sw.updated_at:%Y-%m-%d %H:%M:%S}Z "
        f"by {sw.actor}" + (f": {sw.reason}" if sw.reason else "")
    )
