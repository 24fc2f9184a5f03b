"""Where the figures of a staged moment stand (animation/staged.py): spaced by what they cover drawn, so a
fox that walks up to a lion stops before it and does not stand inside it; two who meet or speak face each
other, two who walk together or one who follows face the same way; a group of five stays inside the
frame; and a soft shadow lies on the ground under whoever stands there, not under a bird in the air."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation import staged as staged_module
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.sprite import Sprite
from filmstudio.animation.staged import Figure, StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Scene, Shot, Thing

SIZE = (640, 360)
PLATE = 90
LOOKS = {
    "maria": Look(presents="female", attire="dress"),
    "tom": Look(presents="male", attire="shirt"),
    "ana": Look(presents="female", attire="shirt"),
    "ben": Look(presents="male", attire="jacket"),
    "eva": Look(presents="female", attire="dress"),
}


def _stage(
    settings: Settings,
    who: list[str],
    verb: str,
    *,
    text: str = "",
    verb_words: list[str] | None = None,
    animals: dict[str, str] | None = None,
    things: list[Thing] | None = None,
    seconds: float = 4.0,
    young: frozenset[str] = frozenset(),
) -> StagedScene:
    animals = animals or {}
    cast = {cid: Character(id=cid, name=cid.title(), gender="female", look=LOOKS.get(cid, Look())) for cid in who}
    moment = Moment(
        id="s1.m0",
        text=text,
        who=who,
        who_words=[cid.title() for cid in who],
        verb=verb,
        verb_words=verb_words or [],
        start=0.0,
        end=seconds,
    )
    shot = Shot(id="s1.0", kind="wide", actors=who, subject=who[0], start=0.0, end=seconds, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=seconds, people=who, things=things or [])
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {cid: Performer.for_character(cid, 0, seconds, []) for cid in who if cid not in animals},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals=animals,
        seed=3,
        young=young,
    )


@pytest.fixture
def emoji(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("fox", 32) is None:
        pytest.skip("the emoji set is not installed")


def _box(fig: Figure, p: float) -> tuple[float, float]:
    """The columns an animal's sprite covers where it stands at `p` of the shot."""
    assert fig.animal is not None
    x = fig.x0 + (fig.x1 - fig.x0) * p
    widest: Sprite = max(fig.animal_steps or [fig.animal], key=lambda s: s.size[0])
    return x - widest.ox, x - widest.ox + widest.size[0]


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


@pytest.mark.usefixtures("emoji")
def test_two_animals_stand_apart_by_their_drawn_size(settings: Settings) -> None:
    animals = {"fox": "fox", "lion": "lion"}
    talking = _stage(settings, ["fox", "lion"], "stand", text="The Fox spoke to the Lion.", animals=animals)
    fox, lion = talking.layouts[0].figures
    assert _overlap(_box(fox, 0.0), _box(lion, 0.0)) < 3  # side by side, not one inside the other
    assert fox.facing == (1 if lion.x0 > fox.x0 else -1) and lion.facing == -fox.facing  # face to face
    meeting = _stage(
        settings,
        ["fox", "lion"],
        "walk",
        text="The Fox walked up to the Lion.",
        verb_words=["walked"],
        animals=animals,
    )
    fox, lion = meeting.layouts[0].figures
    assert fox.x0 != fox.x1 and lion.x0 == lion.x1  # the fox walks up, the lion waits
    assert abs(fox.x1 - lion.x1) < abs(fox.x0 - lion.x1)  # towards the lion
    assert fox.facing == (1 if lion.x1 > fox.x1 else -1) and lion.facing == -fox.facing
    for p in (0.0, 0.5, 1.0):  # and stops before it
        assert _overlap(_box(fox, p), _box(lion, p)) < 3
    frame = meeting.frame(3.9, 0)
    lion_box = _box(lion, 1.0)
    covered = (frame != PLATE).any(axis=2).any(axis=0)
    gap = (
        covered[int(lion_box[0]) - 4 : int(lion_box[0])]
        if fox.x1 < lion.x1
        else covered[int(lion_box[1]) : int(lion_box[1]) + 4]
    )
    assert gap.size and not gap.all()  # drawn: some plate shows between them


