"""Where the set paints its own bed (a bedroom, a bedchamber, a hospital room, a cell's plank bed:
engines/image/settings/furniture.py), one who lies down or sits on a bed does it on that bed: the sleeper
on its mattress, the head at its pillow, under a blanket of its colour; one who sits, on its edge. No second
bed is brought in beside the painted one."""

from __future__ import annotations

import numpy as np

from filmstudio.animation import bed_cover, body, supports
from filmstudio.animation.placed import Figure
from filmstudio.animation.set_furniture import PAINTED_FURNITURE, Furniture
from filmstudio.animation.sprite import Sprite
from filmstudio.script.key_things import BEDS
from filmstudio.storyboard import Moment

LYING = ("lie", "sleep")
SITTING = ("sit", "sit_eat", "sit_drink")
BLANKET = (70, 100, 190)  # where the bed is out of the picture
EDGE = 0.25  # one who sits on the bed sits this share of its length from its foot end


def painted_bed(setting: str | None) -> Furniture | None:
    """The bed the setting's picture paints, if it paints one."""
    return painted(setting, "bed")


def painted(setting: str | None, key: str) -> Furniture | None:
    """The piece of furniture `key` (a bed, a table) the setting's picture paints, if it paints one."""
    return PAINTED_FURNITURE.get(setting or "", {}).get(key)


def in_bed(moment: Moment, figures: list[Figure]) -> Figure | None:
    """The one person of the moment who lies or sits on a bed (the bed prop theirs, one bed, not a pile)."""
    by_id = {f.character_id: f for f in figures if f.rig is not None}
    for prop in moment.props:
        if prop.key not in BEDS or prop.role != "near" or (prop.count or 1) > 1 or prop.holder not in by_id:
            continue
        fig = by_id[prop.holder or ""]
        if body.pose_of(fig.verb) in LYING + SITTING:
            return fig
    return None


def in_frame(bed: Furniture, size: tuple[int, int], zoom: float, cx: float, cy: float) -> tuple[float, ...]:
    """The painted bed's box (left, top, right, foot) and its head's x in the frame's pixels, the picture
    seen through a lens `zoom` times closer centred near (cx, cy) as animation/player.py framed_still
    frames it (1: as painted)."""
    w, h = size
    half_w, half_h = w / (2 * zoom), h / (2 * zoom)
    x = min(max(cx * w, half_w), w - half_w)
    y = min(max(cy * h, half_h), h - half_h)
    left, top, right, foot = bed.box(w, h)
    head = (bed.head if bed.head is not None else bed.left) * w
    at_x = lambda v: zoom * (v - x) + w / 2  # noqa: E731
    at_y = lambda v: zoom * (v - y) + h / 2  # noqa: E731
    return at_x(left), at_y(top), at_x(right), at_y(foot), at_x(head)


def lay_in(sleeper: Figure, bed: tuple[float, ...], plate: np.ndarray, *, covered: bool = True) -> Sprite | None:
    """Lays the sleeper in the painted bed `bed` (as in_frame gives it), the head at the pillow: `covered`,
    the body sunk into the mattress, and returns the blanket to draw over them, of the painted bed's own
    colour; else on top of its covers (animation/supports.py), no blanket."""
    assert sleeper.rig is not None
    left, top, right, foot, head = bed
    head_left = abs(head - left) <= abs(head - right)
    sleeper.facing = 1 if head_left else -1  # lying facing right, the head is on the left (bed_cover.py)
    box = bed_cover.lying_box(sleeper.rig, sleeper.verb, sleeper.facing, sleeper.phase)
    x = head - box[0] if head_left else head - box[1]
    if box[1] - box[0] > right - left:  # a body longer than the bed: across its middle
        x = (left + right) / 2 - (box[0] + box[1]) / 2
    sleeper.x0 = sleeper.x1 = x
    sleeper.shadow, sleeper.aloft = None, True
    if not covered:
        sleeper.feet = supports.lying_feet(top, box)
        return None
    thick = box[3] - box[2]
    sleeper.feet = top + bed_cover.DEEP * thick - box[3]  # the lower part of the body down in the bedding
    return bed_cover.cover(box, head_left, top - sleeper.feet, colour_at(plate, bed))


def sit_on(sitter: Figure, bed: tuple[float, ...]) -> None:
    """Seats the sitter on the painted bed's edge, near its foot end: the hips on the mattress, the legs
    down before it."""
    assert sitter.rig is not None
    left, top, right, _, head = bed
    head_left = abs(head - left) <= abs(head - right)
    x = right - EDGE * (right - left) if head_left else left + EDGE * (right - left)
    b = body.figure.body_unit(sitter.rig.look, sitter.rig.unit)
    sitter.x0 = sitter.x1 = x
    sitter.feet = top + body.SEAT_HEIGHT * b
    sitter.seat, sitter.shadow, sitter.aloft = None, None, True


def colour_at(plate: np.ndarray, bed: tuple[float, ...]) -> tuple[int, int, int]:
    """The painted bed's blanket: the median colour of its middle, a little below the mattress's top."""
    left, top, right, foot, _ = bed
    h, w = plate.shape[:2]
    y0, y1 = int(max(0, top + 0.2 * (foot - top))), int(min(h, top + 0.5 * (foot - top)))
    x0, x1 = int(max(0, left + 0.4 * (right - left))), int(min(w, left + 0.7 * (right - left)))
    patch = plate[y0:y1, x0:x1].reshape(-1, plate.shape[2])
    if not patch.size:
        return BLANKET
    r, g, b = (int(v) for v in np.median(patch[:, :3], axis=0))
    return r, g, b
