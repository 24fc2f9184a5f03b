"""Characters a story names without a proper name: a group named by what it does or by a plural with a
genitive, one of a pair told apart by a numeral, a comparative or "other", a being met by an indefinite
noun and met again, a being by its title. Each example sentence is our own."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script


def _cast(text: str, language: str) -> dict[str, object]:
    board = parse_script(text, filename=f"story.{language}.txt", language=language)
    return {c.name: c for c in board.characters if c.id != "narrator"}


# --- 1. a group named by a plural with a genitive or a relative phrase, that acts ----------------------


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Tom told a joke at supper. All those who were eating laughed.", "Those who were eating"),
        ("fr", "Le clown tomba dans la sciure. Tous ceux qui regardaient rirent.", "Ceux qui regardaient"),
        ("es", "El payaso cayó al suelo. Todos los que miraban rieron.", "Los que miraban"),
        ("it", "Il mago suonò il flauto. Tutti quelli che ascoltavano piansero.", "Quelli che ascoltavano"),
        ("pt", "O palhaço caiu no chão. Todos os que olhavam riram.", "Os que olhavam"),
        ("de", "Der Gaukler stolperte. Alle, die dort saßen, lachten.", "Die dort saßen"),
        ("zh", "小明讲了一个笑话。所有的人都笑了。", "所有的人"),
        ("zh", "老师讲了一个故事。听故事的人都哭了。", "听故事的人"),
        ("hi", "राजा ने एक घोषणा की। गाँव के लोग दौड़कर आए।", "गाँव के लोग"),
        ("hi", "किसान के बच्चे खेत में खेलने लगे।", "किसान के बच्चे"),
        ("bn", "রাজা একটি ঘোষণা করলেন। গ্রামের লোকেরা ছুটে এল।", "গ্রামের লোকেরা"),
    ],
)
def test_a_group_named_by_what_it_does_or_whose_it_is(language: str, text: str, name: str) -> None:
    cast = _cast(text, language)
    assert name in cast, cast
    assert cast[name].crowd is not None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nell thought of all those who had gone away. Then she slept."),
        ("en", "Those who know the old miller say he is kind."),
        ("en", "Those who had gone away were soon forgotten. The king slept."),
        ("zh", "他是一个好心的人。他每天帮助别人。"),
        ("hi", "मैंने गाँव के लोग देखे।"),
        ("bn", "আমি গ্রামের লোকেদের দেখলাম।"),
        ("fr", "« Tous ceux qui mentent seront punis », dit la reine."),
    ],
)
def test_those_only_spoken_of_are_no_group(language: str, text: str) -> None:
    assert not [c for c in _cast(text, language).values() if c.crowd is not None]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Nell ran into the forest. The birds of the wood sang to her, and she smiled.", "Birds"),
        ("de", "Die Alte rief um Hilfe. Die Kinder des Dorfes liefen herbei.", "Kinder"),
        ("fr", "La vieille femme appela. Les enfants du village accoururent vers elle.", "Enfants"),
        ("es", "La princesa esperaba en la torre. Los hijos del rey llegaron al castillo.", "Hijos"),
        ("it", "La principessa aspettava nella torre. I figli del re arrivarono al castello.", "Figli"),
    ],
)
def test_a_group_named_by_a_plural_with_its_complement(language: str, text: str, name: str) -> None:
    cast = _cast(text, language)
    assert name in cast, cast
    assert not {"Wood", "Dorfes", "Village", "Rey", "Re"} & set(cast)  # whose they are acts not


def test_a_group_of_the_genitive_takes_the_place_of_its_plural_alone() -> None:
    cast = _cast("राजा के बेटे जंगल में गए। राजा के बेटे हँसने लगे।", "hi")
    assert "राजा के बेटे" in cast and "बेटे" not in cast


# --- 2. one of a pair, told apart by a numeral, an ordinal, a comparative or "other" --------------------


@pytest.mark.parametrize(
    ("language", "text", "names", "gender"),
    [
        (
            "en",
            'Two brothers lived by a river. The elder said, "Let us go fishing." The other one laughed.',
            ("Elder", "The other one"),
            "male",
        ),
        (
            "en",
            "Two little girls played in the yard. The younger cried, and the elder hugged her.",
            ("The younger", "The elder"),
            "female",
        ),
        (
            "fr",
            "Il était une fois deux frères. L'un dit : « Partons. » L'autre répondit : « Non. »",
            ("L'un", "L'autre"),
            "male",
        ),
        (
            "fr",
            "Deux sœurs habitaient au moulin. L'aînée chantait. La cadette dansait.",
            ("L'aînée", "La cadette"),
            "female",
        ),
        (
            "de",
            "Es waren einmal zwei Brüder. Der eine sagte: „Wir gehen.“ Der andere lachte.",
            ("Der eine", "Der andere"),
            "male",
        ),
        (
            "de",
            "Es waren einmal zwei Schwestern. Die ältere nähte. Die jüngere sang ein Lied.",
            ("Die ältere", "Die jüngere"),
            "female",
        ),
        (
            "es",
            "Dos hermanas vivían en el bosque. La mayor dijo: —Vámonos. La menor respondió: —No quiero.",
            ("Mayor", "La menor"),
            "female",
        ),
        (
            "it",
            "Due fratelli vivevano al mulino. Il maggiore disse: «Andiamo.» L'altro rise.",
            ("Maggiore", "L'altro"),
            "male",
        ),
        (
            "ru",
            "Жили-были два брата. Старший сказал: «Пойдём в лес». Младший засмеялся.",
            ("Старший", "Младший"),
            "male",
        ),
        (
            "pt",
            "Havia dois irmãos numa aldeia. O mais velho disse: — Vamos embora. O mais novo chorou.",
            ("O mais velho", "O mais novo"),
            "male",
        ),
    ],
)
def test_each_one_of_a_pair_that_acts(language: str, text: str, names: tuple[str, ...], gender: str) -> None:
    cast = _cast(text, language)
    for name in names:
        assert name in cast, cast
        assert cast[name].gender == gender  # type: ignore[attr-defined]
        assert cast[name].age != "elderly"  # type: ignore[attr-defined]  # "the elder" of two is no old man
    # the pair is its ones, no group of its own beside them
    assert not [c for c in cast.values() if c.crowd is not None]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two men lived in a hut. The other day it rained. The first time they saw snow, they laughed."),
        ("en", "He had two sons. He gave the elder a horse and the younger a cow."),
        ("fr", "Deux frères vivaient ici. L'autre jour, il plut. Le premier jour, ils rirent."),
        ("es", "Dos hermanos vivían allí. La otra noche llovió mucho."),
        ("it", "Due fratelli vivevano lì. L'altro giorno piovve."),
        ("en", "Nell had two apples. The other fell into the river."),
        ("en", "The other one laughed. The elder said nothing."),  # no pair named before
    ],
)
def test_no_one_of_a_pair_where_none_acts(language: str, text: str) -> None:
    cast = _cast(text, language)
    assert not [
        n
        for n in cast
        if n.split()[-1].lower() in {"other", "elder", "younger", "first", "autre", "otra", "altro", "premier"}
    ]


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("es", "Dos hermanos vivían en el bosque. Uno quería irse. El otro respondió: —No.", ("Uno", "El otro")),
        ("it", "Due fratelli vivevano al mulino. Uno cantava. L'altro dormiva.", ("Uno", "L'altro")),
        ("pt", "Dois pescadores saíram ao mar. Um riu. O outro chorou.", ("Um", "O outro")),
    ],
)
def test_one_alone_opening_its_sentence(language: str, text: str, names: tuple[str, ...]) -> None:
    assert set(names) <= set(_cast(text, language))


def test_one_of_a_saying_or_a_time_is_no_one() -> None:
    cast = _cast("Dos hermanos vivían allí. Uno nunca sabe. Una mañana llovió. Uno de ellos cantó.", "es")
    assert not {"Uno", "Una"} & set(cast)


def test_the_ones_of_a_chinese_pair_by_their_numeral() -> None:
    cast = _cast("村里有两个农夫。一个说：“今年雨多。”另一个笑了。", "zh")
    assert {"一个", "另一个"} <= set(cast)


def test_the_ones_of_a_pair_of_animals_are_those_animals() -> None:
    cast = _cast('Two foxes lived under a hill. The elder said, "I am hungry." The other one ran to the farm.', "en")
    assert cast["Elder"].animal == cast["The other one"].animal == "fox"  # type: ignore[attr-defined]
    cast = _cast("河边有两只狐狸。一只跑了。另一只也跑了。", "zh")
    assert cast["一只"].animal == cast["另一只"].animal == "fox"  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["村里有两个农夫。一个人走了过来。", "桌上有两个苹果。一个很红。另一个很绿。"])
def test_one_person_or_one_thing_is_no_one_of_a_pair(text: str) -> None:
    assert not {"一个", "另一个"} & set(_cast(text, "zh"))


def test_whose_they_are_is_no_group_of_its_own() -> None:
    cast = _cast("A princesa esperava na torre. Os filhos do rei chegaram ao castelo.", "pt")
    assert "Filhos" in cast and "Rei" not in cast


# --- 3. a being met by an indefinite noun, then acting again -------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Der Bauer saß am Tisch. Ein Knecht trat herein. Der Knecht sagte: „Das Pferd ist krank.“", "Knecht"),
        ("it", "Era sera. Un vecchio bussò alla porta. Il vecchio disse: «Ho fame.»", "Vecchio"),
        ("fr", "Un vieil homme frappa à la porte. Le vieil homme dit : « J'ai faim. »", "Vieil homme"),
        ("es", "Un pastor llegó al pueblo. El pastor dijo: —Tengo sed.", "Pastor"),
        ("pt", "Um velho bateu à porta. O velho disse: — Tenho fome.", "Velho"),
    ],
)
def test_a_being_met_by_an_indefinite_noun_and_met_again(language: str, text: str, name: str) -> None:
    cast = _cast(text, language)
    assert name in cast, cast
    assert not any(n.split()[-1] in ("disse", "dit", "dijo", "sagte") for n in cast)  # the verb is no name


# --- 4. a supernatural or royal being by a title ------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("zh", "小明走进山里。山神出现了，说：“你为什么来这里？”", "山神"),
        ("zh", "渔夫在河边钓鱼。河神从水里出来，笑了。河神说：“你是个好人。”", "河神"),
        ("zh", "海边很安静。龙王从海里出来，说：“谁在这里？”", "龙王"),
        ("de", "Anna ging zum See. Der Wassermann stieg aus dem Wasser und sprach: „Was willst du?“", "Wassermann"),
        ("de", "Der Hirte ging zum Schloss. Des Königs Töchter tanzten im Saal.", "Töchter"),
        ("de", "Die Magd ging in den Wald. Die Waldfee erschien und sprach: „Was suchst du?“", "Waldfee"),
    ],
)
def test_a_being_by_its_title(language: str, text: str, name: str) -> None:
    assert name in _cast(text, language)


@pytest.mark.parametrize("text", ["他走到山上。山上很安静。", "他的精神很好。他笑了。"])
def test_a_place_or_a_word_holding_a_title_is_no_being(text: str) -> None:
    assert _cast(text, "zh") == {}


def test_the_other_of_a_pair_named_apart_is_one_of_them() -> None:
    # the pair's ones have names of their own: "the other" is one of them, no one new
    text = (
        "Once upon a time two cats lived in a barn, the Barn Cat and the Garden Cat. One evening the Barn Cat "
        'said, "Stay with me tonight." "I cannot," answered the other. Then the Garden Cat ran off into the '
        "night, and the Barn Cat went to sleep."
    )
    cast = _cast(text, "en")
    assert not [name for name in cast if name.lower().startswith("the other")], cast
    assert {"Barn Cat", "Garden Cat"} <= set(cast), cast


@pytest.mark.parametrize(
    ("language", "text", "none_of"),
    [
        ("de", "Fünf Brüder zogen in die Welt. Der eine fing an zu singen, der andere lachte laut.", "der"),
        ("en", "Six sisters lived by the mill. The first sang all day, the second danced at night.", "the"),
    ],
)
def test_the_ones_of_a_larger_set_are_the_set_one_by_one(language: str, text: str, none_of: str) -> None:
    cast = _cast(text, language)
    assert not [name for name in cast if name.lower().startswith(none_of + " ")], cast


def test_the_youngest_of_a_larger_set_who_acts_is_cast() -> None:
    cast = _cast('Three brothers set out to find the bird. The youngest said, "I will go alone."', "en")
    assert any("youngest" in name.lower() for name in cast), cast
