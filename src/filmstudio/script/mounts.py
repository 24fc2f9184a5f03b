"""A ride always has something under the rider. A sentence that rides without naming a mount we know
("rode his charger across the meadow", "rode along the river", "cabalgó hasta el pueblo") rides what it rode
before, or else a horse: the riding pose is never drawn over bare ground. One that drives, nothing named
("they drove along the road", "sie fuhren in die Stadt", "condujo hasta el pueblo"), sits in a car."""

from __future__ import annotations

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.key_things import BESIDE, SEATED_IN
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.moves import VEHICLE_SETTING
from filmstudio.storyboard import Moment, Prop

DEFAULT_MOUNT = "horse"  # what "ride" means where the words name nothing we draw
DEFAULT_VEHICLE = "car"  # what "drive" means where the words name nothing we draw
# the verbs of driving a vehicle, by lemma: a closed class per language
_DRIVING = {"en": {"drive"}, "de": {"fahren"}, "es": {"conducir", "manejar"}, "fr": {"conduire"}, "it": {"guidare"}}
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
    driving = {lemma_of(w.split()[0], language) for w in moment.verb_words if w.strip()} & _DRIVING.get(language, set())
    mount = own.get("ridden") or (DEFAULT_VEHICLE if driving else DEFAULT_MOUNT)
    return [*props, Prop(key=mount, role="ridden", holder=moment.who[0])]
