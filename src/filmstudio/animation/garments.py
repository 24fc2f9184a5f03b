"""What a character wears over their attire and on their head, as the text says it (Look.outer, hat,
scarf_color, ragged, barefoot, stick; script/appearance.py): a cloak that hangs from the shoulders to the
shins, a coat to the knees, an apron, a shawl, a cap, a hat, a hood, a headscarf, a moustache, bare feet,
an old person's walking stick. Parts on the head and the torso are drawn into the rig's sprites
(animation/figure.py); what hangs below the hips is drawn on the frame with the legs (animation/body.py).

Sizes: `s` is the head sprite's face height in its pixels, `b` the body unit; `half` the torso's
half width."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import ImageDraw

from filmstudio.animation.palette import RGB, lit, mix, rgb, rgba, shade
from filmstudio.storyboard import Look

STICK = (92, 62, 36)


# --- the head ---------------------------------------------------------------------------------------------


def draw_hood_back(d: ImageDraw.ImageDraw, look: Look, cx: float, cy: float, fw: float, fh: float) -> None:
    """A hood or a headscarf round the head, behind the face: drawn before it."""
    if look.hat not in ("hood", "kerchief"):
        return
    colour = rgb(look.hat_color if look.hat == "kerchief" or not look.outer else look.outer_color)
    d.ellipse((cx - fw * 1.32, cy - fh * 1.42, cx + fw * 1.32, cy + fh * 1.05), fill=rgba(shade(colour, 0.8)))


def draw_hat(d: ImageDraw.ImageDraw, look: Look, cx: float, cy: float, fw: float, fh: float, s: float) -> None:
    """A cap, a hat, a hood's rim or a headscarf's front over the hair; a crown is the royal module's."""
    if not look.hat or look.headwear:
        return
    hood_colour = look.hat_color if look.hat == "kerchief" or not look.outer else look.outer_color
    colour = rgb(hood_colour if look.hat in ("hood", "kerchief") else look.hat_color)
    dark = rgba(shade(colour, 0.7))
    line = max(2, int(0.025 * s))
    if look.hat == "cap":  # a dome over the crown and a peak to the front
        d.chord((cx - fw * 1.1, cy - fh * 1.32, cx + fw * 1.1, cy - fh * 0.1), 180, 360, fill=rgba(colour))
        d.line((cx - fw * 1.1, cy - fh * 0.7, cx + fw * 1.1, cy - fh * 0.7), fill=dark, width=line)
        d.ellipse((cx - fw * 0.05, cy - fh * 0.84, cx + fw * 1.45, cy - fh * 0.56), fill=dark)
        d.ellipse((cx - 0.05 * s, cy - fh * 1.4, cx + 0.05 * s, cy - fh * 1.2), fill=dark)
    elif look.hat == "hat":  # a wide brim and a crown with a band
        d.rounded_rectangle(
            (cx - fw * 0.85, cy - fh * 1.75, cx + fw * 0.85, cy - fh * 0.7), radius=0.12 * s, fill=rgba(colour)
        )
        d.rectangle((cx - fw * 0.85, cy - fh * 0.98, cx + fw * 0.85, cy - fh * 0.78), fill=dark)
        d.ellipse((cx - fw * 1.6, cy - fh * 0.86, cx + fw * 1.6, cy - fh * 0.5), fill=rgba(colour), outline=dark)
    else:  # a hood's or a headscarf's front: over the hair to the brow, down the cheeks
        d.chord((cx - fw * 1.3, cy - fh * 1.42, cx + fw * 1.3, cy + fh * 0.3), 180, 360, fill=rgba(colour))
        for side in (-1, 1):
            x = cx + side * fw * 1.08
            d.rectangle(
                (min(x, x + side * 0.22 * fw), cy - fh * 0.5, max(x, x + side * 0.22 * fw), cy + fh * 0.8),
                fill=rgba(colour),
            )
        d.arc((cx - fw * 1.02, cy - fh * 1.12, cx + fw * 1.02, cy + fh * 0.2), 185, 355, fill=dark, width=line)
        if look.hat == "kerchief":  # the knot under the chin
            d.ellipse((cx - 0.07 * s, cy + fh * 0.95, cx + 0.07 * s, cy + fh * 1.15), fill=dark)


