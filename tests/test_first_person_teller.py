"""The teller who acts in a tale told in the first person is one of its characters, named by the
pronoun, with a gender only where the words mark it (a Romance adjective or participle after "I was",
a Russian past tense, "I was a little girl"); an "I" of quoted speech, or a frame that only tells, casts
no one. Our own sentences."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script

# (language, story, the teller's name, its gender)
TOLD = [
    (
        "en",
        "I was born in a small village by the sea. Every morning I ran to the harbour and I watched the "
        "boats. One day I climbed onto a ship and I hid among the ropes.",
        "I",
        "neutral",
    ),
    (
        "en",
        "When I was a little girl I lived near a great forest. One morning I climbed the tallest oak and I "
        "saw a wolf below. I ran home.",
        "I",
        "female",
    ),
    (
        "es",
        "Yo vivía en una casa junto al río. Una mañana yo salí temprano y caminé hasta el puente. Yo estaba "
        "cansada, pero seguí.",
        "Yo",
        "female",
    ),
    (
        "fr",
        "Je marchais le long de la rivière. Soudain, je vis un héron. Je suis allée vers le pont et je "
        "courus sur le sable. J'arrivai au village le soir.",
        "Je",
        "female",
    ),
    (
        "fr",
        "Ce matin-là, je partis tôt. Je marchai jusqu'au moulin et je suis entré dans la cour. J'étais fatigué.",
        "Je",
        "male",
    ),
    ("de", "Ich stand früh auf. Dann lief ich zum Bach. Ich sah dort einen Reiher und ich wartete.", "Ich", "neutral"),
    (
        "de",
        "Als ich ein Junge war, wohnte ich am Meer. Ich ging jeden Tag zum Hafen und ich sah die Schiffe.",
        "Ich",
        "male",
    ),
    (
        "it",
        "Io camminavo lungo il fiume. Vidi un airone e corsi verso il ponte. Ero stanco, ma io salii.",
        "Io",
        "male",
    ),
    (
        "pt",
        "Eu andava pela praia quando vi um barco. Corri até a água e eu subi no barco. Eu estava cansada.",
        "Eu",
        "female",
    ),
    ("ru", "Я шла по лесу. Вдруг я увидела сову. Я побежала домой и я рассказала всё маме.", "Я", "female"),
    ("ru", "Я шёл по лесу. Вдруг я увидел сову. Я побежал домой.", "Я", "male"),
]


def _cast(story: str, language: str) -> list:  # type: ignore[type-arg]
    board = parse_script(story, filename=f"told.{language}.txt", language=language)
    return [c for c in board.characters if c.style != "narrator"]


@pytest.mark.parametrize(("language", "story", "name", "gender"), TOLD)
def test_the_teller_who_acts_is_a_character(language: str, story: str, name: str, gender: str) -> None:
    cast = _cast(story, language)
    teller = next((c for c in cast if c.name == name), None)
    assert teller is not None, [c.name for c in cast]
    assert teller.gender == gender, teller.gender_words
    assert teller.drawn


@pytest.mark.parametrize(
    ("language", "story"),
    [
        ("en", '"I climbed the tree and I saw the wolf and I ran," said Tom. Tom sat down by the fire.'),
        ("en", "I will tell you a story. A fox lived in the woods. The fox ran to the river and drank."),
        ("en", "‘I climbed the tree, I saw the wolf, and I ran,’ said Tom. Tom sat down by the fire."),
        ("es", "—Yo corrí, yo salté y yo grité —dijo Juan.\nJuan se sentó junto al fuego."),
    ],
)
def test_no_teller_where_the_i_only_speaks_or_tells(language: str, story: str) -> None:
    assert not [c for c in _cast(story, language) if c.name.lower() in ("i", "yo")]
