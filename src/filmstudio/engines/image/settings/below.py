"""Stone rooms below or behind thick walls: a cellar (a barrel vault, barrels on their racks, the stair up to the
house) and a prison cell (a grille of iron bars, straw on the floor, one small window high in the wall). Both are
lit by a lamp or a torch; the time of day shows only through the little window, and the night is darker."""

from __future__ import annotations

import numpy as np

from filmstudio.animation.set_furniture import CELL_BED, CELL_FLOOR
from filmstudio.engines.image.settings.parts import glow, lamp_light, window
from filmstudio.engines.image.shapes import RGB, Draw, Pen, Picture, Rng, shade

_STONE: RGB = (128, 118, 104)
_CELL_STONE: RGB = (112, 114, 118)
_IRON: RGB = (38, 36, 38)
_OAK: RGB = (122, 80, 44)
_STRAW: RGB = (206, 176, 92)
CELLAR_FLOOR = 0.76  # where the flagstones start: people stand in front of the racks


def _stones(draw: Pen, box: tuple[float, float, float, float], colour: RGB, light: float, rng: Rng, rows: int) -> None:
    """Courses of rough stone blocks, each a little lighter or darker than the next."""
    x0, y0, x1, y1 = box
    course = (y1 - y0) / rows
    for r in range(rows):
        top = y0 + r * course
        x = x0 - (course * 0.9 if r % 2 else 0)
        while x < x1:
            width = course * rng.uniform(1.4, 2.2)
            tone = shade(colour, light * rng.uniform(0.85, 1.08))
            draw.rectangle((x, top, x + width, top + course), fill=tone, outline=shade(colour, light * 0.6), width=2)
            x += width


