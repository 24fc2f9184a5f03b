"""The hand-made word files (`script/data/words/<language>.json`): each parses, names only keys the
Python tables know, and holds plain words."""

from __future__ import annotations

import json
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from filmstudio.languages import LANGUAGES
from filmstudio.script import vocabulary
from filmstudio.script.moments import MOODS, TIMES, WEATHERS
from filmstudio.script.places import BY_NAME, PLACES
from filmstudio.script.thing_nouns import more_thing_nouns
from filmstudio.script.word_data import SECTIONS, languages, traits, word_data

FOLDER = resources.files("filmstudio.script") / "data" / "words"
ANIMALS = {key for key, (kind, _) in vocabulary.THINGS.items() if kind == "animal"}
KEYS = {
    "places": set(BY_NAME),
    "things": set(vocabulary.THINGS),
    "animals": ANIMALS,
    "times": set(TIMES),
    "weathers": set(WEATHERS),
    "moods": set(MOODS),
    "cues": set(BY_NAME),
}


def _raw(language: str) -> dict[str, dict[str, list[str]]]:
    data = json.loads((FOLDER / f"{language}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("language", languages())
def test_every_file_names_known_keys_with_plain_words(language: str) -> None:
    assert language in LANGUAGES
    data = _raw(language)
    assert set(data) <= {*SECTIONS, "roles"}, f"{language}: unknown sections {set(data) - {*SECTIONS, 'roles'}}"
    for section, table in data.items():
        assert isinstance(table, dict) and table, f"{language}/{section}: an empty or not a mapping"
        if section == "roles":
            for key in table:
                traits(key)  # raises on a misspelt trait
        else:
            unknown = set(table) - KEYS[section]
            assert not unknown, f"{language}/{section}: no such key {sorted(unknown)}"
        for key, words in table.items():
            assert isinstance(words, list) and words, f"{language}/{section}/{key}: no words"
            for word in words:
                assert isinstance(word, str) and word == word.strip() and word, f"{language}/{section}/{key}: {word!r}"
                assert "|" not in word and "," not in word, f"{language}/{section}/{key}: one word a line: {word!r}"
            assert len(set(words)) == len(words), f"{language}/{section}/{key}: a word twice"


@pytest.mark.parametrize("language", languages())
def test_a_role_word_gives_one_gender_and_age(language: str) -> None:
    seen = [word for words in _raw(language).get("roles", {}).values() for word in words]
    assert len(seen) == len(set(seen)) == len(word_data(language).roles)


def test_traits_read_and_refuse() -> None:
    assert traits("female child") == ("female", "child")
    assert traits("male") == ("male", "")
    assert traits("elderly") == ("", "elderly")
    assert traits("person") == ("", "")
    for wrong in ("femal", "child female", "male old", ""):
        with pytest.raises(ValueError):
            traits(wrong)


def test_english_names_every_key() -> None:
    """English reads with our words alone (CLDR's English names are not taken), so it names them all."""
    english = word_data("en")
    # a kind of thing (a `kind_` key) is named by the WordNet kinds list (data/thing_kinds_en.json), not the table
    kinds = {key for key in vocabulary.THINGS if key.startswith("kind_")}
    assert set(english.things) | kinds == set(vocabulary.THINGS)
    assert kinds <= set(more_thing_nouns("en"))
    assert set(english.places) == {p.name for p in PLACES}
    assert (set(english.times), set(english.weathers), set(english.moods)) == (set(TIMES), set(WEATHERS), set(MOODS))


def test_a_language_without_a_file_has_no_words() -> None:
    empty = word_data("xx")
    assert not empty.places and not empty.things and not empty.roles
    assert word_data("../words/en").count() == 0 < word_data("en").count()  # a code, never a path
    assert vocabulary.places("xx").names() == {}


def test_the_files_ship_with_the_package() -> None:
    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert "script/data/words/*.json" in pyproject["tool"]["setuptools"]["package-data"]["filmstudio"]
