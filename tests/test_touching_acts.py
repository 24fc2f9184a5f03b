"""One person touching another, written with the other as the object (hug, kiss, slap, punch, push, pat on
the shoulder, shake hands with, take someone's hand, lead by the hand, help up): the moment reads the doer,
the one touched and the contact's class, in prose and in a screenplay's action lines, in English, Spanish,
French, German, Italian, Portuguese and Russian; the shot draws the two close together, turned to each other, the doer's hand on the
other, the one hit leaning back."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.shots import MIN_SHOT
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script.staging import read_moment
from filmstudio.storyboard import Character, Look, Moment, Scene, Shot
from tests.staging_checks import moments, settled, staged

NAMES = {
    "en": ("Maria", "Tom"),
    "es": ("María", "Tomás"),
    "fr": ("Marie", "Tom"),
    "de": ("Maria", "Tom"),
    "it": ("Maria", "Tommaso"),
    "pt": ("Maria", "Tomás"),
    "ru": ("Мария", "Том"),
}


def _moment(text: str, language: str) -> Moment:
    her, him = NAMES[language]
    cast = [Character(id="maria", name=her, gender="female"), Character(id="tom", name=him, gender="male")]
    return read_moment("m", text, cast, language, scene_things=[], previous=None, present=["maria", "tom"])


@pytest.mark.parametrize(
    ("language", "text", "touch"),
    [
        ("en", "Maria hugs Tom.", "hug"),
        ("en", "Maria kissed Tom on the cheek.", "hug"),
        ("en", "Maria slapped Tom.", "hit"),
        ("en", "Maria punched Tom in the face.", "hit"),
        ("en", "Maria shoved Tom into the hedge.", "push"),
        ("en", "Maria patted Tom on the shoulder.", "pat"),
        ("en", "Maria clapped Tom on the back.", "pat"),
        ("en", "Maria shook hands with Tom.", "hand"),
        ("en", "Maria took Tom's hand.", "hand"),
        ("en", "Maria led Tom by the hand.", "hand"),
        ("en", "Maria helped Tom up.", "help_up"),
        ("en", "Maria hugged him.", "hug"),
        ("en", "Maria pushed him away.", "push"),
        ("en", "Maria took his hand.", "hand"),
        ("en", "Maria helped him to his feet.", "help_up"),
        ("es", "María abrazó a Tomás.", "hug"),
        ("es", "María abofeteó a Tomás.", "hit"),
        ("es", "María empujó a Tomás.", "push"),
        ("es", "María estrechó la mano de Tomás.", "hand"),
        ("es", "María ayudó a Tomás a levantarse.", "help_up"),
        ("fr", "Marie embrassa Tom.", "hug"),
        ("fr", "Marie gifla Tom.", "hit"),
        ("fr", "Marie poussa Tom.", "push"),
        ("fr", "Marie serra la main de Tom.", "hand"),
        ("fr", "Marie aida Tom à se relever.", "help_up"),
        ("de", "Maria umarmte Tom.", "hug"),
        ("de", "Maria ohrfeigte Tom.", "hit"),
        ("de", "Maria schubste Tom.", "push"),
        ("de", "Maria klopfte Tom auf die Schulter.", "pat"),
        ("de", "Maria schüttelte Tom die Hand.", "hand"),
        ("de", "Maria half Tom auf.", "help_up"),
        ("it", "Maria abbracciò Tommaso.", "hug"),
        ("it", "Maria spinse Tommaso.", "push"),
        ("it", "Maria strinse la mano a Tommaso.", "hand"),
        ("pt", "Maria esbofeteou Tomás.", "hit"),
        ("pt", "Maria apertou a mão de Tomás.", "hand"),
        ("pt", "Maria ajudou Tomás a levantar-se.", "help_up"),  # Tomás, the doer of "levantar", is helped
        ("ru", "Мария обняла его.", "hug"),
        ("ru", "Мария толкнула его.", "push"),
        ("ru", "Мария взяла его за руку.", "hand"),
    ],
)
def test_the_doer_the_one_touched_and_the_contact_are_read(language: str, text: str, touch: str) -> None:
    moment = _moment(text, language)
    assert (moment.who[:2], moment.touched, moment.touch) == (["maria", "tom"], "tom", touch)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Maria took the bread."),
        ("en", "Maria clapped."),
        ("en", "Maria hit the table with her fist."),
        ("en", "Maria helped with the dishes."),
        ("en", "Maria helped Tom pick up the cups."),
        ("en", "Maria shook the rug."),
        ("en", "Maria held the lamp while Tom watched."),
        ("es", "María le estrechó la mano al abuelo."),  # one not of the cast: Tomás is not touched
    ],
)
def test_no_contact_without_a_person_touched(language: str, text: str) -> None:
    moment = _moment(text, language)
    assert moment.touch is None and moment.touched is None


def test_a_prose_story_touches_the_one_it_names_by_what_they_are() -> None:
    board = staged(
        "Ines waited at the garden gate. Her brother came up the path with a bag. Ines hugs her brother. "
        "Then she slapped him for the long silence. He pushed her away and laughed."
    )
    read = [(m.who[:1], m.touch, m.touched) for m in moments(board)[2:]]
    assert read == [(["ines"], "hug", "brother"), (["ines"], "hit", "brother"), (["brother"], "push", "ines")]


PORCH = """EXT. PORCH - EVENING

