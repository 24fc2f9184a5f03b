"""A Russian group counted by a quantifier or a number is written in the genitive ("несколько
охотников", "пять крестьян"): it is the group its plural names, one character when it acts. Our own
sentences."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script


@pytest.mark.parametrize(
    ("story", "crowd"),
    [
        ("Несколько охотников сидели у костра. Они пели.", "men"),
        ("У реки несколько рыбаков чинили сети.", "men"),
        ("Пять крестьян косили траву на лугу.", "men"),
        ("Много солдат пришли в деревню.", "soldiers"),
    ],
)
def test_a_counted_group_that_acts_is_one_character(story: str, crowd: str) -> None:
    board = parse_script(story, filename="counted.ru.txt", language="ru")
    cast = [c for c in board.characters if c.style != "narrator"]
    assert [c.crowd for c in cast] == [crowd]


def test_a_counted_group_only_seen_is_none() -> None:
    board = parse_script("Она увидела несколько охотников.", filename="counted.ru.txt", language="ru")
    assert not [c for c in board.characters if c.style != "narrator"]
