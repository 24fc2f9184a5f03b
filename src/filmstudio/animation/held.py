"""Everyday things in a figure's hands: how each is held (a bowl in both hands, a basket on the arm, a
stick planted beside, the rest in one hand), how big it is beside an adult (in the hand, or set down beside
them), and a drawing of the common ones the picture set has none of (a stick, a table, a rug, a net, a chest,
a well) or that a set may lack (a bowl, a jug, a plate, a cup)."""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image, ImageDraw

from filmstudio.animation import thing_kinds
from filmstudio.animation.key_things import cart
from filmstudio.animation.sizes import LIFE_HEIGHT
from filmstudio.script.vocabulary import THINGS

TWO_HANDS = {
    "bowl",
    "rice",
    "soup",
    "salad",
    "curry",
    "plate",
    "pot",
    "steaming_bowl",
    "bento",
    "cake",
    "pie",
    "watermelon",
    "pumpkin",
    "leafy_green",
    "cabbage",
    "lettuce",
    "box",
    "drum",
}
# instruments one plays: held before the chest in both hands, not waved about (animation/staged.py)
INSTRUMENTS = {"guitar", "banjo", "violin", "accordion", "saxophone", "trumpet", "flute", "drum"}
TWO_HANDS |= INSTRUMENTS
ON_ARM = {"basket", "bucket", "bag", "handbag", "purse", "shopping_bag"}
STAFFS = {"stick", "staff", "walking_stick", "cane", "broom", "fishing_rod", "spear", "rake", "hoe", "shovel"}
# how tall a held thing is beside an adult (shares of the adult's height); by kind where not named
HELD_HEIGHT = {
    "bowl": 0.07,
    "rice": 0.08,
    "soup": 0.09,
    "salad": 0.08,
    "plate": 0.04,
    "cup": 0.06,
    "coffee": 0.06,
    "milk": 0.08,
    "jug": 0.16,
    "water_bottle": 0.14,
    "amphora": 0.18,
    "basket": 0.16,
    "bucket": 0.15,
    "apple": 0.05,
    "mango": 0.06,
    "pear": 0.06,
    "fruit": 0.06,
    "bread": 0.07,
    "carrot": 0.1,
    "leafy_green": 0.1,
    "cabbage": 0.1,
    "lettuce": 0.1,
    "spoon": 0.08,
    "lantern": 0.16,
    "net": 0.3,
    "rope": 0.12,
    "coat": 0.3,  # clothes held up, about to be put on: as long as the body they go on
    "dress": 0.34,
    "shirt": 0.22,
    "kimono": 0.34,
    "sari": 0.3,
    "pick": 0.3,  # hafted tools of handwork (script/tools.py): as long as the forearm and more
    "axe": 0.28,
    "saw": 0.24,
    # what a hand holds is its size in life beside the one holding it: an instrument as long as the arm, a
    # sword to the hip, a coin or a key no bigger than the palm (drawn no smaller than `least_across`)
    "guitar": 0.55,
    "banjo": 0.5,
    "violin": 0.33,
    "accordion": 0.25,
    "saxophone": 0.4,
    "trumpet": 0.28,
    "flute": 0.35,
    "drum": 0.22,
    "sword": 0.5,
    "bow_and_arrow": 0.6,
    "gun": 0.45,
    "shield": 0.4,
    "umbrella": 0.5,
    "flag": 0.5,
    "suitcase": 0.3,
    "backpack": 0.3,
    "briefcase": 0.22,
    "bag": 0.2,
    "package": 0.2,
    "chest": 0.25,
    "book": 0.12,
    "scroll": 0.15,
    "map": 0.15,
    "candle": 0.1,
    "teapot": 0.1,
    "bottle": 0.16,
    "wine": 0.1,
    "knife": 0.12,
    "hammer": 0.16,
    "key": 0.04,
    "coin": 0.02,
    "ring": 0.02,
    "gem": 0.03,
    "pill": 0.01,
}
_BY_KIND = {"food": 0.07, "tool": 0.14, "furniture": 0.16, "plant": 0.12}
STAFF_HEIGHT = 0.62
# a grown figure's forearm, elbow to wrist, as a share of its height (animation/body.py: FOREARM over
# figure_height_units): a jug or a lantern is about as long; nothing held is drawn under half of it
FOREARM_SHARE = 0.156
LEAST_HELD = 0.5 * FOREARM_SHARE
LEAST_HELD_FRAME = 0.035  # nor under this share of the frame's height (25 pixels at 720p), in a group drawn small
# how tall a thing that stands on the ground beside someone is (shares of an adult's height): a table to
# the hip, a rug flat on the floor, a ladder above the head; a small thing set down no smaller than this
STANDING_HEIGHT = {
    "table": 0.42,
    "rug": 0.04,
    "chair": 0.5,
    "ladder": 1.05,
    "chest": 0.3,
    "well": 0.6,
    "fire": 0.25,
    "snowman": 0.7,
    "headstone": 0.35,
}
LEAST_BESIDE = 0.2


