"""One film request: the API's names, the CLI's flags and keys stored by earlier versions all become the
same typed request, with one set of defaults, translated in one place."""

from __future__ import annotations

import pytest

from filmstudio.errors import InvalidInput
from filmstudio.film_request import (
    BILLED_SECONDS_WITHOUT_DURATION,
    CharacterChoice,
    FilmRequest,
    apply_character_overrides,
    speakers_in,
    storyboard_for,
)


def test_defaults_are_one_set() -> None:
    request = FilmRequest.from_settings({})
    assert request == FilmRequest()
    assert (request.resolution, request.fps, request.aspect, request.style) == (
        "720p",
        24,
        "16:9",
        "cinematic",
    )
    assert request.duration is None and request.billed_seconds == BILLED_SECONDS_WITHOUT_DURATION
    assert request.frame_size == (1280, 720) and request.burn_subtitles and not request.watermark


def test_api_names_and_stored_keys_are_translated() -> None:
    project = {
        "duration": 30,
        "subtitle_language": ["EN", " es "],
        "resolution": "1080P",
        "music_genre": None,
    }
    generate = {"include_subtitles": False, "fps": 30}
    request = FilmRequest.from_settings(project, generate, title="Dawn")
    assert request.subtitles == ["en", "es"] and request.burn_subtitles is False
    assert (request.resolution, request.fps, request.duration, request.title) == ("1080p", 30, 30.0, "Dawn")
    assert request.music_genre is None  # None leaves the default


def test_later_layers_win_and_own_names_win_over_aliases() -> None:
    stored = {"subtitle_language": ["en"], "subtitles": ["hi"]}
    assert FilmRequest.from_settings(stored).subtitles == ["hi"]
    assert FilmRequest.from_settings(stored, {"subtitle_languages": ["fr"]}).subtitles == ["fr"]
    assert FilmRequest.from_settings({"duration": 30}, {"duration": None}).duration == 30.0


def test_a_stored_request_reads_back_the_same() -> None:
    request = FilmRequest.from_settings(
        {"duration": 12, "subtitles": ["en", "es"], "characters": [{"name": "Anna", "gender": "female"}]}
    )
    assert FilmRequest.from_settings(request.stored()) == request


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"resolution": "8k"}, "resolution"),
        ({"fps": 60}, "fps"),
        ({"duration": -5}, "duration"),
        ({"characters": [{"name": "A", "gender": "robot"}]}, "characters.0.gender"),
    ],
)
def test_bad_settings_are_a_clear_error(settings: dict, field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        FilmRequest.from_settings(settings)
    assert info.value.details["field"] == field and field in info.value.message


def test_character_choices_apply_by_name_and_speakers_are_counted_once() -> None:
    script = "ANNA: Hello there.\nRAVI: Hi, Anna."
    request = FilmRequest(
        characters=[
            CharacterChoice(name="anna", age="elderly", voice="festival:kal"),
            CharacterChoice(name="nobody", gender="male"),
        ]
    )
    board = storyboard_for(script, request)
    anna = next(c for c in board.characters if c.name.lower() == "anna")
    assert (anna.age, anna.voice_preference, anna.voice) == ("elderly", "festival:kal", None)
    assert speakers_in(script) == 2 and speakers_in("The sea is calm.") == 1
    apply_character_overrides(board, [CharacterChoice(name="ANNA", gender="male")])
    assert anna.gender == "male"
