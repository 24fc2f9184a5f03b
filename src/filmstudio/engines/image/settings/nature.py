"""Open country and the wild: mountains, sea, forest, desert, river, shore, swamp, snow, space and the Moon, a cave,
a battlefield, heaven. Each paints ground and landmarks over the painter's sky."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from filmstudio.engines.image.settings.parts import (
    glow,
    ground,
    hills,
    tree,
)
from filmstudio.engines.image.shapes import RGB, Draw, Pen, Picture, Rng, night_factor, ridge, ridge_polygon, shade


def _mountains(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    far = [(120, 130, 170), (90, 100, 140), (60, 75, 100)]
    for i, color in enumerate(far):
        heights = ridge(w, rng, base=horizon - h * (0.25 - i * 0.08), rough=h * (0.12 - i * 0.03), points=16)
        poly = ridge_polygon(w, h, heights)
        draw.polygon(poly, fill=shade(color, night_factor(time)))
        if i == 0:  # snow caps on the far range
            step = w / (len(heights) - 1)
            for j, y in enumerate(heights):
                if y < horizon - h * 0.3:
                    x = j * step
                    draw.polygon(
                        [(x - step * 0.6, y + h * 0.05), (x, y), (x + step * 0.6, y + h * 0.05)],
                        fill=shade((240, 245, 255), night_factor(time)),
                    )
    hills(draw, w, h, int(horizon + h * 0.12), time, rng, [(70, 110, 70), (50, 90, 55)], rough=0.02)


def sea(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    water_top = np.array({"night": (20, 35, 70), "sunset": (180, 110, 90)}.get(time, (40, 100, 160)), np.float32)
    water_bottom = water_top * 0.55
    arr = np.asarray(img).copy()
    t = np.linspace(0, 1, h - horizon, dtype=np.float32)[:, None]
    arr[horizon:] = (water_top * (1 - t) + water_bottom * t)[:, None, :].astype(np.uint8)
    img.paste(Image.fromarray(arr))
    d = ImageDraw.Draw(img, "RGBA")
    for _ in range(int(w / 8)):  # wave glints
        x, y = rng.uniform(0, w), rng.uniform(horizon + 4, h)
        length = w * 0.01 * (1 + (y - horizon) / (h - horizon) * 3)
        d.line((x, y, x + length, y), fill=(255, 255, 255, 70), width=max(1, w // 1200))
    # a rocky cliff on one side, with a lighthouse
    side = rng.choice([0, 1])
    cliff_w = w * 0.35
    x0 = 0 if side == 0 else w - cliff_w
    top = horizon - h * 0.12
    pts = [(x0, h), (x0, top)] if side == 0 else [(w, h), (w, top)]
    edge = x0 + cliff_w if side == 0 else x0
    pts += [(edge - (1 if side == 0 else -1) * cliff_w * 0.1, top + h * 0.05), (edge, h)]
    d.polygon(pts, fill=shade((85, 75, 70), night_factor(time)))
    lx = x0 + cliff_w * (0.4 if side == 0 else 0.6)
    lw, lh = w * 0.03, h * 0.25
    d.polygon(
        [(lx - lw, top + 2), (lx - lw * 0.7, top - lh), (lx + lw * 0.7, top - lh), (lx + lw, top + 2)],
        fill=shade((235, 235, 230), night_factor(time)),
    )
    for k in range(3):
        y = top - lh * (0.25 + 0.25 * k)
        d.rectangle((lx - lw * 0.85, y, lx + lw * 0.85, y + lh * 0.07), fill=shade((190, 40, 40), night_factor(time)))
    d.rectangle((lx - lw * 0.8, top - lh - h * 0.04, lx + lw * 0.8, top - lh), fill=(255, 230, 140, 255))
    if time in ("night", "sunset", "dawn"):
        beam_dir = 1 if side == 0 else -1
        d.polygon(
            [
                (lx, top - lh - h * 0.02),
                (lx + beam_dir * w * 0.6, top - lh - h * 0.12),
                (lx + beam_dir * w * 0.6, top - lh + h * 0.06),
            ],
            fill=(255, 240, 180, 60),
        )


def _forest(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    hills(draw, w, h, horizon, time, rng, [(80, 120, 90), (60, 100, 70)])
    for layer, (color, scale) in enumerate([((40, 90, 55), 0.18), ((30, 75, 45), 0.28), ((20, 60, 35), 0.42)]):
        count = int(14 - layer * 3)
        for _ in range(count):
            x = rng.uniform(-w * 0.05, w * 1.05)
            base = horizon + h * (0.08 + layer * 0.12) + rng.uniform(0, h * 0.05)
            th = h * scale * rng.uniform(0.8, 1.2)
            tw = th * 0.35
            draw.rectangle(
                (x - tw * 0.08, base - th * 0.2, x + tw * 0.08, base),
                fill=shade((80, 55, 35), night_factor(time)),
            )
            for k in range(3):
                y1 = base - th * (0.15 + 0.28 * k)
                draw.polygon(
                    [(x - tw * (1 - 0.2 * k), y1), (x, y1 - th * 0.42), (x + tw * (1 - 0.2 * k), y1)],
                    fill=shade(color, night_factor(time)),
                )


def _desert(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    for i, color in enumerate([(225, 180, 120), (210, 160, 100), (195, 140, 85)]):
        xs = np.linspace(0, w, 60)
        phase, amp = rng.uniform(0, 6.28), h * rng.uniform(0.02, 0.05)
        ys = horizon + h * 0.08 * i + amp * np.sin(xs / w * rng.uniform(2, 5) + phase)
        draw.polygon([(0, h), *list(zip(xs, ys, strict=True)), (w, h)], fill=shade(color, night_factor(time)))


# the river runs across the middle distance between these heights (shares of the frame's height): the front
# figures stand at 0.84 and a crowd at 0.70 (animation/staged.py), both on the near bank below it
RIVER_FAR_BANK = 0.565
RIVER_NEAR_BANK = 0.685


def _river_water(time: str) -> tuple[int, int, int]:
    return shade({"night": (40, 60, 110), "sunset": (200, 130, 100)}.get(time, (80, 140, 200)), night_factor(time))


def _river(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A river seen from its near bank: grass where people stand, a strip of sand and pebbles at the water's
    edge, stone ghat steps down to it on the left, the river flowing across the middle distance and its far
    bank with trees and hills beyond."""
    dim = night_factor(time)
    far_y, near_y = h * RIVER_FAR_BANK, h * RIVER_NEAR_BANK
    hills(draw, w, h, int(min(horizon, far_y - h * 0.03)), time, rng, [(110, 150, 110), (90, 140, 85)], rough=0.02)
    for k in range(9):  # trees along the far bank
        x = w * (k / 8) + rng.uniform(-0.04, 0.04) * w
        tree(draw, x, far_y + h * 0.004, h * rng.uniform(0.025, 0.04), time, leaves=(60, 115, 65))
    water = _river_water(time)
    xs = np.linspace(0, w, 25)
    far_edge = far_y + h * 0.004 * np.sin(xs / w * 9 + rng.uniform(0, 6))
    near_edge = near_y + h * 0.012 * np.sin(xs / w * 4 + rng.uniform(0, 6))
    draw.polygon([*zip(xs, far_edge, strict=True), *zip(xs[::-1], near_edge[::-1], strict=True)], fill=water)
    light = shade(water, 1.18)
    for k in range(6):  # bands of light on the water, wider nearer
        y = far_y + (near_y - far_y) * (k + 0.5) / 6
        for _ in range(4):
            x = rng.uniform(-0.05, 1.0) * w
            draw.line(
                (x, y, x + w * rng.uniform(0.04, 0.12) * (1 + k / 3), y), fill=(*light, 150), width=max(1, h // 360)
            )
    for _ in range(int(w / 25)):  # glints
        x, y = rng.uniform(0, w), rng.uniform(far_y + h * 0.01, near_y - h * 0.01)
        draw.line((x, y, x + w * 0.008, y), fill=(255, 255, 255, 90), width=max(1, w // 1200))
    shore = [*zip(xs, near_edge - h * 0.004, strict=True), (w, h), (0, h)]
    draw.polygon(shore, fill=shade((200, 180, 140), dim))  # sand at the water's edge
    grass_edge = near_edge + h * 0.035 + h * 0.01 * np.sin(xs / w * 7 + rng.uniform(0, 6))
    draw.polygon([*zip(xs, grass_edge, strict=True), (w, h), (0, h)], fill=shade((105, 150, 80), dim))
    for _ in range(14):  # pebbles on the sand
        x = rng.uniform(0, w)
        y = near_y + h * rng.uniform(0.008, 0.03)
        r = h * rng.uniform(0.004, 0.009)
        draw.ellipse((x - r * 1.5, y - r, x + r * 1.5, y + r), fill=shade((150, 140, 125), dim))
    for cx in (w * rng.uniform(0.86, 0.96), w * rng.uniform(0.24, 0.3)):  # reeds at the edge
        for _ in range(8):
            x, tall = cx + rng.uniform(-0.03, 0.03) * w, h * rng.uniform(0.06, 0.12)
            base = near_y + h * 0.02
            draw.line(
                (x, base, x + rng.uniform(-0.01, 0.01) * w, base - tall),
                fill=shade((80, 120, 55), dim),
                width=max(2, w // 500),
            )
    for _ in range(int(w / 14)):  # tufts of grass on the near bank
        x, y = rng.uniform(w * 0.2, w), rng.uniform(near_y + h * 0.06, h)
        tall = h * 0.012 * (1 + (y - near_y) / (h - near_y))
        draw.line((x, y, x + rng.uniform(-2, 2), y - tall), fill=shade((80, 125, 60), dim), width=max(1, w // 800))
    _ghat(draw, w, h, near_y, dim)


def _ghat(draw: Pen, w: int, h: int, edge: float, dim: float) -> None:
    """Stone steps on the left of the near bank, down to the water's edge (a ghat)."""
    steps = 6
    for k in range(steps):
        top = edge + (h - edge) * k / steps
        bottom = edge + (h - edge) * (k + 1) / steps
        right = w * (0.1 + 0.1 * k / steps)
        draw.rectangle((0, top, right, bottom), fill=shade((195, 175, 145), dim * (0.92 + 0.08 * (k % 2))))
        draw.line((0, top, right, top), fill=shade((150, 130, 105), dim), width=max(1, h // 300))
    draw.polygon([(w * 0.1, edge), (w * 0.2, h), (w * 0.21, h), (w * 0.11, edge)], fill=shade((150, 130, 105), dim))


def _pond(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A small pond in a meadow, its far bank in sight: lily pads, reeds and bulrushes at its edges, the
    near bank of grass and mud to the left (waterside things float to the right)."""
    dim = night_factor(time)
    hills(draw, w, h, horizon, time, rng, [(100, 145, 90), (110, 160, 85)], rough=0.015)
    for k in range(6):  # bushes and trees along the far bank
        x = w * (0.3 + k * 0.13) + rng.uniform(-0.03, 0.03) * w
        tree(draw, x, horizon + h * rng.uniform(0.05, 0.08), h * rng.uniform(0.05, 0.075), time, leaves=(65, 125, 70))
    top, bottom = horizon + h * 0.1, h * 0.93
    water = {"night": (35, 55, 90), "sunset": (190, 130, 110), "dawn": (150, 150, 185)}.get(time, (95, 160, 195))
    draw.ellipse((w * 0.14, top - h * 0.015, w * 1.08, bottom + h * 0.015), fill=shade((120, 95, 60), dim))  # mud rim
    draw.ellipse((w * 0.16, top, w * 1.06, bottom), fill=shade(water, dim if time != "night" else 0.8))
    draw.ellipse((w * 0.22, top + h * 0.015, w * 1.0, top + h * 0.07), fill=(*shade(water, 1.15), 120))  # sky glint
    for _ in range(14):  # ripples
        x, y = rng.uniform(w * 0.3, w * 0.95), rng.uniform(top + h * 0.06, bottom - h * 0.04)
        draw.arc((x, y, x + w * 0.05, y + h * 0.012), 0, 180, fill=(230, 245, 255, 90), width=max(1, w // 900))
    for _ in range(11):  # lily pads, a few in flower
        x, y = rng.uniform(w * 0.3, w * 0.95), rng.uniform(top + h * 0.04, bottom - h * 0.05)
        r = h * (0.018 + 0.03 * (y - top) / (bottom - top))
        start = rng.uniform(0, 360)
        draw.pieslice(
            (x - r * 1.5, y - r * 0.6, x + r * 1.5, y + r * 0.6), start, start + 320, fill=shade((60, 140, 60), dim)
        )
        if rng.random() < 0.4:
            draw.ellipse((x - r * 0.4, y - r * 0.5, x + r * 0.4, y), fill=shade((245, 170, 200), dim * 0.9 + 0.1))
    for cx, cy, n in ((w * 0.19, horizon + h * 0.21, 9), (w * 0.93, horizon + h * 0.14, 7), (w * 0.24, h * 0.87, 10)):
        for _ in range(n):  # reeds with bulrushes
            x, tall = cx + rng.uniform(-0.04, 0.04) * w, h * rng.uniform(0.09, 0.16)
            lean = rng.uniform(-0.015, 0.015) * w
            draw.line((x, cy, x + lean, cy - tall), fill=shade((80, 120, 55), dim), width=max(2, w // 450))
            if rng.random() < 0.6:
                draw.rounded_rectangle(
                    (x + lean * 0.8 - w * 0.004, cy - tall * 0.85, x + lean * 0.8 + w * 0.004, cy - tall * 0.68),
                    radius=w * 0.004,
                    fill=shade((110, 70, 40), dim),
                )
    for _ in range(5):  # stones on the near bank
        x, y, r = rng.uniform(w * 0.02, w * 0.26), rng.uniform(h * 0.82, h * 0.97), h * rng.uniform(0.015, 0.03)
        draw.ellipse((x - r * 1.4, y - r, x + r * 1.4, y + r * 0.5), fill=shade((140, 135, 125), dim))


def _space(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    arr = np.asarray(img).astype(np.float32)
    arr *= 0.35
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(3):  # nebulae
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.15, 0.35) * w
        color = np.array(rng.choice([(120, 60, 160), (40, 90, 170), (170, 60, 110)]), np.float32)
        glow = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))[..., None]
        arr += glow * color * 0.6
    img.paste(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)))
    d = ImageDraw.Draw(img, "RGBA")
    for _ in range(int(w * h / 2500)):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.choice([1, 1, 2]) * max(1, w / 1920)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, int(rng.uniform(100, 255))))
    px, py, pr = w * rng.uniform(0.2, 0.8), h * rng.uniform(0.3, 0.7), h * rng.uniform(0.12, 0.2)
    d.ellipse(
        (px - pr * 2, py - pr * 0.35, px + pr * 2, py + pr * 0.35),
        outline=(220, 200, 170, 200),
        width=max(2, h // 150),
    )
    d.ellipse((px - pr, py - pr, px + pr, py + pr), fill=(210, 160, 110, 255))
    d.ellipse((px - pr * 0.2, py - pr, px + pr, py + pr), fill=(150, 100, 70, 160))


def _heaven(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """The realm of the gods or the angels above the sky: golden light at every hour, a sea of clouds to
    stand on, a gate between white columns on the far clouds with rays of light behind it."""
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    top, low = np.array((235, 200, 120), np.float32), np.array((255, 245, 215), np.float32)
    img.paste(Image.fromarray(np.broadcast_to(top * (1 - yy) + low * yy, (h, w, 3)).astype(np.uint8)))
    d = ImageDraw.Draw(img, "RGBA")
    gx, gy = w * 0.5, h * 0.5  # the gate's foot
    for k in range(14):  # rays of light fanning out from behind the gate
        a0 = np.pi * (1.05 + k / 14)
        a1 = a0 + np.pi / 30
        far = w
        d.polygon(
            [
                (gx, gy - h * 0.15),
                (gx + far * np.cos(a0), gy + far * np.sin(a0)),
                (gx + far * np.cos(a1), gy + far * np.sin(a1)),
            ],
            fill=(255, 250, 220, 60),
        )
    glow(img, gx, gy - h * 0.15, h * 0.25, (255, 250, 225), 170)
    _cloud_bank(d, w, h, gy - h * 0.02, h * 0.05, (250, 240, 225), rng)  # the far clouds the gate stands on
    d = ImageDraw.Draw(img, "RGBA")
    _gate(d, gx, gy, h)
    _cloud_bank(d, w, h, h * 0.6, h * 0.07, (240, 230, 240), rng)
    _cloud_bank(d, w, h, h * 0.72, h * 0.1, (250, 246, 250), rng)
    _cloud_bank(d, w, h, h * 0.9, h * 0.12, (255, 252, 252), rng, body=1.0)


def _cloud_bank(draw: Pen, w: int, h: int, y: float, r: float, colour: RGB, rng: Rng, body: float = 0.96) -> None:
    """A row of billows across the frame over a shaded body of cloud: each bank stands out from the one behind."""
    billows = []
    x = -r
    while x < w + r:
        size = r * rng.uniform(0.8, 1.3)
        billows.append((x, y + rng.uniform(-0.35, 0.15) * r, size))
        x += size * rng.uniform(1.2, 1.7)
    for x, cy, size in billows:  # the lit tops
        draw.ellipse((x - size * 1.4, cy - size, x + size * 1.4, cy + size * 0.8), fill=colour)
    draw.rectangle((0, y + r * 0.35, w, h), fill=shade(colour, body))  # the body, a little in shadow


def _gate(draw: Pen, x: float, foot: float, h: int) -> None:
    """Pearly gates: two white columns with a golden arch and bars between them."""
    white, gold = (250, 248, 240), (230, 180, 60)
    half, tall = h * 0.12, h * 0.3
    for side in (-1, 1):
        cx = x + side * half
        draw.rectangle((cx - h * 0.022, foot - tall, cx + h * 0.022, foot), fill=white)
        draw.rectangle((cx - h * 0.032, foot - tall - h * 0.02, cx + h * 0.032, foot - tall), fill=white)  # capital
        draw.rectangle((cx - h * 0.032, foot - h * 0.02, cx + h * 0.032, foot), fill=white)  # base
    width = max(2, h // 150)
    draw.arc(
        (x - half, foot - tall - half * 0.6, x + half, foot - tall + half * 0.6), 180, 360, fill=gold, width=width * 2
    )
    for k in range(1, 8):  # the bars
        bx = x - half + 2 * half * k / 8
        draw.line((bx, foot - tall, bx, foot - h * 0.02), fill=gold, width=width)
    draw.line((x - half, foot - tall * 0.5, x + half, foot - tall * 0.5), fill=gold, width=width)


def _landscape(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    hills(draw, w, h, horizon, time, rng, [(110, 150, 100), (90, 140, 80), (70, 120, 60)])
    for _ in range(int(rng.integers(3, 7))):
        x, base = rng.uniform(0, w), horizon + h * rng.uniform(0.12, 0.3)
        r = h * rng.uniform(0.04, 0.07)
        draw.rectangle(
            (x - r * 0.12, base - r, x + r * 0.12, base + r * 0.8),
            fill=shade((90, 60, 40), night_factor(time)),
        )
        draw.ellipse((x - r, base - r * 2.2, x + r, base - r * 0.4), fill=shade((50, 110, 60), night_factor(time)))


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
    ground(draw, w, h, horizon, time, (200, 195, 185), rng, rough=0.0)
    draw.rectangle((0, horizon - h * 0.15, w * 0.45, horizon), fill=shade((235, 225, 210), dim))  # the house
    for k in range(4):
        draw.rectangle(
            (w * (0.03 + k * 0.1), horizon - h * 0.12, w * (0.09 + k * 0.1), horizon - h * 0.04),
            fill=(250, 210, 120) if time == "night" else shade((120, 170, 200), dim),
        )
    # the pool lies back from the frame's foot: those who stand by it stand on the deck in front (a swimmer
    # is drawn out on it, animation/staged.py)
    near = h * 0.76
    pool = [
        (w * 0.12, near),
        (w * 0.3, horizon + h * 0.06),
        (w * 0.8, horizon + h * 0.06),
        (w * 0.98, near),
    ]
    draw.polygon(pool, fill=shade((60, 170, 210), dim if time != "night" else 0.7))
    draw.line([*pool, pool[0]], fill=(240, 240, 240), width=max(4, w // 150))
    for _ in range(int(w / 40)):  # ripples
        x, y = rng.uniform(w * 0.3, w * 0.8), rng.uniform(horizon + h * 0.1, near - h * 0.04)
        draw.arc((x, y, x + w * 0.04, y + h * 0.01), 0, 180, fill=(200, 240, 255, 150), width=max(1, w // 900))
    for x in (w * 0.02, w * 0.86):  # loungers on the deck in front
        draw.polygon(
            [(x, h * 0.92), (x + w * 0.1, h * 0.92), (x + w * 0.12, h * 0.86), (x + w * 0.1, h * 0.88)],
            fill=(240, 240, 240),
        )


def _campfire(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    ground(draw, w, h, horizon, time, (60, 80, 50), rng)
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
        tree(draw, x, horizon + h * rng.uniform(0.02, 0.15), h * 0.12, time, bare=True)
    for _ in range(int(w / 25)):  # reeds
        x, y = rng.uniform(0, w), rng.uniform(horizon + h * 0.2, h)
        draw.line(
            (x, y, x + rng.uniform(-3, 3), y - h * rng.uniform(0.04, 0.09)),
            fill=shade((90, 110, 60), dim),
            width=max(1, w // 700),
        )
    draw.rectangle((0, horizon - h * 0.05, w, horizon + h * 0.12), fill=(200, 210, 200, 50))  # low mist


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
    ground(draw, w, h, horizon, "day", (150, 150, 150), rng, rough=0.02)
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


def _battlefield(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    ground(draw, w, h, horizon, time, (115, 110, 80), rng, rough=0.015)
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


NATURE: dict[str, Draw] = {
    "mountains": _mountains,
    "sea": sea,
    "forest": _forest,
    "desert": _desert,
    "river": _river,
    "pond": _pond,
    "space": _space,
    "landscape": _landscape,
    "beach": _beach,
    "swimming_pool": _swimming_pool,
    "campfire": _campfire,
    "swamp": _swamp,
    "snowfield": _snowfield,
    "moon": _moon_surface,
    "cave": _cave,
    "battlefield": _battlefield,
    "heaven": _heaven,
}
