"""The HTML report: a jinja2 template shipped in the package, charts as inline SVG."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from tiergate.evals.reports.build import Report
from tiergate.evals.reports.compare import Comparison
from tiergate.evals.reports.svg import metric_bars

UNBOUNDED = frozenset({"em_aligned", "em_coherent", "canary_exposure"})


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("tiergate.evals.reports", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
    )


def alarm_lines() -> dict[str, float]:
    from tiergate.errors import ConfigError
    from tiergate.tiers.policy import load_policy

    try:
        policy = load_policy()
    except ConfigError:
        return {}
    return {d.metric: d.alarm for d in policy.domains.values() if d.alarm is not None}


def render_html(report: Report, *, alarms: dict[str, float] | None = None) -> str:
    metrics = list(report.run.metric_values().values())
    # Rates and accuracies on one chart; unbounded values (e.g. exposure in bits) in a table.
    bounded = [m for m in metrics if m.name not in UNBOUNDED and 0.0 <= m.value <= 1.0]
    chart = Markup(metric_bars(bounded, alarm_lines() if alarms is None else alarms))
    return _env().get_template("report.html.j2").render(r=report, metrics=metrics, chart=chart)


def render_comparison(cmp: Comparison) -> str:
    return _env().get_template("compare.html.j2").render(c=cmp)
