"""The offline lip-sync engine: phoneme timings to the ten mouth shapes of the rigs (see
filmstudio.animation.visemes), opened as far as the voice is loud."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from filmstudio.animation.visemes import Timed, build_track
from filmstudio.storyboard import Viseme


class VisemeEngine:
    name = "visemes"

    def track(self, phonemes: Sequence[Timed], samples: np.ndarray, sample_rate: int) -> list[Viseme]:
        return [
            Viseme(start=round(s.start, 3), end=round(s.end, 3), shape=s.shape, open=s.open)
            for s in build_track(phonemes, samples, sample_rate)
        ]
