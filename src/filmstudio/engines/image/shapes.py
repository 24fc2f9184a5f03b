"""Shapes and shading the painter and the scenery library share."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw

RGB = tuple[int, int, int]
# A setting's painter is given the picture, a pen on it, the picture's width and height, the horizon's
# height, the time of day and the scene's random numbers (scenery.SETTINGS holds one per setting).
Picture = Image.Image
Pen = ImageDraw.ImageDraw
Rng = np.random.Generator
Draw = Callable[[Picture, Pen, int, int, int, str, Rng], None]


def shade(color: RGB, factor: float) -> RGB:
    r, g, b = (int(max(0, min(255, c * factor))) for c in color)
    return r, g, b


def night_factor(time: str) -> float:
    """How much a time of day darkens the ground: night most, dawn and sunset a little."""
    return 0.45 if time == "night" else (0.8 if time in ("dawn", "sunset") else 1.0)


def ridge(w: int, rng: np.random.Generator, *, base: float, rough: float, points: int = 9) -> list[float]:
    """A mountain or hill skyline by midpoint displacement: heights at `points`+1 evenly spaced x."""
    heights = [base + rng.uniform(-rough, rough), base + rng.uniform(-rough, rough)]
    spread = rough
    while len(heights) < points + 1:
        out = [heights[0]]
        for a, b in zip(heights, heights[1:], strict=False):
            out.extend([(a + b) / 2 + rng.uniform(-spread, spread), b])
        heights = out
        spread *= 0.55
    step = (len(heights) - 1) / points
    return [heights[int(round(i * step))] for i in range(points + 1)]


def ridge_polygon(w: int, h: int, heights: list[float]) -> list[tuple[float, float]]:
    """The ground below a skyline, as a polygon closed along the bottom edge."""
    step = w / (len(heights) - 1)
    return [(0, h)] + [(i * step, y) for i, y in enumerate(heights)] + [(w, h)]
