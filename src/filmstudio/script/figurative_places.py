"""A place word that names no place in its phrase: a house that is a dynasty ("the House of York", "la maison
de Bourbon", "das Haus Habsburg"), a road to what is no place ("on the road to ruin", "le chemin vers la
gloire", "el camino hacia el éxito"). Read by scenes.describe_scene on the places a scene names: a place named only so is
not where the scene is."""

from __future__ import annotations

import re

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.lexicon import Match

# the words a house of a family follows ("House of York"), and those a way to somewhere takes
_OF = {"en": r"of", "fr": r"de|des|du", "es": r"de|del", "it": r"di|dei|degli", "pt": r"de|do|da|dos", "de": r""}
_TO = {
    "en": r"to|towards",
    "fr": r"vers\s+la|vers\s+le",
    "es": r"hacia\s+el|hacia\s+la",
    "it": r"verso\s+il|verso\s+la",
    "pt": r"para\s+o|para\s+a",
    "de": r"zum|zur",
}
_HOUSE_KEYS = {"living_room"}  # a house of a family; "el castillo de Olmedo" is a castle
_WAY_KEYS = {"road", "city"}  # "road" is a word of both


def figurative_only(place: Match, cased: str, language: str) -> bool:
    """Whether every naming of a place is a dynasty's house or a way to no place."""
    low = cased.lower()
    roads = {w for w, keys in vocabulary.places(language).names().items() if "road" in keys}
    hits = [(h.end(), w in roads) for w in place.words for h in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", low)]
    return bool(hits) and all(_figurative_at(place.key, cased, end, road, language) for end, road in hits)


def _figurative_at(key: str, cased: str, end: int, road: bool, language: str) -> bool:
    after = cased[end : end + 40]
    if key in _HOUSE_KEYS and language in _OF:
        # a family's name after it, capitalised: "the House of York", "das Haus Habsburg"
        joiner = rf"\s+(?:{_OF[language]})\s+" if _OF[language] else r"\s+"
        if re.match(rf"{joiner}(?:the\s+)?[A-ZÀ-Ý][\w-]+", after):
            return True
    if key in _WAY_KEYS and road and language in _TO:
        hit = re.match(rf"\s+(?:{_TO[language]})\s*(?:the\s+|la\s+|le\s+|el\s+|il\s+)?([^\W\d_]+)", after, re.I)
        if hit and hit.group(1)[:1].islower():
            word = hit.group(1)
            # a way to a word that names no place, thing or person we know: ruin, glory, success
            named = vocabulary.places(language).find(word) or vocabulary.things(language).find(word)
            return not named and not vocabulary.cues(language).find(word)
    return False
