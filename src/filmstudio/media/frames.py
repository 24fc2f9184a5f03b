"""Frames of the film made in numpy: slow camera moves over each scene's still (sub-pixel, by affine
warp) or the scene's characters acting (filmstudio.animation.player), crossfades between scenes, and an
optional watermark, converted to I420 for the encoder. A frame the same as the one before (the same
picture, nothing fading) is converted once and sent again as it was."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from filmstudio.media.burn import BurnedCue, burn
from filmstudio.media.i420 import I420Turns

CROSSFADE = 0.6  # seconds


@dataclass(frozen=True)
class Move:
    """A camera move across a scene: zoom and centre (fractions of the frame) at its start and end."""

    zoom0: float
    zoom1: float
    cx0: float
    cy0: float
    cx1: float
    cy1: float


def move_for(index: int, seed: int) -> Move:
    rng = np.random.default_rng(seed * 1000 + index)
    kind = (index + seed) % 3
    if kind == 0:  # push in
        return Move(1.0, 1.12, 0.5, 0.5, 0.5 + rng.uniform(-0.04, 0.04), 0.5 + rng.uniform(-0.03, 0.03))
    if kind == 1:  # pull out
        return Move(1.12, 1.0, 0.5 + rng.uniform(-0.04, 0.04), 0.48, 0.5, 0.5)
    direction = rng.choice([-1.0, 1.0])  # pan across
    return Move(1.1, 1.1, 0.5 - 0.04 * direction, 0.5, 0.5 + 0.04 * direction, 0.5)


def narration_move(kind: str, box: tuple[float, float, float, float] | None, index: int, seed: int) -> Move:
    """The view for a shot of a narrated scene: an insert pushes in on its thing (framed so it fills
    about half the height); the others look at a part of the setting, left, right or whole, by turns."""
    if kind == "insert" and box is not None:
        left, top, right, bottom = box
        cx, cy = (left + right) / 2, (top + bottom) / 2
        zoom = float(np.clip(0.5 / max(0.05, bottom - top), 1.3, 2.6))
        return Move(zoom * 0.9, zoom, cx, cy, cx, cy)
    views = (
        (1.25, 0.32, 0.55, 1.3, 0.38, 0.55),
        (1.25, 0.68, 0.55, 1.3, 0.62, 0.52),
        (1.0, 0.5, 0.5, 1.1, 0.5, 0.55),
        (1.3, 0.45, 0.6, 1.2, 0.55, 0.55),
    )
    if kind == "establishing":
        return move_for(index, seed)
    z0, x0, y0, z1, x1, y1 = views[(index + seed) % len(views)]
    return Move(z0, z1, x0, y0, x1, y1)


class ScenePlayer(Protocol):
    """A scene that can draw any of its moments (and the half crossfade beyond its ends)."""

    @property  # read-only here: a shifted player (pipeline/segments.py) computes them
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...

    def frame(self, t: float, frame_no: int = -1) -> np.ndarray: ...


PARALLAX = 0.4  # the sky moves this much of what the land moves


def padded(image: np.ndarray) -> np.ndarray:
    """An RGB picture with a fourth channel (padding, never shown): OpenCV warps four channels a tenth
    faster than three, to the same values."""
    return cv2.cvtColor(image, cv2.COLOR_RGB2RGBA) if image.shape[2] == 3 else image


@dataclass
class SceneClip:
    """A scene nobody appears in: the still under a slow camera move. With a backdrop (the sky alone,
    and where the land covers it) the land moves over a slower sky: parallax. Its frames have the
    image's channels: RGB, or RGB and padding (`padded`), which warps twice as fast."""

    image: np.ndarray  # RGB (or padded RGB) uint8 at frame size
    start: float
    end: float
    move: Move
    backdrop: np.ndarray | None = None  # RGBA uint8 at frame size
    cut: bool = False  # cut to this view from the one before (another shot of the same scene), not dissolve

    def __post_init__(self) -> None:
        self._sky: np.ndarray | None = None
        self._open_sky: np.ndarray | None = None
        m = self.move
        self._still = (m.zoom0, m.cx0, m.cy0) == (m.zoom1, m.cx1, m.cy1)  # no camera move: one view
        self._shown: np.ndarray | None = None
        if self.backdrop is not None:
            h, w = self.image.shape[:2]
            # the sky is soft: warped at half size, which costs a quarter; with as many channels as the
            # picture (a padded picture's fourth is the land's cover, never shown)
            sky = self.backdrop if self.image.shape[2] == 4 else np.ascontiguousarray(self.backdrop[..., :3])
            self._sky = cv2.resize(sky, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
            self._open_sky = (self.backdrop[..., 3] < 128).astype(np.uint8)  # where no land covers it
            sky_rows = np.flatnonzero(self._open_sky.any(axis=1))
            self._sky_bottom = int(sky_rows[-1]) + 1 if sky_rows.size else 0

    def picture(self, t: float) -> np.ndarray:
        """The still as it is at time t (a painted scene's faces speak: media/painted.py)."""
        return self.image

    def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
        picture = self.picture(t)
        if self._still and picture is self.image and self._shown is not None:
            return self._shown  # the same view of the same picture
        shown = self._view(picture, t)
        if self._still and picture is self.image:
            self._shown = shown
        return shown

    def _view(self, picture: np.ndarray, t: float) -> np.ndarray:
        size = (self.image.shape[1], self.image.shape[0])
        zoom, cx, cy = _camera(self, t)
        near = _warp(picture, zoom, cx, cy, size, cv2.INTER_LINEAR)
        if self._sky is None or self._open_sky is None:
            return near
        # only the band of rows where sky can show is composed: down to where the picture's lowest sky
        # row lands in this view
        matrix = _view_matrix(self.image.shape, zoom, cx, cy, size)
        band = min(size[1], int(np.ceil(matrix[1, 1] * self._sky_bottom + matrix[1, 2])) + 2)
        if band <= 0:
            return near
        far_zoom = 1.0 + (zoom - 1.0) * PARALLAX
        far_cx, far_cy = 0.5 + (cx - 0.5) * PARALLAX, 0.5 + (cy - 0.5) * PARALLAX
        # the half-size sky straight to the frame's size: one warp, a third of warping at half size and
        # doubling
        far = _view_matrix(self._sky.shape, far_zoom, far_cx, far_cy, size)
        top = cv2.warpAffine(self._sky, far, (size[0], band), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        open_sky = cv2.warpAffine(
            self._open_sky, matrix, (size[0], band), flags=cv2.INTER_NEAREST, borderMode=cv2.BORDER_REPLICATE
        )
        cv2.copyTo(top, open_sky, near[:band])
        return near


@dataclass
class ShotWindow:
    """One shot's stretch of a longer player (the people of a narrated scene, between its inserts)."""

    player: ScenePlayer
    start: float
    end: float
    cut: bool = False

    def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
        return self.player.frame(min(max(t, self.start), self.end - 1e-3), frame_no)


def _ease(t: float) -> float:
    return t * t * (3 - 2 * t)


def _camera(clip: SceneClip, t: float) -> tuple[float, float, float]:
    """Zoom and view centre (fractions of the picture) at time t."""
    span = max(clip.end - clip.start, 1e-6)
    p = _ease(min(1.0, max(0.0, (t - clip.start) / span)))
    m = clip.move
    return m.zoom0 + (m.zoom1 - m.zoom0) * p, m.cx0 + (m.cx1 - m.cx0) * p, m.cy0 + (m.cy1 - m.cy0) * p


def _warp(
    image: np.ndarray, zoom: float, cx: float, cy: float, size: tuple[int, int], interpolation: int
) -> np.ndarray:
    matrix = _view_matrix(image.shape, zoom, cx, cy, size)
    # the view stays inside the picture, so a sample reaches at most one pixel past its edge, where
    # replicating and reflecting the border agree; OpenCV's vector path takes replication (not
    # reflection): a 1080p frame in 1.2 ms instead of 4.7 (4 channels; 1.3 instead of 12 for 3), its
    # values within one level of the other path's
    return cv2.warpAffine(image, matrix, size, flags=interpolation, borderMode=cv2.BORDER_REPLICATE)


def _view_matrix(shape: tuple[int, ...], zoom: float, cx: float, cy: float, size: tuple[int, int]) -> np.ndarray:
    """The affine map from a picture to the view of it at this zoom and centre (fractions)."""
    width, height = size
    ih, iw = shape[:2]
    scale = zoom * width / iw  # the picture may be smaller than the output (the half-size sky)
    x, y = cx * iw, cy * ih
    # keep the view inside the picture
    half_w, half_h = width / (2 * scale), height / (2 * scale)
    x = min(max(x, half_w), iw - half_w)
    y = min(max(y, half_h), ih - half_h)
    return np.array([[scale, 0, width / 2 - scale * x], [0, scale, height / 2 - scale * y]], dtype=np.float32)


def watermark_patch(text: str, height: int) -> tuple[np.ndarray, np.ndarray]:
    """The watermark as an RGB patch and its alpha (0..1), drawn once."""
    size = max(14, height // 30)
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", size)
    except OSError:
        font = ImageFont.load_default()
    box = font.getbbox(text)
    w, h = int(box[2] - box[0]) + size, int(box[3] - box[1]) + size  # whole pixels (the box is of ints)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=size // 3, fill=(0, 0, 0, 90))
    draw.text((size // 2 - box[0], size // 2 - box[1]), text, font=font, fill=(255, 255, 255, 200))
    arr = np.asarray(img).astype(np.float32)
    return arr[..., :3], arr[..., 3:] / 255.0


def frames(
    clips: Sequence[ScenePlayer],
    *,
    duration: float,
    fps: int,
    size: tuple[int, int],
    watermark: str | None,
    window: tuple[int, int] | None = None,
    origin: int = 0,
    subtitles: Sequence[BurnedCue] = (),
) -> Iterator[memoryview]:
    """The film's frames `window` (first, one past the last; all of them by default) as I420 bytes, in
    order. The clips' times count from frame `origin`, so a segment drawn with its own first scene at 0
    is the same wherever that scene stands in the film. Clips may draw RGB or padded RGB (`padded`).
    `subtitles` (timed in the film's seconds) are burned into each frame they show in.
    Each frame's bytes are a view of one of two arrays converted into by turns, valid until the next
    frame is asked for: a new 3 MB array or bytes object per frame costs more in page faults (the
    kernel clearing fresh memory) than the conversion itself."""
    width, height = size
    total = int(round(duration * fps))
    first, end = window or (0, total)
    mark = watermark_patch(watermark, height) if watermark else None
    last: tuple[np.ndarray, tuple[int, ...], memoryview] | None = None  # the last plain frame, its cues, bytes
    turns = I420Turns(width, height)
    converted_from: int | None = None  # the clip whose own frame was converted last (not a blend of it)
    for n in range(first, end):
        t = (n - origin) / fps
        index = _clip_at(clips, t)
        frame = clips[index].frame(t, n)
        drawn = frame
        boundary = clips[index].end
        if index + 1 < len(clips) and t > boundary - CROSSFADE / 2 and not getattr(clips[index + 1], "cut", False):
            alpha = (t - (boundary - CROSSFADE / 2)) / CROSSFADE
            frame = _mix(frame, clips[index + 1].frame(t, n), alpha)
        elif index > 0 and t < clips[index].start + CROSSFADE / 2 and not getattr(clips[index], "cut", False):
            alpha = 0.5 + (t - clips[index].start) / CROSSFADE
            frame = _mix(clips[index - 1].frame(t, n), frame, alpha)
        if n < fps // 2 or n >= total - fps // 2:  # fade from and to black at the ends
            edge = min(n, total - 1 - n) / max(1, fps // 2)
            frame = cv2.convertScaleAbs(frame, alpha=_ease(min(1.0, edge)))  # a tenth of numpy's float time
        plain = frame is drawn  # neither crossfading nor fading
        shown = tuple(k for k, cue in enumerate(subtitles) if cue.shows_at(n / fps))
        if plain and last is not None and last[0] is drawn and last[1] == shown:
            yield last[2]  # the player drew nothing new: the same bytes again
            continue
        if mark is not None:
            rgb, alpha_m = mark
            ph, pw = rgb.shape[:2]
            y0, x0 = height - ph - height // 30, width - pw - width // 40
            region = frame[y0 : y0 + ph, x0 : x0 + pw, :3].astype(np.float32)
            frame = frame.copy()
            frame[y0 : y0 + ph, x0 : x0 + pw, :3] = (region * (1 - alpha_m) + rgb * alpha_m).astype(np.uint8)
        own = plain and mark is None  # the clip's frame itself: what it says changed is what changed
        # a player that draws sprites over a plate says where its frame changed: only there is it converted
        changed = getattr(clips[index], "changed", None) if own and converted_from == index else None
        converted = turns.convert(frame, changed)
        converted_from = index if own else None
        for k in shown:
            burn(converted, subtitles[k], size)
            turns.drawn_over(subtitles[k].box)
        data = converted.data.cast("B")
        last = (drawn, shown, data) if plain else None
        yield data


def _mix(a: np.ndarray, b: np.ndarray, alpha: float) -> np.ndarray:
    """A crossfade's frame: `alpha` of b over a (RGB where one of them is padded and the other not)."""
    if a.shape[2] != b.shape[2]:
        a, b = (cv2.cvtColor(f, cv2.COLOR_RGBA2RGB) if f.shape[2] == 4 else f for f in (a, b))
    return cv2.addWeighted(a, 1.0 - alpha, b, alpha, 0.0)


def _clip_at(clips: Sequence[ScenePlayer], t: float) -> int:
    for i, clip in enumerate(clips):
        if t < clip.end:
            return i
    return len(clips) - 1
