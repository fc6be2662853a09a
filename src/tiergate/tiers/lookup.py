"""What the tier engine needs from the model registry, behind a small protocol.

`RegistryLookup` adapts `tiergate.registry.service.RegistryService`; tests and partial installs
use `StaticLookup`. The tier engine never reads the registry's tables itself.
"""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel

from tiergate.errors import NotFound


class ModelFacts(BaseModel):
    name: str
    parent: str | None = None
    needs_reevaluation: bool = False
    # Identity of the served weights; results for other weights are not evidence for these.
    weights_sha256: str | None = None


class ModelLookup(Protocol):
    def token(self) -> object:
        """Changes whenever any model's facts may have changed (cheap: called per request)."""
        ...

    def facts(self, name: str) -> ModelFacts | None: ...

    def names(self) -> list[str]: ...

    def mark_evaluated(self, name: str) -> None: ...


class StaticLookup:
    """A lookup over a fixed dict (tests; deployments without the registry)."""

    def __init__(self, models: dict[str, ModelFacts] | None = None) -> None:
        self.models = dict(models or {})

    def token(self) -> object:
        return tuple(sorted((k, v.parent, v.weights_sha256) for k, v in self.models.items()))

    def facts(self, name: str) -> ModelFacts | None:
        return self.models.get(name)

    def names(self) -> list[str]:
        return sorted(self.models)

    def mark_evaluated(self, name: str) -> None:
        if name in self.models:
            self.models[name] = self.models[name].model_copy(update={"needs_reevaluation": False})


class RegistryLookup:
    """Adapter over RegistryService (get / list / served / set_needs_reevaluation)."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry
        self._seen: int | None = None
        self._facts: dict[str, ModelFacts | None] = {}

    def token(self) -> object:
        # Parents and served weights change only by register/promote/rollback, which all
        # move the registry's change token; cached facts are dropped when it moves.
        current = int(self.registry.change_token())
        if current != self._seen:
            self._seen, self._facts = current, {}
        return current

    def facts(self, name: str) -> ModelFacts | None:
        if self._seen is not None and name in self._facts:
            return self._facts[name]
        found = self._lookup(name)
        if self._seen is not None:
            self._facts[name] = found
        return found

    def _lookup(self, name: str) -> ModelFacts | None:
        try:
            rec = self.registry.get(name)
        except NotFound:
            return None
        if rec is None:
            return None
        sha: str | None = None
        try:
            served = self.registry.served(name)
            sha = getattr(served, "identity_sha256", None) if served is not None else None
        except NotFound:
            sha = None
        return ModelFacts(
            name=rec.name,
            parent=rec.parent,
            needs_reevaluation=bool(rec.needs_reevaluation),
            weights_sha256=sha,
        )

    def names(self) -> list[str]:
        return sorted(m.name for m in self.registry.list())

    def mark_evaluated(self, name: str) -> None:
        self.registry.set_needs_reevaluation(name, False, actor="tiers")
        self._facts.pop(name, None)


def lookup_for(registry: Any | None) -> ModelLookup:
    if registry is None:
        return StaticLookup()
    if hasattr(registry, "facts"):
        return registry  # type: ignore[no-any-return]
    return RegistryLookup(registry)
