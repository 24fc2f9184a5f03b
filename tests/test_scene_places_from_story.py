"""The setting of a scene whose text names no drawable place plainly: a tale's home, a trade's workplace, the
place come from or gone towards, a place word the settings table lacks, a place word in an idiom. Invented
stories, one class each."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script


def _settings(text: str, name: str) -> list[str]:
    return [scene.setting for scene in parse_script(text, filename=name).scenes]


# -- 1. a tale's home ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text", "home"),
    [
        (
            "fisher.en.txt",
            "There once lived an old fisherman and his wife. They were very poor and had only a little bread.\n\n"
            'One evening the wife said, "We have nothing to eat." The old man sighed and said nothing.',
            "cabin",
        ),
        (
            "couple.en.txt",
            "An old man and an old woman had no children. Every night they sat together and talked.\n\n"
            '"If only we had a child," said the old woman.',
            "cabin",
        ),
        (
            "woodcutter.en.txt",
            "Once upon a time there was a poor woodcutter who had a wife and two children.\n\n"
            'One night the woodcutter could not sleep. "What will become of us?" he said to his wife.',
            "cabin",
        ),
        (
            "merchant.en.txt",
            "A rich merchant had three daughters.\n\n"
            'One day the merchant called his daughters to him and said, "I must go on a long journey."',
            "mansion",
        ),
        (
            "schneider.de.txt",
            "Es war einmal ein armer Schneider, der hatte drei Söhne und nur eine Ziege.\n\n"
            'Eines Abends sagte der älteste Sohn: "Ich will in die Welt gehen." Der Vater weinte.',
            "cabin",
        ),
        (
            "bucheron.fr.txt",
            "Il était une fois un pauvre bûcheron et sa femme.\n\n"
            "Un soir, le bûcheron dit à sa femme : « Nous n'avons plus de pain. »",
            "cabin",
        ),
        (
            "pescador.es.txt",
            "Érase una vez un pescador y su mujer, muy pobres.\n\nUna noche la mujer dijo: «No tenemos nada que comer».",
            "cabin",
        ),
        (
            "starik.ru.txt",
            "Жили-были старик со старухой. Детей у них не было.\n\nОднажды старуха сказала: «Хорошо бы нам дочку».",
            "cabin",
        ),
        (
            "fuqi.zh.txt",
            "从前，有一对老夫妻，他们没有孩子。\n\n一天晚上，老婆婆说：“我们要是有个孩子就好了。”",
            "cabin",
        ),
    ],
)
def test_a_tale_opening_with_its_people_is_at_their_home(name: str, text: str, home: str) -> None:
    assert _settings(text, name) == [home, home]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "heim.de.txt",
            "Hans ging den ganzen Tag durch den Wald.\n\nAm Abend ging Hans heim und setzte sich ans Feuer.",
        ),
        ("ie.ja.txt", "太郎は一日中森の中を歩きました。\n\n夕方、太郎は家に帰りました。"),
        ("huijia.zh.txt", "小明在森林里走了一整天。\n\n晚上，小明回家了，坐在火边。"),
        (
            "fields.en.txt",
            "Anna lived in a small village.\n\n"
            "One evening Anna came back from the fields, tired and hungry. She sat on the bench by the door.",
        ),
    ],
)
def test_coming_home_or_back_from_somewhere_is_at_home(name: str, text: str) -> None:
    assert _settings(text, name)[1] == "living_room"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("walking.en.txt", "Tom worked all day in the mill.\n\nAs Tom was walking home, he met a little grey dog."),
        (
            "rentrant.fr.txt",
            "Pierre travailla toute la journée au moulin.\n\nEn rentrant chez lui, Pierre rencontra un petit chien gris.",
        ),
        (
            "heimweg.de.txt",
            "Hans arbeitete den ganzen Tag in der Mühle.\n\nAuf dem Heimweg traf Hans einen kleinen grauen Hund.",
        ),
    ],
)
def test_on_the_way_home_is_on_the_road(name: str, text: str) -> None:
    assert _settings(text, name)[1] == "road"


def test_walking_home_at_the_end_of_a_scene_leaves_it_where_it_was() -> None:
    text = (
        "Lena ran into the forest after her goat.\n\n"
        "At last she found the goat asleep under an old oak, and they walked home together under the stars."
    )
    assert _settings(text, "goat.en.txt") == ["forest", "forest"]


# -- 2. a trade's workplace, its person named by name ---------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "tailor.en.txt",
            "Once a tailor named Bill lived in a small town.\n\n"
            "One morning Bill sat cross-legged and sewed a fine coat for the mayor.",
        ),
        (
            "schneider2.de.txt",
            "In einer kleinen Stadt lebte ein Schneider namens Fritz.\n\n"
            "Am Morgen nähte Fritz einen schönen Rock für den Bürgermeister.",
        ),
        (
            "cordonnier.fr.txt",
            "Dans une petite ville vivait un cordonnier nommé Paul.\n\n"
            "Chaque soir, Paul cousait des souliers pour les enfants.",
        ),
        (
            "fabbro.it.txt",
            "In una piccola città viveva un fabbro di nome Beppe.\n\nOgni mattina Beppe martellava il ferro rovente.",
        ),
        (
            "sapozhnik.ru.txt",
            "В маленьком городе жил сапожник по имени Федя.\n\nКаждый вечер Федя шил сапоги для детей.",
        ),
        ("kutsuya.ja.txt", "ある町に、ハンスというくつやがいました。\n\nまいばん、ハンスはくつをぬいました。"),
        (
            "alfaiate.pt.txt",
            "Numa pequena cidade vivia um alfaiate chamado Rui.\n\nTodas as manhãs Rui costurava casacos.",
        ),
    ],
)
def test_someone_of_a_trade_named_by_name_is_at_work(name: str, text: str) -> None:
    assert _settings(text, name)[1] == "workshop"


# -- 3. a place gone towards is not yet where the scene is ----------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cow.en.txt", "Jack and his mother were driving their cow to the market. The sun was hot and the dust rose."),
        ("vaca.es.txt", "Pedro y su madre llevaban la vaca al mercado. Hacía calor y había mucho polvo."),
        ("vache.fr.txt", "Pierre et sa mère menaient leur vache au marché. Il faisait chaud."),
        ("mucca.it.txt", "Marco e sua madre portavano la mucca al mercato. Faceva caldo."),
        ("vaca.pt.txt", "João e a mãe levavam a vaca ao mercado. Fazia calor."),
    ],
)
def test_driving_a_beast_to_the_market_is_on_the_road(name: str, text: str) -> None:
    assert _settings(text, name) == ["road"]


def test_going_to_the_market_and_selling_there_is_at_the_market() -> None:
    assert _settings("Jack went to the market and sold the cow for five beans.", "sold.en.txt") == ["market"]


# -- 4. a place word the table lacks, by the thesaurus ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("The heron stood in the tarn all morning, waiting for a fish.", "pond"),
        ("Holmes returned to his lodgings and lit his pipe.", "mansion"),
        ("The boys swam in the cold tarn all afternoon.", "pond"),
        ("All day long the smith hammered in his smithy.", "workshop"),
    ],
)
def test_a_place_word_the_table_lacks_is_its_nearest_setting(text: str, setting: str) -> None:
    assert _settings(text, "thesaurus.en.txt") == [setting]


def test_a_thesaurus_place_word_written_as_a_name_names_no_place() -> None:
    text = "Ben and Ann walked down to the beach and looked at the waves.\n\nBen laughed. Ann laughed too."
    assert _settings(text, "names.en.txt") == ["beach", "beach"]


# -- 5. a place word in an idiom --------------------------------------------------------------------------------
def test_a_road_to_no_place_is_no_road() -> None:
    text = "The knight rode through the forest all day.\n\nHis brother, said the knight, was on the road to ruin."
    assert _settings(text, "ruin.en.txt") == ["forest", "forest"]


# -- a scene that names no place stays where the story was ---------------------------------------------------
def test_a_scene_naming_no_place_stays_where_the_story_was() -> None:
    text = "Ben and Ann walked down to the river and looked at the ducks.\n\nBen laughed. Ann laughed too."
    assert _settings(text, "stay.en.txt") == ["river", "river"]
