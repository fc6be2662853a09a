"""``tiergate models``: register weights, inspect, lineage, versions, promote / rollback, cards.

Heavy imports (gguf, numpy, SQLAlchemy models, rich) happen inside the commands so that
``tiergate --help`` stays fast.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from tiergate.cli.common import database, fail, handled_errors, print_json, settings

if TYPE_CHECKING:
    from rich.progress import Progress

    from tiergate.registry.records import LineageNode, ModelVersionRecord
    from tiergate.registry.service import RegistryService

app = typer.Typer(help="Model registry: weights, lineage, versions, cards.", no_args_is_help=True)

F = TypeVar("F", bound=Callable[..., Any])


def _errors(fn: F) -> F:
    """Registry errors become ``error: ...`` without a traceback; opened databases close."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with handled_errors():
                return fn(*args, **kwargs)
        finally:
            while _OPENED:
                _OPENED.pop().close()

    return wrapper  # type: ignore[return-value]


# Audit logs opened by this command; _errors closes (flushes) them when the command ends.
_OPENED: list[Any] = []


def _service() -> RegistryService:
    from tiergate.registry.service import RegistryService

    audit = _audit_log()
    if audit is not None:
        _OPENED.append(audit)
    return RegistryService(database(), audit=audit)


def _audit_log() -> Any:
    """The hash-chained audit log when tiergate.audit is installed, else None (log only)."""
    try:
        from tiergate.audit.log import AuditLog, load_hmac_key
    except ImportError:
        return None
    s = settings()
    return AuditLog(
        database(),
        hmac_key=load_hmac_key(s.home),
        store_raw=s.audit.store_raw,
        retention_days=s.audit.raw_retention_days,
    )


def _actor() -> str:
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


class _RichProgress:
    """A byte progress bar on stderr for streamed hashing, shown once hashing starts (so an
    inspection error prints nothing but the error)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.progress: Progress | None = None
        self.task: Any = None

    def begin(self, total_bytes: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TransferSpeedColumn,
        )

        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
        )
        self.progress = Progress(*columns, console=Console(stderr=True), transient=True)
        self.progress.start()
        self.task = self.progress.add_task(self.label, total=total_bytes)

    def advance(self, nbytes: int) -> None:
        if self.progress is not None:
            self.progress.advance(self.task, nbytes)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


@app.command()
@_errors
def register(
    path: Path = typer.Argument(..., help="a .gguf file or a safetensors directory"),
    name: str = typer.Option(..., "--name", help="registry name"),
    parent: str | None = typer.Option(None, "--parent", help="the model this derives from"),
    kind: str | None = typer.Option(None, "--kind", help="finetune|lora|merge|quantization"),
    license: str | None = typer.Option(None, "--license"),
    source: str | None = typer.Option(None, "--source", help="where the weights came from"),
    intended_use: str | None = typer.Option(None, "--intended-use"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Inspect headers, hash every weight file, record a version."""
    svc = _service()
    bar = _RichProgress("sha256")
    try:
        rec = svc.register(
            path,
            name,
            parent=parent,
            license=license,
            source=source,
            kind=kind,
            progress=bar,
            intended_use=intended_use,
            actor=_actor(),
        )
    finally:
        bar.close()
    if rec.same_bytes_as:
        typer.echo(
            f"warning: same weights already registered as {', '.join(rec.same_bytes_as)}", err=True
        )
    if as_json:
        print_json(rec)
        return
    verb = "already registered as" if rec.existing else "registered"
    typer.echo(f"{verb} {rec.name} v{rec.version} ({rec.status}) sha256 {rec.identity_sha256}")
    _print_summary(rec)


@app.command("list")
@_errors
def list_models(as_json: bool = typer.Option(False, "--json")) -> None:
    """Every registered model with its served version."""
    models = _service().list()
    if as_json:
        print_json([m.model_dump(mode="json") for m in models])
        return
    if not models:
        typer.echo("no models registered")
    for m in models:
        served = f"v{m.served_version}" if m.served_version else "-"
        lineage = f"  <- {m.parent} ({m.derivative_kind})" if m.parent else ""
        flag = "  [needs re-evaluation]" if m.needs_reevaluation else ""
        typer.echo(f"{m.name}  served {served} of {m.latest_version}{lineage}{flag}")


