"""Piper's voice patched for word timings once, at set-up, speaks and times its words as the voice
patched in memory at each render's first line does."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("piper")
pytest.importorskip("onnx")

from filmstudio.engines.tts.piper import PiperEngine, aligned_model, prepare_aligned_model  # noqa: E402

LINE = "The ferryman rowed slowly across the grey water, humming an old tune."


def test_the_prepared_voice_speaks_and_times_as_the_one_patched_in_memory(tmp_path: Path) -> None:
    prepared = prepare_aligned_model(tmp_path)
    assert prepared is not None and prepared == aligned_model(tmp_path) and prepared.is_file()
    made = prepared.stat().st_mtime_ns
    assert prepare_aligned_model(tmp_path) == prepared and prepared.stat().st_mtime_ns == made  # once
    assert not list(tmp_path.glob("*.part"))

    in_memory = PiperEngine()
    voice = in_memory.voices()[0]
    a = in_memory.synthesize(LINE, voice, language="en")
    b = PiperEngine(tmp_path).synthesize(LINE, voice, language="en")
    # VITS samples its durations and noise: each session speaks its own take (the prepared session runs
    # without graph optimisations, which draws its random numbers in another order), of the same words
    assert [w.text for w in a.words] == [w.text for w in b.words]
    assert abs(len(b.samples) - len(a.samples)) < 0.15 * len(a.samples)
    assert np.sqrt(np.mean(b.samples**2)) > 0.5 * np.sqrt(np.mean(a.samples**2))
    assert len(b.words) == len(LINE.split()) and b.words[-1].end > b.words[0].start


def test_without_the_prepared_copy_the_voice_is_patched_in_memory(tmp_path: Path) -> None:
    engine = PiperEngine(tmp_path / "empty")
    speech = engine.synthesize("Good morning.", engine.voices()[0], language="en")
    assert len(speech.words) == 2 and speech.samples.size > 0
