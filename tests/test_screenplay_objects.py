"""The thing a screenplay's action line acts on is in its shot, held or stood by the one its capitals name:
things named by their make, model or brand are read as their kind (script/makes.py: "his Chevy" a car, "the
Cessna" an airplane, "her BlackBerry" a phone, "a Budweiser" a beer, "the Glock" a gun), never cast as
someone; a vehicle one gets into, parks, unlocks or boards stands beside them at its size (never in a hand,
never a wheel of it); a wallet, a briefcase and a drinking glass are themselves. The screenplays and the
sentences are our own, in English, Spanish and French."""

from __future__ import annotations

import numpy as np
import pytest

import filmstudio.script  # noqa: F401  (the reading first: animation.shots imports it)
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import FIGURE_SHARE, StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script import vocabulary
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot, Storyboard
from tests.staging_checks import moments, staged

_SCREENPLAY = """INT. MOTEL PARKING LOT - NIGHT

NORA
You ready?

{action}

OWEN
As I'll ever be.
"""
# an action line | who holds or stands by the thing | the props it must have (role:key, a count after "x");
# roles written "near|ridden" accept either
_ACTIONS = """
OWEN climbs out of his battered Chevy. | owen | near:car
NORA drives her Toyota across the lot. | nora | ridden:car
OWEN gets into the Jaguar. | owen | ridden:car
NORA parks the Corvette by the ice machine. | nora | near|ridden:car
NORA unlocks her Volvo and gets in. | nora | near|ridden:car
OWEN leans on the hood of his Ford. | owen | near:car
OWEN climbs aboard the Cessna. | owen | near:airplane
NORA boards the Boeing. | nora | near:airplane
OWEN revs the Harley. | owen | near:motorcycle
NORA checks her BlackBerry. | nora | held:mobile_phone
OWEN cracks open a Budweiser. | owen | held:beer
NORA pockets the Glock. | nora | held:gun
OWEN slams the MacBook shut. | owen | held:computer
NORA snaps a picture with her Polaroid. | nora | held:camera
OWEN pours a glass of Jameson. | owen | near|held:tumbler_glass
NORA tosses her wallet onto the bed. | nora | held:wallet
OWEN picks up the briefcase. | owen | held:briefcase
NORA climbs into the pickup. | nora | ridden:pickup_truck
OWEN signs the contract. | owen | held:document
NORA folds the receipt into her wallet. | nora | held:document
"""


def _rows(table: str) -> list[tuple[str, ...]]:
    return [tuple(part.strip() for part in row.split("|", 2)) for row in table.strip().splitlines()]


def _board(action: str) -> Storyboard:
    return staged(_SCREENPLAY.format(action=action))


def _acted(board: Storyboard, action: str) -> Moment:
    return next(m for m in moments(board) if m.text.strip() == action)


@pytest.mark.parametrize(("action", "holder", "wanted"), _rows(_ACTIONS))
def test_the_thing_an_action_line_acts_on_is_the_subjects(action: str, holder: str, wanted: str) -> None:
    board = _board(action)
    assert {c.id for c in board.characters} == {"nora", "owen"}, "a make is nobody"
    moment = _acted(board, action)
    assert moment.who and moment.who[0] == holder, (action, moment.who)
    roles, key = wanted.split(":")
    got = [p for p in moment.props if p.key == key]
    assert got, (action, [(p.role, p.key) for p in moment.props])
    assert got[0].role in roles.split("|") and got[0].holder == holder, (action, got[0])
    assert not any(p.key == "wheel" for p in moment.props)


_OTHER_SCREENPLAYS = {
    "es": "INT. GARAJE - NOCHE\n\nNORA\n¿Lista?\n\n{action}\n\nOWEN\nClaro.\n",
    "fr": "INT. GARAGE - NUIT\n\nNORA\nPrête ?\n\n{action}\n\nOWEN\nBien sûr.\n",
}
_OTHER_ACTIONS = """
es | OWEN sale de su viejo Chevrolet. | owen | near:car
es | NORA aparca el Peugeot junto a la puerta. | nora | near:car
es | OWEN guarda la Beretta en el cajón. | owen | held:gun
fr | OWEN descend de sa Renault. | owen | near:car
fr | NORA monte dans le Cessna. | nora | near:airplane
fr | OWEN ouvre une Heineken. | owen | held:beer
"""


@pytest.mark.parametrize(
    ("language", "action", "holder", "wanted"), [r.split(" | ") for r in _OTHER_ACTIONS.strip().splitlines()]
)
def test_in_other_languages_too(language: str, action: str, holder: str, wanted: str) -> None:
    board = staged(_OTHER_SCREENPLAYS[language].format(action=action), language)
    assert {c.id for c in board.characters} == {"nora", "owen"}, "a make is nobody"
    moment = _acted(board, action)
    role, key = wanted.split(":")
    assert moment.who[:1] == [holder] and any(
        p.role == role and p.key == key and p.holder == holder for p in moment.props
    ), (
        action,
        [(p.role, p.key) for p in moment.props],
    )


def test_a_vehicle_is_never_in_a_hand() -> None:
    for action in ("NORA unlocks the car and gets in.", "OWEN grabs the motorbike by its handlebars."):
        moment = _acted(_board(action), action)
        assert not any(p.role in ("held", "carried", "given") and p.key in ("car", "motorcycle") for p in moment.props)


