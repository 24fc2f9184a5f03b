"""The beings of tales that are not people: in English, every noun WordNet 3.0 files first as an animal
the painter has no picture of, with the drawable animal nearest it in the tree (a warthog: the pig, a
clam: the oyster, a ferret: the otter), and the nouns for the small folk (an elf, a gnome, a goblin) and
the winged spirits (an angel, a seraph), from `data/creature_nouns_en.json` (bench/build_creature_nouns.py,
WordNet's licence beside it). And the sky things a tale makes speak (the Sun, the Moon, the North Wind),
drawn as their picture with a face.

The animal words only make a mention an animal's (beings.animal_words); the small folk and the angels are
someone (person nouns), drawn as people of their own build (animation/creatures.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from filmstudio.storyboard import Character

# the sky things a tale personifies -> the key of their picture with a face (animation/creatures.py)
SKY_BEINGS = {"sun": "sun_face", "moon": "moon_face", "wind": "wind_face", "breeze": "wind_face"}
# words that may stand before a sky thing's name in it ("the North Wind", "Mister Sun", "old Moon")
_SKY_TITLES = {"north", "south", "east", "west", "old", "mister", "mr", "mrs", "lady", "sister", "brother", "the"}


@lru_cache(maxsize=1)
def _data() -> dict[str, object]:
    path = resources.files("filmstudio.script") / "data" / "creature_nouns_en.json"
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def wordnet_animal_nouns(language: str) -> dict[str, str]:
    """Animal nouns the painter has no picture of -> the drawable animal nearest them (English alone)."""
    animals = _data()["animals"] if language == "en" else {}
    assert isinstance(animals, dict)
    return animals


def small_folk(language: str = "en") -> frozenset[str]:
    """Nouns for the small folk of tales: elves, gnomes, goblins, fairies, dwarfs."""
    return frozenset(_listed("small_folk")) if language == "en" else frozenset()


def winged(language: str = "en") -> frozenset[str]:
    """Nouns for the winged spirits: angels, archangels, seraphs."""
    return frozenset(_listed("winged")) if language == "en" else frozenset()


def _listed(section: str) -> list[str]:
    words = _data()[section]
    assert isinstance(words, list)
    return [w for w in words if w.islower()]  # "michael", "gabriel": names, not kinds


def creature_person_nouns(language: str) -> dict[str, tuple[str, str]]:
    """The small folk and the angels as person nouns (no gender or age of their own)."""
    return {word: ("", "") for word in (*small_folk(language), *winged(language))}


def kind_of(name: str, language: str = "en") -> str | None:
    """What a character named `name` ("the first gnome", "Angel", "Old Elf") is: "small", "winged", or None."""
    words = [_singular(w) for w in re.findall(r"[^\W\d_]+", name.lower())]
    if any(w in small_folk(language) for w in words):
        return "small"
    if any(w in winged(language) for w in words):
        return "winged"
    return None


def sky_being(name: str, text: str = "", language: str = "en") -> str | None:
    """The picture of the sky thing a character's name makes it ("The North Wind" -> the wind's face):
    its last word a sky thing, every word before it a title or a direction; or a name of titles alone
    that the text goes on with a sky thing's name ("North", read off "the North Wind")."""
    if language != "en":
        return None
    words = re.findall(r"[^\W\d_]+", name.lower())
    if not words or any(w not in _SKY_TITLES for w in words[:-1]):
        return None
    if words[-1] in SKY_BEINGS:
        return SKY_BEINGS[words[-1]]
    if words[-1] in _SKY_TITLES:
        said = re.search(rf"\b{re.escape(name)}\s+({'|'.join(SKY_BEINGS)})\b", text, re.IGNORECASE)
        return SKY_BEINGS[said.group(1).lower()] if said else None
    return None


def _singular(word: str) -> str:
    if word.endswith("ves"):
        return word[:-3] + "f"  # elves
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def sky_beings_drawn(characters: Iterable[Character], text: str, language: str) -> None:
    """A character the text names as a sky thing ("the Sun", "the North Wind") is drawn as that thing's
    picture with a face, acting and speaking as an animal of the cast does."""
    for character in characters:
        key = None if character.id == "narrator" or character.animal else sky_being(character.name, text, language)
        if key is not None:
            character.animal, character.on_screen = key, False
