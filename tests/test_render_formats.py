"""Every resolution, frame rate and aspect the product promises, on a short film."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.render import render_film
from tests.conftest import EXAMPLES
from tests.media_checks import ffprobe, frame_at

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def short_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("script") / "short.txt"
    path.write_text("The sun rises over the quiet sea.\n\nAt night, the city lights come on.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("resolution", "fps", "aspect", "size"),
    [
        ("720p", 30, "9:16", (720, 1280)),
        ("720p", 24, "1:1", (720, 720)),
        ("1080p", 30, "16:9", (1920, 1080)),
        ("4k", 24, "16:9", (3840, 2160)),
    ],
)
def test_resolution_fps_and_aspect(
    short_script: Path,
    settings: Settings,
    tmp_path: Path,
    resolution: str,
    fps: int,
    aspect: str,
    size: tuple[int, int],
) -> None:
    options = FilmRequest(resolution=resolution, fps=fps, aspect=aspect, duration=6.0)  # type: ignore[arg-type]
    result = render_film(short_script, tmp_path / "f.mp4", options, settings=settings)
    video = next(s for s in ffprobe(tmp_path / "f.mp4")["streams"] if s["codec_type"] == "video")
    assert (video["width"], video["height"]) == size
    assert video["avg_frame_rate"] == f"{fps}/1"
    assert abs(float(result.probe["duration"]) - 6.0) < 0.3
    frame = frame_at(tmp_path / "f.mp4", 2.0, size)
    assert frame.std() > 15
    # the burned subtitle fits the frame: no white letters at its left and right edges
    edge = max(4, size[0] // 60)
    bottom = frame[size[1] * 3 // 4 :]
    white = (bottom > 235).all(axis=2)
    assert white[:, edge:-edge].sum() > 50  # the subtitle is there
    assert white[:, :edge].sum() + white[:, -edge:].sum() == 0


def test_watermark_is_drawn_in_the_corner(short_script: Path, settings: Settings, tmp_path: Path) -> None:
    def corner(watermark: bool) -> np.ndarray:
        options = FilmRequest(resolution="720p", fps=24, duration=8.0, watermark=watermark, burn_subtitles=False)
        render_film(short_script, tmp_path / f"w{watermark}.mp4", options, settings=settings)
        frame = frame_at(tmp_path / f"w{watermark}.mp4", 1.5, (1280, 720))
        return frame[620:700, 900:1260].astype(int)

    marked, plain = corner(True), corner(False)
    assert np.abs(marked - plain).mean() > 8
    assert (marked.min(axis=2) > 200).sum() > (plain.min(axis=2) > 200).sum() + 100  # white lettering


def test_storyboard_json_with_a_sanskrit_verse(settings: Settings, tmp_path: Path) -> None:
    result = render_film(
        EXAMPLES / "sunrise_storyboard.json",
        tmp_path / "s.mp4",
        FilmRequest(resolution="720p", fps=24, burn_subtitles=True),
        settings=settings,
    )
    verse = next(ln for ln in result.storyboard.lines() if ln.language == "sa")
    assert verse.audio_duration and verse.audio_duration > 3.0
    assert len(verse.words) == len(verse.text.replace("॥", "").split())
    assert result.storyboard.character("priest").voice.voice != result.storyboard.character("narrator").voice.voice
    subs = (tmp_path / "s.en.srt").read_text(encoding="utf-8")
    assert "देवस्य धीमहि" in subs  # the verse stays in Devanagari
