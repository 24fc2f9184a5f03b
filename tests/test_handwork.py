"""Work with the hands on a thing (peeling, planting, kneading, knitting, tying, washing) is acted: the doer
holds the thing before the body with both hands working, kneeling or seated where the words put them so.
Our own sentences, in English, French and Spanish; and real frames of the drawn figure."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, staged

_EN = 'Mara and Tom lived in a cottage at the edge of the wood. "A cold morning," said Mara. "Yes," said Tom. '
_FR = "Jeanne et Paul vivaient près de la rivière. « Quelle belle journée », dit Jeanne. "
_ES = "Lucía y Pablo vivían junto al río. —Qué día tan bonito —dijo Lucía.\n\n"


def _last(text: str, language: str) -> Moment:
    return moments(staged(text, language))[-1]


@pytest.mark.parametrize(
    ("language", "text", "who", "thing", "posture"),
    [
        ("en", _EN + "Mara sat peeling potatoes by the fire.", "mara", "potato", "sit"),
        ("en", _EN + "Tom scrubbed the bowls on his hands and knees.", "tom", "bowl", "kneel"),
        ("en", _EN + "Tom knelt to plant the beans.", "tom", "beans", "kneel"),
        ("en", _EN + "Tom tied up the sack with a rope.", "tom", "bag", None),
        ("en", _EN + "Mara was knitting a scarf.", "mara", "scarf", None),
        ("en", _EN + "Mara stirred the soup.", "mara", "soup", None),
        ("fr", _FR + "Jeanne épluchait les pommes de terre.", "jeanne", "potato", None),
        ("fr", _FR + "Paul s'agenouilla pour planter les haricots.", "paul", "beans", "kneel"),
        ("fr", _FR + "Paul lavait les chemises dans la rivière.", "paul", "shirt", None),
        ("es", _ES + "Lucía pelaba las patatas.", "lucía", "potato", None),
        ("es", _ES + "Lucía amasó el pan.", "lucía", "bread", None),
        ("es", _ES + "Pablo se sentó a pelar las manzanas.", "pablo", "apple", "sit"),
    ],
)
def test_handwork_is_the_work_class_with_the_thing_held_and_the_posture_said(
    language: str, text: str, who: str, thing: str, posture: str | None
) -> None:
    moment = _last(text, language)
    assert moment.who[:1] == [who]
    assert moment.verb == "work"
    assert (thing, "held") in [(p.key, p.role) for p in moment.props]
    assert moment.postures.get(who) == posture


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", _EN + "Tom wore a red tie."),
        ("en", _EN + "Mara looked at the plant."),
        ("en", _EN + "Tom knelt before the fire."),
        ("es", _ES + "Pablo se arrodilló junto al río."),
    ],
)
def test_a_noun_of_work_or_kneeling_alone_is_no_handwork(language: str, text: str) -> None:
    assert _last(text, language).verb != "work"


# -- drawn ------------------------------------------------------------------------------------------------

SIZE = (640, 360)
PLATE = 90


def _stage(verb: str, settings: Settings, posture: str | None = None, props: list[Prop] | None = None) -> StagedScene:
    cast = Character(id="mara", name="Mara", gender="female", look=Look(presents="female", attire="dress"))
    postures = {"mara": posture} if posture else {}
    moment = Moment(
        id="s1.m0", text="", who=["mara"], verb=verb, props=props or [], postures=postures, start=0.0, end=4.0
    )
    shot = Shot(id="s1.0", kind="wide", actors=["mara"], subject="mara", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["mara"])
    still = np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8)
    return StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(cast, unit),
        {"mara": Performer.for_character("mara", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _box(frame: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero((frame != PLATE).any(axis=2))
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def _moved(stage: StagedScene, a: float, b: float) -> np.ndarray:
    return np.abs(stage.frame(a).astype(int) - stage.frame(b).astype(int)).sum(axis=2) > 40


def test_the_hands_work_before_the_body_and_move(settings: Settings) -> None:
    working = _stage("work", settings)
    x0, y0, x1, y1 = _box(working.frame(1.0))
    moved = _moved(working, 1.0, 1.3)
    ys, xs = np.nonzero(moved)
    assert len(xs) > 30  # the forearms go round between two frames
    tall = y1 - y0
    # what moves is the hands before the trunk: below the shoulders, above the knees, within the figure
    assert y0 + 0.2 * tall < ys.mean() < y0 + 0.6 * tall
    assert x0 <= xs.mean() <= x1 and abs(xs.mean() - (x0 + x1) / 2) < 0.35 * (x1 - x0)
    still = _moved(_stage("stand", settings), 1.0, 1.3)
    assert still.sum() < moved.sum() / 3  # one standing does not work so


def test_a_kneeling_or_seated_worker_is_lower_and_still_works(settings: Settings) -> None:
    standing = _box(_stage("work", settings).frame(1.0))
    for posture in ("kneel", "sit"):
        low = _stage("work", settings, posture)
        box = _box(low.frame(1.0))
        assert box[1] > standing[1] + 0.04 * SIZE[1]  # the head lower than standing
        assert _moved(low, 1.0, 1.3).sum() > 30  # the hands still at work


def test_the_thing_held_is_before_the_worker(settings: Settings) -> None:
    potato = Prop(key="potato", role="held", holder="mara")
    with_it, without = _stage("work", settings, "sit", [potato]), _stage("work", settings, "sit")
    diff = np.abs(with_it.frame(1.0).astype(int) - without.frame(1.0).astype(int)).sum(axis=2) > 40
    ys, xs = np.nonzero(diff)
    x0, y0, x1, y1 = _box(without.frame(1.0))
    assert len(xs) > 10 and x0 - 0.1 * (x1 - x0) <= xs.mean() <= x1 + 0.1 * (x1 - x0)


def test_a_vehicle_worked_on_stands_beside_the_worker() -> None:
    moment = _last(_EN + "Tom washed the car.", "en")
    assert moment.verb == "work" and [(p.key, p.role) for p in moment.props] == [("car", "near")]
