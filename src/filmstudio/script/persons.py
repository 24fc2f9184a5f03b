"""Words that name a person by who they are ("the baker", "la panadera", "der Junge", "おばあさん",
"माँ") and the animals a story may cast, in every language CLDR names its pictured people in.

CLDR (Debian's `unicode-cldr-core`) names each person symbol in each language: 👩‍🌾 is "woman farmer",
"agricultora", "Bäuerin", "महिला किसान"; 👵 is "old woman", "anciana", "おばあさん". The symbol tells the
gender (👨 / 👩 / 🧑, ♂ / ♀) and the age (👴 👵 🧓 elderly, 👦 👧 🧒 👶 a child), so every word CLDR
gives it carries them. Our hand-made roles (roles.py, from `data/words`) are added on top and win where both
speak."""

from __future__ import annotations

from functools import lru_cache

from filmstudio.script.creature_nouns import wordnet_animal_nouns
from filmstudio.script.lemmas import fold_yo
from filmstudio.script.lexicon import cldr_annotations
from filmstudio.script.person_nouns import more_person_nouns
from filmstudio.script.pity_words import LOWER_CASE_TITLES, PITY_NOUNS
from filmstudio.script.roles import PRONOUNS, role_words
from filmstudio.script.word_data import word_data

_MALE, _FEMALE = "\U0001f468", "\U0001f469"  # 👨 👩
_PERSON = "\U0001f9d1"  # 🧑
_MALE_SIGN, _FEMALE_SIGN = "\u2642", "\u2640"
# bases that are a person by themselves, with the gender and age they show
_BASES = {
    "👨": ("male", ""),
    "👩": ("female", ""),
    "🧑": ("", ""),
    "👴": ("male", "elderly"),
    "👵": ("female", "elderly"),
    "🧓": ("", "elderly"),
    "👦": ("male", "child"),
    "👧": ("female", "child"),
    "🧒": ("", "child"),
    "👶": ("", "child"),
    "🤴": ("male", "young_adult"),
    "👸": ("female", "young_adult"),
    "👮": ("", ""),
    "💂": ("", ""),
    "🕵": ("", ""),
    "👷": ("", ""),
    "👳": ("", ""),
    "👲": ("male", ""),
    "🧕": ("female", ""),
    "🤵": ("male", ""),
    "👰": ("female", "young_adult"),
    "🤰": ("female", ""),
    "🎅": ("male", "elderly"),
    "🤶": ("female", "elderly"),
    "🧙": ("", ""),
    "🧚": ("", ""),
    "🧛": ("", ""),
    "🧜": ("", ""),
    "🧝": ("", ""),
    "🧞": ("", ""),
    "🧟": ("", ""),
    "👼": ("", "child"),
    "🥷": ("", ""),
    "🫅": ("", ""),
    "🦸": ("", ""),
    "🦹": ("", ""),
    "🧌": ("", ""),
}
# a ZWJ sequence on 👨 👩 🧑 names a role by its object (🌾 farmer, 🍳 cook); these are not roles
_NOT_ROLES = {
    "\u2764",
    "\U0001f48b",
    "\U0001f91d",
    "\U0001f9b0",
    "\U0001f9b1",
    "\U0001f9b2",
    "\U0001f9b3",
    "\U0001f466",
    "\U0001f467",
    "\U0001f468",
    "\U0001f469",
    "\U0001f476",
    "\U0001f9d2",
    "\U0001f37c",
    "\U0001f430",
    "\U0001f9af",
    "\U0001f9bc",
    "\U0001f9bd",
    "\U0001f384",
}


def _person(cp: str) -> tuple[str, str] | None:
    """The gender and age a person symbol shows, or None when it is not a person's symbol."""
    parts = [p for p in cp.replace("\ufe0f", "").split("\u200d") if p]
    if not parts:
        return None
    base = parts[0][0]
    tone_free = [p for p in parts[1:] if p not in (_MALE_SIGN, _FEMALE_SIGN)]
    if base in (_MALE, _FEMALE, _PERSON) and tone_free:
        if any(p[0] in _NOT_ROLES for p in tone_free) or len(tone_free) > 1:
            return None  # families, couples, hair colours, a person with a cane
    elif (
        base not in _BASES
        or tone_free
        or len(parts[0]) > 1
        and parts[0][1] not in "\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"
    ):
        return None
    gender, age = _BASES.get(base, ("", ""))
    if _MALE_SIGN in parts:
        gender = "male"
    elif _FEMALE_SIGN in parts:
        gender = "female"
    return gender, age


@lru_cache(maxsize=64)
def person_words(language: str) -> dict[str, tuple[str, str]]:
    """Each word naming a kind of person -> (gender or "", age or ""): CLDR's and our role words, then
    the open class of person nouns (person_nouns.py: WordNet's "customer", "pilgrim"), the lists winning."""
    out = dict(_listed_person_words(language))
    pity = [*PITY_NOUNS.get(language, {}).items(), *LOWER_CASE_TITLES.get(language, {}).items()]
    for word, traits in [*more_person_nouns(language).items(), *pity]:
        out.setdefault(word, traits)
    return out


@lru_cache(maxsize=64)
def unlisted_person_words(language: str) -> frozenset[str]:
    """The person words only the open class gives: as often a family name ("Porter", "Rover"), so a capital
    alone, without an article, does not make one someone."""
    listed = _listed_person_words(language)
    return frozenset(w for w in more_person_nouns(language) if w not in listed)


