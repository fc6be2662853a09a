"""The guard policy: which scanners run on input and output, with what params, per model and key.

YAML -> pydantic (``extra="forbid"`` everywhere). Loading validates every scanner's params
against that scanner's ``Params`` and its ``stages``, so a bad policy fails at start-up with the
YAML path of the problem, never at request time. ``resolve_chain`` is a pure function: the
effective scanner chain for one (stage, model, key).
"""

from __future__ import annotations

import hashlib
import json
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from tiergate.errors import ConfigError
from tiergate.guards.base import Action
from tiergate.plugins import registry

ChainStage = Literal["input", "output"]
# The stages a text can be scanned at, per chain: tool results and tool-call arguments in the
# request history are "tool" (untrusted third-party text); everything else in a request is
# "input"; the model's answer (text and tool-call arguments) is "output".
CHAIN_STAGES: dict[str, frozenset[str]] = {
    "input": frozenset({"input", "tool"}),
    "output": frozenset({"output"}),
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScannerEntry(_Strict):
    """One scanner in a chain."""

    scanner: str = Field(min_length=1, description="registered scanner name")
    # Key of this entry in results and overrides; defaults to the scanner name. Set it to run
    # one scanner twice (e.g. two regex rule sets).
    id: str | None = Field(default=None, min_length=1)
    params: dict[str, Any] = Field(default_factory=dict)
    # When the scanner flags the text, use this action instead of its own ("allow" = monitor).
    action: Action | None = None
    # When set, the scanner flags iff score >= threshold, whatever action it proposed.
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    # A scanner slower than this blocks (fails closed) instead of holding the request.
    timeout_s: float | None = Field(default=None, gt=0, le=600)
    # Restrict the entry to some of its chain's stages (input chain: input, tool).
    stages: list[Literal["input", "output", "tool"]] | None = None

    @property
    def key(self) -> str:
        return self.id or self.scanner

    def canonical(self) -> str:
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))


class StreamConfig(_Strict):
    # Characters of model output held back unreleased; a pattern up to this long that spans
    # chunk boundaries is seen whole before any part of it is released.
    holdback_chars: int = Field(default=64, ge=0, le=100_000)
    # Already-released characters prepended to each scanned window (left context, e.g. for \b).
    context_chars: int = Field(default=32, ge=0, le=100_000)
    # Scan the whole answer once more at the end, so the stream's verdict matches the
    # non-streaming one for whole-text scanners (classifiers).
    final_scan: bool = True
    # Restoring pseudonyms in a stream lags this much more, so a token is restored whole.
    restore_holdback_chars: int = Field(default=32, ge=0, le=10_000)
    # Fail closed when a redaction keeps straddling the release point for this long.
    max_pending_chars: int = Field(default=65_536, ge=1)


class ChainPatch(_Strict):
    remove: list[str] = Field(default_factory=list, description="entry ids to drop")
    # Entries whose id already exists replace it in place (reconfigure); others are appended.
    add: list[ScannerEntry] = Field(default_factory=list)


class Override(_Strict):
    """Changes for requests matching any of ``models`` (globs) AND any of ``keys`` (id or name).
    A missing list matches everything; at least one must be given."""

    models: list[str] | None = None
    keys: list[str] | None = None
    input: ChainPatch = Field(default_factory=ChainPatch)
    output: ChainPatch = Field(default_factory=ChainPatch)
    stream: StreamConfig | None = None

    @model_validator(mode="after")
    def _has_match(self) -> Override:
        if not self.models and not self.keys:
            raise ValueError("an override needs 'models' and/or 'keys' to match")
        return self

    def matches(self, model: str, key_id: str | None, key_name: str | None) -> bool:
        if self.models and not any(fnmatchcase(model, pat) for pat in self.models):
            return False
        if self.keys:
            ids = {k for k in (key_id, key_name) if k}
            if not ids.intersection(self.keys):
                return False
        return True


class GuardPolicy(_Strict):
    version: Literal[1]
    input: list[ScannerEntry] = Field(default_factory=list)
    output: list[ScannerEntry] = Field(default_factory=list)
    stream: StreamConfig = Field(default_factory=StreamConfig)
    overrides: list[Override] = Field(default_factory=list)

    @property
    def hash(self) -> str:
        """sha256 of the canonical content (for audit: which policy judged a request)."""
        blob = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()


