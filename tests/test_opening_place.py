"""The scenes before the first that names a place are where the story goes on (a transcript's first
exchanges, a tale's first lines before it says where): that place, not the default landscape."""

from __future__ import annotations

from filmstudio.script import parse_script

STORY = """Nobody said a word for a long time. The wind was cold and the light was grey.

* * *

At last the two friends reached the harbour, where the boats rocked on the water.

* * *

They waited by the boats until the sun went down."""


def test_the_opening_scenes_are_where_the_story_goes_on() -> None:
    scenes = parse_script(STORY, filename="harbour.en.txt").scenes
    named = next(s for s in scenes if s.setting_words)
    assert scenes[0] is not named and not scenes[0].setting_words
    assert scenes[0].setting == named.setting == "sea", [(s.setting, s.setting_words) for s in scenes]


def test_a_story_that_names_no_place_keeps_the_default() -> None:
    scenes = parse_script(
        "Nobody said a word. The wind was cold.\n\n* * *\n\nAt last they smiled.", filename="quiet.en.txt"
    ).scenes
    assert {s.setting for s in scenes} == {"landscape"}
