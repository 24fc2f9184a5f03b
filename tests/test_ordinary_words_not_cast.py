"""Ordinary words that typography or a reading's patterns dress as names are never cast: verse's line-opening
capitals, an adjective of address or epithet, German's capitalised nouns, plurals called on, and in scripts
without capitals months, pronouns, wages and verbs. Names standing in the same places still are."""

from filmstudio.script.parse import parse_script


def _cast(text: str, filename: str) -> list[str]:
    return [c.name for c in parse_script(text, filename=filename).characters if c.style != "narrator"]


# --- verse: every line opens with a capital ------------------------------------------------------------


def test_words_opening_verse_lines_are_no_names() -> None:
    verse = (
        "Silent stood the barn upon the rise,\n"
        "Silent turned the vane beneath the skies,\n"
        "Weary came the ploughman up the track,\n"
        "Weary went the mule with sacks upon its back.\n"
        "Wandered the goose along the muddy lane,\n"
        "Quickly the swallows rose before the rain.\n"
    )
    cast = _cast(verse, "barn.en.txt")
    for word in ("Silent", "Weary", "Wandered", "Quickly"):
        assert word not in cast, cast


def test_a_hero_named_where_verse_lines_open_is_still_cast() -> None:
    verse = (
        "Tom wandered down beside the weir,\n"
        "Tom whistled so the fish could hear,\n"
        "Beneath the willow Tom lay down,\n"
        "And slept until the bells of town.\n"
    )
    assert "Tom" in _cast(verse, "weir.en.txt")
    # the verb opening the line is no name; the name after it is
    verse = (
        "The evening settled on the hill,\n"
        "Wandered Tom along the shore,\n"
        "Tired he came to the old stone mill,\n"
        "And Tom sang there as never before.\n"
    )
    cast = _cast(verse, "shore.en.txt")
    assert "Tom" in cast and "Wandered" not in cast and "Tired" not in cast
    assert "Tom" in _cast("Tom wandered along the shore. Tom sang by the mill until night came.\n", "mill.en.txt")


def test_a_common_word_that_speaks_in_verse_is_someone() -> None:
    verse = (
        "Hope came walking down the hill,\n"
        "Hope said, “Neighbour, are you ill?”\n"
        "The neighbour laughed and shook his head,\n"
        "And Hope went home and baked her bread.\n"
    )
    assert "Hope" in _cast(verse, "hope.en.txt")


# --- adjectives of address and epithets ----------------------------------------------------------------


def test_an_adjective_of_address_or_epithet_is_no_one() -> None:
    text = (
        "The pilgrim knocked at the door of the mill. “Good sir, is there room by your fire?” he asked.\n"
        "“Dear friends, come in,” said the miller. “Kind neighbour, sit down.”\n"
        "The good woman brought him broth. The pilgrim thanked the good woman and slept.\n"
    )
    cast = _cast(text, "mill.en.txt")
    for word in ("Good", "Dear", "Kind"):
        assert word not in cast, cast
    assert "Pilgrim" in cast and "Miller" in cast


# --- German nouns ----------------------------------------------------------------------------------------


def test_german_nouns_opening_sentences_are_no_one() -> None:
    text = (
        "Der Schäfer zog früh auf die Weide. Hafer wuchs dort hoch. Hafer brauchte er für die Pferde.\n"
        "Kummer kam in das Tal. Kummer blieb den ganzen Winter. Geld hatte er wenig. Geld brachte ihm der "
        "Händler im Herbst.\nAm Abend sagte er zu seiner Frau: »Morgen mähen wir.« Die Frau lachte.\n"
    )
    cast = _cast(text, "weide.de.txt")
    for word in ("Hafer", "Kummer", "Geld"):
        assert word not in cast, cast


