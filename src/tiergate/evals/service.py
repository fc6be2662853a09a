"""Wiring for the CLI and the red-team scheduler: resolve the model (a served model from settings,
or any OpenAI-compatible URL, the gateway included), the suite plugin and the judge, then run."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any, cast

from pydantic import BaseModel, SecretStr, ValidationError

from tiergate.backends.base import Backend
from tiergate.errors import BadRequest, ConfigError, NotFound
from tiergate.evals.base import Suite
from tiergate.evals.judges.model import JudgeModel
from tiergate.evals.runner import EvalEngine, ModelTarget, Progress, RunConfig, RunSummary
from tiergate.evals.runs import get_run
from tiergate.plugins import registry
from tiergate.settings import Settings
from tiergate.store.db import Database


class Endpoint(BaseModel):
    """A model to call: a name from settings, or a name at an OpenAI-compatible base URL."""

    model: str
    base_url: str | None = None
    api_key: SecretStr | None = None


def build_suite(name: str, params: dict[str, Any]) -> Suite:
    cls = cast(type[Suite], registry("suites").get(name))
    try:
        return cls(cls.Params(**params))
    except ValidationError as exc:
        msg = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise BadRequest(f"suite {name!r}: invalid parameters: {msg}") from None


def metric_domains(settings: Settings) -> dict[str, str]:
    from tiergate.tiers.policy import load_policy

    try:
        policy = load_policy(settings.tier_policy)
    except ConfigError:
        return {}
    return {d.metric: name for name, d in policy.domains.items()}


def served_weights(db: Database, name: str, backend: Backend) -> str | None:
    """The served version's identity (what the tier engine matches), else the backend's hash."""
    from tiergate.registry.service import RegistryService

    try:
        version = RegistryService(db).served(name)
    except NotFound:
        version = None
    if version is not None and version.identity_sha256:
        return version.identity_sha256
    return backend.info.weights_sha256


@asynccontextmanager
async def open_endpoint(
    settings: Settings, db: Database, ep: Endpoint
) -> AsyncIterator[tuple[Backend, ModelTarget]]:
    from tiergate.backends.factory import build_backend
    from tiergate.settings import ModelConfig

    if ep.base_url:
        options: dict[str, Any] = {"base_url": ep.base_url}
        if ep.api_key is not None:
            options["api_key"] = ep.api_key.get_secret_value()
        backend = build_backend(ep.model, ModelConfig(backend="openai", options=options))
        target = {"kind": "openai", "base_url": ep.base_url}
    else:
        cfg = settings.models.get(ep.model)
        if cfg is None:
            known = ", ".join(sorted(settings.models)) or "none"
            raise NotFound(f"unknown model {ep.model!r} (configured: {known}; or give --base-url)")
        backend = build_backend(ep.model, cfg)
        target = {"kind": "settings", "backend": cfg.backend}
    await backend.start()
    try:
        weights = None if ep.base_url else served_weights(db, ep.model, backend)
        yield backend, ModelTarget(name=ep.model, weights_sha256=weights, target=target)
    finally:
        await backend.aclose()


async def run_suite(
    settings: Settings,
    db: Database,
    config: RunConfig,
    endpoint: Endpoint,
    *,
    judge: Endpoint | None = None,
    run_id: str | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    suite = build_suite(config.suite, config.suite_params)
    suite.samples()  # bad data fails before any model is loaded
    if getattr(suite, "requires_judge", False) and judge is None:
        raise BadRequest(f"suite {suite.name!r} needs a judge model: give --judge NAME")
    engine = EvalEngine(db, metric_domains=metric_domains(settings))
    async with AsyncExitStack() as stack:
        backend, target = await stack.enter_async_context(open_endpoint(settings, db, endpoint))
        judge_model = None
        if judge is not None:
            if judge.model == endpoint.model and judge.base_url == endpoint.base_url:
                jb, jt = backend, target  # the model judges itself: one copy in memory
            else:
                jb, jt = await stack.enter_async_context(open_endpoint(settings, db, judge))
            judge_model = JudgeModel(jt.name, jb, jt.weights_sha256, judge.base_url)
        return await engine.run(
            suite, backend, target, config, judge=judge_model, run_id=run_id, progress=progress
        )


async def resume_run(
    settings: Settings,
    db: Database,
    run_id: str,
    *,
    api_key: str | None = None,
    judge_api_key: str | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    with db.session() as s:
        run = get_run(s, run_id)
    if run.status == "completed":
        raise BadRequest(f"run {run_id} is already completed")
    config = RunConfig.model_validate(
        {k: v for k, v in run.config.items() if k in RunConfig.model_fields}
        | {"epochs": run.config.get("epochs")}
    )
    key = SecretStr(api_key) if api_key else None
    endpoint = Endpoint(model=run.model_name, base_url=run.target.get("base_url"), api_key=key)
    judge = None
    if run.judge is not None:
        jkey = SecretStr(judge_api_key) if judge_api_key else None
        judge = Endpoint(
            model=str(run.judge["model"]), base_url=run.judge.get("base_url"), api_key=jkey
        )
    return await run_suite(
        settings, db, config, endpoint, judge=judge, run_id=run_id, progress=progress
    )
