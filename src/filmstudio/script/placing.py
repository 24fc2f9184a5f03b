"""Putting a thing somewhere: one who puts, sets, lays, hangs, pours, drops, piles, scatters or buries a thing
("put the bread on the table", "puso el pan sobre la mesa", "legte das Brot auf den Tisch") is acted (the
"place" class: bending, a hand reaching to the spot, animation/body.py), and what they put is drawn where
they put it, set down beside them or on the surface named (script/staging.py's "near" things), a pile where
piled or stacked, a scatter where scattered. One who hides a thing ("hid the key under a stone") puts it
somewhere too; one who searches for a thing does not hold it yet.

A verb of putting that puts nothing ("put on her hat", "se puso triste", "dropped to her knees") is no
placing: the sentence's other verb is acted, or none. The words are the staging data's ("place" among the
verbs; the "placing" section: piling, scattering, and the words that are no thing put, "herself", "sich"), so
this holds in every language that lists them."""

from __future__ import annotations

import re

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.staging_data import staging_section
from filmstudio.storyboard import Moment

_PILE = 4  # things piled or scattered, drawn so where the sentence does not count them
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def settle(moment: Moment, verbs: list[tuple[int, str, str]], language: str) -> None:
    """Make a moment of putting a thing somewhere a placing: the thing put at its place, not in the hand (and
    a thing searched for out of the hand)."""
    if not moment.who or not moment.verb_words:
        return
    if moment.verb == "search":  # "searched for the key": what is sought is not yet in the hand
        moment.props = [p for p in moment.props if p.role != "held"]
    if moment.verb not in ("place", "hide"):
        return
    text, word = moment.text, moment.verb_words[0]
    verb_at = next((v[0] for v in verbs if v[2] == word), text.lower().find(word.lower()))
    after = verb_at + len(word)
    prepositions = {w for ws in staging_section(language, "place_prepositions").values() for w in ws}
    following = list(_WORD.finditer(text, after))
    spot = next((k for k, m in enumerate(following) if m.group().lower() in prepositions), None)
    object_end = following[spot].start() if spot is not None else len(text)
    put = [p for p in moment.props if _named_in(p.words, text, after, object_end)]
    if moment.verb == "hide":  # "hid the key under a stone": the key is put there; "hid under the hay": hiding
        if not put:
            return
        moment.verb = "place"
    put += [p for p in moment.props if p.role in ("held", "carried") and p not in put]
    section = staging_section(language, "placing")
    # "put on her hat", "stellte sich vor das Haus": nothing, or only oneself, between the verb and the spot
    between = {m.group().lower() for m in following[: spot or 0]}
    nothing_before_the_spot = spot is None or between <= set(section.get("nothing", []))
    if not put and nothing_before_the_spot:  # "se puso triste": nothing put anywhere
        others = [v for v in verbs if v[1] not in ("place", "hide")]
        moment.verb, moment.verb_words = (others[0][1], [others[0][2]]) if others else ("stand", [])
        return
    forms = {word.lower(), lemma_of(word.lower(), language)}
    piled = bool(forms & set(section.get("piled", [])))
    scattered = bool(forms & set(section.get("scattered", [])))
    doer = moment.who[0]
    for k, prop in enumerate(moment.props):
        if prop not in put:
            continue
        update: dict[str, object] = {"role": "near", "holder": doer}
        if piled or scattered:
            update |= {"count": max(prop.count or 0, _PILE), "stacked": piled}
        moment.props[k] = prop.model_copy(update=update)
    # "drops his bag by the door and sits on a stool": the thing is set down, the posture after it is seen
    posture = next((v for v in verbs if v[0] > verb_at and v[1] in _POSTURES), None)
    if posture is not None:
        moment.verb, moment.verb_words = posture[1], [posture[2]]


_POSTURES = ("sit", "lie", "sleep", "kneel")


def _named_in(words: list[str], text: str, start: int, end: int) -> bool:
    """Whether one of a thing's words is written between two places of the text."""
    low = text.lower()
    return any(start <= low.find(w.lower(), start) < end for w in words if w)
