"""``tiergate access``: identities, verification, attestations, access requests, key links."""

from __future__ import annotations

import typer

from tiergate.cli.common import errors, fail, print_json
from tiergate.cli.tier import actor, open_services

app = typer.Typer(help="Identities, attestations and access requests.", no_args_is_help=True)
identity_app = typer.Typer(help="Users and organisations.", no_args_is_help=True)
request_app = typer.Typer(help="Access requests (manual approval).", no_args_is_help=True)
app.add_typer(identity_app, name="identity")
app.add_typer(request_app, name="request")


@identity_app.command("create")
@errors
def identity_create(
    name: str,
    kind: str = typer.Option("user", "--kind", help="user | org"),
    email: str | None = typer.Option(None, "--email"),
    org: str | None = typer.Option(None, "--org", help="organisation the user belongs to"),
) -> None:
    """Create a user or organisation identity (verification starts at 'none')."""
    with open_services() as (_, access):
        who = access.create_identity(name, kind=kind, email=email, org=org, by=actor())
    typer.echo(f"identity #{who.id} {who.name} ({who.kind}) created")


@identity_app.command("list")
@errors
def identity_list(json_out: bool = typer.Option(False, "--json")) -> None:
    with open_services() as (_, access):
        rows = access.identities()
    if json_out:
        print_json([r.model_dump(mode="json") for r in rows])
        return
    for r in rows:
        org = f" org={r.org}" if r.org else ""
        keys = f" keys={','.join(r.keys)}" if r.keys else ""
        typer.echo(
            f"#{r.id} {r.name} ({r.kind}) verification={r.verification} "
            f"effective={r.effective_verification}{org}{keys}"
        )


@identity_app.command("verify")
@errors
def identity_verify(
    name: str,
    level: str = typer.Option(..., "--level", help="none | identity | institution"),
) -> None:
    """Set an identity's verification level (a reviewer's manual check)."""
    with open_services() as (_, access):
        who = access.verify(name, level, by=actor())
    typer.echo(f"{who.name}: verification={who.verification}")


@app.command("link-key")
@errors
def link_key(key: str, identity: str) -> None:
    """Link an API key (id or name) to an identity: downloads by the key act for it."""
    key_id = key
    try:
        from tiergate.cli.keys import key_service

        with key_service() as keys:
            key_id = keys.get(key).id
    except ImportError:
        pass
    with open_services() as (_, access):
        who = access.link_key(key_id, identity, by=actor())
    typer.echo(f"key {key_id} -> identity {who.name}")


@app.command("attest")
@errors
def attest(
    identity: str,
    model: str | None = typer.Option(None, "--model", help="one model (default: every model)"),
    aup_version: str | None = typer.Option(None, "--aup-version"),
    show: bool = typer.Option(False, "--show", help="print the acceptable-use text and stop"),
    yes: bool = typer.Option(False, "--yes", help="accept without the interactive prompt"),
) -> None:
    """Sign the acceptable-use attestation for IDENTITY (recorded with a server signature)."""
    from tiergate.tiers.policy import aup_text

    with open_services() as (_, access):
        version = aup_version or access.aup_version
        if show:
            typer.echo(aup_text(version))
            return
        if not yes and not typer.confirm(f"{identity} accepts acceptable-use text {version}?"):
            fail("not attested")
        a = access.attest(identity, model=model, aup_version=version)
    typer.echo(
        f"attestation #{a.id}: {a.identity} accepted AUP {a.aup_version} "
        f"for {a.model or 'every model'} at {a.signed_at:%Y-%m-%dT%H:%M:%SZ}"
    )


@request_app.command("create")
@errors
def request_create(
    identity: str,
    model: str,
    purpose: str = typer.Option(..., "--purpose", help="what the weights are for"),
) -> None:
    """Request access to MODEL's weights (pending until a reviewer approves)."""
    with open_services() as (_, access):
        r = access.request_access(identity, model, purpose)
    typer.echo(f"access request #{r.id}: {r.identity} -> {r.model} (pending)")


@request_app.command("list")
@errors
def request_list(
    status: str | None = typer.Option(None, "--status", help="pending | approved | denied"),
    model: str | None = typer.Option(None, "--model"),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    with open_services() as (_, access):
        rows = access.requests(status=status, model=model)
    if json_out:
        print_json([r.model_dump(mode="json") for r in rows])
        return
    for r in rows:
        review = f" - {r.reviewer}: {r.note}" if r.reviewer else ""
        typer.echo(f"#{r.id} {r.identity} -> {r.model} [{r.status}] {r.purpose}{review}")


def _decide(request_id: int, approve: bool, note: str) -> None:
    with open_services() as (_, access):
        r = access.decide(request_id, approve=approve, note=note, reviewer=actor())
    typer.echo(f"access request #{r.id} {r.status}")


@request_app.command("approve")
@errors
def request_approve(request_id: int, note: str = typer.Option("", "--note")) -> None:
    _decide(request_id, True, note)


@request_app.command("deny")
@errors
def request_deny(request_id: int, note: str = typer.Option("", "--note")) -> None:
    _decide(request_id, False, note)
