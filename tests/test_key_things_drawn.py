"""The thing a sentence turns on is in its shot as itself, though nobody holds it in a hand
(script/key_things.py, animation/key_things.py): a vehicle one drives, rides in or sits in is ridden (the
rider seated in it, its side hiding their legs), one got into sits in it, one got out of stands at its size beside them; a bed
or the mattresses one lies or sleeps on lie under them, counted ones piled, the sleeper on top; a meal eaten
or cooked is a table beside the eater with dishes on it (several for a feast), the eater seated at it. A
cart is drawn by us, never as a wheel. The sentences are our own, in English, Spanish and French."""

from __future__ import annotations

import numpy as np
import pytest

import filmstudio.script  # noqa: F401  (the reading first: animation.shots imports it)
from filmstudio.animation import body, held
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import FIGURE_SHARE, Figure, StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script import vocabulary
from filmstudio.script.key_things import BEDS
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, staged

_STORIES = {
    "en": "Once there was a girl named Wren who lived with her uncle Bastian at the edge of a town.",
    "es": "Había una vez una muchacha llamada Lucía y su hermano Diego.",
    "fr": "Il était une fois une jeune fille nommée Lucie et son frère Paul.",
}
# language | a sentence | the moment's verb | props it holds (role:key, a count after "x")
_MOMENTS = """
en | One morning Bastian drove his car to the market. | ride | ridden:car
en | Wren sat in the taxi and waited. | sit | ridden:taxi
en | Bastian went to the coast by bus. | go | ridden:bus
en | Wren got into the taxi. | sit | ridden:taxi
en | Wren waited in the car. | stand | ridden:car
en | Bastian sat in the cart and sang. | sing | ridden:cart
en | Bastian got into the van. | sit | ridden:truck
es | Lucía esperó en el coche. | stand | ridden:car
es | Diego lavó el camión. | work | near:truck
en | Bastian climbed out of the old truck. | stand | near:truck
es | Lucía subió al taxi. | sit | ridden:taxi
fr | Lucie monta dans le taxi. | sit | ridden:taxi
en | Bastian sat in his cart. | sit | ridden:cart
en | That night Wren slept on twelve mattresses stacked high. | sleep | near:bedx12
en | Bastian lay on a heap of old quilts. | lie | near:bedx4
en | Wren sat on her bed. | sit | near:bed
en | Wren ate her dinner. | eat | near:table near:soup near:bread
en | Wren had bread and soup for supper. | eat | near:table near:bread near:soup
en | Bastian ate a plate of beans. | eat | near:table near:bowl near:beans
es | Diego condujo su coche hasta el mercado. | ride | ridden:car
es | Lucía se sentó en el coche. | sit | ridden:car
es | Aquella noche Lucía durmió sobre doce colchones. | sleep | near:bedx12
es | Lucía comió su cena. | eat | near:table near:soup near:bread
es | Lucía comió un plato de sopa. | eat | near:table near:bowl near:soup
fr | Paul conduisit sa voiture jusqu'au marché. | ride | ridden:car
fr | Lucie s'assit dans la voiture. | sit | ridden:car
fr | Cette nuit-là, Lucie dormit sur douze matelas empilés. | sleep | near:bedx12
fr | Lucie mangea son dîner. | eat | near:table near:soup near:bread
fr | Lucie mangea une assiette de soupe. | eat | near:table near:bowl near:soup
"""
# a feast is several dishes on its table
_FEASTS = """
en | Bastian cooked a great feast for the whole street.
es | Diego preparó un gran banquete.
fr | Paul prépara un grand festin.
"""
# a meal or a vehicle only named, not eaten or ridden: no table, nobody seated in anything
_NOT_USED = """
en | Wren walked home after dinner.
en | Wren looked at the bus.
en | Wren stood in front of the bus.
"""


def _rows(table: str) -> list[tuple[str, ...]]:
    return [tuple(part.strip() for part in row.split("|")) for row in table.strip().splitlines()]


def _moment(language: str, sentence: str) -> Moment:
    board = staged(f"{_STORIES[language]} {sentence}", language)
    return next(m for m in moments(board) if m.text.strip() == sentence)


def _described(p: Prop) -> str:
    return f"{p.role}:{p.key}" + (f"x{p.count}" if p.count else "")


