"""A being the doer acts on (the moment's `acts_on` and `acted_on`, script/done_to.py), drawn in the shot
where the verb puts it: one dragged or led walks behind the doer, who walks ahead facing away; one chased or
followed goes ahead, the same way; one fed stands before the doer's hand held out; one guarded stands
beside the doer, who is turned to it. An animal named only there (a prop "near" held by nobody) is drawn as
itself beside the doer (staged._thing_figure), doing what the relation makes it do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from filmstudio.animation import body
from filmstudio.storyboard import Moment, Prop

if TYPE_CHECKING:
    from filmstudio.animation.placed import Figure

CARRIED_AT = 0.45  # how high one carried lies across the doer's arms: a share of the doer's height, feet up
ANIMAL_AT = 0.42  # how high an animal carried is held (its feet): a share of the doer's height, at the hands
CHIN = 0.8  # the height of the doer's chin, a share of their height: an animal held stays below it
PICKED_UP = 0.35  # an animal caught this tall beside the one who catches it, or smaller, is picked up
_ON_THE_MOVE = {"drag", "lead", "follow", "drive"}  # relations both go along in, one behind the other
# what the other being does: it goes with the doer, runs from a chaser, stands to be fed, caught or guarded
_ITS_VERB = {"drag": "walk", "lead": "walk", "follow": "walk", "chase": "run", "drive": "walk"}


def pose(moment: Moment, verb: str) -> str:
    """The verb the shot's people act: going along where one drags, leads or follows another (a pull or a
    haul would keep them standing), running after one chased, a hand held out to one fed, standing by one
    guarded; else the moment's own."""
    relation = moment.acts_on
    if relation in _ON_THE_MOVE and body.pose_of(verb) not in ("walk", "run"):
        return "walk"
    if relation == "chase":
        return "chase"
    if relation == "feed":
        return "give"
    if relation == "guard" and body.pose_of(verb) not in ("sit", "lie", "sleep"):
        return "stand"
    return verb


def other_animal(moment: Moment) -> Prop | None:
    """The animal named only there that the doer acts on (drawn beside them), or None."""
    if moment.acts_on is None or moment.acted_on is not None:
        return None
    return next((p for p in moment.props if p.role == "near" and p.holder is None), None)


def goes_along(moment: Moment) -> bool:
    """The doers and the one acted on go along together (dragged, led, followed, driven)."""
    return moment.acts_on in _ON_THE_MOVE


def its_verb(moment: Moment) -> str:
    """What that animal does in the shot."""
    return _ITS_VERB.get(moment.acts_on or "", "stand")


def arrange(figures: list[Figure], moment: Moment) -> None:
    """Once placed: the one fed or guarded faced by the doer (and facing it back, to be fed), the doer's
    hand held out to the one fed."""
    if moment.acts_on not in ("feed", "guard", "carry", "catch") or len(figures) < 2:
        return
    doer, other = figures[0], _the_other(figures, moment)
    if other is None or other is doer:
        return
    if moment.acts_on == "carry" or (moment.acts_on == "catch" and _small(other, doer)):
        _lift(doer, other)  # a hen caught is picked up; a person seized is held (touching.py)
        return
    if moment.acts_on == "catch":
        return
    if other.character_id.startswith("thing.") and other.x0 < doer.x0:  # its picture faces left: to the right
        doer.x0, doer.x1, other.x0, other.x1 = other.x0, other.x1, doer.x0, doer.x1
    side = 1 if other.x0 > doer.x0 else -1
    doer.facing = side
    if moment.acts_on == "feed":
        other.facing = -side
        if doer.rig is not None:
            doer.gives_to = other


def _the_other(figures: list[Figure], moment: Moment) -> Figure | None:
    if moment.acted_on is not None:
        return next((f for f in figures if f.character_id == moment.acted_on), None)
    prop = other_animal(moment)
    key = prop.key if prop is not None else ""
    return next((f for f in figures[1:] if f.animal_key == key), None)


def _lift(doer: Figure, other: Figure) -> None:
    """One of the cast carried ("Tom carried Anna across the stream", "carried Rex home"): up in the doer's
    arms, before their chest, going where they go; a person lying across the arms, an animal held up."""
    if doer.rig is None:
        return
    tall = body.figure_height_units() * doer.rig.unit
    before = doer.facing * (0.12 if other.rig is not None else 0.18) * tall
    other.x0, other.x1 = doer.x0 + before, doer.x1 + before
    other.feet = doer.feet - (CARRIED_AT if other.rig is not None else ANIMAL_AT) * tall
    if other.animal is not None:  # a big one lower, its back under the doer's chin
        other.feet = max(other.feet, doer.feet - CHIN * tall + other.animal.size[1])
    other.facing = doer.facing
    other.verb = "lie" if other.rig is not None else "stand"
    other.aloft = True  # no shadow of its own: it is off the ground
    doer.verb = "hug"  # both arms round what it holds, not held out (a take) nor at its sides (a carry)


def _small(animal: Figure, doer: Figure) -> bool:
    """An animal small enough to be picked up by the one who catches it (a hen, a rabbit; not a horse)."""
    if animal.rig is not None or animal.animal is None or doer.rig is None:
        return False
    return animal.animal.size[1] <= PICKED_UP * body.figure_height_units() * doer.rig.unit
