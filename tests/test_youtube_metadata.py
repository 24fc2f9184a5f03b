"""The metadata written for YouTube from a storyboard: within YouTube's limits, with chapters from the
scenes' times and hashtags from what the film shows."""

from __future__ import annotations

import pytest

from filmstudio.errors import InvalidInput
from filmstudio.script import parse_script
from filmstudio.youtube.metadata import TAGS_MAX, VideoMetadata, chapters, suggest, tags_length, timestamp
from filmstudio.youtube.publish import metadata_from

SCRIPT = """INT. TEMPLE COURTYARD - DAWN

PRIYA lights a lamp before the old banyan tree.

PRIYA
The bells will ring soon.

EXT. RIVER GHAT - NIGHT

Boats drift past with candles.

ARJUN
Every light is a wish.
"""


def _board():  # type: ignore[no-untyped-def]
    board = parse_script(SCRIPT, filename="festival.fountain", title="The Festival of Lights")
    for scene, start in zip(board.scenes, (0.0, 74.5), strict=True):
        scene.start = start
    return board


def test_chapters_start_at_zero_and_name_each_scene() -> None:
    assert chapters(_board()) == ["0:00 Temple Courtyard", "1:14 River Ghat"]
    assert timestamp(3725) == "1:02:05"


def test_suggestion_is_within_youtubes_limits() -> None:
    meta = suggest(_board(), title="The Festival of Lights " + "and more " * 20)
    assert len(meta.title) <= 100 and meta.title.endswith("…")
    assert "Chapters\n0:00 Temple Courtyard\n1:14 River Ghat" in meta.description
    assert "#AIFilm" in meta.description and meta.description.count("#") >= 2
    assert tags_length(meta.tags) <= TAGS_MAX and "Priya" in meta.tags
    assert meta.default_language == "en" and meta.privacy_status == "private"


def test_tags_count_as_youtube_counts_them() -> None:
    assert tags_length(["sea", "city lights"]) == 3 + 13 + 1
    with pytest.raises(ValueError, match="500 characters"):
        VideoMetadata(title="x", tags=["a b c d e f"] * 50)


def test_edits_are_checked_and_cleaned() -> None:
    base = suggest(_board(), title="Lights")
    assert metadata_from(base, {"title": "  <b>Lights</b>  on   the river "}).title == "bLights/b on the river"
    with pytest.raises(InvalidInput) as caught:
        metadata_from(base, {"title": "x" * 101, "privacy_status": "friends"})
    fields = {f["field"] for f in caught.value.details["fields"]}
    assert fields == {"title", "privacy_status"}
