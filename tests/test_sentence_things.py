"""The thing a sentence turns on is in its shot: the object of its verb held when the verb holds or carries
it, set on the ground beside the one who acts otherwise (a chest opened, a fire lit), at a size a viewer can
read, also where the sentence names it by a pronoun ("she opened it"); and a thing named with the place ("by
the well", "on the bridge") drawn where the people are. Checked on the staging plan read from sentences of
our own, in English, German, Spanish and French, and on the drawn frame."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from filmstudio.animation import held
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.engines.image.things import library_at, place_things
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Extra, Look, Moment, Prop, Scene, Shot, Thing
from tests.staging_checks import moments, staged

# language | story | the thing of its last sentence | how it is in the shot
_OBJECTS = """
en | Anna lived near the forest. Then she opened the old chest. | chest | near
en | Anna lived near the forest. One cold night she lit the fire. | fire | near
en | Anna went down to the river. She caught a fish. | fish | held
en | Anna went down to the beach. She picked up a shell. | shell | held
en | Anna played in the garden. She threw the ball. | ball | held
de | Anna ging in den Wald. Dort öffnete Anna die alte Truhe. | chest | near
de | Anna spielte im Garten. Anna warf die goldene Kugel. | ball | held
es | Ana fue al bosque. Allí Ana abrió el viejo cofre. | chest | near
es | Ana jugaba en el jardín. Ana lanzó la pelota. | ball | held
fr | Anne alla dans la forêt. Là, Anne ouvrit le vieux coffre. | chest | near
fr | Anne jouait dans le jardin. Anne lança la balle. | ball | held
fr | Anne alla à la rivière. Elle attrapa un poisson. | fish | held
en | Marta lived in the village. Marta put the basket on the chair. | chair | near
en | Marta lived in the village. Marta sat by the fire. | fire | near
de | Marta wohnte im Dorf. Marta saß am Tisch. Marta zündete das Feuer an. | fire | near
es | Marta vivía en el pueblo. Marta encendió el fuego. | fire | near
fr | Marthe vivait au village. Marthe alluma le feu. | fire | near
en | Marta lived in the village. Then she found an old chest. She opened it. | chest | near
en | Marta lived in the village. Marta found an apple under the tree. Marta ate it. | apple | held
de | Marta wohnte im Dorf. Marta saß am Tisch. Marta fand einen Apfel. Marta nahm ihn. | apple | held
es | Marta vivía en el pueblo. Luego vio un viejo cofre. Marta lo abrió. | chest | near
fr | Marthe vivait au village. Puis elle vit un vieux coffre. Marthe l'ouvrit. | chest | near
"""

# a pronoun that is no thing acted on: the sentence's shot holds nothing of the sentence before
_NO_THING = """
en | Marta lived in the village. Marta found an apple. It was cold, and Marta sang.
en | Marta lived in the village. Marta found an apple. Marta walked to it.
de | Marta wohnte im Dorf. Marta saß am Tisch. Marta fand einen Apfel. Dann regnete es.
fr | Marthe vivait au village. Marthe trouva une pomme. Marthe la regarda.
"""


def _rows(table: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("|")] for line in table.strip().splitlines()]


@pytest.mark.parametrize(("language", "story", "key", "role"), _rows(_OBJECTS))
def test_the_object_of_the_verb_is_in_the_sentence_plan(language: str, story: str, key: str, role: str) -> None:
    last = moments(staged(story, language))[-1]
    assert last.who, (story, last)
    assert (key, role, last.who[0]) in [(p.key, p.role, p.holder) for p in last.props], (story, last.props)


@pytest.mark.parametrize(("language", "story"), _rows(_NO_THING))
def test_a_pronoun_that_no_verb_acts_on_brings_no_thing(language: str, story: str) -> None:
    assert not [p for p in moments(staged(story, language))[-1].props if p.key == "apple"], story


# language | story | the thing named with the place
_PLACE_THINGS = """
en | Tom walked through the village. He sat by the well. | well
en | Tom walked to the old well and drank. | well
de | Tom ging durch das Dorf. Er setzte sich an den Brunnen. | well
es | Tom caminó por el pueblo. Se sentó junto al pozo. | well
fr | Tom traversa le village. Il s'assit près du puits. | well
en | Mia walked to the river. She stood on the bridge and waved. | bridge
"""


@pytest.mark.parametrize(("language", "story", "key"), _rows(_PLACE_THINGS))
def test_a_thing_named_with_the_place_is_in_the_scene(language: str, story: str, key: str) -> None:
    scene = staged(story, language).scenes[-1]  # the scene of the sentence that names it
    assert key in {t.key for t in scene.things if not t.staged}, (story, [t.key for t in scene.things])


# -- drawn --------------------------------------------------------------------------------------------------

SIZE = (1280, 720)
READABLE = 0.035 * SIZE[1]  # the least a thing spans in the frame (25 pixels at 720p)


@pytest.fixture
def emoji(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("jug", 32) is None:
        pytest.skip("the emoji set is not installed")


def _shot(
    settings: Settings, props: list[Prop], things: list[Thing] | None = None, text: str = "Ana did it."
) -> StagedScene:
    ana = Character(id="ana", name="Ana", gender="female", age="young_adult", look=Look(presents="female"))
    moment = Moment(id="s1.m0", text=text, who=["ana"], verb="stand", props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["ana"], start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["ana"], things=things or [])
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), 110, np.uint8),
        lambda cid, unit: build_rig(ana, unit),
        {"ana": Performer.for_character("ana", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=2,
    )


def _added(settings: Settings, prop: Prop) -> tuple[np.ndarray, float, float]:
    """Where the thing shows in the frame (what it adds to the same shot without it), and the figure's x and
    height."""
    with_it = _shot(settings, [prop]).frame(2.0)
    without = _shot(settings, []).frame(2.0)
    figure = _shot(settings, []).layouts[0].figures[0]
    assert figure.rig is not None
    return np.any(with_it != without, axis=2), figure.x0, 7.0 * figure.rig.unit


@pytest.mark.usefixtures("emoji")
@pytest.mark.parametrize(("key", "role"), [("chest", "near"), ("fire", "near"), ("fish", "held"), ("shell", "held")])
def test_the_thing_of_the_verb_is_drawn_readable_beside_the_one_who_acts(
    settings: Settings, key: str, role: str
) -> None:
    added, x, tall = _added(settings, Prop(key=key, role=role, holder="ana"))
    rows, cols = np.flatnonzero(added.any(axis=1)), np.flatnonzero(added.any(axis=0))
    assert rows.size and cols.size, key
    assert max(rows.max() - rows.min(), cols.max() - cols.min()) + 1 >= READABLE, key
    assert abs((cols.min() + cols.max()) / 2 - x) < 0.6 * tall, (key, cols.min(), cols.max(), x)  # by them


def _group_by(settings: Settings, props: list[Prop]) -> np.ndarray:
    """A wide shot of a group of the cast ("the three women"), drawn as a crowd, acting with `props`."""
    moment = Moment(
        id="s1.m0",
        text="In the evening the three women sat by the fire.",
        who=["women"],
        verb="sit",
        props=props,
        extras=[Extra(kind="women", words=["women"], verb="sit", count=3)],
        start=0.0,
        end=4.0,
    )
    shot = Shot(id="s1.0", kind="wide", actors=[], start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0)
    staged_scene = StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), 110, np.uint8),
        lambda cid, unit: build_rig(Character(id=cid, name=cid), unit),
        {},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=2,
        crowd_rig=build_rig,
    )
    return staged_scene.frame(2.0)


@pytest.mark.usefixtures("emoji")
def test_the_thing_a_group_acts_with_is_drawn_among_its_crowd(settings: Settings) -> None:
    fire = Prop(key="fire", role="near", holder="women")
    added = np.any(_group_by(settings, [fire]) != _group_by(settings, []), axis=2)
    rows, cols = np.flatnonzero(added.any(axis=1)), np.flatnonzero(added.any(axis=0))
    assert rows.size and rows.max() - rows.min() + 1 >= READABLE
    assert 0.3 * SIZE[0] < (cols.min() + cols.max()) / 2 < 0.7 * SIZE[0]  # among them, not off to a side


@pytest.mark.parametrize("key", ["chest", "well", "bridge"])
def test_the_things_the_picture_set_lacks_are_drawn_by_us(key: str) -> None:
    image = held.drawn(key, 60)
    assert image is not None
    alpha = np.asarray(image)[:, :, 3]
    assert (alpha > 0).mean() > 0.3, key  # a solid thing, not a speck


def test_a_well_and_a_bridge_are_painted_into_the_scene(settings: Settings) -> None:
    library = library_at(settings.assets_dir)
    canvas = Image.new("RGB", SIZE, (90, 140, 80))
    before = np.asarray(canvas).copy()
    placed = place_things(
        canvas, ["well", "bridge"], horizon=300, interior=False, rng=np.random.default_rng(0), library=library
    )
    assert {p.key for p in placed} == {"well", "bridge"}
    for p in placed:
        x0, y0, x1, y1 = p.box
        changed = np.any(np.asarray(canvas)[y0:y1, x0:x1] != before[y0:y1, x0:x1], axis=2)
        assert changed.mean() > 0.3 and y1 - y0 >= READABLE, p


def test_the_people_stand_by_the_thing_named_with_the_place(settings: Settings) -> None:
    well = Thing(key="well", words=["the well"], box=(0.05, 0.5, 0.2, 0.8))
    figure = _shot(settings, [], [well], "Ana sat by the well.").layouts[0].figures[0]
    assert figure.x0 < 0.4 * SIZE[0], figure.x0  # beside the well at the left, not in the middle of the frame
