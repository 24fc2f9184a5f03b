"""A character whose title is royal wears a crown (a circlet for a prince or princess) and a robe of deep
red or purple; someone who only shares a word with a title (a surname, a street, an inn, a drama queen)
does not. Checked on the chosen look and on the rig's head sprite as drawn."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.looks import choose_look
from filmstudio.animation.rig import build_rig
from filmstudio.animation.royal import ROYAL_COLORS
from filmstudio.storyboard import Character


def _look(name: str, language: str = "en", gender: str = "neutral", age: str = "middle_aged"):
    character = Character(id="c1", name=name, language=language, gender=gender, age=age)  # type: ignore[arg-type]
    return choose_look(character, setting="living_room", seed=7, taken=set())


@pytest.mark.parametrize(
    ("name", "language", "kind"),
    [
        ("King", "en", "crown"),
        ("Old queen", "en", "crown"),
        ("Queen Adelind", "en", "crown"),
        ("Sultan", "en", "crown"),
        ("Prince Tobrin", "en", "circlet"),
        ("Princess", "en", "circlet"),
        ("Roi", "fr", "crown"),
        ("La reine", "fr", "crown"),
        ("Princesse", "fr", "circlet"),
        ("König", "de", "crown"),
        ("Königin", "de", "crown"),
        ("Froschkönig", "de", "crown"),
        ("Prinzessin", "de", "circlet"),
        ("राजा", "hi", "crown"),
        ("राजा वीरसेन", "hi", "crown"),
        ("रानी", "hi", "crown"),
        ("राजकुमारी", "hi", "circlet"),
        ("王様", "ja", "crown"),
        ("お姫様", "ja", "circlet"),
        ("王子", "ja", "circlet"),
        ("царь", "ru", "crown"),
        ("Rey", "es", "crown"),
    ],
)
def test_a_royal_title_wears_a_crown(name: str, language: str, kind: str) -> None:
    look = _look(name, language)
    assert look.headwear == kind
    assert look.attire_color in ROYAL_COLORS


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Mr King", "en"),
        ("King Street", "en"),
        ("King's Arms", "en"),
        ("Drama queen", "en"),
        ("Kingsley", "en"),
        ("Herr König", "de"),
        ("Baker", "en"),
        ("老王", "zh"),
        ("Boulanger", "fr"),
    ],
)
def test_sharing_a_word_with_a_title_is_no_crown(name: str, language: str) -> None:
    look = _look(name, language)
    assert look.headwear == ""
    assert look.attire_color not in ROYAL_COLORS


def _gold_above_hair(name: str, language: str = "en") -> tuple[int, int]:
    """Gold pixels in the rig's head sprite above the top of the hair, and the count of hair pixels."""
    character = Character(id="c1", name=name, language=language, age="middle_aged")
    character.look = _look(name, language).model_copy(update={"hair_style": "short", "hair_color": "#2b1d14"})
    rig = build_rig(character, 80)
    img = rig.head.rgb.astype(int)
    r, g, b = img[..., 0], img[..., 1], img[..., 2]
    a = np.where(rig.head.core > 0, 255, 0)
    hair = (a > 200) & (abs(r - 0x2B) < 12) & (abs(g - 0x1D) < 12) & (abs(b - 0x14) < 12)
    rows = np.nonzero(hair.any(axis=1))[0]
    hair_top = int(rows.min())
    gold = (a > 200) & (r > 180) & (g > 140) & (b < 120) & (r - b > 90)
    return int(gold[:hair_top].sum()), int(hair.sum())


def test_the_crown_is_drawn_above_the_hair() -> None:
    gold, hair = _gold_above_hair("King")
    assert hair > 0
    assert gold > 30
    circlet, _ = _gold_above_hair("Prinzessin", "de")
    assert 0 < circlet < gold  # a smaller circlet for a ruler's child


@pytest.mark.parametrize(("name", "language"), [("Mr King", "en"), ("Bäcker", "de"), ("Tom", "en")])
def test_a_commoner_wears_no_gold(name: str, language: str) -> None:
    gold, hair = _gold_above_hair(name, language)
    assert hair > 0
    assert gold == 0
