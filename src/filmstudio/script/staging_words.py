"""The words staging reads with, one data file per language (`data/staging/<language>.json`): verb
classes, feelings, groups of people and, where a language says them, its subject pronouns (for people, and
for things: "it" is no one)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Words:
    verbs: dict[str, tuple[str, ...]]
    expressions: dict[str, tuple[str, ...]]
    groups: dict[str, tuple[str, ...]]
    pronouns: frozenset[str] = frozenset()  # personal pronouns, in languages that say them
    thing_pronouns: frozenset[str] = frozenset()  # "it": a verb after it is a thing's doing


@lru_cache(maxsize=64)
def words_of(language: str) -> Words:
    """The language's staging words, or English's where it has none."""
    base = resources.files("filmstudio.script") / "data" / "staging"
    path = base / f"{language}.json"
    if not path.is_file():
        path = base / "en.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    verbs, expressions, groups = (
        {k: tuple(w.lower() for w in v) for k, v in data.get(part, {}).items()}
        for part in ("verbs", "expressions", "groups")
    )
    return Words(
        verbs,
        expressions,
        groups,
        frozenset(w.lower() for w in data.get("pronouns", [])),
        frozenset(w.lower() for w in data.get("thing_pronouns", [])),
    )
