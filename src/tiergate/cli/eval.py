"""``tiergate eval`` (also ``tiergate evals``): run suites, list them, report and compare runs."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from tiergate.evals.runner import Progress, RunSummary

app = typer.Typer(help="Safety evaluations: run suites, report, compare.", no_args_is_help=True)


@contextmanager
def _errors() -> Iterator[None]:
    from tiergate.cli.common import handled_errors

    with handled_errors():
        yield


@contextmanager
def _progress(enabled: bool, label: str) -> Iterator[Progress | None]:
    if not enabled:
        yield None
        return
    from tqdm import tqdm  # type: ignore[import-untyped]

    bar = tqdm(total=0, desc=label, unit="sample", leave=False)

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield update
    finally:
        bar.close()


def parse_params(items: list[str]) -> dict[str, Any]:
    from tiergate.cli.common import fail

    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            fail(f"--param takes KEY=VALUE, got {item!r}")
        out[key.strip()] = value
    return out


def _print_summary(summary: RunSummary, as_json: bool) -> None:
    from tiergate.cli.common import print_json

    if as_json:
        print_json(summary.model_dump(mode="json"))
        return
    typer.echo(
        f"run {summary.run_id}: {summary.suite} on {summary.model} "
        f"({summary.samples} samples, {summary.status})"
    )
    for m in summary.metrics.values():
        ci = f"  [{m.ci_low:.3f}, {m.ci_high:.3f}]" if m.ci_low is not None else ""
        typer.echo(f"  {m.name:<40} {m.value:8.3f}{ci}  n={m.n}")


@app.command("run")
def run(
    suite: str = typer.Argument(..., help="suite name (see `tiergate eval list`)"),
    model: str = typer.Option(..., "--model", help="served model name, or the name at --base-url"),
    base_url: str | None = typer.Option(None, "--base-url", help="any OpenAI-compatible /v1 URL"),
    api_key: str | None = typer.Option(None, "--api-key", envvar="TIERGATE_EVAL_API_KEY"),
    limit: int | None = typer.Option(None, "--limit", min=1, help="first N samples only"),
    samples: int | None = typer.Option(None, "--samples", min=1, help="K replies per sample"),
    seed: int = typer.Option(0, "--seed"),
    concurrency: int = typer.Option(2, "--concurrency", min=1),
    temperature: float | None = typer.Option(None, "--temperature", min=0.0, max=2.0),
    max_tokens: int | None = typer.Option(None, "--max-tokens", min=1),
    data: Path | None = typer.Option(None, "--data", help="your copy of the public data set"),
    param: list[str] = typer.Option([], "--param", help="suite option KEY=VALUE (repeatable)"),
    judge: str | None = typer.Option(None, "--judge", help="judge model name"),
    judge_base_url: str | None = typer.Option(None, "--judge-base-url"),
    judge_api_key: str | None = typer.Option(None, "--judge-api-key"),
    as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
) -> None:
    """Run SUITE against a model; results are stored and recorded for the tier policy."""
    from pydantic import SecretStr

    from tiergate.cli.common import database, settings
    from tiergate.evals.runner import RunConfig
    from tiergate.evals.service import Endpoint, run_suite
    from tiergate.plugins import registry

    params = parse_params(param)
    if data is not None:
        params["data"] = str(data)
    config = RunConfig(
        suite=suite, suite_params=params, limit=limit, epochs=samples, seed=seed,
        concurrency=concurrency, temperature=temperature, max_tokens=max_tokens,
    )  # fmt: skip
    key = SecretStr(api_key) if api_key else None
    endpoint = Endpoint(model=model, base_url=base_url, api_key=key)
    jkey = SecretStr(judge_api_key) if judge_api_key else None
    judge_ep = Endpoint(model=judge, base_url=judge_base_url, api_key=jkey) if judge else None
    with _errors():
        registry("suites").get(suite)  # unknown suite: one error line, before any progress bar
    with _errors(), _progress(not as_json, suite) as progress:
        summary = asyncio.run(
            run_suite(settings(), database(), config, endpoint, judge=judge_ep, progress=progress)
        )
    _print_summary(summary, as_json)


@app.command("resume")
def resume(
    run_id: str = typer.Argument(...),
    api_key: str | None = typer.Option(None, "--api-key", envvar="TIERGATE_EVAL_API_KEY"),
    judge_api_key: str | None = typer.Option(None, "--judge-api-key"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Continue an interrupted run where it stopped (done samples are skipped)."""
    from tiergate.cli.common import database, settings
    from tiergate.evals.service import resume_run

    with _errors(), _progress(not as_json, run_id) as progress:
        summary = asyncio.run(
            resume_run(
                settings(), database(), run_id, api_key=api_key, judge_api_key=judge_api_key,
                progress=progress,
            )
        )  # fmt: skip
    _print_summary(summary, as_json)


