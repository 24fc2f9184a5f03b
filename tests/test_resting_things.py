"""Things rest where something holds them, at their size in life (issue "Staging the story"): a thing no one
holds lies on the ground or on the drawn surface the thing beside it lies on, never in mid-air; a door or a
window is set into a room's wall, never standing free on its floor; small animals of the cast are not drawn
up over the picture's fences and furniture; a phone, a shoe or a loaf is drawn at its size, not a person's."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from filmstudio.animation import body, sizes
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import FIGURE_SHARE, Figure, StagedScene, ground_line
from filmstudio.config import Settings
from filmstudio.engines.image.settings import draw_setting
from filmstudio.engines.image.things import library_at, place_things, thing_height
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot, Thing

SIZE = (1280, 720)


@pytest.fixture
def emoji(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("dog", 32) is None:
        pytest.skip("the emoji set is not installed")


def _scene(
    settings: Settings, shots: list[tuple[list[str], str, list[Prop]]], animals: dict[str, str], **kw
) -> StagedScene:
    """One wide shot per (who, sentence, props); people and animals drawn by the staging."""
    moments, planned = [], []
    for k, (who, text, props) in enumerate(shots):
        moments.append(
            Moment(id=f"s1.m{k}", text=text, who=who, verb="stand", props=props, start=4.0 * k, end=4.0 * k + 4)
        )
        planned.append(Shot(id=f"s1.{k}", kind="wide", actors=who, start=4.0 * k, end=4.0 * k + 4, moment=f"s1.m{k}"))
    everyone = {cid for who, _, _ in shots for cid in who}
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
        seed=3,
        heights=thing_height,
    )


def _thing(staged: StagedScene, shot: int, key: str) -> Figure:
    return next(f for f in staged.layouts[shot].figures if f.animal_key == key)


def _height(fig: Figure) -> float:
    assert fig.animal is not None
    return float(fig.animal.size[1])


# -- 1. nothing floats ---------------------------------------------------------------------------------------


@pytest.mark.usefixtures("emoji")
def test_a_thing_by_a_loaf_on_its_table_lies_on_that_table(settings: Settings) -> None:
    loaf = Thing(key="bread", words=["loaf"], box=(0.1, 0.7, 0.15, 0.79))  # painted on a small table
    staged = _scene(
        settings, [([], "A phone lay next to the loaf.", [Prop(key="mobile_phone", role="near")])], {}, things=[loaf]
    )
    phone = _thing(staged, 0, "mobile_phone")
    assert phone.feet == pytest.approx(0.79 * SIZE[1], abs=1)  # on the loaf's table top, not on the floor before it
    assert 0.1 * SIZE[0] <= phone.x0 <= 0.15 * SIZE[0]  # over the table, beside the loaf
    assert phone.shadow is None  # not on the floor


@pytest.mark.usefixtures("emoji")
def test_a_thing_alone_stands_on_the_ground_line(settings: Settings) -> None:
    staged = _scene(settings, [([], "The phone lay there.", [Prop(key="mobile_phone", role="near")])], {})
    phone = _thing(staged, 0, "mobile_phone")
    assert phone.feet == pytest.approx(ground_line(SIZE), abs=2)
    assert phone.shadow is not None  # it stands on the ground, with its shadow under it


# -- 2. a door is in a wall ----------------------------------------------------------------------------------


@pytest.mark.parametrize("setting", ["bedroom", "living_room", "office"])
def test_a_door_or_window_named_in_a_room_is_set_into_its_wall(settings: Settings, setting: str) -> None:
    library = library_at(settings.assets_dir)
    if not library.available():
        pytest.skip("the emoji set is not installed")
    w, h = SIZE
    canvas = Image.new("RGB", SIZE)
    draw_setting(canvas, setting, w, h, int(h * 0.55), "day", np.random.default_rng(1), inside=True)
    placed = place_things(
        canvas,
        ["door", "window", "chair"],
        horizon=int(h * 0.62),
        interior=True,
        rng=np.random.default_rng(2),
        library=library,
        setting=setting,
    )
    boxes = {p.key: p.box for p in placed}
    floor = int(h * 0.72)  # these rooms' floor meets the wall here (settings/parts.py room())
    assert boxes["door"][3] == pytest.approx(floor, abs=3)  # its foot on the floor line, not out on the floor
    assert boxes["window"][3] < floor - 0.15 * h  # hung on the wall above it
    assert boxes["chair"][3] > floor + 0.02 * h  # furniture still stands out on the floor


def test_a_door_is_not_drawn_out_on_a_floor_that_has_no_wall_line(settings: Settings) -> None:
    """A room whose floor line is not found (a plain floor all the way up) gets no free-standing door."""
    library = library_at(settings.assets_dir)
    if not library.available():
        pytest.skip("the emoji set is not installed")
    canvas = Image.new("RGB", SIZE, (150, 120, 90))
    placed = place_things(
        canvas, ["door"], horizon=int(SIZE[1] * 0.62), interior=True, rng=np.random.default_rng(2), library=library
    )
    assert "door" not in {p.key for p in placed}


# -- 3. small animals keep their scale against the scenery ----------------------------------------------------


@pytest.mark.usefixtures("emoji")
def test_rabbits_alone_are_not_drawn_up_over_the_fences_and_furniture(settings: Settings) -> None:
    animals = {"flopsy": "rabbit", "mopsy": "rabbit"}
    staged = _scene(
        settings,
        [
            (["flopsy", "mopsy"], "The two rabbits sat in the garden.", []),
            (["flopsy"], "Flopsy hopped to the fence.", []),
            (["mopsy"], "Mopsy slept by the shed.", []),
        ],
        animals,
    )
    tallest = [max(_height(f) for f in layout.figures if f.animal is not None) for layout in staged.layouts]
    # a chair painted at the front of a picture is taller than any rabbit, in every shot
    assert max(tallest) < thing_height("chair") * SIZE[1]
    # and a rabbit is about a rabbit's size beside a person in all of them, never grown in one and small in another
    beside_a_person = sizes.drawn_share("rabbit") * FIGURE_SHARE * SIZE[1]
    assert all(beside_a_person * 0.8 < t < beside_a_person * 2.0 for t in tallest)


# -- 4. a thing is its size in life ---------------------------------------------------------------------------


@pytest.mark.usefixtures("emoji")
def test_a_shoe_a_rabbit_holds_is_smaller_than_the_rabbit(settings: Settings) -> None:
    staged = _scene(
        settings,
        [(["flopsy"], "Flopsy found a shoe.", [Prop(key="shoe", role="held", holder="flopsy")])],
        {"flopsy": "rabbit"},
    )
    rabbit = staged.layouts[0].figures[0]
    assert rabbit.thing is not None and rabbit.animal is not None
    assert max(rabbit.thing.size) < 0.8 * max(rabbit.animal.size)


@pytest.mark.usefixtures("emoji")
def test_a_phone_or_a_loaf_a_sentence_is_about_is_hand_sized(settings: Settings) -> None:
    staged = _scene(
        settings,
        [
            (["anna"], "Anna stood in the kitchen.", []),
            ([], "A phone rang.", [Prop(key="mobile_phone", role="near")]),
            ([], "The loaf lay there.", [Prop(key="bread", role="near")]),
        ],
        {},
    )
    adult = staged.layouts[0].figures[0]
    assert adult.rig is not None
    person = adult.rig.unit * body.figure_height_units()
    for shot, key in ((1, "mobile_phone"), (2, "bread")):
        thing = _thing(staged, shot, key)
        assert thing.animal is not None
        assert max(thing.animal.size) < 0.25 * person, key  # a hand's size, not half a person


def test_a_book_or_a_phone_in_a_room_is_painted_hand_sized_on_a_table(settings: Settings) -> None:
    library = library_at(settings.assets_dir)
    if not library.available():
        pytest.skip("the emoji set is not installed")
    w, h = SIZE
    canvas = Image.new("RGB", SIZE)
    draw_setting(canvas, "living_room", w, h, int(h * 0.55), "day", np.random.default_rng(1), inside=True)
    keys = ["book", "mobile_phone", "chair"]
    placed = place_things(
        canvas, keys, horizon=int(h * 0.62), interior=True, rng=np.random.default_rng(4), library=library
    )
    boxes = {p.key: p.box for p in placed}
    pixels = np.asarray(canvas)
    for key in ("book", "mobile_phone"):
        left, top, right, bottom = boxes[key]
        assert bottom - top < 0.5 * (boxes["chair"][3] - boxes["chair"][1]), key  # far smaller than a chair
        under = pixels[bottom + 1, (left + right) // 2]
        wood = min(np.abs(under.astype(int) - colour).sum() for colour in ((150, 105, 65), (110, 75, 45)))
        assert wood < 40, key  # on a wooden table top (in the thing's own shadow), not in the air
