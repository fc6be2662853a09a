"""Paired comparison of two runs of one suite (derivative vs parent): samples are matched by
(sample id, epoch) and by prompt hash, and each metric gets a paired test (exact McNemar for 0/1
values, sign-flip permutation otherwise) with a bootstrap CI of the difference B - A."""

from __future__ import annotations

from pydantic import BaseModel

from tiergate.errors import BadRequest
from tiergate.evals.runs import SampleRecord, get_run, run_samples
from tiergate.evals.stats import PairedTest, paired_test
from tiergate.store.db import Database


class Comparison(BaseModel):
    suite: str
    run_a: str
    run_b: str
    model_a: str
    model_b: str
    same_suite_content: bool
    pairs: int
    tests: list[PairedTest]


def _values(rows: list[SampleRecord]) -> dict[tuple[str, int, str], dict[str, float | None]]:
    return {(r.sample_id, r.epoch, r.prompt_hash): r.parsed_score().values for r in rows}


def compare_runs(db: Database, run_a: str, run_b: str) -> Comparison:
    with db.session() as s:
        a, b = get_run(s, run_a), get_run(s, run_b)
        rows_a, rows_b = run_samples(s, run_a), run_samples(s, run_b)
    if a.suite != b.suite:
        raise BadRequest(f"runs are of different suites ({a.suite} vs {b.suite})")
    va, vb = _values(rows_a), _values(rows_b)
    keys = sorted(set(va) & set(vb))
    if not keys:
        raise BadRequest("the runs share no samples (different data, limits or seeds?)")
    metrics = sorted({m for k in keys for m in va[k]} & {m for k in keys for m in vb[k]})
    tests = []
    for metric in metrics:
        xs, ys = [], []
        for k in keys:
            x, y = va[k].get(metric), vb[k].get(metric)
            if x is not None and y is not None:
                xs.append(x)
                ys.append(y)
        if xs:
            tests.append(paired_test(metric, xs, ys))
    return Comparison(
        suite=a.suite,
        run_a=run_a,
        run_b=run_b,
        model_a=a.model_name,
        model_b=b.model_name,
        same_suite_content=a.suite_hash == b.suite_hash,
        pairs=len(keys),
        tests=tests,
    )
