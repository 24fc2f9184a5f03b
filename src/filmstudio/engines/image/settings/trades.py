"""Rooms where people serve or get ready: an old inn's taproom (low beams, a hearth, heavy tables and tankards:
not a bar's bottles and stools), a shop (a counter before shelves of goods, its window onto the street) and a
theatre's dressing room backstage (a mirror ringed with bulbs, a make-up table, a rack of costumes: not the stage).
"""

from __future__ import annotations

from filmstudio.engines.image.settings.parts import glow, lamp_light, room, window
from filmstudio.engines.image.shapes import RGB, Draw, Pen, Picture, Rng, shade

_BEAM: RGB = (72, 46, 28)
_OAK: RGB = (128, 84, 46)
_PEWTER: RGB = (170, 172, 176)


def _tankard(draw: Pen, x: float, foot: float, size: float, light: float) -> None:
    """A pewter tankard with its handle, foam on top."""
    draw.rectangle((x, foot - size, x + size * 0.7, foot), fill=shade(_PEWTER, light))
    draw.arc(
        (x + size * 0.5, foot - size * 0.85, x + size, foot - size * 0.2),
        270,
        90,
        fill=shade(_PEWTER, light * 0.8),
        width=4,
    )
    draw.ellipse((x - size * 0.05, foot - size * 1.12, x + size * 0.75, foot - size * 0.9), fill=(245, 240, 225))


