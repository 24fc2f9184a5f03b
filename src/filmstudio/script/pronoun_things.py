"""A thing a sentence acts on by a pronoun ("Anna opened it", "sie nahm ihn", "la abrió", "elle l'ouvrit"): the
thing the sentence before it named, so that the shot shows what the verb turns on."""

from __future__ import annotations

import re

from filmstudio.script import vocabulary
from filmstudio.script.lexicon import Match

# verb classes that act on a thing (not a walk, a look or a song): "took it", "opened it", "ate it"
THING_VERBS = {"hold", "take", "carry", "give", "open", "eat", "cook", "work", "play", "hide", "sell_buy"}
# a thing's object pronoun where the language puts it: after its verb, or (a clitic) just before it
_AFTER = {"en": re.compile(r"\s+(?:it|them)\b", re.I), "de": re.compile(r"\s+(?:ihn|es)\b", re.I)}
_BEFORE = {
    "es": re.compile(r"(?:^|\s)(?:lo|la|los|las)\s+$", re.I),
    "fr": re.compile(r"(?:(?:^|\s)(?:le|la|les)\s+|(?:^|\s)l['’])$", re.I),
}

_ELIDED = re.compile(r"l['’]\w", re.I)  # "l'ouvrit": the pronoun read as part of its verb's word


def acts_on_a_pronoun(text: str, language: str, verbs: list[tuple[int, str, str]]) -> bool:
    """Whether a verb that acts on things has a thing's pronoun for its object."""
    after, before = _AFTER.get(language), _BEFORE.get(language)
    for at, cls, word in verbs:
        if cls not in THING_VERBS:
            continue
        if after is not None and after.match(text, at + len(word)):
            return True
        if before is not None and (before.search(text[max(0, at - 12) : at]) or _ELIDED.match(word)):
            return True
    return False


def thing_referred_to(previous_text: str, language: str, usable: set[str]) -> Match | None:
    """The thing the pronoun stands for: the last one the sentence before named of those someone can use."""
    named = [m for m in vocabulary.things(language).find(previous_text) if m.key in usable]
    return max(named, key=lambda m: m.position) if named else None
