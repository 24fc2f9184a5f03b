"""Where one who lies on a bed lies: on its mattress, not on its headboard's top. The set's bed has a
headboard standing above the blanket, so its drawn height is not where a sleeper rests; the mattress's top is
read from the picture itself (the level most of its columns start at), and the bed is turned so its
headboard, and its pillow, are at the sleeper's head."""

from __future__ import annotations

import numpy as np
from PIL import Image

from filmstudio.animation import copies, supports
from filmstudio.animation.sprite import Sprite

SINK = 0.06  # a body sinks this share of the bed's height into its blanket: on it, not balanced above it


def _column_tops(sprite: Sprite) -> np.ndarray:
    """The first opaque row of each drawn column, left to right."""
    return supports.column_tops(sprite.core.astype(bool))


def lying_height(sprite: Sprite) -> float:
    """How far above the bed's feet its sleeper's body rests, in pixels: the mattress's top (below the
    boards, most columns start at it: animation/supports.py), sunk a little."""
    return max(0.0, supports.top_height(sprite) - SINK * sprite.size[1])


def headboard_left(sprite: Sprite) -> bool:
    """Whether the bed's highest part (its headboard) is on its left."""
    tops = _column_tops(sprite)
    if tops.size < 2:
        return True
    half = tops.size // 2
    return float(tops[:half].min()) <= float(tops[half:].min())


def headboard_at(sprite: Sprite, left: bool) -> Sprite:
    """The bed turned so that its headboard is on the side asked (where the sleeper's head is)."""
    return sprite if headboard_left(sprite) == left else _turned(sprite)


def _turned(sprite: Sprite) -> Sprite:
    """The bed seen from its other side (its headboard on the other hand)."""
    image = copies.image_of(sprite).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return Sprite.from_image(image, (image.width - sprite.ox, sprite.oy))
