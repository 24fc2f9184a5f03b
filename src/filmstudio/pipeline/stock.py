"""What the segments of one film share (pipeline/segments.py: they are drawn side by side, in threads),
made once for all of them rather than once per segment."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np
from PIL import Image

from filmstudio.animation.player import framed_still
from filmstudio.animation.rig import RigCache
from filmstudio.media.burn import BurnedCue
from filmstudio.media.frames import padded
from filmstudio.pipeline.segments import scene_board
from filmstudio.storyboard import Storyboard


class Stock:
    """What the segments of one film share, made once for all of them: its characters' rigs, its scenes
    counted from their starts, its burned-in subtitles, and the pictures last used (as many as KEEP_BYTES holds: all of a 1080p
    film's, a few scenes' at 4K); and how many threads each segment's encoder has (None: x264's)."""

    KEEP_BYTES = 128 << 20  # pictures and close views of them, each

    def __init__(self) -> None:
        self.encoder_threads: int | None = None
        self.rigs = RigCache()
        self._scenes: dict[int, Storyboard] = {}
        self._pictures: OrderedDict[tuple[str, tuple[int, int], str], np.ndarray] = OrderedDict()
        self._plates: OrderedDict[tuple[int, float, float, float, float], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()
        self._subtitles: list[BurnedCue] | None = None
        self._subtitles_lock = threading.Lock()  # held while they are drawn: the other segments wait

    def framed(self, image: np.ndarray, zoom: float, cx: float, cy: float, blur: float) -> np.ndarray:
        """The still seen closer and softened (animation/player.framed_still), made once for the segments."""
        key = (id(image), zoom, cx, cy, blur)
        with self._lock:
            if key in self._plates:
                self._plates.move_to_end(key)
                return self._plates[key][1]
        plate = framed_still(image, zoom, cx, cy, blur)
        plate.flags.writeable = False
        with self._lock:
            self._plates[key] = (image, plate)  # the image kept with it: its id stays its own
            while len(self._plates) > 1 and sum(p.nbytes for _, p in self._plates.values()) > self.KEEP_BYTES:
                self._plates.popitem(last=False)
        return plate

    def subtitles(self, draw: Callable[[], list[BurnedCue]]) -> list[BurnedCue]:
        """The film's burned-in cues (media/burn.py), drawn once, by the first segment that needs them."""
        with self._subtitles_lock:
            if self._subtitles is None:
                self._subtitles = draw()
            return self._subtitles

    def scene(self, board: Storyboard, index: int) -> Storyboard:
        """The film of one scene (segments.scene_board), copied once: the players only read it."""
        with self._lock:
            if index not in self._scenes:
                self._scenes[index] = scene_board(board, index)
            return self._scenes[index]

    def picture(self, path: str | None, size: tuple[int, int], mode: str = "RGB") -> np.ndarray:
        """A picture at frame size, read-only: RGB, RGBA, or "padded" (RGB with a fourth channel, which
        the camera's warp does a tenth faster: media/frames.padded)."""
        key = (path or "", size, mode)
        with self._lock:
            if key in self._pictures:
                self._pictures.move_to_end(key)
                return self._pictures[key]
        image = padded(self.picture(path, size)) if mode == "padded" else load_picture(path, size, mode)
        image.flags.writeable = False
        with self._lock:
            self._pictures[key] = image
            while len(self._pictures) > 1 and sum(p.nbytes for p in self._pictures.values()) > self.KEEP_BYTES:
                self._pictures.popitem(last=False)
        return image


def load_picture(path: str | None, size: tuple[int, int], mode: str = "RGB") -> np.ndarray:
    """A picture file at frame size, as an array of `mode` (RGB, RGBA)."""
    image = Image.open(path or "").convert(mode)
    if image.size != size:
        image = image.resize(size, Image.Resampling.LANCZOS)
    return np.asarray(image)
