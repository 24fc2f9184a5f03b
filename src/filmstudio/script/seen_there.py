"""What one hears, or sees where it is, is over there, not in the hand: "Tom heard the bell", "Mara saw a
lantern in the window", "vio una linterna en la ventana" draw the bell and the lantern set by them, the
one who hears or sees empty-handed. A thing looked at that the sentence puts nowhere ("looked at the
letter") may be in the hand, as the reading had it. The words of place are the staging data's
("place_prepositions"), so this holds in every language that lists them."""

from __future__ import annotations

import re

from filmstudio.script.staging_data import staging_section
from filmstudio.storyboard import Moment

_WORD = re.compile(r"[^\W\d_][\w'-]*")
_AFTER = 2  # words after the thing: "a lantern in the window", "la lanterne là-haut sur le mur"


def settle(moment: Moment, language: str) -> None:
    """Set down what the moment's doer only hears, or sees at a place the sentence names."""
    if moment.verb not in ("listen", "look"):
        return
    places = {w for ws in staging_section(language, "place_prepositions").values() for w in ws}
    low = moment.text.lower()
    for k, prop in enumerate(moment.props):
        if prop.role != "held":
            continue
        if moment.verb == "look" and not any(_placed_after(low, w.lower(), places) for w in prop.words):
            continue
        moment.props[k] = prop.model_copy(update={"role": "near"})


def _placed_after(low: str, word: str, places: set[str]) -> bool:
    at = low.find(word) if word else -1
    if at < 0:
        return False
    following = [m.group() for m in _WORD.finditer(low, at + len(word))][:_AFTER]
    return any(w in places for w in following)
