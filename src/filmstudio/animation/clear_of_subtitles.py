"""Subtitles never cover a face: the face box of a drawn character (its face and chin, a beard's end
included, not the hair that hangs below it) is kept above the rows a burnt-in two-line cue covers
(media/subtitles.subtitle_band). A close-up that lowers its face (one of the small folk seen small) is raised
back until the chin clears the band; its picture above it, not under the text."""

from __future__ import annotations

from filmstudio.animation import figure
from filmstudio.animation.rig import Rig
from filmstudio.media.subtitles import subtitle_band

FACE_HALF_WIDTH = 0.5  # the face's half width, ears included, in head units (the rig's unit: the face height)
CHIN_BELOW_FACE = 0.6  # the chin (a beard's end) below the face centre, in head units
BROW_ABOVE_FACE = 0.55  # the top of the face (the hairline) above its centre, in head units
CLEARANCE = 0.01  # the least gap between a chin and the subtitles' top, a share of the frame's height


def face_box(rig: Rig, x: float, neck_y: float) -> tuple[float, float, float, float]:
    """The face of a character whose neck base is at (x, neck_y), in frame pixels: left, top, right, bottom."""
    u = rig.unit
    cy = neck_y - figure.NECK_TO_FACE * u
    return x - FACE_HALF_WIDTH * u, cy - BROW_ABOVE_FACE * u, x + FACE_HALF_WIDTH * u, cy + CHIN_BELOW_FACE * u


def clear_neck(rig: Rig, x: float, neck_y: float, size: tuple[int, int]) -> float:
    """The neck base's height that keeps the face above the subtitles: as given where it already is."""
    top = subtitle_band(*size)[0] - CLEARANCE * size[1]
    below = face_box(rig, x, neck_y)[3] - top
    return neck_y - max(0.0, below)
