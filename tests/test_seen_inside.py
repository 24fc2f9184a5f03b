"""A place drawn from either side (a shed, a mill, a stable) is seen from inside where the story goes into it
or is in it, and from outside where it only stands by it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from filmstudio.script.inside import seen_inside

sys.path.insert(0, str(Path(__file__).parent))
from staging_checks import staged  # noqa: E402


@pytest.mark.parametrize(
    ("words", "text", "language", "inside"),
    [
        (["shed"], "Then he rushed into the shed.", "en", True),
        (["stable"], "In the old stable the mare slept.", "en", True),
        (["mill"], "He walked round the mill twice.", "en", None),
        (["cueva"], "La niña entró en la cueva.", "es", True),
        (["Mühle"], "Das Kind lief in die Mühle.", "de", True),
        (["moulin"], "Il marchait devant le moulin.", "fr", None),
    ],
)
def test_a_place_gone_into_is_seen_inside(words: list[str], text: str, language: str, inside: bool | None) -> None:
    assert seen_inside(words, text, language) is inside


def test_a_story_that_goes_into_a_shed_is_drawn_inside_it() -> None:
    board = staged(
        "Milo ran across the yard. Then he crept into the garden shed and hid behind a sack. "
        "Milo waited there a long time.",
        "en",
    )
    shed = [s for s in board.scenes if s.setting == "tool_shed"]
    assert shed and all(s.interior for s in shed), [(s.setting, s.interior) for s in board.scenes]
