"""Per-key limits: requests/minute, tokens/minute (token buckets) and tokens/day (UTC day).

Token buckets rather than sliding-window logs: O(1) time and memory per key, and the wait
until enough capacity returns (Retry-After) falls straight out of the refill rate. A bucket
holds one minute's worth, so a fresh key may burst up to its whole per-minute limit.

``check`` runs before the model with an estimate and counts the request; ``record`` runs after
the response with the real token count. Tokens may push a bucket below zero (the estimate was
low): that debt delays the key's next requests, so usage stays bounded over time.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from tiergate.errors import RateLimited
from tiergate.perimeter.keys import KeyRecord
from tiergate.store.db import Database

DAY_S = 86_400
# Refill and Retry-After come from the same float arithmetic, so a client that waits exactly the
# advertised time can find the bucket a rounding error short (hypothesis found 10.99999999994
# tokens against 11 after waiting 1,323,240 s). Shortfalls below this many units are not refusals.
_SLACK = 1e-6


class Limiter(Protocol):
    """The gateway's view of a limiter. In-process now; a shared (Redis) one can follow."""

    def check(self, key: KeyRecord, estimated_tokens: int) -> None:
        """Admit one request or raise ``RateLimited`` (with a ``Retry-After`` header)."""

    def record(self, key: KeyRecord, tokens: int) -> None:
        """Charge the tokens the request actually used."""


@dataclass
class _Bucket:
    level: float
    at: float

    def refill(self, now: float, capacity: int) -> float:
        rate = capacity / 60.0
        self.level = min(float(capacity), self.level + max(0.0, now - self.at) * rate)
        self.at = now
        return rate


@dataclass
class _KeyState:
    requests: _Bucket
    tokens: _Bucket
    day: int
    day_used: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def utc_day(ts: float) -> int:
    return int(ts // DAY_S)


def day_start(ts: float) -> datetime:
    return datetime.fromtimestamp(utc_day(ts) * DAY_S, UTC)


class InProcessLimiter:
    """Limits kept in this process's memory (one gateway worker)."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        used_today: dict[str, int] | None = None,
    ) -> None:
        self._clock = clock
        self._states: dict[str, _KeyState] = {}
        self._seed = dict(used_today or {})
        self._seed_day = utc_day(clock())
        self._lock = threading.Lock()

    @classmethod
    def from_audit(
        cls, db: Database, *, clock: Callable[[], float] = time.time
    ) -> InProcessLimiter:
        """Seeded with today's (UTC) token usage per key from the audit log, so a restart does
        not reset the daily quotas."""
        from tiergate.audit.log import tokens_since

        return cls(clock=clock, used_today=tokens_since(db, day_start(clock())))

    def _state(self, key: KeyRecord, now: float) -> _KeyState:
        state = self._states.get(key.id)
        if state is None:
            with self._lock:
                state = self._states.get(key.id)
                if state is None:
                    day = utc_day(now)
                    used = self._seed.pop(key.id, 0) if day == self._seed_day else 0
                    state = _KeyState(
                        requests=_Bucket(float(key.rpm or 0), now),
                        tokens=_Bucket(float(key.tpm or 0), now),
                        day=day,
                        day_used=used,
                    )
                    self._states[key.id] = state
        if utc_day(now) != state.day:
            state.day, state.day_used = utc_day(now), 0
        return state

    def check(self, key: KeyRecord, estimated_tokens: int) -> None:
        now = self._clock()
        state = self._state(key, now)
        with state.lock:
            refused = self._refusals(key, state, now, max(0, estimated_tokens))
            if not refused:
                if key.rpm:
                    state.requests.level -= 1
                return
        wait = max(w for w, _ in refused)
        which = "; ".join(what for _, what in refused)
        raise RateLimited(
            f"rate limit exceeded for key '{key.name}': {which}",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )

    def _refusals(
        self, key: KeyRecord, state: _KeyState, now: float, estimate: int
    ) -> list[tuple[float, str]]:
        """(seconds to wait, which limit) for every limit this request would exceed."""
        out: list[tuple[float, str]] = []
        if key.rpm:
            rate = state.requests.refill(now, key.rpm)
            if state.requests.level < 1 - _SLACK:
                out.append(((1 - state.requests.level) / rate, f"{key.rpm} requests per minute"))
        if key.tpm:
            rate = state.tokens.refill(now, key.tpm)
            # A request larger than a whole minute's budget may still go when the bucket is full.
            need = min(estimate, key.tpm)
            if state.tokens.level < need - _SLACK:
                out.append(((need - state.tokens.level) / rate, f"{key.tpm} tokens per minute"))
        if key.tokens_per_day:
            need = min(estimate, key.tokens_per_day)
            if state.day_used + need > key.tokens_per_day:
                midnight = (state.day + 1) * DAY_S
                out.append((midnight - now, f"{key.tokens_per_day} tokens per day"))
        return out

    def record(self, key: KeyRecord, tokens: int) -> None:
        if tokens <= 0:
            return
        now = self._clock()
        state = self._state(key, now)
        with state.lock:
            if key.tpm:
                state.tokens.refill(now, key.tpm)
                state.tokens.level -= tokens
            state.day_used += tokens

    def used_today(self, key_id: str) -> int:
        """Tokens charged to ``key_id`` today (UTC), including the seed from the audit log."""
        state = self._states.get(key_id)
        if state is None:
            return self._seed.get(key_id, 0) if utc_day(self._clock()) == self._seed_day else 0
        return 0 if utc_day(self._clock()) != state.day else state.day_used
