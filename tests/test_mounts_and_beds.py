"""A rider always has a mount under them, and animals go by their old names too (script/mounts.py,
data/words/<language>.json): a ride whose mount is named by a word we do not draw, or not named at all,
rides a horse (or what the rider rode before), never the riding pose over bare ground; an ass, a nag, a
bullock, a fowl, a jumento, a bourrique, a Mähre are the donkey, the horse, the cow, the chicken we draw.
A sleeper lies on the bed, not above it. The sentences are our own."""

from __future__ import annotations

import numpy as np
import pytest

import filmstudio.script  # noqa: F401  (the reading first: animation.shots imports it)
from filmstudio.animation import body, copies, level_stance
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script import vocabulary
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, staged

_STORIES = {
    "en": "Once there was a knight named Osric who lived with his sister Maud in a grey castle.",
    "es": "Había una vez un molinero llamado Ramón que vivía con su hija Clara junto al río.",
    "fr": "Il était une fois un meunier nommé Gaspard qui vivait avec sa fille Rose près de la rivière.",
    "de": "Es war einmal ein Müller namens Kaspar, der mit seiner Tochter Lotte an einem Fluss wohnte.",
}
# language | a sentence that rides | the mount under the rider
_RIDES = """
en | One morning Osric rode his charger across the meadow. | horse
en | Later Osric rode along the river. | horse
en | Maud rode the old ass to the market. | donkey
en | At dusk Maud rode her trusty nag over the hill. | horse
es | Ramón cabalgó hasta el pueblo. | horse
es | Clara montó en su jumento y fue al mercado. | donkey
fr | Gaspard chevaucha jusqu'au village. | horse
fr | Rose monta sur sa bourrique et partit au marché. | donkey
de | Kaspar ritt über die Wiese. | horse
de | Lotte ritt auf einer alten Mähre zum Markt. | horse
"""
# language | a sentence naming an animal by an old or literary word | the animal drawn
_OLD_NAMES = """
en | The ass brayed by the gate. | donkey
en | Two asses grazed by the well. | donkey
en | The farmer yoked his bullock. | cow
en | The kine came home at dusk. | cow
en | The cock crowed at dawn. | rooster
en | A gelding stood in the stable. | horse
es | El borrico comía paja. | donkey
es | Un pollino dormía junto al pozo. | donkey
fr | Le coursier attendait devant la porte. | horse
fr | Le boeuf tirait la charrue. | cow
fr | Un verrat fouillait la boue. | pig
de | Eine Dogge bellte am Tor. | dog
de | Ein Keiler lief durch den Wald. | pig
"""


def _rows(table: str) -> list[tuple[str, ...]]:
    return [tuple(part.strip() for part in row.split("|")) for row in table.strip().splitlines()]


def _moment(language: str, sentence: str) -> Moment:
    board = staged(f"{_STORIES[language]} {sentence}", language)
    return next(m for m in moments(board) if m.text.strip() == sentence)


@pytest.mark.parametrize(("language", "sentence", "mount"), _rows(_RIDES))
def test_a_ride_has_its_mount_under_the_rider(language: str, sentence: str, mount: str) -> None:
    moment = _moment(language, sentence)
    assert moment.verb == "ride", sentence
    ridden = [p.key for p in moment.props if p.role == "ridden"]
    assert ridden == [mount], (sentence, ridden)


def test_a_ride_goes_on_on_the_mount_ridden_before() -> None:
    board = staged(f"{_STORIES['en']} Maud rode her donkey to the mill. Then she rode home.", "en")
    last = moments(board)[-1]
    assert [p.key for p in last.props if p.role == "ridden"] == ["donkey"]


@pytest.mark.parametrize(("language", "sentence", "key"), _rows(_OLD_NAMES))
def test_an_animal_by_an_old_name_is_the_animal_we_draw(language: str, sentence: str, key: str) -> None:
    assert key in {m.key for m in vocabulary.things(language).find(sentence)}, sentence


def test_a_sown_field_is_no_pig() -> None:
    assert "pig" not in {m.key for m in vocabulary.things("en").find("In spring they sow the wheat.")}


SIZE = (640, 360)
PLATE = 90


