"""Colour helpers for drawing characters."""

from __future__ import annotations

from PIL import ImageColor

RGB = tuple[int, int, int]


def rgb(hex_color: str) -> RGB:
    try:
        r, g, b = ImageColor.getrgb(hex_color)[:3]
    except ValueError:
        return (128, 128, 128)
    return (r, g, b)


def shade(color: RGB, factor: float) -> RGB:
    r, g, b = (int(max(0, min(255, c * factor))) for c in color)
    return r, g, b


def mix(a: RGB, b: RGB, t: float) -> RGB:
    red, green, blue = (int(round(x + (y - x) * t)) for x, y in zip(a, b, strict=True))
    return red, green, blue


def lit(color: RGB, light: tuple[float, float, float]) -> RGB:
    """A colour under a scene's light (each channel multiplied)."""
    r, g, b = (int(v * k) for v, k in zip(color, light, strict=True))
    return r, g, b


def rgba(color: RGB, alpha: int = 255) -> tuple[int, int, int, int]:
    return (*color, alpha)
