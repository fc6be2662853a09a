"""Checks on externally entered results (they must fit the policy to count as evidence)."""

from __future__ import annotations

import math

from tiergate.errors import BadRequest
from tiergate.tiers.service import TierService


def check_external(
    tiers: TierService, name: str, domain: str, metric: str, value: float
) -> str | None:
    """Validate an external result against the policy; the served weights' sha256 if known."""
    if not math.isfinite(value):
        raise BadRequest("--value must be a finite number")
    d = tiers.policy.domains.get(domain)
    if d is None:
        known = ", ".join(sorted(tiers.policy.domains))
        raise BadRequest(f"unknown domain '{domain}' (policy domains: {known})")
    if d.metric != metric:
        raise BadRequest(f"domain '{domain}' is measured by metric '{d.metric}', not '{metric}'")
    facts = tiers.models.facts(name)
    return facts.weights_sha256 if facts else None
