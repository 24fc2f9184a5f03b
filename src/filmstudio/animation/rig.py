"""A rigged character at one size: sprites for the body, head, eyes and mouths, and where each part
sits relative to the neck base. Built once per character and shot size; mouths are drawn on demand."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from filmstudio.animation import faces, figure
from filmstudio.animation.looks import culture
from filmstudio.animation.palette import rgb
from filmstudio.animation.sprite import Sprite
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
    arr = np.asarray(img).astype(np.float32)
    arr[..., :3] = np.clip(arr[..., :3] * np.array(light, dtype=np.float32), 0, 255)
    return Image.fromarray(arr.astype(np.uint8), "RGBA")


def build_rig(character: Character, unit: float, light: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> Rig:
    """The character's sprites at a size, lit like the scene (`light` multiplies each channel)."""
    look = character.look or Look()
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
    return Rig(character.id, look, unit, body, head, eyes, light, long_hair=long_hair)
