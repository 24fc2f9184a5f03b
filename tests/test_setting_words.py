"""The words that put a scene in a hallway, by a pond, in a workshop, at a mill or down a mine, in several
of the studio's languages; and the words that only look like them (a pronoun "mine", a coffee mill, a
school's corridor)."""

from __future__ import annotations

import pytest

from filmstudio.script.scenes import describe_scene


def _setting(text: str, language: str) -> str:
    return describe_scene("", text, language).setting


@pytest.mark.parametrize(
    ("language", "text", "setting"),
    [
        ("en", "She waited in the hallway.", "hallway"),
        ("en", "They ate supper in the dining room.", "living_room"),
        ("en", "The Governor received them at his residence.", "mansion"),
        ("es", "Ella esperó en el pasillo.", "hallway"),
        ("fr", "Elle attendait dans le couloir.", "hallway"),
        ("de", "Sie wartete im Flur.", "hallway"),
        ("de", "Er wartete im Hausflur.", "hallway"),  # a compound's head
        ("ru", "Она ждала в коридоре.", "hallway"),
        ("ja", "彼女は廊下で待っていた。", "hallway"),
        ("en", "A frog sat by the pond.", "pond"),
        ("es", "Los patos nadaban en el estanque.", "pond"),
        ("fr", "Les canards nageaient sur l'étang.", "pond"),
        ("de", "Die Enten schwammen im Teich.", "pond"),
        ("ru", "Утки плавали в пруду.", "pond"),
        ("hi", "मेंढक तालाब के किनारे बैठा था।", "pond"),
        ("ta", "தவளை குளத்தில் இருந்தது.", "pond"),
        ("zh", "青蛙坐在池塘边。", "pond"),
        ("en", "The carpenter worked in his workshop.", "workshop"),
        ("es", "El carpintero trabajaba en su taller.", "workshop"),
        ("fr", "Le menuisier travaillait dans son atelier.", "workshop"),
        ("de", "Der Tischler arbeitete in seiner Werkstatt.", "workshop"),
        ("it", "Geppetto lavorava nella sua bottega.", "workshop"),
        ("en", "The miller walked to the mill.", "mill"),
        ("en", "The old windmill stood on the hill.", "mill"),
        ("es", "El molinero fue al molino.", "mill"),
        ("fr", "Le meunier alla au moulin.", "mill"),
        ("de", "Der Müller ging zur Mühle.", "mill"),
        ("ru", "Мельник пошёл на мельницу.", "mill"),
        ("en", "The miners went down into the mine.", "mine"),
        ("en", "He worked in a coal mine.", "mine"),
        ("es", "Los mineros bajaron a la mina.", "mine"),
        ("fr", "Les mineurs descendirent dans la mine.", "mine"),
        ("de", "Die Bergleute fuhren in das Bergwerk ein.", "mine"),
        ("it", "I minatori scesero nella miniera.", "mine"),
        ("ru", "Шахтёры спустились в шахту.", "mine"),
        ("zh", "矿工们下到矿井里。", "mine"),
    ],
)
def test_a_sentence_reads_to_its_setting(language: str, text: str, setting: str) -> None:
    assert _setting(text, language) == setting


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The children ran down the school corridor."),
        ("en", "She left her books in the lockers."),
        ("es", "Los niños corrieron por el pasillo de la escuela."),
        ("de", "Die Kinder liefen durch den Schulflur."),
        ("ja", "子どもたちは学校の廊下を走った。"),
    ],
)
def test_a_school_corridor_stays_the_schools(language: str, text: str) -> None:
    assert _setting(text, language) == "school_corridor"


@pytest.mark.parametrize(
    ("language", "text", "not_setting"),
    [
        ("en", "He can look at mine. I brought an apple for you too.", "mine"),  # a pronoun
        ("en", "That book is mine, said Tom.", "mine"),
        ("es", "Mina dijo que sí.", "mine"),  # a name, not a pit
        ("fr", "Il avait bonne mine.", "mine"),  # a look on a face
        ("de", "Die Kaffeemühle klapperte in der Küche.", "mill"),  # a coffee mill
        ("en", "They crossed the river to the forest.", "pond"),
    ],
)
def test_a_word_that_only_looks_like_the_setting_is_not_it(language: str, text: str, not_setting: str) -> None:
    assert _setting(text, language) != not_setting


def test_a_hallway_passed_through_gives_way_to_the_room_it_leads_to() -> None:
    assert _setting("She ran down the hallway into the kitchen.", "en") == "kitchen"