@app.command("list")
def list_cmd(as_json: bool = typer.Option(False, "--json")) -> None:
    """The suites, scorers and judges installed (entry points)."""
    from tiergate.cli.common import print_json
    from tiergate.plugins import registry

    out: dict[str, dict[str, str]] = {}
    with _errors():
        for kind in ("suites", "scorers", "judges"):
            reg = registry(kind)
            out[kind] = {n: _first_line(reg.get(n)) for n in reg.names()}
    if as_json:
        print_json(out)
        return
    for kind, items in out.items():
        typer.echo(f"{kind}:")
        for name, doc in items.items():
            typer.echo(f"  {name:<16} {doc}")


def _first_line(obj: object) -> str:
    import inspect

    module = inspect.getmodule(obj)
    doc = (module.__doc__ if module else None) or obj.__doc__ or ""
    para = " ".join(doc.strip().split("\n\n")[0].split())
    return para.split(". ")[0].rstrip(".")[:110]


@app.command("runs")
def runs(
    model: str | None = typer.Option(None, "--model"),
    limit: int = typer.Option(20, "--limit", min=1),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Recent eval runs."""
    from tiergate.cli.common import database, print_json
    from tiergate.evals.runs import list_runs

    with _errors(), database().session() as s:
        rows = list_runs(s, model=model, limit=limit)
    if as_json:
        print_json([r.model_dump(mode="json") for r in rows])
        return
    for r in rows:
        typer.echo(f"{r.id}  {r.status:<11} {r.suite:<14} {r.model_name:<28} {r.created_at}")


@app.command("report")
def report(
    run_id: str = typer.Argument(...),
    html: Path | None = typer.Option(None, "--html", help="write an HTML report here"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """A run's metrics (and worst examples); --html writes a readable report."""
    from tiergate.cli.common import database, print_json
    from tiergate.evals.reports.build import build_report

    with _errors():
        rep = build_report(database(), run_id)
        if html is not None:
            from tiergate.evals.reports.html import render_html

            html.write_text(render_html(rep), "utf-8")
    if as_json:
        print_json(rep.model_dump(mode="json"))
        return
    run = rep.run
    typer.echo(f"run {run.id}: {run.suite} on {run.model_name} ({run.status})")
    for m in run.metric_values().values():
        ci = f"  [{m.ci_low:.3f}, {m.ci_high:.3f}]" if m.ci_low is not None else ""
        typer.echo(f"  {m.name:<40} {m.value:8.3f}{ci}  n={m.n}")
    if html is not None:
        typer.echo(f"wrote {html}")


@app.command("compare")
def compare(
    run_a: str = typer.Argument(..., help="baseline run (e.g. the parent model)"),
    run_b: str = typer.Argument(..., help="run to compare (e.g. the derivative)"),
    html: Path | None = typer.Option(None, "--html", help="write an HTML table here"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Paired per-sample comparison of two runs of the same suite, with a test per metric."""
    from tiergate.cli.common import database, print_json
    from tiergate.evals.reports.compare import compare_runs

    with _errors():
        result = compare_runs(database(), run_a, run_b)
    if html is not None:
        from tiergate.evals.reports.html import render_comparison

        html.write_text(render_comparison(result), "utf-8")
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    typer.echo(f"{result.suite}: {result.model_a} ({run_a}) vs {result.model_b} ({run_b})")
    for t in result.tests:
        star = " *" if t.significant else ""
        typer.echo(
            f"  {t.metric:<36} {t.a:7.3f} -> {t.b:7.3f}  diff {t.diff:+.3f}  "
            f"p={t.p_value:.4f} ({t.test}, n={t.n_pairs}){star}"
        )


@app.command(
    "record",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
)
def record(ctx: typer.Context) -> None:
    """Record an externally measured metric for a model (tiers' command; see --help)."""
    # Imported only when used: the tiers CLI pulls in the store and settings (~0.7 s).
    from tiergate.tiers.cli_record import record_cmd

    inner = typer.Typer(add_completion=False)
    inner.command()(record_cmd)
    inner(args=ctx.args, prog_name="tiergate eval record", standalone_mode=False)
