"""Staging the story: the moment plan read from written sentences, figures that act it, and a short
staged film checked frame by frame (people move, held things move with them, no face under a subtitle,
an action-only screenplay scene on screen)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from filmstudio.animation import body
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.media.subtitles import subtitle_band
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.render import render_film
from filmstudio.script.staging import stage_story
from filmstudio.storyboard import Character, Extra, Look, Moment, Prop, Scene, Shot
from tests.media_checks import frame_at
from tests.staging_checks import moments, staged

# -- the moment plan --------------------------------------------------------------------------------------


def test_a_rower_rows_the_boat_the_sentence_names() -> None:
    board = staged("The old fisherman Tomas pushed off at dusk. He sat in his boat and rowed across the bay.")
    row = moments(board)[-1]
    assert row.verb == "row" and row.who == ["tomas"]
    assert [(p.key, p.role, p.holder) for p in row.props] == [("boat", "boat", "tomas")]
    assert row.verb_words == ["rowed"]


def test_a_rider_rides_the_animal_and_moves_to_the_place_named() -> None:
    board = staged("Maria fed her horse in the stable. Then Maria rode her horse to the village.")
    ride = moments(board)[-1]
    assert ride.verb == "ride" and ride.who == ["maria"]
    assert [(p.key, p.role) for p in ride.props] == [("horse", "ridden")]
    assert ride.place == "village"
    assert [s.setting for s in board.scenes][-1] == "village"  # the ride takes the film to the village
    assert any(t.key == "horse" and t.staged for t in board.scenes[-1].things)  # drawn under her, not painted


def test_a_thing_given_passes_from_one_to_the_other() -> None:
    board = staged("In the kitchen Tom met Lucy. Then Tom gave an apple to Lucy.")
    give = moments(board)[-1]
    assert give.verb == "give" and give.who[:2] == ["tom", "lucy"]
    assert [(p.key, p.role, p.holder, p.to) for p in give.props] == [("apple", "given", "tom", "lucy")]


def test_a_carried_load_and_the_carrier() -> None:
    give = moments(staged("Ravi left the farm at noon. Then Ravi carried a basket of mangoes on his head."))[-1]
    assert give.verb == "carry" and give.who == ["ravi"]
    assert ("basket", "carried") in [(p.key, p.role) for p in give.props]


def test_the_verb_belongs_to_its_subject_not_to_the_thing_before_it() -> None:
    # the crow sings; the cheese falls, not the crow
    moment = moments(
        staged("A Crow sat in a tree with a piece of cheese. The Crow began to sing, and the cheese fell.")
    )[-1]
    assert moment.who == ["crow"] and moment.verb == "sing"


def test_a_pronoun_goes_on_with_the_one_the_story_follows_and_nothing_else_does() -> None:
    board = staged(
        "Anna lived near the forest. Anna walked into the forest. She climbed a tall tree. The stars came out."
    )
    _, walk, climb, stars = moments(board)
    assert (walk.verb, walk.who) == ("walk", ["anna"])
    assert (climb.verb, climb.who) == ("climb", ["anna"])
    assert stars.who == []  # nobody made the stars come out


def test_a_group_named_is_a_crowd_doing_its_verb() -> None:
    moment = moments(staged("Tomas came home at dawn. The village children ran down to the beach to meet him."))[-1]
    assert [(e.kind, e.verb) for e in moment.extras] == [("children", "run")]


def test_feelings_are_read() -> None:
    moment = moments(staged("Lucy opened the letter. Lucy smiled and waved to her brother."))[-1]
    assert moment.expression == "smile" and moment.verb == "wave"


def test_a_walk_to_a_new_place_cuts_the_scene_there() -> None:
    board = staged("Anna lived in a small village with her dog. One morning Anna walked to the river with her dog.")
    assert [s.setting for s in board.scenes] == ["village", "river"]
    assert board.scenes[1].moments[0].place_words  # the words that moved it


def test_a_place_reached_after_other_sentences_is_not_shown_before_it() -> None:
    board = staged(
        "Oren lived in a hut at the edge of the village.\n\n"
        "At dawn he filled his flask. He said goodbye to his sister. He walked all day. "
        "At last he reached the lake. He sat on a stone."
    )
    walking = next(s for s in board.scenes if any(m.verb == "walk" for m in s.moments))
    arrived = next(s for s in board.scenes if any("lake" in m.place_words for m in s.moments))
    assert walking.setting == board.scenes[0].setting != arrived.setting
    # and the one who fills his flask is on screen, though no pose is known for filling
    assert all(m.who == ["oren"] for s in board.scenes for m in s.moments)


def test_a_pronoun_subject_of_an_unposed_verb_is_still_on_screen() -> None:
    board = staged("Wren lived by the harbour. She mended her nets. The gulls cried over the water.")
    mended, gulls = moments(board)[1:]
    assert mended.who == ["wren"] and gulls.who != ["wren"]


def test_a_word_set_beside_a_name_does_not_take_its_verb() -> None:
    board = staged("Ilario the miller lived by the river. Ilario the miller danced at the fair. Ilario slept.")
    assert moments(board)[1].who == ["ilario"] and moments(board)[1].verb == "dance"
    board = staged("Lucía, la panadera, vivía en el pueblo. Lucía, la panadera, bailó en la plaza.", "es")
    assert moments(board)[1].who == ["lucía"] and moments(board)[1].verb == "dance"


def test_weather_and_light_change_when_the_words_do() -> None:
    board = staged(
        "It was a calm evening and the old man mended his nets on the beach. "
        "Later that night a storm broke over the sea and the rain lashed the shore."
    )
    assert [(s.time_of_day, s.weather) for s in board.scenes] == [("sunset", "clear"), ("night", "storm")]
    assert board.scenes[1].moments[0].change_words


def test_staging_is_read_in_other_languages() -> None:
    es = moments(staged("Lucía vivía en el pueblo. Lucía caminó hacia el río con su perro.", "es"))[-1]
    assert es.verb == "walk" and es.who == ["lucía"] and es.place == "river"
    de = moments(staged("Hans wohnte im Dorf. Hans ritt auf seinem Pferd in den Wald.", "de"))[-1]
    assert de.verb == "ride" and de.who == ["hans"] and ("horse", "ridden") in [(p.key, p.role) for p in de.props]


def test_an_edited_storyboard_keeps_its_moments() -> None:
    board = staged("Anna lived near the forest. Anna walked into the forest. She climbed a tall tree.")
    board.scenes[0].moments[0].verb = "run"
    stage_story(board)
    assert board.scenes[0].moments[0].verb == "run"


# -- figures --------------------------------------------------------------------------------------------


def test_a_walk_cycle_moves_the_legs_and_a_seat_lowers_the_hips() -> None:
    a, b = body.limbs_at("walk", 0.0, 1), body.limbs_at("walk", 0.15, 1)
    assert a.leg_l != b.leg_l and a.arm_l != b.arm_l
    assert body.limbs_at("sit", 0.0).drop > 1.0 and body.limbs_at("stand", 0.0).drop == 0.0
    assert body.limbs_at("sleep", 0.0).tilt in (90.0, -90.0)
    assert body.limbs_at("stand", 0.0, holds="carried").arm_l[0] < -120  # hands up to the load


SIZE = (640, 360)


def _stage(
    verb: str,
    props: list[Prop],
    settings: Settings,
    seconds: float = 4.0,
    extras: list[Extra] | None = None,
    setting: str = "landscape",
) -> StagedScene:
    person = Character(id="maria", name="Maria", gender="female", look=Look(presents="female", attire="dress"))
    moment = Moment(
        id="s1.m0", text="", who=["maria"], verb=verb, props=props, start=0.0, end=seconds, extras=extras or []
    )
    shot = Shot(id="s1.0", kind="wide", actors=["maria"], subject="maria", start=0.0, end=seconds, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=seconds, people=["maria"], setting=setting)
    still = np.full((SIZE[1], SIZE[0], 3), 90, np.uint8)
    performers = {"maria": Performer.for_character("maria", 0, seconds, [])}
    return StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(person, unit),
        performers,
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _pair(settings: Settings, animals: dict[str, str]) -> StagedScene:
    """Two beings standing together in a wide shot: each one an animal where `animals` says so."""
    people = {cid: Character(id=cid, name=cid, gender="female", look=Look(presents="female")) for cid in ("a", "b")}
    moment = Moment(id="s1.m0", text="", who=["a", "b"], start=0.0, end=2.0)
    shot = Shot(id="s1.0", kind="wide", actors=["a", "b"], subject="a", start=0.0, end=2.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=2.0, people=["a", "b"])
    still = np.full((SIZE[1], SIZE[0], 3), 90, np.uint8)
    return StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(people[cid], unit),
        {cid: Performer.for_character(cid, 0, 2.0, []) for cid in people},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals=animals,
        seed=3,
    )


def test_small_animals_among_themselves_are_drawn_up_to_fill_the_shot(settings: Settings) -> None:
    alone, beside_a_woman = _pair(settings, {"a": "mouse", "b": "mouse"}), _pair(settings, {"a": "mouse"})
    alone.frame(1.0), beside_a_woman.frame(1.0)
    mouse_alone = alone.layouts[0].figures[0].animal
    mouse_beside = beside_a_woman.layouts[0].figures[0].animal
    assert mouse_alone is not None and mouse_beside is not None
    # no person to measure it by: drawn up, as far as the picture's fences and furniture allow (MOST_GROWN)
    assert mouse_alone.size[1] > 1.4 * mouse_beside.size[1]
    assert mouse_alone.size[1] <= 0.5 * SIZE[1] + 2  # and no larger than a person would stand


def _centroid_x(mask: np.ndarray) -> float:
    ys, xs = np.nonzero(mask)
    assert len(xs) > 20
    return float(xs.mean())


def test_a_walker_crosses_the_frame_and_the_thing_in_her_hand_goes_with_her(settings: Settings) -> None:
    lantern = Prop(key="lantern", role="held", holder="maria")
    holding, empty = _stage("walk", [lantern], settings), _stage("walk", [], settings)
    shifts = []
    for t in (0.3, 3.5):
        with_it, without = holding.frame(t), empty.frame(t)
        walker = (with_it != 90).any(axis=2)
        thing = (np.abs(with_it.astype(int) - without.astype(int)).sum(axis=2) > 40) & walker
        shifts.append((_centroid_x(walker), _centroid_x(thing)))
    (walker0, thing0), (walker1, thing1) = shifts
    assert abs(walker1 - walker0) > 0.2 * SIZE[0]  # she walks across the frame
    assert abs((thing1 - thing0) - (walker1 - walker0)) < 0.06 * SIZE[0]  # the lantern moves as she does
    assert abs(thing0 - walker0) < 0.12 * SIZE[0]  # in her hand, not on the ground somewhere


def test_a_rower_sits_in_the_boat_and_a_rider_on_the_mount(settings: Settings) -> None:
    plate_rows = SIZE[1]
    rower = _stage("row", [Prop(key="canoe", role="boat", holder="maria")], settings)
    frame = rower.frame(1.0)
    rows = np.nonzero((frame != 90).any(axis=2).any(axis=1))[0]
    feet = rower.layouts[0].figures[0].feet
    assert rows.max() <= feet + 0.02 * plate_rows  # nothing below the boat: no legs hang out
    on_river = _stage("row", [Prop(key="canoe", role="boat", holder="maria")], settings, setting="river")
    on_river.frame(1.0)
    afloat = on_river.layouts[0].figures[0].feet
    assert 0.565 * SIZE[1] < afloat < 0.685 * SIZE[1]  # out on the river, between its banks, not on the near bank
    rider = _stage("ride", [Prop(key="horse", role="ridden", holder="maria")], settings)
    rider.frame(1.0, 24)
    standing = _stage("stand", [], settings)
    standing.frame(1.0, 24)
    assert rider.drawn[-1][5] < standing.drawn[-1][5] - 0.05 * SIZE[1]  # up on the horse: her face is higher


# -- a staged film ---------------------------------------------------------------------------------------

STORY = (
    "Maria walked along the road carrying a lantern. "
    "At the river she sat in her boat and rowed across the water. "
    "That night a storm broke and the rain fell. "
    "The villagers ran down to the beach to meet her, and Maria smiled."
)
SCREENPLAY = """INT. KITCHEN - DAY

