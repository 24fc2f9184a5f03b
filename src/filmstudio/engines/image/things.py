"""The drawable things: each thing the analysis reads (a dog, a lantern, a tractor) drawn from the Fluent
Emoji Flat set (MIT) with resvg, placed into the scene at a depth and scale that fit what it is, before
the scene's grade and style are applied, so it is lit and painted like the rest of the picture."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from filmstudio.animation import held, thing_kinds
from filmstudio.animation.creatures import SKY_FACES
from filmstudio.animation.sizes import LIFE_HEIGHT, PERSON_IN_PICTURE, TOY_SHARE, painted_share
from filmstudio.assets import load_icons
from filmstudio.engines.image.recolour import recolour
from filmstudio.engines.image.settings import PAINTED_FURNITURE
from filmstudio.errors import EngineNotInstalled
from filmstudio.script.colours import rgb_of
from filmstudio.script.placement import INDOOR_ONLY
from filmstudio.script.vocabulary import THINGS

log = logging.getLogger("filmstudio.painter")
SKY_THINGS = {
    "sun",
    "moon",
    "star",
    "cloud",
    "rainbow",
    "comet",
    "lightning",
    "airplane",
    "helicopter",
    "rocket",
    "flying_saucer",
    "satellite",
    "kite",
    "balloon",
    "bird",
    "eagle",
    "dove",
    "crow",
    "bat",
    "butterfly",
    "bee",
    "parachute",
    "snowflake",
    "tornado",
    "feather",
}
# how tall a thing stands, as a share of the frame's height when it is at the front
_HEIGHT_BY_KIND = {
    "animal": 0.22,
    "plant": 0.3,
    "food": 0.1,
    "vehicle": 0.24,
    "building": 0.42,
    "furniture": 0.2,
    "tool": 0.11,
    "nature": 0.2,
}
_TALL = {
    "well": 0.3,
    "bridge": 0.2,
    "tree": 0.55,
    "pine_tree": 0.6,
    "palm_tree": 0.6,
    "bus": 0.3,
    "truck": 0.28,
    "train": 0.3,
    "ship": 0.3,
    "bed": 0.24,
    "door": 0.4,
    "window": 0.28,
    "chair": 0.24,
    "couch": 0.26,
    "television": 0.16,
    "piano": 0.28,
    "fish": 0.09,
    "bathtub": 0.2,
    "toilet": 0.2,
    "clock": 0.12,
    "mirror": 0.22,
    "potted_plant": 0.2,
    "mountain": 0.5,
    "volcano": 0.5,
    "snowman": 0.3,
    "lamp": 0.12,
    "lantern": 0.12,
    "candle": 0.1,
    "ladder": 0.4,
    "whale": 0.3,
}
MAX_THINGS = 6
FLOOR_THINGS = {"coffin", "shower", "suitcase"}  # household things that stand on the floor, not in a hand
LEAST_HAND_SIZED = 0.055  # the smallest a hand-sized thing is painted, as a share of the frame: still seen
# things a setting's own drawing already shows (its waves, its pines, its houses): named where they are
DRAWN_BY_SETTING = {
    "sea": {"water_wave", "lighthouse"},
    "beach": {"water_wave"},
    "forest": {"pine_tree"},
    "mountains": {"mountain"},
    "snowfield": {"mountain", "snowflake"},
    "village": {"house", "houses", "hut"},
    "city": {"building", "skyscraper", "car"},
    "desert": {"cactus"},
    "temple": {"hindu_temple", "bell"},
    "space": {"star", "globe"},
    "river": {"water_wave"},
    "podcast_studio": {"microphone"},
    "classroom": {"school"},
    "office": {"desktop_computer"},
    "lighthouse_room": {"lamp", "lantern"},
    "haunted_house": {"house", "window", "door"},
    "mansion": {"house", "window", "door"},
    "cabin": {"hut", "house", "window", "door"},
    "farm": {"house", "door"},
    "desert_town": {"house", "window", "door"},
    "swimming_pool": {"house", "window"},
    "market": {"shopping_cart"},
    "hallway": {"door", "window"},
    "workshop": {"hammer", "saw", "window"},
    "mine": {"rock"},
    "cellar": {"window", "lamp", "lantern"},
    "prison_cell": {"window", "rice_plant"},  # its little window, its straw (read as the rice plant's 🌾)
    "graveyard": {"headstone", "church"},
    "tavern": {"fire", "window"},
    "shop": {"window", "door"},
    "backstage": {"mirror"},
}
for _place in ("city", "village", "temple"):  # the buildings these draw have their windows and doors
    DRAWN_BY_SETTING[_place] = DRAWN_BY_SETTING[_place] | {"window", "door"}
AFLOAT = {
    "boat",
    "canoe",
    "speedboat",
    "ship",
    "ferry",
    "whale",
    "dolphin",
    "fish",
    "tropical_fish",
    "shark",
    "duck",
    "swan",
    "water_wave",
    "octopus",
    "seal",
}
WATERSIDE = {"sea", "beach", "river", "swimming_pool", "swamp", "pond"}
# things that are part of a room's wall: set into its back wall (a door on the floor line, a window hung
# above it), never standing free on the floor; not drawn where the wall's foot cannot be found
IN_THE_WALL = {"door": (0.0, 0.4), "window": (0.26, 0.24)}  # key -> (its foot above the floor line, height)
WALL_FOOT_RANGE = (0.64, 0.88)  # where a room's floor line can be, as a share of the frame's height
HUNG_WINDOW_FOOT = 0.42  # a window's sill where the floor line is not found: the top of a room is all wall


def thing_height(key: str) -> float:
    """How tall a thing stands at the front of a picture, as a share of the frame's height."""
    return _standing(key, 0.15)


