"""Where a scene of published prose is: with its people, whatever idiom, old spelling, door, stream,
spaceflight, cave or quoted speech names a place (sentences written for these tests, in many languages)."""

from __future__ import annotations

import pytest

from filmstudio.script.parse import parse_script
from filmstudio.script.scenes import describe_scene, text_for_places
from filmstudio.script.typography import modern_spelling


def _setting(body: str, language: str, previous: str | None = None) -> str:
    return describe_scene("", body, language, previous=previous).setting


# -- 1. setting off names no road ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The tailor set off on his way with a loaf in his pocket."),
        ("en", "The pedlar thanked them and went on his way, whistling."),
        ("de", "Das Mädchen machte sich auf den Weg zur Großmutter."),
        ("es", "La niña se puso en camino muy temprano."),
        ("fr", "La fille se mit en chemin avec son panier."),
        ("fr", "Le soldat se mit en route avant l'aube."),
        ("it", "La bambina si mise in cammino con il cestino."),
        ("pt", "O menino pôs-se a caminho logo de manhã."),
        ("ru", "Старик отправился в путь рано утром."),
        ("hi", "बूढ़ा अपने रास्ते चला गया।"),
    ],
)
def test_setting_off_is_not_a_road(language: str, body: str) -> None:
    assert _setting(body, language) != "road"


def test_the_text_places_are_read_from_has_no_setting_off() -> None:
    assert "weg" not in text_for_places("Eines Tages machte sich das Mädchen auf den Weg.", "de").lower()
    assert "रास्ते" not in text_for_places("वह अपने रास्ते चला गया।", "hi")
    assert "Haustür" in text_for_places("Er klopfte an die Hausthür.", "de")


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "He set off on his way and walked along the dusty road all day."),
        ("de", "Er machte sich auf den Weg und wanderte lange auf der Landstraße."),
        ("es", "Se puso en camino y anduvo por la carretera hasta la noche."),
    ],
)
def test_a_road_walked_on_is_still_a_road(language: str, body: str) -> None:
    assert _setting(body, language) == "road"


# -- 2. old spelling -----------------------------------------------------------------------------------
def test_old_german_spelling_is_read_as_todays() -> None:
    old = "Da gieng er an die Hausthür, die Thür war zu; er hatte keinen Muth und fieng das Thier. Es soll seyn."
    assert modern_spelling(old, "de") == (
        "Da ging er an die Haustür, die Tür war zu; er hatte keinen Mut und fing das Tier. Es soll sein."
    )
    # words that are words with their h keep it
    assert modern_spelling("Der König saß auf dem Thron im Theater.", "de") == "Der König saß auf dem Thron im Theater."


def test_old_spanish_accents_are_read_as_todays() -> None:
    assert modern_spelling("Fué á la puerta é iba ó venía; él dió agua.", "es") == (
        "Fue a la puerta e iba o venía; él dio agua."
    )


def test_an_old_spelling_names_its_place() -> None:
    assert _setting("Da gieng der Knabe an die Hausthür und klopfte.", "de", previous="forest") == "living_room"


# -- 3. the house and its door are home ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "She knocked at the door and her mother opened it."),
        ("de", "Er klopfte an die Haustür, und die Mutter machte auf."),
        ("es", "Llamó a la puerta y su madre le abrió."),
        ("fr", "Il frappa à la porte et sa mère ouvrit."),
        ("it", "Bussò alla porta e la mamma aprì."),
        ("pt", "Ele bateu à porta e a mãe abriu."),
        ("ru", "Он постучал в дверь, и мать открыла."),
        ("ja", "男は戸をたたきました。"),
        ("hi", "उसने दरवाज़ा खटखटाया और माँ ने खोला।"),
        ("en", "Late that night the boy came home."),
    ],
)
def test_the_door_and_coming_home_are_home(language: str, body: str) -> None:
    assert _setting(body, language, previous="forest") == "living_room"


