"""The offline illustrator: every setting of the library, light by time of day and mood, the four styles,
determinism, the fallback for unknown settings, and the far layer that gives narration scenes parallax."""

from __future__ import annotations

import itertools

import cv2
import numpy as np
import pytest

from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.painter import known_setting, paint, paint_layers
from filmstudio.engines.image.settings import PLAIN, SETTINGS
from filmstudio.media.frames import Move, SceneClip
from filmstudio.script.scenes import INTERIOR_SETTINGS

SIZE = (480, 270)
REQUIRED = {
    "mountains",
    "sea",
    "forest",
    "city",
    "village",
    "desert",
    "river",
    "space",
    "temple",
    "living_room",
    "classroom",
    "office",
    "podcast_studio",
    "kitchen",
    "lighthouse_room",
    "swimming_pool",
    "garage",
    "cabin",
    "mansion",
    "restaurant",
    "bar",
    "hospital_room",
    "hospital_corridor",
    "airplane_cabin",
    "airport",
    "train",
    "car_interior",
    "bedroom",
    "campfire",
    "swamp",
    "haunted_house",
    "newsroom",
    "school_corridor",
    "market",
    "beach",
    "snowfield",
    "desert_town",
    "farm",
    "church",
    "mosque",
    "stage",
    "laboratory",
    "park",
    "courtroom",
    "hallway",
    "pond",
    "workshop",
    "mill",
    "mine",
}


def spec(setting: str = "mountains", **kw: object) -> SceneSpec:
    base = {
        "time_of_day": "day",
        "weather": "clear",
        "mood": "calm",
        "description": "",
        "style": "cinematic",
        "seed": 1,
    }
    base.update(kw)
    return SceneSpec(setting=setting, **base)  # type: ignore[arg-type]


def pixels(s: SceneSpec) -> np.ndarray:
    return np.asarray(paint(s, SIZE), dtype=np.float32)


def test_the_library_has_every_setting_and_each_is_its_own_picture() -> None:
    assert set(SETTINGS) >= REQUIRED
    pictures = {name: pixels(spec(name)) for name in sorted(set(SETTINGS) - PLAIN)}  # a title card is plain
    for name, pic in pictures.items():
        assert pic.std() > 12, name  # never blank
    for (a, pa), (b, pb) in itertools.combinations(pictures.items(), 2):
        assert np.abs(pa - pb).mean() > 6, (a, b)


def test_every_setting_is_drawn_at_every_time_of_day_and_in_every_style() -> None:
    """Every setting: the analysis never names a place the painter cannot draw."""
    from filmstudio.script.places import PLACES

    assert {p.name for p in PLACES} | {"landscape"} == set(SETTINGS) and len(SETTINGS) >= 40
    for name in sorted(set(SETTINGS) - PLAIN):
        times = [
            pixels(spec(name, time_of_day=t, style=s))
            for t, s in (("day", "cinematic"), ("night", "cartoon"), ("dawn", "watercolor"), ("sunset", "minimal"))
        ]
        assert all(p.std() > 8 for p in times), name
        assert times[1].mean() < times[0].mean(), name  # night is darker than day
        for a, b in itertools.combinations(times, 2):
            assert np.abs(a - b).mean() > 3, name


@pytest.mark.parametrize("setting", ["mansion", "mill"])
def test_inside_and_outside_views_of_a_house(setting: str) -> None:
    outside, inside = pixels(spec(setting)), pixels(spec(setting, interior=True))
    assert np.abs(outside - inside).mean() > 20


def test_time_of_day_and_mood_light_the_scene() -> None:
    light = {t: pixels(spec("village", time_of_day=t)).mean() for t in ("dawn", "day", "sunset", "night")}
    assert light["night"] < min(light["dawn"], light["sunset"]) < light["day"]
    tense = pixels(spec("city", mood="tense")).mean(axis=(0, 1))
    joyful = pixels(spec("city", mood="joyful")).mean(axis=(0, 1))
    assert tense[2] / tense[0] > joyful[2] / joyful[0]  # tense is graded bluer
    rain = pixels(spec("forest", weather="rain"))
    assert np.abs(rain - pixels(spec("forest"))).mean() > 3


