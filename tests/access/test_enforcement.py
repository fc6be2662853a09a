"""Downloads and chat by tier: every requirement, each refusal naming what is missing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.access.conftest import SAFE, Clock, make_key
from tests.tiers.conftest import Record
from tiergate.access.service import AccessService, max_tier
from tiergate.errors import BadRequest, Conflict, Forbidden
from tiergate.store.tiers import AttestationRow
from tiergate.tiers.audit import MemoryAudit

TIER = {
    1: SAFE,
    2: {**SAFE, "insecure_code": 0.2},
    3: {**SAFE, "jailbreak_compliance": 0.4},
    4: {**SAFE, "cyber": 0.9},
}


def _forbidden(access: AccessService, key_id: str = "key1", model: str = "base") -> str:
    with pytest.raises(Forbidden) as exc:
        access.check_download(make_key(key_id), model)
    return exc.value.message


def test_tier_1_is_public(access: AccessService, record: Record) -> None:
    record("base", TIER[1])
    d = access.check_download(make_key("anyone"), "base")
    assert (d.tier, d.identity) == (1, None)


def test_tier_2_needs_identity_and_attestation(
    access: AccessService, record: Record, audit: MemoryAudit
) -> None:
    record("base", TIER[2])
    msg = _forbidden(access)
    assert msg.startswith("Tier 2 requires identity verification and a signed use attestation")
    assert "not linked to an identity" in msg
    access.create_identity("alice", email="a@example.org")
    access.link_key("key1", "alice")
    assert "verified at level 'none'" in _forbidden(access)
    access.verify("alice", "identity")
    assert "no signed use attestation" in _forbidden(access)
    access.attest("alice", model="other-model")  # covers another model only
    assert "no signed use attestation" in _forbidden(access)
    access.attest("alice", model="base")
    d = access.check_download(make_key("key1"), "base")
    assert (d.tier, d.identity) == (2, "alice")
    kinds = audit.kinds()
    assert ("download", "block") in kinds
    assert ("download", "allow") in kinds


def test_tampered_attestation_is_rejected(access: AccessService, record: Record) -> None:
    record("base", TIER[2])
    access.create_identity("alice")
    access.verify("alice", "identity")
    access.link_key("key1", "alice")
    a = access.attest("alice")
    with access.db.session() as s:
        row = s.get(AttestationRow, a.id)
        assert row is not None
        row.model_name = "base-but-edited"  # the signature covers the model
    assert "no signed use attestation" in _forbidden(access)


def test_attestation_must_accept_current_text(access: AccessService) -> None:
    access.create_identity("alice")
    with pytest.raises(BadRequest, match="current acceptable-use text"):
        access.attest("alice", aup_version="1999-01")


def test_tier_3_needs_institution_and_approved_request(
    access: AccessService, record: Record
) -> None:
    record("base", TIER[3])
    access.create_identity("uni", kind="org")
    access.create_identity("bob", org="uni")
    access.link_key("key1", "bob")
    access.verify("bob", "identity")
    access.attest("bob")
    assert "verified at level 'identity'" in _forbidden(access)
    access.verify("uni", "institution")  # institution verification carries over to members
    assert access.identity("bob").effective_verification == "institution"
    assert "no approved access request" in _forbidden(access)
    req = access.request_access("bob", "base", "alignment research on refusal behaviour")
    assert "no approved access request" in _forbidden(access)  # pending
    access.decide(req.id, approve=True, note="ok", reviewer="admin")
    d = access.check_download(make_key("key1"), "base")
    assert (d.tier, d.request_id, d.purpose) == (3, req.id, req.purpose)
    with pytest.raises(Conflict):
        access.decide(req.id, approve=False)


def test_tier_4_never_downloads_but_chats_monitored(access: AccessService, record: Record) -> None:
    record("base", TIER[4])
    assert "API-only" in _forbidden(access)
    d = access.check_chat(make_key(), "base")
    assert (d.tier, d.monitored) == (4, True)


def test_unevaluated_model_is_api_only(access: AccessService) -> None:
    assert "Tier 4 models are API-only" in _forbidden(access, model="base")


def test_tier_change_applies_to_next_request(access: AccessService, record: Record) -> None:
    record("base", TIER[1])
    access.check_download(make_key(), "base")
    record("base", TIER[2])
    assert "Tier 2 requires" in _forbidden(access)


def test_max_tier_scope_limits_chat_and_download(access: AccessService, record: Record) -> None:
    record("base", TIER[2])
    key = make_key(scopes=["chat", "max-tier:1"])
    with pytest.raises(Forbidden, match="limited to Tier 1 models"):
        access.check_chat(key, "base")
    with pytest.raises(Forbidden, match="limited to Tier 1 models"):
        access.check_download(key, "base")
    assert access.check_chat(make_key(scopes=["chat", "max-tier:2"]), "base").tier == 2


@pytest.mark.parametrize(
    ("scopes", "limit"),
    [
        ([], 4),
        (["chat"], 4),
        (["max-tier:2"], 2),
        (["max-tier:3", "max-tier:1"], 1),
        (["max-tier:9"], 4),
    ],
)
def test_max_tier_parsing(scopes: list[str], limit: int) -> None:
    assert max_tier(scopes) == limit


def test_identity_validation(access: AccessService) -> None:
    access.create_identity("alice")
    with pytest.raises(Conflict):
        access.create_identity("alice")
    with pytest.raises(BadRequest, match="not an organisation"):
        access.create_identity("carol", org="alice")
    with pytest.raises(BadRequest, match="verification level"):
        access.verify("alice", "passport")
    with pytest.raises(BadRequest, match="purpose statement"):
        access.request_access("alice", "base", "x")


def test_non_compliant_model_downloads_are_restricted(
    access: AccessService, record: Record, clock: Clock
) -> None:
    record("base", TIER[3])
    access.create_identity("uni", kind="org")
    access.verify("uni", "institution")
    access.create_identity("bob", org="uni")
    access.verify("bob", "identity")
    access.link_key("key1", "bob")
    access.attest("bob")
    req = access.request_access("bob", "base", "red-teaming for a safety paper")
    access.decide(req.id, approve=True)
    assert access.check_download(make_key("key1"), "base").tier == 3
    clock.now += timedelta(days=access.tiers.policy.reevaluate_every_days + 1)
    assert "non-compliant" in _forbidden(access)
    assert access.check_chat(make_key("key1"), "base").tier == 3  # the API stays available
