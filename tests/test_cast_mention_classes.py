"""Who is in the story, by classes of mention: a group brought in by a relative clause acts through it; a
possessive brings a group in; a newcomer that does something to someone is met; a word for a person in
apposition before a name, a role used as a word of address or as a title, a role with a describing word
are the one person; a thing that laughs or weeps is someone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Storyboard


def _read(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt")


def _cast(text: str, language: str) -> dict[str, object]:
    return {c.id: c for c in _read(text, language).characters if c.id != "narrator"}


# -- 1. a group that acts in its relative clause ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        (
            "en",
            "Lena sat alone on the hill. Some shepherds, who came down the path, gave her bread. Lena thanked them.",
            "shepherds",
        ),
        (
            "fr",
            "Marie se perdit. Quelques pêcheurs qui étaient sur la plage l'entendirent. Marie rentra chez elle.",
            "pêcheurs",
        ),
        (
            "es",
            "Pedro caminaba por el monte. Unos pastores, que cantaban, le dieron pan. Pedro les dio las gracias.",
            "pastores",
        ),
        ("de", "Hans ging in den Wald. Einige Jäger, die dort jagten, fanden ihn. Hans dankte ihnen.", "jäger"),
        ("it", "Luca si perse nel bosco. Alcuni pastori, che cantavano, lo trovarono. Luca li ringraziò.", "pastori"),
    ],
)
def test_a_group_brought_in_by_a_relative_clause_is_cast_as_a_crowd(language: str, text: str, group: str) -> None:
    cast = _cast(text, language)
    assert group in cast, sorted(cast)
    assert cast[group].crowd is not None  # type: ignore[attr-defined]


def test_birds_in_a_relative_clause_that_go_to_someone_are_cast() -> None:
    text = "Tom sat on the wall and sulked. Then some kind pigeons, who flew down to him, brought him seeds. Tom thanked them."
    cast = _cast(text, "en")
    assert "pigeons" in cast and cast["pigeons"].crowd == "animals"  # type: ignore[attr-defined]


def test_an_object_group_that_acts_in_its_relative_clause_is_cast() -> None:
    cast = _cast("Paul marchait seul. Il rencontra des bergers qui chantaient. Paul chanta avec eux.", "fr")
    assert "bergers" in cast


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Tom fed the hens, which clucked. Tom went home."),  # animals that meet no one
        ("de", "Hans sah die Jäger, die er kannte. Hans ging nach Hause."),  # the clause's subject is "er"
        ("en", "Tom walked to the hill. He saw some shepherds. Tom waved."),  # only seen
    ],
)
def test_a_relative_clause_of_someone_else_casts_no_group(language: str, text: str) -> None:
    cast = _cast(text, language)
    assert all(getattr(c, "crowd", None) is None for c in cast.values()), sorted(cast)


# -- 2. compounds and possessives -------------------------------------------------------------------------


def test_a_possessive_brings_a_group_of_people_in() -> None:
    en = _cast("The old king sat in his hall. The king's daughters danced all night. The king slept.", "en")
    assert "daughters" in en and en["daughters"].gender == "female"  # type: ignore[attr-defined]
    de = _cast(
        "Der Vater ritt durch den Nebel. Der Zwergkönig rief ihn. Der Zwergkönig lachte. "
        "Zwergkönigs Töchter tanzten am Ufer. Der Vater ritt weiter.",
        "de",
    )
    assert "zwergkönig" in de and de["zwergkönig"].gender == "male"  # type: ignore[attr-defined]
    assert "töchter" in de and de["töchter"].crowd == "women"  # type: ignore[attr-defined]


def test_a_possessive_of_a_thing_brings_no_group() -> None:
    cast = _cast("Tom opened the door. The children's toys lay on the floor. Tom smiled.", "en")
    assert sorted(cast) == ["tom"]


@pytest.mark.parametrize(
    ("language", "text", "thing"),
    [
        (
            "fr",
            "Il y avait un morceau de bois. Le menuisier prit le morceau de bois. Le morceau de bois riait.",
            "morceau_de_bois",
        ),
        (
            "it",
            "La nonna prese un manico di scopa. Il manico di scopa piangeva forte. La nonna ebbe paura.",
            "manico_di_scopa",
        ),
        (
            "es",
            "El carpintero tomó un trozo de madera. El trozo de madera lloraba. El carpintero tuvo miedo.",
            "trozo_de_madera",
        ),
        (
            "en",
            "Anna found an old doll in the attic. She put the doll on her bed. At night the doll laughed. Anna woke.",
            "doll",
        ),
    ],
)
def test_a_thing_that_laughs_or_weeps_is_cast(language: str, text: str, thing: str) -> None:
    assert thing in _cast(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "C'era un manico di scopa. La nonna prese il manico di scopa. Il manico di scopa era duro."),
        ("en", "Tom put the kettle on the stove. The kettle sang. Tom drank his tea."),
    ],
)
def test_a_thing_only_named_is_no_one(language: str, text: str) -> None:
    cast = _cast(text, language)
    assert not any(k.startswith(("manico", "kettle")) for k in cast), sorted(cast)


# -- 3. a newcomer met as an object, or brought in as a subject ---------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("de", "Der König saß im Saal. Er rief einen Sklaven. Der Sklave brachte ihm Wein. Der König trank.", "sklave"),
        ("de", "Der König saß im Saal. Ein Sklave brachte ihm Wein. Der König trank.", "sklave"),
        ("en", "The king sat in his hall. He saw a servant, who brought him water. The king drank.", "servant"),
        ("es", "El rey estaba en la sala. Un criado le trajo vino. El rey bebió.", "criado"),
    ],
)
def test_a_newcomer_who_acts_is_cast(language: str, text: str, who: str) -> None:
    assert who in _cast(text, language)


def test_a_newcomer_who_acts_alone_in_the_background_is_not() -> None:
    assert sorted(_cast("Sofia sits by the window. A baby cries two rows back. Sofia reads.", "en")) == ["sofia"]


# -- 4. words that are someone already cast ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name", "word"),
    [
        (
            "en",
            "Old Walter lived on a farm with his son, Matthew. Matthew milked the cows. The son laughed. Walter slept.",
            "matthew",
            "son",
        ),
        (
            "es",
            "Don Pedro vivía con su hija, Rosa. Rosa cantaba en el patio. La hija reía. Don Pedro dormía.",
            "rosa",
            "hija",
        ),
        (
            "de",
            "Der alte Bauer lebte mit seinem Sohn, Jakob. Jakob melkte die Kühe. Der Sohn lachte. Der Bauer schlief.",
            "jakob",
            "sohn",
        ),
    ],
)
def test_a_kin_word_in_apposition_before_a_name_is_that_one(language: str, text: str, name: str, word: str) -> None:
    cast = _cast(text, language)
    assert name in cast and word not in cast, sorted(cast)


def test_a_role_used_to_call_on_a_titled_name_is_that_one() -> None:
    text = (
        'Tom was ill in bed. Doctor Brown came in and sat by him. "Doctor, will I live?" asked Tom. '
        '"Yes," said Doctor Brown. "Doctor, thank you," said Tom.'
    )
    cast = _cast(text, "en")
    assert sorted(cast) == ["brown", "tom"]


def test_a_role_alone_with_no_titled_name_stays_itself() -> None:
    cast = _cast('The doctor came in. "Will I live?" asked Tom. "Yes," said the doctor. Tom slept.', "en")
    assert sorted(cast) == ["doctor", "tom"]


def test_a_role_with_a_describing_word_is_the_role_already_cast() -> None:
    text = (
        "El Corregidor llegó al molino. El viejo Corregidor se sentó. El Corregidor habló con Frasquita. Frasquita rió."
    )
    cast = _cast(text, "es")
    assert "corregidor" in cast and "viejo_corregidor" not in cast
    assert cast["corregidor"].age == "elderly"  # type: ignore[attr-defined]


def test_a_dog_named_once_in_a_comparison_is_no_one() -> None:
    cast = _cast("Tom ran across the field, as fast as Rover. Tom reached the barn. Tom rested.", "en")
    assert sorted(cast) == ["tom"]


def test_a_first_person_pronoun_opening_sentences_is_no_name() -> None:
    cast = _cast("Ich ging in den Wald. Ich sah die Bäume. Ich war allein.", "de")
    # the "I" who acts is the tale's teller (script/teller.py, tests/test_first_person_teller.py), no
    # one named "Ich"
    assert all("teller" in c.description for c in cast.values())  # type: ignore[attr-defined]
