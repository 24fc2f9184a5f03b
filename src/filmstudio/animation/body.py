"""Whole figures that act: legs and arms on the cut-out character's torso and head, posed per verb class
as pure functions of time (a walk cycle, a rowing stroke, a wave), and faces that show a feeling.

Limb angles are in degrees on the screen: 0 hangs straight down, positive turns towards screen right,
180 points up. Lengths are in body units (`b`, the torso's unit, figure.body_unit)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

import cv2
import numpy as np

from filmstudio.animation import figure, garments, gestures
from filmstudio.animation.faces import MOUTH_LEVELS
from filmstudio.animation.looks import bare_legs, skirted
from filmstudio.animation.palette import lit, rgb, shade
from filmstudio.animation.rig import Rig
from filmstudio.animation.sprite import Sprite, blit

UPPER_ARM, FOREARM, THIGH, SHIN = 1.05, 1.0, 1.35, 1.3
HIP_BELOW_NECK = 2.45
SHOULDER_BELOW_NECK = 0.35
STANDING_HEIGHT = HIP_BELOW_NECK + THIGH + SHIN + 0.1  # neck base above the feet, in b
# sitting: the hips lowered by most of a thigh, onto a seat whose top is this high (in b, from the feet);
# on the ground, lowered to just above it
SIT_DROP = THIGH * 0.95
SEAT_HEIGHT = THIGH + SHIN + 0.1 - SIT_DROP - 0.12
SEATED = THIGH + SHIN - 0.05
HEAD_TURN = 0.13  # how far a face turned to one side has its features moved, in head units
# verb classes drawn as another's pose
POSE_OF = {
    "go": "walk",
    "arrive": "walk",
    "sell_buy": "give",
    "take": "give",
    "play": "dance",
    "hide": "kneel",
    "pray": "kneel_pray",
    "chase": "run",  # the chaser behind the chased (animation/staged.py)
    "cook": "work",
    "look": "stand",
    "sing": "stand",
    "cry_out": "cry_out",
    "open": "give",  # an arm reaching the door or the lid
    "throw": "give",  # the arm thrown forward, the thing leaving the hand (animation/staged.py)
    "pull": "push",  # leaning in, both hands on it; a rope or a shaft held stands (below)
}
MOVING = {
    "walk": 0.09,
    "run": 0.22,
    "ride": 0.1,
    "row": 0.04,
    "swim": 0.05,
    "fly": 0.12,
}  # frame widths a second


@dataclass(frozen=True)
class Limbs:
    arm_l: tuple[float, float] = (8.0, 4.0)  # the arm on the screen's left: upper arm, forearm
    arm_r: tuple[float, float] = (-8.0, -4.0)
    leg_l: tuple[float, float] = (2.0, 0.0)  # thigh, shin
    leg_r: tuple[float, float] = (-2.0, 0.0)
    lift: float = 0.0  # the whole figure raised (a hop, a bob), in b
    drop: float = 0.0  # the hips lowered (sitting, kneeling), in b
    tilt: float = 0.0  # the figure turned about its feet (a fall), degrees
    legs: bool = True  # hidden in a boat or under water
    # where a hand reaches, in b from the neck base (screen x, y down): the arm bends to put it there
    reach_l: tuple[float, float] | None = None
    reach_r: tuple[float, float] | None = None
    palms: bool = False  # the hands pressed together (praying)


def pose_of(verb: str) -> str:
    return POSE_OF.get(verb, verb)


MOUTH = (0.12, -0.32)  # a hand at the mouth, in b from the neck base (facing right)


def limbs_at(
    verb: str, t: float, facing: int = 1, phase: float = 0.0, holds: str | None = None, grip: str = "hand"
) -> Limbs:
    """The figure's limbs for a verb class `t` seconds into its moment. `facing` is +1 (to the right) or
    -1; `holds` is how it holds a thing: "held" in a hand, "carried" on the head, "given" held out; `grip`
    how a held thing is held (animation/held.py): in a "hand", in "two_hands" (a bowl), on the "arm" (a
    basket), as a "staff" (a stick)."""
    f = facing
    pose = pose_of(verb)
    if pose == "push" and holds == "held":  # a rope or a shaft in both hands before them (animation/staged.py)
        pose = "stand"
    s = math.sin(2 * math.pi * (t * (3.0 if pose == "run" else 1.7) + phase))
    if pose in ("walk", "run", "climb_walk"):
        amp = 42 if pose == "run" else 24
        bend = 55 if pose == "run" else 20
        limbs = Limbs(
            arm_l=(f * -amp * s * 0.8, f * (-amp * s * 0.8 + bend)),
            arm_r=(f * amp * s * 0.8, f * (amp * s * 0.8 + bend)),
            leg_l=(f * amp * s, f * (amp * s - bend * max(0.0, -s))),
            leg_r=(f * -amp * s, f * (-amp * s - bend * max(0.0, s))),
            lift=0.08 * abs(s),
        )
    elif pose == "sit":
        limbs = Limbs(
            arm_l=(f * 25, f * 70), arm_r=(f * 20, f * 75), leg_l=(f * 88, 0), leg_r=(f * 92, 0), drop=SIT_DROP
        )
    elif pose == "sit_ground":  # on the ground itself, the legs out before them
        limbs = Limbs(
            arm_l=(f * 25, f * 70), arm_r=(f * 20, f * 75), leg_l=(f * 86, f * 88), leg_r=(f * 90, f * 92), drop=SEATED
        )
    elif pose in ("kneel", "kneel_pray"):
        arms = ((35, 130), (-35, -130)) if pose == "kneel_pray" else ((10, 20), (-10, -20))
        limbs = Limbs(arm_l=arms[0], arm_r=arms[1], leg_l=(f * 10, -f * 90), leg_r=(f * 5, -f * 88), drop=SHIN * 0.9)
        if pose == "kneel_pray":  # palms together before the chest
            limbs = replace(limbs, reach_l=(-0.07, 0.85), reach_r=(0.07, 0.85), palms=True)
    elif pose == "ride":
        bob = 0.1 * abs(math.sin(2 * math.pi * 1.6 * t + phase))
        limbs = Limbs(arm_l=(f * 25, f * 75), arm_r=(f * 30, f * 80), leg_l=(-40, -5), leg_r=(40, 5), lift=bob)
    elif pose == "row":
        stroke = math.sin(2 * math.pi * 0.6 * t + phase)
        limbs = Limbs(
            arm_l=(f * (45 + 35 * stroke), f * (80 + 20 * stroke)),
            arm_r=(f * (40 + 35 * stroke), f * (75 + 20 * stroke)),
            legs=False,
        )
    elif pose == "swim":
        a = 2 * math.pi * 0.8 * t + phase
        limbs = Limbs(
            arm_l=(f * (180 * math.sin(a)), f * (180 * math.sin(a) + 20)),
            arm_r=(f * (-180 * math.sin(a)), f * (-180 * math.sin(a) + 20)),
            legs=False,
        )
    elif pose == "climb":
        c = math.sin(2 * math.pi * 0.9 * t + phase)
        limbs = Limbs(
            arm_l=(-150 - 20 * c, -170 - 10 * c),
            arm_r=(150 - 20 * c, 170 - 10 * c),
            leg_l=(-20 + 25 * c, 10 - 30 * max(0, c)),
            leg_r=(20 + 25 * c, -10 + 30 * max(0, -c)),
        )
    elif pose == "wave":
        w = math.sin(2 * math.pi * 2.0 * t + phase)
        limbs = Limbs(arm_r=(-140 if f < 0 else 140, (-150 if f < 0 else 150) + 30 * w))
        if f < 0:
            limbs = Limbs(arm_l=(-140, -150 + 30 * w))
    elif pose == "point":
        limbs = Limbs(arm_r=(f * 95, f * 95)) if f > 0 else Limbs(arm_l=(f * 95, f * 95))
    elif pose == "dance":
        d = math.sin(2 * math.pi * 1.2 * t + phase)
        limbs = Limbs(
            arm_l=(-130 + 30 * d, -160 + 40 * d),
            arm_r=(130 + 30 * d, 160 + 40 * d),
            leg_l=(-10 + 20 * d, -10 * max(0, d)),
            leg_r=(10 + 20 * d, 10 * max(0, -d)),
            lift=0.15 * abs(d),
        )
    elif pose == "jump":
        j = abs(math.sin(2 * math.pi * 0.9 * t + phase))
        limbs = Limbs(
            arm_l=(-120 * j, -140 * j), arm_r=(120 * j, 140 * j), leg_l=(-10, 20 * j), leg_r=(10, -20 * j), lift=0.9 * j
        )
    elif pose == "fall":
        k = min(1.0, t / 0.7)
        limbs = Limbs(arm_l=(-60 * k, -80 * k), arm_r=(60 * k, 80 * k), tilt=f * 82 * k * k)
    elif pose in ("lie", "sleep"):
        limbs = Limbs(arm_l=(4, 2), arm_r=(-4, -2), tilt=-90.0 if f > 0 else 90.0)
    elif pose == "eat":
        limbs = _eating(t, f, phase, grip)
    elif pose == "drink":
        limbs = _drinking(t, f, phase)
    elif pose in ("sit_eat", "sit_drink"):  # at a table: seated, the hands eating or drinking
        hands = _eating(t, f, phase, grip) if pose == "sit_eat" else _drinking(t, f, phase)
        limbs = replace(limbs_at("sit", t, facing, phase), reach_l=hands.reach_l, reach_r=hands.reach_r)
    elif pose == "fight":
        p = max(0.0, math.sin(2 * math.pi * 1.5 * t + phase))
        limbs = Limbs(
            arm_l=(f * (60 + 30 * p), f * (100 - 10 * p)),
            arm_r=(f * (70 + 25 * (1 - p)), f * (110 - 30 * (1 - p))),
            leg_l=(-15, -15),
            leg_r=(15, 15),
        )
    elif pose in ("work", "kneel_work", "sit_work", "seated_work"):  # handwork: both hands before the body
        low = {"kneel_work": "kneel", "sit_work": "sit_ground", "seated_work": "sit"}.get(pose)  # on a chair
        base = limbs_at(low, t, facing, phase) if low else Limbs()
        left, right = _handwork(t, f, phase, low is not None)
        limbs = replace(base, arm_l=(0.0, 0.0), arm_r=(0.0, 0.0), reach_l=left, reach_r=right)
    elif pose == "cry_out":
        limbs = Limbs(arm_l=(-125, -150), arm_r=(125, 150))
    elif pose == "hug":  # both arms round the other, who stands close on the facing side
        limbs = Limbs(arm_l=(f * 70, f * 110), arm_r=(f * 60, f * 100))
    elif pose == "give":
        limbs = Limbs(arm_r=(f * 80, f * 88)) if f > 0 else Limbs(arm_l=(f * 80, f * 88))
    elif pose == "fly":
        fl = math.sin(2 * math.pi * 2.0 * t + phase)
        limbs = Limbs(arm_l=(-95 + 35 * fl, -95 + 35 * fl), arm_r=(95 - 35 * fl, 95 - 35 * fl), lift=1.5 + 0.2 * fl)
    elif pose in gestures.POSES:  # bending to set a thing down, a hand at the ear, knocking (gestures.py)
        limbs = Limbs(**gestures.limbs_for(pose, t, f, phase, THIGH, SHIN))
    else:  # stand
        limbs = Limbs()
    if holds == "carried" and pose not in ("lie", "sleep", "fall", "swim"):
        limbs = replace(limbs, arm_l=(-155, -178), arm_r=(155, 178))  # both hands steady a load on the head
    elif holds == "held" and pose in ("stand", "walk", "run", "kneel", "sit", "sit_ground", "ride"):
        limbs = _holding(limbs, f, grip)
    elif holds == "given":
        limbs = replace(limbs, arm_r=(f * 80, f * 88)) if f > 0 else replace(limbs, arm_l=(f * 80, f * 88))
    return limbs


def _handwork(t: float, f: int, phase: float, low: bool) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where the two hands are as they work a thing held before the body (peeling, sewing, kneading,
    chopping): side by side before the belly, a little lower and further out when kneeling or seated (the
    thing on the ground or the lap), each forearm going round a small circle, the two out of step."""
    a = 2 * math.pi * 1.6 * t + phase
    x, y = (0.75, 1.55) if low else (0.6, 1.45)
    r = 0.16
    near = (f * (x + 0.2) + r * math.cos(a), y + r * math.sin(a))  # the hand on the facing side
    far = (f * (x - 0.2) - r * math.cos(a), y - r * math.sin(a))
    return (far, near) if f > 0 else (near, far)  # the hands on the screen's left and right


