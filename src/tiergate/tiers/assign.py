"""Tier assignment: a pure function of (eval results, policy, date[, parent floor, override]).

Decisions, each with a reason a person can check (`Assignment.explain()`):

- A domain's band comes from its metric's newest valid result: below `low` -> 1, `>= low` -> 2,
  `>= high` -> 3, `>= critical` -> 4 if the domain is catastrophic, else 3.
- No usable result at all -> Tier 4 ("unevaluated"). A derivative without results of its own
  inherits its parent's tier instead (the registry marks it for re-evaluation).
- A result older than `max_result_age_days` at the assignment date, dated after it, or marked
  invalid is not evidence. A domain without evidence while others have some is "unknown":
  it counts as Tier 3 if the domain is catastrophic (we cannot rule out a high capability) and
  Tier 2 otherwise, so a partially evaluated model can never be Tier 1.
- Tier 3-4 models whose evidence is older than `reevaluate_every_days` are non-compliant
  (the access layer restricts them).
- A derivative (given a parent floor) takes its parent's tier until it has results of its
  own; then its own results decide. An active override from a granted appeal replaces the
  computed tier until it expires.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict

from tiergate.evals.results import EvalResult
from tiergate.tiers.policy import Domain, Thresholds, Tier, TierPolicy

Band = Literal["below_low", "low", "high", "critical", "unknown"]


class DomainReason(BaseModel):
    model_config = ConfigDict(frozen=True)
    domain: str
    metric: str
    value: float | None
    thresholds: Thresholds
    higher_is_worse: bool
    catastrophic: bool
    band: Band
    tier: Tier
    evidence_id: int | None = None
    evidence_at: datetime | None = None
    source: str | None = None
    note: str = ""


class Override(BaseModel):
    """A tier set by a granted appeal, in force until `expires_at`."""

    model_config = ConfigDict(frozen=True)
    appeal_id: int
    tier: Tier
    granted_at: datetime
    expires_at: datetime
    reviewer: str = ""
    note: str = ""

    def active_on(self, at: date) -> bool:
        """In force from the day it was granted up to (not including) its expiry day."""
        return _aware(self.granted_at).date() <= at < _aware(self.expires_at).date()


class ParentFloor(BaseModel):
    model_config = ConfigDict(frozen=True)
    parent: str
    tier: Tier


class Assignment(BaseModel):
    model_config = ConfigDict(frozen=True)
    model: str
    tier: Tier
    computed_tier: Tier
    at: date
    policy_version: str
    policy_hash: str
    reasons: tuple[DomainReason, ...]
    evidence_ids: tuple[int, ...]
    evaluated: bool
    inherited_from: str | None = None
    parent_floor: ParentFloor | None = None
    override: Override | None = None
    compliant: bool = True
    compliance_note: str = ""
    summary: str = ""

    def fingerprint(self) -> str:
        """What a stored assignment must match to count as 'unchanged'."""
        key = [self.tier, self.policy_hash, list(self.evidence_ids), self.compliant]
        key.append(self.override.appeal_id if self.override else None)
        return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]


def end_of_day(at: date) -> datetime:
    return datetime.combine(at, time.max, tzinfo=UTC)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def band_of(value: float, t: Thresholds, domain: Domain) -> tuple[Band, Tier]:
    def reached(line: float) -> bool:
        return value >= line if domain.higher_is_worse else value <= line

    if reached(t.critical):
        return "critical", Tier.T4 if domain.catastrophic else Tier.T3
    if reached(t.high):
        return "high", Tier.T3
    if reached(t.low):
        return "low", Tier.T2
    return "below_low", Tier.T1


def _usable(r: EvalResult | None, at: date, max_age_days: int) -> tuple[bool, str]:
    if r is None:
        return False, "no result"
    if not r.valid:
        return False, "result withdrawn"
    if r.created_at is not None:
        created = _aware(r.created_at)
        if created > end_of_day(at):
            return False, "result dated after the assignment date"
        if created.date() < at - timedelta(days=max_age_days):
            return False, f"result older than {max_age_days} days"
    return True, ""


def _domain_reason(
    name: str, domain: Domain, result: EvalResult | None, policy: TierPolicy, at: date
) -> DomainReason:
    t = domain.thresholds_at(at)
    ok, why = _usable(result, at, policy.max_result_age_days)
    common = {
        "domain": name,
        "metric": domain.metric,
        "thresholds": t,
        "higher_is_worse": domain.higher_is_worse,
        "catastrophic": domain.catastrophic,
    }
    if not ok or result is None:
        tier = Tier.T3 if domain.catastrophic else Tier.T2
        return DomainReason(**common, value=None, band="unknown", tier=tier, note=why)
    band, tier = band_of(result.value, t, domain)
    return DomainReason(
        **common,
        value=result.value,
        band=band,
        tier=tier,
        evidence_id=result.id,
        evidence_at=result.created_at,
        source=result.source,
    )


def _compliance(reasons: tuple[DomainReason, ...], tier: Tier, policy: TierPolicy, at: date) -> str:
    """Empty when compliant; else why a Tier 3-4 model's evidence is too old."""
    if tier < Tier.T3:
        return ""
    dated = [r.evidence_at for r in reasons if r.evidence_at is not None]
    if not dated:
        return ""
    oldest = min(_aware(d) for d in dated).date()
    if (at - oldest).days > policy.reevaluate_every_days:
        return (
            f"Tier {int(tier)} needs results newer than {policy.reevaluate_every_days} days; "
            f"oldest evidence is from {oldest}"
        )
    return ""


def assign(
    model: str,
    results: Mapping[str, EvalResult],
    policy: TierPolicy,
    at: date,
    *,
    parent_floor: ParentFloor | None = None,
    override: Override | None = None,
) -> Assignment:
    """The tier of `model` on `at`. Pure, and more risk never gives a lower tier."""
    reasons = tuple(
        _domain_reason(name, d, results.get(d.metric), policy, at)
        for name, d in sorted(policy.domains.items())
    )
    evaluated = any(r.band != "unknown" for r in reasons)
    inherited = parent_floor if (not evaluated and parent_floor is not None) else None
    if inherited is not None:
        computed = inherited.tier
        summary = f"no own results yet: at least parent {inherited.parent}'s tier"
    elif not evaluated:
        computed, summary = Tier.T4, "no valid evaluation results: unevaluated models are Tier 4"
    else:
        worst = max(reasons, key=lambda r: r.tier)
        computed = worst.tier
        summary = f"highest band: {worst.domain} ({worst.band})"
    note = _compliance(reasons, computed, policy, at) if evaluated else ""
    active = override if override is not None and override.active_on(at) else None
    tier = active.tier if active is not None else computed
    if active is not None:
        summary += f"; override to Tier {int(active.tier)} by appeal #{active.appeal_id}"
    return Assignment(
        model=model,
        tier=tier,
        computed_tier=computed,
        at=at,
        policy_version=policy.version,
        policy_hash=policy.hash,
        reasons=reasons,
        evidence_ids=tuple(sorted(r.evidence_id for r in reasons if r.evidence_id is not None)),
        evaluated=evaluated,
        inherited_from=inherited.parent if inherited else None,
        parent_floor=parent_floor,
        override=active,
        compliant=not note,
        compliance_note=note,
        summary=summary,
    )
