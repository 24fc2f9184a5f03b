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

from filmstudio.animation import figure
from filmstudio.animation.faces import MOUTH_LEVELS
from filmstudio.animation.palette import lit, rgb, shade
from filmstudio.animation.rig import Rig
from filmstudio.animation.sprite import Sprite, blit

UPPER_ARM, FOREARM, THIGH, SHIN = 1.05, 1.0, 1.35, 1.3
HIP_BELOW_NECK = 2.45
SHOULDER_BELOW_NECK = 0.35
STANDING_HEIGHT = HIP_BELOW_NECK + THIGH + SHIN + 0.1  # neck base above the feet, in b
SKIRTED = {"dress", "saree", "robe"}
# verb classes drawn as another's pose
POSE_OF = {
    "go": "walk",
    "arrive": "walk",
    "sell_buy": "give",
    "take": "give",
    "play": "dance",
    "hide": "kneel",
    "pray": "kneel_pray",
    "cook": "work",
    "look": "stand",
    "sing": "stand",
    "cry_out": "cry_out",
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


def pose_of(verb: str) -> str:
    return POSE_OF.get(verb, verb)


def limbs_at(verb: str, t: float, facing: int = 1, phase: float = 0.0, holds: str | None = None) -> Limbs:
    """The figure's limbs for a verb class `t` seconds into its moment. `facing` is +1 (to the right) or
    -1; `holds` is how it holds a thing: "held" in a hand, "carried" on the head, "given" held out."""
    f = facing
    pose = pose_of(verb)
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
            arm_l=(f * 25, f * 70), arm_r=(f * 20, f * 75), leg_l=(f * 88, 0), leg_r=(f * 92, 0), drop=THIGH * 0.95
        )
    elif pose in ("kneel", "kneel_pray"):
        arms = ((35, 130), (-35, -130)) if pose == "kneel_pray" else ((10, 20), (-10, -20))
        limbs = Limbs(arm_l=arms[0], arm_r=arms[1], leg_l=(f * 10, -f * 90), leg_r=(f * 5, -f * 88), drop=SHIN * 0.9)
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
        e = math.sin(2 * math.pi * 0.7 * t + phase)
        limbs = Limbs(arm_r=(-30 - 10 * e, -150 - 25 * e) if f < 0 else (30 + 10 * e, 150 + 25 * e))
    elif pose == "fight":
        p = max(0.0, math.sin(2 * math.pi * 1.5 * t + phase))
        limbs = Limbs(
            arm_l=(f * (60 + 30 * p), f * (100 - 10 * p)),
            arm_r=(f * (70 + 25 * (1 - p)), f * (110 - 30 * (1 - p))),
            leg_l=(-15, -15),
            leg_r=(15, 15),
        )
    elif pose == "work":
        w = math.sin(2 * math.pi * 1.0 * t + phase)
        limbs = Limbs(arm_l=(f * (60 + 40 * w), f * (80 + 40 * w)), arm_r=(f * (55 + 40 * w), f * (75 + 40 * w)))
    elif pose == "cry_out":
        limbs = Limbs(arm_l=(-125, -150), arm_r=(125, 150))
    elif pose == "hug":
        limbs = Limbs(arm_l=(40, 100), arm_r=(-40, -100))
    elif pose == "give":
        limbs = Limbs(arm_r=(f * 80, f * 88)) if f > 0 else Limbs(arm_l=(f * 80, f * 88))
    elif pose == "fly":
        fl = math.sin(2 * math.pi * 2.0 * t + phase)
        limbs = Limbs(arm_l=(-95 + 35 * fl, -95 + 35 * fl), arm_r=(95 - 35 * fl, 95 - 35 * fl), lift=1.5 + 0.2 * fl)
    else:  # stand
        limbs = Limbs()
    if holds == "carried" and pose not in ("lie", "sleep", "fall", "swim"):
        limbs = replace(limbs, arm_l=(-155, -178), arm_r=(155, 178))  # both hands steady a load on the head
    elif holds == "held" and pose in ("stand", "walk", "run", "kneel", "sit", "ride"):
        limbs = replace(limbs, arm_r=(f * 35, f * 85)) if f > 0 else replace(limbs, arm_l=(f * 35, f * 85))
    elif holds == "given":
        limbs = replace(limbs, arm_r=(f * 80, f * 88)) if f > 0 else replace(limbs, arm_l=(f * 80, f * 88))
    return limbs


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
    half = 1.1 * rig.look.build * b
    hands = []
    for side, (upper, lower) in ((-1, limbs.arm_l), (1, limbs.arm_r)):
        sx, sy = x + side * half * 0.82, ny + SHOULDER_BELOW_NECK * b
        ex, ey = _end(sx, sy, upper, UPPER_ARM * b)
        hands.append(_end(ex, ey, lower, FOREARM * b))
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
) -> Joints:
    """Draw the whole figure standing on `feet_y` at `x`, in place; returns where its joints are."""
    if abs(limbs.tilt) > 1:
        return _draw_tilted(frame, rig, x, feet_y, limbs, eyes=eyes, expression=expression, t=t)
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
    shoe = (38, 30, 26)
    if limbs.legs:
        for side, (thigh, shin) in ((-1, limbs.leg_l), (1, limbs.leg_r)):
            hip = (nx + side * 0.42 * b, ny + HIP_BELOW_NECK * b)
            knee = _end(*hip, thigh, THIGH * b)
            foot = _end(*knee, shin, SHIN * b)
            leg_colour = skin if look.attire in SKIRTED else trousers
            _line(frame, hip, knee, leg_colour, 0.52 * b)
            _line(frame, knee, foot, leg_colour, 0.46 * b)
            toe = (foot[0] + (0.22 * b if side > 0 else -0.22 * b) * (1 if abs(thigh) < 60 else 0.3), foot[1])
            _line(frame, foot, toe, shoe, 0.3 * b)
    if rig.long_hair is not None:
        fx, fy = nx, ny - figure.NECK_TO_FACE * u
        blit(frame, rig.long_hair, fx, fy)
    blit(frame, rig.body, nx, ny)
    if look.attire in SKIRTED and limbs.legs:
        top, bottom = (
            ny + (HIP_BELOW_NECK - 0.3) * b,
            ny + (HIP_BELOW_NECK + THIGH * (0.9 if limbs.drop < 0.5 else 0.4)) * b,
        )
        flare = half * (1.25 if limbs.drop < 0.5 else 1.6)
        pts = np.array([[nx - half * 0.95, top], [nx + half * 0.95, top], [nx + flare, bottom], [nx - flare, bottom]])
        cv2.fillPoly(frame, [np.round(pts * 4).astype(np.int32)], cloth, cv2.LINE_AA, 2)
    for side, (upper, _lower), hand in ((-1, limbs.arm_l, j.hands[0]), (1, limbs.arm_r, j.hands[1])):
        sx, sy = nx + side * half * 0.82, ny + SHOULDER_BELOW_NECK * b
        elbow = _end(sx, sy, upper, UPPER_ARM * b)
        _line(frame, (sx, sy), elbow, cloth, 0.5 * b)
        _line(frame, elbow, hand, cloth, 0.42 * b)
        _dot(frame, hand, 0.2 * b, skin)
    _draw_head(frame, rig, nx, ny, eyes=eyes, gaze=gaze, mouth=mouth, expression=expression, t=t)
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
) -> None:
    u = rig.unit
    shake = 0.03 * u * math.sin(2 * math.pi * 11 * t) if expression == "fear" else 0.0
    fx, fy = nx + shake, ny - figure.NECK_TO_FACE * u
    blit(frame, rig.head, fx, fy)
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
    frame: np.ndarray, rig: Rig, x: float, feet_y: float, limbs: Limbs, *, eyes: str, expression: str | None, t: float
) -> Joints:
    """A figure turned about its feet (falling, lying): drawn upright once per angle, then rotated."""
    angle = int(round(limbs.tilt / 5.0) * 5)
    eyes = "closed" if expression == "sleep" or abs(angle) >= 85 else eyes
    sprite = _tilted_sprite(rig, replace(limbs, tilt=0.0), angle, eyes, expression if expression != "sleep" else None)
    blit(frame, sprite, x, feet_y)
    if expression == "sleep":
        u = rig.unit
        head_x = x + (-1 if angle > 0 else 1) * (
            STANDING_HEIGHT * figure.body_unit(rig.look, u) + figure.NECK_TO_FACE * u
        )
        rise = (t * 0.5) % 1.0
        cv2.putText(
            frame,
            "z",
            (int(head_x), int(feet_y - (0.8 + 0.8 * rise) * u)),
            cv2.FONT_HERSHEY_SIMPLEX,
            max(0.3, u / 70),
            (250, 250, 250),
            max(1, int(u / 25)),
            cv2.LINE_AA,
        )
    b = figure.body_unit(rig.look, rig.unit)
    return Joints((x, feet_y - b), ((x, feet_y), (x, feet_y)), (x, feet_y - 2 * b), (x, feet_y))


