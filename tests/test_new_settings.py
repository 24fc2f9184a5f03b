"""Five settings the published stories and screenplays need (a patio, a trailer home, heaven, a garden's tool
shed and a screenplay's title card), each read from its words in several languages and drawn by the offline
painter; and a river whose near bank is where people stand. Every sentence here was written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from filmstudio.animation.staged import CROWD_GROUND
from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.painter import paint
from filmstudio.engines.image.settings import SETTINGS, draw_setting
from filmstudio.engines.image.settings.nature import RIVER_FAR_BANK, RIVER_NEAR_BANK, _river_water
from filmstudio.script import parse_script
from filmstudio.script.places import BY_NAME, PLACES
from filmstudio.script.scenes import describe_scene

NEW = ("patio", "trailer", "heaven", "tool_shed", "title_card", "garden")


def _setting(text: str, language: str) -> str:
    return describe_scene("", text, language).setting


@pytest.mark.parametrize(
    ("language", "text", "setting"),
    [
        ("en", "They sat on the patio and drank lemonade.", "patio"),
        ("es", "Se sentaron en la terraza después de cenar.", "patio"),
        ("fr", "Ils dînaient sur la terrasse.", "patio"),
        ("de", "Sie saßen auf der Terrasse.", "patio"),
        ("it", "Cenarono sulla terrazza.", "patio"),
        ("ja", "二人はテラスに座っていた。", "patio"),
        ("zh", "他们坐在露台上。", "patio"),
        ("hi", "बच्चे आँगन में खेल रहे थे।", "patio"),
        ("bn", "শিশুরা উঠোনে খেলছিল।", "patio"),
        ("en", "They lived in a trailer at the edge of town.", "trailer"),
        ("es", "Vivían en una casa rodante.", "trailer"),
        ("de", "Sie wohnten in einem Wohnwagen.", "trailer"),
        ("it", "Vivevano in una roulotte.", "trailer"),
        ("ru", "Они жили в доме на колёсах.", "trailer"),
        ("ja", "彼らはキャンピングカーで暮らしていた。", "trailer"),
        ("zh", "他们住在房车里。", "trailer"),
        ("en", "The angels sang in heaven.", "heaven"),
        ("es", "Las almas descansan en el paraíso.", "heaven"),
        ("fr", "Les anges chantaient au paradis.", "heaven"),
        ("de", "Die Engel sangen im Paradies.", "heaven"),
        ("pt", "Os anjos cantavam no paraíso.", "heaven"),
        ("ru", "Ангелы пели в раю.", "heaven"),
        ("ja", "天使たちは天国で歌っていた。", "heaven"),
        ("zh", "玉帝坐在天庭。", "heaven"),
        ("hi", "देवता स्वर्ग में रहते थे।", "heaven"),
        ("ta", "தேவர்கள் சொர்க்கத்தில் வாழ்ந்தார்கள்.", "heaven"),
        # a story's garden is a cottage's garden of vegetables and fruit, not a public park
        ("en", "Every morning the old woman weeded the garden behind her cottage.", "garden"),
        ("de", "Die Bäuerin goss die Bohnen im Garten.", "garden"),
        ("fr", "Le vieux jardinier arrosait son potager.", "garden"),
        ("es", "La abuela cogía tomates en el huerto.", "garden"),
        ("it", "Il nonno zappava l'orto.", "garden"),
        ("pt", "A menina regava a horta.", "garden"),
        ("ru", "Бабушка полола грядки в огороде.", "garden"),
        ("en", "The children played in the park by the lake.", "park"),
        ("en", "He kept his rake in the tool shed.", "tool_shed"),
        ("en", "She found the old bicycle in the garden shed.", "tool_shed"),
        ("de", "Er ging in den Geräteschuppen.", "tool_shed"),
        ("es", "Guardó la pala en el cobertizo.", "tool_shed"),
        ("fr", "Il rangea la bêche dans l'abri de jardin.", "tool_shed"),
        ("it", "Mise la vanga nel capanno degli attrezzi.", "tool_shed"),
        ("ru", "Он убрал лопату в сарай.", "tool_shed"),
        ("ja", "おじいさんは物置に鍬をしまった。", "tool_shed"),
        ("zh", "他把铁锹放进工具棚。", "tool_shed"),
    ],
)
def test_a_sentence_reads_to_a_new_setting(language: str, text: str, setting: str) -> None:
    assert _setting(text, language) == setting


@pytest.mark.parametrize(
    ("language", "text", "not_setting"),
    [
        ("en", "For heaven's sake, Tom, sit down!", "heaven"),  # an oath
        ("en", "Thank heaven you came.", "heaven"),
        ("de", "Die Vögel flogen hoch am Himmel.", "heaven"),  # the sky
        ("es", "Los pájaros volaban en el cielo.", "heaven"),
        ("en", "The caravan of camels crossed the dunes.", "trailer"),  # a caravan of the desert
        ("en", "He lived in an old log cabin in the woods.", "tool_shed"),  # a cabin stays a cabin
        ("en", "The opening credits rolled on the television in the bar.", "title_card"),  # told, not a heading
    ],
)
def test_words_that_only_look_like_a_new_setting(language: str, text: str, not_setting: str) -> None:
    assert _setting(text, language) != not_setting


def test_the_new_settings_are_known_places_in_order() -> None:
    names = [p.name for p in PLACES]
    assert set(NEW) <= set(names)
    assert names.index("tool_shed") < names.index("cabin")  # the more specific first
    assert names.index("patio") < names.index("mansion")
    assert BY_NAME["trailer"].interior and BY_NAME["patio"].interior is False
    for language in ("en", "es", "fr", "de", "it", "pt", "ru", "ja", "zh", "hi"):
        for key in NEW:
            assert BY_NAME[key].words(language), (key, language)


_SCREENPLAY = """Title: The Long Drive

