"""Two people in touch, drawn so (the moment's `touch` and `touched`, script/touching.py): close together
and turned to each other, not to the camera, the doer's hands on the other where the contact is, and the
one touched reacting.

- hug: the doer's arms round the other (one hand on the far shoulder, one across the back), the hug
  returned, both smiling;
- hit: the doer's near arm swung out to the other's face; the one hit leans back, surprised;
- push: both the doer's hands on the other's chest; the one pushed leans back, surprised;
- pat: the doer's near hand on the other's near shoulder, patting;
- hand: the two near hands meeting half way between them, shaking a little;
- help_up: the one helped kneels, a hand held up; the doer's near hand down to it;
- grab: one caught or seized (script/done_to.py): the doer's hands on its shoulder and arm.

Hands are placed by where they reach (body.Limbs.reach_l / reach_r: the arm bends to put the hand there),
aimed at the other figure's body as it is drawn (a lean back turns that point with it)."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from filmstudio.animation import body, figure

if TYPE_CHECKING:
    from filmstudio.animation.placed import Figure

# how far apart the two stand, middle to middle, in the doer's body units: close enough for the hands to
# land where the contact is with the arm a little bent (an arm is UPPER_ARM + FOREARM = 2.05 long)
APART = {"hug": 2.1, "hit": 2.6, "push": 2.7, "grab": 2.6, "pat": 3.0, "hand": 3.5, "help_up": 3.0}
STRIKE = 0.35  # seconds the arm takes to swing out to the other (a hit, a push)
LEAN = {"hit": 12.0, "push": 14.0}  # how far the one hit or pushed leans back, degrees
TURN = 1.0  # how far both faces are turned to each other (body.draw_figure's `turn`)
FEELS = {"hug": "smile", "hit": "surprise", "push": "surprise", "grab": "surprise"}  # the face of the one touched


def stage(doer: Figure, other: Figure, touch: str, width: int) -> None:
    """Put the two together, facing each other, where they stood side by side (their middle kept, inside
    the frame), and say what each does: the doer acts the contact, the other answers it."""
    if doer.rig is None or other.rig is None:
        return
    side = 1 if other.x0 > doer.x0 else -1 if other.x0 < doer.x0 else doer.facing
    b = figure.body_unit(doer.rig.look, doer.rig.unit)
    apart = APART.get(touch, 3.0) * b
    mid = (doer.x0 + other.x0) / 2
    mid = min(max(mid, 0.25 * width), 0.75 * width)
    doer.x0 = doer.x1 = mid - side * apart / 2
    other.x0 = other.x1 = mid + side * apart / 2
    doer.feet = other.feet = max(doer.feet, other.feet)
    doer.facing, other.facing = side, -side
    doer.verb, doer.touch, doer.touching, doer.toucher = touch, touch, other, True
    other.verb = "kneel" if touch == "help_up" else "stand"
    other.touch, other.touching, other.toucher = touch, doer, False
    other.expression = FEELS.get(touch, other.expression)
    if touch == "hug" and doer.expression is None:
        doer.expression = "smile"
    doer.holds = other.holds = None  # hands busy with each other
    doer.thing = other.thing = None


def limbs(fig: Figure, base: body.Limbs, t: float, x: float) -> body.Limbs:
    """The figure's limbs `t` seconds into the shot, standing at `x`: its hands where the contact puts
    them, and the lean of one hit or pushed."""
    other = fig.touching
    if fig.rig is None or other is None or other.rig is None:
        return base
    touch = fig.touch
    if not fig.toucher:
        return _answer(fig, base, t, x)
    b = figure.body_unit(fig.rig.look, fig.rig.unit)
    ny = body.neck_for(fig.rig, fig.feet, base)
    side = fig.facing
    rest = (side * 0.9, 2.0)  # a hand by the hip, in b from the neck (on the side facing the other)

    def at(point: tuple[float, float]) -> tuple[float, float]:  # a point on the screen, in b from the neck
        return ((point[0] - x) / b, (point[1] - ny) / b)

    if touch == "hug":
        return _hands(base, side, at(_on(other, -0.75, 0.55, t)), at(_on(other, -0.2, 1.5, t)))
    if touch in ("hit", "push"):
        k = min(1.0, t / STRIKE)
        k = k * k * (3 - 2 * k)
        if touch == "hit":
            return _hands(base, side, _between(rest, at(_on(other, 0.3, 0.05, t, head=True)), k))
        chest = _between(rest, at(_on(other, 0.5, 0.9, t)), k)
        return _hands(base, side, chest, _between((-side * 0.9, 2.0), at(_on(other, 0.1, 1.3, t)), k))
    if touch == "grab":  # caught, seized: one hand on the other's near shoulder, one on its arm
        return _hands(base, side, at(_on(other, 0.7, 0.3, t)), at(_on(other, 0.5, 1.2, t)))
    if touch == "pat":
        pat = 0.12 * abs(math.sin(2 * math.pi * 1.6 * t))
        target = _on(other, 0.75, 0.2, t)
        return _hands(base, side, at((target[0], target[1] - pat * b)))
    if touch in ("hand", "help_up"):
        return _hands(base, side, at(_meeting(fig, other, t)))
    return base


def _hands(
    base: body.Limbs, side: int, near: tuple[float, float], far: tuple[float, float] | None = None
) -> body.Limbs:
    """The limbs with the hand on the side facing the other (`side`) at `near` and, if given, the other hand
    at `far` (in body units from the neck); both arms then bend to reach, neither hangs at its angle."""
    if side > 0:
        return replace(base, reach_r=near, reach_l=far if far is not None else base.reach_l)
    return replace(base, reach_l=near, reach_r=far if far is not None else base.reach_r)


def _answer(fig: Figure, base: body.Limbs, t: float, x: float) -> body.Limbs:
    """The one touched: hugs back, gives a hand, or leans back from a blow or a shove."""
    doer = fig.touching
    assert doer is not None and fig.rig is not None
    touch = fig.touch
    b = figure.body_unit(fig.rig.look, fig.rig.unit)
    ny = body.neck_for(fig.rig, fig.feet, base)
    side = fig.facing

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return ((point[0] - x) / b, (point[1] - ny) / b)

    if touch == "hug":  # the hug returned, under the doer's arms
        return _hands(base, side, at(_on(doer, -0.5, 1.0, t)), at(_on(doer, 0.0, 1.7, t)))
    if touch in ("hand", "help_up"):
        return _hands(base, side, at(_meeting(doer, fig, t)))
    lean = _lean(fig, t)
    if lean:  # arms thrown up a little as one reels back
        return replace(base, arm_l=(-35.0, -60.0), arm_r=(35.0, 60.0), tilt=lean)
    return base


def _lean(fig: Figure, t: float) -> float:
    """How far the one hit or pushed leans back at `t`, in degrees (away from the doer; 0 before the blow)."""
    lean = LEAN.get(fig.touch, 0.0) if not fig.toucher else 0.0
    if not lean:
        return 0.0
    k = min(1.0, max(0.0, (t - 0.7 * STRIKE) / 0.3))
    return -fig.facing * lean * k


def _on(fig: Figure, across: float, down: float, t: float, head: bool = False) -> tuple[float, float]:
    """A point on the figure's body on the screen: `across` body units from its middle towards the side it
    faces, `down` below its neck base (`head`: in head units from its face's centre); turned with its lean."""
    assert fig.rig is not None
    b = figure.body_unit(fig.rig.look, fig.rig.unit)
    drop = body.limbs_at(fig.verb, 0.0, fig.facing).drop
    neck = fig.feet - (body.STANDING_HEIGHT - drop) * b
    if head:
        u = fig.rig.unit
        point = (fig.x0 + fig.facing * across * u, neck + (down - figure.NECK_TO_FACE) * u)
    else:
        point = (fig.x0 + fig.facing * across * b, neck + down * b)
    lean = math.radians(_lean(fig, t))
    if not lean:
        return point
    dx, dy = point[0] - fig.x0, point[1] - fig.feet
    return (
        fig.x0 + dx * math.cos(lean) - dy * math.sin(lean),
        fig.feet + dx * math.sin(lean) + dy * math.cos(lean),
    )


def _meeting(doer: Figure, other: Figure, t: float) -> tuple[float, float]:
    """Where two hands meet: half way between the two, at the height of the lower one's reach (a handshake
    at the waist, a hand held down to one kneeling), shaking a little."""
    assert doer.rig is not None and other.rig is not None
    b = figure.body_unit(doer.rig.look, doer.rig.unit)
    low = max(_on(doer, 0.0, 1.7, t)[1], _on(other, 0.0, 1.2, t)[1])
    shake = 0.1 * b * math.sin(2 * math.pi * 2.5 * t) if doer.touch == "hand" else 0.0
    return ((doer.x0 + other.x0) / 2, low + shake)


def _between(a: tuple[float, float], b: tuple[float, float], k: float) -> tuple[float, float]:
    return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k)
