"""The access HTTP API: self-service identity, attestation, requests; admin-only reviews."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from tests.access.conftest import SAFE, make_key
from tests.tiers.conftest import Record
from tiergate.access.service import AccessService
from tiergate.errors import TiergateError
from tiergate.gateway.routes import access as routes

USER = {"authorization": "Bearer user"}
ADMIN = {"authorization": "Bearer admin"}


@pytest.fixture
def client(access: AccessService) -> TestClient:
    keys = {"user": make_key("k-user"), "admin": make_key("k-admin", ["chat", "admin"])}
    app = FastAPI()
    app.state.services = SimpleNamespace(access=access)
    app.include_router(routes.router)

    @app.middleware("http")
    async def auth(request: Request, call_next):  # type: ignore[no-untyped-def]
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        request.state.key = keys.get(token)
        return await call_next(request)

    @app.exception_handler(TiergateError)
    async def err(_: Request, exc: TiergateError) -> JSONResponse:
        return JSONResponse(exc.body().model_dump(), status_code=exc.status)

    return TestClient(app)


def test_self_service_flow_and_admin_review(
    client: TestClient, access: AccessService, record: Record
) -> None:
    record("base", {**SAFE, "jailbreak_compliance": 0.4})  # Tier 3
    tier = client.get("/v1/models/base/tier", headers=USER).json()
    assert (tier["tier"], tier["requirements"]["approval"]) == (3, True)
    assert client.get("/v1/access/me", headers=USER).json()["identity"] is None

    r = client.post("/v1/access/me", json={"name": "dana"}, headers=USER)
    assert r.status_code == 201
    assert r.json()["keys"] == ["k-user"]
    assert client.post("/v1/access/me", json={"name": "x"}, headers=USER).status_code == 409

    aup = client.get("/v1/access/aup", headers=USER).json()
    body = {"accept": True, "aup_version": aup["version"]}
    assert client.post("/v1/access/attestations", json=body, headers=USER).status_code == 201
    purpose = {"model": "base", "purpose": "evaluating refusal robustness"}
    req = client.post("/v1/access/requests", json=purpose, headers=USER).json()
    assert req["status"] == "pending"

    # Reviews and verification are admin-only.
    assert client.get("/v1/access/requests", headers=USER).status_code == 403
    url = f"/v1/access/requests/{req['id']}/approve"
    assert client.post(url, json={}, headers=USER).status_code == 403
    assert client.post(url, json={"note": "ok"}, headers=ADMIN).json()["status"] == "approved"
    level = {"level": "institution"}
    assert (
        client.post("/v1/access/identities/dana/verify", json=level, headers=USER).status_code
        == 403
    )
    assert (
        client.post("/v1/access/identities/dana/verify", json=level, headers=ADMIN).status_code
        == 200
    )

    assert access.check_download(make_key("k-user"), "base").request_id == req["id"]
    me = client.get("/v1/access/me", headers=USER).json()
    assert (len(me["attestations"]), me["requests"][0]["status"]) == (1, "approved")


def test_bad_input_and_missing_key(client: TestClient) -> None:
    assert client.get("/v1/access/me").status_code == 401
    unlinked = client.post(
        "/v1/access/attestations", json={"accept": True, "aup_version": "x"}, headers=USER
    )
    assert unlinked.status_code == 400
    assert "not linked" in unlinked.json()["error"]["message"]
    client.post("/v1/access/me", json={"name": "dana"}, headers=USER)
    refused = client.post(
        "/v1/access/attestations", json={"accept": False, "aup_version": "x"}, headers=USER
    )
    assert refused.status_code == 400
    admin_made = client.post(
        "/v1/access/identities", json={"name": "acme", "kind": "org"}, headers=ADMIN
    )
    assert admin_made.status_code == 201
    link = client.post("/v1/access/keys/k-other/identity", json={"identity": "acme"}, headers=ADMIN)
    assert link.json()["keys"] == ["k-other"]
    assert (
        client.post(
            "/v1/access/identities/nobody/verify", json={"level": "identity"}, headers=ADMIN
        ).status_code
        == 404
    )
