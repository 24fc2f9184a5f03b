"""The thing a sentence turns on is drawn though no key draws it as itself: a noun WordNet files under a kind
we can draw (a deer hide: a cloth; a pillow: padding; a chisel: a tool; a deed: paper) is read as that kind
(script/data/thing_kinds_en.json, built by bench/build_thing_kinds.py) and painted as it
(animation/thing_kinds.py): in the moment, in the painted scene where it is placed, in the hands of the
one who carries it, in the colour the sentence gives, and piled when the sentence piles it. A word met as a
verb more often ("hide") is a thing only inside a noun phrase. The sentences are our own."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest
from PIL import Image

from filmstudio.animation import copies, held, thing_kinds
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.engines.image.things import ThingLibrary, place_things, thing_height
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script import vocabulary
from filmstudio.script.staging import read_moment
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, staged

_CAST = [Character(id="maria", name="Maria", gender="female"), Character(id="tom", name="Tom", gender="male")]
SIZE = (1280, 720)


def _moment(text: str) -> Moment:
    return read_moment("m", text, _CAST, "en", scene_things=[], previous=None, present=["maria", "tom"])


def _picture(key: str, height: int, settings: Settings) -> Image.Image | None:
    """The thing as the staging draws it: the picture set's, else our own drawing."""
    return thing_sprites(settings.assets_dir)(key, height) or held.drawn(key, height)


# a sentence | the key of the thing it turns on | its role
_MOMENTS = [
    ("Tom carried a deer hide over his shoulder.", "kind_cloth", "carried"),
    ("Maria picked up a chisel.", "kind_tool", "held"),
    ("Maria carried a pillow up the stairs.", "kind_padding", "carried"),
    ("Tom held up the sheepskin.", "kind_cloth", "held"),
]


@pytest.mark.parametrize(("text", "key", "role"), _MOMENTS)
def test_a_thing_no_key_draws_is_in_the_moment_as_its_kind(text: str, key: str, role: str, settings: Settings) -> None:
    moment = _moment(text)
    assert [(p.key, p.role) for p in moment.props] == [(key, role)], moment.props
    picture = _picture(key, 120, settings)
    assert picture is not None and picture.getbbox() is not None  # painted, not blank


def test_the_hunter_carries_the_hide_and_the_chest_is_opened(settings: Settings) -> None:
    story = (
        "There was once a hunter named Bram who lived with his daughter Ilse in the hills. "
        "Bram carried a deer hide over his shoulder. Ilse opened a wooden chest."
    )
    board = staged(story, "en")
    said = {m.text.strip(): m for m in moments(board)}
    hide = said["Bram carried a deer hide over his shoulder."]
    assert [(p.key, p.role) for p in hide.props] == [("kind_cloth", "carried")]
    assert hide.who == ["bram"] and not any(c.animal for c in board.characters)  # no live deer: its hide
    chest = said["Ilse opened a wooden chest."]
    assert [p.key for p in chest.props] == ["chest"]
    assert all(_picture(p.key, 100, settings) is not None for m in (hide, chest) for p in m.props)


def test_a_pile_of_quilts_lain_on_is_a_stack() -> None:
    moment = _moment("Maria lay down on a pile of feather quilts.")
    assert moment.verb == "lie"
    (bed,) = [p for p in moment.props if p.role == "near"]
    assert (bed.count or 1) > 1 and bed.stacked


def test_a_stack_of_a_kind_is_drawn_taller_than_one() -> None:
    moment = _moment("Maria carried a stack of pillows.")
    (pillows,) = moment.props
    assert pillows.key == "kind_padding" and pillows.stacked and (pillows.count or 1) > 1
    one = held.drawn("kind_padding", 40)
    assert one is not None
    pile = copies.copies(one, pillows.count, pillows.stacked)
    assert pile.height > 2 * one.height


def test_a_word_met_as_a_verb_is_a_thing_only_in_a_noun_phrase() -> None:
    assert not any(m.key == "kind_cloth" for m in vocabulary.things("en").find("The children hide behind the tree."))
    assert _moment("Tom hid behind the wall.").verb == "hide"
    assert [m.key for m in vocabulary.things("en").find("He sold a goat hide.")] == ["kind_cloth"]


def test_an_irregular_past_is_no_kind() -> None:
    # WordNet lists "shook" (barrel staves) as a noun; a story means the verb
    assert not vocabulary.things("en").find("The old sailor shook his head slowly.")