def _eating(t: float, f: int, phase: float, grip: str) -> Limbs:
    """The hand on the facing side goes to the mouth and back, a bite a second and a half; with a bowl the
    other hand holds it before the chest and the eating hand dips into it."""
    k = 0.5 - 0.5 * math.cos(2 * math.pi * 0.7 * t + phase)  # 0 at rest, 1 at the mouth
    k = min(1.0, 1.25 * k)  # a moment held at the mouth
    low = (f * 0.25, 1.15) if grip == "two_hands" else (f * 0.75, 1.5)
    hand = (low[0] + (f * MOUTH[0] - low[0]) * k, low[1] + (MOUTH[1] - low[1]) * k)
    bowl = (-f * 0.15, 1.25) if grip == "two_hands" else None
    if f > 0:
        return Limbs(reach_r=hand, reach_l=bowl)
    return Limbs(reach_l=hand, reach_r=bowl)


def _drinking(t: float, f: int, phase: float) -> Limbs:
    """The hand on the facing side holds the cup at the mouth, tipping it a little as one swallows."""
    sip = 0.04 * math.sin(2 * math.pi * 0.5 * t + phase)
    hand = (f * (MOUTH[0] + 0.1), MOUTH[1] + 0.12 + sip)
    return Limbs(reach_r=hand) if f > 0 else Limbs(reach_l=hand)


