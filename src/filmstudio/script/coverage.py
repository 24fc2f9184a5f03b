"""What the reading knows in each language: how many drawable settings and things it can name there,
the times of day, weathers and moods, the words that tell a person (our roles and CLDR's person
symbols), the animals, the verbs of saying, how many words its hand-made data file holds
(`data/words/<language>.json`), and which library gives its lemmas. `filmstudio analyse --coverage`
prints it."""

from __future__ import annotations

from dataclasses import dataclass

import filmstudio.script.vocabulary as vocabulary
from filmstudio.languages import LANGUAGES
from filmstudio.script.lemmas import has_lemmas
from filmstudio.script.mentions import _people, animal_words
from filmstudio.script.moments import MOODS, TIMES, WEATHERS
from filmstudio.script.places import PLACES
from filmstudio.script.quotes import SPEECH_VERBS
from filmstudio.script.roles import role_words
from filmstudio.script.word_data import word_data


@dataclass(frozen=True)
class Coverage:
    language: str
    settings: int  # settings with at least one word in the language
    things: int  # drawable things with at least one name
    moments: int  # times of day, weathers and moods with at least one word
    roles: int  # our hand-made role words (gender and age)
    people: int  # words for a kind of person (roles and CLDR)
    animals: int
    speech_verbs: int
    own_words: int  # the words of its data file (settings, things, moments, animals, roles)
    lemmas: str


def coverage(language: str) -> Coverage:
    places = vocabulary.places(language).names()
    things = vocabulary.things(language).names()
    lemmas = "MeCab (UniDic)" if language == "ja" else ("simplemma" if has_lemmas(language) else "as written")
    moments = [vocabulary.times(language), vocabulary.weathers(language), vocabulary.moods(language)]
    return Coverage(
        language=language,
        settings=len({key for keys in places.values() for key in keys}),
        things=len({key for keys in things.values() for key in keys}),
        moments=sum(len({key for keys in lexicon.names().values() for key in keys}) for lexicon in moments),
        roles=len(role_words(language)),
        people=len(_people(language)),
        animals=len(set(animal_words(language).values())),
        speech_verbs=len(SPEECH_VERBS.get(language, "").split()),
        own_words=word_data(language).count(),
        lemmas=lemmas,
    )


def coverage_table(languages: list[str] | None = None) -> list[Coverage]:
    return [coverage(code) for code in (languages or sorted(LANGUAGES))]


TOTALS = {"settings": len(PLACES), "things": len(vocabulary.THINGS), "moments": len(TIMES) + len(WEATHERS) + len(MOODS)}
