"""Plugin registries over entry points.

Plugins (scanners, backends, suites, scorers, judges) are discovered through the entry-point
groups ``tiergate.<kind>``. A registry can also take plugins registered in code (tests, or a
deployment that embeds tiergate) without packaging them.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Generic, TypeVar

from tiergate.errors import ConfigError

T = TypeVar("T")

GROUPS = {
    "scanners": "tiergate.scanners",
    "backends": "tiergate.backends",
    "suites": "tiergate.suites",
    "scorers": "tiergate.scorers",
    "judges": "tiergate.judges",
}


class Registry(Generic[T]):
    """Name -> plugin class, loaded lazily from one entry-point group."""

    def __init__(self, group: str) -> None:
        self.group = group
        self._loaded: dict[str, T] = {}
        self._extra: dict[str, T] = {}
        self._eps = {ep.name: ep for ep in entry_points(group=group)}

    def register(self, name: str, plugin: T) -> None:
        self._extra[name] = plugin

    def names(self) -> list[str]:
        return sorted(set(self._eps) | set(self._extra))

    def get(self, name: str) -> T:
        if name in self._extra:
            return self._extra[name]
        if name not in self._loaded:
            ep = self._eps.get(name)
            if ep is None:
                known = ", ".join(self.names()) or "none"
                raise ConfigError(f"unknown plugin {name!r} in {self.group} (known: {known})")
            self._loaded[name] = ep.load()
        return self._loaded[name]

    def all(self) -> dict[str, T]:
        return {name: self.get(name) for name in self.names()}


_registries: dict[str, Registry[object]] = {}


def registry(kind: str) -> Registry[object]:
    """The process-wide registry of one plugin kind (``scanners``, ``backends``, ...)."""
    if kind not in _registries:
        _registries[kind] = Registry(GROUPS[kind])
    return _registries[kind]
