"""A narrated line that only says who spoke ("said he,") shows that one speaking, not an empty place."""

from __future__ import annotations

from filmstudio.script import parse_script
from filmstudio.script.staging import stage_story

CAT = (
    "The old dog lay by the gate. Soon a cat came by: ‘Good evening, neighbour,’ said he, ‘is the road to "
    "town far?’ ‘Oh!’ replied the dog, ‘it is a long walk from here.’"
)


def _moment_of(text: str, said: str) -> list[str]:
    board = parse_script(text)
    stage_story(board)
    return next(m.who for s in board.scenes for m in s.moments if m.text.strip() == said)


def test_said_he_between_a_quote_s_parts_shows_the_speaker() -> None:
    who = _moment_of(CAT, "said he,")
    assert who[:1] == ["cat"] and "old_dog" in who


def test_a_sentence_that_only_mentions_saying_is_still_read_as_narration() -> None:
    text = "The old dog lay by the gate. A cat came by and sat down. The dog said nothing at all for a long while."
    who = _moment_of(text, "The dog said nothing at all for a long while.")
    assert who[:1] == ["old_dog"]
