"""The image interface: a scene description in, a still at the asked size out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


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
