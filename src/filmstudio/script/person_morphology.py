"""Person and animal nouns the word lists do not hold, known by how the languages make them (rules on
endings, not lists of words):

- a diminutive or an augmentative of a known person's or animal's word is that being, of its gender:
  "ragazzina" (ragazza), "contadinello", "abuelito", "hombrón", "menininha", "fillette", "garçonnet",
  "Bäuerlein", "Männlein", "старушка" (старуха), "старичок", "котище"; one of an adjective of age is an
  old or young person ("vecchietta", "viejito", "velhinho");
- an agent noun is a person: Russian -щик/-чик/-ник/-тель/-чий ("извозчик", "охотник", "учитель"),
  Italian -tore/-trice, Spanish and Portuguese -dor/-dora; a word the lexicons name as a thing, a place,
  a time or an animal is that instead ("двигатель", "ordenador", "trattore").

Chinese role nouns, made with a last character that says one's work or standing (马夫, 铁匠, 店员, 厨师,
民警, 士兵, 农民, 顾客, 仆人), are found in chinese_role_nouns()."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from filmstudio.script.lemmas import fold_yo, lemma_of

Traits = tuple[str, str]
# (suffix, the gender it gives a word that has none, the endings the base may have had)
_SMALL: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "it": (
        *((s, "male", ("o", "e", "")) for s in ("etto", "ello", "ino", "one", "uccio", "otto")),
        *((s, "female", ("a", "e", "")) for s in ("etta", "ella", "ina", "ona", "uccia", "otta")),
    ),
    "es": (
        *((s, "male", ("o", "e", "")) for s in ("ecito", "cito", "ito", "illo", "ico", "ón", "ote", "azo")),
        *((s, "female", ("a", "e", "")) for s in ("ecita", "cita", "ita", "illa", "ica", "ona", "ota", "aza")),
    ),
    "pt": (
        *((s, "male", ("o", "e", "")) for s in ("zinho", "inho", "zão", "ão", "ito", "ote")),
        *((s, "female", ("a", "e", "")) for s in ("zinha", "inha", "ona", "ita", "ota")),
    ),
    "fr": (("et", "male", ("e", "")), ("ette", "female", ("e", "")), ("on", "", ("e", "")), ("ot", "male", ("e", ""))),
    "de": (("chen", "", ("", "e")), ("lein", "", ("", "e"))),
    "ru": (
        *((s, "", ("", "а", "я", "ь", "о")) for s in ("ок", "ек", "ик", "ишка", "ище", "ина")),
        *((s, "", ("а", "я", "уха", "")) for s in ("ушка", "юшка", "очка", "ечка", "онька", "енька")),
    ),
    # Hindi's feminine diminutive: बूढ़ा -> बुढ़िया (an old woman), चूहा -> चुहिया, बंदर -> बंदरिया
    "hi": (("िया", "female", ("ा", "")),),
}
# suffixes whose gender is the word's whatever its base's ("बुढ़िया" of "बूढ़ा" is a woman)
_GENDER_WINS = frozenset({"िया"})
# a plural ending to take off before the suffix is read ("ragazzine", "abuelitos", "fillettes")
_PLURALS = {"it": {"i": "o", "e": "a"}, "es": {"s": ""}, "pt": {"s": ""}, "fr": {"s": ""}}
# consonants a Russian diminutive turns the base's last one into ("мужичок": мужик, "волчище": волк)
_RU_SOFTENED = {"ч": "к", "ж": "г", "ш": "х"}
# agent nouns: (ending, gender)
_AGENTS = {
    "ru": (
        ("щик", "male"),
        ("чик", "male"),
        ("ник", "male"),
        ("тель", "male"),
        ("чий", "male"),
        ("щица", "female"),
        ("чица", "female"),
        ("ница", "female"),
        ("тельница", "female"),
    ),
    "it": (("tore", "male"), ("trice", "female")),
    "es": (("dor", "male"), ("dora", "female")),
    "pt": (("dor", "male"), ("dora", "female")),
}


def derived_being(
    word: str, language: str, people: dict[str, Traits], animals: dict[str, str], describing: dict[str, Traits]
) -> tuple[str, Traits, str | None] | None:
    """A word that names a person or an animal by its making: (kind, (gender, age), animal) or None."""
    low = fold_yo(word.lower())
    found = _smaller_or_bigger(low, language, people, animals, describing)
    if found is None and language in _PLURALS:
        for plural, singular in _PLURALS[language].items():
            if low.endswith(plural) and found is None:
                found = _smaller_or_bigger(low[: -len(plural)] + singular, language, people, animals, describing)
    if found is not None:
        return found
    return _agent(low, language, animals)


def derived_singular(word: str, language: str) -> str | None:
    """The singular of a diminutive, an augmentative or an agent noun as written ("ragazzine": ragazzina,
    "menininha" itself), where the dictionary's lemma would be its base's or its other gender's ("menino",
    "lavoratore"); None for a word not so made."""
    low = fold_yo(word.lower())
    if any(low.endswith(suffix) and len(low) > len(suffix) + 1 for suffix, _g, _e in _SMALL.get(language, ())):
        return low
    if any(low.endswith(ending) for ending, _g in _AGENTS.get(language, ())):
        return low  # "la lavoratrice", not "il lavoratore"
    for plural, singular in _PLURALS.get(language, {}).items():
        stem = low.removesuffix(plural) + singular
        if stem != low and any(stem.endswith(suffix) for suffix, _g, _e in _SMALL.get(language, ())):
            return stem
    return None


def _smaller_or_bigger(
    low: str, language: str, people: dict[str, Traits], animals: dict[str, str], describing: dict[str, Traits]
) -> tuple[str, Traits, str | None] | None:
    for suffix, gender, endings in _SMALL.get(language, ()):
        stem = low.removesuffix(suffix)
        if stem == low or len(stem) < 2:
            continue
        for base in _bases(stem, endings, language):
            if base == low:
                continue
            wins = suffix in _GENDER_WINS
            if base in people and base not in describing:
                base_gender, age = people[base]
                return "person", (gender if wins else base_gender or gender, age), None
            if base in describing and describing[base][1]:
                return "person", (gender if wins else describing[base][0] or gender, describing[base][1]), None
            if base in animals:
                return "animal", (gender if wins else "", "child" if suffix in _YOUNG else ""), animals[base]
    return None


# the suffixes that make an animal's young rather than a little one of its kind
_YOUNG = frozenset(
    {"ino", "ina", "etto", "etta", "ello", "ella", "ito", "ita", "illo", "illa", "inho", "inha", "zinho", "zinha"}
    | {"et", "ette", "on", "chen", "lein", "ок", "ик"}
)


def _bases(stem: str, endings: tuple[str, ...], language: str) -> list[str]:
    stems = [stem]
    if language == "fr" and len(stem) > 3 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # "garçonnet": garçon, "chatte" aside
    if language == "de":
        stems.append(stem.translate(str.maketrans("äöü", "aou")))
    if language == "ru" and stem[-1:] in _RU_SOFTENED:
        stems.append(stem[:-1] + _RU_SOFTENED[stem[-1]])
    if language == "hi":  # the suffix shortens the base's long vowel: बुढ़- of बूढ़ा, चुह- of चूहा
        stems += [stem.replace(short, long, 1) for short, long in (("ु", "ू"), ("ि", "ी")) if short in stem]
    if language in ("it", "es", "pt") and stem.endswith(("qu", "gu")):
        stems.append(stem[:-1])  # "chiquito": chico
    return [s + e for s in stems for e in endings]


def _agent(low: str, language: str, animals: dict[str, str]) -> tuple[str, Traits, str | None] | None:
    endings = _AGENTS.get(language)
    if not endings:
        return None
    lemma = lemma_of(low, language)
    for word in dict.fromkeys((low, lemma)):
        for ending, gender in sorted(endings, key=lambda e: -len(e[0])):
            if word.endswith(ending) and len(word) - len(ending) >= 3 and _agent_shaped(word, ending, language):
                if word in animals or _named_otherwise(word, language):
                    return None
                return "person", (gender, ""), None
    return None


def _agent_shaped(word: str, ending: str, language: str) -> bool:
    """Whether the word is an agent's, not a thing's made with the same ending: a Russian -льник is a tool
    ("будильник", "холодильник"); a Romance -tore/-dor is a trade where its other gender's form is a word
    of the dictionary too ("venditore"/"venditrice", "vendedor"/"vendedora"), as trades.py reads one."""
    if language == "ru":
        return not word.endswith("льник")
    pairs = _ROMANCE_PAIRS[language]
    for masculine, feminine in pairs:
        if ending == feminine:
            other = word[: -len(feminine)] + masculine
            return _known(other, language) and lemma_of(other, language) == other
        if ending == masculine:
            other = word[: -len(masculine)] + feminine
            return _known(other, language) and lemma_of(other, language) == word
    return False


_ROMANCE_PAIRS = {"it": (("tore", "trice"),), "es": (("dor", "dora"),), "pt": (("dor", "dora"),)}


def _known(word: str, language: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word, lang=language))


@lru_cache(maxsize=4096)
def _named_otherwise(word: str, language: str) -> bool:
    """Whether a lexicon names the word as a thing, a place or a time ("двигатель", "comedor")."""
    import filmstudio.script.vocabulary as vocabulary

    lexicons = (vocabulary.things(language), vocabulary.places(language), vocabulary.times(language))
    return any(lexicon.find(word) for lexicon in lexicons)


# the last characters of Chinese role nouns: one's work (夫 匠 工 员 师), one's post (警 兵), one's
# standing (民 客), or a person (人: 主人, 仆人, 老人, 商人)
_CHINESE_ROLE_ENDS = "夫匠工员师警兵民客人"
# parts of speech jieba gives a noun that names someone (not a verb's "报警", a pronoun's "别人")
_CHINESE_NOUN_TAGS = frozenset({"n", "nr", "nz"})
# verbs of being and having, which a thing is the subject of as well ("功夫终于有了回报")
_CHINESE_BEING = frozenset({"是", "有", "在", "为", "成", "成为", "变成", "像"})


def chinese_role_nouns(text: str) -> set[str]:
    """The Chinese role nouns of a text: nouns of two or three characters that end in a character of
    work, post or standing, and act or speak somewhere (a verb follows one in its clause), so that "功夫"
    or "人工", nouns of the same making, are no one."""
    import logging

    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)
    out = set()
    pieces = list(posseg.cut(text))
    for k, piece in enumerate(pieces):
        word, tag = piece.word, piece.flag
        if not 2 <= len(word) <= 3 or word[-1] not in _CHINESE_ROLE_ENDS or tag not in _CHINESE_NOUN_TAGS:
            continue
        # a verb of doing right after it, or what jieba reads as a time ("端来", "过来" are often tagged so)
        follows = _clause_after(pieces[k + 1 :])[:1]
        if follows and follows[0].flag.startswith(("v", "t")) and follows[0].word not in _CHINESE_BEING:
            out.add(word)
    return out


def _clause_after(pieces: list[Any]) -> list[Any]:
    """jieba's pieces of the clause after a word, its adverbs and particles left out."""
    out = []
    for piece in pieces:
        if re.fullmatch(r"[，。！？；：、“”「」『』,.!?;:\s]+", piece.word):
            break
        if piece.flag in ("d", "uz", "ul", "c"):
            continue  # "笑着说", "又说": an adverb or a particle before the verb
        out.append(piece)
    return out
