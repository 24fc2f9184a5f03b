"""Who is in the story, by classes of mention in the European languages: a newcomer (one, or a group) the
next sentence goes on with; a thing that speaks, named with what it is made of; a German compound whose
head is a role or an animal, and its head said alone later; "one, the elder, ..." of a pair; the doer of a
passive ("greeted by the heron"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Character


def _cast(text: str, language: str) -> dict[str, Character]:
    board = parse_script(text, filename=f"story.{language}.txt", language=language)
    return {c.id: c for c in board.characters if c.id != "narrator"}


# -- 1. a newcomer the next sentence goes on with -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("de", "Ein Diener kam herein. Er verneigte sich vor dem König.", "diener"),
        ("en", "A servant came in. He bowed to the king.", "servant"),
        ("fr", "Un serviteur entra. Il salua le roi.", "serviteur"),
        ("es", "Un criado entró. Se inclinó ante el rey.", "criado"),
        ("it", "Un servo entrò. Si inchinò davanti al re.", "servo"),
        ("pt", "Um criado entrou. Ele fez uma vénia ao rei.", "criado"),
    ],
)
def test_a_newcomer_the_story_goes_on_with_is_cast(language: str, text: str, who: str) -> None:
    cast = _cast(text, language)
    assert who in cast, sorted(cast)
    assert cast[who].gender == "male"


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("fr", "Quelques pêcheurs passaient sur la route ; ils entendirent les cris et accoururent.", "pêcheurs"),
        ("es", "Unos pescadores pasaban por el camino. Reían.", "pescadores"),
        ("de", "Drei Jäger kamen aus dem Wald. Sie lachten laut.", "jäger"),
    ],
)
def test_a_counted_group_that_acts_is_one_crowd(language: str, text: str, group: str) -> None:
    cast = _cast(text, language)
    assert group in cast and cast[group].crowd is not None, sorted(cast)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ein Diener kam herein. Sie lachte laut."),  # "sie" is someone else: no servant goes on
        ("es", "Un criado entró. El rey sonrió."),
        ("es", "Un criado entró. Era tarde."),  # the time, no one's deed
        ("en", "Sofia sits by the window. A baby cries two rows back. Sofia reads."),
    ],
)
def test_a_newcomer_the_story_leaves_is_not_cast(language: str, text: str) -> None:
    cast = _cast(text, language)
    assert not ({"diener", "criado", "baby"} & set(cast)), sorted(cast)


# -- 2. a thing that speaks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "thing"),
    [
        ("it", "C'era una volta un sasso. Il sasso disse al vento: «Lasciami dormire!»", "sasso"),
        (
            "it",
            "C'era una volta un pezzo di ferro. Il pezzo di ferro disse al martello: «Non battermi!»",
            "pezzo_di_ferro",
        ),
        ("fr", "Il y avait un morceau de bois. « Aïe ! » cria le morceau de bois.", "morceau_de_bois"),
        ("en", "Once there was a kettle. 'I am hot,' said the kettle.", "kettle"),
        ("en", "There was once a piece of iron. 'Do not strike me!' said the piece of iron.", "piece_of_iron"),
    ],
)
def test_a_thing_that_speaks_is_cast_as_the_text_names_it(language: str, text: str, thing: str) -> None:
    cast = _cast(text, language)
    assert thing in cast, sorted(cast)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Un ragazzo lanciò un sasso nel fiume. Il sasso affondò."),
        ("de", "Er nahm einen Holzlöffel und aß die Suppe."),
        ("en", "Tom put the kettle on the stove. The kettle sang. Tom drank his tea."),
    ],
)
def test_a_thing_only_used_is_no_one(language: str, text: str) -> None:
    cast = _cast(text, language)
    assert not any(k.startswith(("sasso", "holzlöffel", "löffel", "kettle")) for k in cast), sorted(cast)


# -- 3. German compounds ------------------------------------------------------------------------------------------


def test_a_compound_whose_head_is_a_role_is_that_person() -> None:
    cast = _cast("Der Hofnarr tanzte vor dem Thron. Der Hofnarr lachte.", "de")
    assert "hofnarr" in cast and cast["hofnarr"].gender == "male"
    cast = _cast("Die Meerkönigin stieg aus dem Wasser und rief: »Wer bist du?«", "de")
    assert "meerkönigin" in cast and cast["meerkönigin"].gender == "female"


def test_a_compound_and_its_head_said_later_are_one_animal() -> None:
    cast = _cast("Der Steinbock stand auf dem Felsen. Der Steinbock sah ins Tal. Der Bock sprang hinab.", "de")
    assert sorted(cast) == ["steinbock"]
    assert cast["steinbock"].animal == "goat" and cast["steinbock"].gender == "male"


@pytest.mark.parametrize(
    "text",
    [
        "Der Holzlöffel lag im Schrank. Der Holzlöffel sagte: »Ich bin müde.« Der Löffel lachte laut. Der Löffel weinte.",
        "Der Holzlöffel lag im Schrank. Der Holzlöffel lachte laut. Der Löffel sagte: »Ich bin müde.«",
    ],
)
def test_a_thing_compound_and_its_head_are_one_being(text: str) -> None:
    cast = _cast(text, "de")
    assert len(cast) == 1 and next(iter(cast)) in ("holzlöffel", "löffel"), sorted(cast)
    assert next(iter(cast.values())).gender in ("male", "neutral")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Der Steinbock stand auf dem Felsen. Der Bock rief: »Komm her!«", "steinbock"),
        (
            "Die Meerkönigin stieg aus dem Wasser. Die Meerkönigin sah sich um. Die Königin sagte: »Wer bist du?«",
            "meerkönigin",
        ),
        ("Der Hofnarr tanzte. Der Narr rief: »Hopp!«", "hofnarr"),
    ],
)
def test_the_head_of_a_compound_that_speaks_is_the_compound(text: str, who: str) -> None:
    board = parse_script(text, filename="story.de.txt", language="de")
    assert sorted(c.id for c in board.characters if c.id != "narrator") == [who]
    assert {ln.character_id for ln in board.lines() if ln.character_id != "narrator"} == {who}


def test_the_head_alone_of_two_compounds_is_neither() -> None:
    cast = _cast("Der Waldkönig und der Meerkönig saßen am Tisch. Der König sagte: »Prost!«", "de")
    assert "könig" in cast


def test_a_compound_named_for_another_animal_or_a_thing_is_not_its_head() -> None:
    from filmstudio.script.mentions import _animal_compound, _animals

    animals = _animals("de")
    assert _animal_compound("Steinbock", "de", animals) == ("steinbock", "bock")
    assert _animal_compound("Walross", "de", animals) is None  # a whale's horse: another animal
    assert _animal_compound("Teddybär", "de", animals) is None  # a toy the painter knows


def test_the_genitive_of_a_compound_brings_its_group_in() -> None:
    cast = _cast("Es war einmal der Waldkönig. Der Waldkönig lachte. Des Waldkönigs Söhne tanzten im Mondlicht.", "de")
    assert "waldkönig" in cast and cast["waldkönig"].gender == "male"
    assert "söhne" in cast and cast["söhne"].crowd == "men"


# -- 4. "one, the elder, ...; the other ..." of a pair -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "ones"),
    [
        (
            "pt",
            "Dois irmãos viviam na aldeia. Um, o mais velho, trabalhava; o outro cantava.",
            ["o_mais_velho", "o_outro"],
        ),
        ("es", "Dos hermanos vivían en la aldea. Uno, el mayor, trabajaba; el otro cantaba.", ["el_mayor", "el_otro"]),
        (
            "it",
            "Due fratelli vivevano nel villaggio. Uno, il maggiore, lavorava; l'altro cantava.",
            ["il_maggiore", "l_altro"],
        ),
        (
            "en",
            "Two brothers lived in the village. One, the elder, worked; the other sang.",
            ["the_elder", "the_other"],
        ),
        (
            "de",
            "Zwei Brüder lebten im Dorf. Der eine, der ältere, arbeitete; der andere sang.",
            ["der_andere", "der_ältere"],
        ),
    ],
)
def test_one_said_to_be_the_elder_and_the_other_are_the_pair(language: str, text: str, ones: list[str]) -> None:
    cast = _cast(text, language)
    assert sorted(cast) == sorted(ones)
    assert all(c.gender == "male" for c in cast.values())


def test_a_name_said_to_be_the_elder_is_no_one_of_the_pair() -> None:
    cast = _cast("Two brothers lived in the village. Tom, the elder, worked; the other sang.", "en")
    assert "the_elder" not in cast


# -- 5. the doer of a passive -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("en", "They were greeted by the heron that lives by the pond.", "heron"),
        ("en", "The hen was chased by a fox.", "fox"),
        ("en", "The letter was written by the miller.", "miller"),
        ("fr", "La poule fut chassée par un renard.", "renard"),
        ("it", "Furono accolti dall'airone che vive nello stagno.", "airone"),
        ("it", "Il pane fu mangiato dal lupo.", "lupo"),  # "dal": the article joined to its preposition
        ("pt", "A galinha foi caçada pelo lobo.", "lobo"),
    ],
)
def test_the_doer_of_a_passive_is_cast(language: str, text: str, who: str) -> None:
    cast = _cast(text, language)
    assert who in cast, sorted(cast)  # named without its relative clause


@pytest.mark.parametrize(
    "text",
    [
        "Tom and Anna walked by the river. Tom laughed.",
        "Tom came home. He was sitting by the king.",
        "Tom came home. The boat was left by the fox-hole near the bridge.",
        "Tom came home. She was quiet by the king's side.",
    ],
)
def test_by_without_a_passive_brings_no_one(text: str) -> None:
    cast = _cast(text, "en")
    assert not ({"river", "king", "fox", "fox-hole"} & set(cast)), sorted(cast)
