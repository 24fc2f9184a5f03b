"""A group that acts in a story is one of its characters ("the woodcutters heard her cry", "quelques
bûcherons travaillaient", "die Töchter tanzten", "los pastores cantaban", "все посетители смеялись",
"村人たちは喜びました"): one character of its kind, drawn as a small crowd. A group only named, a thing, a
saying of anyone, a number of things, and a group whose members the story named are none."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.script.staging import stage_story
from filmstudio.storyboard import Character, Storyboard

# (language, story, the group's word, its crowd, its gender, its age, its animal)
ACTING = [
    (
        "en",
        "Nell was lost in the pine wood. Some friendly sparrows came to help her.",
        "sparrows",
        "animals",
        None,
        None,
        "bird",
    ),
    (
        "en",
        "Nell cried for help. The woodcutters heard her cry and ran to her.",
        "woodcutters",
        "men",
        "male",
        None,
        None,
    ),
    (
        "en",
        "The tailor walked into the tavern. All the drinkers laughed at his hat.",
        "drinkers",
        "people",
        None,
        None,
        None,
    ),
    ("en", "Grandpa Eli opened the gate. The children shouted with joy.", "children", "children", None, "child", None),
    (
        "en",
        "Queen Mab gave a feast. The daughters danced in the hall all night.",
        "daughters",
        "women",
        "female",
        None,
        None,
    ),
    (
        "en",
        "It was a cold night. Three wolves ran out of the dark wood and chased Nell.",
        "wolves",
        "animals",
        None,
        None,
        "wolf",
    ),
    ("fr", "Lise se perdit. Quelques bûcherons travaillaient dans la forêt.", "bûcherons", "men", "male", None, None),
    ("fr", "Le roi entra. Les enfants crièrent de joie.", "enfants", "children", None, "child", None),
    ("fr", "Rose cria. Les enfants du village chantèrent pour elle.", "enfants", "children", None, "child", None),
    ("en", "The cloak was ready. The townspeople gathered in the square.", "townspeople", "people", None, None, None),
    ("ru", "Лодка вернулась. Все жители деревни вышли на берег.", "жители", "people", None, None, None),
    ("de", "Der König gab ein Fest. Die Töchter tanzten im Nebel.", "töchter", "women", "female", None, None),
    ("de", "Der Hund lief weg. Da riefen die Jäger laut nach ihm.", "jäger", "men", "male", None, None),
    ("es", "Era de noche en el monte. Los pastores cantaban junto al fuego.", "pastores", "men", "male", None, None),
    ("es", "Ana abrió la ventana. Algunos gorriones volaron hasta ella.", "gorriones", "animals", None, None, "bird"),
    ("ru", "Старик вошёл в трактир. Все посетители смеялись над ним.", "посетители", "people", None, None, None),
    ("ru", "Ночь была тихой. Пастухи пели у костра.", "пастухи", "men", "male", None, None),
    ("ru", "Маша открыла окно. Несколько воробьёв прилетели к ней.", "воробьёв", "animals", None, None, "bird"),
    ("ru", "Царь вышел на крыльцо. Закричали дети от радости.", "дети", "children", None, "child", None),
    ("ja", "祭りの日が来ました。村人たちは喜びました。", "村人たち", "people", None, None, None),
    (
        "ja",
        "花子さんは森で迷いました。小鳥たちが花子さんのところへ来ました。",
        "小鳥たち",
        "animals",
        None,
        None,
        "bird",
    ),
]

# stories where no group is one of the cast
NOT_ACTING = [
    ("en", "Nell sat alone by the fire. She thought of the villagers. Then Nell went to sleep."),
    # the cast called together, and a flock that only flees (its fear a noun, not its doing)
    ("en", "Tobin and Marek carried the sacks to the mill. The men looked at each other and laughed."),
    (
        "de",
        "Die Maus, der Spatz und die Wurst saßen am Ofen. „Mir ist kalt“, sagte der Spatz. „Mir auch“, sagte "
        "die Wurst. Da sprach die Maus: „Meine Freunde, hört mir zu.“",
    ),
    ("en", "Tobin shouted across the valley, and all the crows of the field flew away in terror."),
    ("en", "Nell looked at the roofs of the villagers' houses and smiled."),
    ("en", "Nell walked into a market full of people and bought bread."),
    ("en", "Nell sang a song for all the children of the world."),
    ("en", "Nell looked up. The trees swayed and the stars shone. The waves crashed on the rocks."),
    ("en", "Tom and Ann ran to the river. The children laughed and splashed."),
    ("en", "Men are foolish, said the old owl."),
    ("en", "All who listen will learn. Nell listened."),
    ("en", "Nell bought three apples and two pears."),
    ("fr", "Lise pensait aux villageois. Elle rentra seule."),
    ("fr", "Paul et Marie coururent au pré. Les enfants riaient."),
    ("de", "Anna dachte an die Kinder. Sie ging allein nach Hause."),
    ("es", "Ana pensó en los pastores. Volvió sola a casa."),
    ("ru", "Анна думала о посетителях. Она пошла домой."),
    ("ru", "Отец увидел детей и улыбнулся."),
    ("ja", "花子は村人たちのことを考えました。"),
    ("de", "Hänsel und Gretel liefen in den Wald. Die Kinder hatten Hunger."),
    ("en", "The giant ate three sheep and two cows for supper. Then he slept."),
    ("en", "Nell walked home. The birds sang in the trees."),
    ("en", "That night the mice ran across the floor, but Ivo did not mind."),
    ("en", "Nell threw bread to the ducks. The girl laughed when the ducks quarrelled."),
    ("en", "Every morning Jonas fed the hens while Ada baked bread."),
    ("fr", "Les loups couraient dans la forêt. Les loups hurlaient. Un chasseur les regardait."),
]


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt", language=language)


def _cast(board: Storyboard) -> list[Character]:
    return [c for c in board.characters if c.style != "narrator"]


@pytest.mark.parametrize(("language", "text", "word", "crowd", "gender", "age", "animal"), ACTING)
def test_a_group_that_acts_is_one_character(
    language: str, text: str, word: str, crowd: str, gender: str | None, age: str | None, animal: str | None
) -> None:
    board = _board(text, language)
    groups = [c for c in _cast(board) if c.name.lower() == word]
    assert len(groups) == 1, [c.name for c in _cast(board)]
    group = groups[0]
    assert (group.crowd, group.animal, group.on_screen) == (crowd, animal, False), group
    assert gender is None or group.gender == gender, group
    assert age is None or group.age == age, group


@pytest.mark.parametrize(("language", "text"), NOT_ACTING)
def test_a_group_only_named_is_no_character(language: str, text: str) -> None:
    board = _board(text, language)
    assert not [c.name for c in _cast(board) if c.crowd], [c.name for c in _cast(board)]


def test_one_group_by_two_words() -> None:
    board = _board("Nell cried for help. The woodcutters heard her cry. The men carried her home.", "en")
    assert [c.name for c in _cast(board) if c.crowd] == ["Woodcutters"]


def test_a_group_is_drawn_as_a_crowd_doing_its_verb() -> None:
    board = _board("Ana abrió la ventana. Algunos gorriones volaron hasta ella.", "es")
    stage_story(board)
    extras = [e for s in board.scenes for m in s.moments for e in m.extras]
    assert [(e.kind, e.animal, e.verb) for e in extras] == [("animals", "bird", "fly")]


def test_a_group_that_speaks_is_drawn_as_a_crowd() -> None:
    board = _board('"Hooray!" cried the children. "Look at the ship!" cried the children.', "en")
    assert [(c.name, c.crowd, c.on_screen) for c in _cast(board)] == [("Children", "children", False)]


def test_the_children_a_fable_calls_its_young_are_no_second_group() -> None:
    text = "The cat had three kittens. 'Children, stay inside,' said the cat. Then the children cried, 'We are hungry!'"
    board = _board(text, "en")
    assert [(c.name, c.crowd, c.animal) for c in _cast(board) if c.crowd] == [("Kittens", "animals", "cat")]


def test_women_among_the_villagers_are_a_group_of_their_own() -> None:
    board = _board("Буря прошла. Все жители вышли на берег. Женщины плакали.", "ru")
    groups = {c.name: (c.crowd, c.gender) for c in _cast(board) if c.crowd}
    assert groups == {"Жители": ("people", "neutral"), "Женщины": ("women", "female")}
