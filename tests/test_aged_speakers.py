"""A speaker of prose called by another speaker's name with an age word before it ("cried the old
Miller" after "said the Miller") is that speaker; a screenplay's YOUNG cue is a character of its own."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script


def _cast(text: str, filename: str) -> dict[str, object]:
    board = parse_script(text, filename=filename)
    return {c.name: c for c in board.characters if c.id != "narrator"}


@pytest.mark.parametrize(
    ("filename", "text", "name"),
    [
        (
            "mill.en.txt",
            'The wind rose over the hill. "Close the shutters," said the Miller. The boy ran to the window.\n\n'
            '"Faster, faster!" cried the old Miller, and he leaned on his stick by the door.',
            "Miller",
        ),
        (
            "molino.es.txt",
            "El viento soplaba sobre la colina.\n\n—Cierra las ventanas —dijo el Molinero.\n\n"
            "El muchacho corrió hacia la puerta.\n\n—¡Más deprisa! —gritó el viejo Molinero, apoyado en su bastón.",
            "Molinero",
        ),
    ],
)
def test_an_age_word_before_a_speakers_name_is_that_speaker(filename: str, text: str, name: str) -> None:
    cast = _cast(text, filename)
    assert name in cast, cast
    assert not [n for n in cast if n != name and n.endswith(name)], cast
    assert cast[name].age == "elderly"  # type: ignore[attr-defined]  # the age word tells it, not the trade


def test_a_screenplays_young_cue_stays_a_character_of_its_own() -> None:
    script = (
        "INT. KITCHEN - DAY\n\nANNA\nWhere did you put the keys?\n\nYOUNG ANNA\nI hid them in the jar.\n\n"
        "ANNA\nOf course you did.\n"
    )
    cast = _cast(script, "keys.en.fountain")
    assert {"Anna", "Young Anna"} <= set(cast), cast
