"""What a still frame shows of the commonest verbs: an animal drawn whole (the dog's, the cow's icon) that
sleeps has its legs folded under it, one that eats or grazes has its head down at the ground, one that
runs has its legs stretched out, one that sleeps has z's over it; a person who eats by a table sits at
it, one who drinks holds the cup at the mouth; one who scolds points at the other, a grazing animal eats.
Each is measured against the same figure standing idle."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation import body, icon_poses
from filmstudio.animation import staged as staged_module
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.sprite import Sprite
from filmstudio.animation.staged import StagedScene, _acted, _animal_acting
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Extra, Look, Moment, Prop, Scene, Shot, Thing
from tests.staging_checks import moments, staged

SIZE = (640, 360)
PLATE = 90
ANIMALS = ("dog", "cow", "goat", "horse")


@pytest.fixture
def icons(settings: Settings) -> dict[str, Sprite]:
    make = thing_sprites(settings.assets_dir)
    if make("dog", 32) is None:
        pytest.skip("the emoji set is not installed")
    out = {}
    for key in ANIMALS:
        image = make(key, 160)
        assert image is not None
        out[key] = Sprite.from_image(image, (image.width / 2, image.height))
    return out


def _alpha(sprite: Sprite) -> np.ndarray:
    return staged_module._alpha(sprite) > 128


def _posed(sprite: Sprite, verb: str) -> np.ndarray:
    posed = _animal_acting(sprite, verb, -1)  # the set's animals face left: the nose on the left
    assert posed is not None
    return _alpha(posed)


@pytest.mark.parametrize("verb", ["sleep", "lie"])
def test_a_whole_animal_that_lies_has_its_body_down_on_the_ground(icons: dict[str, Sprite], verb: str) -> None:
    for key, sprite in icons.items():
        standing = _alpha(sprite)
        lying = _posed(sprite, verb)
        gap = lying.shape[0] - icon_poses.legs_start(lying.astype(np.uint8) * 255)
        assert gap <= 0.1 * standing.shape[0], key  # no legs stand under it: folded
        assert lying.shape[0] < 0.85 * standing.shape[0], key


def _head_top(mask: np.ndarray, standing: np.ndarray) -> float:
    """The highest drawn row in the nose's fifth of the columns, above the ground, in standing heights."""
    cols = np.nonzero(mask.any(axis=0))[0]
    front = mask[:, cols.min() : cols.min() + max(2, (cols.max() - cols.min()) // 5)]
    return float(mask.shape[0] - np.nonzero(front.any(axis=1))[0].min()) / standing.shape[0]


@pytest.mark.parametrize("verb", ["eat"])
def test_a_whole_animal_that_eats_has_its_head_down_at_the_ground(icons: dict[str, Sprite], verb: str) -> None:
    for key, sprite in icons.items():
        standing, eating = _alpha(sprite), _posed(sprite, verb)

        assert _head_top(standing, standing) > 0.6, key  # the head up where it stands
        assert _head_top(eating, standing) < _head_top(standing, standing) - 0.2, key  # well down, to the food


def test_a_whole_animal_that_runs_stretches_its_legs(icons: dict[str, Sprite]) -> None:
    for key, sprite in icons.items():
        if key == "horse":  # its icon gallops already
            continue
        assert _posed(sprite, "run").shape[1] > 1.1 * _alpha(sprite).shape[1], key


def test_an_animal_standing_is_drawn_as_its_icon(icons: dict[str, Sprite]) -> None:
    for sprite in icons.values():
        assert _animal_acting(sprite, "stand", -1) is sprite


def _stage(settings: Settings, verb: str, animals: dict[str, str], **moment: object) -> StagedScene:
    who = ["tom"] if not animals else list(animals)
    cast = {cid: Character(id=cid, name=cid.title(), look=Look(presents="male", attire="shirt")) for cid in who}
    m = Moment(id="s1.m0", text="", who=who, verb=verb, start=0.0, end=4.0, **moment)  # type: ignore[arg-type]
    shot = Shot(id="s1.0", kind="wide", actors=who, subject=who[0], start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[m], shots=[shot], start=0.0, end=4.0, people=who)
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {cid: Performer.for_character(cid, 0, 4.0, []) for cid in who if cid not in animals},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals=animals,
        seed=3,
    )


@pytest.mark.usefixtures("icons")
def test_a_sleeping_animal_has_zs_over_it(settings: Settings) -> None:
    def white(verb: str) -> int:
        frame = _stage(settings, verb, {"dog": "dog"}).frame(2.0, 0)
        return int((frame > 240).all(axis=2).sum())

    assert white("sleep") > white("lie") + 20


def _face_y(scene: StagedScene) -> float:
    scene.frame(2.0, 0)
    return scene.drawn[-1][5]


def test_one_who_eats_by_a_table_sits_at_it(settings: Settings) -> None:
    table = Prop(key="table", role="near", holder="tom")
    soup = Prop(key="soup", role="held", holder="tom")
    at_table = _stage(settings, "eat", {}, props=[table, soup], verb_words=["ate"])
    standing = _stage(settings, "eat", {}, props=[soup], verb_words=["ate"])
    tom = at_table.layouts[0].figures[0]
    assert tom.verb == "sit_eat" and tom.seat == "chair"
    assert any(f.animal_key == "chair" for f in at_table.layouts[0].under)
    lower = _face_y(at_table) - _face_y(standing)
    unit = at_table.drawn[-1][6]
    assert lower > 0.5 * unit  # seated: the face well below where it is standing


def test_one_who_drinks_holds_the_cup_at_the_mouth() -> None:
    moment = Moment(id="m", text="", verb="eat", verb_words=["drank"])
    assert _acted(moment) == "drink"
    rig = build_rig(Character(id="tom", name="Tom", look=Look()), 40.0)
    b = body.figure.body_unit(rig.look, rig.unit)
    mouth = np.array([body.MOUTH[0] * b, body.MOUTH[1] * b])
    for t in np.linspace(0.0, 3.0, 7):
        drinking = body.joints(rig, 0.0, 400.0, body.limbs_at("drink", float(t), 1))
        hand = np.array(drinking.hands[1]) - np.array(drinking.neck)
        assert np.linalg.norm(hand - mouth) < 0.6 * b  # held at the mouth all along, not only now and then
    standing = body.joints(rig, 0.0, 400.0, body.limbs_at("stand", 0.0, 1))
    hand = np.array(standing.hands[1]) - np.array(standing.neck)
    assert np.linalg.norm(hand - mouth) > 2 * b


def test_scolding_points_and_grazing_eats() -> None:
    scolds = moments(staged("A baker and a boy lived in a town. The baker scolded the boy."))[-1]
    assert scolds.verb == "point" and scolds.expression == "anger"
    grazes = moments(staged("A brown horse lived on a farm. The horse grazed in the field."))[-1]
    assert grazes.verb == "eat"


def test_a_pointing_arm_reaches_out_level() -> None:
    rig = build_rig(Character(id="tom", name="Tom", look=Look()), 40.0)
    b = body.figure.body_unit(rig.look, rig.unit)
    pointing = body.joints(rig, 0.0, 400.0, body.limbs_at("point", 1.0, 1))
    standing = body.joints(rig, 0.0, 400.0, body.limbs_at("stand", 1.0, 1))
    assert pointing.hands[1][0] - standing.hands[1][0] > 1.2 * b  # out towards the one scolded


def _thing_stage(
    settings: Settings, text: str, verb: str, who: list[str], props: list[Prop], things: list[Thing]
) -> StagedScene:
    cast = {cid: Character(id=cid, name=cid.title(), look=Look(presents="male", attire="shirt")) for cid in who}
    m = Moment(id="s1.m0", text=text, who=who, verb=verb, props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=who, subject=who[0] if who else None, start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[m], shots=[shot], start=0.0, end=4.0, people=who, things=things)
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {cid: Performer.for_character(cid, 0, 4.0, []) for cid in who},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


@pytest.mark.usefixtures("icons")
def test_a_door_that_is_opened_is_drawn_open(settings: Settings) -> None:
    door = Thing(key="door", words=["door"])
    opens = _thing_stage(settings, "The miller opened the door.", "open", ["tom"], [], [door])
    drawn = [f for f in opens.layouts[0].under if f.animal_key == "door"]
    assert len(drawn) == 1 and drawn[0].animal is not None
    shut = thing_sprites(settings.assets_dir)("door", int(drawn[0].animal.size[1]))
    assert shut is not None
    assert drawn[0].animal.size[0] > 1.2 * shut.width  # the leaf swung out beside its frame
    doorway = drawn[0].animal.rgb[drawn[0].animal.size[1] // 2]
    assert (doorway.sum(axis=1) < 120).sum() > 0.3 * shut.width  # the dark doorway where the door stood
    box = _thing_stage(settings, "The miller opened the box.", "open", ["tom"], [], [door])
    assert not [f for f in box.layouts[0].under if f.animal_key == "door"]  # only the door the words open


@pytest.mark.usefixtures("icons")
def test_a_thing_that_breaks_falls_and_then_lies_in_pieces(settings: Settings) -> None:
    bowl = Prop(key="bowl", role="near")
    breaks = _thing_stage(settings, "The bowl slipped and broke on the floor.", "fall", [], [bowl], [])
    falls = _thing_stage(settings, "The bowl slipped and fell on the floor.", "fall", [], [bowl], [])
    piece = breaks.layouts[0].figures[0]
    whole = falls.layouts[0].figures[0]
    assert piece.shards is not None and whole.shards is None and whole.animal is not None
    assert piece.shards.size[0] > 1.5 * whole.animal.size[0] and piece.shards.size[1] < whole.animal.size[1]

    def lowest_drawn(scene: StagedScene, t: float) -> int:
        rows = np.nonzero((scene.frame(t) != PLATE).any(axis=(1, 2)))[0]
        return int(rows.max())

    assert lowest_drawn(breaks, 0.2) < lowest_drawn(breaks, 3.0) - 20  # up in the air first, then down
    middle = breaks.frame(2.0)
    cols = np.nonzero((middle != PLATE).any(axis=(0, 2)))[0]
    assert cols.max() - cols.min() > 1.5 * whole.animal.size[0]  # in the middle of the shot: in pieces


def test_a_verb_right_after_a_name_of_two_words_is_read() -> None:
    # "the old man slept": the name's span ends with "man", it does not swallow the verb after it
    assert moments(staged("An old man lived in a hut. The old man slept."))[-1].verb == "sleep"
    assert moments(staged("An old man lived in a hut. The old man lay on his bed."))[-1].verb == "lie"


@pytest.mark.parametrize("verb", ["hug", "look"])
def test_a_pair_of_the_crowd_turns_to_each_other(settings: Settings, verb: str) -> None:
    pair = Extra(kind="people", words=["friends"], count=2, verb=verb)
    m = Moment(id="s1.m0", text="The two friends met.", verb=verb, extras=[pair], start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[m], shots=[shot], start=0.0, end=4.0)
    staged_scene = StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(Character(id=cid, name=cid), unit),
        {},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        crowd_rig=lambda c, unit: build_rig(c, unit),
    )
    left, right = sorted(staged_scene.layouts[0].crowd, key=lambda f: f.x0)
    assert left.facing == 1 and right.facing == -1 and left.faces_other and right.faces_other
    assert right.x0 - left.x0 < (0.1 if verb == "hug" else 0.2) * SIZE[0]  # together, not across the frame


@pytest.mark.usefixtures("icons")
def test_an_animal_that_jumps_is_up_off_the_ground(settings: Settings) -> None:
    def feet(verb: str, t: float) -> float:
        scene = _stage(settings, verb, {"cat": "cat"})
        scene.frame(t, 0)
        return scene.drawn[-1][3]  # where its feet are drawn

    assert feet("jump", 0.5) < feet("stand", 0.5) - 20  # well up off the ground
