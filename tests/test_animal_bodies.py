"""Whole animals for the icons that are heads only (animation/animal_bodies.py): the fox and the lion of a
fable stand on four legs, walk them, lie down lower and longer, sit, and put their heads down to eat; an
animal whose icon is already whole is drawn as it was."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from filmstudio.animation import animal_bodies
from filmstudio.animation.animal_bodies import HEAD_ONLY, whole_animal
from filmstudio.animation.staged import StagedScene, ground_line
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script.vocabulary import THINGS
from filmstudio.storyboard import Moment, Scene, Shot, Thing

HEIGHT = 180
SIZE = (640, 360)


@pytest.fixture
def head(settings: Settings) -> animal_bodies.HeadFactory:
    things = thing_sprites(settings.assets_dir)
    if things("fox", 32) is None:
        pytest.skip("the emoji set is not installed")
    return things


def _alpha(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("RGBA"))[..., 3] > 128


def _runs(row: np.ndarray) -> int:
    """How many separate runs of opaque pixels a row of the mask has."""
    padded = np.concatenate([[False], row, [False]]).astype(int)
    return int((np.diff(padded) == 1).sum())


def test_the_head_only_animals_are_animals_of_the_table() -> None:
    for key in HEAD_ONLY:
        assert THINGS[key][0] == "animal"
    assert {"fox", "lion", "wolf", "bear", "frog", "panda", "koala"} <= set(HEAD_ONLY)
    assert not {"cat", "dog", "horse", "cow", "mouse", "rabbit", "tiger"} & set(HEAD_ONLY)  # whole already


@pytest.mark.parametrize("key", ["fox", "lion"])
def test_a_head_only_animal_stands_whole_on_four_legs(head: animal_bodies.HeadFactory, key: str) -> None:
    (standing,) = whole_animal(head, key, HEIGHT)
    icon = head(key, HEIGHT)
    assert icon is not None
    assert abs(standing.height - HEIGHT) <= 2
    assert standing.width > 1.3 * standing.height  # a body behind the head: longer than tall
    assert standing.width > 1.3 * icon.width
    mask = _alpha(standing)
    # the head is a little over half the height: below it, a body and legs
    head_h = HEIGHT * 0.62
    below = mask[int(head_h) :, :]
    assert below.sum() > 0.15 * mask.sum()
    assert below.any(axis=0).sum() > 0.6 * standing.width  # across most of the length, not under the head alone
    # legs: near the ground, separate columns of opaque pixels with gaps between them
    feet = mask[int(0.9 * standing.height) :, :]
    assert max(_runs(row) for row in feet) >= 2
    assert feet.any(axis=0).sum() < 0.45 * standing.width  # legs, not a solid block down to the ground


@pytest.mark.parametrize("key", ["fox", "lion"])
def test_lying_is_lower_and_longer_and_sitting_is_upright(head: animal_bodies.HeadFactory, key: str) -> None:
    (standing,) = whole_animal(head, key, HEIGHT)
    (lying,) = whole_animal(head, key, HEIGHT, "lie")
    (sitting,) = whole_animal(head, key, HEIGHT, "sit")
    (eating,) = whole_animal(head, key, HEIGHT, "eat")
    assert lying.height < 0.75 * standing.height
    assert lying.width / lying.height > 1.15 * standing.width / standing.height
    assert _alpha(lying)[-3:].any(axis=0).sum() > 0.5 * lying.width  # its body down on the ground
    assert sitting.height > 0.85 * standing.height and sitting.width < 0.9 * standing.width
    assert eating.height < 0.75 * standing.height  # the head down by the forefeet


def test_sleeping_shuts_the_eyes_and_nothing_else(head: animal_bodies.HeadFactory) -> None:
    (lying,) = whole_animal(head, "fox", HEIGHT, "lie")
    (asleep,) = whole_animal(head, "fox", HEIGHT, "sleep")
    assert lying.size == asleep.size
    changed = np.abs(np.asarray(lying, dtype=int) - np.asarray(asleep, dtype=int)).sum(axis=2) > 30
    ys, xs = np.nonzero(changed)
    assert 0 < len(ys) < 0.03 * lying.width * lying.height  # the eyes, small, in the head's upper half
    assert ys.max() < 0.6 * lying.height


def test_a_walk_moves_the_legs_and_keeps_the_feet_down(head: animal_bodies.HeadFactory) -> None:
    steps = whole_animal(head, "fox", HEIGHT, "walk")
    assert len(steps) == animal_bodies.WALK_STEPS
    assert len({s.size for s in steps}) == 1  # one box: the feet stay put as it steps
    feet = [_alpha(s)[int(0.85 * s.height) :] for s in steps]
    assert any((feet[0] != f).sum() > 50 for f in feet[1:])  # the legs swing
    for s in steps:
        assert _alpha(s)[-2:].any()  # a foot on the ground in every step


def test_the_body_takes_the_heads_colours(head: animal_bodies.HeadFactory) -> None:
    def body_colour(key: str) -> np.ndarray:
        (standing,) = whole_animal(head, key, HEIGHT)
        rgba = np.asarray(standing)
        # the middle of the torso, behind the head
        y, x = int(0.62 * standing.height), int(0.62 * standing.width)
        return rgba[y - 2 : y + 3, x - 2 : x + 3, :3].reshape(-1, 3).mean(axis=0)

    r, g, b = body_colour("fox")
    assert r > 200 and 80 < g < 170 and b < 90  # the fox's orange
    r, g, b = body_colour("lion")
    assert r > 200 and g > 140  # the lion's face gold, not its mane's brown


def test_a_whole_icon_animal_is_unchanged(head: animal_bodies.HeadFactory) -> None:
    assert whole_animal(head, "cat", HEIGHT) == []
    assert whole_animal(head, "horse", HEIGHT, "walk") == []
    staged = _scene(head, "cat", "walk")
    fig = staged.layouts[0].figures[0]
    icon = head("cat", int(fig.animal.size[1]) if fig.animal else 0)
    assert fig.animal is not None and icon is not None
    assert fig.animal.size == icon.size
    # no drawn body: its walk is the icon itself rocking on its feet (animation/level_stance.py), level every
    # other step
    assert all(step.size == icon.size for step in fig.animal_steps[::2])


def _scene(head: animal_bodies.HeadFactory, key: str, verb: str, things: list[Thing] | None = None) -> StagedScene:
    moment = Moment(id="s1.m0", text="the fox under the tree", who=["a"], verb=verb, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["a"], subject="a", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, things=things or [])
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), 90, np.uint8),
        lambda cid, unit: pytest.fail("an animal has no rig"),
        {},
        SIZE,
        things=head,
        animals={"a": key},
        seed=3,
    )


def test_a_fox_of_the_cast_walks_its_legs_across_the_frame(head: animal_bodies.HeadFactory) -> None:
    staged = _scene(head, "fox", "walk")
    fig = staged.layouts[0].figures[0]
    assert len(fig.animal_steps) == animal_bodies.WALK_STEPS
    masks = [(staged.frame(t, k) != 90).any(axis=2) for k, t in enumerate((0.5, 0.7, 3.5))]
    ys, xs = np.nonzero(masks[0])
    assert xs.max() - xs.min() > 1.3 * (ys.max() - ys.min())  # a whole fox, longer than tall
    assert abs(np.nonzero(masks[2])[1].mean() - xs.mean()) > 0.15 * SIZE[0]  # it crosses the frame
    low = int(ys.max() - 0.1 * (ys.max() - ys.min()))
    assert (masks[0][low:] != masks[1][low:]).sum() > 30  # its legs move between frames


def test_a_fox_sleeping_under_a_tree_lies_under_it_not_up_in_it(head: animal_bodies.HeadFactory) -> None:
    tree = Thing(key="tree", words=["tree"], box=(0.1, 0.2, 0.35, 0.85))
    staged = _scene(head, "fox", "sleep", [tree])
    fig = staged.layouts[0].figures[0]
    assert fig.feet >= ground_line(SIZE) - 1  # on the ground by the tree (above the subtitles)
    assert fig.animal is not None and fig.animal.size[0] > 1.8 * fig.animal.size[1]  # lying, low and long
    crow = _scene(head, "crow", "sleep", [tree]).layouts[0].figures[0]
    assert crow.feet < 0.6 * SIZE[1]  # a bird sleeps up in the tree


def test_a_head_only_animal_of_a_herd_or_a_person_is_whole_too(head: animal_bodies.HeadFactory) -> None:
    staged = _scene(head, "lion", "stand")
    sprite = staged._sprite("lion", 120)
    assert sprite is not None and sprite.size[0] > 1.3 * sprite.size[1]
