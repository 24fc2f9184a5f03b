"""Someone named by what they are to another ("his sister", "her father", "the king's daughter", "la hija
del rey", "seine Schwester") is that other's relative: a reader takes the words for the one of the cast
whom they fit only where that one could be it. The gender alone does not say so: "A fisherman lived with
his wife. ... His sister lived in the town." does not put the wife in the shot of the sister, nor "Her father
had gone to the city." the fisherman.

The class is the words of kinship (`beings.KIN`, a closed set per language). Said of someone (a possessive
before, an owner's name, or "of"/"de"/"di" and a being after), such a word stands for one of the cast only:
- when that one is known by a name of their own ("Her brother Tom" later called "her brother": Tom), or
- when the word names a spouse ("her husband", "sa femme") and that one is not known by another family word:
  a couple is the one pair a story names by each other ("the old man and the old woman ... her husband").
One known by a trade or a title ("the fisherman", "the king") or by another family word ("the wife") is not
the "sister", "father" or "daughter" of someone else. And a person word written as an owner ("the king's
daughter", "the farmer's dog") names whose the other is: one of the cast known by another word is not it."""

from __future__ import annotations

import re

from filmstudio.script.beings import KIN
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.mentions import Mention
from filmstudio.script.persons import person_words
from filmstudio.storyboard import Character, Moment

# the words of kinship that name a spouse: the one family word a story may use for one it calls otherwise
_SPOUSES = {
    "en": "wife husband",
    "es": "esposa esposo marido mujer",
    "fr": "femme mari épouse époux",
    "de": "frau mann gattin gatte ehefrau ehemann",
    "it": "moglie marito",
    "pt": "esposa marido mulher",
    "ru": "жена муж",
}
# the words that make the noun before them someone's: "the daughter of the king", "la hija del rey"
_OF = {
    "en": "of",
    "es": "de del",
    "fr": "de du des d'",
    "it": "di del della dello dei degli delle",
    "pt": "de do da dos das",
    "de": "des der",
}
_OWNER = re.compile(r"['’]s?\s+[^\W\d_]")  # "the king's daughter", "the farmers' dogs"


def _head(mention: Mention) -> str:
    return mention.key.lower().split()[-1] if mention.key.split() else ""


def _someones(text: str, mention: Mention, language: str) -> bool:
    """Whether the mention is said to be someone's: a possessive, an owner, or "of" and a being after it."""
    if mention.possessed or mention.owner_named:
        return True
    after = re.match(r"\s*([\w']+)\s", text[mention.end :])
    return bool(after) and after.group(1).lower() in _OF.get(language, "").split()  # type: ignore[union-attr]


def _role_word(character: Character, language: str) -> str | None:
    """The noun a character is known by, where its name is what it is ("the fisherman", "the wife"), not a
    name of its own ("Tom"): that noun's lemma; None for a name of its own."""
    words = character.name.lower().split()
    if not words:
        return None
    people = person_words(language)
    last = words[-1]
    for word in (last, lemma_of(last, language)):
        if word in people:
            return word
    return None


def relative_fits(text: str, mention: Mention, character: Character, language: str) -> bool:
    """Whether a family word said of someone (`mention`) may stand for `character` (see the module's note);
    True for any other mention."""
    kin = set(KIN.get(language, "").split())
    head = _head(mention)
    if _OWNER.match(text, mention.end):  # "the king's daughter": the king only if known as the king
        role = _role_word(character, language)
        return role is None or role == head
    if head not in kin or not _someones(text, mention, language):
        return True
    role = _role_word(character, language)
    if role is None or role == head:
        return True
    return head in _SPOUSES.get(language, "").split() and role not in kin


def owner_there(previous: Moment | None, moves: set[str]) -> list[str]:
    """Those an owner's name ("the farmer's dog barked", "the king's daughter walked") may still show: the
    people of the moment just before, less its subject where it went somewhere ("The farmer went to the
    market."): an owner the story left elsewhere, or met sentences ago, is not beside what is theirs."""
    if previous is None:
        return []
    gone = previous.who[:1] if previous.verb in moves and previous.place is not None else []
    return [c for c in previous.who if c not in gone]
