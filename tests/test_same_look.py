"""One look per character for the whole film: the same in every shot and scene, in a close-up and in a
wide shot; two people of a pair told apart (a prince from a princess, a father from a son named by age)."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.film_cast import film_cast
from filmstudio.animation.looks import assign_looks, skirted
from filmstudio.animation.rig import build_rig
from filmstudio.storyboard import Character, Line, Scene, Storyboard


def _board(people: list[tuple[str, str, str, str]], scenes: list[tuple[str, list[str]]], seed: int = 3) -> Storyboard:
    """`people`: (id, name, gender, age); `scenes`: (setting, speakers in order)."""
    characters = [
        Character(id=i, name=n, gender=g, age=a, language="en")  # type: ignore[arg-type]
        for i, n, g, a in people
    ]
    board_scenes = [
        Scene(
            id=f"s{k + 1}",
            setting=setting,
            people=list(dict.fromkeys(speakers)),
            cast=list(dict.fromkeys(speakers)),
            lines=[Line(id=f"s{k + 1}.l{j}", character_id=c, text="Hello.") for j, c in enumerate(speakers)],
        )
        for k, (setting, speakers) in enumerate(scenes)
    ]
    return Storyboard(seed=seed, characters=characters, scenes=board_scenes)


def _distance(a: str, b: str) -> float:
    ra = np.array([int(a[i : i + 2], 16) for i in (1, 3, 5)], float)
    rb = np.array([int(b[i : i + 2], 16) for i in (1, 3, 5)], float)
    return float(np.linalg.norm(ra - rb))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("prince", "Prince", "male", "young_adult"), ("princess", "Princess", "female", "young_adult")),
        (("princess", "Princess Ilse", "female", "young_adult"), ("prince", "Prince Oren", "male", "young_adult")),
        (("tsarevich", "Tsarevich", "male", "young_adult"), ("tsarevna", "Tsarevna", "female", "child")),
        (("king", "King", "male", "elderly"), ("queen", "Queen", "female", "middle_aged")),
    ],
)
@pytest.mark.parametrize("seed", [0, 1, 2, 5, 11])
def test_a_royal_pair_is_told_apart(first, second, seed: int) -> None:
    board = _board([first, second], [("garden", [first[0], second[0]])], seed=seed)
    assign_looks(board)
    a, b = (board.character(p[0]).look for p in (first, second))
    assert a is not None and b is not None
    assert _distance(a.attire_color, b.attire_color) >= 95, (a.attire_color, b.attire_color)
    man, woman = (a, b) if first[2] == "male" else (b, a)
    assert skirted(woman) and not skirted(man)  # at a wide shot's size the skirt is what tells them apart


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 7])
def test_two_people_of_a_film_wear_colours_far_apart(seed: int) -> None:
    people = [("a", "Farmer", "male", "middle_aged"), ("b", "Wife", "female", "middle_aged")]
    people += [("c", "Boy", "male", "child"), ("d", "Neighbour", "female", "elderly")]
    board = _board(people, [("village", ["a", "b", "c", "d"])], seed=seed)
    assign_looks(board)
    colours = [c.look.attire_color for c in board.characters if c.look is not None]
    nearest = lambda some: min(_distance(x, y) for i, x in enumerate(some) for y in some[i + 1 :])  # noqa: E731
    assert nearest(colours[:3]) >= 95 and nearest(colours) >= 80, colours  # a palette of ten has few far fours


@pytest.mark.parametrize(
    ("older", "younger"),
    [
        (("old_miller", "Old miller", "male", "elderly"), ("young_miller", "Young miller", "male", "young_adult")),
        (("old_man", "Old man", "male", "elderly"), ("young_man", "Young man", "male", "young_adult")),
        (("old_tailor", "Old Tailor", "male", "elderly"), ("little_tailor", "Little Tailor", "male", "child")),
    ],
)
@pytest.mark.parametrize("seed", [0, 4, 9])
def test_two_ages_seen_together_are_two_people(older, younger, seed: int) -> None:
    """Named by age ("the old miller", "the young miller") and talking in one scene: a father and a son,
    not one man at two ages, so they do not share a face."""
    board = _board([older, younger], [("river", [older[0], younger[0], older[0]])], seed=seed)
    assign_looks(board)
    a, b = board.character(older[0]).look, board.character(younger[0]).look
    assert a is not None and b is not None
    face = lambda look: (look.skin, look.eye_color, look.hair_style, look.accent_color)  # noqa: E731
    assert face(a) != face(b)


def test_one_person_at_two_ages_in_two_scenes_keeps_a_face() -> None:
    """Never seen together (a flashback): one person at two ages, one face."""
    people = [("ravi", "Ravi", "male", "middle_aged"), ("young_ravi", "Young Ravi", "male", "child")]
    board = _board(people, [("city", ["ravi"]), ("river", ["young_ravi"])])
    assign_looks(board)
    a, b = board.character("ravi").look, board.character("young_ravi").look
    assert a is not None and b is not None
    assert (a.skin, a.eye_color) == (b.skin, b.eye_color)


def test_a_look_not_yet_cast_is_the_same_in_every_scene() -> None:
    """A storyboard shown before casting draws each character as casting will, not anew for each
    scene's setting (a suit in the office, a shirt in the kitchen)."""
    people = [("ana", "Ana", "female", "young_adult"), ("ben", "Ben", "male", "middle_aged")]
    board = _board(people, [("office", ["ana", "ben"]), ("kitchen", ["ben", "ana"]), ("sea", ["ana"])])
    looks = [{cid: c.look for cid, c in film_cast(board, scene.id).items()} for scene in board.scenes]
    assert all(cast == looks[0] for cast in looks)
    assert all(look is not None for look in looks[0].values())
    assert board.characters[0].look is None  # the board itself is left as it was
    cast = Storyboard.model_validate(board.model_dump())
    assign_looks(cast)
    assert looks[0]["ben"] == cast.character("ben").look


