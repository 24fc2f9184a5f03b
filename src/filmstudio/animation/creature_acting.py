"""Animals and sky beings acting as their verb says, as the staging draws them (animation/staged.py): one
that swims, dives or floats, and one that lives in water (a dolphin, a fish) whatever it does, is in the
picture's water, its lower part under the surface; one that flies beats its wings up in the air (its
picture squashed and stretched, the cut-out's wingbeat); one that speaks shows it (a sky face opens its
mouth with the line's visemes, an animal stretches up with its words, as a cut-out's head bobs)."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from filmstudio.animation.sprite import Sprite

# the animals whose life is in the water: drawn in it whatever they do (a dolphin that speaks is not on the sand)
AQUATIC = frozenset({"dolphin", "fish", "tropical_fish", "shark", "whale", "octopus", "shrimp"})
# the waterfowl: afloat wherever they stay put in a picture of water (a duck on its pond quacks from it)
FLOATERS = frozenset({"duck", "swan"})
# the animals that fly (an emoji's bird, bat or insect): up in the air when they go, beating their wings
WINGED = frozenset(
    {"crow", "bird", "eagle", "owl", "dove", "parrot", "bat", "butterfly", "bee", "duck", "swan", "peacock"}
    | {"dragon", "mosquito", "ladybug", "flamingo"}
)
# where the water's surface a swimmer is in lies, as a share of the frame's height, in pictures whose water
# is not under the front figures' feet (engines/image/settings/nature.py): a river between its banks
# (RIVER_FAR_BANK .. RIVER_NEAR_BANK), a beach's sea before its sand (from the horizon, 0.5 to 0.6, to
# 0.675 at the least), a pool behind its deck
SURFACE = {"river": 0.64, "beach": 0.645, "swimming_pool": 0.7}
# pictures whose water is where the front figures stand: the sea to the frame's foot, a pond's, a swamp's
WATER_AT_FEET = frozenset({"sea", "pond", "swamp", "ship_deck"})
SUNK = 0.22  # how much of a floating swimmer (a duck, an otter) is under the surface
SUNK_AQUATIC = 0.4  # of a fish or a dolphin, its back and fin above the water
DIVE = 0.75  # how far under a diver goes over its shot, in its own heights
# the words of diving (en, es, fr, de, it, pt): the swimmer goes under as the shot plays
DIVING_STEMS = ("div", "dove", "zambull", "plong", "taucht", "tauch", "tuff", "mergulh", "nyr")
WINGBEAT = (1.0, 0.84, 0.68, 0.84)  # a flyer's picture's height through a wingbeat, as shares of its own
POOL_BLUE = np.array((70, 135, 185), np.float32)  # water painted where a picture has none
TALK_LEVELS = 4  # how many mouth openings a speaking sky face or animal is drawn with


def in_water(key: str, pose: str, setting: str = "") -> bool:
    """The animal is drawn in water: it swims (or dives, or floats), the water is where it lives, or it is
    a duck that stays put where the picture is water."""
    if pose == "swim" or key in AQUATIC:
        return True
    return (
        key in FLOATERS
        and pose in ("stand", "sit", "sleep", "eat")
        and (setting in SURFACE or setting in WATER_AT_FEET)
    )


def surface(setting: str, ground: float, h: int) -> float | None:
    """Where the water's surface is in the picture (pixels from its top) for a swimmer; None where the
    picture paints no water (the staging lays a pool there, `pool`)."""
    if setting in SURFACE:
        return SURFACE[setting] * h
    return ground if setting in WATER_AT_FEET else None


def sunk(key: str) -> float:
    """How much of the animal's height is under the surface."""
    return SUNK_AQUATIC if key in AQUATIC else SUNK


def dives(verb_words: list[str]) -> bool:
    return any(w.lower().split()[0].startswith(DIVING_STEMS) for w in verb_words if w.strip())


def pool(plate: np.ndarray, x0: float, x1: float, line: float, width: float, depth: float) -> np.ndarray:
    """The picture with a pool of water laid on it where a swimmer is and goes (a fish that speaks in a
    village, a duck swimming in a picture without water): a flat ellipse, in the picture's light."""
    out = plate.copy()
    mask = np.zeros(out.shape[:2], np.uint8)
    cx, cy = int(round((x0 + x1) / 2)), int(round(line + 0.3 * depth))
    axes = (int(round(abs(x1 - x0) / 2 + 0.9 * width)), int(round(max(4.0, 0.75 * depth))))
    cv2.ellipse(mask, (cx, cy), axes, 0, 0, 360, 255, -1, cv2.LINE_AA)
    light = float(plate.mean()) / 128.0  # a night picture is darker: so is its water
    colour = np.clip(POOL_BLUE * min(1.2, max(0.35, light)), 0, 255)
    a = (mask.astype(np.float32) / 255.0)[..., None] * 0.9
    out[:] = (out.astype(np.float32) * (1 - a) + colour * a).astype(np.uint8)
    rim = (cx, cy), axes
    cv2.ellipse(
        out, rim[0], rim[1], 0, 0, 360, tuple(int(c) for c in colour * 0.7), max(1, int(depth / 20)), cv2.LINE_AA
    )
    return out


