"""A stage play written in Fountain often has no scene headings: its sections (`## Scene Two`) mark the
scenes, and each opens one with its own place. A screenplay with headings keeps sections as structure."""

from __future__ import annotations

from filmstudio.script import parse_script

PLAY = """Title: The Lamp

# ACT ONE

## Scene One

A small kitchen at night. A kettle sings on the stove.

NORA
He will not come back tonight.

PETER
He always comes back.

## Scene Two

A windy garden behind the house. Peter digs a hole by the apple tree.

NORA
What are you burying?

# ACT TWO

## Scene One

The kitchen again, at dawn.

PETER
It is done.
"""

SCREENPLAY = """# ACT ONE

## The night

INT. KITCHEN - NIGHT

Nora pours tea.

NORA
He will not come back.

## Later

Peter comes in from the rain.

PETER
I am back.
"""


def test_sections_open_the_scenes_of_a_play_without_headings() -> None:
    board = parse_script(PLAY, filename="lamp.en.fountain")
    assert [s.setting for s in board.scenes] == ["kitchen", "garden", "kitchen"]
    assert [len(s.lines) for s in board.scenes] == [2, 1, 1]


def test_sections_stay_structure_where_the_script_has_headings() -> None:
    board = parse_script(SCREENPLAY, filename="night.en.fountain")
    assert len(board.scenes) == 1
    assert board.scenes[0].setting == "kitchen"
