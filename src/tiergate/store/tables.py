"""Imports every table module so Base.metadata is complete (for Alembic and tests)."""

from tiergate.store import (
    core,  # noqa: F401
    evals,  # noqa: F401
    registry,  # noqa: F401
    tiers,  # noqa: F401
)
