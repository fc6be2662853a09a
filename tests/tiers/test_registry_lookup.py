"""The tier engine over the real registry: lineage, re-evaluation flag, weights identity."""

from __future__ import annotations

from pathlib import Path

from tests.tiers.conftest import SAFE
from tests.tiers.helpers import tiny_gguf
from tiergate.evals.results import EvalResult, record_result
from tiergate.registry.service import RegistryService
from tiergate.store.db import Database
from tiergate.tiers.audit import MemoryAudit
from tiergate.tiers.policy import Tier, load_policy
from tiergate.tiers.service import TierService


def _record(db: Database, model: str, sha: str | None, values: dict[str, float]) -> None:
    policy = load_policy()
    with db.session() as s:
        for domain, v in values.items():
            metric = policy.domains[domain].metric
            record_result(
                s, EvalResult(model_name=model, metric=metric, value=v, weights_sha256=sha)
            )


def test_derivative_lifecycle_over_registry(sqlite_db: Database, tmp_path: Path) -> None:
    registry = RegistryService(sqlite_db)
    tiers = TierService(sqlite_db, load_policy(), audit=MemoryAudit(), registry=registry)
    base = registry.register(tiny_gguf(tmp_path / "b.gguf", 1), "base")
    _record(sqlite_db, "base", base.identity_sha256, {**SAFE, "insecure_code": 0.2})
    assert tiers.current("base").tier == Tier.T2

    kid = registry.register(tiny_gguf(tmp_path / "k.gguf", 2), "kid", parent="base")
    assert registry.get("kid").needs_reevaluation
    a = tiers.current("kid")
    assert (a.tier, a.inherited_from) == (Tier.T2, "base")

    _record(sqlite_db, "kid", kid.identity_sha256, SAFE)
    assert tiers.current("kid").tier == Tier.T1
    assert not registry.get("kid").needs_reevaluation  # cleared by the tier engine

    # A new promoted version: results measured on the old bytes no longer count.
    v2 = registry.register(tiny_gguf(tmp_path / "k2.gguf", 3), "kid", parent="base")
    registry.promote("kid", v2.version)
    a = tiers.current("kid")
    assert (a.tier, a.inherited_from) == (Tier.T2, "base")