MIRA
You came back after all.

MIRA hugs JONAH.

JONAH
Yes.

MIRA slaps JONAH.

JONAH
I suppose I deserved that one, for the whole long year without a single letter.

JONAH takes MIRA's hand.

MIRA
Come inside now.
"""


def test_a_screenplay_contact_is_acted_by_both_for_its_share_of_the_time() -> None:
    scene = settled(staged(PORCH)).scenes[0]
    hug, slap, hand = scene.moments
    assert [(m.who[:2], m.touch) for m in (hug, slap, hand)] == [
        (["mira", "jonah"], "hug"),
        (["mira", "jonah"], "hit"),
        (["jonah", "mira"], "hand"),
    ]
    for moment in (hug, slap, hand):  # each its own shot, both in it, long enough to be seen
        shot = next(s for s in scene.shots if s.moment == moment.id)
        assert {"mira", "jonah"} <= set(shot.actors)
        assert (shot.end or 0.0) - (shot.start or 0.0) >= MIN_SHOT - 1e-6


# -- drawn ------------------------------------------------------------------------------------------------

SIZE = (1280, 720)
PLATE = 90
# each one's clothes and skin a colour of their own, to tell them apart in the frame
DOER_SKIN, OTHER_SKIN = (60, 200, 60), (230, 150, 230)
CAST = {
    "maria": Character(
        id="maria",
        name="Maria",
        gender="female",
        look=Look(presents="female", attire="jacket", attire_color="#d02020", skin="#3cc83c"),
    ),
    "tom": Character(
        id="tom",
        name="Tom",
        gender="male",
        look=Look(presents="male", attire="jacket", attire_color="#2040d0", skin="#e696e6"),
    ),
}


def _scene(touch: str, settings: Settings) -> StagedScene:
    moment = Moment(
        id="s1.m0", text="", who=["maria", "tom"], verb="stand", touch=touch, touched="tom", start=0.0, end=4.0
    )
    shot = Shot(id="s1.0", kind="wide", actors=["maria", "tom"], subject="maria", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["maria", "tom"])
    still = np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8)
    performers = {cid: Performer.for_character(cid, 0, 4.0, []) for cid in CAST}
    return StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(CAST[cid], unit),
        performers,
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _near(frame: np.ndarray, colour: tuple[int, int, int], tol: int = 45) -> np.ndarray:
    return np.abs(frame.astype(int) - np.array(colour)).max(axis=2) < tol


def _red(frame: np.ndarray) -> np.ndarray:
    f = frame.astype(int)
    return (f[..., 0] > 120) & (f[..., 1] < 80) & (f[..., 2] < 80)


def _blue(frame: np.ndarray) -> np.ndarray:
    f = frame.astype(int)
    return (f[..., 2] > 120) & (f[..., 0] < 80) & (f[..., 1] < 110)


def _columns(mask: np.ndarray) -> tuple[int, int]:
    xs = np.nonzero(mask.any(axis=0))[0]
    return int(xs.min()), int(xs.max())


def _where(scene: StagedScene, frame_no: int, cid: str) -> tuple[float, float, float]:
    """Where the figure was drawn in that frame: its x, its face's centre y and its head unit."""
    row = next(r for r in scene.drawn if r[0] == frame_no and r[1] == cid)
    return row[2], row[5], row[6]


