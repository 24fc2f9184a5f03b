"""Classes of wrong scene settings seen in published texts: a scene whose first sentences name no place, a
door or a bed in a palace, a trade or a shop against the wood passed on the way, a spaceflight's radio, a
scene opened by speech or a refrain, a cave one is only near. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from filmstudio.script.parse import parse_script
from filmstudio.script.scenes import describe_scene, story_home


def _setting(body: str, language: str = "en", **kwargs: str | None) -> str:
    return describe_scene("", body, language, **kwargs).setting  # type: ignore[arg-type]


def _settings(text: str, language: str) -> list[str]:
    board = parse_script(text, filename=f"story.{language}.txt", language=language)
    return [scene.setting for scene in board.scenes]


# -- 1. a scene that names its place late, or none: the place named, else where its people live ----------


@pytest.mark.parametrize(
    ("language", "text", "setting"),
    [
        (
            "en",
            "Every morning the girl fed the hens and sang to them. Her mother called her in at noon. They lived "
            "together in a small village beyond the hills.",
            "village",
        ),
        ("en", "The old miller was tired. His sons never helped him, and he worked from dawn to dusk.", "mill"),
        ("fr", "Le vieux meunier était fatigué. Ses fils ne l'aidaient jamais et il travaillait sans repos.", "mill"),
        ("es", "Cada mañana la niña cantaba. Vivía con su madre en una aldea pequeña al pie de la sierra.", "village"),
        ("hi", "एक लड़की थी। वह हर दिन गाना गाती थी। वह अपनी माँ के साथ एक गाँव में रहती थी।", "village"),
    ],
)
def test_a_scene_naming_its_place_late_or_only_its_people_is_placed(language: str, text: str, setting: str) -> None:
    assert _settings(text, language)[0] == setting


def test_a_scene_naming_nowhere_is_where_the_story_s_people_live() -> None:
    assert story_home("A shepherd and his wife lived in a little hut by the pasture.", "en") == "cabin"
    assert story_home("Il était une fois un roi qui vivait dans un grand château.", "fr") == "palace"
    assert _setting("Nobody answered for a long time.", home="cabin") == "cabin"
    assert _setting("Nobody answered for a long time.") == "landscape"


def test_the_rank_of_a_scene_s_people_places_it_when_it_names_no_place() -> None:
    body = "The king's daughter was proud and would not look at anyone who came to ask for her hand."
    assert _setting(body, previous="living_room") == "palace"
    body = "The king was angry with his daughter. Every suitor the king sent for, she sent away."
    assert _setting(body, previous="market") == "palace"
    # named once, a rank does not take the story from where it was; a place the scene names outweighs it
    assert _setting("The shepherd sat down and played his flute.", previous="mountains") == "mountains"
    assert _setting("The king rode slowly through the forest.", previous="market") == "forest"


# -- 2. a door of a palace is the palace; a bed in it, its bedchamber (drawn since: grand_rooms.py) ---------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "A king and a queen lived in a great palace with their son.\n\nOne stormy evening there was a loud "
            "knocking at the door. A beggar stood outside.\n\nThat night the prince lay down on his bed but could "
            "not sleep.",
        ),
        (
            "de",
            "Es war einmal ein König, der hatte eine schöne Tochter.\n\nEines Abends klopfte es an die Tür. Ein "
            "alter Bettler stand draußen.\n\nIn der Nacht lag die Prinzessin in ihrem Bett und weinte.",
        ),
        ("es", "Había una vez un rey que vivía en un palacio con su hija.\n\nUna noche llamaron a la puerta."),
        ("fr", "Il était une fois un roi qui vivait dans un grand château.\n\nUn soir, on frappa à la porte."),
    ],
)
def test_a_door_of_a_palace_is_the_palace_its_bed_in_its_bedchamber(language: str, text: str) -> None:
    settings = _settings(text, language)
    in_bed = language in ("en", "de")  # the texts whose last paragraph is in bed
    assert set(settings[:-1] if in_bed else settings) == {"palace"}
    assert not in_bed or settings[-1] == "bedchamber"


def test_a_room_of_a_cottage_stays_a_room() -> None:
    assert _setting("There was a knocking at the door.", previous="cabin", home="living_room") == "living_room"
    assert _setting("She lay in her bed and listened to the wind.", home="cabin") == "bedroom"


# -- 3. a trade or a shop gone to, not the wood passed on the way ----------------------------------------


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("en", "The boy took a basket and went to the baker's. On the way he passed through a dark forest.", "market"),
        ("en", "The miller's son walked to town. He crossed a forest and a river on the way.", "city"),
        ("en", "She crossed the river to the village and reached it by noon.", "village"),
        ("fr", "Le garçon alla chez le boulanger. En chemin, il traversa la forêt.", "market"),
        ("de", "Das Mädchen lief zum Bäcker. Unterwegs kam sie am Wald vorbei.", "market"),
        ("es", "La niña fue al mercado y atravesó el bosque sin detenerse.", "market"),
    ],
)
def test_the_shop_or_town_gone_to_beats_the_wood_passed(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


def test_a_trade_is_weaker_than_a_place_and_its_wife_no_shop() -> None:
    assert _setting("The farmer sat down in the forest to rest.") == "forest"
    assert _setting("The baker's wife walked through the forest.") == "forest"
    # the way walked along is the road, not a place passed
    assert _setting("Iba Pedro por el camino del mercado con un cordero.", "es", previous="mountains") == "road"


# -- 4. a spaceflight's radio is in space, a landing on the Moon -------------------------------------------


@pytest.mark.parametrize(
    ("body", "setting"),
    [
        ("Columbia, Houston. We show the burn on time. The LM is free of the CSM.", "space"),
        ("Houston, roger. Engine burn complete and we are stable in orbit.", "space"),
        ("In mission control the flight director watched the screens. Houston, we copy. The crew is ready.", "space"),
        ("Houston, the lunar module is down at the landing site.", "moon"),
    ],
)
def test_a_spaceflight_s_radio_is_in_space(body: str, setting: str) -> None:
    assert _setting(body) == setting


def test_a_ship_docked_is_no_spaceflight() -> None:
    assert _setting("The fishing boat docked in the harbour at dawn.") == "sea"


# -- 5. a scene opened by speech or a refrain is placed by its other sentences -----------------------------


@pytest.mark.parametrize(
    ("language", "text", "setting"),
    [
        (
            "en",
            '"Who is rapping at my window?"\n\nThe old woman lived alone in a small hut at the edge of the '
            "village. She opened the shutter and saw a fox.",
            "cabin",
        ),
        (
            "en",
            "Spin, wheel, spin, spin all the day!\n\nThe miller's daughter sat at the wheel in the mill and sang.",
            "mill",
        ),
        (
            "ja",
            "「だれだい、戸をたたくのは。」\n\nおばあさんは村はずれの小さな家にひとりで住んでいました。",
            "living_room",
        ),
    ],
)
def test_a_scene_opened_by_speech_takes_its_place_from_the_narration(language: str, text: str, setting: str) -> None:
    settings = _settings(text, language)
    assert settings[-1] == setting
    assert "landscape" not in settings


# -- 6. a cave one is only near is a landmark in the wood ----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Near the cave, under an old tree, a hare lay asleep."),
        ("de", "Vor der Höhle, unter einem Baum, schlief ein Hase."),
        ("de", "Neben der Höhle stand ein Baum, und darunter schlief ein Hase."),
        ("es", "Cerca de la cueva, debajo de un árbol, dormía una liebre."),
        ("fr", "Près de la grotte, sous un arbre, dormait un lièvre."),
        ("ja", "ほら穴の近くの木の下で、うさぎがねむっていました。"),
        ("zh", "山洞附近的一棵树下，一只兔子在睡觉。"),
        ("hi", "गुफा के पास एक पेड़ के नीचे एक खरगोश सो रहा था।"),
        ("ta", "குகைக்கு அருகில் ஒரு மரத்தின் கீழ் ஒரு முயல் தூங்கியது."),
    ],
)
def test_a_cave_only_near_is_the_wood_around_it(language: str, body: str) -> None:
    assert _setting(body, language) == "forest"


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The bear slept in the cave all winter long."),
        ("de", "Der Bär schlief den ganzen Winter in der Höhle."),
        ("es", "El oso dormía en la cueva todo el invierno."),
        ("ja", "くまはほら穴の中でねむっていました。"),
    ],
)
def test_a_cave_someone_is_in_is_the_cave(language: str, body: str) -> None:
    assert _setting(body, language) == "cave"


def test_a_cave_only_near_does_not_move_the_story() -> None:
    assert _setting("The fox sat down near the cave and waited.", previous="mountains") == "mountains"
    # the wood around it, named by more than one of its things, does
    assert _setting("Near the cave, under an oak tree, a hare slept.", previous="village") == "forest"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Every spring the Palace Dog trotted off to an old aunt among the hay fields and the hedges.", "palace"),
        ("One summer the City Rat paid a visit to an old friend, a quiet fellow who lived among the hedges.", "city"),
    ],
)
def test_a_name_of_several_words_names_no_place(text: str, wrong: str) -> None:
    board = parse_script(text, filename="story.txt")
    assert any(len(c.name.split()) > 1 for c in board.characters)  # the name was read as a name
    assert board.scenes[0].setting != wrong
