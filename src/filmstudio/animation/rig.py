"""A rigged character at one size: sprites for the body, head, eyes and mouths, and where each part
sits relative to the neck base. Built once per character and shot size; mouths are drawn on demand."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from filmstudio.animation import faces, figure
from filmstudio.animation.looks import choose_look, culture, for_person
from filmstudio.animation.palette import rgb
from filmstudio.animation.sprite import Sprite
from filmstudio.animation.wings import draw_wings, kind_of_wings
from filmstudio.storyboard import Character, Look

EYE_STATES = ("open", "half", "closed")
GAZES = (-1, 0, 1)


@dataclass
class Rig:
    character_id: str
    look: Look
    unit: float  # face height in pixels
    body: Sprite
    head: Sprite
    eyes: dict[tuple[str, int], Sprite]
    light: tuple[float, float, float] = (1.0, 1.0, 1.0)
    _mouths: dict[tuple[str, int], Sprite] = field(default_factory=dict)
    _back: Sprite | None = None
    long_hair: Sprite | None = None  # behind the body, moving with the head
    tilted: dict[tuple, Sprite] = field(default_factory=dict)  # the whole figure turned (animation/body.py)
    wings: Sprite | None = None  # an angel's or a fairy's, behind the body, anchored at the neck like it

    @property
    def back(self) -> Sprite:
        """The character from behind (over-the-shoulder shots only), drawn when first asked for."""
        if self._back is None:
            img = _lit(figure.draw_back(self.look, self.unit), self.light)
            self._back = Sprite.from_image(img, figure.back_anchor(self.look, self.unit))
        return self._back

    @property
    def face_offset(self) -> tuple[float, float]:
        """The face centre relative to the neck base."""
        return 0.0, -figure.NECK_TO_FACE * self.unit

    def mouth(self, shape: str, level: int) -> Sprite:
        key = (shape if shape in faces.SHAPE_WIDTH else "etc", max(0, min(faces.MOUTH_LEVELS - 1, level)))
        if key not in self._mouths:
            img = _lit(faces.draw_mouth(self.look, rgb(self.look.skin), self.unit, *key), self.light)
            self._mouths[key] = Sprite.from_image(img, (img.width / 2, img.height / 2))
        return self._mouths[key]


def _lit(img: Image.Image, light: tuple[float, float, float]) -> Image.Image:
    if light == (1.0, 1.0, 1.0):
        return img
    # each channel times its light, clipped and truncated in float32, as a table of the 256 levels: the
    # same values as multiplying every pixel, in a tenth of the time
    levels = np.arange(256, dtype=np.float32)[:, None]
    table = np.clip(levels * np.array(light, dtype=np.float32), 0, 255).astype(np.uint8)
    table = np.hstack([table, np.arange(256, dtype=np.uint8)[:, None]]).reshape(256, 1, 4)
    return Image.fromarray(cv2.LUT(np.asarray(img.convert("RGBA")), table), "RGBA")


def build_rig(character: Character, unit: float, light: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> Rig:
    """The character's sprites at a size, lit like the scene (`light` multiplies each channel)."""
    # one source for how they look in every shot, wide or close: the chosen look, fitted to their age (an
    # edited or older look never draws a child as a grown-up); one without a look is drawn as chosen for them
    look = for_person(character.look or choose_look(character, setting="landscape", seed=0, taken=set()), character)
    people = culture(character.language)
    female = (look.presents if look.presents != "neutral" else character.gender) == "female"
    head_img = figure.draw_head(look, unit, culture=people, female=female, elderly=character.age == "elderly")
    head = Sprite.from_image(_lit(head_img, light), (figure.FACE_CENTRE[0] * unit, figure.FACE_CENTRE[1] * unit))
    body_img = figure.draw_body(look, unit, culture=people, female=female)
    _, _, ax, ay = figure.body_box(look, unit)
    body = Sprite.from_image(_lit(body_img, light), (ax, ay))
    skin = rgb(look.skin)
    eyes = {}
    for state in EYE_STATES:
        for gaze in GAZES if state == "open" else (0,):
            img = _lit(faces.draw_eyes(look, skin, unit, state, gaze), light)
            eyes[(state, gaze)] = Sprite.from_image(img, (img.width / 2, img.height / 2))
    hair_img = figure.draw_long_hair(look, unit)
    long_hair = None
    if hair_img is not None:
        long_hair = Sprite.from_image(
            _lit(hair_img, light), (figure.FACE_CENTRE[0] * unit, figure.FACE_CENTRE[1] * unit)
        )
    wings = None
    if kind := kind_of_wings(character):  # an angel's, a fairy's: behind the body (animation/wings.py)
        wings_img, anchor = draw_wings(kind, figure.body_unit(look, unit))
        wings = Sprite.from_image(_lit(wings_img, light), anchor)
    return Rig(character.id, look, unit, body, head, eyes, light, long_hair=long_hair, wings=wings)


class RigCache:
    """Rigs built once and shared by every segment of a film (segments are drawn side by side, in
    threads): a character at one size and light is the same sprites wherever it appears, and its
    parts drawn on demand (mouths, the back view) are drawn once."""

    def __init__(self) -> None:
        self._rigs: dict[tuple[str, int, tuple[float, float, float]], Rig] = {}
        self._locks: dict[tuple[str, int, tuple[float, float, float]], threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, character: Character, unit: int, light: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> Rig:
        key = (character.model_dump_json(), unit, light)  # a crowd's people share ids across scenes
        with self._lock:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:  # one thread draws it; another asking for it meanwhile waits and shares it
            if key not in self._rigs:
                self._rigs[key] = build_rig(character, unit, light)
            return self._rigs[key]
