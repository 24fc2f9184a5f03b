"""The lip-sync interface: a line's audio and phoneme timings in, a viseme track out.

The offline engine maps phonemes to mouth shapes for the drawn rigs; a GPU engine (Wav2Lip and the
like) would implement the same call and may add its own per-frame output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from filmstudio.animation.visemes import Timed
from filmstudio.storyboard import Viseme


class LipsyncEngine(Protocol):
    name: str

    def track(self, phonemes: Sequence[Timed], samples: np.ndarray, sample_rate: int) -> list[Viseme]: ...


@runtime_checkable  # the lip-sync stage asks whether an engine is one
class TalkingFaceEngine(LipsyncEngine, Protocol):
    """An engine that also makes a picture's face speak a clip (Wav2Lip): the film shows its painted
    people talking."""

    def talking_face(self, face: np.ndarray, samples: np.ndarray, sample_rate: int, fps: int) -> np.ndarray:
        """(frames, h, w, 3) uint8: the face (RGB) speaking the clip, one frame per video frame."""
        ...
