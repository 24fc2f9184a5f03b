"""Two characters of one kind of animal (the town mouse and the country mouse, two goats on a bridge) are
drawn from one picture: each after the first is a little bigger or smaller and of another coat, always the
same for the same character, so the audience can tell them apart in every shot."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np

from filmstudio.animation.sprite import Sprite

# size against the kind's drawn size, by the character's place among those of its kind (sorted by id)
_SCALES = (1.0, 0.88, 1.12, 0.8, 1.2)
# a coat's colour, as a multiplier of the picture's: as drawn, darker and browner, cooler, warmer and paler
_TINTS = ((1.0, 1.0, 1.0), (0.82, 0.68, 0.52), (0.72, 0.78, 0.9), (1.0, 0.88, 0.66), (0.6, 0.6, 0.6))


def _place_among_kin(cid: str, animals: Mapping[str, str]) -> int:
    kind = animals.get(cid)
    if kind is None:
        return 0
    kin = sorted(other for other, key in animals.items() if key == kind)
    return kin.index(cid) if len(kin) > 1 else 0


def own_scale(cid: str, animals: Mapping[str, str]) -> float:
    """How much bigger than its kind the character is drawn: 1 where it is the only one of its kind."""
    return _SCALES[_place_among_kin(cid, animals) % len(_SCALES)]


def own_coat(sprite: Sprite | None, cid: str, animals: Mapping[str, str]) -> Sprite | None:
    """The animal's picture in the character's own coat: as drawn for the first of its kind."""
    place = _place_among_kin(cid, animals)
    if sprite is None or place == 0:
        return sprite
    tint = np.array(_TINTS[place % len(_TINTS)], np.float32)
    return dataclasses.replace(
        sprite,
        rgb=np.ascontiguousarray(np.clip(sprite.rgb * tint, 0, 255).astype(np.uint8)),
        edge_rgb=np.ascontiguousarray(np.clip(sprite.edge_rgb * tint, 0, 255).astype(np.uint8)),
    )
