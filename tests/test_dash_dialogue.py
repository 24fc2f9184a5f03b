"""Dialogue as published prose sets it with a dash: Spanish, Portuguese, Italian and Russian novels (a
hyphen-minus in digitised editions, "-Buenas tardes -dijo el Alcalde-.", or — and ―), and French inside
« » with a dash for each turn. What stands between the dashes is narration: the stop after its closing dash
ends the words before it, never a line of its own, and the words before and after it are the one speaker's
that it names. A person the narration names with a village title ("la señá Rosa", "Dona Maria",
"Синьора Роза") is cast, whatever else the word means; and a speaker the story then calls by what they
are ("respondió la Molinera", "contestó el viejo", "ответила мельничиха") is one of those talking: the one
the speaker before called by name, or by the title the narration gave them ("¿Quiere agua, tío?"), or
the one person of that gender the narration had just named, never a new character, and never of the
other gender. The stories are our own."""

from __future__ import annotations

import re

import pytest

from filmstudio.script import parse_script
from filmstudio.script.mentions import find_mentions
from filmstudio.script.people import named_in_narration
from filmstudio.script.quotes import segments
from filmstudio.script.typography import normalise
from filmstudio.storyboard import Storyboard

ES_MILL = """La señá Rosa estaba en el molino cuando llegó el Alcalde, un viejo de cara seca.

-Buenas tardes, Rosa -dijo el Alcalde-. ¿Está en casa tu marido?

-No está, señor Alcalde -respondió la Molinera, acercando una silla.

-Pues me sentaré un rato -contestó el viejo.

-¡Siéntese usted! -exclamó la hija de la sierra-. Y diga lo que quiere.
"""

ES_BAKERY = """Doña Carmen barría la puerta de la panadería cuando pasó don Julián, el cartero.

—Buenos días, Carmen —saludó el cartero—. ¿Hay pan caliente?

—Lo hay, don Julián —contestó la panadera—, pero cuesta dos reales.

—Pues deme uno —dijo el viejo.

—Aquí tiene —respondió la mujer del panadero—. Que le aproveche.
"""

PT_MILL = """Dona Maria estava no moinho quando chegou o seu Joaquim, o padeiro.

— Bom dia, Maria — disse o padeiro. — Tem farinha?

— Tenho, seu Joaquim — respondeu a moleira —, mas está cara.

— Então levo meio saco — disse o velho.

— Leve — disse a filha do lavrador —. E volte amanhã.
"""

IT_MILL = """La signora Rosa era al mulino quando arrivò il sindaco, un vecchio dalla faccia secca.

—Buona sera, Rosa —disse il sindaco—. Vostro marito è in casa?

—Non c'è, signor sindaco —rispose la mugnaia.

—Allora mi siedo un poco —disse il vecchio.

—Si sieda pure! —esclamò la figlia del fornaio—. E dica cosa vuole.
"""

RU_MILL = """Синьора Роза сидела у окна, когда вошёл староста, сухой старик.

— Добрый вечер, Роза, — сказал староста. — Муж дома?

— Нет его, — ответила мельничиха.

— Тогда я посижу, — сказал старик.

— Садитесь! — воскликнула хозяйка. — И говорите, зачем пришли.
"""

FR_MILL = """La mère Rose était au moulin quand arriva le maire, un vieil homme au visage sec.

« Bonjour, Rose, dit le maire. Votre mari est-il là ?
— Non, monsieur le maire, répondit la meunière.
— Alors je m'assieds, fit le vieux.
— Asseyez-vous ! s'écria la fille des montagnes. Et dites ce que vous voulez. »
"""

ES_YARD = """El tío Lucas cortaba leña en el patio. Entró su sobrina Paca con un cántaro.

―¿Quiere agua, tío? ―preguntó la muchacha.

―Dámela, hija ―respondió el viejo―. Hace calor.

En ese momento llegó un soldado a caballo.

―¿Es este el camino del pueblo? ―preguntó el soldado.

―Sí, señor ―dijo la sobrina―; siga recto.
"""

ES_COUPLE = """Doña Frasquita y el tío Lucas vivían en el molino.

-¿Has visto al Corregidor? -preguntó el molinero.

-No lo he visto -contestó la molinera-. ¿Por qué?

-Porque viene hacia aquí -dijo Lucas.

-Pues que venga -respondió Frasquita.
"""

