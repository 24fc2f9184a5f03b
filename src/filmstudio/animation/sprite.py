"""Sprites: RGBA pictures split, when made, into an opaque core (copied through a mask, which is fast)
and the few soft edge pixels (alpha-blended by index), so a blit touches only what the sprite covers."""

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

    @classmethod
    def from_image(cls, image: Image.Image, anchor: tuple[float, float]) -> Sprite:
        rgba = np.asarray(image.convert("RGBA"))
        alpha = rgba[..., 3]
        ys, xs = np.nonzero((alpha > 0) & (alpha < 255))
        return cls(
            np.ascontiguousarray(rgba[..., :3]),
            (alpha == 255).astype(np.uint8),
            ys,
            xs,
            (alpha[ys, xs].astype(np.float32) / 255.0)[:, None],
            int(round(anchor[0])),
            int(round(anchor[1])),
        )

    @property
    def size(self) -> tuple[int, int]:
        return self.rgb.shape[1], self.rgb.shape[0]


def blit(frame: np.ndarray, sprite: Sprite, x: float, y: float) -> None:
    """Draw the sprite with its anchor at (x, y), clipped to the frame, in place."""
    h, w = sprite.rgb.shape[:2]
    x0, y0 = int(round(x)) - sprite.ox, int(round(y)) - sprite.oy
    fx0, fy0 = max(0, x0), max(0, y0)
    fx1, fy1 = min(frame.shape[1], x0 + w), min(frame.shape[0], y0 + h)
    if fx1 <= fx0 or fy1 <= fy0:
        return
    sx0, sy0 = fx0 - x0, fy0 - y0
    sx1, sy1 = sx0 + (fx1 - fx0), sy0 + (fy1 - fy0)
    region = frame[fy0:fy1, fx0:fx1]
    cv2.copyTo(sprite.rgb[sy0:sy1, sx0:sx1], sprite.core[sy0:sy1, sx0:sx1], region)
    ey, ex = sprite.edge_y, sprite.edge_x
    inside = (ey >= sy0) & (ey < sy1) & (ex >= sx0) & (ex < sx1)
    if not inside.any():
        return
    ey, ex, a = ey[inside], ex[inside], sprite.edge_alpha[inside]
    ty, tx = ey + y0, ex + x0
    under = frame[ty, tx].astype(np.float32)
    frame[ty, tx] = (under + (sprite.rgb[ey, ex] - under) * a).astype(np.uint8)
