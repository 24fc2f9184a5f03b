"""Things drawn by their kind: a noun no key draws as itself (a deer hide, a pillow, a chisel, a deed) is read as
the kind WordNet files it under (script/data/thing_kinds_en.json, built by bench/build_thing_kinds.py) and
drawn here as that kind, plainly, in the style of animation/held.py's drawings: a cloth hangs in soft folds,
padding is a flat tufted slab, a box has its lid and planks, a sack is tied at the neck, a jar has a neck
and a lip, food is a lump on a plate, a tool a handle with a metal head, paper a sheet with lines of
writing, a trinket a small gold glint. A colour the sentence gives ("a red cloth") fills the kind's body;
counts and piles are drawn by animation/copies.py as for any thing."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PIL import Image, ImageDraw

Rgb = tuple[int, int, int]
Painter = Callable[[ImageDraw.ImageDraw, int, int, Rgb], None]

# each kind's own colour where the sentence gives none: tanned hide, ticking, wood, burlap, clay, a baked
# brown, iron, old paper, gold
DEFAULT_COLOUR: dict[str, Rgb] = {
    "kind_cloth": (172, 122, 78),
    "kind_padding": (226, 214, 190),
    "kind_box": (139, 94, 52),
    "kind_sack": (190, 160, 110),
    "kind_jar": (196, 110, 62),
    "kind_food": (188, 122, 62),
    "kind_tool": (150, 152, 160),
    "kind_paper": (240, 230, 205),
    "kind_trinket": (232, 190, 60),
}
# width over height of each drawing
WIDTH = {
    "kind_cloth": 0.8,
    "kind_padding": 2.4,
    "kind_box": 1.4,
    "kind_sack": 0.8,
    "kind_jar": 0.75,
    "kind_food": 1.7,
    "kind_tool": 0.38,
    "kind_paper": 0.75,
    "kind_trinket": 1.0,
}
# how tall each is in a grown person's hands (shares of their height, as animation/held.py's HELD_HEIGHT):
# a hide hangs from the hand to the knee, a coin is no bigger than a fingertip
HELD_HEIGHT = {
    "kind_cloth": 0.32,
    "kind_padding": 0.1,
    "kind_box": 0.18,
    "kind_sack": 0.26,
    "kind_jar": 0.16,
    "kind_food": 0.07,
    "kind_tool": 0.24,
    "kind_paper": 0.12,
    "kind_trinket": 0.025,
}
# set down on the ground beside someone (held.STANDING_HEIGHT): a box to the knee, a sack a little more
STANDING_HEIGHT = {"kind_box": 0.28, "kind_sack": 0.34, "kind_padding": 0.1, "kind_jar": 0.25}
TWO_HANDS = frozenset({"kind_box", "kind_padding", "kind_food"})  # a box or a plate before the chest
ON_ARM = frozenset({"kind_cloth", "kind_sack"})  # a hide over the arm, a sack by its neck


def _shade(rgb: Rgb, by: float) -> tuple[int, int, int, int]:
    """The colour lighter (by > 0) or darker (by < 0), opaque."""
    if by >= 0:
        r, g, b = (int(c + (255 - c) * by) for c in rgb)
    else:
        r, g, b = (int(c * (1 + by)) for c in rgb)
    return (r, g, b, 255)


def _cloth(d: ImageDraw.ImageDraw, w: int, h: int, rgb: Rgb) -> None:
    """A cloth or a skin hanging from where it is held: narrow at the top, spreading in soft folds to a
    wavy hem, the folds' shadows down it."""
    line = max(2, int(w * 0.03))
    hem = [(w * (0.04 + 0.92 * k / 6), h * (0.93 if k % 2 else 1.0)) for k in range(7)]
    d.polygon([(w * 0.3, 0), (w * 0.7, 0), *reversed(hem)], fill=_shade(rgb, 0), outline=_shade(rgb, -0.4))
    for k in (0.32, 0.5, 0.68):  # the folds, from the top to the hem
        d.line((w * (0.4 + (k - 0.5) * 0.4), h * 0.05, w * k, h * 0.92), fill=_shade(rgb, -0.22), width=line)
    d.rectangle((w * 0.3, 0, w * 0.7, h * 0.05), fill=_shade(rgb, -0.3))  # gathered where it is held


