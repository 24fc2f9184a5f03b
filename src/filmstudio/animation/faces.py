"""The moving parts of a face, drawn once per size: eyes (open with three gazes, half, closed) and the
mouth shapes of the viseme set at eight degrees of openness. Coordinates are in head units (u)."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw

from filmstudio.animation.palette import RGB, mix, rgb, rgba, shade
from filmstudio.storyboard import Look

SUPERSAMPLE = 2
EYE_SPACING = 0.18  # eye centres at ±this from the face's centre line
EYE_BOX = (0.72, 0.3)
MOUTH_BOX = (0.56, 0.4)
MOUTH_LEVELS = 8
# how wide each mouth shape is, relative to a relaxed mouth
SHAPE_WIDTH = {
    "rest": 0.85,
    "MBP": 0.8,
    "FV": 0.85,
    "L": 0.9,
    "etc": 0.95,
    "E": 1.1,
    "AI": 1.0,
    "O": 0.6,
    "U": 0.45,
    "WQ": 0.4,
}
ROUND_SHAPES = {"O", "U", "WQ"}


def lip_color(look: Look, skin: RGB) -> RGB:
    return mix(shade(skin, 0.8), (170, 60, 70), 0.35)


def _canvas(box: tuple[float, float], u: float) -> tuple[Image.Image, ImageDraw.ImageDraw, float]:
    s = u * SUPERSAMPLE
    img = Image.new("RGBA", (max(2, int(box[0] * s)), max(2, int(box[1] * s))), (0, 0, 0, 0))
    return img, ImageDraw.Draw(img, "RGBA"), s


def _finish(img: Image.Image) -> Image.Image:
    return img.reduce(SUPERSAMPLE)  # a box average: the anti-aliasing of drawing at twice the size


def draw_eyes(look: Look, skin: RGB, u: float, state: str, gaze: int = 0) -> Image.Image:
    """Both eyes; the sprite's centre is the midpoint between them."""
    img, d, s = _canvas(EYE_BOX, u)
    cx, cy = img.width / 2, img.height / 2
    iris = rgb(look.eye_color)
    lash = (40, 28, 24)
    rx, ry = 0.078 * s, 0.052 * s
    for side in (-1, 1):
        ex = cx + side * EYE_SPACING * s
        box = (ex - rx, cy - ry, ex + rx, cy + ry)
        if state == "closed":
            d.ellipse(box, fill=rgba(shade(skin, 0.97)))
            d.arc(
                (ex - rx, cy - ry * 1.2, ex + rx, cy + ry * 0.9),
                20,
                160,
                fill=rgba(lash),
                width=max(1, int(0.016 * s)),
            )
            continue
        d.ellipse(box, fill=(250, 250, 248, 255))
        gx = ex + gaze * 0.03 * s
        r = 0.044 * s
        d.ellipse((gx - r, cy - r, gx + r, cy + r), fill=rgba(iris))
        d.ellipse((gx - r * 0.48, cy - r * 0.48, gx + r * 0.48, cy + r * 0.48), fill=(15, 12, 12, 255))
        d.ellipse((gx + r * 0.2, cy - r * 0.6, gx + r * 0.55, cy - r * 0.25), fill=(255, 255, 255, 255))
        if state == "half":  # the upper lid down to the middle
            d.chord(
                (ex - rx * 1.05, cy - ry * 1.1, ex + rx * 1.05, cy + ry * 1.1),
                180,
                360,
                fill=rgba(shade(skin, 0.95)),
            )
            d.line((ex - rx, cy, ex + rx, cy), fill=rgba(lash), width=max(1, int(0.016 * s)))
        else:
            d.arc(box, 200, 340, fill=rgba(lash), width=max(1, int(0.018 * s)))
    return _finish(img)


def draw_mouth(look: Look, skin: RGB, u: float, shape: str, level: int) -> Image.Image:
    """The mouth for one viseme shape at one of MOUTH_LEVELS openings; the sprite's centre is the mouth's."""
    img, d, s = _canvas(MOUTH_BOX, u)
    cx, cy = img.width / 2, img.height / 2
    lips = lip_color(look, skin)
    openness = level / (MOUTH_LEVELS - 1)
    half_w = 0.12 * s * SHAPE_WIDTH.get(shape, 1.0)
    height = 0.17 * s * openness
    line = max(1, int(0.02 * s))
    if height < 0.014 * s or shape == "MBP":
        if shape == "MBP":  # lips pressed together
            d.rounded_rectangle(
                (cx - half_w, cy - 0.018 * s, cx + half_w, cy + 0.018 * s), radius=0.018 * s, fill=rgba(lips)
            )
        else:  # a relaxed, slightly smiling line
            d.arc(
                (cx - half_w, cy - 0.07 * s, cx + half_w, cy + 0.02 * s),
                25,
                155,
                fill=rgba(shade(lips, 0.85)),
                width=line,
            )
        return _finish(img)
    interior = (74, 20, 26, 255)
    if shape in ROUND_SHAPES:
        half_w = max(half_w, height * 0.45)
        box = (cx - half_w, cy - height * 0.5, cx + half_w, cy + height * 0.5)
        d.ellipse(box, fill=interior, outline=rgba(lips), width=int(line * (1.8 if shape != "O" else 1.3)))
        return _finish(img)
    top, bottom = cy - height * 0.38, cy + height * 0.62
    outline = _mouth_outline(cx, cy, half_w, top, bottom)
    d.polygon(outline, fill=interior)
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon(outline, fill=255)
    inside = Image.new("RGBA", img.size, (0, 0, 0, 0))
    di = ImageDraw.Draw(inside)
    teeth = min(0.04 * s, height * 0.38)
    if shape in ("etc", "E", "AI", "FV", "L"):
        di.rectangle((cx - half_w, top - 2, cx + half_w, top + teeth), fill=(246, 244, 236, 255))
    if shape in ("AI", "L") and openness > 0.35:
        tongue_y = top + (0.02 * s if shape == "L" else height * 0.55)
        di.ellipse(
            (cx - half_w * 0.55, tongue_y, cx + half_w * 0.55, bottom + height * 0.3),
            fill=(205, 95, 105, 255),
        )
    img.paste(inside, (0, 0), ImageChops.multiply(inside.getchannel("A"), mask))
    d.line([*outline, outline[0]], fill=rgba(lips), width=line, joint="curve")
    if shape == "FV":  # lower lip tucked under the teeth
        d.line(
            (cx - half_w * 0.8, top + teeth + line, cx + half_w * 0.8, top + teeth + line),
            fill=rgba(lips),
            width=line * 2,
        )
    return _finish(img)


def _mouth_outline(cx: float, cy: float, half_w: float, top: float, bottom: float) -> list[tuple[float, float]]:
    pts = []
    steps = 12
    for i in range(steps + 1):  # upper lip, left to right, a flattened arch
        t = i / steps
        x = cx - half_w + 2 * half_w * t
        pts.append((x, cy - (cy - top) * (1 - (2 * t - 1) ** 2) ** 0.7))
    for i in range(steps, -1, -1):  # lower lip, right to left, rounder
        t = i / steps
        x = cx - half_w + 2 * half_w * t
        pts.append((x, cy + (bottom - cy) * (1 - (2 * t - 1) ** 2) ** 0.55))
    return pts
