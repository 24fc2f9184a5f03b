"""Drawn people read as who they are, checked on the rig's pixels: facial hair only on a grown man (never
on a woman or a child, whatever look or seed), and a child's short hair reads as hair over the crown, not
as a bald head."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.looks import HAIR_CONTRAST, choose_look
from filmstudio.animation.palette import rgb
from filmstudio.animation.rig import build_rig
from filmstudio.animation.sprite import blit
from filmstudio.storyboard import Character

UNIT = 80  # face height in pixels
SEEDS = range(12)


def _head(character: Character) -> tuple[np.ndarray, tuple[float, float], np.ndarray, np.ndarray]:
    """The rig's head on a blank canvas, where its face centre is, and its hair and skin colours."""
    rig = build_rig(character, UNIT)
    canvas = np.zeros((3 * UNIT, 3 * UNIT, 3), np.uint8)
    centre = (1.5 * UNIT, 1.2 * UNIT)
    blit(canvas, rig.head, *centre)
    return canvas, centre, np.array(rgb(rig.look.hair_color), float), np.array(rgb(rig.look.skin), float)


def _share_like(canvas: np.ndarray, centre: tuple[float, float], box: tuple[float, ...], colour: np.ndarray) -> float:
    """The share of the pixels in `box` (head units from the face centre: x0, y0, x1, y1) near `colour`."""
    x0, y0, x1, y1 = (int(round(c + v * UNIT)) for c, v in zip(centre * 2, box, strict=True))
    patch = canvas[y0:y1, x0:x1].reshape(-1, 3).astype(float)
    return float(np.mean(np.linalg.norm(patch - colour, axis=1) < 30))


CHIN = (-0.12, 0.4, 0.12, 0.5)  # under the mouth, where a beard covers the chin


def _bearded(character: Character) -> Character:
    """The character with a look that asks for a beard and presents as a man (an edited or voiced look)."""
    look = choose_look(character, setting="farm", seed=0, taken=set())
    return character.model_copy(update={"look": look.model_copy(update={"beard": True, "presents": "male"})})


def test_a_grown_man_asked_for_a_beard_has_one() -> None:  # the check below can see a beard
    man = _bearded(Character(id="farmer", name="Farmer", gender="male", age="middle_aged"))
    canvas, centre, hair, _ = _head(man)
    assert _share_like(canvas, centre, CHIN, hair) > 0.6


@pytest.mark.parametrize(
    ("name", "gender", "age"),
    [
        ("Wife", "female", "middle_aged"),
        ("Mother", "female", "young_adult"),
        ("Queen", "female", "elderly"),
        ("Girl", "female", "child"),
        ("Queen", "neutral", "elderly"),  # read as neither, voiced by a man: the word still says a woman
        ("Wife", "neutral", "middle_aged"),
        ("Son", "male", "child"),
        ("Tom", "neutral", "child"),
    ],
)
def test_no_facial_hair_on_a_woman_or_a_child(name: str, gender: str, age: str) -> None:
    for seed in SEEDS:
        character = Character(id=f"{name.lower()}{seed}", name=name, gender=gender, age=age)
        look = choose_look(character, setting="farm", seed=seed, taken=set())
        for asked in (look, _bearded(character).look):
            assert asked is not None
            canvas, centre, hair, skin = _head(character.model_copy(update={"look": asked}))
            assert _share_like(canvas, centre, CHIN, hair) < 0.05, (name, gender, age, seed)
            assert _share_like(canvas, centre, CHIN, skin) > 0.6


@pytest.mark.parametrize("gender", ["male", "female"])
def test_a_childs_hair_covers_the_crown_apart_from_the_skin(gender: str) -> None:
    for seed in range(30):
        child = Character(id=f"kid{seed}", name="Kid", gender=gender, age="child")
        child.look = choose_look(child, setting="farm", seed=seed, taken=set())
        canvas, centre, hair, skin = _head(child)
        assert np.linalg.norm(hair - skin) >= HAIR_CONTRAST, (seed, child.look.hair_color, child.look.skin)
        crown = (-0.2, -0.45, 0.2, -0.32)  # above the hairline
        forehead = (-0.06, -0.09, 0.06, -0.05)  # below it, above the eyes
        assert _share_like(canvas, centre, crown, hair) > 0.9, (seed, child.look.hair_style)
        assert _share_like(canvas, centre, forehead, skin) > 0.9, (seed, child.look.hair_style)


def test_edited_hair_the_colour_of_the_skin_is_drawn_apart() -> None:
    boy = Character(id="boy", name="Boy", gender="male", age="child")
    look = choose_look(boy, setting="farm", seed=1, taken=set())
    boy.look = look.model_copy(update={"hair_style": "crop", "skin": "#c68642", "hair_color": "#b5813f"})
    canvas, centre, hair, skin = _head(boy)
    assert np.linalg.norm(hair - skin) >= HAIR_CONTRAST
    assert _share_like(canvas, centre, (-0.2, -0.45, 0.2, -0.32), hair) > 0.9


def test_no_child_of_a_crowd_has_grey_hair() -> None:
    # a crowd's people are picked from their own colours, silver among them: a child's look never keeps it
    from filmstudio.animation.looks import for_age
    from filmstudio.animation.staged import crowd_character

    for k in range(40):
        child = crowd_character("children", k, seed=3)
        look = for_age(child.look, child.age)  # type: ignore[arg-type]
        r, g, b = (int(look.hair_color[i : i + 2], 16) for i in (1, 3, 5))
        assert not (max(r, g, b) - min(r, g, b) < 24 and min(r, g, b) > 120), (k, look.hair_color)
