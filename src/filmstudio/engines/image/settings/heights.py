"""Places above and below the ground (script/heights.py): up in a tree's branches, on a roof over the town,
down in a pit. The figures' feet are at about 0.77 of the frame's height (animation/staged.py ground_line), so each draws what they stand on there (a
bough, the roof's tiles, the pit's floor) and what says how high or deep they are above it: the sky all round
and the land far below, or earth walls with the sky a patch overhead."""

from __future__ import annotations

from PIL import Image, ImageDraw

from filmstudio.engines.image.settings.parts import hills, house
from filmstudio.engines.image.shapes import Draw, Pen, Picture, Rng, night_factor, ridge, ridge_polygon, shade

_LEAVES = ((58, 118, 58), (46, 100, 50), (72, 136, 64))
_BARK = (118, 82, 54)


def _treetop(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """High in a tree: the tops of other trees and the hills far below, a thick bough across the frame to
    stand on, the trunk at one side, leaves framing the sky."""
    dim = night_factor(time)
    low = int(h * 0.62)  # the land is far off and below: far hills, and the crowns of a wood, small
    hills(draw, w, h, low, time, rng, [(120, 150, 165), (96, 132, 118)], rough=0.025)
    for _ in range(30):
        x, r = rng.uniform(-0.05, 1.05) * w, h * rng.uniform(0.02, 0.035)
        y = low + h * rng.uniform(0.02, 0.12)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade(_LEAVES[int(rng.integers(3))], dim * 0.85))
    side = int(rng.integers(2))
    trunk_x = w * (0.06 if side == 0 else 0.94)
    draw.polygon(
        [(trunk_x - w * 0.07, h), (trunk_x - w * 0.045, 0), (trunk_x + w * 0.045, 0), (trunk_x + w * 0.07, h)],
        fill=shade(_BARK, dim),
    )
    # the bough they stand on: from the trunk across the frame, thinning to its end
    foot = h * 0.77  # where the figures' feet are
    start, end = (trunk_x, w * 1.02) if side == 0 else (trunk_x, -w * 0.02)
    draw.polygon(
        [(start, foot - h * 0.07), (end, foot - h * 0.04), (end, foot + h * 0.09), (start, foot + h * 0.17)],
        fill=shade(_BARK, dim),
    )
    draw.line((start, foot - h * 0.065, end, foot - h * 0.035), fill=shade((150, 112, 76), dim), width=max(2, h // 180))
    for k in range(9):  # the bark's grain along the bough
        x0 = start + (end - start) * rng.uniform(0.05, 0.85)
        x1 = x0 + (end - start) * rng.uniform(0.05, 0.12)
        y0 = foot + h * (0.02 + 0.012 * (k % 5)) + (x0 - start) / (end - start) * h * 0.0
        draw.line((x0, y0, x1, y0 + h * 0.004), fill=shade((90, 60, 40), dim), width=max(1, h // 300))
    for k in range(5):  # twigs with leaves off the bough
        x = start + (end - start) * (0.25 + 0.17 * k)
        tip = (x + rng.uniform(-0.05, 0.05) * w, foot + h * rng.uniform(0.12, 0.16))
        draw.line((x, foot + h * 0.04, *tip), fill=shade(_BARK, dim), width=max(2, h // 200))
        r = h * rng.uniform(0.04, 0.06)
        draw.ellipse((tip[0] - r, tip[1] - r * 0.7, tip[0] + r, tip[1] + r * 0.7), fill=shade(_LEAVES[k % 3], dim))
    for _ in range(22):  # the crown around: leaves along the top and down the trunk's side
        top = rng.uniform() < 0.6
        x = rng.uniform(0, w) if top else trunk_x + rng.uniform(-0.12, 0.12) * w
        y = rng.uniform(-0.05, 0.1) * h if top else rng.uniform(0.05, 0.6) * h
        r = h * rng.uniform(0.06, 0.12)
        draw.ellipse((x - r * 1.3, y - r, x + r * 1.3, y + r), fill=shade(_LEAVES[int(rng.integers(3))], dim))


def _rooftop(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """On a roof: the other roofs of the town below and behind, the tiled roof they stand on across the
    bottom of the frame, its ridge where their feet are, a chimney at one side."""
    dim = night_factor(time)
    low = int(h * 0.66)
    hills(draw, w, h, low - int(h * 0.05), time, rng, [(120, 140, 160)], rough=0.03)
    x = -w * 0.05
    ridge_y = h * 0.76  # where the figures' feet are
    for row, (top, big) in enumerate(((low - h * 0.04, 0.07), (ridge_y - h * 0.02, 0.1))):
        x = -w * 0.05 + row * w * 0.04
        while x < w:  # the town's houses below: only their upper floors and roofs show over this roof
            size = h * rng.uniform(big, big * 1.4)
            roof = (150, 70, 55) if rng.uniform() < 0.6 else (110, 90, 80)
            house(draw, x, top + size * 0.9, size, time, wall=(205, 185, 155), roof=roof)
            x += size * rng.uniform(1.5, 2.2)
    tile, edge = (184, 88, 66), (128, 58, 44)
    draw.polygon([(0, ridge_y), (w, ridge_y - h * 0.01), (w, h), (0, h)], fill=shade(tile, dim))
    rows = 5
    for k in range(1, rows + 1):  # rows of tiles, wider as they come nearer
        y = ridge_y + (h - ridge_y) * (k / rows) ** 1.3
        draw.line((0, y, w, y), fill=shade(edge, dim), width=max(1, h // 300))
        step = w / (10 + 2 * (rows - k))
        offset = step / 2 if k % 2 else 0
        xs = offset
        while xs < w:
            draw.line((xs, y, xs, y - (h - ridge_y) / rows * 0.9), fill=shade(edge, dim), width=max(1, h // 400))
            xs += step
    draw.rectangle((0, ridge_y - h * 0.012, w, ridge_y + h * 0.01), fill=shade((135, 60, 46), dim))
    cx = w * (0.82 if rng.uniform() < 0.5 else 0.12)
    draw.rectangle((cx, ridge_y - h * 0.2, cx + w * 0.06, ridge_y), fill=shade((150, 90, 70), dim))
    draw.rectangle(
        (cx - w * 0.008, ridge_y - h * 0.22, cx + w * 0.068, ridge_y - h * 0.19), fill=shade((110, 66, 52), dim)
    )


def _pit(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """Down in a pit: round earth walls, the sky only an opening overhead, a muddy floor lit from above."""
    dim = night_factor(time)
    sky = img.copy()
    mouth = (w * 0.22, -h * 0.25, w * 0.78, h * 0.2)  # the opening, seen from below: its near half
    wall, dark = (100, 76, 54), (40, 28, 20)
    draw.rectangle((0, 0, w, h), fill=shade(wall, dim))
    for k in range(7):  # layers of earth, curving round the wall
        y = h * (0.28 + 0.08 * k)
        draw.arc((-w * 0.3, y - h * 0.35, w * 1.3, y), 15, 165, fill=shade((78, 58, 40), dim), width=max(2, h // 150))
    for _ in range(26):  # stones in the walls
        x, y = rng.uniform(0, w), rng.uniform(0.05, 0.78) * h
        r = h * rng.uniform(0.01, 0.03)
        draw.ellipse((x - r * 1.4, y - r, x + r * 1.4, y + r), fill=shade((124, 106, 90), dim))
    for k in range(6):  # the round wall darkens towards either side, away from the light
        edge = w * (0.24 - 0.035 * k)
        draw.polygon([(0, 0), (edge, 0), (edge * 0.6, h), (0, h)], fill=(*dark, 45))
        draw.polygon([(w, 0), (w - edge, 0), (w - edge * 0.6, h), (w, h)], fill=(*dark, 45))
    floor = ridge(w, rng, base=h * 0.74, rough=h * 0.01, points=8)
    draw.polygon(ridge_polygon(w, h, floor), fill=shade((118, 94, 68), dim))
    draw.ellipse((w * 0.2, h * 0.8, w * 0.8, h * 1.02), fill=(255, 240, 200, int(35 * dim)))  # lit from above
    for _ in range(8):  # puddles and clods on the floor
        x, y = rng.uniform(0, w), rng.uniform(0.82, 0.97) * h
        r = h * rng.uniform(0.015, 0.04)
        draw.ellipse((x - r * 2, y - r * 0.5, x + r * 2, y + r * 0.5), fill=shade((90, 72, 54), dim))
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).ellipse(mouth, fill=255)
    img.paste(sky, (0, 0), mask)
    draw.arc(mouth, 0, 180, fill=shade((70, 50, 34), dim), width=max(3, h // 90))  # the rim
    for _ in range(7):  # roots hanging from the rim
        x = rng.uniform(0.3, 0.7) * w
        top = h * 0.2 * (1 - ((x - w / 2) / (w * 0.28)) ** 2) ** 0.5
        draw.line(
            (x, top, x + rng.uniform(-0.02, 0.02) * w, top + h * rng.uniform(0.05, 0.12)),
            fill=shade((70, 50, 34), dim),
            width=max(2, h // 250),
        )


HEIGHT_VIEWS: dict[str, Draw] = {"treetop": _treetop, "rooftop": _rooftop, "pit": _pit}