def test_a_door_of_another_place_is_that_place() -> None:
    assert _setting("She knocked at the door of the palace and waited.", "en") == "palace"


def test_a_scene_naming_no_place_stays_unless_its_people_left() -> None:
    assert _setting("They talked for a long while and laughed.", "en", previous="forest") == "forest"
    assert _setting("Then the hare ran away as fast as he could.", "en", previous="forest") != "forest"
    assert _setting("Dann lief der Hase davon.", "de", previous="forest") != "forest"
    assert _setting("Puis le lièvre s'en alla.", "fr", previous="forest") != "forest"
    assert _setting("Заяц убежал.", "ru", previous="forest") != "forest"


# -- 4. running water ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "A lamb was drinking from a little brook."),
        ("en", "The deer drank from the stream."),
        ("fr", "Un agneau se désaltérait dans le courant d'une onde pure."),
        ("fr", "Le loup but au ruisseau."),
        ("de", "Das Reh trank aus dem Bach."),
        ("es", "El ciervo bebía en el arroyo."),
        ("it", "L'agnello beveva al ruscello."),
        ("pt", "O cordeiro bebia no riacho."),
        ("ru", "Ягнёнок пил воду из ручья."),
        ("ja", "子ぎつねは小川で水を飲みました。"),
        ("hi", "हिरन नाले पर पानी पी रहा था।"),
    ],
)
def test_a_stream_drunk_from_is_the_river(language: str, body: str) -> None:
    assert _setting(body, language) == "river"


def test_an_animal_is_outweighed_by_any_place() -> None:
    assert _setting("A wolf and a bear came to drink from the brook.", "en") == "river"
    assert _setting("A wolf sat in the village square.", "en") == "village"


# -- 5. spaceflight ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("en", "Houston, the LM is docking with the command module. Cabin pressure is good.", "space"),
        ("en", "The booster separated and the spacecraft entered orbit.", "space"),
        ("en", "The module came down on the landing site and the crew looked out at the moon dust.", "moon"),
        ("de", "Die Astronauten meldeten das Andocken an das Kommandomodul; der Kabinendruck war normal.", "space"),
        ("fr", "Les astronautes confirmèrent l'amarrage ; la pression de la cabine est bonne.", "space"),
        ("es", "Tras el alunizaje, los astronautas pisaron el polvo lunar.", "moon"),
        ("ru", "Космонавты начали стыковку на орбите.", "space"),
    ],
)
def test_spaceflight_is_in_space_and_a_landing_on_the_moon(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


# -- 6. a place seen, then entered ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "In the evening he saw a cave and went into it. He slept there till morning."),
        ("en", "He left the village and walked until he found a cave. He crept inside and slept."),
        ("hi", "शाम को उसे एक गुफा दिखाई दी। वह गुफा में चला गया और सो गया।"),
        ("ja", "夕方、ほらあなを見つけて、中に入りました。そこで眠りました。"),
        ("de", "Er verließ das Dorf und fand am Abend eine Höhle; er kroch hinein und schlief."),
        ("fr", "Il quitta le village et vit une grotte ; il y entra et dormit."),
    ],
)
def test_a_place_entered_outweighs_one_left(language: str, body: str) -> None:
    assert _setting(body, language) == "cave"


# -- 7. places said in speech --------------------------------------------------------------------------
def test_a_place_only_said_weighs_less_than_where_people_are() -> None:
    body = "“I come from the city,” the mouse told her. They sat together in the kitchen and ate."
    assert _setting(body, "en") == "kitchen"
    assert _setting("« Je viens de la ville », dit la souris. Elles mangeaient dans la cuisine.", "fr") == "kitchen"


def test_speech_in_a_story_is_not_its_setting() -> None:
    text = (
        "The Two Mice\n\n‘I live in the city,’ said the mouse. The two mice sat in the barn of the farm and ate corn."
    )
    board = parse_script(text, filename="mice.en.txt")
    assert board.scenes[-1].setting == "farm"
