"""Five ways a prose story's people were misread, each in our own sentences:

1. a subject pronoun ("he", "il", "er", "él", "он") gives the one it points back to a gender: the nearest
   one it fits, never a weather's "il pleut", a plural "sie gingen" or a formal "Sie";
2. a time ("One morning", "Eines Tages", "Una noche", "Однажды утром") is never a speaker or a person;
3. a compound word for kin ("mère-grand", "belle-mère", "arrière-grand-père", "bisabuela",
   "прадедушка") is one role with its gender and age;
4. Russian "ё" and "е" are one letter for every lookup;
5. an apostrophe ending a word inside single-quoted speech ("goin’ there") does not close it."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Storyboard


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt")


def _people(board: Storyboard) -> dict[str, tuple[str, str]]:
    return {c.name.lower(): (c.gender, c.age) for c in board.characters if c.id != "narrator"}


def _spoken(board: Storyboard) -> list[tuple[str, str]]:
    return [(line.character_id, line.text) for line in board.lines() if line.character_id != "narrator"]


# 1. who a pronoun gives a gender: (story, language, character, gender)
PRONOUN_GENDER = [
    (
        "Tobin walked to the old mill by the river. He was tired after the long road.\n\n"
        "The miller came out and sat with Tobin on the bench.",
        "en",
        "tobin",
        "male",
    ),
    (
        "The weaver sat at the loom all day. He hummed an old tune while the shuttle flew.\n\n"
        '"The cloth is nearly done," said the weaver.',
        "en",
        "weaver",
        "male",
    ),
    (
        "Darvel ouvrit la porte de la vieille maison. Il était fatigué après la longue route.\n\n"
        "Le soir, Darvel s'assit près du feu. Il regardait les flammes.",
        "fr",
        "darvel",
        "male",
    ),
    (
        "Es war einmal ein Kind namens Brakel. Brakel öffnete die Tür des alten Hauses. Er war müde nach dem "
        "langen Weg.\n\n„Ich brauche Brot“, sagte Brakel.",
        "de",
        "brakel",
        "male",
    ),
]

# ... and where it gives none: the pronoun stands for no one, or for someone nearer
PRONOUN_NO_GENDER = [
    (
        "Ilwen ouvrit la porte de la vieille maison. Il pleuvait depuis le matin.\n\n"
        "« J'ai faim », dit Ilwen. Il y avait du pain sur la table.",
        "fr",
        "ilwen",
    ),
    (
        "Il était une fois Ilwen, au bord du fleuve. Il fallait travailler tous les jours.\n\n"
        "« J'ai froid », dit Ilwen. Il faisait froid dans la maison.",
        "fr",
        "ilwen",
    ),
    (
        "Es war einmal ein Kind namens Brakel und ein Kind namens Orm. Brakel und Orm öffneten die Tür. Sie "
        "waren müde nach dem langen Weg.\n\n„Ich brauche Brot“, sagte Brakel.\n\n„Kommen Sie herein“, sagte Orm.",
        "de",
        "brakel",
    ),
    (
        'Marlo walked to the mill with Tobin. He carried the heavy sack of grain.\n\n"Is it far?" asked Marlo.\n\n'
        '"Not far," said Tobin.',
        "en",
        "marlo",
    ),
]


@pytest.mark.parametrize(("text", "language", "who", "gender"), PRONOUN_GENDER)
def test_a_subject_pronoun_gives_its_gender(text: str, language: str, who: str, gender: str) -> None:
    people = _people(_board(text, language))
    assert people[who][0] == gender, people


@pytest.mark.parametrize(("text", "language", "who"), PRONOUN_NO_GENDER)
def test_a_pronoun_for_no_one_or_someone_nearer_gives_none(text: str, language: str, who: str) -> None:
    people = _people(_board(text, language))
    assert people[who][0] == "neutral", people
    assert not {"he", "il", "er", "sie", "she"} & set(people)


def test_the_nearest_one_a_pronoun_fits_takes_it() -> None:
    text = 'Marlo walked to the mill with Tobin. He carried the heavy sack of grain.\n\n"Is it far?" asked Marlo.\n\n'
    text += '"Not far," said Tobin.'
    assert _people(_board(text, "en"))["tobin"][0] == "male"


# 2. a time opening the sentence of a quote: (story, language, words no character may be named by)
TIMES = [
    (
        "Ein Fischer namens Tobin wohnte allein in einem kleinen Haus am Hafen.\n\n"
        "Die Küche war warm und roch nach Brot.\n\nEines Tages sagte er: „Ich gehe fischen.“\n\n"
        "Die Küche war warm und roch nach Brot.\n\nEines Nachts rief er: „Hilfe!“",
        "de",
        {"tages", "nachts"},
    ),
    (
        "Un pescador llamado Tobin vivía solo en una casa pequeña junto al puerto.\n\n"
        "La cocina era cálida y olía a pan.\n\nUna Noche dijo: «Voy a pescar».\n\n"
        "La cocina era cálida y olía a pan.\n\nUna Mañana gritó: «¡Socorro!»",
        "es",
        {"noche", "mañana"},
    ),
    (
        "Жил-был рыбак Тобин. Он жил один в маленьком доме у гавани.\n\n"
        "Однажды утром Тобин сказал: «Пойду ловить рыбу».\n\nЗимой Тобин сказал: «Сети порваны».\n\n"
        "Наутро он крикнул: «Помогите!»",
        "ru",
        {"утром", "зимой", "наутро"},
    ),
    (
        "Eine Köchin und ein Junge wohnten in einer großen Küche am Hafen.\n\n"
        "Eines Tages sagte die Köchin: „Hol Wasser vom Brunnen.“\n\n"
        "Eines Abends sagte der Junge: „Ich habe Hunger.“\n\nJeden Sonntag rief die Köchin: „Komm essen!“",
        "de",
        {"tages", "abends", "sonntag"},
    ),
    (
        "Una cocinera y un niño vivían en una cocina grande junto al puerto.\n\n"
        "Una noche dijo la cocinera: «Trae agua del pozo».\n\nUn domingo el niño dijo: «Estoy cansado».\n\n"
        "Al día siguiente gritó la cocinera: «¡Ven a comer!»",
        "es",
        {"noche", "domingo", "día"},
    ),
]


@pytest.mark.parametrize(("text", "language", "times"), TIMES)
def test_a_time_is_no_one(text: str, language: str, times: set[str]) -> None:
    board = _board(text, language)
    names = {w for c in board.characters for w in c.name.lower().split()}
    assert not names & times, names
    assert all(who != "narrator" for who, _ in _spoken(board)[:1]), _spoken(board)


def test_who_speaks_after_a_time_is_the_one_named() -> None:
    board = _board(TIMES[3][0], "de")
    assert [who for who, _ in _spoken(board)] == ["köchin", "junge", "köchin"]


def test_the_one_named_after_a_time_speaks() -> None:
    text = (
        "A cook and a boy lived in a big kitchen by the harbour.\n\n"
        'One morning the cook said, "Bring water from the well." The boy ran out.\n\n'
        'One Sunday the boy said, "I am tired."'
    )
    board = _board(text, "en")
    assert [who for who, _ in _spoken(board)] == ["cook", "boy"]
    assert not {"morning", "sunday"} & set(_people(board))


# a time that opens sentences before their verb, again and again, is no name
OPENING_TIMES = [
    (
        "Ein Fischer namens Tobin wohnte allein am Hafen.\n\n"
        "Morgens ging Tobin zum Fluss. Abends kam er zurück. „Der Fluss ist kalt“, sagte Tobin.\n\n"
        "Sonntags ruhte Tobin. Sonntags aß er Fisch und sang. „Ich bin satt“, sagte er.",
        "de",
    ),
    (
        "Тобин жил у гавани один.\n\nВчера Тобин ходил к реке. Вчера шёл дождь. — Река холодная, — сказал "
        "Тобин.\n\nУтром он пел. — Я сыт, — сказал Тобин.",
        "ru",
    ),
]


@pytest.mark.parametrize(("text", "language"), OPENING_TIMES)
def test_a_time_opening_sentences_is_no_name(text: str, language: str) -> None:
    assert set(_people(_board(text, language))) == {"tobin" if language == "de" else "тобин"}


# 3. compound words for kin: (story, language, {character: (gender, age)})
KIN = [
    (
        "Le petit Colin habitait au bord de la forêt.\n\nUn jour, Colin alla voir sa mère-grand. « Entre, "
        "mon petit », dit la mère-grand.\n\nLa belle-mère de Colin arriva. « Il est tard », dit la belle-mère.\n\n"
        "L'arrière-grand-père dormait. « Silence ! » dit l'arrière-grand-père.",
        "fr",
        {
            "mère-grand": ("female", "elderly"),
            "belle-mère": ("female", "middle_aged"),
            "arrière-grand-père": ("male", "elderly"),
        },
    ),
    (
        "La pequeña Lucía vivía con su bisabuela en una casa junto al río.\n\n—Trae la leña —dijo la bisabuela."
        "\n\nEl tatarabuelo dormía junto al fuego. —Silencio —dijo el tatarabuelo.",
        "es",
        {"bisabuela": ("female", "elderly"), "tatarabuelo": ("male", "elderly")},
    ),
    (
        "Маленький Петя жил с прабабушкой в избе у реки.\n\n— Принеси дров, — сказала прабабушка.\n\n"
        "Прадедушка спал у печки. — Тише, — сказал прадедушка.",
        "ru",
        {"прабабушка": ("female", "elderly"), "прадедушка": ("male", "elderly")},
    ),
]


@pytest.mark.parametrize(("text", "language", "kin"), KIN)
def test_a_compound_word_for_kin_is_one_role(text: str, language: str, kin: dict[str, tuple[str, str]]) -> None:
    people = _people(_board(text, language))
    assert {who: people.get(who) for who in kin} == kin, people


def test_a_hyphenated_name_is_still_a_name() -> None:
    text = "Jean-Luc habitait près du moulin.\n\n« Bonjour », dit Jean-Luc.\n\n« Bonsoir », répondit Jean-Luc."
    people = _people(_board(text, "fr"))
    assert "jean-luc" in people and people["jean-luc"][1] != "elderly", people


# 4. "ё" and "е": the same story printed either way reads the same
YO_STORY = """Жила-была старушка. Она жила в избе у леса с котёнком и ребёнком.