def test_german_names_the_dictionary_knows_are_still_cast() -> None:
    text = "Hans ging zum Markt. Hans kaufte einen Laib Brot. »Was für ein Tag!« rief Hans.\n"
    assert "Hans" in _cast(text, "markt.de.txt")
    text = "Im Dorf lebte ein Töpfer namens Otto. Otto formte jeden Tag Krüge. Otto war ein stiller Mann.\n"
    assert "Otto" in _cast(text, "krug.de.txt")
    text = "Fritz lief in den Wald. Fritz fand einen Pilz. Dann lachte er laut.\n"
    assert "Fritz" in _cast(text, "pilz.de.txt")
    text = "Liese lief in den Wald. Liese fand einen Pilz. Dann lachte sie laut.\n"
    assert "Liese" in _cast(text, "pilz.de.txt")


# --- plurals called on -----------------------------------------------------------------------------------


def test_a_plural_only_called_on_is_no_group() -> None:
    text = (
        "The old skipper stood at the wheel. “Friends, the gale is coming!” he shouted.\nThe crew ran to the sails.\n"
    )
    assert "Friends" not in _cast(text, "gale.en.txt")
    text = "Der alte Kapitän stand am Ruder. »Brüder, der Sturm kommt!« rief er.\nDie Matrosen liefen zu den Segeln.\n"
    assert "Brüder" not in _cast(text, "sturm.de.txt")
    text = "Старый капитан стоял у руля. «Товарищи, идёт буря!» — крикнул он.\nМатросы побежали к парусам.\n"
    assert "Товарищи" not in _cast(text, "burya.ru.txt")


def test_a_group_called_on_that_then_acts_is_cast() -> None:
    text = "The teacher opened the gate. “Children, come inside!” she called. The children ran across the yard.\n"
    assert "Children" in _cast(text, "yard.en.txt")


# --- scripts without capitals ----------------------------------------------------------------------------


def test_a_month_is_no_one_who_acts() -> None:
    text = "सावन आया। सावन ने खेत हरे कर दिए। सावन ने तालाब भर दिए। किसान खुश हुआ।\n"
    assert "सावन" not in _cast(text, "saavan.hi.txt")
    text = "फागुन का महीना आया। फागुन ने पेड़ों को रंग दिया। फागुन ने सबको नचाया। गोपाल हँसा।\n"
    assert "फागुन" not in _cast(text, "phagun.hi.txt")
    text = "三月到了，村里很热闹。三月里大家说：“春天来了。”\n"
    assert "三月" not in _cast(text, "sanyue.zh.txt")


def test_a_pronoun_written_without_its_nasal_is_no_one() -> None:
    text = 'मै बाज़ार गया। मै बोला, "दाल दो।" फिर मै घर चला गया। मै ने रोटी खाई। मै ने पानी पिया।\n'
    assert "मै" not in _cast(text, "bazaar.hi.txt")


def test_what_only_comes_and_goes_is_no_name() -> None:
    text = 'मजदूरी चली गई। मजदूरी चली गई तो घर में कुछ नहीं बचा। रामू बोला, "अब क्या होगा?"\n'
    cast = _cast(text, "mazdoori.hi.txt")
    assert "मजदूरी" not in cast and "रामू" in cast
    text = "கூலி போனது. கூலி போனது. ஊரில் எல்லோரும் வருந்தினர்.\n"
    assert "கூலி" not in _cast(text, "kooli.ta.txt")


def test_a_chinese_verb_and_its_complement_are_no_name() -> None:
    text = "天亮了，老人起来了。起来以后他走到门口说：“今天天气很好。”起来喝茶时他又说：“我们去山里吧。”\n"
    assert "起来" not in _cast(text, "qilai.zh.txt")
    text = "小李寻了一天，寻到河边问：“你看见我的牛了吗？”寻到山上又问：“有人看见我的牛吗？”\n"
    assert "寻到" not in _cast(text, "xunniu.zh.txt")
    text = "孔乙己走进酒店。孔乙己说：“温两碗酒。”孔乙己笑了。\n"
    assert "孔乙己" in _cast(text, "jiudian.zh.txt")