def _flagstones(draw: Pen, w: int, h: int, top: float, colour: RGB, light: float) -> None:
    draw.rectangle((0, top, w, h), fill=shade(colour, light))
    for k in range(1, 5):
        y = top + (h - top) * (k / 5) ** 1.3
        draw.line((0, y, w, y), fill=shade(colour, light * 0.7), width=max(1, h // 500))
    for x in np.arange(-w * 0.2, w * 1.2, w * 0.1):
        draw.line((w / 2 + (x - w / 2) * 0.35, top, x, h), fill=shade(colour, light * 0.7), width=max(1, h // 500))


def _barrel_end(draw: Pen, x: float, y: float, r: float, light: float) -> None:
    """A barrel lying on its side, seen end on: a round head of staves inside iron hoops, a tap."""
    draw.ellipse((x - r, y - r, x + r, y + r), fill=shade(_IRON, light * 1.4))
    draw.ellipse((x - r * 0.9, y - r * 0.9, x + r * 0.9, y + r * 0.9), fill=shade(_OAK, light))
    for k in (-0.5, 0.0, 0.5):  # the head's boards
        draw.line((x + k * r, y - r * 0.85, x + k * r, y + r * 0.85), fill=shade(_OAK, light * 0.7), width=3)
    draw.ellipse((x - r * 0.62, y - r * 0.62, x + r * 0.62, y + r * 0.62), outline=shade(_IRON, light * 1.4), width=4)
    draw.rectangle((x - r * 0.06, y + r * 0.35, x + r * 0.06, y + r * 0.62), fill=shade((170, 150, 90), light))


def _barrel_standing(draw: Pen, x: float, foot: float, width: float, height: float, light: float) -> None:
    """A barrel on end: bellied staves and three hoops."""
    draw.rounded_rectangle((x, foot - height, x + width, foot), radius=width * 0.25, fill=shade(_OAK, light))
    for k in range(1, 4):
        sx = x + width * k / 4
        draw.line((sx, foot - height, sx, foot), fill=shade(_OAK, light * 0.75), width=3)
    for t in (0.12, 0.5, 0.88):
        y = foot - height * t
        draw.rectangle((x - width * 0.02, y - height * 0.03, x + width * 1.02, y + height * 0.03), fill=_IRON)


def _cellar(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A cellar: a stone barrel vault, racks of barrels, a stair climbing to the door of the house, a lamp."""
    light = lamp_light(time) * 0.9
    floor_y = h * CELLAR_FLOOR
    draw.rectangle((0, 0, w, h), fill=shade(_STONE, light * 0.45))  # the vault's shadowed ceiling
    _stones(draw, (0, h * 0.16, w, floor_y), _STONE, light * 0.9, rng, rows=9)
    # the vault: the arch of the ceiling shadowing the wall's top corners
    draw.chord((-w * 0.25, -h * 0.55, w * 1.25, h * 0.62), 180, 360, fill=shade(_STONE, light * 0.55))
    draw.arc((-w * 0.25, -h * 0.55, w * 1.25, h * 0.62), 180, 360, fill=shade(_STONE, light * 0.35), width=h // 60)
    for x in (w * 0.33, w * 0.67):  # the vault's ribs
        draw.line((x, 0, x, h * 0.05), fill=shade(_STONE, light * 0.35), width=h // 70)
    window(draw, (w * 0.46, h * 0.2, w * 0.56, h * 0.3), time, panes=3, frame=shade(_IRON, 1.6))  # a light well
    _flagstones(draw, w, h, floor_y, (104, 96, 86), light)
    # the stair up, along the left wall, to the house's door
    steps = 7
    for k in range(steps):
        x0 = w * (0.02 + k * 0.035)
        top = floor_y - (floor_y - h * 0.3) * (k + 1) / steps
        draw.rectangle((x0, top, w * 0.3, floor_y), fill=shade((150, 140, 124), light * (0.8 + k * 0.02)))
        draw.line((x0, top, w * 0.3, top), fill=shade((200, 190, 170), light), width=h // 200)
    draw.rectangle((w * 0.24, h * 0.1, w * 0.3, h * 0.3), fill=shade((90, 60, 34), light))  # the door at the top
    draw.rectangle((w * 0.245, h * 0.11, w * 0.295, h * 0.29), fill=(250, 215, 140))  # left ajar: the house's light
    # racks of barrels along the back wall, two tiers; two more barrels standing by the stair
    rack_y = floor_y - h * 0.02
    draw.rectangle((w * 0.36, rack_y - h * 0.01, w * 0.98, rack_y + h * 0.015), fill=shade((80, 52, 30), light))
    r = h * 0.085
    for tier, y in enumerate((rack_y - r, rack_y - r * 3.0)):
        for k in range(5 - tier):
            _barrel_end(draw, w * (0.42 + k * 0.125 + tier * 0.062), y, r, light)
    for x in (w * 0.31, w * 0.355):
        _barrel_standing(draw, x, floor_y + h * 0.06, w * 0.04, h * 0.16, light * 0.95)
    lamp_x, lamp_y = w * 0.62, h * 0.08  # a lamp hanging from the vault
    draw.line((lamp_x, 0, lamp_x, lamp_y), fill=_IRON, width=h // 300)
    draw.rectangle((lamp_x - w * 0.012, lamp_y, lamp_x + w * 0.012, lamp_y + h * 0.05), fill=(255, 210, 120))
    glow(img, lamp_x, lamp_y + h * 0.03, h * 0.25, (255, 190, 100), 70)


def _prison_cell(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A prison cell or a dungeon: stone walls, a small barred window high up, straw and a plank bed on the floor,
    and the cell's grille of iron bars with its door, the passage beyond it dark."""
    light = lamp_light(time) * 0.85
    floor_y = h * CELL_FLOOR
    _stones(draw, (0, 0, w, floor_y), _CELL_STONE, light * 0.8, rng, rows=11)
    box = (w * 0.14, h * 0.1, w * 0.24, h * 0.24)  # the little window, high up, barred
    window(draw, box, time, panes=1, frame=shade(_CELL_STONE, light * 0.5))
    for k in range(1, 4):
        x = box[0] + (box[2] - box[0]) * k / 4
        draw.line((x, box[1], x, box[3]), fill=_IRON, width=h // 150)
    glow(img, (box[0] + box[2]) / 2, box[3] + h * 0.08, h * 0.12, (230, 230, 210), 40)
    draw.rectangle((0, floor_y, w, h), fill=shade((92, 88, 80), light))  # the earth floor
    draw.chord((-w * 0.04, floor_y - h * 0.02, w * 0.46, h * 1.02), 180, 360, fill=shade(_STRAW, light * 0.8))  # a heap
    for _ in range(700):  # and straw strewn over the floor, thickest on the heap
        x = rng.uniform(0, w * 0.5) if rng.random() < 0.7 else rng.uniform(0, w)
        y = rng.uniform(floor_y + h * 0.01, h)
        length, tilt = h * rng.uniform(0.02, 0.06), rng.uniform(-1, 1)
        tone = shade(_STRAW, light * rng.uniform(0.8, 1.15))
        draw.line((x, y, x + length, y + length * tilt * 0.3), fill=tone, width=4)
    bed = CELL_BED.box(w, h)
    draw.rectangle((bed[0], bed[1], bed[2], floor_y - h * 0.07), fill=shade(_OAK, light))  # plank bed
    for x in (w * 0.08, w * 0.31):
        draw.rectangle((x, floor_y - h * 0.07, x + w * 0.015, floor_y + h * 0.01), fill=shade(_OAK, light * 0.7))
    draw.polygon(  # a bucket
        [(w * 0.4, floor_y - h * 0.06), (w * 0.45, floor_y - h * 0.06), (w * 0.443, floor_y), (w * 0.407, floor_y)],
        fill=shade((110, 90, 70), light),
    )
    # the grille: the passage dark behind it, bars from floor to lintel, cross bars, the door's lock
    left, right, top = w * 0.52, w * 0.98, h * 0.08
    draw.rectangle((left, top, right, floor_y), fill=shade((84, 80, 76), light * 0.9))  # the passage
    glow(img, w * 0.8, h * 0.3, h * 0.12, (255, 160, 60), 60)  # a torch down the passage
    bar = w * 0.011
    for k in range(15):
        x = left + (right - left) * k / 14
        draw.rectangle((x - bar / 2, top, x + bar / 2, floor_y + h * 0.01), fill=_IRON)
        draw.line((x - bar * 0.2, top, x - bar * 0.2, floor_y), fill=shade((90, 90, 95), light), width=2)
    for y in (top, h * 0.3, floor_y - h * 0.08):
        draw.rectangle((left, y - h * 0.008, right, y + h * 0.008), fill=_IRON)
    draw.rectangle((w * 0.63, h * 0.42, w * 0.66, h * 0.48), fill=shade((80, 70, 50), light))


BELOW: dict[str, Draw] = {"cellar": _cellar, "prison_cell": _prison_cell}
