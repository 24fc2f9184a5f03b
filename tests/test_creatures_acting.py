"""Animal and creature characters act as their verb says (animation/creature_acting.py, animation/wings.py):
a duck or an otter that swims, dives or floats is in the picture's water (or a pool laid where it has none),
a dolphin lives there whatever it does; a bat that flies is up in the air beating its wings; a hare that
hops crosses the frame; a speaking animal or sky face moves its mouth with its line, and the talking Sun
is not painted again in the sky; angels and fairies have wings, and a gnome's close-up keeps it small.
The stories are our own."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.creatures import faced_sky
from filmstudio.animation.figure import NECK_TO_FACE
from filmstudio.animation.player import ActorScene
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import GROUND, StagedScene
from filmstudio.animation.wings import draw_wings
from filmstudio.config import Settings
from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.painter import paint
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Line, Look, Moment, Scene, Shot, Viseme

SIZE = (640, 360)
W, H = SIZE
SPAN = 4.0


@pytest.fixture
def things(settings: Settings):  # type: ignore[no-untyped-def]
    sprites = thing_sprites(settings.assets_dir)
    if sprites("duck", 32) is None:
        pytest.skip("the emoji set is not installed")
    return sprites


def _staged(
    things,  # type: ignore[no-untyped-def]
    animals: dict[str, str],
    verb: str,
    setting: str = "landscape",
    *,
    text: str = "",
    verb_words: list[str] | None = None,
    kind: str = "wide",
    speaking: dict[str, list[tuple[float, float]]] | None = None,
    performers: dict[str, Performer] | None = None,
    people: dict[str, Character] | None = None,
) -> StagedScene:
    who = [*animals, *(people or {})]
    moment = Moment(id="s1.m0", text=text, who=who, verb=verb, verb_words=verb_words or [], start=0.0, end=SPAN)
    shot = Shot(id="s1.0", kind=kind, actors=who, start=0.0, end=SPAN, moment="s1.m0")
    scene = Scene(id="s1", setting=setting, moments=[moment], shots=[shot], start=0.0, end=SPAN)
    plate = np.full((H, W, 3), 120, np.uint8)
    return StagedScene(
        scene,
        plate,
        lambda cid, unit: build_rig((people or {})[cid], unit),
        performers or {},
        SIZE,
        things=things,
        animals=animals,
        seed=5,
        speaking=speaking,
    )


def _rows_drawn(staged: StagedScene, t: float) -> np.ndarray:
    """The rows of the frame at `t` where anything differs from the plate."""
    frame = staged.frame(t)
    changed = np.any(frame != staged.layouts[0].plate, axis=2)
    return np.nonzero(changed.any(axis=1))[0]


def _drawn(staged: StagedScene, cid: str, times: list[float]) -> list[tuple[float, float]]:
    """(feet, height) of the character drawn at each time, from the scene's record of what it drew."""
    out = []
    staged.drawn.clear()
    for k, t in enumerate(times):
        staged.frame(t, frame_no=k)
        _, _, _, feet, _, _, half = next(d for d in staged.drawn if d[0] == k and d[1] == cid)
        out.append((feet, 2 * half))
    return out


# -- in the water ------------------------------------------------------------------------------------


def test_a_dolphin_that_speaks_at_the_beach_is_in_the_sea_not_on_the_sand(things) -> None:  # type: ignore[no-untyped-def]
    staged = _staged(things, {"dolphin": "dolphin"}, "stand", "beach", text="said the dolphin.")
    fig = staged.layouts[0].figures[0]
    assert fig.water is not None and 0.6 * H <= fig.water <= 0.675 * H  # the beach's sea, before the sand
    rows = _rows_drawn(staged, 1.0)
    assert rows.min() < fig.water  # its back and fin above the surface
    assert rows.max() <= fig.water + 0.06 * fig.animal.size[0] + 3  # nothing under it but the ripple


def test_a_duck_that_swims_where_the_picture_has_no_water_swims_in_a_pool(things) -> None:  # type: ignore[no-untyped-def]
    staged = _staged(things, {"duck": "duck"}, "swim", "village", text="The duck swam round and round.")
    layout = staged.layouts[0]
    fig = layout.figures[0]
    assert fig.water is not None and fig.feet > fig.water  # its body under the surface
    x = int(round((fig.x0 + fig.x1) / 2))
    below = layout.plate[int(fig.water) + 2, x]
    assert below[2] > below[0] + 30  # water, blue, laid on the picture under it


