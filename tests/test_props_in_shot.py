"""The things a sentence names are in its shot, and handwork is done with its tool: one who sews holds a
needle, one who digs a pick, one who writes a pen, one who sweeps a broom (script/tools.py), the thing worked
on before them, on a table for bench work; a thing named only to deny it or liken something to it is not
drawn (script/unseen_things.py); a thing heard, or seen at a place, is over there, not in the hand
(script/seen_there.py); and one at a table works, eats or sits right behind its edge, on the floor, never
up on it (animation/at_the_table.py). Our own sentences, in English, French, Spanish and German; and real
frames of the drawn figure."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.placed import Figure
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot, Thing
from tests.staging_checks import moments, staged

_EN = 'Mara and Tom lived in a cottage at the edge of the wood. "A cold morning," said Mara. "Yes," said Tom. '
_FR = "Jeanne et Paul vivaient près de la rivière. « Quelle belle journée », dit Jeanne. "
_ES = "Lucía y Pablo vivían junto al río. —Qué día tan bonito —dijo Lucía.\n\n"
_DE = "Anna und Paul wohnten am Fluss. „Ein schöner Tag“, sagte Anna. "


def _last(text: str, language: str) -> Moment:
    return moments(staged(text, language))[-1]


def _roles(moment: Moment) -> list[tuple[str, str]]:
    return [(p.key, p.role) for p in moment.props]


# -- the plan: the tool of the work in the hand ----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "tool", "worked"),
    [
        ("en", _EN + "Mara sewed a shirt.", "needle", "shirt"),
        ("en", _EN + "Mara wrote a letter to her aunt.", "pen", "letter"),
        ("en", _EN + "Tom cut the bread.", "knife", "bread"),
        ("en", _EN + "Tom chopped the onions.", "knife", "onion"),
        ("en", _EN + "Tom dug in the garden.", "pick", None),
        ("en", _EN + "Mara swept the floor.", "broom", None),
        ("en", _EN + "Tom hammered at the anvil.", "hammer", None),
        ("en", _EN + "Tom chopped wood.", "axe", None),
        ("en", _EN + "Tom painted the door.", "paintbrush", None),
        ("fr", _FR + "Jeanne cousait une chemise.", "needle", "shirt"),
        ("fr", _FR + "Paul creusait dans le jardin.", "pick", None),
        ("fr", _FR + "Paul balaya la cour.", "broom", None),
        ("es", _ES + "Lucía escribió una carta.", "pen", "letter"),
        ("es", _ES + "Pablo cortó el pan.", "knife", "bread"),
        ("es", _ES + "Pablo cavó un hoyo.", "pick", None),
        ("de", _DE + "Anna nähte ein Hemd.", "needle", "shirt"),
        ("de", _DE + "Paul grub im Garten.", "pick", None),
    ],
)
def test_handwork_holds_its_tool_and_sets_the_thing_worked_before_them(
    language: str, text: str, tool: str, worked: str | None
) -> None:
    moment = _last(text, language)
    assert moment.verb == "work"
    held = [k for k, role in _roles(moment) if role == "held"]
    assert held == [tool]
    assert all(p.holder == moment.who[0] for p in moment.props if p.key == tool)
    if worked is not None:
        assert (worked, "near") in _roles(moment)


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("Mara cut the shirt.", "scissors"),  # cloth is cut with scissors, bread with a knife
        ("Tom mended the net.", "needle"),
    ],
)
def test_the_tool_fits_the_thing_worked(text: str, tool: str) -> None:
    held = [k for k, role in _roles(_last(_EN + text, "en")) if role == "held"]
    assert held == [tool]


@pytest.mark.parametrize(
    ("unnamed", "named", "tool"),
    [
        ("Tom swept the floor.", "Tom swept the floor with a broom.", "broom"),
        ("Mara cut the shirt.", "Mara cut the shirt with scissors.", "scissors"),
    ],
)
def test_the_same_tool_is_held_whether_the_sentence_names_it_or_not(unnamed: str, named: str, tool: str) -> None:
    for text in (unnamed, named):
        assert [k for k, role in _roles(_last(_EN + text, "en")) if role == "held"] == [tool]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", _EN + "Mara sewed a shirt."),
        ("en", _EN + "Mara wrote all evening."),  # writing is done at a table, though nothing is named
        ("es", _ES + "Pablo cortó el pan."),
    ],
)
def test_bench_work_is_done_at_a_table(language: str, text: str) -> None:
    assert ("table", "near") in _roles(_last(text, language))


def test_only_work_with_a_tool_changes_hands() -> None:
    """Sewing puts a needle in the hand; peeling, which has no tool here, keeps the potato in the hands."""
    assert _roles(_last(_EN + "Mara sewed a shirt.", "en"))[0] == ("needle", "held")
    assert _roles(_last(_EN + "Mara peeled the potatoes.", "en")) == [("potato", "held")]


# -- the plan: what is denied, likened, heard or seen over there -------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", _EN + "Mara had no lantern."),
        ("en", _EN + "Mara came without her lantern."),
        ("en", _EN + "Her eyes shone like a lantern."),
        ("fr", _FR + "Jeanne partit sans sa lanterne."),
        ("fr", _FR + "Ses yeux brillaient comme une lanterne."),
        ("es", _ES + "Lucía salió sin su linterna."),
        ("es", _ES + "Sus ojos brillaban como una linterna."),
    ],
)
def test_a_thing_only_denied_or_likened_to_is_not_drawn(language: str, text: str) -> None:
    assert "lantern" not in [p.key for p in _last(text, language).props]


def test_a_thing_denied_is_drawn_only_where_the_sentence_also_names_it_plainly() -> None:
    assert "lantern" not in [p.key for p in _last(_EN + "Mara had no lantern.", "en").props]
    moment = _last(_EN + "Mara had no lantern, so she took his lantern.", "en")
    assert ("lantern", "held") in _roles(moment)


@pytest.mark.parametrize(
    ("language", "text", "thing"),
    [
        ("en", _EN + "Tom heard the bell.", "bell"),
        ("en", _EN + "Mara saw a lantern in the window.", "lantern"),
        ("fr", _FR + "Paul entendit la cloche.", "bell"),
        ("es", _ES + "Lucía vio una linterna en la ventana.", "lantern"),
    ],
)
def test_a_thing_heard_or_seen_over_there_is_not_in_the_hand(language: str, text: str, thing: str) -> None:
    assert (thing, "near") in _roles(_last(text, language))


# -- drawn ------------------------------------------------------------------------------------------------

SIZE = (640, 360)
PLATE = 90


def _stage(moment: Moment, settings: Settings) -> StagedScene:
    cast = Character(id="mara", name="Mara", gender="female", look=Look(presents="female", attire="dress"))
    moment = moment.model_copy(update={"id": "s1.m0", "who": ["mara"], "start": 0.0, "end": 4.0})
    moment.props = [p.model_copy(update={"holder": "mara"}) for p in moment.props]
    shot = Shot(id="s1.0", kind="wide", actors=["mara"], subject="mara", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["mara"])
    still = np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8)
    return StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(cast, unit),
        {"mara": Performer.for_character("mara", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _figures(stage: StagedScene) -> tuple[Figure, Figure | None]:
    figures = stage.layout_at(1.0).figures
    person = next(f for f in figures if f.rig is not None)
    table = next((f for f in figures if f.set_down and f.animal_key == "table"), None)
    return person, table


def _tool_pixels(stage: StagedScene) -> tuple[np.ndarray, np.ndarray]:
    """Where the thing in the worker's hand is drawn: the frame with it less the same frame, the same layout,
    without its picture."""
    person, _ = _figures(stage)
    with_it = stage.frame(1.0)
    thing, person.thing = person.thing, None
    without = stage.frame(1.0)
    person.thing = thing
    ys, xs = np.nonzero(np.abs(with_it.astype(int) - without.astype(int)).sum(axis=2) > 40)
    return xs, ys


def test_the_tool_of_the_work_is_drawn_at_the_hand(settings: Settings) -> None:
    """The needle of "Mara sewed by the window" is in the frame, within the worker's reach at the height of
    her hands: the pixels the tool adds lie between her shoulders and her knees, beside her trunk."""
    moment = _last(_EN + "Mara sewed by the window.", "en")
    tools = [p for p in moment.props if p.role == "held"]
    assert [p.key for p in tools] == ["needle"]
    stage = _stage(moment, settings)
    person, _ = _figures(stage)
    assert person.thing is not None and person.holds is not None and person.holds.key == "needle"
    xs, ys = _tool_pixels(stage)
    assert len(xs) > 10
    feet, tall = person.feet, person.rig.unit * 7 if person.rig is not None else 0.0
    head = feet - tall
    assert head + 0.2 * tall < ys.mean() < head + 0.7 * tall  # at the hands, not at the feet or overhead
    assert abs(xs.mean() - person.x0) < 0.5 * tall


@pytest.mark.parametrize(
    ("verb", "posture", "seat"),
    [("work", None, None), ("sit", "sit", "bench"), ("eat", None, None)],
)
def test_one_at_the_table_is_right_behind_its_edge_on_the_floor(
    settings: Settings, verb: str, posture: str | None, seat: str | None
) -> None:
    """Working, sitting or eating at a table: the table stands right before them (their front reaches over or
    under its near edge), on the floor they stand on, drawn after them; their feet are never up on its top."""
    props = [Prop(key="table", role="near", holder="mara"), Prop(key="shirt", role="near", holder="mara")]
    if verb == "work":
        props.insert(0, Prop(key="needle", role="held", holder="mara"))
    if seat is not None:
        props.append(Prop(key=seat, role="seat", holder="mara"))
    moment = Moment(id="m", text="", verb=verb, props=props, postures={"mara": posture} if posture else {})
    stage = _stage(moment, settings)
    person, table = _figures(stage)
    assert table is not None and table.animal is not None
    figures = stage.layout_at(1.0).figures
    assert figures.index(table) > figures.index(person)  # drawn in front of them
    half = table.animal.size[0] / 2
    near_edge = table.x0 - half if table.x0 > person.x0 else table.x0 + half
    unit = person.rig.unit if person.rig is not None else 1.0
    assert abs(near_edge - person.x0) < 1.6 * unit  # within arm's reach of where they stand
    assert person.facing == (1 if table.x0 > person.x0 else -1)  # turned to it
    top = table.feet - table.animal.size[1]
    assert person.feet >= table.feet - 1 > top  # on the floor, not up on the tabletop
    frame = stage.frame(1.0)
    assert frame.shape[:2] == (SIZE[1], SIZE[0])


def test_the_tool_of_bench_work_is_over_the_table(settings: Settings) -> None:
    """ "Mara sewed a shirt": the needle in her hand is over the table the shirt lies on."""
    moment = _last(_EN + "Mara sewed a shirt.", "en")
    stage = _stage(moment, settings)
    _, table = _figures(stage)
    assert table is not None and table.animal is not None
    xs, _ = _tool_pixels(stage)
    assert len(xs) > 10
    half = table.animal.size[0] / 2
    reach = 0.35 * half  # the hands over its near end, or just before it
    assert table.x0 - half - reach <= np.median(xs) <= table.x0 + half + reach


@pytest.mark.parametrize(("key", "kind"), [("table", "wide"), ("bed", "wide"), ("table", "closeup")])
def test_one_by_a_painted_table_or_bed_stands_beside_it_not_over_it(settings: Settings, key: str, kind: str) -> None:
    """ "Mara stood by the table", the table painted in the still: none of her is drawn over it, where she
    would seem to stand on it or in it (in a closeup too, which enlarges the still about her)."""
    cast = Character(id="mara", name="Mara", gender="female", look=Look(presents="female", attire="dress"))
    box = (0.1, 0.55, 0.4, 0.85)
    moment = Moment(id="s1.m0", text=f"Mara stood by the {key}.", who=["mara"], verb="stand", start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind=kind, actors=["mara"], subject="mara", start=0.0, end=4.0, moment="s1.m0")
    thing = Thing(key=key, words=[key], box=box)
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["mara"], things=[thing])
    still = np.full((SIZE[1], SIZE[0], 3), PLATE, np.uint8)
    w, h = SIZE
    still[int(box[1] * h) : int(box[3] * h), int(box[0] * w) : int(box[2] * w)] = (200, 40, 40)  # the painted thing
    stage = StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(cast, unit),
        {"mara": Performer.for_character("mara", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )
    frame = stage.frame(1.0).astype(int)
    plate = stage.layout_at(1.0).plate.astype(int)
    her = np.abs(frame - plate).sum(axis=2) > 40
    painted = np.abs(plate - np.array([200, 40, 40])).sum(axis=2) < 60
    assert her.sum() > 100 and painted.sum() > 100
    assert (her & painted).sum() < 0.02 * her.sum()  # beside it: at most a shadow's edge on it