.OPENING TITLES

Over black, an engine starts. A red car passes on the road.

EXT. DESERT ROAD - DAY

A red car speeds along the empty road.

MAYA
We're almost there.

MAIN TITLES

The names of the cast fade in and out.

INT. KITCHEN - NIGHT

Raj stirs a pot on the stove.

RAJ
Dinner's ready.

EXT. CITY - OPENING CREDITS - NIGHT

Traffic hums under the rain.
"""


def test_a_title_sequence_heading_is_a_title_card_that_shows_nothing_else() -> None:
    board = parse_script(_SCREENPLAY, filename="drive.fountain", language="en")
    settings = [(s.heading, s.setting) for s in board.scenes]
    assert settings == [
        ("OPENING TITLES", "title_card"),  # a forced heading
        ("EXT. DESERT ROAD - DAY", "road"),
        ("MAIN TITLES", "title_card"),  # written on its own line: a heading, not a character's cue
        ("INT. KITCHEN - NIGHT", "kitchen"),
        ("EXT. CITY - OPENING CREDITS - NIGHT", "title_card"),  # a slug's last place
    ]
    cards = [s for s in board.scenes if s.setting == "title_card"]
    assert all(not s.things for s in cards)  # the car told of over black is not drawn on the card
    assert {c.name for c in board.characters} == {"Maya", "Raj"}


def test_the_scene_after_a_title_card_is_not_kept_on_it() -> None:
    assert describe_scene("", "Tom walked into the park.", "en", previous="title_card").setting == "park"
    assert describe_scene("LATER", "Tom waited.", "en", previous="title_card").setting != "title_card"


def _painted(setting: str, *, inside: bool = False, time: str = "day") -> np.ndarray:
    spec = SceneSpec(setting, time, "clear", "calm", "", "cinematic", 3, interior=inside)
    image = paint(spec, (320, 180))
    assert image.size == (320, 180)
    return np.asarray(image.convert("RGB"), np.float32)


@pytest.mark.parametrize(
    ("setting", "inside"),
    [("patio", False), ("trailer", False), ("heaven", False), ("tool_shed", False), ("tool_shed", True)],
)
@pytest.mark.parametrize("time", ["day", "night"])
def test_each_new_setting_is_drawn(setting: str, inside: bool, time: str) -> None:
    assert setting in SETTINGS
    pixels = _painted(setting, inside=inside, time=time)
    assert pixels.std(axis=(0, 1)).max() > 12  # a picture, not a blank


def test_a_title_card_is_dark_and_plain() -> None:
    pixels = _painted("title_card")
    assert pixels.mean() < 25
    assert pixels.std(axis=(0, 1)).max() < 3


def _river(time: str = "day") -> np.ndarray:
    w, h = 640, 360
    img = Image.new("RGB", (w, h), (150, 190, 230))
    draw_setting(img, "river", w, h, int(h * 0.55), time, np.random.default_rng(5))
    return np.asarray(img, np.float32)


@pytest.mark.parametrize("time", ["day", "sunset", "night"])
def test_the_river_runs_across_the_middle_and_people_stand_on_its_bank(time: str) -> None:
    pixels = _river(time)
    h = pixels.shape[0]
    water = np.array(_river_water(time), np.float32)
    bank = pixels[int(h * 0.8) :].reshape(-1, 3).mean(axis=0)
    assert np.linalg.norm(bank - water) > 40  # the foreground is no water
    middle = pixels[int(h * (RIVER_FAR_BANK + 0.02)) : int(h * (RIVER_NEAR_BANK - 0.02)), :].reshape(-1, 3)
    assert np.linalg.norm(np.median(middle, axis=0) - water) < 25  # the river flows across the middle
    assert RIVER_NEAR_BANK < CROWD_GROUND  # a crowd stands on the bank too, the front people lower still
