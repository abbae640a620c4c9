"""One plugin registry mechanism, shared by solvers, sandboxes and importers.

Implementations are found through Python entry points (so third-party packages add plugins
without touching this repository) or registered in code with ``register``.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Generic, TypeVar

T = TypeVar("T")


class UnknownPlugin(KeyError):
    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return self.args[0]


class Registry(Generic[T]):
    def __init__(self, group: str, what: str):
        self.group = group
        self.what = what
        self._explicit: dict[str, type[T]] = {}

    def register(self, name: str, cls: type[T]) -> type[T]:
        self._explicit[name] = cls
        return cls

    def _entry_points(self) -> dict:
        return {ep.name: ep for ep in entry_points(group=self.group)}

    def names(self) -> list[str]:
        return sorted(set(self._entry_points()) | set(self._explicit))

    def get(self, name: str) -> type[T]:
        if name in self._explicit:
            return self._explicit[name]
        eps = self._entry_points()
        if name not in eps:
            known = ", ".join(self.names()) or "none"
            raise UnknownPlugin(f"unknown {self.what} {name!r} (known: {known})")
        return eps[name].load()
