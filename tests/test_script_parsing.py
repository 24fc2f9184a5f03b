from __future__ import annotations

import pytest

from filmstudio.errors import ScriptError
from filmstudio.script import ScriptFormat, detect_format, parse_script
from filmstudio.script.source import decode_script
from tests.conftest import EXAMPLES


def test_each_example_is_detected_as_its_format() -> None:
    found = {
        name: detect_format((EXAMPLES / name).read_text(), name)
        for name in ("lighthouse.fountain", "interview.txt", "mountain_story.txt", "sunrise_storyboard.json")
    }
    assert found == {
        "lighthouse.fountain": ScriptFormat.FOUNTAIN,
        "interview.txt": ScriptFormat.DIALOGUE,
        "mountain_story.txt": ScriptFormat.PROSE,
        "sunrise_storyboard.json": ScriptFormat.STORYBOARD,
    }


def test_fountain_gives_characters_with_age_and_gender_scenes_and_parentheticals() -> None:
    board = parse_script((EXAMPLES / "lighthouse.fountain").read_text(), filename="lighthouse.fountain")
    assert board.title == "The Last Lighthouse"
    people = {c.id: c for c in board.characters}
    assert (people["maya"].gender, people["maya"].age) == ("female", "child")  # "MAYA (9)", "her scarf"
    assert (people["grandpa_elias"].gender, people["grandpa_elias"].age) == ("male", "elderly")  # "(72)"
    assert [s.setting for s in board.scenes] == ["sea", "lighthouse_room", "sea"]
    assert [s.time_of_day for s in board.scenes] == ["sunset", "night", "dawn"]
    assert board.scenes[1].interior and board.scenes[1].weather == "storm"
    assert board.scenes[2].weather == "clear"  # "The storm has passed."
    first = board.scenes[0].lines[0]
    assert first.parenthetical == "breathless" and first.text.startswith("Grandpa!")
    assert "lighthouse" in board.scenes[1].description.lower()


def test_fountain_skips_notes_boneyard_transitions_and_handles_extensions() -> None:
    text = (
        "INT. KITCHEN - DAY\n\nRAVI (40) cooks. [[a note]]\n\n/* cut this */\n\n"
        "RAVI (V.O.)\nSmells good.\n\nCUT TO:\n\nEXT. CITY STREET - NIGHT\n\nPRIYA\n(whispering)\nFollow me.\n"
    )
    board = parse_script(text, filename="x.fountain")
    assert [c.id for c in board.characters] == ["ravi", "priya"]
    assert board.characters[0].gender == "male" and board.characters[0].age == "middle_aged"
    assert [s.setting for s in board.scenes] == ["kitchen", "city"]
    assert board.scenes[1].lines[0].parenthetical == "whispering"
    assert all("note" not in a and "cut this" not in a for s in board.scenes for a in s.action)


def test_dialogue_script_with_scene_markers_and_parentheticals() -> None:
    board = parse_script((EXAMPLES / "interview.txt").read_text(), filename="interview.txt")
    assert [c.name for c in board.characters] == ["Host", "Dr. Anna Rao"]
    assert board.characters[1].gender == "female"
    assert board.scenes[0].setting == "podcast_studio"
    assert board.scenes[0].lines[0].parenthetical == "cheerful"
    # a new shot at every change of speaker
    assert len(board.scenes[0].shots) == len(board.scenes[0].lines)


def test_prose_is_read_by_one_narrator_one_scene_per_paragraph() -> None:
    board = parse_script((EXAMPLES / "mountain_story.txt").read_text(), filename="mountain_story.txt")
    assert [c.id for c in board.characters] == ["narrator"]
    # a paragraph that names two places equally is set in the first ("fields beside the river": a farm)
    assert [s.setting for s in board.scenes] == ["mountains", "farm", "village"]
    assert [s.time_of_day for s in board.scenes] == ["dawn", "day", "night"]
    assert len(board.lines()) == 6


def test_storyboard_json_round_trips_and_keeps_line_languages() -> None:
    text = (EXAMPLES / "sunrise_storyboard.json").read_text()
    board = parse_script(text, filename="sunrise_storyboard.json")
    assert [ln.language for ln in board.lines()] == ["en", "sa", "en"]
    again = parse_script(board.model_dump_json(), filename="again.json")
    assert again == board


def test_sanskrit_verse_in_a_hindi_script_is_marked_sanskrit() -> None:
    board = parse_script("नमस्ते दोस्तों।\n\nधर्मक्षेत्रे कुरुक्षेत्रे समवेता युयुत्सवः ॥", filename="v.txt")
    assert board.language == "hi"
    assert [ln.language for ln in board.lines()] == ["hi", "sa"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait", "UTF-8"),
    ],
)
def test_bad_script_bytes_are_refused_with_a_clear_message(raw: bytes, message: str) -> None:
    with pytest.raises(ScriptError, match=message):
        decode_script(raw, max_bytes=1000)


def test_oversized_script_is_refused() -> None:
    with pytest.raises(ScriptError, match="too large"):
        decode_script(b"word " * 1000, max_bytes=1000)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"scenes": [}', "invalid at line 1"),
        ('{"scenes": "nope"}', "does not match the schema at scenes"),
        ('{"characters": [], "scenes": [{"id": "s1", "lines": []}]}', "no lines"),
        (
            '{"characters": [], "scenes": [{"id": "s1", "lines": [{"id": "l1", "character_id": "x", "text": "hi"}]}]}',
            "not in characters",
        ),
    ],
)
def test_bad_storyboard_json_is_refused(text: str, message: str) -> None:
    with pytest.raises(ScriptError, match=message):
        parse_script(text, filename="board.json")
