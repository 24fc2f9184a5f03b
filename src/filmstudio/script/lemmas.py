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


def fold_yo(word: str) -> str:
    """Russian "ё" as "е": printed texts and dictionaries write either ("ёжик", "ежик"), so every lookup
    compares words with it folded."""
    return word.replace("ё", "е").replace("Ё", "Е")


@lru_cache(maxsize=200_000)
def lemma_of(word: str, language: str) -> str:
    """The dictionary form of one word (lower case in, lower case out; "ё" folded to "е")."""
    if language not in _SIMPLEMMA or not word:
        return word
    import simplemma

    lemma = str(simplemma.lemmatize(word, lang=language)).lower()
    if lemma == word.lower() and fold_yo(word) != word:  # the dictionary may know it with "е" alone
        lemma = str(simplemma.lemmatize(fold_yo(word), lang=language)).lower()
    return fold_yo(lemma)


@lru_cache(maxsize=1)
def _tagger() -> Any:  # nor fugashi
    import fugashi

    return fugashi.Tagger()


@lru_cache(maxsize=256)
def japanese_nouns(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, surface, lemma) of each noun MeCab finds: its lemma is the word as a dictionary
    writes it, so a noun written in kana (もも, うなぎ) is found by its kanji (桃, 鰻)."""
    return tuple((a, b, surface, lemma) for a, b, surface, lemma, pos in _placed(text) if pos == "名詞")


def japanese_words(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, lemma) for each word MeCab finds in Japanese text."""
    return [(a, b, surface, lemma) for a, b, surface, lemma, _ in _placed(text)]


def japanese_tokens(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, surface, lemma, part of speech) for each word MeCab finds in Japanese text."""
    return _placed(text)


def _placed(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, surface, lemma, part of speech) of each word MeCab finds, placed in the text."""
    out = []
    at = 0
    for word in _tagger()(text):
        surface = word.surface
        start = text.find(surface, at)
        if start < 0:
            continue
        at = start + len(surface)
        lemma = getattr(word.feature, "lemma", None) or surface
        out.append((start, at, surface, lemma.split("-")[0], getattr(word.feature, "pos1", "")))
    return out


# what Japanese puts before a noun and after it in politeness or affection, which leaves it the noun: お日さま
# is the sun (お日様), お椀 a bowl, お馬さん a horse
_HONORIFIC_BEFORE = ("お", "ご", "御")
_HONORIFIC_AFTER = ("さま", "様", "さん")


@lru_cache(maxsize=256)
def japanese_honorific_nouns(text: str) -> tuple[tuple[int, int, str, tuple[str, ...]], ...]:
    """(start, end, surface, forms) of each noun MeCab finds with an honorific prefix and perhaps a suffix
    (お日さま, お月さま, ご本): the forms a dictionary may write it in, the whole first (お日様, お日さま),
    then without the suffix (お日)."""
    words = list(_tagger()(text))
    out = []
    at = 0
    spans = []
    for word in words:
        start = text.find(word.surface, at)
        spans.append(start)
        if start >= 0:
            at = start + len(word.surface)
    for i, (prefix, noun) in enumerate(zip(words, words[1:], strict=False)):
        if getattr(prefix.feature, "pos1", "") != "接頭辞" or prefix.surface not in _HONORIFIC_BEFORE:
            continue
        if getattr(noun.feature, "pos1", "") != "名詞" or spans[i] < 0:
            continue
        after = words[i + 2] if i + 2 < len(words) else None
        suffixed = after is not None and after.surface in _HONORIFIC_AFTER
        lemma = (getattr(noun.feature, "lemma", None) or noun.surface).split("-")[0]
        stems = [p + n for p in dict.fromkeys([prefix.surface, "お"]) for n in dict.fromkeys([noun.surface, lemma])]
        forms = [s + a for s in stems for a in _HONORIFIC_AFTER] if suffixed else []
        end = spans[i] + len(prefix.surface) + len(noun.surface) + (len(after.surface) if after and suffixed else 0)
        out.append((spans[i], end, text[spans[i] : end], tuple(dict.fromkeys([*forms, *stems]))))
    return tuple(out)


@lru_cache(maxsize=256)
def japanese_verb_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each verb and auxiliary MeCab finds in Japanese text."""
    return tuple((a, b) for a, b, _, _, pos in _placed(text) if pos in ("動詞", "助動詞"))


@lru_cache(maxsize=256)
def japanese_verb_bases(text: str) -> dict[int, str]:
    """Where each verb MeCab finds starts, to its dictionary form as written: あげ as あげる, where its
    lemma is the kanji 上げる (which also raises a hand)."""
    out = {}
    at = 0
    for word in _tagger()(text):
        start = text.find(word.surface, at)
        if start < 0:
            continue
        at = start + len(word.surface)
        if getattr(word.feature, "pos1", "") == "動詞":
            out[start] = getattr(word.feature, "orthBase", None) or word.surface
    return out
