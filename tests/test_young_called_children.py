"""A fable's young ("ducklings", "Küken", "Zicklein", "poussins", "pollitos", "котята") are called "the
children" too, by the narration and in the attributions of their speech ("Die Kinder riefen: …"): where
the story has one group of young animals and no human children of its own, a plural word for children
met after them is that group. Their lines are the group's, and no stranger called "Children" is cast. A
farmer's children beside the kittens, or one child ("das Kind") told apart, stay who they are."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Character, Storyboard

# (language, story, a line the young say, the animal they are drawn as: a chicken's young as chicks)
YOUNG_SPEAK = [
    (
        "de",
        "Eine alte Ente hatte fünf Entlein. Eines Tages sagte sie: »Liebe Kinder, ich gehe zum Teich.« Da kam "
        "der Fuchs an die Tür. Die Kinder riefen: »Wir öffnen dir nicht!«",
        "Wir öffnen dir nicht!",
        "duck",
    ),
    (
        "en",
        "The cat had three kittens. 'Children, stay inside,' said the cat. Then the children cried, 'We are hungry!'",
        "We are hungry!",
        "cat",
    ),
    (
        "de",
        "Die alte Katze wohnte mit vier Kätzchen im Stall. Am Morgen sprach die Katze: »Liebe Kinder, ich gehe "
        "zum Markt.« Bald kam der Hund an das Fenster. Die Kinder riefen: »Geh weg, du Hund!«",
        "Geh weg, du Hund!",
        "cat",
    ),
    (
        "fr",
        "Une poule avait six poussins. Un matin, la poule dit : « Mes enfants, restez près de moi. » Alors le "
        "renard arriva. Les enfants crièrent : « Maman, au secours ! »",
        "Maman, au secours !",
        "chick",
    ),
    (
        "es",
        "Una gallina tenía cinco pollitos. Un día la gallina les dijo: «Hijos, no salgáis del corral». Entonces "
        "llegó el zorro. Los niños gritaron: «¡Mamá, ayúdanos!»",
        "¡Mamá, ayúdanos!",
        "chick",
    ),
    (
        "ru",
        "У старой кошки было три котёнка. Однажды кошка сказала: «Дети, не выходите из дома». Пришла собака. "
        "Дети закричали: «Мама, помоги!»",
        "Мама, помоги!",
        "cat",
    ),
    (
        "en",
        'The old bear had two cubs.\n\nThe children played in the snow all day. Then the children said, "We are '
        'cold."\n\n"Come inside," said the bear.',
        "We are cold.",
        "bear",
    ),
    (
        "es",
        "Una pata tenía seis patitos. Una mañana los niños dijeron: «Queremos nadar». La pata contestó: «Venid "
        "conmigo».",
        "Queremos nadar",
        "duck",
    ),
    (
        "de",
        "Die Henne führte ihre Küken über die Wiese. Die Kinder liefen hinter ihr her. Da kam der Habicht. Die "
        "Kinder piepsten: »Mutter, hilf uns!«",
        "Mutter, hilf uns!",
        "chick",
    ),
]

_CHILDREN = {"kinder", "children", "enfants", "niños", "дети"}


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt", language=language)


def _speaker(board: Storyboard, said: str) -> Character:
    line = next(ln for s in board.scenes for ln in s.lines if ln.text == said)
    return next(c for c in board.characters if c.id == line.character_id)


@pytest.mark.parametrize(("language", "text", "said", "animal"), YOUNG_SPEAK)
def test_the_children_who_speak_are_the_young_animals(language: str, text: str, said: str, animal: str) -> None:
    board = _board(text, language)
    young = _speaker(board, said)
    assert (young.animal, young.age) == (animal, "child"), young
    assert young.name.lower() not in _CHILDREN, young
    names = [c.name.lower() for c in board.characters]
    assert not set(names) & _CHILDREN, names  # no stranger called "the children"


def test_the_mother_keeps_her_own_lines() -> None:
    board = _board(YOUNG_SPEAK[2][1], "de")
    mother = _speaker(board, "Liebe Kinder, ich gehe zum Markt.")
    assert (mother.animal, mother.age != "child") == ("cat", True)
    young = _speaker(board, "Geh weg, du Hund!")
    assert young.id != mother.id


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        # a farmer's own children, beside the kittens: people of the story
        (
            "en",
            'A farmer had two children. His cat had three kittens. One morning the children cried, "Look at the '
            'little cats!"',
            "Look at the little cats!",
        ),
        (
            "de",
            "Der Bauer hatte zwei Kinder und eine Katze mit vier Kätzchen. Die Kinder riefen: »Die Kätzchen sind da!«",
            "Die Kätzchen sind da!",
        ),
        (
            "fr",
            "Le meunier avait trois enfants. La chatte avait des chatons. Les enfants dirent : « Quels jolis "
            "chatons ! »",
            "Quels jolis chatons !",
        ),
        (
            "es",
            "La gata tuvo cuatro gatitos. Los niños del granjero gritaron: «¡Qué bonitos!»",
            "¡Qué bonitos!",
        ),
        (
            "ru",
            "У кошки было три котёнка. У мельника было двое детей. Дети играли во дворе. Дети закричали: «Какие "
            "хорошенькие!»",
            "Какие хорошенькие!",
        ),
    ],
)
def test_human_children_beside_the_young_stay_people(language: str, text: str, said: str) -> None:
    board = _board(text, language)
    speaker = _speaker(board, said)
    assert speaker.animal is None, speaker
    assert speaker.name.lower() in _CHILDREN, speaker


def test_one_child_told_apart_is_not_the_group() -> None:
    text = (
        "Die Henne hatte fünf Küken. Das kleinste Kind kroch unter einen Eimer. Der Fuchs jagte die anderen. "
        "Da rief das Kind: »Ich bin unter dem Eimer!«"
    )
    board = _board(text, "de")
    speaker = _speaker(board, "Ich bin unter dem Eimer!")
    assert speaker.name.lower() not in {"küken", "kükens"}, speaker


def test_two_kinds_of_young_are_not_guessed_between() -> None:
    text = (
        "The cat had three kittens and the dog had two puppies. The children played in the yard all day. Then the "
        'children cried, "We are hungry!"'
    )
    board = _board(text, "en")
    speaker = _speaker(board, "We are hungry!")
    assert speaker.animal is None, speaker
