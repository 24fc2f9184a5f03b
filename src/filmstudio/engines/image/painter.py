"""The offline illustrator: paints a scene from its setting, time of day, weather, mood and style.

Layers are drawn back to front with PIL at twice the size and scaled down (anti-aliasing); gradients,
grading and texture are numpy. The same spec and seed always give the same picture.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from filmstudio.assets import INSTALL_HINT
from filmstudio.engines.image.base import DrawnThing, PaintedScene, SceneSpec
from filmstudio.engines.image.palette import SKY, STYLES, WEATHER_GREY, grade_factors
from filmstudio.engines.image.settings import HEIGHT_VIEWS, INSIDE_VIEWS, SETTINGS, draw_setting
from filmstudio.engines.image.settings.outside import weather_outside
from filmstudio.engines.image.things import ThingLibrary, library_at, place_things
from filmstudio.script.scenes import INTERIOR_SETTINGS, classify_setting

log = logging.getLogger("filmstudio.painter")

SUPERSAMPLE = 2


class PainterEngine:
    name = "painter"

    def __init__(self, assets_dir: Path | None = None) -> None:
        self.library = library_at(assets_dir) if assets_dir is not None else None
        if self.library is not None and not self.library.available():
            log.warning("no things will be drawn: %s", INSTALL_HINT)
            self.library = None

    def render_scene(self, spec: SceneSpec, size: tuple[int, int], out: Path) -> None:
        self.paint_scene(spec, size).image.save(out, format="PNG", compress_level=1)

    def paint_scene(self, spec: SceneSpec, size: tuple[int, int]) -> PaintedScene:
        return paint_scene(spec, size, library=self.library)


def spec_seed(spec: SceneSpec) -> int:
    digest = hashlib.sha256(f"{spec.seed}|{spec.setting}|{spec.description}".encode()).digest()
    return int.from_bytes(digest[:8], "little")


def paint(spec: SceneSpec, size: tuple[int, int]) -> Image.Image:
    return paint_scene(spec, size).image


def paint_layers(spec: SceneSpec, size: tuple[int, int]) -> tuple[Image.Image, Image.Image | None]:
    painted = paint_scene(spec, size)
    return painted.image, painted.layer


def paint_scene(spec: SceneSpec, size: tuple[int, int], *, library: ThingLibrary | None = None) -> PaintedScene:
    """The picture with the things the scene names, its far layer for parallax (the sky alone, what lies
    behind the land, as RGB with the land's coverage as alpha; interiors have none), and where each
    thing stands."""
    spec = replace(spec, setting=known_setting(spec.setting, spec.description))
    width, height = size
    scale = SUPERSAMPLE if width * height <= 1920 * 1080 else 1
    w, h = width * scale, height * scale
    rng = np.random.default_rng(spec_seed(spec))
    time = spec.time_of_day if spec.time_of_day in SKY else "day"

    canvas = Image.fromarray(_sky(w, h, time, spec.weather), "RGB")
    draw = ImageDraw.Draw(canvas, "RGBA")
    horizon = int(h * (0.55 + rng.uniform(-0.05, 0.05)))
    inside = _is_interior(spec.setting) or (spec.interior and spec.setting in INSIDE_VIEWS)
    if not inside and spec.weather in OVERCAST:  # the sun, moon and stars are behind the clouds
        grey, alpha = OVERCAST[spec.weather]
        r, g, b = (int(c * (0.45 if time == "night" else 1.0)) for c in grey)
        _clouds(canvas, w, h, rng, count=int(rng.integers(9, 13)), fill=(r, g, b, alpha), scale=1.8)
    elif not inside:
        _celestial(draw, w, h, horizon, time, rng, spec.faced)
        if spec.weather in ("clear", "wind") and time != "night":
            _clouds(canvas, w, h, rng, count=int(rng.integers(2, 5)))
    far = canvas.copy() if not inside else None
    with weather_outside(spec.weather):  # indoors, the weather shows through the windows (settings/outside.py)
        draw_setting(canvas, spec.setting, w, h, horizon, time, rng, inside=inside)
    placed = []
    if library is not None and spec.things:
        things_rng = np.random.default_rng(spec_seed(spec) + 7)
        placed = place_things(
            canvas,
            list(spec.things),
            horizon=int(h * 0.62) if inside else horizon,
            interior=inside,
            rng=things_rng,
            library=library,
            time=time,
            setting=spec.setting,
            colours=dict(spec.colours),
            toys=frozenset(spec.toys),
        )
    things = [DrawnThing(p.key, (p.box[0] / w, p.box[1] / h, p.box[2] / w, p.box[3] / h)) for p in placed]
    if spec.weather in ("rain", "storm", "snow", "fog") and not inside:
        _weather(canvas, spec.weather, w, h, rng)
    land = None
    if far is not None:
        land = Image.fromarray(_changed(np.asarray(canvas), np.asarray(far)))
    style = spec.style if spec.style in STYLES else "cinematic"
    image = _finish(canvas, (width, height), time, spec, style, rng)
    if far is None or land is None:
        return PaintedScene(image, None, things)
    coverage = float(np.asarray(land).mean()) / 255
    if coverage > 0.97 or coverage < 0.03:
        return PaintedScene(image, None, things)
    layer = _finish(far, (width, height), time, spec, style, np.random.default_rng(spec_seed(spec) + 1))
    layer.putalpha(land.resize((width, height), Image.Resampling.BILINEAR) if land.size != (width, height) else land)
    return PaintedScene(image, layer, things)


def _changed(after: np.ndarray, before: np.ndarray) -> np.ndarray:
    """255 where any channel of the picture changed by more than 2 levels, else 0 (in uint8 throughout:
    a tenth of the time of the same sums in int16)."""
    diff = cv2.absdiff(after, before)
    most = np.maximum(np.maximum(diff[..., 0], diff[..., 1]), diff[..., 2])
    changed: np.ndarray = np.where(most > 2, np.uint8(255), np.uint8(0))
    return changed


def _finish(
    canvas: Image.Image,
    size: tuple[int, int],
    time: str,
    spec: SceneSpec,
    style: str,
    rng: np.random.Generator,
) -> Image.Image:
    pixels = np.asarray(canvas)
    if canvas.size != size:
        # the supersampled drawing averaged down (its anti-aliasing): a tenth of the time of Lanczos
        pixels = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)
    pixels = pixels.astype(np.float32)
    pixels = _grade(pixels, time, spec.mood, spec.weather)
    pixels = _style(pixels, style, rng)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


# Settings the analysis reads that the scenery library does not draw: the nearest it does.
DRAWN_AS: dict[str, str] = {
    "throne_room": "mansion",
    "ship_deck": "sea",
    "pantry": "kitchen",
    "battlefield": "landscape",
}


def known_setting(setting: str, description: str = "") -> str:
    """A setting the library draws: unknown names ("beach", "rainforest", "snowy_peaks") go to the
    nearest known one by the words in the name, then the description; failing both, the open landscape."""
    if setting in SETTINGS or setting in HEIGHT_VIEWS:
        return setting
    if setting in DRAWN_AS:
        return DRAWN_AS[setting]
    for text in (setting.replace("_", " ").replace("-", " "), description):
        named = classify_setting(text)
        if named != "landscape":
            return named if named in SETTINGS else DRAWN_AS.get(named, "landscape")
    return "landscape"


def _is_interior(setting: str) -> bool:
    return setting in INTERIOR_SETTINGS


# weather that covers the sky: the clouds' grey and opacity
OVERCAST = {"storm": ((78, 82, 94), 215), "rain": ((138, 143, 154), 190), "snow": ((210, 214, 222), 180)}


def _sky(w: int, h: int, time: str, weather: str) -> np.ndarray:
    top, bottom = (np.array(c, dtype=np.float32) for c in SKY[time])
    grey = WEATHER_GREY.get(weather, 0.0)
    if grey:
        overcast = np.array([150, 155, 165], dtype=np.float32) * (0.4 if time == "night" else 1.0)
        top, bottom = top * (1 - grey) + overcast * grey, bottom * (1 - grey) + overcast * grey
    t = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None] ** 0.8
    column = (top[None, :] * (1 - t) + bottom[None, :] * t).astype(np.uint8)
    sky = np.empty((h, w, 3), np.uint8)
    sky[:] = column[:, None, :]  # the column copied across, in bytes (not a float picture four times the size)
    return sky


def _celestial(
    draw: ImageDraw.ImageDraw, w: int, h: int, horizon: int, time: str, rng: np.random.Generator, faced: tuple[str, ...]
) -> None:
    """The stars and the moon at night, the sun by day; not the moon or the sun where it is a character of
    the scene (`faced`: the staging draws it with its face, animation/creatures.py)."""
    if time == "night":
        for _ in range(int(w * h / 6000)):
            x, y = rng.uniform(0, w), rng.uniform(0, horizon)
            r = rng.choice([1, 1, 1, 2]) * max(1, w // 1500)
            a = int(rng.uniform(120, 255))
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 240, a))
        cx, cy, r = w * rng.uniform(0.6, 0.85), h * rng.uniform(0.12, 0.25), h * 0.05
        if "moon" in faced:
            return
        for k in range(6, 0, -1):
            draw.ellipse(
                (cx - r * (1 + k * 0.4), cy - r * (1 + k * 0.4), cx + r * (1 + k * 0.4), cy + r * (1 + k * 0.4)),
                fill=(200, 210, 255, 10),
            )
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(245, 245, 230, 255))
        return
    height_frac = {"dawn": 0.85, "day": 0.25, "sunset": 0.8}[time]
    cx, cy = w * rng.uniform(0.25, 0.75), horizon * height_frac
    r = h * (0.07 if time != "day" else 0.05)
    color = {"dawn": (255, 210, 160), "day": (255, 250, 225), "sunset": (255, 170, 90)}[time]
    if "sun" in faced:
        return
    for k in range(10, 0, -1):
        g = r * (1 + k * 0.5)
        draw.ellipse((cx - g, cy - g, cx + g, cy + g), fill=(*color, 12))
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(*color, 255))


def _clouds(
    canvas: Image.Image,
    w: int,
    h: int,
    rng: np.random.Generator,
    *,
    count: int,
    fill: tuple[int, int, int, int] = (255, 255, 255, 150),
    scale: float = 1.0,
) -> None:
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        cx, cy = rng.uniform(0, w), rng.uniform(h * 0.05, h * 0.3)
        for _ in range(7):
            rx, ry = rng.uniform(w * 0.03, w * 0.07) * scale, rng.uniform(h * 0.02, h * 0.04) * scale
            x, y = cx + rng.uniform(-w * 0.06, w * 0.06) * scale, cy + rng.uniform(-h * 0.015, h * 0.015)
            draw.ellipse((x - rx, y - ry, x + rx, y + ry), fill=fill)
    paste_soft(canvas, layer, w / 300)


SOFT_SCALE = 4  # a soft layer is blurred at a quarter of its width and height: a sixteenth of the work


def paste_soft(canvas: Image.Image, layer: Image.Image, radius: float) -> None:
    """`layer` (RGBA, each channel blurred as PIL's GaussianBlur(radius) does) laid over the canvas.
    Only the box round what the layer draws is blurred, and that at a quarter of the size and scaled
    back up: the layer is soft, so the picture is the same to within a level or two."""
    pixels = np.asarray(layer)
    reach = -(-(int(np.ceil(3 * radius)) + 2 * SOFT_SCALE) // SOFT_SCALE) * SOFT_SCALE  # a whole number of blocks
    box = _drawn_box(pixels[..., 3], reach)
    if box is None:
        return
    x0, y0, x1, y1 = box
    # whole blocks of SOFT_SCALE: where the box meets the picture's edge, its last pixels repeated
    bottom, right = -(y1 - y0) % SOFT_SCALE, -(x1 - x0) % SOFT_SCALE
    crop = cv2.copyMakeBorder(pixels[y0:y1, x0:x1], 0, bottom, 0, right, cv2.BORDER_REPLICATE)
    soft = _blurred_small(crop, radius)[: y1 - y0, : x1 - x0]
    patch = Image.fromarray(np.ascontiguousarray(soft), "RGBA")
    canvas.paste(patch, (x0, y0), patch)


def _drawn_box(alpha: np.ndarray, reach: int) -> tuple[int, int, int, int] | None:
    """The box round every pixel the layer draws, widened by the blur's reach, its near sides on
    whole blocks of SOFT_SCALE."""
    rows, cols = np.flatnonzero(alpha.any(axis=1)), np.flatnonzero(alpha.any(axis=0))
    if not rows.size:
        return None
    h, w = alpha.shape
    k = SOFT_SCALE
    y0, x0 = max(0, (int(rows[0]) - reach) // k * k), max(0, (int(cols[0]) - reach) // k * k)
    y1, x1 = min(h, int(rows[-1]) + 1 + reach), min(w, int(cols[-1]) + 1 + reach)
    return x0, y0, x1, y1


def _blurred_small(pixels: np.ndarray, radius: float) -> np.ndarray:
    """The pixels (whole blocks of SOFT_SCALE high and wide) blurred by `radius`, a Gaussian's sigma,
    through a copy SOFT_SCALE times smaller."""
    h, w = pixels.shape[:2]
    k = SOFT_SCALE
    small = cv2.resize(pixels, (w // k, h // k), interpolation=cv2.INTER_AREA)
    # the shrinking and the enlarging soften a little themselves (about 2 px of sigma together)
    sigma = float(np.sqrt(max(radius**2 - 3.9, 0.25))) / k
    small = np.asarray(Image.fromarray(small, "RGBA").filter(ImageFilter.GaussianBlur(sigma)))  # PIL's own kernel
    big: np.ndarray = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    return big


def _weather(canvas: Image.Image, weather: str, w: int, h: int, rng: np.random.Generator) -> None:
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    if weather in ("rain", "storm"):
        length = h * 0.04
        for _ in range(int(w * h / 4000)):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            # streaks a frame shows at 720p too (thinner, fainter ones vanished in the scaling)
            draw.line((x, y, x - length * 0.25, y + length), fill=(185, 195, 215, 105), width=max(2, w // 1100))
        if weather == "storm":
            x = rng.uniform(w * 0.2, w * 0.8)
            points: list[tuple[float, float]] = [(x, 0)]
            for i in range(1, 7):
                points.append((points[-1][0] + rng.uniform(-w * 0.03, w * 0.03), h * 0.08 * i))
            draw.line(points, fill=(255, 255, 240, 230), width=max(2, w // 500))
    elif weather == "snow":
        for _ in range(int(w * h / 3000)):
            x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(1, 3) * w / 1920
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, 200))
    elif weather == "fog":
        fog = np.zeros((h, w, 4), dtype=np.uint8)
        fog[..., :3] = 220
        fog[..., 3] = (np.linspace(60, 150, h, dtype=np.float32)[:, None]).astype(np.uint8)
        layer = Image.fromarray(fog, "RGBA")
    canvas.paste(layer, (0, 0), layer)


def _grade(pixels: np.ndarray, time: str, mood: str, weather: str) -> np.ndarray:
    return pixels * np.array(grade_factors(time, mood, weather), dtype=np.float32)


TEAL_SHADOWS = np.array([-8, 4, 14], dtype=np.float32)
WARM_HIGHLIGHTS = np.array([10, 4, -6], dtype=np.float32)
CONTRAST = 1.12


def _cinematic(pixels: np.ndarray, vignette: np.ndarray) -> np.ndarray:
    """Teal shadows and warm highlights (weighed by how dark each pixel is: fully at black, none from mid
    grey up), more contrast, darker corners. The shift is linear in the colour below mid grey and constant
    above it, so the whole grade is one of two affine colour maps per pixel (OpenCV's transform): a
    quarter of the time of array arithmetic on a 1080p picture."""
    shift = TEAL_SHADOWS - WARM_HIGHLIGHTS  # what darkness adds, from the highlights' warm shift
    # dark (lum < 128): p + WARM + shift * (1 - lum/128), lum = mean of the channels; then contrast
    dark = np.zeros((3, 4), np.float32)
    dark[:, :3] = np.eye(3, dtype=np.float32) - shift[:, None] / (3 * 128)
    dark[:, 3] = WARM_HIGHLIGHTS + shift
    light = np.zeros((3, 4), np.float32)
    light[:, :3] = np.eye(3, dtype=np.float32)
    light[:, 3] = WARM_HIGHLIGHTS
    for m in (dark, light):
        m *= CONTRAST
        m[:, 3] += 128 * (1 - CONTRAST)
    lum = cv2.transform(pixels, np.full((1, 3), 1 / 3, np.float32))
    out = cv2.transform(pixels, light)
    cv2.copyTo(cv2.transform(pixels, dark), (lum < 128).view(np.uint8), out)
    out *= vignette
    return out


def _vignette(h: int, w: int, strength: float) -> np.ndarray:
    y = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    x = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    darkening: np.ndarray = (1.0 - strength * np.clip(x * x + y * y - 0.3, 0, None))[..., None]
    return darkening


def _style(pixels: np.ndarray, style: str, rng: np.random.Generator) -> np.ndarray:
    h, w = pixels.shape[:2]
    if style == "cinematic":
        return _cinematic(pixels, _vignette(h, w, 0.35))
    if style == "cartoon":
        mean = pixels.mean(axis=2, keepdims=True)
        pixels = mean + (pixels - mean) * 1.45  # saturated
        edges = np.asarray(
            Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).convert("L").filter(ImageFilter.FIND_EDGES),
            dtype=np.float32,
        )
        ink = (edges > 24)[..., None]
        return np.where(ink, pixels * 0.25, np.round(pixels / 24) * 24)
    if style == "watercolor":
        img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(w / 400))
        soft = np.asarray(img, dtype=np.float32)
        mean = soft.mean(axis=2, keepdims=True)
        soft = mean + (soft - mean) * 0.75
        # paper grain: fine noise, softened so it reads as fibre rather than sensor noise
        grain = rng.normal(0, 1, (h // 2 + 1, w // 2 + 1)).astype(np.float32)
        fibre = np.asarray(cv2.GaussianBlur(cv2.resize(grain, (w, h), interpolation=cv2.INTER_LINEAR), (0, 0), 1.2))
        painted: np.ndarray = soft * 0.85 + 255 * 0.15 + fibre[..., None] * 4
        return painted
    # minimal: a few flat poster colours, chosen from the picture itself so hues stay true
    mean = pixels.mean(axis=2, keepdims=True)
    soft = np.clip(mean + (pixels - mean) * 1.1, 0, 255).astype(np.uint8)
    flat = Image.fromarray(soft).quantize(colors=12, method=Image.Quantize.FASTOCTREE).convert("RGB")
    return np.asarray(flat, dtype=np.float32)
