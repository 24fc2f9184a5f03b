"""Wings behind the winged beings of tales: an angel's white feathered pair from its shoulder blades, a
fairy's (a pixie's, a sprite's) two pairs of see-through ones, as the picture books draw them. Which
beings are winged comes from their name (script/creature_nouns.py); the wings are one sprite, anchored
at the neck like the body, drawn before it (animation/body.py, animation/player.py)."""

from __future__ import annotations

import math
import re

from PIL import Image, ImageDraw

from filmstudio.script.creature_nouns import kind_of
from filmstudio.storyboard import Character

# the small folk that fly on wings of their own in tales (the others, a gnome or a goblin, walk)
FLYING_FOLK = frozenset({"fairy", "fairies", "faerie", "faery", "fay", "pixie", "pixies", "sprite", "sprites"})
FEATHER = (250, 250, 246, 255)
FEATHER_LINE = (205, 210, 222, 255)
GOSSAMER = (215, 235, 250, 110)
GOSSAMER_LINE = (150, 190, 225, 220)
SUPERSAMPLE = 2


def kind_of_wings(character: Character) -> str:
    """ "feathered" (an angel), "gossamer" (a fairy) or "" (no wings)."""
    kind = kind_of(character.name, character.language)
    if kind == "winged":
        return "feathered"
    words = set(re.findall(r"[^\W\d_]+", character.name.lower()))
    return "gossamer" if kind == "small" and words & FLYING_FOLK else ""


def draw_wings(kind: str, b: float) -> tuple[Image.Image, tuple[float, float]]:
    """The pair of wings for a body of unit `b` (animation/figure.py body_unit), and its anchor: the neck
    base, as the body sprite's is. They spread out past the shoulders and up above them."""
    s = SUPERSAMPLE
    span, tall = 2.7 * b, 4.3 * b  # each wing's reach out from the spine, and the picture's height
    w, h = int(2 * span * s) + 4, int(tall * s) + 4
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img, "RGBA")
    ax, ay = w / 2, 1.3 * b * s  # the neck base in the picture
    root_y = ay + 0.7 * b * s  # between the shoulder blades
    for side in (-1, 1):
        if kind == "feathered":
            _feathered(d, ax, root_y, side, b * s)
        else:
            _gossamer(d, ax, root_y, side, b * s)
    img = img.resize((w // s, h // s), Image.Resampling.LANCZOS)
    return img, (ax / s, ay / s)


# an angel's wing's outline for the right side, in body units from the root between the shoulder blades:
# up to its high outer bend, down its outer edge, then back along the ends of its long feathers
WING_EDGE = ((0.15, -0.35), (0.9, -1.05), (1.8, -1.5), (2.45, -1.35), (2.5, -0.7), (2.35, 0.1))
FEATHER_ENDS = ((2.1, 0.75), (1.7, 1.3), (1.2, 1.7), (0.7, 1.85), (0.3, 1.4))


def _feathered(d: ImageDraw.ImageDraw, x: float, y: float, side: int, b: float) -> None:
    """One white wing: a high bend above the shoulder, its long feathers reaching down to round ends,
    rows of feathers marked on it."""
    at = lambda p: (x + side * p[0] * b, y + p[1] * b)  # noqa: E731
    ends = [at(p) for p in FEATHER_ENDS]
    edge = [at((0.0, 0.0)), *map(at, WING_EDGE)]
    scallops = []  # the feathers' round ends: the edge pulled in between each two
    last = edge[-1]
    for end in ends:
        mid = ((last[0] + end[0]) / 2, (last[1] + end[1]) / 2)
        scallops += [(mid[0] + (x - mid[0]) * 0.25, mid[1] + (y - mid[1]) * 0.25) for x, y in [at((0.5, 0.4))]]
        scallops.append(end)
        last = end
    d.polygon(edge + scallops, fill=FEATHER, outline=FEATHER_LINE)
    width = max(1, int(0.04 * b))
    for end in FEATHER_ENDS[:-1]:  # the long feathers, a line between each two
        d.line((*at((0.35 * end[0], 0.2 * end[1] - 0.3)), *at(end)), fill=FEATHER_LINE, width=width)
    d.line([at(p) for p in ((0.3, -0.1), (1.0, -0.6), (1.9, -0.8), (2.35, -0.5))], fill=FEATHER_LINE, width=width)
    d.line(edge, fill=FEATHER_LINE, width=max(1, int(0.05 * b)))


def _gossamer(d: ImageDraw.ImageDraw, x: float, y: float, side: int, b: float) -> None:
    """A fairy's two wings on a side, see-through and veined: a long one raised up and out, a short one
    lowered, each a leaf-shaped oval from the shoulder blade."""
    for angle, length, width in ((35.0, 2.3, 0.75), (-30.0, 1.6, 0.55)):
        a = math.radians(angle)
        ux, uy = side * math.cos(a), -math.sin(a)  # along the wing, out from the back
        pts = []
        for k in range(33):
            t = 2 * math.pi * k / 32
            along = (1 - math.cos(t)) / 2 * length * b  # from the root (0) to the tip
            across = (
                math.sin(t) * width * b * (0.35 + 0.65 * max(0.0, math.sin(math.pi * along / (length * b))) ** 0.6) / 2
            )
            pts.append((x + ux * along - uy * across, y + uy * along + ux * across))
        d.polygon(pts, fill=GOSSAMER, outline=GOSSAMER_LINE, width=max(1, int(0.05 * b)))
        tip = (x + ux * length * b * 0.9, y + uy * length * b * 0.9)
        d.line((x, y, *tip), fill=GOSSAMER_LINE, width=max(1, int(0.03 * b)))  # its vein
