"""Grown women and girls read as women and girls in a wide shot, checked on the drawn figure's pixels at the
size a wide shot draws people: a skirt under whatever they wear (hair is a few pixels there), with long hair,
a braid or a bun; whatever the seed, the culture, the age or the place they first appear in. A man drawn the
same way wears trousers."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation import body
from filmstudio.animation.looks import choose_look
from filmstudio.animation.palette import rgb
from filmstudio.animation.rig import build_rig
from filmstudio.storyboard import Character, Look

UNIT = 14  # face height in pixels: a figure about a sixth of a 720p frame, as a wide shot draws people
SEEDS = range(16)
PLACES = ("forest", "village", "office", "city", "kitchen")


def _skirt(character: Character) -> int:
    """How many pixels of the standing figure's clothes show below its hips, where trousers are drawn darker
    and bare legs in skin: a skirt."""
    rig = build_rig(character, UNIT)
    frame = np.zeros((20 * UNIT, 12 * UNIT, 3), np.uint8)
    feet = 19 * UNIT
    joints = body.draw_figure(frame, rig, 6 * UNIT, feet, body.limbs_at("stand", 0.0))
    cloth = np.array(rgb(rig.look.attire_color), float)
    below = frame[int(joints.hips[1]) + UNIT // 2 : feet].astype(float)
    return int(np.sum(np.linalg.norm(below - cloth, axis=2) < 24))


def _reads_female(character: Character) -> bool:
    """A skirt a viewer sees at a wide shot's size, and hair past the chin or gathered in a bun."""
    style = build_rig(character, UNIT).look.hair_style
    return _skirt(character) >= 40 and style in ("long", "braid", "bun")


@pytest.mark.parametrize("age", ["young_adult", "middle_aged", "elderly", "child"])
@pytest.mark.parametrize("language", ["en", "hi", "ja"])
def test_a_woman_or_a_girl_reads_as_one_in_a_wide_shot_whatever_the_seed(age: str, language: str) -> None:
    for seed in SEEDS:
        for place in PLACES:
            woman = Character(id=f"w{seed}", name="Lena", gender="female", age=age, language=language)
            woman.look = choose_look(woman, setting=place, seed=seed, taken=set())
            assert _reads_female(woman), (age, language, seed, place, woman.look.hair_style, woman.look.attire)


def test_a_woman_whose_look_was_edited_short_still_has_long_hair() -> None:
    woman = Character(id="ana", name="Ana", gender="female", age="middle_aged")
    look = choose_look(woman, setting="office", seed=3, taken=set())
    woman.look = look.model_copy(update={"hair_style": "crop", "attire": "jacket"})
    assert _reads_female(woman)


def test_a_woman_drawn_from_a_look_that_says_no_gender_still_reads_as_one() -> None:
    woman = Character(id="ana", name="Ana", gender="female", age="young_adult")
    woman.look = Look(hair_style="crop", attire="shirt")  # presents "neutral": a look brought in
    assert _reads_female(woman)


@pytest.mark.parametrize("age", ["young_adult", "elderly", "child"])
def test_a_man_or_a_boy_wears_trousers(age: str) -> None:  # the check can tell them apart
    for seed in range(6):
        man = Character(id=f"m{seed}", name="Tom", gender="male", age=age)
        man.look = choose_look(man, setting="forest", seed=seed, taken=set())
        assert _skirt(man) == 0, (age, seed, man.look.attire)