def _holding(limbs: Limbs, f: int, grip: str) -> Limbs:
    """Arms for a held thing: a bowl in both hands before the belly, a basket hung on a forearm held
    across, a stick planted beside, anything else in the hand on the facing side."""
    if grip == "two_hands":
        return replace(limbs, arm_l=(0.0, 0.0), arm_r=(0.0, 0.0), reach_l=(-0.4, 1.55), reach_r=(0.4, 1.55))
    arm = {"arm": (f * 12, f * 95), "staff": (f * 30, f * 60)}.get(grip, (f * 35, f * 85))
    return replace(limbs, arm_r=arm) if f > 0 else replace(limbs, arm_l=arm)


def _reach(shoulder: tuple[float, float], target: tuple[float, float], b: float) -> tuple[float, float]:
    """The elbow of an arm from `shoulder` whose hand is at `target` (as near as the arm reaches), bent
    down and outwards as an arm hangs."""
    l1, l2 = UPPER_ARM * b, FOREARM * b
    dx, dy = target[0] - shoulder[0], target[1] - shoulder[1]
    d = min(max(math.hypot(dx, dy), abs(l1 - l2) + 1e-3), l1 + l2 - 1e-3)
    base = math.atan2(dy, dx)
    bend = math.acos(max(-1.0, min(1.0, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))))
    elbows = [
        (shoulder[0] + l1 * math.cos(base + s * bend), shoulder[1] + l1 * math.sin(base + s * bend)) for s in (1, -1)
    ]
    out = 1 if shoulder[0] >= target[0] else -1  # the elbow on the arm's own side
    return max(elbows, key=lambda e: e[1] + 0.5 * out * (e[0] - shoulder[0]))


