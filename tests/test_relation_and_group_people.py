"""People a reader counts though the story names them by a relation ("her landlord", "sa cousine"), as one
of a group ("one of the sailors", "l'une d'elles"), as a titled plural ("los duques de X y de Y") or by
a trade or a diminutive made by its ending ("lo stagnaio", "o velhinho"). Invented sentences."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Character


def _cast(text: str) -> dict[str, Character]:
    board = parse_script(text, filename="story.txt")
    return {c.name.lower(): c for c in board.characters if c.id != "narrator"}


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        (
            "Mary sat by the fire. Her landlord knocked at the door and asked for the rent. Mary paid.",
            "landlord",
            "male",
        ),
        ("Marie était dans la cuisine. Sa cousine arriva avec un panier et sourit. Marie chanta.", "cousine", "female"),
        ("Hans saß am Tisch. Sein Schwager lachte laut und trank Bier. Hans schwieg.", "schwager", "male"),
        ("Marco lavorava nella bottega. Il suo padrone entrò e gridò forte. Marco tremava.", "padrone", "male"),
    ],
)
def test_someones_relative_or_master_who_acts_is_cast(text: str, name: str, gender: str) -> None:
    cast = _cast(text)
    assert name in cast, cast.keys()
    assert cast[name].gender == gender


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        (
            "The ship left at dawn. Hull stood on deck. One of the sailors said nothing and sat.",
            "one of the sailors",
            "",
        ),
        ("Los bandidos llegaron al pueblo. Uno de ellos gritó y rompió la puerta.", "uno de ellos", "male"),
        ("Les filles entrèrent dans la salle. L'une d'elles répondit au maître.", "l'une d'elles", "female"),
        ("Die Jäger kamen aus dem Wald. Einer der Jäger rief laut.", "einer der jäger", "male"),
        ("Le ragazze ballavano nel prato. Una di loro cantò una canzone.", "una di loro", "female"),
        ("Os homens chegaram à praia. Um deles riu e saiu.", "um deles", "male"),
        ("Девушки пришли к реке. Одна из них засмеялась.", "одна из них", "female"),
        ('"Run!" shouted one of the soldiers.', "one of the soldiers", ""),
    ],
)
def test_one_of_a_group_who_acts_alone_is_a_character(text: str, name: str, gender: str) -> None:
    cast = _cast(text)
    assert name in cast, cast.keys()
    if gender:
        assert cast[name].gender == gender


def test_one_of_a_group_of_women_takes_their_gender() -> None:
    cast = _cast("The women sat by the well. One of the old women laughed and stood up.")
    assert cast["one of the old women"].gender == "female"


def test_one_of_them_that_a_thing_may_be_is_no_one() -> None:
    cast = _cast("Apples hung on the tree. One of them fell to the ground. Tom ate it.")
    assert not any(name.startswith("one of") for name in cast)


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("El rey dio un banquete. Los duques de Lara y de Castro llegaron tarde. El rey se enfadó.", "duques", "male"),
        ("The dukes of York and Kent rode into the town. The bells rang.", "dukes", "male"),
    ],
)
def test_a_titled_plural_with_its_houses_acts_as_one_group(text: str, name: str, gender: str) -> None:
    cast = _cast(text)
    assert name in cast, cast.keys()
    assert cast[name].crowd is not None
    assert cast[name].gender == gender


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Anna entrò nel negozio. Lo stagnaio alzò gli occhi e sorrise. Anna comprò una pentola.", "stagnaio", "male"),
        (
            "Anna entrò nel negozio. La cappellaia alzò gli occhi e sorrise. Anna comprò un cappello.",
            "cappellaia",
            "female",
        ),
        ("Pietro aspettava alla fontana. Il vecchio pescator sorrise e parlò piano.", "vecchio pescator", "male"),
        ("Maria morava na aldeia. O velhinho bateu à porta e sorriu. Maria deu-lhe pão.", "velhinho", "male"),
    ],
)
def test_a_trade_or_diminutive_made_by_its_ending_is_a_character(text: str, name: str, gender: str) -> None:
    cast = _cast(text)
    assert name in cast, cast.keys()
    assert cast[name].gender == gender


@pytest.mark.parametrize(
    "text",
    [
        "Pedro levantó la mano. Su brazo tembló y cayó. Pedro lloró.",
        "Mary thought of her father. Her father had gone to the city long ago. Mary sighed.",
        "Marie leva la main et sourit. Sa voix trembla et se brisa. Elle s'assit.",
        "Tom liked sailors and soldiers. He read books about them every night.",
    ],
)
def test_a_body_part_a_relative_only_mentioned_or_a_plural_only_named_is_no_one(text: str) -> None:
    cast = _cast(text)
    assert set(cast) <= {"pedro", "mary", "marie", "tom"}, cast.keys()


def test_a_stranger_who_acts_is_one_person_not_a_plural_of_strange() -> None:
    cast = _cast("Anna opened the shop. A stranger knocked and asked for water. Anna gave him a cup.")
    assert "stranger" in cast, cast.keys()


def test_the_mans_word_of_a_pair_makes_a_man() -> None:
    cast = _cast("Anne vivait seule au village. Alors son voisin entra dans la maison et cria. Anne rit.")
    assert cast["voisin"].gender == "male"


def test_one_of_a_herd_is_drawn_as_its_animal() -> None:
    cast = _cast("The soldiers marched along the road. One of the horses neighed and kicked.")
    assert cast["one of the horses"].animal == "horse"
