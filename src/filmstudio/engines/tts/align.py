"""Word and phoneme timings for speech from a model that gives none (Bark), by synthesis and alignment:
the same text spoken by espeak-ng, whose every word and phoneme time is known, is aligned to the model's
audio by dynamic time warping over normalised log-mel frames, and espeak's times are carried across the
warping path. Leading and trailing silence, pauses and a different pace all come out of the path."""

from __future__ import annotations

import numpy as np

from filmstudio.engines.lipsync.melspec import STEPS_PER_SECOND, mel_spectrogram
from filmstudio.engines.tts.base import Speech, WordTiming


def features(samples: np.ndarray, rate: int) -> np.ndarray:
    """(frames, 80) log-mel, each band normalised over the clip (a voice's timbre matters less)."""
    mel = mel_spectrogram(samples, rate).T
    normalised: np.ndarray = (mel - mel.mean(axis=0)) / (mel.std(axis=0) + 1e-3)
    return normalised


def dtw_path(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The cheapest monotone path through the cosine distances of two feature sequences, as (i, j)
    pairs from (0, 0) to (len(a)-1, len(b)-1). The recurrence is solved one anti-diagonal at a time, so
    each step is a vector operation."""
    an = a / (np.linalg.norm(a, axis=1, keepdims=True) + 1e-9)
    bn = b / (np.linalg.norm(b, axis=1, keepdims=True) + 1e-9)
    cost = 1.0 - an @ bn.T
    n, m = cost.shape
    total = np.full((n + 1, m + 1), np.inf)
    total[0, 0] = 0.0
    for k in range(2, n + m + 1):  # cells (i, j) with i + j == k, 1-based
        i = np.arange(max(1, k - m), min(n, k - 1) + 1)
        j = k - i
        best = np.minimum(np.minimum(total[i - 1, j - 1], total[i - 1, j]), total[i, j - 1])
        total[i, j] = cost[i - 1, j - 1] + best
    path = []
    i, j = n, m
    while i > 0 and j > 0:
        path.append((i - 1, j - 1))
        step = np.argmin((total[i - 1, j - 1], total[i - 1, j], total[i, j - 1]))
        i, j = (i - 1, j - 1) if step == 0 else (i - 1, j) if step == 1 else (i, j - 1)
    return np.array(path[::-1])


def warp_times(path: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The path as monotone maps from reference seconds to target seconds: each reference frame to the
    last target frame it matched (for starts: a word after a pause starts where the pause ends) and to
    the first (for ends: a word before a pause ends where the pause begins)."""
    ref = path[:, 0]
    frames = np.unique(ref)
    first = np.array([path[ref == f, 1].min() for f in frames])
    last = np.array([path[ref == f, 1].max() for f in frames])
    return frames / STEPS_PER_SECOND, last / STEPS_PER_SECOND, first / STEPS_PER_SECOND


def carry(
    timings: list[WordTiming], ref: np.ndarray, starts: np.ndarray, ends: np.ndarray, limit: float
) -> list[WordTiming]:
    out = []
    for t in timings:
        start = float(np.clip(np.interp(t.start, ref, starts), 0.0, limit))
        end = float(np.clip(np.interp(t.end, ref, ends), start, limit))
        out.append(WordTiming(t.text, round(start, 4), round(max(end, start + 1e-3), 4)))
    return out


def align_to_reference(samples: np.ndarray, rate: int, reference: Speech) -> Speech:
    """The model's audio with the reference's word and phoneme timings carried onto it."""
    duration = len(samples) / rate
    if not len(samples) or not len(reference.samples):
        return Speech(samples, rate)
    path = dtw_path(features(reference.samples, reference.sample_rate), features(samples, rate))
    maps = warp_times(path)
    return Speech(samples, rate, carry(reference.words, *maps, duration), carry(reference.phonemes, *maps, duration))
