"""Idle life and reactions, as pure functions of time: blinks, breathing, head sway, nods of
listeners when a line ends, and the speaker's mouth from the line's viseme track. Deterministic
per film seed and character."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field

import numpy as np

from filmstudio.animation.visemes import MouthTrack
from filmstudio.storyboard import Line


@dataclass
class Pose:
    dx: float  # head offset from its rest, in head units
    dy: float
    breath: float  # body rise, in head units
    eyes: str  # open, half, closed
    mouth: str
    openness: float


@dataclass
class Performer:
    character_id: str
    seed: int
    duration: float
    lines: list[tuple[float, MouthTrack]] = field(default_factory=list)  # own lines: start and track
    cues: list[float] = field(default_factory=list)  # ends of others' lines: listeners nod
    blinks: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        digest = hashlib.sha256(f"{self.seed}|act|{self.character_id}".encode()).digest()
        rng = np.random.default_rng(int.from_bytes(digest[:8], "little"))
        times, t = [], float(rng.uniform(0.4, 2.0))
        while t < self.duration + 1:
            times.append(t)
            t += float(rng.uniform(2.2, 5.0))
        self.blinks = np.array(times)
        self.phase = rng.uniform(0, 2 * math.pi, 3)
        self.breath_period = float(rng.uniform(3.4, 4.4))

    @classmethod
    def for_character(cls, character_id: str, seed: int, duration: float, all_lines: list[Line]) -> Performer:
        p = cls(character_id, seed, duration)
        for line in all_lines:
            if line.start is None:
                continue
            if line.character_id == character_id and line.visemes:
                p.lines.append((line.start, MouthTrack(line.visemes)))
            elif line.character_id != character_id and line.end is not None:
                p.cues.append(line.end)
        return p

    def speaking(self, t: float) -> tuple[str, float] | None:
        for start, track in self.lines:
            if start <= t < start + track.end:
                return track.at(t - start)
        return None

    def pose(self, t: float) -> Pose:
        mouth = self.speaking(t)
        shape, openness = mouth if mouth is not None else ("rest", 0.0)
        i = int(np.searchsorted(self.blinks, t))
        near = min((abs(t - self.blinks[j]) for j in (i - 1, i) if 0 <= j < len(self.blinks)), default=9.0)
        eyes = "closed" if near < 0.045 else "half" if near < 0.09 else "open"
        a, b, c = self.phase
        dx = 0.018 * math.sin(2 * math.pi * t / 7.3 + a)
        dy = 0.01 * math.sin(2 * math.pi * t / 5.1 + b)
        if mouth is not None:  # speech moves the head a little with its emphasis
            dy += 0.02 * openness
            dx += 0.01 * math.sin(2 * math.pi * t / 2.3 + c)
        for cue in self.cues:  # a listener's nod just after the other finishes a line
            x = (t - cue - 0.1) / 0.6
            if 0 < x < 1:
                dy += 0.045 * math.sin(math.pi * x)
        breath = 0.012 * math.sin(2 * math.pi * t / self.breath_period + c)
        return Pose(dx, dy, breath, eyes, shape, openness)
