"""A group named by a collective noun ("a troop of girls", "une troupe de soldats", "eine Schar Kinder"),
by two plurals joined ("the women and children"), or counted as many in Chinese, Hindi and Japanese
("一群孩子", "कई लड़के", "村の人たち") that speaks or acts is one character, of the gender and age its
member noun tells; a collective only mentioned ("he hated crowds", "Ben saw a crowd of people") is none."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.script.staging import stage_story
from filmstudio.storyboard import Character, Storyboard

# (language, story, the group's name, its crowd, its gender or None, its age or None, its animal)
GROUPS = [
    (
        "en",
        'Ivy sat by the well. A troop of girls came by and said, "Come and dance with us!"',
        "girls",
        "children",
        "female",
        "child",
        None,
    ),
    ("en", "Old Pavel told a story. A merry band of sailors laughed at the end.", "sailors", "men", None, None, None),
    (
        "en",
        "Rosa waited at the ford. A party of hunters came out of the trees and greeted her.",
        "hunters",
        "men",
        "male",
        None,
        None,
    ),
    (
        "en",
        "Snow fell on the farm. A flock of geese flew over the barn and called to Rosa.",
        "geese",
        "animals",
        None,
        None,
        "duck",
    ),
    ("en", "Tomas slipped on the ice. A gang of boys laughed at him.", "boys", "children", "male", "child", None),
    (
        "en",
        "Night fell in the valley. A pack of wolves surrounded the shepherd's hut and howled at Ilse.",
        "wolves",
        "animals",
        None,
        None,
        "wolf",
    ),
    (
        "es",
        "Inés llegó al puerto. Un grupo de pescadores dijo: «Bienvenida, señora».",
        "pescadores",
        "men",
        "male",
        None,
        None,
    ),
    ("es", "Lucía miró al cielo. Una bandada de pájaros voló hacia ella.", "pájaros", "animals", None, None, "bird"),
    (
        "fr",
        "Hugo attendait sur le pont. Une troupe de soldats arriva et l'entoura.",
        "soldats",
        "soldiers",
        "male",
        None,
        None,
    ),
    ("fr", "Léa chantait. Une foule d'enfants l'écouta et rit.", "enfants", "children", None, "child", None),
    ("it", "Bruno entrò nella piazza. Un gruppo di pescatori lo salutò.", "pescatori", "men", "male", None, None),
    (
        "it",
        "Bruno entrò nel cortile. Uno stuolo di ragazzi gli corse incontro.",
        "ragazzi",
        "children",
        "male",
        "child",
        None,
    ),
    ("pt", "Rui chegou à aldeia. Um bando de crianças correu para ele.", "crianças", "children", None, "child", None),
    (
        "de",
        "Greta kam ins Dorf. Eine Schar Kinder rief: „Komm und spiel mit uns!“",
        "kinder",
        "children",
        None,
        "child",
        None,
    ),
    # plural nouns for people the lexicon lacked: angels, pages, neighbours
    ("en", "Snow fell on the hills. The angels sang above the stable.", "angels", "people", None, None, None),
    ("es", "El rey habló. Los pajes respondieron: «Sí, majestad».", "pajes", "men", "male", None, None),
    ("it", "Lucia stendeva i panni. Le vicine dicevano che era pigra.", "vicine", "women", "female", None, None),
    ("es", "Ana volvió tarde. Las vecinas se rieron de ella.", "vecinas", "women", "female", None, None),
    ("fr", "Anne revint du marché. Les voisines riaient.", "voisines", "women", "female", None, None),
    ("de", "Anna kam spät nach Hause. Die Nachbarn lachten über sie.", "nachbarn", "people", None, None, None),
    # a member noun in the case its collective gives it is named in the case a name takes
    ("de", "Lotte sang im Hof. Eine Gruppe von Kindern lachte über sie.", "kinder", "children", None, "child", None),
    ("ru", "Вера вышла на улицу. Толпа детей закричала от радости.", "дети", "children", None, "child", None),
    ("zh", "小兰走在河边。一群孩子跑过来说：“一起玩吧！”", "孩子", "children", None, "child", None),
    ("hi", "मोहन मेले में पहुँचा। कई लड़के दौड़े और उसे घेर लिया।", "लड़के", "children", "male", "child", None),
    ("hi", 'राजा ने पुकारा। दस-बारह आदमी बोले, "हम हाज़िर हैं।"', "आदमी", "men", "male", None, None),
    ("ja", "健太さんが転びました。村の人たちは笑いました。", "村の人たち", "people", None, None, None),
    ("zh", "小兰在街上唱歌。几个学生笑了起来。", "学生", "people", None, None, None),
    ("zh", "小兰坐在河边。一群鸭子游到她身边。", "鸭子", "animals", None, None, "duck"),
    ("hi", "सीता बाज़ार गई। कुछ औरतें उसे देखकर हँसीं।", "औरतें", "women", "female", None, None),
    # a collective of people alone: a group of no one gender ("la foule" is grammar)
    (
        "en",
        "The queen rode through the gate. The crowd cheered and threw flowers.",
        "crowd",
        "people",
        "neutral",
        None,
        None,
    ),
    ("en", '"Long live the queen!" cried the crowd. The queen waved.', "crowd", "people", "neutral", None, None),
    ("fr", "La reine passa. La foule cria : « Vive la reine ! »", "foule", "people", "neutral", None, None),
    ("de", "Die Königin kam. Die Menge jubelte laut.", "menge", "people", "neutral", None, None),
    ("es", "La reina pasó. La multitud aplaudió.", "multitud", "people", "neutral", None, None),
    ("ru", "Царица вышла. Толпа закричала от радости.", "толпа", "people", "neutral", None, None),
    ("en", "The army marched past the farm at dawn.", "army", "soldiers", "neutral", None, None),
]

# two plurals joined: one group of both, of no one gender
JOINED = [
    (
        "en",
        'The bell rang. The women and children ran out of the houses and cried, "The boats are back!"',
        "Women and children",
    ),
    ("fr", "Le bateau rentra. Les femmes et les enfants sortirent en courant.", "Femmes et enfants"),
    ("es", "Volvió la lluvia. Los hombres y las mujeres del pueblo bailaron en la plaza.", "Hombres y mujeres"),
]

# a collective only mentioned, or a group only seen: no group character
NONE = [
    ("en", "Ben hated crowds. He stayed at home and read."),
    ("en", "Ben saw a crowd of people in the square and walked on."),
    ("en", "Ben walked among a flock of sheep and smiled."),
    ("en", "Ben got lost in the crowd and cried."),
    ("en", "Ben saw the crowd and ran home."),
    ("zh", "小兰看见几个学生。"),
    ("en", 'Ben said, "A band of robbers lives in the hills."'),
    ("fr", "Paul pensait à une troupe de soldats. Il dormit."),
    ("es", "Pedro vio un grupo de pastores y siguió su camino."),
    ("zh", "小兰在门口。一个孩子跑过来说：“你好！”"),
    ("ja", "健太さんは村の人たちのことを考えました。"),
    ("hi", "मोहन ने कई लड़कों को देखा।"),
]


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt", language=language)


def _cast(board: Storyboard) -> list[Character]:
    return [c for c in board.characters if c.style != "narrator"]


@pytest.mark.parametrize(("language", "text", "name", "crowd", "gender", "age", "animal"), GROUPS)
def test_a_group_named_by_a_collective_or_counted_is_one_character(
    language: str, text: str, name: str, crowd: str, gender: str | None, age: str | None, animal: str | None
) -> None:
    cast = _cast(_board(text, language))
    groups = [c for c in cast if c.name.lower() == name]
    assert len(groups) == 1, [(c.name, c.crowd) for c in cast]
    group = groups[0]
    assert (group.crowd, group.animal, group.on_screen) == (crowd, animal, False), group
    assert gender is None or group.gender == gender, group
    assert age is None or group.age == age, group
    # the collective is no one of its own ("Troop", "Grupo", "Schar Kinder")
    assert not [c.name for c in cast if c.name.split()[0].lower() in ("troop", "grupo", "schar", "band", "party")]


def test_a_group_that_speaks_has_the_line() -> None:
    board = _board('Ivy sat by the well. A troop of girls came by and said, "Come and dance with us!"', "en")
    spoken = [ln.character_id for s in board.scenes for ln in s.lines if "dance" in ln.text]
    assert spoken == ["girls"]
    ivy = next(c for c in board.characters if c.name == "Ivy")
    assert ivy.crowd is None


# a group that speaks after its quote, with one of its kind named before: the group's line, not that one's
SPOKEN_AFTER = [
    ("en", 'Tom came home late. "Welcome back!" cried the boys.', "boys", "Tom"),
    ("en", 'Tom came home late. "Welcome back!" cried a gang of boys.', "boys", "Tom"),
    ("es", "Pedro llegó al patio. —¡Bienvenido! —gritó un grupo de niños.", "niños", "Pedro"),
    ("fr", "Paul arriva au port. « Hourra ! » cria une bande de gamins.", "gamins", "Paul"),
]


@pytest.mark.parametrize(("language", "text", "group", "named"), SPOKEN_AFTER)
def test_a_group_that_speaks_after_its_quote_has_the_line(language: str, text: str, group: str, named: str) -> None:
    board = _board(text, language)
    speakers = {ln.character_id for s in board.scenes for ln in s.lines if ln.character_id != "narrator"}
    by_id = {c.id: c for c in board.characters}
    assert [by_id[cid].name.lower() for cid in speakers] == [group]
    assert by_id[next(iter(speakers))].crowd is not None
    one = next(c for c in board.characters if c.name == named)
    assert one.age_words == [], one  # not a child for the group's word


@pytest.mark.parametrize(("language", "text", "name"), JOINED)
def test_two_plurals_joined_are_one_group(language: str, text: str, name: str) -> None:
    board = _board(text, language)
    groups = [c for c in _cast(board) if c.crowd]
    assert [(c.name, c.gender, c.crowd) for c in groups] == [(name, "neutral", "people")]
    said = {ln.character_id for s in board.scenes for ln in s.lines if ln.character_id != "narrator"}
    assert said <= {groups[0].id}


@pytest.mark.parametrize(("language", "text"), NONE)
def test_a_group_only_mentioned_is_no_character(language: str, text: str) -> None:
    cast = _cast(_board(text, language))
    assert not [c.name for c in cast if c.crowd], [(c.name, c.crowd) for c in cast]


def test_the_collective_is_drawn_as_its_members() -> None:
    """ "a troop of girls": a crowd of children, no troop of soldiers beside them."""
    board = _board("Ivy sat by the well. A troop of girls came by and waved to her.", "en")
    stage_story(board)
    kinds = {e.kind for s in board.scenes for m in s.moments for e in m.extras if "troop" in m.text}
    assert kinds == {"children"}