def test_an_otter_that_dives_goes_under_as_its_shot_plays(things) -> None:  # type: ignore[no-untyped-def]
    staged = _staged(things, {"otter": "otter"}, "swim", "river", text="The otter dived.", verb_words=["dived"])
    early, late = (int(np.any(staged.frame(t) != staged.layouts[0].plate, axis=2).sum()) for t in (0.1, 3.9))
    assert late < 0.5 * early


def test_a_duck_on_its_pond_floats_on_it(things) -> None:  # type: ignore[no-untyped-def]
    staged = _staged(things, {"duck": "duck"}, "stand", "pond", text="The duck quacked at the heron.")
    fig = staged.layouts[0].figures[0]
    assert fig.water is not None and fig.shadow is None


# -- in the air and across the ground ----------------------------------------------------------------


def test_a_bat_that_flies_at_night_is_up_in_the_air_beating_its_wings(things) -> None:  # type: ignore[no-untyped-def]
    staged = _staged(things, {"bat": "bat"}, "fly", "farm", text="The bat flew over the barn.")
    drawn = _drawn(staged, "bat", [0.1 + 0.09 * k for k in range(12)])
    assert all(feet < GROUND * H - 0.2 * H for feet, _ in drawn)  # above the ground line
    assert len({round(tall) for _, tall in drawn}) > 1  # its picture beats: squashed and stretched


def test_a_hare_that_hops_goes_across_the_frame(things) -> None:  # type: ignore[no-untyped-def]
    fig = _staged(things, {"hare": "rabbit"}, "jump", "landscape", text="The hare hopped away.").layouts[0].figures[0]
    assert abs(fig.x1 - fig.x0) > 0.15 * W


def test_a_crab_the_gull_flies_over_stays_on_the_sand(things) -> None:  # type: ignore[no-untyped-def]
    staged = _staged(things, {"gull": "bird", "crab": "crab"}, "fly", "beach", text="The gull flew over the crab.")
    verbs = {f.character_id: f.verb for f in staged.layouts[0].figures}
    assert verbs["crab"] == "stand" and verbs["gull"] == "fly"


def test_the_moon_over_sleeping_houses_keeps_its_round_face(things) -> None:  # type: ignore[no-untyped-def]
    moon = _staged(things, {"moon": "moon_face"}, "sleep", "village").layouts[0].figures[0].animal
    assert moon is not None and 0.85 < moon.size[1] / moon.size[0] < 1.15


# -- speaking ----------------------------------------------------------------------------------------


def _line(cid: str) -> Line:
    shapes = [Viseme(start=0.25 * k, end=0.25 * (k + 1), shape="AI" if k % 2 else "rest", open=0.9) for k in range(12)]
    return Line(id="l1", character_id=cid, text="Good morning, Heron.", start=0.0, end=3.0, visemes=shapes)


def test_a_speaking_duck_moves_with_its_line(things) -> None:  # type: ignore[no-untyped-def]
    performer = Performer.for_character("duck", 0, SPAN, [_line("duck")])
    staged = _staged(
        things, {"duck": "duck"}, "stand", "landscape", speaking={"duck": [(0.0, 3.0)]}, performers={"duck": performer}
    )
    talking = _drawn(staged, "duck", [0.1 + 0.125 * k for k in range(16)])
    assert len({round(tall) for _, tall in talking}) > 1  # its picture changes through its line
    quiet = _drawn(staged, "duck", [3.2, 3.5, 3.8])
    assert len({round(tall) for _, tall in quiet}) == 1


def test_the_moon_opens_its_mouth_as_it_speaks(things) -> None:  # type: ignore[no-untyped-def]
    performer = Performer.for_character("moon", 0, SPAN, [_line("moon")])
    staged = _staged(
        things,
        {"moon": "moon_face"},
        "stand",
        "village",
        speaking={"moon": [(0.0, 3.0)]},
        performers={"moon": performer},
    )
    shut = staged.layouts[0].figures[0].animal
    assert shut is not None
    opened = staged._talking(shut, "moon_face", 1.0)
    assert opened.size == shut.size  # the same round face, not stretched
    differs = np.any(opened.rgb != shut.rgb, axis=2)
    rows = np.nonzero(differs.any(axis=1))[0]
    assert rows.size and rows.min() > 0.4 * shut.size[1]  # its mouth, under its eyes
    assert staged._mouth("moon", 0.375, 0.375) == pytest.approx(performer.speaking(0.375)[1])  # type: ignore[index]
    assert staged._mouth("moon", 3.5, 3.5) is None