def draw_moustache(d: ImageDraw.ImageDraw, look: Look, cx: float, cy: float, s: float, hair: RGB) -> None:
    """A moustache under the nose, over the mouth (a beard draws its own)."""
    if not look.moustache or look.beard:
        return
    for side in (-1, 1):
        d.polygon(
            [
                (cx, cy + 0.15 * s),
                (cx + side * 0.2 * s, cy + 0.2 * s),
                (cx + side * 0.16 * s, cy + 0.23 * s),
                (cx, cy + 0.2 * s),
            ],
            fill=rgba(hair),
        )


# --- the torso (the body sprite) ----------------------------------------------------------------------------


def draw_on_body(d: ImageDraw.ImageDraw, look: Look, ax: float, ay: float, b: float, half: float, neck: float) -> None:
    """Over the attire, on the torso: a cloak's or a coat's fronts, an apron's bib, a shawl, a scarf, a
    uniform's buttons and belt, the patches of rags."""
    line = max(2, int(0.03 * b))
    cloth = rgb(look.attire_color)
    if look.attire == "uniform":  # brass buttons down the front, a belt, epaulettes
        d.rectangle((ax - half, ay + 1.95 * b, ax + half, ay + 2.2 * b), fill=rgba(shade(cloth, 0.45)))
        for k in range(5):
            y = ay + (0.45 + 0.32 * k) * b
            d.ellipse((ax - 0.06 * b, y - 0.06 * b, ax + 0.06 * b, y + 0.06 * b), fill=(214, 172, 40, 255))
        for side in (-1, 1):
            x = ax + side * half * 0.8
            d.rectangle((x - 0.22 * b, ay + 0.12 * b, x + 0.22 * b, ay + 0.28 * b), fill=(214, 172, 40, 255))
    if look.outer in ("cloak", "coat"):
        outer = rgb(look.outer_color)
        inner = 0.3 * b if look.outer == "cloak" else 0.12 * b  # a cloak hangs open, a coat closes
        for side in (-1, 1):
            d.polygon(
                [
                    (ax + side * neck * 1.2, ay - 0.05 * b),
                    (ax + side * half * 1.12, ay + 0.35 * b),
                    (ax + side * half * 1.12, ay + 3.2 * b),
                    (ax + side * inner, ay + 3.2 * b),
                    (ax + side * inner, ay + 0.5 * b),
                ],
                fill=rgba(outer if side > 0 else shade(outer, 0.9)),
                outline=rgba(shade(outer, 0.7)),
            )
        if look.outer == "cloak":  # the clasp at the throat
            d.ellipse((ax - 0.1 * b, ay + 0.05 * b, ax + 0.1 * b, ay + 0.25 * b), fill=(214, 172, 40, 255))
        else:
            for k in range(4):
                y = ay + (0.7 + 0.5 * k) * b
                d.ellipse((ax - 0.2 * b, y - 0.05 * b, ax - 0.1 * b, y + 0.05 * b), fill=rgba(shade(outer, 0.55)))
    elif look.outer == "apron":
        apron = rgb(look.outer_color)
        d.rectangle((ax - half * 0.45, ay + 0.55 * b, ax + half * 0.45, ay + 3.2 * b), fill=rgba(apron))
        d.rectangle((ax - half * 0.95, ay + 1.75 * b, ax + half * 0.95, ay + 1.9 * b), fill=rgba(apron))
        for side in (-1, 1):
            d.line(
                (ax + side * half * 0.45, ay + 0.55 * b, ax + side * neck * 1.4, ay + 0.05 * b),
                fill=rgba(apron),
                width=line * 2,
            )
    elif look.outer == "shawl":  # a triangle over the shoulders, its point at the back of the waist
        shawl = rgb(look.outer_color)
        d.polygon(
            [(ax - half * 1.1, ay + 0.2 * b), (ax + half * 1.1, ay + 0.2 * b), (ax, ay + 1.7 * b)], fill=rgba(shawl)
        )
        d.line((ax - half * 1.05, ay + 0.3 * b, ax, ay + 1.6 * b), fill=rgba(shade(shawl, 0.7)), width=line)
    if look.scarf_color:
        scarf = rgb(look.scarf_color)
        d.rounded_rectangle(
            (ax - neck * 2.0, ay - 0.1 * b, ax + neck * 2.0, ay + 0.3 * b), radius=0.1 * b, fill=rgba(scarf)
        )
        d.rectangle((ax + neck * 0.6, ay + 0.2 * b, ax + neck * 1.8, ay + 1.3 * b), fill=rgba(shade(scarf, 0.88)))
    if look.ragged:  # patches and a torn hem
        for k, (px, py) in enumerate(((-0.5, 1.2), (0.45, 2.1), (-0.2, 2.5))):
            x, y = ax + px * half, ay + py * b
            patch = mix(cloth, (150, 120, 80), 0.6 if k % 2 else 0.3)
            d.rectangle(
                (x - 0.17 * b, y - 0.14 * b, x + 0.17 * b, y + 0.14 * b),
                fill=rgba(patch),
                outline=rgba(shade(patch, 0.6)),
            )
        teeth = 7
        for k in range(teeth):
            x0 = ax - half + 2 * half * k / teeth
            d.polygon(
                [(x0, ay + 2.72 * b), (x0 + half / teeth, ay + 2.5 * b), (x0 + 2 * half / teeth, ay + 2.72 * b)],
                fill=rgba(shade(cloth, 0.55)),
            )


