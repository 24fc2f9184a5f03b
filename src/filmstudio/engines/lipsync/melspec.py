"""The mel spectrogram Wav2Lip was trained on (16 kHz, 80 bands from 55 to 7600 Hz, 12.5 ms hop,
pre-emphasis 0.97, dB normalised symmetrically to ±4), in numpy, and its 16-step window for each video
frame. The filter bank is Slaney's (librosa's default), which the published models saw."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

RATE = 16_000
N_FFT = 800
HOP = 200
BANDS = 80
FMIN, FMAX = 55.0, 7600.0
MIN_DB, REF_DB, MAX_ABS = -100.0, 20.0, 4.0
STEPS_PER_SECOND = RATE / HOP  # 80 mel frames a second
WINDOW = 16


def _hz_to_mel(hz: float | np.ndarray) -> np.ndarray:
    """Slaney's mel scale: linear below 1 kHz, logarithmic above."""
    hz = np.asarray(hz, dtype=np.float64)
    mel = hz / (200.0 / 3)
    log_part = 15.0 + np.log(np.maximum(hz, 1e-10) / 1000.0) / (np.log(6.4) / 27.0)
    return np.where(hz >= 1000.0, log_part, mel)


def _mel_to_hz(mel: np.ndarray) -> np.ndarray:
    mel = np.asarray(mel, dtype=np.float64)
    return np.where(mel >= 15.0, 1000.0 * np.exp((np.log(6.4) / 27.0) * (mel - 15.0)), mel * (200.0 / 3))


@lru_cache(maxsize=1)
def filter_bank() -> np.ndarray:
    """(80, 401) triangular filters, area-normalised (Slaney)."""
    freqs = np.linspace(0, RATE / 2, N_FFT // 2 + 1)
    edges = _mel_to_hz(np.linspace(_hz_to_mel(FMIN), _hz_to_mel(FMAX), BANDS + 2))
    bank = np.zeros((BANDS, freqs.size))
    for i in range(BANDS):
        lower = (freqs - edges[i]) / (edges[i + 1] - edges[i])
        upper = (edges[i + 2] - freqs) / (edges[i + 2] - edges[i + 1])
        bank[i] = np.maximum(0.0, np.minimum(lower, upper)) * (2.0 / (edges[i + 2] - edges[i]))
    return bank.astype(np.float32)


def to_16k(samples: np.ndarray, rate: int) -> np.ndarray:
    """Resampled to 16 kHz by linear interpolation (speech below 8 kHz is all the model hears)."""
    if rate == RATE:
        return samples.astype(np.float32)
    n = int(round(len(samples) * RATE / rate))
    resampled: np.ndarray = np.interp(np.arange(n) * rate / RATE, np.arange(len(samples)), samples)
    return resampled.astype(np.float32)


def mel_spectrogram(samples: np.ndarray, rate: int) -> np.ndarray:
    """(80, frames) normalised log-mel of a mono clip."""
    audio = to_16k(samples, rate)
    audio = np.append(audio[0:1], audio[1:] - 0.97 * audio[:-1])  # pre-emphasis
    padded = np.pad(audio, N_FFT // 2, mode="reflect" if len(audio) > N_FFT // 2 else "constant")
    count = 1 + (len(padded) - N_FFT) // HOP
    index = np.arange(N_FFT)[None, :] + HOP * np.arange(count)[:, None]
    spectrum = np.abs(np.fft.rfft(padded[index] * np.hanning(N_FFT + 1)[:-1], axis=1)).T
    db: np.ndarray = 20.0 * np.log10(np.maximum(1e-5, filter_bank() @ spectrum)) - REF_DB
    return np.clip(2 * MAX_ABS * (db - MIN_DB) / -MIN_DB - MAX_ABS, -MAX_ABS, MAX_ABS).astype(np.float32)


def frame_windows(mel: np.ndarray, fps: float, frames: int) -> np.ndarray:
    """(frames, 80, 16): the 16 mel steps starting at each video frame's time (the last ones repeat the
    clip's end)."""
    if mel.shape[1] < WINDOW:
        mel = np.pad(mel, ((0, 0), (0, WINDOW - mel.shape[1])), constant_values=-MAX_ABS)
    starts = np.minimum((np.arange(frames) * STEPS_PER_SECOND / fps).astype(int), mel.shape[1] - WINDOW)
    return np.stack([mel[:, s : s + WINDOW] for s in starts])
