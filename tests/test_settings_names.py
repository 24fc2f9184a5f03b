"""A scene's setting is where its people are, not a place word used for something else: a place that
names someone ("the village blacksmith", "南山痴叟"), a place someone only wants to go to, a place seen and
then entered, where someone lives, a place left, and a river's own name. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script.scenes import describe_scene


def _setting(body: str, language: str = "en", previous: str | None = None) -> str:
    return describe_scene("", body, language, previous=previous).setting


# -- 1. a place that qualifies a person is where they are from, not where the scene is ------------------
@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("en", "A mountain hermit sat on the beach and mended his net.", "beach"),
        ("en", "The village potter walked slowly along the beach.", "beach"),
        ("en", "The priest of the village rested on the beach.", "beach"),
        ("es", "El herrero del pueblo descansaba en la playa.", "beach"),
        ("fr", "Le boulanger du village se reposait sur la plage.", "beach"),
        ("ja", "村の太郎さんは、川でつりをしていました。", "river"),
        ("ja", "森の神さまが、海をながめていました。", "sea"),
        ("hi", "गाँव का लोहार नदी में नहा रहा था।", "river"),
    ],
)
def test_a_place_that_names_someone_is_not_the_scene(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The village tailor laughed and poured more tea."),
        ("en", "A forest hunter knocked twice and came in, smiling."),
        ("es", "El sastre del pueblo se rió mucho."),
        ("de", "Der Dorfschneider lachte und trank seinen Kaffee."),
        ("ja", "山の次郎さんが、にこにこ笑いました。"),
        ("zh", "南山痴叟笑着坐下来。"),
        ("zh", "东河老翁摇了摇头。"),
    ],
)
def test_a_name_built_from_a_place_does_not_move_the_story(language: str, body: str) -> None:
    assert _setting(body, language, previous="kitchen") == "kitchen"


def test_a_place_with_a_person_named_there_is_still_the_place() -> None:
    assert _setting("In the village blacksmiths worked all day.", "en", previous="kitchen") == "village"
    assert _setting("在山村里，住着一个老人。", "zh") == "village"


# -- 2. a place someone wants, plans or is about to go to is not where they are --------------------------
@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "One morning the boy wanted to go to the sea."),
        ("en", "The two sisters planned to travel into the mountains."),
        ("de", "Eines Morgens wollte der Junge an das Meer fahren."),
        ("es", "Una mañana el niño quería ir al mar."),
        ("fr", "Un matin, le garçon voulait aller à la mer."),
        ("it", "Una mattina il ragazzo voleva andare al mare."),
        ("pt", "Uma manhã o menino queria ir ao mar."),
        ("ru", "Однажды утром мальчик хотел поехать на море."),
        ("ja", "ある朝、男の子は海へ行こうと思いました。"),
        ("hi", "एक सुबह लड़का समुद्र जाना चाहता था।"),
        ("zh", "一天早上，男孩想去海边。"),
    ],
)
def test_a_place_only_wished_for_keeps_the_story_where_it_was(language: str, body: str) -> None:
    assert _setting(body, language, previous="farm") == "farm"


def test_where_people_are_beats_where_they_want_to_go() -> None:
    assert _setting("The boy sat in the kitchen. He wanted to go to the sea.") == "kitchen"
    assert _setting("Der Junge saß in der Küche. Er wollte ans Meer fahren.", "de") == "kitchen"


def test_a_place_gone_to_after_the_wish_moves_the_story() -> None:
    assert _setting("He wanted to go to the sea. The next day he walked along the beach.", previous="farm") == "beach"


# -- 3. a place seen or found, then entered, in verb-final languages -------------------------------------
@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("hi", "जंगल बहुत घना था। लोमड़ी को एक गुफा दिखाई दी और लोमड़ी घुस गई।"),
        ("ta", "காடு மிகவும் அடர்த்தியாக இருந்தது. நரி ஒரு குகையைக் கண்டு உள்ளே சென்றது."),
        ("bn", "বনটা খুব ঘন ছিল। শেয়ালটি একটি গুহা দেখে ভিতরে ঢুকল।"),
        ("bn", "শেয়ালটি গ্রাম থেকে পালাল। সে একটি গুহা দেখতে পেল।"),
    ],
)
def test_a_place_seen_and_entered_is_where_they_are(language: str, body: str) -> None:
    assert _setting(body, language) == "cave"


# -- 4. where someone lives is the story's world; a place left is not where they are --------------------
@pytest.mark.parametrize(
    ("language", "body", "settings"),
    [
        ("en", "In a hut by the river lived a poor weaver.", {"cabin", "river"}),
        ("de", "In einem kleinen Dorf hauste ein armer Weber.", {"village"}),
        ("fr", "Dans un village vivait un pauvre tisserand.", {"village"}),
        ("es", "En un pueblo vivía un tejedor pobre.", {"village"}),
        ("it", "In un villaggio viveva un povero tessitore.", {"village"}),
        ("pt", "Numa aldeia vivia um tecelão pobre.", {"village"}),
        ("ru", "В деревне жил бедный ткач.", {"village"}),
        ("ja", "ある村に、まずしい男が住んでいました。", {"village"}),
        ("zh", "从前，在一个村子里住着一个穷人。", {"village"}),
        ("hi", "एक गाँव में एक गरीब जुलाहा रहता था।", {"village"}),
        ("ta", "ஒரு கிராமத்தில் ஒரு ஏழை வாழ்ந்து வந்தான்.", {"village"}),
        ("bn", "এক গ্রামে এক গরিব তাঁতি বাস করত।", {"village"}),
    ],
)
def test_an_opening_that_names_only_where_someone_lives_is_there(language: str, body: str, settings: set[str]) -> None:
    assert _setting(body, language) in settings


@pytest.mark.parametrize(
    ("body", "previous"),
    [
        ("The old woman came out of the house and looked at the clouds.", "living_room"),
        ("The old woman came out of the house and looked at the clouds.", "kitchen"),
        ("The hare ran out of the wood as fast as it could.", "forest"),
    ],
)
def test_a_place_left_puts_the_scene_outside_it(body: str, previous: str) -> None:
    assert _setting(body, previous=previous) != previous


def test_going_down_to_a_place_is_going_towards_it() -> None:
    body = "High on the hill stood a farm. Each day the girl walked down to the lake with her goat."
    assert _setting(body) == "farm"


# -- 5. a river's own name is a river --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The barge drifted slowly down the Danube."),
        ("en", "All summer they fished in the Thames."),
        ("de", "Die Kinder badeten im Rhein."),
        ("es", "Los niños nadaban en el Ebro."),
        ("fr", "Les enfants se baignaient dans la Loire."),
        ("it", "I ragazzi nuotavano nel Tevere."),
        ("ru", "Дети купались в Волге."),
        ("zh", "孩子们在黄河里游泳。"),
        ("ja", "子どもたちは長江で泳ぎました。"),
        ("hi", "बच्चे यमुना में नहा रहे थे।"),
        ("hi", "यमुना के तट पर गायें चर रही थीं।"),
        ("hi", "देवसरि में मुनि स्नान करते थे।"),
        ("bn", "ছেলেরা পদ্মায় সাঁতার কাটছিল।"),
    ],
)
def test_a_river_named_by_its_name_is_a_river(language: str, body: str) -> None:
    assert _setting(body, language) == "river"


def test_a_place_word_inside_a_longer_name_still_weighs_less() -> None:
    body = "A storm blew over the Black Sea that night. The fisherman sat on the beach."
    assert _setting(body, previous="beach") == "beach"
