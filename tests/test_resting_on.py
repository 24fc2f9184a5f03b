"""People, animals and things rest on what holds them, checked on rendered frames (animation/frame_checks.py):
a sleeper lies on the top of a pile however tall it is; where the set paints a bed, one lies in that bed and no
second one is brought in; an animal not said to fly has its feet on the ground (a walking dog, a bird that
walks); a cup set on a table stands on its top."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from filmstudio.animation import frame_checks, painted_beds, supports
from filmstudio.animation.acting import Performer
from filmstudio.animation.placed import Figure
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene, ground_line
from filmstudio.config import Settings
from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.painter import paint, paint_scene
from filmstudio.engines.image.things import library_at, place_things, thing_height
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot, Thing

SIZE = (1280, 720)
MID = 2.0  # the middle of the one shot


@pytest.fixture
def emoji(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("dog", 32) is None:
        pytest.skip("the emoji set is not installed")


def _stage(
    settings: Settings,
    text: str,
    who: list[str],
    verb: str,
    props: list[Prop],
    *,
    animals: dict[str, str] | None = None,
    setting: str = "field",
    kind: str = "wide",
    things: list[Thing] | None = None,
    still: np.ndarray | None = None,
) -> StagedScene:
    """One shot of one sentence, over the setting's painted picture (or `still`)."""
    animals = animals or {}
    moment = Moment(id="s1.m0", text=text, who=who, verb=verb, props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind=kind, actors=who, start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", setting=setting, moments=[moment], shots=[shot], start=0.0, end=4.0, things=things or [])
    people = {cid: Character(id=cid, name=cid.title(), gender="female", look=Look()) for cid in who}
    if still is None:
        spec = SceneSpec(setting, "day", "clear", "calm", "", "cinematic", 1)
        still = np.asarray(paint(spec, SIZE).convert("RGB")).copy()
    return StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(people[cid], unit),
        {cid: Performer.for_character(cid, 0, 4.0, []) for cid in who if cid not in animals},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals=animals,
        seed=3,
        heights=thing_height,
    )


def _person(staged: StagedScene, cid: str) -> Figure:
    return next(f for f in staged.layouts[0].figures if f.character_id == cid)


def _set_down(staged: StagedScene, key: str) -> Figure:
    layout = staged.layouts[0]
    return next(f for f in layout.under + layout.figures if f.animal_key == key)


# -- a sleeper on a pile -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("emoji")
def test_a_sleeper_lies_on_the_top_of_a_tall_pile(settings: Settings) -> None:
    pile = Prop(key="bed", role="near", holder="ana", words=["mattresses"], count=8, stacked=True)
    staged = _stage(settings, "Ana lay on top of eight mattresses.", ["ana"], "lie", [pile])
    under = _set_down(staged, "bed")
    top = frame_checks.surface_row(frame_checks.drawn_mask(staged, MID, under))
    assert top is not None
    sleeper = _person(staged, "ana")
    gap = frame_checks.gap_to(staged, MID, sleeper, top)
    assert gap is not None and -frame_checks.TOUCHING <= gap <= frame_checks.TOUCHING  # on the top, not in it
    assert sleeper.shadow is None


# -- the set's own bed --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["wide", "closeup"])
def test_in_a_bedroom_the_sleeper_lies_in_the_painted_bed_and_no_other(settings: Settings, kind: str) -> None:
    bed = Prop(key="bed", role="near", holder="ana", words=["bed"])
    staged = _stage(settings, "Ana slept in her bed.", ["ana"], "sleep", [bed], setting="bedroom", kind=kind)
    layout = staged.layouts[0]
    assert not [f for f in layout.under + layout.figures if f.animal_key == "bed"]  # no second bed
    painted = painted_beds.painted_bed("bedroom")
    assert painted is not None
    zoom = 1.35 if kind == "closeup" else 1.0
    left, top, right, foot, _ = painted_beds.in_frame(painted, SIZE, zoom, (painted.left + painted.right) / 2, 0.55)
    sleeper = _person(staged, "ana")
    mask = frame_checks.drawn_mask(staged, MID, sleeper)  # the body and its blanket
    cols = np.nonzero(mask.any(axis=0))[0]
    rows = np.nonzero(mask.any(axis=1))[0]
    assert left - 2 <= cols[0] and cols[-1] <= right + 2  # along the painted bed, not beside it
    assert rows[0] < top < rows[-1] <= foot  # on its mattress, down in its bedding, not through its foot
    assert sleeper.shadow is None


