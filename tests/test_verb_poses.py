"""People whose sentence sits, lies, kneels, climbs, falls, hides, eats, throws, pushes, ties, digs or gets
into a vehicle or a bed are drawn so, not standing: the verb class each sentence is read with (the table,
WordNet's verb tree for English, each language's lemmas) and the frames drawn from it. Our own sentences."""

from __future__ import annotations

import numpy as np
import pytest

import filmstudio.script  # noqa: F401  (the reading first: animation.shots imports it)
from filmstudio.animation import body
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script.verb_senses import wordnet_class
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, staged

_OPENING = {
    "en": 'Ana and Ben lived in a small house by the river. "What a fine day," said Ana. "Yes," said Ben. ',
    "de": "Anna und Paul wohnten am Fluss. Anna sagte: „Was für ein schöner Tag!“ Paul sagte: „Ja!“\n\n",
    "fr": "Jeanne et Paul vivaient près de la rivière. « Quelle belle journée », dit Jeanne. ",
    "es": "Lucía y Pablo vivían junto al río. —Qué día tan bonito —dijo Lucía.\n\n",
    "it": "Lucia e Paolo vivevano vicino al fiume. «Che bella giornata», disse Lucia. ",
    "pt": "Ana e Pedro moravam perto do rio. — Que dia bonito — disse Ana.\n\n",
    "ru": "Анна и Иван жили у реки. «Какой хороший день», — сказала Анна. ",
    "ja": "太郎と花子は川のそばに住んでいました。花子は「いい天気ね」と言いました。",
}


def _last(language: str, sentence: str) -> Moment:
    return moments(staged(_OPENING[language] + sentence, language))[-1]


@pytest.mark.parametrize(
    ("language", "sentence", "verb"),
    [
        ("en", "Ben sat down to mend the coat.", "work"),  # the mending done seated (postures)
        ("en", "Ana perched on the stool.", "sit"),
        ("en", "Ben lounged on the bench.", "sit"),
        ("en", "Ana slurped her soup.", "eat"),
        ("en", "Ben pelted the crow with stones.", "throw"),
        ("en", "Ben hunkered down by the fire.", "sit"),
        ("en", "Ana cowered behind the tree.", "hide"),
        ("en", "Ben holed up in the barn.", "hide"),
        ("en", "Ana gobbled the cake.", "eat"),
        ("en", "Ben wolfed down his supper.", "eat"),
        ("en", "Ana hurled the stone.", "throw"),
        ("en", "Ben shoved the door.", "pull"),
        ("en", "Ana trussed the goose.", "work"),
        ("en", "Ben got into the cart.", "sit"),
        ("en", "Ana climbed into the carriage.", "sit"),
        ("en", "Ana boarded the bus.", "sit"),
        ("en", "Ben got into bed.", "lie"),
        ("de", "Paul kniete vor dem Altar nieder.", "kneel"),
        ("de", "Anna stieg in den Wagen.", "sit"),
        ("fr", "Paul grimpa sur le mur.", "climb"),
        ("fr", "Jeanne monta dans la charrette.", "sit"),
        ("es", "Pablo se escondió detrás del árbol.", "hide"),
        ("es", "Lucía subió al carro.", "sit"),
        ("es", "Pablo empujó la puerta.", "pull"),
        ("it", "Lucia salì sul carro.", "sit"),
        ("it", "Paolo lanciò la palla.", "throw"),
        ("pt", "Pedro entrou no carro.", "sit"),
        ("pt", "Ana atirou a pedra.", "throw"),
        ("ru", "Иван сел в телегу.", "sit"),
        ("ru", "Иван залез в телегу.", "sit"),
        ("ru", "Иван бросил камень.", "throw"),
        ("ja", "太郎は地面に座りました。", "sit"),
        ("ja", "花子は石を投げました。", "throw"),
    ],
)
def test_each_sentence_is_read_with_the_verb_class_of_its_pose(language: str, sentence: str, verb: str) -> None:
    assert _last(language, sentence).verb == verb


def test_getting_into_a_vehicle_seats_one_in_it_getting_out_leaves_one_by_it() -> None:
    inside = _last("en", "Ben got into the cart.")
    assert [(p.key, p.role) for p in inside.props] == [("cart", "ridden")]
    out = _last("en", "Ben stepped out of the car.")
    assert out.verb != "sit" and ("car", "near") in [(p.key, p.role) for p in out.props]


