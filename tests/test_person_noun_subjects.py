"""A person named by a common noun who is the subject of a finite verb is a character, even acting once
(script/lone_doers.py): an article or demonstrative, describing words, the person noun, then any verb.
Generic subjects, negated deeds, likenesses, predicates, words said in quotes, a passer-by and a
newcomer in the background of others' story are not; a noun for someone already cast is that one."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script


def _cast(text: str, language: str) -> dict[str, tuple[str, str]]:
    board = parse_script(text, filename=f"x.{language}.txt")
    return {c.name.lower(): (c.gender, c.age) for c in board.characters if c.name != "Narrator"}


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("en", "A tired traveller sat by the hearth.", "traveller"),
        ("en", "The poor widow wept.", "widow"),
        ("en", "Then a stranger knocked at the door.", "stranger"),
        ("en", "The farmer put down his spade.", "farmer"),
        ("en", "The weary pilgrim slowly climbed the hill.", "pilgrim"),
        ("en", "Mara swept the yard. The old cobbler mended a shoe.", "old cobbler"),
        ("es", "El pobre mendigo pidió pan.", "mendigo"),
        ("fr", "Le pauvre voyageur frappa à la porte.", "voyageur"),
        ("de", "Der arme Bettler klopfte an die Tür.", "bettler"),
        ("it", "Il povero mendicante bussò alla porta.", "mendicante"),
        ("pt", "O pobre mendigo bateu à porta.", "mendigo"),
    ],
)
def test_a_person_noun_that_acts_once_is_a_character(language: str, text: str, who: str) -> None:
    assert who in _cast(text, language)


@pytest.mark.parametrize(
    ("text", "who", "gender", "age"),
    [
        ("The poor widow wept.", "widow", "female", "elderly"),
        ("An old shepherd counted his sheep.", "old shepherd", "male", "elderly"),
        ("A young nun lit the candles.", "young nun", "female", ""),
    ],
)
def test_its_gender_and_age_come_from_the_noun_and_its_adjectives(text: str, who: str, gender: str, age: str) -> None:
    cast = _cast(text, "en")
    assert who in cast and cast[who][0] == gender, cast
    assert not age or cast[who][1] == age, cast


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A widow often weeps."),  # a habit of any widow
        ("en", "Every sailor knows the sea."),
        ("en", "Jonas was a sailor."),  # what someone is
        ("en", "The sailor did not come."),
        ("en", "Mira ran faster than the postman."),  # a likeness
        ("en", "'The tinker mended our kettle,' said Mira."),  # told of, in words said
        ("en", "Mira waited at the gate. A farmer walked past."),  # a passer-by
        ("en", "Mira sat by the window. A pilgrim knocked. Mira read her book."),  # the background
        ("es", "Cada marinero conoce el mar."),
        ("es", "Un pescador nunca duerme."),
        ("fr", "Chaque marin connaît la mer."),
        ("de", "Jeder Fischer kennt das Meer."),
        ("de", "Der Fischer kam nicht."),
        ("it", "Ogni marinaio conosce il mare."),
        ("pt", "Cada marinheiro conhece o mar."),
    ],
)
def test_no_one_met_is_no_new_character(language: str, text: str) -> None:
    cast = _cast(text, language)
    assert not {"widow", "sailor", "postman", "tinker", "farmer", "pilgrim", "marinero", "pescador", "marin"} & set(
        cast
    ), cast
    assert not {"fischer", "marinaio", "marinheiro"} & set(cast), cast


def test_a_noun_for_one_already_cast_is_that_one() -> None:
    cast = _cast("Tom, a young sailor, walked into the inn. The sailor smiled at the landlady.", "en")
    assert "tom" in cast and not any("sailor" in name for name in cast), cast


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Grandmother Ilse lived in a hut by the wood. This good woman baked bread every day.", "en"),
        ("La abuela Marta vivía junto al bosque. Aquella buena mujer cocía pan cada día.", "es"),
        ("La grand-mère Odile vivait près du bois. Cette bonne femme cuisait du pain chaque jour.", "fr"),
        ("Die Großmutter Ilse wohnte am Wald. Diese gute Frau backte jeden Tag Brot.", "de"),
    ],
)
def test_a_demonstrative_points_back_to_one_met(text: str, language: str) -> None:
    cast = [c.name for c in parse_script(text, filename=f"story.{language}.txt").characters if c.id != "narrator"]
    assert not any(word in name.lower() for name in cast for word in ("woman", "mujer", "femme", "frau")), cast


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Pedro sat by the fire all night. The poor man wept.", "en", "Pedro"),
        ("Odile s'assit près du feu et dit : « J'ai froid. » La pauvre femme pleura.", "fr", "Odile"),
    ],
)
def test_the_bare_word_for_a_person_with_the_is_an_epithet(text: str, language: str, name: str) -> None:
    cast = [c.name for c in parse_script(text, filename=f"story.{language}.txt").characters if c.id != "narrator"]
    assert cast == [name]
