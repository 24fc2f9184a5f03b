"""One who moves or rests holds nothing the sentence only sets them by, in or past: "ran past the
cabbages" holds no cabbage, "hid in a bucket" no bucket; a handling verb still takes its thing in hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from staging_checks import moments, staged  # noqa: E402


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Milo ran through the orchard past the pumpkins. Milo laughed.", "pumpkin"),
        ("Milo crept into the shed and hid in a bucket. Milo waited.", "bucket"),
        ("Milo walked along the wall towards the ladder. Milo stopped.", "ladder"),
    ],
)
def test_a_thing_passed_by_is_not_held(text: str, thing: str) -> None:
    first = moments(staged(text, "en"))[0]
    assert first.who == ["milo"]
    roles = {p.key: p.role for p in first.props}
    assert thing in roles and roles[thing] != "held", roles  # named, beside them, not in the hand


def test_a_handling_verb_still_holds_its_thing() -> None:
    first = moments(staged("Milo picked up the cup from the table. Milo smiled.", "en"))[0]
    assert any("cup" in p.words and p.role in ("held", "carried") for p in first.props), first.props