def test_the_four_styles_are_visibly_different() -> None:
    looks = {s: pixels(spec("sea", style=s)) for s in ("cinematic", "cartoon", "watercolor", "minimal")}
    for (a, pa), (b, pb) in itertools.combinations(looks.items(), 2):
        assert np.abs(pa - pb).mean() > 5, (a, b)
    colours = {s: len(np.unique(p.reshape(-1, 3).astype(np.uint8), axis=0)) for s, p in looks.items()}
    assert colours["minimal"] <= 12 < colours["cinematic"]  # flat poster colours


def test_same_seed_same_picture_and_another_seed_another() -> None:
    assert np.array_equal(pixels(spec("forest")), pixels(spec("forest")))
    assert np.abs(pixels(spec("forest")) - pixels(spec("forest", seed=2))).mean() > 3


@pytest.mark.parametrize(
    ("name", "description", "expected"),
    [
        ("seaside", "", "sea"),
        ("snowy_peaks", "", "mountains"),
        ("somewhere", "a busy market street at noon", "market"),
        ("rainforest", "tall trees and a hidden waterfall", "forest"),
        ("nowhere", "", "landscape"),
    ],
)
def test_unknown_settings_fall_back_to_the_nearest_known_one(name: str, description: str, expected: str) -> None:
    assert known_setting(name, description) == expected
    picture = pixels(spec(name, description=description))
    assert picture.std() > 12
    if expected != "landscape":
        assert np.array_equal(picture, pixels(spec(expected, description=description)))


@pytest.mark.parametrize("setting", ["mountains", "sea", "city", "temple", "living_room", "podcast_studio"])
def test_outdoor_scenes_have_a_far_layer_for_parallax(setting: str) -> None:
    image, layer = paint_layers(spec(setting, time_of_day="sunset"), SIZE)
    assert np.array_equal(np.asarray(image), np.asarray(paint(spec(setting, time_of_day="sunset"), SIZE)))
    if setting in INTERIOR_SETTINGS:
        assert layer is None
        return
    assert layer is not None and layer.mode == "RGBA" and layer.size == SIZE
    land = np.asarray(layer)[..., 3] >= 128
    assert 0.2 < land.mean() < 0.95
    assert land[-5:].all() and not land[:5].all()  # ground at the bottom, sky at the top
    sky = ~land
    # where there is sky, the far layer is the picture itself
    diff = np.abs(np.asarray(layer)[..., :3].astype(int) - np.asarray(image).astype(int))[sky]
    assert np.median(diff) <= 3


def test_the_sky_moves_less_than_the_land() -> None:
    rng = np.random.default_rng(0)
    w, h = SIZE
    texture = cv2.GaussianBlur(rng.integers(0, 255, (h, w, 3)).astype(np.uint8), (0, 0), 2)
    land = np.zeros((h, w), np.uint8)
    land[h // 2 :] = 255
    backdrop = np.dstack([texture, land])
    clip = SceneClip(texture, 0.0, 10.0, Move(1.1, 1.1, 0.45, 0.5, 0.55, 0.5), backdrop=backdrop)
    a, b = clip.frame(0.0), clip.frame(10.0)

    def shift(rows: slice) -> float:
        fa = cv2.cvtColor(a[rows], cv2.COLOR_RGB2GRAY).astype(np.float32)
        fb = cv2.cvtColor(b[rows], cv2.COLOR_RGB2GRAY).astype(np.float32)
        return abs(cv2.phaseCorrelate(fa, fb)[0][0])

    near, far = shift(slice(h * 3 // 4 - 30, h * 3 // 4 + 30)), shift(slice(h // 4 - 30, h // 4 + 30))
    assert near > 20
    assert 0.25 < far / near < 0.55


def test_clouds_that_bring_rain_hide_the_sun_and_dim_the_land() -> None:
    def bright_sky(s: SceneSpec) -> int:
        sky = pixels(s)[: SIZE[1] * 2 // 5].mean(axis=2)
        return int((sky > np.median(sky) + 60).sum())  # the sun's disc and glow, far brighter than the sky

    assert bright_sky(spec("beach")) > 300
    assert bright_sky(spec("beach", weather="rain")) == 0
    land = slice(SIZE[1] * 3 // 4, None)
    assert pixels(spec("beach", weather="storm"))[land].mean() < 0.85 * pixels(spec("beach"))[land].mean()
