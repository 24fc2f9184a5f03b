"""A drawn thing in the colour the script gives it: the picture's own body colours (its saturated mid
tones: a cat's orange fur, a car's red paint) turned to that colour with their shading kept; outlines,
eyes and highlights (near black, near white, greys) stay as drawn."""

from __future__ import annotations

import colorsys
import re
from collections import Counter

HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9a-fA-F])")
SHADING = 0.7  # how much of the body's light-to-dark range the new colour keeps


def _rgb(code: str) -> tuple[float, float, float]:
    if len(code) == 3:
        code = "".join(c * 2 for c in code)
    r, g, b = (int(code[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, v)) * 255):02x}" for v in rgb)


def body_colours(svg: str) -> Counter[str]:
    """The picture's body colours and how often each is used."""
    used = Counter(code.lower() for code in HEX.findall(svg))
    body: Counter[str] = Counter()
    for code, count in used.items():
        hue, light, saturation = colorsys.rgb_to_hls(*_rgb(code))
        if saturation > 0.2 and 0.12 < light < 0.9:
            body[code] = count
    return body


def recolour(svg: str, rgb: tuple[int, int, int]) -> str:
    body = body_colours(svg)
    if not body:
        return svg
    weights = sum(body.values())
    mean_light = sum(colorsys.rgb_to_hls(*_rgb(c))[1] * n for c, n in body.items()) / weights
    hue, light, saturation = colorsys.rgb_to_hls(*(v / 255 for v in rgb))
    mapping = {}
    for code in body:  # keys are the codes as written, lower-cased, without "#"
        own = colorsys.rgb_to_hls(*_rgb(code))[1]
        new_light = min(0.97, max(0.04, light + (own - mean_light) * SHADING))
        mapping[code] = _hex(colorsys.hls_to_rgb(hue, new_light, saturation))
    return HEX.sub(lambda m: mapping.get(m.group(1).lower(), m.group(0)), svg)
