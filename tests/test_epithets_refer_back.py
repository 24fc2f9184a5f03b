"""A second name for someone already cast is that one, never a stranger: what a sentence says someone is
("Martin was a ferryman", "Der Müller hieß Hans", "Иван был мельником") makes the role that person; an
epithet of affection, pity or age ("the poor fellow", "le pauvre homme", "il poveretto", "бедняга") and a
title of address ("His Majesty", "Su Merced", "महाराज") stand for the one they fit who is already there; and
"his wife" is the wife a sentence named. A newcomer the story brings in ("a poor fellow came", "another old
man", "a second servant") stays one of their own. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Storyboard


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt")


def _ids(board: Storyboard) -> set[str]:
    return {c.id for c in board.characters if c.id != "narrator"}


def _said_by(board: Storyboard, words: str) -> str:
    return next(ln.character_id for ln in board.lines() if words in ln.text)


# (language, story, the one named, the role the story calls them by, a line the role says)
PREDICATES = [
    (
        "en",
        'Martin was a ferryman. Every morning Martin rowed across the river. Anna waited on the bank. "Hurry!" '
        'she called. The ferryman laughed. "Patience," said the ferryman.',
        "martin",
        "ferryman",
        "Patience",
    ),
    (
        "en",
        "The ferryman was called Martin. Every morning Martin rowed across the river. Anna waited on the bank. "
        'The ferryman laughed. "Patience," said the ferryman.',
        "martin",
        "ferryman",
        "Patience",
    ),
    (
        "de",
        "Der Müller hieß Hans. Hans wohnte am Bach mit Greta. Der Müller lachte. „Komm herein“, rief der Müller.",
        "hans",
        "müller",
        "Komm herein",
    ),
    (
        "de",
        "Hans war Müller. Hans wohnte am Bach mit Greta. Der Müller lachte. „Komm herein“, rief der Müller.",
        "hans",
        "müller",
        "Komm herein",
    ),
    (
        "fr",
        "Le meunier s'appelait Paul. Paul vivait près du moulin. Claire vint le voir. Le meunier sourit. "
        "« Entre donc », dit le meunier.",
        "paul",
        "meunier",
        "Entre donc",
    ),
    (
        "es",
        "Tomás era leñador. Tomás vivía en el bosque con Lucía. El leñador suspiró. —Ya voy —dijo el leñador.",
        "tomás",
        "leñador",
        "Ya voy",
    ),
    (
        "es",
        "El leñador se llamaba Tomás. Tomás vivía en el bosque con Lucía. El leñador suspiró. "
        "—Ya voy —dijo el leñador.",
        "tomás",
        "leñador",
        "Ya voy",
    ),
    (
        "it",
        "Marco era pescatore. Marco viveva vicino al mare con Giulia. Il pescatore sorrise. "
        "«Andiamo», disse il pescatore.",
        "marco",
        "pescatore",
        "Andiamo",
    ),
    (
        "pt",
        "O pescador chamava-se João. João morava perto do mar com Maria. O pescador sorriu. "
        "— Vamos — disse o pescador.",
        "joão",
        "pescador",
        "Vamos",
    ),
    (
        "ru",
        "Иван был мельником. Иван жил у реки с Марьей. Мельник засмеялся. — Заходи, — сказал мельник.",
        "иван",
        "мельник",
        "Заходи",
    ),
    (
        "ru",
        "Мельника звали Иваном. Иван жил у реки с Марьей. Мельник засмеялся. — Заходи, — сказал мельник.",
        "иван",
        "мельник",
        "Заходи",
    ),
    (
        "ru",
        "Жил-был мельник по имени Иван. Иван жил у реки. Однажды пришла Марья. — Здравствуй, — сказала Марья. "
        "Мельник засмеялся. — Заходи, — ответил мельник.",
        "иван",
        "мельник",
        "Заходи",
    ),
    (
        "en",
        'Greta was the miller\'s wife. The miller came home. "Is it ready?" asked the miller. "Not yet," his wife '
        "said.",
        "greta",
        "wife",
        "Not yet",
    ),
]


@pytest.mark.parametrize(("language", "text", "named", "role", "line"), PREDICATES)
def test_what_a_sentence_says_someone_is_names_no_one_new(
    language: str, text: str, named: str, role: str, line: str
) -> None:
    board = _board(text, language)
    assert role not in _ids(board)
    assert named in _ids(board)
    assert _said_by(board, line) == named


# (language, story, the one meant, the epithet's id, a line the epithet says)
EPITHETS = [
    (
        "en",
        'Martha lived alone in a cottage. Tom came to her door. "Bread, please," said Tom. The good woman gave him '
        'a loaf. The poor fellow ate it at once. "Thank you," said the poor fellow.',
        "tom",
        "fellow",
        "Thank you",
    ),
    (
        "en",
        'Tom sat by the fire. Mary came in. "Good evening," said Mary. The old fellow looked up. "I am cold," said '
        "the old fellow.",
        "tom",
        "old_fellow",
        "I am cold",
    ),
    (
        "fr",
        "Pierre marchait sur la route. Marie le vit. « Entrez », dit Marie. Le pauvre homme entra et s'assit. "
        "« Merci », dit le pauvre homme.",
        "pierre",
        "homme",
        "Merci",
    ),
    (
        "fr",
        "Marie vivait seule. Un jour Pierre frappa à sa porte. « Du pain ? » demanda Pierre. La bonne femme lui "
        "donna du pain. « Merci », dit Pierre. « De rien », répondit la bonne femme.",
        "marie",
        "femme",
        "De rien",
    ),
    (
        "es",
        "Pedro caminaba por el camino. María lo vio. —Entra —dijo María. El pobre hombre entró. "
        "—Gracias —dijo el pobre hombre.",
        "pedro",
        "hombre",
        "Gracias",
    ),
    (
        "it",
        "Luigi era stanco. Anna lo guardava. «Riposati», disse Anna. Il poveretto si sedette. "
        "«Grazie», disse il poveretto.",
        "luigi",
        "poveretto",
        "Grazie",
    ),
    (
        "pt",
        "Pedro andava pela estrada. Maria o viu. — Entre — disse Maria. O coitado entrou. "
        "— Obrigado — disse o coitado.",
        "pedro",
        "coitado",
        "Obrigado",
    ),
    (
        "de",
        "Peter saß am Feuer. Peter war müde. Anna kam herein. „Guten Abend“, sagte Anna. Der arme Kerl sah auf. "
        "„Ich friere“, sagte der arme Kerl.",
        "peter",
        "kerl",
        "Ich friere",
    ),
    (
        "ru",
        "Иван шёл по дороге. Марья увидела его. — Заходи, — сказала Марья. Бедняга вошёл и сел. "
        "— Спасибо, — сказал бедняга.",
        "иван",
        "бедняга",
        "Спасибо",
    ),
]


@pytest.mark.parametrize(("language", "text", "meant", "epithet", "line"), EPITHETS)
def test_an_epithet_is_the_one_already_there_it_fits(
    language: str, text: str, meant: str, epithet: str, line: str
) -> None:
    board = _board(text, language)
    assert epithet not in _ids(board)
    assert meant in _ids(board)
    assert _said_by(board, line) == meant


def test_an_epithet_gives_its_gender_where_nothing_else_did() -> None:
    board = _board(
        'Kim sat by the fire. Mary came in. "Good evening," said Mary. The poor fellow looked up. "I am cold," '
        "said the poor fellow.",
        "en",
    )
    kim = next(c for c in board.characters if c.id == "kim")
    assert kim.gender == "male"
    assert _said_by(board, "I am cold") == "kim"


# (language, story, the one titled, the title's id, a line the title says)
TITLES = [
    (
        "en",
        'King Edmund sat on his throne. Lucy bowed low. "Your Majesty," said Lucy, "the enemy is near." His '
        'Majesty frowned. "Then we ride," said His Majesty.',
        "edmund",
        "majesty",
        "Then we ride",
    ),
    (
        "fr",
        "Le roi Louis était assis. Jeanne s'inclina. « Votre Majesté, l'ennemi approche », dit Jeanne. "
        "Sa Majesté fronça les sourcils. « Alors partons », dit Sa Majesté.",
        "louis",
        "majesté",
        "Alors partons",
    ),
    (
        "es",
        "Don Rodrigo estaba sentado. Sancho se inclinó. —Vuestra Merced, el enemigo se acerca —dijo Sancho. "
        "Su Merced frunció el ceño. —Vamos —dijo Su Merced.",
        "rodrigo",
        "merced",
        "Vamos",
    ),
    (
        "ru",
        "Князь Андрей сидел у окна. — Кто там? — спросил Андрей. Вошёл Пётр. — Ваше сиятельство, враг близко, — "
        "сказал Пётр. Его сиятельство встал. — Едем, — сказало его сиятельство.",
        "андрей",
        "сиятельство",
        "Едем",
    ),
    (
        "hi",
        'राजा विक्रम महल में बैठे थे। मंत्री आया। मंत्री बोला, "महाराज, शत्रु आ रहा है।" महाराज ने कहा, "सेना तैयार करो।"',
        "विक्रम",
        "महाराज",
        "सेना तैयार",
    ),
]


@pytest.mark.parametrize(("language", "text", "titled", "title", "line"), TITLES)
def test_a_title_of_address_is_the_one_it_is_said_to(
    language: str, text: str, titled: str, title: str, line: str
) -> None:
    board = _board(text, language)
    assert title not in _ids(board)
    assert titled in _ids(board)
    assert _said_by(board, line) == titled


# (language, story, the cast, how many are cast besides the narrator)
NEWCOMERS = [
    (
        "en",
        'Tom sat by the fire. "Hello," said Tom. A poor fellow came to the door. "Bread, please," said the poor '
        "fellow.",
        {"tom", "fellow"},
        2,
    ),
    (
        "en",
        'Martin, the old ferryman, rowed. Martin sang. Anna waited. "Hurry," she said. A stranger came to the bank. '
        '"Take me across," said the stranger. Another old man followed him. "Me too," said the old man.',
        {"martin", "anna", "stranger", "old_man"},
        4,
    ),
    (
        "en",
        'Martin was a ferryman. Martin rowed across the river. A second ferryman waited on the bank. "Wait for '
        'me," said the second ferryman.',
        {"martin"},
        2,
    ),
    (
        "fr",
        "Pierre dormait. Un pauvre homme frappa à la porte. « Du pain ! » cria le pauvre homme.",
        {"pierre", "homme"},
        2,
    ),
    (
        "ru",
        "Иван спал. Пришёл какой-то бедняга. — Хлеба! — попросил бедняга.",
        {"иван", "бедняга"},
        2,
    ),
]


@pytest.mark.parametrize(("language", "text", "cast", "count"), NEWCOMERS)
def test_a_newcomer_stays_one_of_their_own(language: str, text: str, cast: set[str], count: int) -> None:
    ids = _ids(_board(text, language))
    assert cast <= ids
    assert len(ids) == count
