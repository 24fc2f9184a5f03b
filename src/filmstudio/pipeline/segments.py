"""The film in segments: each scene's stretch away from its neighbours, and each join (the crossfade from
one scene to the next) with the scenes on both sides. A segment is drawn from its scenes alone, each
counted from its own start, so it is the same picture wherever an edit elsewhere moves it: it is encoded
on its own, cached under a key of everything it shows, and the film is its segments joined without
re-encoding. A re-render after one line changed draws that line's scene and its joins, nothing else."""

from __future__ import annotations

import functools
import hashlib
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from filmstudio.cache import content_key, file_digest
from filmstudio.media.frames import CROSSFADE, ScenePlayer
from filmstudio.media.subtitles import Cue
from filmstudio.storyboard import Scene, Storyboard

# what a character's voice is does not change how it is drawn
UNDRAWN_CHARACTER_FIELDS = {
    "voice",
    "voice_preference",
    "readings",
    "gender_words",
    "age_words",
    "description",
}
# what a line sounds like reaches the picture only through its timing and visemes
UNDRAWN_LINE_FIELDS = {"audio", "audio_duration", "words", "phonemes"}
# a scene's stretch is cut in pieces of about this many pixels (six seconds of 1080p: about as long to
# encode on one core whatever the size), in whole keyframe intervals of two seconds (ffmpeg.segment_args)
PIECE_PIXELS = 6 * 1920 * 1080


@dataclass(frozen=True)
class Segment:
    first: int  # the film's frame it starts at
    end: int  # one past its last frame
    scenes: tuple[int, ...]  # the scenes it shows, by index


def scene_frames(board: Storyboard, fps: int) -> list[tuple[int, int]]:
    """Each scene's first frame and one past its last; the last scene runs to the film's end."""
    total = int(round(float(board.duration or 0.0) * fps))
    bounds = [(round((s.start or 0.0) * fps), round((s.end or 0.0) * fps)) for s in board.scenes]
    if bounds:
        bounds[-1] = (bounds[-1][0], total)
    return bounds


def piece_seconds(size: tuple[int, int]) -> int:
    """How long the pieces of a stretch are at this frame size: whole keyframe intervals (2 s)."""
    return max(2, 2 * round(PIECE_PIXELS / (size[0] * size[1]) / 2))


def plan_segments(bounds: list[tuple[int, int]], total: int, fps: int, piece: int = 6) -> list[Segment]:
    """Joins around every boundary between scenes (wide enough to hold the crossfade, merged where scenes
    are too short to keep them apart) and the stretches between them, covering every frame once. A long
    stretch is cut in pieces of `piece` seconds (counted from its own start, so they stay the same
    pieces wherever the scene moves): the segments are encoded side by side, and short ones keep every
    core busy to the end of the film."""
    reach = int(math.ceil(CROSSFADE / 2 * fps)) + 1
    joins: list[list[int]] = []
    for _, end in bounds[:-1]:
        lo, hi = max(0, end - reach), min(total, end + reach)
        if joins and lo <= joins[-1][1]:
            joins[-1][1] = max(joins[-1][1], hi)
        else:
            joins.append([lo, hi])
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for lo, hi in joins:
        pieces.extend(_cut(cursor, lo, piece * fps))
        pieces.append((lo, hi))
        cursor = hi
    pieces.extend(_cut(cursor, total, piece * fps))
    segments = []
    for first, end in pieces:
        shown = tuple(i for i, (a, b) in enumerate(bounds) if a < end and b > first and b > a)
        if shown and end > first:
            segments.append(Segment(first, end, shown))
    return segments


def _cut(first: int, end: int, piece: int) -> list[tuple[int, int]]:
    """A stretch in pieces of `piece` frames (whole keyframe intervals: no keyframe is added), the last
    one longer rather than a sliver."""
    cuts = list(range(first, end, piece))[1:]
    if cuts and end - cuts[-1] < piece // 3:
        cuts.pop()
    edges = [first, *cuts, end]
    return [(a, b) for a, b in zip(edges, edges[1:], strict=False) if b > a]


class _Timed(Protocol):
    """A scene, a line, a shot or a moment: what has a time span in the storyboard."""

    start: float | None
    end: float | None


def shifted_scene(scene: Scene) -> Scene:
    """The scene with its times counted from its own start."""
    offset = scene.start or 0.0

    def back(value: float | None) -> float | None:
        return None if value is None else round(value - offset, 4)

    moved = scene.model_copy(deep=True)
    timed: list[_Timed] = [moved, *moved.lines, *moved.shots, *moved.moments]
    for item in timed:
        item.start, item.end = back(item.start), back(item.end)
    return moved


def scene_board(board: Storyboard, index: int) -> Storyboard:
    """A film of one scene, counted from its start: what its segments are drawn from."""
    scene = shifted_scene(board.scenes[index])
    return board.model_copy(
        update={"scenes": [scene], "seed": board.seed + index, "duration": scene.end, "effects": []}
    )