LUCY
Is anyone home?

EXT. GARDEN - DAY

Lucy runs across the garden and climbs the old apple tree.
"""
FABLE = "A cat called Tibbles slept by the fire. Tibbles woke and walked to the door. Then Tibbles sat on the step."
FILM_SIZE = (1280, 720)


@pytest.fixture(scope="module")
def films(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> dict[str, tuple[Path, dict, dict]]:
    out = tmp_path_factory.mktemp("staged")
    settings = Settings(data_dir=out / "data", cache_dir=cache_dir)
    made = {}
    for name, text, suffix in (
        ("story", STORY, ".txt"),
        ("screenplay", SCREENPLAY, ".fountain"),
        ("fable", FABLE, ".txt"),
    ):
        script = out / f"{name}{suffix}"
        script.write_text(text, encoding="utf-8")
        render_film(
            script,
            out / f"{name}.mp4",
            FilmRequest(resolution="720p", fps=24),
            settings=settings,
            storyboard_path=out / f"{name}.json",
            keep_audio=True,
        )
        animation = json.loads((out / f"{name}.animation.json").read_text(encoding="utf-8"))
        made[name] = (out / f"{name}.mp4", json.loads((out / f"{name}.json").read_text()), animation)
    return made


@pytest.mark.slow
def test_the_story_is_staged_sentence_by_sentence(films: dict) -> None:
    _, board, animation = films["story"]
    settings = [s["setting"] for s in board["scenes"]]
    assert settings[0] != settings[1] and "river" in settings  # the river is reached
    assert any(s["weather"] == "storm" and s["time_of_day"] == "night" for s in board["scenes"])
    verbs = {m["verb"] for s in board["scenes"] for m in s["moments"]}
    assert {"walk", "row"} <= verbs
    staged_shots = [sh for sh in animation["shots"] if sh.get("moment")]
    assert staged_shots and all(sh["actors"] or sh["crowd"] for sh in staged_shots)
    assert any(sh["crowd"] for sh in staged_shots)  # the villagers are a crowd
    assert all(a["character_id"] != "villagers" for sh in staged_shots for a in sh["actors"])
    kinds = [sh["kind"] for sh in animation["shots"]]
    assert all(a != b for a, b in zip(kinds, kinds[1:], strict=False) if a == "closeup")


@pytest.mark.slow
def test_the_walker_moves_across_the_shot(films: dict) -> None:
    _, board, animation = films["story"]
    walk = next(m for s in board["scenes"] for m in s["moments"] if m["verb"] == "walk")
    rows = [r for r in animation["acted"] if r[1] == "maria" and r[4] == "walk"]
    assert rows
    xs = [r[2] for r in rows]
    assert max(xs) - min(xs) > 0.15 * FILM_SIZE[0]
    assert walk["start"] is not None


@pytest.mark.slow
def test_no_face_under_the_subtitles(films: dict) -> None:
    band_top, _ = subtitle_band(*FILM_SIZE)
    animals = {name: {c["id"] for c in films[name][1]["characters"] if c.get("animal")} for name in films}
    assert animals["fable"] == {"tibbles"} and any(r[1] == "tibbles" for r in films["fable"][2]["acted"])
    for name in ("story", "screenplay", "fable"):
        _, _, animation = films[name]
        for row in animation["acted"]:
            face_y, unit = row[5], row[6]
            assert face_y + 0.55 * unit < band_top, (name, row)
            if row[1] in animals[name]:  # an animal, small: wholly above the band
                assert row[3] < band_top, (name, row)
        for shot in animation["shots"]:
            for actor in shot["actors"]:
                if "y" in actor and not actor["back"]:
                    face_bottom = actor["y"] - 0.64 * actor["unit"] + 0.55 * actor["unit"]
                    assert face_bottom < band_top, (name, shot["id"])


@pytest.mark.slow
def test_an_action_only_scene_is_on_screen_acted(films: dict) -> None:
    video, board, animation = films["screenplay"]
    garden = board["scenes"][-1]
    assert not garden["lines"] and garden["moments"]
    span = garden["end"] - garden["start"]
    assert span >= 2.0
    fps = animation["fps"]
    acted = [r for r in animation["acted"] if garden["start"] * fps <= r[0] < garden["end"] * fps]
    assert {r[4] for r in acted} & {"run", "climb"}  # Lucy runs, then climbs
    frame = frame_at(video, (garden["start"] + garden["end"]) / 2, FILM_SIZE)
    assert frame.std() > 20  # a picture, not black


def test_a_fable_of_animals_alone_is_staged_without_people() -> None:
    from filmstudio.animation.shots import settle_shots

    board = staged("The Fox lived in the wood. The Fox ran to the river and the Crow flew after him.")
    assert {c.animal for c in board.characters if c.id != "narrator"} == {"fox", "crow"}
    t = 0.0
    for scene in board.scenes:
        scene.start = t
        for line in scene.lines:
            line.start, line.end = t, t + 2.0
            t += 2.0
        scene.end = t
        for k, moment in enumerate(scene.moments):
            moment.start, moment.end = scene.lines[k].start, scene.lines[k].end
        settle_shots(scene, ["narrator", "fox", "crow"], [], ["fox", "crow"])
        assert scene.cast == []  # nobody drawn as a person
    acted = [shot for scene in board.scenes for shot in scene.shots if shot.moment]
    assert acted and {"fox"} <= {a for shot in acted for a in shot.actors}


def test_he_and_she_stand_for_the_nearest_one_they_fit() -> None:
    """ "He" after a sentence about Anna is the man beside her, whom the story was not following; "she"
    then goes back to Anna."""
    board = staged(
        "Pedro waited at the gate. Anna walked to the gate. Anna smiled at Pedro. He carried a basket of "
        "apples. She walked home with him."
    )
    *_, carry, walk = moments(board)
    assert (carry.verb, carry.who[0]) == ("carry", "pedro")
    assert (walk.verb, walk.who[0]) == ("walk", "anna")


def test_a_counted_or_gathered_group_is_that_many_extras() -> None:
    march, flock, goats = moments(
        staged(
            "Three tired soldiers marched past the inn. A flock of sheep grazed on the hill. "
            "Then seven little goats ran down to the stream."
        )
    )
    assert [(e.kind, e.count, e.verb) for e in march.extras] == [("soldiers", 3, "walk")]
    assert [(e.kind, e.animal, e.count) for e in flock.extras] == [("animals", "sheep", None)]
    assert [(e.kind, e.animal, e.count, e.verb) for e in goats.extras] == [("animals", "goat", 7, "run")]
    brothers = moments(staged("Two brothers sat by the fire."))[0]
    assert [(e.kind, e.count) for e in brothers.extras] == [("men", 2)]  # a person noun with a gender
    words = moments(staged("Drei Soldaten kamen mit fünf Kühen ins Dorf.", "de"))[0]
    assert sorted((e.kind, e.count) for e in words.extras) == [("animals", 5), ("soldiers", 3)]
    ja = moments(staged("やぎが三匹、野原にいました。", "ja"))[0]
    assert [(e.animal, e.count) for e in ja.extras] == [("goat", 3)]


def test_an_animal_of_the_cast_is_no_herd() -> None:
    board = staged('The goat said, "I am hungry." Two goats ate the grass.')
    assert any(c.animal == "goat" for c in board.characters)
    assert not any(e.animal == "goat" for m in moments(board) for e in m.extras)


def test_a_herd_is_drawn_as_many_as_counted(settings: Settings) -> None:
    scene = _stage("walk", [], settings)
    herd = _stage("walk", [], settings, extras=[Extra(kind="animals", animal="sheep", count=4, verb="walk")])
    assert [f.animal_key for f in herd.layouts[0].crowd] == ["sheep"] * 4
    alone, with_herd = scene.frame(1.0), herd.frame(1.0)
    changed = (np.abs(with_herd.astype(int) - alone.astype(int)).sum(axis=2) > 40).any(axis=0)
    starts = np.flatnonzero(changed[1:] & ~changed[:-1])
    assert len(starts) >= 4 and starts.max() - starts.min() > 0.4 * SIZE[0]  # four sheep, spread out


def test_someone_named_by_what_they_are_is_the_one_of_the_cast_it_fits() -> None:
    board = staged(
        "Maria lived with her grandfather Pedro by the sea. Every evening the old man rowed his boat home. "
        "A man walked along the shore."
    )
    rowing, stranger = moments(board)[1:]
    assert (rowing.who, rowing.verb, rowing.who_words) == (["pedro"], "row", ["old man"])
    assert "pedro" not in stranger.who  # "a man" is someone new
    girl = moments(staged("Pedro lived with his granddaughter Lucia by the sea. The girl laughed and waved."))[-1]
    assert (girl.who, girl.verb, girl.expression) == (["lucia"], "wave", "laugh")
    # "an old woman" introduces the one of the cast not met yet
    first = moments(staged('Once there lived an old woman who sang. "Come in," said Granny Rosa to the cat.'))[0]
    assert (first.who, first.verb) == (["rosa"], "sing")
    assert (girl.who, girl.verb, girl.expression) == (["lucia"], "wave", "laugh")


def test_a_herd_comes_on_with_its_sentence_not_before() -> None:
    board = staged("Maria walked along the road. A flock of sheep ran across the road.")
    sheep = [t for s in board.scenes for t in s.things if t.key == "sheep"]
    assert sheep and all(t.staged for t in sheep)  # not painted into the still from the first shot


def test_a_body_part_does_what_its_owner_does() -> None:
    hands = moments(
        staged(
            "Maria lived with her grandfather Pedro by the sea. Pedro sang every day. His trembling hands held the cup."
        )
    )[-1]
    assert (hands.who, hands.verb) == (["pedro"], "hold")
    hände = moments(
        staged(
            "Maria wohnte mit ihrem Großvater Pedro am Meer. Pedro sang jeden Tag. Seine Hände hielten den Korb.", "de"
        )
    )[-1]
    assert (hände.who, hände.verb) == (["pedro"], "hold")


def test_his_is_never_a_woman_of_the_cast() -> None:
    # the only one cast is Lucia: "his hands" are someone else's, not hers
    last = moments(staged("Pedro lived with his granddaughter Lucia by the sea. His hands could not hold the cup."))[-1]
    assert "lucia" not in last.who


def test_one_person_or_a_measure_is_no_crowd() -> None:
    son, wife = moments(staged("Joe sat on the floor with his 7 year-old son. His wife walked in."))
    assert son.extras == [] and wife.extras == []
    days = moments(staged("Il y avait plus de trois jours qu'il n'avait mangé.", "fr"))[0]
    assert days.extras == []
    niña = moments(staged("La niña caminó hacia el río.", "es"))[0]
    assert niña.extras == []


def test_an_animal_of_the_cast_has_the_thing_it_eats_or_is_given(settings: Settings) -> None:
    def rabbit(props: list[Prop]) -> np.ndarray:
        moment = Moment(id="s1.m0", text="", who=["bun"], verb="eat", props=props, start=0.0, end=3.0)
        shot = Shot(id="s1.0", kind="wide", actors=["bun"], subject="bun", start=0.0, end=3.0, moment="s1.m0")
        scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=3.0, people=["bun"])
        staged = StagedScene(
            scene,
            np.full((SIZE[1], SIZE[0], 3), 90, np.uint8),
            lambda cid, unit: build_rig(Character(id=cid, name=cid), unit),
            {},
            SIZE,
            things=thing_sprites(settings.assets_dir),
            animals={"bun": "rabbit"},
            seed=3,
        )
        return staged.frame(1.0)

    alone, with_bread = rabbit([]), rabbit([Prop(key="bread", role="held", holder="bun")])
    animal = (alone != 90).any(axis=2)
    bread = (np.abs(with_bread.astype(int) - alone.astype(int)).sum(axis=2) > 40) & ~animal
    assert bread.sum() > 100  # the bread is drawn, beside the rabbit and not over it
    ys, xs = np.nonzero(animal)
    by, bx = np.nonzero(bread)
    assert abs(float(bx.mean()) - float(xs.mean())) < 0.25 * SIZE[0]  # at the rabbit, not somewhere else
    assert by.max() >= ys.max() - 0.05 * SIZE[1]  # on the ground by its feet, not floating


def test_the_one_met_is_in_the_shot_too() -> None:
    met = moments(staged("Tomas lived by the sea. Tomas walked on. Presently Anna met him. Anna smiled.", "en"))[-2]
    assert met.who == ["anna", "tomas"]
    traf = moments(staged("Hans wohnte im Wald. Hans ging durch den Wald. Da traf ihn Grete. Grete lachte.", "de"))[-2]
    assert traf.who == ["grete", "hans"]
    asked = moments(
        staged("Lucía vivía en el pueblo. Lucía caminaba. Pedro llegó. Pedro le preguntó algo. Lucía sonrió.", "es")
    )[-2]
    assert asked.who == ["pedro", "lucía"]  # "le": the one spoken to, whom a dative clitic names
    hand = moments(staged("Anna lived by the sea. Anna walked on. Tomas took her hand. Tomas laughed.", "en"))[-2]
    assert hand.who[0] == "tomas"  # "her" before a noun is whose hand, not whom he met
    both = moments(
        staged(
            "Pedro lived by the sea. Anna lived in town. Tomas fished. Pedro slept. Anna sang. "
            "Then Anna went to Tomas and said to him that all was well.",
            "en",
        )
    )[-1]
    assert both.who == ["anna", "tomas"]  # two named: "him" is one of them, Pedro is not brought in


def test_a_thing_named_only_in_speech_is_not_painted() -> None:
    board = staged(
        "Anna sat by the river with a basket of apples. Anna looked at the water.\n\n"
        "“The moon will not come down to me,” said Anna, “nor will the king’s crown.”",
        "en",
    )
    things = {t.key: t for s in board.scenes for t in s.things}
    assert "basket" in things and not things["basket"].said
    assert {"moon", "crown"} <= {k for k, t in things.items() if t.said}
    dialogue = staged("ANNA: Look at the moon tonight.\nTOM: The moon is full.", "en")
    assert all(not t.said for s in dialogue.scenes for t in s.things)  # all dialogue: what is said is shown


def test_a_pronoun_after_a_name_in_its_sentence_is_that_one() -> None:
    board = staged("Leo lived in a cave. The day was hot. Leo was tired, so he laid himself down quietly.", "en")
    lay = moments(board)[-1]
    assert lay.who == ["leo"] and lay.verb == "lie"  # "laid himself down": lying, as older prose says it


def test_an_animal_speaks_to_all_those_the_story_was_following() -> None:
    board = staged(
        "Pip and Tansy were two young mice. Pip ran to the barn. Tansy ran after him to the barn.\n\n"
        'The old owl looked down at them. "Go home, little ones," said the owl. The owl flew away.'
    )
    said = next(m for s in board.scenes for m in s.moments if m.text.startswith("Go home"))
    assert said.who[0] == "old_owl" and set(said.who[1:]) == {"pip", "tansy"}


def test_they_are_all_those_the_story_was_following() -> None:
    board = staged(
        "Pip and Tansy were two young mice. Pip ran to the barn. Tansy ran after him to the barn. "
        "Suddenly they heard a loud bark. They hid under the hay."
    )
    heard, hid = moments(board)[-2:]
    assert set(heard.who) == {"pip", "tansy"} and set(hid.who) == {"pip", "tansy"} and hid.verb == "hide"


def test_a_verb_s_word_used_as_a_noun_is_no_doing() -> None:
    board = staged("Nell sat by the stove with her brother Ivo. Nell was dressed for work. Ivo watched the dance.")
    dressed, watched = moments(board)[1:]
    assert dressed.verb == "stand" and watched.verb == "look"
    # where an article is also a pronoun, the verb after it is a verb: "Paul la regarda"
    looked = moments(staged("Marie vivait au village. Paul vivait au village. Paul la regarda.", "fr"))[-1]
    assert looked.verb == "look"


def test_the_two_of_those_named_are_no_crowd() -> None:
    board = staged(
        "むかし、あるところに、おじいさんとおばあさんがありました。おじいさんも、おばあさんも、よろこんで、二人いっしょにわらいました。",
        "ja",
    )
    both = moments(board)[-1]
    assert len(both.who) == 2 and not both.extras
