"""The time of day the words say: the adverbs, case forms and phrases of a part of the day ("ночью", "in aller
Frühe", "一大早"), early morning said in a phrase (dawn), the light changing ("night fell", "anocheció", "天黑了":
the time changes from that sentence on), and a new day or time passed ending a night held from the scene before
(script/light_said.py)."""

from __future__ import annotations

import pytest

from filmstudio.script.scenes import describe_scene
from tests.staging_checks import staged


def _time(body: str, language: str) -> str:
    return describe_scene("", body, language).time_of_day


def _times(text: str, language: str) -> list[str]:
    """The time of day each sentence is staged in, in story order."""
    return [scene.time_of_day for scene in staged(text, language).scenes for _ in scene.moments]


# -- 1. adverbs, case forms and phrases of a part of the day; early morning is dawn --------------------------


@pytest.mark.parametrize(
    ("language", "body", "time"),
    [
        ("en", "Early in the morning the baker lit his oven.", "dawn"),
        ("en", "Early one morning the old fisherman mended his net.", "dawn"),
        ("ru", "Ночью волк вышел из леса.", "night"),
        ("ru", "Утром бабушка пекла пироги.", "dawn"),
        ("ru", "Рано утром дед пошёл на реку.", "dawn"),
        ("ru", "Вечерком дед сидел на крыльце.", "sunset"),
        ("de", "In aller Frühe sattelte der Knecht das Pferd.", "dawn"),
        ("de", "Früh am Morgen öffnete der Bäcker den Laden.", "dawn"),
        ("es", "Muy de mañana la niña fue al río.", "dawn"),
        ("fr", "De bon matin, le meunier ouvrit le moulin.", "dawn"),
        ("it", "Di buon mattino il pastore portò le pecore al pascolo.", "dawn"),
        ("pt", "De manhã cedo o pescador saiu para o mar.", "dawn"),
        ("zh", "一大早，奶奶就去了菜园。", "dawn"),
        ("zh", "天还没亮，爷爷就出门了。", "dawn"),
        ("ja", "明け方、ねこは庭に出ました。", "dawn"),
        ("hi", "तड़के किसान खेत गया।", "dawn"),
        ("ta", "அதிகாலையில் விவசாயி வயலுக்குச் சென்றான்.", "dawn"),
        ("bn", "ভোরবেলা কৃষক মাঠে গেল।", "dawn"),
    ],
)
def test_a_part_of_the_day_in_any_form_sets_the_scene_time(language: str, body: str, time: str) -> None:
    assert _time(body, language) == time


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The sun shone on the water."),
        ("en", "The light faded from his eyes."),
        ("en", "The sun slipped behind a cloud."),
        ("fr", "Le soleil brillait sur la mer."),
        ("de", "Die Sonne schien auf den Hof."),
    ],
)
def test_the_sun_that_only_shines_is_no_change_of_light(language: str, body: str) -> None:
    assert _time(body, language) == "day"


# -- 2. the light changing: the time changes from that sentence on --------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "after"),
    [
        (
            "en",
            "Tilda mended the nets by the boats. She hummed an old tune. The sun set behind the hills. Tilda kept on working.",
            "sunset",
        ),
        ("en", "Omar fed the goats in the yard. He swept the porch. Night fell. Omar lit a lamp.", "night"),
        ("en", "Omar fed the goats in the yard. He swept the porch. Soon it grew dark. Omar lit a lamp.", "night"),
        (
            "en",
            "Omar fed the goats in the yard. He swept the porch. As the sun went down, the goats lay still. Omar sat.",
            "sunset",
        ),
        ("ru", "Иван колол дрова во дворе. Он устал. Стемнело. Иван сел на скамейку.", "night"),
        ("ru", "Маша полола грядки в огороде. Она пела. Солнце село за рекой. Маша пошла домой.", "sunset"),
        ("de", "Greta fegte den Hof. Sie sang leise. Es wurde Nacht. Greta zündete eine Lampe an.", "night"),
        (
            "de",
            "Greta fegte den Hof. Sie sang leise. Die Sonne ging hinter dem Hügel unter. Greta ging hinein.",
            "sunset",
        ),
        ("es", "Lucía barría el patio. Cantaba en voz baja. Anocheció. Lucía encendió una lámpara.", "night"),
        ("fr", "Jeanne balayait la cour. Elle chantait. La nuit tomba. Jeanne alluma une lampe.", "night"),
        ("it", "Lucia spazzava il cortile. Cantava piano. Si fece buio. Lucia accese una lampada.", "night"),
        ("pt", "Ana varria o quintal. Cantava baixinho. Anoiteceu. Ana acendeu uma lamparina.", "night"),
        ("zh", "小明在院子里扫地。他唱着歌。天黑了。小明点了一盏灯。", "night"),
        ("zh", "小红在河边洗衣服。她唱着歌。太阳落山了。小红回家了。", "sunset"),
        (
            "ja",
            "たろうは庭をはいていました。うたをうたいました。日が暮れました。たろうはランプをつけました。",
            "sunset",
        ),
        ("hi", "राम आँगन में झाड़ू लगा रहा था। वह गा रहा था। सूरज डूब गया। राम ने दीया जलाया।", "sunset"),
        ("ta", "ராமு முற்றத்தைப் பெருக்கினான். அவன் பாடினான். இருட்டியது. ராமு விளக்கை ஏற்றினான்.", "night"),
        ("bn", "রাম উঠোন ঝাঁট দিচ্ছিল। সে গান গাইছিল। সূর্য ডুবে গেল। রাম প্রদীপ জ্বালল।", "sunset"),
    ],
)
def test_the_time_changes_at_the_sentence_where_the_light_changes(language: str, text: str, after: str) -> None:
    times = _times(text, language)
    assert times[:2] == ["day", "day"]  # not before the sentence
    assert times[2:] == [after] * len(times[2:])  # from it on


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Late at night the miller sat by the fire. He dozed. Dawn broke over the hills. The miller woke."),
        ("es", "De noche el molinero se sentó junto al fuego. Dormitaba. Amaneció. El molinero despertó."),
        (
            "fr",
            "Tard dans la nuit, le meunier veillait près du feu. Il somnolait. Le jour se leva. Le meunier s'éveilla.",
        ),
        (
            "ja",
            "夜中、じいさんは火のそばにすわっていました。うとうとしました。夜が明けました。じいさんは目をさましました。",
        ),
    ],
)
def test_dawn_breaking_ends_the_night(language: str, text: str) -> None:
    times = _times(text, language)
    assert times[:2] == ["night", "night"]
    assert times[2:] == ["dawn"] * len(times[2:])


