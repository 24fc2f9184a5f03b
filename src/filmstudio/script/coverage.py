"""What the reading knows in each language: how many drawable settings and things it can name there,
the words that tell a person (our roles and CLDR's person symbols), the animals, the verbs of saying,
and which library gives its lemmas. `filmstudio analyse --coverage` prints it."""

from __future__ import annotations

from dataclasses import dataclass

import filmstudio.script.vocabulary as vocabulary
from filmstudio.languages import LANGUAGES
from filmstudio.script.lemmas import has_lemmas
from filmstudio.script.mentions import _people, animal_words
from filmstudio.script.places import PLACES
from filmstudio.script.quotes import SPEECH_VERBS
from filmstudio.script.roles import ROLES


@dataclass(frozen=True)
class Coverage:
    language: str
    settings: int  # settings with at least one word in the language
    things: int  # drawable things with at least one name
    roles: int  # our hand-made role words (gender and age)
    people: int  # words for a kind of person (roles and CLDR)
    animals: int
    speech_verbs: int
    lemmas: str


def coverage(language: str) -> Coverage:
    places = vocabulary.places(language).names()
    things = vocabulary.things(language).names()
    lemmas = "MeCab (UniDic)" if language == "ja" else ("simplemma" if has_lemmas(language) else "as written")
    return Coverage(
        language=language,
        settings=len({key for keys in places.values() for key in keys}),
        things=len({key for keys in things.values() for key in keys}),
        roles=len(ROLES.get(language, {})),
        people=len(_people(language)),
        animals=len(set(animal_words(language).values())),
        speech_verbs=len(SPEECH_VERBS.get(language, "").split()),
        lemmas=lemmas,
    )


def coverage_table(languages: list[str] | None = None) -> list[Coverage]:
    return [coverage(code) for code in (languages or sorted(LANGUAGES))]


TOTALS = {"settings": len(PLACES), "things": len(vocabulary.THINGS)}
