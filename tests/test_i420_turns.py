"""Frames converted to I420 only where they changed (media/i420.py) are the bytes a whole conversion
makes: for boxes at odd edges, for subtitles burned over a talking face, and through a crossfade."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from filmstudio.animation.acting import Performer
from filmstudio.animation.looks import assign_looks
from filmstudio.animation.player import ActorScene
from filmstudio.animation.rig import RigCache
from filmstudio.animation.shots import settle_shots
from filmstudio.media.burn import burned_cues
from filmstudio.media.frames import frames
from filmstudio.media.i420 import I420Turns
from filmstudio.media.subtitles import Cue
from filmstudio.script import parse_script

W, H = 640, 360


def _picture(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return cv2.GaussianBlur(rng.integers(0, 256, (H, W, 3)).astype(np.uint8), (0, 0), 4)


def test_a_frame_converted_in_boxes_is_the_whole_frame_converted() -> None:
    rng = np.random.default_rng(7)
    turns = I420Turns(W, H)
    frame = _picture(1)
    turns.convert(frame, None)
    for _ in range(12):
        frame = frame.copy()
        boxes = []
        for _ in range(int(rng.integers(0, 4))):  # odd edges, and boxes running off the frame
            x0, y0 = int(rng.integers(-20, W - 10)), int(rng.integers(-20, H - 10))
            box = (x0, y0, x0 + int(rng.integers(1, 90)), y0 + int(rng.integers(1, 70)))
            cx0, cy0, cx1, cy1 = max(0, box[0]), max(0, box[1]), min(W, box[2]), min(H, box[3])
            frame[cy0:cy1, cx0:cx1] = rng.integers(0, 256, (max(0, cy1 - cy0), max(0, cx1 - cx0), 3))
            boxes.append(box)
        ours = turns.convert(frame, boxes)
        assert np.array_equal(ours, cv2.cvtColor(frame, cv2.COLOR_RGB2YUV_I420))


def test_an_array_written_over_is_converted_again_there() -> None:
    turns = I420Turns(W, H)
    frame = _picture(2)
    first = turns.convert(frame, None)
    first[300:320, 100:200] = 255  # as a burned subtitle would
    turns.drawn_over((100, 300, 200, 320))
    turns.convert(frame, [])
    again = turns.convert(frame, [])  # the first array again, same frame
    assert again is first
    assert np.array_equal(again, cv2.cvtColor(frame, cv2.COLOR_RGB2YUV_I420))


def _talking_scene() -> tuple[ActorScene, ActorScene, float]:
    board = parse_script(
        "INT. WORKSHOP - DAY\n\nIVAN\nHand me the small hammer, please.\n\nNORA\nHere it is. Mind your thumb.\n",
        filename="x.fountain",
    )
    assign_looks(board)
    scene = board.scenes[0]
    t = 0.0
    for line in scene.lines:
        line.start, line.end = t, t + 1.2
        t += 1.2
    scene.start, scene.end = 0.0, t
    for shot in scene.shots:
        shot.start, shot.end = scene.start, scene.end
    settle_shots(scene, ["narrator"])
    performers = {c.id: Performer.for_character(c.id, 0, t, board.lines()) for c in board.characters}
    rigs = RigCache()
    still = _picture(5)

    def player() -> ActorScene:
        return ActorScene(
            scene, still, lambda cid, unit: rigs.get(board.character(cid), int(round(unit))), performers, (W, H)
        )

    return player(), player(), t


class _Unsaid:
    """A player that does not say where its frames changed: every frame is converted whole."""

    def __init__(self, player: ActorScene) -> None:
        self.player, self.start, self.end = player, player.start, player.end

    def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
        return self.player.frame(t, frame_no)


def test_a_talking_scene_with_subtitles_is_the_same_film_converted_in_boxes(tmp_path: Path) -> None:
    told, unsaid, duration = _talking_scene()
    cues = [Cue(0.3, 1.1, ("Hand me the small hammer",)), Cue(1.4, 2.2, ("Here it is",))]
    burned = burned_cues("ffmpeg", cues, size=(W, H), font="Noto Sans", work_dir=tmp_path)
    fps = 24
    ours = [bytes(f) for f in frames([told], duration=duration, fps=fps, size=(W, H), watermark=None, subtitles=burned)]
    whole = [
        bytes(f)
        for f in frames([_Unsaid(unsaid)], duration=duration, fps=fps, size=(W, H), watermark=None, subtitles=burned)
    ]
    assert len(ours) == len(whole) == int(round(duration * fps))
    assert told.changed is not None  # it said where: the boxes were used
    moving = sum(a != b for a, b in zip(whole, whole[1:], strict=False))
    assert moving > len(whole) // 3  # the mouths move: the frames do change
    for n, (a, b) in enumerate(zip(ours, whole, strict=True)):
        assert a == b, n


def test_a_crossfade_between_two_talking_scenes_is_converted_whole() -> None:
    first, _, duration = _talking_scene()
    second, _, _ = _talking_scene()

    class Later:
        def __init__(self, player: ActorScene, offset: float) -> None:
            self.player, self.offset = player, offset
            self.start, self.end, self.cut = player.start + offset, player.end + offset, False

        @property
        def changed(self) -> list[tuple[int, int, int, int]] | None:
            return self.player.changed

        def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
            return self.player.frame(t - self.offset, frame_no)

    fps = 24
    clips = [first, Later(second, duration)]
    ours = [bytes(f) for f in frames(clips, duration=2 * duration, fps=fps, size=(W, H), watermark=None)]
    a, _, _ = _talking_scene()
    b, _, _ = _talking_scene()
    plain = [
        bytes(f)
        for f in frames(
            [_Unsaid(a), _Unsaid(Later(b, duration))],  # type: ignore[arg-type]
            duration=2 * duration,
            fps=fps,
            size=(W, H),
            watermark=None,
        )
    ]
    for n, (x, y) in enumerate(zip(ours, plain, strict=True)):
        assert x == y, n
