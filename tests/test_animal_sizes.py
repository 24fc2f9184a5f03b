"""Animals are drawn at their size in life against each other and against the people beside them
(animation/sizes.py): a mastiff, a horse, an ox or a donkey is big, a mouse, a sparrow or a frog is small,
and a scene with mice and a big dog never draws the dog smaller than a mouse, in any of its shots."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation import body, sizes
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import Figure, StagedScene
from filmstudio.config import Settings
from filmstudio.engines.image.things import thing_height
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot, Thing

SIZE = (1280, 720)
BIG = ["horse", "cow", "donkey"]
SMALL = ["mouse", "bird", "frog"]


@pytest.fixture
def emoji(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("dog", 32) is None:
        pytest.skip("the emoji set is not installed")


def _scene(settings: Settings, shots: list[tuple[list[str], str]], animals: dict[str, str], **kw) -> StagedScene:
    """A scene of one shot per (who, sentence), its people and animals drawn by the staging."""
    moments, planned = [], []
    for k, (who, text) in enumerate(shots):
        near = [] if who else [Prop(key=t.key, role="near") for t in kw.get("things", [])[:1]]  # what it is about
        moments.append(
            Moment(id=f"s1.m{k}", text=text, who=who, verb="stand", props=near, start=4.0 * k, end=4.0 * k + 4)
        )
        planned.append(Shot(id=f"s1.{k}", kind="wide", actors=who, start=4.0 * k, end=4.0 * k + 4, moment=f"s1.m{k}"))
    everyone = {cid for who, _ in shots for cid in who}
    people = {cid: Character(id=cid, name=cid.title(), gender="female", look=Look()) for cid in everyone}
    scene = Scene(id="s1", moments=moments, shots=planned, start=0.0, end=4.0 * len(shots), **kw)
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), 90, np.uint8),
        lambda cid, unit: build_rig(people[cid], unit),
        {cid: Performer.for_character(cid, 0, 4.0 * len(shots), []) for cid in everyone if cid not in animals},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals=animals,
        seed=5,
    )


def _tall(fig: Figure) -> float:
    if fig.rig is not None:
        return fig.rig.unit * body.figure_height_units()
    assert fig.animal is not None
    return float(fig.animal.size[1])


def _heights(staged: StagedScene) -> list[dict[str, float]]:
    return [{f.character_id: _tall(f) for f in layout.figures} for layout in staged.layouts]


@pytest.mark.usefixtures("emoji")
def test_a_big_dog_is_never_drawn_smaller_than_the_mice_in_any_shot(settings: Settings) -> None:
    animals = {"bruno": "dog", "mice": "mouse"}
    staged = _scene(
        settings,
        [
            (["mice"], "Three little mice ran along the beam."),  # the mice alone
            (["bruno", "mice"], "The big mastiff barked at the mice."),
            (["bruno"], "Bruno the mastiff lay down."),  # the dog alone
        ],
        animals,
    )
    shots = _heights(staged)
    mice = [h["mice"] for h in shots if "mice" in h]
    dogs = [h["bruno"] for h in shots if "bruno" in h]
    assert min(dogs) > 3 * max(mice)  # in every shot of the scene, wherever each is drawn
    assert max(mice) >= 0.03 * SIZE[1]  # small, and still seen


@pytest.mark.usefixtures("emoji")
def test_beside_a_person_big_animals_are_big_and_small_ones_small(settings: Settings) -> None:
    for key in BIG + SMALL + ["dog"]:
        staged = _scene(settings, [(["wife", "beast"], f"The wife stood by the {key}.")], {"beast": key})
        (heights,) = _heights(staged)
        share = heights["beast"] / heights["wife"]
        if key in BIG:
            assert share > 0.6, key
        elif key in SMALL:
            assert share < 0.25, key
    mastiff = _scene(settings, [(["wife", "bruno"], "The wife stood by her mastiff.")], {"bruno": "dog"})
    small = _scene(settings, [(["wife", "bruno"], "The wife stood by her little dog.")], {"bruno": "dog"})
    assert _heights(mastiff)[0]["bruno"] > 1.5 * _heights(small)[0]["bruno"]


@pytest.mark.usefixtures("emoji")
def test_an_animal_the_sentence_names_is_drawn_its_size(settings: Settings) -> None:
    """A thing a sentence is about, no character (the mastiff named as a scene's thing), beside the cast."""
    things = [Thing(key="dog", words=["mastiff"]), Thing(key="mouse", words=["mouse"])]
    staged = _scene(
        settings,
        [([], "The mastiff lay down in the straw."), (["mice"], "A mouse ran by.")],
        {"mice": "mouse"},
        things=things,
    )
    dog = next(f for f in staged.layouts[0].figures if f.animal_key == "dog")
    mouse = staged.layouts[1].figures[0]
    assert _tall(dog) > 3 * _tall(mouse)


@pytest.mark.usefixtures("emoji")
def test_an_animal_alone_is_not_drawn_bigger_than_the_animals_the_picture_paints(settings: Settings) -> None:
    """A dog alone is drawn up to fill the frame, but not where a horse is painted beside it."""
    painted = [Thing(key="horse", words=["horse"], box=(0.05, 0.6, 0.2, 0.9))]
    alone = _scene(settings, [(["bruno"], "Bruno lay down.")], {"bruno": "dog"})
    by_horse = _scene(settings, [(["bruno"], "Bruno lay down by the horse.")], {"bruno": "dog"}, things=painted)
    assert _heights(by_horse)[0]["bruno"] < sizes.painted_share("horse") * SIZE[1] * 0.75
    assert _heights(alone)[0]["bruno"] > _heights(by_horse)[0]["bruno"]


def test_the_size_table_keeps_the_order_of_sizes_in_every_drawing() -> None:
    order = ["horse", "cow", "donkey", "dog", "cat", "bird", "mouse"]
    for drawn in (sizes.drawn_share, thing_height):
        heights = [drawn(k) for k in order]
        assert heights == sorted(heights, reverse=True), (drawn.__name__, heights)
    assert sizes.life_height("dog", "a great wolfhound") > sizes.life_height("horse") / 2
    assert sizes.life_height("cow", "the ox pulled the cart") >= sizes.life_height("cow")
    assert sizes.life_height("dog", "a tiny dog") < sizes.life_height("dog") < sizes.life_height("dog", "a big dog")
    assert sizes.life_height("dog", "the cat and a big mouse") == sizes.life_height("dog")  # not its size word
