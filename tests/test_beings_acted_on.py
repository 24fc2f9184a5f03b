"""A being that is the object of a verb is in the shot, placed as the verb says (script/done_to.py,
animation/done_to.py): one dragged or led walks behind the doer, one chased or followed ahead, one fed stands
before the doer's hand held out, one guarded beside the doer turned to it, one seized in the doer's hands;
whether the being is one of the cast or an animal named only there, in English, Spanish, French, German."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.placed import Figure
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedLayout, StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Look, Moment, Storyboard
from tests.staging_checks import moments, settled, staged

SIZE = (640, 360)
PLATE = 90

# (language, story, the sentence's words, doer, relation, the being: a cast id or an animal's key)
CASES = [
    (
        "en",
        "Ines and Bruno lived by the marsh. Ines hauled the old donkey up the bank.",
        "hauled",
        "ines",
        "drag",
        "donkey",
    ),
    ("en", "Ines and Bruno lived by the marsh. Ines towed the pig through the gate.", "towed", "ines", "drag", "pig"),
    ("en", "Ines lived by the marsh. One day Ines fed the hens by the water.", "fed", "ines", "feed", "chicken"),
    (
        "en",
        "Ines lived by the marsh. The next morning Ines guided the cow to the meadow.",
        "guided",
        "ines",
        "lead",
        "cow",
    ),
    ("en", "Ines lived by the marsh. At night Ines guarded the goats.", "guarded", "ines", "guard", "goat"),
    ("en", "Ines met Bruno at the mill. Ines led Bruno to the bridge.", "led", "ines", "lead", "bruno"),
    ("en", "Ines met Bruno at the mill. Ines fed Bruno with a spoon.", "fed", "ines", "feed", "bruno"),
    ("en", "Ines met Bruno at the mill. Ines seized Bruno by the collar.", "seized", "ines", "catch", "bruno"),
    ("en", "Ines met Bruno at the mill. Bruno followed Ines into the woods.", "followed", "bruno", "follow", "ines"),
    ("en", "Ines met Bruno at the mill. Ines chased Bruno round the yard.", "chased", "ines", "chase", "bruno"),
    (
        "es",
        "Lucía y Bruno vivían junto al río. Lucía arrastró la cabra hasta el corral.",
        "arrastró",
        "lucía",
        "drag",
        "goat",
    ),
    ("es", "Lucía y Bruno vivían junto al río. Lucía alimentó a Bruno.", "alimentó", "lucía", "feed", "bruno"),
    ("es", "Lucía y Bruno vivían junto al río. Lucía guió a la vaca hasta el prado.", "guió", "lucía", "lead", "cow"),
    ("es", "Lucía y Bruno vivían junto al río. Bruno vigilaba las ovejas.", "vigilaba", "bruno", "guard", "sheep"),
    (
        "fr",
        "Léa et Bruno vivaient près de la rivière. Léa tira la chèvre jusqu'à l'étable.",
        "tira",
        "léa",
        "drag",
        "goat",
    ),
    ("fr", "Léa et Bruno vivaient près de la rivière. Léa nourrit les canards.", "nourrit", "léa", "feed", "duck"),
    ("fr", "Léa et Bruno vivaient près de la rivière. Léa mena la vache au pré.", "mena", "léa", "lead", "cow"),
    ("fr", "Léa et Bruno vivaient près de la rivière. Bruno garda les moutons.", "garda", "bruno", "guard", "sheep"),
    ("de", "Lena und Bruno lebten am Fluss. Lena zog das Schaf in den Stall.", "zog", "lena", "drag", "sheep"),
    ("de", "Lena und Bruno lebten am Fluss. Lena fütterte die Enten.", "fütterte", "lena", "feed", "duck"),
    ("de", "Lena und Bruno lebten am Fluss. Lena führte die Ziege zum Fluss.", "führte", "lena", "lead", "goat"),
    ("de", "Lena und Bruno lebten am Fluss. Bruno bewachte die Schafe.", "bewachte", "bruno", "guard", "sheep"),
    ("de", "Lena und Bruno lebten am Fluss. Bruno folgte Lena ins Dorf.", "folgte", "bruno", "follow", "lena"),
    ("de", "Lena ging zum Fluss. Am Morgen fütterte Lena die Enten.", "Morgen", "lena", "feed", "duck"),
    (
        "de",
        "Lena und Bruno lebten am Fluss. Dann zerrte Bruno das Schwein aus dem Schlamm.",
        "zerrte",
        "bruno",
        "drag",
        "pig",
    ),
    (
        "fr",
        "Léa et Bruno vivaient près de la rivière. Le soir, Léa surveilla les chèvres.",
        "surveilla",
        "léa",
        "guard",
        "goat",
    ),
    ("en", "Ines met Bruno at the mill. Bruno was hungry. Ines fed him.", "fed", "ines", "feed", "bruno"),
    (
        "es",
        "Lucía vio a Bruno en el molino. Bruno corrió. Lucía lo persiguió.",
        "lo persiguió",
        "lucía",
        "chase",
        "bruno",
    ),
    ("fr", "Léa vit Bruno au moulin. Bruno partit. Léa le suivit.", "le suivit", "léa", "follow", "bruno"),
    (
        "es",
        "Lucía y Bruno vivían junto al río. Al amanecer Lucía atrapó una gallina.",
        "atrapó",
        "lucía",
        "catch",
        "chicken",
    ),
]


def _moment(board: Storyboard, words: str) -> Moment:
    return next(m for m in moments(board) if words in m.text)


def _being(moment: Moment) -> str | None:
    """The one the moment's doer acts on: the one of the cast, or the animal drawn beside them."""
    if moment.acted_on is not None:
        return moment.acted_on
    near = next((p.key for p in moment.props if p.role == "near" and p.holder is None), None)
    # a small animal caught or carried is in the doer's arms, as a thing held
    return near or next((p.key for p in moment.props if p.holder == moment.who[0]), None)