# each story: its language, its cast (id -> gender), and each spoken line's opening -> who says it
STORIES = {
    "es_hyphens": (
        "es",
        ES_MILL,
        {"rosa": "female", "alcalde": "male"},
        [
            ("Buenas tardes, Rosa.", "alcalde"),
            ("¿Está en casa", "alcalde"),
            ("No está", "rosa"),
            ("Pues me sentaré", "alcalde"),
            ("¡Siéntese usted!", "rosa"),
            ("Y diga lo que quiere.", "rosa"),
        ],
    ),
    "es_em_dash_comma_after_the_incise": (
        "es",
        ES_BAKERY,
        {"carmen": "female", "julián": "male"},
        [
            ("Buenos días, Carmen.", "julián"),
            ("¿Hay pan caliente?", "julián"),
            ("Lo hay, don Julián", "carmen"),
            ("pero cuesta dos reales.", "carmen"),
            ("Pues deme uno", "julián"),
            ("Aquí tiene.", "carmen"),
            ("Que le aproveche.", "carmen"),
        ],
    ),
    "pt_spaced_dashes": (
        "pt",
        PT_MILL,
        {"maria": "female", "joaquim": "male"},
        [
            ("Bom dia, Maria", "joaquim"),
            ("Tem farinha?", "joaquim"),
            ("Tenho, seu Joaquim", "maria"),
            ("mas está cara.", "maria"),
            ("Então levo", "joaquim"),
            ("Leve.", "maria"),
            ("E volte amanhã.", "maria"),
        ],
    ),
    "it_dashes": (
        "it",
        IT_MILL,
        {"rosa": "female", "sindaco": "male"},
        [
            ("Buona sera, Rosa.", "sindaco"),
            ("Vostro marito", "sindaco"),
            ("Non c'è", "rosa"),
            ("Allora mi siedo", "sindaco"),
            ("Si sieda pure!", "rosa"),
            ("E dica cosa vuole.", "rosa"),
        ],
    ),
    "ru_dashes": (
        "ru",
        RU_MILL,
        {"роза": "female", "староста": "male"},
        [
            ("Добрый вечер, Роза", "староста"),
            ("Муж дома?", "староста"),
            ("Нет его", "роза"),
            ("Тогда я посижу", "староста"),
            ("Садитесь!", "роза"),
            ("И говорите", "роза"),
        ],
    ),
    "fr_guillemets_and_turns": (
        "fr",
        FR_MILL,
        {"rose": "female", "maire": "male"},
        [
            ("Bonjour, Rose", "maire"),
            ("Votre mari", "maire"),
            ("Non, monsieur le maire", "rose"),
            ("Alors je m'assieds", "maire"),
            ("Asseyez-vous", "rose"),
            ("Et dites", "rose"),
        ],
    ),
    "es_horizontal_bar_and_a_newcomer": (
        "es",
        ES_YARD,
        {"lucas": "male", "paca": "female", "soldado": "male"},
        [
            ("¿Quiere agua, tío?", "paca"),
            ("Dámela, hija.", "lucas"),
            ("Hace calor.", "lucas"),
            ("¿Es este el camino", "soldado"),
            ("Sí, señor", "paca"),
            ("siga recto.", "paca"),
        ],
    ),
    "es_a_couple_by_their_trade": (
        "es",
        ES_COUPLE,
        {"frasquita": "female", "lucas": "male"},
        [
            ("¿Has visto al Corregidor?", "lucas"),
            ("No lo he visto.", "frasquita"),
            ("¿Por qué?", "frasquita"),
            ("Porque viene", "lucas"),
            ("Pues que venga", "frasquita"),
        ],
    ),
}


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt", language=language)


def _spoken(board: Storyboard) -> list[tuple[str, str]]:
    return [(ln.character_id, ln.text) for ln in board.lines() if ln.character_id != "narrator"]


@pytest.mark.parametrize("name", list(STORIES))
def test_each_line_of_a_dash_dialogue_is_its_speaker_s(name: str) -> None:
    language, text, _, said = STORIES[name]
    spoken = _spoken(_board(text, language))
    assert [
        (start, who) for (who, line), (start, _) in zip(spoken, said, strict=False) if line.startswith(start)
    ] == said
    assert len(spoken) == len(said), spoken


@pytest.mark.parametrize("name", list(STORIES))
def test_those_talking_are_cast_once_with_their_gender(name: str) -> None:
    language, text, cast, _ = STORIES[name]
    board = _board(text, language)
    assert {c.id: c.gender for c in board.characters if c.id != "narrator"} == cast


@pytest.mark.parametrize("name", list(STORIES))
def test_no_line_is_a_stop_alone(name: str) -> None:
    language, text, _, _ = STORIES[name]
    assert all(re.search(r"\w", ln.text) for ln in _board(text, language).lines())


