"""A subject that is plural by its verb alone: German "sie" is she or they, and its verb says which ("sie
machten sich auf den Weg", "trieben sie die Kuh": they; "sie machte", "trieb sie": she); Spanish, Italian and
Portuguese drop the pronoun, and a third person plural ending says "they" ("salieron de viaje", "partirono",
"partiram"). Each pattern is a closed class of the language's verb endings (the finite forms only: an
infinitive does not stand beside its subject)."""

from __future__ import annotations

import re

# the third person plural endings of finite verbs (preterite, imperfect; the present where it is unambiguous)
_PLURAL_ENDINGS = {
    "de": re.compile(r"en$"),  # machten, trieben, gingen; never machte, trieb, ging
    "es": re.compile(r"(?:ron|aban|ían|aran|ieran)$"),  # salieron, caminaban, corrían
    "it": re.compile(r"(?:rono|vano|ono)$"),  # partirono, andavano, vanno is no ending: partono
    "pt": re.compile(r"(?:ram|vam|iam)$"),  # partiram, andavam, corriam
}
# the pronouns whose number the verb decides, or "" where the language drops it
_EITHER = {"de": {"sie"}, "es": {""}, "it": {""}, "pt": {""}}


# the German words ending so that are no verbs: articles, possessives, pronouns (a closed class)
_NO_VERBS = {
    "de": {"den", "einen", "seinen", "ihren", "keinen", "diesen", "jenen", "meinen", "deinen", "unseren", "ihnen"}
    | {"allen", "beiden", "vielen", "oben", "unten", "morgen", "schon", "wieder", "gegen", "neben", "zwischen"}
}


def plural_by_verb(pronoun: str, verb_word: str, language: str) -> bool:
    """Whether the verb `verb_word` makes its subject `pronoun` ("" where none is said) plural."""
    ending = _PLURAL_ENDINGS.get(language)
    if ending is None or pronoun.lower() not in _EITHER.get(language, set()):
        return False
    word = verb_word.lower().split()[0] if verb_word.strip() else ""
    return len(word) > 3 and word not in _NO_VERBS.get(language, set()) and bool(ending.search(word))


def plural_pronoun(text: str, at: int, pronoun: str, language: str) -> bool:
    """Whether the pronoun at `at` in `text` is plural by the finite verb beside it ("Sie machten sich auf
    den Weg", "Eines Morgens trieben sie die Kuh"). A capitalised German word inside a sentence is a noun,
    no verb ("sie Kinder")."""
    if pronoun.lower() not in _EITHER.get(language, set()) or not pronoun:
        return False
    before = re.findall(r"[^\W\d_]+", text[max(0, at - 30) : at])[-1:]
    after = re.findall(r"[^\W\d_]+", text[at + len(pronoun) : at + len(pronoun) + 30])[:1]
    return any(plural_by_verb(pronoun, w, language) for w in [*before, *after] if not w[:1].isupper())
