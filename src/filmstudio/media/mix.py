"""The film's sound: voice clips placed on the timeline, a music bed ducked under speech, and the
whole normalised to the target integrated loudness with a peak limiter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from filmstudio.media.audio import MIX_RATE, decode_audio, measure_loudness, read_wav, write_wav
from filmstudio.media.loudness import block_peaks, frame_peaks, gain_for_target, limiter_gains

DUCK_DB = -18.0  # music under speech: keeps speech at least 10 dB above music
CEILING = 10 ** (-1.5 / 20)  # peak ceiling, dBFS


@dataclass(frozen=True)
class Clip:
    path: Path
    start: float


@dataclass(frozen=True)
class EffectClip:
    path: Path
    start: float
    gain_db: float


EFFECT_DUCK_DB = -8.0  # effects dip less than music under speech: they belong to the scene


def build_voice_track(clips: list[Clip], duration: float) -> np.ndarray:
    track = np.zeros(int(round(duration * MIX_RATE)), dtype=np.float32)
    for clip in clips:
        samples, rate = read_wav(clip.path)
        if rate != MIX_RATE:
            raise ValueError(f"{clip.path} is {rate} Hz, expected {MIX_RATE}")
        if samples.ndim > 1:
            samples = samples.mean(axis=1)
        begin = int(round(clip.start * MIX_RATE))
        end = min(len(track), begin + len(samples))
        if end > begin:
            track[begin:end] += samples[: end - begin]
    return track


def speech_activity(voice: np.ndarray, *, attack: float = 0.08, release: float = 0.35) -> np.ndarray:
    """A 0..1 curve per sample: 1 while someone speaks, eased in and out so ducking never clicks."""
    hop = MIX_RATE // 100  # 10 ms
    n = len(voice) // hop + 1
    padded = np.zeros(n * hop, dtype=np.float32)
    padded[: len(voice)] = np.abs(voice)
    active = (padded.reshape(n, hop).max(axis=1) > 0.02).astype(np.float32)
    # widen each active block by the release time, then ease with a moving average of the attack time
    widen = int(release * 100)
    if widen:
        kernel = np.ones(widen * 2 + 1, dtype=np.float32)
        active = (np.convolve(active, kernel, mode="same") > 0).astype(np.float32)
    ease = max(1, int(attack * 100))
    active = np.convolve(active, np.ones(ease, dtype=np.float32) / ease, mode="same")
    return np.interp(np.arange(len(voice)) / hop, np.arange(n), active).astype(np.float32)


def duck_music(
    music: np.ndarray,
    voice: np.ndarray,
    *,
    gain_db: float,
    duck_db: float = DUCK_DB,
    activity: np.ndarray | None = None,
) -> np.ndarray:
    """The music under the voice; `activity`: the voice's speech_activity, when it is already known."""
    activity = speech_activity(voice) if activity is None else activity
    gain = 10 ** ((gain_db + duck_db * activity) / 20)
    return music * gain[:, None]


def limit_peaks(signal: np.ndarray, ceiling: float = CEILING) -> np.ndarray:
    """A look-ahead peak limiter: block gains (5 ms) that never let a sample pass the ceiling,
    spread to neighbouring blocks and interpolated so the gain moves smoothly."""
    block = MIX_RATE // 200
    frames = signal if signal.ndim == 1 else frame_peaks(signal)
    gains = limiter_gains(block_peaks(frames), ceiling)  # looking ahead and behind two blocks
    n = len(gains)
    curve = np.interp(np.arange(len(frames)) / block, np.arange(n), gains).astype(np.float32)
    curve = np.minimum(curve, np.minimum(1.0, ceiling / np.maximum(np.abs(frames), 1e-9)))
    limited: np.ndarray = signal * (curve if signal.ndim == 1 else curve[:, None])
    return limited


def mix_film_audio(
    *,
    ffmpeg_binary: str,
    clips: list[Clip],
    duration: float,
    out: Path,
    music_path: Path | None = None,
    music_gain_db: float = -6.0,
    effects: list[EffectClip] | None = None,
    target_lufs: float = -14.0,
) -> dict[str, float]:
    """Write the film's stereo 48 kHz mix to `out` and return its measured loudness. Music is measured
    at -20 LUFS (the composer's level) and set `music_gain_db` relative to the voice."""
    voice = build_voice_track(clips, duration)
    activity = speech_activity(voice)
    stereo = np.repeat(voice[:, None], 2, axis=1)
    background = np.zeros_like(stereo)
    if music_path is not None:
        music = decode_audio(ffmpeg_binary, music_path, channels=2)
        need = len(voice)
        if len(music) < need:  # loop a short bed
            music = np.tile(music, (need // max(1, len(music)) + 1, 1))
        music = music[:need]
        fade = min(need, int(1.5 * MIX_RATE))
        music[-fade:] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)[:, None]
        background += duck_music(music, voice, gain_db=music_gain_db, activity=activity)
    if effects:
        bus = np.zeros_like(stereo)
        for effect in effects:
            samples, _ = read_wav(effect.path)
            if samples.ndim == 1:
                samples = np.repeat(samples[:, None], 2, axis=1)
            begin = int(round(effect.start * MIX_RATE))
            end = min(len(bus), begin + len(samples))
            if end > begin:
                bus[begin:end] += samples[: end - begin] * np.float32(10 ** (effect.gain_db / 20))
        background += duck_music(bus, voice, gain_db=0.0, duck_db=EFFECT_DUCK_DB, activity=activity)
    measured = _normalise(ffmpeg_binary, stereo + background, out, target_lufs)
    measured["speech_to_background_db"] = speech_to_background_db(voice, background, activity)
    return measured


def speech_to_background_db(voice: np.ndarray, background: np.ndarray, activity: np.ndarray | None = None) -> float:
    """How far the voice stands above music and effects while someone speaks (RMS over speech, in dB)."""
    active = (speech_activity(voice) if activity is None else activity) > 0.99
    if not active.any() or not np.abs(background).any():
        return float("inf")
    speech = np.sqrt(np.mean(voice[active] ** 2))
    rest = np.sqrt(np.mean(background[active] ** 2)) + 1e-12
    return float(20 * np.log10(speech / rest))


def _normalise(binary: str, stereo: np.ndarray, out: Path, target: float) -> dict[str, float]:
    """Gain to the target through the limiter (found in memory: media/loudness.py), limit, measure, and
    correct should the meter disagree with the estimate."""
    signal = stereo * np.float32(gain_for_target(stereo, target, CEILING))
    write_wav(out, limit_peaks(signal), MIX_RATE)
    measured = measure_loudness(binary, out)
    for _ in range(3):
        current = measured["integrated_lufs"]
        if not np.isfinite(current) or abs(current - target) <= 0.3:
            break
        signal = signal * np.float32(10 ** ((target - current) / 20))
        write_wav(out, limit_peaks(signal), MIX_RATE)
        measured = measure_loudness(binary, out)
    return measured
