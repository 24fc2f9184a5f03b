"""Closed-class words (pronouns, postpositions, auxiliaries, conjunctions, common adverbs and adjectives) in
each language, from the stopwords-iso lists (`stopwordsiso`, MIT, data in the wheel): such a word opening a
verse line or a sentence, or standing before a verb of saying in a script without capitals, is never someone's
name ("Were" at a line's start, "से" in "…से कहा")."""

from __future__ import annotations

import re
from functools import lru_cache

import stopwordsiso

# where a capital is typography, not a name's: the start of a line, a sentence, a quote or a dash-led speech
_OPENING = re.compile(r"(?:^|[.!?:;\"“”‘’«»„—–\-(\[]|\n)\s*$")


@lru_cache(maxsize=64)
def closed_words(language: str) -> frozenset[str]:
    """The language's closed-class words, less the words for people ("man", "мать"), which name someone."""
    from filmstudio.script.persons import person_words

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w.lower() for w in stopwordsiso.stopwords(language)) - set(person_words(language))


def closed_name(name: str, text: str, language: str) -> bool:
    """Whether a found name is only closed-class words: in a script with capitals, one never written with
    its capital inside a sentence ("said Will" makes Will a name; "Were" opening lines of verse does not)."""
    words = name.split()
    closed = closed_words(language)
    if not words or not all(w.lower() in closed for w in words):
        return False
    if not name[:1].isupper():  # a script without capitals (Devanagari, Han, Tamil…): the word is the word
        return True
    for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        if not _OPENING.search(text[max(0, match.start() - 40) : match.start()]):
            return False  # capitalised after other words: written as a name
    return True
