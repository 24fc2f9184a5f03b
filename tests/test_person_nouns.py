"""Person nouns beyond the word lists: an English noun WordNet files under person.n.01 as its first sense
("customer", "heiress", "cobbler"), a diminutive or augmentative of a known person's or animal's word
("nonnina", "abuelita", "velhinha", "garçonnet", "старушка"), an agent noun made by its ending
("извозчик", "lavoratrice"), a Chinese role noun (马夫, 铁匠, 仆人): each is someone when it speaks or
does as someone does. A noun met as a thing first ("page", "fan"), or made as a thing is ("двигатель",
"comedor", "功夫"), is no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.script.mentions import _animals, _people
from filmstudio.script.person_morphology import derived_being
from filmstudio.script.person_nouns import wordnet_person_nouns
from filmstudio.script.persons import describing_words
from filmstudio.storyboard import Character


def _cast(text: str, language: str) -> dict[str, Character]:
    board = parse_script(text, language=language)
    return {c.name.lower(): c for c in board.characters if c.id != "narrator"}


# -- English: WordNet's person nouns ---------------------------------------------------------------------


def test_the_data_holds_person_nouns_with_the_gender_their_tree_says() -> None:
    words = wordnet_person_nouns()
    assert words["customer"] == ("", "")
    assert words["heiress"][0] == "female"
    assert words["monk"][0] == "male"
    assert words["schoolgirl"] == ("female", "child")
    # a word met as a thing first, or a pronoun, is not one
    assert not {"page", "fan", "star", "nobody", "dear"} & words.keys()


@pytest.mark.parametrize(
    ("text", "who", "gender"),
    [
        ("Lena stood behind the counter. A customer walked in and asked for a loaf of rye.", "customer", ""),
        ("The heiress smiled and waved at the gardeners. Then she went inside.", "heiress", "female"),
        ("Omar came in with his boots. The cobbler looked up from his bench and laughed.", "cobbler", ""),
        ('A glazier knocked at the gate. "Is there any work?" the glazier asked.', "glazier", ""),
        ('The citizen shouted at the guard. "Open the gates!" he cried.', "citizen", ""),
        ("The duchess sat down by the fire and wept. Her dogs lay at her feet.", "duchess", "female"),
        ("Omar sold postcards by the pier. A tourist took a photograph and laughed.", "tourist", ""),
    ],
)
def test_an_english_person_noun_that_speaks_or_acts_is_cast(text: str, who: str, gender: str) -> None:
    cast = _cast(text, "en")
    assert who in cast, sorted(cast)
    if gender:
        assert cast[who].gender == gender


@pytest.mark.parametrize(
    "text",
    [
        "Lena turned the page and smiled. The page tore along the fold and fell. Lena laughed.",
        "Omar switched on the fan. The fan whirred and spun all night. Omar slept.",
        "Omar opened the door. The master bedroom smelled of roses and looked empty. Omar sighed.",
        "Lena took the guide book and read it. The guide book fell and opened. Lena laughed.",
        "Omar ran as fast as Rover along the beach. Omar reached the pier. Omar rested.",
    ],
)
def test_a_word_met_as_a_thing_or_a_name_is_no_one(text: str) -> None:
    cast = _cast(text, "en")
    assert set(cast) <= {"lena", "omar"}, sorted(cast)


# -- diminutives and augmentatives of a known word ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "who", "gender", "age"),
    [
        ("it", "La nonnina sorrise e prese il libro dallo scaffale. Poi lesse.", "nonnina", "female", "elderly"),
        ("it", "Il contadinello prese il secchio e andò al pozzo. Tornò tardi.", "contadinello", "male", ""),
        ("es", "La abuelita se sentó junto al fuego y contó una historia.", "abuelita", "female", "elderly"),
        ("es", "El hombrecito saltó sobre la silla y gritó de alegría.", "hombrecito", "male", ""),
        ("pt", "A velhinha sorriu e disse: — Entre, menino.", "velhinha", "female", "elderly"),
        ("pt", "O menininho correu até a porta e riu.", "menininho", "male", "child"),
        ("fr", "Le garçonnet prit la pomme et sourit à sa mère.", "garçonnet", "male", "child"),
        ("ru", "Старушка взяла корзину и сказала: «Пойдём домой».", "старушка", "female", "elderly"),
        ("ru", "Старичок сел на лавку и засмеялся.", "старичок", "male", "elderly"),
    ],
)
def test_a_little_or_big_one_of_a_known_person_is_cast(
    language: str, text: str, who: str, gender: str, age: str
) -> None:
    cast = _cast(text, language)
    assert who in cast, sorted(cast)
    assert cast[who].gender == gender
    if age:
        assert cast[who].age == age


@pytest.mark.parametrize(
    ("language", "word", "kind", "gender"),
    [
        ("de", "Bäuerlein", "person", "male"),
        ("de", "Mütterchen", "person", "female"),
        ("it", "ragazzine", "person", "female"),
        ("fr", "fillette", "person", "female"),
        ("ru", "волчище", "animal", ""),
        ("pt", "cãozinho", "animal", ""),
    ],
)
def test_a_word_is_read_as_made_from_a_known_one(language: str, word: str, kind: str, gender: str) -> None:
    made = derived_being(word, language, _people(language), _animals(language), describing_words(language))
    assert made is not None and made[0] == kind and made[1][0] == gender


@pytest.mark.parametrize(
    ("language", "text", "who", "animal"),
    [
        ("it", "Il lupetto guardò la luna e disse: «Ho fame.»", "lupetto", "wolf"),
        ("pt", "O cãozinho olhou para o prato e disse: — Quero um osso.", "cãozinho", "dog"),
        ("ru", "Котище прыгнул на стол и замяукал. Котище уснул на подушке.", "котище", "cat"),
    ],
)
def test_a_diminutive_of_a_known_animal_is_that_animal(language: str, text: str, who: str, animal: str) -> None:
    cast = _cast(text, language)
    assert who in cast, sorted(cast)
    assert cast[who].animal == animal
    assert cast[who].age == "child" or language == "ru"  # a little one; "котище" is a big one


# -- agent nouns by their ending ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "who", "gender"),
    [
        ("ru", "Извозчик остановил сани и сказал: «Приехали».", "извозчик", "male"),
        ("ru", "Охотник взял ружьё и засмеялся. Собака залаяла.", "охотник", "male"),
        ("it", "La lavoratrice entrò e salutò tutti con un sorriso.", "lavoratrice", "female"),
    ],
)
def test_an_agent_noun_that_acts_is_cast(language: str, text: str, who: str, gender: str) -> None:
    cast = _cast(text, language)
    assert who in cast, sorted(cast)
    assert cast[who].gender == gender


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("zh", "马夫停下马，说：“到了。”", "马夫"),
        ("zh", "铁匠放下锤子，说：“明天再来吧。”", "铁匠"),
        ("zh", "仆人端来茶，说：“请喝茶。”", "仆人"),
        ("zh", "民警走过来，说：“你们在这里做什么？”", "民警"),
    ],
)
def test_a_chinese_role_noun_that_speaks_is_cast(language: str, text: str, who: str) -> None:
    assert who in _cast(text, language)


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("ru", "Анна включила двигатель. Двигатель загудел и заработал. Анна улыбнулась.", {"анна"}),
        ("ru", "Маша открыла учебник. Учебник упал и раскрылся. Маша вздохнула.", {"маша"}),
        ("es", "Pedro entró en el comedor. El comedor estaba vacío y oscuro. Pedro se sentó.", {"pedro"}),
        ("it", "Luca guardò il trattore. Il trattore si mosse e girò. Luca rise.", {"luca"}),
        ("fr", "Marie ouvrit la maisonnette. La maisonnette craqua et trembla. Marie rit.", {"marie"}),
        ("zh", "他下了很大功夫，功夫终于有了回报。他笑了。", set()),
        ("zh", "小明打电话报警，报警以后警察来了。", {"小明", "警察"}),
    ],
)
def test_a_thing_made_as_an_agent_or_a_little_one_is_no_one(language: str, text: str, names: set[str]) -> None:
    cast = _cast(text, language)
    assert set(cast) <= names, sorted(cast)
