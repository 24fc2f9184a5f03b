"""Whether a word is a verb the reading knows: a verb class of staging, a feeling, or a verb of saying,
as written or by its lemma. Kept apart so that mentions and people can both ask without importing each
other."""

from __future__ import annotations

from functools import lru_cache

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.speech_verbs import SPEECH_VERBS
from filmstudio.script.staging_words import words_of


@lru_cache(maxsize=32)
def verb_words(language: str) -> frozenset[str]:
    table = words_of(language)
    words = {w for part in (table.verbs, table.expressions) for entries in part.values() for w in entries}
    return frozenset(words | set(SPEECH_VERBS.get(language, "").split()))


def is_verb(word: str, language: str, verbs: frozenset[str]) -> bool:
    low = word.lower()
    return low in verbs or lemma_of(low, language) in verbs
