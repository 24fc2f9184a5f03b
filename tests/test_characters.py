"""Films with people in them: render the dialogue examples and check, from the animation log, the audio
and the decoded frames, that the characters talk in sync, look the same in every shot and that the
camera cuts on speaker turns."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from filmstudio.animation import figure
from filmstudio.animation.shots import MIN_SHOT
from filmstudio.config import Settings
from filmstudio.engines.image.palette import grade_factors
from filmstudio.film_request import FilmRequest
from filmstudio.media.audio import read_wav
from filmstudio.render import render_film
from filmstudio.storyboard import Storyboard
from tests.conftest import EXAMPLES
from tests.media_checks import all_frames, frame_at

pytestmark = pytest.mark.slow
SIZE = (1280, 720)
FPS = 30


@pytest.fixture(scope="module", params=["interview.txt", "lighthouse.fountain"])
def film(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, cache_dir: Path):  # type: ignore[no-untyped-def]
    out_dir = tmp_path_factory.mktemp("talk")
    settings = Settings(data_dir=out_dir / "data", cache_dir=cache_dir)
    out = out_dir / (Path(request.param).stem + ".mp4")
    result = render_film(
        EXAMPLES / request.param,
        out,
        FilmRequest(resolution="720p", fps=FPS),
        settings=settings,
        keep_audio=True,
    )
    log = json.loads(out.with_name(out.stem + ".animation.json").read_text(encoding="utf-8"))
    return result, out, log


def _voice_rms(board: Storyboard, character_id: str, duration: float, hop: float) -> np.ndarray:
    """The character's own voice (its clips at their places in the film), RMS every `hop` seconds."""
    rate = 48000
    track = np.zeros(int(duration * rate) + rate, dtype=np.float32)
    for line in board.lines():
        if line.character_id == character_id and line.audio and line.start is not None:
            samples, sr = read_wav(Path(line.audio))
            assert sr == rate
            at = int(line.start * rate)
            track[at : at + len(samples)] += samples[: len(track) - at]
    step = int(hop * rate)
    n = len(track) // step
    return np.sqrt((track[: n * step].reshape(n, step) ** 2).mean(axis=1))


def test_every_line_has_a_viseme_track_with_many_mouth_shapes(film) -> None:  # type: ignore[no-untyped-def]
    result, _, _ = film
    shapes: set[str] = set()
    for line in result.storyboard.lines():
        assert line.visemes, line.text
        assert line.visemes[0].start == 0 and abs(line.visemes[-1].end - (line.audio_duration or 0)) < 0.002
        assert all(a.end == b.start for a, b in zip(line.visemes, line.visemes[1:], strict=False))  # no gaps
        shapes |= {v.shape for v in line.visemes}
    assert len(shapes) >= 8, shapes
    assert "rest" in shapes and "MBP" in shapes


def test_mouth_follows_the_voice_and_shuts_in_silences(film) -> None:  # type: ignore[no-untyped-def]
    result, _, log = film
    board = result.storyboard
    duration = float(board.duration or 0)
    drawn = [c for c in board.characters if c.drawn]
    assert drawn and set(log["characters"]) == {c.id for c in drawn}
    for character in drawn:
        entry = log["characters"][character.id]
        frames = np.array(entry["frame"])
        openness = np.array(entry["open"])
        per_frame = _voice_rms(board, character.id, duration, 1 / FPS)
        loud = per_frame[np.minimum(frames, len(per_frame) - 1)]
        correlation = float(np.corrcoef(openness, loud)[0, 1])
        print(f"{character.id}: mouth/loudness correlation {correlation:.3f}")
        assert correlation >= 0.6, (character.id, correlation)

        fine = _voice_rms(board, character.id, duration, 0.01)
        quiet = fine < 0.05 * np.percentile(fine[fine > 1e-4], 95)
        silent_frames = 0
        start = None
        for i, q in enumerate(np.append(quiet, False)):
            if q and start is None:
                start = i
            elif not q and start is not None:
                if (i - start) * 0.01 > 0.3:  # a silence over 300 ms: every frame well inside it is shut
                    a, b = (start * 0.01 + 0.06) * FPS, (i * 0.01 - 0.06) * FPS
                    inside = (frames >= a) & (frames <= b)
                    silent_frames += int(inside.sum())
                    assert np.all(openness[inside] == 0), (character.id, start * 0.01, i * 0.01)
                start = None
        assert silent_frames > FPS  # the check above did look at silences
        assert openness.max() >= 0.8  # and the mouth does open wide when the voice is loud


