"""Piper speaks lines side by side (its phonemiser is locked by Piper itself, ONNX Runtime's session runs
in parallel): each line spoken at once has its own words, in order, and its own audible sound."""

from __future__ import annotations

import threading

import numpy as np
import pytest

pytest.importorskip("piper")

from filmstudio.config import Settings  # noqa: E402
from filmstudio.engines.tts.piper import PiperEngine  # noqa: E402

LINES = [
    "The ferry leaves at seven from the northern pier.",
    "Pack the lanterns and the blue blanket.",
    "We will see the islands before noon.",
    "Keep the tickets in your coat pocket.",
]


def test_lines_spoken_at_once_each_have_their_own_words_and_sound() -> None:
    engine = PiperEngine(Settings().assets_dir)
    voice = engine.voices()[0]
    spoken: dict[int, object] = {}
    failures: list[BaseException] = []

    def say(k: int) -> None:
        try:
            spoken[k] = engine.synthesize(LINES[k], voice, language="en")
        except BaseException as exc:  # noqa: BLE001 - raised below, in the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=say, args=(k,)) for k in range(len(LINES))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    for k, line in enumerate(LINES):
        speech = spoken[k]
        words = [w.text for w in speech.words]  # type: ignore[attr-defined]
        assert words == line.split()
        starts = [w.start for w in speech.words]  # type: ignore[attr-defined]
        assert starts == sorted(starts)
        samples = speech.samples  # type: ignore[attr-defined]
        seconds = len(samples) / speech.sample_rate  # type: ignore[attr-defined]
        # its own length, not another line's (lines of 7-9 words); VITS draws each line's pace afresh, and a
        # quick draw has said 7 words in 1.72 s
        assert 0.2 * len(words) < seconds < 1.0 * len(words) + 1.0
        assert np.sqrt(np.mean(samples**2)) > 0.02
        assert speech.words[-1].end <= seconds + 0.05  # type: ignore[attr-defined]
