"""The image interface: a scene description in, a still at the asked size out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from PIL import Image


@dataclass(frozen=True)
class SceneSpec:
    setting: str
    time_of_day: str
    weather: str
    mood: str
    description: str
    style: str
    seed: int
    things: tuple[str, ...] = ()  # thing keys the scene names (see script/things_table.py)
    interior: bool = False  # inside a place that can be seen from either side (a mansion, a cabin)
    # the people to paint into the picture, left to right, as (character id, how they look in words); only
    # for engines that paint people (`paints_people`), which stand them on the marks of image/poses.py
    people: tuple[tuple[str, str], ...] = ()
    colours: tuple[tuple[str, str], ...] = ()  # (thing key, colour) where the script gives one
    toys: tuple[str, ...] = ()  # thing keys the script names as playthings (animation/sizes.py): toy-sized
    faced: tuple[str, ...] = ()  # sky bodies that are characters ("sun", "moon"): not painted in the sky


@dataclass(frozen=True)
class DrawnThing:
    key: str
    box: tuple[float, float, float, float]  # left, top, right, bottom as shares of the picture


@dataclass
class PaintedScene:
    """A picture, its far layer for parallax (or None) and where each thing stands in it."""

    image: Image.Image
    layer: Image.Image | None
    things: list[DrawnThing]
    faces: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)  # painted people's


class ImageEngine(Protocol):
    name: str

    def render_scene(self, spec: SceneSpec, size: tuple[int, int], out: Path) -> None: ...


@runtime_checkable  # the image stage asks whether an engine is one
class LayeredImageEngine(ImageEngine, Protocol):
    # An engine with `paints_people = True` paints the scene's people itself (SceneSpec.people) and says
    # where their faces are (PaintedScene.faces): the film then shows its pictures, not drawn characters.
    """An engine that can also give the scene's far layer (sky, RGBA with the land's coverage as alpha)
    for parallax, and where it drew each thing; the image stage uses it when an engine has it."""

    def paint_scene(self, spec: SceneSpec, size: tuple[int, int]) -> PaintedScene: ...
