"""Where the staging plan puts people and things, checked against the place they are in: no bed, door or
window stands on a lawn (furniture of a house is drawn only indoors: here for what the people act with,
in engines/image/things.py for what the picture shows), nobody stands on the open sea or a pond (those on
foot are on its shore), and a group the story counted ("the five sisters") keeps its number each time it
is named again ("the sisters")."""

from __future__ import annotations

import re

from filmstudio.script.places import INTERIOR_SETTINGS
from filmstudio.storyboard import Extra, Moment, Scene, Storyboard

# things that belong inside a house: drawn standing on a lawn or a road they look absurd
INDOOR_ONLY = {
    "bed",
    "couch",
    "door",
    "window",
    "mirror",
    "painting",
    "toilet",
    "shower",
    "bathtub",
    "television",
    "desktop_computer",
    "printer",
}
# settings whose foreground is water, and the shore those on foot stand on instead
SHORES = {"sea": "beach", "pond": "river"}
_AFLOAT_VERBS = {"swim", "row"}
_RESTING = {"lie", "sleep"}  # verbs done on a bed
_BEDS = {"bed", "couch"}


def place_people_and_things(board: Storyboard) -> None:
    for scene in board.scenes:
        _no_furniture_outdoors(scene)
        _on_the_shore(scene, {c.id for c in board.characters if c.drawn})
    _counted_groups_kept(board)


def _indoors(scene: Scene) -> bool:
    return scene.interior or scene.setting in INTERIOR_SETTINGS


def _no_furniture_outdoors(scene: Scene) -> None:
    """Outdoors nobody acts with furniture of a house: a bed named there is talked of, or sat on as the
    ground; a door opened there is the door of a house the picture shows, not one set down on the grass."""
    if _indoors(scene):
        return
    for moment in scene.moments:
        for prop in moment.props:
            if prop.role == "seat" and prop.key in INDOOR_ONLY:
                prop.key = "ground"
        # but the bed or the mattresses one lies or sleeps on are what the sentence turns on, wherever it is
        rests = moment.verb in _RESTING
        moment.props = [
            p
            for p in moment.props
            if not (p.role == "near" and p.key in INDOOR_ONLY and not (rests and p.key in _BEDS))
        ]


def _afloat(moment: Moment) -> bool:
    return (
        moment.verb in _AFLOAT_VERBS
        or any(v in _AFLOAT_VERBS for v in moment.acts.values())
        or any(p.role == "boat" for p in moment.props)
        or any(e.verb in _AFLOAT_VERBS for e in moment.extras)
    )


def _on_the_shore(scene: Scene, drawn: set[str]) -> None:
    """A scene on the open water where people are on foot and nobody swims or rows is set on its shore."""
    shore = SHORES.get(scene.setting)
    if shore is None or any(_afloat(m) for m in scene.moments):
        return
    on_foot = any(c in drawn for c in scene.people) or any(
        any(c in drawn for c in m.who) or any(e.animal is None for e in m.extras) for m in scene.moments
    )
    if on_foot:
        scene.setting = shore


def _counted_groups_kept(board: Storyboard) -> None:
    """A group counted once ("three hunters", "seven kids") is as many each time it is named again ("the
    hunters hid"); a counted herd is drawn where a later sentence names it by its word alone ("the pigs ran")."""
    counted: dict[str, Extra] = {}
    for moment in (m for s in board.scenes for m in s.moments):
        for extra in moment.extras:
            word = (extra.words or [""])[0].lower()
            if extra.count is not None:
                counted[word] = extra
            elif word in counted and counted[word].kind == extra.kind and counted[word].animal == extra.animal:
                extra.count = counted[word].count
        named = {(e.words or [""])[0].lower() for e in moment.extras}
        for word, group in counted.items():  # a herd is no one of the cast: its word alone brings it on
            if (
                group.animal is not None
                and word not in named
                and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", moment.text, re.I)
            ):
                verb = moment.verb if not moment.who else "stand"
                moment.extras.append(group.model_copy(update={"verb": verb, "words": [word]}))