# -- 3. a time said later sets a scene that named none; a new day ends a time held from before ---------------


@pytest.mark.parametrize(
    ("language", "text", "time"),
    [
        (
            "en",
            "Rosa walked to the well. She filled her jug. It was the dead of night, and the owls called.",
            "night",
        ),
        ("ru", "Маша шла по тропинке. Она несла корзину. Вокруг было тихо: она шла ночью.", "night"),
    ],
)
def test_a_time_said_later_in_a_scene_that_named_none_is_its_time(language: str, text: str, time: str) -> None:
    assert set(_times(text, language)) == {time}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Late that night Rosa sat by the fire.\n\nYears later Rosa walked to the well. She filled her jug."),
        ("fr", "Tard dans la nuit, Jeanne veillait.\n\nLe lendemain, Jeanne alla au puits. Elle remplit sa cruche."),
        ("zh", "深夜，小明坐在火边。\n\n第二天，小明去了井边。他打了水。"),
        ("ja", "夜中に、たろうは火のそばにすわっていました。\n\n次の日、たろうは井戸へ行きました。"),
        ("bn", "রাতে রাম আগুনের পাশে বসে ছিল।\n\nপরদিন রাম কুয়োর কাছে গেল।"),
        ("ta", "இரவில் ராமு நெருப்பின் அருகில் அமர்ந்தான்.\n\nமறுநாள் ராமு கிணற்றுக்குச் சென்றான்."),
    ],
)
def test_a_new_day_ends_the_night_held_from_the_scene_before(language: str, text: str) -> None:
    times = _times(text, language)
    assert times[0] == "night"
    assert times[1:] == ["day"] * len(times[1:])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un grand orage éclata sur le village. Jeanne ferma les volets.\n\nLe lendemain, Jeanne alla au puits."),
        ("zh", "深夜，下起了大雨。小明坐在火边。\n\n第二天，小明去了井边。他打了水。"),
        (
            "de",
            "Ein schweres Gewitter zog über das Dorf. Greta schloss die Läden.\n\nTags darauf ging Greta zum Brunnen.",
        ),
    ],
)
def test_a_new_day_ends_the_weather_held_from_the_scene_before(language: str, text: str) -> None:
    assert staged(text, language).scenes[-1].weather == "clear"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "深夜，小明坐在火边。他睡着了。第二天，小明去了井边。他打了水。"),
        (
            "fr",
            "Tard dans la nuit, Jeanne veillait près du feu. Elle s'endormit. Le lendemain, Jeanne alla au puits. Elle remplit sa cruche.",
        ),
        ("bn", "রাতে রাম আগুনের পাশে বসে ছিল। সে ঘুমিয়ে পড়ল। পরদিন রাম কুয়োর কাছে গেল। সে জল তুলল।"),
    ],
)
def test_a_new_day_said_inside_a_scene_ends_its_night_there(language: str, text: str) -> None:
    assert _times(text, language) == ["night", "night", "day", "day"]
