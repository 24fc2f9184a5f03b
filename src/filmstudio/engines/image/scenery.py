"""The scenery library: one drawing function per setting. Each paints ground, landmarks and props over
the sky."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from filmstudio.engines.image.landmarks import LANDMARKS, variants
from filmstudio.engines.image.outdoors import OUTDOORS
from filmstudio.engines.image.rooms import INSIDE_VIEWS, ROOMS, window
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


def _hills(
    draw: ImageDraw.ImageDraw,
    w: int,
    h: int,
    horizon: int,
    time: str,
    rng: np.random.Generator,
    colors: list[tuple[int, int, int]],
    rough: float = 0.04,
) -> None:
    for i, color in enumerate(colors):
        base = horizon + i * h * 0.06
        heights = ridge(w, rng, base=base, rough=h * rough, points=16)
        draw.polygon(ridge_polygon(w, h, heights), fill=shade(color, night_factor(time)))


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
    _hills(draw, w, h, int(horizon + h * 0.12), time, rng, [(70, 110, 70), (50, 90, 55)], rough=0.02)


def _sea(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
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
    _hills(draw, w, h, horizon, time, rng, [(80, 120, 90), (60, 100, 70)])
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
    _hills(draw, w, h, horizon, time, rng, [(110, 150, 80), (130, 170, 70), (150, 180, 80)], rough=0.02)
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


def _desert(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    for i, color in enumerate([(225, 180, 120), (210, 160, 100), (195, 140, 85)]):
        xs = np.linspace(0, w, 60)
        phase, amp = rng.uniform(0, 6.28), h * rng.uniform(0.02, 0.05)
        ys = horizon + h * 0.08 * i + amp * np.sin(xs / w * rng.uniform(2, 5) + phase)
        draw.polygon([(0, h), *list(zip(xs, ys, strict=True)), (w, h)], fill=shade(color, night_factor(time)))


def _river(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    _hills(draw, w, h, horizon, time, rng, [(90, 140, 90), (80, 130, 70)], rough=0.02)
    water = shade({"night": (40, 60, 110), "sunset": (200, 130, 100)}.get(time, (80, 140, 200)), night_factor(time))
    cx = w * rng.uniform(0.4, 0.6)
    left = [(cx - w * 0.02, horizon + h * 0.02)]
    right = [(cx + w * 0.02, horizon + h * 0.02)]
    for k in range(1, 9):
        y = horizon + (h - horizon) * k / 8
        wide = w * (0.02 + 0.3 * k / 8)
        wiggle = w * 0.05 * np.sin(k * 1.3 + rng.uniform(0, 1))
        left.append((cx - wide + wiggle, y))
        right.append((cx + wide + wiggle, y))
    draw.polygon(left + right[::-1], fill=water)
    for k in range(5):  # ghat steps on the near bank
        y = h - h * 0.05 * (k + 1)
        draw.rectangle(
            (0, y, w * (0.25 - k * 0.03), y + h * 0.05),
            fill=shade((190, 170, 140), night_factor(time) * (1 - k * 0.05)),
        )


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


def _temple(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    _hills(draw, w, h, horizon, time, rng, [(150, 130, 100)], rough=0.01)
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


def _interior(img: Picture, draw: Pen, w: int, h: int, time: str, rng: Rng, wall: RGB, floor: RGB) -> int:
    lamp = 0.75 if time == "night" else 1.0
    floor_y = int(h * 0.72)
    draw.rectangle((0, 0, w, floor_y), fill=shade(wall, lamp))
    draw.rectangle((0, floor_y, w, h), fill=shade(floor, lamp))
    for x in np.arange(0, w, w * 0.08):
        draw.line((x, floor_y, x - w * 0.1, h), fill=shade(floor, lamp * 0.85), width=max(1, w // 900))
    return floor_y


def _living_room(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = _interior(img, draw, w, h, time, rng, (225, 205, 175), (150, 105, 70))
    window(draw, (w * 0.6, h * 0.15, w * 0.85, h * 0.5), time)
    draw.rectangle((w * 0.15, h * 0.2, w * 0.32, h * 0.38), fill=(120, 80, 60))
    draw.rectangle((w * 0.16, h * 0.215, w * 0.31, h * 0.365), fill=(90, 140, 170))
    sofa = (160, 60, 60)
    draw.rounded_rectangle((w * 0.1, floor_y - h * 0.2, w * 0.5, floor_y + h * 0.02), radius=h * 0.03, fill=sofa)
    draw.rounded_rectangle(
        (w * 0.08, floor_y - h * 0.12, w * 0.52, floor_y + h * 0.05), radius=h * 0.03, fill=shade(sofa, 0.85)
    )
    draw.line((w * 0.75, floor_y, w * 0.75, h * 0.45), fill=(60, 50, 40), width=max(2, w // 400))
    draw.polygon(
        [(w * 0.72, h * 0.45), (w * 0.78, h * 0.45), (w * 0.765, h * 0.38), (w * 0.735, h * 0.38)],
        fill=(250, 225, 160),
    )


def _classroom(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = _interior(img, draw, w, h, time, rng, (210, 225, 200), (170, 130, 90))
    draw.rectangle((w * 0.2, h * 0.12, w * 0.8, h * 0.45), fill=(120, 85, 55))
    draw.rectangle((w * 0.22, h * 0.14, w * 0.78, h * 0.43), fill=(40, 75, 55))
    for k in range(3):
        y = h * (0.2 + k * 0.07)
        draw.line((w * 0.28, y, w * rng.uniform(0.45, 0.7), y), fill=(230, 230, 220), width=max(2, w // 700))
    for row in range(2):
        for col in range(4):
            x = w * (0.1 + col * 0.22)
            y = floor_y + h * (0.04 + row * 0.12)
            draw.rectangle((x, y, x + w * 0.15, y + h * 0.03), fill=(180, 130, 80))
            draw.rectangle((x + w * 0.01, y + h * 0.03, x + w * 0.02, y + h * 0.09), fill=(90, 70, 50))
            draw.rectangle((x + w * 0.13, y + h * 0.03, x + w * 0.14, y + h * 0.09), fill=(90, 70, 50))


def _office(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = _interior(img, draw, w, h, time, rng, (200, 205, 215), (110, 110, 120))
    window(draw, (w * 0.05, h * 0.12, w * 0.4, h * 0.55), time)
    for k in range(4):  # shelves
        y = h * (0.2 + k * 0.1)
        draw.rectangle((w * 0.65, y, w * 0.92, y + h * 0.012), fill=(120, 90, 60))
        for b in range(int(rng.integers(4, 9))):
            bx = w * (0.66 + b * 0.03)
            draw.rectangle((bx, y - h * 0.07, bx + w * 0.022, y), fill=tuple(int(c) for c in rng.integers(60, 200, 3)))
    draw.rectangle((w * 0.3, floor_y - h * 0.1, w * 0.7, floor_y - h * 0.08), fill=(150, 110, 70))
    draw.rectangle((w * 0.44, floor_y - h * 0.25, w * 0.56, floor_y - h * 0.13), fill=(30, 30, 35))
    draw.rectangle((w * 0.45, floor_y - h * 0.24, w * 0.55, floor_y - h * 0.14), fill=(80, 150, 200))
    draw.rectangle((w * 0.49, floor_y - h * 0.13, w * 0.51, floor_y - h * 0.1), fill=(30, 30, 35))


def _kitchen(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = _interior(img, draw, w, h, time, rng, (240, 230, 200), (180, 175, 165))
    for x in np.arange(0, w, w * 0.04):  # tiles
        draw.line((x, h * 0.35, x, floor_y - h * 0.18), fill=(215, 210, 190), width=1)
    draw.rectangle((0, h * 0.1, w, h * 0.3), fill=(150, 180, 160))
    for x in np.arange(w * 0.02, w, w * 0.16):
        draw.rectangle((x, h * 0.11, x + w * 0.14, h * 0.29), outline=(110, 140, 120), width=max(2, w // 800))
    draw.rectangle((0, floor_y - h * 0.18, w, floor_y), fill=(150, 180, 160))
    draw.rectangle((0, floor_y - h * 0.2, w, floor_y - h * 0.18), fill=(90, 90, 95))
    draw.rectangle((w * 0.4, floor_y - h * 0.23, w * 0.56, floor_y - h * 0.2), fill=(50, 50, 55))
    for k in range(2):
        draw.ellipse(
            (w * (0.42 + k * 0.07), floor_y - h * 0.225, w * (0.47 + k * 0.07), floor_y - h * 0.205),
            fill=(200, 70, 40),
        )


def _podcast_studio(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = _interior(img, draw, w, h, time, rng, (45, 50, 70), (70, 60, 60))
    for row in range(3):  # acoustic panels
        for col in range(6):
            x, y = w * (0.08 + col * 0.14), h * (0.1 + row * 0.14)
            draw.rectangle((x, y, x + w * 0.12, y + h * 0.12), fill=(70 + 10 * ((row + col) % 2), 75, 105))
    draw.rounded_rectangle((w * 0.42, h * 0.04, w * 0.58, h * 0.09), radius=h * 0.01, fill=(200, 30, 40))
    desk_y = floor_y - h * 0.05
    draw.rectangle((w * 0.1, desk_y, w * 0.9, desk_y + h * 0.05), fill=(120, 80, 50))
    for mx in (0.3, 0.7):
        x = w * mx
        draw.line((x, desk_y, x, desk_y - h * 0.15), fill=(30, 30, 30), width=max(3, w // 300))
        draw.rounded_rectangle(
            (x - w * 0.015, desk_y - h * 0.22, x + w * 0.015, desk_y - h * 0.14),
            radius=w * 0.01,
            fill=(60, 60, 65),
        )


def _lighthouse_room(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = _interior(img, draw, w, h, time, rng, (130, 120, 110), (90, 70, 55))
    for y in np.arange(0, floor_y, h * 0.06):  # stone courses
        offset = (int(y / (h * 0.06)) % 2) * w * 0.04
        draw.line((0, y, w, y), fill=(110, 100, 92), width=max(1, h // 400))
        for x in np.arange(-offset, w, w * 0.08):
            draw.line((x, y, x, y + h * 0.06), fill=(110, 100, 92), width=max(1, h // 400))
    cx, cy, r = w * 0.3, h * 0.33, h * 0.17
    draw.ellipse((cx - r * 1.15, cy - r * 1.15, cx + r * 1.15, cy + r * 1.15), fill=(80, 70, 60))
    window(draw, (cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), time)
    lx, ly = w * 0.68, floor_y - h * 0.25
    glow = Image.new("RGBA", img.size, (0, 0, 0, 0))
    gd = ImageDraw.Draw(glow)
    gd.ellipse((lx - h * 0.3, ly - h * 0.3, lx + h * 0.3, ly + h * 0.3), fill=(255, 220, 140, 110))
    glow = glow.filter(ImageFilter.GaussianBlur(h / 20))
    img.paste(glow, (0, 0), glow)
    draw.rectangle((lx - w * 0.05, ly + h * 0.08, lx + w * 0.05, floor_y), fill=(60, 60, 70))
    draw.ellipse((lx - h * 0.09, ly - h * 0.1, lx + h * 0.09, ly + h * 0.1), fill=(255, 235, 170))
    draw.polygon([(lx - h * 0.1, ly - h * 0.1), (lx, ly - h * 0.18), (lx + h * 0.1, ly - h * 0.1)], fill=(70, 70, 80))


def _landscape(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    _hills(draw, w, h, horizon, time, rng, [(110, 150, 100), (90, 140, 80), (70, 120, 60)])
    for _ in range(int(rng.integers(3, 7))):
        x, base = rng.uniform(0, w), horizon + h * rng.uniform(0.12, 0.3)
        r = h * rng.uniform(0.04, 0.07)
        draw.rectangle(
            (x - r * 0.12, base - r, x + r * 0.12, base + r * 0.8),
            fill=shade((90, 60, 40), night_factor(time)),
        )
        draw.ellipse((x - r, base - r * 2.2, x + r, base - r * 0.4), fill=shade((50, 110, 60), night_factor(time)))


SETTINGS: dict[str, Draw] = {
    "mountains": _mountains,
    "sea": _sea,
    "forest": _forest,
    "city": _city,
    "village": _village,
    "desert": _desert,
    "river": _river,
    "space": _space,
    "temple": _temple,
    "living_room": _living_room,
    "classroom": _classroom,
    "office": _office,
    "kitchen": _kitchen,
    "podcast_studio": _podcast_studio,
    "lighthouse_room": _lighthouse_room,
    "landscape": _landscape,
    **ROOMS,
    **OUTDOORS,
    **LANDMARKS,
}
SETTINGS |= variants(SETTINGS, INSIDE_VIEWS)


def draw_setting(
    img: Image.Image,
    setting: str,
    w: int,
    h: int,
    horizon: int,
    time: str,
    rng: np.random.Generator,
    *,
    inside: bool = False,
) -> None:
    """Paint a setting over the sky; `inside` takes the inside view of a place that has both (a
    mansion's hall, a cabin's room)."""
    draw = ImageDraw.Draw(img, "RGBA")
    paint = INSIDE_VIEWS.get(setting) if inside else None
    (paint or SETTINGS.get(setting, _landscape))(img, draw, w, h, horizon, time, rng)