def test_one_who_sits_on_the_bed_in_a_bedroom_sits_on_the_painted_bed(settings: Settings) -> None:
    props = [Prop(key="bed", role="near", holder="ana", words=["bed"]), Prop(key="bed", role="seat", holder="ana")]
    staged = _stage(settings, "Ana sat on her bed.", ["ana"], "sit", props, setting="bedroom")
    layout = staged.layouts[0]
    assert not [f for f in layout.under + layout.figures if f.animal_key == "bed"]
    painted = painted_beds.painted_bed("bedroom")
    assert painted is not None
    sitter = _person(staged, "ana")
    assert painted.left * SIZE[0] < sitter.x0 < painted.right * SIZE[0]


@pytest.mark.usefixtures("emoji")
def test_one_who_lies_on_top_of_a_bed_lies_on_its_covers(settings: Settings) -> None:
    bed = Prop(key="bed", role="near", holder="ana", words=["bed"])
    staged = _stage(settings, "Ana lay on top of the bed.", ["ana"], "lie", [bed])
    under = _set_down(staged, "bed")
    assert under.animal is not None
    top = under.feet - supports.top_height(under.animal)  # the bed's mattress, below its headboard
    sleeper = _person(staged, "ana")
    assert not staged.layouts[0].over  # no blanket over one on top of the covers
    gap = frame_checks.gap_to(staged, MID, sleeper, top)
    assert gap is not None and abs(gap) <= frame_checks.TOUCHING


# -- animals and things on what holds them ------------------------------------------------------------------


@pytest.mark.usefixtures("emoji")
def test_a_dog_that_sits_on_a_painted_cart_sits_on_its_top(settings: Settings) -> None:
    spec = SceneSpec("road", "day", "clear", "calm", "", "cinematic", 1, things=("cart",))
    painted = paint_scene(spec, SIZE, library=library_at(settings.assets_dir))
    box = next(t.box for t in painted.things if t.key == "cart")
    still = np.asarray(painted.image.convert("RGB")).copy()
    bare = np.asarray(paint(SceneSpec("road", "day", "clear", "calm", "", "cinematic", 1), SIZE).convert("RGB"))
    left, top, right, foot = (int(round(v * n)) for v, n in zip(box, SIZE * 2, strict=True))
    cart = (still != bare).any(axis=2)[:foot, left:right]  # the cart the picture paints, without its shadow
    surface = frame_checks.surface_row(cart)
    assert surface is not None
    cart_thing = Thing(key="cart", words=["cart"], box=box)
    staged = _stage(
        settings, "Rex sat on the cart.", ["rex"], "sit", [], animals={"rex": "dog"}, things=[cart_thing], still=still
    )
    dog = _person(staged, "rex")
    gap = frame_checks.gap_to(staged, MID, dog, surface)
    assert gap is not None and abs(gap) <= frame_checks.TOUCHING  # on its planks, not on the road before it
    assert dog.shadow is None


@pytest.mark.usefixtures("emoji")
def test_a_cat_that_sleeps_on_a_bed_sleeps_on_its_top(settings: Settings) -> None:
    bed = Thing(key="bed", words=["bed"])  # named, not painted (out of doors): drawn under the cat
    staged = _stage(settings, "Tib slept on the bed.", ["tib"], "sleep", [], animals={"tib": "cat"}, things=[bed])
    cat, under = _person(staged, "tib"), _set_down(staged, "bed")
    top = frame_checks.surface_row(frame_checks.drawn_mask(staged, MID, under))
    assert top is not None
    gap = frame_checks.gap_to(staged, MID, cat, top)
    assert gap is not None and abs(gap) <= frame_checks.TOUCHING


