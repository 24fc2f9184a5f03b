"""The rooms of a grand house: a palace's, a castle's, a manor's. A king's hall or a queen's chamber drawn as a
cottage's sitting room (a sofa, a floor lamp) tells the wrong story; these rooms have walls twice a person's
height, stone columns or wooden panels, tall arched windows (the weather shows through them, settings/outside.py)
and what the room is for: the great hall a long table laid for a feast, the ballroom an empty polished floor under
chandeliers, the bedchamber a canopy bed. A palace seen from inside with no room named is its great hall."""

from __future__ import annotations

from filmstudio.animation.set_furniture import BEDCHAMBER_BED, GREAT_HALL_TABLE, HALL_FLOOR
from filmstudio.engines.image.settings.parts import lamp_light, window
from filmstudio.engines.image.shapes import RGB, Draw, Pen, Picture, Rng, shade

_STONE: RGB = (196, 184, 164)
_COLUMN: RGB = (232, 226, 212)
_WOOD: RGB = (104, 66, 38)
_FLOOR_AT = HALL_FLOOR  # the floor starts low: a grand room's walls are tall


def _walls(draw: Pen, w: int, h: int, time: str, wall: RGB, floor: RGB) -> tuple[int, float]:
    """A tall wall of dressed stone, a stone floor, a dark cornice; returns the floor line and the lamp light."""
    lamp = lamp_light(time)
    floor_y = int(h * _FLOOR_AT)
    draw.rectangle((0, 0, w, floor_y), fill=shade(wall, lamp))
    for k in range(1, 9):  # courses of stone
        y = floor_y * k / 9
        draw.line((0, y, w, y), fill=shade(wall, lamp * 0.88), width=max(1, h // 500))
    draw.rectangle((0, 0, w, h * 0.04), fill=shade(_WOOD, lamp))  # the beams' cornice
    draw.rectangle((0, floor_y, w, h), fill=shade(floor, lamp))
    for k in range(1, 4):
        y = floor_y + (h - floor_y) * k / 4
        draw.line((0, y, w, y), fill=shade(floor, lamp * 0.85), width=max(1, h // 600))
    return floor_y, lamp


def _columns(draw: Pen, xs: tuple[float, ...], w: int, h: int, floor_y: int, lamp: float) -> None:
    """Stone columns from floor to cornice, each with a base and a capital."""
    for x in xs:
        draw.rectangle((x - w * 0.025, h * 0.06, x + w * 0.025, floor_y), fill=shade(_COLUMN, lamp))
        draw.rectangle((x - w * 0.008, h * 0.06, x + w * 0.0, floor_y), fill=shade(_COLUMN, lamp * 0.9))
        draw.rectangle((x - w * 0.035, h * 0.04, x + w * 0.035, h * 0.075), fill=shade(_COLUMN, lamp * 0.92))
        draw.rectangle((x - w * 0.035, floor_y - h * 0.03, x + w * 0.035, floor_y), fill=shade(_COLUMN, lamp * 0.92))


def _tall_windows(draw: Pen, xs: tuple[float, ...], w: int, h: int, time: str, *, top: float = 0.16) -> None:
    """Arched windows (the weather outside shows through them)."""
    for x in xs:
        box = (x - w * 0.05, h * top, x + w * 0.05, h * (top + 0.34))
        window(draw, box, time, panes=2, frame=(120, 100, 80), round_top=True)


def _banner(draw: Pen, x: float, w: int, h: int, colour: RGB, lamp: float) -> None:
    top, bottom = h * 0.08, h * 0.42
    draw.polygon(
        [
            (x - w * 0.03, top),
            (x + w * 0.03, top),
            (x + w * 0.03, bottom),
            (x, bottom - h * 0.04),
            (x - w * 0.03, bottom),
        ],
        fill=shade(colour, lamp),
    )
    draw.ellipse((x - w * 0.012, h * 0.2, x + w * 0.012, h * 0.2 + w * 0.024), fill=shade((220, 190, 70), lamp))


# the great hall's long table (its top, where a cup set on it stands) and the bedchamber's canopy bed (its
# coverlet's top is the mattress; a pillow at either end, the sleeper's head at the left one)


def great_hall(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A castle's or palace's great hall: columns, tall windows, banners and a long table laid for a feast."""
    floor_y, lamp = _walls(draw, w, h, time, _STONE, (150, 140, 128))
    _tall_windows(draw, (w * 0.25, w * 0.75), w, h, time)
    _columns(draw, (w * 0.06, w * 0.5, w * 0.94), w, h, floor_y, lamp)
    for x, colour in ((w * 0.38, (40, 60, 130)), (w * 0.62, (30, 100, 60))):
        _banner(draw, x, w, h, colour, lamp)
    top = GREAT_HALL_TABLE.top * h  # the long table, its chairs' backs behind it
    for k in range(9):
        x = w * (0.16 + k * 0.085)
        draw.rectangle((x - w * 0.015, top - h * 0.07, x + w * 0.015, top), fill=shade((80, 50, 30), lamp))
    draw.rectangle(
        (GREAT_HALL_TABLE.left * w, top, GREAT_HALL_TABLE.right * w, top + h * 0.025), fill=shade(_WOOD, lamp)
    )
    for x in (w * 0.13, w * 0.87, w * 0.5):
        draw.rectangle(
            (x - w * 0.01, top + h * 0.025, x + w * 0.01, floor_y + h * 0.02), fill=shade((80, 50, 30), lamp)
        )
    for k in range(5):  # candles and platters along it
        x = w * (0.2 + k * 0.15)
        draw.rectangle((x - w * 0.004, top - h * 0.05, x + w * 0.004, top), fill=shade((240, 235, 215), lamp))
        draw.ellipse((x - w * 0.005, top - h * 0.065, x + w * 0.005, top - h * 0.045), fill=(255, 210, 110))
        draw.ellipse((x + w * 0.03, top - h * 0.012, x + w * 0.07, top + h * 0.004), fill=shade((200, 200, 205), lamp))


def ballroom(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A ballroom: pale panelled walls, tall windows, chandeliers, and a wide polished floor left empty to dance."""
    floor_y, lamp = _walls(draw, w, h, time, (232, 220, 196), (176, 130, 82))
    for k in range(10):  # the floor's parquet, polished: a light and a dark board
        x0 = w * k / 10
        if k % 2:
            draw.polygon(
                [(x0, floor_y), (x0 + w / 10, floor_y), (x0 + w / 10 + w * 0.02, h), (x0 + w * 0.02, h)],
                fill=shade((150, 105, 62), lamp),
            )
    _tall_windows(draw, (w * 0.2, w * 0.5, w * 0.8), w, h, time, top=0.27)  # below the chandeliers
    _columns(draw, (w * 0.05, w * 0.35, w * 0.65, w * 0.95), w, h, floor_y, lamp)
    for x in (w * 0.2, w * 0.5, w * 0.8):  # chandeliers
        draw.line((x, h * 0.04, x, h * 0.09), fill=(200, 170, 90), width=max(1, w // 600))
        draw.ellipse((x - w * 0.05, h * 0.09, x + w * 0.05, h * 0.13), fill=(240, 205, 120))
        for k in range(7):
            cx = x - w * 0.045 + k * w * 0.015
            draw.ellipse((cx - w * 0.004, h * 0.075, cx + w * 0.004, h * 0.095), fill=(255, 240, 190))


def bedchamber(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A queen's or a lord's bedchamber: dark wood panels below a tall wall, an arched window, a canopy bed."""
    floor_y, lamp = _walls(draw, w, h, time, (200, 180, 190), (120, 88, 64))
    wainscot = floor_y - h * 0.28
    draw.rectangle((0, wainscot, w, floor_y), fill=shade(_WOOD, lamp))
    for k in range(12):  # its panels
        x = w * (k + 0.1) / 12
        draw.rectangle(
            (x, wainscot + h * 0.03, x + w * 0.065, floor_y - h * 0.03),
            outline=shade((70, 42, 24), lamp),
            width=max(1, w // 500),
        )
    _tall_windows(draw, (w * 0.82,), w, h, time)
    left, right, top = BEDCHAMBER_BED.left * w, BEDCHAMBER_BED.right * w, h * 0.14
    drape = (90, 40, 110)
    draw.rectangle((left - w * 0.02, top, right + w * 0.02, top + h * 0.06), fill=shade(drape, lamp))  # the canopy
    for x in (left, right):  # posts
        draw.rectangle((x - w * 0.01, top, x + w * 0.01, floor_y + h * 0.04), fill=shade(_WOOD, lamp * 0.8))
    for x0, x1 in ((left, left + w * 0.06), (right - w * 0.06, right)):  # curtains drawn back
        draw.polygon(
            [(x0, top + h * 0.06), (x1, top + h * 0.06), ((x0 + x1) / 2, floor_y - h * 0.08)],
            fill=shade(drape, lamp * 0.85),
        )
    draw.rectangle(
        (left + w * 0.02, floor_y - h * 0.2, right - w * 0.02, floor_y - h * 0.1), fill=shade((110, 70, 40), lamp)
    )  # headboard
    draw.rounded_rectangle(
        (left, BEDCHAMBER_BED.top * h, right, BEDCHAMBER_BED.foot * h),
        radius=h * 0.015,
        fill=shade((215, 190, 120), lamp),
    )
    for x in (left + w * 0.06, right - w * 0.14):  # pillows
        draw.rounded_rectangle(
            (x, floor_y - h * 0.15, x + w * 0.08, floor_y - h * 0.1), radius=h * 0.01, fill=shade((245, 242, 235), lamp)
        )


HALLS: dict[str, Draw] = {"great_hall": great_hall, "ballroom": ballroom, "bedchamber": bedchamber}
# a palace seen from inside, no room named: its great hall (not the palace's outside, not a sitting room)
HALLS_INSIDE: dict[str, Draw] = {"palace": great_hall}
