"""A quote whose speaker the lead-in names ("a cat came by: ‘…?’ said he, ‘…’") goes on after its incise in
that speaker's voice, though another "he" was named earlier in the story."""

from __future__ import annotations

from filmstudio.script import parse_script

STORY = (
    "A miller had an old dog who could no longer guard his yard. ‘Go away,’ said the miller, ‘I have no use "
    "for you.’ Then he shut the gate.\n\n"
    "The dog limped along the road in the rain. Soon a cat came by: ‘Why so slow, neighbour?’ said he, "
    "‘and why do you look so sad?’ ‘Alas!’ replied the dog, ‘my master has sent me away.’"
)


def test_the_quote_after_the_incise_is_the_lead_ins_speaker() -> None:
    board = parse_script(STORY, filename="dog.en.txt")
    lines = [(ln.character_id, ln.text) for s in board.scenes for ln in s.lines]
    asked = next(cid for cid, text in lines if text.startswith("and why do you look so sad"))
    first = next(cid for cid, text in lines if text.startswith("Why so slow"))
    assert first == asked == "cat", lines


TWO_BIRDS = (
    "The Sparrow and the Duck sat on the fence. Soon the clouds grew dark. "
    '"Is it raining?" asked the Sparrow. "Just a little," replied the other. '
    '"Then I fly home," said the Sparrow. "Must you go?" said the other.'
)


def test_the_other_of_two_talking_answers() -> None:
    board = parse_script(TWO_BIRDS, filename="birds.en.txt")
    said = {ln.text: ln.character_id for s in board.scenes for ln in s.lines}
    assert said["Is it raining?"] == said["Then I fly home,"] == "sparrow", said
    assert said["Just a little,"] == said["Must you go?"] == "duck", said