def _arm(
    rig: Rig, x: float, ny: float, side: int, limbs: Limbs
) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
    """Shoulder, elbow and hand of the arm on the screen's left (side -1) or right (+1)."""
    b = figure.body_unit(rig.look, rig.unit)
    half = 1.1 * rig.look.build * b
    shoulder = (x + side * half * 0.82, ny + SHOULDER_BELOW_NECK * b)
    reach = limbs.reach_l if side < 0 else limbs.reach_r
    if reach is not None:
        target = (x + reach[0] * b, ny + reach[1] * b)
        elbow = _reach(shoulder, target, b)
        dx, dy = target[0] - elbow[0], target[1] - elbow[1]
        scale = FOREARM * b / max(1e-6, math.hypot(dx, dy))
        return shoulder, elbow, (elbow[0] + dx * scale, elbow[1] + dy * scale)
    upper, lower = limbs.arm_l if side < 0 else limbs.arm_r
    elbow = _end(*shoulder, upper, UPPER_ARM * b)
    return shoulder, elbow, _end(*elbow, lower, FOREARM * b)


def _end(x: float, y: float, angle: float, length: float) -> tuple[float, float]:
    a = math.radians(angle)
    return x + math.sin(a) * length, y + math.cos(a) * length


@dataclass(frozen=True)
class Joints:
    neck: tuple[float, float]
    hands: tuple[tuple[float, float], tuple[float, float]]  # screen-left arm's hand, screen-right's
    head_top: tuple[float, float]
    hips: tuple[float, float]


