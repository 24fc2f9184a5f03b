"""A named character called later by what they are ("said the boy", "dit la pauvre enfant", "contestó la
anciana", "fragte der Alte", "the girl stopped at the pond"), or named with its description ("his
seven-year-old son, Jonas"; "Lucie, une fillette de sept ans"; "Tomás, su nieto"; "ihrem Vater, dem alten
Konrad"; "Felix war ein kleiner Junge"), is one character: the description is the one named character whose
gender and age it fits, and its lines are that character's. A person brought in with an indefinite article
("a boy came by", "un garçon passa", "ein Junge kam") is someone new; a name only in a reference ("in the
style of Rembrandt", "le pinceau de Vermeer", "Vermeer's painting") casts no one; a dog named like a person
stays a dog; where two boys fit, "the boy" is neither. Every story here was written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Storyboard

EN_APPOS_BEFORE = """Peter Hollis kept the lighthouse with his seven-year-old son, Jonas.

One morning Jonas ran in from the rocks. "Father, a seal!" he shouted.

Peter put down his tea and followed him outside.
"""

EN_APPOS_AFTER = """Ruth Baines lived on a farm at the edge of the moor.

Jonas, her little son, ran into the kitchen with muddy boots. "Mother, the goat got out again!" he cried.

Ruth sighed and reached for her shawl.
"""

EN_EPITHETS = """Jonas was a small boy who lived with his grandmother, Ada Pell, in a cottage by the river.

Every morning Jonas fed the hens while Ada baked bread. One day he found a blue egg in the straw.

"Grandmother, look what I found!" said the boy.

The old woman put on her spectacles. "That is a duck's egg, not a hen's," said the old woman.

The poor child was disappointed. The little fellow carried the egg back to the straw.
"""

FR_APPOS = """Le meunier Paul Girard vivait au bord de la rivière avec sa fille, Lucie, une enfant de six ans.

Un soir, Lucie revint du bois en pleurant. « J'ai perdu mon panier », dit la petite.

Paul la prit dans ses bras. La pauvre enfant tremblait de froid.
"""

FR_EPITHET = """Lucie, une fillette de sept ans, habitait avec sa tante Odile au-dessus de la boulangerie.

Chaque matin, Lucie descendait chercher le pain. Un jour, la petite trouva un chat sur les marches.

« Il a faim », dit la pauvre enfant.

Odile lui donna un bol de lait.
"""

ES_APPOS = """Marta Ruiz vivía en el pueblo con su hermano Andrés, un muchacho de doce años.

Una tarde Andrés subió al tejado para buscar la pelota.

—¡Baja de ahí! —gritó Marta.

—Ya voy —dijo el muchacho, riendo.
"""

ES_EPITHET = """Doña Elvira era una anciana que vendía flores en la plaza. Tomás, su nieto, la ayudaba los domingos.

—Abuela, ¿cuántas rosas quedan? —preguntó el niño.

—Solo tres —contestó la anciana.
"""

DE_APPOS = """Anna Berger wohnte mit ihrem Vater, dem alten Konrad, in einem Haus am Waldrand.

Eines Abends klopfte es an die Tür. „Wer ist da?“, fragte der Alte.

Konrad ging zur Tür. Anna lachte, denn es war nur der Wind.
"""

DE_EPITHET = """Felix war ein kleiner Junge, der mit seiner Mutter Greta in einer Mühle lebte.

Felix lief eines Morgens zum Bach. Der Kleine wollte Fische fangen.

„Ich habe einen!“, rief der Junge.

Greta lachte und holte einen Eimer.
"""

EN_GIRL = """Nell Harper was a little girl with red boots.

Nell ran down the lane every morning. The girl stopped at the pond, and the little one threw bread to the ducks.

The girl laughed when the ducks quarrelled.
"""

EN_OLD_MAN = """Walter Finch was a very old man who mended nets on the pier.

Walter sat there every morning. The old man whistled to the gulls.

"Fair wind today," said the old man.
"""

FR_FILLETTE = """Lucie, une fillette de sept ans, habitait au bord de la mer.

Chaque matin, Lucie courait sur la plage. La fillette ramassait des coquillages et la petite les comptait.

La fillette riait quand les vagues arrivaient.
"""

ES_NINO = """Tomás era un niño de ocho años que vivía junto al río.

Cada tarde Tomás pescaba. El niño se sentaba en una piedra y esperaba.

El niño se rió cuando un pez saltó.
"""

DE_JUNGE = """Max war ein kleiner Junge, der am Hafen wohnte.

Max ging jeden Morgen zum Wasser. Der Junge zählte die Schiffe.

Der Junge lachte, als ein Boot hupte.
"""

EN_INDEF = """Jonas sat on the harbour wall with his fishing line.

A boy came by with a red kite. "Do you want to fly it?" asked the boy.

Jonas shook his head and kept fishing.
"""

EN_REFERENCE = """Lena Holt painted in her attic studio, in the style of Rembrandt, every evening.

