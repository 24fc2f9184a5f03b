"""Settings published stories need often and the first painters did not draw: a country road, the
Moon's surface, a cave, a palace, a stable. Each paints over the painter's sky like the others."""

from __future__ import annotations

import numpy as np

from filmstudio.engines.image.outdoors import _ground, _tree
from filmstudio.engines.image.shapes import Draw, Pen, Picture, Rng, night_factor, shade


def _road(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A country road running from the viewer to the horizon between fields and a few trees."""
    dim = night_factor(time)
    _ground(draw, w, h, horizon, time, (110, 150, 80), rng)
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
            _tree(draw, x, horizon + (h - horizon) * t * 0.55, h * (0.03 + 0.06 * t), time)


def _moon_surface(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """Grey dust and craters under a black sky with the Earth hanging in it."""
    draw.rectangle((0, 0, w, horizon), fill=(6, 8, 18))
    for _ in range(120):
        x, y = rng.uniform(0, w), rng.uniform(0, horizon)
        s = rng.uniform(0.5, 1.6) * h / 720
        draw.ellipse((x - s, y - s, x + s, y + s), fill=(230, 230, 240))
    ex, ey, er = w * 0.78, horizon * 0.32, h * 0.07
    draw.ellipse((ex - er, ey - er, ex + er, ey + er), fill=(60, 110, 200))
    draw.ellipse((ex - er * 0.5, ey - er * 0.6, ex + er * 0.3, ey + er * 0.1), fill=(70, 150, 80))
    draw.pieslice((ex - er, ey - er, ex + er, ey + er), 200, 340, fill=(235, 240, 250))
    _ground(draw, w, h, horizon, "day", (150, 150, 150), rng, rough=0.02)
    for _ in range(9):
        x = rng.uniform(0, w)
        t = rng.uniform(0.1, 1.0)
        y = horizon + (h - horizon) * t
        r = h * (0.02 + 0.08 * t) * rng.uniform(0.6, 1.2)
        draw.ellipse((x - r, y - r * 0.3, x + r, y + r * 0.3), fill=(118, 118, 122))
        draw.ellipse((x - r * 0.8, y - r * 0.18, x + r * 0.9, y + r * 0.26), fill=(100, 100, 106))


def _cave(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """Inside a cave: rock all round, the mouth bright behind, a sandy floor."""
    dim = night_factor(time)
    draw.rectangle((0, 0, w, h), fill=(52, 44, 40))
    mouth = [
        (w * 0.35, horizon + h * 0.08),
        (w * 0.38, horizon - h * 0.22),
        (w * 0.5, horizon - h * 0.3),
        (w * 0.62, horizon - h * 0.2),
        (w * 0.66, horizon + h * 0.08),
    ]
    draw.polygon(mouth, fill=shade((190, 210, 225), dim))
    draw.polygon(
        [
            (w * 0.35, horizon + h * 0.08),
            (w * 0.66, horizon + h * 0.08),
            (w * 0.6, horizon - h * 0.02),
            (w * 0.4, horizon - h * 0.03),
        ],
        fill=shade((90, 130, 80), dim),
    )
    for _ in range(14):  # hanging rock and boulders
        x = rng.uniform(0, w)
        r = h * rng.uniform(0.03, 0.09)
        draw.polygon(
            [(x - r, 0), (x + r, 0), (x + rng.uniform(-0.3, 0.3) * r, r * rng.uniform(1.5, 3))], fill=(70, 60, 55)
        )
    draw.polygon(
        [
            (0, h),
            (0, horizon + h * 0.05),
            (w * 0.3, horizon + h * 0.1),
            (w * 0.7, horizon + h * 0.1),
            (w, horizon + h * 0.04),
            (w, h),
        ],
        fill=(120, 100, 80),
    )
    for _ in range(6):
        x, y = rng.uniform(0, w), rng.uniform(horizon + h * 0.15, h)
        r = h * rng.uniform(0.03, 0.07)
        draw.ellipse((x - r * 1.4, y - r, x + r * 1.4, y + r * 0.4), fill=(85, 72, 62))


def _palace(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A palace: a wide white front with towers, domes, flags and a gate, gardens before it."""
    dim = night_factor(time)
    _ground(draw, w, h, horizon, time, (100, 150, 90), rng)
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


def variants(settings: dict[str, Draw], inside_views: dict[str, Draw]) -> dict[str, Draw]:
    """Places drawn over a near one with what makes them themselves: a throne room is a grand hall with
    a throne, a pantry a kitchen's shelves of jars, a ship's deck planks and a mast over the sea, a
    battlefield open country with smoke and fallen banners."""

    def throne_room(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
        inside_views["mansion"](img, draw, w, h, horizon, time, rng)
        dim = night_factor(time) * 0.5 + 0.5
        draw.rectangle((w * 0.4, horizon - h * 0.05, w * 0.6, h), fill=shade((150, 30, 40), dim))  # carpet
        draw.rectangle((w * 0.45, horizon - h * 0.3, w * 0.55, horizon + h * 0.02), fill=shade((210, 170, 50), dim))
        draw.rectangle((w * 0.46, horizon - h * 0.27, w * 0.54, horizon - h * 0.02), fill=shade((170, 30, 50), dim))
        draw.polygon(
            [(w * 0.45, horizon - h * 0.3), (w * 0.5, horizon - h * 0.38), (w * 0.55, horizon - h * 0.3)],
            fill=shade((230, 190, 60), dim),
        )

    def pantry(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
        draw.rectangle((0, 0, w, h), fill=shade((170, 140, 105), night_factor(time) * 0.5 + 0.5))
        for k in range(4):  # shelves of jars, sacks below
            y = h * (0.18 + k * 0.17)
            draw.rectangle((w * 0.05, y, w * 0.95, y + h * 0.02), fill=(110, 75, 45))
            for j in range(11):
                x = w * (0.08 + j * 0.08) + rng.uniform(-4, 4)
                jar = tuple(
                    int(c) for c in rng.choice([(200, 120, 60), (230, 200, 120), (150, 60, 60), (120, 150, 90)])
                )
                draw.rounded_rectangle((x, y - h * 0.09, x + w * 0.045, y), radius=h * 0.01, fill=jar)
        draw.rectangle((0, h * 0.85, w, h), fill=(120, 95, 70))

    def ship_deck(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
        settings["sea"](img, draw, w, h, horizon, time, rng)
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

    def battlefield(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
        _ground(draw, w, h, horizon, time, (115, 110, 80), rng, rough=0.015)
        dim = night_factor(time)
        for _ in range(6):  # smoke
            x, y, r = rng.uniform(0, w), horizon - h * rng.uniform(0.0, 0.2), h * rng.uniform(0.06, 0.14)
            draw.ellipse((x - r * 1.5, y - r, x + r * 1.5, y + r), fill=(90, 90, 95, 150))
        for k in range(5):  # fallen banners on their poles
            x = w * (0.1 + k * 0.2) + rng.uniform(-20, 20)
            y = horizon + h * rng.uniform(0.1, 0.4)
            draw.line((x, y, x + w * 0.06, y - h * 0.12), fill=shade((80, 60, 40), dim), width=max(2, h // 200))
            draw.polygon(
                [(x + w * 0.06, y - h * 0.12), (x + w * 0.1, y - h * 0.1), (x + w * 0.055, y - h * 0.07)],
                fill=shade((170, 40, 40) if k % 2 else (40, 60, 150), dim),
            )

    return {"throne_room": throne_room, "pantry": pantry, "ship_deck": ship_deck, "battlefield": battlefield}


LANDMARKS: dict[str, Draw] = {
    "road": _road,
    "moon": _moon_surface,
    "cave": _cave,
    "palace": _palace,
    "stable": _stable,
}
