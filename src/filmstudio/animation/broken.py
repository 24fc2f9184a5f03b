"""A thing that breaks as it falls (a plate, a jug, a vase) lies on the ground in pieces: its picture cut
into shards along a few straight cracks from a point near its middle, the shards set apart and turned a
little, as fallen pieces lie. Made once per thing and size, the same every time (no randomness: frames
must not flicker between renders)."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

PIECES = 5
SPREAD = 0.35  # the room between the shards, all together, as a share of the thing's width
FLAT = 0.55  # the pieces lie flat: drawn this share of their height


def shards(image: Image.Image) -> Image.Image:
    """The RGBA picture `image` broken into PIECES shards lying on the ground, the bottom of the result being
    the ground: wider than the whole thing and lower."""
    rgba = image.convert("RGBA")
    w, h = rgba.size
    cx, cy = w * 0.47, h * 0.52
    reach = 2 * max(w, h)
    angles = [2 * math.pi * (k + 0.3 * ((k * 7) % 3) / 3) / PIECES for k in range(PIECES)]
    pieces: list[tuple[float, Image.Image]] = []
    for k in range(PIECES):
        a0, a1 = angles[k], angles[(k + 1) % PIECES] + (2 * math.pi if k == PIECES - 1 else 0.0)
        mask = Image.new("L", (w, h), 0)
        wedge = [(cx, cy)] + [(cx + reach * math.cos(a), cy + reach * math.sin(a)) for a in np.linspace(a0, a1, 4)]
        ImageDraw.Draw(mask).polygon(wedge, fill=255)
        piece = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        piece.paste(rgba, (0, 0), mask)
        box = piece.getbbox()
        if box is None:
            continue
        piece = piece.crop(box)
        piece = piece.resize((piece.width, max(1, int(piece.height * FLAT))), Image.Resampling.LANCZOS)
        turn = (-1) ** k * (12 + 9 * (k % 3))
        piece = piece.rotate(turn, resample=Image.Resampling.BICUBIC, expand=True)
        pieces.append((math.cos((a0 + a1) / 2), piece.crop(piece.getbbox() or (0, 0, piece.width, piece.height))))
    pieces.sort(key=lambda kp: kp[0])  # left to right as they lay in the whole
    gap = int(SPREAD * w / max(1, len(pieces) - 1))
    out = Image.new("RGBA", (sum(p.width for _, p in pieces) + gap * len(pieces) + 1, h + 1), (0, 0, 0, 0))
    x = 0
    for _, piece in pieces:
        out.alpha_composite(piece, (x, out.height - piece.height))
        x += piece.width + gap
    return out.crop(out.getbbox() or (0, 0, out.width, out.height))
