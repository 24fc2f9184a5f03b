"""Sanskrit verses chanted, not only read: slower, sustained, on three recitation pitches around the
drone's Sa, each word starting on a beat of the music."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from filmstudio.cache import AssetCache
from filmstudio.config import Settings
from filmstudio.engines.registry import get_registry
from filmstudio.engines.tts.chant import ANUDATTA, SVARITA, UDATTA, recitation_pattern
from filmstudio.film_request import FilmRequest
from filmstudio.media.audio import estimate_pitch, read_wav
from filmstudio.pipeline.runner import Runner
from filmstudio.pipeline.stage import StageContext
from filmstudio.pipeline.stages.script_analysis import ScriptAnalysisStage
from filmstudio.pipeline.stages.voice_synthesis import CHANT_TONIC, VoiceSynthesisStage
from filmstudio.script import parse_script
from tests.conftest import EXAMPLES


def _voiced(tmp_path: Path, cache_dir: Path):  # type: ignore[no-untyped-def]
    board = parse_script((EXAMPLES / "sunrise_storyboard.json").read_text(), filename="s.json")
    ctx = StageContext(
        settings=Settings(cache_dir=cache_dir),
        registry=get_registry(),
        cache=AssetCache(cache_dir),
        request=FilmRequest(),
        work_dir=tmp_path,
        cancel_event=threading.Event(),
    )
    Runner([ScriptAnalysisStage(), VoiceSynthesisStage()]).run(board, ctx)
    return board


def test_recitation_pattern() -> None:
    assert recitation_pattern(1) == [ANUDATTA]
    assert recitation_pattern(5) == [UDATTA, SVARITA, UDATTA, SVARITA, ANUDATTA]


def test_a_verse_in_a_devotional_film_is_chanted_on_the_beat(tmp_path: Path, cache_dir: Path) -> None:
    board = _voiced(tmp_path, cache_dir)
    assert board.music.genre == "devotional" and board.music.tempo == 88
    verse = next(ln for ln in board.lines() if ln.language == "sa")
    narration = next(ln for ln in board.lines() if ln.language == "en")
    assert verse.chant and not narration.chant
    beat = 60.0 / board.music.tempo
    for word in verse.words:  # each word starts on a beat of the score, in film time
        position = (verse.start + word.start) / beat
        assert abs(position - round(position)) < 0.01, (word.text, position)

    samples, rate = read_wav(Path(verse.audio))
    pattern = recitation_pattern(len(verse.words))
    pitches = [estimate_pitch(samples[int(w.start * rate) : int(w.end * rate)], rate) for w in verse.words]
    sa = pitches[0] / 2 ** (pattern[0] / 12)
    semitones_from_sa = [12 * np.log2(p / sa) for p in pitches]
    assert np.allclose(semitones_from_sa, pattern, atol=0.6), semitones_from_sa  # three levels, as sung
    drone_sa = 440.0 * 2 ** ((CHANT_TONIC - 69) / 12)
    octaves = np.log2(sa / drone_sa)
    assert abs(octaves - round(octaves)) < 0.05  # the chant's Sa is the drone's Sa, in some octave

    engine = get_registry().get("tts", "espeak")
    read = engine.synthesize(verse.text, engine.voices()[0], language="sa")
    assert verse.audio_duration > 2.0 * read.duration  # slower and sustained