@pytest.mark.parametrize(
    ("paragraph", "quotes", "narration"),
    [
        (
            "-Buenas tardes, Rosa -dijo el Alcalde-. ¿Está en casa tu marido?",
            ["Buenas tardes, Rosa.", "¿Está en casa tu marido?"],
            ["dijo el Alcalde"],
        ),
        (
            "—Lo hay, don Julián —contestó la panadera—, pero cuesta dos reales.",
            ["Lo hay, don Julián", "pero cuesta dos reales."],
            ["contestó la panadera"],
        ),
        ("―Sí, señor ―dijo la sobrina―; siga recto.", ["Sí, señor", "siga recto."], ["dijo la sobrina"]),
        (
            "— Добрый вечер, Роза, — сказал староста. — Муж дома?",
            ["Добрый вечер, Роза", "Муж дома?"],
            ["сказал староста."],
        ),
    ],
)
def test_the_stop_after_an_incise_ends_the_words_before_it(
    paragraph: str, quotes: list[str], narration: list[str]
) -> None:
    parts = segments(normalise(f"{paragraph}\n\n{paragraph}").split("\n\n")[0])
    assert [p.text for p in parts if p.quoted] == quotes
    assert [p.text for p in parts if not p.quoted] == narration
    assert [p.goes_on for p in parts if p.quoted] == [False, True]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "La señá Rosa estaba en el molino.", "Rosa"),
        ("es", "Doña Carmen barría la puerta.", "Carmen"),
        ("pt", "Dona Maria estava no moinho quando chegou o seu Joaquim.", "Joaquim"),
        ("it", "La signora Rosa era al mulino.", "Rosa"),
        ("ru", "Синьора Роза сидела у окна.", "Роза"),
        ("fr", "La mère Rose était au moulin.", "Rose"),
    ],
)
def test_a_name_after_a_village_title_is_a_name_though_the_word_is_common(language: str, text: str, name: str) -> None:
    assert name in named_in_narration(text, language)


def test_a_title_before_a_word_for_a_kind_of_person_names_no_one() -> None:
    assert named_in_narration("O seu Rei chegou ao moinho.", "pt") == []


@pytest.mark.parametrize(
    ("language", "text", "keys"),
    [
        ("es", "el molinero y la molinera", ["molinero", "molinera"]),
        ("pt", "o moleiro e a moleira", ["moleiro", "moleira"]),
        ("pt", "a filha do lavrador", ["filha", "lavrador"]),
    ],
)
def test_a_feminine_trade_word_is_not_its_masculine(language: str, text: str, keys: list[str]) -> None:
    assert [m.key for m in find_mentions(text, language)] == keys


def test_an_old_man_takes_no_gender_from_a_woman_s_epithet() -> None:
    """The Alcalde, "un viejo", is never made a woman by "la hija de la sierra" or "la Molinera"."""
    board = _board(ES_MILL, "es")
    alcalde = next(c for c in board.characters if c.id == "alcalde")
    assert (alcalde.gender, alcalde.age) == ("male", "elderly")
    assert not {"hija", "molinera"} & {w.lower() for w in alcalde.gender_words}


def test_a_newcomer_by_trade_who_answers_the_one_named_stays_one_of_their_own() -> None:
    """ "Pedro walked into the bakery … —asked the baker … —said Pedro": the baker is not Pedro, who
    answers him."""
    text = """Pedro entró en la panadería con su hermana Lola.

—¿Qué queréis? —preguntó el panadero.

—Dos panes —dijo Pedro.
"""
    spoken = _spoken(_board(text, "es"))
    assert [who for who, _ in spoken] == ["panadero", "pedro"]


ES_ARBOUR = """El tío Lucas y la señá Frasquita vivían en un molino junto al río. Una tarde llegó el Corregidor, don Eugenio, un viejo encorvado y galante.

-Buenas tardes, señá Frasquita -dijo el Corregidor, quitándose el sombrero-. ¿Y el tío Lucas?

-Está en la parra, señor Corregidor -respondió la navarra-. ¡Lucas, baja, que tenemos visita!

-Ya bajo, mujer -contestó el molinero desde arriba.

-No se moleste usted por mí -dijo el viejo-. Sólo venía a descansar.

-Pues siéntese, que aquí sobra sombra -añadió la molinera.
"""


def test_a_novel_s_many_names_for_its_three_people() -> None:
    """The miller's wife is "señá Frasquita", "la navarra" and "la molinera"; the miller "el tío Lucas"
    and "el molinero"; the Corregidor "don Eugenio" and "el viejo": three people, each speaking as
    themselves, and the old man a man."""
    board = _board(ES_ARBOUR, "es")
    assert {c.id: c.gender for c in board.characters if c.id != "narrator"} == {
        "eugenio": "male",
        "frasquita": "female",
        "lucas": "male",
    }
    assert [who for who, _ in _spoken(board)] == [
        "eugenio",
        "eugenio",
        "frasquita",
        "frasquita",
        "lucas",
        "eugenio",
        "eugenio",
        "frasquita",
    ]
