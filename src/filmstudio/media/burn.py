"""Subtitles burned into the film's frames. Each cue is drawn once by libass (ffmpeg's ass filter, with
complex shaping, as the encoder drew them before) over black and over white: over black a pixel is the
letters' colour times their cover, over white that plus the white they let through, which gives both
exactly. Each frame the cue shows in then gets it blended into its I420 planes, in the box the letters
cover only: 0.3 ms a 1080p frame, where the encoder's ass filter spent 2 ms blending the same letters."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from filmstudio.errors import EngineNotInstalled, ToolFailed
from filmstudio.media import ffmpeg
from filmstudio.media.i420 import planes
from filmstudio.media.subtitles import Cue, to_ass


@dataclass
class BurnedCue:
    """A cue's letters as libass drew them, ready to blend into an I420 frame."""

    start: float  # seconds of the film
    end: float
    x: int  # the top-left corner of the letters' box (even: chroma has half the rows and columns)
    y: int
    luma: np.ndarray  # the letters' Y, rows x columns of the box
    cover: np.ndarray  # how much of each pixel they cover, 0..1 (float32)
    chroma: tuple[np.ndarray, np.ndarray]  # their U and V at half size
    chroma_cover: np.ndarray  # the cover at half size
    uncover: np.ndarray = field(init=False)  # 1 - cover, the frame's weight (blended every frame)
    chroma_uncover: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.uncover, self.chroma_uncover = 1.0 - self.cover, 1.0 - self.chroma_cover

    def shows_at(self, t: float) -> bool:
        return self.start <= t < self.end

    @property
    def box(self) -> tuple[int, int, int, int]:
        """Left, top, right and bottom of the pixels it is blended into."""
        return self.x, self.y, self.x + self.luma.shape[1], self.y + self.luma.shape[0]


def burned_cues(
    binary: str, cues: Sequence[Cue], *, size: tuple[int, int], font: str, work_dir: Path
) -> list[BurnedCue]:
    """The cues drawn by libass, one a second of a sheet, over black and over white side by side."""
    if not cues:
        return []
    width, height = size
    sheet = work_dir / "cue-sheet.ass"
    timed = [Cue(float(i), float(i + 1), cue.lines) for i, cue in enumerate(cues)]
    sheet.write_text(to_ass(timed, width=width, height=height, default_font=font), encoding="utf-8")
    frame_bytes = width * height * 3
    runs: list[subprocess.Popen[bytes]] = []
    logs = [work_dir / f"cue-sheet-{background}.log" for background in ("black", "white")]
    try:
        for background, log in zip(("black", "white"), logs, strict=True):
            args = ffmpeg.cue_sheet_args(
                binary, subtitles=sheet, width=width, height=height, count=len(cues), background=background
            )
            with log.open("wb") as err:
                runs.append(subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err))
        out = []
        for cue in cues:
            over_black, over_white = (_read_frame(run, frame_bytes, (height, width)) for run in runs)
            if over_black is None or over_white is None:
                break
            burned = _burned(cue, over_black, over_white)
            if burned is not None:
                out.append(burned)
    except FileNotFoundError:
        raise EngineNotInstalled(f"{binary} is not installed. Run `apt-get install ffmpeg`.") from None
    finally:
        for run in runs:
            if run.stdout is not None:
                run.stdout.close()
            run.wait()
    for run, log in zip(runs, logs, strict=False):
        if run.returncode != 0:
            tail = log.read_text(errors="replace").strip()[-1500:]
            raise ToolFailed(f"ffmpeg failed while drawing the subtitles (exit {run.returncode}): {tail}")
    return out


def _read_frame(run: subprocess.Popen[bytes], size: int, shape: tuple[int, int]) -> np.ndarray | None:
    assert run.stdout is not None
    data = run.stdout.read(size)
    if len(data) < size:
        return None
    return np.frombuffer(data, np.uint8).reshape(*shape, 3)


def _burned(cue: Cue, over_black: np.ndarray, over_white: np.ndarray) -> BurnedCue | None:
    """A cue's box, colours and cover from the two drawings of it (None where it drew nothing)."""
    let_through = cv2.cvtColor(cv2.absdiff(over_white, over_black), cv2.COLOR_RGB2GRAY)  # 255: no letter
    drawn = cv2.findNonZero((let_through < 255).astype(np.uint8))
    if drawn is None:
        return None
    x, y, w, h = cv2.boundingRect(drawn)
    height, width = over_black.shape[:2]
    x0, y0 = x - x % 2, y - y % 2  # whole chroma samples
    x1, y1 = min(width, x + w + (x + w) % 2), min(height, y + h + (y + h) % 2)
    cover = 1.0 - let_through[y0:y1, x0:x1].astype(np.float32) / 255.0
    premultiplied = over_black[y0:y1, x0:x1].astype(np.float32)
    colour = np.clip(premultiplied / np.maximum(cover, 1e-3)[..., None], 0, 255).astype(np.uint8)
    # each pixel's own U and V (the colour doubled before subsampling), then averaged by their cover
    doubled = cv2.resize(colour, None, fx=2, fy=2, interpolation=cv2.INTER_NEAREST)
    planes = cv2.cvtColor(doubled, cv2.COLOR_RGB2YUV_I420)
    rows, cols = doubled.shape[:2]
    luma = cv2.cvtColor(colour, cv2.COLOR_RGB2YUV_I420)[: y1 - y0]
    half = (cols // 2, rows // 2)
    flat = planes.reshape(-1)[rows * cols :]
    u, v = flat[: half[0] * half[1]].reshape(half[1], half[0]), flat[half[0] * half[1] :].reshape(half[1], half[0])
    small = ((x1 - x0) // 2, (y1 - y0) // 2)
    chroma_cover = cv2.resize(cover, small, interpolation=cv2.INTER_AREA)
    weight = np.maximum(chroma_cover, 1e-6)
    chroma = tuple(
        np.clip(cv2.resize(plane.astype(np.float32) * cover, small, interpolation=cv2.INTER_AREA) / weight, 0, 255)
        .round()
        .astype(np.uint8)
        for plane in (u, v)
    )
    return BurnedCue(cue.start, cue.end, x0, y0, luma, cover, (chroma[0], chroma[1]), chroma_cover)


def burn(i420: np.ndarray, cue: BurnedCue, size: tuple[int, int]) -> None:
    """Blend a cue's letters into a frame's I420 bytes (rows of Y, then U, then V), in place."""
    y_plane, u_plane, v_plane = planes(i420, *size)
    h, w = cue.luma.shape
    region = y_plane[cue.y : cue.y + h, cue.x : cue.x + w]
    region[...] = cv2.blendLinear(region, cue.luma, cue.uncover, cue.cover)
    ch, cw = cue.chroma_cover.shape
    for plane, letters in zip((u_plane, v_plane), cue.chroma, strict=True):
        part = plane[cue.y // 2 : cue.y // 2 + ch, cue.x // 2 : cue.x // 2 + cw]
        part[...] = cv2.blendLinear(part, letters, cue.chroma_uncover, cue.chroma_cover)
