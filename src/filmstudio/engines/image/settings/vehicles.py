"""Inside vehicles and on them: an airliner's cabin, a train, a car, a ship's deck, a trailer home."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from filmstudio.engines.image.palette import SKY
from filmstudio.engines.image.settings.nature import sea
from filmstudio.engines.image.settings.parts import glow, lamp_light, window
from filmstudio.engines.image.shapes import RGB, Draw, Pen, Picture, Rng, night_factor, shade

WIDE = 1.3  # half the room's width (in the eye's heights): a narrow room, yet wide enough for people to stand in
Spot = Callable[[float, float, float], tuple[float, float]]  # a point of a room seen down its length


def _airplane_cabin(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    draw.rectangle((0, 0, w, h), fill=(225, 225, 222))
    draw.chord((-w * 0.2, -h * 0.6, w * 1.2, h * 0.5), 0, 180, fill=(240, 240, 238))  # the curved ceiling
    for k in range(5):  # oval windows
        x = w * (0.08 + k * 0.19)
        draw.rounded_rectangle((x, h * 0.3, x + w * 0.07, h * 0.48), radius=w * 0.03, fill=(200, 200, 205))
        inner = (x + w * 0.008, h * 0.315, x + w * 0.062, h * 0.465)
        top, _ = SKY[time]
        draw.rounded_rectangle(inner, radius=w * 0.025, fill=top)
        draw.ellipse((inner[0], inner[1] + h * 0.09, inner[2], inner[3] + h * 0.03), fill=(240, 240, 245))
    for k in range(4):  # seat backs
        x = w * (0.04 + k * 0.25)
        draw.rounded_rectangle((x, h * 0.55, x + w * 0.18, h * 1.05), radius=w * 0.03, fill=(40, 70, 120))
        draw.rectangle((x + w * 0.03, h * 0.57, x + w * 0.15, h * 0.62), fill=(235, 235, 235))


def _train(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    draw.rectangle((0, 0, w, h), fill=(170, 150, 120))
    for k in range(3):  # windows with the country going by
        x = w * (0.04 + k * 0.33)
        box = (x, h * 0.15, x + w * 0.28, h * 0.5)
        window(draw, box, time, panes=1, frame=(90, 80, 70))
        draw.polygon(
            [(box[0], box[3]), (box[0], h * 0.4), (box[0] + w * 0.1, h * 0.36), (box[2], h * 0.42), (box[2], box[3])],
            fill=shade((90, 140, 80), 0.6 if time == "night" else 1.0),
        )
    draw.rectangle((0, h * 0.08, w, h * 0.1), fill=(120, 110, 95))  # luggage rack
    for k in range(4):  # seats
        x = w * (0.02 + k * 0.25)
        draw.rounded_rectangle((x, h * 0.56, x + w * 0.2, h * 1.02), radius=w * 0.02, fill=(140, 40, 50))
        draw.rectangle((x, h * 0.56, x + w * 0.2, h * 0.6), fill=(160, 60, 70))


def _car_interior(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    top, bottom = SKY[time]
    draw.rectangle((0, 0, w, h * 0.55), fill=top)
    road = shade((80, 80, 85), 0.6 if time == "night" else 1.0)
    draw.polygon([(w * 0.15, h * 0.6), (w * 0.47, h * 0.36), (w * 0.53, h * 0.36), (w * 0.85, h * 0.6)], fill=road)
    draw.rectangle((0, h * 0.36, w * 0.45, h * 0.6), fill=shade((80, 130, 80), 0.6 if time == "night" else 1.0))
    draw.rectangle((w * 0.55, h * 0.36, w, h * 0.6), fill=shade((80, 130, 80), 0.6 if time == "night" else 1.0))
    for k in range(4):
        y = h * (0.4 + k * 0.05)
        draw.line((w / 2, y, w / 2, y + h * 0.02), fill=(240, 240, 200), width=max(2, w // 300))
    draw.rectangle((0, 0, w, h * 0.08), fill=(35, 35, 40))  # roof and pillars
    draw.polygon([(0, 0), (w * 0.1, 0), (0, h * 0.6)], fill=(35, 35, 40))
    draw.polygon([(w, 0), (w * 0.9, 0), (w, h * 0.6)], fill=(35, 35, 40))
    draw.rectangle((0, h * 0.58, w, h), fill=(45, 45, 50))  # the dashboard
    draw.ellipse((w * 0.1, h * 0.62, w * 0.42, h * 1.2), outline=(20, 20, 22), width=max(6, w // 80))  # wheel
    draw.rounded_rectangle((w * 0.55, h * 0.66, w * 0.75, h * 0.78), radius=w * 0.01, fill=(70, 160, 200))
    draw.rectangle((w * 0.47, h * 0.08, w * 0.55, h * 0.12), fill=(30, 30, 30))  # mirror


def _ship_deck(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    sea(img, draw, w, h, horizon, time, rng)
    dim = night_factor(time)
    draw.polygon([(0, h), (0, horizon + h * 0.2), (w, horizon + h * 0.12), (w, h)], fill=shade((150, 105, 65), dim))
    for k in range(9):  # planks
        y = horizon + h * 0.2 + (h - horizon) * k / 10
        draw.line((0, y, w, y - h * 0.08), fill=shade((115, 80, 50), dim), width=2)
    draw.rectangle((w * 0.7, 0, w * 0.73, horizon + h * 0.15), fill=shade((100, 70, 45), dim))  # mast
    draw.polygon(
        [(w * 0.73, h * 0.05), (w * 0.95, h * 0.3), (w * 0.73, h * 0.45)],
        fill=shade((235, 230, 215), dim),
    )
    draw.line(
        (0, horizon + h * 0.16, w, horizon + h * 0.08),
        fill=shade((90, 60, 40), dim),
        width=max(3, h // 90),
    )


def _trailer(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """Inside a trailer home (a caravan): a narrow room seen down its length, the ceiling low and curving
    into the walls, small windows along them, a dinette on the left, a kitchen counter on the right and a
    window in the far end."""
    lamp = lamp_light(time)
    cx, cy = w * 0.5, h * 0.47  # where its lines meet; a unit is the eye's height above the floor

    def at(x: float, y: float, k: float) -> tuple[float, float]:
        return cx + x * k * h, cy + y * k * h

    def quad(x0: float, y0: float, x1: float, y1: float, near: float, far: float, colour: RGB) -> None:
        draw.polygon([at(x0, y0, near), at(x1, y1, near), at(x1, y1, far), at(x0, y0, far)], fill=shade(colour, lamp))

    profile = _trailer_section()
    near, far = 3.0, 0.13
    draw.rectangle((0, 0, w, h), fill=shade((205, 185, 150), lamp))
    for (x0, y0), (x1, y1) in zip(profile, profile[1:], strict=False):  # walls and ceiling, lit from above
        light = 0.8 + 0.2 * max(0.0, -(y0 + y1) / 2) + 0.05 * (x0 + x1)
        quad(x0, y0, x1, y1, near, far, shade((215, 195, 160), min(1.1, light)))
    quad(-WIDE, 1.0, WIDE, 1.0, near, far, (150, 130, 110))  # the floor
    for k in np.geomspace(far, 1.2, 7)[1:]:  # the ceiling's ribs
        draw.line([at(x, y, k) for x, y in profile], fill=shade((175, 155, 125), lamp), width=max(1, w // 700))
    draw.polygon([at(x, y, far) for x, y in profile], fill=shade((190, 170, 140), lamp))  # the far end
    lo, hi = at(-0.35, -0.05, far), at(0.35, 0.35, far)
    window(draw, (lo[0], lo[1], hi[0], hi[1]), time, frame=(235, 230, 220))
    for x, (k0, k1) in ((-WIDE, (0.62, 0.5)), (-WIDE, (0.3, 0.25)), (WIDE, (0.45, 0.37)), (WIDE, (0.24, 0.2))):
        _side_window(draw, at, x, k0, k1, time, w / 300)
    inner = WIDE - 0.45
    quad(inner, 0.45, WIDE, 0.45, 0.75, 0.3, (120, 110, 100))  # the kitchen counter: its top, front and end
    quad(inner, 0.45, inner, 1.0, 0.75, 0.3, (170, 120, 80))
    draw.polygon(
        [at(inner, 0.45, 0.75), at(WIDE, 0.45, 0.75), at(WIDE, 1.0, 0.75), at(inner, 1.0, 0.75)],
        fill=shade((150, 105, 70), lamp),
    )
    for k in (0.6, 0.47, 0.38):  # its cupboard doors
        draw.line((at(inner, 0.52, k), at(inner, 0.95, k)), fill=shade((120, 85, 55), lamp), width=max(1, w // 600))
    draw.polygon(
        [
            at(inner + 0.1, 0.45, 0.55),
            at(WIDE - 0.1, 0.45, 0.55),
            at(WIDE - 0.1, 0.45, 0.45),
            at(inner + 0.1, 0.45, 0.45),
        ],
        fill=shade((190, 195, 200), lamp),
    )
    seat = (60, 110, 130)
    quad(-WIDE, 0.62, -inner, 0.62, 0.8, 0.3, seat)  # the dinette: a bench along the wall, its table
    quad(-inner, 0.62, -inner, 1.0, 0.8, 0.3, shade(seat, 0.75))
    draw.polygon(
        [at(-WIDE, 0.62, 0.8), at(-inner, 0.62, 0.8), at(-inner, 1.0, 0.8), at(-WIDE, 1.0, 0.8)],
        fill=shade(shade(seat, 0.85), lamp),
    )
    quad(-WIDE, 0.3, -WIDE, 0.62, 0.8, 0.3, shade(seat, 1.15))  # its back cushion against the wall
    wood = (175, 130, 85)
    draw.line((at(-inner, 0.4, 0.44), at(-inner, 0.62, 0.44)), fill=shade((90, 90, 95), lamp), width=max(3, w // 200))
    quad(-WIDE, 0.4, -inner + 0.1, 0.4, 0.52, 0.36, wood)
    quad(-inner + 0.1, 0.4, -inner + 0.1, 0.44, 0.52, 0.36, shade(wood, 0.8))
    glow(img, cx, at(0, -0.33, 0.6)[1], h * 0.12, (255, 230, 170), 110 if time == "night" else 50)
    top = at(0, -0.33, 0.6)[1]
    draw.ellipse((cx - w * 0.03, top - h * 0.005, cx + w * 0.03, top + h * 0.02), fill=(250, 240, 210))


def _trailer_section() -> list[tuple[float, float]]:
    """The room's cross-section, floor to floor over the curved ceiling (units of the eye's height)."""
    side, ceiling, bend = WIDE, -0.3, 0.45
    arc = [(-side + bend * (1 - np.cos(a)), ceiling + bend * (1 - np.sin(a))) for a in np.linspace(0, np.pi / 2, 6)]
    left = [(-side, 1.0), *arc]
    return [*left, *[(-x, y) for x, y in reversed(left)]]


def _side_window(draw: Pen, at: Spot, x: float, near: float, far: float, time: str, w_line: float) -> None:
    """A small window in a side wall, between two depths."""
    top, _ = SKY[time]
    pane = [at(x, -0.1, near), at(x, 0.3, near), at(x, 0.3, far), at(x, -0.1, far)]
    draw.polygon(pane, fill=top, outline=(235, 230, 220), width=max(3, int(w_line * near)))


VEHICLES: dict[str, Draw] = {
    "airplane_cabin": _airplane_cabin,
    "train": _train,
    "car_interior": _car_interior,
    "ship_deck": _ship_deck,
    "trailer": _trailer,
}
