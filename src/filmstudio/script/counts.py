"""Groups a sentence counts or gathers: "three soldiers", "two old women", "seven little goats", "a flock
of sheep", "七匹の子やぎ", "三只羊". A counted group of people is a crowd of that many; a counted or
gathered group of animals is that many of the animal, drawn beside the cast. The number words are data
(`data/staging/<language>.json`, "numbers"); Japanese and Chinese count with a numeral and a counter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.languages import is_spaceless
from filmstudio.script.lemmas import has_lemmas, lemma_of
from filmstudio.script.lexicon import Match
from filmstudio.script.staging_data import staging_section
from filmstudio.script.things_table import parse_table
from filmstudio.script.word_data import word_data

_AHEAD = 3  # words between a number and what it counts ("three tired old soldiers")
# words that gather a plural without a number: "all the birds", "many hens", "alle Vögel", "todos los patos"
_MANY = {
    language: frozenset(words.split())
    for language, words in {
        "en": "all many several",
        "de": "alle allen viele vielen mehrere",
        "fr": "tous toutes plusieurs",
        "es": "todos todas muchos muchas varios varias",
        "it": "tutti tutte molti molte parecchi",
        "pt": "todos todas muitos muitas vários várias",
        "ru": "все всех многие много",
    }.items()
}
_PEOPLE_GROUPS = ("people", "children", "women", "men", "soldiers")


@dataclass(frozen=True)
class Counted:
    position: int  # where the counted noun is written (the group's place among the sentence's nouns)
    kind: str  # a crowd kind (people, children, women, men, soldiers) or "animals"
    count: int | None  # None: gathered without a number (a flock)
    word: str  # the counted noun as written
    animal: str | None = None  # the animal's thing key


@lru_cache(maxsize=64)
def _numbers(language: str) -> dict[str, int]:
    data = staging_section(language, "numbers")
    return {word.lower(): int(n) for n, words in data.items() for word in words}


@lru_cache(maxsize=1)
def _animal_keys() -> frozenset[str]:
    return frozenset(key for key, kind, _ in parse_table() if kind == "animal")


def counted_groups(text: str, language: str, groups: dict[str, tuple[str, ...]]) -> list[Counted]:
    """Each group of people or animals the sentence counts with a number or gathers in a flock, herd or
    pack; `groups` are the language's group words by crowd kind (staging data)."""
    animals = [m for m in vocabulary.things(language).find(text) if m.key in _animal_keys()]
    if is_spaceless(language):
        return _counted_spaceless(text, groups, animals)
    words = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[^\W_][\w\u0900-\u0DFF'-]*", text)]
    numbers = _numbers(language)
    units = set(staging_section(language, "units"))
    people = {w: kind for kind in _PEOPLE_GROUPS for w in groups.get(kind, ())}
    gatherings = set(groups.get("animals", ()))
    found: list[Counted] = []
    many = _MANY.get(language, frozenset())
    for i, (_start, _end, word) in enumerate(words):
        count = _number(word, numbers, language)
        if count is None and word not in gatherings and word not in many:
            continue
        window = []
        for next_word in words[i + 1 : i + 2 + _AHEAD]:
            if _number(next_word[2], numbers, language) is not None or next_word[2] in units:
                break  # "three dogs and two women": each number counts its own; "7 year-old son" no one
            window.append(next_word)
        animal = next(((at, end, m.key) for at, end, _ in window for m in animals if at <= m.position < end), None)
        if animal is not None:
            found.append(Counted(animal[0], "animals", count, text[animal[0] : animal[1]], animal[2]))
            continue
        if count is None:
            continue  # a flock gathers animals only
        for at, end, ahead in window:
            kind = people.get(ahead) or people.get(_lemma(ahead, language)) or _people_kind(ahead, language)
            if kind is not None:
                found.append(Counted(at, kind, count, text[at:end]))
                break
    return found + _plural_animals(text, language, words, animals, found)


# the articles and possessives that stand before a plural ("the ducks", "les oiseaux", "die Vögel")
_BEFORE_PLURAL = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the his her their its our my your these those",
        "de": "die den ihre seine unsere meine diese",
        "fr": "les ses leurs nos mes ces",
        "es": "los las sus nuestros nuestras mis estos estas esos esas",
        "it": "i gli le suoi sue loro nostri nostre miei questi queste",
        "pt": "os as seus suas nossos nossas meus minhas estes estas esses essas",
    }.items()
}


