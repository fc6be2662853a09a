"""In-process gateway over the fake backend: fast tests of the HTTP layer and the flow."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
import yaml
from pydantic import BaseModel, ConfigDict

from tiergate.gateway.app import create_app
from tiergate.gateway.services import Services, build_services
from tiergate.guards.base import ScanContext, Verdict
from tiergate.plugins import registry
from tiergate.settings import ModelConfig, Settings


class ScriptedParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: str = "allow"
    trigger: str = ""  # only act when the text contains this ("" = always)
    replace_with: str = "[X]"
    fail: bool = False


class ScriptedScanner:
    """A scanner whose verdict the test chooses: allow / redact / block / raise."""

    name: ClassVar[str] = "scripted"
    Params: ClassVar[type[BaseModel]] = ScriptedParams
    stages: ClassVar[frozenset[str]] = frozenset({"input", "output", "document", "tool"})

    def __init__(self, params: BaseModel) -> None:
        assert isinstance(params, ScriptedParams)
        self.p = params

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        if self.p.fail:
            raise RuntimeError("scripted failure")
        if self.p.trigger and self.p.trigger not in text:
            return Verdict()
        if self.p.action == "block":
            return Verdict(action="block", score=1.0, reason="scripted block")
        if self.p.action == "redact":
            new = text.replace(self.p.trigger, self.p.replace_with) if self.p.trigger else "[X]"
            return Verdict(action="redact", score=0.5, text=new, reason="scripted redact")
        return Verdict()


registry("scanners").register("scripted", ScriptedScanner)

AppFactory = Callable[..., Any]


def make_settings(
    tmp_path: Path,
    *,
    input_: list[dict[str, Any]] | None = None,
    output: list[dict[str, Any]] | None = None,
    replies: list[str] | None = None,
    holdback: int = 16,
    **extra: Any,
) -> Settings:
    policy = {
        "version": 1,
        "input": input_ or [],
        "output": output or [],
        "stream": {"holdback_chars": holdback},
    }
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(policy))
    fake = ModelConfig(
        backend="fake",
        options={"replies": replies or ["Hello there. How are you?"], "chunk_chars": 3},
    )
    return Settings(
        home=tmp_path / "home", embedded_model=False, policy=path, models={"fake": fake}, **extra
    )


class Harness:
    def __init__(self, services: Services, client: httpx.AsyncClient, key: str, admin: str):
        self.services, self.client, self.key, self.admin = services, client, key, admin

    def auth(self, key: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {key or self.key}"}

    async def chat(
        self, content: str = "hi", *, stream: bool = False, **body: Any
    ) -> httpx.Response:
        payload = {
            "model": "fake",
            "messages": [{"role": "user", "content": content}],
            "stream": stream,
            **body,
        }
        return await self.client.post("/v1/chat/completions", json=payload, headers=self.auth())


@pytest.fixture
async def harness_factory(tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    opened: list[tuple[Services, httpx.AsyncClient, Any]] = []

    async def make(**kwargs: Any) -> Harness:
        rpm = kwargs.pop("rpm", 1000)
        settings = make_settings(tmp_path / f"h{len(opened)}", **kwargs)
        svc = build_services(settings)
        key, _ = svc.keys.create("user", rpm=rpm)
        admin, _ = svc.keys.create("admin", scopes=["chat", "admin"])
        app = create_app(settings, svc)
        lifespan = app.router.lifespan_context(app)
        await lifespan.__aenter__()
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw")
        opened.append((svc, client, lifespan))
        return Harness(svc, client, key, admin)

    yield make
    for _svc, client, lifespan in opened:
        await client.aclose()
        await lifespan.__aexit__(None, None, None)
