"""Seven settings stories often need, each read from its words in the studio's languages and drawn by the
offline painter as its own picture: a cellar, a prison cell or dungeon, a churchyard, an old inn's taproom, a
shop, a theatre's dressing room backstage and a meadow. Every sentence here was written for these tests; each
picture is checked at 1280x720 for what defines it, against the neighbour it must not be a copy of."""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np
import pytest

from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.painter import paint
from filmstudio.engines.image.settings import SETTINGS
from filmstudio.script.place_nouns import more_place_nouns
from filmstudio.script.places import BY_NAME, PLACES
from filmstudio.script.scenes import describe_scene

NEW = ("cellar", "prison_cell", "graveyard", "tavern", "shop", "backstage", "meadow")
W, H = 1280, 720


def _setting(text: str, language: str) -> str:
    return describe_scene("", text, language).setting


@pytest.mark.parametrize(
    ("language", "text", "setting"),
    [
        ("en", "The old wine was kept in the cellar under the house.", "cellar"),
        ("en", "Tom went down to the basement to fetch the lamp.", "cellar"),
        ("de", "Der Vater stieg mit der Laterne in den Keller hinab.", "cellar"),
        ("fr", "Le vigneron descendit à la cave chercher une bouteille.", "cellar"),
        ("es", "El abuelo bajó al sótano con una vela.", "cellar"),
        ("it", "Il nonno scese in cantina a prendere il vino.", "cellar"),
        ("pt", "O avô desceu à adega buscar vinho.", "cellar"),
        ("ru", "Дед спустился в погреб за квасом.", "cellar"),
        ("hi", "बूढ़ा आदमी तहखाने में उतरा।", "cellar"),
        ("ja", "おじいさんは地下室におりていきました。", "cellar"),
        ("zh", "爷爷走进地窖拿酒。", "cellar"),
        ("uk", "Дід спустився в льох.", "cellar"),
        ("en", "The knight was thrown into the dungeon.", "prison_cell"),
        ("en", "The thief sat alone in his prison cell.", "prison_cell"),
        ("en", "They locked him in jail for a week.", "prison_cell"),
        ("de", "Der Prinz lag im Kerker des Königs.", "prison_cell"),
        ("fr", "Le prisonnier pleurait dans son cachot.", "prison_cell"),
        ("es", "El ladrón pasó la noche en la cárcel.", "prison_cell"),
        ("it", "Il brigante fu chiuso in prigione.", "prison_cell"),
        ("pt", "O ladrão ficou na prisão.", "prison_cell"),
        ("ru", "Разбойника бросили в темницу.", "prison_cell"),
        ("hi", "चोर को जेल में डाल दिया गया।", "prison_cell"),
        ("ja", "どろぼうは牢屋に入れられました。", "prison_cell"),
        ("zh", "强盗被关进了监狱。", "prison_cell"),
        ("bn", "চোরকে জেলখানায় পাঠানো হল।", "prison_cell"),
        ("en", "At midnight the widow walked through the graveyard.", "graveyard"),
        ("en", "They buried the old captain in the churchyard.", "graveyard"),
        ("de", "Die Witwe ging auf den Friedhof.", "graveyard"),
        ("fr", "La veuve se rendit au cimetière.", "graveyard"),
        ("es", "La viuda fue al cementerio con flores.", "graveyard"),
        ("it", "La vedova andò al cimitero.", "graveyard"),
        ("pt", "A viúva foi ao cemitério.", "graveyard"),
        ("ru", "Вдова пошла на кладбище.", "graveyard"),
        ("hi", "वह कब्रिस्तान में गया।", "graveyard"),
        ("ja", "おばあさんは墓地へ行きました。", "graveyard"),
        ("zh", "老妇人去了墓地。", "graveyard"),
        ("ar", "ذهب الرجل إلى المقبرة.", "graveyard"),
        ("ur", "وہ قبرستان گیا۔", "graveyard"),
        ("en", "The travellers stopped at an inn for the night.", "tavern"),
        ("en", "The soldiers drank ale in the tavern.", "tavern"),
        ("de", "Die Wanderer kehrten im Wirtshaus ein.", "tavern"),
        ("fr", "Les voyageurs dînèrent à l'auberge.", "tavern"),
        ("es", "Los arrieros cenaron en la posada.", "tavern"),
        ("it", "I viandanti cenarono alla locanda.", "tavern"),
        ("pt", "Os viajantes pararam na estalagem.", "tavern"),
        ("ru", "Путники остановились в трактире.", "tavern"),
        ("hi", "यात्री रात को सराय में रुके।", "tavern"),
        ("ja", "旅人は宿屋に泊まりました。", "tavern"),
        ("zh", "旅人在客栈里住了一夜。", "tavern"),
        ("en", "Before the show the actress sat in her dressing room.", "backstage"),
        ("en", "The actors waited backstage.", "backstage"),
        ("de", "Die Sängerin wartete hinter der Bühne.", "backstage"),
        ("fr", "Les comédiens attendaient dans les coulisses.", "backstage"),
        ("es", "La actriz se maquillaba en el camerino.", "backstage"),
        ("it", "L'attrice si truccava in camerino.", "backstage"),
        ("pt", "A atriz esperava no camarim.", "backstage"),
        ("ru", "Актриса сидела в гримёрке.", "backstage"),
        ("ja", "女優は楽屋で化粧をしていた。", "backstage"),
        ("zh", "演员们在后台化妆。", "backstage"),
        ("en", "The boy bought sweets at the little shop.", "shop"),
        ("en", "She worked behind the counter of the village store.", "shop"),
        ("de", "Die Frau kaufte Brot im Laden.", "shop"),
        ("fr", "La fillette entra dans la boutique.", "shop"),
        ("es", "La niña compró pan en la tienda.", "shop"),
        ("it", "Il ragazzo entrò nel negozio.", "shop"),
        ("pt", "A menina comprou pão na loja.", "shop"),
        ("ru", "Девочка пошла в магазин за хлебом.", "shop"),
        ("hi", "लड़का दुकान पर मिठाई खरीदने गया।", "shop"),
        ("ja", "女の子は店でパンを買いました。", "shop"),
        ("zh", "小女孩在商店里买面包。", "shop"),
        ("ta", "அவன் கடைக்குப் போனான்.", "shop"),
        ("en", "The children picked flowers in the meadow.", "meadow"),
        ("en", "The lambs ran about the pasture.", "meadow"),
        ("de", "Die Kinder spielten auf der Wiese.", "meadow"),
        ("fr", "Les enfants cueillaient des fleurs dans le pré.", "meadow"),
        ("es", "Los niños corrían por el prado.", "meadow"),
        ("it", "I bambini correvano sul prato.", "meadow"),
        ("pt", "As crianças brincavam no prado.", "meadow"),
        ("ru", "Дети собирали цветы на лугу.", "meadow"),
        ("hi", "बच्चे चरागाह में खेल रहे थे।", "meadow"),
        ("ja", "子どもたちは野原で花をつみました。", "meadow"),
        ("zh", "孩子们在草地上采花。", "meadow"),
        ("uk", "Діти бігали по лугу.", "meadow"),
    ],
)
def test_a_sentence_reads_to_a_new_setting(language: str, text: str, setting: str) -> None:
    assert _setting(text, language) == setting


