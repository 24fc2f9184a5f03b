"""Four classes of error in choosing a scene's setting, each across languages: a character's name or title that
is a place's word chooses no place; people at home are inside their home (the hut's one room, the kitchen where
they cook, the bedroom where they sleep); people of a trade at their work, no place named, are where the trade
works; a function word spelled like a place or a thing names neither. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from filmstudio.script.parse import parse_script
from filmstudio.script.scenes import describe_scene


def _settings(text: str, language: str) -> list[str]:
    board = parse_script(text, filename=f"story.{language}.txt", language=language)
    return [scene.setting for scene in board.scenes]


def _setting(body: str, language: str, **kwargs: str | None) -> str:
    return describe_scene("", body, language, **kwargs).setting


# -- 1. a character's name or title is no place --------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "setting"),
    [
        (
            "en",
            "A girl called River lived with her grandmother in a cottage.\n\nRiver sang and River laughed.",
            "cabin",
        ),
        (
            "it",
            "Una bambina di nome Marina viveva con la nonna in una casetta.\n\nMarina cantò. Marina rise.",
            "living_room",
        ),
        (
            "es",
            "Una niña llamada Selva vivía con su abuela en una casita.\n\nSelva comió pan. Selva cantó.",
            "living_room",
        ),
        ("pt", "Um menino chamado Rio morava com a avó numa casinha.\n\nRio comeu pão e Rio cantou.", "living_room"),
        ("hi", "गंगा नाम की एक लड़की अपनी दादी के साथ एक झोपड़ी में रहती थी।\n\nगंगा ने रोटी खाई। गंगा हँसी।", "cabin"),
        ("bn", "গঙ্গা নামে একটি মেয়ে তার দিদিমার সঙ্গে একটা কুঁড়েঘরে থাকত।\n\nগঙ্গা ভাত খেল। গঙ্গা হাসল।", "cabin"),
        (
            "ja",
            "むかし、小川さんというおじいさんが小さな家にすんでいました。\n\n小川さんはわらいました。",
            "cabin",  # an old man's little house in a tale is a cottage (tale_homes.py), not the river of his name
        ),
        # a German noun that is both the trade of the one who acts and a place (der Bauer, the bird's cage)
        ("de", "Ein kleiner Vogel wohnte auf einem Bauernhof.\n\nDer Bauer suchte den Vogel und rief ihn.", "farm"),
        # a title in a hut: the king who lives in one is in it, not in a palace
        (
            "en",
            "The old king had lost his kingdom. He lived in a small hut.\n\nThe king ate. The king smiled.",
            "cabin",
        ),
        ("es", "La reina vivía ahora en una choza pobre.\n\nLa reina comió su pan. La reina sonrió.", "cabin"),
        ("fr", "Le vieux roi habitait une pauvre cabane.\n\nLe roi mangea sa soupe. Le roi sourit.", "cabin"),
    ],
)
def test_a_characters_name_or_title_chooses_no_place(language: str, text: str, setting: str) -> None:
    assert _settings(text, language)[-1] == setting


def test_a_trade_that_names_someone_still_tells_where_they_live() -> None:
    # "der Bauer" is read as no den ("Bau"), and still as the farmer of a farm
    text = "Der Bauer und seine Frau hatten eine alte Kuh.\n\nDer Bauer suchte die Kuh und rief sie."
    assert _settings(text, "de") == ["farm", "farm"]


def test_the_place_named_by_a_characters_name_is_still_a_place() -> None:
    # written small, or after a preposition, the word is the river
    text = "A boy called River lived in a village.\n\nRiver walked down to the river and sat on its bank."
    assert _settings(text, "en")[-1] == "river"


# -- 2. homes and huts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("en", "That evening the widow cooked a thin soup at home.", "kitchen"),
        ("es", "Esa noche la madre cocinó una sopa en casa.", "kitchen"),
        ("de", "Am Abend kochte die Mutter zu Hause eine Suppe.", "kitchen"),
        ("it", "La sera la madre cucinò una minestra in casa.", "kitchen"),
        ("pt", "À noite a mãe cozinhou uma sopa em casa.", "kitchen"),
        ("hi", "रात को बुढ़िया ने घर में खाना पकाया।", "kitchen"),
        ("ta", "அவள் வீட்டில் சோறு சமைத்தாள்.", "kitchen"),
        ("ja", "おばあさんは家でごはんをつくりました。", "kitchen"),
        ("zh", "老奶奶在家里做饭。", "kitchen"),
        ("en", "At night the youngest son lay awake in his little room and listened to the rain.", "bedroom"),
        ("bn", "রাতে তারা ঘরে ঘুমিয়ে পড়ল।", "bedroom"),
        ("fr", "La nuit, les enfants dormaient à la maison.", "bedroom"),
        ("ru", "Ночью дети спали дома.", "bedroom"),
    ],
)
def test_at_home_is_the_room_of_what_is_done(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "That evening the widow sat quietly at home."),
        ("hi", "शाम को दोनों घर में बैठे थे।"),
        ("ta", "மாலையில் அவர்கள் வீட்டில் இருந்தார்கள்."),
        ("bn", "সন্ধ্যায় বুড়ি ঘরে বসে গান গাইল।"),
        ("ja", "ゆうがた、ふたりは家でやすみました。"),
        ("fr", "Le soir, la mère resta à la maison."),
        ("zh", "晚上，老人在家里坐着。"),
    ],
)
def test_at_home_in_a_hut_is_the_hut(language: str, body: str) -> None:
    assert _setting(body, language, previous="cabin", home="cabin") == "cabin"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une pauvre veuve vivait avec son fils dans une chaumière.\n\nLe soir, la mère prépara la soupe."),
        ("ru", "Бедная вдова жила с сыном в маленькой избушке.\n\nВечером мать сварила суп."),
        ("it", "Un vecchio pastore viveva in una capanna.\n\nLa sera il pastore mangiò il pane."),
        ("pt", "Um velho pescador morava numa choupana.\n\nÀ noite o velho comeu o pão."),
        ("bn", "এক গরিব বুড়ি তার ছেলের সঙ্গে একটা কুঁড়েঘরে থাকত।\n\nবুড়ি ঘরে বসে গান গাইল।"),
    ],
)
def test_a_hut_in_each_language_is_a_cabin(language: str, text: str) -> None:
    assert _settings(text, language) == ["cabin", "cabin"]


def test_a_room_of_a_hut_named_or_done_in_is_that_room() -> None:
    assert _setting("The widow went into the kitchen and cooked.", "en", previous="cabin", home="cabin") == "kitchen"
    assert _setting("That evening the widow cooked a thin soup at home.", "en", home="cabin") == "kitchen"
    assert _setting("रात को दोनों घर में सो गए।", "hi", previous="cabin", home="cabin") == "bedroom"


def test_people_cooking_or_asleep_in_a_hut_are_seen_inside_it() -> None:
    assert describe_scene(
        "", "That night the old man slept by the fire.", "en", previous="cabin", home="cabin"
    ).interior


def test_the_sitting_room_named_stays_the_sitting_room() -> None:
    assert _setting("The old man fell asleep on the sofa in the sitting room.", "en") == "living_room"


# -- 3. a trade's place --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("en", "The old tailor sewed a blue coat for the mayor all through the night.", "workshop"),
        ("en", "Old Jem the cobbler stitched boots from dawn to dusk and earned little.", "workshop"),
        ("en", "The fisherman cast his net three times, but caught nothing.", "sea"),
        ("en", "The miller ground the wheat until his arms were white.", "mill"),
        ("es", "El zapatero trabajaba desde el amanecer hasta la noche.", "workshop"),
        ("fr", "Le forgeron martelait le fer rouge pendant des heures.", "workshop"),
        ("de", "Der Schneider nähte einen Mantel für den Bürgermeister.", "workshop"),
        ("it", "Il falegname lavorava il legno tutto il giorno.", "workshop"),
        ("pt", "O moleiro moía o trigo de todos.", "mill"),
        ("ru", "Сапожник шил сапоги всю ночь.", "workshop"),
        ("hi", "मोची दिन भर जूते सिलता था।", "workshop"),
        ("ta", "தச்சர் நாள் முழுவதும் வேலை செய்தார்.", "workshop"),
        ("bn", "কামার সারাদিন কাজ করত।", "workshop"),
        ("ja", "くつやのおじいさんは、よるおそくまではたらきました。", "workshop"),
        ("zh", "老鞋匠每天从早到晚地干活。", "workshop"),
    ],
)
def test_a_trade_at_work_is_where_the_trade_works(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


def test_a_trade_not_at_work_is_no_place() -> None:
    assert _setting("The tailor walked slowly, thinking about his daughter.", "en") != "workshop"


def test_a_story_of_a_shoemaker_stays_in_his_workshop_though_a_miller_is_named_later() -> None:
    text = (
        "A cobbler named Jem stitched boots every day.\n\n"
        "At dusk he trimmed the soles and stacked them by the window.\n\n"
        "Later the miller ground the wheat all day."
    )
    assert _settings(text, "en") == ["workshop", "workshop", "mill"]


# -- 4. function words spelled like places or things ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("it", "La nonna parlò piano, onde il bambino non si svegliasse."),
        ("fr", "La vieille femme acheta un manteau bon marché et rentra."),
        ("de", "Der Junge lief schnell weg und die Mutter rief ihm nach."),
        ("pt", "No quarto dia, a menina escreveu uma carta ao avô."),
        ("es", "La cuarta vez, el niño abrió la puerta y salió."),
        ("fr", "Nous avions faim, dit le garçon à sa mère."),
        ("it", "Era ancora notte quando la bambina si svegliò."),
    ],
)
def test_a_function_word_chooses_no_place(language: str, body: str) -> None:
    reading = describe_scene("", body, language)
    assert reading.setting_words == []


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("it", "Il vecchio marinaio dormiva ancora sulla barca.", "sea"),
        ("it", "Il bambino chiese ancora una storia alla nonna.", None),
        ("it", "Il ragazzo chiese alla madre un pezzo di pane.", None),
    ],
)
def test_a_function_word_is_not_among_the_words_of_the_place(language: str, body: str, setting: str | None) -> None:
    reading = describe_scene("", body, language)
    assert {"ancora", "chiese"}.isdisjoint(reading.setting_words)
    assert setting is None or reading.setting == setting


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("it", "Le onde del mare erano alte e il vento soffiava.", "sea"),
        ("pt", "A menina dormia no quarto.", "bedroom"),
        ("fr", "Le samedi, la fermière vendait ses œufs au marché.", "market"),
        ("it", "Le due chiese del paese suonavano le campane.", "church"),
        ("de", "Der Junge lief auf dem Weg nach Hause.", "road"),
    ],
)
def test_the_same_forms_as_nouns_still_name_their_place(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting
