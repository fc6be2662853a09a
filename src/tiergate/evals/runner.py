"""The eval engine: run a suite against a backend, concurrently (an asyncio semaphore), storing
every scored reply as it completes so an interrupted run resumes where it stopped; then
aggregate, store the metrics on the run and record the policy's metrics as eval results.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import IntegrityError

from tiergate.backends.base import Backend
from tiergate.errors import Conflict, PolicyBlocked, TiergateError
from tiergate.evals.base import (
    MetricValue,
    Reply,
    Sample,
    Sampling,
    Score,
    ScoreContext,
    Scorer,
    Suite,
)
from tiergate.evals.base import suite_hash as compute_suite_hash
from tiergate.evals.judges.model import JudgeModel, to_reply
from tiergate.evals.results import EvalResult, record_result
from tiergate.evals.runs import RunRecord, get_run, run_samples
from tiergate.store.db import Database
from tiergate.store.evals import EvalRunRow, EvalSampleRow
from tiergate.types import ChatMessage, ChatRequest

Progress = Callable[[int, int], None]


class RunConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    suite: str
    suite_params: dict[str, Any] = Field(default_factory=dict)
    limit: int | None = Field(default=None, ge=1)
    epochs: int | None = Field(default=None, ge=1)
    seed: int = 0
    concurrency: int = Field(default=2, ge=1, le=256)
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    max_tokens: int | None = Field(default=None, ge=1)


class ModelTarget(BaseModel):
    """The model under test: its name, its weights identity, and how it was reached."""

    name: str
    weights_sha256: str | None = None
    target: dict[str, Any] = Field(default_factory=dict)  # {"kind": "settings"|"openai", ...}


class RunSummary(BaseModel):
    run_id: str
    suite: str
    suite_hash: str
    model: str
    weights_sha256: str | None
    seed: int
    status: str
    samples: int
    sampling: dict[str, Any]
    scorer: str
    judge: dict[str, Any] | None
    metrics: dict[str, MetricValue]
    elapsed_s: float = 0.0
    completion_tokens: int = 0  # generated in this invocation


def request_seed(seed: int, idx: int, epoch: int) -> int:
    """Per-request seed: reproducible, and the same on resume."""
    return (seed * 1_000_003 + idx * 7_919 + epoch * 104_729) % 2**31


class EvalEngine:
    def __init__(self, db: Database, *, metric_domains: dict[str, str] | None = None) -> None:
        self.db = db
        # metric -> tier-policy domain, to label recorded results.
        self.metric_domains = metric_domains or {}

    async def run(
        self,
        suite: Suite,
        backend: Backend,
        model: ModelTarget,
        config: RunConfig,
        *,
        judge: JudgeModel | None = None,
        run_id: str | None = None,
        progress: Progress | None = None,
    ) -> RunSummary:
        samples = list(suite.samples())[: config.limit]
        epochs = config.epochs or suite.default_epochs()
        sampling = _sampling(suite, config)
        record = self._open_run(suite, model, config, sampling, epochs, len(samples), judge, run_id)
        with self.db.session() as s:
            done = {(r.sample_idx, r.epoch) for r in run_samples(s, record.id)}
        plan = [(i, e) for i in range(len(samples)) for e in range(epochs) if (i, e) not in done]
        total, counter = len(samples) * epochs, [len(done)]
        if progress:
            progress(counter[0], total)
        ctx = ScoreContext(judge=judge)
        scorer = suite.scorer()
        sem = asyncio.Semaphore(config.concurrency)
        tokens = [0]
        t0 = time.perf_counter()

        async def one(idx: int, epoch: int) -> None:
            async with sem:
                reply, score, ms = await self._sample(
                    suite, scorer, backend, model.name, samples[idx], sampling, ctx,
                    request_seed(config.seed, idx, epoch),
                )  # fmt: skip
            self._store_sample(record.id, idx, epoch, samples[idx], reply, score, ms)
            tokens[0] += reply.completion_tokens
            counter[0] += 1
            if progress:
                progress(counter[0], total)

        try:
            await asyncio.gather(*(one(i, e) for i, e in plan))
        except BaseException as exc:
            self._set_status(record.id, "interrupted" if _cancelled(exc) else "failed", exc)
            raise
        summary = self.finish(suite, record.id)
        return summary.model_copy(
            update={"elapsed_s": time.perf_counter() - t0, "completion_tokens": tokens[0]}
        )

    # -- one sample ------------------------------------------------------------------------
    async def _sample(
        self,
        suite: Suite,
        scorer: Scorer,
        backend: Backend,
        model_name: str,
        sample: Sample,
        sampling: Sampling,
        ctx: ScoreContext,
        seed: int,
    ) -> tuple[Reply, Score, float]:
        async def generate(messages: list[ChatMessage], sp: Sampling) -> Reply:
            req = ChatRequest(
                model=model_name,
                messages=messages,
                temperature=sp.temperature,
                top_p=sp.top_p,
                max_tokens=sp.max_tokens,
                seed=seed,
                logprobs=sp.logprobs or None,
                top_logprobs=sp.top_logprobs,
            )
            return to_reply(await backend.chat(req))

        t0 = time.perf_counter()
        try:
            reply = await suite.solve(sample, generate, sampling)
        except TiergateError as exc:
            if is_policy_block(exc):
                # Measuring the guarded system (the gateway as the target): a guard's block is
                # the system declining, scored as an empty reply (a refusal).
                reply = Reply(text="", error=f"blocked: {exc.message}", extra={"blocked": True})
                return reply, await scorer.score(sample, reply, ctx), _ms(t0)
            # A request the model refuses at the protocol level (too long, blocked by the
            # gateway's guards) is a result, not a crash: kept, excluded from the metrics.
            reply = Reply(text="", error=f"{type(exc).__name__}: {exc.message}")
            return reply, Score(values={}, explanation=reply.error or ""), _ms(t0)
        ms = _ms(t0)
        score = await scorer.score(sample, reply, ctx)
        return reply, score, ms

    def _store_sample(
        self, run_id: str, idx: int, epoch: int, sample: Sample, reply: Reply, score: Score,
        ms: float,
    ) -> None:  # fmt: skip
        prompt = (
            sample.input
            if isinstance(sample.input, str)
            else "\n".join(f"[{m.role}] {m.text()}" for m in sample.input)
        )
        row = EvalSampleRow(
            run_id=run_id,
            sample_idx=idx,
            sample_id=sample.id,
            epoch=epoch,
            prompt_hash=sample.content_hash(),
            prompt=prompt,
            reply=reply.text,
            score={
                "score": score.model_dump(mode="json"),
                "finish_reason": reply.finish_reason,
                "error": reply.error,
                "extra": reply.extra,
            },
            tokens_in=reply.prompt_tokens,
            tokens_out=reply.completion_tokens,
            latency_ms=ms,
        )
        try:
            with self.db.session() as s:
                s.add(row)
        except IntegrityError:
            pass  # the same sample stored by a concurrent resume of this run: keep the first

    # -- run lifecycle -----------------------------------------------------------------------
    def _open_run(
        self,
        suite: Suite,
        model: ModelTarget,
        config: RunConfig,
        sampling: Sampling,
        epochs: int,
        n: int,
        judge: JudgeModel | None,
        run_id: str | None,
    ) -> RunRecord:
        shash = compute_suite_hash(suite)
        with self.db.session() as s:
            if run_id is not None:
                existing = get_run(s, run_id)
                if existing.suite_hash != shash:
                    raise Conflict(
                        f"run {run_id}: the suite's content changed since the run started "
                        f"({existing.suite_hash[:12]} -> {shash[:12]}); start a new run"
                    )
                row = s.get(EvalRunRow, run_id)
                assert row is not None
                row.status, row.error = "running", None
                return RunRecord.model_validate(row)
            row = EvalRunRow(
                id="run-" + uuid.uuid4().hex[:16],
                suite=suite.name,
                suite_hash=shash,
                model_name=model.name,
                weights_sha256=model.weights_sha256,
                target=model.target,
                scorer=f"{suite.scorer().name}@{suite.scorer().version}",
                judge=None
                if judge is None
                else {
                    "model": judge.name,
                    "weights_sha256": judge.weights_sha256,
                    "base_url": judge.base_url,
                },
                seed=config.seed,
                sampling=sampling.model_dump(),
                config={**config.model_dump(mode="json"), "epochs": epochs},
                status="running",
                n_planned=n * epochs,
                metrics={},
            )
            s.add(row)
            s.flush()
            return RunRecord.model_validate(row)

    def _set_status(self, run_id: str, status: str, exc: BaseException | None = None) -> None:
        with self.db.session() as s:
            row = s.get(EvalRunRow, run_id)
            if row is not None:
                row.status = status
                row.error = None if exc is None else f"{type(exc).__name__}: {exc}"[:2000]

    def finish(self, suite: Suite, run_id: str) -> RunSummary:
        """Aggregate the stored samples, close the run and record the policy's metrics."""
        by_id = {s.id: s for s in suite.samples()}
        with self.db.session() as s:
            rows = run_samples(s, run_id)
            pairs = [(by_id[r.sample_id], r.parsed_score()) for r in rows if r.sample_id in by_id]
            metrics = suite.aggregate(pairs)
            row = s.get(EvalRunRow, run_id)
            assert row is not None
            row.metrics = {k: v.model_dump() for k, v in metrics.items()}
            row.status, row.error = "completed", None
            row.finished_at = datetime.now(UTC)
            record = RunRecord.model_validate(row)
            self._record(s, suite, record, metrics)
        return summary_of(record, len(rows))

    def _record(
        self, s: Any, suite: Suite, run: RunRecord, metrics: dict[str, MetricValue]
    ) -> None:
        for name in suite.headline:
            m = metrics.get(name)
            if m is None or m.n == 0:
                continue
            record_result(
                s,
                EvalResult(
                    model_name=run.model_name,
                    weights_sha256=run.weights_sha256,
                    domain=self.metric_domains.get(name),
                    metric=name,
                    value=m.value,
                    ci_low=m.ci_low,
                    ci_high=m.ci_high,
                    n=m.n,
                    suite=run.suite,
                    suite_hash=run.suite_hash,
                    run_id=run.id,
                    source="engine",
                    meta={"scorer": run.scorer, "judge": run.judge, "seed": run.seed,
                          "limit": run.config.get("limit"), "epochs": run.config.get("epochs")},
                ),
            )  # fmt: skip


