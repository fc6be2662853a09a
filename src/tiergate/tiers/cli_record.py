"""``tiergate evals record``: enter a result from an external harness (marked as such).

Mounted by cli/eval.py (the evals engineer's file) as the `record` command.
"""

from __future__ import annotations

import typer

from tiergate.cli.common import errors
from tiergate.cli.tier import open_services


@errors
def record_cmd(
    name: str = typer.Argument(..., help="model name"),
    domain: str = typer.Option(..., "--domain", help="policy risk domain, e.g. cyber"),
    metric: str = typer.Option(..., "--metric", help="metric name the policy reads"),
    value: float = typer.Option(..., "--value"),
    suite_hash: str = typer.Option(..., "--suite-hash", help="hash of the external suite"),
    suite: str | None = typer.Option(None, "--suite", help="name of the external suite"),
    n: int | None = typer.Option(None, "--n", help="number of samples"),
    ci_low: float | None = typer.Option(None, "--ci-low"),
    ci_high: float | None = typer.Option(None, "--ci-high"),
) -> None:
    """Record an externally measured metric for NAME (source 'external'); shows the new tier."""
    from tiergate.evals.results import EvalResult, record_result
    from tiergate.tiers.recording import check_external

    with open_services() as (tiers, _):
        weights = check_external(tiers, name, domain, metric, value)
        with tiers.db.session() as s:
            rec = record_result(
                s,
                EvalResult(
                    model_name=name, weights_sha256=weights, domain=domain, metric=metric,
                    value=value, ci_low=ci_low, ci_high=ci_high, n=n, suite=suite,
                    suite_hash=suite_hash, source="external", meta={"entered_by": "cli"},
                ),
            )  # fmt: skip
        tiers.audit(
            "tier", "record", model=name, metric=metric, value=value, result_id=rec.id,
            source="external", suite_hash=suite_hash,
        )  # fmt: skip
        a = tiers.current(name)
    typer.echo(
        f"recorded result #{rec.id}: {name} {metric}={value:g} (external); "
        f"{name} is now Tier {int(a.tier)}"
    )