Monsieur's hat still hung on the hook by the door. She dipped her brush in the dark brown paint.
"""

FR_REFERENCE = """Claire travaillait à l'atelier depuis le matin. Elle prit le pinceau de Vermeer et sourit.

Elle peignit une fenêtre et un vase de fleurs.
"""

EN_ANIMAL = """Jonas was a small boy who had a dog called Bruno.

Every evening Bruno waited at the gate. When the boy came home, Bruno barked and wagged his tail.
"""

EN_TWO_BOYS = """Tom and Jonas, two boys from the village, ran down to the river.

"Race you to the bridge!" shouted Tom.

The boy laughed and ran faster.
"""

FR_INDEF = """Lucie jouait seule dans la cour de l'école.

Un garçon passa et la salua. « Tu veux jouer ? » demanda le garçon.

Lucie sourit.
"""

ES_REFERENCE = """Andrés pintaba un cuadro al estilo de Goya en su taller.

Un niño entró corriendo. —¿Puedo mirar? —preguntó el niño.
"""

DE_INDEF = """Max spielte allein im Garten.

Ein Junge kam vorbei. „Hallo, darf ich mitspielen?“, fragte der Junge.

Max nickte.
"""

DE_REFERENCE = """Sophie las in einem Buch über die Bilder von Dürer. Sie saß am Fenster und trank Tee.
"""

EN_NEW_GIRL = """Nell was a little girl with red boots. Nell played in the garden every day.

A girl from the next farm came to the gate. The girl waved, and the girl smiled.
"""

EN_POSSESSIVE = """Nell looked at Vermeer's painting for a long time. Nell smiled and walked on.
"""

ES_TWO = """Tomás y Pablo eran dos niños del pueblo. Tomás corría y Pablo saltaba.

—¡Vamos al río! —gritó el niño.
"""


def _cast(text: str, filename: str) -> Storyboard:
    return parse_script(text, filename=filename)


def _people(board: Storyboard) -> dict[str, tuple[str, str, str | None]]:
    return {c.id: (c.gender, c.age, c.animal) for c in board.characters if c.id != "narrator"}


def _speaker(board: Storyboard, words: str) -> str:
    return next(ln.character_id for s in board.scenes for ln in s.lines if words in ln.text)


_ONE_CHARACTER = [
    pytest.param(
        EN_APPOS_AFTER, "b.en.txt", {"ruth": ("female", None), "jonas": ("male", "child")}, {}, id="en-appos-after"
    ),
    pytest.param(
        EN_EPITHETS,
        "c.en.txt",
        {"jonas": ("male", "child"), "ada": ("female", "elderly")},
        {"look what I found": "jonas", "duck's egg": "ada"},
        id="en-epithets",
    ),
    pytest.param(
        FR_APPOS,
        "d.fr.txt",
        {"paul": ("male", None), "lucie": ("female", "child")},
        {"perdu mon panier": "lucie"},
        id="fr-appos",
    ),
    pytest.param(
        FR_EPITHET,
        "e.fr.txt",
        {"lucie": ("female", "child"), "odile": ("female", None)},
        {"Il a faim": "lucie"},
        id="fr-epithet",
    ),
    pytest.param(
        ES_APPOS, "f.es.txt", {"marta": ("female", None), "andrés": ("male", None)}, {"Ya voy": "andrés"}, id="es-appos"
    ),
    pytest.param(
        ES_EPITHET,
        "g.es.txt",
        {"elvira": ("female", "elderly"), "tomás": ("male", "child")},
        {"cuántas rosas": "tomás", "Solo tres": "elvira"},
        id="es-epithet",
    ),
    pytest.param(
        DE_APPOS,
        "h.de.txt",
        {"anna": ("female", None), "konrad": ("male", "elderly")},
        {"Wer ist da": "konrad"},
        id="de-appos",
    ),
    pytest.param(
        DE_EPITHET,
        "i.de.txt",
        {"felix": ("male", "child"), "greta": ("female", None)},
        {"Ich habe einen": "felix"},
        id="de-epithet",
    ),
    pytest.param(EN_GIRL, "p1.en.txt", {"nell": ("female", "child")}, {}, id="en-girl"),
    pytest.param(EN_OLD_MAN, "p2.en.txt", {"walter": ("male", "elderly")}, {"Fair wind": "walter"}, id="en-old-man"),
    pytest.param(FR_FILLETTE, "p3.fr.txt", {"lucie": ("female", "child")}, {}, id="fr-fillette"),
    pytest.param(ES_NINO, "p4.es.txt", {"tomás": ("male", "child")}, {}, id="es-nino"),
    pytest.param(DE_JUNGE, "p5.de.txt", {"max": ("male", "child")}, {}, id="de-junge"),
]


@pytest.mark.parametrize(("text", "filename", "cast", "lines"), _ONE_CHARACTER)
def test_a_description_of_a_named_character_is_that_character(
    text: str, filename: str, cast: dict[str, tuple[str, str | None]], lines: dict[str, str]
) -> None:
    board = _cast(text, filename)
    people = _people(board)
    assert set(people) == set(cast), people
    for cid, (gender, age) in cast.items():
        assert people[cid][0] == gender or gender is None, (cid, people[cid])
        assert people[cid][1] == age or age is None, (cid, people[cid])
    for words, cid in lines.items():
        assert _speaker(board, words) == cid


def test_his_son_jonas_is_one_boy() -> None:
    people = _people(_cast(EN_APPOS_BEFORE, "a.en.txt"))
    assert people["jonas"][:2] == ("male", "child")
    assert not {"son", "boy"} & set(people)


_OTHERS = [
    pytest.param(EN_INDEF, "n1.en.txt", 2, id="en-indef"),
    pytest.param(EN_REFERENCE, "n2.en.txt", 1, id="en-reference"),
    pytest.param(FR_REFERENCE, "n3.fr.txt", 1, id="fr-reference"),
    pytest.param(EN_ANIMAL, "n4.en.txt", 2, id="en-animal"),
    pytest.param(EN_TWO_BOYS, "n5.en.txt", 2, id="en-two-boys"),
    pytest.param(FR_INDEF, "n6.fr.txt", 2, id="fr-indef"),
    pytest.param(ES_REFERENCE, "n7.es.txt", 2, id="es-reference"),
    pytest.param(DE_INDEF, "n8.de.txt", 2, id="de-indef"),
    pytest.param(DE_REFERENCE, "n9.de.txt", 1, id="de-reference"),
    pytest.param(EN_NEW_GIRL, "n10.en.txt", 2, id="en-new-girl"),
    pytest.param(EN_POSSESSIVE, "n11.en.txt", 1, id="en-possessive"),
    pytest.param(ES_TWO, "n12.es.txt", 3, id="es-two"),
]


@pytest.mark.parametrize(("text", "filename", "most"), _OTHERS)
def test_a_newcomer_a_reference_or_an_animal_is_no_named_character(text: str, filename: str, most: int) -> None:
    """At most the story's own people: no one cast from a reference, no newcomer folded into a named one."""
    people = _people(_cast(text, filename))
    assert len(people) <= most, people