@pytest.mark.parametrize(("language", "sentence", "verb", "props"), _rows(_MOMENTS))
def test_the_thing_a_sentence_turns_on_is_in_its_moment(language: str, sentence: str, verb: str, props: str) -> None:
    moment = _moment(language, sentence)
    assert moment.who and moment.verb == verb, (sentence, moment.verb)
    got = sorted(_described(p) for p in moment.props if p.role != "seat")
    assert got == sorted(props.split()), sentence
    assert all(p.holder == moment.who[0] for p in moment.props)
    assert not any(p.role == "seat" and p.key not in BEDS for p in moment.props), "the vehicle or the bed is the seat"


@pytest.mark.parametrize(("language", "sentence"), _rows(_FEASTS))
def test_a_feast_is_a_table_with_many_dishes(language: str, sentence: str) -> None:
    props = _moment(language, sentence).props
    assert "table" in {p.key for p in props if p.role == "near"}
    dishes = [p for p in props if p.role == "near" and vocabulary.THINGS[p.key][0] == "food"]
    assert len(dishes) >= 4, sentence


@pytest.mark.parametrize(("language", "sentence"), _rows(_NOT_USED))
def test_a_thing_only_named_is_not_used(language: str, sentence: str) -> None:
    moment = _moment(language, sentence)
    assert not any(p.role == "ridden" for p in moment.props)
    assert "table" not in {p.key for p in moment.props}


def test_a_cart_is_a_cart_drawn_by_us_not_a_wheel() -> None:
    assert "cart" in {m.key for m in vocabulary.things("en").find("They loaded the hay onto the wagon.")}
    assert "cart" in {m.key for m in vocabulary.things("fr").find("La charrette attendait devant la grange.")}
    image = held.drawn("cart", 60)
    assert image is not None and image.width > image.height  # a box on wheels, longer than it is tall


SIZE = (640, 360)
PLATE = 90


