"""Subtitles never cover a face: the face box of a drawn character (its face and chin, a beard's end
included, not the hair that hangs below it) is kept above the rows a burnt-in two-line cue covers
(media/subtitles.subtitle_band). A close-up that lowers its face (one of the small folk seen small) is raised
back until the chin clears the band; its picture above it, not under the text. Every other framing of
talking people (a wide row of a large cast, a child lowered beside grown-ups, the speaker of an
over-the-shoulder shot) is checked the same way once laid out (`lift_faces`), against the chin as the head
sprite draws it and as low as a nod takes it; where a crowded row cannot be raised so far, the cues shown
over it move to the top of the frame (`raised_cues`); an insert keeps the thing it is about above the
subtitles (`insert_clear`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from filmstudio.animation import figure
from filmstudio.animation.rig import Rig
from filmstudio.media.burn import BurnedCue
from filmstudio.media.frames import Move
from filmstudio.media.subtitles import subtitle_band

FACE_HALF_WIDTH = 0.5  # the face's half width, ears included, in head units (the rig's unit: the face height)
CHIN_BELOW_FACE = 0.6  # the chin (a beard's end) below the face centre, in head units
BROW_ABOVE_FACE = 0.55  # the top of the face (the hairline) above its centre, in head units
CLEARANCE = 0.01  # the least gap between a chin and the subtitles' top, a share of the frame's height
HEAD_DIP = 0.09  # how far a nod, a word and a breath lower the head at most, in head units (acting.Pose)
CHIN_COLUMNS = 0.3  # the chin is looked for this far either side of the face's middle, in head units


class Placed(Protocol):
    """A character as a shot places it (animation/player.Placement): its rig and its neck base."""

    rig: Rig
    x: float
    y: float
    back: bool


def face_box(rig: Rig, x: float, neck_y: float) -> tuple[float, float, float, float]:
    """The face of a character whose neck base is at (x, neck_y), in frame pixels: left, top, right, bottom."""
    u = rig.unit
    cy = neck_y - figure.NECK_TO_FACE * u
    return x - FACE_HALF_WIDTH * u, cy - BROW_ABOVE_FACE * u, x + FACE_HALF_WIDTH * u, cy + CHIN_BELOW_FACE * u


def clear_neck(rig: Rig, x: float, neck_y: float, size: tuple[int, int]) -> float:
    """The neck base's height that keeps the face above the subtitles: as given where it already is."""
    top = subtitle_band(*size)[0] - CLEARANCE * size[1]
    below = max(face_box(rig, x, neck_y)[3], neck_y + chin_below_neck(rig)) - top
    return neck_y - max(0.0, below)


def chin_below_neck(rig: Rig) -> float:
    """How far below the neck base the face's lowest drawn pixel reaches (the chin, a beard's end, a child's
    larger face), as low as a nod takes it, in pixels (negative: above it). Measured on the head sprite's
    middle columns: hair hanging at the sides is not the face."""
    head, u = rig.head, rig.unit
    half = max(1, int(CHIN_COLUMNS * u))
    middle = head.core[:, max(0, head.ox - half) : head.ox + half + 1]
    rows = np.flatnonzero(middle.any(axis=1))
    lowest = float(rows[-1] + 1 - head.oy) if rows.size else CHIN_BELOW_FACE * u
    return lowest - figure.NECK_TO_FACE * u + HEAD_DIP * u


def _body_below_neck(rig: Rig) -> float:
    """How far the body sprite reaches below the neck base, in pixels."""
    rows = np.flatnonzero(rig.body.core.any(axis=1))
    return float(rows[-1] + 1 - rig.body.oy) if rows.size else 0.0


def lift_faces(actors: Sequence[Placed], size: tuple[int, int]) -> float:
    """Raise the faces of a shot's people that a subtitle would cover, in place: the row together (who
    stands taller stays so), by what its lowest chin needs, as far as every body still reaches below the
    frame's bottom (a bust never shows where its torso is cut); one still covered after that is raised on
    its own as far as its body allows. A figure seen from behind (over the shoulder) has no face to keep.
    The lowest chin's row after (a nod's dip included), in pixels; where it is still in the band (a row too
    crowded to be raised so far: six at a table, a child among them), the cues whose letters reach up to it
    are moved up (`raised_cues`)."""
    w, h = size
    top = subtitle_band(w, h)[0] - CLEARANCE * h
    faces = [a for a in actors if not a.back]
    if not faces:
        return 0.0
    over = {id(a): a.y + chin_below_neck(a.rig) - top for a in faces}
    room = {id(a): max(0.0, a.y + _body_below_neck(a.rig) - h) for a in faces}
    need = max(over.values())
    if need <= 0:
        return need + top
    together = min(need, min(room.values()))
    for a in faces:
        alone = min(max(0.0, over[id(a)] - together), room[id(a)] - together)
        a.y -= together + max(0.0, alone)
    return max(a.y + chin_below_neck(a.rig) for a in faces)


TOP_MARGIN = 0.06  # a cue moved up sits this share of the frame's height under its top (as low as at the bottom)


def raised_cues(
    cues: Sequence[BurnedCue], low: Sequence[tuple[float, float, float]], size: tuple[int, int]
) -> list[BurnedCue]:
    """The burnt-in cues, each whose letters would reach a chin the shot could not raise clear of them
    (`low`: spans of the film's seconds and the lowest chin's row in them) moved to the top of the frame,
    whole (a cue does not jump while it is read)."""
    y = int(TOP_MARGIN * size[1]) // 2 * 2  # even: chroma rows are pairs
    return [
        dataclasses.replace(cue, y=y)
        if any(cue.start < b and a < cue.end and cue.y < chin for a, b, chin in low)
        else cue
        for cue in cues
    ]


INSERT_MOST_ZOOM = 3.5  # an insert pushes in at most this far to lift its thing above the subtitles
THING_TOP_MARGIN = 0.02  # the thing's top kept this share of the frame's height inside it


def insert_clear(move: Move, box: tuple[float, float, float, float], size: tuple[int, int]) -> Move:
    """An insert's push-in on a thing (`box`: shares of the picture) with the thing above the subtitles at
    both ends of the move: the view's centre lowered under it, and where the picture's bottom edge stops
    that, the lens a little longer; the move as it was where nothing can (a thing on the picture's edge)."""
    floor = subtitle_band(*size)[0] / size[1] - CLEARANCE
    top, bottom = box[1], box[3]
    z = move.zoom1
    while z <= INSERT_MOST_ZOOM + 1e-9:
        zooms = (move.zoom0 * z / move.zoom1, z)
        cy = max(move.cy1, bottom - (floor - 0.5) / z)
        seen = [(zz, _in_view(cy, zz)) for zz in zooms]
        if all(0.5 + zz * (bottom - c) <= floor and 0.5 + zz * (top - c) >= THING_TOP_MARGIN for zz, c in seen):
            if z == move.zoom1 and cy == move.cy1:
                return move
            return Move(zooms[0], z, move.cx0, cy, move.cx1, cy)
        z *= 1.08
    return move


def _in_view(cy: float, zoom: float) -> float:
    """The view's centre as media/frames keeps it: inside the picture."""
    half = 0.5 / zoom
    return min(max(cy, half), 1.0 - half)