def resolve_chain(
    policy: GuardPolicy,
    stage: ChainStage,
    model: str = "",
    key_id: str | None = None,
    key_name: str | None = None,
) -> tuple[ScannerEntry, ...]:
    """The effective chain for one request: defaults, then each matching override in file order
    (remove, then add-or-replace)."""
    chain = list(getattr(policy, stage))
    for ov in policy.overrides:
        if not ov.matches(model, key_id, key_name):
            continue
        patch: ChainPatch = getattr(ov, stage)
        chain = [e for e in chain if e.key not in patch.remove]
        for entry in patch.add:
            keys = [e.key for e in chain]
            if entry.key in keys:
                chain[keys.index(entry.key)] = entry
            else:
                chain.append(entry)
    return tuple(chain)


def resolve_stream(
    policy: GuardPolicy, model: str = "", key_id: str | None = None, key_name: str | None = None
) -> StreamConfig:
    cfg = policy.stream
    for ov in policy.overrides:
        if ov.stream is not None and ov.matches(model, key_id, key_name):
            cfg = ov.stream
    return cfg


# -- loading ------------------------------------------------------------------------------


def _loc(parts: tuple[int | str, ...] | list[int | str]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


def _format(exc: ValidationError, prefix: tuple[int | str, ...] = ()) -> str:
    lines = []
    for err in exc.errors(include_url=False):
        lines.append(f"{_loc((*prefix, *err['loc']))}: {err['msg']}")
    return "; ".join(lines)


def scanner_class(name: str) -> Any:
    """The registered scanner class (ConfigError listing the known ones if absent)."""
    reg = registry("scanners")
    if name not in reg.names():
        known = ", ".join(reg.names()) or "none"
        raise ConfigError(f"unknown scanner {name!r} (known: {known})")
    return reg.get(name)


def validate_entry(entry: ScannerEntry, chain: ChainStage, where: tuple[int | str, ...]) -> Any:
    """Check an entry against its scanner; returns the validated ``Params`` instance."""
    try:
        cls = scanner_class(entry.scanner)
    except ConfigError as exc:
        raise ConfigError(f"{_loc((*where, 'scanner'))}: {exc.message}") from None
    usable = CHAIN_STAGES[chain] & frozenset(cls.stages)
    if not usable:
        raise ConfigError(
            f"{_loc(where)}: scanner {entry.scanner!r} does not support the {chain} stage "
            f"(supports: {', '.join(sorted(cls.stages))})"
        )
    for stage in entry.stages or []:
        if stage not in usable:
            raise ConfigError(
                f"{_loc((*where, 'stages'))}: stage {stage!r} is not available for "
                f"{entry.scanner!r} in the {chain} chain (available: {', '.join(sorted(usable))})"
            )
    try:
        return cls.Params.model_validate(entry.params)
    except ValidationError as exc:
        raise ConfigError(_format(exc, (*where, "params"))) from None


def _check_chain(
    entries: list[ScannerEntry], chain: ChainStage, where: tuple[int | str, ...]
) -> None:
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        validate_entry(entry, chain, (*where, i))
        if entry.key in seen:
            raise ConfigError(
                f"{_loc((*where, i))}: duplicate entry {entry.key!r} (set a distinct 'id')"
            )
        seen.add(entry.key)


def parse_policy(data: Any, source: str = "<policy>") -> GuardPolicy:
    """Validate already-parsed YAML. Every error names the YAML path."""
    if data is None or data == {}:
        raise ConfigError(f"{source}: policy is empty")
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: policy must be a mapping, got {type(data).__name__}")
    try:
        policy = GuardPolicy.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{source}: {_format(exc)}") from None
    try:
        _check_chain(policy.input, "input", ("input",))
        _check_chain(policy.output, "output", ("output",))
        for i, ov in enumerate(policy.overrides):
            for chain in ("input", "output"):
                patch: ChainPatch = getattr(ov, chain)
                for j, entry in enumerate(patch.add):
                    validate_entry(entry, chain, ("overrides", i, chain, "add", j))  # type: ignore[arg-type]
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc.message}") from None
    return policy


DEFAULT_POLICY = Path(__file__).resolve().parent.parent / "data" / "policy.default.yaml"


def default_policy_text() -> str:
    return DEFAULT_POLICY.read_text("utf-8")


def load_policy(path: Path | None) -> GuardPolicy:
    """Load and validate a policy file (None = the packaged default). A missing or empty file is
    an error: a guard that silently runs with no scanners is worse than one that refuses to
    start."""
    if path is None:
        text, source = default_policy_text(), "policy.default.yaml"
    else:
        if not path.is_file():
            raise ConfigError(f"policy file not found: {path}")
        text, source = path.read_text("utf-8"), str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: invalid YAML: {exc}") from None
    return parse_policy(data, source)
