"""Where things are made and dug: a craftsman's workshop, a mill (a water mill with a windmill on the hill
behind; inside, its mill room), a mine's tunnel and a garden's tool shed."""

from __future__ import annotations

import numpy as np

from filmstudio.engines.image.settings.parts import (
    flower_pot,
    glow,
    ground,
    hills,
    house,
    lamp_light,
    room,
    tree,
    window,
)
from filmstudio.engines.image.shapes import Draw, Pen, Picture, Rng, night_factor, shade


def _tools(draw: Pen, x0: float, y0: float, w: int, h: int, lamp: float) -> None:
    """A tool board: a saw, a hammer, chisels, a square, pliers and a mallet on their pegs."""
    steel, wood = shade((170, 175, 180), lamp), shade((150, 100, 55), lamp)
    line = max(2, w // 400)
    draw.rectangle((x0, y0, x0 + w * 0.3, y0 + h * 0.26), fill=shade((190, 160, 115), lamp))
    for k in range(8):  # pegs
        px = x0 + w * (0.02 + k * 0.037)
        draw.ellipse((px - w * 0.003, y0 + h * 0.03, px + w * 0.003, y0 + h * 0.04), fill=shade((90, 65, 40), lamp))
    sx = x0 + w * 0.015  # the saw: a toothed blade and its handle
    draw.polygon([(sx, y0 + h * 0.05), (sx + w * 0.09, y0 + h * 0.05), (sx + w * 0.09, y0 + h * 0.1)], fill=steel)
    for k in range(9):
        tx = sx + w * 0.01 * k
        ty = y0 + h * 0.05 + h * 0.05 * k / 9
        draw.line((tx, ty, tx + w * 0.005, ty + h * 0.008), fill=shade((120, 120, 125), lamp), width=line)
    draw.rounded_rectangle((sx + w * 0.085, y0 + h * 0.04, sx + w * 0.11, y0 + h * 0.11), radius=w * 0.006, fill=wood)
    hx = x0 + w * 0.165  # the hammer
    draw.rectangle((hx - w * 0.004, y0 + h * 0.06, hx + w * 0.004, y0 + h * 0.2), fill=wood)
    draw.rectangle((hx - w * 0.02, y0 + h * 0.045, hx + w * 0.02, y0 + h * 0.07), fill=steel)
    for k in range(3):  # chisels
        cx = x0 + w * (0.19 + k * 0.018)
        draw.rectangle((cx - w * 0.004, y0 + h * 0.05, cx + w * 0.004, y0 + h * 0.11), fill=wood)
        draw.polygon(
            [(cx - w * 0.003, y0 + h * 0.11), (cx + w * 0.003, y0 + h * 0.11), (cx, y0 + h * 0.17)], fill=steel
        )
    qx = x0 + w * 0.25  # a carpenter's square
    draw.line([(qx, y0 + h * 0.05), (qx, y0 + h * 0.2), (qx + w * 0.04, y0 + h * 0.2)], fill=steel, width=line * 2)
    px = x0 + w * 0.06  # pliers
    draw.line((px, y0 + h * 0.14, px - w * 0.012, y0 + h * 0.24), fill=shade((180, 40, 40), lamp), width=line * 2)
    draw.line((px, y0 + h * 0.14, px + w * 0.012, y0 + h * 0.24), fill=shade((180, 40, 40), lamp), width=line * 2)
    mx = x0 + w * 0.11  # a mallet
    draw.rectangle((mx - w * 0.003, y0 + h * 0.15, mx + w * 0.003, y0 + h * 0.25), fill=wood)
    draw.rounded_rectangle((mx - w * 0.018, y0 + h * 0.13, mx + w * 0.018, y0 + h * 0.16), radius=w * 0.004, fill=wood)


def _workshop(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A carpenter's (or cobbler's) workshop: plank walls, the tools on their board, a workbench with a vice
    and a plank, shoes on the shelf, wood shavings curling on the bench and the floor."""
    floor_y = room(draw, w, h, time, (165, 125, 85), (140, 110, 75))
    lamp = lamp_light(time)
    for k in range(20):  # plank walls
        x = w * k / 20
        draw.line((x, 0, x, floor_y), fill=shade((140, 100, 65), lamp), width=max(2, w // 500))
    window(draw, (w * 0.05, h * 0.12, w * 0.22, h * 0.42), time, frame=(110, 75, 45))
    _tools(draw, w * 0.32, h * 0.1, w, h, lamp)
    draw.rectangle((w * 0.72, h * 0.2, w * 0.96, h * 0.215), fill=shade((110, 75, 45), lamp))  # a shelf
    for k in range(3):  # a jar and a cobbler's pair of boots on it
        x, y = w * (0.735 + k * 0.075), h * 0.2
        if k == 1:
            draw.rounded_rectangle(
                (x, y - h * 0.06, x + w * 0.035, y), radius=w * 0.005, fill=shade((90, 120, 140), lamp)
            )
            continue
        boot = [(x, y), (x + w * 0.06, y), (x + w * 0.06, y - h * 0.02), (x + w * 0.03, y - h * 0.035)]
        draw.polygon([*boot, (x + w * 0.025, y - h * 0.07), (x, y - h * 0.07)], fill=shade((120, 60, 35), lamp))
        draw.rectangle((x, y - h * 0.008, x + w * 0.06, y), fill=shade((50, 35, 25), lamp))  # the sole
    top = floor_y - h * 0.12
    bench = shade((180, 130, 80), lamp)
    draw.rectangle((w * 0.25, top, w * 0.88, top + h * 0.045), fill=bench)
    draw.rectangle((w * 0.25, top + h * 0.045, w * 0.88, top + h * 0.055), fill=shade((130, 90, 55), lamp))
    for lx in (0.27, 0.84):  # legs and a stretcher
        draw.rectangle((w * lx, top + h * 0.055, w * (lx + 0.025), floor_y + h * 0.12), fill=shade((130, 90, 55), lamp))
    draw.rectangle((w * 0.27, floor_y + h * 0.06, w * 0.865, floor_y + h * 0.075), fill=shade((120, 85, 50), lamp))
    draw.rectangle((w * 0.22, top - h * 0.01, w * 0.26, top + h * 0.08), fill=shade((80, 85, 90), lamp))  # the vice
    draw.line(
        (w * 0.2, top + h * 0.03, w * 0.22, top + h * 0.03), fill=shade((60, 60, 65), lamp), width=max(3, w // 300)
    )
    draw.rectangle((w * 0.4, top - h * 0.025, w * 0.7, top), fill=shade((215, 175, 120), lamp))  # a plank
    draw.polygon(  # a plane on it
        [
            (w * 0.55, top - h * 0.025),
            (w * 0.56, top - h * 0.05),
            (w * 0.61, top - h * 0.05),
            (w * 0.62, top - h * 0.025),
        ],
        fill=shade((150, 95, 50), lamp),
    )
    shaving = shade((235, 205, 150), lamp)
    for _ in range(40):  # curls of shavings on the bench and the floor
        on_bench = rng.random() < 0.3
        x = rng.uniform(w * 0.3, w * 0.85) if on_bench else rng.uniform(w * 0.05, w * 0.95)
        y = top - h * 0.005 if on_bench else rng.uniform(floor_y + h * 0.04, h * 0.98)
        r = h * rng.uniform(0.008, 0.018)
        start = rng.uniform(0, 360)
        draw.arc(
            (x - r * 1.4, y - r, x + r * 1.4, y + r * 0.4), start, start + 270, fill=shaving, width=max(2, w // 500)
        )
    lx, ly = w * 0.56, h * 0.08
    glow(img, lx, ly + h * 0.05, h * 0.18, (255, 220, 140), 110 if time == "night" else 45)
    draw.line((lx, 0, lx, ly), fill=(50, 40, 30), width=max(2, w // 700))
    draw.chord((lx - w * 0.035, ly - h * 0.01, lx + w * 0.035, ly + h * 0.06), 180, 360, fill=shade((70, 90, 80), lamp))
    draw.ellipse((lx - w * 0.01, ly + h * 0.015, lx + w * 0.01, ly + h * 0.04), fill=(255, 240, 190))


def _sails(
    draw: Pen, cx: float, cy: float, r: float, turn: float, colour: tuple[int, int, int], frame: tuple[int, int, int]
) -> None:
    """A windmill's four sails, lattice on their stocks, turned by `turn` radians."""
    for k in range(4):
        a = turn + k * np.pi / 2
        dx, dy = np.cos(a), np.sin(a)
        nx, ny = -dy, dx  # the sail's width lies across its stock
        inner, outer, wide = r * 0.15, r, r * 0.2
        sail = [
            (cx + dx * inner, cy + dy * inner),
            (cx + dx * outer, cy + dy * outer),
            (cx + dx * outer + nx * wide, cy + dy * outer + ny * wide),
            (cx + dx * inner + nx * wide, cy + dy * inner + ny * wide),
        ]
        draw.polygon(sail, fill=colour)
        for t in np.linspace(0.25, 0.95, 5):  # the lattice
            x, y = cx + dx * r * t, cy + dy * r * t
            draw.line((x, y, x + nx * wide, y + ny * wide), fill=frame, width=max(1, int(r / 60)))
        draw.line((cx, cy, cx + dx * r * 1.02, cy + dy * r * 1.02), fill=frame, width=max(2, int(r / 30)))


def _mill(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A mill from outside: a water mill by its stream, the wheel turning in the race, and a windmill
    on the hill behind."""
    dim = night_factor(time)
    hills(draw, w, h, horizon, time, rng, [(120, 160, 90)], rough=0.03)
    hx, hy = w * 0.22, horizon - h * 0.03  # the windmill on its hill
    draw.ellipse((hx - w * 0.2, hy - h * 0.04, hx + w * 0.2, hy + h * 0.2), fill=shade((110, 155, 85), dim))
    draw.polygon(
        [
            (hx - w * 0.035, hy + h * 0.01),
            (hx - w * 0.022, hy - h * 0.22),
            (hx + w * 0.022, hy - h * 0.22),
            (hx + w * 0.035, hy + h * 0.01),
        ],
        fill=shade((235, 225, 205), dim),
    )
    draw.polygon(
        [(hx - w * 0.028, hy - h * 0.22), (hx, hy - h * 0.27), (hx + w * 0.028, hy - h * 0.22)],
        fill=shade((120, 70, 50), dim),
    )
    draw.rectangle((hx - w * 0.008, hy - h * 0.04, hx + w * 0.008, hy + h * 0.01), fill=shade((90, 60, 40), dim))
    _sails(draw, hx, hy - h * 0.21, h * 0.17, 0.5, shade((245, 240, 230), dim), shade((110, 80, 55), dim))
    ground(draw, w, h, int(horizon + h * 0.08), time, (100, 150, 75), rng)
    water = shade({"night": (40, 60, 100), "sunset": (200, 140, 110)}.get(time, (90, 150, 200)), dim)
    stream = [(w * 0.5, horizon + h * 0.09), (w * 0.66, horizon + h * 0.09), (w, h), (w * 0.6, h)]
    draw.polygon(stream, fill=water)
    for _ in range(12):  # the water's run
        t = rng.uniform(0.1, 1)
        x = w * (0.585 + 0.24 * t) + rng.uniform(-0.04, 0.04) * w * t
        y = horizon + h * 0.09 + (h - horizon - h * 0.09) * t
        draw.line((x, y, x + w * 0.03 * t, y + h * 0.004), fill=(235, 245, 255, 110), width=max(1, w // 800))
    x0, base = w * 0.34, horizon + h * 0.2  # the mill house: stone below, timber above
    draw.rectangle((x0, base - h * 0.14, x0 + w * 0.24, base), fill=shade((165, 155, 140), dim))
    for k in range(4):
        y = base - h * 0.035 * (k + 1)
        draw.line((x0, y, x0 + w * 0.24, y), fill=shade((135, 125, 115), dim), width=max(1, w // 700))
    draw.rectangle((x0, base - h * 0.26, x0 + w * 0.24, base - h * 0.14), fill=shade((175, 120, 70), dim))
    for k in range(1, 8):
        x = x0 + w * 0.03 * k
        draw.line((x, base - h * 0.26, x, base - h * 0.14), fill=shade((140, 90, 50), dim), width=max(1, w // 600))
    draw.polygon(
        [(x0 - w * 0.02, base - h * 0.25), (x0 + w * 0.12, base - h * 0.38), (x0 + w * 0.26, base - h * 0.25)],
        fill=shade((140, 60, 45), dim),
    )
    lit = (250, 210, 120) if time == "night" else shade((100, 130, 150), dim)
    draw.rectangle((x0 + w * 0.03, base - h * 0.23, x0 + w * 0.07, base - h * 0.17), fill=lit)
    draw.rectangle((x0 + w * 0.14, base - h * 0.23, x0 + w * 0.18, base - h * 0.17), fill=lit)
    draw.rectangle((x0 + w * 0.09, base - h * 0.09, x0 + w * 0.14, base), fill=shade((90, 60, 40), dim))  # door
    for k in range(4):  # sacks of flour by the door
        sx = x0 + w * (0.005 + k * 0.022)
        draw.rounded_rectangle(
            (sx, base - h * 0.045, sx + w * 0.02, base), radius=w * 0.006, fill=shade((235, 225, 200), dim)
        )
    cx, cy, r = x0 + w * 0.29, base - h * 0.09, h * 0.14  # the wheel, its foot in the race
    wood, dark = shade((130, 85, 50), dim), shade((90, 60, 35), dim)
    draw.rectangle((x0 + w * 0.24, cy - h * 0.012, cx, cy + h * 0.012), fill=dark)  # the axle
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=wood, width=max(4, int(r / 8)))
    draw.ellipse((cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), outline=wood, width=max(3, int(r / 14)))
    for k in range(16):  # paddles and spokes
        a = k * np.pi / 8 + 0.2
        ca, sa = np.cos(a), np.sin(a)
        draw.line(
            (cx + ca * r * 0.95, cy + sa * r * 0.95, cx + ca * r * 1.18, cy + sa * r * 1.18),
            fill=dark,
            width=max(4, int(r / 9)),
        )
        if k % 2 == 0:
            draw.line((cx, cy, cx + ca * r * 0.95, cy + sa * r * 0.95), fill=wood, width=max(3, int(r / 14)))
    draw.ellipse((cx - r * 0.12, cy - r * 0.12, cx + r * 0.12, cy + r * 0.12), fill=dark)
    for k in range(5):  # foam where the paddles strike
        fx = cx + r * (k - 2) * 0.35
        draw.arc(
            (fx - r * 0.3, cy + r * 0.95, fx + r * 0.3, cy + r * 1.2),
            180,
            360,
            fill=(240, 248, 255, 170),
            width=max(2, w // 500),
        )
    for x in (w * 0.05, w * 0.93):
        tree(draw, x, horizon + h * 0.28, h * 0.09, time)


def _mill_room(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """Inside a mill: beams, the great cog wheel, the millstones under their hopper, sacks of flour and the
    flour's dust in the light of a small window."""
    floor_y = room(draw, w, h, time, (170, 135, 95), (150, 120, 85))
    lamp = lamp_light(time)
    beam = shade((100, 70, 45), lamp)
    draw.rectangle((0, 0, w, h * 0.07), fill=beam)
    for x in (w * 0.03, w * 0.93):
        draw.rectangle((x, 0, x + w * 0.04, floor_y), fill=beam)
    window(draw, (w * 0.08, h * 0.16, w * 0.2, h * 0.36), time, frame=(100, 70, 45))
    cx, cy, r = w * 0.37, h * 0.38, h * 0.22  # the cog wheel on the wall, its teeth round the rim
    wood = shade((150, 100, 55), lamp)
    for k in range(24):
        a = k * np.pi / 12
        draw.line(
            (cx + np.cos(a) * r, cy + np.sin(a) * r, cx + np.cos(a) * r * 1.12, cy + np.sin(a) * r * 1.12),
            fill=beam,
            width=max(4, int(r / 10)),
        )
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=wood, width=max(6, int(r / 7)))
    for k in range(4):
        a = k * np.pi / 4
        draw.line(
            (cx - np.cos(a) * r, cy - np.sin(a) * r, cx + np.cos(a) * r, cy + np.sin(a) * r),
            fill=wood,
            width=max(4, int(r / 10)),
        )
    draw.ellipse((cx - r * 0.12, cy - r * 0.12, cx + r * 0.12, cy + r * 0.12), fill=beam)
    mx, top = w * 0.66, floor_y - h * 0.12  # the stones on their platform, the hopper above
    draw.rectangle((mx - w * 0.17, top + h * 0.06, mx + w * 0.17, floor_y + h * 0.04), fill=shade((120, 85, 55), lamp))
    stone, edge = shade((175, 170, 160), lamp), shade((130, 125, 118), lamp)
    for k in range(2):
        y = top + h * 0.06 - k * h * 0.05
        draw.rectangle((mx - w * 0.13, y - h * 0.03, mx + w * 0.13, y), fill=edge)
        draw.ellipse((mx - w * 0.13, y - h * 0.06, mx + w * 0.13, y), fill=stone)
    draw.ellipse((mx - w * 0.015, top - h * 0.045, mx + w * 0.015, top - h * 0.025), fill=edge)
    for side in (-1, 1):  # the frame that holds the hopper over the stones
        draw.line(
            (mx + side * w * 0.11, top - h * 0.02, mx + side * w * 0.06, h * 0.24), fill=beam, width=max(4, w // 200)
        )
    draw.rectangle((mx - w * 0.075, h * 0.23, mx + w * 0.075, h * 0.25), fill=beam)
    hopper = [(mx - w * 0.06, h * 0.2), (mx + w * 0.06, h * 0.2), (mx + w * 0.012, top - h * 0.05)]
    draw.polygon([*hopper, (mx - w * 0.012, top - h * 0.05)], fill=wood)
    draw.rectangle((mx - w * 0.006, top - h * 0.05, mx + w * 0.006, top - h * 0.035), fill=beam)  # its spout
    for k in range(5):  # sacks
        x = w * (0.05 + k * 0.075) + rng.uniform(-0.01, 0.01) * w
        y = floor_y + h * (0.14 + 0.03 * (k % 2))
        sack = shade((235, 225, 200), lamp)
        draw.rounded_rectangle((x, y - h * 0.12, x + w * 0.07, y), radius=w * 0.015, fill=sack)
        draw.polygon(
            [
                (x + w * 0.02, y - h * 0.16),
                (x + w * 0.05, y - h * 0.16),
                (x + w * 0.04, y - h * 0.11),
                (x + w * 0.03, y - h * 0.11),
            ],
            fill=sack,
        )
        draw.line(
            (x + w * 0.027, y - h * 0.125, x + w * 0.043, y - h * 0.125),
            fill=shade((140, 100, 60), lamp),
            width=max(2, w // 400),
        )
    for _ in range(60):  # flour dust in the air
        x, y = rng.uniform(w * 0.05, w * 0.95), rng.uniform(h * 0.1, floor_y)
        s = h * rng.uniform(0.002, 0.005)
        draw.ellipse((x - s, y - s, x + s, y + s), fill=(255, 250, 235, 90))
    glow(img, w * 0.14, h * 0.45, h * 0.25, (255, 240, 200) if time != "night" else (255, 210, 140), 50)


def _mine(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A mine tunnel running away from us: rock walls held up by timber sets, rails and their sleepers on
    the floor, an ore cart, lamps hung from the caps; by day the far end shows the daylight of the way in."""
    dim = night_factor(time)
    vx, vy = w * 0.5, h * 0.47
    draw.rectangle((0, 0, w, h), fill=(58, 48, 42))
    for _ in range(70):  # the rock's lumps and seams
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), h * rng.uniform(0.02, 0.07)
        tone = int(rng.integers(40, 80))
        draw.ellipse((x - r * 1.3, y - r, x + r * 1.3, y + r), fill=(tone + 8, tone, tone - 6))
    far = 0.08  # the far end's size as a share of the frame
    end = (vx - w * far / 2, vy - h * far * 0.6, vx + w * far / 2, vy + h * far * 0.6)
    light = {"day": (235, 230, 200), "dawn": (230, 190, 160), "sunset": (240, 170, 110)}.get(time, (20, 22, 35))
    draw.rectangle(end, fill=light)
    floor = [(0, h), (w * 0.12, h * 0.8), (end[0], end[3]), (end[2], end[3]), (w * 0.88, h * 0.8), (w, h)]
    draw.polygon(floor, fill=(95, 80, 65))
    for k in range(14):  # sleepers, closer together further off
        s = 1 - 1 / (1 + k * 0.45)
        y = h + (end[3] - h) * s
        half = w * 0.2 * (1 - s) + w * far * 0.3 * s
        draw.line((vx - half, y, vx + half, y), fill=(105, 75, 45), width=max(2, int(h * 0.018 * (1 - s))))
    for side in (-1, 1):  # the rails
        draw.line(
            (vx + side * w * 0.14, h, vx + side * w * far * 0.2, end[3]), fill=(150, 150, 158), width=max(3, w // 220)
        )
    lamps = []
    for k in range(5, -1, -1):  # timber sets, the nearest last: two posts and a cap
        s = 1 - 1 / (1 + k * 0.55)
        x0, x1 = w * 0.06 + (end[0] - w * 0.06) * s, w * 0.94 + (end[2] - w * 0.94) * s
        y0, y1 = h * 0.06 + (end[1] - h * 0.06) * s, h + (end[3] - h) * s
        t = max(3, int(w * 0.035 * (1 - s)))
        wood = shade((135, 95, 55), 1 - s * 0.5)
        draw.rectangle((x0, y0, x0 + t, y1), fill=wood)
        draw.rectangle((x1 - t, y0, x1, y1), fill=wood)
        draw.rectangle((x0 - t * 0.5, y0, x1 + t * 0.5, y0 + t * 1.1), fill=shade(wood, 0.9))
        if k in (1, 3):
            lamps.append(((x0 + x1) / 2 + (w * 0.1 * (1 - s) if k == 1 else 0), y0 + t * 1.1, h * 0.03 * (1 - s * 0.7)))
    cx, cy, c = w * 0.5, h * 0.66, 0.6  # the ore cart on the rails, a way off
    body = [
        (cx - w * 0.1 * c, cy - h * 0.12 * c),
        (cx + w * 0.1 * c, cy - h * 0.12 * c),
        (cx + w * 0.085 * c, cy),
        (cx - w * 0.085 * c, cy),
    ]
    draw.polygon(body, fill=(110, 90, 75))
    draw.rectangle((cx - w * 0.105 * c, cy - h * 0.13 * c, cx + w * 0.105 * c, cy - h * 0.115 * c), fill=(80, 65, 55))
    for _ in range(9):  # ore heaped in it
        x, r = cx + rng.uniform(-0.08, 0.08) * w * c, h * rng.uniform(0.018, 0.03) * c
        draw.ellipse((x - r, cy - h * 0.13 * c - r, x + r, cy - h * 0.13 * c + r * 0.6), fill=(70, 65, 70))
    for dx in (-0.06, 0.06):
        r = h * 0.03 * c
        draw.ellipse((cx + dx * w * c - r, cy - r * 0.7, cx + dx * w * c + r, cy + r * 1.3), fill=(45, 42, 45))
    draw.rectangle((0, 0, w, h), fill=(0, 0, 20, int(110 * (1 - dim))))  # night: darker on the way in too
    for lx, ly, size in lamps:  # lamps hung from the caps
        glow(img, lx, ly + size * 2, size * 6, (255, 200, 110), 140)
        draw.line((lx, ly, lx, ly + size), fill=(40, 35, 30), width=max(1, int(size / 8)))
        draw.rounded_rectangle(
            (lx - size * 0.6, ly + size, lx + size * 0.6, ly + size * 2.6), radius=size * 0.3, fill=(255, 215, 120)
        )
        draw.rectangle((lx - size * 0.7, ly + size * 0.9, lx + size * 0.7, ly + size * 1.1), fill=(50, 45, 40))


def _tool_shed(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A garden shed seen in its garden: a small board shed with a pent roof, its door ajar, a window,
    a watering can and flower pots by it, a vegetable bed and a fence."""
    dim = night_factor(time)
    ground(draw, w, h, horizon, time, (95, 150, 75), rng)
    for k in range(3):
        tree(draw, w * (0.08 + k * 0.4), horizon + h * 0.02, h * rng.uniform(0.07, 0.1), time, leaves=(60, 120, 65))
    for k in range(26):  # a picket fence along the back
        x = w * k / 25
        draw.rectangle(
            (x - w * 0.006, horizon - h * 0.06, x + w * 0.006, horizon + h * 0.02), fill=shade((225, 220, 205), dim)
        )
    draw.rectangle((0, horizon - h * 0.04, w, horizon - h * 0.03), fill=shade((210, 205, 190), dim))
    x0, x1, base = w * 0.55, w * 0.9, horizon + h * 0.16
    boards = shade((135, 100, 65), dim)
    draw.rectangle((x0, base - h * 0.3, x1, base), fill=boards)
    for k in range(15):  # its boards
        x = x0 + (x1 - x0) * k / 15
        draw.line((x, base - h * 0.32, x, base), fill=shade((110, 80, 50), dim), width=max(1, w // 700))
    draw.polygon(
        [
            (x0 - w * 0.02, base - h * 0.3),
            (x1 + w * 0.02, base - h * 0.36),
            (x1 + w * 0.02, base - h * 0.39),
            (x0 - w * 0.02, base - h * 0.33),
        ],
        fill=shade((70, 75, 80), dim),
    )  # the felt roof, sloping
    door = (x0 + w * 0.04, base - h * 0.24, x0 + w * 0.13, base)
    draw.rectangle(door, fill=shade((40, 30, 25), dim))  # ajar: the dark inside
    draw.polygon(
        [
            (door[2], door[1]),
            (door[2] + w * 0.035, door[1] + h * 0.01),
            (door[2] + w * 0.035, door[3] + h * 0.01),
            (door[2], door[3]),
        ],
        fill=shade((120, 140, 95), dim),
    )
    window(draw, (x0 + w * 0.2, base - h * 0.22, x0 + w * 0.3, base - h * 0.13), time, frame=(230, 225, 210))
    _watering_can(draw, x1 + w * 0.04, base + h * 0.01, h * 0.06, dim)
    for k in range(3):
        flower_pot(draw, x0 - w * (0.03 + k * 0.035), base + h * 0.01, h * (0.035 - k * 0.004), dim)
    draw.polygon(  # a vegetable bed in the front left, rows of green
        [(0, h * 0.8), (w * 0.18, h * 0.72), (w * 0.2, h * 0.76), (0, h * 0.92)], fill=shade((110, 80, 55), dim)
    )
    for k in range(5):
        t = (k + 0.5) / 5
        draw.ellipse(
            (
                w * 0.18 * t - w * 0.012,
                h * (0.8 - 0.08 * t) - h * 0.03,
                w * 0.18 * t + w * 0.012,
                h * (0.8 - 0.08 * t) + h * 0.01,
            ),
            fill=shade((70, 140, 60), dim),
        )


def _garden(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A cottage's kitchen garden (a story's "garden" is seldom a public park): beds of vegetables in rows
    across the middle ground, fruit bushes, a picket fence with its gate, the cottage's corner behind and
    a watering can; the foreground is grass, for the people."""
    dim = night_factor(time)
    ground(draw, w, h, horizon, time, (100, 155, 80), rng)
    house(draw, w * 0.02, horizon + h * 0.01, h * 0.2, time, wall=(225, 210, 180), roof=(150, 70, 55))
    for k in range(4):  # trees behind the fence
        tree(draw, w * (0.42 + k * 0.17), horizon, h * rng.uniform(0.06, 0.09), time, leaves=(65, 125, 70))
    rail = shade((230, 225, 210), dim)
    gate = (w * 0.62, w * 0.7)
    for k in range(31):  # the picket fence, open at its gate
        x = w * (0.28 + 0.72 * k / 30)
        if gate[0] < x < gate[1]:
            continue
        draw.rectangle((x - w * 0.005, horizon - h * 0.05, x + w * 0.005, horizon + h * 0.025), fill=rail)
    draw.rectangle((w * 0.28, horizon - h * 0.03, gate[0], horizon - h * 0.02), fill=rail)
    draw.rectangle((gate[1], horizon - h * 0.03, w, horizon - h * 0.02), fill=rail)
    soil, leaf, dark = shade((120, 85, 55), dim), shade((80, 150, 65), dim), shade((55, 115, 55), dim)
    for row in range(3):  # the beds, nearer ones wider
        top = horizon + h * (0.06 + row * 0.085)
        depth = h * (0.045 + row * 0.01)
        inset = w * (0.1 - row * 0.03)
        draw.rectangle((inset, top, w - inset, top + depth), fill=soil)
        plants = 14 + row * 2
        for k in range(plants):  # a row of round heads (cabbages, lettuces) and taller tufts, by turns
            x = inset + (w - 2 * inset) * (k + 0.5) / plants
            r = depth * (0.42 if k % 2 else 0.32)
            colour = leaf if (k + row) % 2 else dark
            draw.ellipse((x - r * 1.2, top + depth * 0.5 - r, x + r * 1.2, top + depth * 0.5 + r * 0.6), fill=colour)
    for k, x in enumerate((0.05, 0.93)):  # fruit bushes at the sides, with their berries
        cx, cy, r = w * x, horizon + h * 0.3, h * 0.07
        draw.ellipse((cx - r * 1.3, cy - r, cx + r * 1.3, cy + r * 0.7), fill=shade((50, 110, 55), dim))
        for j in range(9):
            bx = cx + r * 1.0 * np.cos(j * 2.1 + k)
            by = cy - r * 0.1 + r * 0.5 * np.sin(j * 1.7 + k)
            draw.ellipse((bx - r * 0.09, by - r * 0.09, bx + r * 0.09, by + r * 0.09), fill=shade((190, 45, 60), dim))
    _watering_can(draw, w * 0.8, horizon + h * 0.05, h * 0.045, dim)


def _tool_shed_inside(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """Inside a garden shed: board walls, garden tools on their hooks, a shelf of flower pots, a small window,
    a potting bench and a sack on a board floor."""
    floor_y = room(draw, w, h, time, (160, 120, 80), (125, 95, 65), floor_at=0.7)
    lamp = lamp_light(time)
    for k in range(24):  # board walls
        x = w * k / 24
        draw.line((x, 0, x, floor_y), fill=shade((135, 98, 62), lamp), width=max(2, w // 500))
    window(draw, (w * 0.42, h * 0.16, w * 0.58, h * 0.36), time, frame=(110, 80, 50))
    for k, kind in enumerate(("rake", "spade", "fork", "hoe", "shears")):
        _garden_tool(draw, w * (0.06 + k * 0.06), h * 0.12, h, w, kind, lamp)
    draw.rectangle((w * 0.68, h * 0.26, w * 0.97, h * 0.275), fill=shade((110, 75, 45), lamp))  # a shelf of pots
    for k in range(5):
        flower_pot(draw, w * (0.71 + k * 0.058), h * 0.26, h * 0.05, lamp)
    top = floor_y - h * 0.12  # a potting bench with a pot and a trowel on it
    draw.rectangle((w * 0.66, top, w * 0.98, top + h * 0.03), fill=shade((170, 125, 80), lamp))
    for lx in (0.68, 0.95):
        draw.rectangle((w * lx, top + h * 0.03, w * (lx + 0.015), floor_y + h * 0.08), fill=shade((120, 85, 55), lamp))
    flower_pot(draw, w * 0.75, top, h * 0.06, lamp)
    draw.line(
        (w * 0.84, top - h * 0.005, w * 0.9, top - h * 0.015), fill=shade((160, 165, 170), lamp), width=max(3, w // 250)
    )
    draw.rounded_rectangle(
        (w * 0.03, floor_y - h * 0.02, w * 0.12, floor_y + h * 0.1), radius=h * 0.02, fill=shade((195, 170, 120), lamp)
    )  # a sack
    _watering_can(draw, w * 0.2, floor_y + h * 0.1, h * 0.08, lamp)


def _garden_tool(draw: Pen, x: float, hook: float, h: int, w: int, kind: str, lamp: float) -> None:
    """A long-handled garden tool hanging head down from its hook."""
    wood, steel = shade((160, 115, 70), lamp), shade((150, 155, 160), lamp)
    line = max(3, w // 250)
    draw.ellipse((x - h * 0.006, hook - h * 0.006, x + h * 0.006, hook + h * 0.006), fill=shade((60, 60, 60), lamp))
    if kind == "shears":
        for side in (-1, 1):
            draw.line((x, hook, x + side * w * 0.012, hook + h * 0.12), fill=wood, width=line)
            draw.line((x, hook + h * 0.12, x + side * w * 0.006, hook + h * 0.22), fill=steel, width=line)
        return
    end = hook + h * 0.4
    draw.line((x, hook, x, end), fill=wood, width=line)
    if kind == "rake":
        draw.line((x - w * 0.022, end, x + w * 0.022, end), fill=steel, width=line)
        for k in range(7):
            tx = x - w * 0.02 + w * 0.04 * k / 6
            draw.line((tx, end, tx, end + h * 0.025), fill=steel, width=max(2, line // 2))
    elif kind == "spade":
        draw.rounded_rectangle((x - w * 0.015, end, x + w * 0.015, end + h * 0.09), radius=w * 0.006, fill=steel)
    elif kind == "fork":
        for k in range(4):
            tx = x - w * 0.012 + w * 0.024 * k / 3
            draw.line((tx, end, tx, end + h * 0.08), fill=steel, width=line)
        draw.line((x - w * 0.012, end, x + w * 0.012, end), fill=steel, width=line)
    else:  # a hoe
        draw.polygon([(x, end), (x + w * 0.025, end), (x + w * 0.025, end + h * 0.03), (x, end + h * 0.03)], fill=steel)


def _watering_can(draw: Pen, x: float, foot: float, size: float, dim: float) -> None:
    """A green watering can with its spout to the left."""
    green = shade((70, 130, 90), dim)
    draw.rounded_rectangle((x - size * 0.5, foot - size, x + size * 0.5, foot), radius=size * 0.12, fill=green)
    draw.line(
        (x - size * 0.45, foot - size * 0.3, x - size * 1.1, foot - size * 1.0), fill=green, width=max(3, int(size / 8))
    )
    draw.arc(
        (x - size * 0.3, foot - size * 1.5, x + size * 0.45, foot - size * 0.7),
        180,
        360,
        fill=green,
        width=max(3, int(size / 10)),
    )


CRAFTS: dict[str, Draw] = {
    "workshop": _workshop,
    "mill": _mill,
    "mine": _mine,
    "tool_shed": _tool_shed,
    "garden": _garden,
}
# the mill and the garden shed from inside
CRAFTS_INSIDE: dict[str, Draw] = {"mill": _mill_room, "tool_shed": _tool_shed_inside}