def neck_for(rig: Rig, feet_y: float, limbs: Limbs) -> float:
    b = figure.body_unit(rig.look, rig.unit)
    return feet_y - (STANDING_HEIGHT - limbs.drop + limbs.lift) * b


def joints(rig: Rig, x: float, feet_y: float, limbs: Limbs) -> Joints:
    b = figure.body_unit(rig.look, rig.unit)
    ny = neck_for(rig, feet_y, limbs)
    hands = [_arm(rig, x, ny, side, limbs)[2] for side in (-1, 1)]
    top = ny - (figure.NECK_TO_FACE + 0.55) * rig.unit
    return Joints((x, ny), (hands[0], hands[1]), (x, top), (x, ny + HIP_BELOW_NECK * b))


def _line(
    frame: np.ndarray, a: tuple[float, float], b: tuple[float, float], colour: tuple[int, int, int], width: float
) -> None:
    w = max(1, int(round(width)))
    cv2.line(frame, (int(a[0] * 4), int(a[1] * 4)), (int(b[0] * 4), int(b[1] * 4)), colour, w, cv2.LINE_AA, 2)


def _dot(frame: np.ndarray, c: tuple[float, float], r: float, colour: tuple[int, int, int]) -> None:
    cv2.circle(frame, (int(c[0] * 4), int(c[1] * 4)), max(1, int(r * 4)), colour, -1, cv2.LINE_AA, 2)


