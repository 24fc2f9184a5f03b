"""Figures of speech set no place, weather, light or thing of a scene: what a simile likens to ("like a storm",
"as white as snow", "comme neige", "wie ein Sturm", "как гроза", "बर्फ़ जैसे", "雪のように", "像雪一样"), what a
comparison measures by ("whiter than snow"), a place or weather word used as a measure ("a sea of faces", "a
storm of applause"), heaven where eyes turn or prayers go, a place only thoughts go to, and a weather verb said of
a voice. The literal sense beside a figure stays. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script.parse import parse_script
from filmstudio.script.scenes import SceneReading, describe_scene


def _scene(text: str, language: str) -> SceneReading:
    return describe_scene("", text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Her voice rose like a storm."),
        ("en", "Her hair was as white as snow."),
        ("en", "His skin was whiter than snow."),
        ("en", "A storm of applause broke out."),
        ("en", "He ran as fast as the wind."),
        ("de", "Ihr Haar war so weiß wie Schnee."),
        ("de", "Seine Stimme donnerte wie ein Sturm."),
        ("de", "Ein Sturm der Begeisterung brach los."),
        ("fr", "Ses cheveux étaient blancs comme neige."),
        ("fr", "Sa voix grondait comme un orage."),
        ("fr", "Une tempête d'applaudissements éclata."),
        ("es", "Su voz era como una tormenta."),
        ("es", "Su piel era más blanca que la nieve."),
        ("it", "La sua voce era come una tempesta."),
        ("it", "La sua pelle era più bianca della neve."),
        ("ru", "Его голос гремел, как гроза."),
        ("ru", "Волосы были белые, словно снег."),
        ("ru", "Её кожа была белее снега."),
        ("hi", "उसके बाल बर्फ़ जैसे सफ़ेद थे।"),
        ("hi", "उसकी आवाज़ तूफ़ान की तरह गूँजी।"),
        ("hi", "तालियों का तूफ़ान उठा।"),
        ("ja", "髪は雪のように白かった。"),
        ("ja", "彼の声は嵐みたいだった。"),
        ("ja", "肌は雪より白かった。"),
        ("zh", "她的头发像雪一样白。"),
        ("zh", "他的声音如同暴风雨。"),
        ("zh", "她的皮肤比雪还白。"),
    ],
)
def test_weather_in_a_figure_of_speech_is_no_weather(language: str, text: str) -> None:
    scene = _scene(text, language)
    assert scene.weather == "clear"
    assert scene.setting != "snowfield"


@pytest.mark.parametrize(
    ("language", "text", "not_there"),
    [
        ("en", "He lifted his eyes to Heaven and sighed.", "heaven"),
        ("en", "The old woman prayed to Heaven for her son.", "heaven"),
        ("en", "He looked out over a sea of faces.", "sea"),
        ("en", "He had a mountain of debts.", "mountains"),
        ("en", "Her thoughts flew back to the sea.", "sea"),
        ("de", "Er blickte auf ein Meer von Gesichtern.", "sea"),
        ("fr", "Il regardait une mer de visages.", "sea"),
        ("es", "Miraba un mar de caras.", "sea"),
        ("it", "Guardava un mare di volti.", "sea"),
        ("ru", "Он смотрел на море лиц.", "sea"),
        ("hi", "वह चेहरों के समुद्र को देखता रहा।", "sea"),
        ("ja", "彼は人の海を見渡した。", "sea"),
        ("zh", "他望着人的海洋。", "sea"),
    ],
)
def test_a_place_in_a_figure_of_speech_is_not_where_the_scene_is(language: str, text: str, not_there: str) -> None:
    assert _scene(text, language).setting != not_there


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Her eyes shone like stars."),
        ("de", "Ihre Augen leuchteten wie Sterne."),
        ("fr", "Ses yeux brillaient comme des étoiles."),
        ("hi", "उसकी आँखें तारों की तरह चमकीं।"),
        ("zh", "她的眼睛像星星一样闪亮。"),
    ],
)
def test_stars_in_a_simile_make_no_night(language: str, text: str) -> None:
    assert _scene(text, language).time_of_day == "day"


@pytest.mark.parametrize(
    ("language", "text", "thing"),
    [
        ("en", "The cook stood in the kitchen. He had a mountain of dishes to wash.", "mountain"),
        ("en", "The smith stood in the kitchen. A shower of sparks flew up.", "shower"),
        ("fr", "Il neigeait, et les champs étaient blancs comme du lait.", "milk"),
        ("it", "Nevicava, e i campi erano bianchi come il latte.", "milk"),
    ],
)
def test_a_thing_in_a_figure_of_speech_is_not_drawn(language: str, text: str, thing: str) -> None:
    assert thing not in [m.key for m in _scene(text, language).things]


def test_a_figure_later_in_a_scene_changes_no_weather() -> None:
    text = "Tom sat in the kitchen. The sky was clear. Then his anger rose like a storm. He shouted at the cat."
    scene = parse_script(text, filename="story.en.txt", language="en").scenes[0]
    assert scene.weather == "clear"
    assert not any(m.weather for m in scene.moments)
    text = "Tom sat in the kitchen. His voice thundered across the room. He sat down."
    assert parse_script(text, filename="story.en.txt", language="en").scenes[0].weather == "clear"


# -- the literal sense beside a figure stays -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "setting", "weather"),
    [
        ("en", "They walked like tired soldiers along the river.", "river", None),
        ("en", "It snowed, and the fields were white as milk.", None, "snow"),
        ("en", "They went as far as the river.", "river", None),
        ("en", "It looked like rain.", None, "rain"),
        ("en", "A storm broke over the hills, and the wind howled like a wolf.", None, "storm"),
        ("en", "It thundered all night over the village.", None, "storm"),
        ("de", "Es schneite, und die Felder waren weiß wie Milch.", None, "snow"),
        ("de", "Wie der Sturm tobte, blieben sie im Haus.", None, "storm"),
        ("es", "Nevaba, y los campos estaban blancos como la leche.", None, "snow"),
        ("it", "Nevicava, e i campi erano bianchi come il latte.", None, "snow"),
        ("ru", "Он видел, как шёл снег.", None, "snow"),
        ("hi", "बारिश हो रही थी और वह पेड़ की तरह खड़ा रहा।", None, "rain"),
        ("ja", "雪が降っていた。野原はミルクのように白かった。", None, "snow"),
        ("zh", "下雪了，田野像牛奶一样白。", None, "snow"),
    ],
)
def test_the_literal_place_or_weather_beside_a_figure_stays(
    language: str, text: str, setting: str | None, weather: str | None
) -> None:
    scene = _scene(text, language)
    if setting is not None:
        assert scene.setting == setting
    if weather is not None:
        assert scene.weather == weather
