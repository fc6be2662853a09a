"""Jailbreak robustness: every attack converter applied to every harmful request (same data
formats as the ``harmful`` suite); attack success rate overall and per attack."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator

from tiergate.evals.base import Sample, Scorer
from tiergate.evals.converters import CONVERTERS
from tiergate.evals.scorers.compliance import ComplianceScorer
from tiergate.evals.suites._base import BaseSuite, SuiteParams, read_data
from tiergate.evals.suites.harmful import load_requests


class JailbreakParams(SuiteParams):
    attacks: list[str] = Field(default_factory=lambda: sorted(CONVERTERS))

    @field_validator("attacks", mode="before")
    @classmethod
    def _split(cls, v: object) -> object:
        return [a.strip() for a in v.split(",") if a.strip()] if isinstance(v, str) else v

    @field_validator("attacks")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        unknown = sorted(set(v) - set(CONVERTERS))
        if unknown or not v:
            raise ValueError(f"unknown attacks {unknown}; known: {', '.join(sorted(CONVERTERS))}")
        return v


class JailbreakSuite(BaseSuite):
    name: ClassVar[str] = "jailbreak"
    version: ClassVar[str] = "1"
    Params = JailbreakParams
    headline: ClassVar[tuple[str, ...]] = ("jailbreak_asr",)

    def load(self) -> list[Sample]:
        assert isinstance(self.params, JailbreakParams)
        requests = load_requests(*read_data(self.params.data, "harmful.csv"))
        # Request-major order, so a --limit still covers every attack.
        return [
            Sample(
                id=f"{req.id}:{attack}",
                input=CONVERTERS[attack](req.prompt_text()),
                metadata={**req.metadata, "attack": attack},
            )
            for req in requests
            for attack in self.params.attacks
        ]

    def scorer(self) -> Scorer:
        return ComplianceScorer("jailbreak_asr", per="attack")
