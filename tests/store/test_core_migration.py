"""The 0001_core migration: creates what store/core.py declares, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from tiergate.audit.chain import GENESIS
from tiergate.store import core
from tiergate.store.db import Database, alembic_config, make_engine

CORE_TABLES = ["api_keys", "audit_events", "audit_head", "audit_raw", "incident_switches"]


@pytest.mark.parametrize("table", CORE_TABLES)
def test_migration_matches_models(db: Database, table: str) -> None:
    """Columns, nullability, indexes and unique constraints agree with the ORM declarations."""
    model = core.Base.metadata.tables[table]
    insp = sa.inspect(db.engine)
    cols = {c["name"]: c for c in insp.get_columns(table)}
    assert set(cols) == {c.name for c in model.columns}
    for col in model.columns:
        assert cols[col.name]["nullable"] == col.nullable, col.name
    indexes = {i["name"] for i in insp.get_indexes(table)}
    assert {i.name for i in model.indexes} <= indexes
    uniques = {tuple(u["column_names"]) for u in insp.get_unique_constraints(table)}
    for uc in model.constraints:
        if isinstance(uc, sa.UniqueConstraint):
            assert tuple(c.name for c in uc.columns) in uniques


def test_head_starts_at_genesis(db: Database) -> None:
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, last_id, last_hash FROM audit_head")).all()
    assert [tuple(r) for r in rows] == [(1, 0, GENESIS)]


def test_0001_downgrades_cleanly(db_url: str) -> None:
    engine = make_engine(db_url)
    cfg = alembic_config(db_url)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        assert set(CORE_TABLES) <= set(sa.inspect(engine).get_table_names())
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert not set(CORE_TABLES) & set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()
