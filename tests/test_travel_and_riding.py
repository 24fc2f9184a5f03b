"""Journeys, riding and driving animals, and readable frames. A sentence of travel ("Sie machten sich auf den
Weg", "salieron de viaje", "they set off") puts its travellers on the road, walking; driving an animal
("drove their donkey to the fair", "trieben sie die Kuh zum Markt") walks behind it, never rides it; riding
sits each rider on the animal named (a donkey is a donkey); a drive with no vehicle named is in a car. On
the frames: a walker crosses the frame, the driven donkey goes ahead on its four hooves, each rider's hips
are over the donkey's back, a car is bigger than those in it, and a close-up keeps the face above the
subtitles. The sentences are our own."""

from __future__ import annotations

import numpy as np
import pytest

import filmstudio.script  # noqa: F401  (the reading first: animation.shots imports it)
from filmstudio.animation import body, figure
from filmstudio.animation.acting import Performer
from filmstudio.animation.creatures import stature
from filmstudio.animation.player import ActorScene
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import FIGURE_SHARE, StagedScene
from filmstudio.config import Settings
from filmstudio.media.subtitles import subtitle_band
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, staged

_STORIES = {
    "en": "Once upon a time a potter named Hal lived with his nephew Ben in a village.",
    "de": "Es war einmal ein Bauer namens Kaspar, der mit seiner Frau Lotte in einem Dorf wohnte.",
    "fr": "Il était une fois un meunier nommé Gaspard qui vivait avec sa fille Rose dans un village.",
    "es": "Había una vez un molinero llamado Ramón que vivía con su hija Clara en un pueblo.",
    "ru": "Жил-был мельник Иван с женой Марьей в деревне.",
}


def _last(language: str, sentence: str) -> Moment:
    board = staged(f"{_STORIES[language]} {sentence}", language)
    moment = moments(board)[-1]
    assert moment.text.strip() == sentence
    return moment


# -- 1. the moment plan --------------------------------------------------------------------------------------

# language | a sentence that drives an animal | the animal | how many go along
_DRIVES = """
en | One morning they drove their donkey to the fair. | donkey | 2
de | Eines Morgens trieben sie die Kuh zum Markt. | cow | 2
fr | Un matin, ils menaient leur âne à la foire. | donkey | 2
ru | Однажды Иван погнал свою корову на рынок. | cow | 1
"""


def _rows(table: str) -> list[tuple[str, ...]]:
    return [tuple(part.strip() for part in row.split("|")) for row in table.strip().splitlines()]


@pytest.mark.parametrize(("language", "sentence", "animal", "count"), _rows(_DRIVES))
def test_driving_an_animal_walks_with_it_and_rides_nothing(
    language: str, sentence: str, animal: str, count: str
) -> None:
    moment = _last(language, sentence)
    assert moment.verb == "walk" and moment.acts_on in ("drive", "lead"), (moment.verb, moment.acts_on)
    assert len(moment.who) == int(count), moment.who
    assert not any(p.role == "ridden" for p in moment.props), moment.props
    assert [(p.key, p.role, p.holder) for p in moment.props] == [(animal, "near", None)]


def test_a_fable_s_animal_of_the_cast_driven_walks_with_them_in_no_car() -> None:
    moment = _last("en", "They were driving their Goat to the fair.")
    assert moment.verb == "walk" and moment.acts_on == "drive" and "goat" in moment.who
    assert not any(p.role == "ridden" for p in moment.props), moment.props


def test_riding_the_named_animal_and_driving_with_none_named() -> None:
    ride = _last("en", "They rode their donkey through the hills.")
    assert ride.verb == "ride" and [p.key for p in ride.props if p.role == "ridden"] == ["donkey"]
    drive = _last("en", "They drove along the road.")
    assert drive.verb == "ride" and [p.key for p in drive.props if p.role == "ridden"] == ["car"]


