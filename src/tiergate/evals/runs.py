"""Run and sample records (pydantic, never ORM rows) and the queries the engine, the report and
the comparison need."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from tiergate.errors import NotFound
from tiergate.evals.base import MetricValue, Score
from tiergate.store.evals import EvalRunRow, EvalSampleRow


class RunRecord(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    suite: str
    suite_hash: str
    model_name: str
    weights_sha256: str | None
    target: dict[str, Any]
    scorer: str
    judge: dict[str, Any] | None
    seed: int
    sampling: dict[str, Any]
    config: dict[str, Any]
    status: str
    n_planned: int
    metrics: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None
    created_at: datetime | None = None
    finished_at: datetime | None = None

    def metric_values(self) -> dict[str, MetricValue]:
        return {k: MetricValue.model_validate(v) for k, v in self.metrics.items()}


class SampleRecord(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    sample_idx: int
    sample_id: str
    epoch: int
    prompt_hash: str
    prompt: str
    reply: str
    score: dict[str, Any]
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: float = 0.0

    def parsed_score(self) -> Score:
        return Score.model_validate(self.score["score"])


def get_run(s: Session, run_id: str) -> RunRecord:
    row = s.get(EvalRunRow, run_id)
    if row is None:
        raise NotFound(f"no eval run {run_id!r}")
    return RunRecord.model_validate(row)


def list_runs(s: Session, *, model: str | None = None, limit: int = 50) -> list[RunRecord]:
    q = select(EvalRunRow).order_by(EvalRunRow.created_at.desc(), EvalRunRow.id).limit(limit)
    if model is not None:
        q = q.where(EvalRunRow.model_name == model)
    return [RunRecord.model_validate(r) for r in s.scalars(q)]


def run_samples(s: Session, run_id: str) -> list[SampleRecord]:
    q = (
        select(EvalSampleRow)
        .where(EvalSampleRow.run_id == run_id)
        .order_by(EvalSampleRow.sample_idx, EvalSampleRow.epoch)
    )
    return [SampleRecord.model_validate(r) for r in s.scalars(q)]


def done_keys(s: Session, run_id: str) -> set[tuple[int, int]]:
    q = select(EvalSampleRow.sample_idx, EvalSampleRow.epoch).where(EvalSampleRow.run_id == run_id)
    return {(int(i), int(e)) for i, e in s.execute(q)}
