"""The whole story through the CLI and the HTTP routes:

register -> Tier 4 -> record results -> Tier 2 -> download refused without attestation,
allowed with -> register a derivative -> parent's tier floor -> appeal granted -> explain shows
the override.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import typer
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.tiers.conftest import SAFE
from tests.tiers.helpers import tiny_gguf
from tiergate.errors import TiergateError
from tiergate.perimeter.keys import KeyRecord

pytestmark = pytest.mark.usefixtures("cli_state")
runner = CliRunner()


def cli(*args: str) -> str:
    from tiergate.cli.main import app

    res = runner.invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def record(*args: str) -> str:
    """`tiergate evals record` (mounted by cli/eval.py; mounted here so the test stands alone)."""
    from tiergate.tiers.cli_record import record_cmd

    app = typer.Typer()
    app.command("record")(record_cmd)
    app.command("noop")(lambda: None)  # a group, so "record" stays a subcommand
    res = runner.invoke(app, ["record", *args])
    assert res.exit_code == 0, res.output
    return res.output


def tier_of(name: str) -> int:
    return int(json.loads(cli("tier", "assign", name, "--json"))["tier"])


def gateway(keys: dict[str, KeyRecord]) -> FastAPI:
    """The files and access routes over the CLI's database, with keys by bearer token."""
    from tiergate.access.service import build_access
    from tiergate.cli.common import database, settings
    from tiergate.gateway.routes import access, files
    from tiergate.registry.service import RegistryService

    registry = RegistryService(database())
    tiers, acc = build_access(database(), None, settings().home, registry=registry)
    app = FastAPI()
    app.state.services = SimpleNamespace(registry=registry, tiers=tiers, access=acc, audit=None)
    app.include_router(files.router)
    app.include_router(access.router)

    @app.middleware("http")
    async def auth(request: Request, call_next):  # type: ignore[no-untyped-def]
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        request.state.key = keys.get(token)
        return await call_next(request)

    @app.exception_handler(TiergateError)
    async def err(_: Request, exc: TiergateError) -> JSONResponse:
        return JSONResponse(exc.body().model_dump(), status_code=exc.status)

    return app


@pytest.fixture
def key() -> KeyRecord:
    from tiergate.cli.common import database
    from tiergate.perimeter.keys import KeyService

    _, rec = KeyService(database()).create("alice-key")
    return rec


def test_register_record_download_derive_appeal(tmp_path: Path, key: KeyRecord) -> None:
    cli("models", "register", str(tiny_gguf(tmp_path / "base.gguf", 1)), "--name", "base")
    assert tier_of("base") == 4  # unevaluated

    values = {**SAFE, "insecure_code": 0.2}  # >= low in one domain
    policy = json.loads(cli("tier", "policy", "--json"))
    for domain, value in values.items():
        out = record(
            "base",
            "--domain",
            domain,
            "--metric",
            policy["domains"][domain]["metric"],
            "--value",
            str(value),
            "--suite-hash",
            "ext-123",
        )
        assert "(external)" in out
    assert tier_of("base") == 2

    cli("access", "identity", "create", "alice", "--email", "alice@example.org")
    cli("access", "identity", "verify", "alice", "--level", "identity")
    cli("access", "link-key", "alice-key", "alice")
    client = TestClient(gateway({"tok": key}))
    url = "/v1/models/base/files/base.gguf"
    refused = client.get(url, headers={"authorization": "Bearer tok"})
    assert refused.status_code == 403
    assert "signed use attestation" in refused.json()["error"]["message"]

    cli("access", "attest", "alice", "--yes")
    ok = client.get(url, headers={"authorization": "Bearer tok"})
    assert ok.status_code == 200
    assert ok.content == (tmp_path / "base.gguf").read_bytes()
    part = client.get(url, headers={"authorization": "Bearer tok", "range": "bytes=0-3"})
    assert (part.status_code, part.content) == (206, b"GGUF")

    cli(
        "models",
        "register",
        str(tiny_gguf(tmp_path / "kid.gguf", 2)),
        "--name",
        "kid",
        "--parent",
        "base",
        "--kind",
        "finetune",
    )
    assert tier_of("kid") == 2  # no own results: the parent's tier
    explain = cli("tier", "explain", "kid")
    assert "Parent floor: base is Tier 2 - applies" in explain
    assert "marked for re-evaluation" in explain

    out = cli("tier", "appeal", "kid", "--reason", "quantization only", "--tier", "1")
    appeal_id = out.split("#")[1].split(":")[0]
    cli("tier", "review", appeal_id, "--grant", "--note", "bytes checked", "--days", "30")
    assert tier_of("kid") == 1
    explain = cli("tier", "explain", "kid")
    assert f"Override: Tier 1 by granted appeal #{appeal_id}" in explain
    assert "Final tier: 1" in explain
    history = json.loads(cli("tier", "appeals", "--json"))
    assert [(a["model"], a["status"]) for a in history] == [("kid", "granted")]
    events = [json.loads(line) for line in cli("audit", "tail", "-n", "200", "--json").splitlines()]
    seen = {(e["kind"], e["action"]) for e in events}
    assert {
        ("tier", "assign"),
        ("tier", "record"),
        ("tier", "appeal"),
        ("tier", "grant"),
        ("access", "attest"),
        ("access", "identity.verify"),
    } <= seen
    assert cli("audit", "verify").startswith("OK")