def grip_of(key: str) -> str:
    """How a figure holds the thing: "two_hands", "arm", "staff" or "hand"."""
    if key in TWO_HANDS:
        return "two_hands"
    if key in ON_ARM:
        return "arm"
    return "staff" if key in STAFFS else "hand"


def held_height(key: str) -> float:
    if key in STAFFS:
        return STAFF_HEIGHT
    return HELD_HEIGHT.get(key) or _BY_KIND.get(THINGS.get(key, ("",))[0], 0.14)


def least_across(adult: float, frame_height: float) -> float:
    """The fewest pixels a held thing spans on its longer side, beside an adult `adult` pixels tall: half a
    forearm, and never a speck in the frame (a cup, a plate, a jug in a group drawn small)."""
    return max(LEAST_HELD * adult, LEAST_HELD_FRAME * frame_height)


def standing_height(key: str) -> float:
    """How tall a thing set down beside an adult is drawn: its own height (an animal, as in life: the pony
    one got off stands beside them), and none so small it is lost."""
    return STANDING_HEIGHT.get(key) or LIFE_HEIGHT.get(key) or max(LEAST_BESIDE, held_height(key))


def drawn(key: str, height: int) -> Image.Image | None:
    """A plain drawing of a common thing `height` pixels tall, for one the picture set cannot draw."""
    draw = _DRAWINGS.get(key)
    if draw is None:
        return None
    s = 4  # drawn at four times the size, then scaled down: smooth edges
    h = max(8, int(height)) * s
    w = int(h * _WIDTH.get(key, 1.0))
    img = Image.new("RGBA", (max(4, w), h), (0, 0, 0, 0))
    draw(ImageDraw.Draw(img), w, h)
    return img.resize((max(2, w // s), max(2, h // s)), Image.Resampling.LANCZOS)


_WIDTH = {
    "stick": 0.09,
    "staff": 0.09,
    "walking_stick": 0.09,
    "cane": 0.09,
    "bowl": 2.0,
    "plate": 4.0,
    "spoon": 0.3,
    "table": 1.7,
    "rug": 14.0,
    "net": 1.1,
    "bench": 3.2,
    "stool": 1.7,
    "chair": 1.0,
    "rock": 2.6,
    "log": 3.2,
    "chest": 1.6,
    "well": 1.0,
    "bridge": 3.2,
    "cart": 1.7,
}
# things whose symbol in the picture set is a whole view in a square (a bridge at night over a bay): drawn
# by us, as the thing itself
OWN_DRAWING = {"bridge"}
WOOD, DARK_WOOD, CLAY, DARK_CLAY = (139, 94, 52, 255), (96, 62, 32, 255), (196, 110, 62, 255), (150, 78, 40, 255)


def _stick(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.rounded_rectangle((w * 0.2, 0, w * 0.8, h), radius=w * 0.3, fill=WOOD)
    d.ellipse((0, h * 0.35, w, h * 0.35 + w), fill=DARK_WOOD)  # a knot


def _bowl(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.chord((0, -h * 0.9, w, h), 0, 180, fill=CLAY)
    d.ellipse((0, 0, w, h * 0.3), fill=DARK_CLAY)  # the rim, seen from a little above
    d.ellipse((w * 0.06, h * 0.03, w * 0.94, h * 0.26), fill=(245, 240, 225, 255))  # what is in it


def _plate(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.ellipse((0, 0, w, h), fill=(235, 235, 230, 255))
    d.ellipse((w * 0.18, h * 0.2, w * 0.82, h * 0.8), fill=(215, 215, 210, 255))


def _cup(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.rounded_rectangle((w * 0.1, h * 0.1, w * 0.75, h), radius=w * 0.12, fill=(230, 230, 235, 255))
    d.arc((w * 0.6, h * 0.3, w * 0.98, h * 0.75), 270, 90, fill=(200, 200, 210, 255), width=max(2, int(w * 0.08)))


def _jug(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.ellipse((w * 0.08, h * 0.3, w * 0.92, h), fill=CLAY)  # the belly
    d.rectangle((w * 0.32, h * 0.08, w * 0.68, h * 0.45), fill=CLAY)  # the neck
    d.rectangle((w * 0.26, 0, w * 0.74, h * 0.1), fill=DARK_CLAY)  # the lip
    d.arc((w * 0.55, h * 0.12, w * 0.98, h * 0.6), 270, 90, fill=DARK_CLAY, width=max(2, int(w * 0.07)))


def _spoon(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.rectangle((w * 0.38, h * 0.3, w * 0.62, h), fill=(190, 190, 195, 255))
    d.ellipse((0, 0, w, h * 0.38), fill=(205, 205, 210, 255))


def _leafy(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.ellipse((0, h * 0.1, w, h), fill=(90, 160, 70, 255))
    for k in range(3):  # leaves folded over the head
        d.chord((w * 0.1 * k, h * 0.05, w * (0.55 + 0.1 * k), h * 0.9), 100, 300, fill=(130, 195, 95, 255))


def _fruit(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.ellipse((0, h * 0.12, w, h), fill=(210, 60, 50, 255))
    d.line((w * 0.5, h * 0.18, w * 0.58, 0), fill=DARK_WOOD, width=max(2, int(w * 0.07)))
    d.ellipse((w * 0.55, 0, w * 0.9, h * 0.18), fill=(90, 160, 70, 255))


def _table(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    top, leg = h * 0.14, w * 0.07
    for x in (w * 0.08, w * 0.92 - leg):  # the legs, to the floor
        d.rectangle((x, top, x + leg, h), fill=DARK_WOOD)
    d.rectangle((w * 0.12, top, w * 0.88, top + h * 0.1), fill=DARK_WOOD)  # the apron under the top
    d.rounded_rectangle((0, 0, w, top), radius=top * 0.3, fill=WOOD)


def _rug(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.rounded_rectangle((0, 0, w, h), radius=h * 0.3, fill=(150, 50, 45, 255))
    d.rounded_rectangle((w * 0.03, h * 0.2, w * 0.97, h * 0.8), radius=h * 0.2, fill=(210, 160, 80, 255))
    d.rectangle((w * 0.1, h * 0.38, w * 0.9, h * 0.62), fill=(150, 50, 45, 255))


def _net(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    """A fishing net gathered in the hand: meshes hanging from a knot, its floats along the hem."""
    cord, line = (120, 105, 80, 255), max(2, int(w * 0.025))
    top = (w * 0.5, 0)
    for k in range(7):  # the cords fanning down from the hand
        d.line((top, (w * k / 6, h * 0.88)), fill=cord, width=line)
    for k in range(1, 6):  # the rows of knots across them
        y = h * 0.88 * k / 5
        half = w * 0.5 * k / 5
        d.line((w * 0.5 - half, y, w * 0.5 + half, y), fill=cord, width=line)
    for k in range(5):  # cork floats on the hem
        x = w * (0.1 + 0.2 * k)
        d.ellipse((x - w * 0.06, h * 0.84, x + w * 0.06, h), fill=(200, 150, 70, 255))


def _bench(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    top, leg = h * 0.22, w * 0.09
    for x in (w * 0.1, w * 0.9 - leg):
        d.rectangle((x, top, x + leg, h), fill=DARK_WOOD)
    d.rounded_rectangle((0, 0, w, top), radius=top * 0.3, fill=WOOD)


def _stool(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    top = h * 0.18
    d.polygon([(w * 0.2, top), (w * 0.32, top), (w * 0.18, h), (w * 0.04, h)], fill=DARK_WOOD)
    d.polygon([(w * 0.68, top), (w * 0.8, top), (w * 0.96, h), (w * 0.82, h)], fill=DARK_WOOD)
    d.rectangle((w * 0.15, h * 0.6, w * 0.85, h * 0.66), fill=DARK_WOOD)  # the rung
    d.rounded_rectangle((0, 0, w, top), radius=top * 0.4, fill=WOOD)


def _chair(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    """A chair seen from the side, its back at the left (flipped for one who faces left)."""
    seat, leg = h * 0.55, w * 0.1
    d.rectangle((0, 0, leg, h), fill=DARK_WOOD)  # the back and its back leg, to the floor
    d.rectangle((w - leg, seat, w, h), fill=DARK_WOOD)
    d.rectangle((0, h * 0.08, leg * 1.4, h * 0.14), fill=WOOD)
    d.rounded_rectangle((0, seat - h * 0.08, w, seat), radius=h * 0.03, fill=WOOD)


def _rock(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.chord((0, 0, w, h * 2), 180, 360, fill=(128, 124, 116, 255))
    d.chord((w * 0.12, h * 0.08, w * 0.7, h * 0.9), 180, 360, fill=(158, 154, 146, 255))  # lit from above


def _log(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.rounded_rectangle((0, 0, w, h), radius=h * 0.45, fill=DARK_WOOD)
    d.ellipse((w - h, 0, w, h), fill=(205, 170, 120, 255))  # the sawn end, its rings
    d.ellipse((w - h * 0.7, h * 0.3, w - h * 0.3, h * 0.7), outline=WOOD, width=max(1, int(h * 0.06)))


def _chest(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    """A wooden chest, its lid arched, bound with iron bands and a lock."""
    iron, line = (70, 70, 78, 255), max(2, int(w * 0.03))
    d.rectangle((0, h * 0.35, w, h), fill=WOOD)
    d.chord((0, 0, w, h * 0.7), 180, 360, fill=DARK_WOOD)  # the lid
    d.line((0, h * 0.36, w, h * 0.36), fill=iron, width=line)
    for x in (w * 0.15, w * 0.85):  # the bands over lid and body
        d.line((x, h * 0.08, x, h), fill=iron, width=line)
    d.rectangle((w * 0.44, h * 0.36, w * 0.56, h * 0.56), fill=(214, 170, 60, 255))  # the lock


def _well(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    """A village well: a round stone wall, two posts and a little roof over a winch with its rope."""
    stone, dark_stone, line = (150, 146, 138, 255), (110, 106, 100, 255), max(2, int(w * 0.03))
    d.rectangle((w * 0.12, h * 0.22, w * 0.2, h * 0.7), fill=DARK_WOOD)  # the posts
    d.rectangle((w * 0.8, h * 0.22, w * 0.88, h * 0.7), fill=DARK_WOOD)
    d.polygon([(0, h * 0.26), (w * 0.5, 0), (w, h * 0.26)], fill=(150, 60, 45, 255))  # the roof
    d.line((w * 0.16, h * 0.36, w * 0.84, h * 0.36), fill=WOOD, width=line * 2)  # the winch
    d.line((w * 0.5, h * 0.36, w * 0.5, h * 0.55), fill=(120, 105, 80, 255), width=line)
    d.rectangle((w * 0.44, h * 0.52, w * 0.56, h * 0.62), fill=(100, 100, 108, 255))  # the bucket
    d.rectangle((w * 0.04, h * 0.62, w * 0.96, h), fill=stone)  # the wall
    d.ellipse((w * 0.04, h * 0.56, w * 0.96, h * 0.7), fill=dark_stone)  # its rim, seen from a little above
    for row in (0.78, 0.9):  # courses of stones
        d.line((w * 0.04, h * row, w * 0.96, h * row), fill=dark_stone, width=line)


def _bridge(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    """A stone bridge seen from the side: a deck with a parapet over a round arch."""
    stone, dark_stone, line = (160, 150, 135, 255), (115, 106, 96, 255), max(2, int(h * 0.04))
    d.rectangle((0, h * 0.18, w, h), fill=stone)
    d.chord((w * 0.2, h * 0.42, w * 0.8, h * 1.6), 180, 360, fill=(0, 0, 0, 0))  # the arch, open below
    d.arc((w * 0.2, h * 0.42, w * 0.8, h * 1.6), 180, 360, fill=dark_stone, width=line * 2)
    d.rectangle((0, 0, w, h * 0.18), fill=dark_stone)  # the parapet
    for k in range(1, 12):  # its stones
        d.line((w * k / 12, 0, w * k / 12, h * 0.18), fill=stone, width=line)


_DRAWINGS: dict[str, Callable[[ImageDraw.ImageDraw, int, int], None]] = {
    "cart": cart,  # a wagon, a carriage: animation/key_things.py
    "bridge": _bridge,
    "chest": _chest,
    "well": _well,
    "bench": _bench,
    "stool": _stool,
    "chair": _chair,
    "rock": _rock,
    "log": _log,
    "table": _table,
    "rug": _rug,
    "net": _net,
    "stick": _stick,
    "staff": _stick,
    "walking_stick": _stick,
    "cane": _stick,
    "bowl": _bowl,
    "plate": _plate,
    "cup": _cup,
    "jug": _jug,
    "pitcher": _jug,
    "spoon": _spoon,
    "leafy_green": _leafy,
    "cabbage": _leafy,
    "lettuce": _leafy,
    "fruit": _fruit,
}

# the things drawn by their kind (a deer hide: a cloth, a chisel: a tool; animation/thing_kinds.py)
_DRAWINGS |= {key: thing_kinds.plain(key) for key in thing_kinds.KINDS}
_WIDTH |= thing_kinds.WIDTH
HELD_HEIGHT |= thing_kinds.HELD_HEIGHT
STANDING_HEIGHT |= thing_kinds.STANDING_HEIGHT
TWO_HANDS |= thing_kinds.TWO_HANDS
ON_ARM |= thing_kinds.ON_ARM