def _beard_and_hair_pixels(character: Character, unit: float) -> tuple[float, np.ndarray]:
    """The share of the head sprite's pixels below the mouth in the hair's colour, and that colour."""
    rig = build_rig(character, unit)
    assert rig.look.hair_color
    hair = np.array([int(rig.look.hair_color[i : i + 2], 16) for i in (1, 3, 5)], float)
    head = rig.head  # anchored at the face's centre: the jaw is below it, about the mouth's width
    top, bottom = head.oy + int(0.12 * unit), head.oy + int(0.55 * unit)
    left, right = head.ox - int(0.3 * unit), head.ox + int(0.3 * unit)
    rgb, opaque = head.rgb[top:bottom, left:right].astype(float), head.core[top:bottom, left:right].astype(bool)
    near = (np.linalg.norm(rgb - hair, axis=-1) < 40) & opaque
    return float(near.sum() / max(1, opaque.sum())), hair


@pytest.mark.parametrize("stated", [{"beard": True}, {"beard": True, "hair_color": "#161210"}, {}])
def test_close_up_and_wide_shot_draw_one_face(stated: dict) -> None:
    """The rig of a close-up and of a wide shot is built from one look: a beard in the one is a beard in
    the other, in the same colour."""
    board = _board([("son", "Son", "male", "young_adult"), ("dad", "Father", "male", "elderly")], [("river", ["son"])])
    board.characters[0].stated = dict(stated)
    assign_looks(board)
    son = board.character("son")
    close, wide = build_rig(son, 150.0), build_rig(son, 40.0)
    assert close.look == wide.look == son.look
    beard_close, hair = _beard_and_hair_pixels(son, 150.0)
    beard_wide, _ = _beard_and_hair_pixels(son, 40.0)
    if son.look is not None and son.look.beard:
        assert beard_close > 0.05 and beard_wide > 0.05
    else:
        assert beard_close < 0.05 and beard_wide < 0.05


def _share_near(frame: np.ndarray, colour: str, tolerance: float = 30.0) -> float:
    target = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], float)
    return float((np.linalg.norm(frame.astype(float) - target, axis=-1) < tolerance).mean())


@pytest.mark.parametrize("seed", [0, 6])
def test_a_close_up_and_a_wide_shot_show_one_son_in_rendered_frames(seed: int) -> None:
    """Frames as the film draws them: the son's clothes, hair and beard colours are in his close-up and in
    the wide shot of him and his father, and the father's clothes are no one's in the close-up."""
    from filmstudio.animation.acting import Performer
    from filmstudio.animation.player import ActorScene
    from filmstudio.storyboard import Shot

    people = [("dad", "Old miller", "male", "elderly"), ("son", "Son", "male", "young_adult")]
    board = _board(people, [("river", ["son", "dad"])], seed=seed)
    board.character("son").stated = {"beard": True, "hair_color": "#161210"}
    assign_looks(board)
    scene = board.scenes[0]
    for k, line in enumerate(scene.lines):
        line.start, line.end = 2.0 * k, 2.0 * k + 2.0
    scene.start, scene.end = 0.0, 4.0
    scene.shots = [
        Shot(id="s1.0", kind="closeup", subject="son", actors=["son"], line_ids=["s1.l0"], start=0.0, end=2.0),
        Shot(id="s1.1", kind="wide", actors=["son", "dad"], line_ids=["s1.l1"], start=2.0, end=4.0),
    ]
    performers = {c.id: Performer.for_character(c.id, 0, 4.0, board.lines()) for c in board.characters}
    player = ActorScene(
        scene,
        np.full((360, 640, 3), 255, np.uint8),  # a white backdrop: every coloured pixel is a person's
        lambda cid, unit: build_rig(board.character(cid), unit),
        performers,
        (640, 360),
    )
    close, wide = player.frame(1.0), player.frame(3.0)
    son, dad = board.character("son").look, board.character("dad").look
    assert son is not None and dad is not None and son.beard
    for colour in (son.attire_color, son.hair_color, son.skin):
        assert _share_near(close, colour) > 0.01 and _share_near(wide, colour) > 0.0005, colour
    assert _share_near(close, dad.attire_color) < 0.001 < _share_near(wide, dad.attire_color)
