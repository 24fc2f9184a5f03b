"""Where a scene is while a journey is told: a place someone is still going to (the progressive or the
imperfect: "was walking to the market", "iba al mercado", "allait au moulin", "war unterwegs zum Markt",
"बाज़ार जा रही थी", "市場へむかっていました") is the end of a way, so the scene is on the road, where a place
reached ("reached the market", "llegó al mercado", "kam in die Stadt") is where it is; a place where
someone is left, or only left, is not where the one who goes is, when the story stays with those left;
and a place sighted is where the picture goes once someone goes into it ("He went inside."), at the time
the sighting told. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script.journeys import place_gone_into
from filmstudio.script.scenes import describe_scene
from tests.staging_checks import staged


def _setting(body: str, language: str = "en") -> str:
    return describe_scene("", body, language).setting


def _places(text: str, language: str) -> list[str]:
    """The setting each sentence is staged in, in story order."""
    return [scene.setting for scene in staged(text, language).scenes for _ in scene.moments]


def _times(text: str, language: str) -> list[str]:
    return [scene.time_of_day for scene in staged(text, language).scenes for _ in scene.moments]


# -- 1. going (a journey still under way) puts the scene on the road; arriving puts it at the place --------


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Lena was walking to the market with a jug of milk. The sun was already hot."),
        ("en", "Walking to town with a basket on her head, the girl hummed an old tune."),
        ("en", "The two brothers were heading for the village with their goats. Dust rose behind them."),
        ("en", "The miller's son was going to the mill with a sack of grain and whistled all the way."),
        ("es", "Lucía iba al mercado con una cesta de huevos. Hacía mucho calor."),
        ("es", "Los pastores caminaban hacia el pueblo con sus cabras. El polvo subía."),
        ("fr", "Jeanne allait au moulin avec un sac de blé. Elle chantait doucement."),
        ("fr", "Les deux frères marchaient vers le village avec leurs chèvres. Il faisait chaud."),
        ("de", "Greta war unterwegs zum Markt mit einem Korb voller Eier. Die Sonne brannte."),
        ("de", "Die Brüder wanderten in Richtung Dorf. Sie sangen ein Lied."),
        ("hi", "सीता बाज़ार जा रही थी। धूप बहुत तेज़ थी।"),
        ("ja", "はなこは市場へむかっていました。お日さまがあつかったです。"),
        ("ja", "じろうは町へ行くとちゅうでした。風がつめたかったです。"),
    ],
)
def test_a_place_still_gone_to_is_the_end_of_a_way_the_scene_is_on_the_road(language: str, body: str) -> None:
    assert _setting(body, language) == "road"


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("en", "Lena walked to the market with a jug of milk. She sold it all by noon.", "market"),
        ("en", "At noon Lena reached the market. She sold her milk.", "market"),
        ("es", "Lucía llegó al mercado. Vendió todos sus huevos.", "market"),
        ("fr", "Jeanne arriva au moulin. Le meunier pesa son blé.", "mill"),
        ("de", "Greta kam in die Stadt. Sie verkaufte ihre Eier.", "city"),
        ("hi", "सीता बाज़ार पहुँची। उसने अंडे बेचे।", "market"),
        ("ja", "はなこは市場に着きました。たまごを売りました。", "market"),
        ("ja", "じろうは町に着きました。パンを買いました。", "city"),
    ],
)
def test_a_place_reached_is_where_the_scene_is(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mara fed the hens in the garden. Later Mara was walking to the market. Mara sang a song."),
        ("en", "Mara fed the hens in the garden. Then Mara was on her way to the market. Mara sang a song."),
        ("es", "María daba de comer a las gallinas en el jardín. Luego María iba al mercado. María cantaba."),
        ("fr", "Marie nourrissait les poules dans le jardin. Ensuite Marie allait au marché. Marie chantait."),
        ("de", "Marie fütterte die Hühner im Garten. Dann war Marie unterwegs zum Markt. Marie sang ein Lied."),
        ("hi", "सीता ने बगीचे में मुर्गियों को दाना डाला। फिर सीता बाज़ार जा रही थी। सीता गाना गा रही थी।"),
        (
            "ja",
            "はなこは庭でにわとりにえさをやりました。それから、はなこは市場へむかっていました。はなこは歌をうたいました。",
        ),
    ],
)
def test_a_journey_told_mid_scene_takes_the_picture_to_the_road(language: str, text: str) -> None:
    assert _places(text, language) == ["garden", "road", "road"]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Anna set out for the city. She sang to pass the time."),
        ("en", "At dawn the brothers left for the village. They sang as they went."),
        ("es", "Ana salió hacia la ciudad. Cantaba para pasar el tiempo."),
        ("fr", "Anne partit pour la ville. Elle chantait pour passer le temps."),
        ("de", "Anna machte sich auf den Weg in die Stadt. Sie sang ein Lied."),
        ("hi", "सीता शहर के लिए निकली। वह गाती रही।"),
        ("ja", "はなこは市場へむけて出発しました。歌をうたいました。"),
    ],
)
def test_a_place_set_out_for_is_not_reached_yet(language: str, body: str) -> None:
    assert _setting(body, language) == "road"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mara fed the hens in the garden. Then Mara set out for the city. Mara sang a song."),
        ("fr", "Marie nourrissait les poules dans le jardin. Puis Marie partit pour la ville. Marie chantait."),
        ("de", "Marie fütterte die Hühner im Garten. Dann machte sich Marie auf den Weg in die Stadt. Marie sang."),
    ],
)
def test_setting_out_mid_scene_takes_the_picture_to_the_road(language: str, text: str) -> None:
    assert _places(text, language) == ["garden", "road", "road"]


def test_the_road_then_the_place_once_it_is_reached() -> None:
    text = "Mara was walking to the market. The sun was hot. At noon Mara reached the market. She sold her eggs."
    assert _places(text, "en") == ["road", "road", "market", "market"]


# -- 2. a place left, or where someone else is left, is not where the story stays ---------------------------


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The mother went off into the forest and left the kids at home. The kids played with a ball."),
        ("es", "La madre se fue al bosque y dejó a los niños en casa. Los niños jugaban con una pelota."),
        ("fr", "La mère partit dans la forêt et laissa les enfants à la maison. Les enfants jouaient aux billes."),
        ("de", "Die Mutter ging in den Wald und ließ die Kinder zu Hause. Die Kinder spielten mit einem Ball."),
    ],
)
def test_the_place_those_left_behind_are_in_holds_the_scene_that_follows_them(language: str, body: str) -> None:
    assert _setting(body, language) == "living_room"


def test_the_one_who_leaves_is_followed_when_those_left_are_not_told_of_again() -> None:
    body = "The mother left the kids at home and went into the forest. She picked berries under the pines."
    assert _setting(body) == "forest"


@pytest.mark.parametrize(
    ("language", "body", "setting"),
    [
        ("fr", "Avant de quitter le village, Paul rangea sa chambre. Il plia ses chemises.", "bedroom"),
        ("es", "Antes de salir del pueblo, Pablo ordenó su dormitorio. Dobló sus camisas.", "bedroom"),
        ("fr", "Après avoir quitté le château, le chevalier traversa la forêt.", "forest"),
        ("de", "Nachdem er das Schloss verlassen hatte, ritt der Ritter durch den Wald.", "forest"),
        ("es", "Después de haber salido del pueblo, el pastor caminó por el bosque.", "forest"),
        ("hi", "राजा महल छोड़कर जंगल में घूमता रहा। वह थक गया।", "forest"),
        ("ja", "さむらいは城をはなれて、森の中を歩きました。", "forest"),
    ],
)
def test_a_place_left_or_about_to_be_left_is_not_where_the_scene_is(language: str, body: str, setting: str) -> None:
    assert _setting(body, language) == setting


# -- 3. a place sighted, then gone into: the picture goes there when they go in, at the sighting's time -----


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Tom walked through the forest all day. At dusk Tom saw a cave. Tom went inside. He lit a fire."),
        (
            "es",
            "Pedro caminó por el bosque todo el día. Al anochecer Pedro vio una cueva. Pedro entró y encendió un "
            "fuego. Pedro durmió allí.",
        ),
        (
            "de",
            "Peter wanderte den ganzen Tag durch den Wald. Am Abend sah Peter eine Höhle. Peter ging hinein und "
            "machte ein Feuer. Peter schlief.",
        ),
        (
            "ja",
            "けんたは一日中森の中を歩きました。夕方、けんたが見ると、ほら穴がありました。けんたは中にはいって、火をたきました。"
            "けんたはねむりました。",
        ),
    ],
)
def test_a_place_sighted_is_where_the_picture_goes_once_they_go_in(language: str, text: str) -> None:
    assert _places(text, language) == ["forest", "forest", "cave", "cave"]
    assert _times(text, language)[1:] == ["sunset", "sunset", "sunset"]


def test_going_in_moves_the_picture_into_the_place_seen_without_a_time_word() -> None:
    text = "Pierre marcha dans la forêt. Pierre vit une grotte. Pierre entra et alluma un feu. Pierre dormit."
    assert _places(text, "fr") == ["forest", "forest", "cave", "cave"]
    text = "Tom walked across the meadow. Tom saw a small hut. Tom went in. He sat down."
    assert _places(text, "en")[2:] == ["cabin", "cabin"]


@pytest.mark.parametrize(
    ("language", "sighting", "going_in", "word"),
    [
        ("en", "At dusk the boy spotted a cave.", "He crept inside and slept.", "cave"),
        ("es", "Al anochecer la niña vio una cueva.", "Entró y se durmió.", "cueva"),
        ("fr", "Le soir, le garçon aperçut une grotte.", "Il y entra et s'endormit.", "grotte"),
        ("de", "Am Abend sah das Mädchen eine Höhle.", "Es ging hinein und schlief.", "Höhle"),
        ("hi", "शाम को उसने पहाड़ी पर एक गुफा देखी।", "वह अंदर गया और सो गया।", "गुफा"),
        ("ja", "夕方、見ると、ほら穴がありました。", "中にはいって、ねむりました。", "ほら穴"),
    ],
)
def test_going_in_without_naming_the_place_goes_into_the_one_just_seen(
    language: str, sighting: str, going_in: str, word: str
) -> None:
    assert place_gone_into(going_in, sighting, language) == ("cave", [word])
    # a place of its own named where they go in is that place's, read by the sentence itself
    assert place_gone_into("He went inside the barn.", "He saw a cave.", "en") is None
