"""What the people of a play point at: things named in dialogue after a demonstrative ("this door", "esa
torre", "deste monte", "cette porte", "diese Tür") are in view, though no stage direction names them."""

from __future__ import annotations

import re

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.lexicon import Match

DEMONSTRATIVES = {
    "en": "this that these those yonder",
    "es": "este esta estos estas ese esa esos esas aquel aquella aquellos aquellas deste desta destos destas "
    "dese desa aqueste aquesta",
    "fr": "ce cet cette ces",
    "de": "dieser diese dieses diesem diesen jener jene jenes jenem jenen",
    "it": "questo questa questi queste quel quello quella quei quegli quelle codesto codesta",
    "pt": "este esta estes estas esse essa esses essas aquele aquela aqueles aquelas deste desta nesse nessa "
    "neste nesta",
    "ru": "этот эта это эти тот та те этого этой этом тем",
}


def pointed_things(texts: list[str], language: str) -> list[Match]:
    """The things dialogue points at: a demonstrative, at most one word between, then the thing."""
    pointing = set(DEMONSTRATIVES.get(language, "").split())
    if not pointing:
        return []
    found: list[Match] = []
    for text in texts:
        for match in vocabulary.things(language).find(text):
            before = re.findall(r"[^\W\d_]+", text[max(0, match.position - 40) : match.position].lower())
            if any(word in pointing for word in before[-2:]):
                found.append(match)
    return found
