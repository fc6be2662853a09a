"""Recording and reading evaluation results (shared by the eval engine and the tier policy)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from tiergate.store.evals import EvalResultRow


class EvalResult(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int | None = None
    model_name: str
    weights_sha256: str | None = None
    domain: str | None = None
    metric: str
    value: float
    ci_low: float | None = None
    ci_high: float | None = None
    n: int | None = None
    suite: str | None = None
    suite_hash: str | None = None
    run_id: str | None = None
    source: str = "engine"
    valid: bool = True
    meta: dict[str, object] = Field(default_factory=dict)
    created_at: datetime | None = None


def record_result(session: Session, result: EvalResult) -> EvalResult:
    row = EvalResultRow(**result.model_dump(exclude={"id", "created_at"}))
    session.add(row)
    session.flush()
    return EvalResult.model_validate(row)


def latest_results(
    session: Session, model_name: str, *, at: datetime | None = None
) -> dict[str, EvalResult]:
    """The newest valid result per metric for a model (optionally as of a point in time)."""
    q = select(EvalResultRow).where(
        EvalResultRow.model_name == model_name, EvalResultRow.valid.is_(True)
    )
    if at is not None:
        q = q.where(EvalResultRow.created_at <= at)
    out: dict[str, EvalResult] = {}
    for row in session.scalars(q.order_by(EvalResultRow.created_at, EvalResultRow.id)):
        out[row.metric] = EvalResult.model_validate(row)
    return out
