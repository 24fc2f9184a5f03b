"""Action written between a screenplay's lines is staged: each sentence a moment, in story order among the
lines, seen while the line after it is heard (after the last line: over that one); prose is read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.pipeline.timing import read_hold
from filmstudio.render import render_film
from filmstudio.script import parse_script
from filmstudio.storyboard import Scene, Storyboard
from tests.staging_checks import moments, settled, staged

WORKSHOP = """INT. WORKSHOP - EVENING

ROSA sweeps the floor with a broom.

ROSA
You're late again.

Jonas drops his backpack by the door and sits on a stool.

JONAS
The bus broke down.

Rosa gives him a hammer.

ROSA
Then fix that chair.
"""


def _scene(board: Storyboard) -> Scene:
    assert len(board.scenes) == 1
    return board.scenes[0]


def test_the_builder_keeps_where_each_action_paragraph_stands_among_the_lines() -> None:
    scene = _scene(parse_script(WORKSHOP, filename="workshop.fountain"))
    assert [ln.id for ln in scene.lines] == ["l1", "l2", "l3"]
    assert scene.action_before == ["l1", "l2", "l3"]
    closing = parse_script(WORKSHOP + "\nJonas laughs.\n", filename="workshop.fountain")
    assert _scene(closing).action_before == ["l1", "l2", "l3", None]  # after the last line
    assert _scene(closing).action_seen_over(3) == "l3"


def test_an_older_storyboard_without_positions_still_loads() -> None:
    scene = Scene.model_validate({"id": "s1", "action": ["Jonas sits."], "lines": []})
    assert scene.action_before == [] and scene.action_seen_over(0) is None


def test_each_action_sentence_is_a_moment_in_story_order() -> None:
    board = staged(WORKSHOP)
    staged_moments = moments(board)
    assert [m.text for m in staged_moments] == [
        "ROSA sweeps the floor with a broom.",
        "Jonas drops his backpack by the door and sits on a stool.",
        "Rosa gives him a hammer.",
    ]
    sweep, sit, give = staged_moments
    assert [m.action for m in staged_moments] == [0, 1, 2] and all(m.line_id is None for m in staged_moments)
    assert sweep.who == ["rosa"] and "broom" in {p.key for p in sweep.props}
    assert sit.who[:1] == ["jonas"] and sit.verb == "sit"
    assert {p.key for p in sit.props} >= {"backpack", "stool"}
    assert give.verb == "give" and give.who[:2] == ["rosa", "jonas"]  # "him": the one who just sat down
    hammer = next(p for p in give.props if p.key == "hammer")
    assert (hammer.role, hammer.holder, hammer.to) == ("given", "rosa", "jonas")


def test_the_line_after_an_action_is_heard_over_it_acted() -> None:
    scene = _scene(settled(staged(WORKSHOP)))
    by_moment = {shot.moment: shot for shot in scene.shots if shot.moment}
    sweep, sit, give = scene.moments
    over_jonas = by_moment[sit.id]
    assert over_jonas.line_ids == ["l2"] and over_jonas.subject == "jonas"
    assert {"jonas", "backpack", "stool"} <= set(over_jonas.shows)
    assert by_moment[give.id].line_ids == ["l3"] and by_moment[give.id].actors[:2] == ["rosa", "jonas"]
    assert by_moment[sweep.id].line_ids == ["l1"]
    # each moment ends with the line it is seen over, on screen as long as it takes to read (what the line is
    # too short for comes before it, the action's own time); the lines keep their own times
    lines = {ln.id: ln for ln in scene.lines}
    for moment, line_id in ((sit, "l2"), (give, "l3")):
        line = lines[line_id]
        assert moment.start is not None and line.start is not None
        assert moment.end == line.end and moment.start <= line.start
        assert (moment.end or 0.0) - moment.start >= read_hold(moment.text) - 1e-3
        assert (line.end or 0.0) - line.start == pytest.approx(line.audio_duration)


def test_two_actions_before_a_long_line_are_each_a_shot_in_turn() -> None:
    text = """INT. GREENHOUSE - MORNING

IVAN
Good morning.

