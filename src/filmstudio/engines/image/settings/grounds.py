"""Open ground with nothing built on it but what marks it: a churchyard (headstones and crosses in the grass, a
dark yew, the church's wall and tower behind a low stone wall) and a meadow (long grass full of flowers, a hedge
with a tree or two across it, hills far off: no barn, no furrows, which are the farm's)."""

from __future__ import annotations

import numpy as np

from filmstudio.engines.image.settings.parts import ground, hills
from filmstudio.engines.image.shapes import RGB, Draw, Pen, Picture, Rng, night_factor, shade

_GRASS: RGB = (96, 150, 70)
_HEADSTONE: RGB = (168, 166, 160)
_YEW: RGB = (34, 70, 44)
_HEDGE: RGB = (52, 100, 48)


def _headstone(draw: Pen, x: float, foot: float, size: float, kind: int, dim: float) -> None:
    """A grave marker standing in the grass: a round-topped slab, a cross or a pointed stone."""
    stone = shade(_HEADSTONE, dim)
    if kind == 1:
        draw.rectangle((x - size * 0.1, foot - size * 1.3, x + size * 0.1, foot), fill=stone)
        draw.rectangle((x - size * 0.4, foot - size, x + size * 0.4, foot - size * 0.8), fill=stone)
        return
    if kind == 2:
        draw.polygon(
            [
                (x - size * 0.35, foot),
                (x - size * 0.35, foot - size * 0.8),
                (x, foot - size * 1.1),
                (x + size * 0.35, foot - size * 0.8),
                (x + size * 0.35, foot),
            ],
            fill=stone,
        )
        return
    draw.rectangle((x - size * 0.4, foot - size * 0.7, x + size * 0.4, foot), fill=stone)
    draw.pieslice((x - size * 0.4, foot - size * 1.1, x + size * 0.4, foot - size * 0.3), 180, 360, fill=stone)
    draw.line(
        (x - size * 0.2, foot - size * 0.65, x + size * 0.2, foot - size * 0.65),
        fill=shade(_HEADSTONE, dim * 0.6),
        width=3,
    )
    draw.line(
        (x - size * 0.2, foot - size * 0.5, x + size * 0.2, foot - size * 0.5),
        fill=shade(_HEADSTONE, dim * 0.6),
        width=3,
    )


