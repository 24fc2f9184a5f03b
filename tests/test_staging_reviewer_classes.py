"""The classes of failure a reviewer found in frames of published films, each checked on the moment plan
and, where the fault was in the drawing, on a drawn frame: a sentence of two clauses with two subjects
(each does their own verb, holds their own things), one who sits sits on something, a child is drawn as
a child in every shot, one character drawn alike wide and close, and a screenplay's title sequence or
action-only scene shows its place, never a dark card."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.looks import HAIR_GREY, assign_looks, choose_look
from filmstudio.animation.player import ActorScene
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.painter import paint
from filmstudio.film_request import CharacterChoice, apply_character_overrides
from filmstudio.script.places import HEADING_ONLY
from filmstudio.storyboard import Age, Character, Line, Look, Moment, Prop, Scene, Shot, Storyboard
from tests.staging_checks import moments, settled, staged

SIZE = (640, 360)
GREY = 90

# -- 1. two clauses, two subjects --------------------------------------------------------------------------

FISHING = (
    "One morning Tomas and Lena went down to the river. Tomas cast the net into the water, and Lena sat on the bank."
)


def _moment_of(board: Storyboard, words: str) -> Moment:
    return next(m for m in moments(board) if words in m.text)


def test_each_subject_of_two_clauses_does_their_own_verb_with_their_own_things() -> None:
    board = staged(FISHING)
    both = _moment_of(board, "cast the net")
    assert both.who[0] == "tomas" and "lena" in both.who
    assert both.acts == {"lena": "sit"}  # Lena sits; Tomas does not sit, Lena does not cast
    assert both.verb != "sit"
    held = [(p.key, p.holder) for p in both.props if p.role in ("held", "carried", "given")]
    assert held == [("net", "tomas")]  # the net is his alone


def test_a_clause_of_while_and_one_of_und_have_their_own_subjects() -> None:
    baking = _moment_of(
        staged("Ana lived with her brother Pablo in a small house. Ana baked bread while her brother slept."),
        "baked",
    )
    assert baking.who[0] == "ana" and baking.verb == "cook" and baking.acts == {"pablo": "sleep"}
    assert [(p.key, p.holder) for p in baking.props if p.role == "held"] == [("bread", "ana")]
    german = _moment_of(
        staged("Der Vater und die Mutter lebten im Wald. Der Vater hackte Holz, und die Mutter kochte.", "de"),
        "hackte",
    )
    assert german.who[0] == "vater" and german.verb == "work" and german.acts == {"mutter": "cook"}


def test_a_second_clause_whose_verb_has_no_pose_keeps_its_things() -> None:
    reading = _moment_of(
        staged("One day Tomas and Lena went to the lake. Tomas fished while Lena read a book under a tree."), "fished"
    )
    assert reading.who[0] == "tomas" and reading.acts == {"lena": "read"}  # reading has its pose (gestures.py)
    # Tomas fishes with a rod (script/tools.py), Lena reads her book
    held = [(p.key, p.holder) for p in reading.props if p.role == "held"]
    assert held == [("fishing_rod", "tomas"), ("book", "lena")]
    spanish = _moment_of(
        staged("Ana vivía con su hermano Pablo en una casa pequeña. Ana horneaba pan mientras Pablo dormía.", "es"),
        "horneaba",
    )
    assert spanish.who[0] == "ana" and spanish.acts == {"pablo": "sleep"}


def test_a_second_clause_whose_subject_is_a_pronoun_for_another() -> None:
    home = "Once upon a time a girl named Ana lived with her brother Pablo in a small house. One morning Ana baked"
    baking = _moment_of(staged(f"{home} bread while he slept."), "baked")
    assert baking.who[0] == "ana" and baking.acts == {"pablo": "sleep"}
    singing = _moment_of(staged(f"{home} bread and then she sang."), "baked")
    assert singing.who == ["ana"] and not singing.acts  # "she" is Ana herself: one doer


def test_names_that_do_one_thing_together_are_no_two_clauses() -> None:
    together = staged(FISHING)
    assert not _moment_of(together, "went down").acts
    assert set(_moment_of(together, "went down").who) == {"tomas", "lena"}
    giving = staged("In the kitchen Tom met Lucy. Then Tom gave an apple to Lucy and smiled.")
    assert all(not m.acts for m in moments(giving))  # Lucy, named before "and smiled", is no subject of it
    assert _moment_of(giving, "gave").verb == "give"


def test_the_shot_of_two_clauses_shows_both_each_acting_their_own() -> None:
    board = settled(staged(FISHING))
    both = _moment_of(board, "cast the net")
    shot = next(s for scene in board.scenes for s in scene.shots if s.moment == both.id)
    assert set(shot.actors) == {"tomas", "lena"}
    people = {cid: Character(id=cid, name=cid, look=Look()) for cid in ("tomas", "lena")}
    moment = both.model_copy(update={"start": 0.0, "end": 3.0})
    wide = Shot(id="s1.0", kind="wide", actors=["tomas", "lena"], subject="tomas", start=0.0, end=3.0, moment=moment.id)
    scene = Scene(id="s1", moments=[moment], shots=[wide], start=0.0, end=3.0, people=list(people), setting="river")
    acted = _staged(scene, people)
    acted.frame(1.0, 24)
    verbs = {row[1]: row[4] for row in acted.drawn}
    assert verbs["lena"] == "sit" and verbs["tomas"] != "sit"
    holding = {f.character_id: f.holds.key for f in acted.layouts[0].figures if f.holds is not None}
    assert holding == {"tomas": "net"}


def test_a_long_moment_of_two_clauses_is_seen_together_then_closer_on_each() -> None:
    from filmstudio.animation.shots import stage_shots

    both = _moment_of(staged(FISHING), "cast the net").model_copy(update={"start": 0.0, "end": 15.0})
    scene = Scene(id="s1", moments=[both], start=0.0, end=15.0, people=["tomas", "lena"])
    assert stage_shots(scene, {"tomas", "lena"})
    views = [(s.kind, s.actors) for s in scene.shots]
    assert views == [("establishing", ["tomas", "lena"]), ("closeup", ["tomas"]), ("closeup", ["lena"])]
    assert "net" in scene.shots[1].shows and "net" not in scene.shots[2].shows


# -- 2. one who sits sits on something ---------------------------------------------------------------------


def _seats(text: str) -> list[tuple[str, str | None]]:
    return [(p.key, p.holder) for m in moments(staged(text)) for p in m.props if p.role == "seat"]


def test_one_who_sits_has_a_seat_that_suits_the_place() -> None:
    assert _seats(FISHING) == [("rock", "lena")]  # by the river: a rock
    assert _seats("Maria lived in a small house. In the kitchen Maria sat down and waited.") == [("bench", "maria")]
    assert _seats("Karl walked into the forest. Karl sat down to rest.") == [("log", "karl")]


def test_the_seat_the_sentence_names_or_the_ground_and_none_in_a_boat() -> None:
    assert _seats("Lucy went to the park. Lucy sat on a bench.") == [("bench", "lucy")]
    assert _seats("Lucy went to the park. Lucy sat on the grass.") == [("ground", "lucy")]
    assert _seats("The old fisherman Tomas pushed off at dusk. He sat in his boat and rowed across the bay.") == []


def test_one_still_sitting_keeps_their_posture_and_their_seat() -> None:
    garden = next(s for s in staged(SCREENPLAY).scenes if s.setting == "garden")
    sitting, reading = garden.moments[1:]
    assert [(p.key, p.holder) for p in sitting.props if p.role == "seat"] == [("log", "anna")]
    assert reading.acts == {"anna": "sit"}  # reading, where she sat down: still sitting
    assert [(p.key, p.holder) for p in reading.props if p.role == "seat"] == [("log", "anna")]  # not the grass


def _sitter(seat: str | None, age: Age = "young_adult") -> StagedScene:
    person = {"maria": Character(id="maria", name="Maria", gender="female", age=age, look=Look(presents="female"))}
    props = [Prop(key=seat, role="seat", holder="maria")] if seat else []
    moment = Moment(id="s1.m0", text="", who=["maria"], verb="sit", props=props, start=0.0, end=3.0)
    shot = Shot(id="s1.0", kind="wide", actors=["maria"], subject="maria", start=0.0, end=3.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=3.0, people=["maria"])
    return _staged(scene, person)


@pytest.mark.parametrize("seat", ["bench", "rock", "log", "chair", "stool"])
def test_a_seat_is_drawn_under_one_who_sits(seat: str) -> None:
    on_it, on_air = _sitter(seat), _sitter(None)
    drawn, bare = on_it.frame(1.0), on_air.frame(1.0)
    fig = on_it.layouts[0].figures[0]
    added = np.abs(drawn.astype(int) - bare.astype(int)).sum(axis=2) > 30
    ys, xs = np.nonzero(added)
    assert len(ys) > 40  # something is drawn that the figure sitting on air lacks
    # on the ground (its shadow a little below the feet), below the hips
    assert ys.max() <= fig.feet + 0.03 * SIZE[1] and ys.min() > fig.feet - 0.25 * SIZE[1]
    assert abs(float(np.median(xs)) - fig.x0) < 0.1 * SIZE[0]  # under her, not beside
    seat_fig = on_it.layouts[0].under[0]
    assert seat_fig.animal is not None and seat_fig.animal_key == seat


def test_one_who_sits_on_the_ground_sits_low() -> None:
    ground, seated = _sitter("ground"), _sitter("bench")
    ground.frame(1.0, 24), seated.frame(1.0, 24)
    assert ground.drawn[-1][4] == "sit_ground" and not ground.layouts[0].under
    assert ground.drawn[-1][5] > seated.drawn[-1][5] + 0.03 * SIZE[1]  # the face lower: down on the ground


# -- 3. a child is drawn as a child ------------------------------------------------------------------------


def test_a_child_stated_as_a_child_gets_a_child_s_look() -> None:
    board = staged(
        "Once there was a little girl called Mira. Mira lived by the sea with her grandmother Rosa. "
        "In the village lived a boy of seven named Ravi."
    )
    assign_looks(board)
    for cid in ("mira", "ravi"):
        character = board.character(cid)
        assert character.age == "child", cid
        look = build_rig(character, 40).look
        assert look.head_scale > 1.2 and look.build < 0.8 and look.hair_color not in HAIR_GREY and not look.beard


@pytest.mark.parametrize(
    ("text", "language", "cid"),
    [
        ("Mira was seven. One day Mira went to the market with her grandfather Jonas.", "en", "mira"),
        ("Die kleine Lena war sieben Jahre alt. Lena spielte im Garten mit ihrem Opa Karl.", "de", "lena"),
        ("Ana tenía siete años. Un día Ana fue al mercado con su abuelo Pedro.", "es", "ana"),
        ("La petite Marie avait sept ans. Un jour, Marie alla au marché avec son grand-père Paul.", "fr", "marie"),
    ],
)
def test_an_age_said_in_years_makes_a_child(text: str, language: str, cid: str) -> None:
    board = staged(text, language)
    assert board.character(cid).age == "child"


def test_a_child_with_a_grown_up_s_look_is_still_drawn_as_a_child() -> None:
    old_look = Look(presents="male", hair_style="bald", hair_color=HAIR_GREY[0], beard=True, build=1.06, attire="suit")
    child = Character(id="ravi", name="Ravi", gender="male", age="child", look=old_look)
    look = build_rig(child, 40).look
    assert look.head_scale > 1.2 and look.build < 0.8
    assert look.hair_style != "bald" and look.hair_color not in HAIR_GREY and not look.beard
    board = Storyboard(characters=[child])
    assign_looks(board)
    assert board.characters[0].look == look  # the storyboard holds the look the rig draws
    lookless = Character(id="mira", name="Mira", gender="female", age="child", on_screen=True)
    assert build_rig(lookless, 40).look.head_scale > 1.2  # drawn before any look was chosen: still a child


def test_an_age_chosen_again_chooses_the_look_again() -> None:
    board = Storyboard(characters=[Character(id="ana", name="Ana", age="young_adult", look=Look())])
    apply_character_overrides(board, [CharacterChoice(name="Ana", age="child")])
    assign_looks(board)
    assert board.characters[0].look is not None and board.characters[0].look.head_scale > 1.2


# -- 4. one character drawn alike, wide and close ----------------------------------------------------------


def _people() -> dict[str, Character]:
    people = {
        "mira": Character(id="mira", name="Mira", gender="female", age="child"),
        "rosa": Character(id="rosa", name="Rosa", gender="female", age="elderly"),
    }
    taken: set[str] = set()
    for c in people.values():
        c.look = choose_look(c, setting="village", seed=1, taken=taken)
    return people


def test_the_same_look_wide_close_staged_and_talking() -> None:
    people = _people()
    ids = list(people)
    moment = Moment(id="s1.m0", text="", who=ids, start=0.0, end=2.0)
    staged_shots = [
        Shot(id="s1.0", kind="wide", actors=ids, start=0.0, end=1.0, moment="s1.m0"),
        Shot(id="s1.1", kind="closeup", actors=ids, subject="mira", start=1.0, end=2.0, moment="s1.m0"),
    ]
    acted = _staged(Scene(id="s1", moments=[moment], shots=staged_shots, start=0.0, end=2.0, people=ids), people)
    talking = ActorScene(
        Scene(
            id="s2",
            lines=[Line(id="l1", character_id="mira", text="Hello", start=0.0, end=2.0)],
            shots=[
                Shot(id="s2.0", kind="wide", actors=ids, start=0.0, end=1.0),
                Shot(id="s2.1", kind="closeup", actors=["mira"], subject="mira", start=1.0, end=2.0),
            ],
            start=0.0,
            end=2.0,
            people=ids,
            cast=ids,
        ),
        _still(),
        lambda cid, unit: build_rig(people[cid], unit),
        {c: Performer.for_character(c, 0, 2.0, []) for c in ids},
        SIZE,
    )
    looks = [f.rig.look for layout in acted.layouts for f in layout.figures if f.character_id == "mira" and f.rig]
    looks += [a.rig.look for layout in talking.layouts for a in layout.actors if a.character_id == "mira"]
    assert len(looks) == 4 and all(look == looks[0] for look in looks)


def test_a_child_stands_lower_than_a_grown_up_in_a_talking_wide_shot_as_in_a_staged_one() -> None:
    people = _people()
    ids = list(people)
    scene = Scene(
        id="s1",
        lines=[Line(id="l1", character_id="rosa", text="Come here", start=0.0, end=2.0)],
        shots=[Shot(id="s1.0", kind="wide", actors=ids, start=0.0, end=2.0)],
        start=0.0,
        end=2.0,
        people=ids,
        cast=ids,
    )
    rigs = lambda cid, unit: build_rig(people[cid], unit)  # noqa: E731
    talking = ActorScene(scene, _still(), rigs, {c: Performer.for_character(c, 0, 2.0, []) for c in ids}, SIZE)
    necks = {a.character_id: a.y for a in talking.layouts[0].actors}
    assert necks["mira"] > necks["rosa"] + 0.02 * SIZE[1]
    moment = Moment(id="s1.m0", text="", who=ids, start=0.0, end=2.0)
    wide = Shot(id="s1.0", kind="wide", actors=ids, start=0.0, end=2.0, moment="s1.m0")
    acted = _staged(Scene(id="s1", moments=[moment], shots=[wide], start=0.0, end=2.0, people=ids), people)
    acted.frame(1.0, 24)
    faces = {row[1]: row[5] for row in acted.drawn}
    assert faces["mira"] > faces["rosa"]  # the same relation: the child's face lower


# -- 5. a screenplay's title sequence and action-only scenes ----------------------------------------------

SCREENPLAY = """INT. KITCHEN - NIGHT

