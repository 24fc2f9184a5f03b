"""Reading published texts (issue 27), each class of error with text written for it: the other forms a
word takes (dictionary forms, compounds, old spellings), words that name something else than they seem
(a verb's form, a qualifier in a symbol's name, a drink for a café), the words a language has for a place,
and what a scene's place and things leave out."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script, vocabulary
from filmstudio.script.scenes import describe_scene


def _keys(language: str, text: str) -> set[str]:
    return {m.key for m in [*vocabulary.things(language).find(text), *vocabulary.places(language).find(text)]}


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("it", "Gli alberi crescevano lungo il fiume.", "tree"),  # alberi: albero's plural
        ("it", "Aprì le porte della stalla.", "door"),  # porte: porta's plural, no ending of its own
        ("ru", "Старик жил в лесу.", "forest"),  # лесу: лес in the locative
        ("de", "Das Reh schlief unter den Blättern.", "leaf"),  # Blättern: Blatt, an umlaut and an ending
        ("de", "Unter dem Apfelbaum schlief ein Hund.", "tree"),  # a compound's head is its last word
        ("de", "Jemand klopfte an die Hausthüre.", "door"),  # ... in the spelling before 1901 too
        ("de", "Er öffnete die Thür.", "door"),  # the spelling before 1901
        ("en", "A squirrel lived in a fir-tree.", "pine_tree"),  # a compound hyphenated, of one kind
        ("en", "They danced by the Bong-tree.", "tree"),  # a hyphenated compound's head
        ("en", "She walked through the wood alone.", "forest"),  # "the wood" is a place
        ("pt", "Os pastores desciam da serra.", "mountains"),  # a language's own words for a place
        ("fr", "Elle resta au lit toute la journée.", "bedroom"),
        ("bn", "এক গভীর অরণ্যে এক মুনি থাকতেন।", "forest"),  # the literary word
        ("es", "Comió un trozo de queso.", "cheese"),  # a portion "of" cheese is cheese
    ],
)
def test_a_word_in_another_form_is_found(language: str, text: str, key: str) -> None:
    assert key in _keys(language, text)


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("en", "She does not know where he went.", "deer"),  # does: a form of "do", not two does
        ("en", "The children built a sand-bank by the sea.", "bank"),  # the qualifier says what bank
        ("en", "He stacked a pile of wood.", "forest"),  # wood as a material
        ("en", "He stacked the wood by the fire.", "wood"),  # "the wood" is the place
        ("es", "Ganó la campaña del pueblo.", "tent"),  # "tienda de campaña": campaña qualifies the tent
        ("fr", "Il se lava les dents.", "toothbrush"),  # "brosse à dents"
        ("de", "Der Kalif trank seinen Kaffee.", "restaurant"),  # ☕ pictures a drink, not a café
        ("ta", "முதலை நீரில் நீந்தியது.", "swamp"),  # 🐊's name is a crocodile, not a swamp
        ("en", "The whole world was asleep.", "globe"),
        ("de", "Sie kochte ein Gericht aus Bohnen.", "courtroom"),  # a dish, not a court
    ],
)
def test_a_word_that_names_something_else_is_not_it(language: str, text: str, key: str) -> None:
    assert key not in _keys(language, text)


def test_a_bed_is_a_bedroom_and_stays_a_thing_in_it() -> None:
    reading = describe_scene("", "Die Kinder lagen schon im Bett.", "de")
    assert reading.setting == "bedroom"
    assert "bed" in {t.key for t in vocabulary.things("de").find("Die Kinder lagen schon im Bett.")}


def test_places_named_as_often_are_told_apart_by_their_things() -> None:
    # a village where he lives, a forest he goes to for mushrooms: the scene is among the mushrooms
    reading = describe_scene("", "In a village lived an old man. Each morning he went to the forest for mushrooms.")
    assert reading.setting == "forest"


def test_a_story_nowhere_yet_is_where_its_things_stand() -> None:
    # the moral before a fable names no place: the fable's first scene is not held in the open by it
    reading = describe_scene("", "Ворона сидела на ели с куском сыра.", "ru", previous="landscape")
    assert reading.setting == "forest"


def test_an_animal_in_the_cast_is_not_also_a_thing() -> None:
    board = parse_script("The Fox lived by the river. One day the Fox met a Crow, who held a piece of cheese.")
    animals = {c.animal for c in board.characters if c.animal}
    assert {"fox", "crow"} <= animals
    things = {t.key for s in board.scenes for t in s.things}
    assert not things & animals and "cheese" in things


def test_a_cast_animal_there_and_idle_is_still_painted() -> None:
    from filmstudio.script.staging import stage_story

    board = parse_script("The Fox slept under a tree.\n\nThe farmer counted his sheep. The Fox was there too.")
    stage_story(board)
    for scene in board.scenes:
        acting = {cid for m in scene.moments for cid in m.who}
        if "fox" in scene.people and "fox" not in acting:
            assert "fox" in {t.key for t in scene.things if not t.staged}


def test_a_german_diminutive_is_its_noun() -> None:
    things = vocabulary.things("de")
    found = {
        w: [m.key for m in things.find(f"Da war ein {w}.")] for w in ("Kätzchen", "Vöglein", "Mäuschen", "Entlein")
    }
    assert found == {"Kätzchen": ["cat"], "Vöglein": ["bird"], "Mäuschen": ["mouse"], "Entlein": ["duck"]}
    # a word that only ends like one is not: a girl, a fairy tale
    assert things.find("Das Mädchen erzählte ein Märchen.") == []
