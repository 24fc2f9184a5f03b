"""What a person holds is drawn at a size a viewer reads at 720p, in proportion to the holder: a jug or a
lantern about a forearm long, and nothing in the hand a speck (a cup, a bowl, bread), alone or in a group
drawn small to fit the frame (animation/held.py, animation/staged.py)."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation import body
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot

SIZE = (1280, 720)
HELD = ["jug", "lantern", "basket", "stick", "book", "cup", "bowl", "bread", "apple", "plate"]
PEOPLE = ["ana", "ben", "eva", "tom", "mia"]


@pytest.fixture
def emoji(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("jug", 32) is None:
        pytest.skip("the emoji set is not installed")


def _holding(settings: Settings, keys: list[str], who: list[str], *, child: bool = False) -> StagedScene:
    """One wide shot of `who` standing, each holding the thing of the same place in `keys`."""
    cast = {
        cid: Character(
            id=cid,
            name=cid.title(),
            gender="female",
            age="child" if child else "middle_aged",
            look=Look(presents="female", attire="dress"),
        )
        for cid in who
    }
    props = [Prop(key=key, role="held", holder=cid) for key, cid in zip(keys, who, strict=False)]
    moment = Moment(id="s1.m0", text="They stood there.", who=who, verb="stand", props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=who, start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=who)
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), 110, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {cid: Performer.for_character(cid, 0, 4.0, []) for cid in who},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=2,
    )


def _forearm(staged: StagedScene) -> float:
    """A grown holder's forearm in pixels, as the layout draws them."""
    rig = staged.layouts[0].figures[0].rig
    assert rig is not None
    return body.FOREARM * rig.unit


@pytest.mark.usefixtures("emoji")
@pytest.mark.parametrize("key", HELD)
def test_a_thing_in_the_hand_is_readable_at_720p(settings: Settings, key: str) -> None:
    staged = _holding(settings, [key], ["ana"])
    fig = staged.layouts[0].figures[0]
    assert fig.thing is not None, key
    across = max(fig.thing.size)
    assert across >= 0.5 * _forearm(staged), (key, fig.thing.size)
    assert across >= 0.035 * SIZE[1], (key, fig.thing.size)


@pytest.mark.usefixtures("emoji")
def test_a_jug_is_about_a_forearm_long_in_the_drawn_frame(settings: Settings) -> None:
    """On the frame's pixels: what the jug adds beside the holder is about a forearm tall."""
    staged = _holding(settings, ["jug"], ["ana"])
    with_jug = staged.frame(2.0)
    staged.layouts[0].figures[0].thing = None  # the same pose, the hand empty
    added = np.any(with_jug != staged.frame(2.0), axis=2)
    rows = np.flatnonzero(added.any(axis=1))
    cols = np.flatnonzero(added.any(axis=0))
    assert rows.size and cols.size
    tall = rows.max() - rows.min() + 1
    forearm = _forearm(staged)
    assert 0.75 * forearm <= tall <= 1.6 * forearm, (tall, forearm)


@pytest.mark.usefixtures("emoji")
def test_things_held_in_a_group_drawn_small_stay_readable(settings: Settings) -> None:
    keys = ["cup", "jug", "lantern", "bowl", "book"]
    staged = _holding(settings, keys, PEOPLE)
    for fig in staged.layouts[0].figures:
        assert fig.thing is not None
        assert max(fig.thing.size) >= 0.035 * SIZE[1], (fig.character_id, fig.thing.size)
