"""The lexicons scene analysis reads with, one set per language: settings, things, times of day,
weathers and moods. Each merges our own words with the CLDR names of its pictured symbols."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from filmstudio.script.lexicon import Lexicon, cldr_annotations
from filmstudio.script.moments import MOODS, TIMES, WEATHERS
from filmstudio.script.places import PLACES
from filmstudio.script.things_table import parse_table

THINGS = {key: (kind, emoji, extra) for key, kind, emoji, extra in parse_table()}
# CLDR keywords shared by more pictures than this are too general to name a thing ("animal", "food")
_MAX_SHARED = 5


def _plain(emoji: str) -> str:
    return emoji.replace("\ufe0f", "")


def _symbol_names(language: str, emoji_by_key: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
    """For each key, the CLDR names of its symbols in a language, and those keywords that name only
    symbols of the same key (or of few symbols at all)."""
    notes = cldr_annotations(language)
    owner = {_plain(e): key for key, emoji in emoji_by_key.items() for e in emoji}
    shared: Counter[str] = Counter()
    owners: dict[str, set[str]] = {}
    for cp, note in notes.items():
        for word in {w.lower() for w in note.keywords}:
            shared[word] += 1
            if cp in owner:
                owners.setdefault(word, set()).add(owner[cp])
    out: dict[str, set[str]] = {}
    for key, emoji in emoji_by_key.items():
        words = out.setdefault(key, set())
        for e in emoji:
            note = notes.get(_plain(e))
            if note is None:
                continue
            if "," not in note.name and len(note.name.split()) <= 3:
                words.add(note.name)
            words.update(
                w
                for w in note.keywords
                if shared[w.lower()] <= _MAX_SHARED and owners.get(w.lower()) == {key}
            )
    return out


def _table_words(table: dict[str, tuple[str, dict[str, str]]], language: str) -> dict[str, set[str]]:
    words = {
        key: set(filter(None, by_lang.get(language, "").split("|"))) for key, (_, by_lang) in table.items()
    }
    symbols = _symbol_names(language, {key: tuple(e.split(",")) for key, (e, _) in table.items()})
    for key, names in symbols.items():
        words[key] |= names
    return words


@lru_cache(maxsize=64)
def things(language: str) -> Lexicon:
    words: dict[str, set[str]] = {key: set() for key in THINGS}
    if language == "en":
        for key, (_, _, extra) in THINGS.items():
            words[key].update({key.replace("_", " "), *extra})
    for key, names in _symbol_names(language, {k: v[1] for k, v in THINGS.items()}).items():
        words[key] |= names
    return Lexicon(language, words)


@lru_cache(maxsize=64)
def places(language: str) -> Lexicon:
    words = {p.name: set(filter(None, p.words.get(language, "").split("|"))) for p in PLACES}
    for key, names in _symbol_names(language, {p.name: p.emoji for p in PLACES if p.emoji}).items():
        words[key] |= names
    return Lexicon(language, words)


@lru_cache(maxsize=64)
def times(language: str) -> Lexicon:
    return Lexicon(language, _table_words(TIMES, language))


@lru_cache(maxsize=64)
def weathers(language: str) -> Lexicon:
    return Lexicon(language, _table_words(WEATHERS, language))


@lru_cache(maxsize=64)
def moods(language: str) -> Lexicon:
    return Lexicon(language, _table_words(MOODS, language))
