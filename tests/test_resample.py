"""A spoken line resampled to the mix rate in process (media/audio.py `resample`): the same sound as
ffmpeg's resampler, at the rate and length asked, nothing wrapped from its end onto its start."""

from __future__ import annotations

import subprocess
import wave

import numpy as np
import pytest

from filmstudio.media.audio import MIX_RATE, read_wav, resample, speech_to_wav


def _voice_like(rate: int, seconds: float) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    rng = np.random.default_rng(7)
    tone = 0.4 * np.sin(2 * np.pi * 180 * t) + 0.2 * np.sin(2 * np.pi * 2400 * t)
    signal = (tone + 0.03 * rng.standard_normal(len(t))).astype(np.float32)
    signal[: rate // 10] = 0.0  # silence around it, as a TTS clip has
    signal[-rate // 10 :] = 0.0
    return signal


def _dominant_hz(signal: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(signal))
    return float(np.argmax(spectrum) * rate / len(signal))


@pytest.mark.parametrize("rate", [22050, 24000, 16000])
def test_resampled_clip_keeps_its_pitch_length_and_level(rate: int) -> None:
    clip = _voice_like(rate, 2.3)
    out = resample(clip, rate, MIX_RATE)
    assert len(out) == round(len(clip) * MIX_RATE / rate)
    assert _dominant_hz(out, MIX_RATE) == pytest.approx(180, abs=1.0)
    assert np.sqrt(np.mean(out**2)) == pytest.approx(np.sqrt(np.mean(clip**2)), rel=0.01)
    # the silence before and after stays silent: nothing of the end wrapped onto the start
    assert np.abs(out[: MIX_RATE // 20]).max() < 0.02
    assert np.abs(out[-MIX_RATE // 20 :]).max() < 0.02


def test_resampled_like_ffmpegs_resampler() -> None:
    clip = _voice_like(22050, 3.0)
    ours = resample(clip, 22050, MIX_RATE)
    command = ["ffmpeg", "-v", "error", "-f", "f32le", "-ar", "22050", "-ac", "1", "-i", "pipe:0"]
    command += ["-af", f"aresample={MIX_RATE}", "-f", "f32le", "pipe:1"]
    theirs = np.frombuffer(
        subprocess.run(
            command,
            input=clip.tobytes(),
            capture_output=True,
            check=True,
        ).stdout,
        dtype="<f4",
    )
    n = min(len(ours), len(theirs))
    assert abs(len(ours) - len(theirs)) <= 2
    assert np.corrcoef(ours[:n], theirs[:n])[0, 1] > 0.999


def test_speech_to_wav_writes_the_mix_rate(tmp_path) -> None:  # type: ignore[no-untyped-def]
    clip = _voice_like(22050, 1.5)
    plain, shifted = tmp_path / "plain.wav", tmp_path / "shifted.wav"
    speech_to_wav("ffmpeg", clip, 22050, plain)
    speech_to_wav("ffmpeg", clip, 22050, shifted, pitch=1.2)  # through ffmpeg's rubberband
    for path in (plain, shifted):
        with wave.open(str(path)) as w:
            assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (MIX_RATE, 1, 2)
        samples, _ = read_wav(path)
        assert len(samples) == pytest.approx(1.5 * MIX_RATE, abs=MIX_RATE * 0.02)
    assert _dominant_hz(read_wav(plain)[0], MIX_RATE) == pytest.approx(180, abs=1.0)
    assert _dominant_hz(read_wav(shifted)[0], MIX_RATE) == pytest.approx(216, abs=3.0)
