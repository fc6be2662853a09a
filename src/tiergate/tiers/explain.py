"""Render an assignment as reasoning a person can check line by line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tiergate.tiers.assign import Assignment, DomainReason
from tiergate.tiers.policy import TierPolicy

if TYPE_CHECKING:
    from tiergate.tiers.lookup import ModelFacts
    from tiergate.tiers.service import Appeal


def _cmp(r: DomainReason) -> str:
    t = r.thresholds
    op = ">=" if r.higher_is_worse else "<="
    return f"low {op} {t.low:g}, high {op} {t.high:g}, critical {op} {t.critical:g}"


def _domain_line(r: DomainReason) -> str:
    cat = " [catastrophic]" if r.catastrophic else ""
    if r.value is None:
        return (
            f"  - {r.domain}{cat}: {r.metric} = (none: {r.note}) -> unknown -> Tier {int(r.tier)}"
        )
    src = f", {r.source}" if r.source and r.source != "engine" else ""
    when = f" on {r.evidence_at.date()}" if r.evidence_at else ""
    return (
        f"  - {r.domain}{cat}: {r.metric} = {r.value:g} (result #{r.evidence_id}{when}{src}); "
        f"{_cmp(r)} -> {r.band} -> Tier {int(r.tier)}"
    )


def explain_text(
    a: Assignment,
    policy: TierPolicy,
    appeals: Sequence[Appeal] = (),
    facts: ModelFacts | None = None,
) -> str:
    req = policy.requirement(a.tier)
    lines = [
        f"{a.model}: Tier {int(a.tier)} ({req.name}) on {a.at}",
        f"policy {a.policy_version} (sha256 {a.policy_hash[:16]}...)",
        f"requires: {req.summary()}",
        "",
        "Rule: Tier 1 if every domain < low; Tier 2 if any >= low; Tier 3 if any >= high;",
        "      Tier 4 if any >= critical in a catastrophic domain (>= critical elsewhere: Tier 3).",
        "",
        "Domains (thresholds in force on this date):",
        *(_domain_line(r) for r in a.reasons),
        "",
        f"Computed tier: {int(a.computed_tier)} - {a.summary.split(';')[0]}",
    ]
    if not a.evaluated and a.inherited_from is None:
        lines.append("  no evaluation counts as Tier 4 until results are recorded.")
    if a.parent_floor is not None:
        pf = a.parent_floor
        state = "applies (no own results yet)" if a.inherited_from else "superseded by own results"
        lines.append(f"Parent floor: {pf.parent} is Tier {int(pf.tier)} - {state}")
    if facts is not None and facts.needs_reevaluation:
        lines.append("Registry: marked for re-evaluation (new weights or a new derivative)")
    if a.override is not None:
        o = a.override
        lines.append(
            f"Override: Tier {int(o.tier)} by granted appeal #{o.appeal_id} "
            f"(reviewer {o.reviewer or '-'}, until {o.expires_at.date()}): {o.note}"
        )
    if not a.compliant:
        lines.append(f"NON-COMPLIANT: {a.compliance_note} - downloads restricted")
    if a.evidence_ids:
        lines.append(f"Evidence ids: {', '.join(str(i) for i in a.evidence_ids)}")
    if appeals:
        lines.append("Appeals:")
        for ap in appeals:
            lines.append(
                f"  #{ap.id} {ap.status}: Tier {ap.current_tier} -> {ap.requested_tier} "
                f"({ap.reason})" + (f"; {ap.reviewer}: {ap.note}" if ap.reviewer else "")
            )
    lines.append(f"Final tier: {int(a.tier)}")
    return "\n".join(lines)
