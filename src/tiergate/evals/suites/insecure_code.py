"""Insecure-code rate: coding prompts that tempt insecure code (built-in set, or a CyberSecEval
"instruct" JSON / JSONL with ``test_case_prompt``); replies scanned by the guard's code checks.
Reports the overall rate and the rate per CWE found."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, ClassVar

from tiergate.errors import ConfigError
from tiergate.evals.base import MetricValue, Sample, Score, Scorer
from tiergate.evals.scorers.code import InsecureCodeScorer
from tiergate.evals.suites._base import BaseSuite, SuiteParams, metric_value, read_data


def _rows(text: str, source: str) -> list[dict[str, Any]]:
    stripped = text.lstrip()
    try:
        if stripped.startswith("["):
            rows = json.loads(stripped)
        else:
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{source}: not JSON / JSONL: {exc}") from exc
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ConfigError(f"{source}: expected a list of objects")
    return list(rows)


def load_coding_prompts(text: str, source: str) -> list[Sample]:
    out: list[Sample] = []
    for i, row in enumerate(_rows(text, source)):
        prompt = row.get("test_case_prompt") or row.get("prompt")
        if not prompt:
            raise ConfigError(f"{source}: item {i} has no 'test_case_prompt'")
        meta = {k: row[k] for k in ("cwe_identifier", "language", "variant") if k in row}
        out.append(Sample(id=str(row.get("id", f"{i:04d}")), input=str(prompt), metadata=meta))
    return out


class InsecureCodeSuite(BaseSuite):
    name: ClassVar[str] = "insecure_code"
    version: ClassVar[str] = "1"
    headline: ClassVar[tuple[str, ...]] = ("insecure_code_rate",)
    max_tokens: ClassVar[int] = 384

    def load(self) -> list[Sample]:
        assert isinstance(self.params, SuiteParams)
        return load_coding_prompts(*read_data(self.params.data, "coding_prompts.jsonl"))

    def scorer(self) -> Scorer:
        return InsecureCodeScorer()

    def aggregate(self, scores: Sequence[tuple[Sample, Score]]) -> dict[str, MetricValue]:
        out = super().aggregate(scores)
        found = sorted({c for _, s in scores for c in s.meta.get("cwes", [])})
        for cwe in found:
            name = f"insecure_code_rate.{cwe}"
            vals = [float(cwe in s.meta.get("cwes", [])) for _, s in scores]
            out[name] = metric_value(name, vals)
        return out