@lru_cache(maxsize=64)
def _listed_person_words(language: str) -> dict[str, tuple[str, str]]:
    """CLDR's and the role words. A word CLDR gives both a man's and a woman's symbol is of either gender;
    one it also gives any other symbol is not a person's."""
    notes = cldr_annotations(language)
    seen: dict[str, set[tuple[str, str]]] = {}
    symbols: dict[str, int] = {}  # how many person symbols a keyword describes
    names: set[str] = set()
    elsewhere: set[str] = set()
    for cp, note in notes.items():
        if any("\U0001f3fb" <= ch <= "\U0001f3ff" for ch in cp):
            continue
        traits = _person(cp)
        words = {note.name, *note.keywords}
        if traits is None:
            elsewhere.update(w.lower() for w in words)
            continue
        names.add(note.name.lower())
        for word in words:
            if any(mark in word for mark in ",(:/") or len(word.split()) > 3:
                continue
            seen.setdefault(word.lower(), set()).add(traits)
            symbols[word.lower()] = symbols.get(word.lower(), 0) + 1
    out: dict[str, tuple[str, str]] = {}
    closed = _stopwords(language)
    for word, kinds in seen.items():
        # a keyword one symbol alone has describes it ("regal", "healthcare"); a role recurs over the
        # symbol's woman, man and person forms
        if word in elsewhere or len(word) < 2 or (symbols[word] < 2 and word not in names):
            continue
        if word not in names and word in closed:
            continue  # a keyword that is a closed-class word ("good" of 🦸, "mal" of 🦹): "the good woman" is a woman
        genders = {g for g, _ in kinds}
        ages = {a for _, a in kinds}
        gender = genders.pop() if len(genders) == 1 else ""
        age = ages.pop() if len(ages) == 1 else ""
        out[word] = (gender, age)
    for word, (gender, age) in role_words(language).items():
        if word not in PRONOUNS and not _adjective(word, language):
            out[word.lower()] = (gender, age)
    for word, (gender, age) in list(out.items()):
        for feminine in _feminine_forms(word, language) if gender != "female" else ():
            out.setdefault(feminine, ("female", age))
    for word, traits in list(out.items()):  # looked up as written or by a lemma, which writes "ё" as "е"
        out.setdefault(fold_yo(word), traits)
    return out


def _stopwords(language: str) -> frozenset[str]:
    """stopwords-iso's closed-class words of the language (closed_words.py, before it takes the people out)."""
    import stopwordsiso

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w.lower() for w in stopwordsiso.stopwords(language))


# how a role's feminine is made from its masculine: molinero/molinera, pastor/pastora, Müller/Müllerin,
# meunier/meunière, berger/bergère, chasseur/chasseuse
_FEMININE_ENDINGS = {
    "es": (("o", "a"), ("or", "ora"), ("ón", "ona"), ("és", "esa")),
    "pt": (("o", "a"), ("or", "ora"), ("ão", "ã"), ("ês", "esa")),
    "it": (("o", "a"), ("tore", "trice"), ("iere", "iera")),
    "fr": (("ier", "ière"), ("er", "ère"), ("eur", "euse"), ("teur", "trice"), ("on", "onne"), ("ien", "ienne")),
    "de": (("", "in"),),
}


def _feminine_forms(word: str, language: str) -> list[str]:
    out = []
    for masculine, feminine in _FEMININE_ENDINGS.get(language, ()):
        if word.endswith(masculine) and " " not in word and len(word) > len(masculine) + 2:
            out.append(word[: len(word) - len(masculine)] + feminine)
    return out


# role words that describe rather than name (an old ..., a young ...): never the head of a mention
_DESCRIBING = {
    "old",
    "young",
    "little",
    "elderly",
    "aged",
    "retired",
    "ancient",
    "teenage",
    "middle-aged",
    "grey-haired",
    "gray-haired",
    "white-haired",
    "wrinkled",
    "grey hair",
    "gray hair",
    "white hair",
    "silver hair",
    "senior",
    "elder",
    "joven",
    "jeune",
    "vieil",
    "vieux",
    "vieille",
    "alte",
    "alter",
    "alten",
    "altes",
    "vieja",
    "viejo",
    "vecchio",
    "vecchia",
    "velho",
    "velha",
    "बूढ़ा",
    "बूढ़ी",
    "बूढ़े",
    "जवान",
    "युवा",
    "ముసలి",
    "teen",
}


def _adjective(word: str, language: str) -> bool:
    return word.lower() in _DESCRIBING


@lru_cache(maxsize=64)
def describing_words(language: str) -> dict[str, tuple[str, str]]:
    """The role words that are adjectives of age ("old", "young", "alte"): they qualify a mention."""
    return {w: t for w, t in role_words(language).items() if _adjective(w, language)}


# Animals CLDR 41 does not name by themselves in a language, with the drawable animal each is: the gaps
# `test_staging_beings.py` finds when it asks every language we read for a word for every drawable
# animal, filled in the "animals" of `data/words/<language>.json`. The donkey and the moose (🫏 🫎, Unicode
# 15) come after CLDR 41; the crow's symbol (🐦‍⬛) is named in English alone; the lion only inside its
# face's or its zodiac sign's name ("морда льва", "शेर जैसा चेहरा", and Hindi CLDR gives शेर to the tiger
# too); Russian names the hedgehog only with its needles, Bengali the fox by its face alone; the jackal, a
# fable's animal, has no symbol and is drawn as its kin the wolf (as CLDR's Hindi names 🐺 सियार).


def animal_names(language: str) -> dict[str, str]:
    """Words for animals CLDR does not name by themselves in this language -> the animal drawn."""
    ours = {word: key for key, words in word_data(language).animals.items() for word in words}
    return {**wordnet_animal_nouns(language), **ours}  # WordNet's nearest drawable animal, ours winning