ANNA
Where is the bread?

CUT TO:

EXT. HARBOUR - DAWN

ANNA walks along the pier. The boats rock on the water.

MAIN TITLES

The waves roll in.

DISSOLVE TO:

EXT. GARDEN - DAY

Anna runs across the garden. Then she sits under the apple tree. Her little brother TIM (6) sleeps on the grass
while Anna reads.
"""


def test_a_title_sequence_nobody_speaks_in_shows_a_place_not_an_empty_card() -> None:
    board = staged(SCREENPLAY)
    assert not any(s.setting in HEADING_ONLY for s in board.scenes)
    titles = next(s for s in board.scenes if s.heading == "MAIN TITLES")
    assert titles.setting == "sea"  # the waves of the harbour before it
    picture = np.asarray(paint(_spec(titles), SIZE))
    assert picture.std() > 20  # a picture, not a plain card


def test_an_action_only_scene_shows_its_place_and_the_one_it_names_sentence_by_sentence() -> None:
    board = settled(staged(SCREENPLAY))
    garden = next(s for s in board.scenes if s.setting == "garden")
    assert [m.verb for m in garden.moments] == ["run", "sit", "sleep"]  # one moment a sentence
    assert [m.who for m in garden.moments] == [["anna"], ["anna"], ["tim", "anna"]]
    assert [shot.actors for shot in garden.shots] == [["anna"], ["anna"], ["tim", "anna"]]
    assert not any(p.key == "apple" and p.role == "held" for m in garden.moments for p in m.props)
    harbour = next(s for s in board.scenes if s.heading.startswith("EXT. HARBOUR"))
    assert any("anna" in shot.actors for shot in harbour.shots)
    assert all(s.end is not None and s.start is not None and s.end > s.start for s in board.scenes)


# -- helpers -------------------------------------------------------------------------------------------


def _still() -> np.ndarray:
    return np.full((SIZE[1], SIZE[0], 3), GREY, np.uint8)


def _staged(scene: Scene, people: dict[str, Character]) -> StagedScene:
    end = scene.end or 0.0
    return StagedScene(
        scene,
        _still(),
        lambda cid, unit: build_rig(people[cid], unit),
        {cid: Performer.for_character(cid, 0, end, []) for cid in people},
        SIZE,
        things=lambda key, height: None,
        animals={},
        seed=3,
    )


def _spec(scene: Scene) -> SceneSpec:
    return SceneSpec(
        setting=scene.setting,
        time_of_day=scene.time_of_day,
        weather=scene.weather,
        mood=scene.mood,
        description=scene.description,
        style="cinematic",
        seed=1,
        things=tuple(t.key for t in scene.things),
        interior=scene.interior,
    )
