"""The weather seen through a room's windows. Indoors the painter draws no rain over the picture (it would
fall on the sofa); the storm, the snow or the fog the story is in shows through the windows instead: their
panes greyed as the sky is, with rain streaking or snow falling behind the glass. A room without windows
tells the weather by its sound only (engines/music/sfx.py).

The painter says what weather is outside while it draws a setting (`weather_outside`); the drawing functions
keep their one signature."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import numpy as np
from PIL import ImageDraw

from filmstudio.engines.image.palette import SKY, WEATHER_GREY
from filmstudio.engines.image.shapes import RGB

OUTSIDE: ContextVar[str] = ContextVar("outside", default="clear")
_OVERCAST: RGB = (150, 155, 165)


@contextmanager
def weather_outside(weather: str) -> Iterator[None]:
    """While a setting is drawn: the weather its windows show."""
    token = OUTSIDE.set(weather)
    try:
        yield
    finally:
        OUTSIDE.reset(token)


def outside_sky(time: str) -> tuple[RGB, RGB]:
    """The sky's top and horizon colours at this hour, greyed by the weather outside (as painter._sky greys
    the open sky)."""
    top, bottom = SKY.get(time, SKY["day"])
    grey = WEATHER_GREY.get(OUTSIDE.get(), 0.0)
    if not grey:
        return top, bottom
    dim = 0.4 if time == "night" else 1.0
    over = tuple(c * dim for c in _OVERCAST)

    def mix(colour: RGB) -> RGB:
        r, g, b = (int(a * (1 - grey) + o * grey) for a, o in zip(colour, over, strict=True))
        return r, g, b

    return mix(top), mix(bottom)


def weather_in_pane(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], weather: str) -> None:
    """Rain streaks, snowflakes or a pale fog inside a window's box (drawn before its frame)."""
    x0, y0, x1, y1 = box
    w, h = max(1.0, x1 - x0), max(1.0, y1 - y0)
    rng = np.random.default_rng(int(x0 * 7 + y0 * 13 + x1 * 17 + y1 * 19) & 0xFFFFFFFF)
    if weather in ("rain", "storm"):
        length = h * 0.14
        for _ in range(int(w * h / 260) + 6):
            x, y = rng.uniform(x0, x1), rng.uniform(y0, y1 - length)
            draw.line((x, y, x - length * 0.2, y + length), fill=(215, 222, 235), width=max(1, int(w / 160)))
        if weather == "storm":  # a bolt far off
            x = rng.uniform(x0 + w * 0.3, x1 - w * 0.3)
            points = [(x, y0)]
            for k in range(1, 5):
                points.append((points[-1][0] + rng.uniform(-w * 0.08, w * 0.08), y0 + h * 0.15 * k))
            draw.line(points, fill=(255, 255, 235), width=max(2, int(w / 80)))
    elif weather == "snow":
        for _ in range(int(w * h / 180) + 8):
            x, y, r = rng.uniform(x0, x1), rng.uniform(y0, y1), rng.uniform(0.006, 0.014) * w
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(250, 250, 255))
    elif weather == "fog":
        draw.rectangle((x0, y0, x1, y1), fill=(215, 218, 222, 170))
