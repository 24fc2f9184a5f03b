"""Scenes whose picture shows the people (an image engine that paints them): the picture under the
camera moves of its shots, a close-up framing the speaker's face, and each speaker's face replaced, frame
by frame, by the lip-sync engine's rendering of it speaking the line."""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from filmstudio.media.frames import Move, SceneClip, move_for, narration_move
from filmstudio.storyboard import Scene

CLOSE_FACE_HEIGHT = 0.3  # a close-up's face fills this share of the frame's height


def face_pixels(box: tuple[float, float, float, float], shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """A face box (shares of the frame) in whole pixels, inside the picture and at least 8 px square."""
    height, width = shape[:2]
    left = int(np.clip(round(box[0] * width), 0, width - 8))
    top = int(np.clip(round(box[1] * height), 0, height - 8))
    right = int(np.clip(round(box[2] * width), left + 8, width))
    bottom = int(np.clip(round(box[3] * height), top + 8, height))
    return left, top, right, bottom


@dataclass
class FaceTrack:
    """One line's talking face: its frames (memory-mapped), where they go and from when."""

    box: tuple[int, int, int, int]  # pixels of the still
    start: float
    frames: np.ndarray  # (n, h, w, 3) uint8
    fps: int

    def __post_init__(self) -> None:
        left, top, right, bottom = self.box
        w, h = right - left, bottom - top
        # a soft-edged oval: the face blends into the painting around it
        mask = np.zeros((h, w), np.float32)
        cv2.ellipse(mask, (w // 2, h // 2), (max(1, int(w * 0.42)), max(1, int(h * 0.45))), 0, 0, 360, 1.0, -1)
        self.mask = cv2.GaussianBlur(mask, (0, 0), max(1.0, w / 14))[..., None]
        self.end = self.start + len(self.frames) / self.fps

    def patch(self, t: float) -> np.ndarray:
        index = min(len(self.frames) - 1, max(0, int((t - self.start) * self.fps)))
        left, top, right, bottom = self.box
        face = np.asarray(self.frames[index])
        if face.shape[:2] != (bottom - top, right - left):
            face = cv2.resize(face, (right - left, bottom - top), interpolation=cv2.INTER_LINEAR)
        return face


@dataclass
class TalkingStill(SceneClip):
    faces: list[FaceTrack] = field(default_factory=list)

    def picture(self, t: float) -> np.ndarray:
        speaking = [f for f in self.faces if f.start <= t < f.end]
        if not speaking:
            return self.image
        image = self.image.copy()
        for face in speaking:
            left, top, right, bottom = face.box
            region = image[top:bottom, left:right, :3].astype(np.float32)  # RGB, or a padded picture's RGB
            blended = region + (face.patch(t).astype(np.float32) - region) * face.mask
            image[top:bottom, left:right, :3] = blended.astype(np.uint8)
        return image


def close_on(box: tuple[float, float, float, float]) -> Move:
    """A close-up: head and shoulders of the face in `box`, pushing in slightly."""
    left, top, right, bottom = box
    zoom = float(np.clip(CLOSE_FACE_HEIGHT / max(0.02, bottom - top), 1.3, 3.0))
    cx, cy = (left + right) / 2, (top + bottom) / 2 + 0.6 * (bottom - top)
    return Move(zoom * 0.95, zoom, cx, cy, cx, cy)


def painted_scene_players(scene: Scene, still: np.ndarray, fps: int, index: int, seed: int) -> list[TalkingStill]:
    """The scene's shots over its picture, every speaking face in it lip-synced."""
    tracks = []
    for line in scene.lines:
        box = scene.faces.get(line.character_id)
        if box is None or not line.face_video or line.start is None:
            continue
        frames = np.load(line.face_video, mmap_mode="r")
        tracks.append(FaceTrack(face_pixels(box, still.shape), line.start, frames, fps))
    shots = [s for s in scene.shots if s.start is not None and s.end is not None and s.end > s.start]
    if len(shots) <= 1:
        return [TalkingStill(still, scene.start or 0.0, scene.end or 0.0, move_for(index, seed), faces=tracks)]
    players = []
    for n, shot in enumerate(shots):
        face = scene.faces.get(shot.subject or "") if shot.kind in ("closeup", "over_shoulder") else None
        move = close_on(face) if face else narration_move(shot.kind, None, n, index + seed)
        players.append(TalkingStill(still, shot.start or 0.0, shot.end or 0.0, move, cut=n > 0, faces=tracks))
    return players
