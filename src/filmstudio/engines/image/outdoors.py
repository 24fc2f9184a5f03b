"""Outdoor settings beyond the first few: shores, pools, camps, swamps, farms, markets, parks, towns and
the houses a story stops in front of. Each paints the ground and landmarks over the painter's sky."""

from __future__ import annotations

import numpy as np
from PIL import ImageDraw

from filmstudio.engines.image.shapes import (
    RGB,
    Draw,
    Pen,
    Picture,
    Rng,
    night_factor,
    ridge,
    ridge_polygon,
    shade,
)


def _ground(
    draw: ImageDraw.ImageDraw,
    w: int,
    h: int,
    horizon: int,
    time: str,
    colour: RGB,
    rng: np.random.Generator,
    rough: float = 0.01,
) -> None:
    heights = ridge(w, rng, base=horizon, rough=h * rough, points=12)
    draw.polygon(ridge_polygon(w, h, heights), fill=shade(colour, night_factor(time)))


def _tree(
    draw: ImageDraw.ImageDraw,
    x: float,
    base: float,
    r: float,
    time: str,
    *,
    leaves: RGB = (60, 120, 60),
    bare: bool = False,
) -> None:
    dim = night_factor(time)
    draw.rectangle((x - r * 0.12, base - r * 1.2, x + r * 0.12, base), fill=shade((90, 60, 40), dim))
    if bare:
        for dx, dy in ((-0.6, -1.9), (0.5, -2.0), (-0.3, -2.3), (0.7, -1.6)):
            draw.line(
                (x, base - r * 1.1, x + dx * r, base + dy * r),
                fill=shade((70, 50, 40), dim),
                width=max(2, int(r / 8)),
            )
        return
    draw.ellipse((x - r, base - r * 2.6, x + r, base - r * 0.9), fill=shade(leaves, dim))


def _house(
    draw: ImageDraw.ImageDraw, x: float, base: float, size: float, time: str, *, wall: RGB, roof: RGB, lit: bool = False
) -> None:
    dim = night_factor(time)
    draw.rectangle((x, base - size, x + size * 1.3, base), fill=shade(wall, dim))
    draw.polygon(
        [(x - size * 0.1, base - size), (x + size * 0.65, base - size * 1.6), (x + size * 1.4, base - size)],
        fill=shade(roof, dim),
    )
    glow = (250, 210, 120) if lit or time == "night" else shade((90, 120, 150), dim)
    draw.rectangle((x + size * 0.15, base - size * 0.75, x + size * 0.45, base - size * 0.45), fill=glow)
    draw.rectangle((x + size * 0.8, base - size * 0.55, x + size * 1.05, base), fill=shade((90, 60, 40), dim))