def test_speakers_mouth_opens_in_the_picture(film) -> None:  # type: ignore[no-untyped-def]
    """Decoded frames of a shot on the speaker: the dark inside of the mouth shows when the track says
    open and not when it says shut."""
    _, out, log = film
    # a shot of talking heads (a staged shot, where action is acted as a line is heard, draws whole figures)
    shot = next(
        s
        for s in log["shots"]
        if not s.get("moment") and s["kind"] in ("closeup", "establishing", "wide") and s["subject"]
    )
    actor = next(a for a in shot["actors"] if a["character_id"] == shot["subject"])
    entry = log["characters"][shot["subject"]]
    in_shot = [
        (f, o)
        for f, o in zip(entry["frame"], entry["open"], strict=True)
        if shot["start"] * FPS + 20 <= f < shot["end"] * FPS - 20  # clear of fades
    ]
    opened = [f for f, o in in_shot if o >= 0.6][:4]
    shut = [f for f, o in in_shot if o == 0][:4]
    assert opened and shut
    u = actor["unit"]
    cx, cy = actor["x"], actor["y"] - figure.NECK_TO_FACE * u + figure.MOUTH_Y * u

    def dark(frame_no: int) -> int:
        frame = frame_at(out, (frame_no + 0.5) / FPS, SIZE).astype(int)
        box = frame[int(cy - 0.14 * u) : int(cy + 0.2 * u), int(cx - 0.22 * u) : int(cx + 0.22 * u)]
        inside = (box[..., 0] < 120) & (box[..., 1] < 70) & (box[..., 2] < 80) & (box[..., 0] > box[..., 1] + 15)
        return int(inside.sum())

    open_px = np.mean([dark(f) for f in opened])
    shut_px = np.mean([dark(f) for f in shut])
    assert open_px > 0.01 * (0.44 * u) * (0.34 * u) and open_px > 4 * shut_px + 10, (open_px, shut_px)


def test_characters_look_the_same_in_every_shot_and_differ_from_each_other(film) -> None:  # type: ignore[no-untyped-def]
    result, out, log = film
    board = result.storyboard
    looks: dict[str, dict] = {}
    measured: dict[str, list[np.ndarray]] = {}
    scenes = {s.id: s for s in board.scenes}
    for shot in log["shots"]:
        if shot.get("moment"):
            continue  # a staged shot: its figures act (tests/test_action_among_lines.py)
        scene = scenes[shot["scene"]]
        light = np.array(grade_factors(scene.time_of_day, scene.mood, scene.weather))
        middle = (shot["start"] + shot["end"]) / 2
        frame = frame_at(out, middle, SIZE).astype(float)
        for actor in shot["actors"]:
            cid = actor["character_id"]
            assert looks.setdefault(cid, actor["look"]) == actor["look"]  # same parts and palette
            assert actor["look"] == board.character(cid).look.model_dump()
            if actor["back"]:
                continue
            b = actor["unit"] / actor["look"]["head_scale"]
            half = 1.1 * actor["look"]["build"] * b
            x, y, r = actor["x"] + 0.6 * half, actor["y"] + 0.6 * b, max(2, int(0.03 * b))
            # a strip across the chest: a microphone stand in front of it is a minority of its pixels
            w = max(r, int(0.15 * half))
            patch = frame[int(y) - r : int(y) + r, int(x) - w : int(x) + w].reshape(-1, 3)
            colour = np.median(patch, axis=0) / light
            measured.setdefault(cid, []).append(colour)
            expected = np.array([int(actor["look"]["attire_color"][i : i + 2], 16) for i in (1, 3, 5)])
            assert np.abs(colour - expected).max() < 28, (cid, shot["id"], colour, expected)
    assert all(len(v) >= 1 for v in measured.values())
    ids = sorted(measured)
    for i, a in enumerate(ids):  # told apart at a glance: clothing colours far apart
        for b_id in ids[i + 1 :]:
            gap = np.abs(np.mean(measured[a], axis=0) - np.mean(measured[b_id], axis=0)).max()
            assert gap > 60, (a, b_id, gap)
    for character in board.characters:
        if character.drawn:
            assert character.look is not None