def _graveyard(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A churchyard: the church's grey wall with a pointed window and its tower at the back, a low stone wall,
    a dark yew, and rows of headstones and crosses in the grass, nearer ones larger."""
    dim = night_factor(time)
    ground(draw, w, h, horizon, time, _GRASS, rng, rough=0.004)
    church = (0.5, 0.98)  # the church's side, its tower at the right
    wall = shade((150, 146, 136), dim)
    draw.rectangle((w * church[0], horizon - h * 0.22, w * church[1], horizon + h * 0.01), fill=wall)
    draw.polygon(
        [
            (w * (church[0] - 0.02), horizon - h * 0.22),
            (w * 0.66, horizon - h * 0.36),
            (w * 0.84, horizon - h * 0.36),
            (w * 0.88, horizon - h * 0.22),
        ],
        fill=shade((90, 86, 84), dim),
    )
    draw.rectangle(
        (w * 0.86, horizon - h * 0.5, w * 0.98, horizon + h * 0.01), fill=shade((140, 136, 126), dim)
    )  # tower
    for k in range(3):  # its battlements
        x = w * (0.86 + k * 0.045)
        draw.rectangle((x, horizon - h * 0.54, x + w * 0.03, horizon - h * 0.5), fill=shade((140, 136, 126), dim))
    glass = (240, 190, 110) if time == "night" else shade((70, 80, 110), dim)
    for x in (w * 0.58, w * 0.72):  # pointed windows
        draw.rectangle((x, horizon - h * 0.16, x + w * 0.035, horizon - h * 0.05), fill=glass)
        draw.pieslice((x, horizon - h * 0.195, x + w * 0.035, horizon - h * 0.125), 180, 360, fill=glass)
    draw.rectangle((0, horizon - h * 0.02, w, horizon + h * 0.035), fill=shade((130, 124, 112), dim))  # low wall
    for x in np.arange(0, w, w * 0.04):
        draw.line((x, horizon - h * 0.02, x, horizon + h * 0.035), fill=shade((100, 96, 88), dim), width=2)
    # the yew: a dark, dense, rounded cone
    yx, yfoot = w * 0.2, horizon + h * 0.06
    draw.rectangle((yx - w * 0.012, yfoot - h * 0.08, yx + w * 0.012, yfoot), fill=shade((80, 50, 36), dim))
    for k in range(5):
        r = h * (0.13 - k * 0.02)
        cy = yfoot - h * (0.12 + k * 0.07)
        draw.ellipse((yx - r * 1.2, cy - r, yx + r * 1.2, cy + r), fill=shade(_YEW, dim * (1 + k * 0.05)))
    # the graves: three rows, the nearest largest, each marker leaning a little to its own side
    for row, (y, size, count) in enumerate(
        ((horizon + h * 0.1, h * 0.06, 7), (horizon + h * 0.2, h * 0.09, 5), (horizon + h * 0.34, h * 0.12, 4))
    ):
        for k in range(count):
            x = w * (k + 0.5) / count + rng.uniform(-w * 0.03, w * 0.03)
            if row < 2 and abs(x - yx) < w * 0.06:
                continue
            _headstone(draw, x, y, size, int(rng.integers(0, 3)), dim)
            draw.line((x - size * 0.5, y, x + size * 0.5, y), fill=shade((70, 110, 50), dim), width=4)


def _meadow(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A meadow: far hills, a hedge across the middle with a tree growing out of it, long grass full of
    poppies, daisies and buttercups, thicker and larger towards us."""
    dim = night_factor(time)
    hills(draw, w, h, int(horizon - h * 0.06), time, rng, [(120, 150, 110), (110, 156, 84)], rough=0.03)
    hedge_y = horizon + h * 0.05
    points = [(0.0, hedge_y)]
    for x in np.linspace(0, w, 40):
        points.append((x, hedge_y - h * rng.uniform(0.05, 0.08)))
    points.append((float(w), hedge_y))
    draw.rectangle((0, hedge_y, w, h), fill=shade(_GRASS, dim * 1.05))
    draw.polygon(points, fill=shade(_HEDGE, dim))
    for x in (w * 0.28, w * 0.81):  # trees in the hedge
        draw.rectangle((x - w * 0.008, hedge_y - h * 0.16, x + w * 0.008, hedge_y), fill=shade((86, 60, 40), dim))
        draw.ellipse(
            (x - h * 0.11, hedge_y - h * 0.32, x + h * 0.11, hedge_y - h * 0.12), fill=shade((60, 112, 52), dim)
        )
    for _ in range(420):  # blades of long grass
        y = rng.uniform(hedge_y + h * 0.02, h)
        near = (y - hedge_y) / (h - hedge_y)
        x = rng.uniform(0, w)
        draw.line(
            (x, y, x + rng.uniform(-1, 1) * h * 0.01, y - h * 0.04 * (0.3 + near)),
            fill=shade((70, 124, 50), dim),
            width=max(2, int(4 * near)),
        )
    flowers = [(220, 40, 40), (250, 250, 245), (250, 210, 40), (170, 110, 200)]
    for _ in range(360):
        y = rng.uniform(hedge_y + h * 0.02, h)
        near = (y - hedge_y) / (h - hedge_y)
        x, r = rng.uniform(0, w), h * (0.003 + 0.009 * near)
        colour = flowers[int(rng.integers(0, len(flowers)))]
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade(colour, dim))
        if r > h * 0.007:
            draw.ellipse((x - r * 0.35, y - r * 0.35, x + r * 0.35, y + r * 0.35), fill=shade((240, 190, 40), dim))


GROUNDS: dict[str, Draw] = {"graveyard": _graveyard, "meadow": _meadow}