def _beach(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    sea_y = horizon
    shore = int(horizon + (h - horizon) * 0.35)
    draw.rectangle((0, sea_y, w, shore), fill=shade({"sunset": (170, 110, 100)}.get(time, (50, 120, 170)), dim))
    for _ in range(int(w / 12)):
        x, y = rng.uniform(0, w), rng.uniform(sea_y + 2, shore)
        draw.line((x, y, x + w * 0.012, y), fill=(255, 255, 255, 80), width=max(1, w // 1200))
    heights = ridge(w, rng, base=shore, rough=h * 0.01, points=10)
    draw.polygon(ridge_polygon(w, h, heights), fill=shade((230, 205, 150), dim))
    draw.line(
        [(i * w / 10, y - h * 0.005) for i, y in enumerate(heights)],
        fill=(250, 250, 250, 160),
        width=max(2, h // 200),
    )
    for x in (w * 0.08, w * 0.9):  # palms
        base = shore + h * 0.25
        draw.line((x, base, x + w * 0.03, base - h * 0.35), fill=shade((120, 90, 50), dim), width=max(3, w // 120))
        for dx, dy in ((-0.08, 0.04), (0.08, 0.05), (-0.05, -0.03), (0.06, -0.03), (0.0, 0.06)):
            draw.line(
                (x + w * 0.03, base - h * 0.35, x + w * (0.03 + dx), base - h * (0.35 - dy)),
                fill=shade((40, 130, 70), dim),
                width=max(4, w // 90),
            )


def _swimming_pool(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    _ground(draw, w, h, horizon, time, (200, 195, 185), rng, rough=0.0)
    draw.rectangle((0, horizon - h * 0.15, w * 0.45, horizon), fill=shade((235, 225, 210), dim))  # the house
    for k in range(4):
        draw.rectangle(
            (w * (0.03 + k * 0.1), horizon - h * 0.12, w * (0.09 + k * 0.1), horizon - h * 0.04),
            fill=(250, 210, 120) if time == "night" else shade((120, 170, 200), dim),
        )
    pool = [
        (w * 0.15, h * 0.95),
        (w * 0.3, horizon + h * 0.08),
        (w * 0.8, horizon + h * 0.08),
        (w * 0.95, h * 0.95),
    ]
    draw.polygon(pool, fill=shade((60, 170, 210), dim if time != "night" else 0.7))
    draw.line([*pool, pool[0]], fill=(240, 240, 240), width=max(4, w // 150))
    for _ in range(int(w / 40)):  # ripples
        x, y = rng.uniform(w * 0.3, w * 0.8), rng.uniform(horizon + h * 0.12, h * 0.9)
        draw.arc((x, y, x + w * 0.04, y + h * 0.01), 0, 180, fill=(200, 240, 255, 150), width=max(1, w // 900))
    for x in (w * 0.02, w * 0.86):  # loungers
        draw.polygon(
            [(x, h * 0.8), (x + w * 0.1, h * 0.8), (x + w * 0.12, h * 0.74), (x + w * 0.1, h * 0.76)],
            fill=(240, 240, 240),
        )


def _campfire(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    _ground(draw, w, h, horizon, time, (60, 80, 50), rng)
    for k in range(7):  # the wood's edge behind
        x = w * (k / 6)
        r = h * rng.uniform(0.07, 0.1)
        draw.polygon(
            [(x - r, horizon + h * 0.02), (x, horizon - r * 2.5), (x + r, horizon + h * 0.02)],
            fill=shade((30, 60, 40), night_factor(time)),
        )
    cx, base = w * 0.5, h * 0.82
    draw.ellipse((cx - w * 0.25, base - h * 0.12, cx + w * 0.25, base + h * 0.1), fill=(255, 170, 60, 45))  # glow
    for dx in (-0.06, 0.0, 0.06):
        draw.line(
            (cx - w * 0.07, base + h * 0.02 + dx * h, cx + w * 0.07, base - dx * h),
            fill=(90, 55, 30),
            width=max(6, w // 70),
        )
    draw.polygon([(cx - w * 0.05, base), (cx, base - h * 0.2), (cx + w * 0.05, base)], fill=(245, 120, 30))
    draw.polygon([(cx - w * 0.03, base), (cx + w * 0.005, base - h * 0.13), (cx + w * 0.03, base)], fill=(255, 210, 80))
    for k in range(3):  # logs to sit on
        x = w * (0.2 + k * 0.3)
        draw.rounded_rectangle(
            (x - w * 0.06, base + h * 0.1, x + w * 0.06, base + h * 0.14), radius=h * 0.02, fill=(110, 75, 45)
        )


def _swamp(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    draw.rectangle((0, horizon, w, h), fill=shade((50, 65, 45), dim))
    for _ in range(int(w / 30)):  # still, dark water with green scum
        x, y = rng.uniform(0, w), rng.uniform(horizon, h)
        draw.ellipse((x, y, x + w * 0.05, y + h * 0.012), fill=shade((80, 110, 50), dim))
    for k in range(5):  # dead trees
        x = w * (0.08 + k * 0.22) + rng.uniform(-0.03, 0.03) * w
        _tree(draw, x, horizon + h * rng.uniform(0.02, 0.15), h * 0.12, time, bare=True)
    for _ in range(int(w / 25)):  # reeds
        x, y = rng.uniform(0, w), rng.uniform(horizon + h * 0.2, h)
        draw.line(
            (x, y, x + rng.uniform(-3, 3), y - h * rng.uniform(0.04, 0.09)),
            fill=shade((90, 110, 60), dim),
            width=max(1, w // 700),
        )
    draw.rectangle((0, horizon - h * 0.05, w, horizon + h * 0.12), fill=(200, 210, 200, 50))  # low mist


def _haunted_house(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time) * 0.7
    heights = ridge(w, rng, base=horizon, rough=h * 0.05, points=8)
    draw.polygon(ridge_polygon(w, h, heights), fill=shade((40, 45, 40), dim))
    x, base = w * 0.35, horizon + h * 0.02
    dark = shade((55, 50, 60), dim)
    draw.rectangle((x, base - h * 0.3, x + w * 0.3, base), fill=dark)
    draw.polygon(
        [(x - w * 0.02, base - h * 0.3), (x + w * 0.15, base - h * 0.48), (x + w * 0.32, base - h * 0.3)],
        fill=shade((35, 30, 40), dim),
    )
    draw.rectangle((x + w * 0.22, base - h * 0.55, x + w * 0.27, base - h * 0.3), fill=dark)  # a crooked tower
    draw.polygon(
        [(x + w * 0.21, base - h * 0.55), (x + w * 0.245, base - h * 0.66), (x + w * 0.28, base - h * 0.55)],
        fill=shade((35, 30, 40), dim),
    )
    for k in range(4):  # windows, one lit
        wx = x + w * (0.03 + (k % 2) * 0.17)
        wy = base - h * (0.24 if k < 2 else 0.12)
        colour = (230, 200, 90) if k == 1 else (20, 20, 25)
        draw.polygon(
            [(wx, wy), (wx + w * 0.05, wy + h * 0.01), (wx + w * 0.05, wy + h * 0.07), (wx, wy + h * 0.06)],
            fill=colour,
        )
    draw.rectangle((x + w * 0.12, base - h * 0.12, x + w * 0.17, base), fill=(25, 20, 20))
    _tree(draw, w * 0.82, horizon + h * 0.15, h * 0.18, time, bare=True)
    for k in range(6):  # a leaning fence
        fx = w * (0.05 + k * 0.04)
        draw.line((fx, h * 0.85, fx + w * 0.01, h * 0.75), fill=(40, 35, 35), width=max(2, w // 400))


def _snowfield(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    for i, colour in enumerate(((225, 230, 240), (240, 244, 250), (250, 252, 255))):
        heights = ridge(w, rng, base=horizon + i * h * 0.07, rough=h * 0.03, points=12)
        draw.polygon(ridge_polygon(w, h, heights), fill=shade(colour, night_factor(time) * 0.9 + 0.1))
    for _k in range(6):  # snowy pines
        x, base = w * rng.uniform(0.02, 0.98), horizon + h * rng.uniform(0.02, 0.12)
        r = h * rng.uniform(0.05, 0.08)
        draw.polygon([(x - r, base), (x, base - r * 3), (x + r, base)], fill=shade((40, 80, 60), night_factor(time)))
        draw.polygon(
            [(x - r * 0.5, base - r * 1.6), (x, base - r * 3), (x + r * 0.5, base - r * 1.6)],
            fill=(245, 248, 252),
        )


def _desert_town(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    _ground(draw, w, h, horizon, time, (210, 170, 110), rng)
    x = w * 0.02
    for k in range(5):  # false-fronted wooden buildings along the street
        bw = w * rng.uniform(0.14, 0.2)
        top = horizon - h * rng.uniform(0.16, 0.26)
        colour = ((160, 110, 70), (140, 95, 60), (180, 140, 90))[k % 3]
        draw.rectangle((x, top, x + bw, horizon + h * 0.04), fill=shade(colour, dim))
        draw.rectangle((x, horizon - h * 0.06, x + bw, horizon - h * 0.05), fill=shade((90, 60, 40), dim))  # porch roof
        draw.rectangle(
            (x + bw * 0.35, horizon - h * 0.04, x + bw * 0.65, horizon + h * 0.04),
            fill=shade((60, 40, 30), dim),
        )
        x += bw + w * 0.02
        if k == 2:
            x += w * 0.05
    draw.line(
        (w * 0.85, horizon, w * 0.85, horizon - h * 0.3),
        fill=shade((90, 70, 50), dim),
        width=max(3, w // 300),
    )
    draw.rectangle(
        (w * 0.8, horizon - h * 0.38, w * 0.9, horizon - h * 0.28), fill=shade((120, 90, 60), dim)
    )  # water tower
    draw.polygon(
        [(w * 0.25, h), (w * 0.45, horizon + h * 0.04), (w * 0.55, horizon + h * 0.04), (w * 0.75, h)],
        fill=shade((195, 155, 100), dim),
    )  # the dusty street


def _farm(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    _ground(draw, w, h, horizon, time, (120, 160, 70), rng)
    for k in range(14):  # furrows running to the horizon
        x = w * (k / 13)
        draw.line(
            (w * 0.5 + (x - w * 0.5) * 0.15, horizon + h * 0.02, x, h),
            fill=shade((100, 130, 55), dim),
            width=max(2, w // 300),
        )
    bx, base = w * 0.62, horizon + h * 0.02
    draw.rectangle((bx, base - h * 0.2, bx + w * 0.16, base), fill=shade((170, 40, 40), dim))  # the barn
    draw.polygon(
        [(bx - w * 0.01, base - h * 0.2), (bx + w * 0.08, base - h * 0.3), (bx + w * 0.17, base - h * 0.2)],
        fill=shade((120, 30, 30), dim),
    )
    draw.rectangle((bx + w * 0.05, base - h * 0.12, bx + w * 0.11, base), fill=shade((240, 235, 225), dim))
    draw.rectangle((bx + w * 0.18, base - h * 0.3, bx + w * 0.22, base), fill=shade((190, 190, 195), dim))  # the silo
    draw.ellipse((bx + w * 0.18, base - h * 0.32, bx + w * 0.22, base - h * 0.28), fill=shade((160, 160, 165), dim))
    for k in range(12):  # fence
        fx = w * (k / 11)
        draw.line((fx, h * 0.9, fx, h * 0.82), fill=shade((150, 110, 70), dim), width=max(2, w // 350))
    draw.line((0, h * 0.84, w, h * 0.84), fill=shade((150, 110, 70), dim), width=max(2, w // 400))


def _market(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    _ground(draw, w, h, horizon, time, (170, 160, 150), rng, rough=0.0)
    for k in range(6):  # buildings behind
        x = w * k / 6
        draw.rectangle(
            (x, horizon - h * rng.uniform(0.15, 0.3), x + w / 6 - w * 0.01, horizon),
            fill=shade((200, 180, 150), dim * 0.9),
        )
    for k in range(4):  # stalls with striped awnings and crates of produce
        x = w * (0.02 + k * 0.25)
        y = horizon + h * 0.05
        stripe = ((220, 60, 60), (60, 120, 200), (240, 180, 40), (60, 160, 90))[k]
        for s in range(6):
            draw.rectangle(
                (x + w * 0.035 * s, y - h * 0.1, x + w * 0.035 * (s + 1), y - h * 0.05),
                fill=shade(stripe if s % 2 else (245, 245, 240), dim),
            )
        draw.line((x, y - h * 0.05, x, y + h * 0.12), fill=(90, 70, 50), width=max(2, w // 400))
        draw.line(
            (x + w * 0.21, y - h * 0.05, x + w * 0.21, y + h * 0.12),
            fill=(90, 70, 50),
            width=max(2, w // 400),
        )
        draw.rectangle((x, y + h * 0.06, x + w * 0.21, y + h * 0.12), fill=shade((140, 100, 60), dim))
        for f in range(9):
            fx = x + w * (0.01 + f * 0.022)
            colour = ((230, 70, 50), (250, 160, 40), (120, 190, 60), (240, 220, 70))[(f + k) % 4]
            draw.ellipse((fx, y + h * 0.035, fx + w * 0.02, y + h * 0.065), fill=shade(colour, dim))


def _park(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    _ground(draw, w, h, horizon, time, (100, 170, 80), rng)
    draw.polygon(
        [(w * 0.4, h), (w * 0.48, horizon + h * 0.02), (w * 0.52, horizon + h * 0.02), (w * 0.6, h)],
        fill=shade((215, 195, 160), dim),
    )  # the path
    for _k in range(6):
        x = w * rng.choice([rng.uniform(0.02, 0.35), rng.uniform(0.65, 0.98)])
        _tree(
            draw,
            x,
            horizon + h * rng.uniform(0.04, 0.2),
            h * rng.uniform(0.06, 0.1),
            time,
            leaves=(70, 140, 70),
        )
    draw.ellipse((w * 0.66, h * 0.7, w * 0.95, h * 0.82), fill=shade((70, 140, 190), dim))  # a pond
    for x in (w * 0.18, w * 0.72):  # benches
        draw.rectangle((x, h * 0.78, x + w * 0.1, h * 0.8), fill=(120, 80, 50))
        draw.rectangle((x, h * 0.74, x + w * 0.1, h * 0.755), fill=(120, 80, 50))
    if time == "night":
        draw.ellipse((w * 0.36, horizon + h * 0.05, w * 0.38, horizon + h * 0.08), fill=(255, 230, 150))


def _mansion(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    _ground(draw, w, h, horizon, time, (90, 150, 80), rng, rough=0.0)
    x0, x1, base = w * 0.18, w * 0.82, horizon + h * 0.04
    draw.rectangle((x0, base - h * 0.3, x1, base), fill=shade((235, 225, 205), dim))
    draw.polygon(
        [(w * 0.4, base - h * 0.3), (w * 0.5, base - h * 0.42), (w * 0.6, base - h * 0.3)],
        fill=shade((200, 190, 170), dim),
    )
    for k in range(6):  # columns at the entrance
        cx = w * (0.41 + k * 0.036)
        draw.rectangle((cx, base - h * 0.28, cx + w * 0.012, base), fill=(250, 248, 240))
    for row in range(2):
        for col in range(8):
            if 3 <= col <= 4:
                continue
            wx = x0 + (x1 - x0) * (0.04 + col * 0.12)
            wy = base - h * (0.25 - row * 0.12)
            draw.rectangle(
                (wx, wy, wx + w * 0.035, wy + h * 0.07),
                fill=(250, 215, 130) if time == "night" else shade((110, 140, 170), dim),
            )
    draw.polygon([(w * 0.35, h), (w * 0.47, base), (w * 0.53, base), (w * 0.65, h)], fill=shade((210, 200, 180), dim))
    for x in (w * 0.08, w * 0.92):
        _tree(draw, x, base + h * 0.08, h * 0.1, time, leaves=(50, 110, 60))


def _cabin(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    _ground(draw, w, h, horizon, time, (80, 120, 70), rng)
    for k in range(8):
        x = w * (k / 7)
        r = h * rng.uniform(0.06, 0.1)
        draw.polygon(
            [(x - r, horizon + h * 0.03), (x, horizon - r * 2.8), (x + r, horizon + h * 0.03)],
            fill=shade((35, 80, 50), dim),
        )
    x, base = w * 0.36, horizon + h * 0.12
    for k in range(7):  # log walls
        y = base - h * 0.2 + h * 0.2 * k / 7
        draw.rounded_rectangle((x, y, x + w * 0.28, y + h * 0.028), radius=h * 0.012, fill=shade((140, 95, 55), dim))
    draw.polygon(
        [(x - w * 0.03, base - h * 0.2), (x + w * 0.14, base - h * 0.33), (x + w * 0.31, base - h * 0.2)],
        fill=shade((90, 60, 40), dim),
    )
    draw.rectangle(
        (x + w * 0.05, base - h * 0.14, x + w * 0.1, base - h * 0.08),
        fill=(250, 210, 120) if time == "night" else shade((100, 130, 150), dim),
    )
    draw.rectangle((x + w * 0.17, base - h * 0.13, x + w * 0.22, base), fill=shade((80, 55, 35), dim))
    draw.rectangle(
        (x + w * 0.22, base - h * 0.38, x + w * 0.25, base - h * 0.25), fill=shade((110, 110, 105), dim)
    )  # chimney


OUTDOORS: dict[str, Draw] = {
    "beach": _beach,
    "swimming_pool": _swimming_pool,
    "campfire": _campfire,
    "swamp": _swamp,
    "haunted_house": _haunted_house,
    "snowfield": _snowfield,
    "desert_town": _desert_town,
    "farm": _farm,
    "market": _market,
    "park": _park,
    "mansion": _mansion,
    "cabin": _cabin,
}
