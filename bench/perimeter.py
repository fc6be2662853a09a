# ruff: noqa: E501
"""Perimeter hot-path costs: authenticate (cached/uncached), limiter check, audit record p50.

Usage: python bench_perimeter.py [--pg]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from tiergate.audit.log import AuditEvent, AuditLog
from tiergate.perimeter.keys import KeyService
from tiergate.perimeter.limits import InProcessLimiter
from tiergate.store.db import Database


def show(label: str, us: float) -> None:
    print(f"{label + ':':<29} {us:7.2f} us/call")


def per_call_us(fn, n: int) -> float:
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n * 1e6


def event(i: int) -> AuditEvent:
    return AuditEvent(
        kind="chat",
        request_id=f"r{i}",
        key_id="key_1",
        model="m",
        action="allow",
        status=200,
        verdicts={
            "input:regex": {"action": "allow", "score": 0.0, "reason": ""},
            "output:secrets": {"action": "allow", "score": 0.0, "reason": ""},
        },
        latency_ms=12.3,
        guard_ms=1.2,
        backend_ms=10.0,
        tokens_in=20,
        tokens_out=30,
        prompt="user: hello there " * 5,
        completion="Hi! How can I help?",
    )


async def writers(audit: AuditLog, concurrency: int, per_writer: int) -> tuple[list[float], float]:
    lat: list[float] = []

    async def one(w: int) -> None:
        for i in range(per_writer):
            t0 = time.perf_counter()
            await audit.record(event(w * per_writer + i))
            lat.append(time.perf_counter() - t0)

    t0 = time.perf_counter()
    await asyncio.gather(*(one(w) for w in range(concurrency)))
    return lat, time.perf_counter() - t0


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000


def main() -> None:
    pg = "--pg" in sys.argv
    tmp = Path(tempfile.mkdtemp())
    if pg:
        from tests.dbfixtures import postgres_url

        ctx = postgres_url()
        url = ctx.__enter__()
    else:
        url = f"sqlite:///{tmp / 'bench.db'}"
    db = Database(url)
    print(f"backend: {db.engine.dialect.name}")
    keys = KeyService(db)
    plaintext, rec = keys.create("bench", rpm=10**9, tpm=10**12, tokens_per_day=10**15)
    keys.authenticate(plaintext)
    print(
        f"authenticate, cached:        {per_call_us(lambda: keys.authenticate(plaintext), 200_000):7.2f} us/call"
    )
    cold = KeyService(db, clock=lambda: time.monotonic() * 1e6)  # every call misses the TTL
    print(
        f"authenticate, uncached (DB): {per_call_us(lambda: cold.authenticate(plaintext), 2_000):7.2f} us/call"
    )
    print(
        f"authenticate, malformed:     {per_call_us(lambda: keys.authenticate('nope'), 200_000):7.2f} us/call"
    )
    lim = InProcessLimiter()
    print(
        f"limiter check (rpm+tpm+day): {per_call_us(lambda: lim.check(rec, 300), 200_000):7.2f} us/call"
    )
    print(
        f"limiter record:              {per_call_us(lambda: lim.record(rec, 300), 200_000):7.2f} us/call"
    )
    audit = AuditLog(db, hmac_key=b"k" * 32)
    for conc, per in ((1, 2000), (32, 125)):
        lat, wall = asyncio.run(writers(audit, conc, per))
        print(
            f"audit record, {conc:>2} concurrent: p50 {pct(lat, 0.5):6.3f} ms  p99 {pct(lat, 0.99):6.3f} ms"
            f"  throughput {len(lat) / wall:8.0f} events/s"
        )
    t0 = time.perf_counter()
    res = audit.verify()
    print(f"verify: {res.checked} events in {time.perf_counter() - t0:.3f} s ok={res.ok}")
    audit.close()
    db.dispose()
    if pg:
        ctx.__exit__(None, None, None)


if __name__ == "__main__":
    main()