@pytest.mark.parametrize(("language", "text", "words", "doer", "relation", "being"), CASES)
def test_the_being_acted_on_is_read(language: str, text: str, words: str, doer: str, relation: str, being: str) -> None:
    moment = _moment(staged(text, language), words)
    assert moment.who[:1] == [doer]
    assert moment.acts_on == relation
    assert _being(moment) == being
    if being == moment.acted_on:
        assert being in moment.who
    elif relation not in ("catch", "carry"):  # an animal fed, guarded or led is no thing in anyone's hands
        assert not any(p.key == being and p.holder is not None for p in moment.props)


@pytest.mark.parametrize(
    ("language", "text", "words", "relation", "verb"),
    [
        ("en", "Ines lived by the marsh. Ines led the children to the school.", "led", "lead", "walk"),
        ("en", "Ines lived by the marsh. Ines followed the soldiers into the town.", "followed", "follow", "walk"),
        ("en", "Ines lived with her dog Rex. Rex chased the hens across the yard.", "chased", "chase", "run"),
        ("es", "Lucía y Bruno vivían junto al río. Bruno persiguió a las gallinas.", "persiguió", "chase", "run"),
    ],
)
def test_a_group_acted_on_goes_with_the_doer(language: str, text: str, words: str, relation: str, verb: str) -> None:
    moment = _moment(staged(text, language), words)
    assert moment.acts_on == relation
    assert [e.verb for e in moment.extras] == [verb]


@pytest.mark.parametrize(
    "text",
    [
        "Ines lived by the marsh. Ines dragged the cart with the donkey.",  # the cart is dragged
        "Ines lived by the marsh. Ines fed bread to the fire.",
        "Ines lived by the marsh. Ines walked to the pond.",
    ],
)
def test_no_being_where_the_verb_acts_on_something_else(text: str) -> None:
    moment = moments(staged(text, "en"))[-1]
    assert moment.acts_on is None


# -- on the staged shot ---------------------------------------------------------------------------------------


def _staged(settings: Settings, board: Storyboard, words: str) -> tuple[StagedScene, StagedLayout]:
    scene = next(s for s in board.scenes if any(words in m.text for m in s.moments))
    moment = next(m for m in scene.moments if words in m.text)
    cast = {c.id: c for c in board.characters}
    for c in cast.values():
        c.look = c.look or Look(presents="female" if c.gender == "female" else "male")
    animals = {c.id: c.animal for c in board.characters if c.animal}
    end = scene.end or 0.0
    staged_scene = StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {cid: Performer.for_character(cid, 0, end, []) for cid in scene.people if cid not in animals},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals=animals,
        seed=3,
    )
    layout = next(lay for lay in staged_scene.layouts if lay.shot.moment == moment.id)
    return staged_scene, layout


def _figure(layout: StagedLayout, key: str) -> Figure:
    return next(f for f in layout.figures if f.character_id == key or f.animal_key == key)


def _ahead(front: Figure, back: Figure) -> bool:
    """`front` is ahead of `back` along the way both go (the same way)."""
    return front.facing == back.facing and (front.x1 - back.x1) * front.facing > 0


