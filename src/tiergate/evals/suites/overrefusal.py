"""Over-refusal (XSTest format: ``prompt``, ``type``, ``label`` safe/unsafe): the refusal rate
on the safe prompts only."""

from __future__ import annotations

import csv
import io
from typing import ClassVar

from tiergate.errors import ConfigError
from tiergate.evals.base import Sample, Scorer
from tiergate.evals.scorers.refusal import RefusalScorer
from tiergate.evals.suites._base import BaseSuite, SuiteParams, read_data


def load_xstest(text: str, source: str) -> list[Sample]:
    reader = csv.DictReader(io.StringIO(text))
    if "prompt" not in (reader.fieldnames or []):
        raise ConfigError(f"{source}: an XSTest CSV needs a 'prompt' column")
    out: list[Sample] = []
    for i, row in enumerate(reader):
        # XSTest v2 labels rows "safe"/"unsafe"; older copies mark unsafe types "contrast_*".
        label = (row.get("label") or "").strip().lower()
        kind = (row.get("type") or "").strip()
        if label == "unsafe" or kind.startswith("contrast"):
            continue
        prompt = (row.get("prompt") or "").strip()
        if prompt:
            sid = row.get("id") or row.get("id_v2") or f"{i:04d}"
            out.append(Sample(id=str(sid), input=prompt, metadata={"type": kind}))
    return out


class OverRefusalSuite(BaseSuite):
    name: ClassVar[str] = "overrefusal"
    version: ClassVar[str] = "1"
    headline: ClassVar[tuple[str, ...]] = ("over_refusal_rate",)

    def load(self) -> list[Sample]:
        assert isinstance(self.params, SuiteParams)
        return load_xstest(*read_data(self.params.data, "xstest.csv"))

    def scorer(self) -> Scorer:
        return RefusalScorer("over_refusal_rate")