def _plural_animals(
    text: str, language: str, words: list[tuple[int, int, str]], animals: list[Match], found: list[Counted]
) -> list[Counted]:
    """Animals written in the plural after an article or a possessive ("the ducks quacked", "fed his hens",
    "les oiseaux s'envolèrent"): more than one, though no number says how many (drawn as a few)."""
    before = _BEFORE_PLURAL.get(language)
    if not before or not has_lemmas(language):
        return []
    out = []
    taken = {c.position for c in found}
    for m in animals:
        k = next((i for i, (at, end, _) in enumerate(words) if at <= m.position < end), None)
        if k is None or k == 0 or m.position in taken or words[k - 1][2] not in before:
            continue
        written = text[words[k][0] : words[k][1]]
        if "'" in written or "’" in written:
            continue  # "the hen's eggs": one hen's
        lemma = lemma_of(written if language == "de" else written.lower(), language)
        if lemma.lower() != written.lower():
            out.append(Counted(m.position, "animals", None, written, m.key))
    return out


# Bengali counts with a classifier joined to the number: তিনটি, দুজন
_CLASSIFIERS = {"bn": ("টি", "টা", "টে", "জন", "খানা", "খানি")}


def _number(word: str, numbers: dict[str, int], language: str) -> int | None:
    if word.isdigit():
        return int(word) if 1 < int(word) < 1000 else None
    for classifier in _CLASSIFIERS.get(language, ()):
        if word.endswith(classifier) and word[: -len(classifier)] in numbers:
            return numbers[word[: -len(classifier)]]
    return numbers.get(word)


def _lemma(word: str, language: str) -> str:
    return lemma_of(word, language) if has_lemmas(language) else word


def _people_kind(word: str, language: str) -> str | None:
    """The crowd a counted person noun makes: "three brothers" are men, "two girls" children. A word that
    tells an age alone ("little", "old") describes the noun after it; one written as its own lemma is no
    plural ("son", "qu'il")."""
    roles = word_data(language).roles
    lemma = _lemma(word, language)
    if "'" in word or (has_lemmas(language) and lemma == word):
        return None
    gender, age = roles.get(word) or roles.get(lemma) or ("", "")
    if not gender:
        return None
    return "children" if age == "child" else {"female": "women", "male": "men"}[gender]


_KANJI = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "两": 2, "兩": 2}
_COUNTER = re.compile(r"([二三四五六七八九十两兩]{1,3}|[0-9０-９]{1,3})\s*([人匹頭头羽只隻个個名位])")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_PERSON_COUNTERS = "人名位"


def _kanji_number(numeral: str) -> int | None:
    if numeral.translate(_WIDE_DIGITS).isdigit():
        return int(numeral.translate(_WIDE_DIGITS))
    if numeral == "十":
        return 10
    if numeral.startswith("十"):  # 十二
        return 10 + _KANJI.get(numeral[1:], 0)
    if numeral.endswith("十"):  # 二十
        return 10 * _KANJI.get(numeral[:-1], 0) or None
    return _KANJI.get(numeral) if len(numeral) == 1 else None


def _counted_spaceless(text: str, groups: dict[str, tuple[str, ...]], animals: list[Match]) -> list[Counted]:
    """A numeral and a counter, and the animal written just after it ("七匹の子やぎ", "三只羊") or just
    before it ("やぎが七匹"); people counted with 人 are a crowd of people."""
    found: list[Counted] = []
    for m in _COUNTER.finditer(text):
        count = _kanji_number(m.group(1))
        if count is None or count < 2:
            continue
        near = [a for a in animals if m.end() <= a.position <= m.end() + 4 or m.start() - 6 <= a.position < m.start()]
        if m.group(2) not in _PERSON_COUNTERS and near:
            animal = min(near, key=lambda a: abs(a.position - m.end()))
            found.append(Counted(animal.position, "animals", count, animal.words[0], animal.key))
        elif m.group(2) in _PERSON_COUNTERS:
            after = text[m.end() : m.end() + 6]
            kind = next((k for k in _PEOPLE_GROUPS for w in groups.get(k, ()) if w and w in after), "people")
            found.append(Counted(m.start(), kind, count, m.group()))
    for word in groups.get("animals", ()):  # 羊の群れ: the flock after its animal
        at = text.find(word) if word else -1
        near = [a for a in animals if at - 6 <= a.position < at] if at >= 0 else []
        if near and not any(c.animal == near[-1].key for c in found):
            found.append(Counted(near[-1].position, "animals", None, near[-1].words[0], near[-1].key))
    return found
