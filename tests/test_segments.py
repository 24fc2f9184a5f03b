"""The film in segments (pipeline/segments.py): every frame drawn once, and a film made again after an
edit, reusing the segments its edit did not touch, is frame for frame the film made from nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest, storyboard_for
from filmstudio.media.store.kinds import MediaKind
from filmstudio.media.store.local import LocalMediaStore
from filmstudio.media.subtitles import Cue
from filmstudio.pipeline.segments import piece_seconds, plan_segments, segment_cues
from filmstudio.render import render_storyboard
from tests.media_checks import all_frames, ffprobe

SCRIPT = """[Scene: A kitchen in the morning]
ANNA: Good morning. The bread is warm.
[Scene: A garden at noon]
TOM: The roses are out at last.
ANNA: Then we pick some for the table.
[Scene: The beach in the evening]
TOM: Look how calm the sea is.
"""


def test_segments_cover_every_frame_once_with_each_join_around_its_boundary() -> None:
    bounds = [(0, 100), (100, 130), (130, 140), (140, 300)]
    segments = plan_segments(bounds, 300, 24)
    covered = [n for s in segments for n in range(s.first, s.end)]
    assert covered == list(range(300))
    reach = 9  # half the crossfade at 24 fps, and a frame
    assert [(s.first, s.end, s.scenes) for s in segments] == [
        (0, 100 - reach, (0,)),
        (100 - reach, 100 + reach, (0, 1)),
        (100 + reach, 130 - reach, (1,)),
        (130 - reach, 140 + reach, (1, 2, 3)),  # a scene too short to stand apart joins both its neighbours
        (140 + reach, 300, (3,)),
    ]
    assert [(s.first, s.end) for s in plan_segments([(0, 48)], 48, 24)] == [(0, 48)]


def test_a_long_stretch_is_cut_in_pieces_counted_from_its_own_start() -> None:
    fps = 30
    assert (piece_seconds((1920, 1080)), piece_seconds((3840, 2160)), piece_seconds((1280, 720))) == (6, 2, 14)
    piece = 6 * fps
    bounds = [(0, 870), (870, 1800)]
    segments = plan_segments(bounds, 1800, fps)
    assert [n for s in segments for n in range(s.first, s.end)] == list(range(1800))
    assert max(s.end - s.first for s in segments) < piece + piece // 3
    join = next(s for s in segments if s.scenes == (0, 1))
    assert (join.first, join.end) == (870 - 10, 870 + 10)  # the crossfade's join, whole
    # the second scene's pieces are the same frames of it wherever the scene stands
    moved = plan_segments([(0, 300), (300, 1230)], 1230, fps)
    assert [(s.first - 870, s.end - 870) for s in segments if s.scenes == (1,)] == [
        (s.first - 300, s.end - 300) for s in moved if s.scenes == (1,)
    ]
    assert all((s.first - join.end) % piece == 0 for s in segments if s.scenes == (1,))  # whole keyframe intervals


def test_subtitles_of_a_segment_are_timed_from_its_first_frame() -> None:
    segment = plan_segments([(0, 48), (48, 96)], 96, 24)[-1]
    cues = [Cue(0.5, 1.0, ("before",)), Cue(2.5, 3.2, ("during",)), Cue(3.9, 4.5, ("across the end",))]
    assert segment_cues(cues, segment, 24) == [
        Cue(round(2.5 - segment.first / 24, 3), round(3.2 - segment.first / 24, 3), ("during",)),
        Cue(round(3.9 - segment.first / 24, 3), round(4.0 - segment.first / 24, 3), ("across the end",)),
    ]


@pytest.mark.slow
def test_a_film_made_again_after_an_edit_reuses_untouched_scenes_and_is_the_same_film(tmp_path: Path) -> None:
    request = FilmRequest(resolution="720p", fps=24, subtitles=["en"])
    store = LocalMediaStore(tmp_path / "out")
    settings = Settings(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    board = storyboard_for(SCRIPT, request)
    assert len(board.scenes) == 3
    first = render_storyboard(board.model_copy(deep=True), request, settings=settings, store=store, stem="first")

    edited = first.storyboard.model_copy(deep=True)
    middle = edited.scenes[1].lines[0]
    middle.text = "The roses are out at last, red and white and yellow, all along the wall."
    for line in edited.lines():  # what a saved storyboard keeps: its reading, not the last render's media
        line.audio = None
    again = render_storyboard(edited.model_copy(deep=True), request, settings=settings, store=store, stem="again")
    composition = next(s for s in again.steps if s["name"] == "video_composition")
    assert composition["reused"] == 2 and composition["made"] == 3  # the first and last scenes; the rest drawn
    assert again.storyboard.scenes[2].start != first.storyboard.scenes[2].start  # the last scene moved

    # the same voices and pictures (TTS is not deterministic), every segment drawn anew
    shutil.copytree(tmp_path / "cache", tmp_path / "cache2", ignore=shutil.ignore_patterns("film-segment*"))
    fresh_settings = Settings(data_dir=tmp_path / "data2", cache_dir=tmp_path / "cache2")
    fresh = render_storyboard(edited, request, settings=fresh_settings, store=store, stem="fresh")
    drawn = next(s for s in fresh.steps if s["name"] == "video_composition")
    assert (drawn["reused"], drawn["made"]) == (0, 5)

    again_path, fresh_path = (tmp_path / "out" / r.files_of(MediaKind.VIDEO)[0].key for r in (again, fresh))
    assert ffprobe(again_path)["streams"][0]["nb_frames"] == ffprobe(fresh_path)["streams"][0]["nb_frames"]
    reused_frames, drawn_frames = all_frames(again_path, (320, 180)), all_frames(fresh_path, (320, 180))
    assert reused_frames.shape == drawn_frames.shape
    assert np.array_equal(reused_frames, drawn_frames)
    assert reused_frames.mean() > 20  # a picture, not black