# language | a sentence of setting out, no verb of going in the tables or no subject said
_SETTING_OUT = """
de | Sie machten sich auf den Weg. | walk
es | Un día salieron de viaje. | walk
fr | Ils se mirent en route. | walk
en | They set off at dawn. | walk
"""


@pytest.mark.parametrize(("language", "sentence", "verb"), _rows(_SETTING_OUT))
def test_setting_out_puts_all_the_travellers_on_the_road(language: str, sentence: str, verb: str) -> None:
    moment = _last(language, sentence)
    assert moment.verb == verb and len(moment.who) == 2, (moment.verb, moment.who)
    assert moment.place == "road", moment.place


# -- 2. the frames -------------------------------------------------------------------------------------------

SIZE = (1280, 720)
PLATE = 90
CAST = {
    "hal": Character(id="hal", name="Hal", gender="male", look=Look(presents="male")),
    "ben": Character(id="ben", name="Ben", gender="male", look=Look(presents="male")),
}


def _stage(settings: Settings, moment: Moment, who: list[str]) -> StagedScene:
    moment = moment.model_copy(update={"id": "s1.m0", "who": who, "start": 0.0, "end": 4.0})
    shot = Shot(id="s1.0", kind="wide", actors=who, subject=who[0], start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", setting="road", moments=[moment], shots=[shot], start=0.0, end=4.0, people=who)
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(CAST[cid], unit),
        {cid: Performer.for_character(cid, 0, 4.0, []) for cid in who},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _sprites_or_skip(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("donkey", 32) is None:
        pytest.skip("the emoji set is not installed")


def _drawn(frame: np.ndarray) -> np.ndarray:
    return np.abs(frame.astype(int) - PLATE).max(axis=2) > 20


def test_a_walker_crosses_the_frame(settings: Settings) -> None:
    scene = _stage(settings, Moment(id="m", text="Hal walked along the river.", verb="walk"), ["hal"])
    xs = []
    for k, t in enumerate((0.2, 3.8)):
        scene.drawn.clear()
        scene.frame(t, frame_no=k)
        xs.append(next(d[2] for d in scene.drawn if d[1] == "hal"))
    assert abs(xs[1] - xs[0]) > 0.08 * SIZE[0], xs


def _driven(settings: Settings) -> StagedScene:
    moment = Moment(
        id="m",
        text="They drove their donkey to the fair.",
        verb="walk",
        verb_words=["drove"],
        acts_on="drive",
        props=[Prop(key="donkey", role="near", holder=None, words=["donkey"])],
    )
    return _stage(settings, moment, ["hal", "ben"])


def test_the_driven_donkey_goes_ahead_on_its_hooves(settings: Settings) -> None:
    _sprites_or_skip(settings)
    scene = _driven(settings)
    layout = scene.layouts[0]
    donkey = next(f for f in layout.figures if f.animal_key == "donkey")
    people = [f for f in layout.figures if f.rig is not None]
    assert len(people) == 2 and all(f.verb == "walk" and f.mount is None for f in people)
    way = 1 if donkey.x1 > donkey.x0 else -1
    assert all(way * (donkey.x0 - f.x0) > 0 for f in people), "the donkey walks ahead of its drivers"
    assert all(abs(f.x1 - f.x0) > 0.05 * SIZE[0] for f in layout.figures), "all go along the road"
    layout.figures[:] = [donkey]  # the donkey alone on the plate
    solid = _drawn(scene.frame(2.0))
    cols = np.nonzero(solid.any(axis=0))[0]
    assert cols.size
    third = max(1, (cols.max() - cols.min()) // 3)
    for part in (solid[:, cols.min() : cols.min() + third], solid[:, cols.max() - third : cols.max() + 1]):
        lowest = np.nonzero(part.any(axis=1))[0].max()  # fore and hind hooves: both down on the ground
        assert abs(lowest - donkey.feet) < 0.03 * SIZE[1], (lowest, donkey.feet)


def test_each_rider_sits_on_the_named_donkey(settings: Settings) -> None:
    _sprites_or_skip(settings)
    ride = Moment(id="m", text="", verb="ride", props=[Prop(key="donkey", role="ridden", holder="hal")])
    scene = _stage(settings, ride, ["hal", "ben"])
    riders = [f for f in scene.layouts[0].figures if f.rig is not None]
    assert len(riders) == 2 and all(f.mount is not None for f in riders)
    sizes = [f.mount.size for f in riders if f.mount is not None]
    assert sizes[0] == sizes[1], "both on a donkey, not one on a horse"
    frame = scene.frame(2.0, frame_no=0)
    for rider in riders:
        assert rider.mount is not None and rider.rig is not None
        _, _, x, feet, _, _, unit = next(d for d in scene.drawn if d[1] == rider.character_id)
        hips = feet - (body.THIGH + body.SHIN) * figure.body_unit(rider.rig.look, unit)
        mount_top = rider.feet - rider.mount.size[1]
        back = frame[int(mount_top) : int(rider.feet), int(x - rider.mount.ox) : int(x - rider.mount.ox + 1)]
        assert mount_top < hips < rider.feet - 0.3 * rider.mount.size[1], "hips over the donkey's back"
        assert feet < rider.feet, "the rider's feet at its flanks, not under its hooves"
        assert back.size


def test_a_car_is_bigger_than_those_who_sit_in_it(settings: Settings) -> None:
    _sprites_or_skip(settings)
    drive = Moment(id="m", text="", verb="ride", props=[Prop(key="car", role="ridden", holder="hal")])
    scene = _stage(settings, drive, ["hal", "ben"])
    driver = next(f for f in scene.layouts[0].figures if f.vehicle is not None)
    car = driver.vehicle
    assert car is not None
    adult = FIGURE_SHARE * SIZE[1]
    assert car.size[1] > 0.85 * adult and car.size[0] > 1.2 * adult
    scene.frame(2.0, frame_no=0)
    assert {d[1] for d in scene.drawn} == {"hal", "ben"}
    roof = driver.feet - car.size[1]
    for _, cid, _x, feet, _, _, unit in scene.drawn:
        rig = build_rig(CAST[cid], unit)
        head_top = feet - figure.body_unit(rig.look, unit) * body.STANDING_HEIGHT
        assert head_top > roof - 0.15 * unit, (cid, head_top, roof)  # under the roof, not above it


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1080), (640, 480)])
@pytest.mark.parametrize("name", ["the gnome", "Mia"])
def test_a_close_up_keeps_the_face_above_the_subtitles(size: tuple[int, int], name: str) -> None:
    """A close-up of one of the small folk (seen small, lower in the frame) or a child: the face, down to
    the chin, is above the rows a two-line subtitle covers."""
    cast = {
        "who": Character(id="who", name=name, gender="male", age="child" if name == "Mia" else "young_adult"),
        "ines": Character(id="ines", name="Ines", gender="female"),
    }
    for c in cast.values():
        c.look = Look(presents=c.gender)
    shot = Shot(id="s1.0", kind="closeup", actors=["who", "ines"], subject="who", start=0.0, end=2.0)
    scene = Scene(id="s1", shots=[shot], start=0.0, end=2.0, people=list(cast), cast=list(cast))
    player = ActorScene(
        scene,
        np.zeros((size[1], size[0], 3), np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit * stature(cast[cid])),
        {cid: Performer.for_character(cid, 0, 2.0, []) for cid in cast},
        size,
    )
    band_top = subtitle_band(*size)[0]
    for actor in player.layouts[0].actors:
        face_centre = actor.y - figure.NECK_TO_FACE * actor.rig.unit
        chin = face_centre + 0.55 * actor.rig.unit  # the face is `unit` tall: its lower half and the jaw
        assert chin < band_top, (actor.character_id, chin, band_top)
