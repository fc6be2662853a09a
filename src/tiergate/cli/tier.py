"""``tiergate tier``: the tier policy, assignments with reasons, re-tiering, appeals."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from tiergate.cli.common import database, errors, fail, print_json, settings

if TYPE_CHECKING:
    from tiergate.access.service import AccessService
    from tiergate.tiers.policy import TierPolicy
    from tiergate.tiers.service import TierService

app = typer.Typer(help="Capability-indexed access tiers (C-002 policy).", no_args_is_help=True)
policy_app = typer.Typer(help="Show the active tier policy, or check a new one.")
app.add_typer(policy_app, name="policy")


def actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@contextmanager
def open_services() -> Iterator[tuple[TierService, AccessService]]:
    """Tier and access services over the configured database, audit log and registry."""
    from tiergate.access.service import build_access

    s = settings()
    with _audit() as audit:
        registry: Any = None
        try:
            from tiergate.registry.service import RegistryService

            registry = RegistryService(database(), audit=audit)
        except ImportError:
            registry = None
        yield build_access(database(), s.tier_policy, s.home, audit=audit, registry=registry)


@contextmanager
def _audit() -> Iterator[Any]:
    try:
        from tiergate.cli.audit import open_audit
    except ImportError:  # the audit log is not installed: events go to the Python log
        yield None
        return
    with open_audit() as audit:
        yield audit


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--at must be a date like 2026-11-22, got {value!r}")


def policy_view(p: TierPolicy, at: date) -> dict[str, Any]:
    return {
        "version": p.version,
        "hash": p.hash,
        "date": at.isoformat(),
        "aup_version": p.aup_version,
        "max_result_age_days": p.max_result_age_days,
        "reevaluate_every_days": p.reevaluate_every_days,
        "override_max_days": p.override_max_days,
        "domains": {
            name: {
                "metric": d.metric,
                "catastrophic": d.catastrophic,
                "higher_is_worse": d.higher_is_worse,
                "thresholds": d.thresholds_at(at).model_dump(),
                "schedule": [s.model_dump(mode="json", by_alias=True) for s in d.schedule],
                "alarm": d.alarm,
            }
            for name, d in sorted(p.domains.items())
        },
        "tiers": {
            int(t): {**r.model_dump(), "summary": r.summary()} for t, r in sorted(p.tiers.items())
        },
    }


@policy_app.callback(invoke_without_command=True)
@errors
def policy(
    ctx: typer.Context,
    json_out: bool = typer.Option(False, "--json", help="print JSON"),
) -> None:
    """The active policy: domains, metrics, thresholds in force today, tier requirements."""
    if ctx.invoked_subcommand is not None:
        return
    from tiergate.tiers.policy import load_policy

    p = load_policy(settings().tier_policy)
    view = policy_view(p, date.today())
    if json_out:
        print_json(view)
        return
    typer.echo(f"tier policy {p.version}  sha256 {p.hash}")
    typer.echo(f"thresholds in force on {view['date']}:")
    for name, d in view["domains"].items():
        t = d["thresholds"]
        op = ">=" if d["higher_is_worse"] else "<="
        cat = " catastrophic" if d["catastrophic"] else ""
        typer.echo(
            f"  {name:<22} {d['metric']:<24} low {op} {t['low']:g}  high {op} {t['high']:g}"
            f"  critical {op} {t['critical']:g}{cat}"
        )
    typer.echo("tiers:")
    for n, r in view["tiers"].items():
        typer.echo(f"  Tier {n} ({r['name']}): {r['summary']}")
    typer.echo(f"Tier 3-4 results must be fresher than {p.reevaluate_every_days} days")


@policy_app.command("check")
@errors
def policy_check(file: Path = typer.Argument(..., help="policy YAML to validate")) -> None:
    """Validate a policy file; prints its version and hash."""
    from tiergate.tiers.policy import load_policy

    p = load_policy(file)
    typer.echo(f"ok: tier policy {p.version} ({len(p.domains)} domains) sha256 {p.hash}")


@app.command("assign")
@errors
def assign_cmd(
    name: str,
    at: str | None = typer.Option(None, "--at", help="assign as of this date (YYYY-MM-DD)"),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """Assign (and store) the tier of NAME from its latest valid eval results."""
    when = parse_date(at)
    with open_services() as (tiers, _):
        a = tiers.assign(name, when)
    if json_out:
        print_json(a)
        return
    req = tiers.policy.requirement(a.tier)
    typer.echo(f"{a.model}: Tier {int(a.tier)} ({req.name}) - {a.summary}")
    for r in a.reasons:
        value = "-" if r.value is None else f"{r.value:g}"
        typer.echo(f"  {r.domain:<22} {r.metric:<24} {value:>8}  {r.band:<9} T{int(r.tier)}")
    if not a.compliant:
        typer.echo(f"  NON-COMPLIANT: {a.compliance_note}")


@app.command("explain")
@errors
def explain_cmd(
    name: str,
    at: str | None = typer.Option(None, "--at", help="explain as of this date"),
) -> None:
    """The reasoning behind NAME's tier, step by step."""
    when = parse_date(at)
    with open_services() as (tiers, _):
        typer.echo(tiers.explain(name, when))