Lena opens the door. She walks to the bench with a basket of apples.

LENA
I picked these in the orchard before the rain came down this morning, and there are more by the gate.
"""
    scene = _scene(settled(staged(text)))
    opens, walks = scene.moments
    assert (opens.verb, walks.verb) == ("open", "walk") and opens.who == walks.who == ["lena"]
    acted = [shot for shot in scene.shots if shot.moment in (opens.id, walks.id)]
    assert [shot.moment for shot in acted] == [opens.id, walks.id]
    assert acted[0].end == acted[1].start and all(shot.line_ids == ["l2"] for shot in acted)
    assert len({shot.id for shot in scene.shots}) == len(scene.shots)
    assert "basket" in acted[1].shows


def test_action_after_the_last_line_and_a_heading_in_a_dialogue_script() -> None:
    text = """[Scene: a small bakery at dawn]
PRIYA: The ovens are cold again.
ARJUN: I will light them.
(Priya sits on a stool and laughs.)
"""
    scene = _scene(settled(staged(text)))
    (sits,) = scene.moments  # the heading, kept as action, is no moment
    assert sits.who == ["priya"] and sits.verb == "sit"
    shot = next(shot for shot in scene.shots if shot.moment == sits.id)
    assert shot.line_ids == ["l2"] and shot.subject == "priya"


def test_one_first_named_in_later_action_is_not_there_before_it() -> None:
    text = """INT. GREENHOUSE - MORNING

IVAN
Good morning. Anyone here?

IVAN
Hello?

Lena opens the door.

LENA
Only me.
"""
    scene = _scene(settled(staged(text)))
    assert "lena" in scene.people
    first = scene.shots[0]
    assert "lena" not in first.actors


def test_a_capitalised_title_does_not_end_the_sentence() -> None:
    text = """INT. STUDY - NIGHT

MRS. OKONJO reads a letter by the lamp.

MRS. OKONJO
It came at last.
"""
    (reads,) = moments(staged(text))
    assert reads.text.startswith("MRS. OKONJO") and reads.who == ["mrs_okonjo"]


def test_prose_action_is_its_narration_and_is_not_staged_twice() -> None:
    text = (
        "Tarik carried a ladder into the yard. He climbed onto the roof.\n\n"
        '"Hand me the hammer," said Tarik. His sister Mina gave him the hammer.'
    )
    board = staged(text)
    assert all(scene.action_before == [] for scene in board.scenes)
    staged_moments = moments(board)
    assert all(m.action is None and m.line_id is not None for m in staged_moments)
    narrated = [ln for s in board.scenes for ln in s.lines if ln.character_id == "narrator"]
    assert len(staged_moments) == len(narrated)


FILM_SIZE = (1280, 720)


@pytest.mark.slow
def test_a_rendered_screenplay_shows_the_action_between_its_lines(tmp_path: Path, cache_dir: Path) -> None:
    script = tmp_path / "workshop.fountain"
    script.write_text(WORKSHOP, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", cache_dir=cache_dir)
    render_film(
        script,
        tmp_path / "workshop.mp4",
        FilmRequest(resolution="720p", fps=24),
        settings=settings,
        storyboard_path=tmp_path / "workshop.json",
        keep_audio=True,
    )
    board = Storyboard.model_validate_json((tmp_path / "workshop.json").read_text(encoding="utf-8"))
    animation = json.loads((tmp_path / "workshop.animation.json").read_text(encoding="utf-8"))
    scene = _scene(board)
    sit = next(m for m in scene.moments if m.verb == "sit")
    over_jonas = next(shot for shot in scene.shots if "l2" in shot.line_ids)
    assert over_jonas.subject == "jonas" and over_jonas.moment == sit.id
    fps = animation["fps"]
    start, end = over_jonas.start or 0.0, over_jonas.end or 0.0
    acted = [r for r in animation["acted"] if start * fps <= r[0] < end * fps and r[1] == "jonas"]
    assert acted and {r[4] for r in acted} == {"sit"}  # Jonas is drawn sitting while his line is heard
    assert any(sh.get("moment") == sit.id for sh in animation["shots"])
