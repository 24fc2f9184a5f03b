"""Doings that had no pose and left people standing: kneeling or bending down to do something (kneeling,
the thing in hand), opening or closing a door or a box (an arm reaching it), playing dead (lying). Our own
sentences, in English, French, German and Spanish."""

from __future__ import annotations

import pytest

from filmstudio.animation import body
from filmstudio.storyboard import Moment
from tests.staging_checks import moments, settled, staged

_EN = 'Ana and Ben lived in a small house by the river. "What a fine day," said Ana. "Yes," said Ben. '
_FR = "Jeanne et Paul vivaient près de la rivière. « Quelle belle journée », dit Jeanne. "
_DE = "Anna und Paul wohnten am Fluss. Anna sagte: „Was für ein schöner Tag!“ Paul sagte: „Ja!“\n\n"
_ES = "Lucía y Pablo vivían junto al río. —Qué día tan bonito —dijo Lucía.\n\n"


def _last(text: str, language: str = "en") -> Moment:
    return moments(staged(text, language))[-1]


@pytest.mark.parametrize(
    ("language", "text", "who", "thing"),
    [
        ("en", _EN + "Ben bent down to pick up the coin.", "ben", "coin"),
        ("en", _EN + "Ben knelt down and picked up the coin.", "ben", "coin"),
        ("en", _EN + "Ana knelt to plant the seeds in the garden.", "ana", "seedling"),
        ("fr", _FR + "Paul se pencha pour ramasser la pièce.", "paul", "coin"),
        ("de", _DE + "Paul bückte sich und nahm die Münze.", "paul", "coin"),
        ("es", _ES + "Pablo se agachó para recoger la moneda.", "pablo", "coin"),
    ],
)
def test_one_who_kneels_to_do_something_kneels_with_the_thing_at_hand(
    language: str, text: str, who: str, thing: str
) -> None:
    moment = _last(text, language)
    assert moment.who[:1] == [who]
    # kneeling to work with the hands ("knelt to plant") is the work done kneeling (tests/test_handwork.py)
    assert moment.verb == "kneel" or (moment.verb == "work" and moment.postures.get(who) == "kneel")
    assert [(p.key, p.role) for p in moment.props] == [(thing, "held")]


def test_a_verb_read_as_a_thing_is_no_prop() -> None:
    """'pick up' names no pickaxe."""
    assert "pick" not in [p.key for p in _last(_EN + "Ben bent down to pick up the coin.").props]


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("en", _EN + "Ana opened the door.", "ana"),
        ("en", _EN + "Ben shut the window and sat down.", "ben"),
        ("fr", _FR + "Jeanne ouvrit la porte.", "jeanne"),
        ("de", _DE + "Anna öffnete die Tür.", "anna"),
        ("es", _ES + "Lucía abrió la puerta.", "lucía"),
    ],
)
def test_opening_a_door_reaches_it(language: str, text: str, who: str) -> None:
    moment = _last(text, language)
    assert moment.who[:1] == [who]
    assert moment.verb in ("open", "sit")
    assert body.pose_of("open") == "give"  # an arm held out to it
    assert body.limbs_at("open", 0.5, 1).arm_r != body.limbs_at("stand", 0.5, 1).arm_r


def test_opening_a_box_holds_it() -> None:
    moment = _last(_EN + "Ben closed the box.")
    assert moment.verb == "open"
    assert [(p.key, p.role) for p in moment.props] == [("package", "held")]


@pytest.mark.parametrize(
    ("language", "text", "who"),
    [
        ("en", _EN + "Ben played dead.", "ben"),
        ("en", _EN + "Ana pretended to be dead.", "ana"),
        ("fr", _FR + "Paul fit le mort.", "paul"),
        ("de", _DE + "Paul stellte sich tot.", "paul"),
        ("es", _ES + "Pablo se hizo el muerto.", "pablo"),
    ],
)
def test_playing_dead_lies_down(language: str, text: str, who: str) -> None:
    moment = _last(text, language)
    assert moment.who[:1] == [who]
    assert moment.verb == "lie"


def test_one_who_plays_a_game_still_plays() -> None:
    """The negative: playing is not playing dead."""
    assert _last(_EN + "Ben played with a ball.").verb == "play"


def test_a_chase_runs_the_chased_ahead() -> None:
    moment = _last(_EN + "Then Ben ran after Ana around the garden.")
    assert moment.verb == "chase" and moment.who[:2] == ["ben", "ana"]
    assert body.pose_of("chase") == "run"


def test_an_animal_chased_runs_ahead_of_its_chaser() -> None:
    board = staged(
        'A dog and a cat lived in the yard. "Go away," barked the Dog. The dog chased the cat around the yard.'
    )
    moment = moments(board)[-1]
    assert moment.who == ["dog"] and moment.verb == "chase"
    assert [(p.key, p.role, p.holder) for p in moment.props] == [("cat", "near", None)]


def test_each_told_sentence_of_a_scene_with_talk_is_acted_in_its_own_shot() -> None:
    """Between the lines said, each sentence of narration is a shot of its own moment: the kneeling is
    seen, not folded into the shot of the sentence before it."""
    board = settled(
        staged(
            "Mara and Jonas sat on the bench in the garden. Jonas fell asleep. Mara knelt to plant the seeds "
            'in the soft earth. "What a quiet morning," said Mara.'
        )
    )
    kneel = next(m for m in moments(board) if m.verb == "kneel" or m.postures.get("mara") == "kneel")
    shots = [sh for s in board.scenes for sh in s.shots if sh.moment == kneel.id]
    assert shots and shots[0].actors == ["mara"]
