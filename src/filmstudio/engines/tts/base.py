"""The TTS interface every backend implements, offline or GPU."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class VoiceInfo:
    engine: str
    id: str
    languages: tuple[str, ...]
    gender: str  # male, female, neutral
    age: str = "young_adult"  # the age the voice sounds natively
    quality: int = 1  # higher is clearer (measured: Festival slt > Piper joe > espeak)
    native_pitch: bool = False  # the engine changes pitch itself; otherwise it is shifted afterwards
    description: str = ""


@dataclass(frozen=True)
class WordTiming:
    text: str
    start: float
    end: float


@dataclass
class Speech:
    samples: np.ndarray  # float32 mono in [-1, 1]
    sample_rate: int
    words: list[WordTiming] = field(default_factory=list)
    # the engine's own phoneme timings in its notation (espeak mnemonics, Piper IPA, Festival phones);
    # pauses are "_"; empty when the engine gives none (lip-sync then aligns phonemes within words)
    phonemes: list[WordTiming] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate


class TTSEngine(Protocol):
    """A voice engine. One may also have `release()`: it lets go of what it keeps between lines (processes,
    memory) once a film's lines are spoken (pipeline/stages/voice_synthesis.py)."""

    name: str

    def voices(self) -> list[VoiceInfo]: ...

    def synthesize(
        self, text: str, voice: VoiceInfo, *, language: str, rate: float = 1.0, pitch: float = 1.0
    ) -> Speech:
        """The spoken text with its word timings and, where the engine knows them, its phoneme
        timings (`Speech.phonemes`): lip-sync reads those."""
        ...


class PhonemizingTTSEngine(TTSEngine, Protocol):
    """An engine that also transcribes text into its phoneme notation without speaking it (the
    any-language engine: lip-sync of words whose clip came with no phoneme timings)."""

    def phonemes(self, text: str, *, language: str) -> str: ...


def text_words(text: str) -> list[str]:
    """Words as a subtitle shows them: punctuation stays attached; lone punctuation is dropped."""
    return [w for w in text.split() if re.search(r"\w", w)]


def fit_words(words: list[str], spans: list[tuple[float, float]]) -> list[WordTiming]:
    """Give each written word a time span. With as many spans as words they pair up; otherwise (numbers
    spoken as several words, say) the written words share the spoken time in proportion to length."""
    if not words:
        return []
    if not spans:
        return []
    if len(spans) == len(words):
        return [WordTiming(w, s, e) for w, (s, e) in zip(words, spans, strict=True)]
    start, end = spans[0][0], spans[-1][1]
    weights = np.array([max(1, len(w)) for w in words], dtype=float)
    edges = start + np.concatenate([[0.0], np.cumsum(weights)]) / weights.sum() * (end - start)
    return [WordTiming(w, float(edges[i]), float(edges[i + 1])) for i, w in enumerate(words)]


def trim_end(samples: np.ndarray, sample_rate: int, threshold: float = 0.01) -> float:
    """Seconds until the last sample louder than the threshold."""
    loud = np.flatnonzero(np.abs(samples) > threshold)
    return float(loud[-1] + 1) / sample_rate if loud.size else 0.0
