"""Who is there and what things are named, by classes of wording (sentences written for these tests):

1. a person a Romance story names by an article and a (superlative) adjective of age ("a mais nova",
   "la más pequeña", "l'aînée", "la più vecchia"): cast, of the article's gender and the rank's age, and
   one person however often so named (script/ranks.py, pairs.py);
2. a quantifier and a plural noun of a trade the lexicon does not hold ("a few miners", "unos mineros",
   "algumas lavadeiras", "einige Wäscherinnen") who then act: a group (script/trades.py, groups.py);
3. English noun-noun compounds: the head is the last noun, its modifier names no thing ("the dog bed" is a
   bed, "two tea cups" are cups; script/noun_compounds.py);
4. Romance diminutives and augmentatives: a word that is a word of its own is not made another's
   diminutive ("caminho" is a path, not a little "cama"); a real diminutive or augmentative keeps its noun
   ("casinha" a house, "sombrerón" a hat; script/word_forms.py)."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Character, Storyboard


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt", language=language)


def _cast(text: str, language: str) -> dict[str, Character]:
    return {c.id: c for c in _board(text, language).characters if c.id != "narrator"}


def _things(text: str, language: str) -> dict[str, list[str]]:
    return {t.key: t.words for s in _board(text, language).scenes for t in s.things}


# -- 1. a person named by an article and an adjective of rank ----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "who", "gender", "age"),
    [
        (
            "pt",
            "Numa aldeia junto ao rio viviam três irmãos com a mãe. O mais velho cortava lenha todas as manhãs. "
            "A mais nova cantava enquanto lavava a roupa.",
            "a_mais_nova",
            "female",
            "child",
        ),
        (
            "it",
            "In una casa di pietra vivevano quattro fratelli. Il più giovane suonava il flauto ogni sera. "
            "La più vecchia cuciva vicino alla finestra.",
            "la_più_vecchia",
            "female",
            "young_adult",
        ),
        (
            "it",
            "In una casa di pietra vivevano quattro fratelli. Il più giovane suonava il flauto ogni sera. "
            "La più vecchia cuciva vicino alla finestra.",
            "il_più_giovane",
            "male",
            "child",
        ),
        (
            "fr",
            "Trois sœurs habitaient près du moulin. L'aînée tricotait une écharpe. La cadette courait après le chat.",
            "l_aînée",
            "female",
            "young_adult",
        ),
        (
            "fr",
            "Deux frères vivaient dans une ferme au bord du lac. L'aîné labourait les champs. Le cadet pêchait "
            "sur la barque.",
            "le_cadet",
            "male",
            "child",
        ),
    ],
)
def test_a_rank_among_siblings_is_a_person_of_the_articles_gender(
    language: str, text: str, who: str, gender: str, age: str
) -> None:
    cast = _cast(text, language)
    assert who in cast, sorted(cast)
    assert (cast[who].gender, cast[who].age) == (gender, age)


@pytest.mark.parametrize(
    ("language", "text", "who", "gender"),
    [
        (
            "es",
            "La más pequeña abrió la ventana y miró la lluvia. Después la más pequeña cerró los ojos.",
            "la_más_pequeña",
            "female",
        ),
        (
            "pt",
            "Naquela casa, o mais velho acordava antes do sol. Depois o mais velho ia para o mercado.",
            "o_mais_velho",
            "male",
        ),
        ("it", "La più piccola entrò nella cucina. Poi la più piccola prese una mela.", "la_più_piccola", "female"),
    ],
)
def test_a_rank_with_no_family_named_is_one_person_all_along(language: str, text: str, who: str, gender: str) -> None:
    cast = _cast(text, language)
    assert who in cast, sorted(cast)
    assert cast[who].gender == gender
    assert len(cast) == 1, sorted(cast)  # named twice so: one person


@pytest.mark.parametrize(
    ("language", "text", "who", "gender"),
    [
        (
            "es",
            "El mayor de los hermanos abrió la puerta. La más pequeña de las casas estaba vacía.",
            "el_mayor",
            "male",
        ),
        ("it", "La più piccola della famiglia cantava in cucina.", "la_più_piccola", "female"),
        ("pt", "A mais nova da família acordou cedo e abriu a janela.", "a_mais_nova", "female"),
        ("fr", "Le cadet des frères partit dans la forêt.", "le_cadet", "male"),
    ],
)
def test_a_rank_among_those_it_names_is_that_one_not_them(language: str, text: str, who: str, gender: str) -> None:
    cast = _cast(text, language)
    assert set(cast) == {who}, sorted(cast)  # no group of brothers, no smallest house
    assert cast[who].gender == gender


# -- 2. a quantifier and a plural noun of a trade, who act --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "group", "gender"),
    [
        ("en", "The square was busy at noon. A few miners came out of the tunnel.", "miners", "neutral"),
        ("en", "The market opened early. A handful of porters carried baskets to the stalls.", "porters", "neutral"),
        ("es", "La plaza estaba llena a mediodía. Unos mineros salieron del túnel.", "mineros", "neutral"),
        ("es", "La plaza estaba llena a mediodía. Unas lavanderas cantaban junto a la fuente.", "lavanderas", "female"),
        ("pt", "A praça estava cheia ao meio-dia. Algumas lavadeiras cantavam perto da fonte.", "lavadeiras", "female"),
        ("it", "La piazza era piena a mezzogiorno. Alcuni minatori uscirono dalla galleria.", "minatori", "neutral"),
        (
            "de",
            "Der Platz war am Mittag voller Menschen. Einige Wäscherinnen sangen am Brunnen.",
            "wäscherinnen",
            "female",
        ),
    ],
)
def test_a_trade_the_lexicon_does_not_hold_is_a_group_that_acts(
    language: str, text: str, group: str, gender: str
) -> None:
    cast = _cast(text, language)
    assert group in cast, sorted(cast)
    assert cast[group].crowd is not None
    assert cast[group].gender == gender


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some flowers opened in the sun. A few answers came back."),
        ("fr", "Quelques papiers tombèrent de la table. Quelques couleurs brillaient dans le ciel."),
        ("es", "Unos sombreros volaron con el viento. Varios colores brillaban en el cielo."),
        ("it", "Alcuni bicchieri caddero dal tavolo. Molti pensieri passarono nella sua testa."),
        ("pt", "Vários travesseiros voaram pela sala. Muitos cheiros vinham da cozinha."),
        ("de", "Einige Fenster klapperten im Wind. Mehrere Messer lagen auf dem Tisch."),
    ],
)
def test_a_plural_with_an_agents_ending_that_names_no_trade_is_no_one(language: str, text: str) -> None:
    assert _cast(text, language) == {}


# -- 3. English noun-noun compounds ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "there", "not_there"),
    [
        ("Lena put the blanket in the dog bed.", "bed", "dog"),
        ("Tom washed two tea cups and a soup pot.", "coffee", "tea"),
        ("Tom opened the kitchen door and looked at the apple tree.", "tree", "apple"),
        ("Mia moved the computer mouse across her desk.", "table", "mouse"),
        ("The children floated a paper boat on the pond near the bread basket.", "basket", "bread"),
    ],
)
def test_a_compounds_modifier_names_no_thing(text: str, there: str, not_there: str) -> None:
    things = _things(text, "en")
    assert there in things, things
    assert not_there not in things, things


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("The cat watches the birds from the roof.", ("cat", "bird")),
        ("The dogs bark at the boat.", ("dog", "boat")),
        ("She found a dog and a bed in the barn.", ("dog", "bed")),
    ],
)
def test_two_nouns_that_are_no_compound_are_both_things(text: str, both: tuple[str, str]) -> None:
    things = _things(text, "en")
    assert set(both) <= set(things), things


def test_a_tea_cup_is_named_by_its_cup() -> None:
    things = _things("Tom washed two tea cups.", "en")
    assert things.get("coffee") == ["cups"], things


# -- 4. Romance diminutives and augmentatives ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "not_there"),
    [
        ("pt", "O menino seguiu pelo caminho até ao rio.", "bed"),  # caminho is no little cama
        ("it", "Il bambino si sedette sullo scalino della chiesa.", "ladder"),  # scalino is no little scala
        ("it", "Il corridore si fece male al tendino.", "tent"),  # a tendon is no little tenda
    ],
)
def test_a_word_of_its_own_is_no_diminutive_of_another(language: str, text: str, not_there: str) -> None:
    assert not_there not in _things(text, language)


@pytest.mark.parametrize(
    ("language", "text", "thing"),
    [
        ("pt", "Um gatinho dormia junto ao muro.", "cat"),
        ("es", "Un gatito dormía junto a la pared.", "cat"),
        ("es", "El hombre llevaba un sombrerón de paja.", "hat"),  # an augmentative no dictionary holds
        ("it", "Sul tavolino c'era un libretto.", "book"),
    ],
)
def test_a_real_diminutive_or_augmentative_keeps_its_noun(language: str, text: str, thing: str) -> None:
    assert thing in _things(text, language)
