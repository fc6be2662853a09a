"""``tiergate redteam``: scheduled red-team runs on served models, with incident actions."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from tiergate.evals.redteam import RedteamService

app = typer.Typer(help="Continuous red-teaming of served models.", no_args_is_help=True)


@contextmanager
def service() -> Iterator[RedteamService]:
    from tiergate.cli.audit import open_audit
    from tiergate.cli.common import database, handled_errors, settings
    from tiergate.evals.redteam import RedteamService

    with open_audit() as audit, handled_errors():
        yield RedteamService(settings(), database(), audit)


@app.command("schedule")
def schedule(
    name: str = typer.Argument(..., help="schedule name"),
    model: str = typer.Option(..., "--model", help="served model to red-team"),
    every: str = typer.Option("24h", "--every", help="interval: 30m, 24h, 7d"),
    suites: str = typer.Option("harmful,jailbreak", "--suites", help="comma-separated suite names"),
    limit: int | None = typer.Option(None, "--limit", min=1, help="samples per suite"),
    on_alarm: str = typer.Option(
        "", "--on-alarm", help="actions when an alarm line is crossed: degrade,rollback"
    ),
) -> None:
    """Create or replace a schedule (first run at the next `run-due`)."""
    from tiergate.cli.common import fail

    actions = [a.strip() for a in on_alarm.split(",") if a.strip()]
    bad = [a for a in actions if a not in ("degrade", "rollback")]
    if bad:
        fail(f"unknown --on-alarm action(s) {bad}: use degrade, rollback")
    names = [s.strip() for s in suites.split(",") if s.strip()]
    with service() as svc:
        sched = svc.schedule(name, model, names, every, limit=limit, on_alarm=actions)  # type: ignore[arg-type]
    typer.echo(
        f"schedule {sched.name}: {', '.join(sched.suites)} on {sched.model_name} every "
        f"{sched.every_seconds}s; on alarm: {', '.join(sched.on_alarm) or 'incident only'}"
    )


@app.command("list")
def list_cmd(as_json: bool = typer.Option(False, "--json")) -> None:
    """Schedules, when they are due, and their last outcome."""
    from tiergate.cli.common import print_json

    with service() as svc:
        items = svc.schedules()
    if as_json:
        print_json([s.model_dump(mode="json") for s in items])
        return
    for s in items:
        alarms = len(s.last_status.get("alarms", [])) if s.last_status else 0
        typer.echo(
            f"{s.name:<16} {s.model_name:<28} {','.join(s.suites):<24} every {s.every_seconds}s "
            f"next {s.next_due_at:%Y-%m-%d %H:%M} last alarms {alarms}"
        )


@app.command("remove")
def remove(name: str = typer.Argument(...)) -> None:
    with service() as svc:
        svc.remove(name)
    typer.echo(f"removed {name}")


@app.command("run-due")
def run_due(as_json: bool = typer.Option(False, "--json")) -> None:
    """Run every due schedule now (call from cron); exit 3 when an alarm was raised."""
    from tiergate.cli.common import print_json

    with service() as svc:
        outcomes = asyncio.run(svc.run_due())
    if as_json:
        print_json([o.model_dump(mode="json") for o in outcomes])
    else:
        for o in outcomes:
            typer.echo(
                f"{o.schedule}: runs {', '.join(o.run_ids) or 'none'}; "
                f"alarms {len(o.alarms)}; actions {o.actions or '-'}"
            )
            for e in o.errors:
                typer.echo(f"  error: {e}", err=True)
    if any(o.alarms for o in outcomes):
        raise typer.Exit(3)