def test_the_talking_sun_is_not_painted_again_in_the_sky() -> None:
    spec = SceneSpec("village", "day", "clear", "calm", "", "flat", 3)
    plain, faced = (np.asarray(paint(s, (320, 180))) for s in (spec, SceneSpec(**{**spec.__dict__, "faced": ("sun",)})))
    changed = np.any(plain != faced, axis=2)
    assert changed.any() and not changed[int(0.7 * 180) :].any()  # the sky's sun gone, nothing else
    sun = Character(id="sun", name="Sun", animal="sun_face")
    ann = Character(id="ann", name="Ann", gender="female")
    moment = Moment(id="s1.m0", text="said the Sun.", who=["sun"], verb="stand")
    scene = Scene(id="s1", moments=[moment], shots=[Shot(id="s1.0", kind="wide", actors=["sun"], moment="s1.m0")])
    assert faced_sky([sun, ann], scene) == ("sun",)
    assert faced_sky([sun, ann], Scene(id="s2")) == ()


# -- winged and small beings -------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "winged"), [("Angel", True), ("Fairy", True), ("Gnome", False), ("Ann", False)])
def test_angels_and_fairies_have_wings_behind_them(name: str, winged: bool) -> None:
    rig = build_rig(Character(id=name.lower(), name=name, gender="female", look=Look()), 40)
    assert (rig.wings is not None) == winged
    if rig.wings is not None:
        assert rig.wings.size[0] > 1.5 * rig.body.size[0]  # spread out past the shoulders


def test_a_fairy_that_flies_is_up_in_the_air(things) -> None:  # type: ignore[no-untyped-def]
    fairy = Character(id="fairy", name="Fairy", gender="female", look=Look())
    staged = _staged(things, {}, "fly", "forest", text="The fairy flew out of the trees.", people={"fairy": fairy})
    fig = staged.layouts[0].figures[0]
    assert fig.feet < GROUND * H - 0.15 * H and fig.shadow is None


def test_a_gnome_in_close_up_is_framed_small_not_a_grown_mans_bust() -> None:
    gnome = Character(id="gnome", name="Gnome", gender="male", look=Look())
    tailor = Character(id="tailor", name="Tailor", gender="male", look=Look())
    shots = [
        Shot(id=f"s1.{k}", kind=kind, subject=cid, actors=[cid])
        for k, (kind, cid) in enumerate(
            [("closeup", "gnome"), ("closeup", "tailor"), ("wide", "gnome"), ("wide", "tailor")]
        )
    ]
    scene = Scene(id="s1", cast=["gnome", "tailor"], shots=shots, start=0.0, end=4.0)
    people = {"gnome": gnome, "tailor": tailor}
    small = {"gnome": 0.5, "tailor": 1.0}
    actors = ActorScene(
        scene,
        np.full((H, W, 3), 120, np.uint8),
        lambda cid, unit: build_rig(people[cid], int(round(unit * small[cid]))),
        {},
        SIZE,
    )
    placed = {lay.shot.kind + lay.actors[0].character_id: lay.actors[0] for lay in actors.layouts}
    assert placed["closeupgnome"].rig.unit < 0.6 * placed["closeuptailor"].rig.unit
    assert placed["closeupgnome"].y > placed["closeuptailor"].y + 0.1 * H  # lower in the frame, the picture above
    face = {cid: p.y - NECK_TO_FACE * p.rig.unit for cid, p in placed.items()}
    assert face["widegnome"] > face["widetailor"] + 0.05 * H  # alone in a wide view too


def test_a_close_up_moon_is_whole_under_the_frames_top(things) -> None:  # type: ignore[no-untyped-def]
    staged = _staged(things, {"moon": "moon_face"}, "stand", "village", kind="closeup")
    fig = staged.layouts[0].figures[0]
    assert fig.animal is not None and fig.feet - fig.animal.size[1] >= 0.02 * H


def test_wings_are_drawn_at_every_size() -> None:
    for kind in ("feathered", "gossamer"):
        for tenth in range(8, 900, 7):  # a far crowd's to a close-up's body unit, in pixels
            image, anchor = draw_wings(kind, tenth / 10)
            assert image.width > 0 and 0 < anchor[0] < image.width
