"""Who is in each shot: one named only as someone's relative or owner ("his sister", "her father", "the
king's daughter") is not one of the cast whom the words fit by gender alone, so neither the wife nor the
fisherman stands in that shot; an owner who is not beside what is theirs (met sentences ago, or gone to the
market) is not drawn with it; and an animal named beside the subject it acts with ("the dog and the cat
ran after the ball") is in the shot with it, doing the verb, even where the story never cast it. Checked on
the staging plan (each moment's who) and on the staged frames (the figures a shot places and draws)."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedLayout, StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Look, Moment, Storyboard
from tests.staging_checks import moments, settled, staged

SIZE = (640, 360)
PLATE = 90


def _moment(board: Storyboard, words: str) -> Moment:
    return next(m for m in moments(board) if words in m.text)


# -- 1. someone's relative, or an owner, is not one of the cast by gender ----------------------------------

RELATIVES = {
    "en": (
        "A fisherman lived with his wife in a small hut by the lake. Every morning the fisherman walked to "
        "his mother's house on the hill. His sister lived in the town far away.\n\n"
        "One evening the fisherman and his wife sat by the fire.",
        ["mother's house", "His sister"],
    ),
    "es": (
        "Un pescador vivía con su esposa en una choza junto al lago. Su hermana vivía en la ciudad.\n\n"
        "Una noche el pescador y su esposa se sentaron junto al fuego.",
        ["Su hermana"],
    ),
    "de": (
        "Ein Fischer wohnte mit seiner Frau in einer Hütte am See. Seine Schwester wohnte in der Stadt.\n\n"
        "Eines Abends saßen der Fischer und seine Frau am Feuer.",
        ["Seine Schwester"],
    ),
}


@pytest.mark.parametrize("language", sorted(RELATIVES))
def test_someones_relative_is_not_the_wife_of_the_cast(language: str) -> None:
    text, sentences = RELATIVES[language]
    board = staged(text, language)
    wife = next(c.id for c in board.characters if c.gender == "female")
    for words in sentences:
        assert wife not in _moment(board, words).who, words
    together = _moment(board, "Feuer" if language == "de" else "fuego" if language == "es" else "by the fire")
    assert len(together.who) == 2  # the couple still sits together


@pytest.mark.parametrize("language", ["es", "de"])
def test_a_couple_named_together_is_two_people_not_a_crowd(language: str) -> None:
    text, _ = RELATIVES[language]
    board = settled(staged(text, language))
    assert not any(c.crowd for c in board.characters)  # the plural verb is the pair's: no crowd of wives
    together = moments(board)[-1]
    assert len(together.who) == 2 and not together.extras
    scene = next(s for s in board.scenes if together in s.moments)
    assert any(set(together.who) <= set(shot.actors) for shot in scene.shots)


def test_a_father_or_an_owner_is_not_the_fisherman() -> None:
    board = staged(
        "A fisherman lived with his wife in a small hut by the lake. The fisherman mended his nets. "
        "Her father had gone to the city long ago. The king's daughter walked in the garden."
    )
    assert _moment(board, "Her father").who == []
    assert _moment(board, "king's daughter").who == []


@pytest.mark.parametrize(
    ("text", "words", "owner", "doer"),
    [
        (
            "A king lived in a castle with his daughter. The king loved his daughter. The daughter was kind.\n\n"
            "One morning the king's daughter walked in the garden.",
            "king's daughter walked",
            "king",
            "daughter",
        ),
        (
            "A farmer had a dog. The farmer went to the market. The farmer's dog barked at the gate.",
            "farmer's dog barked",
            "farmer",
            "dog",
        ),
    ],
)
def test_an_owner_not_beside_what_is_theirs_is_not_in_its_shot(text: str, words: str, owner: str, doer: str) -> None:
    board = settled(staged(text))
    moment = _moment(board, words)
    assert moment.who == [doer]
    scene = next(s for s in board.scenes if moment in s.moments)
    mid = ((moment.start or 0.0) + (moment.end or 0.0)) / 2
    shot = next(sh for sh in scene.shots if (sh.start or 0.0) <= mid < (sh.end or 0.0))
    assert owner not in shot.actors and doer in shot.actors


def test_a_spouse_and_a_relative_with_a_name_still_stand_for_their_one() -> None:
    board = staged(
        "An old man and an old woman lived by the sea. The old man fished and the old woman spun. "
        "Every day her husband went out in his boat.\n\n"
        "Oskar lived with his aunt Vera by the river. One day his aunt baked bread. Vera sang."
    )
    assert _moment(board, "her husband").who == ["old_man"]
    assert _moment(board, "his aunt baked").who == ["vera"]


# -- 2. an animal named beside the subject is in its shot --------------------------------------------------

JOINED = {
    "en": (
        "A dog lived with Tom. The dog barked at Tom. The dog slept. The dog and the cat ran after the ball.",
        "cat",
    ),
    "es": (
        "Lucía tenía una cabra. La cabra subió la colina. La cabra comió hierba. "
        "La cabra y el cordero corrieron hacia el río.",
        "sheep",
    ),
    "de": (
        "Greta hatte eine Ziege. Die Ziege lief auf den Hügel. Die Ziege fraß Gras. "
        "Die Ziege und das Lamm liefen zum Bach.",
        "sheep",
    ),
}


@pytest.mark.parametrize("language", sorted(JOINED))
def test_an_animal_named_beside_the_subject_does_the_verb_with_it(language: str) -> None:
    text, _ = JOINED[language]
    board = staged(text, language)
    last = moments(board)[-1]
    assert last.who and last.verb in ("run", "chase"), last.verb
    assert len(last.extras) == 1 and last.extras[0].animal is not None
    assert last.extras[0].verb == last.verb and last.extras[0].count == 1


def test_an_object_is_not_joined_to_the_subject() -> None:
    board = staged("A dog lived with Tom. The dog barked at Tom. The dog slept. The dog chased the cat and the hen.")
    assert not _moment(board, "chased the cat").extras


# -- 3. on the staged frames -------------------------------------------------------------------------------


def _staged_scene(settings: Settings, board: Storyboard, words: str) -> tuple[StagedScene, StagedLayout]:
    scene = next(s for s in board.scenes if any(words in m.text for m in s.moments))
    moment = next(m for m in scene.moments if words in m.text)
    cast = {c.id: c for c in board.characters}
    for c in cast.values():
        c.look = c.look or Look(presents="female" if c.gender == "female" else "male")
    animals = {c.id: c.animal for c in board.characters if c.animal}
    end = scene.end or 0.0
    staged_scene = StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {cid: Performer.for_character(cid, 0, end, []) for cid in scene.people if cid not in animals},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals=animals,
        seed=3,
    )
    layout = next(lay for lay in staged_scene.layouts if lay.shot.moment == moment.id)
    return staged_scene, layout


def _beings(layout: StagedLayout) -> int:
    """The figures of people and animals the shot places (crowds included, things not)."""
    return sum(1 for f in [*layout.figures, *layout.crowd] if f.rig is not None or f.animal is not None)


def _drawn(frame: np.ndarray) -> int:
    """How many pixels hold something drawn over the plate."""
    return int(np.count_nonzero((frame != PLATE).any(axis=2)))


def test_the_cat_beside_the_dog_is_drawn_in_its_shot(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("cat", 32) is None:
        pytest.skip("the emoji set is not installed")
    board = settled(staged(JOINED["en"][0]))
    scene, layout = _staged_scene(settings, board, "the cat ran")
    assert _beings(layout) == 2
    t = ((layout.shot.start or 0.0) + (layout.shot.end or 0.0)) / 2
    with_cat = _drawn(scene.frame(t, 0))
    _moment(board, "the cat ran").extras = []  # the same shot staged without the cat
    without, alone = _staged_scene(settings, board, "the cat ran")
    assert _beings(alone) == 1
    assert with_cat > _drawn(without.frame(t, 0)) + 300  # the cat is drawn, not only placed


def test_nobody_of_the_cast_stands_in_the_sisters_shot(settings: Settings) -> None:
    board = settled(staged(RELATIVES["en"][0]))
    moment = _moment(board, "His sister")
    scene = next(s for s in board.scenes if moment in s.moments)
    mid = ((moment.start or 0.0) + (moment.end or 0.0)) / 2
    shot = next(sh for sh in scene.shots if (sh.start or 0.0) <= mid < (sh.end or 0.0))
    assert shot.actors == []
    staged_scene = StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8),
        lambda cid, unit: build_rig(next(c for c in board.characters if c.id == cid), unit),
        {},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )
    assert all(_beings(lay) == 0 for lay in staged_scene.layouts if lay.shot.id == shot.id)
