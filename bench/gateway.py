"""Gateway overhead: the same requests sent to a local stub upstream directly and through
tiergate (auth, limits, kill switch, guard policy, audit, metrics), in the same run.

    .venv/bin/python bench/gateway.py [--requests 2000] [--concurrency 1 32] [--stream]

Writes bench/results/gateway.json and prints a markdown table. The stub, the gateway and the
load generator run as three processes; on a 2-core machine they compete for the CPU, which
inflates both columns (the direct column too), so the added latency is the honest figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
BODY = {
    "model": "stub",
    "messages": [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Summarise the plot of a short novel in two sentences. " * 8},
    ],
    "max_tokens": 32,
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, headers: dict[str, str] | None = None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, headers=headers, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def load(
    url: str, headers: dict[str, str], n: int, conc: int, stream: bool
) -> dict[str, float]:
    body = {**BODY, "stream": stream}
    lat: list[float] = []
    limits = httpx.Limits(max_connections=conc, max_keepalive_connections=conc)
    async with httpx.AsyncClient(limits=limits, timeout=30, headers=headers) as client:
        for _ in range(min(50, n)):  # warm-up: connections, caches, lazy imports
            await _one(client, url, body, stream)
        queue = iter(range(n))
        errors = 0

        async def worker() -> None:
            nonlocal errors
            for _ in queue:
                t0 = time.perf_counter()
                ok = await _one(client, url, body, stream)
                lat.append(time.perf_counter() - t0)
                errors += 0 if ok else 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(conc)))
        wall = time.perf_counter() - t0
    return {
        "p50_ms": percentile(lat, 0.50) * 1000,
        "p99_ms": percentile(lat, 0.99) * 1000,
        "mean_ms": statistics.fmean(lat) * 1000,
        "rps": n / wall,
        "errors": errors,
    }


async def _one(client: httpx.AsyncClient, url: str, body: dict[str, object], stream: bool) -> bool:
    if not stream:
        r = await client.post(url, json=body)
        return r.status_code == 200
    async with client.stream("POST", url, json=body) as r:
        async for _ in r.aiter_bytes():
            pass
        return r.status_code == 200


def start_stub(port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "stub_upstream.py"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_http(f"http://127.0.0.1:{port}/v1/models")
    return proc


# The non-ML layers the 1 ms target is about; `--policy default` measures the packaged
# policy with its ML scanners (injection, PII, moderation, code) instead.
NON_ML_POLICY = """\
version: 1
input:
  - scanner: unicode
  - scanner: secrets
  - scanner: regex
    params: {rules: [{name: codename, words: [bluebird], flags: [i], action: block}]}
output:
  - scanner: unicode
  - scanner: secrets
"""


def start_gateway(
    home: Path, stub_port: int, port: int, policy: str
) -> tuple[subprocess.Popen[bytes], str]:
    policy_path = home / "policy.yaml"
    if policy == "non-ml":
        policy_path.write_text(NON_ML_POLICY)
    (home / "tiergate.yaml").write_text(
        json.dumps(
            {
                "embedded_model": False,
                "models": {
                    "stub": {
                        "backend": "openai",
                        "options": {
                            "base_url": f"http://127.0.0.1:{stub_port}/v1",
                            "upstream_model": "stub",
                        },
                    }
                },
                "limits": {"rpm": None},
                **({"policy": str(policy_path)} if policy == "non-ml" else {}),
            }
        )
    )
    env = {
        **os.environ,
        "TIERGATE_HOME": str(home),
        "TIERGATE_CONFIG": str(home / "tiergate.yaml"),
        "TIERGATE_PORT": str(port),
        "TIERGATE_LOG_LEVEL": "warning",
    }
    key_out = subprocess.run(
        [sys.executable, "-m", "tiergate", "keys", "create", "bench"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    key = next(t for t in key_out.stdout.split() if t.startswith("tg-"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tiergate", "serve"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_http(f"http://127.0.0.1:{port}/healthz")
    return proc, key


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 32])
    ap.add_argument("--stream", action="store_true", help="also measure SSE streaming")
    ap.add_argument("--policy", choices=["non-ml", "default"], default="non-ml")
    args = ap.parse_args()
    stub_port, gw_port = free_port(), free_port()
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        stub = start_stub(stub_port)
        gw, key = start_gateway(Path(tmp), stub_port, gw_port, args.policy)
        try:
            for stream in [False, True] if args.stream else [False]:
                for conc in args.concurrency:
                    direct = asyncio.run(
                        load(
                            f"http://127.0.0.1:{stub_port}/v1/chat/completions",
                            {},
                            args.requests,
                            conc,
                            stream,
                        )
                    )
                    via = asyncio.run(
                        load(
                            f"http://127.0.0.1:{gw_port}/v1/chat/completions",
                            {"Authorization": f"Bearer {key}"},
                            args.requests,
                            conc,
                            stream,
                        )
                    )
                    results.append(
                        {
                            "stream": stream,
                            "concurrency": conc,
                            "direct": direct,
                            "gateway": via,
                            "added_p50_ms": via["p50_ms"] - direct["p50_ms"],
                            "added_p99_ms": via["p99_ms"] - direct["p99_ms"],
                        }
                    )
        finally:
            gw.terminate()
            stub.terminate()
            gw.wait(20)
            stub.wait(20)
    report(results, args.requests, args.policy)


def report(results: list[dict[str, object]], n: int, policy: str) -> None:
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "gateway.json").write_text(
        json.dumps({"requests": n, "cpus": os.cpu_count(), "results": results}, indent=2)
    )
    print(f"\n{n} requests per cell, {os.cpu_count()} CPUs, guard policy: {policy}\n")
    print(
        "| mode | clients | direct p50 | direct p99 | direct rps | gateway p50 | gateway p99 "
        "| gateway rps | added p50 | added p99 | errors |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        d, g = r["direct"], r["gateway"]
        assert isinstance(d, dict)
        assert isinstance(g, dict)
        mode = "stream" if r["stream"] else "json"
        print(
            f"| {mode} | {r['concurrency']} | {d['p50_ms']:.2f} | {d['p99_ms']:.2f} | "
            f"{d['rps']:.0f} | {g['p50_ms']:.2f} | {g['p99_ms']:.2f} | {g['rps']:.0f} | "
            f"{r['added_p50_ms']:.2f} ms | {r['added_p99_ms']:.2f} ms | "
            f"{int(d['errors']) + int(g['errors'])} |"
        )


if __name__ == "__main__":
    main()