def test_shots_cut_on_speaker_turns(film) -> None:  # type: ignore[no-untyped-def]
    result, out, log = film
    board = result.storyboard
    frames = all_frames(out, (320, 180)).astype(np.int16)
    diffs = np.abs(np.diff(frames, axis=0)).mean(axis=(1, 2, 3))
    scene_edges = [s.start or 0 for s in board.scenes[1:]]
    for scene in board.scenes:
        shots = [s for s in log["shots"] if s["scene"] == scene.id]
        if not scene.cast:
            assert not shots
            continue
        for shot in shots:
            assert shot["end"] - shot["start"] >= MIN_SHOT - 1e-6
        for line in scene.lines:  # whoever speaks is seen speaking
            middle = ((line.start or 0) + (line.end or 0)) / 2
            shot = next(s for s in shots if s["start"] <= middle < s["end"])
            front = [a["character_id"] for a in shot["actors"] if not a.get("back")]  # staged: all face us
            if board.character(line.character_id).drawn:
                assert line.character_id in front
        turns = sum(1 for a, b in zip(scene.lines, scene.lines[1:], strict=False) if a.character_id != b.character_id)
        assert len(shots) - 1 >= min(turns, 2)
        for shot in shots[1:]:  # a cut: the picture changes at once, not in a dissolve
            cut = math.ceil(shot["start"] * FPS - 1e-9)  # the first frame of the new shot
            assert diffs[cut - 1] > 8, (shot["id"], diffs[cut - 3 : cut + 2])
    kinds = {s["kind"] for s in log["shots"]}
    if len(board.scenes) == 1:  # the interview: turn-taking in one studio set
        assert {"establishing", "closeup", "over_shoulder"} <= kinds
        first = log["shots"][0]
        assert len([a for a in first["actors"] if not a["back"]]) == 2  # both speakers in frame
        assert board.scenes[0].setting == "podcast_studio"
    # within shots, only the characters move: consecutive frames barely differ
    cuts = {math.ceil(s["start"] * FPS) for s in log["shots"]} | {math.ceil(t * FPS) for t in scene_edges}
    calm = [d for i, d in enumerate(diffs) if all(abs(i + 1 - c) > 12 for c in cuts) and 15 < i < len(diffs) - 15]
    assert np.percentile(calm, 95) < 2.5


def test_idle_life_blinks(film) -> None:  # type: ignore[no-untyped-def]
    _, _, log = film
    for cid, entry in log["characters"].items():
        eyes = entry["eyes"]
        seconds = len(eyes) / FPS
        blinks = sum(1 for a, b in zip(eyes, eyes[1:], strict=False) if a != "closed" and b == "closed")
        assert blinks >= max(1, int(seconds / 6)), (cid, blinks, seconds)
        assert eyes.count("open") > 0.85 * len(eyes)


def test_narration_keeps_the_camera_moves(tmp_path: Path, cache_dir: Path) -> None:
    """A prose story told by a narrator draws nobody: its scenes are stills under camera moves."""
    from filmstudio.render import load_storyboard

    settings = Settings(data_dir=tmp_path / "data", cache_dir=cache_dir)
    board = load_storyboard(EXAMPLES / "mountain_story.txt", FilmRequest(), settings)
    assert all(not c.drawn for c in board.characters)
    assert all(len(s.shots) == 1 and s.shots[0].kind == "establishing" for s in board.scenes)
