"""A real gateway process (embedded llama.cpp model, SQLite) for end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

POLICY = """\
version: 1
input:
  - scanner: secrets
  - scanner: unicode
  - scanner: regex
    params:
      rules:
        - name: project-codename
          pattern: '(?i)\\bbluebird-7\\b'
          action: block
output:
  - scanner: secrets
overrides:
  # Deterministic mid-stream block for one key: the first sentence passes, the start of a
  # second one is blocked. The model's words vary; the shape of a multi-sentence answer does not.
  - keys: [e2e-storyteller]
    output:
      add:
        - scanner: regex
          params:
            rules:
              - name: second-sentence
                pattern: '[.!?]\\s+[A-Za-z]'
                action: block
    stream:
      holdback_chars: 8
      context_chars: 8
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Gateway:
    url: str
    home: Path
    env: dict[str, str]
    proc: subprocess.Popen[bytes]

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        out = subprocess.run(
            [sys.executable, "-m", "tiergate", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if check and out.returncode != 0:
            raise AssertionError(f"tiergate {' '.join(args)} failed: {out.stderr}")
        return out

    def create_key(self, name: str, *extra: str) -> str:
        out = self.cli("keys", "create", name, *extra)
        for token in out.stdout.split():
            if token.startswith("tg-"):
                return token
        raise AssertionError(f"no key in output: {out.stdout}")


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    home = tmp_path_factory.mktemp("tiergate-home")
    policy = home / "policy.yaml"
    policy.write_text(POLICY)
    port = free_port()
    env = {
        **os.environ,
        "TIERGATE_HOME": str(home),
        "TIERGATE_POLICY": str(policy),
        "TIERGATE_PORT": str(port),
        "TIERGATE_LOG_LEVEL": "warning",
        "TIERGATE_CONFIG": str(home / "absent.yaml"),
    }
    env.pop("TIERGATE_DATABASE_URL", None)
    log = (home / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tiergate", "serve"], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    gw = Gateway(url=url, home=home, env=env, proc=proc)
    try:
        _wait_ready(gw, home / "server.log")
        yield gw
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _wait_ready(gw: Gateway, log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if gw.proc.poll() is not None:
            raise RuntimeError(f"gateway exited early:\n{log.read_text()[-4000:]}")
        try:
            if httpx.get(gw.url + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"gateway did not become ready:\n{log.read_text()[-4000:]}")
