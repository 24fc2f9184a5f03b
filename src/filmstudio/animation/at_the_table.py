"""One who works, eats or sits at a table is at it: the table stands right before them on the side they
face, their hands over its top (a shirt sewn, bread cut, a letter written there), a sitter's knees under it,
and it is drawn in front of them, so they stand or sit behind its edge and never on it. Where the layout
spaced the table off like another person (animation/staged.py `_place`), it is pulled up to them."""

from __future__ import annotations

from collections.abc import Callable

from filmstudio.animation import body
from filmstudio.animation.placed import Figure
from filmstudio.script.staging import SURFACES

# how far before the one at the table its near edge is, as a share of how far they reach forward: a worker's
# hands and a sitter's knees over and under its top; one who only stands by it, just clear of it
_UNDER_THE_HANDS = 0.45
_BY_IT = 0.95
_AT_IT = {"work", "kneel_work", "sit_work", "sit", "sit_eat", "sit_drink", "eat", "drink", "cook", "place", "read"}
_MARGIN = 0.02  # of the frame's width: the table stays inside it


def pull_up(figures: list[Figure], extent: Callable[[Figure], tuple[float, float]], width: int) -> None:
    """Move each table set down by someone who stays put to right before them, turn them to it, and draw it
    after them (in front)."""
    for table in [f for f in figures if f.set_down and f.animal_key in SURFACES and f.animal is not None]:
        holder = table.holds.holder if table.holds is not None else None
        owner = next((f for f in figures if f.rig is not None and f.character_id == holder), None)
        if owner is None or owner.x0 != owner.x1 or table.x0 != table.x1:
            continue  # a walker passes it by
        if owner.mount is not None or owner.boat is not None or owner.vehicle is not None:
            continue
        pose = body.pose_of(owner.verb)
        if pose in body.MOVING:
            continue
        side = 1 if table.x0 >= owner.x0 else -1
        owner.facing = side
        left, right = extent(owner)
        front = right if side > 0 else left
        share = _UNDER_THE_HANDS if pose in _AT_IT or owner.verb in _AT_IT else _BY_IT
        half = table.animal.size[0] / 2 if table.animal is not None else 0.0
        x = owner.x0 + side * (share * front + half)
        # inside the frame: the pair moves in together where the table would cross its edge
        shift = min(0.0, (1 - _MARGIN) * width - (x + half)) + max(0.0, _MARGIN * width - (x - half))
        table.x0 = table.x1 = x + shift
        owner.x0 = owner.x1 = owner.x0 + shift
        table.feet = owner.feet  # on the floor they stand on, not up on a row behind
        figures.remove(table)
        figures.append(table)  # drawn after them: before their legs
