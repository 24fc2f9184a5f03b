"""A scene with characters, played frame by frame: each shot's background plate (the scene's still,
framed and softened for close shots) is made once; per frame only the characters are drawn, part by
part (body, head, eyes, mouth), from their pose at that moment, and only where a part moved or changed
(animation/sprite.Painter)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

import cv2
import numpy as np
from PIL import Image, ImageDraw

from filmstudio.animation import body, figure
from filmstudio.animation.acting import Performer
from filmstudio.animation.clear_of_subtitles import clear_neck, lift_faces
from filmstudio.animation.faces import MOUTH_LEVELS
from filmstudio.animation.rig import Rig
from filmstudio.animation.sprite import Painter, Sprite
from filmstudio.media.subtitles import subtitle_band
from filmstudio.storyboard import Scene, Shot

RigFactory = Callable[[str, float], Rig]  # character id, head size in pixels
CHEST_BELOW_NECK = 1.0  # in body units: a child lowered beside grown-ups keeps this much above the subtitles
SMALL_FOLK_DROP = 0.3  # how much lower a close-up puts a small one's face, per its shortfall (a share of the frame)
MOST_RAISED = 0.6  # in head units: how far grown-ups beside a child are raised at most
Framer = Callable[[np.ndarray, float, float, float, float], np.ndarray]  # framed_still, or one that keeps them


@dataclass
class Placement:
    character_id: str
    rig: Rig
    x: float  # neck base, in frame pixels
    y: float
    back: bool = False  # seen from behind, in the foreground
    gaze: int = 0


@dataclass
class ShotLayout:
    shot: Shot
    plate: np.ndarray
    actors: list[Placement]
    props: list[tuple[Sprite, float, float]] = field(default_factory=list)


def framed_still(image: np.ndarray, zoom: float, cx: float, cy: float, blur: float) -> np.ndarray:
    """The still seen through a tighter lens centred near (cx, cy) (fractions), softened like a
    shallow depth of field."""
    h, w = image.shape[:2]
    half_w, half_h = w / (2 * zoom), h / (2 * zoom)
    x = min(max(cx * w, half_w), w - half_w)
    y = min(max(cy * h, half_h), h - half_h)
    matrix = np.array([[zoom, 0, w / 2 - zoom * x], [0, zoom, h / 2 - zoom * y]], dtype=np.float32)
    out = cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return cv2.GaussianBlur(out, (0, 0), blur) if blur > 0 else out


def _studio_props(
    size: tuple[int, int], xs: list[float], desk_y: float, unit: float
) -> list[tuple[Sprite, float, float]]:
    """A desk across the front and a microphone before each speaker (podcast and interview sets)."""
    w, h = size
    img = Image.new("RGBA", (w, max(1, int(h - desk_y))), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, img.height), fill=(96, 64, 42, 255))
    d.rectangle((0, 0, w, max(2, int(unit * 0.06))), fill=(140, 98, 64, 255))
    props = [(Sprite.from_image(img, (0, 0)), 0.0, desk_y)]
    for x in xs:
        mic = Image.new("RGBA", (int(unit * 0.5), int(unit * 1.3)), (0, 0, 0, 0))
        md = ImageDraw.Draw(mic)
        mw = mic.width
        md.rectangle((mw * 0.46, unit * 0.5, mw * 0.54, mic.height), fill=(30, 30, 32, 255))
        md.rounded_rectangle((mw * 0.25, 0, mw * 0.75, unit * 0.6), radius=mw * 0.25, fill=(55, 55, 60, 255))
        for k in range(5):
            y = unit * (0.1 + k * 0.1)
            md.line((mw * 0.28, y, mw * 0.72, y), fill=(90, 90, 96, 255), width=max(1, int(unit * 0.015)))
        props.append((Sprite.from_image(mic, (mw / 2, mic.height)), x, desk_y + unit * 0.05))
    return props


L = TypeVar("L", bound="HasShot")


class HasShot(Protocol):
    shot: Shot


def shot_at(layouts: list[L], t: float, end: float) -> L:
    """The layout of the shot playing at t (the last one after the scene's end)."""
    for layout in layouts:
        if t < (layout.shot.end or end):
            return layout
    return layouts[-1]


class ActorScene:
    """Implements the frames' scene protocol: start, end and frame(t)."""

    def __init__(
        self,
        scene: Scene,
        still: np.ndarray,
        rigs: RigFactory,
        performers: dict[str, Performer],
        size: tuple[int, int],
        framed: Framer | None = None,
    ) -> None:
        self.start, self.end = scene.start or 0.0, scene.end or 0.0
        self.scene = scene
        self.size = size
        self.performers = performers
        self._framed = framed or framed_still
        # a staged shot (a narrated moment acted) is played by the scene's StagedScene, not here
        self.layouts = [self._layout(shot, still, rigs) for shot in scene.shots if not shot.moment]
        # no face under the subtitles, in any framing (clear_of_subtitles.py); where a crowded row cannot be
        # raised clear: its span and lowest chin, for the subtitles to move up over it
        self.covered: list[tuple[float, float, float]] = []
        for layout in self.layouts:
            chin = lift_faces(layout.actors, size)
            if chin > subtitle_band(*size)[0]:
                self.covered.append((layout.shot.start or self.start, layout.shot.end or self.end, chin))
        self.log: list[tuple[int, str, str, float, str]] = []  # drawn mouths, for measurement
        self._last: tuple[int, np.ndarray] | None = None
        self._painter = Painter()
        # where the frame last returned differs from the one returned before it (None: anywhere)
        self.changed: list[tuple[int, int, int, int]] | None = None

    def _layout(self, shot: Shot, still: np.ndarray, rigs: RigFactory) -> ShotLayout:
        w, h = self.size
        cast = self.scene.cast
        side = {cid: (i + 0.5) / max(1, len(cast)) for i, cid in enumerate(cast)}  # 0..1, left to right
        studio = self.scene.setting == "podcast_studio"
        if shot.kind == "closeup" and shot.subject:
            unit = min(0.36 * h, w / 3.3)
            left = side.get(shot.subject, 0.5) <= 0.5 and len(cast) > 1
            x = w * (0.4 if left else 0.6) if len(cast) > 1 else w * 0.5
            y = 0.44 * h + figure.NECK_TO_FACE * unit
            rig = rigs(shot.subject, unit)
            # one of the small folk (its rig drawn at a share of the unit asked, video_composition.py) is seen
            # as small as it is: its face lower in the frame, the picture above it, not a grown man's bust
            y += (1.0 - min(1.0, rig.unit / unit)) * SMALL_FOLK_DROP * h
            y = clear_neck(rig, x, y, self.size)  # its chin above the subtitles, however small it is
            plate = self._framed(still, 1.5, side.get(shot.subject, 0.5), 0.45, h / 260)
            actor = Placement(shot.subject, rig, x, y, gaze=1 if left else -1 if len(cast) > 1 else 0)
            props = (
                _studio_props(self.size, [x + unit * (0.8 if left else -0.8)], h - unit * 0.3, unit) if studio else []
            )
            return ShotLayout(shot, plate, [actor], props)
        if shot.kind == "over_shoulder" and len(shot.actors) == 2:
            listener, speaker = shot.actors
            speaker_left = side.get(speaker, 0.5) < side.get(listener, 0.5)
            unit_s, unit_l = min(0.27 * h, w / 4.2), min(0.46 * h, w / 2.6)
            sx = w * (0.36 if speaker_left else 0.64)
            lx = w * (0.86 if speaker_left else 0.14)
            plate = self._framed(still, 1.3, side.get(speaker, 0.5), 0.45, h / 400)
            actors = [
                Placement(
                    speaker,
                    rigs(speaker, unit_s),
                    sx,
                    0.42 * h + figure.NECK_TO_FACE * unit_s,
                    gaze=1 if speaker_left else -1,
                ),
                Placement(listener, rigs(listener, unit_l), lx, 0.6 * h + figure.NECK_TO_FACE * unit_l, back=True),
            ]
            return ShotLayout(shot, plate, actors)
        actors_ids = shot.actors or cast
        speaking = {line.character_id for line in self.scene.lines}
        back_row = [cid for cid in actors_ids if cid not in speaking] if len(actors_ids) > 3 else []
        if back_row and len(back_row) < len(actors_ids):  # a crowd: the speakers are brought forward
            return self._two_rows(shot, still, rigs, [c for c in actors_ids if c not in back_row], back_row, studio)
        n = max(1, len(actors_ids))
        size = 0.26 if n == 1 else 0.22 if studio else 0.2
        narrow = w < h  # a phone frame: people stand closer, shoulders may overlap
        unit = min(size * h, (0.95 * w / (n * 2.3)) if narrow else (0.9 * w / (n * 2.9)))
        spacing = min(0.45, 0.9 / n) if narrow else min(0.36, 0.8 / n)
        xs = [w * (0.5 + (i - (n - 1) / 2) * spacing) for i in range(n)]
        # how much of the torso shows: more in a tall frame, which has the room
        y = h - (1.25 if not studio else 1.55) * unit - (0.9 * unit if narrow else 0.0)
        actors = []
        row = [rigs(cid, unit) for cid in actors_ids]
        for i, (cid, rig, rise) in enumerate(zip(actors_ids, row, self._heights(row, y, unit), strict=True)):
            gaze = 0 if n == 1 else (1 if i < (n - 1) / 2 else -1 if i > (n - 1) / 2 else 0)
            actors.append(Placement(cid, rig, xs[i], y + rise, gaze=gaze))
        props = _studio_props(self.size, [x + unit * 0.62 for x in xs], y + unit * 1.1, unit) if studio else []
        return ShotLayout(shot, still, actors, props)

    def _two_rows(
        self, shot: Shot, still: np.ndarray, rigs: RigFactory, front: list[str], back: list[str], studio: bool
    ) -> ShotLayout:
        """Listeners in a row behind, smaller and higher; speakers in front. The back row is drawn first."""
        w, h = self.size
        actors = []
        front_y = h - (1.25 if not studio else 1.55) * min(0.2 * h, 0.9 * w / (len(front) * 2.9))
        for row, ids, size, lift in ((1, back, 0.15, 0.42), (0, front, 0.2, 0.0)):
            n = len(ids)
            unit = min(size * h, 0.9 * w / (n * 2.9))
            spacing = min(0.3, 0.85 / n) if row else min(0.36, 0.8 / n)
            y = h - (1.25 if not studio else 1.55) * unit - lift * h * 0.5
            drawn = [rigs(cid, unit) for cid in ids]
            for i, (cid, rig, rise) in enumerate(zip(ids, drawn, self._heights(drawn, y, unit), strict=True)):
                x = w * (0.5 + (i - (n - 1) / 2) * spacing + (0.08 if row and n % 2 == 0 else 0.0))
                gaze = 0 if n == 1 else (1 if i < (n - 1) / 2 else -1 if i > (n - 1) / 2 else 0)
                if row:  # a child behind stays in the row behind: above the one in front
                    rise = min(rise, 0.5 * max(0.0, front_y - y))
                actors.append(Placement(cid, rig, x, y + rise, gaze=gaze))
        return ShotLayout(shot, still, actors, [])

    def _heights(self, row: list[Rig], neck_y: float, unit: float | None = None) -> list[float]:
        """How much lower (or, negative, higher) each of a row stands than the row's line: a child among
        grown-ups stands shorter, as the staged wide views draw them (on the same ground a child's body is
        shorter for its head: animation/figure.py); lowered as far as its chest stays above the subtitles,
        the grown-ups raised for the rest (a little at most). A row of one age stays on its line."""
        # against the row's `unit`: a gnome (drawn at a share of it) stands shorter as a child does
        grown = [unit if unit and r.unit < 0.9 * unit else r.unit for r in row]  # not a pixel's rounding
        shorter = [
            body.STANDING_HEIGHT * (g - figure.body_unit(r.look, r.unit)) for r, g in zip(row, grown, strict=True)
        ]
        band = subtitle_band(*self.size)[0]
        down = [
            max(0.0, min(s, band - neck_y - CHEST_BELOW_NECK * figure.body_unit(r.look, r.unit))) if s > 0 else 0.0
            for r, s in zip(row, shorter, strict=True)
        ]
        if not row or max(shorter) <= 0 or min(shorter) > 0:  # one age: on its line, but a gnome stands low
            return [d if r.unit != g else 0.0 for r, g, d in zip(row, grown, down, strict=True)]
        up = min(max(shorter) - max(down), MOST_RAISED * row[0].unit)
        return [d if s > 0 else -up for d, s in zip(down, shorter, strict=True)]

    def layout_at(self, t: float) -> ShotLayout:
        return shot_at(self.layouts, t, self.end)

    def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
        if self._last is not None and self._last[0] == frame_no >= 0:
            self.changed = []
            return self._last[1]  # the same moment asked twice (a crossfade)
        layout = self.layout_at(t)
        parts = [part for actor in layout.actors for part in self._parts(layout, actor, t, frame_no)]
        parts += [(sprite, int(round(x)), int(round(y))) for sprite, x, y in layout.props]
        frame = self._painter.draw(layout.plate, parts)  # redrawn only where a part moved or changed
        self.changed = self._painter.changed
        self._last = (frame_no, frame)
        return frame

    def _parts(self, layout: ShotLayout, actor: Placement, t: float, frame_no: int) -> list[tuple[Sprite, int, int]]:
        """The actor's sprites at this moment, back to front, each with where its anchor lands."""
        rig, u = actor.rig, actor.rig.unit
        performer = self.performers[actor.character_id]
        pose = performer.pose(t)
        x, y = actor.x, actor.y - pose.breath * u
        if actor.back:
            return [(rig.back, int(round(x + pose.dx * u * 0.5)), int(round(y)))]
        fx, fy = x + pose.dx * u, y - figure.NECK_TO_FACE * u + pose.dy * u
        parts: list[tuple[Sprite, float, float]] = []
        if rig.wings is not None:  # an angel's or a fairy's, behind the body
            parts.append((rig.wings, x, y))
        if rig.long_hair is not None:
            parts.append((rig.long_hair, fx, fy))
        parts.append((rig.body, x, y))
        parts.append((rig.head, fx, fy))
        gaze = self._gaze(layout, actor, t)
        parts.append((rig.eyes[(pose.eyes, gaze if pose.eyes == "open" else 0)], fx, fy + figure.EYES_Y * u))
        level = int(round(pose.openness * (MOUTH_LEVELS - 1)))
        parts.append((rig.mouth(pose.mouth, level), fx, fy + figure.MOUTH_Y * u))
        if frame_no >= 0:
            self.log.append((frame_no, actor.character_id, pose.mouth, round(pose.openness, 3), pose.eyes))
        return [(sprite, int(round(px)), int(round(py))) for sprite, px, py in parts]

    def _gaze(self, layout: ShotLayout, actor: Placement, t: float) -> int:
        """Listeners look at whoever speaks; otherwise the placement's own direction."""
        for other in layout.actors:
            if other.character_id != actor.character_id and self.performers[other.character_id].speaking(t):
                return 1 if other.x > actor.x else -1
        return actor.gaze
