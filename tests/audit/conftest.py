"""Backend-parametrized database fixtures (SQLite and PostgreSQL), from tests.dbfixtures."""

from tests.dbfixtures import _db_templates, cli_state, db, db_url, sqlite_db  # noqa: F401