def test_a_girl_who_comes_by_is_a_second_girl() -> None:
    people = _people(_cast(EN_NEW_GIRL, "n10.en.txt"))
    assert set(people) == {"nell", "girl"}, people


def test_a_boy_who_comes_by_speaks_for_himself() -> None:
    text = """Jonas, a boy of nine, sat on the harbour wall with his fishing line.

Jonas watched the boats. A boy came by with a red kite. "Do you want to fly it?" asked the boy.
"""
    board = _cast(text, "kite.en.txt")
    assert _speaker(board, "fly it") != "jonas"


def test_two_fitting_characters_keep_the_description_apart() -> None:
    text = """Tom and Jonas were two small boys who lived by the mill.

Tom climbed the fence. Jonas followed him.

"We will be late!" said the boy.
"""
    board = _cast(text, "fence.en.txt")
    assert _speaker(board, "be late") not in ("tom", "jonas")


def test_a_grown_ups_trade_is_someone_of_their_own() -> None:
    """Only a word of age (a child, an old person) is read as the named one: "la criada" is no Rosalía."""
    text = (
        "Rosalía cosía junto a la ventana.\n\n"
        "-Buenas tardes -dijo Rosalía.\n\n"
        "Entonces entró la criada con una carta.\n\n"
        "-Es para usted -dijo la criada."
    )
    board = _cast(text, "carta.es.txt")
    assert _speaker(board, "para usted") != "rosalía"


def test_the_dog_named_like_a_person_stays_a_dog() -> None:
    people = _people(_cast(EN_ANIMAL, "n4.en.txt"))
    assert people["bruno"][2] == "dog"


def test_a_screenplays_boy_is_a_cue_of_its_own() -> None:
    """A screenplay names each speaker in its cue: its BOY is someone else than its JONAS."""
    text = """INT. KITCHEN - DAY

JONAS (8) runs in, muddy.

JONAS
Mum, the goat got out!

A BOY appears at the window.

BOY
It's in my garden!
"""
    people = _people(_cast(text, "goat.en.fountain"))
    assert {"jonas", "boy"} <= set(people), people


def test_a_name_joined_to_a_word_for_a_person_is_that_name() -> None:
    text = (
        "Once there lived a Vantor on an island, and the Vantor had a hat. The Vantor sat on the sand every "
        'day. The Vantor walked along the beach. One day the Vantor-man said, "Hello." Then the Vantor went home.'
    )
    board = parse_script(text, filename="vantor.en.txt")
    assert [c.name for c in board.characters if c.id != "narrator"] == ["Vantor"]
    assert board.character("vantor").gender == "male"
