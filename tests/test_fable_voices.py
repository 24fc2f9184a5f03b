"""A narrated fable whose animals speak in quotes is heard as a cast: the narrator reads the story, each
animal says its own lines in its own voice, and a listener (Whisper) understands each line from its time
span in the finished film."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.media.voiceprint import voiceprint
from filmstudio.render import render_film
from tests.helpers import word_error_rate
from tests.media_checks import audio_samples
from tests.speech import hear

pytestmark = pytest.mark.slow

FABLE = (
    "A hungry fox walked through the wood and saw a goose by the pond. "
    "\u201cGood morning, dear goose,\u201d said the fox. \u201cWhat a lovely day for a walk.\u201d "
    "The goose looked at him and laughed. \u201cI know your tricks, old fox,\u201d said the goose. "
    "\u201cGo home and leave me alone.\u201d So the fox went home hungry."
)
RATE = 16000


@pytest.fixture(scope="module")
def fable(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> tuple[dict, np.ndarray]:
    out = tmp_path_factory.mktemp("fable")
    script = out / "fable.txt"
    script.write_text(FABLE, encoding="utf-8")
    settings = Settings(data_dir=out / "data", cache_dir=cache_dir)
    render_film(
        script,
        out / "fable.mp4",
        FilmRequest(resolution="720p", fps=24),
        settings=settings,
        storyboard_path=out / "fable.json",
    )
    return json.loads((out / "fable.json").read_text(encoding="utf-8")), audio_samples(out / "fable.mp4", RATE)


def _lines(board: dict) -> list[dict]:
    return [line for scene in board["scenes"] for line in scene["lines"]]


def test_each_speaker_says_its_own_quotes(fable: tuple[dict, np.ndarray]) -> None:
    board, _ = fable
    said = {(line["character_id"], line["text"].rstrip(",.")) for line in _lines(board)}
    names = {c["id"]: c["name"].lower() for c in board["characters"]}
    by_name = {(names[who], text) for who, text in said}
    assert ("fox", "Good morning, dear goose") in by_name, by_name
    assert ("fox", "What a lovely day for a walk") in by_name, by_name
    assert ("goose", "I know your tricks, old fox") in by_name, by_name
    assert ("goose", "Go home and leave me alone") in by_name, by_name  # a quote split by "said the goose"
    assert ("narrator", "The goose looked at him and laughed") in by_name, by_name


def test_every_line_is_heard_in_its_speakers_own_voice(fable: tuple[dict, np.ndarray]) -> None:
    board, samples = fable
    voices = {c["id"]: c["voice"] for c in board["characters"]}
    assert len({(v["engine"], v["voice"], v["pitch"]) for v in voices.values()}) == len(voices), voices
    prints: dict[str, list] = {}
    for line in _lines(board):
        start, end = line["start"], line["start"] + line["audio_duration"]
        span = samples[int(start * RATE) : int((end + 0.15) * RATE)]
        heard, _ = hear(span, RATE, "en")
        assert word_error_rate(line["text"], heard) <= 0.4, (line["character_id"], line["text"], heard)
        prints.setdefault(line["character_id"], []).append(voiceprint(span, RATE))
    assert set(prints) == set(voices)
    for a, b in itertools.combinations(prints, 2):  # the speakers sound apart, line against line
        assert all(x.apart_from(y) for x in prints[a] for y in prints[b]), (a, b, voices[a], voices[b])
