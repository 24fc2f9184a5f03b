"""Speech as published fairy tales set it without a quote mark for each turn, and the turns no attribution
names. Dialogue dashes in the middle of a narrated paragraph (older French and Russian print): each dash
opens a turn, its attribution after a comma or a dash is cut out. Speech a colon introduces ("The wolf
cried out: Open the door!") is the named speaker's where the lead-in has a verb of saying and what follows
reads as speech. Consecutive quotes between two people alternate, and a quote that calls someone is said
to them, by the other one; the reply is theirs. A sentence of narration after a quote that tells its own
subject's deed is the story going on, not the attribution. The stories are our own."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Storyboard


def _spoken(text: str, language: str) -> list[tuple[str, str]]:
    board: Storyboard = parse_script(text, language=language)
    names = {c.id: c.name.lower() for c in board.characters}
    return [(names.get(line.character_id, line.character_id).lower(), line.text) for line in board.lines()]


def _speaker_of(spoken: list[tuple[str, str]], words: str) -> str:
    found = [who for who, text in spoken if words in text]
    assert found, (words, spoken)
    return found[0]


FR_MID = """Le Renard arriva devant la maison de la Poule; il frappa trois coups. — Qui frappe ? — Votre voisin, dit le Renard en adoucissant sa voix. — Poussez la porte, cria la Poule, elle n'est pas fermée.

Le Renard poussa la porte et entra dans la cuisine.
"""

RU_MID = """Медведь подошёл к избушке и постучал. — Кто там? — спросила Лиса. — Это я, — сказал медведь. — Открой мне дверь!

Лиса открыла дверь, и медведь вошёл.
"""

RU_OPENING = """Медведь подошёл к избушке Лисы и постучал.

— Кто там? — Это я, — сказал медведь.
"""

ES_MID = """El lobo llegó a la casa de la abuela y llamó a la puerta. — ¿Quién es? — Soy tu nieta, dijo el lobo con voz fina. — Entra, hija, gritó la abuela desde la cama.

El lobo entró y se comió a la abuela.
"""

PT_MID = """O lobo chegou à casa da avó e bateu à porta. — Quem é? — Sou a tua neta, disse o lobo com voz fina. — Entra, minha filha, gritou a avó da cama.

O lobo entrou na casa.
"""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (FR_MID, "fr", [("Qui frappe", "poule"), ("Votre voisin", "renard"), ("Poussez la porte", "poule")]),
        (RU_MID, "ru", [("Кто там", "лиса"), ("Это я", "медведь"), ("Открой мне дверь", "медведь")]),
        (ES_MID, "es", [("Quién es", "abuela"), ("Soy tu nieta", "lobo"), ("Entra, hija", "abuela")]),
        (PT_MID, "pt", [("Quem é", "avó"), ("Sou a tua neta", "lobo"), ("Entra, minha filha", "avó")]),
    ],
)
def test_dashes_in_the_middle_of_a_paragraph_open_turns(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    spoken = _spoken(text, language)
    for words, who in expected:
        assert _speaker_of(spoken, words) == who, spoken
    # the attribution is cut out of the turn: never said in the speaker's voice
    assert not any(who != "narrator" and ("dit le Renard" in t or "dijo el lobo" in t) for who, t in spoken)


def test_a_russian_paragraph_opened_by_a_dash_holds_two_turns() -> None:
    spoken = _spoken(RU_OPENING, "ru")
    assert _speaker_of(spoken, "Это я") == "медведь"
    assert _speaker_of(spoken, "Кто там") != "медведь"


EN_COLON = """The wolf came to the cottage of the seven kids. The wolf cried out: Open the door, my children, your mother is home!

The kids were afraid. The eldest kid answered: You are not our mother, your voice is too rough.

The wolf went away. He knew one thing: the road to the mill was long.
"""

DE_COLON = """Der Wolf kam an das Haus der Geißlein. Der Wolf rief: Lasst mich herein, ihr Kleinen, ich bringe euch Kuchen!

Die Geißlein hatten Angst. Der Wolf wusste eines: der Weg zum Müller war weit.
"""

FR_COLON = """La petite fille arriva chez sa tante. La Chèvre, cachée dans le lit, lui dit en tirant le drap : Pose le panier sur la table, et viens t'asseoir près de moi.

La petite fille posa le panier.
"""


@pytest.mark.parametrize(
    ("text", "language", "words", "who"),
    [
        (EN_COLON, "en", "Open the door", "wolf"),
        (EN_COLON, "en", "You are not our mother", "eldest kid"),
        (DE_COLON, "de", "Lasst mich herein", "wolf"),
        (FR_COLON, "fr", "Pose le panier", "chèvre"),
    ],
)
def test_speech_a_colon_introduces_is_the_speakers(text: str, language: str, words: str, who: str) -> None:
    spoken = _spoken(text, language)
    assert _speaker_of(spoken, words) == who, spoken
    assert not any(words in t and not t.startswith(words) for _, t in spoken)  # the lead-in is cut off


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [(EN_COLON, "en", "the road to the mill"), (DE_COLON, "de", "der Weg zum Müller")],
)
def test_a_colon_without_a_verb_of_saying_stays_narration(text: str, language: str, words: str) -> None:
    assert _speaker_of(_spoken(text, language), words) == "narrator"


EN_HOOD = """The girl walked through the forest to her grandmother's house. The wolf was already lying in the bed, wearing the grandmother's cap.

