"""Creatures of tales are drawn as what they are (script/creature_nouns.py, animation/creatures.py): an
animal the painter has no picture of as the drawable animal nearest it in WordNet's tree (a warthog as the
pig, a clam as the oyster), the small folk as small people, an angel with a halo, and a sky thing that
speaks (the Sun, the North Wind) as its picture with a face, up in the sky. The stories are our own."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from filmstudio.animation import body
from filmstudio.animation.acting import Performer
from filmstudio.animation.creatures import SKY_FEET, stature
from filmstudio.animation.looks import choose_look
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import Figure, StagedScene
from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.render import analyse
from filmstudio.script import parse_script
from filmstudio.script.beings import animal_words
from filmstudio.script.creature_nouns import kind_of, sky_being
from filmstudio.storyboard import Character, Look, Moment, Scene, Shot, Storyboard

SIZE = (1280, 720)
WARTHOG = (
    "A warthog lay in the mud by the river. A little girl walked along the bank with her kite.\n"
    '"Hello there," said the warthog. "Where are you going?"\n'
    "The girl smiled at the warthog and sat down beside him."
)
GNOMES = (
    "An old tailor left his thread on the table and went to sleep.\n"
    "At night three gnomes crept into the shop and sewed a coat.\n"
    '"Hurry," said the first gnome. "The sun will rise soon."'
)
WIND = (
    "A shepherd walked over the hill with his dog.\n"
    '"I will blow his hat away," said the East Wind.\n'
    '"You will not," said the Sun. "Watch me."'
)


def _board(text: str, tmp_path: Path) -> Storyboard:
    return analyse(
        parse_script(text, filename="story.en.txt", language="en"), FilmRequest(), settings=Settings(data_dir=tmp_path)
    )


def _cast(board: Storyboard) -> dict[str, Character]:
    return {c.name.lower(): c for c in board.characters if c.id != "narrator"}


@pytest.mark.parametrize(
    ("word", "key"),
    [("narwhal", "whale"), ("clam", "oyster"), ("ferret", "otter"), ("porpoise", "whale"), ("warthog", "pig")],
)
def test_an_animal_without_a_picture_is_the_nearest_drawable_one(word: str, key: str) -> None:
    assert animal_words("en").get(word) == key


@pytest.mark.parametrize("word", ["mammal", "insect", "reptile", "aardvark"])
def test_a_class_of_animals_or_a_far_cousin_is_no_drawable_animal(word: str) -> None:
    assert word not in animal_words("en")  # no bird for "mammal", no bat for an aardvark


def test_a_warthog_that_speaks_is_cast_as_the_pig(tmp_path: Path) -> None:
    cast = _cast(_board(WARTHOG, tmp_path))
    assert cast["warthog"].animal == "pig"
    assert cast["warthog"].on_screen is False  # drawn by the staging as an animal, not as a portrait


def test_gnomes_that_speak_are_cast_and_drawn_small(tmp_path: Path) -> None:
    cast = _cast(_board(GNOMES, tmp_path))
    gnome = next(c for name, c in cast.items() if "gnome" in name)
    assert gnome.animal is None
    assert stature(gnome) < 0.6
    assert stature(cast["tailor"]) == 1.0 if "tailor" in cast else True


def test_sky_things_that_speak_are_their_pictures_with_a_face(tmp_path: Path) -> None:
    cast = _cast(_board(WIND, tmp_path))
    drawn = {c.animal for c in cast.values()}
    assert {"wind_face", "sun_face"} <= drawn
    assert all(c.animal for name, c in cast.items() if "wind" in name or "sun" in name)  # no person of them


@pytest.mark.parametrize(
    ("name", "text", "key"),
    [("The North Wind", "", "wind_face"), ("North", "the North Wind blew", "wind_face"), ("Sun", "", "sun_face")],
)
def test_a_sky_name_is_read_with_its_title(name: str, text: str, key: str) -> None:
    assert sky_being(name, text) == key


@pytest.mark.parametrize("name", ["Sunny", "Mr Moonlight", "North Street", "Windy"])
def test_a_name_that_only_sounds_like_the_sky_is_a_person(name: str) -> None:
    assert sky_being(name, f"{name} came home") is None


@pytest.mark.parametrize(("name", "kind"), [("the first gnome", "small"), ("Elves", "small"), ("Angel", "winged")])
def test_small_folk_and_angels_are_told_by_their_name(name: str, kind: str) -> None:
    assert kind_of(name) == kind


def test_an_angel_wears_a_halo() -> None:
    angel = Character(id="angel", name="Angel", gender="female")
    assert choose_look(angel, setting="church", seed=0, taken=set()).headwear == "halo"
    ann = Character(id="ann", name="Ann", gender="female")
    assert choose_look(ann, setting="church", seed=0, taken=set()).headwear != "halo"


def _tall(fig: Figure) -> float:
    if fig.rig is not None:
        return fig.rig.unit * body.figure_height_units()
    assert fig.animal is not None
    return float(fig.animal.size[1])


@pytest.fixture
def emoji(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("sun_face", 32) is None:
        pytest.skip("the emoji set is not installed")


@pytest.mark.usefixtures("emoji")
def test_the_sun_speaks_from_the_sky_above_the_shepherd(settings: Settings) -> None:
    moment = Moment(id="s1.m0", text="said the Sun.", who=["sun", "shepherd"], verb="stand", start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["sun", "shepherd"], start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0)
    shepherd = Character(id="shepherd", name="Shepherd", gender="male", look=Look())
    staged = StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), 90, np.uint8),
        lambda cid, unit: build_rig(shepherd, unit),
        {"shepherd": Performer.for_character("shepherd", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={"sun": "sun_face"},
        seed=3,
    )
    figures = {f.character_id: f for f in staged.layouts[0].figures}
    sun, man = figures["sun"], figures["shepherd"]
    assert sun.animal is not None and sun.rig is None  # its picture, not a person
    assert sun.feet <= SKY_FEET * SIZE[1] + 1 < man.feet - 0.2 * SIZE[1]  # up in the sky, not on the road
    assert 0.3 * _tall(man) < _tall(sun) < _tall(man)
