"""The tier policy (C-002 framework): a versioned YAML file validated into pydantic models.

A policy names risk domains (each read from one eval metric, with `low`/`high`/`critical`
thresholds and a schedule of dated threshold changes) and the access requirements of each
tier. Its hash (sha256 of canonical JSON) is stored with every tier assignment, so an
assignment can be re-checked against exactly the policy that produced it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from enum import IntEnum
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from tiergate.errors import ConfigError

DEFAULT_POLICY = "tier-policy.default.yaml"
VerificationLevel = Literal["none", "identity", "institution"]
LEVEL_RANK: dict[str, int] = {"none": 0, "identity": 1, "institution": 2}


class Tier(IntEnum):
    T1 = 1
    T2 = 2
    T3 = 3
    T4 = 4


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Thresholds(_Strict):
    low: float
    high: float
    critical: float

    def ordered(self, higher_is_worse: bool) -> bool:
        seq = (self.low, self.high, self.critical)
        return list(seq) == sorted(seq, reverse=not higher_is_worse)


class ScheduleStep(_Strict):
    """From `from_` on, the given thresholds replace the ones in force before."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    from_: date = Field(alias="from")
    low: float | None = None
    high: float | None = None
    critical: float | None = None

    @model_validator(mode="after")
    def _changes_something(self) -> ScheduleStep:
        if self.low is None and self.high is None and self.critical is None:
            raise ValueError(f"schedule step from {self.from_} changes no threshold")
        return self


class Domain(_Strict):
    metric: str = Field(min_length=1)
    description: str = ""
    thresholds: Thresholds
    schedule: tuple[ScheduleStep, ...] = ()
    catastrophic: bool = False
    higher_is_worse: bool = True
    alarm: float | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Domain:
        dates = [s.from_ for s in self.schedule]
        if len(set(dates)) != len(dates):
            raise ValueError("schedule has two steps with the same date")
        # Every threshold set that can be in force must be ordered, not just the base one.
        for when in [None, *sorted(dates)]:
            t = self.thresholds if when is None else self.thresholds_at(when)
            if not t.ordered(self.higher_is_worse):
                word = (
                    "low <= high <= critical" if self.higher_is_worse else "low >= high >= critical"
                )
                since = "" if when is None else f" (from {when})"
                raise ValueError(f"thresholds must satisfy {word}{since}: {t.model_dump()}")
        return self

    def thresholds_at(self, at: date) -> Thresholds:
        current = self.thresholds.model_dump()
        for step in sorted(self.schedule, key=lambda s: s.from_):
            if step.from_ > at:
                break
            current.update(
                {k: v for k, v in step.model_dump(exclude={"from_"}).items() if v is not None}
            )
        return Thresholds(**current)


class TierRequirement(_Strict):
    name: str
    description: str = ""
    download: bool
    identity: VerificationLevel = "none"
    attestation: bool = False
    approval: bool = False
    purpose: bool = False
    audit_each_download: bool = False
    monitored: bool = False

    def summary(self) -> str:
        if not self.download:
            return "no weight download; API only through the gateway" + (
                " (monitored)" if self.monitored else ""
            )
        parts = []
        if self.identity != "none":
            parts.append(f"{self.identity} verification")
        if self.attestation:
            parts.append("signed use attestation")
        if self.approval:
            parts.append("approved access request" + (" with purpose" if self.purpose else ""))
        if self.audit_each_download:
            parts.append("per-download audit")
        return "download: " + (", ".join(parts) if parts else "public")


class TierPolicy(_Strict):
    version: str = Field(min_length=1)
    aup_version: str = Field(min_length=1)
    max_result_age_days: int = Field(default=365, ge=1)
    reevaluate_every_days: int = Field(default=90, ge=1)
    override_max_days: int = Field(default=180, ge=1)
    domains: dict[str, Domain]
    tiers: dict[Tier, TierRequirement]

    @model_validator(mode="after")
    def _complete(self) -> TierPolicy:
        if not self.domains:
            raise ValueError("a policy needs at least one domain")
        missing = [t.value for t in Tier if t not in self.tiers]
        if missing:
            raise ValueError(f"tiers missing requirements: {missing}")
        metrics = [d.metric for d in self.domains.values()]
        dupes = sorted({m for m in metrics if metrics.count(m) > 1})
        if dupes:
            raise ValueError(f"metric used by more than one domain: {dupes}")
        if self.tiers[Tier.T4].download:
            raise ValueError("Tier 4 may never allow weight download")
        return self

    def thresholds_at(self, at: date) -> dict[str, Thresholds]:
        return {name: d.thresholds_at(at) for name, d in self.domains.items()}

    def schedule_dates(self) -> list[date]:
        return sorted({s.from_ for d in self.domains.values() for s in d.schedule})

    def canonical_json(self) -> str:
        data = self.model_dump(mode="json", by_alias=True)
        return json.dumps(data, sort_keys=True, separators=(",", ":"))

    @property
    def hash(self) -> str:
        return hashlib.sha256(self.canonical_json().encode()).hexdigest()

    def requirement(self, tier: Tier) -> TierRequirement:
        return self.tiers[tier]


def parse_policy(text: str, *, source: str = "<policy>") -> TierPolicy:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: a tier policy is a YAML mapping, got {type(data).__name__}")
    try:
        return TierPolicy.model_validate(data)
    except ValidationError as exc:
        lines = [
            f"  {'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}"
            for err in exc.errors()
        ]
        raise ConfigError(f"{source}: invalid tier policy:\n" + "\n".join(lines)) from exc


def default_policy_text() -> str:
    return resources.files("tiergate.data").joinpath(DEFAULT_POLICY).read_text("utf-8")


def load_policy(path: Path | None = None) -> TierPolicy:
    """The policy at `path`, or the packaged default."""
    if path is None:
        return parse_policy(default_policy_text(), source=DEFAULT_POLICY)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read tier policy {path}: {exc.strerror}") from exc
    return parse_policy(text, source=str(path))


def aup_text(version: str) -> str:
    """The acceptable-use text a signed attestation refers to (shipped in data/aup/)."""
    f = resources.files("tiergate.data").joinpath("aup").joinpath(f"{version}.md")
    if not f.is_file():
        raise ConfigError(f"no acceptable-use text for version {version!r} (data/aup/)")
    return f.read_text("utf-8")
