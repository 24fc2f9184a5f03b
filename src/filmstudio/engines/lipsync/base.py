"""The lip-sync interface: a line's audio and phoneme timings in, a viseme track out.

The offline engine maps phonemes to mouth shapes for the drawn rigs; a GPU engine (Wav2Lip and the
like) would implement the same call and may add its own per-frame output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from filmstudio.animation.visemes import Timed
from filmstudio.storyboard import Viseme


class LipsyncEngine(Protocol):
    name: str

    def track(self, phonemes: Sequence[Timed], samples: np.ndarray, sample_rate: int) -> list[Viseme]: ...
