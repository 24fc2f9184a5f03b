"""Work with the hands done low or seated: one who peels, plants, sews, kneads or scrubs a thing is acted
(the "work" class: the thing held before the body, both forearms working), and where the sentence also puts
them down ("scrubbed the step on her hands and knees", "knelt to plant the beans", "bent over the bed,
weeding", "sat peeling potatoes", "s'agenouilla pour planter", "se sentó a pelar") they do it kneeling or
seated: the verb is the work and `Moment.postures` says how the body is (animation/staged.py draws the two
together). The posture is a verb class of the sentence beside the work, so it holds for any word of either
class in any language whose staging data lists it."""

from __future__ import annotations

from filmstudio.script.vocabulary import THINGS
from filmstudio.storyboard import Moment

# things worked on that nobody holds in the hands: a vehicle washed or painted is worked on where it stands
_WORKED_WHERE_THEY_STAND = {"vehicle"}
# a posture beside handwork: kneeling or bending low, and sitting (on a seat or on the ground)
_LOW = {"kneel": "kneel", "sit": "sit"}


def settle(moment: Moment, verbs: list[tuple[int, str, str]]) -> None:
    """Where a moment's work with the hands comes with a posture in its sentence, the doer works so: a
    sentence read as the posture alone ("scrubbed the step on her hands and knees", the work's subject unsaid)
    is the work too. A thing worked on that nobody holds ("washed the car") stands beside them."""
    if not moment.who:
        return
    work = next((v for v in verbs if v[1] == "work"), None)
    low = ""
    if moment.verb in _LOW and work is not None:
        low = _LOW[moment.verb]
        moment.verb, moment.verb_words = "work", [work[2]]
    elif moment.verb == "work":
        low = next((_LOW[v[1]] for v in verbs if v[1] in _LOW), "")
    if moment.verb != "work":
        return
    if low:
        moment.postures = {**moment.postures, moment.who[0]: low}
    moment.props = [
        p.model_copy(update={"role": "near"})
        if p.role == "held" and THINGS.get(p.key, ("",))[0] in _WORKED_WHERE_THEY_STAND
        else p
        for p in moment.props
    ]