# --- on the frame: below the hips, the feet, the stick ------------------------------------------------------


def _poly(frame: np.ndarray, pts: list[tuple[float, float]], colour: RGB) -> None:
    cv2.fillPoly(frame, [np.round(np.array(pts) * 4).astype(np.int32)], colour, cv2.LINE_AA, 2)


def draw_hanging(
    frame: np.ndarray,
    look: Look,
    light: tuple[float, float, float],
    nx: float,
    ny: float,
    b: float,
    half: float,
    down: float,
) -> None:
    """A cloak's or a coat's skirts behind the body, from the shoulders to the shins or the knees (`down`:
    how far below the neck base the hem is, shorter when sitting). Drawn after the legs, before the body."""
    if look.outer not in ("cloak", "coat"):
        return
    colour = lit(rgb(look.outer_color), light)
    wide = half * (1.45 if look.outer == "cloak" else 1.12)
    top = ny + 0.2 * b
    _poly(
        frame,
        [(nx - half * 1.05, top), (nx + half * 1.05, top), (nx + wide, ny + down), (nx - wide, ny + down)],
        shade(colour, 0.82),
    )


def draw_apron_skirt(
    frame: np.ndarray,
    look: Look,
    light: tuple[float, float, float],
    nx: float,
    ny: float,
    b: float,
    half: float,
    down: float,
) -> None:
    """An apron's skirt over the front of the legs, from the waist to the knees: after the body."""
    if look.outer != "apron":
        return
    colour = lit(rgb(look.outer_color), light)
    top = ny + 2.5 * b
    _poly(
        frame,
        [(nx - half * 0.62, top), (nx + half * 0.62, top), (nx + half * 0.7, ny + down), (nx - half * 0.7, ny + down)],
        colour,
    )


def sleeve_colour(look: Look, cloth: RGB, light: tuple[float, float, float]) -> RGB:
    """Arms in the coat's or the cloak's cloth when one is worn over the attire."""
    if look.outer in ("cloak", "coat"):
        return shade(lit(rgb(look.outer_color), light), 0.85)
    return shade(cloth, 0.85)


def back_colour(look: Look) -> str:
    """From behind, a cloak or a coat is what shows of the clothes."""
    return look.outer_color if look.outer in ("cloak", "coat") else look.attire_color


def shoe_colour(look: Look, skin: RGB) -> RGB:
    """Bare feet are the skin's colour, a shade darker; shoes are dark leather."""
    return shade(skin, 0.88) if look.barefoot else (38, 30, 26)


def draw_stick(
    frame: np.ndarray, look: Look, hand: tuple[float, float], feet_y: float, b: float, standing: bool
) -> None:
    """An old person's walking stick, from the hand on the screen's right to the ground beside the feet,
    while they stand or walk with that hand low."""
    if not look.stick or not standing or hand[1] > feet_y - 0.3 * b:
        return
    foot = (hand[0] + 0.25 * b, feet_y)
    w = max(1, int(round(0.14 * b)))
    cv2.line(
        frame,
        (int(hand[0] * 4), int((hand[1] - 0.15 * b) * 4)),
        (int(foot[0] * 4), int(foot[1] * 4)),
        STICK,
        w,
        cv2.LINE_AA,
        2,
    )
    cv2.ellipse(
        frame,
        (int((hand[0] - 0.05 * b) * 4), int((hand[1] - 0.15 * b) * 4)),
        (int(0.16 * b * 4), int(0.1 * b * 4)),
        0,
        180,
        360,
        STICK,
        w,
        cv2.LINE_AA,
        2,
    )