def _painted(keys: list[str], text_colours: dict[str, str], settings: Settings) -> tuple[np.ndarray, dict]:
    library = ThingLibrary(settings.assets_dir)
    canvas = Image.new("RGB", SIZE, (200, 200, 200))
    placed = place_things(
        canvas, keys, horizon=int(0.55 * SIZE[1]), interior=False, rng=np.random.default_rng(2),
        library=library, setting="meadow", colours=text_colours,
    )  # fmt: skip
    return np.asarray(canvas).astype(int), {p.key: p.box for p in placed}


@pytest.mark.parametrize("key", sorted(thing_kinds.KINDS))
def test_each_kind_is_painted_where_it_is_placed(key: str, settings: Settings) -> None:
    pixels, boxes = _painted([key], {}, settings)
    assert key in boxes, key
    left, top, right, bottom = boxes[key]
    inside = pixels[top:bottom, left:right]
    assert (np.abs(inside - 200).sum(axis=2) > 60).mean() > 0.2  # its own colours fill its box
    outside = pixels[: max(1, top - 20)]
    assert (np.abs(outside - 200).sum(axis=2) > 60).mean() < 0.01  # and nothing far above it


def test_a_colour_word_colours_the_kind(settings: Settings) -> None:
    pixels, boxes = _painted(["kind_cloth"], {"kind_cloth": "red"}, settings)
    left, top, right, bottom = boxes["kind_cloth"]
    inside = pixels[top:bottom, left:right].reshape(-1, 3)
    drawn = inside[np.abs(inside - 200).sum(axis=1) > 60]
    r, g, b = np.median(drawn, axis=0)
    assert r > 150 and g < 90 and b < 90, (r, g, b)


def test_a_carried_hide_is_drawn_at_the_carriers_side(settings: Settings) -> None:
    """A staged shot of one who carries a hide, and the same shot without it: the frames differ beside the
    figure, the hide a good size beside a grown person."""

    def frame(props: list[Prop]) -> np.ndarray:
        moment = Moment(id="s1.m0", text="Tom carried a deer hide.", who=["tom"], verb="carry", props=props, end=4.0)
        shot = Shot(id="s1.0", kind="wide", actors=["tom"], start=0.0, end=4.0, moment="s1.m0")
        scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0)
        tom = Character(id="tom", name="Tom", gender="male", look=Look())
        play = StagedScene(
            scene, np.full((SIZE[1], SIZE[0], 3), 90, np.uint8), lambda cid, unit: build_rig(tom, unit),
            {"tom": Performer.for_character("tom", 0, 4.0, [])}, SIZE, things=thing_sprites(settings.assets_dir),
            animals={}, seed=3, heights=thing_height,
        )  # fmt: skip
        fig = play.layouts[0].figures[0]
        if props:
            assert fig.thing is not None and fig.thing.size[1] > 0.15 * 0.42 * SIZE[1]
        return play.frame(1.0).astype(int)

    bare, carrying = frame([]), frame([Prop(key="kind_cloth", role="carried", holder="tom", words=["hide"])])
    changed = np.abs(carrying - bare).sum(axis=2) > 40
    assert changed.sum() > 800
    ys, xs = np.nonzero(changed)
    assert 0.2 * SIZE[0] < xs.mean() < 0.8 * SIZE[0]  # by the figure in the middle, not somewhere else


def test_the_kinds_are_read_from_data_only() -> None:
    """No WordNet at run time: the list ships as JSON, its licence beside it, every kind one we draw."""
    data = resources.files("filmstudio.script") / "data"
    words = json.loads((data / "thing_kinds_en.json").read_text(encoding="utf-8"))
    assert "WordNet" in words["_licence"] and (data / "thing_kinds_en.LICENSE.txt").is_file()
    assert set(words["words"].values()) <= set(vocabulary.THINGS)
    assert {k for k in words["words"].values() if k.startswith("kind_")} == set(thing_kinds.KINDS)
    assert set(words["after_article"]) <= set(words["words"])


def test_a_staged_kind_takes_its_scenes_colour() -> None:
    """The staging draws a kind in the colour its scene gives it ("a red cloth"); other things as before."""
    sprites = thing_kinds.in_colours(lambda key, height: None, {"kind_cloth": "red", "dog": "black"})
    cloth = sprites("kind_cloth", 80)
    assert cloth is not None and sprites("dog", 80) is None
    pixels = np.asarray(cloth).reshape(-1, 4)
    r, g, b, _ = np.median(pixels[pixels[:, 3] > 200], axis=0)
    assert r > 150 and g < 90 and b < 90, (r, g, b)