def draw_figure(
    frame: np.ndarray,
    rig: Rig,
    x: float,
    feet_y: float,
    limbs: Limbs,
    *,
    eyes: str = "open",
    gaze: int = 0,
    mouth: tuple[str, float] = ("rest", 0.0),
    expression: str | None = None,
    t: float = 0.0,
    turn: float = 0.0,
) -> Joints:
    """Draw the whole figure standing on `feet_y` at `x`, in place; returns where its joints are. `turn`
    (0 to 1) turns the face towards `gaze`: its eyes and mouth shifted that way, as a head half turned to
    someone beside them (animation/touching.py), not to the camera."""
    if abs(limbs.tilt) > 1:
        return _draw_tilted(
            frame, rig, x, feet_y, limbs, eyes=eyes, expression=expression, t=t, gaze=gaze if turn else 0, turn=turn
        )
    look, u = rig.look, rig.unit
    b = figure.body_unit(look, u)
    j = joints(rig, x, feet_y, limbs)
    nx, ny = j.neck
    half = 1.1 * look.build * b
    cloth = lit(rgb(look.attire_color), rig.light)
    trousers = shade(rgb(look.attire_color), 0.45)
    if look.attire in ("suit", "jacket", "hoodie"):
        trousers = shade(rgb(look.attire_color), 0.6)
    skin = lit(rgb(look.skin), rig.light)
    shoe = garments.shoe_colour(look, skin)  # bare feet in skin
    if limbs.legs:
        for side, (thigh, shin) in ((-1, limbs.leg_l), (1, limbs.leg_r)):
            hip = (nx + side * 0.42 * b, ny + HIP_BELOW_NECK * b)
            knee = _end(*hip, thigh, THIGH * b)
            foot = _end(*knee, shin, SHIN * b)
            leg_colour = skin if bare_legs(look) else trousers
            _line(frame, hip, knee, leg_colour, 0.52 * b)
            _line(frame, knee, foot, leg_colour, 0.46 * b)
            toe = (foot[0] + (0.22 * b if side > 0 else -0.22 * b) * (1 if abs(thigh) < 60 else 0.3), foot[1])
            _line(frame, foot, toe, shoe, 0.3 * b)
    knees = (HIP_BELOW_NECK + THIGH * (1.3 if limbs.drop < 0.5 else 0.4)) * b
    if limbs.legs:  # a cloak's or a coat's skirts, behind the body
        hem = knees + (0.5 * b if look.outer == "cloak" else 0.0)  # a cloak to the shins, a coat to the knees
        garments.draw_hanging(frame, look, rig.light, nx, ny, b, half, hem)
    if rig.wings is not None:  # an angel's or a fairy's, behind everything of it
        blit(frame, rig.wings, nx, ny)
    if rig.long_hair is not None:
        fx, fy = nx, ny - figure.NECK_TO_FACE * u
        blit(frame, rig.long_hair, fx, fy)
    blit(frame, rig.body, nx, ny)
    if skirted(look) and limbs.legs:
        top, bottom = (
            ny + (HIP_BELOW_NECK - 0.3) * b,
            ny + (HIP_BELOW_NECK + THIGH * (0.9 if limbs.drop < 0.5 else 0.4 if limbs.drop < SEATED else 0.1)) * b,
        )
        flare = half * (1.25 if limbs.drop < 0.5 else 1.6)
        pts = np.array([[nx - half * 0.95, top], [nx + half * 0.95, top], [nx + flare, bottom], [nx - flare, bottom]])
        cv2.fillPoly(frame, [np.round(pts * 4).astype(np.int32)], cloth, cv2.LINE_AA, 2)
    if limbs.legs:
        garments.draw_apron_skirt(frame, look, rig.light, nx, ny, b, half, knees)
    sleeve = garments.sleeve_colour(look, cloth, rig.light)  # a shade darker: an arm shows on the body
    for side in (-1, 1):
        shoulder, elbow, hand = _arm(rig, nx, ny, side, limbs)
        _line(frame, shoulder, elbow, sleeve, 0.5 * b)
        _line(frame, elbow, hand, sleeve, 0.42 * b)
        _dot(frame, hand, 0.2 * b, skin)
    garments.draw_stick(frame, look, j.hands[1], feet_y, b, limbs.legs and limbs.drop < 0.5 and limbs.reach_r is None)
    if limbs.palms:  # two hands pressed together, fingers up
        mx, my = (j.hands[0][0] + j.hands[1][0]) / 2, (j.hands[0][1] + j.hands[1][1]) / 2
        cv2.ellipse(
            frame,
            (int(mx * 4), int((my - 0.15 * b) * 4)),
            (int(0.13 * b * 4), int(0.34 * b * 4)),
            0,
            0,
            360,
            skin,
            -1,
            cv2.LINE_AA,
            2,
        )
    _draw_head(frame, rig, nx, ny, eyes=eyes, gaze=gaze, mouth=mouth, expression=expression, t=t, turn=turn)
    return j