def _tavern(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """An inn's taproom: whitewashed walls under black beams, a stone hearth with its fire, small leaded
    windows, heavy tables with tankards, barrels at the back."""
    light = lamp_light(time)
    floor_y = room(draw, w, h, time, (222, 206, 170), (110, 78, 50), floor_at=0.74)
    for x in (w * 0.04, w * 0.5, w * 0.96):  # posts and the beams they carry
        draw.rectangle((x - w * 0.02, 0, x + w * 0.02, floor_y), fill=shade(_BEAM, light))
    draw.rectangle((0, 0, w, h * 0.07), fill=shade(_BEAM, light))
    for k in range(1, 6):  # the ceiling's joists seen end on
        x = w * k / 6
        draw.rectangle((x - w * 0.015, h * 0.07, x + w * 0.015, h * 0.11), fill=shade(_BEAM, light * 0.85))
    draw.rectangle((0, h * 0.2, w, h * 0.225), fill=shade(_BEAM, light))  # the rail the jugs hang from
    for k in range(9):
        x = w * (0.08 + k * 0.1)
        if abs(x - w * 0.5) > w * 0.04:
            draw.rounded_rectangle(
                (x, h * 0.225, x + w * 0.025, h * 0.27), radius=w * 0.006, fill=shade((180, 120, 70), light)
            )
    # the hearth: stone chimney breast, fire, a pot on its hook
    draw.rectangle((w * 0.08, h * 0.28, w * 0.34, floor_y), fill=shade((150, 140, 126), light))
    draw.rectangle((w * 0.06, h * 0.44, w * 0.36, h * 0.47), fill=shade(_BEAM, light))  # mantel
    draw.rectangle((w * 0.12, h * 0.5, w * 0.3, floor_y), fill=(34, 24, 18))
    draw.polygon([(w * 0.15, floor_y), (w * 0.21, h * 0.56), (w * 0.27, floor_y)], fill=(250, 140, 40))
    draw.polygon([(w * 0.18, floor_y), (w * 0.21, h * 0.62), (w * 0.24, floor_y)], fill=(255, 220, 90))
    draw.ellipse((w * 0.19, h * 0.55, w * 0.25, h * 0.6), fill=(40, 38, 40))
    glow(img, w * 0.21, h * 0.64, h * 0.22, (255, 150, 60), 70)
    for x in (w * 0.62, w * 0.82):  # small windows of leaded panes
        window(draw, (x, h * 0.3, x + w * 0.1, h * 0.48), time, panes=3, frame=shade(_BEAM, light))
    rack = floor_y - h * 0.02  # barrels on their rack against the wall, end on, under the windows
    draw.rectangle((w * 0.58, rack, w * 0.9, rack + h * 0.02), fill=shade(_BEAM, light))
    for k in range(3):
        x, r = w * (0.63 + k * 0.11), h * 0.075
        draw.ellipse((x - r, rack - r * 2, x + r, rack), fill=shade((60, 50, 45), light))
        draw.ellipse((x - r * 0.88, rack - r * 1.88, x + r * 0.88, rack - r * 0.12), fill=shade(_OAK, light))
        draw.rectangle((x - r * 0.06, rack - r * 0.7, x + r * 0.06, rack - r * 0.35), fill=shade((170, 150, 90), light))
    # two heavy tables with benches, tankards and a candle
    for x0, x1 in ((w * 0.38, w * 0.62), (w * 0.7, w * 0.95)):
        top = floor_y + h * 0.04
        draw.rectangle((x0, top, x1, top + h * 0.035), fill=shade(_OAK, light))
        for lx in (x0 + w * 0.015, x1 - w * 0.03):
            draw.rectangle((lx, top + h * 0.035, lx + w * 0.015, top + h * 0.16), fill=shade(_BEAM, light))
        draw.rectangle((x0 - w * 0.02, top + h * 0.1, x1 + w * 0.02, top + h * 0.12), fill=shade(_BEAM, light * 1.2))
        for k in range(3):
            _tankard(draw, x0 + (x1 - x0) * (0.15 + k * 0.28), top, h * 0.05, light)
    draw.rectangle(
        (w * 0.5 - w * 0.004, floor_y - h * 0.01, w * 0.5 + w * 0.004, floor_y + h * 0.04), fill=(240, 232, 210)
    )
    glow(img, w * 0.5, floor_y - h * 0.02, h * 0.05, (255, 210, 120), 120)


def _pick(rng: Rng, colours: list[RGB]) -> RGB:
    return colours[int(rng.integers(0, len(colours)))]


def _goods(draw: Pen, x: float, shelf: float, row: int, light: float, rng: Rng, w: int, h: int) -> float:
    """One piece of a shop's stock on a shelf: a loaf, a jar, a box, a bolt of cloth or a pair of shoes; returns
    the space it takes."""
    kind = (row + int(rng.integers(0, 3))) % 5
    if kind == 0:
        draw.ellipse((x, shelf - h * 0.045, x + w * 0.05, shelf), fill=shade((200, 140, 70), light))
        return w * 0.058
    if kind == 1:
        colour = _pick(rng, [(160, 60, 50), (230, 180, 60), (110, 150, 80)])
        draw.rounded_rectangle((x, shelf - h * 0.07, x + w * 0.03, shelf), radius=w * 0.006, fill=shade(colour, light))
        draw.rectangle(
            (x + w * 0.004, shelf - h * 0.08, x + w * 0.026, shelf - h * 0.068), fill=shade((220, 210, 190), light)
        )
        return w * 0.038
    if kind == 2:
        colour = _pick(rng, [(70, 100, 160), (200, 80, 60), (230, 220, 190)])
        draw.rectangle((x, shelf - h * 0.06, x + w * 0.045, shelf), fill=shade(colour, light))
        draw.line((x, shelf - h * 0.03, x + w * 0.045, shelf - h * 0.03), fill=shade((250, 250, 240), light), width=3)
        return w * 0.052
    if kind == 3:
        colour = _pick(rng, [(150, 40, 70), (50, 90, 140), (210, 170, 60)])
        draw.rounded_rectangle((x, shelf - h * 0.05, x + w * 0.06, shelf), radius=h * 0.02, fill=shade(colour, light))
        return w * 0.068
    draw.polygon(
        [(x, shelf), (x, shelf - h * 0.035), (x + w * 0.02, shelf - h * 0.03), (x + w * 0.045, shelf)],
        fill=shade((90, 50, 30), light),
    )
    return w * 0.052


def _shop(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A shop: shelves of goods behind a long counter with its scales and a jar of sweets, the shop window
    and the door with its bell on one side."""
    light = lamp_light(time)
    floor_y = room(draw, w, h, time, (214, 196, 150), (150, 112, 74), floor_at=0.78)
    window(draw, (w * 0.03, h * 0.18, w * 0.22, h * 0.62), time, panes=2, frame=shade((60, 90, 70), 1.0))
    draw.rectangle((w * 0.25, h * 0.16, w * 0.34, floor_y), fill=shade((60, 90, 70), light))  # the door
    draw.rectangle((w * 0.265, h * 0.2, w * 0.325, h * 0.42), fill=shade((170, 200, 210), light))
    draw.ellipse((w * 0.29, h * 0.13, w * 0.305, h * 0.16), fill=(210, 170, 60))  # its bell
    left, right = w * 0.38, w * 0.98
    draw.rectangle((left, h * 0.06, right, h * 0.6), fill=shade((120, 84, 50), light))  # the shelves' case
    for row in range(3):  # the counter hides what is below
        shelf = h * (0.2 + row * 0.15)
        draw.rectangle((left, shelf, right, shelf + h * 0.015), fill=shade((90, 60, 34), light))
        x = left + w * 0.012
        while x < right - w * 0.07:
            x += _goods(draw, x, shelf, row, light, rng, w, h)
    top = h * 0.6  # the counter, its top and front panels
    draw.rectangle((w * 0.36, top, w * 0.99, top + h * 0.03), fill=shade((160, 112, 64), light))
    draw.rectangle((w * 0.37, top + h * 0.03, w * 0.98, floor_y + h * 0.04), fill=shade((118, 78, 44), light))
    for k in range(6):
        x = w * (0.39 + k * 0.098)
        draw.rectangle((x, top + h * 0.06, x + w * 0.08, floor_y), outline=shade((90, 58, 32), light), width=4)
    sx = w * 0.5  # the scales
    draw.rectangle((sx - w * 0.004, top - h * 0.1, sx + w * 0.004, top), fill=shade((200, 160, 60), light))
    draw.line((sx - w * 0.05, top - h * 0.1, sx + w * 0.05, top - h * 0.1), fill=shade((200, 160, 60), light), width=5)
    for px in (sx - w * 0.05, sx + w * 0.05):
        draw.chord(
            (px - w * 0.025, top - h * 0.06, px + w * 0.025, top - h * 0.02), 0, 180, fill=shade((210, 170, 70), light)
        )
    draw.rounded_rectangle(
        (w * 0.8, top - h * 0.11, w * 0.86, top), radius=w * 0.01, fill=shade((200, 225, 230), light)
    )
    for k in range(6):  # sweets in the jar
        draw.ellipse(
            (
                w * (0.805 + (k % 3) * 0.017),
                top - h * (0.03 + (k // 3) * 0.03),
                w * (0.817 + (k % 3) * 0.017),
                top - h * (0.01 + (k // 3) * 0.03),
            ),
            fill=((220, 60, 60), (250, 200, 60), (90, 170, 90))[k % 3],
        )


def _bulb_mirror(img: Picture, draw: Pen, box: tuple[float, float, float, float], light: float, h: int) -> None:
    """A dressing-room mirror: a frame ringed with round bulbs, the glass pale."""
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=shade((60, 56, 58), light))
    draw.rectangle((x0 + h * 0.03, y0 + h * 0.03, x1 - h * 0.03, y1 - h * 0.03), fill=shade((190, 200, 206), light))
    draw.polygon(
        [
            (x0 + h * 0.05, y1 - h * 0.03),
            (x0 + h * 0.12, y0 + h * 0.03),
            (x0 + h * 0.16, y0 + h * 0.03),
            (x0 + h * 0.09, y1 - h * 0.03),
        ],
        fill=shade((220, 228, 232), light),
    )
    r = h * 0.011
    spots = [(x0 + (x1 - x0) * k / 6, y0 + h * 0.014) for k in range(1, 6)]
    spots += [(x, y0 + (y1 - y0) * k / 5) for x in (x0 + h * 0.014, x1 - h * 0.014) for k in range(1, 5)]
    for x, y in spots:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 246, 210))
    glow(img, (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) * 0.7, (255, 230, 170), 45)


def _backstage(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A theatre's dressing room: two mirrors ringed with bulbs over a long make-up table with its pots and
    brushes, a stool, a rack of costumes on hangers, a poster on the wall; no window (the night only dims it)."""
    light = lamp_light(time)
    floor_y = room(draw, w, h, time, (104, 70, 86), (70, 56, 52), floor_at=0.76, boards=False)
    for k in range(16):  # the wallpaper's stripes
        x = w * k / 16
        draw.rectangle((x, 0, x + w * 0.02, floor_y), fill=shade((116, 80, 98), light))
    draw.rectangle((w * 0.03, h * 0.1, w * 0.13, h * 0.32), fill=shade((220, 190, 90), light))  # a playbill
    draw.rectangle((w * 0.045, h * 0.13, w * 0.115, h * 0.2), fill=shade((150, 40, 50), light))
    for k in range(3):
        draw.line(
            (w * 0.045, h * (0.23 + k * 0.025), w * 0.115, h * (0.23 + k * 0.025)),
            fill=shade((80, 50, 40), light),
            width=4,
        )
    for x0 in (w * 0.16, w * 0.4):
        _bulb_mirror(img, draw, (x0, h * 0.12, x0 + w * 0.2, h * 0.48), light, h)
    top = h * 0.53  # the make-up table
    draw.rectangle((w * 0.14, top, w * 0.63, top + h * 0.03), fill=shade((230, 222, 210), light))
    draw.rectangle((w * 0.15, top + h * 0.03, w * 0.62, top + h * 0.1), fill=shade((200, 190, 176), light))
    for x in (w * 0.15, w * 0.6):
        draw.rectangle((x, top + h * 0.1, x + w * 0.02, floor_y + h * 0.02), fill=shade((200, 190, 176), light * 0.9))
    for k, colour in enumerate([(220, 60, 70), (250, 220, 190), (60, 60, 70), (230, 170, 150), (120, 80, 160)]):
        x = w * (0.2 + k * 0.08)  # pots, a powder puff, brushes in a cup
        draw.rounded_rectangle((x, top - h * 0.035, x + w * 0.025, top), radius=w * 0.004, fill=shade(colour, light))
    for k in range(3):
        draw.line(
            (w * (0.56 + k * 0.006), top - h * 0.07, w * (0.565 + k * 0.004), top),
            fill=shade((60, 40, 30), light),
            width=4,
        )
    draw.ellipse(
        (w * 0.33, floor_y - h * 0.05, w * 0.43, floor_y - h * 0.02), fill=shade((160, 40, 50), light)
    )  # stool
    draw.rectangle((w * 0.375, floor_y - h * 0.025, w * 0.385, floor_y + h * 0.06), fill=shade((50, 40, 40), light))
    # the costume rack: a rail on two stands, gowns and coats hanging in a row, a hat on top
    rail = h * 0.16
    draw.line((w * 0.68, rail, w * 0.98, rail), fill=shade((180, 180, 186), light), width=h // 120)
    for x in (w * 0.69, w * 0.97):
        draw.line((x, rail, x, floor_y + h * 0.04), fill=shade((180, 180, 186), light), width=h // 120)
    costumes = [(180, 30, 50), (40, 90, 160), (230, 190, 60), (60, 130, 80), (150, 60, 150), (240, 240, 235)]
    for k, colour in enumerate(costumes):
        x = w * (0.705 + k * 0.044)
        draw.line((x, rail, x, rail + h * 0.03), fill=shade((90, 90, 90), light), width=4)
        hem = rail + h * (0.4 if k % 2 else 0.3)
        draw.polygon(
            [
                (x - w * 0.018, rail + h * 0.03),
                (x + w * 0.018, rail + h * 0.03),
                (x + w * 0.03, hem),
                (x - w * 0.03, hem),
            ],
            fill=shade(colour, light),
        )
    draw.ellipse(
        (w * 0.78, rail - h * 0.04, w * 0.86, rail + h * 0.005), fill=shade((40, 40, 44), light)
    )  # a top hat's brim
    draw.rectangle((w * 0.795, rail - h * 0.12, w * 0.845, rail - h * 0.02), fill=shade((40, 40, 44), light))


TRADES: dict[str, Draw] = {"tavern": _tavern, "shop": _shop, "backstage": _backstage}
