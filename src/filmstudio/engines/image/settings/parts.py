"""Pieces the settings share: ground and hills, trees and houses, a room's walls and floor, its windows, a corridor."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from filmstudio.engines.image.settings.outside import OUTSIDE, outside_sky, weather_in_pane
from filmstudio.engines.image.shapes import RGB, Pen, Picture, Rng, night_factor, ridge, ridge_polygon, shade


def ground(
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


def tree(
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


def house(
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


def hills(
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


def interior(img: Picture, draw: Pen, w: int, h: int, time: str, rng: Rng, wall: RGB, floor: RGB) -> int:
    lamp = 0.75 if time == "night" else 1.0
    floor_y = int(h * 0.72)
    draw.rectangle((0, 0, w, floor_y), fill=shade(wall, lamp))
    draw.rectangle((0, floor_y, w, h), fill=shade(floor, lamp))
    for x in np.arange(0, w, w * 0.08):
        draw.line((x, floor_y, x - w * 0.1, h), fill=shade(floor, lamp * 0.85), width=max(1, w // 900))
    return floor_y


def lamp_light(time: str) -> float:
    return 0.75 if time == "night" else 1.0


def room(
    draw: ImageDraw.ImageDraw,
    w: int,
    h: int,
    time: str,
    wall: RGB,
    floor: RGB,
    *,
    floor_at: float = 0.72,
    boards: bool = True,
) -> int:
    """Wall and floor (with boards running towards us); returns where the floor starts."""
    lamp = lamp_light(time)
    floor_y = int(h * floor_at)
    draw.rectangle((0, 0, w, floor_y), fill=shade(wall, lamp))
    draw.rectangle((0, floor_y, w, h), fill=shade(floor, lamp))
    if boards:
        for x in np.arange(-w * 0.2, w * 1.2, w * 0.08):
            draw.line((x, floor_y, x + (x - w / 2) * 0.6, h), fill=shade(floor, lamp * 0.85), width=max(1, w // 900))
    return floor_y


def window(
    draw: ImageDraw.ImageDraw,
    box: tuple[float, float, float, float],
    time: str,
    *,
    panes: int = 2,
    frame: RGB = (240, 235, 225),
    round_top: bool = False,
) -> None:
    """A window onto the sky of the time of day."""
    x0, y0, x1, y1 = box
    top, bottom = outside_sky(time)
    for k in range(12):
        t = k / 11
        c = tuple(int(a * (1 - t) + b * t) for a, b in zip(top, bottom, strict=True))
        draw.rectangle((x0, y0 + (y1 - y0) * k / 12, x1, y0 + (y1 - y0) * (k + 1) / 12), fill=c)
    weather_in_pane(draw, box, OUTSIDE.get())
    width = max(3, int((x1 - x0) / 30))
    if round_top:
        draw.pieslice((x0, y0 - (x1 - x0) / 2, x1, y0 + (x1 - x0) / 2), 180, 360, fill=c)
    draw.rectangle((x0, y0, x1, y1), outline=frame, width=width)
    for k in range(1, panes):
        draw.line((x0 + (x1 - x0) * k / panes, y0, x0 + (x1 - x0) * k / panes, y1), fill=frame, width=width)
    draw.line((x0, (y0 + y1) / 2, x1, (y0 + y1) / 2), fill=frame, width=width)


def corridor(
    draw: ImageDraw.ImageDraw, w: int, h: int, time: str, wall: RGB, floor: RGB, door: RGB, *, lockers: bool = False
) -> None:
    """A corridor seen down its length: walls closing to a far end, doors (or lockers) along them."""
    lamp = lamp_light(time)
    vx, vy = w * 0.5, h * 0.45
    far = (w * 0.4, h * 0.32, w * 0.6, h * 0.58)
    draw.rectangle((0, 0, w, h), fill=shade(wall, lamp * 0.9))
    draw.polygon([(0, h), (far[0], far[3]), (far[2], far[3]), (w, h)], fill=shade(floor, lamp))
    draw.polygon([(0, 0), (far[0], far[1]), (far[2], far[1]), (w, 0)], fill=shade(wall, lamp * 1.05))
    draw.polygon([(0, 0), (far[0], far[1]), (far[0], far[3]), (0, h)], fill=shade(wall, lamp * 0.95))
    draw.polygon([(w, 0), (far[2], far[1]), (far[2], far[3]), (w, h)], fill=shade(wall, lamp * 0.85))
    draw.rectangle(far, fill=shade(wall, lamp * 0.7))
    for k in range(5):  # ceiling lights, shrinking towards the far end
        t = k / 5
        cy = h * 0.04 + (far[1] - h * 0.04) * t
        half = w * 0.08 * (1 - t * 0.8)
        draw.rectangle((vx - half, cy, vx + half, cy + h * 0.012 * (1 - t * 0.7)), fill=(250, 250, 235))
    for side in (0, 1):
        for k in range(4):
            t0, t1 = k / 4.5, (k + 0.6) / 4.5

            def at(t: float, y: float, side: int = side) -> tuple[float, float]:
                x_edge = 0 if side == 0 else w
                x_far = far[0] if side == 0 else far[2]
                return x_edge + (x_far - x_edge) * t, y + (vy - y) * t * 0.9

            top0, top1 = at(t0, h * (0.15 if lockers else 0.2)), at(t1, h * (0.15 if lockers else 0.2))
            bot0, bot1 = at(t0, h * 0.92), at(t1, h * 0.92)
            draw.polygon([top0, top1, bot1, bot0], fill=shade(door, lamp))
            if lockers:
                for s in range(1, 4):
                    a = at(t0 + (t1 - t0) * s / 4, h * 0.15)
                    b = at(t0 + (t1 - t0) * s / 4, h * 0.92)
                    draw.line((a, b), fill=shade(door, lamp * 0.7), width=max(1, w // 600))
    draw.line((vx, far[3], vx, h), fill=shade(floor, lamp * 0.8), width=max(1, w // 500))


def glow(img: Picture, x: float, y: float, r: float, colour: RGB, alpha: int) -> None:
    """A lamp's soft light: a blurred disc laid over the picture."""
    h = img.size[1]
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    ImageDraw.Draw(layer).ellipse((x - r, y - r, x + r, y + r), fill=(*colour, alpha))
    layer = layer.filter(ImageFilter.GaussianBlur(max(2.0, min(r / 2, h / 15))))
    img.paste(layer, (0, 0), layer)


def flower_pot(draw: Pen, x: float, foot: float, size: float, dim: float) -> None:
    """An empty terracotta pot standing at `foot`, `size` tall (a shed's shelf, a patio's paving)."""
    draw.polygon(
        [
            (x - size * 0.5, foot - size),
            (x + size * 0.5, foot - size),
            (x + size * 0.36, foot),
            (x - size * 0.36, foot),
        ],
        fill=shade((190, 100, 60), dim),
    )
    draw.rectangle((x - size * 0.56, foot - size, x + size * 0.56, foot - size * 0.82), fill=shade((175, 90, 55), dim))
