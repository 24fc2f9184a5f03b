"""The reading's hand-made words, one data file per language (`data/words/<language>.json`): what each
setting, drawable thing, time of day, weather and mood is called there, the animals CLDR leaves
unnamed, and the role words that tell a person's gender and age. Each section maps a key of a Python
table (places.PLACES, things_table, moments) to its words; "roles" maps the traits its words give
("female child", "male", "elderly"; "person" for neither) to them. What does not depend on the
language (a key's order, emoji, kind, interior) stays in those tables."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

SECTIONS = ("places", "things", "animals", "times", "weathers", "moods", "cues")
GENDERS = ("female", "male")
AGES = ("child", "young_adult", "middle_aged", "elderly")
_NEITHER = "person"  # a role word that tells neither gender nor age ("baker")


@dataclass(frozen=True)
class WordData:
    places: dict[str, tuple[str, ...]]
    things: dict[str, tuple[str, ...]]
    animals: dict[str, tuple[str, ...]]  # names of drawable animals CLDR lacks in the language
    times: dict[str, tuple[str, ...]]
    weathers: dict[str, tuple[str, ...]]
    moods: dict[str, tuple[str, ...]]
    cues: dict[str, tuple[str, ...]]  # setting -> words of who and what is found there ("king": palace)
    roles: dict[str, tuple[str, str]]  # word -> (gender or "", age or "")

    def count(self) -> int:
        """How many words the language's file gives."""
        return sum(len(words) for section in SECTIONS for words in getattr(self, section).values()) + len(self.roles)


def _folder() -> Traversable:
    return resources.files("filmstudio.script") / "data" / "words"


def languages() -> list[str]:
    """The languages that have a data file."""
    return sorted(p.name.removesuffix(".json") for p in _folder().iterdir() if p.name.endswith(".json"))


def traits(key: str) -> tuple[str, str]:
    """'female child' -> ("female", "child"); 'person' -> ("", ""). A misspelt trait raises."""
    parts = [] if key == _NEITHER else key.split()
    gender = parts.pop(0) if parts and parts[0] in GENDERS else ""
    age = parts.pop(0) if parts and parts[0] in AGES else ""
    if parts or not (gender or age or key == _NEITHER):
        raise ValueError(f"not a role's traits: {key!r}")
    return gender, age


@lru_cache(maxsize=128)  # read once per language (bounded: a language code may come from a request)
def word_data(language: str) -> WordData:
    """The language's words; empty where it has no file (CLDR's names alone then)."""
    path = _folder() / f"{language}.json"
    known = language.replace("-", "").isalnum() and path.is_file()  # a code, never a path
    data = json.loads(path.read_text(encoding="utf-8")) if known else {}
    tables = {s: {k: tuple(v) for k, v in data.get(s, {}).items()} for s in SECTIONS}
    roles = {word: traits(key) for key, words in data.get("roles", {}).items() for word in words}
    return WordData(**tables, roles=roles)