def _blobs(mask: np.ndarray) -> list[np.ndarray]:
    count, labels = cv2.connectedComponents(mask.astype(np.uint8))
    return [np.argwhere(labels == k) for k in range(1, count)]


@pytest.mark.parametrize("touch", ["hug", "hit", "push", "pat", "hand", "help_up"])
def test_the_two_are_drawn_close_turned_to_each_other_the_doers_hand_on_the_other(
    touch: str, settings: Settings
) -> None:
    scene = _scene(touch, settings)
    first = scene.frame(0.1, 0)  # before a blow lands: both upright
    doer_x, doer_face, u = _where(scene, 0, "maria")
    other_x, other_face, _ = _where(scene, 0, "tom")
    side = 1 if other_x > doer_x else -1
    # close: the two figures' boxes touch or overlap, or nearly
    red, blue = _columns(_red(first)), _columns(_blue(first))
    gap = blue[0] - red[1] if side > 0 else red[0] - blue[1]
    assert gap < 0.02 * SIZE[0]
    assert abs(other_x - doer_x) < 0.25 * SIZE[0]
    # turned to each other: each face's eyes (their whites) moved towards the other
    for x, face, towards in ((doer_x, doer_face, side), (other_x, other_face, -side)):
        rows = slice(int(face - 0.25 * u), int(face + 0.15 * u))
        cols = slice(int(x - 0.5 * u), int(x + 0.5 * u))
        whites = np.argwhere(_near(first[rows, cols], (250, 250, 248), 12))
        assert len(whites) > 4
        shift = whites[:, 1].mean() + cols.start - x
        assert towards * shift > 0.06 * u
    # the doer's hand on the other: a blob of the doer's skin away from their face, reaching the other
    later = scene.frame(1.5, 1)
    doer_x, doer_face, u = _where(scene, 1, "maria")
    other_body = _blue(later) | _near(later, OTHER_SKIN)
    away_from_body = cv2.distanceTransform((~other_body).astype(np.uint8), cv2.DIST_L2, 3)
    hands = [  # small blobs (not the legs), not the face nor the neck under it
        b
        for b in _blobs(_near(later, DOER_SKIN))
        if len(b) < 0.5 * u * u and np.hypot(b[:, 0].mean() - doer_face, b[:, 1].mean() - doer_x) > 1.2 * u
    ]
    reaching = [h for h in hands if side * (h[:, 1].mean() - doer_x) > 0.8 * u]
    assert reaching, "no hand of the doer's reaches towards the other"
    closest = min(float(away_from_body[h[:, 0], h[:, 1]].min()) for h in reaching)
    assert closest < 0.3 * u


def test_the_one_hit_leans_back_away_from_the_blow(settings: Settings) -> None:
    scene = _scene("hit", settings)
    for t, n in ((0.1, 0), (1.5, 1)):
        frame = scene.frame(t, n)
        blue = _blue(frame)
        ys = np.nonzero(blue.any(axis=1))[0]
        top, bottom = blue[ys.min() : ys.min() + 20], blue[ys.max() - 20 : ys.max()]
        lean = np.nonzero(top.any(axis=0))[0].mean() - np.nonzero(bottom.any(axis=0))[0].mean()
        doer_x, _, u = _where(scene, n, "maria")
        other_x = _where(scene, n, "tom")[0]
        away = (1 if other_x > doer_x else -1) * lean
        if n == 0:
            assert abs(away) < 0.3 * u  # upright before the blow
        else:
            assert away > 0.5 * u  # the shoulders further from the doer than the feet
