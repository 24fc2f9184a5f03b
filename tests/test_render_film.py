"""Render the Fountain example once (720p, 24 fps, English and Spanish subtitles) and check it hard."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.media.audio import estimate_pitch, measure_loudness, read_wav
from filmstudio.render import RenderResult, render_film
from tests.conftest import EXAMPLES
from tests.media_checks import audio_samples, ffprobe, frame_at, moov_before_mdat

pytestmark = pytest.mark.slow
SIZE = (1280, 720)


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> tuple[RenderResult, Path]:
    out_dir = tmp_path_factory.mktemp("film")
    settings = Settings(data_dir=out_dir / "data", cache_dir=cache_dir)
    options = FilmRequest(resolution="720p", fps=24, subtitles=["en", "es"])
    result = render_film(
        EXAMPLES / "lighthouse.fountain",
        out_dir / "lighthouse.mp4",
        options,
        settings=settings,
        report_path=out_dir / "report.json",
        storyboard_path=out_dir / "storyboard.json",
    )
    return result, out_dir


def test_outputs_are_written_and_nothing_else_is_left(film: tuple[RenderResult, Path]) -> None:
    _, out = film
    names = sorted(p.name for p in out.iterdir() if p.name != "data")
    assert names == sorted(
        [
            "lighthouse.mp4",
            "lighthouse.jpg",
            "lighthouse.en.srt",
            "lighthouse.en.vtt",
            "lighthouse.es.srt",
            "lighthouse.es.vtt",
            "report.json",
            "storyboard.json",
        ]
    )


def test_streams_codecs_and_container(film: tuple[RenderResult, Path]) -> None:
    _, out = film
    info = ffprobe(out / "lighthouse.mp4")
    video = next(s for s in info["streams"] if s["codec_type"] == "video")
    audio = next(s for s in info["streams"] if s["codec_type"] == "audio")
    assert (video["codec_name"], video["profile"], video["pix_fmt"]) == ("h264", "High", "yuv420p")
    assert (video["width"], video["height"], video["avg_frame_rate"]) == (1280, 720, "24/1")
    assert (audio["codec_name"], audio["sample_rate"], audio["channels"]) == ("aac", "48000", 2)
    assert moov_before_mdat(out / "lighthouse.mp4")


def test_duration_matches_the_plan(film: tuple[RenderResult, Path]) -> None:
    result, out = film
    planned = result.storyboard.duration
    actual = float(ffprobe(out / "lighthouse.mp4")["format"]["duration"])
    assert planned and abs(actual - planned) / planned < 0.05


def test_loudness_is_minus_14_lufs(film: tuple[RenderResult, Path]) -> None:
    _, out = film
    loudness = measure_loudness("ffmpeg", out / "lighthouse.mp4")
    assert -15.0 <= loudness["integrated_lufs"] <= -13.0
    assert loudness["true_peak_dbtp"] <= 0.0
    # the report's figures were measured on the sound before it was copied into the film: the same stream
    result, _ = film
    assert abs(result.probe["integrated_lufs"] - loudness["integrated_lufs"]) <= 0.1
    assert abs(result.probe["true_peak_dbtp"] - loudness["true_peak_dbtp"]) <= 0.1


def test_voice_is_heard_during_lines_and_quiet_between(film: tuple[RenderResult, Path]) -> None:
    result, out = film
    samples = audio_samples(out / "lighthouse.mp4", rate=16000)

    def rms(a: float, b: float) -> float:
        chunk = samples[int(a * 16000) : int(b * 16000)]
        return float(np.sqrt(np.mean(chunk**2))) if chunk.size else 0.0

    lines = result.storyboard.lines()
    speech = [rms(line.start + 0.2, line.end - 0.2) for line in lines]
    assert min(speech) > 0.03
    gaps = [(a.end + 0.05, b.start - 0.05) for a, b in zip(lines, lines[1:], strict=False) if b.start - a.end > 0.3]
    # between lines only the score and the scene's sounds play: well under the voices in a pause between
    # lines, and under them still where the score comes up, in the time an action line is given alone
    gap_levels = [(b - a, rms(a, b)) for a, b in gaps]
    assert gaps and all(level < 0.6 * np.mean(speech) for span, level in gap_levels if span < 1.5), gap_levels
    assert all(level < 0.8 * np.mean(speech) for _, level in gap_levels), (gap_levels, speech)


def test_music_fits_and_stays_under_the_voices(film: tuple[RenderResult, Path]) -> None:
    result, _ = film
    music = result.storyboard.music
    assert music is not None and music.genre and music.reason
    assert music.speech_to_background_db is not None and music.speech_to_background_db >= 10.0
    assert any(e.name == "waves" and e.start == result.storyboard.scenes[0].start for e in result.storyboard.effects)


def test_characters_have_distinct_voices(film: tuple[RenderResult, Path]) -> None:
    result, _ = film
    pitches = {}
    for character in result.storyboard.characters:
        clips = [ln for ln in result.storyboard.lines() if ln.character_id == character.id]
        samples = np.concatenate([read_wav(Path(ln.audio))[0] for ln in clips])
        pitches[character.id] = estimate_pitch(samples, 48000)
    maya, elias = pitches["maya"], pitches["grandpa_elias"]
    voices = {c.id: (c.voice.engine, c.voice.voice) for c in result.storyboard.characters}
    assert voices["maya"] != voices["grandpa_elias"]
    assert maya > elias * 1.4, pitches  # a girl sounds well above her grandfather


def _srt(path: Path) -> list[tuple[float, float, str]]:
    cues = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        lines = block.splitlines()
        a, b = re.findall(r"(\d+):(\d+):(\d+),(\d+)", lines[1])
        to_s = lambda t: int(t[0]) * 3600 + int(t[1]) * 60 + int(t[2]) + int(t[3]) / 1000  # noqa: E731
        cues.append((to_s(a), to_s(b), "\n".join(lines[2:])))
    return cues


def test_subtitle_cues_follow_the_word_timings(film: tuple[RenderResult, Path]) -> None:
    result, out = film
    cues = _srt(out / "lighthouse.en.srt")
    word_starts = [ln.start + w.start for ln in result.storyboard.lines() for w in ln.words]
    word_ends = [ln.start + w.end for ln in result.storyboard.lines() for w in ln.words]
    for start, end, text in cues:
        assert min(abs(start - w) for w in word_starts) < 0.01, (start, text)
        assert min(abs(end - w) for w in word_ends) < 0.05 or end - start >= 0.7, (end, text)
        assert len(text.splitlines()) <= 2 and all(len(x) <= 42 for x in text.splitlines())
        assert end - start <= 7.0
    spoken = " ".join(ln.text for ln in result.storyboard.lines())
    assert " ".join(c[2].replace("\n", " ") for c in cues) == spoken
    vtt = (out / "lighthouse.en.vtt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT") and vtt.count(" --> ") == len(cues)


def test_spanish_subtitles_are_translated_and_timed_within_their_lines(
    film: tuple[RenderResult, Path],
) -> None:
    result, out = film
    cues = _srt(out / "lighthouse.es.srt")
    text = " ".join(c[2] for c in cues).lower()
    assert "abuelito" in text or "abuelo" in text
    assert "lámpara" in text
    spans = [(ln.start, ln.end) for ln in result.storyboard.lines()]
    for start, end, _ in cues:
        assert any(a - 0.01 <= start and end <= b + 0.01 for a, b in spans)


def test_frames_show_a_different_picture_for_each_scene(film: tuple[RenderResult, Path]) -> None:
    result, out = film
    frames = [frame_at(out / "lighthouse.mp4", (s.start + s.end) / 2, SIZE) for s in result.storyboard.scenes]
    for frame in frames:
        assert frame.std() > 15, "flat frame"
    for i in range(len(frames)):
        for j in range(i + 1, len(frames)):
            diff = np.abs(frames[i].astype(int) - frames[j].astype(int)).mean()
            assert diff > 12, (i, j, diff)
    night = result.storyboard.scenes[1]
    assert frames[1].mean() < frames[0].mean(), "the night scene should be darker than the sunset"
    assert night.time_of_day == "night"


def test_subtitles_are_burned_in_while_someone_speaks(film: tuple[RenderResult, Path]) -> None:
    result, out = film
    line = result.storyboard.lines()[1]
    speaking = frame_at(out / "lighthouse.mp4", line.start + 0.8, SIZE)
    band = speaking[int(720 * 0.8) : int(720 * 0.95)]
    assert (band.min(axis=2) > 235).sum() > 300, "no white subtitle text at the bottom"


def test_camera_moves_within_a_scene(film: tuple[RenderResult, Path]) -> None:
    result, out = film
    scene = result.storyboard.scenes[1]
    a = frame_at(out / "lighthouse.mp4", scene.start + 1.0, SIZE).astype(int)
    b = frame_at(out / "lighthouse.mp4", scene.end - 1.0, SIZE).astype(int)
    assert np.abs(a[:400] - b[:400]).mean() > 2  # above the subtitles: the picture itself moved


def test_thumbnail_is_1280x720(film: tuple[RenderResult, Path]) -> None:
    _, out = film
    with Image.open(out / "lighthouse.jpg") as image:
        assert image.format == "JPEG" and image.size == (1280, 720)
        assert np.asarray(image).std() > 20


def test_report_has_storyboard_steps_and_probe(film: tuple[RenderResult, Path]) -> None:
    _, out = film
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in report["steps"]] == [
        "script_analysis",
        "image_generation",
        "voice_synthesis",
        "lipsync",
        "music_generation",
        "subtitle_generation",
        "video_composition",
    ]
    assert all(s["status"] == "completed" and s["seconds"] >= 0 for s in report["steps"])
    characters = report["storyboard"]["characters"]
    assert all(c["voice"]["engine"] and c["voice"]["voice"] for c in characters)
    for line in (ln for s in report["storyboard"]["scenes"] for ln in s["lines"]):
        assert line["end"] > line["start"] and line["words"]
    probe = report["probe"]
    assert (probe["width"], probe["height"], probe["fps"]) == (1280, 720, 24.0)
    assert probe["video_codec"] == "h264" and probe["audio_codec"] == "aac"
    assert -15 <= probe["integrated_lufs"] <= -13
    storyboard = json.loads((out / "storyboard.json").read_text(encoding="utf-8"))
    assert storyboard["duration"] == report["storyboard"]["duration"]


def test_the_film_is_understood_by_a_listener(film: tuple[RenderResult, Path], tmp_path: Path) -> None:
    """Whisper transcribes the finished film's soundtrack; it should hear the script."""
    from tests.helpers import transcribe, word_error_rate

    result, out = film
    wav = tmp_path / "sound.wav"
    samples = audio_samples(out / "lighthouse.mp4", rate=48000)
    from filmstudio.media.audio import write_wav

    write_wav(wav, samples, 48000)
    script = " ".join(ln.text for ln in result.storyboard.lines())
    heard = transcribe(wav)
    assert word_error_rate(script, heard) <= 0.3, heard
