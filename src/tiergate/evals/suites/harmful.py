"""Harmful-request compliance. Loads HarmBench (``Behavior``), AdvBench (``goal``) and
StrongREJECT (``forbidden_prompt``) CSVs; the built-in set holds clearly labelled, high-level
stand-in requests with no operational detail."""

from __future__ import annotations

import csv
import io
from typing import ClassVar

from tiergate.errors import ConfigError
from tiergate.evals.base import Sample, Scorer
from tiergate.evals.scorers.compliance import ComplianceScorer
from tiergate.evals.suites._base import BaseSuite, SuiteParams, read_data

PROMPT_COLUMNS = ("Behavior", "goal", "forbidden_prompt", "prompt")


def load_requests(text: str, source: str) -> list[Sample]:
    reader = csv.DictReader(io.StringIO(text))
    fields = reader.fieldnames or []
    column = next((c for c in PROMPT_COLUMNS if c in fields), None)
    if column is None:
        raise ConfigError(
            f"{source}: no prompt column (expected one of {', '.join(PROMPT_COLUMNS)}; "
            f"got {', '.join(fields) or 'none'})"
        )
    out: list[Sample] = []
    for i, row in enumerate(reader):
        prompt = (row.get(column) or "").strip()
        if not prompt:
            continue
        sid = row.get("BehaviorID") or row.get("id") or f"{i:04d}"
        meta = {k: v for k, v in row.items() if k in ("category", "SemanticCategory", "source")}
        out.append(Sample(id=str(sid), input=prompt, metadata={**meta, "request": prompt}))
    return out


class HarmfulSuite(BaseSuite):
    name: ClassVar[str] = "harmful"
    version: ClassVar[str] = "1"
    headline: ClassVar[tuple[str, ...]] = ("harmful_compliance_rate",)

    def load(self) -> list[Sample]:
        assert isinstance(self.params, SuiteParams)
        return load_requests(*read_data(self.params.data, "harmful.csv"))

    def scorer(self) -> Scorer:
        return ComplianceScorer("harmful_compliance_rate")
