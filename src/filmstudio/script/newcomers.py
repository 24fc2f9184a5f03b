"""A newcomer the story goes on with: "Ein Diener kam herein. Er verneigte sich.", "A servant came in.
He bowed.", "Un criado entró. Se inclinó ante el rey." Someone brought in with an indefinite article as the
subject of their sentence, whom the next sentence takes up as its subject (a pronoun of their gender, or in
the languages that leave the subject out, a verb opening the sentence), is one of the story's people: the
story follows them. "A baby cries two rows back. Sofia reads." goes on with someone else.

The next sentence's subject is, by default, the one the sentence before was about: what a reader takes a
pronoun opening a sentence to mean. The mentions module decides that the newcomer is its subject."""

from __future__ import annotations

import re

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.verbs import is_verb, verb_words

# the subject pronouns of one person, by the gender they tell ("" where the word tells none)
_SUBJECT_PRONOUNS = {
    "en": {"he": "male", "she": "female"},
    "de": {"er": "male", "sie": "female"},
    "fr": {"il": "male", "elle": "female"},
    "es": {"él": "male", "ella": "female"},
    "it": {"egli": "male", "lui": "male", "ella": "female", "lei": "female"},
    "pt": {"ele": "male", "ela": "female"},
}
# the languages that leave a known subject out ("Se inclinó", "Si inchinò", "Entrou"), and the unstressed
# pronouns that may stand before the verb then
_SUBJECT_LEFT_OUT = {
    "es": "se me te lo la le les nos",
    "it": "si mi ti lo la gli le ci vi ne",
    "pt": "se me te o a lhe nos",
}
# the verbs a sentence opens with that are no one's deed: being, the weather ("Era tarde", "Llovía")
_IMPERSONAL = {
    "es": frozenset({"ser", "haber", "hacer", "llover", "nevar"}),
    "it": frozenset({"essere", "piovere", "nevicare"}),
    "pt": frozenset({"ser", "haver", "fazer", "chover", "nevar"}),
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _next_sentence(after: str) -> str:
    """The sentence after the one a newcomer stands in: "" where the text, or the paragraph, ends first."""
    end = re.search(r"[.!?…]+[\"”»’]*[ \t]+(?=\S)", after)
    if end is None or "\n\n" in after[: end.start()]:
        return ""
    return after[end.end() :]


def continued_by_pronoun(after: str, gender: str, language: str) -> bool:
    """Whether the sentence after a newcomer's (`after` is the text right after its noun) opens with its
    subject pronoun, of its gender where known, or, where the subject may be left out, with a verb."""
    words = _WORD.findall(_next_sentence(after)[:60])
    if not words:
        return False
    first = words[0].lower()
    pronouns = _SUBJECT_PRONOUNS.get(language, {})
    if first in pronouns:
        return not gender or pronouns[first] == gender
    clitics = _SUBJECT_LEFT_OUT.get(language)
    if clitics is None:
        return False
    verb = words[1].lower() if first in clitics.split() and len(words) > 1 else first
    if lemma_of(verb, language) in _IMPERSONAL.get(language, frozenset()):
        return False  # "Un niño lloraba. Era tarde.": the time, not the child
    return is_verb(verb, language, verb_words(language))