@app.command()
@_errors
def show(
    name: str,
    version: int | None = typer.Option(None, "--version", help="default: the served version"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Inspection summary, files and hashes, lineage of one model."""
    svc = _service()
    model = svc.get(name)
    rec = svc.version(name, version) if version is not None else svc.served(name)
    if rec is None:
        rec = svc.version(name, model.latest_version or 1)
    if as_json:
        print_json({"model": model.model_dump(mode="json"), "version": rec.model_dump(mode="json")})
        return
    typer.echo(f"{model.name} v{rec.version} ({rec.status})  {rec.path}")
    _print_summary(rec)
    parent = f"{model.parent} v{model.parent_version} ({model.derivative_kind})"
    typer.echo(f"  parent:        {parent if model.parent else '-'}")
    typer.echo(f"  license:       {model.license or '-'}   source: {model.source or '-'}")
    typer.echo("  tier:          see `tiergate tier show " + name + "`")
    if model.needs_reevaluation:
        typer.echo("  needs re-evaluation: yes")
    typer.echo("  files:")
    for f in rec.files:
        typer.echo(
            f"    {f.sha256}  {f.size:>14,}  {f.name}{'' if f.role == 'weight' else ' (aux)'}"
        )


def _print_summary(rec: ModelVersionRecord) -> None:
    i = rec.inspection
    params = _count(i.total_params)
    if i.is_moe:
        params += f" total, {_count(i.active_params)} active ({i.experts_used}/{i.experts} experts)"
    typer.echo(f"  format:        {i.format}   architecture: {i.architecture or '?'}")
    typer.echo(f"  parameters:    {params}")
    typer.echo(f"  quantization:  {i.quantization or '?'}   context: {i.context_length or '?'}")
    typer.echo(f"  chat template: {'yes' if i.chat_template else 'no'}")
    if i.adapter is not None:
        typer.echo(
            f"  adapter:       {i.adapter.type} r={i.adapter.rank} on {i.adapter.base_model}"
        )
    if rec.same_bytes_as:
        typer.echo(f"  same bytes as: {', '.join(rec.same_bytes_as)}")
    for note in i.notes:
        typer.echo(f"  note: {note}")


def _count(n: int) -> str:
    for unit, size in (("B", 10**9), ("M", 10**6), ("K", 10**3)):
        if n >= size:
            return f"{n / size:.2f}{unit} ({n:,})"
    return f"{n:,}"


@app.command()
@_errors
def lineage(name: str, as_json: bool = typer.Option(False, "--json")) -> None:
    """Ancestors and descendants as a tree."""
    from rich.console import Console
    from rich.tree import Tree

    lin = _service().lineage(name)
    if as_json:
        print_json(lin)
        return
    root: Tree | None = None
    branch: Tree | None = None
    for node in lin.ancestors:
        label = _label(node, False)
        branch = Tree(label) if branch is None else branch.add(label)
        root = root or branch
    here = Tree(_label(lin.tree, True)) if branch is None else branch.add(_label(lin.tree, True))
    _add_children(here, lin.tree)
    Console(highlight=False).print(root or here)


def _label(node: LineageNode, bold: bool) -> str:
    from rich.markup import escape

    kind = escape(f" [{node.derivative_kind}]") if node.derivative_kind else ""
    served = f" v{node.served_version}" if node.served_version else ""
    name = f"[bold]{escape(node.name)}[/bold]" if bold else escape(node.name)
    return f"{name}{served}{kind}"


def _add_children(tree: Any, node: LineageNode) -> None:
    for child in node.children:
        _add_children(tree.add(_label(child, False)), child)


@app.command()
@_errors
def versions(name: str, as_json: bool = typer.Option(False, "--json")) -> None:
    """Every version of a model; the promoted one is served."""
    rows = _service().versions(name)
    if as_json:
        print_json([r.model_dump(mode="json") for r in rows])
        return
    for r in rows:
        mark = "*" if r.status == "promoted" else " "
        created = r.created_at.strftime("%Y-%m-%d %H:%M")
        typer.echo(
            f"{mark} v{r.version:<3} {r.status:<10} {created}  "
            f"{r.identity_sha256[:16]}  {r.inspection.quantization or '?':<8} {r.path}"
        )


@app.command()
@_errors
def promote(name: str, version: int) -> None:
    """Serve VERSION of NAME (the gateway swaps within about a second, no restart)."""
    rec = _service().promote(name, version, actor=_actor())
    typer.echo(f"{name}: serving v{rec.version} ({rec.identity_sha256[:16]})")


@app.command()
@_errors
def rollback(name: str) -> None:
    """Serve the previously promoted version again."""
    rec = _service().rollback(name, actor=_actor())
    typer.echo(f"{name}: rolled back to v{rec.version} ({rec.identity_sha256[:16]})")


@app.command()
@_errors
def card(
    name: str,
    set_file: Path | None = typer.Option(
        None, "--set", help="markdown, optional YAML front matter"
    ),
    license: str | None = typer.Option(None, "--license"),
    source: str | None = typer.Option(None, "--source"),
    intended_use: str | None = typer.Option(None, "--intended-use"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show the model card, or set it from FILE (front matter: license, source, intended_use)."""
    from tiergate.registry.cards import parse_card

    svc = _service()
    if set_file is not None or license or source or intended_use:
        text = None
        fields: dict[str, str | None] = {}
        if set_file is not None:
            if not set_file.is_file():
                fail(f"no such file: {set_file}")
            parsed = parse_card(set_file.read_text(encoding="utf-8"))
            if parsed.ignored:
                typer.echo(
                    f"note: ignored front-matter keys: {', '.join(parsed.ignored)}", err=True
                )
            text = parsed.text
            fields = {
                "license": parsed.license,
                "source": parsed.source,
                "intended_use": parsed.intended_use,
            }
        svc.set_card(
            name,
            text,
            license=license or fields.get("license"),
            source=source or fields.get("source"),
            intended_use=intended_use or fields.get("intended_use"),
            actor=_actor(),
        )
    c = svc.card(name)
    if as_json:
        print_json(c)
        return
    typer.echo(f"# {c.name}")
    typer.echo(f"license: {c.license or '-'}\nsource: {c.source or '-'}")
    typer.echo(f"intended use: {c.intended_use or '-'}\n")
    typer.echo(c.text or "(no card text)")
