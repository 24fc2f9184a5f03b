"""The colour a script gives a thing reaches the picture: "a black cat", "le chat noir", "काली बिल्ली"
are drawn black, not in the drawing set's own orange; a colour word across a full stop is not taken."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.config import Settings
from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.prompts import scene_prompt
from filmstudio.engines.image.recolour import body_colours, recolour
from filmstudio.engines.image.things import library_at
from filmstudio.script import parse_script
from filmstudio.script.colours import colour_of_thing


@pytest.mark.parametrize(
    ("text", "named", "language", "colour"),
    [
        ("A black cat sleeps on the roof.", "cat", "en", "black"),
        ("Le chat noir dort sur le toit.", "chat", "fr", "black"),
        ("El coche rojo espera.", "coche", "es", "red"),
        ("Der blaue Wagen wartet.", "wagen", "de", "blue"),
        ("एक काली बिल्ली छत पर सोती है।", "बिल्ली", "hi", "black"),
        ("She opened the door. Red light poured in.", "door", "en", None),  # another sentence's colour
        ("The cat sleeps.", "cat", "en", None),
    ],
)
def test_colour_words_next_to_a_thing(text: str, named: str, language: str, colour: str | None) -> None:
    position = text.lower().index(named)
    assert colour_of_thing(text, position, named, language) == colour


def test_scripts_give_their_things_colours() -> None:
    board = parse_script("Le chat noir dort près de la voiture rouge.\n", language="fr")
    colours = {t.key: t.colour for scene in board.scenes for t in scene.things}
    assert colours.get("cat") == "black", colours
    english = parse_script("A white horse runs past a cat.\n", language="en")
    colours = {t.key: t.colour for scene in english.scenes for t in scene.things}
    assert colours.get("horse") == "white" and colours.get("cat") is None, colours


def test_a_black_cat_is_drawn_black_with_its_shading() -> None:
    library = library_at(Settings().assets_dir)
    if not library.available():
        pytest.skip("the drawing set is not installed (filmstudio assets install)")
    svg = library.svg("cat") or ""
    assert len(body_colours(svg)) >= 2  # fur in light and dark tones
    black = recolour(svg, (38, 36, 40))
    assert body_colours(black) == {}  # no orange left
    own, drawn = (np.asarray(library.sprite("cat", 160, c)).astype(float) for c in (None, "black"))
    seen = drawn[..., 3] > 128
    assert drawn[..., :3][seen].mean() < 70 < own[..., :3][own[..., 3] > 128].mean()
    tones = np.unique((drawn[..., :3][seen] // 16).astype(int), axis=0)
    assert len(tones) >= 3  # still shaded, not a flat silhouette
    spec = SceneSpec(
        setting="village",
        time_of_day="day",
        weather="clear",
        mood="calm",
        description="",
        style="cartoon",
        seed=1,
        things=("cat",),
        colours=(("cat", "black"),),
    )
    assert "black cat" in scene_prompt(spec)[0]  # the GPU painter is told too


def test_a_slugline_in_a_plain_text_script_is_a_heading_not_narration() -> None:
    board = parse_script("EXT. VILLAGE STREET - DAY\n\nA black cat sleeps beside a red car.\n", filename="s.txt")
    assert len(board.scenes) == 1
    scene = board.scenes[0]
    assert scene.heading == "EXT. VILLAGE STREET - DAY" and scene.time_of_day == "day"
    assert [line.text for line in scene.lines] == ["A black cat sleeps beside a red car."]
    assert {t.key: t.colour for t in scene.things} == {"cat": "black", "car": "red"}