The girl came close to the bed.

“Grandmother, what big eyes you have!”

“All the better to see you with, my child.”

“Grandmother, what big ears you have!”

“All the better to hear you with.”
"""

FR_HOOD = """La fillette entra dans la chambre. Le Loup était couché dans le lit de la mère-grand.

«Ma mère-grand, comme votre voix est rauque!»

«C'est le rhume, ma fille, rien de plus.»

«Ma mère-grand, comme vos mains sont poilues!»

«C'est l'âge, voilà tout.»
"""

ES_HOOD = """La niña entró en la casa. El lobo estaba acostado en la cama de la abuela.

—Abuela, ¡qué ojos tan grandes!

—Son para verte mejor, niña.

—Abuela, ¡qué boca tan grande tienes!

—¡Es para comerte mejor!
"""

IT_HOOD = """La bambina entrò nella casa. Il lupo era coricato nel letto della nonna.

—Nonna, che occhi grandi hai!

—Per vederti meglio, bambina mia.

—Nonna, che bocca grande hai!

—Per mangiarti meglio!
"""

JA_COUPLE = """むかしむかし、ある村におじいさんとおばあさんがすんでいました。

ある日、おじいさんが山からかえってきました。

「おばあさん、今帰ったよ。」

「おじいさん、おかえりなさい。お茶をどうぞ。」

「ありがとう。今日はたくさん柴がとれたよ。」

「それはよかったですね。」
"""

EN_TWO = """Tom met Anna at the gate of the old mill. Anna carried a basket of eggs.

“Where are you going?”

“To the market, Tom. Will you come?”

“I cannot come today.”

“Then I will go alone.”
"""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            EN_HOOD,
            "en",
            [("big eyes", "girl"), ("to see you", "grandmother"), ("big ears", "girl"), ("to hear", "grandmother")],
        ),
        (
            FR_HOOD,
            "fr",
            [("voix est rauque", "fillette"), ("le rhume", "mère-grand"), ("mains sont poilues", "fillette")],
        ),
        (ES_HOOD, "es", [("ojos tan", "niña"), ("verte mejor", "abuela"), ("boca tan", "niña"), ("comerte", "abuela")]),
        (IT_HOOD, "it", [("occhi grandi", "bambina"), ("vederti", "nonna"), ("bocca grande", "bambina")]),
        (
            JA_COUPLE,
            "ja",
            [
                ("今帰ったよ", "おじいさん"),
                ("おかえりなさい", "おばあさん"),
                ("ありがとう", "おじいさん"),
                ("よかった", "おばあさん"),
            ],
        ),
        (
            EN_TWO,
            "en",
            [("Where are you", "tom"), ("To the market", "anna"), ("cannot come", "tom"), ("go alone", "anna")],
        ),
    ],
)
def test_turns_alternate_and_whom_a_quote_calls_does_not_say_it(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    spoken = _spoken(text, language)
    for words, who in expected:
        assert _speaker_of(spoken, words) == who, spoken


@pytest.mark.parametrize(
    ("text", "language", "deed"),
    [
        (
            "The monkey sat in the tree and the crocodile waited in the river.\n\n“Come down, friend,” said the "
            "crocodile.\n\n“I will not come down,” the monkey said. The monkey laughed and climbed higher.\n",
            "en",
            "The monkey laughed",
        ),
        (
            "Le singe était dans l'arbre et le crocodile attendait dans la rivière.\n\n« Descends, mon ami », dit "
            "le crocodile.\n\n« Je ne descendrai pas », répondit le singe. Le singe rit et grimpa plus haut.\n",
            "fr",
            "Le singe rit",
        ),
        (
            "Der Affe saß auf dem Baum, und das Krokodil wartete im Fluss.\n\n„Komm herunter, Freund“, sagte das "
            "Krokodil.\n\n„Ich komme nicht herunter“, sagte der Affe. Der Affe lachte und kletterte höher.\n",
            "de",
            "Der Affe lachte",
        ),
        (
            "El mono estaba en el árbol y el cocodrilo esperaba en el río.\n\n—Baja, amigo —dijo el cocodrilo."
            "\n\n—No bajaré —respondió el mono. El mono se rió y subió más alto.\n",
            "es",
            "El mono se rió",
        ),
    ],
)
def test_a_deed_after_a_quote_is_the_story_going_on(text: str, language: str, deed: str) -> None:
    spoken = _spoken(text, language)
    assert _speaker_of(spoken, deed) == "narrator"
    assert spoken[1][0] != spoken[2][0] and "narrator" not in (spoken[1][0], spoken[2][0])