@pytest.mark.parametrize(
    ("word", "lemma", "verb"),
    [
        ("guzzled", "guzzle", "eat"),
        ("pelted", "pelt", "throw"),
        ("jerked", "jerk", "pull"),
        ("lounged", "lounge", "sit"),
        ("shinnied", "shinny", "climb"),
        ("tunnelled", "tunnel", "work"),
        ("dozed", "doze", None),  # the table's own word (sleep) comes first
        ("drew", "draw", None),  # pulling is the least of drawing's uses
        ("down", "down", None),  # an adverb first
        ("seated", "seat", None),  # a noun first
    ],
)
def test_wordnet_gives_english_verbs_their_class(word: str, lemma: str, verb: str | None) -> None:
    assert wordnet_class(word, lemma) == verb


def test_one_who_pushes_leans_in_with_both_hands_forward() -> None:
    for facing in (1, -1):
        limbs = body.limbs_at("pull", 1.0, facing)
        assert facing * limbs.tilt > 5  # leaning towards what is pushed
        assert limbs.reach_l is not None and limbs.reach_r is not None
        assert facing * limbs.reach_l[0] > 1.0 and facing * limbs.reach_r[0] > 1.0
    assert body.limbs_at("pull", 1.0, 1, holds="held").tilt == 0  # a rope held: standing, both hands on it


SIZE = (640, 360)
PLATE = 90


def _stage(settings: Settings, verb: str, props: list[Prop], setting: str = "field") -> StagedScene:
    cast = {"maud": Character(id="maud", name="Maud", gender="female", look=Look(presents="female"))}
    moment = Moment(id="s1.m0", text="", who=["maud"], verb=verb, props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["maud"], subject="maud", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", setting=setting, moments=[moment], shots=[shot], start=0.0, end=4.0, people=["maud"])
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {"maud": Performer.for_character("maud", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _drawn(frame: np.ndarray) -> np.ndarray:
    return np.abs(frame.astype(int) - PLATE).max(axis=2) > 20


def _box(mask: np.ndarray) -> tuple[int, int, int, int]:
    rows, cols = np.nonzero(mask.any(axis=1))[0], np.nonzero(mask.any(axis=0))[0]
    assert rows.size and cols.size, "something is drawn"
    return int(cols.min()), int(rows.min()), int(cols.max()), int(rows.max())


def test_a_seated_figure_is_lower_than_a_standing_one(settings: Settings) -> None:
    standing = _box(_drawn(_stage(settings, "stand", []).frame(2.0)))
    for verb in ("sit", "kneel", "hide"):
        low = _box(_drawn(_stage(settings, verb, []).frame(2.0)))
        height = standing[3] - standing[1]
        assert low[1] > standing[1] + 0.15 * height, verb  # the head (and the hips) well down


def test_a_lying_figure_is_wider_than_tall(settings: Settings) -> None:
    left, top, right, bottom = _box(_drawn(_stage(settings, "lie", []).frame(2.0)))
    assert right - left > 1.5 * (bottom - top)


def test_one_in_bed_lies_inside_it_under_its_blanket(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("bed", 32) is None:
        pytest.skip("the emoji set is not installed")
    # a bedroom paints its own bed and she lies in that (tests/test_resting_on.py); a cabin has none
    scene = _stage(settings, "sleep", [Prop(key="bed", role="near", holder="maud")], setting="cabin")
    layout = scene.layouts[0]
    bed = next(f for f in layout.under if f.animal_key == "bed")
    sleeper = next(f for f in layout.figures if f.rig is not None)
    assert layout.over, "a blanket over her"
    whole = scene.frame(2.0)
    under = list(layout.under)
    layout.under, layout.over = [], []
    alone = scene.frame(2.0)  # her alone
    layout.under, layout.figures = under, []
    bed_only = scene.frame(2.0)
    her, in_bed = _drawn(alone), _drawn(bed_only)
    left, top, right, bottom = _box(her)
    bed_left, bed_top, bed_right, bed_bottom = _box(in_bed)
    assert bed_left <= left and right <= bed_right  # her whole length within the bed's
    assert bed_top < bottom < bed_bottom  # down in it, not above it
    seen = her & (np.abs(whole.astype(int) - alone.astype(int)).max(axis=2) < 8)
    assert seen.sum() < 0.4 * her.sum()  # the most of her under the blanket, the head out
    assert bed.animal is not None and sleeper.rig is not None
