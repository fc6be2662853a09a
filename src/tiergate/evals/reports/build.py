"""A run's report data: the run, its metrics, and the worst examples (flagged, most severe)."""

from __future__ import annotations

from pydantic import BaseModel

from tiergate.evals.runs import RunRecord, SampleRecord, get_run, run_samples
from tiergate.store.db import Database

WORST = 10


class Example(BaseModel):
    sample_id: str
    epoch: int
    prompt: str
    reply: str
    explanation: str
    severity: float


class Report(BaseModel):
    run: RunRecord
    samples: int
    errors: int
    flagged: int
    tokens_out: int
    mean_latency_ms: float
    worst: list[Example]


def worst_examples(rows: list[SampleRecord], k: int = WORST) -> list[Example]:
    scored = [(r, r.parsed_score()) for r in rows]
    flagged = sorted(
        (p for p in scored if p[1].flagged), key=lambda p: (-p[1].severity, p[0].sample_idx)
    )
    return [
        Example(
            sample_id=r.sample_id,
            epoch=r.epoch,
            prompt=r.prompt,
            reply=r.reply,
            explanation=s.explanation,
            severity=s.severity,
        )
        for r, s in flagged[:k]
    ]


def build_report(db: Database, run_id: str) -> Report:
    with db.session() as s:
        run = get_run(s, run_id)
        rows = run_samples(s, run_id)
    n = len(rows)
    return Report(
        run=run,
        samples=n,
        errors=sum(1 for r in rows if r.score.get("error")),
        flagged=sum(1 for r in rows if r.parsed_score().flagged),
        tokens_out=sum(r.tokens_out for r in rows),
        mean_latency_ms=sum(r.latency_ms for r in rows) / n if n else 0.0,
        worst=worst_examples(rows),
    )
