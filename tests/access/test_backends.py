"""The tier and access tables on both SQLite and PostgreSQL (migration 0004)."""

from __future__ import annotations

from tests.access.conftest import SIGNING_KEY, make_key
from tiergate.access.service import AccessService
from tiergate.evals.results import EvalResult, record_result
from tiergate.store.db import Database
from tiergate.tiers.lookup import ModelFacts, StaticLookup
from tiergate.tiers.policy import load_policy
from tiergate.tiers.service import TierService


def test_full_cycle(db: Database) -> None:
    policy = load_policy()
    tiers = TierService(db, policy, registry=StaticLookup({"m": ModelFacts(name="m")}))
    access = AccessService(db, tiers, SIGNING_KEY)
    with db.session() as s:
        for d in policy.domains.values():
            record_result(s, EvalResult(model_name="m", metric=d.metric, value=0.0))
    with db.session() as s:
        record_result(s, EvalResult(model_name="m", metric="insecure_code_rate", value=0.2))
    assert int(tiers.assign("m").tier) == 2
    access.create_identity("org", kind="org")
    access.create_identity("u", org="org")
    access.verify("u", "identity")
    access.link_key("k", "u")
    access.attest("u")
    assert access.check_download(make_key("k"), "m").identity == "u"
    ap = tiers.appeal("m", "reason")
    tiers.review(ap.id, grant=True, note="fine", days=5)
    assert [h.tier for h in tiers.history("m")] == [2, 1]
    req = access.request_access("u", "m", "a long enough purpose")
    assert access.decide(req.id, approve=False).status == "denied"
