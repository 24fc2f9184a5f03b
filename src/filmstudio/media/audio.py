"""Audio as numpy arrays: reading, writing, converting through ffmpeg, and measuring."""

from __future__ import annotations

import math
import re
import wave
from pathlib import Path

import numpy as np

from filmstudio.media import ffmpeg

MIX_RATE = 48000


def write_wav(path: Path, samples: np.ndarray, sample_rate: int) -> None:
    """16-bit PCM WAV; mono for 1-D arrays, interleaved channels for (n, channels)."""
    data = np.clip(samples, -1.0, 1.0)
    channels = 1 if data.ndim == 1 else data.shape[1]
    pcm = (data * 32767.0).astype("<i2")
    tmp = path.with_name(path.name + ".part")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm.tobytes())
    tmp.replace(path)


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        raw = w.readframes(w.getnframes())
    if width != 2:
        raise ValueError(f"{path} is not 16-bit PCM")
    data = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        data = data.reshape(-1, channels)
    return data, rate


def speech_to_wav(
    binary: str, samples: np.ndarray, sample_rate: int, out: Path, *, pitch: float = 1.0, tempo: float = 1.0
) -> None:
    """Resample a TTS clip to the mix rate, shift its pitch and change its tempo (each without the other).
    A clip only resampled is resampled here: an ffmpeg process per line cost more than the resampling."""
    if abs(pitch - 1.0) <= 1e-3 and abs(tempo - 1.0) <= 1e-3:
        write_wav(out, resample(samples, sample_rate, MIX_RATE), MIX_RATE)
        return
    tmp = out.with_name(out.stem + ".part.wav")
    args = ffmpeg.pcm_to_wav_args(binary, sample_rate=sample_rate, out=tmp, pitch=pitch, tempo=tempo)
    ffmpeg.run(args, input_bytes=samples.astype("<f4").tobytes())
    tmp.replace(out)


def resample(samples: np.ndarray, rate: int, to: int) -> np.ndarray:
    """A mono clip at another sample rate, band-limited through its spectrum (zero-padded, so its end does
    not wrap onto its start), the top 5% of the narrower band eased out so that nothing rings at the cut."""
    if rate == to or not len(samples):
        return samples.astype(np.float32)
    n_out = int(round(len(samples) * to / rate))
    step = math.gcd(rate, to)
    down, up = rate // step, to // step
    # 20 ms of silence after the clip guard the circular spectrum; the length padded to whole periods
    # of the ratio (the rates exact) of a size the FFT is quick at (a prime size costs ten times more)
    periods = _smooth_size(-(-(len(samples) + rate // 50) // down))
    pad, padded_out = periods * down, periods * up
    spectrum = np.fft.rfft(samples.astype(np.float64), pad)
    keep = min(len(spectrum), padded_out // 2 + 1)
    taper = np.ones(keep)
    edge = max(1, keep // 20)
    taper[keep - edge :] = 0.5 + 0.5 * np.cos(np.linspace(0.0, np.pi, edge))
    shaped = np.zeros(padded_out // 2 + 1, dtype=np.complex128)
    shaped[:keep] = spectrum[:keep] * taper
    out = np.fft.irfft(shaped, padded_out)[:n_out] * (padded_out / pad)
    return out.astype(np.float32)


def _smooth_size(n: int) -> int:
    """The least number at or above `n` with no prime factor above 5."""
    while True:
        m = n
        for p in (2, 3, 5):
            while m % p == 0:
                m //= p
        if m == 1:
            return n
        n += 1


def decode_audio(binary: str, source: Path, *, channels: int = 2, sample_rate: int = MIX_RATE) -> np.ndarray:
    proc = ffmpeg.run(ffmpeg.decode_audio_args(binary, source, sample_rate=sample_rate, channels=channels))
    data = np.frombuffer(proc.stdout, dtype="<f4").copy()
    return data.reshape(-1, channels) if channels > 1 else data


def measure_loudness(binary: str, source: Path) -> dict[str, float]:
    """Integrated loudness (LUFS), true peak (dBTP) and loudness range (LU), by ffmpeg's EBU R128 meter."""
    proc = ffmpeg.run(ffmpeg.loudness_args(binary, source))
    text = proc.stderr.decode(errors="replace")
    summary = text[text.rfind("Summary:") :] if "Summary:" in text else ""

    def num(label: str) -> float:
        match = re.search(rf"{label}:\s*(-?inf|-?[0-9.]+)", summary)
        if not match:
            return float("-inf")
        value = float(match.group(1))
        return float("-inf") if label == "I" and value <= -70.0 else value  # the meter's floor: silence

    return {"integrated_lufs": num("I"), "true_peak_dbtp": num("Peak"), "lra": max(0.0, num("LRA"))}


def rms_envelope(samples: np.ndarray, sample_rate: int, window: float = 0.05) -> np.ndarray:
    """RMS per window (mono), one value per `window` seconds."""
    mono = samples if samples.ndim == 1 else samples.mean(axis=1)
    hop = max(1, int(sample_rate * window))
    n = len(mono) // hop
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    blocks = mono[: n * hop].reshape(n, hop)
    rms: np.ndarray = np.sqrt((blocks.astype(np.float64) ** 2).mean(axis=1))
    return rms.astype(np.float32)


def estimate_pitch(samples: np.ndarray, sample_rate: int) -> float:
    """Median fundamental frequency (Hz) of the voiced frames, by normalised autocorrelation."""
    frame = int(0.04 * sample_rate)
    hop = frame // 2
    lo, hi = int(sample_rate / 500), int(sample_rate / 60)
    f0s = []
    energy_floor = 0.02
    for start in range(0, len(samples) - frame, hop):
        x = samples[start : start + frame].astype(np.float64)
        if np.sqrt((x**2).mean()) < energy_floor:
            continue
        x = x - x.mean()
        spec = np.fft.rfft(x, 2 * frame)
        ac = np.fft.irfft(spec * np.conj(spec))[:frame]
        if ac[0] <= 0:
            continue
        ac /= ac[0]
        lag = lo + int(np.argmax(ac[lo:hi]))
        if ac[lag] > 0.5:
            f0s.append(sample_rate / lag)
    return float(np.median(f0s)) if f0s else 0.0
