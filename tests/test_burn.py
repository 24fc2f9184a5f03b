"""Subtitles burned into the frames (media/burn.py) are the letters the encoder's libass filter burned
into the same frames, and a frame shows the cues of its time only."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np

from filmstudio.media.burn import burn, burned_cues
from filmstudio.media.frames import frames
from filmstudio.media.subtitles import Cue, to_ass

W, H = 640, 360
FONT = "Noto Sans"


def _picture() -> np.ndarray:
    rng = np.random.default_rng(3)
    return cv2.GaussianBlur(rng.integers(0, 256, (H, W, 3)).astype(np.uint8), (0, 0), 6)


def _by_libass(picture: np.ndarray, cue: Cue, work: Path) -> np.ndarray:
    """The picture with the cue burned by ffmpeg's ass filter on its I420 frame, as the encoder did."""
    script = work / "one.ass"
    script.write_text(to_ass([Cue(0.0, 5.0, cue.lines)], width=W, height=H, default_font=FONT), encoding="utf-8")
    raw = cv2.cvtColor(picture, cv2.COLOR_RGB2YUV_I420).tobytes()
    args = ["ffmpeg", "-v", "error", "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", f"{W}x{H}", "-i", "pipe:0"]
    args += ["-vf", f"ass=filename={script}:shaping=complex", "-f", "rawvideo", "-pix_fmt", "yuv420p", "pipe:1"]
    out = subprocess.run(args, input=raw, capture_output=True, check=True).stdout
    return np.frombuffer(out, np.uint8).reshape(H * 3 // 2, W)


def test_a_burned_cue_is_what_libass_burned(tmp_path: Path) -> None:
    cues = [
        Cue(0.0, 1.5, ("Guten Tag, said the miller — नमस्ते दोस्त", "and the second line of it")),
        Cue(1.5, 3.0, ("مرحبا يا صديقي",)),  # Arabic joins: complex shaping
    ]
    burned = burned_cues("ffmpeg", cues, size=(W, H), font=FONT, work_dir=tmp_path)
    assert [(c.start, c.end) for c in burned] == [(0.0, 1.5), (1.5, 3.0)]
    picture = _picture()
    for cue, letters in zip(cues, burned, strict=True):
        assert letters.x % 2 == 0 and letters.y % 2 == 0 and letters.y > H // 2  # at the bottom
        ours = cv2.cvtColor(picture, cv2.COLOR_RGB2YUV_I420)
        burn(ours, letters, (W, H))
        theirs = _by_libass(picture, cue, tmp_path)
        changed = np.abs(theirs.astype(int) - cv2.cvtColor(picture, cv2.COLOR_RGB2YUV_I420)) > 8
        assert changed.sum() > 200  # the letters are there
        difference = np.abs(ours.astype(int) - theirs)
        assert difference.max() <= 12 and difference.mean() < 0.05, (difference.max(), difference.mean())


def test_frames_show_each_cue_in_its_time_only(tmp_path: Path) -> None:
    picture = _picture()

    class Still:
        start, end, cut = 0.0, 3.0, False

        def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
            return picture

    cues = [Cue(1.0, 2.0, ("Only in the second second",))]
    burned = burned_cues("ffmpeg", cues, size=(W, H), font=FONT, work_dir=tmp_path)
    plain = cv2.cvtColor(picture, cv2.COLOR_RGB2YUV_I420)
    drawn = [
        np.frombuffer(bytes(f), np.uint8).reshape(H * 3 // 2, W)
        for f in frames([Still()], duration=3.0, fps=10, size=(W, H), watermark=None, subtitles=burned)
    ]
    for n, frame in enumerate(drawn[5:25], start=5):  # between the fades from and to black
        assert np.array_equal(frame, plain) == (not 10 <= n < 20), n


def test_a_cue_of_nothing_to_draw_is_left_out(tmp_path: Path) -> None:
    assert burned_cues("ffmpeg", [Cue(0.0, 1.0, (" ",))], size=(W, H), font=FONT, work_dir=tmp_path) == []
    assert burned_cues("ffmpeg", [], size=(W, H), font=FONT, work_dir=tmp_path) == []
