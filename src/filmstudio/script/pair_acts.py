"""More ways one of a pair acts (script/pairs.py reads the pairs): a verb in the past right after it in
English and Russian ("The younger stayed home", "Другая пела"), a verb after a relative clause that
describes it ("The eldest, who was clever, wove nets"), and the "one" that opens a sentence before
the words that say which one ("Одна, старшая, пряла", "Die eine, die Ältere, spann": one person, the
elder, not two).
"The other" of a French pair has no gender of its own ("l'autre" of two sisters is a sister)."""

from __future__ import annotations

import re
from collections.abc import Callable

from filmstudio.script.acting import _acting_word

# languages whose verb in the past stands right after its subject, its form telling it
_PAST_AFTER = frozenset({"en", "ru"})
# "one" opening a Russian sentence before the word that picks it out
RU_ONE_OPENING = r"(?:один|одна|одно)\s*,\s*"
# relative pronouns that open a clause describing the one ("who was clever", "qui était sage")
_RELATIVE = {
    "en": "who",
    "fr": "qui",
    "es": "que quien",
    "it": "che",
    "pt": "que",
    "de": "der die",
    "ru": "который которая",
}
# words that pick one out and say no gender of their own, after an elided article ("l'autre")
_EPICENE = {"fr": frozenset({"autre"})}


def past_right_after(
    following: str | None, adjacent: bool, language: str, verb_form: Callable[[str, str], bool]
) -> bool:
    """Whether the word right after the phrase is its verb, in English or Russian: an inflected form the
    dictionary reads as another's ("stayed" of "stay", "пела" of "петь"), not a noun."""
    return language in _PAST_AFTER and adjacent and following is not None and verb_form(following, language)


def acts_after_relative(text: str, end: int, language: str, verb_form: Callable[[str, str], bool]) -> bool:
    """Whether a verb follows the relative clause set off by commas after the phrase: "The eldest, who
    was clever, wove nets", "L'aîné, qui était sage, partit"."""
    pronouns = "|".join(_RELATIVE.get(language, "").split())
    if not pronouns:
        return False
    m = re.match(rf"\s*,\s*(?:{pronouns})\b[^,.;:!?\"«»“”]*,\s*([^\W\d_][\w'’-]*)", text[end : end + 160], re.I)
    if m is None:
        return False
    word = m.group(1)
    return _acting_word(word, language) is not None or verb_form(word, language)


def one_before_its_pick(text: str, end: int, picks: str, articles: str) -> bool:
    """Whether the "one" just read is the one the next words pick out ("Одна, старшая, …", "Die eine,
    die Ältere, …"): that one, read there, not a second person."""
    article = rf"(?:(?:{articles})(?:(?<=['’])|\s+))?" if articles else ""
    return re.match(rf"\s*,\s*{article}(?:{picks})(?!\w)", text[end : end + 40], re.I) is not None


def epicene(words: str, language: str) -> bool:
    """Whether the word picking one out tells no gender of its own ("l'autre")."""
    return " ".join(words.lower().split()) in _EPICENE.get(language, frozenset())