def _stage(
    settings: Settings, props: list[Prop], verb: str, who: tuple[str, ...] = ("wren",), setting: str = "street"
) -> StagedScene:
    cast = {
        "wren": Character(id="wren", name="Wren", gender="female", look=Look(presents="female")),
        "bastian": Character(id="bastian", name="Bastian", gender="male", look=Look(presents="male")),
    }
    moment = Moment(id="s1.m0", text="", who=list(who), verb=verb, props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=list(who), subject=who[0], start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", setting=setting, moments=[moment], shots=[shot], start=0.0, end=4.0, people=list(who))
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {cid: Performer.for_character(cid, 0, 4.0, []) for cid in who},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _sprites_or_skip(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("car", 32) is None:
        pytest.skip("the emoji set is not installed")


def _box_drawn(frame: np.ndarray, x0: float, y0: float, x1: float, y1: float) -> float:
    """The share of a box's pixels that differ from the empty plate."""
    box = frame[max(0, int(y0)) : int(y1), max(0, int(x0)) : int(x1)].astype(int)
    return float((np.abs(box - PLATE).max(axis=2) > 20).mean())


def _set_down(scene: StagedScene) -> dict[str, Figure]:
    layout = scene.layouts[0]
    return {f.animal_key: f for f in [*layout.figures, *layout.under] if f.set_down}


@pytest.mark.parametrize(("key", "verb"), [("car", "ride"), ("bus", "ride"), ("taxi", "sit")])
def test_the_rider_sits_in_the_vehicle_drawn_at_its_size(settings: Settings, key: str, verb: str) -> None:
    _sprites_or_skip(settings)
    scene = _stage(settings, [Prop(key=key, role="ridden", holder="wren")], verb)
    rider = next(f for f in scene.layouts[0].figures if f.rig is not None)
    vehicle = rider.vehicle
    assert vehicle is not None
    adult = FIGURE_SHARE * SIZE[1]
    assert vehicle.size[1] > 0.4 * adult  # at its size beside her, not a toy in the hand
    frame = scene.frame(2.0, frame_no=0)
    _, _, x, feet, _, _, unit = next(d for d in scene.drawn if d[1] == "wren")
    left, right = x - vehicle.ox, x - vehicle.ox + vehicle.size[0]
    top = rider.feet - vehicle.oy
    assert _box_drawn(frame, left, top, right, rider.feet) > 0.4  # the vehicle is drawn there
    b = body.figure.body_unit(rider.rig.look, unit) if rider.rig else unit
    hips = feet - (body.THIGH + body.SHIN) * b
    assert left < x < right and top < hips < rider.feet, "her hips are inside the vehicle"


def test_two_who_drive_together_both_sit_in_the_car(settings: Settings) -> None:
    _sprites_or_skip(settings)
    scene = _stage(settings, [Prop(key="car", role="ridden", holder="wren")], "ride", who=("wren", "bastian"))
    driver = next(f for f in scene.layouts[0].figures if f.rig is not None)
    car = driver.vehicle
    assert car is not None and [f.character_id for f in driver.passengers] == ["bastian"]
    scene.frame(2.0, frame_no=0)
    seated = {d[1]: d for d in scene.drawn}
    assert set(seated) == {"wren", "bastian"}
    cx = next(d[2] for d in scene.drawn if d[1] == "wren") - driver.facing * 0.14 * car.size[0]
    for cid, (_, _, x, feet, _, _, unit) in seated.items():
        assert cx - car.ox < x < cx - car.ox + car.size[0], cid
        assert driver.feet - car.oy < feet - (body.THIGH + body.SHIN) * unit * 0.9 < driver.feet, cid


def test_inside_the_car_the_picture_shows_both_riders_sit_where_they_are(settings: Settings) -> None:
    scene = _stage(
        settings,
        [Prop(key="car", role="ridden", holder="wren")],
        "ride",
        who=("wren", "bastian"),
        setting="car_interior",
    )
    riders = [f for f in scene.layouts[0].figures if f.rig is not None]
    assert len(riders) == 2 and all(f.vehicle is None for f in riders)  # no car drawn inside the car
    assert all(f.verb == "sit" and f.x0 == f.x1 for f in riders)  # seated, going nowhere in it
    assert {f.animal_key for f in scene.layouts[0].under} == {"bench"}


def test_a_vehicle_got_into_stands_beside_at_its_size(settings: Settings) -> None:
    _sprites_or_skip(settings)
    scene = _stage(settings, [Prop(key="taxi", role="near", holder="wren")], "stand")
    taxi = _set_down(scene)["taxi"]
    person = next(f for f in scene.layouts[0].figures if f.rig is not None)
    assert taxi.animal is not None and taxi.animal.size[1] > 0.4 * FIGURE_SHARE * SIZE[1]
    assert taxi.feet == person.feet and abs(taxi.x0 - person.x0) > 0.05 * SIZE[0]
    frame = scene.frame(1.0)
    a = taxi.animal
    assert _box_drawn(frame, taxi.x0 - a.ox, taxi.feet - a.oy, taxi.x0 - a.ox + a.size[0], taxi.feet) > 0.4


def test_counted_mattresses_are_piled_under_the_sleeper(settings: Settings) -> None:
    one = _stage(settings, [Prop(key="bed", role="near", holder="wren")], "sleep")
    pile = _stage(settings, [Prop(key="bed", role="near", holder="wren", count=12, stacked=True)], "sleep")
    mattresses = _set_down(pile)["bed"]
    sleeper = next(f for f in pile.layouts[0].figures if f.rig is not None)
    assert mattresses.animal is not None
    if "bed" in _set_down(one):  # a single bed (drawn where the picture set has one): the pile is taller
        single = _set_down(one)["bed"].animal
        assert single is not None and mattresses.animal.size[1] > single.size[1]
    assert mattresses.animal.size[1] > 0.3 * FIGURE_SHARE * SIZE[1]
    # the sleeper lies on its top, not on the ground beside it
    assert sleeper.feet < mattresses.feet - 0.8 * mattresses.animal.size[1]
    frame = pile.frame(1.0)
    a = mattresses.animal
    x0 = mattresses.x0 - a.ox
    assert _box_drawn(frame, x0, mattresses.feet - a.oy * 0.7, x0 + a.size[0], mattresses.feet) > 0.5


def test_a_meal_is_a_table_with_dishes_and_the_eater_sits_at_it(settings: Settings) -> None:
    props = [Prop(key=k, role="near", holder="wren") for k in ("table", "soup", "bread")]
    scene = _stage(settings, props, "eat")
    table = _set_down(scene)["table"]
    eater = next(f for f in scene.layouts[0].figures if f.rig is not None)
    assert eater.verb == "sit_eat" and eater.seat == "chair"
    dishes = [f for f in scene.layouts[0].figures if f.on is table]  # on its top, drawn as themselves
    assert {f.animal_key for f in dishes} == {"soup", "bread"}
    assert table.animal is not None
    frame = scene.frame(1.0)
    a = table.animal
    x0 = table.x0 - a.ox
    assert _box_drawn(frame, x0, table.feet - a.oy, x0 + a.size[0], table.feet) > 0.2
