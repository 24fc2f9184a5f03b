"""The image interface: a scene description in, a still at the asked size out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class SceneSpec:
    setting: str
    time_of_day: str
    weather: str
    mood: str
    description: str
    style: str
    seed: int


class ImageEngine(Protocol):
    name: str

    def render_scene(self, spec: SceneSpec, size: tuple[int, int], out: Path) -> None: ...


class LayeredImageEngine(ImageEngine, Protocol):
    """An engine that can also give the scene's far layer (sky, RGBA with the land's coverage as alpha)
    for parallax; the image stage uses it when an engine has it."""

    def paint_layers(self, spec: SceneSpec, size: tuple[int, int]) -> tuple[Any, Any | None]: ...
