"""What a sentence says its people do through a second verb or a phrasal verb (script/complement_verbs.py):
a participle after a posture keeps the posture while the hands work, a verb of beginning or going on is
acted as its complement, getting onto a mount rides it and getting off it stands beside it, and climbing a
tall thing is drawn on that thing. Invented sentences, in English, German, French and Spanish."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import FIGURE_SHARE, StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, staged

_CAST = {
    "en": "Once there was an old weaver called Marta and a boy called Tobin.",
    "de": "Es war einmal eine alte Weberin namens Marta und ein Junge namens Tobin.",
    "fr": "Il était une fois une vieille tisserande nommée Marta et un garçon nommé Tobin.",
    "es": "Había una vez una vieja tejedora llamada Marta y un niño llamado Tobin.",
}


def _moment(sentence: str, language: str = "en") -> Moment:
    board = staged(f"{_CAST[language]} {sentence}", language)
    return next(m for m in moments(board) if sentence[:12] in m.text)


def _kept(moment: Moment, key: str) -> list[str]:
    return [p.role for p in moment.props if p.key == key]


# -- a participle after a posture: the posture kept, the hands at work ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "posture"),
    [
        ("Marta sat under the old oak reading a letter.", "read", "sit"),
        ("Tobin sat on the river bank fishing.", "work", "sit"),
        ("Tobin lay in the long grass singing.", "sing", "lie"),
        ("Marta sat by the stove eating her porridge.", "eat", "sit"),
    ],
)
def test_a_participle_after_a_posture_is_done_in_that_posture(sentence: str, verb: str, posture: str) -> None:
    moment = _moment(sentence)
    assert moment.who[:1] == [sentence.split()[0].lower()]
    assert moment.verb == verb  # the participle is what is done, by the one who sits, not by the oak
    assert moment.postures == {moment.who[0]: posture}


# -- a verb of beginning or going on: its complement is acted ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "verb"),
    [
        ("Tobin fell to digging in the field behind the barn.", "en", "work"),
        ("Tobin set about digging a ditch.", "en", "work"),
        ("Tobin began to climb the ladder.", "en", "climb"),
        ("Tobin fing an, im Garten zu graben.", "de", "work"),
        ("Tobin se mit à creuser un trou.", "fr", "work"),
        ("Tobin empezó a cavar un hoyo.", "es", "work"),
        ("Marta siguió hilando junto al fuego.", "es", "work"),
    ],
)
def test_an_aspect_verb_is_acted_as_its_complement(sentence: str, language: str, verb: str) -> None:
    moment = _moment(sentence, language)
    assert moment.who[:1] == [sentence.split()[0].lower()]
    assert moment.verb == verb  # not falling, catching ("fing") or following ("siguió")


def test_an_aspect_verb_without_a_complement_is_itself() -> None:
    assert _moment("Tobin fell to the ground.").verb == "fall"
    assert _moment("Tobin fing den Ball.", "de").verb == "take"


# -- getting on and off a mount -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Tobin got upon his pony.", "en"),
        ("Tobin swung himself into the saddle.", "en"),
        ("Tobin schwang sich auf sein Pferd.", "de"),
        ("Tobin sauta sur son âne.", "fr"),
        ("Tobin saltó a la silla de montar.", "es"),
    ],
)
def test_getting_onto_a_mount_rides_it(sentence: str, language: str) -> None:
    moment = _moment(sentence, language)
    assert moment.who[:1] == ["tobin"] and moment.verb == "ride"
    assert [p.role for p in moment.props if p.role == "ridden"] == ["ridden"]


@pytest.mark.parametrize(
    ("sentence", "language", "mount"),
    [
        ("Tobin got off his horse.", "en", "horse"),
        ("Tobin dismounted from the mule.", "en", "donkey"),
        ("Tobin stieg vom Pferd.", "de", "horse"),
        ("Tobin descendit de son cheval.", "fr", "horse"),
        ("Tobin se bajó del caballo.", "es", "horse"),
    ],
)
def test_getting_off_a_mount_stands_beside_it(sentence: str, language: str, mount: str) -> None:
    moment = _moment(sentence, language)
    assert moment.who[:1] == ["tobin"] and moment.verb == "stand"
    assert _kept(moment, mount) == ["near"]  # beside him, not under him


def test_one_who_dismounts_stands_beside_what_they_rode() -> None:
    board = staged(f"{_CAST['en']} Tobin rode his donkey to the market. There Tobin dismounted.")
    there = next(m for m in moments(board) if "dismounted" in m.text)
    assert there.verb == "stand" and _kept(there, "donkey") == ["near"]


# -- climbing a tall thing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "thing"),
    [
        ("Tobin began to climb the tall pine.", "en", "pine_tree"),
        ("Tobin set about climbing the old ladder.", "en", "ladder"),
        ("Tobin climbed the tower.", "en", "tower"),
        ("Tobin commença à grimper à l'échelle.", "fr", "ladder"),
        ("Tobin empezó a trepar a la palmera.", "es", "palm_tree"),
    ],
)
def test_climbing_a_tall_thing_climbs_at_it(sentence: str, language: str, thing: str) -> None:
    moment = _moment(sentence, language)
    assert moment.who[:1] == ["tobin"] and moment.verb == "climb"
    assert _kept(moment, thing) == ["near"]


SIZE = (640, 360)


def _climbing(settings: Settings, key: str, verb: str = "climb") -> StagedScene:
    cast = {"tobin": Character(id="tobin", name="Tobin", gender="male", look=Look(presents="male"))}
    props = [Prop(key=key, role="near", holder="tobin")]
    moment = Moment(id="s1.m0", text="", who=["tobin"], verb=verb, props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["tobin"], subject="tobin", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["tobin"])
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), 90, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {"tobin": Performer.for_character("tobin", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


@pytest.mark.parametrize("key", ["ladder", "pine_tree"])
def test_a_climber_is_drawn_on_the_thing_climbed(settings: Settings, key: str) -> None:
    scene = _climbing(settings, key)
    layout = scene.layouts[0]
    climber = next(f for f in layout.figures if f.rig is not None)
    thing = next(f for f in layout.under if f.set_down and f.animal_key == key)  # drawn behind everyone
    assert thing.animal is not None and thing.animal.size[1] > 1.2 * FIGURE_SHARE * SIZE[1]  # taller than he
    # right behind the climber (a ladder a little to the side he faces from), not beside him
    assert abs(thing.x0 - climber.x0) < 0.35 * thing.animal.size[0]
    assert thing.feet == climber.feet and climber.climb > 0
    frame = scene.frame(2.0)
    column = frame[: int(thing.feet) - 2, int(thing.x0) - 2 : int(thing.x0) + 2]
    assert (np.abs(column.astype(int) - 90).max(axis=2) > 20).any()  # drawn in the frame


def test_the_mount_one_got_off_stands_beside_them_at_its_size(settings: Settings) -> None:
    scene = _climbing(settings, "horse", verb="stand")
    layout = scene.layouts[0]
    rider = next(f for f in layout.figures if f.rig is not None)
    horse = next(f for f in layout.under if f.set_down and f.animal_key == "horse")
    assert horse.animal is not None and horse.animal.size[1] > 0.8 * FIGURE_SHARE * SIZE[1]  # no toy horse
    assert abs(horse.x0 - rider.x0) > 0.3 * horse.animal.size[0] and horse.feet == rider.feet  # beside him
