"""Persistence: SQLAlchemy 2 models and Alembic migrations. Repositories take a Session."""
