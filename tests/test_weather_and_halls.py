"""The weather follows the words (from the sentence that makes it, until another changes it; indoors through the
windows), and the rooms of a grand house are drawn as such (the great hall, the ballroom, the bedchamber), in the
plan and in real frames."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from filmstudio.config import Settings
from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.painter import paint_scene
from filmstudio.engines.music.sfx import place_effects
from filmstudio.film_request import FilmRequest
from filmstudio.render import render_film
from filmstudio.script import parse_script
from filmstudio.storyboard import Storyboard
from tests.media_checks import frame_at
from tests.staging_checks import staged


def _weather_by_sentence(board: Storyboard) -> list[tuple[str, str]]:
    """(sentence, the weather of the scene it is staged in), in order."""
    return [(m.text, s.weather) for s in board.scenes for m in s.moments]


def _weather_of(board: Storyboard, words: str) -> str:
    return next(weather for text, weather in _weather_by_sentence(board) if words in text)


# -- the plan: the weather from its sentence on ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "weather"),
    [
        ("A cold wind blew and the rain came down.", "rain"),  # the weather a picture shows most, not the first named
        ("It began to snow.", "snow"),
        ("That night a great storm broke over the town.", "storm"),
        ("Then it rained hard.", "rain"),  # said by a verb
        ("It was pouring by the time she reached the gate.", "rain"),
        ("Soon it snowed on the roofs.", "snow"),
        ("Heavy sleet lashed the shutters.", "rain"),
        ("Thunder rolled over the hills.", "storm"),
        ("A thick mist crept up from the valley.", "fog"),
    ],
)
def test_the_sky_changes_at_the_sentence_that_names_the_weather(sentence: str, weather: str) -> None:
    board = staged(f"Tilda mended the nets by the boats. She hummed an old tune. {sentence} Tilda kept on working.")
    assert _weather_of(board, "mended") == "clear"  # not before the sentence
    assert _weather_of(board, "hummed") == "clear"
    assert _weather_of(board, sentence[:12]) == weather  # from it
    assert _weather_of(board, "kept on") == weather  # and after it, until the words change it


def test_the_weather_ends_where_the_words_end_it() -> None:
    board = staged(
        "The fishermen waited on the shore. A thick fog hid the boats. At noon the fog lifted. "
        "They pushed the boats into the water."
    )
    assert _weather_of(board, "waited") == "clear"
    assert _weather_of(board, "hid the boats") == "fog"
    assert _weather_of(board, "fog lifted") == "clear"
    assert _weather_of(board, "pushed") == "clear"
    board = staged("Olek fed the hens. It started raining. Olek ran to the shed. By evening it stopped raining.")
    assert [w for _, w in _weather_by_sentence(board)] == ["clear", "rain", "rain", "clear"]


def test_snow_said_as_weather_does_not_move_the_scene_to_a_snowfield() -> None:
    board = staged("Tomas fed the goats on the farm. It began to snow. Tomas pulled his coat tight.")
    assert {s.setting for s in board.scenes} == {"farm"}
    assert _weather_of(board, "pulled") == "snow"


def test_the_weather_goes_on_into_the_next_scenes_and_indoors_until_a_new_day() -> None:
    board = staged(
        "Mara herded the sheep on the hill. Then a storm broke over the hill. Mara ran home.\n\n"
        "Mara sat by the fire in her kitchen. She listened.\n\n"
        "The next morning Mara walked to the village."
    )
    assert _weather_of(board, "herded") == "clear"
    kitchen = next(s for s in board.scenes if any("by the fire" in m.text for m in s.moments))
    assert kitchen.interior and kitchen.weather == "storm"  # still storming, seen from inside
    assert _weather_of(board, "next morning") == "clear"


def test_weather_said_not_to_be_there_is_none() -> None:
    board = staged("There was no rain that summer. The farmer looked at the sky.")
    assert {s.weather for s in board.scenes} == {"clear"}


@pytest.mark.parametrize(
    ("language", "text", "before", "after", "weather"),
    [
        ("de", "Anna ging über die Wiese. Dann begann es zu schneien. Anna lief weiter.", "Wiese", "schneien", "snow"),
        ("de", "Der Nebel lag über dem Dorf. Gegen Mittag lichtete sich der Nebel. Die Kinder spielten.", "", "", ""),
        ("es", "Pedro caminaba por el campo. De pronto empezó a llover. Pedro corrió.", "campo", "llover", "rain"),
        (
            "fr",
            "Marie marchait dans la forêt. Soudain il commença à pleuvoir. Marie courut.",
            "forêt",
            "pleuvoir",
            "rain",
        ),
        ("it", "Luca camminava nel bosco. Poi cominciò a nevicare. Luca corse.", "bosco", "nevicare", "snow"),
        ("pt", "João andava pela estrada. De repente começou a chover. João correu.", "estrada", "chover", "rain"),
        ("ru", "Иван шёл по дороге. Вдруг пошёл снег. Иван шёл дальше.", "дороге", "снег", "snow"),
    ],
)
def test_weather_verbs_in_other_languages(language: str, text: str, before: str, after: str, weather: str) -> None:
    board = staged(text, language)
    if not before:  # the fog that lifts: fog, then clear
        assert [w for _, w in _weather_by_sentence(board)] == ["fog", "clear", "clear"]
        return
    assert _weather_of(board, before) == "clear"
    assert _weather_of(board, after) == weather
    assert _weather_by_sentence(board)[-1][1] == weather


# -- the plan: a grand building's rooms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "setting"),
    [
        ("en", "The old king feasted with his knights. They sat at a long table in the great hall.", "great_hall"),
        ("en", "Queen Ysolde lived in a white palace. She sat alone in her chamber and combed her hair.", "bedchamber"),
        ("en", "The duke gave a ball at his manor. The guests danced in the ballroom until late.", "ballroom"),
        ("en", "In the castle, the young princess slept in her bedroom.", "bedchamber"),
        ("en", "The prince lived in a palace. He dined in the dining room with his father.", "great_hall"),
        ("en", "The lord of the manor waited in the hall.", "great_hall"),
        # the same rooms of a house are a house's
        ("en", "Nora lived in a small flat. She sat in the living room and read.", "living_room"),
        ("en", "Nora lived in a cottage. She went to her bedroom.", "bedroom"),
        ("de", "Die Königin wohnte in einem Schloss. Am Abend ging sie in ihr Schlafzimmer.", "bedchamber"),
        ("fr", "La reine vivait dans un château. Le soir, elle entra dans sa chambre.", "bedchamber"),
        ("es", "El rey vivía en un palacio. Por la noche cenó en el salón.", "great_hall"),
        ("it", "Il re viveva in un castello. La sera entrò nella sala da ballo.", "ballroom"),
        ("ru", "Царь жил во дворце. Вечером он вошёл в опочивальню.", "bedchamber"),
    ],
)
def test_a_room_of_a_grand_building_is_its_grand_room(language: str, text: str, setting: str) -> None:
    board = parse_script(text, language=language)
    assert board.scenes[-1].setting == setting
    assert board.scenes[-1].interior


def test_a_staged_story_goes_into_the_castles_hall_and_the_kings_chamber() -> None:
    board = staged(
        "The old king lived in a castle on a hill. One evening the king rode home from the hunt. "
        "He walked into the hall and sat at the long table. Then he went up to his chamber and slept."
    )
    where = {m.text: s.setting for s in board.scenes for m in s.moments}
    assert where["He walked into the hall and sat at the long table."] == "great_hall"
    assert where["Then he went up to his chamber and slept."] == "bedchamber"


# -- real frames ----------------------------------------------------------------------------------------


def _spec(setting: str, weather: str, *, interior: bool = True) -> SceneSpec:
    return SceneSpec(
        setting=setting,
        time_of_day="day",
        weather=weather,
        mood="calm",
        description="",
        style="cinematic",
        seed=3,
        interior=interior,
    )


def _paint(setting: str, weather: str = "clear", *, interior: bool = True) -> np.ndarray:
    return np.asarray(paint_scene(_spec(setting, weather, interior=interior), (640, 360)).image.convert("RGB"))


def _streaks(pixels: np.ndarray) -> float:
    """The share of pale, nearly grey pixels (rain streaks, snowflakes) in a region."""
    rgb = pixels.astype(np.int16)
    grey = (rgb.max(axis=2) - rgb.min(axis=2)) < 40
    return float((grey & (rgb.mean(axis=2) > 170)).mean())


def test_rain_and_snow_show_through_a_rooms_window_and_the_room_stays_dry() -> None:
    clear, rain, snow = (_paint("bedroom", w) for w in ("clear", "rain", "snow"))
    pane = (slice(int(360 * 0.16), int(360 * 0.46)), slice(int(640 * 0.64), int(640 * 0.86)))  # the window
    assert _streaks(rain[pane]) > _streaks(clear[pane]) + 0.05
    assert _streaks(snow[pane]) > _streaks(clear[pane]) + 0.05
    bed = (slice(int(360 * 0.66), int(360 * 0.8)), slice(int(640 * 0.12), int(640 * 0.5)))  # no rain on the bed
    assert abs(_streaks(rain[bed]) - _streaks(clear[bed])) < 0.01


def _sofa(pixels: np.ndarray) -> float:
    """The share of the living room's sofa red (a red without the orange of a sunset or a candle)."""
    r, g, b = (pixels[..., k].astype(np.int16) for k in range(3))
    return float(((r > 100) & (r - g > 50) & (np.abs(g - b) < 25)).mean())


