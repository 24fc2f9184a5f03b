"""Places people built, seen from outside: cities, villages, temples, markets, farms, parks, houses, palaces,
stables and the road between them."""

from __future__ import annotations

import numpy as np

from filmstudio.engines.image.settings.parts import (
    flower_pot,
    ground,
    hills,
    tree,
)
from filmstudio.engines.image.shapes import Draw, Pen, Picture, Rng, night_factor, ridge, ridge_polygon, shade


def _city(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    lit = time in ("night", "sunset", "dawn")
    for layer, (color, top_frac) in enumerate([((90, 100, 130), 0.25), ((60, 65, 90), 0.12)]):
        x = -rng.uniform(0, w * 0.05)
        while x < w:
            bw = w * rng.uniform(0.04, 0.09)
            bh = h * rng.uniform(0.12, 0.4) + h * top_frac * layer
            top = horizon + h * 0.1 * layer - bh
            draw.rectangle((x, top, x + bw, h), fill=shade(color, night_factor(time)))
            for wy in np.arange(top + h * 0.015, horizon + h * 0.1 * layer, h * 0.03):
                for wx in np.arange(x + bw * 0.12, x + bw * 0.85, bw * 0.2):
                    on = rng.random() < (0.55 if lit else 0.15)
                    fill = (255, 220, 130, 230) if on and lit else (*shade((170, 190, 210), night_factor(time)), 200)
                    draw.rectangle((wx, wy, wx + bw * 0.1, wy + h * 0.015), fill=fill)
            x += bw + w * rng.uniform(0.0, 0.01)
    street_top = horizon + h * 0.15
    draw.rectangle((0, street_top, w, h), fill=shade((55, 55, 60), night_factor(time)))
    for x in np.arange(0, w, w * 0.08):
        draw.rectangle((x, (street_top + h) / 2, x + w * 0.04, (street_top + h) / 2 + h * 0.01), fill=(230, 220, 150))


def _village(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    hills(draw, w, h, horizon, time, rng, [(110, 150, 80), (130, 170, 70), (150, 180, 80)], rough=0.02)
    for row in range(4):  # field furrows
        y = horizon + h * (0.2 + row * 0.07)
        draw.line(
            (0, y, w, y + rng.uniform(-h * 0.02, h * 0.02)),
            fill=shade((120, 150, 60), night_factor(time)),
            width=max(2, h // 200),
        )
    for _ in range(int(rng.integers(4, 7))):
        x = rng.uniform(w * 0.05, w * 0.9)
        base = horizon + h * rng.uniform(0.05, 0.15)
        hw, hh = w * rng.uniform(0.04, 0.06), h * rng.uniform(0.07, 0.1)
        draw.rectangle((x, base - hh, x + hw * 2, base), fill=shade((200, 170, 120), night_factor(time)))
        draw.polygon(
            [(x - hw * 0.2, base - hh), (x + hw, base - hh * 1.9), (x + hw * 2.2, base - hh)],
            fill=shade((150, 80, 50), night_factor(time)),
        )
        door = (255, 200, 110) if time == "night" else shade((90, 60, 40), 1)
        draw.rectangle((x + hw * 0.8, base - hh * 0.55, x + hw * 1.2, base), fill=door)


def _temple(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    hills(draw, w, h, horizon, time, rng, [(150, 130, 100)], rough=0.01)
    stone = shade((200, 150, 100), night_factor(time))
    cx, base = w * rng.uniform(0.4, 0.6), horizon + h * 0.18
    bw = w * 0.18
    draw.rectangle((cx - bw, base - h * 0.15, cx + bw, base), fill=stone)
    for k in range(6):  # the shikhara, tier on tier
        tw = bw * (0.6 - k * 0.08)
        y = base - h * 0.15 - k * h * 0.06
        draw.rectangle((cx - tw, y - h * 0.06, cx + tw, y), fill=shade(stone, 1 - k * 0.04))
    top = base - h * 0.15 - 6 * h * 0.06
    draw.polygon([(cx - bw * 0.15, top), (cx, top - h * 0.06), (cx + bw * 0.15, top)], fill=(230, 180, 60))
    draw.line((cx, top - h * 0.06, cx, top - h * 0.12), fill=(120, 80, 40), width=max(2, w // 600))
    draw.polygon([(cx, top - h * 0.12), (cx + w * 0.04, top - h * 0.105), (cx, top - h * 0.09)], fill=(240, 120, 30))
    door = (255, 190, 90) if time in ("night", "dawn", "sunset") else (70, 45, 30)
    draw.rectangle((cx - bw * 0.15, base - h * 0.11, cx + bw * 0.15, base), fill=door)
    for k in range(7):  # oil lamps along the steps
        x = cx - bw + k * bw / 3
        draw.ellipse((x - w * 0.004, base + h * 0.02, x + w * 0.004, base + h * 0.03), fill=(255, 200, 80))
    draw.rectangle((0, base, w, h), fill=shade((170, 150, 120), night_factor(time)))


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
    tree(draw, w * 0.82, horizon + h * 0.15, h * 0.18, time, bare=True)
    for k in range(6):  # a leaning fence
        fx = w * (0.05 + k * 0.04)
        draw.line((fx, h * 0.85, fx + w * 0.01, h * 0.75), fill=(40, 35, 35), width=max(2, w // 400))


def _desert_town(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    ground(draw, w, h, horizon, time, (210, 170, 110), rng)
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
    ground(draw, w, h, horizon, time, (120, 160, 70), rng)
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
    ground(draw, w, h, horizon, time, (170, 160, 150), rng, rough=0.0)
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
    ground(draw, w, h, horizon, time, (100, 170, 80), rng)
    draw.polygon(
        [(w * 0.4, h), (w * 0.48, horizon + h * 0.02), (w * 0.52, horizon + h * 0.02), (w * 0.6, h)],
        fill=shade((215, 195, 160), dim),
    )  # the path
    for _k in range(6):
        x = w * rng.choice([rng.uniform(0.02, 0.35), rng.uniform(0.65, 0.98)])
        tree(
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
    ground(draw, w, h, horizon, time, (90, 150, 80), rng, rough=0.0)
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
        tree(draw, x, base + h * 0.08, h * 0.1, time, leaves=(50, 110, 60))


def _cabin(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    dim = night_factor(time)
    ground(draw, w, h, horizon, time, (80, 120, 70), rng)
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


def _palace(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A palace: a wide white front with towers, domes, flags and a gate, gardens before it."""
    dim = night_factor(time)
    ground(draw, w, h, horizon, time, (100, 150, 90), rng)
    base = horizon + h * 0.06
    wall = shade((235, 225, 205), dim)
    draw.rectangle((w * 0.18, base - h * 0.26, w * 0.82, base), fill=wall)
    for x in (w * 0.16, w * 0.8):  # towers with domes and flags
        draw.rectangle((x, base - h * 0.42, x + w * 0.06, base), fill=shade((225, 212, 190), dim))
        draw.ellipse((x - w * 0.01, base - h * 0.5, x + w * 0.07, base - h * 0.36), fill=shade((200, 160, 60), dim))
        draw.line((x + w * 0.03, base - h * 0.5, x + w * 0.03, base - h * 0.58), fill=(60, 50, 40), width=3)
        draw.polygon(
            [(x + w * 0.03, base - h * 0.58), (x + w * 0.07, base - h * 0.56), (x + w * 0.03, base - h * 0.54)],
            fill=(200, 40, 50),
        )
    draw.ellipse((w * 0.42, base - h * 0.4, w * 0.58, base - h * 0.2), fill=shade((205, 165, 65), dim))
    for k in range(7):  # windows
        x = w * (0.23 + k * 0.08)
        glow = (250, 210, 120) if time == "night" else shade((120, 140, 170), dim)
        draw.rounded_rectangle((x, base - h * 0.2, x + w * 0.035, base - h * 0.11), radius=h * 0.01, fill=glow)
    draw.rounded_rectangle((w * 0.46, base - h * 0.1, w * 0.54, base), radius=h * 0.03, fill=shade((120, 80, 50), dim))
    draw.polygon([(w * 0.44, h), (w * 0.47, base), (w * 0.53, base), (w * 0.56, h)], fill=shade((200, 190, 170), dim))


def _stable(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """Inside a stable: plank walls, stalls, straw on the floor, a lantern's glow at night."""
    dim = night_factor(time) * 0.9 + 0.1
    draw.rectangle((0, 0, w, h), fill=shade((120, 85, 55), dim))
    for k in range(16):  # planks
        x = w * k / 16
        draw.line((x, 0, x, horizon + h * 0.1), fill=shade((95, 65, 40), dim), width=max(2, w // 400))
    draw.rectangle((0, 0, w, h * 0.08), fill=shade((80, 55, 35), dim))  # beam
    for k in range(3):  # stalls
        x = w * (0.08 + k * 0.32)
        draw.rectangle((x, horizon - h * 0.05, x + w * 0.025, horizon + h * 0.2), fill=shade((90, 60, 38), dim))
        draw.rectangle((x, horizon - h * 0.05, x + w * 0.26, horizon - h * 0.02), fill=shade((90, 60, 38), dim))
    draw.rectangle((0, horizon + h * 0.1, w, h), fill=shade((200, 170, 90), dim))  # straw
    for _ in range(160):
        x, y = rng.uniform(0, w), rng.uniform(horizon + h * 0.1, h)
        ln = h * rng.uniform(0.01, 0.03)
        a = rng.uniform(0, np.pi)
        draw.line((x, y, x + ln * np.cos(a), y + ln * np.sin(a) * 0.4), fill=shade((225, 195, 110), dim), width=2)


def _road(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A country road running from the viewer to the horizon between fields and a few trees."""
    dim = night_factor(time)
    ground(draw, w, h, horizon, time, (110, 150, 80), rng)
    vanish = w * rng.uniform(0.42, 0.58)
    draw.polygon(
        [(vanish - w * 0.01, horizon), (vanish + w * 0.01, horizon), (w * 0.78, h), (w * 0.22, h)],
        fill=shade((170, 150, 115), dim),
    )
    for k in range(1, 9):  # ruts and stones, closer ones larger
        t = k / 9
        y = horizon + (h - horizon) * t**1.6
        x = vanish + (w * 0.5 - vanish) * t + rng.uniform(-1, 1) * w * 0.08 * t
        r = h * 0.006 * (1 + 4 * t)
        draw.ellipse((x - r * 1.6, y - r, x + r * 1.6, y + r), fill=shade((140, 120, 95), dim))
    for side in (-1, 1):
        for k in range(4):
            t = 0.15 + k * 0.22
            x = vanish + side * (w * 0.05 + w * 0.42 * t)
            tree(draw, x, horizon + (h - horizon) * t * 0.55, h * (0.03 + 0.06 * t), time)


def _patio(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A house's paved back yard: the back wall with a glass door and a window on the left, a board fence
    on the right with trees above it, stone flags underfoot, a little table and chairs at the side and a
    pot of flowers (the middle is left to the people)."""
    dim = night_factor(time)
    base = horizon + h * 0.06  # where the paving meets the wall and the fence
    for k in range(4):  # trees in the gardens beyond
        tree(draw, w * (0.6 + k * 0.12), base - h * 0.14, h * rng.uniform(0.08, 0.11), time, leaves=(60, 120, 65))
    fence = shade((150, 110, 75), dim)
    draw.rectangle((w * 0.5, base - h * 0.2, w, base), fill=fence)
    for k in range(22):  # its boards
        x = w * (0.5 + k * 0.024)
        draw.line((x, base - h * 0.2, x, base), fill=shade((120, 85, 55), dim), width=max(1, w // 640))
    draw.rectangle((w * 0.5, base - h * 0.21, w, base - h * 0.195), fill=shade((125, 90, 60), dim))
    _back_wall(draw, w, h, base, time)
    _paving(draw, w, h, base, dim)
    _table_and_chairs(draw, w * 0.14, h * 0.86, w, h, dim)
    _flower_pot(draw, w * 0.9, h * 0.9, h * 0.07, dim, rng)
    _flower_pot(draw, w * 0.58, base + h * 0.02, h * 0.045, dim, rng)
    if time in ("night", "sunset"):  # a string of lights along the fence
        for k in range(12):
            x = w * (0.52 + k * 0.04)
            y = base - h * 0.2 + h * 0.03 * np.sin(k / 11 * np.pi)
            draw.ellipse((x - h * 0.006, y - h * 0.006, x + h * 0.006, y + h * 0.006), fill=(255, 220, 140))


def _back_wall(draw: Pen, w: int, h: int, base: float, time: str) -> None:
    """The back of the house: rendered wall, a glass door and a window onto a lit room at night."""
    dim = night_factor(time)
    draw.rectangle((0, base - h * 0.42, w * 0.5, base), fill=shade((225, 210, 185), dim))
    draw.polygon(
        [(-w * 0.02, base - h * 0.42), (w * 0.52, base - h * 0.42), (w * 0.5, base - h * 0.5), (0, base - h * 0.5)],
        fill=shade((150, 80, 60), dim),
    )  # the eaves
    glass = (250, 215, 130) if time == "night" else shade((120, 150, 175), dim)
    frame = shade((245, 245, 240), dim)
    door = (w * 0.27, base - h * 0.3, w * 0.42, base)
    draw.rectangle(door, fill=glass, outline=frame, width=max(3, w // 300))
    draw.line(((door[0] + door[2]) / 2, door[1], (door[0] + door[2]) / 2, door[3]), fill=frame, width=max(3, w // 300))
    pane = (w * 0.05, base - h * 0.3, w * 0.2, base - h * 0.14)
    draw.rectangle(pane, fill=glass, outline=frame, width=max(3, w // 300))
    draw.line((pane[0], (pane[1] + pane[3]) / 2, pane[2], (pane[1] + pane[3]) / 2), fill=frame, width=max(2, w // 400))
    draw.rectangle((w * 0.43, base - h * 0.27, w * 0.45, base - h * 0.24), fill=(255, 230, 160))  # the lamp


def _paving(draw: Pen, w: int, h: int, base: float, dim: float) -> None:
    """Stone flags from the wall to our feet: rows deepening towards us, joints running to a vanishing point."""
    draw.rectangle((0, base, w, h), fill=shade((190, 180, 165), dim))
    joint = shade((150, 140, 125), dim)
    y, step = base, h * 0.025
    row = 0
    while y < h:
        draw.line((0, y, w, y), fill=joint, width=max(1, h // 400))
        y, step, row = y + step, step * 1.35, row + 1
    vx = w * 0.5
    for k in range(-12, 13):  # joints spread out from the vanishing point
        x_far = vx + k * w * 0.05
        x_near = vx + k * w * 0.12
        draw.line((x_far, base, x_near, h), fill=joint, width=max(1, h // 400))


def _table_and_chairs(draw: Pen, cx: float, foot: float, w: int, h: int, dim: float) -> None:
    """A round garden table with a chair either side."""
    metal, seat = shade((60, 65, 70), dim), shade((235, 235, 228), dim)
    top = foot - h * 0.13
    draw.ellipse((cx - w * 0.07, top - h * 0.02, cx + w * 0.07, top + h * 0.02), fill=seat)
    draw.line((cx, top, cx, foot), fill=metal, width=max(3, w // 250))
    draw.line((cx - w * 0.03, foot, cx + w * 0.03, foot), fill=metal, width=max(3, w // 250))
    for side in (-1, 1):
        x = cx + side * w * 0.1
        draw.rectangle((x - w * 0.025, foot - h * 0.08, x + w * 0.025, foot - h * 0.065), fill=seat)  # the seat
        back = x + side * w * 0.022
        draw.rectangle((back - w * 0.004, foot - h * 0.18, back + w * 0.004, foot), fill=metal)
        draw.rectangle(
            (min(back, x) - w * 0.003, foot - h * 0.17, max(back, x) + w * 0.003, foot - h * 0.12), fill=seat
        )
        draw.line(
            (x - side * w * 0.02, foot - h * 0.065, x - side * w * 0.02, foot), fill=metal, width=max(2, w // 400)
        )


def _flower_pot(draw: Pen, x: float, foot: float, size: float, dim: float, rng: Rng) -> None:
    """A terracotta pot with a bush of flowers."""
    flower_pot(draw, x, foot, size, dim)
    draw.ellipse((x - size * 0.7, foot - size * 1.9, x + size * 0.7, foot - size * 0.8), fill=shade((60, 125, 60), dim))
    for _ in range(6):
        fx, fy = x + rng.uniform(-0.5, 0.5) * size, foot - size * rng.uniform(1.0, 1.75)
        r = size * 0.1
        draw.ellipse((fx - r, fy - r, fx + r, fy + r), fill=shade((230, 80, 110), dim))


TOWNS: dict[str, Draw] = {
    "city": _city,
    "village": _village,
    "temple": _temple,
    "haunted_house": _haunted_house,
    "desert_town": _desert_town,
    "farm": _farm,
    "market": _market,
    "park": _park,
    "mansion": _mansion,
    "cabin": _cabin,
    "palace": _palace,
    "stable": _stable,
    "road": _road,
    "patio": _patio,
}