def _tilted_sprite(rig: Rig, limbs: Limbs, angle: int, eyes: str, expression: str | None) -> Sprite:
    key = (angle, eyes, expression, limbs)
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
        draw_figure(canvas, rig, cx, feet, limbs, eyes=eyes, expression=expression)
        planes.append(canvas.astype(np.float32))
    black, white = planes
    alpha = np.clip(1.0 - (white - black).mean(axis=2) / 255.0, 0.0, 1.0)
    colour = np.where(alpha[..., None] > 0.01, black / np.maximum(alpha[..., None], 0.01), 0)
    rgba = np.dstack([np.clip(colour, 0, 255), alpha * 255]).astype(np.uint8)
    matrix = cv2.getRotationMatrix2D((cx, feet), -angle, 1.0)
    turned = cv2.warpAffine(rgba, matrix, (side, side), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0, 0))
    from PIL import Image

    sprite = Sprite.from_image(Image.fromarray(turned, "RGBA"), (cx, feet))
    if len(rig.tilted) > 64:
        rig.tilted.clear()
    rig.tilted[key] = sprite
    return sprite


@lru_cache(maxsize=1)
def figure_height_units() -> float:
    """A standing adult's height from feet to the top of the head, in head units (head_scale 1)."""
    return STANDING_HEIGHT + figure.NECK_TO_FACE + 0.55
