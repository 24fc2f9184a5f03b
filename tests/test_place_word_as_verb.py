"""An English place word used as a verb names no place: "shed a few tears" is no tool-shed; "the shed",
"in a little shed", a capitalised or sentence-opening one stay places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from staging_checks import staged  # noqa: E402


def _settings(text: str) -> list[str]:
    return [s.setting for s in staged(text, "en").scenes]


def test_shedding_tears_is_no_shed() -> None:
    settings = _settings(
        "Nora flew her kite in the garden.\n\nThe string snapped, and Nora sat on the step and shed a few tears "
        "over the lost kite.\n\nThen Nora went home."
    )
    assert "tool_shed" not in settings, settings


@pytest.mark.parametrize(
    "text",
    ["Milo ran to the shed and hid.", "In a little shed Milo waited.", "Shed of the old mill. Milo sat."],
)
def test_a_shed_named_as_a_place_is_the_shed(text: str) -> None:
    assert _settings(text)[0] == "tool_shed"
