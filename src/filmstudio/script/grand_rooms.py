"""The rooms of a grand building drawn as such. A palace's, a castle's or a manor's hall, dining room or
bedroom is named with the same words as a cottage's ("the hall", "the dining room", "her chamber"), and those
words choose the living room or the bedroom of a house: a sofa under a floor lamp for a king's feast. A room of a
grand building takes the grand variant of the room instead: the sitting room, the hall and the dining room
become the great hall (columns, tall windows, a long table), the bedroom the bedchamber (a canopy bed). The
building is the one the scene names, or where the story's people live (`home`: a king and queen live in a
palace, script/scenes.story_home).

The class is the pair (room of a house, grand building): the table below holds the rooms, places.py the
buildings' words in every language (castle, Schloss, château, замок, महल … are palaces; manor, Herrenhaus,
manoir are mansions)."""

from __future__ import annotations

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.named_things import names_no_things

# the buildings whose rooms are grand
GRAND_BUILDINGS = frozenset({"palace", "mansion"})
# a room of a house -> the room it is in a grand building
GRAND_VARIANT = {"living_room": "great_hall", "bedroom": "bedchamber"}
# the rooms only a grand building has: the building named holds them ("the ballroom of the manor")
GRAND_ROOMS = frozenset({"great_hall", "ballroom", "bedchamber", "throne_room"})
# dwellings that are no grand building: named in the scene, the room is theirs ("her cottage's bedroom")
_HUMBLE = frozenset({"cabin", "haunted_house", "mill", "farm", "village", "stable", "trailer", "tool_shed"})


def grand_variant(room: str, home: str | None, text: str, language: str) -> str:
    """The room as drawn: its grand variant where the scene names a grand building (and no humble dwelling),
    or names no building and the story's people live in one; else the room itself."""
    if room not in GRAND_VARIANT:
        return room
    # a building's word inside a name is no building there ("the Palace Hotel", "Castle Street")
    named = {m.key for m in names_no_things(vocabulary.places(language).find(text), text, language)}
    if named & _HUMBLE:
        return room
    if named & GRAND_BUILDINGS or home in GRAND_BUILDINGS:
        return GRAND_VARIANT[room]
    return room


def building_of(setting: str, home: str | None) -> str | None:
    """Where the rooms of a scene set in `setting` belong, for the next part of it: a grand room is the
    palace's (a mansion's where the story's home is one)."""
    if setting in GRAND_ROOMS:
        return home if home in GRAND_BUILDINGS else "palace"
    return None


def grand_home(setting: str, home: str | None) -> str | None:
    """The grand building a scene's rooms belong to: the scene's own (a palace, or the building of its grand
    room), else where its people live (`home`, scenes.story_home: "Queen Mira lived in a palace by the sea");
    None where that is no grand building."""
    if setting in GRAND_BUILDINGS:
        return setting
    home = building_of(setting, None) or home
    return home if home in GRAND_BUILDINGS else None
