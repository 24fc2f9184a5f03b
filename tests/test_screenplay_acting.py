"""A screenplay's action, played: several action sentences written before one short line are each on screen
for a time of their own, in order (an action-only stretch before the line where it is too short to hold
them), each its own shot, as the report says; one the action sits down sits (on a seat, at the table it
names) and stays seated in the shots that follow, their lines included, till a sentence gets them up."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import ImageColor

from filmstudio.animation import body
from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.pipeline.timing import SILENT_HOLD
from filmstudio.render import render_film
from filmstudio.script.staging import staging_plan
from filmstudio.storyboard import Moment, Scene, Storyboard
from tests.staging_checks import settled, staged

BAKERY = """INT. BAKERY - NIGHT

NINA
Who left the door open?

Piet lights a candle. He wipes the counter with a cloth. He carries a sack of flour to the table.

PIET
Me.

Nina sits on the bench.

PIET
The ovens are cold tonight, colder than last winter.

NINA
Then we wait until morning and bake the bread early.

PIET
Fine.

Nina stands up and opens the door.

NINA
Go home, Piet.
"""


def _scene(board: Storyboard) -> Scene:
    assert len(board.scenes) == 1
    return board.scenes[0]


def _three(scene: Scene) -> list[Moment]:
    return [m for m in scene.moments if m.action == 0]


def test_each_action_sentence_before_a_short_line_has_its_own_time_and_shot() -> None:
    scene = _scene(settled(staged(BAKERY)))
    three = _three(scene)
    assert [m.text for m in three] == [
        "Piet lights a candle.",
        "He wipes the counter with a cloth.",
        "He carries a sack of flour to the table.",
    ]
    line = next(ln for ln in scene.lines if ln.text == "Me.")
    assert line.start is not None and line.end is not None
    spans = [(m.start or 0.0, m.end or 0.0) for m in three]
    for (_, b), (c, _) in zip(spans, spans[1:], strict=False):
        assert b <= c + 1e-6  # in story order, none over another
    for a, b in spans:
        assert SILENT_HOLD[0] - 1e-3 <= b - a <= SILENT_HOLD[1] + 1e-3
    # their own time comes before the line: its subtitle keeps the line's own time, after the first line's
    first = scene.lines[0]
    assert spans[0][0] >= (first.end or 0.0) and spans[0][1] <= line.start
    assert spans[-1][1] == pytest.approx(line.end)
    assert line.end - line.start == pytest.approx(line.audio_duration)
    # a shot each, cut where the next begins; the report says the same
    for moment in three:
        shots = [s for s in scene.shots if s.moment == moment.id]
        assert len(shots) == 1 and "piet" in shots[0].actors
        assert shots[0].start == pytest.approx(moment.start, abs=0.01)
    board = Storyboard(scenes=[scene])
    reported = [row["text"] for row in staging_plan(board)]
    assert all(reported.count(m.text) == 1 for m in three)


def test_a_long_enough_line_holds_its_actions_without_more_time() -> None:
    text = BAKERY.replace("PIET\nMe.", "PIET\n" + "I came in late and forgot to close it behind me, I am sorry, " * 2)
    scene = _scene(settled(staged(text)))
    line = scene.lines[1]
    three = _three(scene)
    assert three[0].start == pytest.approx(line.start) and three[-1].end == pytest.approx(line.end)
    assert len({m.id for m in three} & {s.moment for s in scene.shots}) == 3


@pytest.mark.parametrize(
    ("sitting", "seat"),
    [
        ("Nina sits on the bench.", "bench"),
        ("NINA sits.", "bench"),
        ("Nina sits at the table.", None),
        ("She sits down across from him.", None),
    ],
)
def test_one_who_sits_stays_seated_till_they_stand_up(sitting: str, seat: str | None) -> None:
    scene = _scene(settled(staged(BAKERY.replace("Nina sits on the bench.", sitting))))
    sits = next(m for m in scene.moments if m.action == 1)
    assert sits.who[0] == "nina" and sits.postures.get("nina") == "sit"
    seats = [p.key for p in sits.props if p.role == "seat" and p.holder == "nina"]
    assert seats and (seat is None or seats == [seat])
    up = next(m for m in scene.moments if m.action == 2)
    assert "nina" not in up.postures  # "stands up": no longer seated
    # the lines said between: shown wide with Nina seated where she sat, till she stands up
    between = [s for s in scene.shots if (s.start or 0.0) >= (sits.end or 0.0) - 0.05 and s.end <= up.start + 0.05]
    assert between and all(s.held and s.moment == sits.id for s in between if s.kind in ("wide", "establishing"))
    assert any(s.held and "nina" in s.actors and seats[0] in s.shows for s in between)
    after = [s for s in scene.shots if (s.start or 0.0) >= (up.start or 0.0) - 0.05]
    assert after and not any(s.held for s in after)


def test_one_sitting_at_a_table_keeps_it_and_one_who_walks_off_gets_up() -> None:
    text = BAKERY.replace("Nina sits on the bench.", "Nina sits at the table.").replace(
        "Nina stands up and opens the door.", "Nina walks to the door."
    )
    scene = _scene(settled(staged(text)))
    sits = next(m for m in scene.moments if m.action == 1)
    assert any(p.key == "table" for p in sits.props)
    held = [s for s in scene.shots if s.held]
    assert held and all("table" in s.shows for s in held)
    walks = next(m for m in scene.moments if m.action == 2)
    assert walks.verb == "walk" and "nina" not in walks.postures


FILM_SIZE = (1280, 720)


def _frame(video: Path, seconds: float, out: Path) -> np.ndarray:
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-ss", f"{seconds:.3f}", "-i", str(video), "-frames:v", "1", str(out)],
        check=True,
    )
    from PIL import Image

    return np.asarray(Image.open(out).convert("RGB")).astype(int)


def _skin_share(frame: np.ndarray, x: float, y: float, unit: float, skin: tuple[int, int, int]) -> float:
    """How much of a box a face wide round (x, y) is in the character's skin hue (its share of each channel,
    as the scene's light grades it darker, cooler or warmer)."""
    half = 0.45 * unit
    box = frame[int(max(0, y - half)) : int(max(0, y + half)), int(max(0, x - half)) : int(max(0, x + half))]
    if not box.size:
        return 0.0
    total = box.astype(float).sum(axis=2, keepdims=True) + 1e-6
    want = np.array(skin, dtype=float) / sum(skin)
    near = (np.abs(box / total - want).sum(axis=2) < 0.09) & (total[..., 0] > 0.3 * sum(skin))
    return float(near.mean())


