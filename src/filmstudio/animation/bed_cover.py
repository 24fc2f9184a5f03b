"""One who lies in a bed lies IN it: the bed as long as the body and a little more, the body sunk into the
mattress and the blanket drawn over it from the feet to the shoulders, the head on the pillow left out.
The blanket takes the bed picture's own blanket colour (its most common strong colour above the legs), and
is drawn after the sleeper (`StagedLayout.over`)."""

from __future__ import annotations

from typing import Protocol, TypeVar

import numpy as np
from PIL import Image, ImageDraw

from filmstudio.animation import beds, body, copies
from filmstudio.animation.rig import Rig
from filmstudio.animation.sprite import Sprite

LONGER = 1.15  # the bed's length beside the lying body's
HEAD = 0.2  # the share of the lying body's length left out at the head end (the head and the neck)
OVER_FEET = 0.04
DEEP = 0.45  # the share of the lying body's thickness below the mattress's top: in the bed, not on it  # the blanket reaches this share of the body's length past the feet
_DEFAULT_BLANKET = (70, 100, 190)


class Placed(Protocol):
    """A staged figure as this module reads and moves it (animation/staged.py's Figure)."""

    character_id: str
    rig: Rig | None
    verb: str
    facing: int
    phase: float
    x0: float
    x1: float
    feet: float
    animal: Sprite | None


P = TypeVar("P", bound=Placed)


def tucked_in(bed: Placed, sleeper: P) -> list[tuple[P, Sprite]]:
    """Lays the sleeper in the bed (the bed long enough, under the body, the body on its mattress) and
    gives the blanket to draw over them, anchored at the sleeper's place; none for a bed not drawn."""
    if bed.animal is None:
        return []
    if sleeper.rig is None:
        sleeper.feet -= beds.lying_height(bed.animal)
        return []
    box = lying_box(sleeper.rig, sleeper.verb, sleeper.facing, sleeper.phase)
    bed.animal = long_enough(bed.animal, LONGER * (box[1] - box[0]))
    bed.x0 = bed.x1 = sleeper.x0 + (box[0] + box[1]) / 2
    mattress = bed.feet - beds.lying_height(bed.animal)  # the mattress's top, in the frame
    thick = box[3] - box[2]
    sleeper.feet = mattress + DEEP * thick - box[3]  # the lower part of the body down in the bedding
    blanket = cover(box, sleeper.facing > 0, mattress - sleeper.feet, blanket_colour(bed.animal))
    return [(sleeper, blanket)] if blanket is not None else []


def lying_box(rig: Rig, verb: str, facing: int, phase: float) -> tuple[float, float, float, float]:
    """The lying body's extent about where it is drawn (x, feet): left, right, top, bottom in pixels."""
    tall = body.figure_height_units() * rig.unit
    width, height = int(2.6 * tall) + 8, int(1.6 * tall) + 8
    canvas = np.zeros((height, width, 3), np.uint8)
    x, feet = width / 2, height * 0.75
    body.draw_figure(canvas, rig, x, feet, body.limbs_at(verb, 1.0, facing, phase), gaze=facing, t=1.0)
    rows = np.nonzero(canvas.any(axis=(1, 2)))[0]
    cols = np.nonzero(canvas.any(axis=(0, 2)))[0]
    if not rows.size:
        return -0.5 * tall, 0.5 * tall, -0.2 * tall, 0.0
    return cols.min() - x, cols.max() + 1 - x, rows.min() - feet, rows.max() + 1 - feet


def long_enough(bed: Sprite, length: float) -> Sprite:
    """The bed stretched along its length where it is shorter than `length` (its height kept)."""
    if bed.size[0] >= length:
        return bed
    image = copies.image_of(bed)
    wide = image.resize((int(round(length)), image.height), Image.Resampling.LANCZOS)
    return Sprite.from_image(wide, (wide.width / 2, wide.height))


def blanket_colour(bed: Sprite) -> tuple[int, int, int]:
    """The bed picture's blanket: its most common strong colour in the upper two thirds."""
    rgb = bed.rgb[: max(1, 2 * bed.rgb.shape[0] // 3)]
    solid = bed.core[: rgb.shape[0]].astype(bool)
    pixels = rgb[solid].astype(int)
    if not pixels.size:
        return _DEFAULT_BLANKET
    strong = pixels[(pixels.max(axis=1) - pixels.min(axis=1)) > 60]
    if not strong.size:
        return _DEFAULT_BLANKET
    keys, counts = np.unique(strong // 16, axis=0, return_counts=True)
    top = keys[int(np.argmax(counts))]
    near = strong[(strong // 16 == top).all(axis=1)]
    return (int(near[:, 0].mean()), int(near[:, 1].mean()), int(near[:, 2].mean()))


def cover(
    box: tuple[float, float, float, float], head_left: bool, mattress: float, colour: tuple[int, int, int]
) -> Sprite | None:
    """The blanket over a body lying in `box` (as `lying_box` gives it), down to the mattress's top
    `mattress` pixels below the feet line; with its anchor, about (x, feet). None for a body too small."""
    left, right, top, bottom = box
    length = right - left
    if length < 4 or bottom - top < 2:
        return None
    if head_left:
        x0, x1 = left + HEAD * length, right + OVER_FEET * length
    else:
        x0, x1 = left - OVER_FEET * length, right - HEAD * length
    y0, y1 = top - 0.08 * (bottom - top), max(bottom, mattress) + 0.05 * (bottom - top)
    w, h = int(round(x1 - x0)), int(round(y1 - y0))
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    radius = 0.25 * h
    pen.rounded_rectangle((0, 0, w - 1, h - 1), radius=radius, fill=(*colour, 255))
    fold = tuple(max(0, c - 35) for c in colour)
    turned = (0, 0, int(0.12 * w), h - 1) if head_left else (w - 1 - int(0.12 * w), 0, w - 1, h - 1)
    pen.rounded_rectangle(turned, radius=radius, fill=(*fold, 255))  # the sheet turned down at the chest
    return Sprite.from_image(image, (-x0, -y0))
