"""A person named by a common noun who does things in the narration is in the story: "The widow opened
the window and looked out", "a customer walked up and wanted some rolls", "the nun whispered a prayer. She
closed the book." A person who does one thing and is gone ("A baby cries two rows back") is the
background. Someone's ("her nurse"), a crowd ("the soldiers") and one met in speech alone are left to
the other rules.

A deed has to be one only someone does (speaking, smiling, taking, walking): a door opens, an engine
runs, a book falls, so a noun whose only deeds are those ("the master bedroom smelled", "двигатель
загудел и заработал") is a thing, whatever its ending or its dictionary sense makes of it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from filmstudio.script.acting import LANGUAGES, Mention, _acting_word, acts_here, in_speech
from filmstudio.script.acting import _one as one_being
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.newcomers import continued_by_pronoun
from filmstudio.script.persons import person_words
from filmstudio.script.verbs import is_verb, verb_words

# "and" between two deeds of one subject
_AND = {
    "en": "and then",
    "fr": "et puis",
    "es": "y e luego",
    "it": "e ed poi",
    "pt": "e depois",
    "de": "und dann",
    "ru": "и",
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# the classes of deeds a thing may do too: it falls, lies, flies, works, runs, goes, arrives, opens
_THINGS_DO_TOO = frozenset(
    {"fall", "lie", "fly", "work", "run", "go", "arrive", "open", "place", "play", "ride", "swim", "jump", "row"}
)


def person_acts(text: str, mentions: Iterable[Mention], gender: str, language: str) -> bool:
    """Whether one of a person's mentions, one and not someone's, is the subject of a verb of doing that
    its sentence joins another deed to, or that the next sentence goes on with the person's pronoun; one
    of the deeds is a person's."""
    if language not in LANGUAGES or language not in _AND:
        return False
    return any(
        not (m.plural or m.possessed or in_speech(text, m))
        and _one(text, m, language)
        and _opens_clause(text[max(0, m.start - 120) : m.start], language)
        and acts_here(text, m, language)
        and does_as_someone(text, m, language)
        and (
            _second_deed(text[m.end : m.end + 200], language)
            or continued_by_pronoun(text[m.end : m.end + 300], gender, language)
        )
        for m in mentions
    )


def _one(text: str, mention: Mention, language: str) -> bool:
    """One person, not a group: "the men", "the children" are many (an English plural's lemma is another
    word, whatever its ending)."""
    head = text[mention.start : mention.end].lower()
    if not one_being(text, mention, language):
        return False
    if language != "en":
        return True
    # "stranger" is no plural of "strange": a lemma that names no one is an adjective's, not the singular
    lemma = lemma_of(head, language)
    return lemma == head or (lemma not in person_words(language) and not head.endswith("s"))


def does_as_someone(text: str, mention: Mention, language: str) -> bool:
    """Whether the sentence after a mention holds a deed only someone does ("smiled", "asked", "took")."""
    sentence = re.split(r"[.!?;\n]", text[mention.end : mention.end + 200])[0]
    classes = [_acting_word(w, language) for w in _WORD.findall(sentence)[:12]]
    return any(c is not None and c not in _THINGS_DO_TOO for c in classes)


def _opens_clause(before: str, language: str) -> bool:
    """Whether the person is its clause's subject, up front: no more than an article and two words before
    it, none a verb ("Then the old widow ..."; not "Grace walks past a nurse")."""
    words = _WORD.findall(re.split(r"[.!?;:,\n\"“”„«»—–]", before)[-1])
    verbs = verb_words(language)
    return len(words) <= 3 and not any(is_verb(w, language, verbs) for w in words)


def _second_deed(after: str, language: str) -> bool:
    """Whether the sentence after a subject joins a second verb to its first: "... and rang the bell"."""
    sentence = re.split(r"[.!?;:\n\"“”„«»]", after)[0]
    words = [w.lower() for w in _WORD.findall(sentence)]
    joins, verbs = set(_AND[language].split()), verb_words(language)
    return any(w in joins and is_verb(n, language, verbs) for w, n in zip(words[1:], words[2:], strict=False))


# the pronouns of the object written before a Romance verb
_CLITICS = {
    "es": frozenset({"le", "les", "lo", "la", "los", "las", "me", "te", "se", "nos", "os"}),
    "pt": frozenset({"lhe", "lhes", "o", "a", "os", "as", "me", "te", "se", "nos", "vos"}),
    "it": frozenset({"gli", "le", "lo", "la", "li", "ci", "si", "mi", "ti", "vi", "ne"}),
    "fr": frozenset({"le", "la", "les", "lui", "leur", "me", "te", "se", "nous", "vous", "en", "y"}),
}
# the endings of a Romance verb's dictionary form: "pidió" (pedir), "pediu" (pedir), "chiese" (chiedere)
_INFINITIVES = {
    "es": ("ar", "er", "ir"),
    "pt": ("ar", "er", "ir", "or"),
    "it": ("are", "ere", "ire"),
    "fr": ("er", "ir", "re"),
}


def _inflected_verb(word: str, language: str) -> bool:
    """Whether a word is a form of a verb the lists do not hold: its lemma, another word, ends as an
    infinitive does."""
    endings = _INFINITIVES.get(language)
    if not endings:
        return False
    lemma = lemma_of(word, language)
    return lemma != word and len(lemma) > 3 and lemma.endswith(endings)
