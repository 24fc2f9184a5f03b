"""A ride always has something under the rider. A sentence that rides without naming a mount we know
("rode his charger across the meadow", "rode along the river", "cabalgó hasta el pueblo") rides what it rode
before, or else a horse: the riding pose is never drawn over bare ground."""

from __future__ import annotations

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.key_things import BESIDE, SEATED_IN
from filmstudio.script.moves import VEHICLE_SETTING
from filmstudio.storyboard import Moment, Prop

DEFAULT_MOUNT = "horse"  # what "ride" means where the words name nothing we draw
_CARRIES = ("ridden", "boat")  # a prop that already bears the rider


def with_a_mount(moment: Moment, text: str, language: str, own: dict[str, str]) -> list[Prop]:
    """The moment's props, with the mount a ride implies where it has none. `own` is what its rider
    rode or rowed before (role -> key): "she rode on" rides the same donkey."""
    props = list(moment.props)
    if moment.verb != "ride" or not moment.who or any(p.role in _CARRIES for p in props):
        return props
    vehicles = SEATED_IN | BESIDE | set(VEHICLE_SETTING)
    if any(m.key in vehicles for m in vocabulary.things(language).find(text)):
        return props  # a car, a train, a bus: read as one (script/key_things.py, script/moves.py)
    mount = own.get("ridden") or DEFAULT_MOUNT
    return [*props, Prop(key=mount, role="ridden", holder=moment.who[0])]
