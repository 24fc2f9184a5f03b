"""Verbs that put a thing somewhere ("put the bread on the table", "piled the logs by the door", "legte das
Brot auf den Tisch") and verbs that throw one are acted, not stood through: the doer bends and reaches
toward the spot and the thing is drawn set down there (a pile where counted), or it flies from the hand.
A verb of putting with nothing put ("put on her hat", "se puso triste") is no placing."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation import body
from filmstudio.animation.acting import Performer
from filmstudio.animation.facing_the_spot import face_the_spot
from filmstudio.animation.placed import Figure
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script.staging import read_moment
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot

NAMES = {"en": ("Maria", "Tom"), "es": ("María", "Tomás"), "fr": ("Marie", "Tom"), "de": ("Maria", "Tom")}


def _moment(text: str, language: str) -> Moment:
    her, him = NAMES[language]
    cast = [Character(id="maria", name=her, gender="female"), Character(id="tom", name=him, gender="male")]
    return read_moment("m", text, cast, language, scene_things=[], previous=None, present=["maria", "tom"])


PLACED = [
    ("en", "Maria put the bread on the table.", "bread"),
    ("en", "Maria set the lamp down by the bed.", "lamp"),
    ("en", "Maria laid the cloth on the table.", None),
    ("en", "Maria placed the jug on the shelf.", "jug"),
    ("en", "Maria dropped the key into the well.", "key"),
    ("en", "Maria buried the box under the oak.", None),
    ("es", "María puso el pan sobre la mesa.", "bread"),
    ("es", "María colocó la jarra en la mesa.", "jug"),
    ("es", "María dejó la cesta junto a la puerta.", "basket"),
    ("fr", "Marie posa le pain sur la table.", "bread"),
    ("fr", "Marie déposa le panier près de la porte.", "basket"),
    ("de", "Maria legte das Brot auf den Tisch.", "bread"),
    ("de", "Maria stellte die Lampe auf den Tisch.", "lamp"),
]


@pytest.mark.parametrize(("language", "text", "key"), PLACED)
def test_a_thing_put_somewhere_is_placed_and_set_down_there(language: str, text: str, key: str | None) -> None:
    moment = _moment(text, language)
    assert moment.verb == "place" and moment.who[:1] == ["maria"]
    if key is not None:  # what was put is where it was put, not in the hand
        assert [p.role for p in moment.props if p.key == key] == ["near"]
    assert not any(p.role == "held" for p in moment.props)


@pytest.mark.parametrize(
    ("language", "text", "key", "stacked"),
    [
        ("en", "Maria piled the apples in the basket.", "apple", True),
        ("en", "Maria stacked the books on the table.", "book", True),
        ("en", "Maria scattered the coins on the ground.", "coin", False),
        ("es", "María amontonó las manzanas junto al árbol.", "apple", True),
        ("fr", "Marie empila les livres sur la table.", "book", True),
        ("de", "Maria stapelte die Bücher auf den Tisch.", "book", True),
    ],
)
def test_counted_things_put_down_are_a_pile_or_a_scatter(language: str, text: str, key: str, stacked: bool) -> None:
    moment = _moment(text, language)
    assert moment.verb == "place"
    (thing,) = [p for p in moment.props if p.key == key]
    assert thing.role == "near" and (thing.count or 1) > 1 and thing.stacked is stacked


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Maria flung the stone into the pond."),
        ("es", "María tiró la piedra al río."),
        ("es", "María lanzó la pelota."),
        ("fr", "Marie jeta la pierre dans le puits."),
        ("fr", "Marie lança la balle."),
        ("de", "Maria warf den Stein in den Teich."),
    ],
)
def test_a_thing_thrown_is_thrown(language: str, text: str) -> None:
    moment = _moment(text, language)
    assert moment.verb == "throw" and moment.who[:1] == ["maria"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Maria put on her red hat."),
        ("en", "Maria set out for the town."),
        ("es", "María se puso muy triste."),
        ("en", "Maria lay on the bed."),
        ("de", "Maria legte sich ins Bett."),
        ("de", "Maria stellte sich vor das Haus."),
        ("en", "Maria set herself down by the fire."),
    ],
)
def test_putting_with_nothing_put_is_no_placing(language: str, text: str) -> None:
    assert _moment(text, language).verb != "place"


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Maria searched for the key."), ("es", "María buscó el anillo."), ("de", "Maria suchte den Ring.")],
)
def test_what_is_searched_for_is_not_in_the_hand(language: str, text: str) -> None:
    moment = _moment(text, language)
    assert moment.verb == "search" and not any(p.role == "held" for p in moment.props)


# -- drawn ------------------------------------------------------------------------------------------------

SIZE = (640, 360)
PLATE = 90


def _stage(verb: str, settings: Settings, props: list[Prop] | None = None) -> StagedScene:
    maria = Character(id="maria", name="Maria", gender="female", look=Look(presents="female", attire="dress"))
    moment = Moment(id="s1.m0", text="", who=["maria"], verb=verb, props=props or [], start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["maria"], subject="maria", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["maria"])
    still = np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8)
    return StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(maria, unit),
        {"maria": Performer.for_character("maria", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _top(frame: np.ndarray) -> int:
    ys, _ = np.nonzero((frame != PLATE).any(axis=2))
    return int(ys.min())


def test_one_who_places_bends_and_reaches_low() -> None:
    standing, placing = body.limbs_at("stand", 1.5), body.limbs_at("place", 1.5)
    assert placing.drop > standing.drop + 0.3  # the knees bent
    (x, y) = placing.reach_r  # facing right: the right hand reaches out and down to the spot
    hanging = body.SHOULDER_BELOW_NECK + body.UPPER_ARM + body.FOREARM  # a standing arm's hand, below the neck
    assert x > 1.0 and body.STANDING_HEIGHT - placing.drop - y < body.STANDING_HEIGHT - hanging - 0.5


def test_the_placer_is_drawn_lower_and_the_pile_beside_them(settings: Settings) -> None:
    standing = _top(_stage("stand", settings).frame(1.5))
    apples = Prop(key="apple", role="near", holder="maria", count=4, stacked=True)
    placing = _stage("place", settings, [apples])
    assert _top(placing.frame(1.5, 0)) > standing + 0.03 * SIZE[1]
    layout = placing.layouts[0]
    assert any(f.animal_key == "apple" and f.set_down for f in [*layout.figures, *layout.under])


def test_one_who_sets_a_thing_down_turns_to_where_it_goes() -> None:
    maria = Character(id="maria", name="Maria", gender="female", look=Look(presents="female", attire="dress"))
    placer = Figure("maria", build_rig(maria, 20.0), "place", 500.0, 500.0, 300.0, 1)
    table = Figure("thing.table", None, "stand", 300.0, 300.0, 300.0, 1)
    table.set_down, table.holds = True, Prop(key="table", role="near", holder="maria")
    face_the_spot([placer, table])
    assert placer.facing == -1
    stander = Figure("maria", build_rig(maria, 20.0), "stand", 500.0, 500.0, 300.0, 1)
    face_the_spot([stander, table])
    assert stander.facing == 1  # one who only stands by it is left as they were
