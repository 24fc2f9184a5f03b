"""How far back a pronoun reaches for whom it stands (people.py's _pronouns_for): to the nearest one it
fits. An animal of the story named between stands nearer than a person named before ("The cat looked at
Tom. 'Milk!' said the cat, and she purred": the cat's "she", not Tom's; "barked the dog, and he wagged
his tail": the dog's "his", not Mary's). An animal counts so where the story knows it already and it may act: with its definite article, not
after a preposition ("said to a turtle", "ran to the pond's ducks" are no subjects a pronoun takes up)."""

from __future__ import annotations

import re

from filmstudio.script.acting import _PREPOSITIONS
from filmstudio.script.beings import animal_words
from filmstudio.script.lemmas import fold_yo, lemma_of
from filmstudio.script.lexicon import script_of

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# the definite articles (Russian has none: its animal counts bare)
_DEFINITE = {
    "en": "the",
    "fr": "le la l' l’ les",
    "es": "el la los las",
    "it": "il lo la l' l’ i gli le",
    "pt": "o a os as",
    "de": "der die das den dem des",
}


def animals_named(text: str, name_words: list[str], language: str) -> list[tuple[int, str]]:
    """(where, "") for each animal word in the text that is not the name's own: a being of any gender
    a pronoun may stand for."""
    if script_of(language) not in ("latin", "cyrillic"):
        return []
    animals = {fold_yo(w.lower()) for w in animal_words(language)}
    own = {fold_yo(w.lower()) for w in name_words}
    out = []
    for m in _WORD.finditer(text):
        low = fold_yo(m.group(0).lower())
        if low in own or low not in animals and fold_yo(lemma_of(low, language)) not in animals:
            continue
        if fold_yo(lemma_of(low, language)) in own or not _known_subject(text, m.start(), language):
            continue
        out.append((m.start(), ""))
    return out


def _known_subject(text: str, start: int, language: str) -> bool:
    """Whether the animal word has its definite article before it, itself after no preposition."""
    before = re.findall(r"[^\W\d_]+['’]?", text[max(0, start - 40) : start])
    if language == "ru":
        return not before or before[-1].lower() not in _PREPOSITIONS["ru"].split()
    articles = _DEFINITE.get(language, "").split()
    if not before or before[-1].lower() not in articles:
        return False
    return len(before) < 2 or before[-2].lower() not in _PREPOSITIONS.get(language, "").split()


# what follows an English "her" that is the object, not a possessive: "gave her a bowl", "saw her."
_OBJECT_HER = re.compile(
    r"her(?:\s+(?:a|an|the|some|this|that|to|and|but|again|back|up|down|away)\b|\s*[.,;:!?]|\s*$)", re.I
)


def object_her(text: str, word: str, at: int, language: str) -> bool:
    """Whether an English "her" is the object of the name's own verb, right after it ("Tom gave her a
    bowl"): someone else, since the name's own would be "herself". Further on ("watched the planet
    turn beneath her") it may well be the name's."""
    if language != "en" or word.lower() != "her" or len(_WORD.findall(text[:at])) > 2:
        return False
    return _OBJECT_HER.match(text, at) is not None


def possessives_that_agree(found: list[tuple[str, str, str]], subjects: set[str]) -> list[tuple[str, str, str]]:
    """The pronouns found for a name, less the possessives of another gender than its subject pronouns
    say, where those all say one ("she rubbed against his legs": his is someone else's)."""
    said = {gender for word, gender, _ in found if word.lower() in subjects and gender}
    if len(said) != 1:
        return found
    return [r for r in found if r[0].lower() in subjects or not r[1] or r[1] in said]


def of_the_names_gender(
    found: list[tuple[str, str, str]],
    words: list[str],
    female: frozenset[str] | set[str],
    male: frozenset[str] | set[str],
) -> list[tuple[str, str, str]]:
    """The pronouns found for a name the lists know as one gender's only ("Anna"), less those of the
    other gender: "Anna shouted, but he only bleated" is the goat's "he"."""
    genders = {"female" for w in words if w in female and w not in male} | {
        "male" for w in words if w in male and w not in female
    }
    if len(genders) != 1:
        return found
    return [r for r in found if not r[1] or r[1] in genders]