def _draw_head(
    frame: np.ndarray,
    rig: Rig,
    nx: float,
    ny: float,
    *,
    eyes: str,
    gaze: int,
    mouth: tuple[str, float],
    expression: str | None,
    t: float,
    turn: float = 0.0,
) -> None:
    u = rig.unit
    shake = 0.03 * u * math.sin(2 * math.pi * 11 * t) if expression == "fear" else 0.0
    fx, fy = nx + shake, ny - figure.NECK_TO_FACE * u
    blit(frame, rig.head, fx, fy)
    fx += gaze * turn * HEAD_TURN * u  # the features of a face half turned: eyes, mouth and brows that way
    if expression in ("sleep",) or eyes == "closed":
        eyes = "closed"
    blit(frame, rig.eyes[(eyes, gaze if eyes == "open" else 0)], fx, fy + figure.EYES_Y * u)
    shape, openness = mouth
    if openness <= 0.05 and expression in ("surprise", "fear"):
        shape, openness = "O", 0.7
    if openness <= 0.05 and expression == "laugh":
        shape, openness = "AI", 0.55 + 0.3 * abs(math.sin(2 * math.pi * 3 * t))
    if openness <= 0.05 and expression in ("smile", "happy", "sad", "cry", "anger"):
        _mouth_curve(frame, rig, fx, fy, expression)
    else:
        level = int(round(openness * (MOUTH_LEVELS - 1)))
        blit(frame, rig.mouth(shape, level), fx, fy + figure.MOUTH_Y * u)
    _brows(frame, rig, fx, fy, expression)
    if expression in ("cry", "sad") and expression == "cry":
        for side in (-1, 1):
            k = (t * 0.9 + (0.5 if side > 0 else 0.0)) % 1.0
            _dot(frame, (fx + side * 0.2 * u, fy + (0.05 + 0.35 * k) * u), 0.045 * u, (120, 180, 235))
    if expression == "sleep":
        for k in range(2):
            rise = (t * 0.5 + k * 0.5) % 1.0
            size = 0.25 * u * (0.6 + 0.4 * k)
            org = (int(fx + (0.55 + 0.3 * rise) * u), int(fy - (0.5 + 0.6 * rise) * u))
            cv2.putText(
                frame,
                "z",
                org,
                cv2.FONT_HERSHEY_SIMPLEX,
                max(0.3, size / 22),
                (250, 250, 250),
                max(1, int(u / 25)),
                cv2.LINE_AA,
            )


def _mouth_curve(frame: np.ndarray, rig: Rig, fx: float, fy: float, expression: str) -> None:
    u = rig.unit
    cx, cy = fx, fy + figure.MOUTH_Y * u
    lip = (120, 40, 45)
    width = 0.17 * u
    if expression in ("smile", "happy"):
        cv2.ellipse(
            frame,
            (int(cx * 4), int((cy - 0.05 * u) * 4)),
            (int(width * 4), int(0.09 * u * 4)),
            0,
            15,
            165,
            lip,
            max(1, int(0.035 * u)),
            cv2.LINE_AA,
            2,
        )
    elif expression in ("sad", "cry"):
        cv2.ellipse(
            frame,
            (int(cx * 4), int((cy + 0.06 * u) * 4)),
            (int(width * 0.8 * 4), int(0.07 * u * 4)),
            0,
            200,
            340,
            lip,
            max(1, int(0.035 * u)),
            cv2.LINE_AA,
            2,
        )
    else:  # anger: a tight straight mouth
        _line(frame, (cx - width * 0.8, cy), (cx + width * 0.8, cy), lip, 0.04 * u)


def _brows(frame: np.ndarray, rig: Rig, fx: float, fy: float, expression: str | None) -> None:
    if expression not in ("anger", "fear", "surprise", "sad", "cry"):
        return
    u = rig.unit
    colour = shade(rgb(rig.look.hair_color), 0.7)
    for side in (-1, 1):
        bx = fx + side * 0.18 * u
        if expression == "anger":  # inner ends down
            a, b = (bx - side * 0.09 * u, fy - 0.1 * u), (bx + side * 0.09 * u, fy - 0.19 * u)
        elif expression == "surprise":
            a, b = (bx - 0.09 * u, fy - 0.22 * u), (bx + 0.09 * u, fy - 0.22 * u)
        else:  # fear, sorrow: inner ends up
            a, b = (bx - side * 0.09 * u, fy - 0.22 * u), (bx + side * 0.09 * u, fy - 0.14 * u)
        _line(frame, a, b, colour, 0.045 * u)