@pytest.mark.parametrize("setting", ["great_hall", "ballroom", "bedchamber"])
def test_a_grand_room_is_no_sitting_room_its_walls_are_tall(setting: str) -> None:
    room, grand = _paint("living_room"), _paint(setting)
    assert _sofa(room) > 0.03 and _sofa(grand) < 0.005  # no sofa
    # the sitting room's floor begins at 72% of the height; the grand room's wall still stands at 76%
    row = int(360 * 0.76)
    assert (
        np.abs(grand[row].astype(int) - grand[int(360 * 0.5)].astype(int)).mean()
        < np.abs(room[row].astype(int) - room[int(360 * 0.5)].astype(int)).mean()
    )


def test_a_palace_seen_from_inside_is_its_great_hall_not_its_outside() -> None:
    inside, hall, outside = _paint("palace"), _paint("great_hall"), _paint("palace", interior=False)
    assert np.array_equal(inside, hall)
    assert not np.array_equal(inside, outside)


STORY = (
    "Edda drove the geese along the lane. The sun was warm on her back. Then heavy clouds came and it rained hard. "
    "Edda ran with the geese to the barn.\n\n"
    "The old king lived in a castle on a hill. That evening he sat with his knights at the long table in the great hall."
)


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("weather")
    settings = Settings(data_dir=out / "data", cache_dir=out / "cache")
    script = out / "story.txt"
    script.write_text(STORY, encoding="utf-8")
    render_film(
        script,
        out / "story.mp4",
        FilmRequest(resolution="720p", fps=24),
        settings=settings,
        storyboard_path=out / "story.json",
    )
    return out / "story.mp4", json.loads((out / "story.json").read_text(encoding="utf-8"))


