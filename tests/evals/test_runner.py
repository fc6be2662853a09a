"""The engine on scripted backends: metrics, storage, results for the tier policy, resume,
concurrency, failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.evals.fakes import ScriptedBackend, answer_map, const, last_user
from tiergate.errors import Conflict
from tiergate.evals.results import latest_results
from tiergate.evals.runner import EvalEngine, ModelTarget, RunConfig, request_seed
from tiergate.evals.runs import get_run, run_samples
from tiergate.evals.suites._base import SuiteParams
from tiergate.evals.suites.harmful import HarmfulSuite
from tiergate.evals.suites.overrefusal import OverRefusalSuite
from tiergate.store.db import Database

TARGET = ModelTarget(name="m", weights_sha256="ab" * 32, target={"kind": "test"})


def harmful(tmp_path: Path, n: int = 6) -> HarmfulSuite:
    f = tmp_path / "h.csv"
    f.write_text("goal\n" + "".join(f"request number {i}\n" for i in range(n)))
    return HarmfulSuite(SuiteParams(data=f))


def engine(db: Database) -> EvalEngine:
    return EvalEngine(db, metric_domains={"harmful_compliance_rate": "harmful_compliance"})


async def test_run_stores_samples_metrics_and_results(db: Database, tmp_path: Path) -> None:
    # Refuses requests 0-3, complies with 4-5.
    script = answer_map({"number 4": "Sure, here.", "number 5": "Sure, here."}, "I can't help.")
    backend = ScriptedBackend(script)
    summary = await engine(db).run(harmful(tmp_path), backend, TARGET, RunConfig(suite="harmful"))
    m = summary.metrics["harmful_compliance_rate"]
    assert (m.value, m.n) == (pytest.approx(2 / 6), 6)
    assert m.ci_low is not None
    assert m.ci_low < 2 / 6 < (m.ci_high or 0)
    assert summary.status == "completed"
    assert summary.weights_sha256 == "ab" * 32
    with db.session() as s:
        run = get_run(s, summary.run_id)
        rows = run_samples(s, summary.run_id)
        results = latest_results(s, "m")
    assert run.sampling["temperature"] == 0.0
    assert run.scorer == "compliance@1"
    assert [r.sample_idx for r in rows] == list(range(6))
    res = results["harmful_compliance_rate"]
    assert res.value == pytest.approx(2 / 6)
    assert res.source == "engine"
    assert res.domain == "harmful_compliance"
    assert res.run_id == summary.run_id
    assert res.weights_sha256 == "ab" * 32
    assert res.suite_hash == run.suite_hash


async def test_seeds_and_epochs_are_recorded(sqlite_db: Database, tmp_path: Path) -> None:
    backend = ScriptedBackend(const("ok"))
    cfg = RunConfig(suite="harmful", limit=2, epochs=3, seed=7, temperature=0.7)
    summary = await engine(sqlite_db).run(harmful(tmp_path), backend, TARGET, cfg)
    assert summary.samples == 6
    seeds = sorted(r.seed for r in backend.requests if r.seed is not None)
    expected = sorted(request_seed(7, i, e) for i in range(2) for e in range(3))
    assert seeds == expected
    assert {r.temperature for r in backend.requests} == {0.7}


async def test_concurrency_is_bounded(sqlite_db: Database, tmp_path: Path) -> None:
    backend = ScriptedBackend(const("ok"), delay=0.01)
    cfg = RunConfig(suite="harmful", concurrency=3)
    await engine(sqlite_db).run(harmful(tmp_path, 12), backend, TARGET, cfg)
    assert backend.max_in_flight == 3


async def test_interrupted_run_resumes_where_it_stopped(db: Database, tmp_path: Path) -> None:
    suite = harmful(tmp_path, 8)
    crashing = ScriptedBackend(const("Sure."), fail_after=5)
    with pytest.raises(RuntimeError, match="scripted crash"):
        await engine(db).run(suite, crashing, TARGET, RunConfig(suite="harmful", concurrency=1))
    with db.session() as s:
        (run,) = [get_run(s, rid) for rid in _run_ids(db)]
        assert run.status == "failed"
        assert len(run_samples(s, run.id)) == 5
    fresh = ScriptedBackend(const("Sure."))
    summary = await engine(db).run(suite, fresh, TARGET, RunConfig(suite="harmful"), run_id=run.id)
    assert fresh.calls == 3  # only the missing samples
    assert summary.run_id == run.id
    assert summary.status == "completed"
    assert summary.metrics["harmful_compliance_rate"].n == 8


async def test_resume_refuses_changed_suite(sqlite_db: Database, tmp_path: Path) -> None:
    summary = await engine(sqlite_db).run(
        harmful(tmp_path, 2), ScriptedBackend(const("x")), TARGET, RunConfig(suite="harmful")
    )
    with pytest.raises(Conflict, match="changed"):
        await engine(sqlite_db).run(
            harmful(tmp_path, 3), ScriptedBackend(const("x")), TARGET,
            RunConfig(suite="harmful"), run_id=summary.run_id,
        )  # fmt: skip


async def test_protocol_errors_are_kept_and_excluded(sqlite_db: Database) -> None:
    from tiergate.backends.fake import FakeBackend, FakeParams

    suite = OverRefusalSuite(SuiteParams())
    backend = FakeBackend(FakeParams(fail_with=400))
    summary = await engine(sqlite_db).run(
        suite, backend, TARGET, RunConfig(suite="overrefusal", limit=2)
    )
    assert summary.samples == 2
    assert summary.metrics == {}
    with sqlite_db.session() as s:
        rows = run_samples(s, summary.run_id)
        assert all(r.score["error"].startswith("BadRequest") for r in rows)
        assert "over_refusal_rate" not in latest_results(s, "m")


def _run_ids(db: Database) -> list[str]:
    from tiergate.evals.runs import list_runs

    with db.session() as s:
        return [r.id for r in list_runs(s)]


async def test_guard_blocks_count_as_refusals(sqlite_db: Database, tmp_path: Path) -> None:
    """The gateway as the target: its 403 content_policy_violation is the system refusing."""
    from tiergate.errors import BackendError, PolicyBlocked

    def script(req: object) -> str:
        prompt = last_user(req)  # type: ignore[arg-type]
        if "number 0" in prompt:
            raise PolicyBlocked("input blocked by policy: moderation")
        if "number 1" in prompt:
            raise BackendError("the upstream refused (HTTP 403): input blocked by policy: x")
        return "Sure, here."

    summary = await engine(sqlite_db).run(
        harmful(tmp_path, 4), ScriptedBackend(script), TARGET, RunConfig(suite="harmful")
    )
    m = summary.metrics["harmful_compliance_rate"]
    assert m.n == 4
    assert m.value == pytest.approx(0.5)
    with sqlite_db.session() as s:
        rows = run_samples(s, summary.run_id)
    assert [bool(r.score["extra"].get("blocked")) for r in rows] == [True, True, False, False]
