"""Gender and age that the grammar gives a character, each in our own sentences:

1. a past tense (Russian, Ukrainian) or a predicate adjective or participle (Spanish, Italian, Portuguese,
   French) agrees with its named subject, and that beats how the name ends: "Никита пошёл", "Andrea era
   stanco", "Dominique était fatiguée"; a plural verb makes a group (male or mixed, as Russian's "ребята
   пошли"), never a woman by the name's "-а";
2. a pronoun that stands for the name: Ukrainian "він" and "вона", German's declined "seinen", a "sie" before an article ("fand sie
   einen Pilz"), an English "her" that owns a noun after a preposition ("with her little daughter");
3. a name's ending is read only in the alphabet it is written in: the Narrator of a Russian film is no man
   for its consonant;
4. a role noun made by a language's feminine diminutive (Hindi बूढ़ा -> बुढ़िया) is an old woman;
5. an age word before an owner ("an old man's son", "the old baker's apprentice") is the owner's, and a
   person before a verb, a preposition or a conjunction is a neighbour ("The old fisherman waved to Lena",
   "Junto al viejo pescador estaba Marta"), whose age and gender are not the name's, nor is the possessive
   of one who acts on the name ("waved to Lena from his boat");
6. what speakers say of themselves agrees too ("я устала", "estoy cansado", "je suis fatigué"), and beats
   a guess from their names ("Петя", "Andrea", "Camille")."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.script.agreement import past_tense_gender, predicate_gender
from filmstudio.script.people import infer_traits


def _people(text: str, language: str) -> dict[str, tuple[str, str]]:
    board = parse_script(text, filename=f"story.{language}.txt")
    return {c.name.lower(): (c.gender, c.age) for c in board.characters if c.id != "narrator"}


# (story, language, character, gender)
AGREEMENT = [
    (
        "Жил-был в деревне Никита. Утром Никита пошёл в лес за дровами. Там Никита нашёл большой гриб.\n\n"
        "Вечером Никита вернулся домой и сварил суп.",
        "ru",
        "никита",
        "male",
    ),
    (
        "У самой реки жил Микола. Одного ранку Микола пішов до міста продавати рибу. Там Микола купив хліба.\n\n"
        "Увечері Микола повернувся додому і сказав, що втомився.",
        "uk",
        "микола",
        "male",
    ),
    (
        "Микола живе біля великої річки. Щоранку він ловить рибу і продає її на базарі.\n\n"
        "Увечері Микола відпочиває, а потім він співає пісні.",
        "uk",
        "микола",
        "male",
    ),
    (
        "Andrea llegó tarde a la estación del pueblo. Andrea estaba cansado y hambriento después del viaje.\n\n"
        "Por la noche Andrea comió pan con queso en la cocina.",
        "es",
        "andrea",
        "male",
    ),
    (
        "Andrea arrivò tardi alla stazione del paese. Andrea era stanco dopo il lungo viaggio in treno.\n\n"
        "La sera Andrea mangiò il pane con il formaggio in cucina.",
        "it",
        "andrea",
        "male",
    ),
    (
        "Inês caminhou muito pela estrada de terra. Inês estava cansada e com muita fome.\n\n"
        "Depois Inês dormiu na sua cama ao lado da janela.",
        "pt",
        "inês",
        "female",
    ),
    (
        "Dominique marcha longtemps sur la route du village. Enfin Dominique est partie vers la ville.\n\n"
        "Le soir, Dominique était fatiguée après cette longue journée.",
        "fr",
        "dominique",
        "female",
    ),
    (
        "Frieda ging am Morgen in den dunklen Wald. Dort fand sie einen großen Pilz unter einer Tanne.\n\n"
        "Am Abend kam Frieda müde nach Hause und kochte eine Suppe.",
        "de",
        "frieda",
        "female",
    ),
    (
        "„Guten Morgen!“, rief Bertold und nahm seinen Korb. Bertold ging zum Wasser.\n\n"
        "Am Abend kam Bertold mit vielen Fischen zurück.",
        "de",
        "bertold",
        "male",
    ),
    (
        "Near the river lived a weaver with her little daughter. The weaver worked at the loom all day.\n\n"
        "In the evening the weaver was tired and sat by the fire.",
        "en",
        "weaver",
        "female",
    ),
]


@pytest.mark.parametrize(("text", "language", "name", "gender"), AGREEMENT)
def test_the_grammar_gives_the_gender(text: str, language: str, name: str, gender: str) -> None:
    people = _people(text, language)
    assert people[name][0] == gender, people


# (dialogue, language, speaker, gender): what speakers say of themselves beats how their names end
OWN_WORDS = [
    (
        "Саша: Я так устала сегодня, весь день работала на огороде.\n"
        "Петя: А я весь день сидел дома и читал книгу.\n"
        "Саша: Ну а я пошла спать, спокойной ночи.\n",
        "ru",
        "петя",
        "male",
    ),
    (
        "Andrea: Estoy muy cansado, hoy trabajé todo el día en el campo.\n"
        "Lucía: Yo también, y además tengo mucha hambre.\n"
        "Andrea: Entonces vamos a cenar a la cocina.\n",
        "es",
        "andrea",
        "male",
    ),
    (
        "Camille: Je suis tellement fatigué aujourd'hui, j'ai travaillé toute la journée au jardin.\n"
        "Noëlle: Moi aussi, je vais dormir tout de suite.\n"
        "Camille: Bonne nuit alors, à demain matin.\n",
        "fr",
        "camille",
        "male",
    ),
]


@pytest.mark.parametrize(("text", "language", "name", "gender"), OWN_WORDS)
def test_a_speakers_own_words_give_the_gender(text: str, language: str, name: str, gender: str) -> None:
    people = _people(text, language)
    assert people[name][0] == gender, people


def test_a_plural_verb_makes_a_group_not_a_woman() -> None:
    text = (
        "Ребята пошли утром в лес за грибами. Ребята нашли много грибов под старой елью.\n\n"
        "Вечером ребята вернулись в деревню."
    )
    traits = infer_traits("Ребята", parentheticals=[], context=text, language="ru")
    assert traits.gender == "male" and all("a group" in w for w in traits.gender_words), traits


def test_the_narrator_of_a_russian_film_has_no_gender_from_its_ending() -> None:
    board = parse_script("Маша долго шла по лесу. Потом Маша сказала, что устала.", filename="story.ru.txt")
    narrator = next(c for c in board.characters if c.id == "narrator")
    assert narrator.gender == "neutral", narrator.gender_words


def test_a_feminine_diminutive_of_old_is_an_old_woman() -> None:
    text = "एक गाँव में एक बुढ़िया रहती थी। बुढ़िया रोज़ कुएँ से पानी लाती थी। बुढ़िया बोली कि वह थक गई है।"
    assert _people(text, "hi")["बुढ़िया"] == ("female", "elderly")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An old man's son went to the city. The son found work at the docks. The son was happy there.", "son"),
        ("Tomas, the old baker's apprentice, woke before dawn. Tomas lit the oven. Tomas sang as he worked.", "tomas"),
    ],
)
def test_an_age_before_an_owner_is_the_owners(text: str, name: str) -> None:
    people = _people(text, "en")
    assert people[name][1] != "elderly", people


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The old fisherman waved to Lena from his boat. Lena waved back from the pier. Lena laughed.", "en", "lena"),
        ("Next to the little boy stood Oskar with a lantern. Oskar smiled at everyone. Oskar sang.", "en", "oskar"),
        (
            "Junto al viejo pescador estaba Marta con su cesta. Marta tejía una bufanda mientras cantaba. "
            "Marta sonreía a todos.",
            "es",
            "marta",
        ),
    ],
)
def test_a_neighbour_before_a_name_lends_it_nothing(text: str, language: str, name: str) -> None:
    people = _people(text, language)
    assert people[name][1] not in ("elderly", "child"), people
    assert not (language == "en" and people[name][0] == "male"), people


@pytest.mark.parametrize(
    ("word", "language", "gender"),
    [
        ("сказала", "ru", "female"),
        ("вырос", "ru", "male"),
        ("пошли", "ru", "plural"),
        ("игла", "ru", None),  # a noun in -ла
        ("сказав", "uk", "male"),
        ("повернулася", "uk", "female"),
    ],
)
def test_past_tense_gender(word: str, language: str, gender: str | None) -> None:
    assert past_tense_gender(word, language) == gender


@pytest.mark.parametrize(
    ("word", "language", "gender"),
    [
        ("cansada", "es", "female"),
        ("stanco", "it", "male"),
        ("cerca", "es", None),  # an adverb in -a
        ("felice", "it", None),  # one form for both
        ("heureuse", "fr", "female"),
        ("venu", "fr", "male"),
        ("triste", "fr", None),
    ],
)
def test_predicate_gender(word: str, language: str, gender: str | None) -> None:
    assert predicate_gender(word, language) == gender
