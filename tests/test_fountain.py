"""The whole Fountain syntax (fountain.io), one element at a time: only characters speak; everything
else is direction, and no markup reaches what is spoken or subtitled."""

from __future__ import annotations

import pytest

from filmstudio.script import detect_format, parse_script
from filmstudio.script.fountain import cue_name, emphasis


def board_of(text: str):  # type: ignore[no-untyped-def]
    return parse_script(text, filename="script.fountain")


def spoken(text: str) -> list[tuple[str, str]]:
    return [(ln.character_id, ln.text) for s in board_of(text).scenes for ln in s.lines]


def test_title_page_with_multi_line_values() -> None:
    text = (
        "Title:\n    _**BRICK & STEEL**_\n    _**FULL RETIRED**_\nCredit: Written by\nAuthor: Stu Maschwitz\n"
        "Draft date: 1/27/2012\nContact:\n    Next Level Productions\n    1588 Mission Dr.\n\n"
        "EXT. BRICK'S PATIO - DAY\n\nBRICK\nHello.\n"
    )
    board = board_of(text)
    assert board.title == "BRICK & STEEL FULL RETIRED"
    assert spoken(text) == [("brick", "Hello.")]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("INT. KITCHEN - NIGHT #1#", "INT. KITCHEN - NIGHT"),
        ("EXT. BEACH - DAY #12A#", "EXT. BEACH - DAY"),
        (".SNIPER SCOPE POV", "SNIPER SCOPE POV"),
        ("INT./EXT. CAR - MOVING", "INT./EXT. CAR - MOVING"),
        ("I/E GARAGE - DAY", "I/E GARAGE - DAY"),
        ("EST. CITY - DAWN", "EST. CITY - DAWN"),
    ],
)
def test_scene_headings_numbers_and_forced(heading: str, expected: str) -> None:
    board = board_of(f"{heading}\n\nMAYA\nHi.\n")
    assert board.scenes[0].heading == expected


def test_forced_action_is_never_a_cue_or_heading() -> None:
    text = "INT. ROOM - DAY\n\n!SCANNING THE AISLES...\nWhere is he?\n\nMAYA\nHere.\n"
    assert spoken(text) == [("maya", "Here.")]
    assert board_of(text).scenes[0].action == ["SCANNING THE AISLES... Where is he?"]


def test_forced_character_and_extensions_are_one_character() -> None:
    text = (
        "INT. ROOM - DAY\n\n@McCLANE\nYippee ki-yay.\n\nMAYA (V.O.)\nOne.\n\nMAYA (O.S.)\nTwo.\n\n"
        "MAYA (CONT'D)\nThree.\n\nMAYA (V.O.)(CONT'D)\nFour.\n\nMAYA (cont'd)\nFive.\n"
    )
    assert spoken(text) == [
        ("mcclane", "Yippee ki-yay."),
        ("maya", "One."),
        ("maya", "Two."),
        ("maya", "Three."),
        ("maya", "Four."),
        ("maya", "Five."),
    ]
    assert [c.id for c in board_of(text).characters] == ["mcclane", "maya"]


def test_name_variants_with_titles_are_one_character() -> None:
    text = "INT. OFFICE - DAY\n\nDR. RAO\nSit down.\n\nRAO\nPlease.\n"
    assert [c for c, _ in spoken(text)] == ["dr_rao", "dr_rao"]


def test_dual_dialogue_both_speak() -> None:
    text = "INT. ROOM - DAY\n\nBRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n"
    assert spoken(text) == [("brick", "Screw retirement."), ("steel", "Screw retirement.")]


def test_parentheticals_mid_speech_split_the_delivery() -> None:
    text = "INT. ROOM - DAY\n\nMAYA\n(quietly)\nListen.\n(louder)\nDo you hear it?\n"
    lines = [ln for s in board_of(text).scenes for ln in s.lines]
    assert [(ln.parenthetical, ln.text) for ln in lines] == [
        ("quietly", "Listen."),
        ("louder", "Do you hear it?"),
    ]


def test_lyrics_in_a_speech_are_sung_and_standalone_lyrics_are_direction() -> None:
    text = "INT. ROOM - DAY\n\nMAYA\n~Willy Wonka! Willy Wonka!\n\n~The amazing chocolatier!\n\nRAVI\nWow.\n"
    assert spoken(text) == [("maya", "Willy Wonka! Willy Wonka!"), ("ravi", "Wow.")]


def test_centred_text_and_transitions_are_not_characters() -> None:
    text = (
        "> THE END <\n\nINT. ROOM - DAY\n\nMAYA\nBye.\n\nCUT TO:\n\nEXT. ROAD - NIGHT\n\n"
        "RAVI\nHi.\n\n> FADE OUT.\n\n>HARBOUR LIGHTS<\n>PART TWO<\n"
    )
    board = board_of(text)
    assert {c.id for c in board.characters} == {"maya", "ravi"}
    assert spoken(text) == [("maya", "Bye."), ("ravi", "Hi.")]


def test_fades_are_direction_not_action() -> None:
    text = (
        "Title: Harbour Lights\n\nFADE IN:\n\nINT. KITCHEN - DAY\n\nMaya pours the tea.\n\n"
        "MAYA\nMore?\n\nFADE TO BLACK.\n"
    )
    board = board_of(text)
    actions = [m.text for s in board.scenes for m in s.moments] or [s.description for s in board.scenes]
    assert not any("FADE" in a for a in actions)
    assert [s.setting for s in board.scenes] == ["kitchen"]


def test_page_breaks_notes_boneyard_sections_and_synopses_are_skipped() -> None:
    text = (
        "# ACT ONE\n\n## Sequence\n\n= Maya learns the truth.\n\nINT. ROOM - DAY\n\n"
        "MAYA\nI know [[a note to the director]] the truth.\n\n===\n\n/* RAVI\nCut line. */\n\n"
        "RAVI\nGood.[[another note\nacross lines]]\n"
    )
    assert spoken(text) == [("maya", "I know the truth."), ("ravi", "Good.")]


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("*italics*", "italics"),
        ("**bold**", "bold"),
        ("***bold italics***", "bold italics"),
        ("_underline_", "underline"),
        ("_**both**_", "both"),
        ("Use \\*stars\\* here", "Use *stars* here"),
        ("an_underscore_name", "an_underscore_name"),
    ],
)
def test_emphasis_is_never_spoken(marked: str, plain: str) -> None:
    assert emphasis(marked) == plain


def test_emphasis_never_reaches_lines_or_subtitles() -> None:
    text = "INT. ROOM - DAY\n\nMAYA\nThis is *really* **important** and _final_.\n"
    assert spoken(text) == [("maya", "This is really important and final.")]


def test_tabs_and_crlf_line_endings() -> None:
    text = "INT. ROOM - DAY\r\n\r\n\tMAYA\r\n\tHello there.\r\n\r\nRAVI\r\nHi.\r\n"
    assert spoken(text) == [("maya", "Hello there."), ("ravi", "Hi.")]


def test_cue_names() -> None:
    assert cue_name("MAYA (V.O.)(CONT'D)") == "MAYA"
    assert cue_name("@McCLANE") == "McCLANE"
    assert cue_name("CUT TO:") is None and cue_name("Hello there") is None and cue_name("> FADE OUT.") is None


def test_a_screenplay_is_detected_by_its_headings() -> None:
    assert str(detect_format("INT. ROOM - DAY\n\nMAYA\nHi.\n", "script.txt")) == "fountain"
