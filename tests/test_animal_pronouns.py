"""An animal's gender from the pronouns that stand for it, when its word gives none: a subject pronoun
stands for the nearest one it fits, and an animal the story knows ("said the cat, and she purred")
is nearer than a person named before it; a possessive of another gender than a name's own subject
pronouns, or a pronoun of another gender than a name the lists know as one gender's, is someone else's.
Our own sentences."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            'The cat looked at Tom. "Give me milk," said the cat, and she rubbed against his legs. Tom gave her a bowl.',
            {"Cat": "female", "Tom": "male"},
        ),
        (
            'The dog watched Mary from the gate. "Throw the ball," barked the dog, and he wagged his tail. Mary laughed.',
            {"Dog": "male", "Mary": "female"},
        ),
        (
            'Anna found a goat in the garden. "Go away!" Anna shouted at the goat, but he only bleated.',
            {"Anna": "female"},
        ),
        (
            'Once a frog lived in a well. One day the frog said to a turtle: "Come and see my home." He jumped.',
            {"Frog": "male"},
        ),
    ],
)
def test_the_animal_takes_its_pronoun(story: str, expected: dict[str, str]) -> None:
    board = parse_script(story, filename="animal.en.txt", language="en")
    cast = {c.name: c.gender for c in board.characters if c.style != "narrator"}
    assert {n: cast.get(n) for n in expected} == expected
