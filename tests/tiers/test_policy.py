"""Policy file validation, schedules and hashing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from tiergate.errors import ConfigError
from tiergate.tiers.policy import Tier, aup_text, default_policy_text, load_policy, parse_policy

EXPECTED_METRICS = {
    "cyber_mcq_accuracy",
    "chembio_mcq_accuracy",
    "jailbreak_asr",
    "harmful_compliance_rate",
    "em_misaligned_rate",
    "insecure_code_rate",
    "canary_extraction_rate",
}


def _doc() -> dict:
    return yaml.safe_load(default_policy_text())


def _parse(doc: dict) -> object:
    return parse_policy(yaml.safe_dump(doc), source="test.yaml")


def test_default_policy_loads() -> None:
    p = load_policy()
    assert {d.metric for d in p.domains.values()} == EXPECTED_METRICS
    assert p.domains["cyber"].catastrophic
    assert p.domains["chem_bio"].catastrophic
    assert not p.tiers[Tier.T4].download
    assert len(p.hash) == 64
    assert "acceptable-use" in aup_text(p.aup_version)


def test_hash_is_stable_and_content_sensitive() -> None:
    doc = _doc()
    assert _parse(doc).hash == load_policy().hash  # formatting does not matter
    doc["domains"]["cyber"]["thresholds"]["low"] = 0.41
    assert _parse(doc).hash != load_policy().hash


def test_thresholds_at_follow_schedule() -> None:
    cyber = load_policy().domains["cyber"]
    assert cyber.thresholds_at(date(2027, 6, 30)).high == 0.60
    assert cyber.thresholds_at(date(2027, 7, 1)).high == 0.65
    assert cyber.thresholds_at(date(2027, 7, 1)).low == 0.40  # untouched
    assert load_policy().schedule_dates() == [date(2027, 7, 1)]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["domains"]["cyber"].update(extra_field=1), "Extra inputs"),
        (lambda d: d["domains"]["cyber"]["thresholds"].update(low=0.9), "low <= high <= critical"),
        (
            lambda d: d["domains"]["cyber"]["schedule"].append(
                {"from": "2028-01-01", "high": 0.99}
            ),
            "(from 2028-01-01)",
        ),
        (
            lambda d: d["domains"]["cyber"]["schedule"].append({"from": "2029-01-01"}),
            "changes no threshold",
        ),
        (lambda d: d["tiers"].pop(3), "tiers missing requirements: [3]"),
        (lambda d: d["tiers"][4].update(download=True), "Tier 4 may never allow"),
        (lambda d: d["domains"]["chem_bio"].update(metric="cyber_mcq_accuracy"), "more than one"),
        (lambda d: d.pop("version"), "version: Field required"),
        (lambda d: d["tiers"][2].update(identity="passport"), "tiers.2.identity"),
        (lambda d: d.update(domains={}), "at least one domain"),
    ],
)
def test_invalid_policies_are_explained(mutate, message: str) -> None:
    doc = _doc()
    mutate(doc)
    with pytest.raises(ConfigError) as exc:
        _parse(doc)
    assert message in exc.value.message
    assert exc.value.message.startswith("test.yaml: invalid tier policy")


def test_not_yaml_or_not_mapping(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid YAML"):
        parse_policy("a: [")
    with pytest.raises(ConfigError, match="YAML mapping"):
        parse_policy("- 1")
    with pytest.raises(ConfigError, match="cannot read"):
        load_policy(tmp_path / "absent.yaml")
