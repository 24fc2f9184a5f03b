"""RGB frames converted to I420 into two arrays by turns, each converted again only where its picture
changed since it was last converted: a talking face changes a mouth's box, not the 1080p frame, and
converting that box costs a hundredth of the frame's 2 ms. The chroma of I420 is made of 2×2 blocks, so
a box widened to even edges converts to the same bytes as the whole frame does there."""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

Box = tuple[int, int, int, int]  # left, top, right, bottom


def planes(i420: np.ndarray, width: int, height: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Views of a frame's Y, U and V planes in its I420 bytes (rows of Y, then U, then V)."""
    flat = i420.reshape(-1)
    quarter = (width // 2) * (height // 2)
    luma = flat[: width * height].reshape(height, width)
    u = flat[width * height : width * height + quarter].reshape(height // 2, width // 2)
    v = flat[width * height + quarter : width * height + 2 * quarter].reshape(height // 2, width // 2)
    return luma, u, v


def even_box(box: Box, width: int, height: int) -> Box | None:
    """The box widened to even edges (whole chroma blocks) and kept inside the frame; None if empty."""
    x0, y0 = max(0, box[0] - box[0] % 2), max(0, box[1] - box[1] % 2)
    x1, y1 = min(width, box[2] + box[2] % 2), min(height, box[3] + box[3] % 2)
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


class I420Turns:
    """Two I420 arrays converted into by turns: a frame's bytes stay as they are while the next frame is
    converted (its writer may still be sending them). Each array keeps the boxes where it differs from the
    latest frame; None where that is anywhere (it is converted whole)."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self._arrays = [np.empty((height * 3 // 2, width), np.uint8) for _ in range(2)]
        self._stale: list[list[Box] | None] = [None, None]
        self._turn = 0

    def convert(self, frame: np.ndarray, changed: Sequence[Box] | None) -> np.ndarray:
        """`frame` (RGB or RGBA) in I420, in the array not used last time. `changed`: where it differs
        from the frame converted last time (None: anywhere, or it is not known)."""
        for k, stale in enumerate(self._stale):
            if stale is not None:
                self._stale[k] = None if changed is None else [*stale, *changed]
        self._turn = 1 - self._turn
        target, stale = self._arrays[self._turn], self._stale[self._turn]
        code = cv2.COLOR_RGBA2YUV_I420 if frame.shape[2] == 4 else cv2.COLOR_RGB2YUV_I420
        if stale is None or sum((b[2] - b[0]) * (b[3] - b[1]) for b in stale) * 2 > self.width * self.height:
            cv2.cvtColor(frame, code, dst=target)
        else:
            for box in dict.fromkeys(stale):  # a box seen twice is converted once
                self._convert_box(frame, code, target, box)
        self._stale[self._turn] = []
        return target

    def drawn_over(self, box: Box) -> None:
        """Something was drawn into the array just returned, in `box` (a subtitle burned in): it differs
        there from its frame, and is converted again there when next used."""
        stale = self._stale[self._turn]
        if stale is not None:
            stale.append(box)

    def _convert_box(self, frame: np.ndarray, code: int, target: np.ndarray, box: Box) -> None:
        even = even_box(box, self.width, self.height)
        if even is None:
            return
        x0, y0, x1, y1 = even
        part = cv2.cvtColor(frame[y0:y1, x0:x1], code)
        w, h = x1 - x0, y1 - y0
        src_y, src_u, src_v = planes(part, w, h)
        dst_y, dst_u, dst_v = planes(target, self.width, self.height)
        dst_y[y0:y1, x0:x1] = src_y
        dst_u[y0 // 2 : y1 // 2, x0 // 2 : x1 // 2] = src_u
        dst_v[y0 // 2 : y1 // 2, x0 // 2 : x1 // 2] = src_v