def _drawn(frame: np.ndarray) -> int:
    return int(np.count_nonzero((frame != PLATE).any(axis=2)))


def _needs_sprites(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("goat", 32) is None:
        pytest.skip("the emoji set is not installed")


def test_the_animal_dragged_is_drawn_behind_the_doer(settings: Settings) -> None:
    _needs_sprites(settings)
    board = settled(staged("Ines and Bruno lived by the marsh. Ines hauled the goat up the bank.", "en"))
    scene, layout = _staged(settings, board, "hauled")
    doer, goat = _figure(layout, "ines"), _figure(layout, "goat")
    assert doer.verb == "walk" and goat.verb == "walk"
    assert _ahead(doer, goat)  # the doer ahead, facing away; the goat behind, on the same ground
    assert goat.feet == pytest.approx(doer.feet, abs=0.05 * SIZE[1])
    t = ((layout.shot.start or 0.0) + (layout.shot.end or 0.0)) / 2
    with_goat = _drawn(scene.frame(t, 0))
    _moment(board, "hauled").props = []
    without, alone = _staged(settings, board, "hauled")
    assert with_goat > _drawn(without.frame(t, 0)) + 300  # the goat is drawn, not only placed


def test_the_one_chased_or_followed_goes_ahead(settings: Settings) -> None:
    board = settled(staged("Ines met Bruno at the mill. Ines chased Bruno round the yard.", "en"))
    _, layout = _staged(settings, board, "chased")
    assert _ahead(_figure(layout, "bruno"), _figure(layout, "ines"))
    board = settled(staged("Lena und Bruno lebten am Fluss. Bruno folgte Lena ins Dorf.", "de"))
    _, layout = _staged(settings, board, "folgte")
    assert _ahead(_figure(layout, "lena"), _figure(layout, "bruno"))


def test_the_one_led_walks_a_step_behind(settings: Settings) -> None:
    board = settled(staged("Ines met Bruno at the mill. Ines led Bruno to the bridge.", "en"))
    _, layout = _staged(settings, board, "led")
    assert _ahead(_figure(layout, "ines"), _figure(layout, "bruno"))


def test_the_animals_fed_stand_before_the_hand_held_out(settings: Settings) -> None:
    _needs_sprites(settings)
    board = settled(staged("Léa et Bruno vivaient près de la rivière. Léa nourrit les canards.", "fr"))
    _, layout = _staged(settings, board, "nourrit")
    doer, duck = _figure(layout, "léa"), _figure(layout, "duck")
    assert doer.verb == "give" and doer.gives_to is duck
    assert (duck.x0 - doer.x0) * doer.facing > 0  # turned to it


def test_the_one_seized_is_in_the_doers_hands(settings: Settings) -> None:
    board = settled(staged("Ines met Bruno at the mill. Ines seized Bruno by the collar.", "en"))
    _, layout = _staged(settings, board, "seized")
    doer, other = _figure(layout, "ines"), _figure(layout, "bruno")
    assert doer.touching is other and doer.toucher and doer.facing == -other.facing


@pytest.mark.parametrize(
    ("text", "words", "doer", "carried"),
    [
        ("Ines met Bruno at the mill. Bruno carried Ines across the stream.", "carried", "bruno", "ines"),
        ("Ines lived with her dog Rex. Rex barked at the gate. Ines carried Rex home.", "carried Rex", "ines", "rex"),
    ],
)
def test_one_of_the_cast_carried_is_up_in_the_doers_arms(
    settings: Settings, text: str, words: str, doer: str, carried: str
) -> None:
    board = settled(staged(text, "en"))
    _, layout = _staged(settings, board, words)
    bearer, other = _figure(layout, doer), _figure(layout, carried)
    assert other.feet < bearer.feet - 0.1 * SIZE[1]  # off the ground
    assert abs(other.x0 - bearer.x0) < 0.1 * SIZE[0] and abs(other.x1 - bearer.x1) < 0.1 * SIZE[0]


def test_the_one_guarded_is_beside_the_doer_turned_to_it(settings: Settings) -> None:
    _needs_sprites(settings)
    board = settled(staged("Lena und Bruno lebten am Fluss. Bruno bewachte die Schafe.", "de"))
    _, layout = _staged(settings, board, "bewachte")
    doer, sheep = _figure(layout, "bruno"), _figure(layout, "sheep")
    assert (sheep.x0 - doer.x0) * doer.facing > 0
    assert abs(sheep.x0 - doer.x0) < 0.4 * SIZE[0]
