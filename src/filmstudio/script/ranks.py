"""People a Romance story names by their rank among siblings: an article and a (superlative) adjective
of age or size, "o mais velho", "a mais nova", "el mayor", "la más pequeña", "il più giovane", "le cadet",
"l'aînée". pairs.py finds such a phrase after the pair it picks one out of ("três irmãos … o mais
velho"); this module says what the phrase itself tells of the one it names:

- its gender, from its own article, or from the adjective's ending where the article is elided ("l'aînée"):
  the plural that named the family ("irmãos", "fratelli", "hermanos") is masculine for a mixed family too,
  so "a mais nova" of three irmãos is a girl;
- its age, from the adjective, where the family's noun tells none: the younger of siblings is a child,
  the elder a grown youth (the story tells them apart by age, not one of them old);
- whether the phrase names someone with no pair named before it: in the Romance languages the phrase
  alone ("La más pequeña abrió la ventana") is a person of the story, a girl, when a verb follows it;
- whether the word right after the phrase is its verb: a Romance subject stands before its verb, so an
  inflected word the reading does not class ("l'aînée tricotait") is the one's deed."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from filmstudio.script.pair_words import ONES

# the languages whose articles and adjectives tell a one's gender, and whose phrase alone names someone
_ROMANCE = frozenset({"fr", "es", "it", "pt"})
_FEMININE_ARTICLES = {"es": {"la"}, "pt": {"a"}, "it": {"la"}, "fr": {"la"}, "de": {"die"}}
_MASCULINE_ARTICLES = {"es": {"el"}, "pt": {"o"}, "it": {"il", "lo"}, "fr": {"le"}, "de": {"der"}}
# the feminine endings of an adjective after an elided article ("l'aînée", "l'anziana")
_FEMININE_ENDINGS = {"fr": ("ée", "ette", "ieille", "ite"), "it": ("a",)}
# the ranks that say which is older: pairs.py's places
_YOUNGER, _ELDER = "younger", "elder"


def own_gender(article: str, words: str, language: str) -> str:
    """The gender a one's own article or adjective tells: "la más pequeña" female, "l'aîné" male, "the
    elder" nothing."""
    low = article.lower()
    if low in _FEMININE_ARTICLES.get(language, ()):
        return "female"
    if low in _MASCULINE_ARTICLES.get(language, ()):
        return "male"
    if language in _ROMANCE and low in ("l'", "l’"):
        last = words.lower().split()[-1] if words.split() else ""
        return "female" if last.endswith(_FEMININE_ENDINGS.get(language, ("a",))) else "male"
    return ""


def rank_age(place: str) -> str:
    """The age a rank tells of one of siblings whose noun tells none: the younger a child, the elder a
    grown youth; other places ("the other") tell none."""
    return {_YOUNGER: "child", _ELDER: "young_adult"}.get(place, "")


def ranked_alone(article: str, words: str, language: str) -> bool:
    """Whether the phrase names someone with no pair named before it: a rank of age ("el mayor", "la
    más pequeña", "l'aînée") with its article, in a Romance language."""
    if language not in _ROMANCE or not article:
        return False
    low = " ".join(words.lower().split())
    ranks = ONES.get(language, {})
    return low in ranks.get(_ELDER, ()) or low in ranks.get(_YOUNGER, ())


class Family(NamedTuple):
    """Those a rank is among, after it: "de los hermanos", "da família", "dei fratelli"."""

    end: int  # where their noun ends
    noun: str  # their noun as written
    after: str | None  # the word after it (the one's verb, where it is one)


# the words that join a rank to those it is among, with the article or without ("de los", "dos", "dei")
_OF = {
    "es": r"de(?:l|\s+(?:los|las|la|el|mis|sus|tus))?",
    "pt": r"d(?:os|as|a|o)|de(?:\s+(?:seus|suas|meus|minhas))?",
    "it": r"d(?:ei|egli|elle|ella|el|ello)|di",
    "fr": r"de\s+l['’]|d(?:es|u)|de(?:\s+(?:la|ses|mes|tes|nos|vos|leurs))?",
}
# the words for a household that a rank is among as it is among siblings: "la más pequeña de la familia"
_HOUSEHOLD = frozenset({"familia", "família", "famiglia", "famille", "casa", "maison", "prole"})


def of_family(text: str, at: int, language: str) -> Family | None:
    """Those the rank at `at` is among, where they are people or a household ("el mayor de los hermanos",
    "la più piccola della famiglia"), not things ("la más pequeña de las casas" is a house)."""
    joined = _OF.get(language)
    if joined is None:
        return None
    m = re.match(rf"\s+(?:{joined})\s*([^\W\d_]+)(?:\s+([^\W\d_][\w'’-]*))?", text[at : at + 60], re.IGNORECASE)
    if m is None:
        return None
    from filmstudio.script.groups import _noun

    noun = m.group(1)
    found = _noun(noun, language)
    if noun.lower() not in _HOUSEHOLD and (found is None or found[1] != "person"):
        return None
    return Family(at + m.end(1), noun, m.group(2))


def verb_right_after(
    following: str | None, adjacent: bool, language: str, verb_form: Callable[[str, str], bool]
) -> bool:
    """Whether the word right after a Romance phrase is its verb (an inflected word the dictionary reads
    as another's form: "tricotait" of "tricoter", "cuciva" of "cucire")."""
    return language in _ROMANCE and adjacent and following is not None and verb_form(following, language)
