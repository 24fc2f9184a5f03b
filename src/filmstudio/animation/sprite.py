"""Sprites: RGBA pictures split, when made, into an opaque core (copied through a mask, which is fast)
and the few soft edge pixels (alpha-blended by index), so a blit touches only what the sprite covers;
and frames made of sprites over a plate, redrawn only where their sprites changed."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image


@dataclass(frozen=True)
class Sprite:
    rgb: np.ndarray  # uint8 H×W×3
    core: np.ndarray  # uint8 H×W: 1 where fully opaque
    edge_y: np.ndarray  # rows and columns of partly transparent pixels
    edge_x: np.ndarray
    edge_alpha: np.ndarray  # float32 N×1 in (0, 1)
    ox: int  # the sprite's anchor, in its own pixels
    oy: int
    edge_rgb: np.ndarray  # uint8 N×3: the colours of those pixels, gathered once

    @classmethod
    def from_image(cls, image: Image.Image, anchor: tuple[float, float]) -> Sprite:
        rgba = np.asarray(image.convert("RGBA"))
        alpha = rgba[..., 3]
        ys, xs = (i.astype(np.int32) for i in np.nonzero((alpha > 0) & (alpha < 255)))  # half of int64
        return cls(
            np.ascontiguousarray(rgba[..., :3]),
            (alpha == 255).astype(np.uint8),
            ys,
            xs,
            (alpha[ys, xs].astype(np.float32) / 255.0)[:, None],
            int(round(anchor[0])),
            int(round(anchor[1])),
            np.ascontiguousarray(rgba[ys, xs, :3]),
        )

    @property
    def size(self) -> tuple[int, int]:
        return self.rgb.shape[1], self.rgb.shape[0]


def blit(frame: np.ndarray, sprite: Sprite, x: float, y: float, clip: tuple[int, int, int, int] | None = None) -> None:
    """Draw the sprite with its anchor at (x, y), clipped to the frame (and to the box `clip`, left, top,
    right, bottom, where one is given), in place."""
    h, w = sprite.rgb.shape[:2]
    x0, y0 = int(round(x)) - sprite.ox, int(round(y)) - sprite.oy
    left, top, right, bottom = clip or (0, 0, frame.shape[1], frame.shape[0])
    fx0, fy0 = max(left, x0), max(top, y0)
    fx1, fy1 = min(right, x0 + w), min(bottom, y0 + h)
    if fx1 <= fx0 or fy1 <= fy0:
        return
    sx0, sy0 = fx0 - x0, fy0 - y0
    sx1, sy1 = sx0 + (fx1 - fx0), sy0 + (fy1 - fy0)
    region = frame[fy0:fy1, fx0:fx1]
    cv2.copyTo(sprite.rgb[sy0:sy1, sx0:sx1], sprite.core[sy0:sy1, sx0:sx1], region)
    ey, ex, a, colour = sprite.edge_y, sprite.edge_x, sprite.edge_alpha, sprite.edge_rgb
    if (sx0, sy0, sx1, sy1) != (0, 0, w, h):  # clipped: only the edge pixels inside the frame
        lo, hi = np.searchsorted(ey, (sy0, sy1))  # the edge pixels are in row order
        ey, ex, a, colour = ey[lo:hi], ex[lo:hi], a[lo:hi], colour[lo:hi]
        if sx0 > 0 or sx1 < w:
            inside = (ex >= sx0) & (ex < sx1)
            ey, ex, a, colour = ey[inside], ex[inside], a[inside], colour[inside]
    if not ey.size:
        return
    if frame.flags.c_contiguous:  # one flat index: a third of the time of indexing rows and columns
        pixels = frame.reshape(-1, frame.shape[2])
        at = (ey + y0) * frame.shape[1] + (ex + x0)
        under = pixels[at].astype(np.float32)
        pixels[at] = (under + (colour - under) * a).astype(np.uint8)
        return
    ty, tx = ey + y0, ex + x0
    under = frame[ty, tx].astype(np.float32)
    frame[ty, tx] = (under + (colour - under) * a).astype(np.uint8)


Part = tuple[Sprite, int, int]  # a sprite and where its anchor lands, in whole pixels


@dataclass
class _Held:
    frame: np.ndarray
    plate: np.ndarray
    parts: list[Part]  # kept: their sprites stay alive, so their ids stay theirs
    key: list[tuple[int, int, int]]


class Painter:
    """Frames of sprites over a plate, drawn into two arrays by turns. A frame is redrawn only where its
    sprites differ from those its array last held: there the plate is put back and every sprite drawn
    over it again, clipped, which is the picture a whole redraw makes. An unchanged frame is the same
    array again. A frame stays as it is while the next one is drawn, no longer."""

    def __init__(self) -> None:
        self._held: list[_Held] = []
        self._shown: _Held | None = None
        # where the frame last drawn differs from the one before it (None: anywhere), for whoever converts
        # the frames on (media/frames.py converts only those boxes to I420)
        self.changed: list[tuple[int, int, int, int]] | None = None

    def draw(self, plate: np.ndarray, parts: list[Part]) -> np.ndarray:
        key = [(id(sprite), x, y) for sprite, x, y in parts]
        shown = self._shown
        if shown is not None and shown.plate is plate and shown.key == key:
            self.changed = []
            return shown.frame
        self.changed = _differences(shown, plate, parts, key)
        spare = next((held for held in self._held if held is not shown), None)
        if spare is None:
            spare = _Held(plate.copy(), plate, [], [])
            self._held.append(spare)
            _draw_all(spare.frame, parts)
        elif spare.plate is not plate or len(spare.key) != len(key):
            np.copyto(spare.frame, plate)
            _draw_all(spare.frame, parts)
        else:
            height, width = plate.shape[:2]
            changed = [
                _box(*part, width, height)
                for old, new, before in zip(spare.key, parts, spare.parts, strict=True)
                if old != (id(new[0]), new[1], new[2])
                for part in (before, new)
            ]
            for box in _merged(changed):
                x0, y0, x1, y1 = box
                np.copyto(spare.frame[y0:y1, x0:x1], plate[y0:y1, x0:x1])
                _draw_all(spare.frame, parts, box)  # the whole frame, clipped: one flat index, not a view's two
        spare.plate, spare.parts, spare.key = plate, parts, key
        self._shown = spare
        return spare.frame


def _differences(
    shown: _Held | None, plate: np.ndarray, parts: list[Part], key: list[tuple[int, int, int]]
) -> list[tuple[int, int, int, int]] | None:
    """The boxes where a frame of `parts` over `plate` differs from the frame `shown` (None: anywhere)."""
    if shown is None or shown.plate is not plate or len(shown.key) != len(key):
        return None
    height, width = plate.shape[:2]
    return _merged(
        [
            _box(*part, width, height)
            for old, new, before in zip(shown.key, parts, shown.parts, strict=True)
            if old != (id(new[0]), new[1], new[2])
            for part in (before, new)
        ]
    )


def _draw_all(frame: np.ndarray, parts: list[Part], clip: tuple[int, int, int, int] | None = None) -> None:
    """Every sprite, back to front, on `frame`, inside the box `clip` where one is given."""
    for sprite, x, y in parts:
        blit(frame, sprite, x, y, clip)


def _box(sprite: Sprite, x: int, y: int, width: int, height: int) -> tuple[int, int, int, int]:
    """What the sprite covers with its anchor at (x, y), inside the frame."""
    h, w = sprite.rgb.shape[:2]
    x0, y0 = x - sprite.ox, y - sprite.oy
    return max(0, x0), max(0, y0), min(width, x0 + w), min(height, y0 + h)


def _merged(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The boxes, those that overlap joined into one (so nothing is drawn twice)."""
    out = [b for b in boxes if b[2] > b[0] and b[3] > b[1]]
    joined = True
    while joined:
        joined = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                a, b = out[i], out[j]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    out[i] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    del out[j]
                    joined = True
                    break
            if joined:
                break
    return out
