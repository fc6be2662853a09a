"""Database fixtures shared by test areas: ``from tests.dbfixtures import ...``.

``db_url``/``db`` are parametrized over SQLite and PostgreSQL; a test area opts in by importing
them into its conftest. PostgreSQL tests get a fresh, uniquely named database each and skip when
the server is unreachable.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tiergate.store.db import Database

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_BASE = PG_ADMIN_URL.rsplit("/", 1)[0]


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tiergate-test.db'}"


@contextmanager
def postgres_url(template: str | None = None) -> Iterator[str]:
    """A new PostgreSQL database for the duration of the block (dropped after); a copy of the
    database ``template`` when given (cheaper than migrating each time)."""
    import psycopg
    from psycopg import sql

    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL unreachable at {PG_ADMIN_URL}: {exc}")
    name = f"tiergate_test_{os.getpid()}_{secrets.token_hex(4)}"
    try:
        create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            create = sql.SQL("{} TEMPLATE {}").format(create, sql.Identifier(template))
        admin.execute(create)
        try:
            yield f"{PG_BASE}/{name}"
        finally:
            # FORCE: a connection a failed test left open must not keep the database alive.
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
    finally:
        admin.close()


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    with postgres_url() as url:
        yield url


class _Pristine:
    """Migrated databases shared by a session, reset before each test. Creating and migrating a
    PostgreSQL database per test costs 0.5-2 s; emptying and re-seeding costs milliseconds.
    Built lazily per backend, so SQLite-only runs never touch PostgreSQL."""

    def __init__(self, folder: Path, stack: ExitStack) -> None:
        self.folder, self.stack = folder, stack
        self.sqlite_file: Path | None = None
        self.pg_url: str | None = None
        self.seed: dict[str, list[dict[str, Any]]] = {}

    def sqlite(self, tmp_path: Path) -> str:
        """A copy of a freshly migrated SQLite file."""
        if self.sqlite_file is None:
            url = sqlite_url(self.folder)
            Database(url).dispose()
            self.sqlite_file = Path(url.split("///", 1)[1])
        path = tmp_path / "tiergate-test.db"
        shutil.copyfile(self.sqlite_file, path)
        return f"sqlite:///{path}"

    def postgres(self) -> str:
        """The session's PostgreSQL database, emptied back to its just-migrated rows."""
        if self.pg_url is None:
            url = self.stack.enter_context(postgres_url())
            database = Database(url)
            with database.engine.connect() as conn:
                self.seed = {
                    t.name: [dict(r) for r in conn.execute(sa.select(t)).mappings()]
                    for t in _tables()
                }
            database.dispose()
            self.pg_url = url
            return url
        self._reset(self.pg_url)
        return self.pg_url

    def _reset(self, url: str) -> None:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            # A connection a failed test left behind must not hold locks on the next test.
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        engine = sa.create_engine("postgresql+psycopg://" + url.removeprefix("postgresql://"))
        try:
            # DELETE, not TRUNCATE: on tables this small it avoids new files and fsyncs.
            with engine.begin() as conn:
                for table in reversed(_tables()):
                    conn.execute(sa.delete(table))
                for table in _tables():
                    if self.seed.get(table.name):
                        conn.execute(sa.insert(table), self.seed[table.name])
        finally:
            engine.dispose()


def _tables() -> list[sa.Table]:
    from tiergate.store import tables  # noqa: F401  (registers every table)
    from tiergate.store.db import Base

    return list(Base.metadata.sorted_tables)


@pytest.fixture(scope="session")
def _db_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Pristine]:
    with ExitStack() as stack:
        yield _Pristine(tmp_path_factory.mktemp("db-template"), stack)


@pytest.fixture(params=BACKENDS)
def db(
    request: pytest.FixtureRequest, tmp_path: Path, _db_templates: _Pristine
) -> Iterator[Database]:
    """A migrated database holding only its migrations' rows, on each backend."""
    pristine = _db_templates
    url = pristine.sqlite(tmp_path) if request.param == "sqlite" else pristine.postgres()
    database = Database(url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite database, for tests that need not run on both backends."""
    database = Database(sqlite_url(tmp_path))
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def cli_state() -> Iterator[None]:
    """Fresh CLI settings/database caches around a CliRunner test (TIERGATE_HOME is per test)."""
    from tiergate.cli import common

    def reset() -> None:
        if common.database.cache_info().currsize:
            common.database().dispose()
        common.database.cache_clear()
        common.settings.cache_clear()

    reset()
    yield
    reset()
