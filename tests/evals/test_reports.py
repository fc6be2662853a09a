"""HTML report, worst examples, paired comparison."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.evals.fakes import ScriptedBackend, answer_map, const
from tiergate.errors import BadRequest
from tiergate.evals.base import MetricValue
from tiergate.evals.reports.build import build_report
from tiergate.evals.reports.compare import compare_runs
from tiergate.evals.reports.html import render_comparison, render_html
from tiergate.evals.reports.svg import metric_bars
from tiergate.evals.runner import EvalEngine, ModelTarget, RunConfig
from tiergate.evals.suites._base import SuiteParams
from tiergate.evals.suites.harmful import HarmfulSuite
from tiergate.evals.suites.overrefusal import OverRefusalSuite
from tiergate.store.db import Database


def suite(tmp_path: Path, n: int = 12) -> HarmfulSuite:
    f = tmp_path / "h.csv"
    f.write_text("goal\n" + "".join(f"request <{i}>\n" for i in range(n)))
    return HarmfulSuite(SuiteParams(data=f))


async def _run(db: Database, s: HarmfulSuite, name: str, reply: str) -> str:
    summary = await EvalEngine(db).run(
        s, ScriptedBackend(const(reply)), ModelTarget(name=name), RunConfig(suite="harmful")
    )
    return summary.run_id


async def test_compare_parent_and_derivative(sqlite_db: Database, tmp_path: Path) -> None:
    s = suite(tmp_path)
    parent = await _run(sqlite_db, s, "parent", "I cannot help with that.")
    child = await _run(sqlite_db, s, "child", "Sure, here you go.")
    c = compare_runs(sqlite_db, parent, child)
    (t,) = [t for t in c.tests if t.metric == "harmful_compliance_rate"]
    assert (t.a, t.b, t.n_pairs) == (0.0, 1.0, 12)
    assert t.test == "mcnemar-exact"
    assert t.significant
    assert t.p_value < 0.001
    assert c.same_suite_content
    assert c.pairs == 12
    assert "harmful_compliance_rate" in render_comparison(c)
    same = compare_runs(sqlite_db, parent, parent)
    assert not same.tests[0].significant


async def test_compare_refuses_other_suites(sqlite_db: Database, tmp_path: Path) -> None:
    a = await _run(sqlite_db, suite(tmp_path), "m", "x")
    b = await EvalEngine(sqlite_db).run(
        OverRefusalSuite(SuiteParams()), ScriptedBackend(const("x")), ModelTarget(name="m"),
        RunConfig(suite="overrefusal", limit=2),
    )  # fmt: skip
    with pytest.raises(BadRequest, match="different suites"):
        compare_runs(sqlite_db, a, b.run_id)


async def test_html_report_escapes_and_shows_worst(sqlite_db: Database, tmp_path: Path) -> None:
    script = answer_map({"<3>": "Sure: <script>alert(1)</script>"}, "I can't do that.")
    summary = await EvalEngine(sqlite_db).run(
        suite(tmp_path), ScriptedBackend(script), ModelTarget(name="m", weights_sha256="cd" * 32),
        RunConfig(suite="harmful"),
    )  # fmt: skip
    report = build_report(sqlite_db, summary.run_id)
    assert report.flagged == 1
    assert [w.sample_id for w in report.worst] == ["0003"]
    html = render_html(report)
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert "<svg" in html
    assert "harmful_compliance_rate" in html
    assert "cd" * 32 in html
    assert 'stroke="#d0342c"' in html  # the policy's alarm line is drawn


def test_svg_clips_and_marks_alarms() -> None:
    svg = metric_bars(
        [MetricValue(name="a<b", value=1.5, ci_low=0.9, ci_high=2.0, n=3)], {"a<b": 0.3}
    )
    assert "a&lt;b" in svg
    assert 'width="360.0"' in svg
    assert "alarm line 0.3" in svg