def _standing(key: str, otherwise: float) -> float:
    """An animal as tall as it is in life beside a person (animation/sizes.py: a horse over a dog over a
    mouse); anything else by its own height or its kind's."""
    if key in LIFE_HEIGHT:
        return painted_share(key)
    if _hand_sized(key):  # a book, a cup, a shoe: as in a hand, not half a person tall
        return max(LEAST_HAND_SIZED, held.held_height(key) * PERSON_IN_PICTURE)
    return _TALL.get(key) or _HEIGHT_BY_KIND.get(THINGS.get(key, ("",))[0], otherwise)


def _hand_sized(key: str) -> bool:
    """One of the household things (the vocabulary's "furniture") that a hand lifts: not a bed, a table,
    a chest or anything else that stands on the floor by itself."""
    kind = THINGS.get(key, ("",))[0]
    return kind == "furniture" and key not in _TALL and key not in held.STANDING_HEIGHT and key not in FLOOR_THINGS


@dataclass(frozen=True)
class Placement:
    key: str
    box: tuple[int, int, int, int]  # left, top, right, bottom in the picture's pixels


class ThingLibrary:
    """Sprites for thing keys, rendered from SVG once per size."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._icons: dict[str, Any] | None = None  # icons.json (Iconify's format)
        self._chars: dict[str, str] | None = None  # chars.json: code points -> icon name

    def _load(self) -> tuple[dict[str, Any], dict[str, str]]:
        with self._lock:
            if self._icons is None or self._chars is None:
                self._icons, self._chars = load_icons(self.root)
            return self._icons, self._chars

    def available(self) -> bool:
        try:
            self._load()
        except EngineNotInstalled:
            return False
        return True

    def icon_name(self, key: str) -> str | None:
        icons, chars = self._load()
        for emoji in THINGS[key][1] if key in THINGS else SKY_FACES.get(key, ()):
            code = "-".join(f"{ord(ch):x}" for ch in emoji.replace("\ufe0f", ""))
            name = chars.get(code)
            if name and (name in icons["icons"] or name in icons.get("aliases", {})):
                return name
        return None

    def svg(self, key: str) -> str | None:
        icons, _ = self._load()
        name = self.icon_name(key)
        if name is None:
            return None
        if name not in icons["icons"]:
            name = icons["aliases"][name]["parent"]
        icon = icons["icons"][name]
        width, height = icon.get("width", icons.get("width", 32)), icon.get("height", icons.get("height", 32))
        return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">{icon["body"]}</svg>'

    def sprite(self, key: str, height: float, colour: str | None = None) -> Image.Image | None:
        return _render(self, key, max(8, int(height)), colour)


@lru_cache(maxsize=512)
def _render(library: ThingLibrary, key: str, height: int, colour: str | None = None) -> Image.Image | None:
    """The thing `height` pixels tall as it shows (the set pads its pictures, and wide things such as a
    couch fill little of their square): rendered larger, cropped to what is drawn, then scaled."""
    import resvg_py  # the SVG renderer: a compiled wheel, loaded when a thing is first drawn

    svg = library.svg(key)
    if svg is None:
        return None
    if colour is not None:
        svg = recolour(svg, rgb_of(colour))
    side = min(2048, height * 3)
    png = resvg_py.svg_to_bytes(svg_string=svg, width=side, height=side)
    image = Image.open(io.BytesIO(bytes(png))).convert("RGBA")
    bbox = image.getbbox()
    if bbox:
        image = image.crop(bbox)
    scale = height / image.height
    return image.resize((max(4, int(image.width * scale)), max(4, int(height))), Image.Resampling.LANCZOS)


def place_things(
    canvas: Image.Image,
    keys: list[str],
    *,
    horizon: int,
    interior: bool,
    rng: np.random.Generator,
    library: ThingLibrary,
    time: str = "day",
    setting: str = "",
    colours: dict[str, str] | None = None,
    toys: AbstractSet[str] = frozenset(),
) -> list[Placement]:
    """Draw up to MAX_THINGS things into the canvas: sky things above the horizon, the rest standing on
    the ground between it and the frame's foot, nearer ones lower and larger, each with a soft shadow;
    boats and fish by the water in waterside settings. Things the setting's drawing already shows are
    named where they are. Returns where each thing is."""
    w, h = canvas.size
    drawn: list[Placement] = []
    keys = [k for k in dict.fromkeys(keys) if k in THINGS]
    furniture = PAINTED_FURNITURE.get(setting, {}) if interior else {}  # a bedroom's own bed: not a second one
    own = [k for k in keys if k in DRAWN_BY_SETTING.get(setting, ()) or k in furniture]
    for key in own:
        piece = furniture.get(key)
        if piece is not None:
            left, top, right, foot = (int(round(v)) for v in piece.box(w, h))
            drawn.append(Placement(key, (left, top, right, foot)))
            continue
        drawn.append(
            Placement(key, (0, horizon if key not in SKY_THINGS else 0, w, h if key not in SKY_THINGS else horizon))
        )
    # a house's furniture is drawn only indoors: a window or a bed named outdoors is not set on the lawn
    keys = [k for k in keys if k not in own and (interior or k not in INDOOR_ONLY)][:MAX_THINGS]
    wall = [k for k in keys if k in IN_THE_WALL]
    keys = [k for k in keys if k not in IN_THE_WALL]
    drawn += _set_in_the_wall(canvas, wall, library, rng, colours or {}) if interior else []
    # indoors the sky is out of sight: a star or the moon named there is talked of, not seen
    ground = [k for k in keys if k not in SKY_THINGS or (interior and THINGS[k][0] != "nature")]
    sky = [k for k in keys if k in SKY_THINGS and not interior]
    slots = _slots(len(ground), rng)
    if setting in WATERSIDE:  # afloat things to the right, over the water; the rest to the left
        water = iter([0.62, 0.8, 0.92, 0.7])
        land = iter([0.14, 0.3, 0.06, 0.4])
        slots = [
            ((next(water) if k in AFLOAT else next(land)) + rng.uniform(-0.03, 0.03), d)
            for k, (_, d) in zip(ground, slots, strict=False)
        ]
    for key, (fx, depth) in zip(ground, slots, strict=False):
        kind = THINGS[key][0]
        tall = _standing(key, 0.18)
        if key in toys:  # a toy dinosaur stands by a bed, not over it
            tall = min(tall, TOY_SHARE * PERSON_IN_PICTURE)
        if kind == "building":
            depth = min(depth, 0.25)  # buildings stand back
        scale = 0.45 + 0.55 * depth
        sprite = _sprite(library, key, tall * h * scale, (colours or {}).get(key))
        if sprite is None:
            continue
        foot = int(horizon + (h * 0.97 - horizon) * (0.12 + 0.88 * depth))
        x = min(max(0, int(fx * w - sprite.width / 2)), w - sprite.width)  # whole, not cut by the frame's side
        if interior and (kind in ("food", "tool") or _hand_sized(key)) and key not in _TALL:  # on a table
            foot = _table(canvas, int(fx * w), foot, max(sprite.width * 2, int(h * 0.12 * scale)), int(h * 0.1 * scale))
        y = foot - sprite.height
        _shadow(canvas, x, foot, sprite.width)
        canvas.paste(sprite, (x, y), sprite)  # the sprite's alpha is its own mask
        drawn.append(Placement(key, (x, y, x + sprite.width, foot)))
    for i, key in enumerate(sky):
        if (key == "sun" and time != "night") or (key in ("moon", "star") and time == "night"):
            # the painter's own sky already holds it (with its glow): name where it is
            drawn.append(Placement(key, (int(w * 0.1), 0, int(w * 0.9), int(horizon * 0.6))))
            continue
        size = (0.12 if key in ("sun", "moon") else 0.08) * h
        sprite = library.sprite(key, size, (colours or {}).get(key))
        if sprite is None:
            continue
        x = int(w * (0.18 + 0.64 * ((i * 0.37 + rng.uniform(0, 0.2)) % 1.0)))
        y = int(max(4, horizon * rng.uniform(0.12, 0.45)))
        canvas.paste(sprite, (x, y), sprite)
        drawn.append(Placement(key, (x, y, x + sprite.width, y + sprite.height)))
    return drawn


def _sprite(library: ThingLibrary, key: str, height: float, colour: str | None) -> Image.Image | None:
    """The thing from the picture set; one the set has none of (a well, a chest), or only a whole view of (a
    bridge at night), drawn as the staging draws it beside someone (animation/held.py); a thing drawn by its
    kind (a hide: a cloth), in the colour the sentence gives it."""
    if key in thing_kinds.KINDS:
        return thing_kinds.drawn(key, int(height), rgb_of(colour) if colour else None)
    own = held.drawn(key, int(height))
    if key in held.OWN_DRAWING and own is not None:
        return own
    return library.sprite(key, height, colour) or own


def _set_in_the_wall(
    canvas: Image.Image, keys: list[str], library: ThingLibrary, rng: np.random.Generator, colours: dict[str, str]
) -> list[Placement]:
    """A door or a window set into the room's back wall, to one side: a door's foot on the floor line, a
    window hung above it. No door where the floor line is not found (a kitchen's counter, a vehicle)."""
    w, h = canvas.size
    floor = wall_foot(canvas)
    out = []
    for i, key in enumerate(keys):
        lift, tall = IN_THE_WALL[key]
        if floor is None and key != "window":
            continue
        sprite = _sprite(library, key, tall * h, colours.get(key))
        if sprite is None:
            continue
        fx = (0.84 if i % 2 == 0 else 0.16) + rng.uniform(-0.04, 0.04)
        x = int(fx * w - sprite.width / 2)
        foot = int(floor - lift * h) if floor is not None else int(HUNG_WINDOW_FOOT * h)
        canvas.paste(sprite, (x, foot - sprite.height), sprite)
        out.append(Placement(key, (x, foot - sprite.height, x + sprite.width, foot)))
    return out


def wall_foot(canvas: Image.Image) -> int | None:
    """Where a room's floor meets its back wall, in pixels from the top: going up from the frame's foot,
    the first rows whose middle colour is no longer the floor's (a board's line, a table leg in a row do
    not move a row's median); None where it is not in WALL_FOOT_RANGE."""
    a = np.asarray(canvas.convert("RGB"), dtype=np.float32)
    h = a.shape[0]
    rows = np.median(a, axis=1)
    off = np.abs(rows - rows[int(0.95 * h)]).sum(axis=1) > 60
    lo, hi = (int(f * h) for f in WALL_FOOT_RANGE)
    for r in range(int(0.95 * h), lo, -1):
        if off[r] and off[r - 1] and off[r - 2]:
            return r + 1 if r + 1 <= hi else None
    return None


def _slots(n: int, rng: np.random.Generator) -> list[tuple[float, float]]:
    """Across the frame and into depth: the middle is left to the people; things to either side."""
    xs = [0.14, 0.86, 0.3, 0.7, 0.06, 0.94]
    out = []
    for i in range(n):
        x = xs[i % len(xs)] + rng.uniform(-0.04, 0.04)
        depth = float(
            np.clip(0.55 + (0.35 if i % 2 == 0 else 0.1) + rng.uniform(-0.25, 0.1) - 0.12 * (i // 2), 0.05, 1.0)
        )
        out.append((x, depth))
    return out


def _table(canvas: Image.Image, cx: int, foot: int, width: int, height: int) -> int:
    """A small wooden table standing at `foot`; returns the height of its top, where things go."""
    draw = ImageDraw.Draw(canvas)
    top = foot - height
    leg = max(2, width // 14)
    wood, dark = (150, 105, 65), (110, 75, 45)
    _shadow(canvas, cx - width // 2, foot, width)
    draw.rectangle((cx - width // 2 + leg, top, cx - width // 2 + 2 * leg, foot), fill=dark)
    draw.rectangle((cx + width // 2 - 2 * leg, top, cx + width // 2 - leg, foot), fill=dark)
    draw.rectangle((cx - width // 2, top - leg, cx + width // 2, top + leg // 2), fill=wood)
    return top - leg


def _shadow(canvas: Image.Image, x: int, foot: int, width: int) -> None:
    """A soft ellipse on the ground under a thing, so it stands rather than floats."""
    pad = max(2, width // 8)
    shadow = Image.new("L", (width + 2 * pad, max(6, width // 6) + 2 * pad), 0)
    ImageDraw.Draw(shadow).ellipse((pad, pad, shadow.width - pad, shadow.height - pad), fill=70)
    shadow = shadow.filter(ImageFilter.GaussianBlur(pad / 2))
    black = Image.new("RGB", shadow.size, (0, 0, 0))
    canvas.paste(black, (x - pad, foot - shadow.height // 2), shadow)


@lru_cache(maxsize=4)
def library_at(root: Path) -> ThingLibrary:
    return ThingLibrary(root)
