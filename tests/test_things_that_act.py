"""The things a sentence turns on, read and drawn: a thing that is the sentence's subject ("the kettle began
to whistle") framed large in a shot of its own; a thing thrown leaving the hand and flying off; a rope
pulled in both hands; a small animal carried in the arms ("carried the lamb"); clothes worn ("in an old
coat", "put on her hat") on the figure, never in the hand; and a counted thing ("three cups", "a stack of
books") drawn as that many (script/staging.py, script/worn.py, script/thing_counts.py,
animation/staged.py, animation/copies.py)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from filmstudio.animation import body, copies
from filmstudio.animation.looks import choose_look
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import THING_ALONE_SHARE, StagedScene
from filmstudio.config import Settings
from filmstudio.engines.image.things import thing_height
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Moment
from tests.staging_checks import moments, settled, staged

SIZE = (1280, 720)
GREY = 150
OPENING = "Mara and her brother Ivo lived in a small house by the river. Mara smiled at Ivo."


def _moment(sentence: str) -> Moment:
    board = staged(f"{OPENING} {sentence}", "en")
    return next(m for m in moments(board) if m.text.strip() == sentence)


def _held(moment: Moment) -> list[str]:
    return sorted(f"{p.role}:{p.key}" for p in moment.props if p.role in ("held", "carried", "given"))


# -- read -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In an old coat and black boots, Ivo waits.",
        "Mara put on her red hat.",
        "Ivo was wearing a scarf and gloves.",
    ],
)
def test_clothes_worn_are_not_in_the_hand(sentence: str) -> None:
    moment = _moment(sentence)
    worn = {"coat", "boot", "hat", "scarf", "gloves"}
    assert not [p for p in moment.props if p.key in worn], (sentence, moment.props)


def test_clothes_taken_off_are_a_thing_like_any_other() -> None:
    assert _held(_moment("Mara took off her hat.")) == ["held:hat"]


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("Ivo carried the lamb home.", ["carried:sheep"]),
        ("Mara held the kitten.", ["held:cat"]),
        ("Ivo picked up the puppy.", ["held:dog"]),
    ],
)
def test_a_small_animal_is_lifted_into_the_arms(sentence: str, held: list[str]) -> None:
    assert _held(_moment(sentence)) == held


def test_a_grown_animal_is_not_lifted() -> None:
    assert _held(_moment("Ivo carried the cow home.")) == []


@pytest.mark.parametrize(
    ("sentence", "verb", "held"),
    [
        ("Ivo threw the net into the sea.", "throw", ["held:net"]),
        ("Mara tossed the ball to Ivo.", "throw", ["held:ball"]),
        ("Mara pulled the rope.", "pull", ["held:rope"]),
    ],
)
def test_throwing_and_pulling_are_verbs_with_the_thing_in_hand(sentence: str, verb: str, held: list[str]) -> None:
    moment = _moment(sentence)
    assert moment.verb == verb and _held(moment) == held, (moment.verb, moment.props)


@pytest.mark.parametrize(
    ("sentence", "key", "count", "stacked"),
    [
        ("Mara put three cups on the table.", "coffee", 3, False),
        ("There was a stack of books beside Ivo.", "book", 4, True),
        ("Three apples fell from the tree.", "apple", 3, False),
        ("Ivo carried five books one upon another.", "book", 5, True),
    ],
)
def test_a_counted_thing_is_that_many(sentence: str, key: str, count: int, stacked: bool) -> None:
    prop = next(p for p in _moment(sentence).props if p.key == key)
    assert (prop.count, prop.stacked) == (count, stacked)


def test_a_single_thing_has_no_count() -> None:
    assert all(p.count is None for p in _moment("Mara put a cup on the table.").props)


# -- drawn ------------------------------------------------------------------------------------------------


@pytest.fixture
def things(settings: Settings):  # type: ignore[no-untyped-def]
    make = thing_sprites(settings.assets_dir)
    if make("jug", 32) is None:
        pytest.skip("the emoji set is not installed")
    return make


def _scene(sentence: str, things) -> StagedScene:  # type: ignore[no-untyped-def]
    """The sentence's shot alone, four seconds long, on a plain grey plate at 720p."""
    board = settled(staged(f"{OPENING} {sentence}", "en"))
    cast = {
        c.id: c if c.look else c.model_copy(update={"look": choose_look(c, setting="", seed=board.seed, taken=set())})
        for c in board.characters
    }
    scene = next(s for s in board.scenes if any(m.text.strip() == sentence for m in s.moments))
    moment = next(m for m in scene.moments if m.text.strip() == sentence)
    shot = next(s for s in scene.shots if s.moment == moment.id)
    timed = scene.model_copy(
        update={
            "start": 0.0,
            "end": 4.0,
            "moments": [moment.model_copy(update={"start": 0.0, "end": 4.0})],
            "shots": [shot.model_copy(update={"start": 0.0, "end": 4.0})],
        }
    )
    return StagedScene(
        timed,
        np.full((SIZE[1], SIZE[0], 3), GREY, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {},
        SIZE,
        things=things,
        animals={c.id: c.animal for c in board.characters if c.animal},
        seed=board.seed,
        crowd_rig=lambda c, unit: build_rig(c, unit),
        heights=thing_height,
    )


def _drawn(frame: np.ndarray) -> np.ndarray:
    """What is drawn over the plain plate, shadows left out (they are dark grey)."""
    return (np.abs(frame.astype(int) - GREY).sum(axis=2) > 40) & ~((frame.max(axis=2) < GREY) & (np.ptp(frame, 2) < 12))


@pytest.mark.parametrize("sentence", ["The kettle began to whistle.", "The bowl fell from the shelf."])
def test_a_thing_alone_as_the_subject_is_framed_large(sentence: str, things) -> None:  # type: ignore[no-untyped-def]
    staged_scene = _scene(sentence, things)
    ys, xs = np.nonzero(_drawn(staged_scene.frame(3.5)))
    assert ys.size, sentence
    longer = max(ys.max() - ys.min(), xs.max() - xs.min())
    assert longer >= 0.9 * THING_ALONE_SHARE * SIZE[1], (sentence, longer)  # was a speck: 25 pixels


def _thing_centre(staged_scene: StagedScene, t: float) -> tuple[float, float]:
    """Where the held thing is drawn at `t`: the frame with it against the same frame without it."""
    fig = next(f for f in staged_scene.layouts[0].figures if f.rig is not None)
    with_it = staged_scene.frame(t)
    thing, fig.thing = fig.thing, None
    without = staged_scene.frame(t)
    fig.thing = thing
    ys, xs = np.nonzero(np.abs(with_it.astype(int) - without.astype(int)).sum(axis=2) > 30)
    assert xs.size, t
    return float(xs.mean()), float(ys.mean())


def test_a_thrown_net_leaves_the_hand_and_flies_off(things) -> None:  # type: ignore[no-untyped-def]
    staged_scene = _scene("Ivo threw the net into the sea.", things)
    fig = next(f for f in staged_scene.layouts[0].figures if f.rig is not None)
    assert fig.thing is not None and fig.holds is not None and fig.holds.key == "net"
    early, late = _thing_centre(staged_scene, 0.4), _thing_centre(staged_scene, 3.8)
    assert (late[0] - early[0]) * fig.facing > 0.2 * SIZE[0]  # gone forward, the way the thrower faces


def test_a_pulled_rope_is_in_both_hands(things) -> None:  # type: ignore[no-untyped-def]
    fig = next(f for f in _scene("Mara pulled the rope.", things).layouts[0].figures if f.rig is not None)
    assert fig.thing is not None and fig.grip == "two_hands"


def test_a_carried_lamb_is_in_the_arms_at_its_size(things) -> None:  # type: ignore[no-untyped-def]
    staged_scene = _scene("Ivo carried the lamb home.", things)
    fig = next(f for f in staged_scene.layouts[0].figures if f.rig is not None)
    assert fig.thing is not None and fig.holds is not None and fig.holds.key == "sheep"
    assert fig.grip == "two_hands" and fig.holds.role == "held"  # hugged, not up on the head
    _, y = _thing_centre(staged_scene, 2.0)
    rig = fig.rig
    assert rig is not None
    tall = rig.unit * body.figure_height_units()
    assert fig.feet - 0.85 * tall < y < fig.feet - 0.3 * tall  # before the chest, not overhead nor at the feet
    assert max(fig.thing.size) > 0.08 * SIZE[1]


def test_worn_clothes_are_not_drawn_in_the_hand(things) -> None:  # type: ignore[no-untyped-def]
    staged_scene = _scene("In an old coat and black boots, Ivo waits.", things)
    assert all(f.thing is None for f in staged_scene.layouts[0].figures if f.rig is not None)
    assert not [f for f in staged_scene.layouts[0].figures if f.animal_key in ("coat", "boot")]


def _blobs(mask: np.ndarray) -> int:
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    return int(sum(1 for s in stats[1:] if s[cv2.CC_STAT_AREA] > 200))


def test_three_apples_are_drawn_as_three(things) -> None:  # type: ignore[no-untyped-def]
    frame = _scene("Three apples fell from the tree.", things).frame(3.8)
    assert _blobs(_drawn(frame)) == 3


def test_a_counted_thing_is_drawn_up_to_a_few() -> None:
    from PIL import Image

    one = Image.new("RGBA", (20, 10), (200, 0, 0, 255))
    row, pile = copies.copies(one, 3, stacked=False), copies.copies(one, 20, stacked=True)
    assert row.height == 10 and row.width > 3 * 20  # side by side, apart
    assert pile.width == 20 and pile.height == 10 + (copies.MOST_COPIES - 1) * round(copies.STACK_STEP * 10)
    assert copies.copies(one, None, stacked=False) is one


def test_a_stack_of_books_stands_taller_than_one(things) -> None:  # type: ignore[no-untyped-def]
    single = _scene("Ivo held a book.", things)
    pile = _scene("Ivo held a stack of books.", things)
    one = next(f for f in single.layouts[0].figures if f.rig is not None).thing
    four = next(f for f in pile.layouts[0].figures if f.rig is not None).thing
    assert one is not None and four is not None
    assert four.size[1] > 1.8 * one.size[1]
