"""tiers and access tables

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _identity_fk(table: str, col: str = "identity_id") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [col], ["identities.id"], name=op.f(f"fk_{table}_{col}_identities")
    )


def upgrade() -> None:
    op.create_table(
        "tier_assignments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("model_name", sa.String(256), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("computed_tier", sa.Integer(), nullable=False),
        sa.Column("at", sa.Date(), nullable=False),
        sa.Column("policy_version", sa.String(64), nullable=False),
        sa.Column("policy_hash", sa.String(64), nullable=False),
        sa.Column("evidence_ids", sa.JSON(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("fingerprint", sa.String(16), nullable=False),
        sa.Column("compliant", sa.Boolean(), nullable=False),
        sa.Column("trigger", sa.String(128), nullable=False),
        _ts("created_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_assignments")),
    )
    op.create_index(op.f("ix_tier_assignments_model_name"), "tier_assignments", ["model_name"])
    op.create_table(
        "tier_appeals",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("model_name", sa.String(256), nullable=False),
        sa.Column("current_tier", sa.Integer(), nullable=False),
        sa.Column("requested_tier", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=True),
        sa.Column("requested_by", sa.String(128), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(128), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("granted_tier", sa.Integer(), nullable=True),
        _ts("expires_at", nullable=True),
        _ts("created_at"),
        _ts("decided_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_appeals")),
    )
    op.create_index(op.f("ix_tier_appeals_model_name"), "tier_appeals", ["model_name"])
    op.create_index(op.f("ix_tier_appeals_status"), "tier_appeals", ["status"])
    op.create_table(
        "identities",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("email", sa.String(256), nullable=True),
        sa.Column("org_id", sa.Integer(), nullable=True),
        sa.Column("verification", sa.String(16), nullable=False),
        sa.Column("verified_by", sa.String(128), nullable=True),
        _ts("verified_at", nullable=True),
        _ts("created_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identities")),
        sa.UniqueConstraint("name", name=op.f("uq_identities_name")),
        _identity_fk("identities", "org_id"),
    )
    op.create_table(
        "identity_keys",
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("identity_id", sa.Integer(), nullable=False),
        sa.Column("linked_by", sa.String(128), nullable=False),
        _ts("linked_at"),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_identity_keys")),
        _identity_fk("identity_keys"),
    )
    op.create_index(op.f("ix_identity_keys_identity_id"), "identity_keys", ["identity_id"])
    op.create_table(
        "attestations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("identity_id", sa.Integer(), nullable=False),
        sa.Column("model_name", sa.String(256), nullable=True),
        sa.Column("aup_version", sa.String(32), nullable=False),
        sa.Column("aup_sha256", sa.String(64), nullable=False),
        _ts("signed_at"),
        sa.Column("signature", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attestations")),
        _identity_fk("attestations"),
    )
    op.create_index(op.f("ix_attestations_identity_id"), "attestations", ["identity_id"])
    op.create_table(
        "access_requests",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("identity_id", sa.Integer(), nullable=False),
        sa.Column("model_name", sa.String(256), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(128), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        _ts("created_at"),
        _ts("decided_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_requests")),
        _identity_fk("access_requests"),
    )
    op.create_index(op.f("ix_access_requests_identity_id"), "access_requests", ["identity_id"])
    op.create_index(op.f("ix_access_requests_model_name"), "access_requests", ["model_name"])


def downgrade() -> None:
    for table in (
        "access_requests",
        "attestations",
        "identity_keys",
        "identities",
        "tier_appeals",
        "tier_assignments",
    ):
        op.drop_table(table)