# -- animals on the ground ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("emoji")
def test_a_walking_dog_keeps_its_feet_on_the_ground(settings: Settings) -> None:
    staged = _stage(settings, "Rex walked along the road.", ["rex"], "walk", [], animals={"rex": "dog"})
    dog = _person(staged, "rex")
    floor = min(ground_line(SIZE), staged._animal_floor)
    for t in np.linspace(0.1, 3.9, 9):  # through its steps
        gap = frame_checks.gap_to(staged, float(t), dog, floor)
        assert gap is not None and abs(gap) <= frame_checks.TOUCHING, (t, gap)


@pytest.mark.usefixtures("emoji")
def test_a_bird_that_walks_walks_on_the_ground(settings: Settings) -> None:
    staged = _stage(settings, "Pip walked along the path.", ["pip"], "walk", [], animals={"pip": "crow"})
    bird = _person(staged, "pip")
    floor = min(ground_line(SIZE), staged._animal_floor)
    gap = frame_checks.gap_to(staged, MID, bird, floor)
    assert gap is not None and abs(gap) <= frame_checks.TOUCHING
    assert bird.shadow is not None


# -- a thing on a table -------------------------------------------------------------------------------------


@pytest.mark.usefixtures("emoji")
def test_a_cup_set_on_a_table_stands_on_its_top(settings: Settings) -> None:
    props = [Prop(key="table", role="near", holder="ana"), Prop(key="cup", role="near", holder="ana")]
    staged = _stage(settings, "Ana put a cup on the table.", ["ana"], "place", props, setting="kitchen")
    table, cup = _set_down(staged, "table"), _set_down(staged, "cup")
    top = frame_checks.surface_row(frame_checks.drawn_mask(staged, MID, table))
    assert top is not None
    gap = frame_checks.gap_to(staged, MID, cup, top)
    assert gap is not None and abs(gap) <= frame_checks.TOUCHING  # on the top: neither above it nor sunk in
    cols = np.nonzero(frame_checks.drawn_mask(staged, MID, cup).any(axis=0))[0]
    table_cols = np.nonzero(frame_checks.drawn_mask(staged, MID, table).any(axis=0))[0]
    assert table_cols[0] <= cols[0] and cols[-1] <= table_cols[-1]  # over the table, not beside it


@pytest.mark.parametrize(
    ("text", "words", "on"),
    [
        ("The old dog sat on the cart.", ["the chest"], False),  # another thing of the scene: not on it
        ("The grey cat slept on the chest.", ["the chest"], True),
        ("Olav lay on top of twenty mattresses.", ["mattresses"], True),
        ("Lena slept in her bed.", ["bed"], False),  # in it: under its blanket
        ("El gato durmió sobre la mesa.", ["mesa"], True),
    ],
)
def test_on_a_thing_is_read_from_the_words_before_it(text: str, words: list[str], on: bool) -> None:
    assert supports.said_on(text, words) is on


@pytest.mark.usefixtures("emoji")
def test_the_painter_names_the_bedrooms_own_bed_instead_of_painting_a_second(settings: Settings) -> None:
    canvas = Image.new("RGB", SIZE, (200, 190, 220))
    before = np.asarray(canvas).copy()
    rng = np.random.default_rng(0)
    library = library_at(settings.assets_dir)
    placed = place_things(canvas, ["bed"], horizon=450, interior=True, rng=rng, library=library, setting="bedroom")
    painted = painted_beds.painted_bed("bedroom")
    assert painted is not None
    assert [p.key for p in placed] == ["bed"]
    assert placed[0].box == tuple(int(round(v)) for v in painted.box(*SIZE))  # where the set paints it
    assert np.array_equal(np.asarray(canvas), before)  # and no bed painted over it