def _padding(d: ImageDraw.ImageDraw, w: int, h: int, rgb: Rgb) -> None:
    """A cushion or a pad seen from the side: a flat slab with rounded ends, its top lit, a seam round it
    and buttons tufting it."""
    outline = _shade(rgb, -0.45)
    d.rounded_rectangle(
        (0, 0, w - 1, h - 1), radius=h * 0.45, fill=_shade(rgb, 0), outline=outline, width=max(2, h // 14)
    )
    d.rounded_rectangle((w * 0.05, h * 0.12, w * 0.95, h * 0.42), radius=h * 0.15, fill=_shade(rgb, 0.25))
    d.line((h * 0.35, h * 0.55, w - h * 0.35, h * 0.55), fill=_shade(rgb, -0.25), width=max(1, h // 16))
    r = h * 0.07
    for k in range(1, 5):  # the tufting
        x = w * k / 5
        d.ellipse((x - r, h * 0.55 - r, x + r, h * 0.55 + r), fill=outline)


def _box(d: ImageDraw.ImageDraw, w: int, h: int, rgb: Rgb) -> None:
    """A box seen a little from above: its lid's top, its front of planks, iron corners."""
    dark, line = _shade(rgb, -0.35), max(2, int(h * 0.03))
    d.polygon([(w * 0.08, h * 0.18), (w * 0.92, h * 0.18), (w, h * 0.3), (0, h * 0.3)], fill=_shade(rgb, 0.2))
    d.rectangle((0, h * 0.3, w, h), fill=_shade(rgb, 0), outline=dark, width=line)
    for k in (0.53, 0.76):  # the planks
        d.line((0, h * k, w, h * k), fill=dark, width=line)
    d.line((0, h * 0.38, w, h * 0.38), fill=dark, width=line)  # the lid's edge
    for x in (0, w * 0.88):  # iron corners
        d.rectangle((x, h * 0.3, x + w * 0.12, h), fill=(80, 80, 88, 255))


def _sack(d: ImageDraw.ImageDraw, w: int, h: int, rgb: Rgb) -> None:
    """A full sack: a round belly, a gathered neck tied with a cord, its top flared."""
    dark = _shade(rgb, -0.35)
    d.ellipse((0, h * 0.25, w, h), fill=_shade(rgb, 0), outline=dark, width=max(2, int(w * 0.03)))
    d.polygon(
        [(w * 0.36, h * 0.32), (w * 0.64, h * 0.32), (w * 0.58, h * 0.14), (w * 0.42, h * 0.14)], fill=_shade(rgb, 0)
    )
    d.polygon([(w * 0.42, h * 0.14), (w * 0.58, h * 0.14), (w * 0.72, 0), (w * 0.28, 0)], fill=_shade(rgb, -0.1))
    d.rectangle((w * 0.36, h * 0.13, w * 0.64, h * 0.19), fill=(110, 80, 50, 255))  # the cord
    d.line((w * 0.3, h * 0.6, w * 0.5, h * 0.9), fill=dark, width=max(1, int(w * 0.02)))  # a crease


def _jar(d: ImageDraw.ImageDraw, w: int, h: int, rgb: Rgb) -> None:
    """A jar: a round belly, a short neck and a lip, a highlight down its side."""
    dark = _shade(rgb, -0.3)
    d.ellipse((0, h * 0.22, w, h), fill=_shade(rgb, 0))
    d.rectangle((w * 0.28, h * 0.08, w * 0.72, h * 0.35), fill=_shade(rgb, 0))
    d.rectangle((w * 0.2, 0, w * 0.8, h * 0.1), fill=dark)
    d.ellipse((w * 0.16, h * 0.4, w * 0.3, h * 0.75), fill=_shade(rgb, 0.3))
    d.line((w * 0.06, h * 0.55, w * 0.94, h * 0.55), fill=dark, width=max(2, int(h * 0.025)))  # a band


def _food(d: ImageDraw.ImageDraw, w: int, h: int, rgb: Rgb) -> None:
    """Food on a plate: a white plate seen a little from above and a rounded lump on it, lit on top."""
    d.ellipse((0, h * 0.58, w, h), fill=(235, 235, 230, 255), outline=(190, 190, 185, 255), width=max(1, h // 24))
    d.chord((w * 0.18, h * 0.05, w * 0.82, h * 1.25), 180, 360, fill=_shade(rgb, 0))
    d.chord((w * 0.28, h * 0.14, w * 0.62, h * 0.7), 180, 360, fill=_shade(rgb, 0.25))
    d.line((w * 0.3, h * 0.5, w * 0.7, h * 0.5), fill=_shade(rgb, -0.3), width=max(1, h // 20))


def _tool(d: ImageDraw.ImageDraw, w: int, h: int, rgb: Rgb) -> None:
    """A hand tool: a wooden handle, a metal head at its top (its colour), a ferrule between."""
    wood, dark = (139, 94, 52, 255), (96, 62, 32, 255)
    d.rounded_rectangle((w * 0.36, h * 0.3, w * 0.64, h), radius=w * 0.12, fill=wood, outline=dark)
    d.rectangle((w * 0.32, h * 0.3, w * 0.68, h * 0.36), fill=(90, 90, 96, 255))
    d.polygon([(0, h * 0.1), (w, 0), (w, h * 0.3), (w * 0.1, h * 0.3)], fill=_shade(rgb, 0), outline=_shade(rgb, -0.45))
    d.line((w * 0.1, h * 0.08, w * 0.9, h * 0.02), fill=_shade(rgb, 0.4), width=max(1, int(w * 0.06)))


def _paper(d: ImageDraw.ImageDraw, w: int, h: int, rgb: Rgb) -> None:
    """A sheet of paper, a corner turned down, lines of writing on it."""
    fold = w * 0.22
    d.polygon([(0, 0), (w - fold, 0), (w, fold), (w, h), (0, h)], fill=_shade(rgb, 0), outline=_shade(rgb, -0.4))
    d.polygon([(w - fold, 0), (w - fold, fold), (w, fold)], fill=_shade(rgb, -0.15))
    for k in range(6):  # the writing
        y = h * (0.2 + 0.12 * k)
        d.line((w * 0.12, y, w * (0.88 if k % 3 != 2 else 0.6), y), fill=(70, 60, 55, 255), width=max(1, int(h * 0.02)))


def _trinket(d: ImageDraw.ImageDraw, w: int, h: int, rgb: Rgb) -> None:
    """A small bright thing: a round piece of metal or a stone, its rim darker, a glint of light on it."""
    d.ellipse(
        (w * 0.08, h * 0.08, w * 0.92, h * 0.92), fill=_shade(rgb, 0), outline=_shade(rgb, -0.35), width=max(2, w // 12)
    )
    d.ellipse((w * 0.25, h * 0.25, w * 0.75, h * 0.75), outline=_shade(rgb, -0.2), width=max(1, w // 20))
    cx, cy, r = w * 0.68, h * 0.3, w * 0.3  # the glint: a four-pointed star
    d.polygon([(cx, cy - r), (cx + r * 0.18, cy), (cx, cy + r), (cx - r * 0.18, cy)], fill=(255, 255, 245, 255))
    d.polygon([(cx - r, cy), (cx, cy - r * 0.18), (cx + r, cy), (cx, cy + r * 0.18)], fill=(255, 255, 245, 255))


PAINTERS: dict[str, Painter] = {
    "kind_cloth": _cloth,
    "kind_padding": _padding,
    "kind_box": _box,
    "kind_sack": _sack,
    "kind_jar": _jar,
    "kind_food": _food,
    "kind_tool": _tool,
    "kind_paper": _paper,
    "kind_trinket": _trinket,
}
KINDS = frozenset(PAINTERS)


def drawn(key: str, height: int, colour: Rgb | None = None) -> Image.Image | None:
    """The kind `height` pixels tall, in `colour` where given (its own otherwise); None for a key of no kind."""
    paint = PAINTERS.get(key)
    if paint is None:
        return None
    s = 4  # drawn at four times the size, then scaled down: smooth edges
    h = max(8, int(height)) * s
    w = max(4, int(h * WIDTH[key]))
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    paint(ImageDraw.Draw(img), w, h, colour or DEFAULT_COLOUR[key])
    return img.resize((max(2, w // s), max(2, h // s)), Image.Resampling.LANCZOS)


def plain(key: str) -> Callable[[ImageDraw.ImageDraw, int, int], None]:
    """The kind's painter in its own colour, as animation/held.py's drawings are called."""
    paint = PAINTERS[key]
    return lambda d, w, h: paint(d, w, h, DEFAULT_COLOUR[key])


def in_colours(
    sprites: Callable[[str, int], Image.Image | None], colours: Mapping[str, str | None]
) -> Callable[[str, int], Image.Image | None]:
    """A sprite factory (key, height) that draws each kind in the colour its scene gives it ("a red cloth":
    storyboard Thing.colour), everything else as `sprites` draws it."""
    from filmstudio.script.colours import rgb_of

    tinted = {key: rgb_of(colour) for key, colour in colours.items() if key in KINDS and colour}
    if not tinted:
        return sprites

    def sprite(key: str, height: int) -> Image.Image | None:
        return drawn(key, height, tinted[key]) if key in tinted else sprites(key, height)

    return sprite