def test_two_glasses_of_whiskey_are_two_glasses_and_one_bottle() -> None:
    action = "OWEN pours two glasses of whiskey."
    props = {p.key: p for p in _acted(_board(action), action).props}
    assert props["tumbler_glass"].count == 2
    assert "glasses" not in props, "no spectacles"
    assert "bottle" not in props or props["bottle"].count is None


# a make is its kind only written as a name: the common word in lower case, and a capital opening a sentence
_READ = """
en | She sold her Peugeot and bought a Honda. | car
en | He keeps a Beretta in the drawer. | gun
en | They shared a Smirnoff on the porch. | bottle
en | She ordered a Heineken at the bar. | beer
en | The kids waved at the Greyhound. | bus
es | Lucía aparcó su Renault delante del bar. | car
es | Diego sacó su iPhone del bolsillo. | mobile_phone
fr | Paul gara sa Citroën devant la gare. | car
fr | Lucie monta dans le Boeing. | airplane
"""
_NOT_MAKES = """
en | A mustang galloped across the plain. | horse
en | A beetle crawled up the wall. | beetle
en | They crossed the river at the ford. |
"""


@pytest.mark.parametrize(("language", "sentence", "key"), [r.split("|") for r in _READ.strip().splitlines()])
def test_a_make_is_read_as_its_kind(language: str, sentence: str, key: str) -> None:
    found = {m.key for m in vocabulary.things(language.strip()).find(sentence.strip())}
    assert key.strip() in found, (sentence, found)


@pytest.mark.parametrize(("language", "sentence", "key"), [r.split("|") for r in _NOT_MAKES.strip().splitlines()])
def test_the_common_word_is_no_make(language: str, sentence: str, key: str) -> None:
    found = {m.key for m in vocabulary.things(language.strip()).find(sentence.strip())}
    assert not found & {"car", "bus", "truck"}, (sentence, found)
    assert not key.strip() or key.strip() in found, (sentence, found)


def test_a_make_in_a_scene_is_its_thing_and_no_character() -> None:
    text = """EXT. GAS STATION - DAY

IRIS
Fill it up.

Tobias parks the Mustang by the pump. Iris climbs out of the Mustang.

TOBIAS
Done.
"""
    board = staged(text)
    assert {c.id for c in board.characters} == {"iris", "tobias"}
    assert "car" in {t.key for t in board.scenes[0].things}


def test_a_fable_animal_with_a_capital_is_still_a_being() -> None:
    text = (
        "The Jaguar lived by the river. One day the Jaguar met a monkey. "
        '"Where are you going?" asked the Jaguar. The Jaguar followed the monkey home.'
    )
    board = staged(text)
    assert any(c.animal == "leopard" or "jaguar" in c.id for c in board.characters)


# drawn: a vehicle boarded or stood by at its size beside whoever the line says, not a toy in the hand
SIZE = (640, 360)
PLATE = 90


def _stage(settings: Settings, props: list[Prop], verb: str) -> StagedScene:
    cast = {"nora": Character(id="nora", name="Nora", gender="female", look=Look(presents="female"))}
    moment = Moment(id="s1.m0", text="", who=["nora"], verb=verb, props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["nora"], subject="nora", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", setting="street", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["nora"])
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {"nora": Performer.for_character("nora", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


@pytest.mark.parametrize(("key", "least"), [("airplane", 0.8), ("motorcycle", 0.35)])
def test_a_vehicle_boarded_or_stood_by_is_drawn_at_its_size(settings: Settings, key: str, least: float) -> None:
    if thing_sprites(settings.assets_dir)(key, 32) is None:
        pytest.skip("the emoji set is not installed")
    scene = _stage(settings, [Prop(key=key, role="near", holder="nora")], "stand")
    layout = scene.layouts[0]
    thing = next(f for f in [*layout.figures, *layout.under] if f.set_down and f.animal_key == key)
    person = next(f for f in layout.figures if f.rig is not None)
    assert thing.animal is not None and thing.animal.size[1] > least * FIGURE_SHARE * SIZE[1]
    assert thing.feet == person.feet
    frame = scene.frame(1.0)
    a = thing.animal
    box = frame[int(thing.feet - a.oy) : int(thing.feet), int(thing.x0 - a.ox) : int(thing.x0 - a.ox + a.size[0])]
    assert float((np.abs(box.astype(int) - PLATE).max(axis=2) > 20).mean()) > 0.2


@pytest.mark.parametrize(
    ("action", "deck"),
    [
        ("OWEN climbs aboard the Cessna.", False),
        ("OWEN climbs aboard the night bus.", False),
        ("OWEN climbs aboard the ferry.", True),
    ],
)
def test_aboard_a_vehicle_that_is_no_boat_is_no_ships_deck(action: str, deck: bool) -> None:
    text = f"EXT. AIRFIELD - DAWN\n\nNORA\nGo.\n\n{action}\n\nNORA\nGood luck.\n"
    scene = staged(text).scenes[0]
    moment = _acted(Storyboard(scenes=[scene]), action)
    assert (scene.setting == "ship_deck" or moment.place == "ship_deck") == deck, (scene.setting, moment.place)
