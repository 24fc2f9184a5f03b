"""Small acts of the arms and the back that common story verbs need and no larger pose gives: bending to set
a thing down (the "place" class: put, lay, hang, pour, pile …), a hand cupped at the ear (listen), a hand
at the chin (think), knocking, a book held up to read, a hand shading the eyes (search), clapping, stroking an animal.

Each is a pure function of time giving the fields of animation/body.py's `Limbs` (its own module so that
body.py stays a dispatcher; it imports nothing of body.py). Hands are placed by where they reach, in body
units from the neck base, x towards the screen's right, y down; `f` is the facing (+1 right, -1 left)."""

from __future__ import annotations

import math
from typing import Any

POSES = frozenset({"place", "listen", "think", "knock", "read", "search", "clap", "stroke", "push"})
# the gestures of the hands alone: one sitting or kneeling does them as they are, staying so
HANDS_ONLY = frozenset({"listen", "think", "read", "search", "clap"})
_BEND_IN = 0.8  # seconds to bend down to the spot
_BEND_ANGLE = 55.0  # the thighs forward, the shins back, at the lowest (degrees): a crouch, the rig has no waist


def limbs_for(pose: str, t: float, f: int, phase: float, thigh: float, shin: float) -> dict[str, Any]:
    """The `Limbs` fields of a gesture `t` seconds into its moment; `thigh` and `shin` are the legs' lengths."""
    if pose in ("place", "stroke"):  # stroking or patting an animal: bent to it, the hand reaching low
        return _bending(t, f, phase, thigh, shin)
    if pose == "knock":
        tap = max(0.0, math.sin(2 * math.pi * 2.2 * t + phase))
        return _hands(f, near=(f * (1.05 + 0.15 * tap), 0.55))
    if pose == "listen":  # the hand on the facing side cupped behind the ear
        return _hands(f, near=(f * 0.3, -0.55))
    if pose == "think":  # a hand at the chin, the other arm across the waist under its elbow
        nod = 0.03 * math.sin(2 * math.pi * 0.4 * t + phase)
        return _hands(f, near=(f * 0.12, -0.2 + nod), far=(f * 0.3, 0.95))
    if pose == "read":  # the thing read held up before the chest in both hands
        return _hands(f, near=(f * 0.55, 0.85), far=(f * 0.15, 0.95))
    if pose == "search":  # a hand shading the eyes, turned a little this way and that
        sweep = 0.1 * math.sin(2 * math.pi * 0.35 * t + phase)
        return _hands(f, near=(f * (0.1 + sweep), -0.78))
    if pose == "push":  # leaning into a cart, a door, a rock: both hands on it, the back foot braced
        heave = 0.06 * math.sin(2 * math.pi * 0.8 * t + phase)
        return {
            "tilt": f * (10.0 + 3.0 * heave / 0.06),
            "leg_l": (-f * 28.0, f * 8.0) if f > 0 else (-f * 2.0, 0.0),
            "leg_r": (-f * 2.0, 0.0) if f > 0 else (-f * 28.0, f * 8.0),
            **_hands(f, near=(f * (1.7 + heave), 0.6), far=(f * (1.55 + heave), 0.75)),
        }
    if pose == "clap":
        gap = 0.04 + 0.3 * abs(math.sin(2 * math.pi * 1.4 * t + phase))
        return {"reach_l": (f * 0.45 - gap, 0.9), "reach_r": (f * 0.45 + gap, 0.9)}
    return {}


def _hands(
    f: int, near: tuple[float, float], far: tuple[float, float] | None = None
) -> dict[str, tuple[float, float] | None]:
    """`near` for the hand on the facing side, `far` for the other (None: it hangs)."""
    return {"reach_r": near, "reach_l": far} if f > 0 else {"reach_l": near, "reach_r": far}


def _bending(t: float, f: int, phase: float, thigh: float, shin: float) -> dict[str, Any]:
    """Bending down to set a thing down before one: the knees bent (a crouch) and the
    hand on the facing side reaching low and forward, then setting it down (a small rise and fall)."""
    k = min(1.0, t / _BEND_IN)
    k = k * k * (3 - 2 * k)  # eased in and out
    a = math.radians(_BEND_ANGLE * k)
    drop = (thigh + shin) * (1 - math.cos(a))
    settle = 0.05 * math.sin(2 * math.pi * 0.5 * t + phase) if k >= 1 else 0.0
    hand = (f * (0.4 + 1.2 * k), 1.2 + 0.9 * k + settle)  # out towards the spot, as far as the arm goes
    return {
        "leg_l": (f * _BEND_ANGLE * k, -f * _BEND_ANGLE * k),
        "leg_r": (f * (_BEND_ANGLE - 6) * k, -f * (_BEND_ANGLE - 6) * k),
        "drop": drop,
        **_hands(f, near=hand),
    }