Однажды к ней пришёл сосед и принёс мёд и ёлку.

— Вот вам подарки, — сказал сосед.
"""


def _reading(text: str) -> tuple[list[tuple[str, str, str]], list[list[str]]]:
    board = _board(text, "ru")
    people = sorted((c.name.lower().replace("ё", "е"), c.gender, c.age) for c in board.characters)
    return people, [sorted(t.key for t in s.things) for s in board.scenes]


def test_yo_and_ye_read_alike() -> None:
    with_yo = _reading(YO_STORY)
    assert with_yo == _reading(YO_STORY.replace("ё", "е"))
    assert any("honey" in things for things in with_yo[1])


# 5. an apostrophe ending a word inside single-quoted speech
def test_an_apostrophe_ending_a_word_stays_inside_the_quote() -> None:
    text = (
        "A tailor and his apprentice kept a shop by the bridge.\n\n"
        "‘Where’s the dyers’ yard?’ asked the apprentice. ‘I’m goin’ there now.’\n\n"
        "‘Tomorrow,’ said the tailor, ‘we sew the mayor’s cloak.’"
    )
    spoken = _spoken(_board(text, "en"))
    assert ("apprentice", "I'm goin’ there now.") in spoken or ("apprentice", "I'm goin' there now.") in spoken
    assert ("apprentice", "Where's the dyers' yard?") in spoken
    assert ("tailor", "we sew the mayor's cloak.") in spoken
    assert not {"where", "tomorrow", "i'm"} & set(_people(_board(text, "en")))


# kin by marriage and by a parent's new marriage, and grandparents' kin, in each language: (phrase, language,
# gender, age)
KIN_WORDS = [
    ("the stepmother", "en", "female", "middle_aged"),
    ("the mother-in-law", "en", "female", "middle_aged"),
    ("the great-grandfather", "en", "male", "elderly"),
    ("the great-aunt", "en", "female", "elderly"),
    ("la belle-sœur", "fr", "female", ""),
    ("le grand-oncle", "fr", "male", "elderly"),
    ("l'arrière-petite-fille", "fr", "female", "child"),
    ("la petite-nièce", "fr", "female", ""),
    ("die Großtante", "de", "female", "elderly"),
    ("der Urgroßvater", "de", "male", "elderly"),
    ("la madrastra", "es", "female", "middle_aged"),
    ("el tío abuelo", "es", "male", "elderly"),
    ("la bisnieta", "es", "female", "child"),
    ("la prozia", "it", "female", "elderly"),
    ("il bisnonno", "it", "male", "elderly"),
    ("a tia-avó", "pt", "female", "elderly"),
    ("o padrasto", "pt", "male", "middle_aged"),
    ("мачеха", "ru", "female", "middle_aged"),
    ("прадед", "ru", "male", "elderly"),
    ("теща", "ru", "female", "middle_aged"),
]


@pytest.mark.parametrize(("phrase", "language", "gender", "age"), KIN_WORDS)
def test_a_word_for_kin_tells_gender_and_age(phrase: str, language: str, gender: str, age: str) -> None:
    from filmstudio.script.mentions import find_mentions

    found = find_mentions(phrase, language)
    assert [(m.gender, m.age) for m in found] == [(gender, age)], found
