"""Hypothesis: assignment is deterministic and monotone in the scores."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.tiers.helpers import POLICY, all_results
from tiergate.tiers.assign import ParentFloor, assign
from tiergate.tiers.policy import Tier

DOMAINS = sorted(POLICY.domains)
scores = st.fixed_dictionaries({d: st.floats(0.0, 1.0, allow_nan=False) for d in DOMAINS})
present = st.sets(st.sampled_from(DOMAINS))
days = st.dates(date(2026, 1, 1), date(2028, 12, 31))
floors = st.none() | st.sampled_from(list(Tier)).map(lambda t: ParentFloor(parent="p", tier=t))


def _results(values: dict[str, float], keep: set[str], at: date) -> dict:
    full = all_results(values, when=at - timedelta(days=1))
    keep_metrics = {POLICY.domains[d].metric for d in keep}
    return {m: r for m, r in full.items() if m in keep_metrics}


@settings(max_examples=150, deadline=None)
@given(scores, present, days, floors)
def test_deterministic(values: dict[str, float], keep: set[str], at: date, floor) -> None:
    results = _results(values, keep, at)
    a = assign("m", results, POLICY, at, parent_floor=floor)
    b = assign("m", dict(reversed(list(results.items()))), POLICY, at, parent_floor=floor)
    assert a == b


@settings(max_examples=200, deadline=None)
@given(scores, present, days, floors, st.sampled_from(DOMAINS), st.floats(0.0, 1.0))
def test_monotone(values, keep, at, floor, domain, bump) -> None:
    """Raising any one score never lowers the tier."""
    low = assign("m", _results(values, keep, at), POLICY, at, parent_floor=floor)
    raised = {**values, domain: min(1.0, values[domain] + bump)}
    high = assign("m", _results(raised, keep, at), POLICY, at, parent_floor=floor)
    assert high.tier >= low.tier


@settings(max_examples=100, deadline=None)
@given(scores, days)
def test_full_evaluation_tier_is_max_band(values: dict[str, float], at: date) -> None:
    a = assign("m", _results(values, set(DOMAINS), at), POLICY, at)
    assert a.tier == max(r.tier for r in a.reasons)
    assert len(a.evidence_ids) == len(DOMAINS)
