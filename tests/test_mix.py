from __future__ import annotations

from pathlib import Path

import numpy as np

from filmstudio.media.audio import MIX_RATE, measure_loudness, read_wav, write_wav
from filmstudio.media.mix import Clip, build_voice_track, duck_music, limit_peaks, mix_film_audio


def _tone(seconds: float, freq: float, amp: float) -> np.ndarray:
    t = np.arange(int(seconds * MIX_RATE)) / MIX_RATE
    return (amp * np.sin(2 * np.pi * freq * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))).astype(np.float32)


def test_music_is_ducked_at_least_10_db_under_speech(tmp_path: Path) -> None:
    voice = tmp_path / "voice.wav"
    write_wav(voice, _tone(3.0, 220, 0.3), MIX_RATE)
    music = tmp_path / "music.wav"
    write_wav(music, np.repeat(_tone(10.0, 440, 0.5)[:, None], 2, axis=1), MIX_RATE)
    clips = [Clip(voice, 3.0)]
    track = build_voice_track(clips, 10.0)
    music_samples = read_wav(music)[0]
    ducked = duck_music(music_samples, track, gain_db=-6.0)

    def level(signal: np.ndarray, a: float, b: float) -> float:
        part = signal[int(a * MIX_RATE) : int(b * MIX_RATE)]
        return 20 * np.log10(np.sqrt(np.mean(part**2)) + 1e-12)

    speech_db = level(track, 3.5, 5.5)
    assert speech_db - level(ducked, 3.5, 5.5) >= 10.0
    assert level(ducked, 0.5, 2.0) - level(ducked, 3.5, 5.5) > 12.0  # music comes back up between lines

    out = tmp_path / "mix.wav"
    measured = mix_film_audio(ffmpeg_binary="ffmpeg", clips=clips, duration=10.0, out=out, music_path=music)
    assert abs(measured["integrated_lufs"] + 14.0) <= 1.0
    assert abs(measure_loudness("ffmpeg", out)["integrated_lufs"] + 14.0) <= 1.0


def test_limiter_keeps_peaks_under_the_ceiling() -> None:
    signal = np.concatenate([_tone(1.0, 200, 0.2), _tone(0.1, 200, 3.0), _tone(1.0, 200, 0.2)])
    limited = limit_peaks(signal)
    assert np.abs(limited).max() <= 10 ** (-1.5 / 20) + 1e-6
    assert np.allclose(limited[: MIX_RATE // 2], signal[: MIX_RATE // 2], atol=1e-4)  # quiet parts untouched