@pytest.mark.parametrize(
    ("language", "text", "setting"),
    [
        # the neighbours keep their own words
        ("en", "She ordered a cocktail at the hotel bar.", "bar"),
        ("en", "The actress bowed on the stage.", "stage"),
        ("en", "The farmer fed the pigs in the farmyard.", "farm"),
        ("en", "She sold apples at the market.", "market"),
        ("en", "The children hid in the larder.", "pantry"),
        ("en", "They prayed in the church.", "church"),
        ("en", "The boy took a basket and went to the baker's.", "market"),  # a shop named by its keeper
        # a room of the building the scene is in: the castle's dungeon, the house's cellar
        ("en", "In the castle the king threw the knight into the dungeon.", "prison_cell"),
        ("de", "Im Schloss warf der König den Ritter in den Kerker.", "prison_cell"),
        ("en", "In the old house the boy went down to the cellar.", "cellar"),
        # a headstone named and no place: the graveyard
        ("en", "An old headstone leaned in the long grass.", "graveyard"),
    ],
)
def test_the_neighbours_and_the_rooms_of_a_building(language: str, text: str, setting: str) -> None:
    assert _setting(text, language) == setting


@pytest.mark.parametrize(
    ("word", "setting"),
    [
        ("alehouse", "tavern"),
        ("hostelry", "tavern"),
        ("penitentiary", "prison_cell"),
        ("lockup", "prison_cell"),
        ("necropolis", "graveyard"),
        ("bookshop", "shop"),
        ("pawnshop", "shop"),
        ("pastureland", "meadow"),
        ("greenroom", "backstage"),
        ("wine cellar", "cellar"),
    ],
)
def test_wordnet_s_nouns_fall_under_the_new_settings(word: str, setting: str) -> None:
    assert word in more_place_nouns("en")[setting]