def _draw_tilted(
    frame: np.ndarray,
    rig: Rig,
    x: float,
    feet_y: float,
    limbs: Limbs,
    *,
    eyes: str,
    expression: str | None,
    t: float,
    gaze: int = 0,
    turn: float = 0.0,
) -> Joints:
    """A figure turned about its feet (falling, lying): drawn upright once per angle, then rotated, its
    lowest part on the ground; one lying flat (90 degrees) is centred on `x`, so it lies where it stood."""
    angle = int(round(limbs.tilt / 5.0) * 5)
    eyes = "closed" if expression == "sleep" else eyes
    shown = expression if expression != "sleep" else None
    sprite = _tilted_sprite(rig, replace(limbs, tilt=0.0), angle, eyes, shown, gaze, turn)
    blit(frame, sprite, x, feet_y)
    u = rig.unit
    b = figure.body_unit(rig.look, u)
    along = (STANDING_HEIGHT * b + figure.NECK_TO_FACE * u) * (1 if angle > 0 else -1)  # feet to face
    feet_x = x - sprite.ox + sprite.feet_x if isinstance(sprite, _Turned) else x
    head = (feet_x + along * math.sin(math.radians(abs(angle))), feet_y - abs(along) * math.cos(math.radians(angle)))
    if expression == "sleep":
        rise = (t * 0.5) % 1.0
        cv2.putText(
            frame,
            "z",
            (int(head[0]), int(head[1] - (1.5 + 0.8 * rise) * u)),
            cv2.FONT_HERSHEY_SIMPLEX,
            max(0.45, u / 40),
            (250, 250, 250),
            max(1, int(u / 25)),
            cv2.LINE_AA,
        )
    hand = ((feet_x + head[0]) / 2, feet_y - 0.6 * b)  # by the body's side, half way along
    return Joints((x, feet_y - b), (hand, hand), head, (x, feet_y))


@dataclass(frozen=True)
class _Turned(Sprite):
    feet_x: int = 0  # where the feet are in the sprite, when its anchor is not there


def _tilted_sprite(
    rig: Rig, limbs: Limbs, angle: int, eyes: str, expression: str | None, gaze: int = 0, turn: float = 0.0
) -> Sprite:
    key = (angle, eyes, expression, limbs, gaze, turn)
    if key in rig.tilted:
        return rig.tilted[key]
    u = rig.unit
    b = figure.body_unit(rig.look, u)
    tall = (STANDING_HEIGHT + 0.3) * b + (figure.NECK_TO_FACE + 0.7) * u
    side = int(tall * 2.2) + 8
    cx, feet = side / 2, side / 2
    planes = []
    for bg in (0, 255):
        canvas = np.full((side, side, 3), bg, np.uint8)
        draw_figure(canvas, rig, cx, feet, limbs, eyes=eyes, expression=expression, gaze=gaze, turn=turn)
        planes.append(canvas.astype(np.float32))
    black, white = planes
    alpha = np.clip(1.0 - (white - black).mean(axis=2) / 255.0, 0.0, 1.0)
    colour = np.where(alpha[..., None] > 0.01, black / np.maximum(alpha[..., None], 0.01), 0)
    rgba = np.dstack([np.clip(colour, 0, 255), alpha * 255]).astype(np.uint8)
    matrix = cv2.getRotationMatrix2D((cx, feet), -angle, 1.0)
    turned = cv2.warpAffine(rgba, matrix, (side, side), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0, 0))
    from PIL import Image

    rows = np.nonzero((turned[..., 3] > 128).any(axis=1))[0]
    cols = np.nonzero((turned[..., 3] > 128).any(axis=0))[0]
    ground = max(feet, float(rows.max())) if rows.size else feet  # the lowest part rests on the ground
    across = (cols.min() + cols.max()) / 2 if cols.size and abs(angle) >= 90 else cx
    plain = Sprite.from_image(Image.fromarray(turned, "RGBA"), (across, ground))
    sprite = _Turned(**{f: getattr(plain, f) for f in plain.__dataclass_fields__}, feet_x=int(round(cx)))
    if len(rig.tilted) > 64:
        rig.tilted.clear()
    rig.tilted[key] = sprite
    return sprite


@lru_cache(maxsize=1)
def figure_height_units() -> float:
    """A standing adult's height from feet to the top of the head, in head units (head_scale 1)."""
    return STANDING_HEIGHT + figure.NECK_TO_FACE + 0.55
