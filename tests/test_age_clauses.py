"""A name's age is read from what describes it, not from another clause's people: "lots of kids around,
but Nora", "Although many children played, Nora read" leave Nora grown-up; "a little girl named Mia" and a
stated "(6)" still tell a child."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script


def _ages(text: str, filename: str = "story.txt") -> dict[str, str]:
    return {c.id: c.age for c in parse_script(text, filename=filename).characters if c.id != "narrator"}


@pytest.mark.parametrize(
    "text",
    [
        "Nora sat in the park. There were lots of kids around, but Nora was reading.",
        "Nora sat on the bench. Although many children played on the swings, Nora kept reading.",
        "Nora went to the fair. While the boys ran to the carousel, Nora bought a lemonade.",
    ],
)
def test_another_clauses_children_do_not_make_the_name_a_child(text: str) -> None:
    assert _ages(text)["nora"] != "child"


def test_a_screenplay_mother_among_playing_kids_stays_grown_up() -> None:
    text = (
        "EXT. PARK - DAY\n\nNORA watches her son LEO (6) on the swings. Although many other kids are around, "
        "Nora only looks at Leo.\n\nNORA\nHold on tight!\n"
    )
    ages = _ages(text, "park.fountain")
    assert ages["nora"] != "child" and ages["leo"] == "child"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A little girl named Mia lived by the sea. Mia loved shells.", "mia"),
        ("Everyone was busy, but the small boy Tim sat alone. Tim sighed.", "tim"),
    ],
)
def test_what_describes_the_name_itself_still_tells_a_child(text: str, who: str) -> None:
    assert _ages(text)[who] == "child"
