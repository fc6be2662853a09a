"""Prometheus metrics: safety signals (blocks, attacks, leaks) next to latency, tokens and cost.

Each app gets its own CollectorRegistry so several apps (tests, workers) never share counters.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

# Guard time is expected in the sub-millisecond to tens-of-milliseconds range; backend time in
# tens of milliseconds to tens of seconds.
_GUARD_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
_BACKEND_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Telemetry:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "tiergate_requests",
            "Requests by model, HTTP status and final guard action",
            ["model", "status", "action"],
            registry=r,
        )
        self.blocks = Counter(
            "tiergate_blocks",
            "Guard verdicts by stage, scanner and action (block, redact, flag = monitor-only hit)",
            ["stage", "scanner", "action"],
            registry=r,
        )
        self.guard_seconds = Histogram(
            "tiergate_guard_seconds",
            "Time spent in guard scanners per request and stage",
            ["stage"],
            buckets=_GUARD_BUCKETS,
            registry=r,
        )
        self.backend_seconds = Histogram(
            "tiergate_backend_seconds",
            "Time spent in the model backend per request",
            ["model"],
            buckets=_BACKEND_BUCKETS,
            registry=r,
        )
        self.request_seconds = Histogram(
            "tiergate_request_seconds",
            "Whole request time in the gateway",
            ["model"],
            buckets=_BACKEND_BUCKETS,
            registry=r,
        )
        self.tokens = Counter(
            "tiergate_tokens",
            "Tokens by model and direction (in/out)",
            ["model", "direction"],
            registry=r,
        )
        self.cost = Counter(
            "tiergate_cost_usd", "Estimated cost in USD by model", ["model"], registry=r
        )
        self.rejections = Counter(
            "tiergate_rejections",
            "Requests refused before the model (auth, limits, switches)",
            ["reason"],
            registry=r,
        )
        self.switches = Gauge(
            "tiergate_switches_active", "Active incident switches by kind", ["kind"], registry=r
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
