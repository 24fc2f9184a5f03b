"""A name that says a quote is a name, though the story gives it once: '"Then I shall swim," said Anna.'
or '"Wait!" Anna cried.' A word written with a capital beside a verb of saying that just follows a quote is
who speaks it; the words for kinds of people and beings ("said Mother", "said the Fox") are read as
mentions elsewhere, and a pronoun or an article is never a name."""

from __future__ import annotations

import re

from filmstudio.languages import LANGUAGES
from filmstudio.script.beings import DETERMINERS
from filmstudio.script.roles import PRONOUNS
from filmstudio.script.speech_verbs import SPEECH_VERBS

_CASED = {"latin", "cyrillic", "greek"}
_CLOSE = "\"”’»›'"
_NAME = r"([A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][a-zß-öø-ÿā-žа-яё'’-]+)"


def speaking_names(text: str, language: str) -> list[str]:
    """The names, as written, that say a quote right after it ("said Anna", "Anna cried"), in order."""
    info = LANGUAGES.get(language)
    verbs = SPEECH_VERBS.get(language, "").split()
    # German writes every noun with a capital: "sagte Mutter" names a kind of person, not a name
    if info is None or info.script not in _CASED or language == "de" or not verbs:
        return []
    said = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    closing = rf"[{re.escape(_CLOSE)}]\s*[,!?]?\s*[—–-]*\s*"
    patterns = [
        re.compile(rf"{closing}(?:{said})\s+{_NAME}(?![\w'’-])"),  # '," said Anna'
        re.compile(rf"{closing}{_NAME}\s+(?:{said})(?![\w'’-])"),  # '," Anna said'
    ]
    not_names = _not_names(language)
    found = sorted((m.start(1), m.group(1)) for p in patterns for m in p.finditer(text))
    return list(
        dict.fromkeys(name for _, name in found if name.lower() not in not_names and not _a_kind(name, language))
    )


def _not_names(language: str) -> set[str]:
    return {*DETERMINERS.get(language, "").split(), *PRONOUNS, "i", "we", "you", "they", "it"}


def _a_kind(word: str, language: str) -> bool:
    """A word for a kind of person or being ("Mother", "Grandpa", "Fox"): a mention, read as one."""
    from filmstudio.script.mentions import animal_words
    from filmstudio.script.persons import person_words

    low = word.lower()
    return low in person_words(language) or low in animal_words(language)
