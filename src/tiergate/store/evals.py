"""Tables: evaluation results (the evidence the tier policy consumes), eval runs and their
scored samples, red-team schedules.

One row per (model, metric) measurement. Rows come from the eval engine (``source="engine"``)
or from an external harness entered with ``tiergate evals record`` (``source="external"``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from tiergate.store.db import Base


class EvalResultRow(Base):
    __tablename__ = "eval_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    model_name: Mapped[str] = mapped_column(String(256), index=True)
    weights_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    domain: Mapped[str | None] = mapped_column(String(64))
    metric: Mapped[str] = mapped_column(String(128), index=True)
    value: Mapped[float] = mapped_column(Float)
    ci_low: Mapped[float | None] = mapped_column(Float)
    ci_high: Mapped[float | None] = mapped_column(Float)
    n: Mapped[int | None] = mapped_column(Integer)
    suite: Mapped[str | None] = mapped_column(String(128))
    suite_hash: Mapped[str | None] = mapped_column(String(64))
    run_id: Mapped[str | None] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(String(16), default="engine")  # engine | external
    # False once superseded or withdrawn; the tier policy only reads valid rows.
    valid: Mapped[bool] = mapped_column(default=True)
    meta: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class EvalRunRow(Base):
    """One eval run: what was asked of which model with which settings (enough to resume it)."""

    __tablename__ = "eval_runs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    suite: Mapped[str] = mapped_column(String(128), index=True)
    suite_hash: Mapped[str] = mapped_column(String(64))
    model_name: Mapped[str] = mapped_column(String(256), index=True)
    weights_sha256: Mapped[str | None] = mapped_column(String(64))
    target: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)  # how to reach it
    scorer: Mapped[str] = mapped_column(String(128))
    judge: Mapped[dict[str, object] | None] = mapped_column(JSON)
    seed: Mapped[int] = mapped_column(Integer)
    sampling: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    config: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)  # limit, epochs, ...
    status: Mapped[str] = mapped_column(String(16), index=True)  # running|completed|failed
    n_planned: Mapped[int] = mapped_column(Integer, default=0)
    metrics: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class EvalSampleRow(Base):
    """One scored reply; a run resumes by skipping the (sample_idx, epoch) pairs stored here."""

    __tablename__ = "eval_samples"
    __table_args__ = (UniqueConstraint("run_id", "sample_idx", "epoch"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("eval_runs.id", ondelete="CASCADE"), index=True
    )
    sample_idx: Mapped[int] = mapped_column(Integer)
    sample_id: Mapped[str] = mapped_column(String(256))
    epoch: Mapped[int] = mapped_column(Integer)
    prompt_hash: Mapped[str] = mapped_column(String(64))
    prompt: Mapped[str] = mapped_column(Text)
    reply: Mapped[str] = mapped_column(Text)
    score: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    tokens_in: Mapped[int] = mapped_column(Integer, default=0)
    tokens_out: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class RedteamScheduleRow(Base):
    """A recurring red-team run of some suites on a served model."""

    __tablename__ = "redteam_schedules"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    model_name: Mapped[str] = mapped_column(String(256))
    suites: Mapped[list[str]] = mapped_column(JSON, default=list)
    every_seconds: Mapped[int] = mapped_column(Integer)
    limit: Mapped[int | None] = mapped_column(Integer)
    on_alarm: Mapped[list[str]] = mapped_column(JSON, default=list)  # degrade | rollback
    enabled: Mapped[bool] = mapped_column(default=True)
    next_due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_run_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_status: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
