"""An animal that stands stands on all its feet. Some whole icons are drawn in action (the set's horse
gallops with its forelegs up): as it is, a horse that only stands by a fence looks as if it reared. Standing,
such a picture is turned until its lowest fore and hind points are on one ground line, so the body is level.
Which icons are drawn in action is data, as in animal_bodies.py: a measure would also turn a dog that walks
with a paw raised."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

IN_ACTION = frozenset({"horse", "donkey"})  # icons whose picture is an action, not a stance
BUCKING = frozenset({"donkey"})  # icons drawn kicking: level whenever they walk, stand or are ridden
LEVEL_ENOUGH = 0.04  # feet this share of the height apart already stand on one line
MOST_TURN = 35.0  # degrees turned at most
_END = 1 / 3  # the fore and hind feet are the lowest points of the picture's outer thirds


def tilt(image: Image.Image) -> float:
    """How many degrees the picture must turn clockwise to bring its fore and hind feet onto one line."""
    solid = np.asarray(image.convert("RGBA"))[..., 3] > 128
    h, w = solid.shape
    drawn = np.nonzero(solid.any(axis=0))[0]
    if drawn.size < 3 or h < 4:
        return 0.0
    lowest = np.where(solid.any(axis=0), h - 1 - np.argmax(solid[::-1], axis=0), -1)
    left_end, right_end = drawn[0], drawn[-1]
    span = right_end - left_end
    left = np.arange(left_end, left_end + max(1, int(_END * span)))
    right = np.arange(right_end - max(1, int(_END * span)) + 1, right_end + 1)
    xl, xr = left[np.argmax(lowest[left])], right[np.argmax(lowest[right])]
    yl, yr = lowest[xl], lowest[xr]
    if abs(yl - yr) < LEVEL_ENOUGH * h or xr <= xl:
        return 0.0
    angle = math.degrees(math.atan2(yl - yr, xr - xl))  # > 0: the right foot is the higher
    return max(-MOST_TURN, min(MOST_TURN, angle))


def standing(key: str, image: Image.Image) -> Image.Image:
    """The RGBA picture of `key` turned to stand level on its feet, cropped to what it shows."""
    angle = tilt(image) if key in IN_ACTION else 0.0
    if angle == 0.0:
        return image
    turned = image.convert("RGBA").rotate(-angle, resample=Image.Resampling.BICUBIC, expand=True)
    box = turned.getbbox()
    return turned.crop(box) if box else image


WALK_ROCK = (0.0, 3.0, 0.0, -3.0)  # degrees: a walking picture tips onto its fore feet and back, step by step


def rocking(image: Image.Image) -> list[Image.Image]:
    """A whole picture walking: tipped a little forward and back about its feet, each step cropped so its
    lowest point is its foot line (the feet stay on the ground; a hop would lift them off it)."""
    rgba = image.convert("RGBA")
    steps = []
    for angle in WALK_ROCK:
        turned = rgba.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True) if angle else rgba
        box = turned.getbbox()
        steps.append(turned.crop(box) if box else turned)
    return steps
