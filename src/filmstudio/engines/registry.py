"""One registry for every engine kind. Built-in engines register through the same hook as plugins: a
module exposing `register(registry)`. The built-in modules are listed in DEFAULT_PLUGINS; other
packages add theirs under the `filmstudio.plugins` entry point."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

from filmstudio.errors import EngineNotInstalled, StudioError

KINDS = ("tts", "image", "lipsync", "music", "translate", "llm", "align")
DEFAULT_PLUGINS = ("filmstudio.engines.builtin",)


@dataclass(frozen=True)
class EngineSpec:
    kind: str
    name: str
    factory: Callable[[], Any]
    install_hint: str
    description: str = ""


class EngineRegistry:
    def __init__(self) -> None:
        self._specs: dict[tuple[str, str], EngineSpec] = {}
        self._instances: dict[tuple[str, str], Any] = {}

    def register(
        self, kind: str, name: str, factory: Callable[[], Any], *, install_hint: str, description: str = ""
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown engine kind {kind!r}; expected one of {KINDS}")
        self._specs[(kind, name)] = EngineSpec(kind, name, factory, install_hint, description)

    def names(self, kind: str) -> list[str]:
        return [name for (k, name) in self._specs if k == kind]

    def spec(self, kind: str, name: str) -> EngineSpec:
        try:
            return self._specs[(kind, name)]
        except KeyError:
            known = ", ".join(self.names(kind)) or "none"
            raise EngineNotInstalled(
                f"No {kind} engine named '{name}'. Installed {kind} engines: {known}.",
                details={"kind": kind, "engine": name},
            ) from None

    def get(self, kind: str, name: str) -> Any:
        """The engine instance, created once. Raises EngineNotInstalled naming what to install."""
        key = (kind, name)
        if key not in self._instances:
            spec = self.spec(kind, name)
            try:
                self._instances[key] = spec.factory()
            except StudioError:
                raise
            except (ImportError, OSError) as exc:
                raise EngineNotInstalled(
                    f"The {kind} engine '{name}' is not installed ({exc}). {spec.install_hint}",
                    details={"kind": kind, "engine": name},
                ) from None
        return self._instances[key]

    def available(self, kind: str) -> list[str]:
        """Names of engines of this kind that start on this machine."""
        out = []
        for name in self.names(kind):
            try:
                self.get(kind, name)
            except EngineNotInstalled:
                continue
            out.append(name)
        return out


def load_plugins(registry: EngineRegistry) -> EngineRegistry:
    """The built-in engines first, then every installed plugin (which may replace one by name)."""
    for name in DEFAULT_PLUGINS:
        import_module(name).register(registry)
    for ep in entry_points(group="filmstudio.plugins"):
        if ep.value not in DEFAULT_PLUGINS:
            ep.load().register(registry)
    return registry


@lru_cache(maxsize=1)
def get_registry() -> EngineRegistry:
    return load_plugins(EngineRegistry())
