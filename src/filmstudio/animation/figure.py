"""The still parts of a character: the head (face, hair, ears, brows, nose, beard, glasses; no eyes or
mouth, which move), the body in its attire, and the back view used in over-the-shoulder shots.

Sizes are in head units: `u` pixels is the height of the face. Drawing is done at twice the size and
scaled down, which anti-aliases every edge."""

from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw

from filmstudio.animation import garments
from filmstudio.animation.faces import SUPERSAMPLE
from filmstudio.animation.palette import RGB, mix, rgb, rgba, shade
from filmstudio.storyboard import Look

HEAD_BOX = (1.7, 2.3)
FACE_CENTRE = (0.85, 0.8)  # in the head sprite
NECK_TO_FACE = 0.64  # face centre above the neck base, in head units
MOUTH_Y = 0.27  # mouth centre below the face centre
EYES_Y = -0.02


def face_half_width(look: Look) -> float:
    return 0.43 if look.head_scale > 1.1 else 0.39


def _finish(img: Image.Image) -> Image.Image:
    return img.reduce(SUPERSAMPLE)  # a box average: the anti-aliasing of drawing at twice the size


def draw_head(look: Look, u: float, *, culture: str, female: bool, elderly: bool) -> Image.Image:
    s = u * SUPERSAMPLE
    img = Image.new("RGBA", (int(HEAD_BOX[0] * s), int(HEAD_BOX[1] * s)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img, "RGBA")
    cx, cy = FACE_CENTRE[0] * s, FACE_CENTRE[1] * s
    skin, hair = rgb(look.skin), rgb(look.hair_color)
    fw, fh = face_half_width(look) * s, 0.5 * s

    garments.draw_hood_back(d, look, cx, cy, fw, fh)
    _hair_back(d, look.hair_style, cx, cy, fw, fh, s, hair)
    for side in (-1, 1):  # ears
        ex = cx + side * fw * 0.98
        d.ellipse((ex - 0.08 * s, cy - 0.13 * s, ex + 0.08 * s, cy + 0.13 * s), fill=rgba(shade(skin, 0.92)))
    # the face: a rounded cranium and a softer jaw
    d.ellipse((cx - fw, cy - fh, cx + fw, cy + fh * 0.8), fill=rgba(skin))
    d.chord((cx - fw * 0.93, cy - fh * 0.6, cx + fw * 0.93, cy + fh), 0, 180, fill=rgba(skin))
    if not female and look.beard:
        beard = [
            (cx - fw * 0.95, cy + 0.02 * s),
            (cx - fw * 0.7, cy + fh * 0.75),
            (cx, cy + fh * 1.12),
            (cx + fw * 0.7, cy + fh * 0.75),
            (cx + fw * 0.95, cy + 0.02 * s),
            (cx + fw * 0.6, cy + 0.2 * s),
            (cx - fw * 0.6, cy + 0.2 * s),
        ]
        d.polygon(beard, fill=rgba(hair))
        d.ellipse((cx - 0.2 * s, cy + 0.27 * s - 0.1 * s, cx + 0.2 * s, cy + 0.27 * s + 0.1 * s), fill=rgba(skin))
        d.chord(
            (cx - 0.17 * s, cy + 0.14 * s, cx + 0.17 * s, cy + 0.26 * s),
            180,
            360,
            fill=rgba(shade(hair, 0.95)),
        )
    if not female:
        garments.draw_moustache(d, look, cx, cy, s, hair)
    if female or look.head_scale > 1.1:  # cheeks
        for side in (-1, 1):
            x = cx + side * 0.24 * s
            d.ellipse(
                (x - 0.07 * s, cy + 0.1 * s, x + 0.07 * s, cy + 0.18 * s),
                fill=rgba(mix(skin, (215, 95, 80), 0.22)),
            )
    nose = shade(skin, 0.78)
    d.arc(
        (cx - 0.05 * s, cy + 0.04 * s, cx + 0.05 * s, cy + 0.14 * s),
        20,
        160,
        fill=rgba(nose),
        width=max(1, int(0.018 * s)),
    )
    brow = shade(hair, 0.8) if not elderly else mix(hair, (90, 80, 70), 0.5)
    for side in (-1, 1):
        bx = cx + side * 0.18 * s
        d.line(
            (bx - 0.08 * s, cy - 0.12 * s + side * 0.0, bx + 0.08 * s, cy - 0.13 * s),
            fill=rgba(brow),
            width=max(2, int(0.03 * s)),
        )
    if elderly:  # lines on the forehead and beside the mouth
        line = rgba(shade(skin, 0.8))
        for k in range(2):
            y = cy - (0.28 + 0.06 * k) * s
            d.arc(
                (cx - 0.18 * s, y - 0.03 * s, cx + 0.18 * s, y + 0.03 * s),
                200,
                340,
                fill=line,
                width=max(1, int(0.01 * s)),
            )
        for side in (-1, 1):
            x = cx + side * 0.2 * s
            start, end = (100, 200) if side < 0 else (-20, 80)
            d.arc(
                (x - 0.06 * s, cy + 0.1 * s, x + 0.06 * s, cy + 0.34 * s),
                start,
                end,
                fill=line,
                width=max(1, int(0.01 * s)),
            )
    if culture == "indian" and female and look.head_scale <= 1.1:
        d.ellipse((cx - 0.022 * s, cy - 0.2 * s, cx + 0.022 * s, cy - 0.156 * s), fill=(190, 20, 40, 255))
    _hair_front(d, look.hair_style, cx, cy, fw, fh, s, hair)
    if look.headwear in ("crown", "circlet"):  # a royal's (animation/royal.py): on the hair, above the brow
        _crown(d, look.headwear == "circlet", cx, cy, fw, fh, s)
    elif look.headwear == "halo":  # an angel's (animation/creatures.py): a gold ring floating over the head
        ring = (cx - 0.62 * fw, cy - 1.42 * fh, cx + 0.62 * fw, cy - 1.18 * fh)
        d.ellipse(ring, outline=rgba(GOLD_LIGHT), width=max(2, int(0.045 * s)))
    garments.draw_hat(d, look, cx, cy, fw, fh, s)  # a cap, a hat, a hood the text gives them
    if look.glasses:
        frame = (40, 35, 35, 255)
        for side in (-1, 1):
            gx = cx + side * 0.18 * s
            d.rounded_rectangle(
                (gx - 0.12 * s, cy - 0.1 * s, gx + 0.12 * s, cy + 0.07 * s),
                radius=0.05 * s,
                outline=frame,
                width=max(2, int(0.018 * s)),
                fill=rgba(mix(skin, (220, 235, 245), 0.2)),
            )
        d.line(
            (cx - 0.06 * s, cy - 0.04 * s, cx + 0.06 * s, cy - 0.04 * s),
            fill=frame,
            width=max(2, int(0.016 * s)),
        )
    return _finish(img)


GOLD = (214, 172, 40)
GOLD_LIGHT = (246, 214, 96)


def _crown(d: ImageDraw.ImageDraw, small: bool, cx: float, cy: float, fw: float, fh: float, s: float) -> None:
    """A gold crown sitting on the top of the hair, scaled to the head: a band and five points, with a red
    jewel; a prince's or a princess's circlet is a thin band with three small points."""
    bottom, top = cy - fh * (1.04 if small else 1.0), cy - fh * (1.14 if small else 1.2)
    half_bottom, half_top = fw * (0.6 if small else 0.62), fw * (0.62 if small else 0.7)
    peak = cy - fh * (1.3 if small else 1.52)
    points = 3 if small else 5
    outline = rgba(shade(GOLD, 0.7))
    crown = [(cx - half_bottom, bottom), (cx - half_top, top)]
    for k in range(points):  # a point between two dips
        x0 = cx - half_top + 2 * half_top * k / points
        x1 = cx - half_top + 2 * half_top * (k + 1) / points
        crown += [((x0 + x1) / 2, peak), (x1, top)]
    crown += [(cx + half_bottom, bottom)]
    d.polygon(crown, fill=rgba(GOLD), outline=outline, width=max(1, int(0.012 * s)))
    band = max(1, int(0.02 * s))
    d.line((cx - half_top * 0.95, top + band, cx + half_top * 0.95, top + band), fill=rgba(GOLD_LIGHT), width=band)
    r = (0.035 if small else 0.05) * s
    jewel_y = (top + bottom) / 2
    d.ellipse((cx - r, jewel_y - r, cx + r, jewel_y + r), fill=(190, 25, 45, 255))
    if not small:
        for k in range(points):  # a pearl on each point
            x = cx - half_top + 2 * half_top * (k + 0.5) / points
            d.ellipse((x - r * 0.5, peak - r * 0.5, x + r * 0.5, peak + r * 0.5), fill=rgba(GOLD_LIGHT))


def draw_long_hair(look: Look, u: float) -> Image.Image | None:
    """Long hair falls behind the shoulders, so it is a layer of its own, drawn before the body."""
    if look.hair_style != "long":
        return None
    s = u * SUPERSAMPLE
    img = Image.new("RGBA", (int(HEAD_BOX[0] * s), int(HEAD_BOX[1] * s)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img, "RGBA")
    cx, cy = FACE_CENTRE[0] * s, FACE_CENTRE[1] * s
    fw, fh = face_half_width(look) * s, 0.5 * s
    d.rounded_rectangle(
        (cx - fw * 1.22, cy - fh * 0.95, cx + fw * 1.22, cy + 1.05 * s),
        radius=0.35 * s,
        fill=rgba(rgb(look.hair_color)),
    )
    return _finish(img)


def _hair_back(
    d: ImageDraw.ImageDraw, style: str, cx: float, cy: float, fw: float, fh: float, s: float, hair: RGB
) -> None:
    if style == "bob":
        d.rounded_rectangle(
            (cx - fw * 1.2, cy - fh * 1.02, cx + fw * 1.2, cy + 0.32 * s), radius=0.3 * s, fill=rgba(hair)
        )
    elif style == "bun":
        d.ellipse((cx - 0.19 * s, cy - fh - 0.3 * s, cx + 0.19 * s, cy - fh + 0.06 * s), fill=rgba(hair))
    elif style == "braid":
        x, y = cx + fw * 0.95, cy + 0.15 * s
        for k in range(8):  # over the shoulder, plait by plait
            r = 0.085 * s * (1 - k * 0.04)
            d.ellipse((x - r, y - r * 1.2, x + r, y + r * 1.2), fill=rgba(shade(hair, 1.0 if k % 2 else 0.85)))
            x += 0.015 * s
            y += 0.13 * s
        d.ellipse((x - 0.04 * s, y - 0.04 * s, x + 0.04 * s, y + 0.04 * s), fill=(200, 40, 60, 255))
    elif style == "curly":
        for k in range(11):
            a = 3.14159 * (0.9 + k * 0.12)
            x, y = cx + math.cos(a) * fw * 1.05, cy - fh * 0.2 + math.sin(a) * fh * 0.95
            d.ellipse((x - 0.13 * s, y - 0.13 * s, x + 0.13 * s, y + 0.13 * s), fill=rgba(hair))


def _hair_front(
    d: ImageDraw.ImageDraw, style: str, cx: float, cy: float, fw: float, fh: float, s: float, hair: RGB
) -> None:
    if style == "bald":
        for side in (-1, 1):  # a fringe of hair above the ears
            x = cx + side * fw * 0.9
            start = 90 if side < 0 else 270
            d.chord((x - 0.09 * s, cy - 0.24 * s, x + 0.09 * s, cy - 0.0 * s), start, start + 180, fill=rgba(hair))
        return
    depth = {"crop": 0.42, "short": 0.35, "curly": 0.4}.get(style, 0.42)
    # the crown covered down to a hairline on the upper forehead, a little above the skull: hair, not scalp
    cap = (cx - fw * 1.08, cy - fh * 1.18, cx + fw * 1.08, cy + fh * 0.02)
    d.chord(cap, 180, 360, fill=rgba(hair))
    bottom = cy - fh * depth
    if style in ("long", "bob", "braid", "bun"):  # a side parting sweeping over the forehead
        d.polygon(
            [
                (cx - fw * 1.04, cy - 0.02 * s),
                (cx - fw * 1.02, cy - fh * 0.55),
                (cx - fw * 0.1, cy - fh * 0.98),
                (cx + fw * 0.3, cy - fh * 0.55),
                (cx - fw * 0.6, cy - fh * 0.45),
            ],
            fill=rgba(hair),
        )
        d.polygon(
            [
                (cx + fw * 1.04, cy - 0.0 * s),
                (cx + fw * 1.0, cy - fh * 0.6),
                (cx + fw * 0.3, cy - fh * 0.7),
                (cx + fw * 0.8, cy - fh * 0.4),
            ],
            fill=rgba(hair),
        )
    else:  # a short fringe
        for k in range(5):
            x = cx - fw * 0.8 + k * fw * 0.4
            d.polygon(
                [(x - fw * 0.26, cy - fh * 0.6), (x + fw * 0.26, cy - fh * 0.6), (x + fw * 0.05, bottom)],
                fill=rgba(hair),
            )
        for side in (-1, 1):  # sideburns
            x = cx + side * fw * 0.96
            d.polygon(
                [(x - 0.04 * s, cy - fh * 0.7), (x + 0.04 * s, cy - fh * 0.7), (x, cy - 0.05 * s)],
                fill=rgba(hair),
            )


def body_unit(look: Look, u: float) -> float:
    return u * look.height / look.head_scale  # a tall person's body is longer, the head the same


def body_box(look: Look, u: float) -> tuple[int, int, float, float]:
    """Size of the body sprite and its anchor (the neck base)."""
    b = body_unit(look, u)
    width = (2.7 * look.build + 0.3) * b
    return int(width), int(2.9 * b), width / 2, 0.4 * b


def draw_body(look: Look, u: float, *, culture: str, female: bool) -> Image.Image:
    s = SUPERSAMPLE
    w, h, ax, ay = body_box(look, u)
    b = body_unit(look, u) * s
    img = Image.new("RGBA", (w * s, h * s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img, "RGBA")
    ax, ay = ax * s, ay * s
    skin, cloth, accent = rgb(look.skin), rgb(look.attire_color), rgb(look.accent_color)
    half = 1.1 * look.build * b
    neck = 0.14 * u * s
    if look.attire == "hoodie":  # the hood, behind the neck
        d.ellipse((ax - 0.55 * b, ay - 0.25 * b, ax + 0.55 * b, ay + 0.45 * b), fill=rgba(shade(cloth, 0.8)))
    d.rectangle((ax - neck, ay - 0.42 * b, ax + neck, ay + 0.25 * b), fill=rgba(shade(skin, 0.9)))
    torso = (ax - half, ay + 0.12 * b, ax + half, ay + 3.2 * b)
    d.rounded_rectangle(torso, radius=0.5 * b, fill=rgba(cloth))
    for side in (-1, 1):  # arms: a fold line down each side
        x = ax + side * half * 0.72
        d.line(
            (x, ay + 0.7 * b, x + side * 0.03 * b, ay + 2.9 * b),
            fill=rgba(shade(cloth, 0.78)),
            width=int(0.035 * b),
        )
    _attire(d, look.attire, ax, ay, b, half, neck, skin, cloth, accent, female=female)
    garments.draw_on_body(d, look, ax, ay, b, half, neck)  # a cloak, an apron, a scarf, rags over it
    return _finish(img)


def _attire(
    d: ImageDraw.ImageDraw,
    attire: str,
    ax: float,
    ay: float,
    b: float,
    half: float,
    neck: float,
    skin: RGB,
    cloth: RGB,
    accent: RGB,
    *,
    female: bool,
) -> None:
    dark, light = shade(cloth, 0.72), mix(cloth, (255, 255, 255), 0.3)
    line = max(2, int(0.03 * b))
    if attire == "suit":
        d.polygon(
            [(ax - neck * 1.6, ay + 0.12 * b), (ax + neck * 1.6, ay + 0.12 * b), (ax, ay + 1.3 * b)],
            fill=(245, 245, 242, 255),
        )
        d.polygon(
            [
                (ax - 0.07 * b, ay + 0.2 * b),
                (ax + 0.07 * b, ay + 0.2 * b),
                (ax + 0.1 * b, ay + 1.0 * b),
                (ax, ay + 1.15 * b),
                (ax - 0.1 * b, ay + 1.0 * b),
            ],
            fill=rgba(accent if not female else light),
        )
        for side in (-1, 1):  # lapels
            d.polygon(
                [
                    (ax + side * neck * 1.6, ay + 0.1 * b),
                    (ax + side * 0.5 * b, ay + 0.45 * b),
                    (ax + side * 0.32 * b, ay + 0.6 * b),
                    (ax, ay + 1.3 * b),
                ],
                fill=rgba(dark),
            )
    elif attire == "shirt":
        for side in (-1, 1):
            d.polygon(
                [(ax, ay + 0.3 * b), (ax + side * neck * 1.9, ay + 0.05 * b), (ax + side * neck * 2.2, ay + 0.4 * b)],
                fill=rgba(light),
            )
        d.line((ax, ay + 0.3 * b, ax, ay + 3 * b), fill=rgba(dark), width=line)
        for k in range(3):
            y = ay + (0.6 + 0.45 * k) * b
            d.ellipse((ax + 0.04 * b, y - 0.03 * b, ax + 0.1 * b, y + 0.03 * b), fill=rgba(light))
    elif attire == "hoodie":
        for side in (-1, 1):
            x = ax + side * 0.18 * b
            d.line((x, ay + 0.3 * b, x + side * 0.02 * b, ay + 0.95 * b), fill=rgba(accent), width=line)
        d.rounded_rectangle(
            (ax - half * 0.55, ay + 1.9 * b, ax + half * 0.55, ay + 2.6 * b),
            radius=0.15 * b,
            outline=rgba(dark),
            width=line,
        )
    elif attire == "sweater":
        d.chord((ax - neck * 2.2, ay - 0.05 * b, ax + neck * 2.2, ay + 0.42 * b), 0, 180, fill=rgba(dark))
        for k in range(-3, 4):  # knit cables
            x = ax + k * half * 0.24
            for j in range(7):
                y = ay + (0.6 + j * 0.3) * b
                d.arc(
                    (x - 0.06 * b, y - 0.1 * b, x + 0.06 * b, y + 0.1 * b),
                    60,
                    300,
                    fill=rgba(dark),
                    width=max(1, line // 2),
                )
    elif attire == "jacket":
        d.rectangle((ax - 0.33 * b, ay + 0.15 * b, ax + 0.33 * b, ay + 3 * b), fill=rgba(accent))
        d.chord((ax - neck * 1.3, ay + 0.0 * b, ax + neck * 1.3, ay + 0.35 * b), 0, 180, fill=rgba(skin))
        for side in (-1, 1):
            d.line(
                (ax + side * 0.33 * b, ay + 0.15 * b, ax + side * 0.33 * b, ay + 3 * b),
                fill=rgba(dark),
                width=line * 2,
            )
            d.polygon(
                [
                    (ax + side * 0.33 * b, ay + 0.12 * b),
                    (ax + side * 0.6 * b, ay + 0.15 * b),
                    (ax + side * 0.36 * b, ay + 0.7 * b),
                ],
                fill=rgba(dark),
            )
    elif attire == "kurta":
        d.rectangle((ax - neck * 1.3, ay + 0.05 * b, ax + neck * 1.3, ay + 0.2 * b), fill=rgba(dark))
        d.rectangle((ax - 0.07 * b, ay + 0.2 * b, ax + 0.07 * b, ay + 1.3 * b), fill=rgba(dark))
        for k in range(4):
            y = ay + (0.35 + 0.28 * k) * b
            d.ellipse((ax - 0.035 * b, y - 0.035 * b, ax + 0.035 * b, y + 0.035 * b), fill=rgba(accent))
        for k in range(6):  # embroidery along the placket
            y = ay + (0.3 + 0.18 * k) * b
            d.line((ax - 0.16 * b, y, ax - 0.1 * b, y + 0.06 * b), fill=rgba(accent), width=max(1, line // 2))
            d.line((ax + 0.16 * b, y, ax + 0.1 * b, y + 0.06 * b), fill=rgba(accent), width=max(1, line // 2))
    elif attire == "saree":
        blouse = accent if accent != (245, 240, 225) else shade(cloth, 0.6)
        d.rounded_rectangle((ax - half, ay + 0.12 * b, ax + half, ay + 1.2 * b), radius=0.5 * b, fill=rgba(blouse))
        d.chord((ax - neck * 2.4, ay - 0.2 * b, ax + neck * 2.4, ay + 0.5 * b), 0, 180, fill=rgba(skin))
        drape = [
            (ax + half * 0.55, ay + 0.1 * b),
            (ax + half * 1.02, ay + 0.35 * b),
            (ax + half, ay + 3 * b),
            (ax - half, ay + 3 * b),
            (ax - half, ay + 1.9 * b),
        ]
        d.polygon(drape, fill=rgba(cloth))
        border = (212, 175, 55, 255)
        d.line([(ax + half * 0.55, ay + 0.1 * b), (ax - half, ay + 1.9 * b)], fill=border, width=line * 2)
        d.line([(ax + half * 0.8, ay + 0.2 * b), (ax - half * 0.6, ay + 2.6 * b)], fill=border, width=line)
    elif attire == "robe":
        for side in (1, -1):  # the two panels crossing over
            d.polygon(
                [
                    (ax + side * neck * 1.4, ay + 0.05 * b),
                    (ax + side * half, ay + 0.4 * b),
                    (ax + side * half, ay + 3 * b),
                    (ax - side * 0.15 * b, ay + 3 * b),
                    (ax - side * 0.15 * b, ay + 1.4 * b),
                ],
                fill=rgba(cloth if side > 0 else shade(cloth, 0.9)),
                outline=rgba(dark),
            )
        d.chord((ax - neck * 1.2, ay - 0.1 * b, ax + neck * 1.2, ay + 0.5 * b), 0, 180, fill=rgba(skin))
        d.rectangle((ax - half, ay + 1.9 * b, ax + half, ay + 2.1 * b), fill=rgba(accent))
    elif attire == "dress":
        d.chord((ax - neck * 2.3, ay - 0.2 * b, ax + neck * 2.3, ay + 0.55 * b), 0, 180, fill=rgba(skin))
        for k in range(14):  # a small print
            x = ax + ((k * 37) % 19 - 9) / 9 * half * 0.8
            y = ay + (0.7 + (k * 23 % 11) / 11 * 2.0) * b
            d.ellipse((x - 0.035 * b, y - 0.035 * b, x + 0.035 * b, y + 0.035 * b), fill=rgba(light))


def draw_back(look: Look, u: float) -> Image.Image:
    """A character seen from behind, head and shoulders, in the shadow of the foreground. Drawn at its
    own size, not twice it: the blur after softens every edge more than the anti-aliasing would."""
    return _out_of_focus(back_silhouette(look, u, 1), u)


def back_silhouette(look: Look, u: float, s: int) -> Image.Image:
    """The back view, sharp, drawn `s` times its size: shoulders in the look's clothing and the back of the
    head in its hair (its style, strands, a rim of light), so the one in the foreground reads as them."""
    w, h, ax, ay = body_box(look, u)
    top = NECK_TO_FACE + 0.62
    extra = int(top * u)
    img = Image.new("RGBA", (w * s, (h + extra) * s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img, "RGBA")
    b = body_unit(look, u) * s
    us = u * s
    nx, ny = ax * s, (ay + extra) * s
    skin, hair, cloth = rgb(look.skin), rgb(look.hair_color), rgb(garments.back_colour(look))
    half = 1.1 * look.build * b
    fw, fh = face_half_width(look) * us, 0.5 * us
    cy = ny - NECK_TO_FACE * us
    d.rectangle((nx - 0.14 * us, cy, nx + 0.14 * us, ny + 0.3 * b), fill=rgba(shade(skin, 0.85)))
    _back_shoulders(d, look, nx, ny, b, half, us, cloth)
    for side in (-1, 1):
        d.ellipse(
            (nx + side * fw - 0.08 * us, cy - 0.13 * us, nx + side * fw + 0.08 * us, cy + 0.13 * us),
            fill=rgba(shade(skin, 0.9)),
        )
    d.ellipse((nx - fw, cy - fh, nx + fw, cy + fh * 0.9), fill=rgba(skin))
    mask = Image.new("L", img.size, 0)
    _back_hair_shape(ImageDraw.Draw(mask), look.hair_style, nx, cy, fw, fh, us)
    img.paste(_hair_texture(img.size, look.hair_style, hair, nx, cy, fw, fh, us), (0, 0), mask)
    return img


def _back_shoulders(
    d: ImageDraw.ImageDraw, look: Look, nx: float, ny: float, b: float, half: float, us: float, cloth: RGB
) -> None:
    """The shoulders from behind in the look's clothing: its collar or hood, the shoulder seams, a lit top."""
    d.rounded_rectangle((nx - half, ny + 0.12 * b, nx + half, ny + 3.2 * b), radius=0.5 * b, fill=rgba(cloth))
    dark, lit = shade(cloth, 0.75), mix(cloth, (255, 244, 225), 0.3)
    line = max(1, int(0.03 * b))
    d.arc((nx - half, ny + 0.12 * b, nx + half, ny + 1.1 * b), 200, 340, fill=rgba(lit), width=line * 2)
    for side in (-1, 1):  # where the sleeves meet the back
        x = nx + side * half * 0.72
        d.line((x, ny + 0.45 * b, x + side * 0.04 * b, ny + 2.9 * b), fill=rgba(dark), width=line)
    if look.attire == "hoodie":  # the hood lying on the back
        d.ellipse((nx - 0.55 * b, ny - 0.1 * b, nx + 0.55 * b, ny + 0.9 * b), fill=rgba(shade(cloth, 0.85)))
        d.arc((nx - 0.45 * b, ny, nx + 0.45 * b, ny + 0.8 * b), 20, 160, fill=rgba(dark), width=line)
    elif look.attire in ("suit", "jacket", "shirt"):  # a collar round the neck, a seam down the back
        d.chord((nx - 0.3 * b, ny - 0.1 * b, nx + 0.3 * b, ny + 0.35 * b), 0, 180, fill=rgba(dark))
        d.line((nx, ny + 0.35 * b, nx, ny + 3 * b), fill=rgba(dark), width=line)
    elif look.attire == "saree":  # the pallu over one shoulder, its golden border
        d.polygon(
            [
                (nx + half * 0.2, ny + 0.12 * b),
                (nx + half * 0.85, ny + 0.3 * b),
                (nx + half, ny + 0.7 * b),
                (nx + half, ny + 3 * b),
                (nx, ny + 3 * b),
            ],
            fill=rgba(shade(cloth, 0.9)),
        )
        d.line([(nx + half * 0.2, ny + 0.1 * b), (nx, ny + 3 * b)], fill=(212, 175, 55, 255), width=line * 2)
    else:  # a round neckline
        d.chord((nx - 0.32 * b, ny - 0.15 * b, nx + 0.32 * b, ny + 0.3 * b), 0, 180, fill=rgba(dark))


def _back_hair_shape(d: ImageDraw.ImageDraw, style: str, nx: float, cy: float, fw: float, fh: float, us: float) -> None:
    """Where the hair is on the back of the head, as a mask (a bald head: a fringe round its nape)."""
    if style == "bald":  # a crescent of hair round the nape, from ear to ear
        d.ellipse((nx - fw * 1.03, cy - fh * 1.03, nx + fw * 1.03, cy + fh * 0.92), fill=255)
        d.ellipse((nx - fw * 1.1, cy - fh * 1.4, nx + fw * 1.1, cy + fh * 0.5), fill=0)
        return
    d.ellipse((nx - fw * 1.04, cy - fh * 1.04, nx + fw * 1.04, cy + fh * 0.92), fill=255)
    if style == "long":
        d.rounded_rectangle((nx - fw * 1.1, cy - fh * 0.6, nx + fw * 1.1, cy + 1.0 * us), radius=0.3 * us, fill=255)
    elif style == "bob":
        d.rounded_rectangle((nx - fw * 1.16, cy - fh * 0.7, nx + fw * 1.16, cy + 0.38 * us), radius=0.2 * us, fill=255)
    elif style == "braid":
        y = cy + fh * 0.6
        for k in range(7):  # a plait down the back
            r = 0.1 * us * (1 - k * 0.05)
            d.ellipse((nx - r, y - r * 1.25, nx + r, y + r * 1.25), fill=255)
            y += 0.15 * us
    elif style == "bun":
        d.ellipse((nx - 0.22 * us, cy - fh * 0.45, nx + 0.22 * us, cy + fh * 0.1), fill=255)
    elif style == "curly":
        for k in range(14):
            a = math.pi * (0.8 + k * 0.1)
            x, y = nx + math.cos(a) * fw * 1.0, cy - fh * 0.05 + math.sin(a) * fh * 0.95
            d.ellipse((x - 0.12 * us, y - 0.12 * us, x + 0.12 * us, y + 0.12 * us), fill=255)


def _hair_texture(
    size: tuple[int, int], style: str, hair: RGB, nx: float, cy: float, fw: float, fh: float, us: float
) -> Image.Image:
    """The hair's colour with strands falling from the crown, darker and lighter, and a rim of light on
    its upper edge: seen as hair, not as a dark ball."""
    tex = Image.new("RGBA", size, rgba(hair))
    d = ImageDraw.Draw(tex, "RGBA")
    dark, light = shade(hair, 0.7), mix(hair, (255, 255, 255), 0.22)
    crown = (nx + 0.05 * fw, cy - fh * 0.55)
    length = 1.3 * us if style in ("long", "braid") else 0.45 * us if style == "bob" else 0.0
    width = max(1, int(0.022 * us))
    for k in range(15):
        o = -1.0 + k / 7
        x0, y0 = crown[0] + o * 0.1 * fw, crown[1]
        x1, y1 = nx + o * fw * 1.1, cy + fh * 0.9 + length * (1 - abs(o) * 0.5)
        cx1, cy1 = nx + o * fw * 1.25, crown[1] + 0.2 * (y1 - crown[1])  # bowing out over the skull
        points = [
            (
                (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx1 + t**2 * x1,
                (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy1 + t**2 * y1,
            )
            for t in (i / 10 for i in range(11))
        ]
        d.line(points, fill=rgba(dark if k % 2 else light), width=width)
    if style == "curly":  # curls, not strands
        for k in range(40):
            a, r = k * 2.4, (k % 7) / 7
            x, y = nx + math.cos(a) * fw * r, cy - fh * 0.1 + math.sin(a) * fh * r
            d.arc((x - 0.08 * us, y - 0.08 * us, x + 0.08 * us, y + 0.08 * us), 200, 340, fill=rgba(dark), width=width)
    if style == "bun":  # the coiled knot on the back of the head
        box = (nx - 0.22 * us, cy - fh * 0.45, nx + 0.22 * us, cy + fh * 0.1)
        d.ellipse(box, fill=rgba(shade(hair, 0.85)), outline=rgba(dark), width=width * 2)
        for k in range(3):
            r = (0.16 - 0.05 * k) * us
            mid = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
            d.arc((mid[0] - r, mid[1] - r * 0.6, mid[0] + r, mid[1] + r * 0.6), 200, 520, fill=rgba(light), width=width)
    rim = mix(hair, (255, 238, 205), 0.55)
    d.arc((nx - fw * 1.02, cy - fh * 1.02, nx + fw * 1.02, cy + fh * 0.9), 195, 300, fill=rgba(rim), width=width * 3)
    return tex


BACK_SHADE = 0.8  # how much darker the foreground back is than the lit figures: in shade, still readable


def _out_of_focus(img: Image.Image, u: float) -> Image.Image:
    """In the foreground: a little darker and a touch out of focus. OpenCV's Gaussian (the same standard deviations
    as PIL's radius) takes a tenth of PIL's time on a 1080p over-the-shoulder back."""
    rgba_px = np.asarray(img)
    dim = cv2.GaussianBlur(cv2.convertScaleAbs(rgba_px[..., :3], alpha=BACK_SHADE), (0, 0), max(1, u / 60))
    alpha = cv2.GaussianBlur(np.ascontiguousarray(rgba_px[..., 3]), (0, 0), max(1, u / 80))
    return Image.fromarray(np.dstack([dim, alpha]), "RGBA")


def back_anchor(look: Look, u: float) -> tuple[float, float]:
    _, _, ax, ay = body_box(look, u)
    return ax, ay + int((NECK_TO_FACE + 0.62) * u)
