"""What most suites share: a data file (built-in or the user's copy), one chat call per sample,
and per-metric aggregation with Wilson (0/1 values) or bootstrap (other values) intervals."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from tiergate.errors import ConfigError
from tiergate.evals.base import Generate, MetricValue, Reply, Sample, Sampling, Score
from tiergate.evals.stats import bootstrap_ci, is_binary, wilson


class SuiteParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    data: Path | None = Field(default=None, description="your copy in the public format")


def builtin_text(name: str) -> str:
    return resources.files("tiergate.data").joinpath("evals").joinpath(name).read_text("utf-8")


def read_data(path: Path | None, builtin: str) -> tuple[str, str]:
    """(text, source name) of the user's file, or of the packaged built-in set."""
    if path is None:
        return builtin_text(builtin), f"builtin:{builtin}"
    try:
        return path.read_text("utf-8"), str(path)
    except OSError as exc:
        raise ConfigError(f"cannot read suite data {path}: {exc.strerror}") from exc


def aggregate_values(scores: Sequence[tuple[Sample, Score]]) -> dict[str, MetricValue]:
    per_metric: dict[str, list[float]] = {}
    for _, score in scores:
        for name, v in score.values.items():
            if v is not None:
                per_metric.setdefault(name, []).append(float(v))
    return {name: metric_value(name, vals) for name, vals in sorted(per_metric.items())}


def metric_value(name: str, vals: Sequence[float]) -> MetricValue:
    n = len(vals)
    mean = sum(vals) / n if n else 0.0
    if is_binary(vals):
        lo, hi = wilson(int(sum(vals)), n)
        return MetricValue(name=name, value=mean, ci_low=lo, ci_high=hi, n=n, method="wilson")
    lo, hi = bootstrap_ci(vals)
    return MetricValue(name=name, value=mean, ci_low=lo, ci_high=hi, n=n, method="bootstrap")


class BaseSuite:
    name: ClassVar[str]
    version: ClassVar[str] = "1"
    Params: ClassVar[type[BaseModel]] = SuiteParams
    headline: ClassVar[tuple[str, ...]] = ()
    temperature: ClassVar[float] = 0.0
    max_tokens: ClassVar[int] = 200
    epochs: ClassVar[int] = 1

    def __init__(self, params: BaseModel) -> None:
        self.params = params
        self._samples: list[Sample] | None = None

    def load(self) -> list[Sample]:
        raise NotImplementedError

    def samples(self) -> Sequence[Sample]:
        if self._samples is None:
            self._samples = self.load()
            if not self._samples:
                raise ConfigError(f"suite {self.name!r}: the data holds no samples")
            ids = [s.id for s in self._samples]
            if len(set(ids)) != len(ids):
                raise ConfigError(f"suite {self.name!r}: sample ids are not unique")
        return self._samples

    def default_sampling(self) -> Sampling:
        return Sampling(temperature=self.temperature, max_tokens=self.max_tokens)

    def default_epochs(self) -> int:
        return self.epochs

    async def solve(self, sample: Sample, generate: Generate, sampling: Sampling) -> Reply:
        return await generate(sample.messages(), sampling)

    def aggregate(self, scores: Sequence[tuple[Sample, Score]]) -> dict[str, MetricValue]:
        return aggregate_values(scores)
