"""Each one of a pair the story named is a character when it acts, of the pair's gender: after a comma
and "and" ("The elder went to sea, and the younger stayed home"), with a relative clause between it and
its verb ("The eldest, who was clever, wove nets"), after "one" that opens its sentence ("Одна, старшая,
пряла": one sister, not two), and "l'autre" of two sisters is a sister. Our own sentences."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script

# (language, story, {name: gender} of everyone cast)
PAIRS = [
    (
        "en",
        "A widow had two sons. The elder went to sea, and the younger stayed home with her.",
        {"The elder": "male", "The younger": "male"},
    ),
    (
        "en",
        "Two girls lived by the mill. The older, who was clever, wove baskets. The younger sang all day.",
        {"The older": "female", "The younger": "female"},
    ),
    ("ru", "Жили две сестры. Одна, старшая, пряла. Другая пела песни.", {"Старшая": "female", "Другая": "female"}),
    ("ru", "Жили два брата. Другой пахал поле.", {"Другой": "male"}),
    (
        "fr",
        "Deux sœurs habitaient au bord de la mer. L'une, l'aînée, tissait. L'autre chantait.",
        {"L'aînée": "female", "L'autre": "female"},
    ),
    (
        "de",
        "Zwei Schwestern wohnten am Meer. Die eine, die Ältere, spann Wolle. Die andere sang.",
        {"Die Ältere": "female", "Die andere": "female"},
    ),
]


@pytest.mark.parametrize(("language", "story", "expected"), PAIRS)
def test_each_one_of_the_pair_that_acts(language: str, story: str, expected: dict[str, str]) -> None:
    board = parse_script(story, filename=f"pair.{language}.txt", language=language)
    cast = {c.name: c.gender for c in board.characters if c.style != "narrator"}
    assert cast == expected
