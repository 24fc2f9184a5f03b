"""Verbs of going are drawn going: a sentence whose verb is a verb of travel or of going somewhere
("travelled from town to town", "set off at dawn", "went back to his hut", "journeyed for three days"), or a
way of walking or running WordNet knows and the staging table does not list ("trotted", "paced", "waddled",
"scurried"), is a walk (a run for hurrying and scurrying) with its person or animal crossing the frame; a
sentence that rides, sails or goes by a vehicle keeps its ride, and a winged animal that goes flies. Checked
on the moment plan and on the rendered shot (the walker's x changes). The sentences are our own."""

from __future__ import annotations

import numpy as np
import pytest

import filmstudio.script  # noqa: F401  (the reading first: animation.shots imports it)
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Look, Moment
from tests.staging_checks import moments, settled, staged

_STORIES = {
    "en": "Once upon a time a tinker named Oswin lived with his sister Wenna in a village.",
    "de": "Es war einmal ein Kesselflicker namens Anselm, der mit seiner Schwester Hedda in einem Dorf wohnte.",
    "fr": "Il était une fois un rémouleur nommé Aubin qui vivait avec sa sœur Jeanne dans un village.",
    "es": "Había una vez un afilador llamado Benito que vivía con su hermana Rosa en un pueblo.",
}
# a story whose cast are animals that go on their feet
_FARMYARD = "Once upon a time there was a pig named Pogo and a duck named Dilly on a farm."


def _last(text: str, language: str = "en") -> Moment:
    return moments(staged(text, language))[-1]


def _rows(table: str) -> list[tuple[str, ...]]:
    return [tuple(part.strip() for part in row.split("|")) for row in table.strip().splitlines()]


# language | a sentence whose verb is a going on foot | the verb class | who goes
_GOINGS = """
en | Oswin travelled from market to market. | walk | oswin
en | They set off at dawn. | walk | oswin
en | They set out before sunrise. | walk | oswin
en | Wenna hurried home. | run | wenna
en | Oswin went back to his hut. | walk | oswin
en | Oswin went home. | walk | oswin
en | Oswin made his way to the mill. | walk | oswin
en | Oswin paced up and down the room. | walk | oswin
en | They journeyed for three days. | walk | oswin
en | Wenna scurried to the gate. | run | wenna
en | Oswin plodded up the hill. | walk | oswin
en | Wenna sauntered along the lane. | walk | wenna
de | Anselm reiste von Stadt zu Stadt. | walk | anselm
de | Anselm ging zurück in seine Hütte. | walk | anselm
de | Hedda eilte nach Hause. | run | hedda
fr | Aubin voyagea de ville en ville. | walk | aubin
fr | Aubin retourna à sa cabane. | walk | aubin
fr | Aubin partit à l'aube. | walk | aubin
es | Benito viajó de pueblo en pueblo. | walk | benito
es | Benito volvió a su cabaña. | walk | benito
es | Benito partió al amanecer. | walk | benito
"""


@pytest.mark.parametrize(("language", "sentence", "verb", "who"), _rows(_GOINGS))
def test_a_verb_of_going_on_foot_is_a_walk(language: str, sentence: str, verb: str, who: str) -> None:
    moment = _last(f"{_STORIES[language]} {sentence}", language)
    assert moment.text.strip() == sentence
    assert moment.verb == verb and moment.who[:1] == [who], (moment.verb, moment.who)


@pytest.mark.parametrize(
    ("sentence", "verb", "who"),
    [
        ("Pogo trotted down the lane.", "run", "pogo"),
        ("Dilly waddled to the pond.", "walk", "dilly"),
        ("Pogo went back to the sty.", "walk", "pogo"),
    ],
)
def test_an_animal_that_goes_on_its_feet_walks(sentence: str, verb: str, who: str) -> None:
    moment = _last(f"{_FARMYARD} {sentence}")
    assert moment.verb == verb and moment.who[:1] == [who], (moment.verb, moment.who)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Oswin rode to the fair.", "ride"),
        ("Oswin went to the city by train.", "go"),  # seated in the train the picture shows
        ("Oswin went to the fair on his horse.", "ride"),
    ],
)
def test_riding_or_going_by_a_vehicle_is_no_walk(sentence: str, verb: str) -> None:
    assert _last(f"{_STORIES['en']} {sentence}").verb == verb


def test_a_winged_animal_that_goes_still_flies() -> None:
    text = "Once upon a time there was a crow named Corvo in a wood. Corvo went to the well."
    assert _last(text).verb == "go"  # animation/staged.py: a flyer's going is in the air


# -- the rendered shot: the walker crosses the frame ---------------------------------------------------------

SIZE = (1280, 720)
PLATE = 90


@pytest.mark.parametrize("sentence", ["Oswin travelled from market to market.", "Oswin paced up and down the room."])
def test_the_one_who_goes_crosses_the_frame(settings: Settings, sentence: str) -> None:
    board = settled(staged(f"{_STORIES['en']} {sentence}", "en"))
    moment = moments(board)[-1]
    scene = next(s for s in board.scenes if moment in s.moments)
    cast = {c.id: c for c in board.characters}
    for c in cast.values():
        c.look = c.look or Look(presents="female" if c.gender == "female" else "male")
    staged_scene = StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {cid: Performer.for_character(cid, 0, scene.end or 0.0, []) for cid in scene.people},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )
    layout = next(lay for lay in staged_scene.layouts if lay.shot.moment == moment.id)
    oswin = next(f for f in layout.figures if f.character_id == "oswin")
    assert oswin.verb == "walk", oswin.verb
    start, end = layout.shot.start or 0.0, layout.shot.end or 0.0
    xs = []
    for k, t in enumerate((start + 0.05 * (end - start), start + 0.95 * (end - start))):
        staged_scene.drawn.clear()
        staged_scene.frame(t, frame_no=k)
        xs.append(next(d[2] for d in staged_scene.drawn if d[1] == "oswin"))
    assert abs(xs[1] - xs[0]) > 0.08 * SIZE[0], xs
