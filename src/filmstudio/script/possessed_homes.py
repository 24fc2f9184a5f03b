"""Words for a great house or a farmstead that, owned, are someone's home: "son logis" in French is
his town mansion (no hotel), "auf seinem Hof" his farmstead (no court, no courtyard). Said with a
possessive before them they name the owner's house; without one they keep whatever else they name."""

from __future__ import annotations

import re

POSSESSED_HOMES = {
    "fr": frozenset(["hôtel", "hôtels", "logis"]),
    "de": frozenset(["hof", "gehöft", "anwesen"]),
}
_POSSESSIVE_BEFORE = {
    "fr": re.compile(r"(?:^|\W)(?:son|sa|ses|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|leur|leurs)\s+(?:\w+\s+)?$"),
    "de": re.compile(r"(?:^|\W)(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|em|en|er|es)?\s+(?:\w+\s+)?$"),
}


def a_home_word(name: str, language: str) -> bool:
    return name in POSSESSED_HOMES.get(language, ())


def possessed_here(low: str, at: int, language: str) -> bool:
    """A possessive determiner, perhaps with one adjective after it, stands right before the word at `at`
    ("son vieux logis", "seinem alten Hof")."""
    pattern = _POSSESSIVE_BEFORE.get(language)
    return pattern is not None and pattern.search(low[max(0, at - 30) : at]) is not None
