"""One registry for every engine kind. Built-in engines register through the same hook as plugins: a
module exposing `register(registry)`. The built-in modules are listed in DEFAULT_PLUGINS; other
packages add theirs under the `filmstudio.plugins` entry point."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Literal, get_args, overload

from filmstudio.errors import EngineNotInstalled, StudioError

if TYPE_CHECKING:  # the engines' interfaces, for the types of what the registry hands out
    from filmstudio.engines.image.base import ImageEngine
    from filmstudio.engines.lipsync.base import LipsyncEngine
    from filmstudio.engines.llm.base import LLMBuilder
    from filmstudio.engines.music.base import MusicEngine
    from filmstudio.engines.translate.base import TranslateEngine
    from filmstudio.engines.tts.base import TTSEngine

EngineKind = Literal["tts", "image", "lipsync", "music", "translate", "llm", "align"]
KINDS: tuple[EngineKind, ...] = get_args(EngineKind)
DEFAULT_PLUGINS = ("filmstudio.engines.builtin",)


@dataclass(frozen=True)
class EngineSpec:
    kind: str
    name: str
    factory: Callable[[], object]
    install_hint: str
    description: str = ""


class EngineRegistry:
    """Engines by kind and name. `get` and `register` are typed per kind: a "tts" engine is a TTSEngine,
    an "llm" entry a builder taking the settings (engines.llm.select makes one per configuration)."""

    def __init__(self) -> None:
        self._specs: dict[tuple[str, str], EngineSpec] = {}
        self._instances: dict[tuple[str, str], object] = {}

    # fmt: off
    @overload
    def register(self, kind: Literal["tts"], name: str, factory: Callable[[], TTSEngine], *,
                 install_hint: str, description: str = "") -> None: ...
    @overload
    def register(self, kind: Literal["image"], name: str, factory: Callable[[], ImageEngine], *,
                 install_hint: str, description: str = "") -> None: ...
    @overload
    def register(self, kind: Literal["lipsync"], name: str, factory: Callable[[], LipsyncEngine], *,
                 install_hint: str, description: str = "") -> None: ...
    @overload
    def register(self, kind: Literal["music"], name: str, factory: Callable[[], MusicEngine], *,
                 install_hint: str, description: str = "") -> None: ...
    @overload
    def register(self, kind: Literal["translate"], name: str, factory: Callable[[], TranslateEngine], *,
                 install_hint: str, description: str = "") -> None: ...
    @overload
    def register(self, kind: Literal["llm"], name: str, factory: Callable[[], LLMBuilder], *,
                 install_hint: str, description: str = "") -> None: ...
    @overload
    def register(self, kind: Literal["align"], name: str, factory: Callable[[], object], *,
                 install_hint: str, description: str = "") -> None: ...
    # fmt: on
    def register(
        self, kind: str, name: str, factory: Callable[[], object], *, install_hint: str, description: str = ""
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

    # fmt: off
    @overload
    def get(self, kind: Literal["tts"], name: str) -> TTSEngine: ...
    @overload
    def get(self, kind: Literal["image"], name: str) -> ImageEngine: ...
    @overload
    def get(self, kind: Literal["lipsync"], name: str) -> LipsyncEngine: ...
    @overload
    def get(self, kind: Literal["music"], name: str) -> MusicEngine: ...
    @overload
    def get(self, kind: Literal["translate"], name: str) -> TranslateEngine: ...
    @overload
    def get(self, kind: Literal["llm"], name: str) -> LLMBuilder: ...
    @overload  # "align" (no interface yet), or a kind only known at run time: the caller narrows it
    def get(self, kind: EngineKind, name: str) -> object: ...
    # fmt: on
    def get(self, kind: EngineKind, name: str) -> object:
        """The engine instance, created once. Raises EngineNotInstalled naming what to install. The
        factories registered for a kind return that kind's interface (checked by `register`'s types)."""
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

    def available(self, kind: EngineKind) -> list[str]:
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