def scene_fingerprint(board: Storyboard, index: int) -> dict[str, Any]:
    """Everything a scene's frames are drawn from: the scene counted from its start (its pictures by their
    bytes), the characters it names as they are drawn, and its place in the film's seed."""
    scene = shifted_scene(board.scenes[index])
    dump = scene.model_dump(mode="json", exclude={"lines": {"__all__": UNDRAWN_LINE_FIELDS}})
    for field in ("image", "backdrop"):
        if dump.get(field):
            dump[field] = _digest(dump[field])
    for line in dump["lines"]:
        if line.get("face_video"):
            line["face_video"] = _digest(line["face_video"])
    named = _strings(dump)
    characters = [
        c.model_dump(mode="json", exclude=UNDRAWN_CHARACTER_FIELDS) for c in board.characters if c.id in named
    ]
    return {"scene": dump, "characters": characters, "seed": board.seed + index}


def segment_key(
    board: Storyboard,
    segment: Segment,
    bounds: list[tuple[int, int]],
    *,
    fps: int,
    size: tuple[int, int],
    total: int,
    watermark: str | None,
    encoder: tuple[str, int],
    cues: list[Cue],
    font: str | None,
) -> str:
    """The cache key of a segment's encoded frames: what it shows relative to its first scene's start, so
    an edit before it that moves it leaves the key as it was."""
    origin = bounds[segment.scenes[0]][0]
    edge = fps // 2  # the fades from and to black
    return content_key(
        "film-segment",
        drawing_code(),
        size,
        fps,
        watermark,
        encoder,
        segment.first - origin,
        segment.end - origin,
        [(bounds[s][0] - origin, scene_fingerprint(board, s)) for s in segment.scenes],
        segment.first if segment.first < edge else None,
        total - origin if segment.end > total - edge else None,
        [(c.start, c.end, c.lines) for c in segment_cues(cues, segment, fps)],
        font,
    )


def segment_cues(cues: list[Cue], segment: Segment, fps: int) -> list[Cue]:
    """The subtitles shown during a segment, timed from its first frame."""
    a, b = segment.first / fps, segment.end / fps
    return [
        Cue(round(max(0.0, c.start - a), 3), round(min(b, c.end) - a, 3), c.lines)
        for c in cues
        if c.end > a and c.start < b
    ]


@dataclass
class Shifted:
    """A scene's player placed in a segment: its times and frame numbers count from the scene's start."""

    player: ScenePlayer
    offset: float  # where the scene starts in the segment's time
    first: int  # the scene's first frame in the film

    @property
    def start(self) -> float:
        return self.player.start + self.offset

    @property
    def end(self) -> float:
        return self.player.end + self.offset

    @property
    def cut(self) -> bool:
        return bool(getattr(self.player, "cut", False))

    @property
    def changed(self) -> list[tuple[int, int, int, int]] | None:
        return getattr(self.player, "changed", None)

    def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
        return self.player.frame(t - self.offset, frame_no - self.first if frame_no >= 0 else -1)


def merge_logs(parts: list[tuple[dict[str, Any], int, float]], fps: int) -> dict[str, Any]:
    """The film's animation log from its scenes' logs, each (log, the scene's first frame, its start)."""
    characters: dict[str, dict[str, list[Any]]] = {}
    shots: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    acted: list[list[Any]] = []
    for log, first, start in parts:
        for cid, entry in log["characters"].items():
            rows = characters.setdefault(cid, {"frame": [], "shape": [], "open": [], "eyes": []})
            rows["frame"].extend(f + first for f in entry["frame"])
            for name in ("shape", "open", "eyes"):
                rows[name].extend(entry[name])
        for shot in log["shots"]:
            if (shot["scene"], shot["id"]) in seen:
                continue
            seen.add((shot["scene"], shot["id"]))
            shots.append(
                {
                    **shot,
                    **{k: round(shot[k] + start, 4) for k in ("start", "end") if shot.get(k) is not None},
                }
            )
        acted.extend([row[0] + first, *row[1:]] for row in log["acted"])
    for rows in characters.values():
        order = sorted(range(len(rows["frame"])), key=rows["frame"].__getitem__)
        for name in rows:
            rows[name] = [rows[name][k] for k in order]
    shots.sort(key=lambda s: s.get("start") or 0.0)
    acted.sort(key=lambda row: row[0])
    return {"fps": fps, "characters": characters, "shots": shots, "acted": acted}


@functools.cache
def drawing_code() -> str:
    """A hash of the code that draws frames: a cached segment from older drawing code is not reused."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    files = [
        *sorted((root / "animation").rglob("*.py")),
        *sorted((root / "media").glob("*.py")),
        *sorted((root / "engines" / "image").rglob("*.py")),
        root / "pipeline" / "segments.py",
        root / "pipeline" / "stock.py",
        root / "pipeline" / "stages" / "video_composition.py",
    ]
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=512)
def _file_digest(path: str, mtime: float, size: int) -> str:
    return file_digest(path)


def _digest(path: str) -> str:
    stat = Path(path).stat()
    return _file_digest(path, stat.st_mtime, stat.st_size)


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values()), set(value)) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()
