from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from tests.dbfixtures import _db_templates, cli_state, db, db_url, sqlite_db  # noqa: F401
from tiergate.evals.results import EvalResult, record_result
from tiergate.store.db import Database
from tiergate.tiers.audit import MemoryAudit
from tiergate.tiers.lookup import ModelFacts, StaticLookup
from tiergate.tiers.policy import load_policy
from tiergate.tiers.service import TierService


class Clock:
    """A settable clock: tests move time forward to cross schedule dates and expiries."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    # Results get the database's clock (now), so the test clock starts at the real now.
    return Clock(datetime.now(UTC))


@pytest.fixture
def lookup() -> StaticLookup:
    return StaticLookup({"base": ModelFacts(name="base")})


@pytest.fixture
def audit() -> MemoryAudit:
    return MemoryAudit()


@pytest.fixture
def tiers(
    sqlite_db: Database,  # noqa: F811
    lookup: StaticLookup,
    audit: MemoryAudit,
    clock: Clock,
) -> TierService:
    return TierService(sqlite_db, load_policy(), audit=audit, registry=lookup, now=clock)


Record = Callable[..., EvalResult]


@pytest.fixture
def record(tiers: TierService, clock: Clock) -> Record:
    """Record one result per given domain (value), dated now by the database."""

    def _record(model: str, values: dict[str, float], **extra: object) -> list[EvalResult]:
        out = []
        with tiers.db.session() as s:
            for domain, value in values.items():
                metric = tiers.policy.domains[domain].metric
                r = EvalResult(model_name=model, domain=domain, metric=metric, value=value, **extra)  # type: ignore[arg-type]
                out.append(record_result(s, r))
        return out

    return _record  # type: ignore[return-value]


SAFE = {
    "cyber": 0.1,
    "chem_bio": 0.1,
    "jailbreak_compliance": 0.0,
    "harmful_compliance": 0.0,
    "emergent_misalignment": 0.0,
    "insecure_code": 0.0,
    "memorization": 0.0,
}
