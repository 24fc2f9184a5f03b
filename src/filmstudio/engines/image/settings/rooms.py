"""Indoors: homes, schools, offices, hospitals, halls of worship and of justice, shops and stages. Each paints
walls, floor and the furniture that says where we are; the painter grades and styles the result."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from filmstudio.animation.set_furniture import BEDROOM_BED, HOSPITAL_BED, ROOM_FLOOR
from filmstudio.engines.image.settings.parts import (
    corridor,
    glow,
    interior,
    lamp_light,
    room,
    window,
)
from filmstudio.engines.image.shapes import RGB, Draw, Pen, Picture, Rng, night_factor, shade

TITLE_CARD: RGB = (10, 10, 12)  # the card a title sequence is shown on


def _living_room(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = interior(img, draw, w, h, time, rng, (225, 205, 175), (150, 105, 70))
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
    floor_y = interior(img, draw, w, h, time, rng, (210, 225, 200), (170, 130, 90))
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
    floor_y = interior(img, draw, w, h, time, rng, (200, 205, 215), (110, 110, 120))
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
    floor_y = interior(img, draw, w, h, time, rng, (240, 230, 200), (180, 175, 165))
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
    floor_y = interior(img, draw, w, h, time, rng, (45, 50, 70), (70, 60, 60))
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
    floor_y = interior(img, draw, w, h, time, rng, (130, 120, 110), (90, 70, 55))
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


_ROOM_FLOOR = ROOM_FLOOR  # parts.room's floor line; the beds painted on it are in animation/set_furniture.py


def _bedroom(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (205, 190, 220), (160, 120, 90), floor_at=_ROOM_FLOOR)
    window(draw, (w * 0.62, h * 0.14, w * 0.88, h * 0.48), time)
    lamp = lamp_light(time)
    draw.rectangle((w * 0.08, floor_y - h * 0.32, w * 0.12, floor_y + h * 0.08), fill=shade((110, 75, 50), lamp))
    left, top, right, foot = BEDROOM_BED.box(w, h)
    draw.rounded_rectangle((left, top, right, foot), radius=h * 0.02, fill=shade((80, 110, 170), lamp))
    draw.rounded_rectangle(
        (w * 0.13, floor_y - h * 0.14, w * 0.24, floor_y - h * 0.06), radius=h * 0.02, fill=shade((245, 245, 240), lamp)
    )
    draw.rectangle((w * 0.56, floor_y - h * 0.1, w * 0.64, floor_y + h * 0.04), fill=shade((140, 100, 70), lamp))
    draw.polygon(
        [
            (w * 0.575, floor_y - h * 0.1),
            (w * 0.625, floor_y - h * 0.1),
            (w * 0.615, floor_y - h * 0.17),
            (w * 0.585, floor_y - h * 0.17),
        ],
        fill=(250, 220, 150) if time == "night" else (235, 215, 170),
    )


def _garage(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (170, 170, 165), (120, 120, 118), boards=False)
    lamp = lamp_light(time)
    draw.rectangle((w * 0.3, h * 0.12, w * 0.7, floor_y), fill=shade((150, 150, 155), lamp))
    for k in range(10):  # the roll-up door's slats
        y = h * 0.12 + (floor_y - h * 0.12) * k / 10
        draw.line((w * 0.3, y, w * 0.7, y), fill=shade((110, 110, 115), lamp), width=max(2, h // 300))
    for k in range(3):  # shelves with boxes
        y = h * (0.25 + k * 0.14)
        draw.rectangle((w * 0.76, y, w * 0.97, y + h * 0.012), fill=shade((100, 80, 60), lamp))
        for b in range(3):
            bx = w * (0.77 + b * 0.065)
            draw.rectangle((bx, y - h * 0.07, bx + w * 0.055, y), fill=shade((185, 150, 100), lamp))
    draw.rectangle((w * 0.04, h * 0.2, w * 0.22, h * 0.5), fill=shade((90, 95, 100), lamp))  # tool board
    for k in range(6):
        x = w * (0.06 + k * 0.027)
        draw.line(
            (x, h * 0.25, x, h * 0.25 + h * rng.uniform(0.05, 0.12)),
            fill=(40, 40, 45),
            width=max(2, w // 500),
        )
    draw.ellipse((w * 0.35, floor_y + h * 0.1, w * 0.55, floor_y + h * 0.16), fill=shade((80, 80, 80), lamp))


def _hospital_room(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (200, 225, 215), (190, 195, 190), floor_at=_ROOM_FLOOR, boards=False)
    lamp = lamp_light(time)
    window(draw, (w * 0.08, h * 0.12, w * 0.32, h * 0.45), time, panes=3)
    left, top, right, _ = HOSPITAL_BED.box(w, h)
    draw.rectangle((left, top, right, floor_y - h * 0.05), fill=shade((235, 240, 245), lamp))
    draw.rectangle((w * 0.4, floor_y - h * 0.05, w * 0.82, floor_y + h * 0.02), fill=shade((150, 170, 200), lamp))
    draw.rectangle((w * 0.39, floor_y - h * 0.2, w * 0.41, floor_y + h * 0.1), fill=(170, 170, 175))
    draw.rectangle((w * 0.81, floor_y - h * 0.14, w * 0.83, floor_y + h * 0.1), fill=(170, 170, 175))
    draw.line((w * 0.88, floor_y + h * 0.08, w * 0.88, h * 0.25), fill=(180, 180, 185), width=max(2, w // 500))
    draw.rounded_rectangle((w * 0.86, h * 0.25, w * 0.9, h * 0.33), radius=w * 0.005, fill=(210, 230, 240))
    draw.rectangle((w * 0.6, h * 0.2, w * 0.74, h * 0.32), fill=(40, 45, 50))  # monitor
    xs = np.linspace(w * 0.61, w * 0.73, 24)
    ys = h * 0.26 + np.where(np.arange(24) % 8 == 4, -h * 0.04, 0.0)
    draw.line(list(zip(xs, ys, strict=True)), fill=(90, 230, 120), width=max(2, w // 600))


def _hospital_corridor(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    corridor(draw, w, h, time, (215, 230, 225), (180, 195, 190), (150, 190, 200))


def _school_corridor(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    corridor(draw, w, h, time, (235, 225, 190), (170, 140, 110), (70, 110, 170), lockers=True)


def _hallway(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A home's hallway seen down its length: papered walls over panelling, doors either side, a runner
    rug on the boards, a hanging lamp, and a window at the end onto the hour's sky."""
    lamp = lamp_light(time)
    far = (w * 0.4, h * 0.3, w * 0.6, h * 0.62)
    paper, panel, boards = (150, 170, 140), (120, 85, 55), (150, 105, 65)

    def wall(side: int, s: float, v: float) -> tuple[float, float]:  # depth s (0 near, 1 far), height v (0 top)
        x = (far[0] * s) if side == 0 else (w + (far[2] - w) * s)
        top, bottom = far[1] * s, h + (far[3] - h) * s
        return x, top + (bottom - top) * v

    draw.rectangle((0, 0, w, h), fill=shade((235, 228, 210), lamp * 0.95))  # ceiling
    draw.polygon([(0, h), (far[0], far[3]), (far[2], far[3]), (w, h)], fill=shade(boards, lamp))
    for k in range(-6, 7):  # boards running away from us
        draw.line((w / 2 + k * w * 0.09, h, w / 2 + k * w * 0.0165, far[3]), fill=shade(boards, lamp * 0.82), width=2)
    for side in (0, 1):
        bright = lamp * (0.95 if side == 0 else 0.82)
        draw.polygon(
            [wall(side, 0, 0), wall(side, 1, 0), wall(side, 1, 1), wall(side, 0, 1)], fill=shade(paper, bright)
        )
        for k in range(14):  # the paper's stripes
            s = 1 - 1 / (1 + k * 0.35)
            draw.line(
                (wall(side, s, 0.02), wall(side, s, 0.6)), fill=shade(paper, bright * 0.9), width=max(1, w // 500)
            )
        draw.polygon(
            [wall(side, 0, 0.62), wall(side, 1, 0.62), wall(side, 1, 1), wall(side, 0, 1)], fill=shade(panel, bright)
        )
        draw.line((wall(side, 0, 0.62), wall(side, 1, 0.62)), fill=shade((90, 60, 35), bright), width=max(3, w // 250))
        for s0, s1 in ((0.06, 0.3), (0.52, 0.66)):  # doors with frames and knobs
            door = [wall(side, s0, 0.24), wall(side, s1, 0.24), wall(side, s1, 0.97), wall(side, s0, 0.97)]
            draw.polygon(door, fill=shade((245, 240, 228), bright))
            inset = [wall(side, s0 + 0.015, 0.27), wall(side, s1 - 0.01, 0.27), wall(side, s1 - 0.01, 0.97)]
            inset.append(wall(side, s0 + 0.015, 0.97))
            draw.polygon(inset, fill=shade((140, 90, 55), bright))
            kx, ky = wall(side, s1 - 0.04 * (1 - s1), 0.63)
            r = h * 0.012 * (1 - s1 * 0.6)
            draw.ellipse((kx - r, ky - r, kx + r, ky + r), fill=(215, 180, 80))
        frame = [wall(side, 0.36, 0.32), wall(side, 0.46, 0.32), wall(side, 0.46, 0.5), wall(side, 0.36, 0.5)]
        draw.polygon(frame, fill=shade((170, 130, 60), bright))  # a framed picture between the doors
        draw.polygon(
            [(x + (1 if side == 0 else -1) * w * 0.004, y) for x, y in frame], fill=shade((110, 150, 170), bright)
        )
    draw.rectangle(far, fill=shade(paper, lamp * 0.75))
    window(draw, (w * 0.45, far[1] + h * 0.04, w * 0.55, far[1] + h * 0.2), time)
    rug = [(w * 0.32, h), (w * 0.465, far[3]), (w * 0.535, far[3]), (w * 0.68, h)]
    draw.polygon(rug, fill=shade((150, 40, 45), lamp))
    inner = [(w * 0.355, h), (w * 0.47, far[3] + h * 0.004), (w * 0.53, far[3] + h * 0.004), (w * 0.645, h)]
    draw.line([*inner[:2]], fill=shade((220, 180, 90), lamp), width=max(2, w // 400))
    draw.line([*inner[2:]], fill=shade((220, 180, 90), lamp), width=max(2, w // 400))
    for k in range(1, 8):  # the rug's bands, closer together further off
        s = 1 - 1 / (1 + k * 0.5)
        y = h + (far[3] - h) * s
        x0, x1 = w * 0.32 + (w * 0.145) * s, w * 0.68 - (w * 0.145) * s
        draw.line((x0, y, x1, y), fill=shade((200, 150, 70), lamp), width=max(1, int(w / 500 * (1 - s))))
    lx, ly = w * 0.5, h * 0.16
    glow(img, lx, ly + h * 0.04, h * 0.2, (255, 220, 140), 120 if time == "night" else 60)
    draw.line((lx, 0, lx, ly), fill=(60, 50, 40), width=max(2, w // 600))
    draw.chord((lx - w * 0.04, ly - h * 0.02, lx + w * 0.04, ly + h * 0.08), 180, 360, fill=(250, 225, 160))
    draw.ellipse((lx - w * 0.012, ly + h * 0.015, lx + w * 0.012, ly + h * 0.045), fill=(255, 245, 200))


def _restaurant(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (170, 90, 70), (110, 70, 50))
    lamp = lamp_light(time)
    window(draw, (w * 0.05, h * 0.12, w * 0.3, h * 0.5), time, panes=3)
    for k in range(3):  # hanging lamps
        x = w * (0.45 + k * 0.2)
        draw.line((x, 0, x, h * 0.2), fill=(40, 30, 25), width=max(1, w // 800))
        draw.chord((x - w * 0.04, h * 0.17, x + w * 0.04, h * 0.27), 180, 360, fill=(240, 200, 120))
    for k in range(3):  # tables with cloths
        x = w * (0.38 + k * 0.21)
        y = floor_y + h * (0.02 + 0.06 * (k % 2))
        draw.rectangle((x, y - h * 0.02, x + w * 0.16, y + h * 0.08), fill=shade((245, 240, 230), lamp))
        draw.rectangle((x + w * 0.07, y + h * 0.08, x + w * 0.09, y + h * 0.16), fill=shade((70, 50, 40), lamp))


def _bar(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, "night", (70, 45, 35), (50, 35, 28))
    for k in range(3):  # shelves of bottles behind the counter
        y = h * (0.2 + k * 0.12)
        draw.rectangle((w * 0.1, y, w * 0.9, y + h * 0.01), fill=(120, 85, 50))
        for b in range(18):
            x = w * (0.12 + b * 0.043)
            colour = tuple(int(c) for c in rng.integers(40, 200, 3))
            draw.rounded_rectangle((x, y - h * 0.08, x + w * 0.02, y), radius=w * 0.004, fill=colour)
    draw.rectangle((0, floor_y - h * 0.2, w, floor_y - h * 0.16), fill=(140, 95, 55))  # the counter
    draw.rectangle((0, floor_y - h * 0.16, w, floor_y + h * 0.04), fill=(95, 60, 35))
    for k in range(5):  # stools
        x = w * (0.12 + k * 0.18)
        draw.ellipse((x - w * 0.03, floor_y + h * 0.02, x + w * 0.03, floor_y + h * 0.05), fill=(160, 40, 40))
        draw.line((x, floor_y + h * 0.05, x, floor_y + h * 0.2), fill=(50, 50, 55), width=max(2, w // 400))
    for k in range(4):  # warm lights
        x = w * (0.2 + k * 0.2)
        draw.ellipse((x - w * 0.012, h * 0.05, x + w * 0.012, h * 0.07), fill=(255, 210, 130))


def _stage(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    house = lamp_light(time)  # the house lights are down for an evening show
    draw.rectangle((0, 0, w, h), fill=shade((40, 25, 30), house))
    floor_y = int(h * 0.7)
    draw.polygon([(0, h), (w * 0.1, floor_y), (w * 0.9, floor_y), (w, h)], fill=shade((120, 80, 45), house))
    for x in np.linspace(w * 0.1, w * 0.9, 14):
        draw.line((x, floor_y, w / 2 + (x - w / 2) * 1.25, h), fill=(100, 65, 38), width=max(1, w // 900))
    curtain = shade((150, 20, 35), house)
    for side in (0, 1):  # curtains in folds
        for k in range(6):
            x0 = w * (k * 0.03) if side == 0 else w * (1 - (k + 1) * 0.03)
            draw.rectangle((x0, 0, x0 + w * 0.03, floor_y + h * 0.02), fill=shade(curtain, 0.8 + 0.2 * (k % 2)))
    draw.rectangle((0, 0, w, h * 0.1), fill=shade(curtain, 0.9))
    draw.polygon([(w * 0.5, 0), (w * 0.3, floor_y + h * 0.05), (w * 0.7, floor_y + h * 0.05)], fill=(255, 240, 200, 55))
    draw.ellipse((w * 0.3, floor_y - h * 0.01, w * 0.7, floor_y + h * 0.11), fill=(255, 235, 190, 70))


def _church(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (215, 205, 185), (150, 140, 130), floor_at=0.66, boards=False)
    for k in range(4):  # tall arched windows with coloured glass
        x = w * (0.08 + k * 0.24)
        window(draw, (x, h * 0.14, x + w * 0.1, h * 0.5), time, panes=1, frame=(90, 80, 70), round_top=True)
        for c, colour in enumerate(((200, 60, 60, 90), (60, 100, 200, 90), (230, 190, 60, 90))):
            draw.rectangle((x + w * 0.1 * c / 3, h * 0.3, x + w * 0.1 * (c + 1) / 3, h * 0.5), fill=colour)
    draw.rectangle((w * 0.44, floor_y - h * 0.12, w * 0.56, floor_y), fill=(240, 235, 225))  # altar
    draw.rectangle((w * 0.495, floor_y - h * 0.3, w * 0.505, floor_y - h * 0.14), fill=(200, 160, 60))
    draw.rectangle((w * 0.47, floor_y - h * 0.26, w * 0.53, floor_y - h * 0.25), fill=(200, 160, 60))
    for row in range(3):  # pews either side of the aisle
        y = floor_y + h * (0.06 + row * 0.1)
        for x0, x1 in ((w * 0.04, w * 0.42), (w * 0.58, w * 0.96)):
            draw.rectangle((x0, y, x1, y + h * 0.04), fill=(110, 70, 40))
            draw.rectangle((x0, y - h * 0.05, x1, y - h * 0.035), fill=(95, 60, 35))


def _mosque(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (235, 225, 205), (150, 40, 45), floor_at=0.68, boards=False)
    for k in range(5):  # arches
        x = w * (0.04 + k * 0.2)
        draw.rectangle((x, h * 0.25, x + w * 0.12, floor_y), fill=(205, 190, 160))
        draw.pieslice((x, h * 0.19, x + w * 0.12, h * 0.31), 180, 360, fill=(205, 190, 160))
        draw.rectangle((x + w * 0.02, h * 0.3, x + w * 0.1, floor_y), fill=(60, 110, 120))
        draw.pieslice((x + w * 0.02, h * 0.26, x + w * 0.1, h * 0.34), 180, 360, fill=(60, 110, 120))
    for k in range(8):  # the carpet's rows
        y = floor_y + (h - floor_y) * k / 8
        draw.line((0, y, w, y), fill=(190, 150, 60), width=max(2, h // 250))
    for k in range(3):  # hanging lamps
        x = w * (0.25 + k * 0.25)
        draw.line((x, 0, x, h * 0.14), fill=(120, 100, 60), width=max(1, w // 800))
        draw.ellipse((x - w * 0.02, h * 0.14, x + w * 0.02, h * 0.2), fill=(250, 210, 120))


def _laboratory(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (230, 235, 240), (200, 205, 210), boards=False)
    lamp = lamp_light(time)
    draw.rectangle((0, floor_y - h * 0.14, w, floor_y - h * 0.11), fill=shade((60, 65, 75), lamp))  # bench
    draw.rectangle((0, floor_y - h * 0.11, w, floor_y + h * 0.06), fill=shade((235, 235, 235), lamp))
    for k in range(7):  # flasks and tubes of coloured liquid
        x = w * (0.08 + k * 0.12)
        colour = ((90, 200, 120), (80, 150, 230), (230, 100, 180), (240, 200, 70))[k % 4]
        draw.polygon(
            [
                (x, floor_y - h * 0.26),
                (x + w * 0.02, floor_y - h * 0.26),
                (x + w * 0.045, floor_y - h * 0.14),
                (x - w * 0.025, floor_y - h * 0.14),
            ],
            fill=(220, 235, 240),
        )
        draw.polygon(
            [
                (x - w * 0.015, floor_y - h * 0.18),
                (x + w * 0.035, floor_y - h * 0.18),
                (x + w * 0.045, floor_y - h * 0.14),
                (x - w * 0.025, floor_y - h * 0.14),
            ],
            fill=colour,
        )
    for k in range(3):  # shelves of bottles
        y = h * (0.15 + k * 0.1)
        draw.rectangle((w * 0.55, y, w * 0.95, y + h * 0.01), fill=(150, 155, 160))
        for b in range(8):
            draw.rectangle((w * (0.56 + b * 0.048), y - h * 0.06, w * (0.59 + b * 0.048), y), fill=(200, 220, 230))
    window(draw, (w * 0.08, h * 0.12, w * 0.36, h * 0.42), time)


def _courtroom(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (140, 95, 60), (100, 70, 50))
    for k in range(8):  # wood panels
        x = w * k / 8
        draw.rectangle((x + w * 0.01, h * 0.3, x + w * 0.115, h * 0.6), outline=(110, 75, 45), width=max(2, w // 600))
    draw.rectangle((w * 0.3, h * 0.28, w * 0.7, floor_y - h * 0.02), fill=(95, 60, 35))  # the bench
    draw.rectangle((w * 0.28, h * 0.26, w * 0.72, h * 0.3), fill=(120, 80, 45))
    draw.ellipse((w * 0.47, h * 0.08, w * 0.53, h * 0.18), fill=(200, 170, 80))  # the seal
    draw.ellipse((w * 0.48, h * 0.095, w * 0.52, h * 0.165), fill=(150, 120, 50))
    for x0 in (w * 0.02, w * 0.78):  # the tables of the two sides
        draw.rectangle((x0, floor_y + h * 0.04, x0 + w * 0.2, floor_y + h * 0.08), fill=(130, 90, 55))
        draw.rectangle((x0 + w * 0.01, floor_y + h * 0.08, x0 + w * 0.02, floor_y + h * 0.18), fill=(80, 55, 35))
        draw.rectangle((x0 + w * 0.18, floor_y + h * 0.08, x0 + w * 0.19, floor_y + h * 0.18), fill=(80, 55, 35))


def _newsroom(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (200, 205, 210), (120, 125, 135), boards=False)
    window(draw, (w * 0.02, h * 0.06, w * 0.98, h * 0.42), time, panes=6)
    lamp = lamp_light(time)
    for _k in range(int(rng.integers(6, 10))):  # the city beyond the glass
        x = w * rng.uniform(0.03, 0.93)
        draw.rectangle((x, h * rng.uniform(0.2, 0.32), x + w * 0.05, h * 0.42), fill=shade((70, 80, 100), 0.8))
    for row in range(2):  # desks with screens
        for col in range(4):
            x = w * (0.05 + col * 0.24) + (w * 0.06 if row else 0)
            y = floor_y + h * (row * 0.13)
            draw.rectangle((x, y - h * 0.01, x + w * 0.18, y + h * 0.02), fill=shade((210, 210, 205), lamp))
            draw.rectangle((x + w * 0.06, y - h * 0.1, x + w * 0.12, y - h * 0.02), fill=(30, 30, 35))
            draw.rectangle((x + w * 0.065, y - h * 0.095, x + w * 0.115, y - h * 0.025), fill=(90, 150, 210))


def _airport(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (210, 215, 220), (190, 190, 195), floor_at=0.7, boards=False)
    window(draw, (w * 0.02, h * 0.08, w * 0.98, h * 0.55), time, panes=8, frame=(120, 125, 135))
    draw.rectangle((w * 0.02, h * 0.45, w * 0.98, h * 0.55), fill=(110, 110, 115))  # the apron
    draw.ellipse((w * 0.4, h * 0.38, w * 0.78, h * 0.46), fill=(245, 245, 250))  # a plane at the gate
    draw.polygon([(w * 0.55, h * 0.42), (w * 0.5, h * 0.5), (w * 0.62, h * 0.42)], fill=(225, 225, 230))
    draw.polygon(
        [(w * 0.74, h * 0.4), (w * 0.78, h * 0.3), (w * 0.8, h * 0.3), (w * 0.78, h * 0.42)],
        fill=(40, 90, 170),
    )
    draw.rectangle((w * 0.05, h * 0.6, w * 0.3, h * 0.66), fill=(30, 30, 35))  # departure board
    for k in range(3):
        draw.rectangle((w * 0.06, h * (0.61 + k * 0.016), w * 0.25, h * (0.618 + k * 0.016)), fill=(240, 200, 60))
    for row in range(2):  # rows of seats
        for col in range(6):
            x = w * (0.36 + col * 0.1)
            y = floor_y + h * (0.05 + row * 0.12)
            draw.rounded_rectangle((x, y, x + w * 0.08, y + h * 0.05), radius=w * 0.01, fill=(60, 90, 140))


def mansion_hall(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (225, 210, 180), (180, 150, 120), floor_at=0.7, boards=False)
    for k in range(8):  # a chequered marble floor
        for j in range(4):
            if (k + j) % 2:
                x0 = w * k / 8
                y0 = floor_y + (h - floor_y) * j / 4
                draw.rectangle((x0, y0, x0 + w / 8, y0 + (h - floor_y) / 4), fill=(70, 60, 55))
    for x in (w * 0.12, w * 0.88):  # columns
        draw.rectangle((x - w * 0.03, h * 0.1, x + w * 0.03, floor_y), fill=(240, 235, 225))
        draw.rectangle((x - w * 0.04, h * 0.08, x + w * 0.04, h * 0.11), fill=(230, 225, 210))
    draw.polygon(
        [(w * 0.35, floor_y), (w * 0.45, h * 0.3), (w * 0.55, h * 0.3), (w * 0.65, floor_y)],
        fill=(140, 30, 40),
    )
    for k in range(8):  # the stair's steps
        y = h * 0.3 + (floor_y - h * 0.3) * k / 8
        draw.line(
            (w * (0.45 - k * 0.0125), y, w * (0.55 + k * 0.0125), y),
            fill=(110, 20, 30),
            width=max(1, h // 400),
        )
    draw.ellipse((w * 0.42, h * 0.04, w * 0.58, h * 0.14), fill=(250, 220, 140))  # chandelier
    for k in range(7):
        x = w * (0.43 + k * 0.02)
        draw.line((x, h * 0.14, x, h * 0.18), fill=(250, 230, 180), width=max(1, w // 500))


def _cabin_room(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    floor_y = room(draw, w, h, time, (150, 100, 60), (110, 75, 45))
    for k in range(12):  # log walls
        y = floor_y * k / 12
        draw.line((0, y, w, y), fill=(110, 70, 40), width=max(2, h // 120))
    draw.rectangle((w * 0.35, h * 0.3, w * 0.65, floor_y), fill=(120, 115, 110))  # stone fireplace
    draw.rectangle((w * 0.42, h * 0.45, w * 0.58, floor_y), fill=(30, 20, 15))
    draw.polygon([(w * 0.45, floor_y), (w * 0.5, h * 0.5), (w * 0.55, floor_y)], fill=(250, 150, 40))
    draw.polygon([(w * 0.47, floor_y), (w * 0.5, h * 0.58), (w * 0.53, floor_y)], fill=(255, 220, 90))
    window(draw, (w * 0.75, h * 0.2, w * 0.92, h * 0.45), time, frame=(90, 60, 35))


def _pantry(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    draw.rectangle((0, 0, w, h), fill=shade((170, 140, 105), night_factor(time) * 0.5 + 0.5))
    for k in range(4):  # shelves of jars, sacks below
        y = h * (0.18 + k * 0.17)
        draw.rectangle((w * 0.05, y, w * 0.95, y + h * 0.02), fill=(110, 75, 45))
        for j in range(11):
            x = w * (0.08 + j * 0.08) + rng.uniform(-4, 4)
            jar = tuple(int(c) for c in rng.choice([(200, 120, 60), (230, 200, 120), (150, 60, 60), (120, 150, 90)]))
            draw.rounded_rectangle((x, y - h * 0.09, x + w * 0.045, y), radius=h * 0.01, fill=jar)
    draw.rectangle((0, h * 0.85, w, h), fill=(120, 95, 70))


def _throne_room(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    mansion_hall(img, draw, w, h, horizon, time, rng)
    dim = night_factor(time) * 0.5 + 0.5
    draw.rectangle((w * 0.4, horizon - h * 0.05, w * 0.6, h), fill=shade((150, 30, 40), dim))  # carpet
    draw.rectangle((w * 0.45, horizon - h * 0.3, w * 0.55, horizon + h * 0.02), fill=shade((210, 170, 50), dim))
    draw.rectangle((w * 0.46, horizon - h * 0.27, w * 0.54, horizon - h * 0.02), fill=shade((170, 30, 50), dim))
    draw.polygon(
        [(w * 0.45, horizon - h * 0.3), (w * 0.5, horizon - h * 0.38), (w * 0.55, horizon - h * 0.3)],
        fill=shade((230, 190, 60), dim),
    )


def _title_card(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    """A screenplay's title sequence: a plain dark card, nothing drawn on it (the titles are the subtitles')."""
    draw.rectangle((0, 0, w, h), fill=TITLE_CARD)


ROOMS: dict[str, Draw] = {
    "title_card": _title_card,
    "living_room": _living_room,
    "classroom": _classroom,
    "office": _office,
    "kitchen": _kitchen,
    "podcast_studio": _podcast_studio,
    "lighthouse_room": _lighthouse_room,
    "bedroom": _bedroom,
    "garage": _garage,
    "hospital_room": _hospital_room,
    "hospital_corridor": _hospital_corridor,
    "school_corridor": _school_corridor,
    "hallway": _hallway,
    "restaurant": _restaurant,
    "bar": _bar,
    "stage": _stage,
    "church": _church,
    "mosque": _mosque,
    "laboratory": _laboratory,
    "courtroom": _courtroom,
    "newsroom": _newsroom,
    "airport": _airport,
    "pantry": _pantry,
    "throne_room": _throne_room,
}
# settings that may be inside or out: drawn inside when the heading says INT.
INSIDE_VIEWS: dict[str, Draw] = {"mansion": mansion_hall, "cabin": _cabin_room}
# the furniture these rooms paint that one lies or sets things on (settings/furniture.py)
