"""What a figure or a thing rests on, read from the pictures themselves: the top surface of anything drawn
(a bed's mattress under its headboard, the top mattress of a pile however tall, a table's top, a chest's
lid, a cart's bed of planks), and whether a sentence puts someone *on* a thing rather than by it. A sleeper
lies with the underside of the body on that surface, a cup stands with its foot on it, an animal with its
feet on it: nothing is placed by a share of the support's height, which would sink it into a tall pile or
float it over a low one."""

from __future__ import annotations

import re

import numpy as np

from filmstudio.animation.sprite import Sprite

# the share of a support's columns that may stand above its top surface at most (a headboard, a footboard,
# a lamp on a table): below them, most columns start at the surface
BOARDS = 0.35
ON_TOP_SINK = 0.02  # a lying body sinks this share of its thickness into what it lies on: on it, not above
# the words that put one on a thing rather than by it or in it (a closed set per language); "in" a bed is a
# bed's own (animation/bed_cover.py), "on top of" reads as "on"
ON_WORDS = frozenset(
    {"on", "upon", "onto", "atop", "sobre", "encima", "sur", "auf", "su", "sul", "sulla", "sopra", "em"} | {"на", "पर"}
)
_NEAR_ENOUGH = 4  # how many words before the thing's word an "on" may stand ("on the old wooden cart")


def column_tops(solid: np.ndarray) -> np.ndarray:
    """The first solid row of each drawn column of a mask, left to right (undrawn columns left out)."""
    drawn = solid.any(axis=0)
    return np.where(drawn, solid.argmax(axis=0), solid.shape[0])[drawn]


def surface_row(solid: np.ndarray) -> float | None:
    """The row of a drawn support's top surface in its mask: the level most of its columns start at, below
    what stands up over it (a headboard, a bedpost). None where nothing is drawn."""
    tops = column_tops(solid)
    if tops.size == 0:
        return None
    return float(np.quantile(tops, 1.0 - BOARDS))


def top_height(sprite: Sprite) -> float:
    """How far above its foot a sprite's top surface is, in pixels (its anchor is at its foot)."""
    row = surface_row(sprite.core.astype(bool))
    height = sprite.size[1]
    return 0.9 * height if row is None else max(0.0, height - row)


def top_span(sprite: Sprite) -> tuple[float, float]:
    """Where along a sprite its top surface is, left and right of its anchor: the columns that start at or
    just above it (a bed's mattress, not the air beyond its end)."""
    solid = sprite.core.astype(bool)
    row = surface_row(solid)
    if row is None:
        return -sprite.size[0] / 2, sprite.size[0] / 2
    reach = solid[: int(row) + 2 + int(0.04 * solid.shape[0])].any(axis=0)
    cols = np.nonzero(reach)[0]
    return float(cols[0] - sprite.ox), float(cols[-1] + 1 - sprite.ox)


def lying_feet(top: float, box: tuple[float, float, float, float]) -> float:
    """Where to draw a lying body (its `box` about its feet line, as bed_cover.lying_box gives it) so its
    underside is on a surface at height `top` in the frame, sunk a little into it."""
    thick = box[3] - box[2]
    return top + ON_TOP_SINK * thick - box[3]


def said_on(text: str, words: list[str]) -> bool:
    """Whether the sentence puts its subject on the thing named by `words` ("slept on the bed", "sat on top of
    the chest", "se sentó sobre la mesa"): an "on" word a few words before the thing's words (matched whole:
    "the chest" is not "the cart")."""
    tokens = re.findall(r"\w+", text.lower())
    for phrase in words:
        name = re.findall(r"\w+", phrase.lower())
        for k in range(len(tokens) - len(name) + 1):
            named = bool(name) and tokens[k : k + len(name)] == name
            if named and any(t in ON_WORDS for t in tokens[max(0, k - _NEAR_ENOUGH) : k]):
                return True
    return False
