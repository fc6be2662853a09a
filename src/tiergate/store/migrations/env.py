"""Alembic environment: uses the connection handed over by tiergate.store.db.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from tiergate.store import tables  # noqa: F401  (registers every table on Base.metadata)
from tiergate.store.db import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as c:
            _run(c)
    else:
        _run(conn)


def _run(conn: object) -> None:
    context.configure(
        connection=conn,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs batch mode for ALTER TABLE
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
