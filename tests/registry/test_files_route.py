"""GET /v1/models/{name}/files/{file}: ranges, ETags, authorization hook, audit, traversal."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from tests.registry import builders
from tests.registry.conftest import FakeAudit
from tiergate.errors import Forbidden, TiergateError
from tiergate.gateway.routes import files as files_route
from tiergate.registry.service import RegistryService


@dataclass
class Key:
    id: str
    name: str = "k"
    scopes: tuple[str, ...] = ("chat",)
    models: list[str] | None = None


class FakeAccess:
    """Allows downloads for the key ids it was given (the tiers engineer's real one decides
    by tier)."""

    def __init__(self, allowed: set[str]) -> None:
        self.allowed = allowed
        self.calls: list[tuple[str, str]] = []

    def check_download(self, key: Key, model_name: str) -> None:
        self.calls.append((key.id, model_name))
        if key.id not in self.allowed:
            raise Forbidden(f"tier of '{model_name}' does not allow downloads for this key")


KEYS = {"good": Key("good"), "denied": Key("denied"), "scoped": Key("scoped", models=["other"])}


def make_app(services: Any) -> FastAPI:
    app = FastAPI()
    app.include_router(files_route.router)
    app.state.services = services

    @app.middleware("http")
    async def fake_auth(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        request.state.key = KEYS.get(token)
        request.state.request_id = "req-1"
        return await call_next(request)

    @app.exception_handler(TiergateError)
    async def on_error(_: Request, exc: TiergateError) -> JSONResponse:
        return JSONResponse(exc.body().model_dump(), status_code=exc.status, headers=exc.headers)

    return app


@pytest.fixture
def setup(svc: RegistryService, files: Path) -> Iterator[tuple[TestClient, Any, Path]]:
    path = builders.dense_gguf(files / "tiny.gguf")
    svc.register(path, "tiny")
    services = SimpleNamespace(
        registry=svc, access=FakeAccess({"good", "scoped"}), audit=FakeAudit()
    )
    with TestClient(make_app(services)) as client:
        client.headers["authorization"] = "Bearer good"
        yield client, services, path


URL = "/v1/models/tiny/files/tiny.gguf"


def test_full_download_with_etag(setup: tuple[TestClient, Any, Path]) -> None:
    client, services, path = setup
    r = client.get(URL)
    assert r.status_code == 200
    assert r.content == path.read_bytes()
    sha = services.registry.served("tiny").files[0].sha256
    assert r.headers["etag"] == f'"{sha}"'
    assert r.headers["accept-ranges"] == "bytes"
    assert int(r.headers["content-length"]) == path.stat().st_size
    assert services.access.calls == [("good", "tiny")]
    (event,) = services.audit.events
    assert (event.kind, event.action, event.data["bytes"]) == ("download", "allow", len(r.content))


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-9", 0, 9),
        ("bytes=100-", 100, None),
        ("bytes=-16", -16, None),
        ("bytes=10-999999999", 10, None),
    ],
)
def test_ranges(
    setup: tuple[TestClient, Any, Path], header: str, start: int, end: int | None
) -> None:
    client, _, path = setup
    data = path.read_bytes()
    size = len(data)
    r = client.get(URL, headers={"range": header})
    assert r.status_code == 206
    want = data[start : (end + 1 if end is not None else None)]
    assert r.content == want
    first = start if start >= 0 else size + start
    assert r.headers["content-range"] == f"bytes {first}-{first + len(want) - 1}/{size}"


@pytest.mark.parametrize("header", ["bytes=999999999-", "bytes=9-2", "bytes=-0", "bytes=abc"])
def test_unsatisfiable_ranges(setup: tuple[TestClient, Any, Path], header: str) -> None:
    client, _, path = setup
    r = client.get(URL, headers={"range": header})
    assert r.status_code == 416
    assert r.headers["content-range"] == f"bytes */{path.stat().st_size}"


def test_if_range_mismatch_sends_whole_file(setup: tuple[TestClient, Any, Path]) -> None:
    client, _, path = setup
    r = client.get(URL, headers={"range": "bytes=0-9", "if-range": '"stale"'})
    assert r.status_code == 200
    assert r.content == path.read_bytes()
    etag = r.headers["etag"]
    assert client.get(URL, headers={"range": "bytes=0-9", "if-range": etag}).status_code == 206


def test_head(setup: tuple[TestClient, Any, Path]) -> None:
    client, _, path = setup
    r = client.head(URL)
    assert r.status_code == 200
    assert int(r.headers["content-length"]) == path.stat().st_size
    assert r.content == b""


@pytest.mark.parametrize(
    "url",
    [
        "/v1/models/tiny/files/other.gguf",
        "/v1/models/tiny/files/..%2Fregistry.db",
        "/v1/models/tiny/files/%2E%2E/%2E%2E/registry.db",
        "/v1/models/ghost/files/tiny.gguf",
    ],
)
def test_only_registered_files(setup: tuple[TestClient, Any, Path], url: str) -> None:
    client, services, _ = setup
    assert client.get(url).status_code == 404
    assert services.audit.events[-1].action == "block"


@pytest.mark.parametrize(("token", "status"), [("denied", 403), ("scoped", 404), ("none", 401)])
def test_authorization(setup: tuple[TestClient, Any, Path], token: str, status: int) -> None:
    client, _, _ = setup
    assert client.get(URL, headers={"authorization": f"Bearer {token}"}).status_code == status


def test_fails_closed_without_access_service(setup: tuple[TestClient, Any, Path]) -> None:
    client, services, _ = setup
    services.access = None
    r = client.get(URL)
    assert r.status_code == 403
    assert "access control" in r.json()["error"]["message"]


def test_changed_file_is_not_served(setup: tuple[TestClient, Any, Path]) -> None:
    client, _, path = setup
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert client.get(URL).status_code == 409


def test_serves_the_promoted_version(setup: tuple[TestClient, Any, Path], files: Path) -> None:
    client, services, _ = setup
    v2 = builders.dense_gguf(files / "tiny-v2.gguf", seed=9)
    services.registry.register(v2, "tiny")
    assert client.get("/v1/models/tiny/files/tiny-v2.gguf").status_code == 404
    services.registry.promote("tiny", 2)
    assert client.get("/v1/models/tiny/files/tiny-v2.gguf").content == v2.read_bytes()
    assert client.get(URL).status_code == 404
    services.registry.rollback("tiny")
    assert client.get(URL).status_code == 200


def test_safetensors_aux_files(setup: tuple[TestClient, Any, Path], files: Path) -> None:
    client, services, _ = setup
    root = builders.dense_safetensors(files / "st")
    services.registry.register(root, "st")
    r = client.get("/v1/models/st/files/config.json")
    assert r.status_code == 200
    assert r.json()["model_type"] == "llama"
    assert client.get("/v1/models/st/files/model.safetensors").status_code == 200
