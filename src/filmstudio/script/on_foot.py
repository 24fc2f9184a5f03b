"""A verb of going with someone going ("travelled from town to town", "set off at dawn", "went back to his
hut", "journeyed for three days", "machten sich auf", "partirent") is their going on foot: the moment is a
walk, drawn crossing the frame as "walked" is. The going stays a going where the sentence rides or sails
(a vehicle or a mount ridden, "went by train", "went to town in his car") and for a winged animal, whose
going is flying (animation/staged.py)."""

from __future__ import annotations

from filmstudio.animation.creature_acting import WINGED
from filmstudio.script.moves import ridden
from filmstudio.storyboard import Character, Moment

# the verb classes that only say someone goes: how is the walk (script/data/staging/*.json "go")
_GOING = frozenset({"go"})
# the props a going takes its people in or on: riding or rowing, not walking
_CARRIED_IN = frozenset({"ridden", "boat", "seat"})


def settle(moment: Moment, characters: list[Character], language: str) -> None:
    """A going whose subject goes on its own feet becomes a walk (the verb's words kept)."""
    if moment.verb not in _GOING or not moment.who:
        return
    if any(p.role in _CARRIED_IN for p in moment.props) or ridden(moment.text, language, moment.verb) is not None:
        return
    animals = {c.id: c.animal for c in characters if c.animal}
    if any(animals.get(cid) in WINGED for cid in moment.who):
        return
    moment.verb = "walk"