def _stage(settings: Settings, verb: str, props: list[Prop], setting: str = "field") -> StagedScene:
    cast = {"maud": Character(id="maud", name="Maud", gender="female", look=Look(presents="female"))}
    moment = Moment(id="s1.m0", text="", who=["maud"], verb=verb, props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["maud"], subject="maud", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", setting=setting, moments=[moment], shots=[shot], start=0.0, end=4.0, people=["maud"])
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {"maud": Performer.for_character("maud", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _sprites_or_skip(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("horse", 32) is None:
        pytest.skip("the emoji set is not installed")


def test_a_rider_without_a_mount_is_drawn_on_a_horse(settings: Settings) -> None:
    """A moment that rides with nothing ridden (an old storyboard, a word we do not know): a horse is under
    the rider, its pixels below the rider's hips."""
    _sprites_or_skip(settings)
    scene = _stage(settings, "ride", [])
    rider = next(f for f in scene.layouts[0].figures if f.rig is not None)
    assert rider.mount is not None
    frame = scene.frame(2.0, frame_no=0)
    _, _, x, feet, _, _, unit = next(d for d in scene.drawn if d[1] == "maud")
    b = body.figure.body_unit(rider.rig.look, unit) if rider.rig else unit
    hips = feet - (body.THIGH + body.SHIN) * b
    below = frame[int(hips) + 2 : int(rider.feet), max(0, int(x - 2 * b)) : int(x + 2 * b)].astype(int)
    assert float((np.abs(below - PLATE).max(axis=2) > 20).mean()) > 0.3  # the mount fills the space under her


def test_a_sleeper_lies_on_the_bed_not_above_it(settings: Settings) -> None:
    """One who sleeps on a bed: the drawn body's lowest pixels are inside the bed's box, not above its top."""
    _sprites_or_skip(settings)
    # a room whose picture paints no bed of its own (a bedroom's sleeper lies in its painted bed: test_resting_on)
    scene = _stage(settings, "sleep", [Prop(key="bed", role="near", holder="maud")], setting="living_room")
    layout = scene.layouts[0]
    bed = next(f for f in layout.under if f.animal_key == "bed")
    assert bed.animal is not None
    bed_top = bed.feet - bed.animal.size[1]
    sleeper = next(f for f in layout.figures if f.rig is not None)
    layout.under.remove(bed)
    without_bed = scene.frame(2.0)  # her alone; each frame drawn afresh (a frame number keeps the last)
    layout.under.append(bed)
    layout.figures.remove(sleeper)
    bed_only = scene.frame(2.0)  # the bed alone
    her = np.abs(without_bed.astype(int) - PLATE).max(axis=2) > 20
    rows = np.nonzero(her.any(axis=1))[0]
    assert rows.size, "the sleeper is drawn"
    lowest = rows.max()
    bed_rows = np.nonzero((np.abs(bed_only.astype(int) - PLATE).max(axis=2) > 20).any(axis=1))[0]
    assert bed_rows.size
    top = max(bed_top, bed_rows.min())
    # the body reaches down into the bed's picture: at least a fifth of the bed's drawn height below its top
    assert lowest > top + 0.2 * (bed.feet - top), (lowest, top, bed.feet)
    cols = np.nonzero(her.any(axis=0))[0]
    bed_cols = np.nonzero((np.abs(bed_only.astype(int) - PLATE).max(axis=2) > 20).any(axis=0))[0]
    assert bed_cols.min() < (cols.min() + cols.max()) / 2 < bed_cols.max()  # lying along it, not beside it


@pytest.mark.parametrize(("verb", "level"), [("stand", True), ("look", True), ("run", False)])
def test_a_horse_that_stands_stands_on_its_four_feet(settings: Settings, verb: str, level: bool) -> None:
    """The set's horse gallops with its forelegs up: one that only stands (or looks on) is drawn level, its
    fore and hind feet on one ground line; one that runs keeps its gallop."""
    _sprites_or_skip(settings)
    scene = _stage(settings, "stand", [])
    horse = scene._thing_figure("horse", verb, -1, 0.42 * SIZE[1], 0.0)
    assert horse.animal is not None
    assert (abs(level_stance.tilt(copies.image_of(horse.animal))) < 3) is level
