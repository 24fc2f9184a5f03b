"""A character's portrait (head and shoulders, as the rig draws it in the film) for the storyboard
preview, so people see who will act before spending credits."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from filmstudio.animation import figure
from filmstudio.animation.faces import MOUTH_LEVELS
from filmstudio.animation.rig import build_rig
from filmstudio.animation.sprite import blit
from filmstudio.storyboard import Character

SIZE = (160, 180)


def portrait(character: Character, size: tuple[int, int] = SIZE) -> np.ndarray:
    w, h = size
    unit = h * 0.42
    rig = build_rig(character, unit)
    frame = np.zeros((h, w, 3), np.uint8)
    frame[:] = (226, 232, 240)
    x, y = w / 2, h * 0.48 + figure.NECK_TO_FACE * unit
    fx, fy = x, y - figure.NECK_TO_FACE * unit
    if rig.long_hair is not None:
        blit(frame, rig.long_hair, fx, fy)
    blit(frame, rig.body, x, y)
    blit(frame, rig.head, fx, fy)
    blit(frame, rig.eyes[("open", 0)], fx, fy + figure.EYES_Y * unit)
    blit(frame, rig.mouth("E", MOUTH_LEVELS // 3), fx, fy + figure.MOUTH_Y * unit)  # a friendly half-smile
    return frame


def portrait_png(character: Character) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(portrait(character)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
