"""A word is read as a place or a thing only where it is that noun, not another word that begins or ends
with the same letters: a verb's form, another noun, a postposition, a longer word. Invented sentences."""

from __future__ import annotations

import pytest

from filmstudio.script import vocabulary


def _things(text: str, language: str) -> set[str]:
    return {m.key for m in vocabulary.things(language).find(text)}


def _places(text: str, language: str) -> set[str]:
    return {m.key for m in vocabulary.places(language).find(text)}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Der Bauer pflügte sein Feld.", "cave"),  # a farmer, no Bau
        ("Die Taucher bergen das alte Wrack.", "mountains"),  # a verb, written as one
    ],
)
def test_a_german_form_of_another_word_names_no_place(text: str, place: str) -> None:
    assert place not in _places(text, "de")


def test_german_plurals_and_cases_of_the_place_itself_still_name_it() -> None:
    assert "mountains" in _places("Die Hirten zogen durch die grünen Täler.", "de")
    assert "mountains" in _places("Sie wohnten hoch oben in den Bergen.", "de")
    assert "palace" in _places("Die Schlösser des Königs lagen am Fluss.", "de")
    assert "cave" in _places("Der Fuchs verschwand in seinem Bau.", "de")


def test_an_owned_farmstead_or_town_mansion_is_a_home() -> None:
    assert "living_room" in _places("Der Bauer kehrte müde auf seinen Hof zurück.", "de")
    assert "living_room" in _places("Er kehrte spät in sein Gehöft zurück.", "de")


def test_a_russian_verbs_past_is_no_thing() -> None:
    assert "soap" not in _things("Котёнок долго мыл лапы у печки.", "ru")
    # after a word of measure it is the soap's form
    assert "soap" in _things("Бабушка дала ему кусок мыла.", "ru")


def test_a_short_tamil_noun_takes_only_its_own_endings() -> None:
    assert "deer" in _things("காட்டில் ஒரு மான் ஓடியது.", "ta")
    assert "deer" in _things("வேடன் மானைக் கண்டான்.", "ta")


def test_a_tamil_postposition_is_no_thing() -> None:
    assert "pushpin" not in _things("உணவுக்குப் பின் அவள் தூங்கினாள்.", "ta")


@pytest.mark.parametrize(
    "text, thing",
    [
        ("शेरू दरवाज़े पर भौंकता रहा।", "lion"),  # a dog's name: no शेर
    ],
)
def test_a_hindi_word_that_only_shares_a_stem_is_no_thing(text: str, thing: str) -> None:
    assert thing not in _things(text, "hi")


def test_hindi_nouns_keep_their_own_forms() -> None:
    assert "lion" in _things("जंगल में एक शेर दहाड़ा।", "hi")
    assert "lion" in _things("शेरों का झुंड नदी पर आया।", "hi")