def test_two_people_meeting_face_each_other_and_walkers_together_do_not(settings: Settings) -> None:
    meet = _stage(settings, ["maria", "tom"], "walk", text="Maria walked up to Tom.", verb_words=["walked"])
    maria, tom = meet.layouts[0].figures
    assert maria.x0 != maria.x1 and tom.x0 == tom.x1
    assert maria.facing == (1 if tom.x1 > maria.x1 else -1) and tom.facing == -maria.facing
    talk = _stage(settings, ["maria", "tom"], "stand", text="Maria said hello to Tom.")
    maria, tom = talk.layouts[0].figures
    left, right = sorted((maria, tom), key=lambda f: f.x0)
    assert left.facing == 1 and right.facing == -1
    assert right.x0 - left.x0 > 0.08 * SIZE[0]  # apart, not overlapping
    together = _stage(
        settings, ["maria", "tom"], "walk", text="Maria and Tom walked to the market.", verb_words=["walked"]
    )
    maria, tom = together.layouts[0].figures
    assert maria.facing == tom.facing and maria.x0 != maria.x1 and tom.x0 != tom.x1
    follow = _stage(settings, ["maria", "tom"], "walk", text="Maria followed Tom.", verb_words=["followed"])
    maria, tom = follow.layouts[0].figures
    assert maria.facing == tom.facing
    assert maria.facing * (tom.x1 - maria.x1) > 0  # the one followed in front


def test_a_shadow_lies_under_one_standing(settings: Settings) -> None:
    standing = _stage(settings, ["maria"], "stand")
    fig = standing.layouts[0].figures[0]
    assert fig.shadow is not None
    with_shadow = standing.frame(1.0, 0).astype(int)
    fig.shadow = None
    without = standing.frame(1.0, 1).astype(int)
    x, feet = int(fig.x0), int(fig.feet)
    darker = (with_shadow - without).sum(axis=2) < -20
    assert darker[feet : feet + 4, x - 10 : x + 10].mean() > 0.3  # darker than the plate just under the feet
    assert darker[feet + 4 : feet + 6, x - 4 : x + 4].any()  # beyond the shoes
    assert not darker[: feet - int(0.2 * SIZE[1])].any() and not darker[feet + int(0.03 * SIZE[1]) :].any()
    assert staged_module._shadow(40, 8) is staged_module._shadow(40, 8)  # made once per size


@pytest.mark.usefixtures("emoji")
def test_no_shadow_under_a_bird_flying_or_up_a_tree(settings: Settings) -> None:
    flying = _stage(settings, ["crow"], "fly", animals={"crow": "crow"})
    frame = flying.frame(1.0, 0)
    bird = flying.layouts[0].figures[0]
    assert bird.shadow is None
    rows = np.nonzero((frame != PLATE).any(axis=2).any(axis=1))[0]
    assert rows.max() < 0.6 * SIZE[1]  # nothing drawn on the ground under it
    tree = Thing(key="tree", words=["tree"], box=(0.1, 0.2, 0.35, 0.85))
    perched = _stage(
        settings,
        ["crow", "fox"],
        "sit",
        text="the crow in the tree",
        animals={"crow": "crow", "fox": "fox"},
        things=[tree],
    )
    crow, fox = perched.layouts[0].figures
    assert crow.aloft and crow.shadow is None
    assert fox.shadow is not None  # the one under the tree has its shadow
    perched.frame(1.0, 0)


@pytest.mark.usefixtures("emoji")
@pytest.mark.parametrize("verb", ["stand", "walk"])
def test_five_of_the_cast_stay_inside_the_frame(settings: Settings, verb: str) -> None:
    people = _stage(settings, ["maria", "tom", "ana", "ben", "eva"], verb)
    animals = {"a": "lion", "b": "bear", "c": "fox", "d": "wolf", "e": "lion"}
    beasts = _stage(settings, list(animals), verb, animals=animals)
    for scene in (people, beasts):
        figures = scene.layouts[0].figures
        assert len(figures) == 5
        for p, t in ((0.0, 0.05), (1.0, 3.95)):
            frame = scene.frame(t, int(p))
            drawn = np.nonzero((frame != PLATE).any(axis=2).any(axis=0))[0]
            assert drawn.min() > 0 and drawn.max() < SIZE[0] - 1  # nobody cut off at a side
            spans = sorted(_span(scene, fig, p) for fig in figures)
            for a, b in zip(spans, spans[1:], strict=False):
                assert _overlap(a, b) < 3  # and nobody inside another


def _span(scene: StagedScene, fig: Figure, p: float) -> tuple[float, float]:
    x = fig.x0 + (fig.x1 - fig.x0) * p
    left, right = scene._extent(fig)
    return x - left, x + right


@pytest.mark.usefixtures("emoji")
def test_a_young_animal_is_drawn_smaller_than_its_mother(settings: Settings) -> None:
    animals = {"nanny": "goat", "kid": "goat"}
    scene = _stage(
        settings,
        ["nanny", "kid"],
        "stand",
        text="The goat spoke to her kid.",
        animals=animals,
        young=frozenset({"kid"}),
    )
    nanny, kid = scene.layouts[0].figures
    assert nanny.animal is not None and kid.animal is not None
    assert kid.animal.size[1] < 0.75 * nanny.animal.size[1]
