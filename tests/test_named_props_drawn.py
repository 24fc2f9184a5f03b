"""A thing a sentence names is drawn in its shot. A made thing or a food the words table has no word for is
drawn as the nearest thing the painter has, up WordNet's tree (script/thing_nouns.py: a cudgel as the walking
stick, a skillet as the pot, a harp as the guitar), and only where its first sense is a made thing or a food
("rake", "commuter": someone first). One held, carried, played or given is in the hand, at its size beside
the one holding it (an instrument as long as the arm, a coin no bigger than the palm); one put down stands on
what holds it up (the goblet on the table, the axe on the ground). Other languages reach the same keys through
their words' lemmas. The sentences are our own, in English, German, French and Russian."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

import filmstudio.script  # noqa: F401  (the reading first: animation.shots imports it)
from filmstudio.animation import held
from filmstudio.animation.acting import Performer
from filmstudio.animation.body import Joints
from filmstudio.animation.placed import Figure
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import FIGURE_SHARE, StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script import parse_script, vocabulary
from filmstudio.script.thing_nouns import more_thing_nouns
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, staged

# a word the words table lacks | the drawable key WordNet's tree gives it
_MAPPED = """
cudgel | walking_stick
truncheon | walking_stick
skillet | soup
harp | guitar
tankard | beer
missile | rocket
teakettle | teapot
sleeping bag | bag
"""
# words whose first sense is no made thing, or as often something else: no thing
_NOT_THINGS = ["rake", "commuter", "counter", "booth", "bank", "post"]

_STORIES = {
    "en": "Once there was a girl named Wren who lived with her uncle Bastian on a farm.",
    "de": "Es war einmal eine Bäuerin namens Hilde und ihr Bruder Karl.",
    "fr": "Il était une fois une jeune fille nommée Lucie et son frère Paul.",
    "ru": "Жила-была девочка Маша и её дед Иван.",
}
# language | a sentence | its verb | the props it holds (role:key)
_MOMENTS = """
en | Bastian held a cudgel. | hold | held:walking_stick
en | Wren grabbed the truncheon. | take | held:walking_stick
en | She lifted the lantern and walked into the barn. | walk | carried:lantern
en | Bastian carried a sack of flour on his back. | carry | carried:bag
en | He put the goblet on the table. | place | near:table near:wine
en | Wren gave him a tankard. | give | given:beer
en | Bastian played the harp. | play | held:guitar
de | Er trug einen Korb mit Äpfeln. | carry | carried:basket near:apple
de | Hilde hielt eine Laterne. | hold | held:lantern
fr | Elle tenait une bougie. | hold | held:candle
ru | Маша держала фонарь. | hold | held:lantern
ru | Он положил топор на пень. | place | near:axe
"""

SIZE = (1280, 720)
PLATE = 90


def _rows(table: str) -> list[tuple[str, ...]]:
    return [tuple(part.strip() for part in row.split("|")) for row in table.strip().splitlines()]


@pytest.mark.parametrize(("word", "key"), _rows(_MAPPED))
def test_a_word_the_table_lacks_is_drawn_as_the_nearest_thing(word: str, key: str) -> None:
    found = vocabulary.things("en").find(f"In the corner stood a {word}.")
    assert [m.key for m in found] == [key], (word, found)


@pytest.mark.parametrize("word", _NOT_THINGS)
def test_a_word_first_of_another_sense_names_no_thing(word: str) -> None:
    assert not vocabulary.things("en").find(f"He saw the {word} there."), word


def test_the_thesaurus_words_are_read_from_data_only() -> None:
    """No WordNet at run time: the list ships as JSON, its licence beside it, every key one we draw."""
    data = resources.files("filmstudio.script") / "data"
    words = json.loads((data / "thing_nouns_en.json").read_text(encoding="utf-8"))
    assert "WordNet" in words["_licence"] and (data / "thing_nouns_en.LICENSE.txt").is_file()
    assert set(words["words"].values()) <= set(vocabulary.THINGS)
    kinds = {vocabulary.THINGS[k][0] for k in words["words"].values()}
    assert not kinds & {"animal", "plant", "building"}, kinds
    assert not more_thing_nouns("de")


def test_a_vase_of_flowers_shows_the_flowers_a_sack_of_flour_the_sack() -> None:
    board = parse_script(
        "INT. KITCHEN - DAY\n\nA vase of flowers stands on the table. A sack of flour lay by the door.\n"
    )
    keys = {t.key for s in board.scenes for t in s.things}
    assert {"flower", "table", "bag"} <= keys and "water_bottle" not in keys, keys


@pytest.mark.parametrize(("language", "sentence", "verb", "props"), _rows(_MOMENTS))
def test_the_thing_named_is_in_the_moment(language: str, sentence: str, verb: str, props: str) -> None:
    board = staged(f"{_STORIES[language]} {sentence}", language)
    moment = next(m for m in moments(board) if m.text.strip() == sentence)
    assert moment.who and moment.verb == verb, (sentence, moment.verb)
    assert sorted(f"{p.role}:{p.key}" for p in moment.props if p.role != "seat") == sorted(props.split()), sentence
    assert all(p.holder == moment.who[0] for p in moment.props)


# -- drawn ------------------------------------------------------------------------------------------------


def _stage(settings: Settings, props: list[Prop], verb: str) -> StagedScene:
    wren = Character(id="wren", name="Wren", gender="female", look=Look(presents="female"))
    moment = Moment(id="s1.m0", text="", who=["wren"], verb=verb, props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["wren"], subject="wren", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", setting="street", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["wren"])
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(wren, unit),
        {"wren": Performer.for_character("wren", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


@pytest.fixture
def sprites(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("guitar", 32) is None:
        pytest.skip("the emoji set is not installed")


def _added(scene: StagedScene, t: float = 2.0) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """The pixels the held thing adds to the frame (the same pose, the hand empty), and where the hands are."""
    hands: list[tuple[float, float]] = []
    draw = scene._draw_thing

    def spy(frame: np.ndarray, fig: Figure, joints: Joints, p: float) -> None:
        hands.extend(joints.hands)
        draw(frame, fig, joints, p)

    scene._draw_thing = spy  # type: ignore[method-assign]
    with_thing = scene.frame(t)
    scene.layouts[0].figures[0].thing = None
    return np.any(with_thing != scene.frame(t), axis=2), hands


@pytest.mark.usefixtures("sprites")
@pytest.mark.parametrize(("key", "verb"), [("walking_stick", "hold"), ("lantern", "hold"), ("guitar", "play")])
def test_the_thing_held_is_drawn_at_the_hand(settings: Settings, key: str, verb: str) -> None:
    scene = _stage(settings, [Prop(key=key, role="held", holder="wren")], verb)
    added, hands = _added(scene)
    rows, cols = np.flatnonzero(added.any(axis=1)), np.flatnonzero(added.any(axis=0))
    assert rows.size and cols.size and hands, key
    reach = 0.05 * SIZE[1]
    assert any(
        cols.min() - reach <= x <= cols.max() + reach and rows.min() - reach <= y <= rows.max() + reach
        for x, y in hands
    ), (key, hands, (cols.min(), rows.min(), cols.max(), rows.max()))


@pytest.mark.usefixtures("sprites")
def test_an_instrument_played_is_held_before_the_chest_at_its_size(settings: Settings) -> None:
    scene = _stage(settings, [Prop(key="guitar", role="held", holder="wren")], "play")
    fig = scene.layouts[0].figures[0]
    assert fig.verb == "stand" and fig.grip == "two_hands"  # played, not danced about with
    added, _ = _added(scene)
    rows = np.flatnonzero(added.any(axis=1))
    cols = np.flatnonzero(added.any(axis=0))
    longest = max(rows.max() - rows.min(), cols.max() - cols.min()) + 1
    assert longest >= 0.3 * FIGURE_SHARE * SIZE[1], longest  # as long as an arm, not a toy in the fingers


def test_a_coin_is_smaller_in_the_hand_than_a_guitar() -> None:
    assert held.held_height("coin") < held.held_height("key") < held.held_height("book") < held.held_height("guitar")
    assert held.held_height("sword") > held.held_height("knife")


@pytest.mark.usefixtures("sprites")
def test_a_thing_put_on_the_table_stands_on_it(settings: Settings) -> None:
    props = [Prop(key="table", role="near", holder="wren"), Prop(key="wine", role="near", holder="wren")]
    scene = _stage(settings, props, "place")
    layout = scene.layouts[0]
    down = {f.animal_key: f for f in [*layout.figures, *layout.under] if f.set_down}
    assert set(down) == {"table", "wine"}, down
    table = down["table"]
    assert down["wine"].on is table  # the goblet is on the table's top (animation/supports.py), not beside it
    assert table.animal is not None and down["wine"].feet < table.feet - 0.5 * table.animal.size[1]
    assert table.feet == next(f for f in layout.figures if f.rig is not None).feet  # on the ground she stands on


@pytest.mark.usefixtures("sprites")
def test_a_thing_set_down_touches_the_ground(settings: Settings) -> None:
    scene = _stage(settings, [Prop(key="axe", role="near", holder="wren")], "place")
    layout = scene.layouts[0]
    axe = next(f for f in [*layout.figures, *layout.under] if f.set_down and f.animal_key == "axe")
    frame = scene.frame(2.0)
    a = axe.animal
    assert a is not None
    x0 = int(axe.x0 - a.ox)
    box = frame[int(axe.feet - a.oy) : int(axe.feet) + 2, max(0, x0) : x0 + a.size[0]].astype(int)
    drawn_rows = np.flatnonzero((np.abs(box - PLATE).max(axis=2) > 20).any(axis=1))
    assert drawn_rows.size
    assert box.shape[0] - drawn_rows.max() <= 0.01 * SIZE[1] + 2  # its foot on the ground line, not floating


@pytest.mark.usefixtures("sprites")
def test_a_thing_given_stays_in_sight_before_the_one_it_is_given_to(settings: Settings) -> None:
    """The tankard handed over ends before the one who takes it, on the side they face, not behind them."""
    people = {
        "wren": Character(id="wren", name="Wren", gender="female", look=Look(presents="female")),
        "bastian": Character(id="bastian", name="Bastian", gender="male", look=Look(presents="male")),
    }
    who = ["wren", "bastian"]
    props = [Prop(key="beer", role="given", holder="wren", to="bastian")]
    moment = Moment(id="s1.m0", text="", who=who, verb="give", props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=who, subject="wren", start=0.0, end=4.0, moment="s1.m0")
    scene = StagedScene(
        Scene(id="s1", setting="street", moments=[moment], shots=[shot], start=0.0, end=4.0, people=who),
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(people[cid], unit),
        {cid: Performer.for_character(cid, 0, 4.0, []) for cid in who},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )
    giver, taker = scene.layouts[0].figures[:2]
    late = scene.frame(3.4)
    giver.thing = None
    added = np.any(late != scene.frame(3.4), axis=2)
    cols = np.flatnonzero(added.any(axis=0))
    assert cols.size, "the thing given is hidden"
    middle = (cols.min() + cols.max()) / 2
    assert min(giver.x0, taker.x0) < middle < max(giver.x0, taker.x0)  # between the two, before the taker
