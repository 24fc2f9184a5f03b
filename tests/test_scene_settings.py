"""Which place is a scene's: where its people are, not where they came from or are going; a place
inferred from who and what is there when no place is written; a heading that names no place keeps the
story where it was. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script.scenes import describe_scene


def _setting(body: str, language: str = "en", *, heading: str = "", previous: str | None = None) -> str:
    return describe_scene(heading, body, language, previous=previous).setting


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        # where people are (in/at, a dative, a locative postposition or case) beats where they go
        ("en", "The geese set off for the market at dawn. By noon they were swimming in the pond.", "pond"),
        ("ja", "おじいさんは町へ行きました。おばあさんは川のそばで休んでいました。", "river"),
        ("hi", "लड़की बाज़ार की ओर चली। वह नदी में नहा रही थी।", "river"),
        ("de", "Der Vater wollte in den Wald gehen. Die Kinder spielten in dem Garten.", "garden"),
        ("zh", "他想到城里去。他在河边坐着。", "river"),
        ("ta", "பிறகு அவன் கிராமத்துக்குப் போனான். அவன் காட்டில் நடந்தான்.", "forest"),
    ],
)
def test_where_people_are_beats_where_they_go(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


@pytest.mark.parametrize(
    ("language", "body", "previous"),
    [
        ("ja", "夕方、おじいさんは山から帰って来ました。", "river"),
        ("en", "The miller came home from the mountains, tired and hungry.", "kitchen"),
        ("de", "Der Jäger brachte aus dem Walde einen Hasen mit.", "kitchen"),
        ("hi", "किसान पहाड़ से लौट आया।", "village"),
    ],
)
def test_a_place_only_come_from_does_not_move_the_scene(language: str, body: str, previous: str) -> None:
    assert _setting(body, language, previous=previous) == previous


def test_a_place_named_surely_and_often_moves_the_story_on() -> None:
    body = (
        "Le garçon quitta son oncle, qui vivait dans une autre ville. Il marcha dans un bois et se reposa "
        "dans la forêt."
    )
    assert _setting(body, "fr", previous="city") == "forest"
    # named again as surely and as often, the place the story was in holds it
    assert _setting("Sul treno, Anna guardava le montagne dal finestrino.", "it", previous="train") == "train"


def test_a_place_in_a_proper_name_is_a_region_not_the_spot() -> None:
    body = "There was a great storm in the Yellow Sea that week. The sailor walked down to the beach."
    assert _setting(body, previous="beach") == "beach"


def test_a_german_dative_plural_is_where_things_are() -> None:
    assert _setting("Der Schnee lag schwer auf den Bäumen.", "de", previous="forest") == "forest"


@pytest.mark.parametrize("heading", ["CLOSE ON THE CLOCK", "03:14:07:55", "ANGLE ON MARIA"])
def test_a_heading_that_names_no_place_keeps_the_story_where_it_was(heading: str) -> None:
    assert _setting("The hands move on. Nobody speaks.", heading=heading, previous="office") == "office"


def test_a_screenplay_slug_still_moves_the_scene() -> None:
    assert _setting("Nobody speaks.", heading="INT. GREENHOUSE - DAY", previous="office") != "office"


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        # the people of a place: a ruler and his court, drinkers, riders, ploughmen, woodcutters
        ("en", "The old king laughed, and his courtiers laughed with him.", "palace"),
        ("de", "Der Sultan trank Tee, und sein Wesir erzählte ihm Neuigkeiten.", "palace"),
        ("zh", "几个醉汉一边喝酒一边说笑。", "bar"),
        ("en", "A lone rider galloped on through the cold night.", "road"),
        ("fr", "Le cavalier galopait sous la lune.", "road"),
        ("hi", "किसान ने सुबह सुबह हल चलाया।", "farm"),
        ("es", "El leñador cortaba ramas mientras cantaba.", "forest"),
        ("ja", "王様と家来がお茶を飲んでいました。", "palace"),
        # the animals a text names live somewhere: three little foxes in a wood
        ("en", "Once there were three little foxes who loved to play.", "forest"),
        ("en", "Two glasses of wine stood between the old friends.", "bar"),
    ],
)
def test_a_setting_is_inferred_from_who_and_what_is_there(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


def test_cues_never_outweigh_a_written_place() -> None:
    assert _setting("The king walked alone in the forest.") == "forest"
    assert _setting("Der König ritt über die Brücke zum Fluss.", "de") != "palace"


def test_an_exterior_slug_draws_no_bar_for_its_beer() -> None:
    assert describe_scene("EXT. GARDEN - DAY", "They drink beer in the sun.").setting != "bar"


def test_the_countryside_is_a_farm() -> None:
    assert _setting("The town boy went to stay with his aunt in the country for the summer.") == "farm"
    assert _setting("Ils passaient l'été à la campagne.", "fr") == "farm"


def test_hindi_once_is_not_a_bar() -> None:
    """बार is "a time" (एक बार, once) far more often than a tavern."""
    assert _setting("एक बार एक लड़का था। उसने बहुत बार पूछा।", "hi") != "bar"


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("de", "In einem Dorf wohnte ein alter Bäcker. Jeden Morgen stand er in der Küche.", "kitchen"),
        ("en", "In a town lived a tailor. All day he sat in his shop, sewing.", "shop"),
        ("hi", "एक गाँव में एक बुढ़िया रहती थी। वह रोज़ नदी में नहाती थी।", "river"),
    ],
)
def test_where_someone_lives_is_the_story_world_not_the_scene(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


@pytest.mark.parametrize(
    ("language", "body", "absent", "present"),
    [
        ("en", "The dog sat still, and its voice was soft like a bird in spring.", {"bird"}, {"dog"}),
        ("en", "The cat was as quiet as a mouse beside the lamp.", {"mouse"}, {"cat", "lamp"}),
        ("fr", "Le garçon grimpait comme un chat sur la chaise.", {"cat"}, {"chair"}),
        ("de", "Er schlich wie eine Katze um den Tisch.", {"cat"}, set()),
        ("ja", "子どもは猫のようにまるくなって、本を読みました。", {"cat"}, set()),
        ("hi", "वह बिल्ली की तरह चुपचाप चली।", {"cat"}, set()),
        ("zh", "他像猫一样安静地坐着。", {"cat"}, set()),
    ],
)
def test_what_a_thing_is_likened_to_is_not_there(language: str, body: str, absent: set[str], present: set[str]) -> None:
    things = {m.key for m in describe_scene("", body, language).things}
    assert not things & absent and present <= things


def test_a_building_named_for_the_scene_it_is_in_is_not_drawn_in_it() -> None:
    inside = describe_scene("", "Everyone in the house was asleep in the sitting room.").things
    assert "house" not in {m.key for m in inside}
    outside = describe_scene("", "Deep in the forest stood a little hut.").things
    assert "hut" in {m.key for m in outside}


def test_a_chinese_thing_of_one_character_is_not_read_inside_longer_words() -> None:
    # 花白 is grizzled (hair), not a flower; 黄酒 is wine
    things = {m.key for m in describe_scene("", "他的胡子花白，喝着一碗黄酒。", "zh").things}
    assert "flower" not in things and "wine" in things


def test_a_tamil_noun_is_read_in_its_cases_on_the_oblique_stem() -> None:
    # மரம் (a tree) declines on மரத்து-: மரத்தே, "on the tree", puts the scene among trees
    reading = describe_scene("", "ஒரு நாள் மரத்தே ஒரு காகம் அமர்ந்தது.", "ta")
    assert "tree" in {m.key for m in reading.things} and reading.setting == "forest"
    assert describe_scene("", "அவர்கள் குளத்தை நோக்கி நடந்தார்கள்.", "ta").setting == "pond"


def test_an_english_noun_used_as_a_verb_is_no_thing() -> None:
    body = "He picks up the pen. The old mill towers over the square. Anna drops into her chair."
    things = {m.key for m in describe_scene("", body).things}
    assert not {"pick", "tower", "droplet"} & things and {"pen", "chair"} <= things
    # a plural before a preposition is still a noun
    assert "window" in {m.key for m in describe_scene("", "Light pours through the windows onto the floor.").things}


def test_english_plurals_that_are_not_an_added_s_are_read() -> None:
    things = {m.key for m in describe_scene("", "On the shelves stood trophies, knives and two loaves.").things}
    assert {"trophy", "knife", "bread"} <= things


def test_a_cup_is_not_a_trophy() -> None:
    assert "trophy" not in {m.key for m in describe_scene("", "Empty coffee cups cover the desk.").things}


@pytest.mark.parametrize(
    ("language", "body", "absent", "present"),
    [
        # what a symbol shows (🔒 closed) is no name of it
        ("it", "La bottega era chiusa e il negozio chiuso da giorni.", {"lock"}, set()),
        ("fr", "La boutique est fermée le dimanche.", {"lock"}, set()),
        # "dado" is first a participle (given); the die comes with its article
        ("es", "Le había dado su palabra, y luego lanzó el dado.", set(), {"dice"}),
        ("es", "Me ha dado las gracias.", {"dice"}, set()),
    ],
)
def test_a_word_that_only_describes_names_no_thing(
    language: str, body: str, absent: set[str], present: set[str]
) -> None:
    things = {m.key for m in describe_scene("", body, language).things}
    assert not things & absent and present <= things


def test_bengali_things_are_read_in_the_older_spelling_of_a_final_i() -> None:
    # পাখি (a bird) is পাখী in older books
    assert "bird" in {m.key for m in describe_scene("", "গাছে একটি পাখী বসে ছিল।", "bn").things}