def test_the_new_settings_are_known_places_in_order() -> None:
    names = [p.name for p in PLACES]
    assert set(NEW) <= set(names) <= set(SETTINGS) | {"landscape"}
    for specific, general in (("backstage", "stage"), ("tavern", "bar"), ("shop", "market"), ("meadow", "farm")):
        assert names.index(specific) < names.index(general)
    assert names.index("graveyard") < names.index("church")
    inside = {key for key in NEW if BY_NAME[key].interior}
    assert inside == {"cellar", "prison_cell", "tavern", "shop", "backstage"}
    assert all(BY_NAME[key].interior is False for key in ("graveyard", "meadow"))
    for language in ("en", "es", "fr", "de", "it", "pt", "ru", "ja", "zh", "hi"):
        for key in NEW:
            assert BY_NAME[key].words(language), (key, language)


# -- the pictures -----------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _picture(setting: str, time: str = "day") -> np.ndarray:
    image = paint(SceneSpec(setting, time, "clear", "calm", "", "cinematic", 3), (W, H))
    assert image.size == (W, H)
    return np.asarray(image.convert("RGB"), np.int16)


def _blobs(mask: np.ndarray, least: int, most: int) -> int:
    """How many separate patches of the mask have an area between `least` and `most` pixels."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    return sum(1 for area in stats[1:, cv2.CC_STAT_AREA] if least <= area <= most)


def _part(pixels: np.ndarray, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return pixels[int(H * y0) : int(H * y1), int(W * x0) : int(W * x1)]


@pytest.mark.parametrize("setting", NEW)
def test_each_new_setting_is_its_own_picture_by_day_and_darker_by_night(setting: str) -> None:
    day, night = _picture(setting), _picture(setting, "night")
    assert day.std(axis=(0, 1)).max() > 20  # a picture, not a blank
    assert night.mean() < day.mean() - 10
    neighbours = {
        "cellar": ("pantry", "kitchen", "cave"),
        "prison_cell": ("cellar", "mine", "cave"),
        "graveyard": ("church", "farm", "park"),
        "tavern": ("bar", "restaurant", "cabin"),
        "shop": ("market", "pantry", "workshop"),
        "backstage": ("stage", "bedroom"),
        "meadow": ("farm", "park", "garden"),
    }[setting]
    for other in neighbours:
        assert np.abs(day - _picture(other)).mean() > 20, other


def _bars(pixels: np.ndarray) -> int:
    """Dark vertical stripes running the full height of the right of the picture."""
    grey = _part(pixels, 0.5, 0.15, 0.98, 0.7).mean(axis=2)
    dark = (grey < np.percentile(grey, 30)).mean(axis=0) > 0.85
    return int(np.count_nonzero(dark[1:] & ~dark[:-1]))


def test_a_cell_has_bars_and_a_small_window_high_up() -> None:
    assert _bars(_picture("prison_cell")) >= 10
    for other in ("cellar", "stage", "bar"):
        assert _bars(_picture(other)) <= 3, other
    pane = _part(_picture("prison_cell"), 0.15, 0.11, 0.23, 0.23).reshape(-1, 3).mean(axis=0)
    assert pane[2] > pane[0] + 30  # the day's blue sky through it
    straw = _part(_picture("prison_cell"), 0.0, 0.76, 0.5, 1.0)
    assert ((straw[..., 0] > straw[..., 2] + 50) & (straw[..., 1] > 100)).mean() > 0.05


def _round_things(pixels: np.ndarray) -> int:
    grey = cv2.GaussianBlur(pixels.mean(axis=2).astype(np.uint8), (5, 5), 1.5)
    found = cv2.HoughCircles(
        grey, cv2.HOUGH_GRADIENT, dp=1.5, minDist=60, param1=80, param2=45, minRadius=40, maxRadius=80
    )
    return 0 if found is None else len(found[0])


def test_a_cellar_has_its_barrels_on_their_racks() -> None:
    assert _round_things(_picture("cellar")) >= 7
    for other in ("pantry", "kitchen", "tavern"):
        assert _round_things(_picture(other)) <= 3, other


def _headstones(pixels: np.ndarray) -> int:
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    stone = (abs(r - g) < 18) & (abs(g - b) < 18) & (r > 110)
    stone[: int(H * 0.6)] = False  # in the grass, not the church's wall
    return _blobs(stone, 500, 20000)


def test_a_graveyard_has_headstones_standing_in_grass() -> None:
    pixels = _picture("graveyard")
    assert _headstones(pixels) >= 8
    for other in ("farm", "meadow", "park"):
        assert _headstones(_picture(other)) <= 1, other
    grass = np.median(_part(pixels, 0.0, 0.85, 1.0, 1.0).reshape(-1, 3), axis=0)
    assert grass[1] > grass[0] + 20 and grass[1] > grass[2] + 20


def _red_flowers(pixels: np.ndarray) -> int:
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    red = (r > 150) & (g < 90) & (b < 90)
    red[: int(H * 0.55)] = False
    return _blobs(red, 2, 400)


def test_a_meadow_is_grass_full_of_flowers_and_no_farm() -> None:
    assert _red_flowers(_picture("meadow")) >= 30
    for other in ("farm", "park", "graveyard"):
        assert _red_flowers(_picture(other)) <= 2, other


def _bulbs(pixels: np.ndarray) -> int:
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    lit = (r > 200) & (g > 185) & (b < r - 25)
    lit[int(H * 0.5) :] = False
    return _blobs(lit, 20, 400)


def test_a_dressing_room_has_mirrors_ringed_with_bulbs_and_is_no_stage() -> None:
    assert _bulbs(_picture("backstage")) >= 15
    for other in ("stage", "bar", "bedroom"):
        assert _bulbs(_picture(other)) <= 6, other


def test_a_taproom_has_pale_walls_dark_beams_and_a_fire() -> None:
    pixels = _picture("tavern")
    wall = _part(pixels, 0.36, 0.3, 0.46, 0.5).mean()
    post = _part(pixels, 0.49, 0.3, 0.51, 0.5).mean()
    assert wall > 150 and post < 90  # whitewash between black beams
    hearth = _part(pixels, 0.14, 0.6, 0.28, 0.73)
    assert ((hearth[..., 0] > 200) & (hearth[..., 2] < 90)).mean() > 0.2  # the fire
    bar = _picture("bar")
    assert _part(bar, 0.36, 0.3, 0.46, 0.5).mean() < 120  # the bar's walls are dark


def test_a_shop_has_a_plain_counter_before_shelves_of_goods() -> None:
    counter = _part(_picture("shop"), 0.4, 0.65, 0.95, 0.76).reshape(-1, 3)
    assert counter.std(axis=0).mean() < 15
    assert counter.mean(axis=0)[0] > counter.mean(axis=0)[2] + 30  # wood
    goods = _part(_picture("shop"), 0.4, 0.1, 0.95, 0.5).reshape(-1, 3)
    assert goods.std(axis=0).mean() > 30
    for other in ("pantry", "market"):  # shelves without a counter, stalls in the street
        assert _part(_picture(other), 0.4, 0.65, 0.95, 0.76).reshape(-1, 3).std(axis=0).mean() > 25, other
