"""A scene that names several places is set where its people are: where someone is beats a place passed,
seen, left or thought of; a room of a building beats the building; a place reached and stayed in beats the
way there, and the end of a way not yet walked is the way; a home told at the start holds a scene that
stays at home. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script.parse import parse_script
from filmstudio.script.scenes import describe_scene


def _setting(body: str, language: str = "en", **kwargs: str | None) -> str:
    return describe_scene("", body, language, **kwargs).setting  # type: ignore[arg-type]


# -- 1. where someone is beats a place seen, left, passed or thought of -------------------------------------


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("en", "The goats stood on top of the mountain. Far below they could see the village.", "mountains"),
        ("en", "The fox sat in the cave and thought of the village where the fat hens lived.", "cave"),
        ("en", "The shepherd rested in the forest and looked down at the little village.", "forest"),
        ("en", "A mountain top. Enter the shepherd and his dog. They look at the village below.", "mountains"),
        ("en", "The girl came out of the wood and sat down by the river to wash her feet.", "river"),
        ("es", "Las cabras descansaban en lo alto de la montaña. A lo lejos se divisaba el pueblo.", "mountains"),
        ("es", "El zorro dormía en la cueva y soñaba con el pueblo y sus gallinas.", "cave"),
        ("de", "Die Ziegen standen auf dem Gipfel und sahen hinunter auf das Dorf.", "mountains"),
        ("de", "Der Fuchs lag in seiner Höhle und dachte an das Dorf mit den fetten Hühnern.", "cave"),
        ("fr", "Dans la chambre, la petite fille dormait. Elle rêvait de la forêt.", "bedroom"),
        ("fr", "Le berger se reposait dans la forêt et regardait le village au loin.", "forest"),
        ("it", "Il pastore riposava nel bosco e guardava il villaggio lontano.", "forest"),
        ("pt", "O pastor descansava na floresta e olhava a aldeia ao longe.", "forest"),
        ("ja", "むすめは森の中で花をつみました。遠くに村が見えました。", "forest"),
        ("zh", "孩子们走出了森林，在村子里玩了一整天。", "village"),
        ("hi", "लड़की जंगल से निकलकर गाँव में आई। गाँव में उसने दिन भर खेला।", "village"),
        ("ta", "சிறுமி காட்டில் பூக்களைப் பறித்தாள். தூரத்தில் கிராமம் தெரிந்தது.", "forest"),
    ],
)
def test_where_someone_is_beats_a_place_seen_left_or_thought_of(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "SCENE II. A forest near the village. Enter two hunters. They look at the houses."),
        ("fr", "Scène 3. Une forêt près du village. Entrent deux chasseurs."),
        ("es", "Un bosque cerca de la aldea. Entran dos cazadores."),
    ],
)
def test_a_play_s_set_is_where_its_scene_is(language: str, body: str) -> None:
    assert _setting(body, language) == "forest"


def test_a_place_seen_and_then_gone_into_is_where_they_are() -> None:
    assert _setting("At dusk the boy saw a cave and went in. It was warm and dry.") == "cave"
    # looking around a place is being in it
    assert _setting("She looked around the kitchen for the salt.") == "kitchen"


# -- 2. a room of a building is that room when the action happens there -------------------------------------


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("en", "The king's cook worked in the palace kitchen. She baked bread and stirred the soup.", "kitchen"),
        ("en", "In the palace the princess went to her bedroom, lay down and cried.", "bedchamber"),  # grand_rooms.py
        ("en", "The old house was quiet. In the kitchen the grandmother baked a cake.", "kitchen"),
        ("de", "Im Schloss ging die Königin in die Küche und kochte eine Suppe.", "kitchen"),
        ("es", "En el palacio, la princesa entró en su dormitorio y se acostó.", "bedchamber"),
        ("fr", "La princesse pleurait dans sa chambre du château.", "bedchamber"),
    ],
)
def test_a_room_of_a_building_is_the_room(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


def test_an_english_place_before_another_place_s_word_only_qualifies_it() -> None:
    assert _setting("The village market was busy. A woman sold eggs and cheese.") == "market"
    assert _setting("The cook stirred the soup in the castle kitchen.") == "kitchen"


def test_a_palace_s_room_named_by_its_own_word_is_the_room_its_door_the_palace() -> None:
    assert _setting("The princess went up to her bedroom and wept.", home="palace") == "bedchamber"
    assert _setting("There was a loud knocking at the door.", home="palace") == "palace"


# -- 3. a place reached and stayed in; the end of a way not yet walked is the way ---------------------------


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        (
            "en",
            "The brothers rode through the forest for three days. Then they came to the village and stayed with "
            "the blacksmith. They ate and drank there.",
            "village",
        ),
        (
            "en",
            "The pedlar walked along the road for many days. At last he reached the town and found a room. There "
            "he ate and slept.",
            "city",
        ),
        (
            "fr",
            "Les frères marchèrent longtemps dans la forêt. Le soir, ils arrivèrent au village. Ils y mangèrent et "
            "dormirent chez le forgeron.",
            "village",
        ),
        (
            "de",
            "Die Brüder ritten drei Tage durch den Wald. Dann erreichten sie das Dorf. Dort aßen und tranken sie.",
            "village",
        ),
        (
            "ja",
            "たびびとは一日中森の中を歩きました。夕方、村に着きました。村でやどを見つけて、ごはんを食べました。",
            "village",
        ),
        ("zh", "兄弟们在森林里走了三天。后来他们来到了村子，在那里吃饭睡觉。", "village"),
    ],
)
def test_a_place_reached_where_the_scene_goes_on_is_the_setting(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


def test_a_place_only_passed_before_the_end_stays_where_the_scene_is() -> None:
    # reached in the scene's last sentence: most of the scene was in the wood
    body = "The brothers rode through the forest. They sang and hunted there for days. At last they reached a village."
    assert _setting(body) == "forest"


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "On her way to the market she dreamed of the money she would get for her milk."),
        ("fr", "En allant au marché, la laitière rêvait de sa fortune."),
        ("de", "Auf dem Weg zum Markt träumte das Mädchen von einem neuen Kleid."),
        ("es", "Camino del mercado, la lechera soñaba con lo que compraría."),
        ("pt", "A caminho do mercado, a menina sonhava com um vestido novo."),
    ],
)
def test_the_end_of_a_way_not_yet_walked_is_the_way(language: str, body: str) -> None:
    assert _setting(body, language) == "road"


def test_the_end_of_a_way_reached_is_the_setting() -> None:
    assert (
        _setting("On her way to the market she met a friend, and when she reached the market she sold her eggs.")
        == "market"
    )
    assert _setting("On his way to the palace the boy walked through a dark forest.") == "forest"


# -- 4. a home told at the scene's start holds a scene that stays at home -----------------------------------


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "An old goat lived in a little house with her seven kids. One day she went to the forest to fetch "
            "food. The kids locked the door and waited.",
        ),
        (
            "de",
            "Eine alte Geiß wohnte mit ihren sieben Geißlein in einem kleinen Haus. Eines Tages ging sie zum Wald. "
            "Die Geißlein verriegelten die Tür und warteten.",
        ),
        (
            "fr",
            "Une vieille chèvre vivait dans une petite maison avec ses chevreaux. Un jour, elle partit pour la "
            "forêt. Les chevreaux fermèrent la porte à clé.",
        ),
        (
            "es",
            "Una cabra vivía en una casita con sus siete cabritos. Un día se fue al bosque. Los cabritos cerraron "
            "la puerta.",
        ),
        (
            "hi",
            "एक बूढ़ी बकरी अपने बच्चों के साथ एक छोटे घर में रहती थी। एक दिन वह जंगल गई। बच्चों ने दरवाज़ा बंद कर दिया।",
        ),
        ("zh", "老山羊和她的孩子们住在家里。有一天，她去森林里找吃的。孩子们关上了门。"),
    ],
)
def test_a_home_told_at_the_start_holds_a_scene_that_stays_at_home(language: str, body: str) -> None:
    assert _setting(body, language) == "living_room"


def test_a_story_s_first_scene_at_home_stays_at_home_the_next_goes_out() -> None:
    text = (
        "An old goat lived in a little house with her seven kids. One day she went to the forest to fetch food. "
        "The kids locked the door and waited.\n\nIn the forest the goat gathered grass and leaves."
    )
    board = parse_script(text, filename="story.en.txt", language="en")
    assert [scene.setting for scene in board.scenes] == ["living_room", "forest"]


def test_a_home_left_for_a_place_where_the_scene_goes_on_is_left() -> None:
    body = "An old man lived in a village. Each morning he went to the forest. He picked mushrooms under the pines."
    assert _setting(body) == "forest"
    body = "A girl lived in a little house. One day she went to the forest. In the forest she picked berries."
    assert _setting(body) == "forest"


# -- 5. a thing's word holding a place's character names no place (山羊 is a goat, not a mountain) ------------


def test_a_chinese_or_japanese_word_of_a_thing_holding_a_place_names_no_place() -> None:
    assert _setting("一只山羊在河边喝水。", "zh") == "river"
    assert _setting("山羊が川で水をのんでいました。", "ja") == "river"