def summary_of(run: RunRecord, samples: int) -> RunSummary:
    return RunSummary(
        run_id=run.id,
        suite=run.suite,
        suite_hash=run.suite_hash,
        model=run.model_name,
        weights_sha256=run.weights_sha256,
        seed=run.seed,
        status=run.status,
        samples=samples,
        sampling=run.sampling,
        scorer=run.scorer,
        judge=run.judge,
        metrics=run.metric_values(),
    )


def _sampling(suite: Suite, config: RunConfig) -> Sampling:
    sp = suite.default_sampling()
    update: dict[str, Any] = {}
    if config.temperature is not None:
        update["temperature"] = config.temperature
    if config.max_tokens is not None:
        update["max_tokens"] = config.max_tokens
    return sp.model_copy(update=update)


def is_policy_block(exc: TiergateError) -> bool:
    """A guard block, also when it crossed an OpenAI-compatible hop (the gateway answers 403
    ``content_policy_violation``, which the openai backend reports as a BackendError)."""
    if isinstance(exc, PolicyBlocked):
        return True
    text = exc.message.lower()
    return "blocked by policy" in text or "content_policy_violation" in text


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _cancelled(exc: BaseException) -> bool:
    return isinstance(exc, asyncio.CancelledError | KeyboardInterrupt)


def pairs_of(suite: Suite, samples: Sequence[Any]) -> list[tuple[Sample, Score]]:
    by_id = {s.id: s for s in suite.samples()}
    return [(by_id[r.sample_id], r.parsed_score()) for r in samples if r.sample_id in by_id]
