"""How a voice sounds, in two numbers a listener also hears: its pitch (median F0) and its timbre (the
mean of its mel-cepstrum over the loud frames, MFCC 1-13). Two voices are told apart when their pitch
differs by a semitone and a half or more, or their timbres lie further apart than the same voice reading
two different sentences does (Kokoro's voices over three sentences: 3-13 on this scale)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from filmstudio.media.audio import estimate_pitch

PITCH_APART = 1.09  # a semitone and a half
TIMBRE_APART = 15.0


@dataclass(frozen=True)
class Voiceprint:
    pitch: float  # Hz
    timbre: np.ndarray  # mean MFCC 1-13

    def apart_from(self, other: Voiceprint) -> bool:
        high, low = max(self.pitch, other.pitch), min(self.pitch, other.pitch)
        return (low > 0 and high / low >= PITCH_APART) or self.timbre_distance(other) >= TIMBRE_APART

    def timbre_distance(self, other: Voiceprint) -> float:
        return float(np.linalg.norm(self.timbre - other.timbre))


def voiceprint(samples: np.ndarray, sample_rate: int) -> Voiceprint:
    return Voiceprint(estimate_pitch(samples, sample_rate), _mfcc_mean(samples.astype(np.float64), sample_rate))


def _mel_filters(sample_rate: int, n_fft: int, bands: int = 40, low: float = 60.0, high: float = 8000.0) -> np.ndarray:
    def mel(hz: np.ndarray | float) -> np.ndarray:
        return 2595.0 * np.log10(1.0 + np.asarray(hz) / 700.0)

    edges_hz = 700.0 * (10 ** (np.linspace(mel(low), mel(high), bands + 2) / 2595.0) - 1.0)
    bins = np.floor((n_fft + 1) * edges_hz / sample_rate).astype(int)
    filters = np.zeros((bands, n_fft // 2 + 1))
    for i in range(bands):
        a, b, c = bins[i], bins[i + 1], bins[i + 2]
        filters[i, a:b] = (np.arange(a, b) - a) / max(1, b - a)
        filters[i, b:c] = (c - np.arange(b, c)) / max(1, c - b)
    return filters


def _mfcc_mean(samples: np.ndarray, sample_rate: int, n_fft: int = 1024, hop: int = 256) -> np.ndarray:
    if len(samples) < n_fft:
        return np.zeros(13)
    frames = np.lib.stride_tricks.sliding_window_view(samples, n_fft)[::hop] * np.hanning(n_fft)
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    energy = power.sum(axis=1)
    loud = energy >= np.median(energy)  # the spoken frames, not the pauses between them
    log_mel = np.log(power[loud] @ _mel_filters(sample_rate, n_fft).T + 1e-10)
    bands = log_mel.shape[1]
    dct = np.cos(np.pi / bands * (np.arange(bands) + 0.5)[None, :] * np.arange(1, 14)[:, None])
    cepstrum: np.ndarray = (log_mel @ dct.T).mean(axis=0)
    return cepstrum
