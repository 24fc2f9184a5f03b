"""People do what the sentence says: the verb classes lie, sleep, kneel, pray, chase and eat read from
ordinary sentences in several languages, and drawn: lying flat on the ground, kneeling lower than
standing, a held bowl going with the hand, a chaser behind the chased."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation import held
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene, ground_line
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script.staging import read_moment
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot

NAMES = {
    "en": ("Maria", "Tom"),
    "es": ("María", "Tomás"),
    "fr": ("Marie", "Tom"),
    "de": ("Maria", "Tom"),
    "it": ("Maria", "Tom"),
    "pt": ("Maria", "Tomás"),
    "ru": ("Мария", "Том"),
    "ja": ("マリア", "トム"),
    "hi": ("मारिया", "टॉम"),
}


def _moment(text: str, language: str) -> Moment:
    her, him = NAMES[language]
    cast = [Character(id="maria", name=her, gender="female"), Character(id="tom", name=him, gender="male")]
    return read_moment("m", text, cast, language, scene_things=[], previous=None, present=["maria", "tom"])


@pytest.mark.parametrize(
    ("language", "text", "verb"),
    [
        ("en", "Maria lay down under a tree.", "lie"),
        ("es", "María se acostó bajo un árbol.", "lie"),
        ("es", "María estaba tendida en la cama.", "lie"),
        ("de", "Maria legte sich unter einen Baum.", "lie"),
        ("ru", "Мария легла под деревом.", "lie"),
        ("hi", "मारिया पेड़ के नीचे लेट गई।", "lie"),
        ("en", "Maria slept under the tree.", "sleep"),
        ("de", "Maria legte sich schlafen.", "sleep"),
        ("ja", "マリアは木の下で寝ました。", "sleep"),
        ("hi", "मारिया सो रही थी।", "sleep"),
        ("fr", "Marie s'agenouilla près de la rivière.", "kneel"),
        ("de", "Maria kniete nieder.", "kneel"),
        ("en", "Maria was on her knees in the church.", "kneel"),
        ("it", "Maria pregò nel tempio.", "pray"),
        ("pt", "Maria rezou no templo.", "pray"),
        ("en", "Maria chased Tom across the field.", "chase"),
        ("es", "María persiguió a Tomás por el campo.", "chase"),
        ("fr", "Marie pourchassa Tom.", "chase"),
        ("de", "Maria verfolgte Tom.", "chase"),
        ("ru", "Мария погналась за Томом.", "chase"),
        ("ja", "マリアはトムを追いかけました。", "chase"),
        ("hi", "मारिया ने टॉम का पीछा किया।", "chase"),
        ("fr", "Marie but un bol de lait.", "eat"),
        ("ru", "Мария ела хлеб.", "eat"),
    ],
)
def test_the_verb_class_is_read_from_ordinary_sentences(language: str, text: str, verb: str) -> None:
    moment = _moment(text, language)
    assert moment.verb == verb and moment.who[0] == "maria"


def test_the_chased_one_is_in_the_moment_and_the_eaten_thing_is_held() -> None:
    chase = _moment("Maria chased Tom across the field.", "en")
    assert chase.who == ["maria", "tom"]
    for language, text, key in (
        ("en", "Maria ate the bread.", "bread"),
        ("es", "María comía una manzana.", "apple"),
        ("de", "Maria aß das Brot.", "bread"),
        ("ja", "マリアはパンを食べました。", "bread"),
    ):
        eat = _moment(text, language)
        assert eat.verb == "eat" and [(p.key, p.role, p.holder) for p in eat.props] == [(key, "held", "maria")]


# -- drawn ------------------------------------------------------------------------------------------------

SIZE = (640, 360)
PLATE = 90


def _stage(
    verb: str, settings: Settings, props: list[Prop] | None = None, who: tuple[str, ...] = ("maria",)
) -> StagedScene:
    cast = {
        "maria": Character(id="maria", name="Maria", gender="female", look=Look(presents="female", attire="dress")),
        "tom": Character(id="tom", name="Tom", gender="male", look=Look(presents="male", attire="shirt")),
    }
    moment = Moment(id="s1.m0", text="", who=list(who), verb=verb, props=props or [], start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=list(who), subject=who[0], start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=list(who))
    still = np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8)
    performers = {cid: Performer.for_character(cid, 0, 4.0, []) for cid in who}
    return StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(cast[cid], unit),
        performers,
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _box(frame: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero((frame != PLATE).any(axis=2))
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def test_one_lying_or_asleep_lies_flat_on_the_ground(settings: Settings) -> None:
    ground = ground_line(SIZE)
    for verb in ("lie", "sleep"):
        x0, y0, x1, y1 = _box(_stage(verb, settings).frame(1.0))
        assert x1 - x0 > 2 * (y1 - y0)  # flat, not a standing figure
        assert abs(y1 - ground) < 0.02 * SIZE[1]  # on the ground, not under it or in the air


def test_one_kneeling_or_praying_is_lower_than_standing(settings: Settings) -> None:
    standing = _box(_stage("stand", settings).frame(1.0))
    for verb in ("kneel", "pray"):
        low = _box(_stage(verb, settings).frame(1.0))
        assert low[1] > standing[1] + 0.04 * SIZE[1] and abs(low[3] - standing[3]) < 0.02 * SIZE[1]


def _centre(mask: np.ndarray) -> tuple[float, float]:
    ys, xs = np.nonzero(mask)
    assert len(xs) > 10
    return float(xs.mean()), float(ys.mean())


def test_a_bowl_is_held_and_moves_with_the_hand_that_eats(settings: Settings) -> None:
    bread = Prop(key="bread", role="held", holder="maria")
    eating, empty = _stage("eat", settings, [bread]), _stage("eat", settings)
    places = []
    for t in (0.1, 0.7):  # the hand down, then at the mouth
        with_it, without = eating.frame(t), empty.frame(t)
        places.append(_centre(np.abs(with_it.astype(int) - without.astype(int)).sum(axis=2) > 40))
    face_y = eating.drawn[-1][5] if eating.drawn else None
    assert places[1][1] < places[0][1] - 0.03 * SIZE[1]  # the food rises with the hand
    assert face_y is None or abs(places[1][1] - face_y) < 0.06 * SIZE[1]  # to the mouth
    bowl = Prop(key="bowl", role="held", holder="maria")
    walking, plain = _stage("walk", settings, [bowl]), _stage("walk", settings)
    xs = []
    for t in (0.3, 3.5):
        diff = np.abs(walking.frame(t).astype(int) - plain.frame(t).astype(int)).sum(axis=2) > 40
        xs.append(_centre(diff)[0])
    assert abs(xs[1] - xs[0]) > 0.2 * SIZE[0]  # the bowl goes with her
    assert held.grip_of("bowl") == "two_hands" and held.grip_of("basket") == "arm"


def test_the_chaser_runs_behind_the_one_chased(settings: Settings) -> None:
    chase = _stage("chase", settings, who=("maria", "tom"))
    chase.frame(2.0, 0)
    layout = chase.layouts[0]
    maria, tom = layout.figures
    assert maria.facing == tom.facing and maria.x0 != maria.x1  # both run, the same way
    ahead = maria.facing * (tom.x1 - maria.x1)
    assert ahead > 0  # the one chased is in front


def test_the_common_things_of_stories_can_be_drawn() -> None:
    for key in ("stick", "bowl", "jug", "plate", "cup", "spoon", "cabbage", "fruit"):
        img = held.drawn(key, 40)
        assert img is not None and img.getbbox() is not None