def _frame_of(film: tuple[Path, dict], words: str) -> tuple[np.ndarray, dict]:
    video, board = film
    scene = next(s for s in board["scenes"] if any(words in m["text"] for m in s["moments"]))
    return frame_at(video, (scene["start"] + scene["end"]) / 2, (1280, 720)), scene


@pytest.mark.slow
def test_the_film_rains_after_the_sentence_and_not_before(film: tuple[Path, dict]) -> None:
    before, first = _frame_of(film, "drove the geese")
    after, rainy = _frame_of(film, "ran with the geese")
    assert first["weather"] == "clear" and rainy["weather"] == "rain"
    sky = (slice(0, 200), slice(0, 1280))  # above the people
    saturation = [float((f[sky].max(axis=2).astype(int) - f[sky].min(axis=2)).mean()) for f in (before, after)]
    assert saturation[1] < saturation[0] - 20  # a grey sky after the sentence, a blue one before
    assert after[sky].mean() < before[sky].mean() - 10  # and darker


@pytest.mark.slow
def test_the_film_shows_the_great_hall_not_a_sitting_room(film: tuple[Path, dict]) -> None:
    frame, scene = _frame_of(film, "long table")
    assert scene["setting"] == "great_hall" and scene["interior"]
    sitting_room = np.asarray(paint_scene(_spec("living_room", "clear"), (1280, 720)).image.convert("RGB"))
    great_hall = np.asarray(paint_scene(_spec("great_hall", "clear"), (1280, 720)).image.convert("RGB"))
    assert _sofa(sitting_room) > 0.03 and _sofa(great_hall) < 0.005
    # the walls above the people (who may wear a red the sofa shares) are the hall's, not the sitting room's
    wall = slice(0, 200)

    def apart(painting: np.ndarray) -> float:
        return float(np.abs(frame[wall].astype(np.int16) - painting[wall].astype(np.int16)).mean())

    assert apart(great_hall) < apart(sitting_room)


def test_the_weather_a_scene_is_in_is_heard_where_the_words_do_not_call_for_it() -> None:
    board = staged("Olek fed the hens. It started raining. Olek ran into the shed and sat there.")
    for k, scene in enumerate(board.scenes):
        scene.start, scene.end = 4.0 * k, 4.0 * (k + 1)
    rainy = [s for s in board.scenes if s.weather == "rain"]
    assert rainy and all(s.weather == "clear" for s in board.scenes[:1])
    rain = [e for e in place_effects(board) if e.name == "rain"]
    assert {(e.start, e.end) for e in rain} == {(s.start, s.end) for s in rainy}  # heard from the sentence on


@pytest.mark.parametrize(
    ("room", "text", "drawn"),
    [
        ("bedroom", "She waited in her room at the Palace Hotel, reading a letter.", "bedroom"),
        ("living_room", "He sat on the sofa of his flat on Castle Street.", "living_room"),
        ("living_room", "The old duke sat by the fire in the hall of his castle.", "great_hall"),
    ],
)
def test_a_building_named_inside_a_name_makes_no_room_grand(room: str, text: str, drawn: str) -> None:
    from filmstudio.script.grand_rooms import grand_variant

    assert grand_variant(room, None, text, "en") == drawn


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("Upon that bed the girl was to sleep.", "bedchamber"),
        ("She lay down on the bed and slept.", "bedchamber"),
        ("There was a knock at the door.", "palace"),
    ],
)
def test_a_bed_in_a_palace_is_in_its_bedchamber_not_outside(text: str, drawn: str) -> None:
    from filmstudio.script.scenes import describe_scene

    assert describe_scene("", text, "en", previous="palace", home="palace").setting == drawn
