"""A pet name made of an animal's word names that animal: the name joined by a hyphen to the animal's word
("the Bunny-Rabbit", "a Goosey-goose"), or, in English, the word with the nursery ending -y, -ie or -ey
("Piggy", "Froggy", "Birdie", "Moley"). Such a character is drawn as the animal and acts as itself."""

from __future__ import annotations

import re

# English forms a pet name from a noun with -y / -ie / -ey, doubling a short word's last consonant
_NURSERY_ENDINGS = ("ie", "ey", "y")
_LEAST_BASE = 3  # "Bobby" is no "bob", "Tommy" no tom: a base of three letters at least that is an animal


def pet_name_animal(name: str, text: str, animals: dict[str, str], language: str) -> str | None:
    """The animal a one-word name is a pet name of, or None. `animals`: the language's animal words -> key."""
    words = name.split()
    if len(words) != 1 or not text:
        return None
    low = words[0].lower()
    for m in re.finditer(
        rf"(?<![\w-]){re.escape(words[0])}-([^\W\d_]+)|([^\W\d_]+)-{re.escape(words[0])}(?![\w-])", text, re.I
    ):
        joined = (m.group(1) or m.group(2)).lower()
        if joined in animals:
            return animals[joined]
    if language == "en":
        return _nursery_base(low, animals)
    return None


def _nursery_base(word: str, animals: dict[str, str]) -> str | None:
    for ending in _NURSERY_ENDINGS:
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        undoubled = base[:-1] if len(base) > 3 and base[-1] == base[-2] else ""
        # the -e a word lost comes back only before -ey and -ie ("Moley", "Horsey"): "Mary" is no mare
        lost_e = base + "e" if ending != "y" else ""
        for candidate in (base, undoubled, lost_e):
            if len(candidate) >= _LEAST_BASE and candidate in animals:
                return animals[candidate]
        return None
    return None
