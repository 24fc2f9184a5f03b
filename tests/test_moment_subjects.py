"""Who a moment's subject is where a pronoun or a newcomer decides it: a subject pronoun goes on with the
last subject it agrees with, never with someone its own clause names ("He thanked the boy"); an object
pronoun is never the doer ("ließ der König sie rufen", "il l'appela", "Luego la llamó"); the one who just
spoke is the one "he" goes on with; and a person met midway with an indefinite article ("they met a
pedlar") is drawn as an extra in the moment that brings them in, and in a later one that names them."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.storyboard import Character, Look, Moment, Scene, Shot, Storyboard
from tests.staging_checks import moments, settled, staged

SIZE = (640, 360)


def _moment(board: Storyboard, words: str) -> Moment:
    return next(m for m in moments(board) if words in m.text)


# -- subject pronouns: the last subject, never one named in the pronoun's clause ---------------------------

HUT = "An old man lived with a boy in a hut by the sea. The old man woke early."


@pytest.mark.parametrize(
    "sentence", ["He thanked the boy.", "Then he told the boy a story.", "He and the boy sat down."]
)
def test_a_subject_pronoun_goes_on_with_the_last_subject_not_the_one_its_clause_names(sentence: str) -> None:
    moment = _moment(staged(f"{HUT} {sentence}"), sentence[:8])
    assert moment.who[:2] == ["old_man", "boy"]


def test_a_subject_pronoun_goes_on_with_a_woman_as_with_a_man() -> None:
    board = staged("An old woman lived with a girl in a hut. The old woman swept the floor. She thanked the girl.")
    assert _moment(board, "thanked").who[:2] == ["old_woman", "girl"]


@pytest.mark.parametrize(
    ("language", "text", "words", "who"),
    [
        (
            "fr",
            "Un vieil homme vivait avec un garçon près de la mer. Le vieil homme se réveilla tôt. "
            "Il remercia le garçon.",
            "remercia",
            ["vieil_homme", "garçon"],
        ),
        (
            "es",
            "Tom vivía con su hermana Ana en una granja. Ana hizo sopa. Luego ella lo llamó.",
            "ella lo",
            ["ana", "tom"],
        ),
    ],
)
def test_subject_pronouns_of_french_and_spanish(language: str, text: str, words: str, who: list[str]) -> None:
    assert _moment(staged(text, language), words).who[:2] == who


def test_the_one_who_just_spoke_is_the_one_he_goes_on_with() -> None:
    hut = "An old man lived with a boy in a hut by the sea. The old man mended the nets."
    board = staged(f'{hut} "Look, a ship!" said the boy. He ran to the door.')
    running = _moment(board, "ran to the door")
    assert running.who[:1] == ["boy"] and running.verb == "run"


# -- object pronouns are never the subject -------------------------------------------------------------------

PALACE_DE = "Rosa lebte mit ihrem Vater, dem König. Rosa sang im Garten."


def test_german_sie_after_its_clauses_subject_is_the_one_sent_for() -> None:
    sent = _moment(staged(f"{PALACE_DE} Eines Tages ließ der König sie rufen.", "de"), "ließ")
    assert sent.who[:2] == ["könig", "rosa"]  # the king sends; Rosa is sent for, in the shot beside him
    called = _moment(staged(f"{PALACE_DE} Dann rief er sie.", "de"), "rief er")
    assert called.who[:2] == ["könig", "rosa"]


def test_german_sie_opening_its_clause_is_still_the_subject() -> None:
    board = staged("Tom lebte mit seiner Schwester Anna. Anna kochte Suppe. Dann rief sie ihn.", "de")
    assert _moment(board, "rief sie").who[:2] == ["anna", "tom"]


@pytest.mark.parametrize(
    ("language", "text", "words", "who"),
    [
        (
            "fr",
            "Le roi vivait avec sa fille Rosa dans un château. Rosa chantait dans le jardin. Puis il l'appela.",
            "appela",
            ["roi", "rosa"],
        ),
        (
            "es",
            "Rosa vivía con su padre, el rey. El rey estaba sentado. Luego la llamó.",
            "llamó",
            ["rey", "rosa"],
        ),
    ],
)
def test_a_clitic_object_brings_the_one_called_beside_the_doer(
    language: str, text: str, words: str, who: list[str]
) -> None:
    assert _moment(staged(text, language), words).who[:2] == who


def test_a_possessive_is_no_subject() -> None:
    board = staged("Tom lived with his sister Anna. Tom rode his horse every day. One day his horse ran away.")
    assert "tom" not in _moment(board, "ran away").who[:1]
    board = staged("Rosa lived with her father, the king. Rosa sang in the garden. Then the king called her.")
    assert _moment(board, "called her").who[:2] == ["king", "rosa"]


# -- people met midway ----------------------------------------------------------------------------------------

ROAD = "Tom and Jack walked to town along the dusty road."


def test_a_person_met_midway_is_an_extra_of_one_in_that_moment() -> None:
    met = _moment(staged(f"{ROAD} At the crossroads they met a pedlar. They walked on together."), "met a pedlar")
    assert met.who[:2] == ["jack", "tom"] or met.who[:2] == ["tom", "jack"]
    assert [(e.words, e.count, e.verb) for e in met.extras] == [(["pedlar"], 1, "stand")]


def test_a_newcomer_who_is_the_subject_does_the_verb_and_a_soldier_is_drawn_as_one() -> None:
    board = staged(f"{ROAD} Then a soldier came marching along the road. Tom waved.")
    marching = _moment(board, "soldier came")
    assert [(e.kind, e.count, e.verb) for e in marching.extras] == [("soldiers", 1, "walk")]
    rowing = _moment(staged("Anna sat by the river. A fisherman rowed past in his boat. Anna waved."), "rowed")
    assert [(e.kind, e.count, e.verb) for e in rowing.extras] == [("men", 1, "row")]


def test_a_newcomer_is_drawn_again_where_a_later_moment_names_them() -> None:
    board = staged(f"{ROAD} At the crossroads they met a pedlar. Later that day Tom sang. Jack laughed at the pedlar.")
    again = _moment(board, "laughed at the pedlar")
    assert any(e.words == ["pedlar"] and e.count == 1 for e in again.extras)
    assert not _moment(board, "Tom sang").extras


@pytest.mark.parametrize(
    "text",
    [
        "Tom was a soldier. He walked to town.",
        "Tom fought like a soldier. He walked to town.",
        "Once upon a time a girl named Ana lived in a village. Ana sang.",
    ],
)
def test_one_named_as_what_someone_is_or_is_like_is_no_newcomer(text: str) -> None:
    assert not any(m.extras for m in moments(staged(text)))


def test_the_newcomer_is_drawn_in_its_moments_shot() -> None:
    board = settled(staged(f"{ROAD} At the crossroads they met a pedlar. They walked on together."))
    met = _moment(board, "met a pedlar")
    scene = next(s for s in board.scenes if met in s.moments)
    shots = [s for s in scene.shots if s.moment == met.id]
    assert shots and shots[0].kind != "closeup"
    people = {cid: Character(id=cid, name=cid, look=Look()) for cid in ("tom", "jack")}
    moment = met.model_copy(update={"start": 0.0, "end": 3.0})
    wide = Shot(id="s1.0", kind="wide", actors=list(shots[0].actors), start=0.0, end=3.0, moment=moment.id)
    one = Scene(id="s1", moments=[moment], shots=[wide], start=0.0, end=3.0, people=list(people))

    def stage(scene: Scene) -> StagedScene:
        return StagedScene(
            scene,
            np.full((SIZE[1], SIZE[0], 3), 90, np.uint8),
            lambda cid, unit: build_rig(people[cid], unit),
            {cid: Performer.for_character(cid, 0, 3.0, []) for cid in people},
            SIZE,
            things=lambda key, height: None,
            animals={},
            seed=3,
            crowd_rig=build_rig,
        )

    acted = stage(one)
    frame = acted.frame(1.0, 24)
    crowd = acted.layouts[0].crowd
    assert len(crowd) == 1 and crowd[0].rig is not None  # the pedlar, one person
    # drawn: the frame differs from the same frame without the pedlar
    alone = stage(one.model_copy(update={"moments": [moment.model_copy(update={"extras": []})]}))
    changed = np.any(np.asarray(frame) != np.asarray(alone.frame(1.0, 24)), axis=2)
    assert changed.sum() > 200
