"""The script analysis asks a language model (a local OpenAI-protocol server) what the rules guess badly,
takes only what is valid, keeps a person's own choices, marks each value it took, and falls back to the
rules on any failure; and an LLM translates subtitles for pairs Apertium lacks, cue by cue."""

from __future__ import annotations

import pytest

from filmstudio.config import Settings
from filmstudio.film_request import CharacterChoice, FilmRequest, storyboard_for
from filmstudio.render import analyse
from filmstudio.script import parse_script
from tests.llm_servers import OPENAI_KEY, OpenAIServer

SCRIPT = """GRANDMA: Wake up, the bells are ringing.
ANU: I can see the lamps from here!
GRANDMA: Then come, before the sun."""


@pytest.fixture
def model():  # type: ignore[no-untyped-def]
    with OpenAIServer() as server:
        yield server


def _settings(server, tmp_path, cache_dir, **extra) -> Settings:  # type: ignore[no-untyped-def]
    fields = {
        "openai_api_key": OPENAI_KEY,
        "openai_base_url": f"{server.url}/v1",
        "openai_model": "gpt-test",
        "llm_engine": "openai",
        "llm_enhance_analysis": True,
        **extra,
    }
    return Settings(data_dir=tmp_path, cache_dir=cache_dir, **fields)


def test_the_models_reading_is_taken_where_valid_and_marked(model, tmp_path, cache_dir) -> None:  # type: ignore[no-untyped-def]
    settings = _settings(model, tmp_path, cache_dir)
    rules = analyse(
        parse_script(SCRIPT),
        FilmRequest(),
        settings=settings.model_copy(update={"llm_enhance_analysis": False}),
    )
    # the model reads Grandma as middle-aged (where the rules say elderly) and Anu as a girl
    model.answer(
        data={
            "characters": [
                {"name": "Grandma", "age": "middle_aged", "gender": "female", "role": "lead"},
                {"name": "Anu", "age": "child", "gender": "female", "role": "grandchild"},
            ],
            "scenes": [
                {"index": 0, "setting": "temple", "time_of_day": "dawn", "mood": "peaceful", "things": ["lamp"]}
            ],
        }
    )
    request = FilmRequest(characters=[CharacterChoice(name="Anu", gender="male")])
    board = analyse(storyboard_for(SCRIPT, request), request, settings=settings)
    grandma, anu = (next(c for c in board.characters if c.name == name) for name in ("Grandma", "Anu"))
    ruled = next(c for c in rules.characters if c.name == "Grandma")
    assert (ruled.age, ruled.gender) == ("elderly", "female")  # what the rules read
    assert (grandma.age, grandma.readings.get("age")) == ("middle_aged", "llm")  # a different value: taken
    assert "gender" not in grandma.readings  # the same value as the rules': nothing to mark
    assert (anu.age, anu.readings.get("age")) == ("child", "llm")
    assert anu.gender == "male" and "gender" not in anu.readings  # the person's choice wins over the model
    scene = board.scenes[0]
    assert (scene.setting, scene.time_of_day) == ("temple", "dawn")
    assert scene.readings["setting"] == "llm" and scene.readings["time_of_day"] == "llm"
    assert "lamp" in [t.key for t in scene.things] and scene.mood != "peaceful"  # not a mood the studio knows
    assert board.analysis["reader"] == "llm:openai:gpt-test"
    body = model.requests[-1]["body"]["messages"][1]["content"]
    assert "temple" in body and "Wake up, the bells are ringing." in body


def test_any_failure_leaves_the_rules_reading(model, tmp_path, cache_dir) -> None:  # type: ignore[no-untyped-def]
    settings = _settings(model, tmp_path, cache_dir, llm_max_retries=0)
    model.answer(text="Sorry, I cannot do JSON today.")
    rules = analyse(
        parse_script(SCRIPT),
        FilmRequest(),
        settings=settings.model_copy(update={"llm_enhance_analysis": False}),
    )
    board = analyse(parse_script(SCRIPT), FilmRequest(), settings=settings)
    assert board.analysis["reader"] == "rules" and "JSON" in board.analysis["llm_error"]
    assert [(s.setting, s.time_of_day) for s in board.scenes] == [(s.setting, s.time_of_day) for s in rules.scenes]
    assert all(not c.readings for c in board.characters)


@pytest.mark.slow
def test_subtitles_apertium_lacks_are_translated_by_the_model(model, tmp_path, cache_dir) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.render import render_film

    settings = _settings(model, tmp_path, cache_dir, llm_enhance_analysis=False)
    script = tmp_path / "dawn.txt"
    script.write_text("The sun rises over the quiet sea.\n\nAt night, the city lights come on.\n")
    request = FilmRequest(duration=6, subtitles=["en", "hi"])
    result = render_film(script, tmp_path / "out" / "film.mp4", request, settings=settings)
    hindi = (tmp_path / "out" / "film.hi.srt").read_text()
    assert "[hi] The sun rises over the quiet sea." in hindi  # the model's lines, cued in time
    english = (tmp_path / "out" / "film.en.srt").read_text()
    assert english.count("-->") == hindi.count("-->")
    assert result.probe["duration"] > 5
    asked = [r for r in model.requests if '"task": "translate"' in r["body"]["messages"][1]["content"]]
    assert len(asked) == 1  # one request for all the lines
