"""Many of one thing, as the sentence counts them: "three cups on the table" drawn as three cups side by
side, "a stack of books" or "a dozen crates stacked up" as a pile, each lying on the one below.
A handful is drawn however many the words say (a crowd of copies would be a speck each)."""

from __future__ import annotations

import numpy as np
from PIL import Image

from filmstudio.animation.sprite import Sprite

MOST_COPIES = 6  # the most copies drawn: "forty crates" reads as a tall pile of six
STACK_STEP = 0.55  # each copy in a pile sits this share of its height above the one below (they overlap)
ROW_STEP = 1.1  # each copy in a row stands this share of its width beside the one before: apart, told apart


def drawn_count(count: int | None) -> int:
    """How many copies to draw for a counted thing: its count, up to MOST_COPIES; one where none is said."""
    return max(1, min(count or 1, MOST_COPIES))


def copies(image: Image.Image, count: int | None, stacked: bool) -> Image.Image:
    """`image` repeated as many times as drawn_count(count): piled up (the lowest drawn first, each one
    above over it) or side by side on one ground line; the image itself for one."""
    n = drawn_count(count)
    if n < 2:
        return image
    image = image.convert("RGBA")
    w, h = image.size
    if stacked:
        step = max(1, round(STACK_STEP * h))
        canvas = Image.new("RGBA", (w, h + step * (n - 1)), (0, 0, 0, 0))
        for i in range(n):  # from the bottom up
            canvas.alpha_composite(image, (0, step * (n - 1 - i)))
        return canvas
    step = max(1, round(ROW_STEP * w))
    canvas = Image.new("RGBA", (w + step * (n - 1), h), (0, 0, 0, 0))
    for i in range(n):
        canvas.alpha_composite(image, (step * i, 0))
    return canvas


def image_of(sprite: Sprite) -> Image.Image:
    """The sprite back as an RGBA picture."""
    alpha = sprite.core.astype(np.uint8) * 255
    alpha[sprite.edge_y, sprite.edge_x] = (sprite.edge_alpha[:, 0] * 255).astype(np.uint8)
    return Image.fromarray(np.dstack([sprite.rgb, alpha]))


def many(sprite: Sprite, count: int | None, stacked: bool, most: float | None = None) -> Sprite:
    """The sprite as that many copies, anchored at its foot's middle; no larger across than `most`
    pixels (the group drawn smaller to fit a hand or the frame)."""
    if drawn_count(count) < 2:
        return sprite
    group = copies(image_of(sprite), count, stacked)
    if most is not None and max(group.size) > most:
        k = most / max(group.size)
        group = group.resize(
            (max(1, round(group.width * k)), max(1, round(group.height * k))), Image.Resampling.LANCZOS
        )
    return Sprite.from_image(group, (group.width / 2, group.height))
