"""eval runs, samples and red-team schedules

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False, now: bool = False) -> sa.Column[Any]:
    default = sa.func.now() if now else None
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable, server_default=default)


def upgrade() -> None:
    op.create_table(
        "eval_runs",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("suite", sa.String(128), nullable=False),
        sa.Column("suite_hash", sa.String(64), nullable=False),
        sa.Column("model_name", sa.String(256), nullable=False),
        sa.Column("weights_sha256", sa.String(64), nullable=True),
        sa.Column("target", sa.JSON(), nullable=False),
        sa.Column("scorer", sa.String(128), nullable=False),
        sa.Column("judge", sa.JSON(), nullable=True),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("sampling", sa.JSON(), nullable=False),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("n_planned", sa.Integer(), nullable=False),
        sa.Column("metrics", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        _ts("created_at", now=True),
        _ts("finished_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_runs")),
    )
    for col in ("suite", "model_name", "status"):
        op.create_index(op.f(f"ix_eval_runs_{col}"), "eval_runs", [col])
    op.create_table(
        "eval_samples",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.String(64), nullable=False),
        sa.Column("sample_idx", sa.Integer(), nullable=False),
        sa.Column("sample_id", sa.String(256), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("prompt_hash", sa.String(64), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("score", sa.JSON(), nullable=False),
        sa.Column("tokens_in", sa.Integer(), nullable=False),
        sa.Column("tokens_out", sa.Integer(), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        _ts("created_at", now=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_samples")),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["eval_runs.id"],
            name=op.f("fk_eval_samples_run_id_eval_runs"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("run_id", "sample_idx", "epoch", name=op.f("uq_eval_samples_run_id")),
    )
    op.create_index(op.f("ix_eval_samples_run_id"), "eval_samples", ["run_id"])
    op.create_table(
        "redteam_schedules",
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("model_name", sa.String(256), nullable=False),
        sa.Column("suites", sa.JSON(), nullable=False),
        sa.Column("every_seconds", sa.Integer(), nullable=False),
        sa.Column("limit", sa.Integer(), nullable=True),
        sa.Column("on_alarm", sa.JSON(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        _ts("next_due_at"),
        _ts("last_run_at", nullable=True),
        sa.Column("last_status", sa.JSON(), nullable=False),
        _ts("created_at", now=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_redteam_schedules")),
    )


def downgrade() -> None:
    for table in ("redteam_schedules", "eval_samples", "eval_runs"):
        op.drop_table(table)