def ripple(frame: np.ndarray, x: float, line: float, width: float, t: float) -> None:
    """The near half of a ring of light on the water round a swimmer's body where it meets the surface
    (the far half is behind it), widening and narrowing a little."""
    grow = 1.0 + 0.08 * np.sin(2 * np.pi * 0.8 * t)
    axes = (max(2, int(0.55 * width * grow)), max(1, int(0.05 * width)))
    thick = max(1, int(width / 90))
    cv2.ellipse(frame, (int(x), int(line)), axes, 0, 0, 180, (215, 232, 245), thick, cv2.LINE_AA)


def _rgba(sprite: Sprite) -> Image.Image:
    alpha = sprite.core.astype(np.uint8) * 255
    alpha[sprite.edge_y, sprite.edge_x] = (sprite.edge_alpha[:, 0] * 255).astype(np.uint8)
    return Image.fromarray(np.dstack([sprite.rgb, alpha]), "RGBA")


def wingbeat(sprite: Sprite) -> list[Sprite]:
    """A flyer's picture through a wingbeat: squashed and stretched about its middle (a little wider as
    it is squashed), the frames a flying cut-out is shown by."""
    img = _rgba(sprite)
    w, h = img.size
    out = []
    for share in WINGBEAT:
        nh, nw = max(2, int(round(h * share))), int(round(w * (1 + 0.5 * (1 - share))))
        frame = img.resize((nw, nh), Image.Resampling.LANCZOS) if (nw, nh) != (w, h) else img
        out.append(Sprite.from_image(frame, (nw / 2, nh / 2 + h / 2)))  # the middle stays where it was
    return out


def talking(sprite: Sprite, key: str, level: int, sky: bool) -> Sprite:
    """The picture of one who speaks at a mouth opening (0: shut, as drawn; TALK_LEVELS - 1: wide): a sky
    face's mouth opens where its smile is; an animal stretches up with its words."""
    if level <= 0:
        return sprite
    img = _rgba(sprite)
    share = level / (TALK_LEVELS - 1)
    if sky:
        return _open_mouth(img, share, sprite)
    w, h = img.size
    nh = int(round(h * (1 + 0.07 * share)))
    return Sprite.from_image(img.resize((w, nh), Image.Resampling.LANCZOS), (sprite.ox, nh))


def _open_mouth(img: Image.Image, share: float, sprite: Sprite) -> Sprite:
    """A face's mouth (the lowest dark mark on it: the Sun's or the Moon's smile, the Wind's pursed lips)
    drawn open: a dark half oval from the mark's top down over it, deeper the wider it opens."""
    rgba = np.asarray(img).copy()
    mark = _mouth_box(rgba)
    if mark is None:
        return sprite
    x0, y0, x1, y1 = mark
    cx, half = (x0 + x1) / 2, (x1 - x0) / 2
    deep = max(float(y1 - y0), share * 0.9 * half)
    centre, axes = (int(round(cx)), int(round(y0))), (int(round(half)), int(round(deep)))
    cv2.ellipse(rgba, centre, axes, 0, 0, 180, (75, 32, 45, 255), -1, cv2.LINE_AA)
    tongue = (int(round(cx)), int(round(y0 + 0.75 * deep)))
    cv2.ellipse(rgba, tongue, (int(0.55 * half), max(1, int(0.25 * deep))), 0, 180, 360, (215, 90, 100, 255), -1)
    return Sprite.from_image(Image.fromarray(rgba, "RGBA"), (sprite.ox, sprite.oy))


def _mouth_box(rgba: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box of the lowest dark mark inside a face's picture (its mouth), or None."""
    h, w = rgba.shape[:2]
    dark = ((rgba[..., :3].max(axis=2) < 110) & (rgba[..., 3] > 200)).astype(np.uint8)
    dark[: int(0.4 * h)] = 0  # below the eyes
    n, _, stats, centroids = cv2.connectedComponentsWithStats(dark)
    marks = [k for k in range(1, n) if stats[k, cv2.CC_STAT_AREA] >= max(4, w * h // 4000)]
    if not marks:
        return None
    k = max(marks, key=lambda m: centroids[m][1])
    x, y, bw, bh = (int(stats[k, i]) for i in range(4))
    return x, y, x + bw, y + bh