def _face_drawn(frame: np.ndarray, x: float, y: float, unit: float, skin: tuple[int, int, int]) -> bool:
    """Whether the frame shows the character's face about (x, y): much of the box there in their skin, and
    far more than beside it or above it (the wall behind is not a face)."""
    there = _skin_share(frame, x, y, unit, skin)
    around = [
        _skin_share(frame, x + dx * unit, y + dy * unit, unit, skin) for dx, dy in ((-1.5, 0), (1.5, 0), (0, -1.5))
    ]
    return there >= 0.25 and there > 2 * max(around)


@pytest.fixture(scope="module")
def bakery_film(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> tuple[Path, Storyboard, dict]:
    tmp = tmp_path_factory.mktemp("bakery")
    script = tmp / "bakery.fountain"
    script.write_text(BAKERY, encoding="utf-8")
    render_film(
        script,
        tmp / "bakery.mp4",
        FilmRequest(resolution="720p", fps=24),
        settings=Settings(data_dir=tmp / "data", cache_dir=cache_dir),
        storyboard_path=tmp / "bakery.json",
        keep_audio=True,
    )
    board = Storyboard.model_validate_json((tmp / "bakery.json").read_text(encoding="utf-8"))
    animation = json.loads((tmp / "bakery.animation.json").read_text(encoding="utf-8"))
    return tmp / "bakery.mp4", board, animation


@pytest.mark.slow
def test_rendered_each_action_sentence_shows_its_subject(bakery_film: tuple[Path, Storyboard, dict]) -> None:
    video, board, animation = bakery_film
    scene = _scene(board)
    fps = animation["fps"]
    skin = ImageColor.getrgb(board.character("piet").look.skin)
    for k, moment in enumerate(_three(scene)):
        start, end = moment.start or 0.0, moment.end or 0.0
        assert end - start >= SILENT_HOLD[0] - 1e-3
        middle = (start + end) / 2
        rows = [r for r in animation["acted"] if r[1] == "piet" and abs(r[0] - middle * fps) < 1]
        assert rows, f"Piet is not drawn in {moment.text!r}"
        _, _, x, _, _, face_y, unit = rows[0]
        frame = _frame(video, rows[0][0] / fps, video.with_name(f"action{k}.png"))
        assert _face_drawn(frame, x, face_y, unit, skin), f"Piet's face is not in the frame of {moment.text!r}"


@pytest.mark.slow
def test_rendered_the_seated_one_sits_lower_through_the_lines(bakery_film: tuple[Path, Storyboard, dict]) -> None:
    video, board, animation = bakery_film
    scene = _scene(board)
    fps = animation["fps"]
    skin = ImageColor.getrgb(board.character("nina").look.skin)
    said = next(ln for ln in scene.lines if ln.text.startswith("Then we wait"))  # hers, after she sat down
    up = next(m for m in scene.moments if m.action == 2)

    def height(t: float, verb: str, name: str) -> float:
        """How far above her feet Nina's face is drawn, in her head's units; her face seen there in the frame."""
        rows = [r for r in animation["acted"] if r[1] == "nina" and abs(r[0] - t * fps) < 1]
        assert rows and (rows[0][4] == "sit") == (verb == "sit")
        _, _, x, feet, _, face_y, unit = rows[0]
        assert _face_drawn(_frame(video, rows[0][0] / fps, video.with_name(name)), x, face_y, unit, skin)
        return (feet - face_y) / unit

    seated = height(((said.start or 0.0) + (said.end or 0.0)) / 2, "sit", "seated.png")
    standing = height(((up.start or 0.0) + (up.end or 0.0)) / 2, "open", "standing.png")
    assert seated < standing - 0.8 * body.SIT_DROP  # the hips lowered onto the seat by most of a thigh
    # her line's shot is played as her sitting where she sat (the seat drawn under her: animation/staged.py)
    at = ((said.start or 0.0) + (said.end or 0.0)) / 2
    shot = next(s for s in animation["shots"] if s.get("moment") and s["start"] <= at < s["end"])
    assert any(a["character_id"] == "nina" and a["verb"] == "sit" for a in shot["actors"])
    assert "bench" in next(s for s in scene.shots if s.start == shot["start"]).shows
