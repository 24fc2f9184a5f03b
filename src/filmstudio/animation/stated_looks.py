"""What the text says of how a character looks (Character.stated, read by script/appearance.py) laid over
the look chosen or edited for them: the cloak it names, in its colour; white hair; a beard; a tall or a
fat body; glasses; bare feet; rags. Applying it twice gives the same look (the rig applies it again)."""

from __future__ import annotations

import re

from pydantic import ValidationError

from filmstudio.animation.palette import mix, rgb
from filmstudio.storyboard import Character, Look

RAG_GREY = (128, 112, 92)  # rags are faded towards a dusty brown


def with_stated(look: Look, character: Character) -> Look:
    """`look` with every field the text states of `character`; a child is not made taller or shorter
    (a child is drawn small already), and rags fade the clothes' colours once."""
    stated = {k: v for k, v in character.stated.items() if k in Look.model_fields}
    if character.age == "child":
        stated.pop("height", None)
    if not stated:
        return look
    if stated.get("ragged") and not look.ragged:
        for field in ("attire_color", "outer_color"):
            colour = str(stated.get(field, getattr(look, field)))
            stated[field] = _hex(mix(rgb(colour), RAG_GREY, 0.45))
    try:
        return Look.model_validate({**look.model_dump(), **stated})
    except ValidationError:  # an edited storyboard's stray value: the look as it was
        return look


def stated_over_age(look: Look, character: Character) -> Look:
    """A grown-up's hair in the colour the text gives it, whatever their age would draw ("a young man
    with white hair"); a child's is a child's."""
    colour = character.stated.get("hair_color")
    if character.age == "child" or not isinstance(colour, str) or colour == look.hair_color:
        return look
    try:
        return Look.model_validate({**look.model_dump(), "hair_color": colour})
    except ValidationError:
        return look


def _hex(colour: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, int(c))) for c in colour))


# what taking a thing off clears from the look
_CLEARED: dict[str, object] = {"outer": "", "hat": "", "scarf_color": None, "glasses": False}


def dressed_for(character: Character, scene_id: str) -> Character:
    """The character as drawn in the scene `scene_id`: without what the text has them take off in an
    earlier scene ("she took off her cloak"), nor what it has them put on in a later one ("she put on a
    red cloak"): the look is the film's, changed only where the text changes it. Scenes are in the order
    of their numbers ("s3" after "s2"), as staging numbers them; a scene of one scene's film (a segment's
    board) is still so named."""
    here = _number(scene_id)
    off = [f for f, sid in character.taken_off.items() if f in _CLEARED and _number(sid) < here]
    off += [f for f, sid in character.put_on.items() if f in _CLEARED and _number(sid) > here and f not in off]
    if not off or character.look is None:
        return character
    look = character.look.model_copy(update={f: _CLEARED[f] for f in off})
    stated = {k: v for k, v in character.stated.items() if k not in off}
    return character.model_copy(update={"look": look, "stated": stated})


def _number(scene_id: str) -> float:
    found = re.match(r"s(\d+)", scene_id)
    return float(found.group(1)) if found else float("inf")
