"""Words to their dictionary form, offline: simplemma's dictionaries (MIT, in the wheel) for the 50-odd
languages it knows, MeCab with UniDic (fugashi, unidic-lite) for Japanese; and their stems by Snowball
(snowballstemmer, BSD) for the languages whose nouns take many case endings and no dictionary here
knows them (Tamil, Hindi, Nepali). A language none knows keeps its words as written."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# simplemma's languages (its data ships in the wheel)
_SIMPLEMMA = set(
    [
        "ast",
        "bg",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "el",
        "en",
        "enm",
        "es",
        "et",
        "fa",
        "fi",
        "fr",
        "ga",
        "gd",
        "gl",
        "gv",
        "hbs",
        "hi",
        "hu",
        "hy",
        "id",
        "is",
        "it",
        "ka",
        "la",
        "lb",
        "lt",
        "lv",
        "mk",
        "ms",
        "nb",
        "nl",
        "nn",
        "pl",
        "pt",
        "ro",
        "ru",
        "se",
        "sk",
        "sl",
        "sq",
        "sv",
        "sw",
        "tl",
        "tr",
        "uk",
    ]
)


# Snowball's stemmers used for matching names in text (script/lexicon.py), by language
STEMMERS = {"ta": "tamil", "hi": "hindi", "ne": "nepali"}


@lru_cache(maxsize=200_000)
def stem_of(word: str, language: str) -> str:
    """The stem of one word by its language's Snowball stemmer (the word itself where none is)."""
    if language not in STEMMERS or not word:
        return word
    return str(_stemmer(STEMMERS[language]).stemWord(word))


@lru_cache(maxsize=8)
def _stemmer(algorithm: str) -> Any:  # snowballstemmer has no types
    import snowballstemmer

    return snowballstemmer.stemmer(algorithm)


def has_lemmas(language: str) -> bool:
    return language in _SIMPLEMMA or language == "ja"


@lru_cache(maxsize=200_000)
def lemma_of(word: str, language: str) -> str:
    """The dictionary form of one word (lower case in, lower case out)."""
    if language not in _SIMPLEMMA or not word:
        return word
    import simplemma

    return str(simplemma.lemmatize(word, lang=language)).lower()


@lru_cache(maxsize=1)
def _tagger() -> Any:  # nor fugashi
    import fugashi

    return fugashi.Tagger()


@lru_cache(maxsize=256)
def japanese_nouns(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, surface, lemma) of each noun MeCab finds: its lemma is the word as a dictionary
    writes it, so a noun written in kana (もも, うなぎ) is found by its kanji (桃, 鰻)."""
    out = []
    at = 0
    for word in _tagger()(text):
        start = text.find(word.surface, at)
        if start < 0:
            continue
        at = start + len(word.surface)
        if getattr(word.feature, "pos1", "") == "名詞":
            lemma = getattr(word.feature, "lemma", None) or word.surface
            out.append((start, at, word.surface, lemma.split("-")[0]))
    return tuple(out)


def japanese_words(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, lemma) for each word MeCab finds in Japanese text."""
    out = []
    at = 0
    for word in _tagger()(text):
        surface = word.surface
        start = text.find(surface, at)
        if start < 0:
            continue
        at = start + len(surface)
        lemma = getattr(word.feature, "lemma", None) or surface
        out.append((start, at, surface, lemma.split("-")[0]))
    return out
