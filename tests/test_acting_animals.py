"""An animal that acts is one of the story's beings: the subject of a verb of doing, feeling or perceiving
once and spoken to ("the lion said to a fox ... the fox was afraid and ran away"), or twice, in every
language read; it is cast, drawn as its animal (a jackal as the wolf, a vulture as the eagle), and no
longer painted as a thing. An animal only mentioned, someone's, a likeness, food or a herd is not."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.script.acting import acts_here, spoken_to
from filmstudio.script.mentions import animal_words, find_mentions
from filmstudio.script.vocabulary import things
from filmstudio.storyboard import Storyboard

# the lion speaks to the fox; the fox, spoken to, is afraid and runs away
LION_AND_FOX = {
    "en": 'A lion lived in a forest. One day the lion said to a fox, "I am hungry." The fox was afraid and ran away.',
    "fr": "Un lion vivait dans la forêt. Un jour, le lion dit au renard : « J'ai faim. » Le renard eut peur et s'enfuit.",
    "de": "Ein Löwe lebte im Wald. Eines Tages sagte der Löwe zum Fuchs: „Ich habe Hunger.“ Der Fuchs erschrak und "
    "lief davon.",
    "es": "Un león vivía en el bosque. Un día el león le dijo al zorro: «Tengo hambre». El zorro tuvo miedo y huyó.",
    "it": "Un leone viveva nella foresta. Un giorno il leone disse alla volpe: «Ho fame». La volpe ebbe paura e "
    "scappò via.",
    "pt": "Um leão vivia na floresta. Um dia o leão disse à raposa: «Tenho fome». A raposa teve medo e fugiu.",
    "ru": "В густом тёмном лесу жил старый лев. Однажды лев сказал лисе: «Я голоден». Лиса испугалась и убежала.",
    "hi": 'एक जंगल में एक शेर रहता था। एक दिन शेर ने एक लोमड़ी से कहा, "मुझे भूख लगी है।" लोमड़ी डर गई और भाग गई।',
    "ja": "森にライオンが住んでいました。ある日、ライオンは狐に言いました。「お腹がすいた。」狐は怖くなって逃げました。",
    "zh": "森林里住着一只狮子。有一天，狮子对狐狸说：“我饿了。”狐狸很害怕，就逃走了。",
}


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt", language=language)


def _cast(board: Storyboard) -> dict[str, str | None]:
    return {c.name.lower(): c.animal for c in board.characters if c.id != "narrator"}


def _things(board: Storyboard) -> set[str]:
    return {t.key for scene in board.scenes for t in scene.things}


@pytest.mark.parametrize("language", list(LION_AND_FOX))
def test_an_animal_spoken_to_that_then_acts_is_cast_as_its_animal(language: str) -> None:
    board = _board(LION_AND_FOX[language], language)
    animals = sorted(a for a in _cast(board).values() if a)
    assert animals == ["fox", "lion"], _cast(board)
    assert "fox" not in _things(board)  # drawn once, acting: not painted again as a thing


@pytest.mark.parametrize(
    ("language", "text", "cast"),
    [
        # a fable animal the painter has no picture of is drawn as the nearest it has, under its own word
        (
            "en",
            'A lion was the king of the jungle. One morning the lion said to a jackal, "Bring me food." The '
            "jackal was afraid. It hid in the bushes.",
            {"lion": "lion", "jackal": "wolf"},
        ),
        (
            "es",
            "Un buitre vivía en la montaña. Un día el conejo le dijo al buitre: «Déjame en paz». El buitre se "
            "enfadó y voló hacia el conejo.",
            {"conejo": "rabbit", "buitre": "eagle"},
        ),
        (
            "pt",
            "Um menino encontrou um cão na rua. O menino disse ao cão: «Vem comigo». O cão correu atrás dele.",
            {"menino": None, "cão": "dog"},
        ),
        (
            "zh",
            "一只乌龟住在河边。有一天，仙鹤对乌龟说：“跟我一起飞吧。”乌龟很高兴，就爬了过去。",
            {"仙鹤": "bird", "乌龟": "turtle"},
        ),
        # an animal that acts twice, spoken to or not
        (
            "en",
            "An old man sat by the road. A hare ran across the road. The hare stopped and looked at the man. "
            "The old man smiled.",
            {"old man": None, "hare": "rabbit"},
        ),
        (
            "en",
            "A boy sat by a pond. A frog jumped out of the water. The frog looked at the boy and sang. The boy "
            "laughed.",
            {"boy": None, "frog": "frog"},
        ),
        (
            "it",
            "Un contadino lavorava nel campo. Un corvo si posò sull'albero. Il contadino disse al corvo: "
            "«Vattene!». Il corvo ebbe paura e volò via.",
            {"contadino": None, "corvo": "crow"},
        ),
        # a person named by what they are, spoken to and then acting
        (
            "en",
            'A farmer went to the market. On the way he said to a woodcutter, "Help me." The woodcutter nodded '
            "and walked with him. The farmer smiled.",
            {"farmer": None, "woodcutter": None},
        ),
    ],
)
def test_beings_that_act_are_the_cast(language: str, text: str, cast: dict[str, str | None]) -> None:
    assert _cast(_board(text, language)) == cast


def test_a_japanese_animal_written_in_kana_that_acts_is_cast() -> None:
    text = (
        "うさぎとかめがいました。うさぎはかめに言いました。「きみはのろいね。」かめは怒って、うさぎに言いました。"
        "「では、競走しよう。」"
    )
    assert sorted(a for a in _cast(_board(text, "ja")).values() if a) == ["rabbit", "turtle"]


@pytest.mark.parametrize(
    ("language", "text", "cast"),
    [
        # someone's animal, an animal met once in passing, a likeness
        (
            "en",
            "Tom had a dog. Every morning Tom walked to the river. A crow flew over the water. Tom sat down and "
            "ate his bread. He was as sly as a fox. Then he went home.",
            {"tom"},
        ),
        # food, and a herd
        (
            "en",
            "The farmer cooked dinner. The chicken was roasted in the oven. The sheep grazed on the hill. The "
            'sheep slept under the trees. The farmer laughed and said, "What a fine day!"',
            {"farmer"},
        ),
        # an animal that acts once and is never spoken to
        (
            "en",
            "A woodcutter went into the forest. The woodcutter saw a deer. The deer ran away. The woodcutter sat "
            "down and slept.",
            {"woodcutter"},
        ),
        (
            "en",
            "The hunter shot the deer and went home. His wife cooked the deer for dinner. The hunter ate it and slept.",
            {"hunter"},
        ),
        ("en", "A boy saw a fox in the field. The fox was red. The boy ran home and told his mother.", {"boy"}),
        ("en", "Two foxes ran into the wood. The foxes slept under a bush. A hunter walked past.", set()),
        (
            "fr",
            "Le berger gardait ses moutons. Les moutons mangeaient l'herbe. Les moutons dormaient sous les arbres. "
            "Le berger chantait.",
            {"berger"},
        ),
        ("fr", "Les loups couraient dans la forêt. Les loups hurlaient. Un chasseur les regardait.", set()),
        (
            "es",
            "La cocinera preparó la cena. El pollo estaba en el horno. El pollo fue asado con patatas. La cocinera "
            "cantaba.",
            {"cocinera"},
        ),
        (
            "de",
            "Ein Jäger ging in den Wald. Er sah einen Hirsch. Der Hirsch lief davon. Der Jäger kehrte nach Hause "
            "zurück.",
            {"jäger"},
        ),
        ("ru", "Охотник пошёл в лес. Он увидел зайца. Заяц убежал. Охотник вернулся домой.", {"охотник"}),
        ("ru", "Старик жил у моря. У старика была собака. Старик ловил рыбу. Вечером старик ел хлеб.", {"старик"}),
        ("hi", "किसान के पास एक गाय थी। किसान रोज़ खेत में काम करता था। एक दिन किसान बाज़ार गया।", {"किसान"}),
        ("hi", "एक किसान खेत में काम करता था। एक कौआ पेड़ पर बैठा था। किसान घर लौट गया।", {"किसान"}),
        (
            "ja",
            "おじいさんは犬を飼っていました。おじいさんは山へ行きました。おじいさんは木を切りました。",
            {"おじいさん"},
        ),
        (
            "ja",
            "猫が一匹、道を歩いていました。おばあさんは市場へ行きました。おばあさんは魚を買いました。",
            {"おばあさん"},
        ),
        ("zh", "农夫养了一只狗。农夫每天去田里干活。有一天，农夫吃了一只鸡。", {"农夫"}),
        ("zh", "一只鸟飞过天空。老人坐在门口。老人看着远方。", {"老人"}),
    ],
)
def test_an_animal_only_mentioned_is_no_character(language: str, text: str, cast: set[str]) -> None:
    assert set(_cast(_board(text, language))) == cast


@pytest.mark.parametrize(
    ("language", "text", "word", "acting", "addressed"),
    [
        ("en", "One day the lion said to a fox, I am hungry.", "fox", False, True),
        ("en", "The fox was afraid and ran away.", "fox", True, False),
        ("en", "The chicken was roasted in the oven.", "chicken", False, False),
        ("en", "The hunter shot the fox and went home.", "fox", False, False),
        ("en", "The lion asked the fox where he lived.", "fox", False, True),
        ("en", "The fox said that the crow was vain.", "crow", False, False),
        ("fr", "Le lion dit au renard qu'il avait faim.", "renard", False, True),
        ("de", "Da lief der Fuchs davon.", "Fuchs", True, False),
        ("de", "Er sah den Fuchs.", "Fuchs", False, False),
        ("es", "Entonces dijo el león al zorro que tenía hambre.", "zorro", False, True),
        ("it", "Il leone disse alla volpe che aveva fame.", "volpe", False, True),
        ("pt", "O leão disse à raposa que tinha fome.", "raposa", False, True),
        ("ru", "Лев сказал лисе, что голоден.", "лисе", False, True),
        ("ru", "Испугалась лиса.", "лиса", True, False),
        ("hi", "शेर ने लोमड़ी से कहा।", "लोमड़ी", False, True),
        ("hi", "लोमड़ी डर गई।", "लोमड़ी", True, False),
        ("hi", "शेर की गुफा बड़ी थी।", "शेर", False, False),
        ("ja", "ライオンは狐に言いました。", "狐", False, True),
        ("ja", "狐は逃げました。", "狐", True, False),
        ("ja", "狐は食べられました。", "狐", False, False),
        ("zh", "狮子对狐狸说。", "狐狸", False, True),
        ("zh", "狐狸很害怕。", "狐狸", True, False),
        ("zh", "狐狸被猎人抓住了。", "狐狸", False, False),
    ],
)
def test_what_a_clause_says_its_animal_does(language: str, text: str, word: str, acting: bool, addressed: bool) -> None:
    mention = next(m for m in find_mentions(text, language) if text[m.start : m.end].lower() == word.lower())
    assert acts_here(text, mention, language) is acting
    assert spoken_to(text, mention, language) is addressed


@pytest.mark.parametrize(
    ("language", "words", "key"),
    [
        ("en", "jackal", "wolf"),
        ("en", "hyena", "dog"),
        ("en", "vulture heron crane stork", "eagle bird bird bird"),
        ("en", "lamb tortoise ox goose boar toad grasshopper", "sheep turtle cow duck pig frog beetle"),
        (
            "fr",
            "chacal hyène vautour héron agneau chevreau tortue cigale",
            "wolf dog eagle bird sheep goat turtle beetle",
        ),
        (
            "de",
            "schakal hyäne geier kranich reiher lamm zicklein schildkröte",
            "wolf dog eagle bird bird sheep goat turtle",
        ),
        (
            "es",
            "chacal hiena buitre grulla garza cordero cabrito tortuga",
            "wolf dog eagle bird bird sheep goat turtle",
        ),
        (
            "it",
            "sciacallo iena avvoltoio gru airone agnello capretto tartaruga",
            "wolf dog eagle bird bird sheep goat turtle",
        ),
        (
            "pt",
            "chacal hiena abutre grou garça cordeiro cabrito tartaruga cão",
            "wolf dog eagle bird bird sheep goat turtle dog",
        ),
        (
            "ru",
            "шакал гиена гриф журавль цапля ягнёнок козлёнок черепаха заяц",
            "wolf dog eagle bird bird sheep goat turtle rabbit",
        ),
        (
            "hi",
            "सियार लकड़बग्घा गिद्ध सारस बगुला मेमना बकरा कछुआ भेड़िया बाघ",
            "wolf dog eagle bird bird sheep goat turtle wolf tiger",
        ),
        (
            "ja",
            "ジャッカル ハイエナ ハゲワシ 鶴 鷺 子羊 子ヤギ 亀 きつね",
            "wolf dog eagle bird bird sheep goat turtle fox",
        ),
        ("zh", "豺 鬣狗 秃鹫 仙鹤 白鹭 羊羔 小山羊 乌龟", "wolf dog eagle bird bird sheep goat turtle"),
    ],
)
def test_fable_animals_are_drawn_as_the_nearest_animal_we_draw(language: str, words: str, key: str) -> None:
    named = animal_words(language)
    assert [named.get(w) for w in words.split()] == key.split()


def test_an_animal_without_a_picture_of_its_own_is_painted_as_the_nearest_keeping_its_word() -> None:
    found = [(m.key, m.words) for m in things("en").find("A jackal ran past the hut. A vulture sat on a branch.")]
    assert ("wolf", ("jackal",)) in found and ("eagle", ("vulture",)) in found


def test_a_sentence_going_on_after_a_quote_is_not_its_attribution() -> None:
    text = (
        "A hungry fox walked through the wood and saw a goose by the pond. "
        "\u201cGood morning, dear goose,\u201d said the fox. \u201cWhat a lovely day for a walk.\u201d "
        "The goose looked at him and laughed. \u201cI know your tricks, old fox,\u201d said the goose."
    )
    said = [(ln.character_id, ln.text) for scene in _board(text, "en").scenes for ln in scene.lines]
    assert ("fox", "What a lovely day for a walk.") in said
    assert ("goose", "I know your tricks, old fox,") in said


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        # whom a verb of saying goes to does not say the quote
        (
            "en",
            'The wolf had a bone in his throat. He said to a crane, "Help me." The crane pulled the bone out.',
            ("wolf", "Help me."),
        ),
        ("zh", "一只乌龟住在河边。有一天，仙鹤对乌龟说：“跟我一起飞吧。”乌龟很高兴。", ("仙鹤", "跟我一起飞吧。")),
        # the verb first, its subject after it: the one who asks
        ("en", 'A fox met a crow in the wood. "Where are you going?" asked the fox.', ("fox", "Where are you going?")),
        (
            "de",
            "Die Maus traf den Fuchs im Wald. „Wohin gehst du?“ fragte die Maus.",
            ("maus", "Wohin gehst du?"),
        ),
    ],
)
def test_the_one_spoken_to_is_not_the_one_who_speaks(language: str, text: str, said: tuple[str, str]) -> None:
    lines = [(ln.character_id, ln.text) for scene in _board(text, language).scenes for ln in scene.lines]
    assert said in lines, lines