@app.command("history")
@errors
def history_cmd(name: str, json_out: bool = typer.Option(False, "--json")) -> None:
    """Stored assignments of NAME, oldest first."""
    with open_services() as (tiers, _):
        rows = tiers.history(name)
    if json_out:
        print_json([r.model_dump(mode="json") for r in rows])
        return
    for r in rows:
        typer.echo(
            f"#{r.id} {r.created_at:%Y-%m-%d %H:%M} Tier {r.tier} (computed {r.computed_tier}) "
            f"policy {r.policy_version} evidence {r.evidence_ids} [{r.trigger}]"
        )


@app.command("retier")
@errors
def retier_cmd(
    reason: str = typer.Option("manual retier", "--reason"),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """Re-tier every model (after a policy change or a threshold date); report what moved."""
    with open_services() as (tiers, _):
        moved = tiers.retier_all(reason)
    if json_out:
        print_json([m.model_dump() for m in moved])
        return
    if not moved:
        typer.echo("no tier changed")
    for m in moved:
        old = "-" if m.old_tier is None else str(m.old_tier)
        typer.echo(f"{m.model}: Tier {old} -> {m.new_tier} ({m.reason})")


@app.command("compliance")
@errors
def compliance_cmd(json_out: bool = typer.Option(False, "--json")) -> None:
    """Tier 3-4 models whose results are too old (non-compliant, downloads restricted)."""
    with open_services() as (tiers, _):
        bad = tiers.compliance()
    if json_out:
        print_json(
            [{"model": a.model, "tier": int(a.tier), "note": a.compliance_note} for a in bad]
        )
        return
    if not bad:
        typer.echo("all models compliant")
    for a in bad:
        typer.echo(f"{a.model}: Tier {int(a.tier)} NON-COMPLIANT - {a.compliance_note}")


@app.command("appeal")
@errors
def appeal_cmd(
    name: str,
    reason: str = typer.Option(..., "--reason", help="why the tier should change"),
    evidence: Path | None = typer.Option(None, "--evidence", exists=True, dir_okay=False),
    tier: int | None = typer.Option(None, "--tier", help="requested tier (default: one lower)"),
) -> None:
    """Appeal NAME's tier; a reviewer grants or denies it with `tier review`."""
    with open_services() as (tiers, _):
        ap = tiers.appeal(name, reason, requested_tier=tier, evidence=evidence, by=actor())
    typer.echo(
        f"appeal #{ap.id}: {ap.model} Tier {ap.current_tier} -> {ap.requested_tier} (pending)"
    )


@app.command("review")
@errors
def review_cmd(
    appeal_id: int,
    grant: bool = typer.Option(False, "--grant"),
    deny: bool = typer.Option(False, "--deny"),
    note: str = typer.Option(..., "--note"),
    tier: int | None = typer.Option(None, "--tier", help="tier to grant (default: requested)"),
    days: int | None = typer.Option(None, "--days", help="override lifetime (default: policy)"),
) -> None:
    """Grant or deny an appeal; a grant sets an override with an expiry."""
    if grant == deny:
        fail("give exactly one of --grant or --deny")
    with open_services() as (tiers, _):
        ap = tiers.review(appeal_id, grant=grant, note=note, reviewer=actor(), tier=tier, days=days)
    if ap.status == "granted" and ap.expires_at is not None:
        typer.echo(
            f"appeal #{ap.id} granted: {ap.model} overridden to Tier {ap.granted_tier} "
            f"until {ap.expires_at:%Y-%m-%d}"
        )
    else:
        typer.echo(f"appeal #{ap.id} denied")


@app.command("appeals")
@errors
def appeals_cmd(
    model: str | None = typer.Option(None, "--model"),
    status: str | None = typer.Option(None, "--status", help="pending | granted | denied"),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """All appeals (the full history), optionally for one model or status."""
    with open_services() as (tiers, _):
        rows = tiers.appeals(model, status)
    if json_out:
        print_json([r.model_dump(mode="json") for r in rows])
        return
    for r in rows:
        when = r.created_at.strftime("%Y-%m-%d")
        review = f" - {r.reviewer}: {r.note}" if r.reviewer else ""
        typer.echo(
            f"#{r.id} {when} {r.model} Tier {r.current_tier} -> {r.requested_tier} "
            f"[{r.status}] {r.reason}{review}"
        )
